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

/* Whether k is a distance or a pain: shown with one decimal, so that a
 * whole pain reads "5.0" beside "5.2", not "5". */
static int one_decimal(enum stats_week_key k)
{
	return k == WEEK_DISTANCE || k == WEEK_MEAN_PAIN || k == WEEK_MAX_PAIN;
}

/* A week's own number: one decimal for distance and pain, a count whole. */
static const char *value(enum stats_week_key k, double v, char *buf, size_t cap)
{
	if (isnan(v))
		return snprintf(buf, cap, "-"), buf;
	if (one_decimal(k))
		return report_num(v, 1, buf, cap);
	snprintf(buf, cap, "%g", v);
	return buf;
}

static const char *direction(int dir)
{
	return dir > 0 ? "up" : dir < 0 ? "down" : "same";
}

/* The figure counts runs and is known only on some of them: its cell says
 * on how many ("2 (3 of 5 runs scored)"). */
static const char *known_words(enum stats_week_key k)
{
	switch (k) {
	case WEEK_MEAN_PAIN:
	case WEEK_MAX_PAIN:
	case WEEK_PAIN_FREE:
		return "scored";
	case WEEK_SKIPPED_BEFORE:
	case WEEK_SKIPPED_AFTER:
		return "with the meal recorded";
	default:
		return NULL;
	}
}

/* The week's value of k, and on how many runs it is known when not all. */
static const char *week_value(const struct report_week *r, enum stats_week_key k, char *buf, size_t cap)
{
	const struct stats_week_report *w = r->wk;
	char v[32];
	value(k, in_unit(r, k, w->v[k]), v, sizeof v);
	if (known_words(k) && w->known[k] < w->n)
		snprintf(buf, cap, "%s (%zu of %zu runs %s)", v, w->known[k], w->n, known_words(k));
	else
		snprintf(buf, cap, "%s", v);
	return buf;
}

/* A bound of the usual, as value() shows the week's (a count's bounds are
 * whole: stats.h). */
static const char *bound(const struct report_week *r, enum stats_week_key k, double v, char *buf, size_t cap)
{
	return value(k, in_unit(r, k, v), buf, cap);
}

/* The usual range of k, "2-4" ("3" when one value), or "-" without a verdict. */
static const char *usual_range(const struct report_week *r, enum stats_week_key k, char *buf, size_t cap)
{
	const struct stats_usual *u = &r->wk->usual[k];
	char lo[32], hi[32];
	if (!u->judged)
		return snprintf(buf, cap, "-"), buf;
	bound(r, k, u->lo, lo, sizeof lo);
	bound(r, k, u->hi, hi, sizeof hi);
	if (strcmp(lo, hi) == 0)
		snprintf(buf, cap, "%s", lo);
	else
		snprintf(buf, cap, "%s-%s", lo, hi);
	return buf;
}

const char *report_week_title(int32_t monday, int so_far, int32_t end, char *buf, size_t cap)
{
	char wk[9], a[11], b[11], t[11];
	int n = snprintf(buf, cap, "%s (%s to %s)", date_format_week(monday, wk), date_format(monday, a),
			 date_format(monday + 6, b));
	if (so_far && n > 0 && (size_t)n < cap)
		snprintf(buf + n, cap - (size_t)n, ", so far (to %s)", date_format(end, t));
	return buf;
}

static void title(const struct report_week *r, char *buf, size_t cap)
{
	report_week_title(r->wk->monday, r->so_far, r->end, buf, cap);
}

static void week_table(struct doc *d, const struct report_week *r)
{
	const struct stats_week_report *w = r->wk;
	char prev_head[64];

	snprintf(prev_head, sizeof prev_head, "previous %zu week%s", w->prev_weeks,
		 w->prev_weeks == 1 ? "" : "s");
	doc_table(d, 6, "lrrlrl");
	doc_row(d, (const char *[]){"", "this week", "your usual", "against your usual", prev_head, "change"});
	for (int k = 0; k < WEEK_NKEYS; k++) {
		char v[128], u[64], p[32];
		if (!w->recorded[k])
			continue; /* the log does not record it (stats.h) */
		const char *verdict = stats_usual_name(&w->usual[k]);
		int known = !isnan(w->v[k]) && !isnan(w->prev[k]);
		doc_row(d, (const char *[]){key_label(r, k), week_value(r, (enum stats_week_key)k, v, sizeof v),
					    usual_range(r, (enum stats_week_key)k, u, sizeof u),
					    verdict ? verdict : "-",
					    report_num(in_unit(r, k, w->prev[k]), 1, p, sizeof p),
					    known ? direction(w->direction[k]) : "-"});
	}
}

/* What the usual is, once, under the table; or why there is no verdict. */
static void usual_note(struct doc *d, const struct report_week *r)
{
	size_t weeks = r->wk->usual[WEEK_RUNS].weeks;
	if (weeks < STATS_USUAL_MIN_WEEKS)
		doc_add(d, DOC_PARA, "No verdict against your usual: %zu of the %d weeks before this one %s "
			"runs in the log, and a verdict needs %d.", weeks, STATS_USUAL_WEEKS,
			weeks == 1 ? "has" : "have", STATS_USUAL_MIN_WEEKS);
	else
		doc_add(d, DOC_PARA, "Your usual is the middle 80%% of the %zu weeks with runs among the %d "
			"before this one: from their 10th to their 90th percentile (linear interpolation "
			"between the sorted weeks; for a count, rounded outward to whole numbers). A figure "
			"outside it is above or below your usual.",
			weeks, STATS_USUAL_WEEKS);
	if (r->so_far)
		doc_add(d, DOC_PARA, "This week is not over: its figures so far are set against whole weeks.");
}

static void whole_log(struct doc *d, const struct report_week *r)
{
	char a[11], b[11], m[32];
	doc_add(d, DOC_HEADING, "The whole log");
	if (r->log)
		report_read_as(d, r->log, r->file, r->diary);
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
			fw->top_from_log ? " (From the whole log: nothing this week calls for one.)" : "");
}

/* "no runs since 2025-03-01" when the log is stale, else "". */
static const char *stale(const struct report_week *r, char *buf, size_t cap)
{
	char d[11];
	buf[0] = '\0';
	if (stats_week_stale(r->wk, r->end))
		snprintf(buf, cap, "no runs since %s", date_format(r->wk->last_run, d));
	return buf;
}

/* "5 runs this week have no pain score yet: fill in diary.csv", or "". */
static const char *unscored(const struct report_week *r, char *buf, size_t cap)
{
	size_t n = r->wk->n - r->wk->known[WEEK_MEAN_PAIN];
	buf[0] = '\0';
	if (n)
		snprintf(buf, cap, "%zu run%s this week %s no pain score yet: fill in %s", n, n == 1 ? "" : "s",
			 n == 1 ? "has" : "have", r->diary ? r->diary : r->file);
	return buf;
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
	char line[4200];
	if (*stale(r, line, sizeof line))
		doc_add(d, DOC_PARA, "%s.", line);
	if (r->wk->n == 0) {
		doc_add(d, DOC_PARA, "no runs in %s.", date_format_week(r->wk->monday, wk));
	} else {
		if (*unscored(r, line, sizeof line))
			doc_add(d, DOC_PARA, "%s.", line);
		doc_add(d, DOC_HEADING, "The week");
		week_table(d, r);
		usual_note(d, r);
		doc_add(d, DOC_HEADING, "What happened");
		for (size_t i = 0; i < r->fw->n; i++)
			doc_item(d, 0, r->fw->ev[i].has_remedy ? findings_remedy_name(r->fw->ev[i].remedy) : NULL,
				 "%s", r->fw->ev[i].message);
		if (r->fw->n == 0)
			doc_add(d, DOC_PARA, "Nothing stands out this week.");
		top_remedy(d, r->fw);
	}
	if (r->plan)
		report_plan_week_doc(d, r->plan, r->file);
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

/* Per figure: the week's verdict against the usual, its range and weeks. */
static void usual_json(struct json_writer *w, const struct stats_week_report *wk)
{
	json_key(w, "usual");
	json_object(w, JSON_LINES);
	json_kv_int(w, "weeks_before", STATS_USUAL_WEEKS);
	json_kv_int(w, "min_weeks", STATS_USUAL_MIN_WEEKS);
	json_kv_str(w, "range", "10th to 90th percentile of the weeks with runs, linear interpolation; "
		    "counts rounded outward to whole numbers");
	for (int k = 0; k < WEEK_NKEYS; k++) {
		const struct stats_usual *u = &wk->usual[k];
		json_key(w, stats_week_key_name((enum stats_week_key)k));
		if (!wk->recorded[k]) {
			json_null(w); /* the log does not record it */
			continue;
		}
		json_object(w, JSON_INLINE);
		json_kv_str(w, "verdict", stats_usual_name(u));
		json_kv_int(w, "weeks", u->weeks);
		json_kv_num(w, "p10", u->lo);
		json_kv_num(w, "p90", u->hi);
		json_kv_num(w, "min", u->min);
		json_kv_num(w, "max", u->max);
		json_end(w);
	}
	json_end(w);
}

/* On how many of the week's runs each figure is known. */
static void known_json(struct json_writer *w, const struct stats_week_report *wk)
{
	json_key(w, "runs_known");
	json_object(w, JSON_INLINE);
	for (int k = 0; k < WEEK_NKEYS; k++)
		if (wk->recorded[k])
			json_kv_int(w, stats_week_key_name((enum stats_week_key)k), wk->known[k]);
		else
			json_kv_null(w, stats_week_key_name((enum stats_week_key)k));
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
		json_kv_str(w, "factor", e->has_factor ? stats_factor_name(e->factor) : NULL);
		json_kv_str(w, "log_evidence", e->has_factor ? findings_evidence_name(e->evidence) : NULL);
		json_kv_num(w, "week_mean_pain", e->week_mean);
		json_kv_num(w, "usual_mean_pain", e->usual_mean);
		json_kv_int(w, "week_runs", e->week_runs);
		json_kv_int(w, "usual_runs", e->usual_runs);
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
	json_kv_str(w, "advice", findings_remedy_advice(fw->top));
	json_end(w);
}

void report_week_json_head(struct json_writer *w, int32_t monday, int so_far, const char *file)
{
	char week[9], a[11], b[11];
	json_kv_str(w, "week", date_format_week(monday, week));
	json_kv_str(w, "start", date_format(monday, a));
	json_kv_str(w, "end", date_format(monday + 6, b));
	json_kv_bool(w, "so_far", so_far);
	json_kv_str(w, "log", file);
}

int report_week_json(FILE *o, const struct report_week *r)
{
	const struct stats_week_report *wk = r->wk;
	char c[11];
	struct json_writer w;

	json_init(&w, o);
	json_object(&w, JSON_LINES);
	report_week_json_head(&w, wk->monday, r->so_far, r->file);
	json_kv_str(&w, "athlete", r->athlete);
	json_kv_str(&w, "last_run", wk->has_last_run ? date_format(wk->last_run, c) : NULL);
	json_kv_bool(&w, "stale", stats_week_stale(wk, r->end));
	numbers(&w, wk->v);
	known_json(&w, wk);
	usual_json(&w, wk);
	previous(&w, wk);
	events(&w, r->fw);
	top_remedy_json(&w, r->fw);
	if (r->plan)
		report_plan_week_json(&w, r->plan);
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

/* " for NAME" (lead, then the athlete) and the line's end; only the end
 * without an athlete. */
static void athlete(FILE *o, const struct report_week *r, const char *lead)
{
	if (r->athlete) {
		fputs(lead, o);
		term(o, r->athlete);
	}
	fputc('\n', o);
}

/* The summary's lines stop before this column; a long one goes on, indented. */
#define SUMMARY_COLUMNS 78

/* A summary line of items joined by commas, going on to an indented line
 * before it would reach SUMMARY_COLUMNS: the column so far, and whether no
 * item is out yet. */
struct wrap {
	FILE *o;
	int col;
	int first;
};

static void wrap_item(struct wrap *w, const char *item)
{
	int len = (int)strlen(item);
	if (!w->first && w->col + 1 + len > SUMMARY_COLUMNS)
		w->col = fprintf(w->o, ",\n   ") - 2;
	else if (!w->first)
		w->col += fprintf(w->o, ",");
	w->col += fprintf(w->o, "%s", item);
	w->first = 0;
}

/* "  against your usual (12 weeks): runs above (2-4), ..." for the
 * figures cron shows, or why there is no verdict. */
static void usual_line(FILE *o, const struct report_week *r)
{
	static const enum stats_week_key shown[] = {WEEK_RUNS, WEEK_DISTANCE, WEEK_MEAN_PAIN};
	const struct stats_week_report *w = r->wk;
	size_t weeks = w->usual[WEEK_RUNS].weeks;
	char u[64], item[160];

	if (weeks < STATS_USUAL_MIN_WEEKS) {
		fprintf(o, "  against your usual: no verdict (%zu earlier week%s with runs; %d needed)\n", weeks,
			weeks == 1 ? "" : "s", STATS_USUAL_MIN_WEEKS);
		return;
	}
	struct wrap wr = {o, fprintf(o, "  against your usual (%zu weeks):", weeks), 1};
	for (size_t i = 0; i < sizeof shown / sizeof *shown; i++) {
		enum stats_week_key k = shown[i];
		const char *verdict = stats_usual_name(&w->usual[k]);
		if (!verdict || !w->recorded[k])
			continue;
		snprintf(item, sizeof item, " %s %s (%s)", key_label(r, k), verdict, usual_range(r, k, u, sizeof u));
		wrap_item(&wr, item);
	}
	fputc('\n', o);
}

/* "  against the previous 4 weeks: runs up from 3.0, ..." */
static void previous_line(FILE *o, const struct report_week *r)
{
	static const enum stats_week_key shown[] = {WEEK_RUNS, WEEK_DISTANCE, WEEK_MEAN_PAIN};
	const struct stats_week_report *w = r->wk;
	char p[32], item[160];
	struct wrap wr = {o, fprintf(o, "  against the previous %zu week%s:", w->prev_weeks,
				    w->prev_weeks == 1 ? "" : "s"), 1};
	for (size_t i = 0; i < sizeof shown / sizeof *shown; i++) {
		enum stats_week_key k = shown[i];
		if (isnan(w->v[k]) || isnan(w->prev[k]))
			continue;
		snprintf(item, sizeof item, " %s %s %s", key_label(r, k),
			 w->direction[k] > 0 ? "up from" : w->direction[k] < 0 ? "down from" : "same as",
			 report_num(in_unit(r, k, w->prev[k]), 1, p, sizeof p));
		wrap_item(&wr, item);
	}
	fputc('\n', o);
}

/* "2025-W32 (...): 2 runs, 16.0 km, mean pain 2.8 (max 3.0)": the week's
 * title t, the athlete and the week's figures. A week "so far" or an
 * athlete's name makes this line long: its figures go on, indented, as the
 * lines below it do. */
static void figures_line(FILE *o, const struct report_week *r, const char *t)
{
	const struct stats_week_report *w = r->wk;
	char v[32], p[32];
	char item[3][128];
	size_t n = 0;
	int col = fprintf(o, "%s%s", t, r->athlete ? ", " : "");
	term(o, r->athlete ? r->athlete : "");
	col += r->athlete ? (int)safe_term_width(r->athlete, strlen(r->athlete)) : 0;
	snprintf(item[n++], sizeof *item, " %zu run%s", w->n, w->n == 1 ? "" : "s");
	if (!isnan(w->v[WEEK_DISTANCE]))
		snprintf(item[n++], sizeof *item, " %s %s", value(WEEK_DISTANCE, in_unit(r, WEEK_DISTANCE,
			 w->v[WEEK_DISTANCE]), v, sizeof v), r->log->miles ? "mi" : "km");
	if (!isnan(w->v[WEEK_MEAN_PAIN]))
		snprintf(item[n++], sizeof *item, " mean pain %s (max %s)", value(WEEK_MEAN_PAIN,
			 w->v[WEEK_MEAN_PAIN], v, sizeof v), value(WEEK_MAX_PAIN, w->v[WEEK_MAX_PAIN], p, sizeof p));
	size_t len = strlen(item[n - 1]);
	if (w->known[WEEK_MEAN_PAIN] < w->n)
		snprintf(item[n - 1] + len, sizeof *item - len, " (%zu of %zu runs scored)", w->known[WEEK_MEAN_PAIN],
			 w->n);
	struct wrap wr = {o, col + fprintf(o, ":"), 1};
	for (size_t i = 0; i < n; i++)
		wrap_item(&wr, item[i]);
	fputc('\n', o);
}

/* The week's own lines: its numbers, against the usual and the weeks
 * before, and its top remedy. */
static void week_lines(FILE *o, const struct report_week *r, const char *t)
{
	const struct stats_week_report *w = r->wk;

	figures_line(o, r, t);
	usual_line(o, r);
	if (w->prev_weeks)
		previous_line(o, r);
	if (r->fw->has_top)
		fprintf(o, "  top remedy: %s%s\n", findings_week_advice(r->fw->top),
			r->fw->top_from_log ? " (from the whole log)" : "");
	else
		fprintf(o, "  top remedy: none (nothing this week or in the whole log calls for one)\n");
}

int report_week_summary(FILE *o, const struct report_week *r)
{
	char t[64], line[4200];

	if (*stale(r, line, sizeof line)) {
		fprintf(o, "%s", line);
		athlete(o, r, " for ");
	}
	if (r->quiet)
		return ferror(o) ? -1 : 0;
	if (*unscored(r, line, sizeof line)) {
		term(o, line);
		fputc('\n', o);
	}
	title(r, t, sizeof t);
	if (r->wk->n == 0) {
		fprintf(o, "no runs in %s", t);
		athlete(o, r, " for ");
	} else
		week_lines(o, r, t);
	if (r->plan)
		report_plan_week_summary(o, r->plan);
	fputs("  report: ", o);
	term(o, r->folder);
	fputs("/report.html\n", o);
	return ferror(o) ? -1 : 0;
}
