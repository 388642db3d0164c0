/* report_since: "did it work?", a change at a date, as a doc and as JSON. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/json.h"
#include "runlog/report.h"

/* The trend's change is shown over this many days in the text. */
#define SLOPE_DAYS 28

/* The sentence on the level: lower or higher than the trend before led. */
static void level_sentence(char *buf, size_t cap, const struct stats_since *s)
{
	const struct stats_since_coef *c = &s->time[STATS_SINCE_POST];
	char day[16], x[32], ci[64], p[16];
	int lower = c->effect < 0;
	report_num(fabs(c->effect), 1, x, sizeof x);
	if (lower)
		report_ci(-c->ci_hi, -c->ci_lo, 1, ci, sizeof ci);
	else
		report_ci(c->ci_lo, c->ci_hi, 1, ci, sizeof ci);
	snprintf(buf, cap, "since %s your pain has been %s point%s %s than the trend before it predicted "
		 "(95%% CI %s; p %s)", date_format(s->day, day), x, strcmp(x, "1.0") ? "s" : "",
		 lower ? "lower" : "higher", ci, report_pval(c->p, p, sizeof p));
}

static void change_doc(const struct stats_since *s, struct doc *d)
{
	char day[16], line[256], x[32], ci[64], p[16];
	const struct stats_since_coef *sl = &s->time[STATS_SINCE_POST_DAYS];
	date_format(s->day, day);
	if (s->status == STATS_SINCE_FEW) {
		doc_add(d, DOC_PARA, "Too few runs to compare before and after %s: %zu run%s in %zu week%s before, "
			"%zu in %zu after; each side needs at least %d runs with a pain score and every factor known, in %d ISO weeks or more.",
			day, s->runs[0], s->runs[0] == 1 ? "" : "s", s->weeks[0], s->weeks[0] == 1 ? "" : "s",
			s->runs[1], s->weeks[1], STATS_SINCE_MIN_RUNS, STATS_SINCE_MIN_WEEKS);
		return;
	}
	if (s->status == STATS_SINCE_ALIASED) {
		doc_add(d, DOC_PARA, "The runs cannot tell a change on %s apart from the trend.", day);
		return;
	}
	level_sentence(line, sizeof line, s);
	doc_add(d, DOC_PARA, "%c%s.", line[0] - 'a' + 'A', line + 1);
	doc_add(d, DOC_PARA, "The trend since then differs from the one before by %s points per %d days "
		"(95%% CI %s; p %s).", report_num(sl->effect * SLOPE_DAYS, 2, x, sizeof x), SLOPE_DAYS,
		report_ci(sl->ci_lo * SLOPE_DAYS, sl->ci_hi * SLOPE_DAYS, 2, ci, sizeof ci),
		report_pval(sl->p, p, sizeof p));
	doc_add(d, DOC_PARA, "%zu runs in %zu weeks before, %zu in %zu weeks after, compared with streaks, meals, "
		"strength and load held fixed. This is what went with the change in your log, not proof that "
		"it caused it: anything else that changed then shows here too.",
		s->runs[0], s->weeks[0], s->runs[1], s->weeks[1]);
}

/* A habit's shares before and after, in words. */
static void habit_line(char *buf, size_t cap, const struct stats_since_change *c)
{
	static const char *const what[STATS_NHABITS] = {
		"runs on a 3rd day in a row or later: %.0f%% of runs before, %.0f%% after",
		"meals skipped around runs: %.0f%% of the meals logged before, %.0f%% after",
		"weeks without a strength session: %.0f%% before, %.0f%% after"};
	snprintf(buf, cap, what[c->habit], 100 * c->before, 100 * c->after);
}

/* The log's name for a command line: single-quoted unless it is plain. */
static void shell_word(char *buf, size_t cap, const char *s)
{
	if (s[strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._/-+,=:")] == '\0') {
		snprintf(buf, cap, "%s", s);
		return;
	}
	size_t n = 0;
	buf[n++] = '\'';
	for (; *s && n + 6 < cap; s++)
		if (*s == '\'')
			memcpy(buf + n, "'\\''", 4), n += 4;
		else
			buf[n++] = *s;
	buf[n++] = '\'';
	buf[n] = '\0';
}

static void detected_doc(const struct report *r, struct doc *d)
{
	const struct stats_since_detected *det = r->detected;
	char line[256], day[16], word[1024];
	doc_add(d, DOC_PARA, "The log shows these changes of habit; to see how your pain went with one, run "
		"the command after it.");
	shell_word(word, sizeof word, r->file);
	for (size_t i = 0; i < det->n; i++) {
		const struct stats_since_change *c = &det->change[i];
		habit_line(line, sizeof line, c);
		date_format(c->day, day);
		doc_item(d, 0, NULL, "from %s, %s (%s; %zu and %zu weeks): runlog analyze %s --since %s", day,
			 stats_since_habit_remedy(c->habit), line, c->weeks[0], c->weeks[1], word, day);
	}
}

void report_since_doc(const struct report *r, struct doc *d)
{
	if (!r->since && !(r->detected && r->detected->n))
		return;
	doc_add(d, DOC_HEADING, "Did it work?");
	if (r->since)
		change_doc(r->since, d);
	else
		detected_doc(r, d);
}

static void coef_json(struct json_writer *w, const char *key, const struct stats_since_coef *c)
{
	json_key(w, key);
	json_object(w, JSON_INLINE);
	json_kv_num(w, "effect", c->effect);
	json_kv_pair(w, "ci95", c->ci_lo, c->ci_hi);
	json_kv_num(w, "p_value", c->p);
	json_end(w);
}

static void change_json(struct json_writer *w, const struct stats_since *s)
{
	static const char *const status[] = {"estimated", "too_few_runs", "aliased"};
	char day[16], line[256];
	json_key(w, "change");
	json_object(w, JSON_INLINE);
	json_kv_str(w, "date", date_format(s->day, day));
	json_kv_str(w, "status", status[s->status]);
	json_kv_int(w, "runs_before", (intmax_t)s->runs[0]);
	json_kv_int(w, "runs_after", (intmax_t)s->runs[1]);
	json_kv_int(w, "weeks_before", (intmax_t)s->weeks[0]);
	json_kv_int(w, "weeks_after", (intmax_t)s->weeks[1]);
	int ok = s->status == STATS_SINCE_OK;
	coef_json(w, "level", &s->time[STATS_SINCE_POST]);
	coef_json(w, "slope", &s->time[STATS_SINCE_POST_DAYS]);
	coef_json(w, "slope_before", &s->time[STATS_SINCE_DAYS]);
	coef_json(w, "intercept", &s->time[STATS_SINCE_CONST]);
	json_key(w, "terms");
	json_object(w, JSON_INLINE);
	for (int t = 0; t < STATS_TERM_PREV_PAIN; t++)
		if (s->in_model[t])
			json_kv_num(w, stats_term_name((enum stats_term)t), s->coef[t]);
	json_end(w);
	json_kv_int(w, "model_runs", (intmax_t)s->n);
	json_kv_int(w, "clusters", (intmax_t)s->clusters);
	if (ok)
		level_sentence(line, sizeof line, s);
	json_kv_str(w, "message", ok ? line : NULL);
	json_end(w);
}

static void detected_json(struct json_writer *w, const struct report *r)
{
	char day[16];
	json_key(w, "changes_detected");
	json_array(w, JSON_INLINE);
	for (size_t i = 0; i < r->detected->n; i++) {
		const struct stats_since_change *c = &r->detected->change[i];
		json_object(w, JSON_INLINE);
		json_kv_str(w, "habit", stats_since_habit_name(c->habit));
		json_kv_str(w, "since", date_format(c->day, day));
		json_kv_num(w, "share_before", c->before);
		json_kv_num(w, "share_after", c->after);
		json_kv_int(w, "weeks_before", (intmax_t)c->weeks[0]);
		json_kv_int(w, "weeks_after", (intmax_t)c->weeks[1]);
		json_end(w);
	}
	json_end(w);
}

void report_since_json(struct json_writer *w, const struct report *r)
{
	if (r->since)
		change_json(w, r->since);
	if (r->detected)
		detected_json(w, r);
}
