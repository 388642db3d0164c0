/* report_format: the reports' shared number formats (report.h). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runlog/report.h"

const char *report_num(double x, int prec, char *buf, size_t cap)
{
	if (isnan(x))
		return snprintf(buf, cap, "-"), buf;
	snprintf(buf, cap, "%.*f", prec, x);
	if (buf[0] == '-' && strspn(buf + 1, "0.") == strlen(buf + 1))
		memmove(buf, buf + 1, strlen(buf));
	return buf;
}

const char *report_pval(double p, char *buf, size_t cap)
{
	if (isnan(p))
		snprintf(buf, cap, "-");
	else if (p < 0.001)
		snprintf(buf, cap, "<0.001");
	else
		snprintf(buf, cap, "%.3f", p);
	return buf;
}

const char *report_ci(double lo, double hi, int prec, char *buf, size_t cap)
{
	char a[32], b[32];
	if (isnan(lo))
		snprintf(buf, cap, "-");
	else
		snprintf(buf, cap, "%s to %s", report_num(lo, prec, a, sizeof a),
			 report_num(hi, prec, b, sizeof b));
	return buf;
}

int report_pain_clipped(double lo, double hi)
{
	return lo < 0 || hi > INGEST_PAIN_MAX;
}

/* One end of a pain CI, at the scale's end when it lies past it. */
static const char *pain_end(double v, int prec, char *buf, size_t cap)
{
	char end[16];
	if (report_pain_clipped(v, v))
		snprintf(buf, cap, "%s (clipped)", report_num(v < 0 ? 0 : INGEST_PAIN_MAX, prec, end, sizeof end));
	else
		report_num(v, prec, buf, cap);
	return buf;
}

const char *report_pain_ci(double lo, double hi, int prec, char *buf, size_t cap)
{
	char a[32], b[32];
	if (isnan(lo) || !report_pain_clipped(lo, hi))
		return report_ci(lo, hi, prec, buf, cap);
	snprintf(buf, cap, "%s to %s", pain_end(lo, prec, a, sizeof a), pain_end(hi, prec, b, sizeof b));
	return buf;
}
