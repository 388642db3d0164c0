/* report_today: runlog today's answer as a doc or as JSON. */
#include "runlog/report_today.h"

#include <math.h>
#include <stdio.h>

#include "runlog/date.h"
#include "runlog/json.h"
#include "runlog/report.h"

static const char *const plan_name[TODAY_NPLANS] = {"run", "rest"};

static const char *yes_no(int yn)
{
	return yn == INGEST_YES ? "yes" : yn == INGEST_NO ? "no" : NULL;
}

/* The run today in words: "a 3rd day in a row; no meal before; the last
 * strength session 4 days ago". */
static void run_words(const struct today *t, char *buf, size_t cap)
{
	char ord[16], gym[64] = "";
	const char *meal = t->ate_before == INGEST_YES	 ? "a meal before"
			   : t->ate_before == INGEST_NO ? "no meal before"
							 : "meal before not given";
	if (t->has_strength && t->days_since_strength < 0)
		snprintf(gym, sizeof gym, "; no strength session in the log");
	else if (t->has_strength)
		snprintf(gym, sizeof gym, "; the last strength session %d day%s ago", (int)t->days_since_strength,
			 t->days_since_strength == 1 ? "" : "s");
	const char *streak = t->streak_if_run > 1 ? today_ordinal(t->streak_if_run, ord) : NULL;
	snprintf(buf, cap, "If you run today: %s%s%s; %s%s.", streak ? "the " : "after a rest day",
		 streak ? streak : "", streak ? " day in a row" : "", meal, gym);
}

/* One plan's row of the table: its expected pain and interval. */
static void expected_row(struct doc *d, const char *label, const struct stats_prediction *p)
{
	char mean[16] = "-", pi[48] = "the log cannot say yet";
	if (p->ok) {
		report_num(p->mean, 1, mean, sizeof mean);
		report_pain_ci(p->pi_lo, p->pi_hi, 1, pi, sizeof pi);
	}
	doc_row(d, (const char *const[]){label, mean, pi});
}

void report_today_doc(const struct today *t, const char *athlete, struct doc *d)
{
	char day[11], run[256];
	date_format(t->date, day);
	if (athlete)
		doc_add(d, DOC_TITLE, "runlog today, %s, for %s", day, athlete);
	else
		doc_add(d, DOC_TITLE, "runlog today, %s", day);
	run_words(t, run, sizeof run);
	doc_add(d, DOC_PARA, "%s", run);
	if (!isnan(t->km7))
		doc_add(d, DOC_PARA, "Distance: %.1f km in the last 7 days, %.1f km in the last 28.", t->km7,
			t->km28);
	doc_table(d, 3, "lrl");
	doc_row(d, (const char *const[]){"expected pain", "mean", "95% prediction interval"});
	expected_row(d, "run today", &t->plan[TODAY_RUN].pred);
	expected_row(d, "rest today, run tomorrow", &t->plan[TODAY_REST].pred);
	doc_add(d, DOC_PARA, "%s", t->text);
}

/* One plan's expected pain: {"day", "streak", "mean", "pi95"}. */
static void plan_json(struct json_writer *w, const struct today_plan_result *p, const char *key)
{
	char day[11];
	json_key(w, key);
	json_object(w, JSON_INLINE);
	json_kv_str(w, "day", date_format(p->day, day));
	json_kv_int(w, "streak", p->streak);
	json_kv_num(w, "mean", p->pred.mean);
	json_key(w, "pi95");
	if (p->pred.ok)
		json_pair(w, p->pred.pi_lo, p->pred.pi_hi);
	else
		json_null(w);
	if (p->pred.ok && report_pain_clipped(p->pred.pi_lo, p->pred.pi_hi))
		json_kv_bool(w, "clipped", 1);
	json_end(w);
}

static void advice_json(struct json_writer *w, const struct today *t)
{
	json_key(w, "advice");
	json_object(w, JSON_LINES);
	json_kv_str(w, "remedy", t->remedy < 0 ? NULL : findings_remedy_name((enum findings_remedy)t->remedy));
	json_kv_str(w, "factor", t->finding ? stats_factor_name(t->finding->factor) : NULL);
	json_kv_str(w, "evidence", t->finding ? findings_evidence_name(t->finding->evidence) : NULL);
	json_kv_str(w, "text", t->text);
	json_end(w);
}

void report_today_json(FILE *out, const struct today *t, const char *athlete)
{
	struct json_writer w;
	char day[11];
	json_init(&w, out);
	json_object(&w, JSON_LINES);
	json_key(&w, "today");
	json_object(&w, JSON_LINES);
	json_kv_str(&w, "date", date_format(t->date, day));
	json_kv_str(&w, "athlete", athlete);
	json_kv_int(&w, "streak_if_run", t->streak_if_run);
	json_kv_str(&w, "ate_before", yes_no(t->ate_before));
	if (t->days_since_strength >= 0)
		json_kv_int(&w, "days_since_strength", t->days_since_strength);
	else
		json_kv_null(&w, "days_since_strength");
	json_kv_num(&w, "last_pain", t->last_pain);
	json_key(&w, "distance_km");
	json_object(&w, JSON_INLINE);
	json_kv_num(&w, "last_7_days", t->km7);
	json_kv_num(&w, "last_28_days", t->km28);
	json_kv_num(&w, "new_run", t->new_km);
	json_end(&w);
	json_key(&w, "expected_pain");
	json_object(&w, JSON_LINES);
	for (int p = 0; p < TODAY_NPLANS; p++)
		plan_json(&w, &t->plan[p], plan_name[p]);
	json_end(&w);
	advice_json(&w, t);
	json_end(&w);
	json_end(&w);
}
