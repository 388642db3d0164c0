/* report_text: the analysis as a terminal report. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/report.h"

#define WIDTH 78

/* Fixed-width number, "-" when undefined, never "-0.0". */
static const char *num(double x, int prec, char *buf, size_t cap)
{
	if (isnan(x))
		return "-";
	snprintf(buf, cap, "%.*f", prec, x);
	if (buf[0] == '-' && strspn(buf + 1, "0.") == strlen(buf + 1))
		memmove(buf, buf + 1, strlen(buf));
	return buf;
}

static const char *pval(double p, char *buf, size_t cap)
{
	if (isnan(p))
		return "-";
	if (p < 0.001)
		return "<0.001";
	snprintf(buf, cap, "%.3f", p);
	return buf;
}

static const char *ci(double lo, double hi, int prec, char *buf, size_t cap)
{
	char a[24], b[24];
	if (isnan(lo))
		return "-";
	snprintf(buf, cap, "%s to %s", num(lo, prec, a, sizeof a), num(hi, prec, b, sizeof b));
	return buf;
}

/* Print text wrapped at WIDTH, the first line after lead, the rest after indent spaces. */
static void wrap(FILE *o, const char *lead, int indent, const char *text)
{
	int col = fprintf(o, "%-*s", indent, lead);
	const char *p = text;
	while (*p) {
		size_t len = strcspn(p, " ");
		if (col > indent && col + 1 + (int)len > WIDTH) {
			col = fprintf(o, "\n%*s", indent, "") - 1;
		} else if (col > indent || p > text) {
			fputc(' ', o);
			col++;
		}
		col += (int)fwrite(p, 1, len, o);
		p += len;
		while (*p == ' ')
			p++;
	}
	fputc('\n', o);
}

static void header(FILE *o, const struct report *r)
{
	const struct stats_result *st = r->st;
	const struct features *f = r->feat;
	char a[11], b[11], m[24];

	fprintf(o, "runlog: %s\n", r->file);
	if (f->n)
		fprintf(o, "  %s to %s (%d days): %zu runs, %zu with a pain score, mean pain %s\n",
			date_format(f->first_day, a), date_format(f->last_day, b),
			(int)(f->last_day - f->first_day + 1), st->runs, st->scored,
			num(st->mean_pain, 1, m, sizeof m));
	else
		fprintf(o, "  no runs in the log\n");
	if (r->log->strength_only)
		fprintf(o, "  %zu strength-only day%s\n", r->log->strength_only,
			r->log->strength_only == 1 ? "" : "s");
	if (r->log->skipped)
		fprintf(o, "  %zu row%s skipped for bad values (see the warnings)\n", r->log->skipped,
			r->log->skipped == 1 ? "" : "s");
}

static void streak_table(FILE *o, const struct stats_result *st)
{
	char m[24], c[64], r1[24], r2[64], p[24];
	fputs("\nPain by consecutive running days\n", o);
	fputs("  days   runs   mean pain   95% CI\n", o);
	for (int i = 0; i < STATS_STREAK_BINS; i++) {
		const struct stats_summary *s = &st->by_streak[i];
		char days[8];
		snprintf(days, sizeof days, "%d%s", i + 1, i + 1 == STATS_STREAK_BINS ? "+" : "");
		fprintf(o, "  %4s %6zu %11s   %s\n", days, s->n, num(s->mean, 1, m, sizeof m),
			ci(s->ci_lo, s->ci_hi, 1, c, sizeof c));
	}
	fprintf(o, "  Pearson r %s (95%% CI %s, p %s)\n", num(st->pearson.r, 2, r1, sizeof r1),
		ci(st->pearson.ci_lo, st->pearson.ci_hi, 2, r2, sizeof r2), pval(st->pearson.p, p, sizeof p));
	fprintf(o, "  Spearman rho %s (95%% CI %s, p %s)\n", num(st->spearman.r, 2, r1, sizeof r1),
		ci(st->spearman.ci_lo, st->spearman.ci_hi, 2, r2, sizeof r2),
		pval(st->spearman.p, p, sizeof p));
}

static void diff_row(FILE *o, const char *label, const struct stats_diff *d)
{
	char ma[24], mb[24], df[24], c[64], p[24];
	fprintf(o, "  %-24s %5zu %6s %7zu %6s %8s  %-14s %s\n", label, d->a.n,
		num(d->a.mean, 1, ma, sizeof ma), d->b.n, num(d->b.mean, 1, mb, sizeof mb),
		num(d->diff, 1, df, sizeof df), ci(d->ci_lo, d->ci_hi, 1, c, sizeof c),
		pval(d->p, p, sizeof p));
}

static void factor_table(FILE *o, const struct stats_result *st)
{
	fputs("\nPain with and without each factor\n", o);
	fputs("                           with the factor   baseline\n", o);
	fputs("  factor                    runs   mean    runs   mean     diff  95% CI         p\n", o);
	diff_row(o, "3+ days in a row", &st->factor[STATS_CONSECUTIVE_DAYS]);
	diff_row(o, "skipped meal before", &st->factor[STATS_MEAL_BEFORE]);
	diff_row(o, "skipped meal after prev", &st->factor[STATS_MEAL_AFTER]);
	if (st->measured[STATS_STRENGTH])
		diff_row(o, "no strength in 7 days", &st->factor[STATS_STRENGTH]);
	fputs("  (baseline: runs after a rest day, meals eaten, a recent strength session)\n", o);
}

static void findings_list(FILE *o, const struct findings *fd)
{
	fputs("\nWhat goes with your back pain\n", o);
	for (size_t i = 0; i < fd->n; i++) {
		const struct finding *f = &fd->item[i];
		char lead[64];
		snprintf(lead, sizeof lead, "  %zu. [%s]", i + 1, findings_evidence_name(f->evidence));
		wrap(o, lead, 6, f->message);
	}
	if (fd->unexplained)
		wrap(o, "  Note:", 6, fd->unexplained_msg);
}

int report_text(FILE *o, const struct report *r)
{
	header(o, r);
	if (r->st->scored == 0) {
		fputs("\nThere are no runs with a pain score to analyse yet. Add a pain score from 0 to 10\n"
		      "to each run, and runlog will look for what goes with it.\n", o);
	} else {
		streak_table(o, r->st);
		factor_table(o, r->st);
		findings_list(o, r->fd);
	}
	if (r->n_charts) {
		fputs("\nCharts:\n", o);
		for (size_t i = 0; i < r->n_charts; i++)
			fprintf(o, "  %s\n", r->charts[i]);
	}
	fputc('\n', o);
	wrap(o, "Caution:", 9, findings_caution);
	return ferror(o) ? -1 : 0;
}
