/* report_week: one week as a doc, as JSON, and as the summary cron mails. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/json.h"
#include "runlog/report.h"
#include "runlog/safe.h"

static const char *const label[WEEK_NKEYS] = {
	"runs", "distance (km)", "mean pain", "max pain", "pain-free runs",
	"longest streak (days)", "skipped meals before", "skipped meals after",
	"strength sessions",
};

/* A week's distance in the unit the log was in (ingest_log.miles). */
static double in_unit(const struct report_week *r, enum stats_week_key k, double v)
{
	return k == WEEK_DISTANCE && r->log->miles ? v / INGEST_KM_PER_MILE : v;
}

static const char *key_label(const struct report_week *r, int k)
{
	return k == WEEK_DISTANCE && r->log->miles ? "distance (mi)" : label[k];
}

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
		if (k != WEEK_MEAN_PAIN && k != WEEK_MAX_PAIN && isnan(w->v[k]))
			continue; /* the log does not record it (stats.h) */
		int known = !isnan(w->v[k]) && !isnan(w->prev[k]);
		doc_row(d, (const char *[]){key_label(r, k),
					    value((enum stats_week_key)k, in_unit(r, k, w->v[k]), v, sizeof v),
					    report_num(in_unit(r, k, w->prev[k]), 1, p, sizeof p),
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
	char missing[2048];
	if (r->log && *report_not_recorded(r->log, r->diary, r->st, missing, sizeof missing))
		doc_add(d, DOC_PARA, "Not recorded: %s", missing);
	if (r->fd->unexplained)
		doc_add(d, DOC_PARA, "Note: %s", r->fd->unexplained_msg);
}

static void top_remedy(struct doc *d, const struct findings_week *fw)
{
	doc_add(d, DOC_HEADING, "Top remedy");
	if (!fw->has_top)
		doc_add(d, DOC_PARA, "Nothing this week or in the log calls for a remedy yet.");
	else
		doc_add(d, DOC_PARA, "To try, as the article suggests: %s \u2014 %s.%s", findings_remedy_name(fw->top),
			findings_remedy_advice(fw->top),
			fw->top_general ? " (General advice, not a finding from your log: nothing this week "
					  "calls for a remedy, and the log does not show what goes with its pain.)"
			: fw->top_from_log ? " (From the whole log: nothing this week calls for one.)" : "");
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

static void numbers(struct json_writer *w, const double *v)
{
	for (int k = 0; k < WEEK_NKEYS; k++)
		json_kv_num(w, stats_week_key_name((enum stats_week_key)k), v[k]);
}

static void previous(struct json_writer *w, const struct stats_week_report *wk)
{
	json_key(w, "previous_4_weeks");
	json_object(w, JSON_LINES);
	json_kv_int(w, "weeks", wk->prev_weeks);
	numbers(w, wk->prev);
	json_key(w, "change");
	json_object(w, JSON_INLINE);
	for (int k = 0; k < WEEK_NKEYS; k++) {
		int known = !isnan(wk->v[k]) && !isnan(wk->prev[k]);
		json_kv_str(w, stats_week_key_name((enum stats_week_key)k),
			    known ? direction(wk->direction[k]) : NULL);
	}
	json_end(w);
	json_end(w);
}

static void events(struct json_writer *w, const struct findings_week *fw)
{
	json_key(w, "events");
	json_array(w, JSON_LINES);
	for (size_t i = 0; i < fw->n; i++) {
		const struct findings_event *e = &fw->ev[i];
		json_object(w, JSON_INLINE);
		json_kv_str(w, "remedy", e->has_remedy ? findings_remedy_name(e->remedy) : NULL);
		json_kv_str(w, "message", e->message);
		json_end(w);
	}
	json_end(w);
}

static void top_remedy_json(struct json_writer *w, const struct findings_week *fw)
{
	json_key(w, "top_remedy");
	if (!fw->has_top) {
		json_null(w);
		return;
	}
	json_object(w, JSON_INLINE);
	json_kv_str(w, "remedy", findings_remedy_name(fw->top));
	json_kv_bool(w, "from_whole_log", fw->top_from_log);
	json_kv_bool(w, "general_advice", fw->top_general);
	json_kv_str(w, "advice", findings_remedy_advice(fw->top));
	json_end(w);
}

int report_week_json(FILE *o, const struct report_week *r)
{
	const struct stats_week_report *wk = r->wk;
	char week[9], a[11], b[11];
	struct json_writer w;

	json_init(&w, o);
	json_object(&w, JSON_LINES);
	json_kv_str(&w, "week", date_format_week(wk->monday, week));
	json_kv_str(&w, "start", date_format(wk->monday, a));
	json_kv_str(&w, "end", date_format(wk->monday + 6, b));
	json_kv_str(&w, "log", r->file);
	json_kv_str(&w, "athlete", r->athlete);
	numbers(&w, wk->v);
	previous(&w, wk);
	events(&w, r->fw);
	top_remedy_json(&w, r->fw);
	json_kv_int(&w, "log_runs", r->st->runs);
	json_kv_int(&w, "log_scored_runs", r->st->scored);
	json_key(&w, "findings");
	report_json_findings(&w, r->fd);
	report_json_tail(&w, r->charts, r->n_charts, 1);
	json_end(&w);
	return ferror(o) ? -1 : 0;
}

/* A name or a folder in the summary, for a terminal or a cron mail. */
static void term(FILE *o, const char *s)
{
	safe_term_put(o, s, strlen(s));
}

int report_week_summary(FILE *o, const struct report_week *r)
{
	const struct stats_week_report *w = r->wk;
	char t[64], v[32], p[32];

	title(r, t, sizeof t);
	if (w->n == 0) {
		fprintf(o, "no runs in %s%s", t, r->athlete ? " for " : "");
		term(o, r->athlete ? r->athlete : "");
		fputs("\n  report: ", o);
		term(o, r->folder);
		fputs("/report.md\n", o);
		return ferror(o) ? -1 : 0;
	}
	fprintf(o, "%s%s", t, r->athlete ? ", " : "");
	term(o, r->athlete ? r->athlete : "");
	fprintf(o, ": %zu run%s", w->n, w->n == 1 ? "" : "s");
	if (!isnan(w->v[WEEK_DISTANCE]))
		fprintf(o, ", %s %s", value(WEEK_DISTANCE, in_unit(r, WEEK_DISTANCE, w->v[WEEK_DISTANCE]),
					    v, sizeof v), r->log->miles ? "mi" : "km");
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
			fprintf(o, "%s %s %s %s", first ? "" : ",", key_label(r, k),
				w->direction[k] > 0 ? "up from" : w->direction[k] < 0 ? "down from" : "same as",
				report_num(in_unit(r, k, w->prev[k]), 1, p, sizeof p));
			first = 0;
		}
		fputc('\n', o);
	}
	if (r->fw->has_top)
		fprintf(o, "  top remedy: %s%s\n", findings_week_advice(r->fw->top),
			r->fw->top_general ? " (general advice: the log does not explain its pain)"
			: r->fw->top_from_log ? " (from the whole log)" : "");
	fputs("  report: ", o);
	term(o, r->folder);
	fputs("/report.html\n", o);
	return ferror(o) ? -1 : 0;
}
