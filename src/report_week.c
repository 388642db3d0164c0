/* report_week: one week as a doc, as JSON, and as the summary cron mails. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/json.h"
#include "runlog/report.h"

static const char *const label[WEEK_NKEYS] = {
	"runs", "distance (km)", "mean pain", "max pain", "pain-free runs",
	"longest streak (days)", "skipped meals before", "skipped meals after",
	"strength sessions",
};

/* A week's own number: one decimal for distance and mean pain. */
static const char *value(enum stats_week_key k, double v, char *buf, size_t cap)
{
	if (isnan(v))
		return snprintf(buf, cap, "-"), buf;
	if (k == WEEK_DISTANCE || k == WEEK_MEAN_PAIN)
		return report_num(v, 1, buf, cap);
	snprintf(buf, cap, "%g", v);
	return buf;
}

static const char *direction(int dir)
{
	return dir > 0 ? "up" : dir < 0 ? "down" : "same";
}

static void title(const struct report_week *r, char *buf, size_t cap)
{
	char wk[9], a[11], b[11];
	snprintf(buf, cap, "%s (%s to %s)", date_format_week(r->wk->monday, wk),
		 date_format(r->wk->monday, a), date_format(r->wk->monday + 6, b));
}

static void week_table(struct doc *d, const struct report_week *r)
{
	const struct stats_week_report *w = r->wk;
	char prev_head[64];

	snprintf(prev_head, sizeof prev_head, "previous %zu week%s", w->prev_weeks,
		 w->prev_weeks == 1 ? "" : "s");
	doc_table(d, 4, "lrrl");
	doc_row(d, (const char *[]){"", "this week", prev_head, "change"});
	for (int k = 0; k < WEEK_NKEYS; k++) {
		char v[32], p[32];
		if (k == WEEK_STRENGTH && isnan(w->v[k]))
			continue; /* the log has no strength column */
		if (k == WEEK_DISTANCE && isnan(w->v[k]))
			continue;
		int known = !isnan(w->v[k]) && !isnan(w->prev[k]);
		doc_row(d, (const char *[]){label[k], value((enum stats_week_key)k, w->v[k], v, sizeof v),
					    report_num(w->prev[k], 1, p, sizeof p),
					    known ? direction(w->direction[k]) : "-"});
	}
}

static void whole_log(struct doc *d, const struct report_week *r)
{
	char a[11], b[11], m[32];
	doc_add(d, DOC_HEADING, "The whole log");
	if (r->log)
		report_read_as(d, r->log, r->diary);
	if (r->feat->n)
		doc_add(d, DOC_PARA, "%s to %s: %zu runs, %zu scored, mean pain %s.",
			date_format(r->feat->first_day, a), date_format(r->feat->last_day, b), r->st->runs,
			r->st->scored, report_num(r->st->mean_pain, 1, m, sizeof m));
	for (size_t i = 0; i < r->fd->n; i++)
		doc_item(d, 1, findings_evidence_name(r->fd->item[i].evidence), "%s",
			 r->fd->item[i].message);
	if (r->fd->unexplained)
		doc_add(d, DOC_PARA, "Note: %s", r->fd->unexplained_msg);
}

static void top_remedy(struct doc *d, const struct findings_week *fw)
{
	doc_add(d, DOC_HEADING, "Top remedy");
	if (!fw->has_top)
		doc_add(d, DOC_PARA, "Nothing this week or in the log calls for a remedy yet.");
	else
		doc_add(d, DOC_PARA, "%s \u2014 %s.%s", findings_remedy_name(fw->top),
			findings_remedy_advice(fw->top),
			fw->top_from_log ? " (From the whole log: nothing this week calls for one.)" : "");
}

void report_week_doc(const struct report_week *r, struct doc *d)
{
	char t[64], wk[9];
	title(r, t, sizeof t);
	doc_add(d, DOC_TITLE, "runlog weekly: %s", t);
	if (r->athlete)
		doc_add(d, DOC_PARA, "log: %s, athlete %s", r->file, r->athlete);
	else
		doc_add(d, DOC_PARA, "log: %s", r->file);
	if (r->wk->n == 0) {
		doc_add(d, DOC_PARA, "no runs in %s.", date_format_week(r->wk->monday, wk));
	} else {
		doc_add(d, DOC_HEADING, "The week");
		week_table(d, r);
		doc_add(d, DOC_HEADING, "What happened");
		for (size_t i = 0; i < r->fw->n; i++)
			doc_item(d, 0, r->fw->ev[i].has_remedy ? findings_remedy_name(r->fw->ev[i].remedy) : NULL,
				 "%s", r->fw->ev[i].message);
		if (r->fw->n == 0)
			doc_add(d, DOC_PARA, "Nothing stands out this week.");
		top_remedy(d, r->fw);
	}
	whole_log(d, r);
	if (r->n_charts) {
		doc_add(d, DOC_HEADING, "Charts");
		for (size_t i = 0; i < r->n_charts; i++)
			doc_figure(d, &r->charts[i]);
	}
	doc_add(d, DOC_NOTE, "%s", findings_caution);
}

static void numbers(FILE *o, const double *v, const char *indent)
{
	for (int k = 0; k < WEEK_NKEYS; k++) {
		fprintf(o, "%s\"%s\": ", indent, stats_week_key_name((enum stats_week_key)k));
		json_num(o, v[k]);
		fputs(",\n", o);
	}
}

int report_week_json(FILE *o, const struct report_week *r)
{
	const struct stats_week_report *w = r->wk;
	char wk[9], a[11], b[11];

	fputs("{\n  \"week\": ", o);
	json_str(o, date_format_week(w->monday, wk));
	fputs(",\n  \"start\": ", o);
	json_str(o, date_format(w->monday, a));
	fputs(",\n  \"end\": ", o);
	json_str(o, date_format(w->monday + 6, b));
	fputs(",\n  \"log\": ", o);
	json_str(o, r->file);
	fputs(",\n  \"athlete\": ", o);
	if (r->athlete)
		json_str(o, r->athlete);
	else
		fputs("null", o);
	fputs(",\n", o);
	numbers(o, w->v, "  ");
	fprintf(o, "  \"previous_4_weeks\": {\n    \"weeks\": %zu,\n", w->prev_weeks);
	numbers(o, w->prev, "    ");
	fputs("    \"change\": {", o);
	for (int k = 0; k < WEEK_NKEYS; k++) {
		fprintf(o, "%s\"%s\": ", k ? ", " : "", stats_week_key_name((enum stats_week_key)k));
		if (isnan(w->v[k]) || isnan(w->prev[k]))
			fputs("null", o);
		else
			json_str(o, direction(w->direction[k]));
	}
	fputs("}\n  },\n  \"events\": [", o);
	for (size_t i = 0; i < r->fw->n; i++) {
		const struct findings_event *e = &r->fw->ev[i];
		fputs(i ? ",\n    {" : "\n    {", o);
		json_key(o, "remedy");
		if (e->has_remedy)
			json_str(o, findings_remedy_name(e->remedy));
		else
			fputs("null", o);
		fputs(", ", o);
		json_key(o, "message");
		json_str(o, e->message);
		fputc('}', o);
	}
	fputs(r->fw->n ? "\n  ],\n" : "],\n", o);
	fputs("  \"top_remedy\": ", o);
	if (r->fw->has_top) {
		fputs("{", o);
		json_key(o, "remedy");
		json_str(o, findings_remedy_name(r->fw->top));
		fprintf(o, ", \"from_whole_log\": %s, ", r->fw->top_from_log ? "true" : "false");
		json_key(o, "advice");
		json_str(o, findings_remedy_advice(r->fw->top));
		fputs("}", o);
	} else {
		fputs("null", o);
	}
	fprintf(o, ",\n  \"log_runs\": %zu,\n  \"log_scored_runs\": %zu,\n  \"findings\": ", r->st->runs,
		r->st->scored);
	report_json_findings(o, r->fd);
	report_json_tail(o, r->charts, r->n_charts, 1);
	return ferror(o) ? -1 : 0;
}

int report_week_summary(FILE *o, const struct report_week *r)
{
	const struct stats_week_report *w = r->wk;
	char t[64], v[32], p[32];

	title(r, t, sizeof t);
	if (w->n == 0) {
		fprintf(o, "no runs in %s%s%s\n", t, r->athlete ? " for " : "", r->athlete ? r->athlete : "");
		fprintf(o, "  report: %s/report.md\n", r->folder);
		return ferror(o) ? -1 : 0;
	}
	fprintf(o, "%s%s%s: %zu run%s", t, r->athlete ? ", " : "", r->athlete ? r->athlete : "", w->n,
		w->n == 1 ? "" : "s");
	if (!isnan(w->v[WEEK_DISTANCE]))
		fprintf(o, ", %s km", value(WEEK_DISTANCE, w->v[WEEK_DISTANCE], v, sizeof v));
	if (!isnan(w->v[WEEK_MEAN_PAIN]))
		fprintf(o, ", mean pain %s (max %s)", value(WEEK_MEAN_PAIN, w->v[WEEK_MEAN_PAIN], v, sizeof v),
			value(WEEK_MAX_PAIN, w->v[WEEK_MAX_PAIN], p, sizeof p));
	fputc('\n', o);
	if (w->prev_weeks) {
		fprintf(o, "  against the previous %zu week%s:", w->prev_weeks, w->prev_weeks == 1 ? "" : "s");
		static const enum stats_week_key shown[] = {WEEK_RUNS, WEEK_DISTANCE, WEEK_MEAN_PAIN};
		int first = 1;
		for (size_t i = 0; i < sizeof shown / sizeof *shown; i++) {
			enum stats_week_key k = shown[i];
			if (isnan(w->v[k]) || isnan(w->prev[k]))
				continue;
			fprintf(o, "%s %s %s %s", first ? "" : ",", label[k],
				w->direction[k] > 0 ? "up from" : w->direction[k] < 0 ? "down from" : "same as",
				report_num(w->prev[k], 1, p, sizeof p));
			first = 0;
		}
		fputc('\n', o);
	}
	if (r->fw->has_top)
		fprintf(o, "  top remedy: %s%s\n", findings_week_advice(r->fw->top),
			r->fw->top_from_log ? " (from the whole log)" : "");
	fprintf(o, "  report: %s/report.html\n", r->folder);
	return ferror(o) ? -1 : 0;
}
