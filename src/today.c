/* today: the two plans for today, their predictions, and the advice. */
#include "runlog/today.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define P STATS_NTERMS

const char *today_ordinal(int n, char buf[16])
{
	const char *suf = "th";
	if (n % 100 < 11 || n % 100 > 13)
		suf = n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
	snprintf(buf, 16, "%d%s", n, suf);
	return buf;
}

/* The runs on or before day: f->runs[0..n), in date order. */
static size_t runs_upto(const struct features *f, int32_t day)
{
	size_t n = f->n;
	while (n && f->runs[n - 1].day > day)
		n--;
	return n;
}

/* A run's streak on day, after the runs r[0..n) (days before it count). */
static int streak_on(const struct features_run *r, size_t n, int32_t day)
{
	while (n && r[n - 1].day >= day)
		n--;
	return n && r[n - 1].day == day - 1 ? (int)r[n - 1].streak + 1 : 1;
}

/* The metres of the runs r[0..n) on days from..to. */
static int64_t metres_in(const struct features_run *r, size_t n, int32_t from, int32_t to)
{
	int64_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (r[i].day >= from && r[i].day <= to && r[i].km_m != INGEST_KM_NONE)
			m += r[i].km_m;
	return m;
}

/* A yes/no as a term that is 1 for no; NAN for unknown. */
static double skipped(int yn)
{
	return yn == INGEST_UNKNOWN ? NAN : yn == INGEST_NO ? 1 : 0;
}

/* 1 when the log has a strength session on days from..to. */
static int strength_in(const struct features *f, int32_t from, int32_t to)
{
	for (size_t i = 0; i < f->n_strength; i++)
		if (f->strength_days[i] >= from && f->strength_days[i] <= to)
			return 1;
	return 0;
}

/* The terms of a run on day p->day after the runs f->runs[0..n), with
 * new_m metres (see today.h). */
static void plan_terms(const struct features *f, size_t n, int ate_before, int64_t new_m,
		       struct today_plan_result *p)
{
	const struct features_run *r = f->runs;
	int32_t d = p->day;
	for (int t = 0; t < P; t++)
		p->x[t] = t <= STATS_TERM_STREAK7 ? 0 : NAN;
	p->streak = streak_on(r, n, d);
	if (p->streak >= 2)
		p->x[STATS_TERM_STREAK2 + (p->streak >= 7 ? 5 : p->streak - 2)] = 1;
	p->x[STATS_TERM_MEAL_BEFORE] = skipped(ate_before);
	if (n)
		p->x[STATS_TERM_MEAL_AFTER] = d - r[n - 1].day <= FEATURES_MEAL_AFTER_DAYS
						      ? skipped(r[n - 1].ate_after) : 0;
	if (f->has_strength)
		p->x[STATS_TERM_NO_STRENGTH] = !strength_in(f, d - FEATURES_STRENGTH_WINDOW, d - 1);
	if (f->has_distance && n) {
		int spike = features_spike(d, r[0].day, metres_in(r, n, d - 6, d) + new_m,
					   metres_in(r, n, d - 27, d) + new_m);
		p->x[STATS_TERM_LOAD_SPIKE] = spike == INGEST_UNKNOWN ? NAN : spike == INGEST_YES;
	}
	for (size_t i = n; i-- > 0;)
		if (r[i].pain_m != INGEST_PAIN_NONE) {
			p->x[STATS_TERM_PREV_PAIN] = features_pain(&r[i]);
			break;
		}
}

/* The mean metres of the runs r[0..n) with a distance on days from..to;
 * 0 when none has one. */
static int64_t mean_metres(const struct features_run *r, size_t n, int32_t from, int32_t to)
{
	int64_t sum = 0, k = 0;
	for (size_t i = 0; i < n; i++)
		if (r[i].day >= from && r[i].day <= to && r[i].km_m != INGEST_KM_NONE)
			sum += r[i].km_m, k++;
	return k ? (sum + k / 2) / k : 0;
}

/* The last strength session on or before day: days since, or -1. */
static int32_t since_strength(const struct features *f, int32_t day)
{
	int32_t best = -1;
	for (size_t i = 0; i < f->n_strength; i++)
		if (f->strength_days[i] <= day)
			best = day - f->strength_days[i];
	return best;
}

/* The facts of today, before any prediction. */
static void facts(const struct features *f, size_t n, struct today *out)
{
	int32_t d = out->date;
	out->has_strength = f->has_strength;
	out->days_since_strength = f->has_strength ? since_strength(f, d) : -1;
	out->km7 = f->has_distance ? (double)metres_in(f->runs, n, d - 6, d) / 1000 : NAN;
	out->km28 = f->has_distance ? (double)metres_in(f->runs, n, d - 27, d) / 1000 : NAN;
	out->new_km = f->has_distance ? (double)mean_metres(f->runs, n, d - 27, d) / 1000 : NAN;
	out->last_pain = NAN;
	for (size_t i = n; i-- > 0 && isnan(out->last_pain);)
		out->last_pain = features_pain(&f->runs[i]);
}

/* 1 when the run today would be in factor k's group (today.h). */
static int applies(const struct today *t, enum stats_factor k)
{
	const double *x = t->plan[TODAY_RUN].x;
	switch (k) {
	case STATS_CONSECUTIVE_DAYS:
		return t->streak_if_run >= 3;
	case STATS_MEAL_BEFORE:
		return t->ate_before == INGEST_NO;
	case STATS_MEAL_AFTER:
		return x[STATS_TERM_MEAL_AFTER] == 1;
	case STATS_STRENGTH:
		return x[STATS_TERM_NO_STRENGTH] == 1;
	case STATS_LOAD_SPIKE:
		return x[STATS_TERM_LOAD_SPIKE] == 1;
	default:
		return 0;
	}
}

/* The run today as factor k sees it: "a 3rd day in a row". */
static const char *situation(const struct today *t, enum stats_factor k, char *buf, size_t cap)
{
	static const char *const what[STATS_NFACTORS] = {
		[STATS_MEAL_BEFORE] = "a run without a meal before it",
		[STATS_MEAL_AFTER] = "a run after a skipped post-run meal",
		[STATS_STRENGTH] = "a run with no strength session in the 7 days before",
		[STATS_LOAD_SPIKE] = "a jump in distance (the last 7 days at 1.3 times the 28-day average or more)",
		[STATS_LONG_RUN] = "a run more than 10% longer than the longest of the 30 days before",
	};
	char ord[16];
	if (k != STATS_CONSECUTIVE_DAYS)
		return what[k];
	snprintf(buf, cap, "a %s day in a row", today_ordinal(t->streak_if_run, ord));
	return buf;
}

/* What to call each remedy at the head of the advice. */
static const char *const remedy_head[] = {"Rest today", "Eat before you run", "Strengthen your back"};

/* The advice's sentence for the finding f the run today falls under. */
static void advice_text(struct today *t, const struct finding *f)
{
	char buf[64], pts[16];
	const char *s = situation(t, f->factor, buf, sizeof buf);
	const char *ev = findings_evidence_name(f->evidence);
	if (findings_explains(f))
		snprintf(t->text, sizeof t->text, "%s: %s has gone with %s more points of pain in your log (%s evidence).",
			 remedy_head[f->remedy], s, findings_points(f->effect, 0, pts), ev);
	else if (f->evidence == EVIDENCE_INSUFFICIENT)
		snprintf(t->text, sizeof t->text, "No remedy: your log cannot yet judge %s (insufficient evidence).", s);
	else if (f->opposite)
		snprintf(t->text, sizeof t->text, "No remedy: in your log, %s has gone with less pain (%s evidence).", s,
			 ev);
	else if (f->evidence == EVIDENCE_WEAK)
		snprintf(t->text, sizeof t->text,
			 "No remedy: in your log, %s has gone with more pain, but the evidence is weak.", s);
	else
		snprintf(t->text, sizeof t->text,
			 "No remedy: in your log, %s has not clearly gone with more or less pain (no evidence).", s);
}

/* The advice from the whole log's findings (today.h). */
static void advise(const struct findings *fd, struct today *t)
{
	const struct finding *pick = NULL;
	for (size_t i = 0; i < fd->n && !pick; i++)
		if (applies(t, fd->item[i].factor) && findings_explains(&fd->item[i]))
			pick = &fd->item[i];
	for (size_t i = 0; i < fd->n && !pick; i++)
		if (applies(t, fd->item[i].factor))
			pick = &fd->item[i];
	t->finding = pick;
	t->remedy = pick && findings_explains(pick) ? (int)pick->remedy : -1;
	if (pick)
		advice_text(t, pick);
	else
		snprintf(t->text, sizeof t->text,
			 "No remedy: the run today has none of the factors your log's findings judge.");
}

int today_build(const struct features *f, const struct stats_model *m, const struct findings *fd,
		int32_t date, int ate_before, struct today *out)
{
	memset(out, 0, sizeof *out);
	out->date = date;
	out->ate_before = ate_before;
	size_t n = runs_upto(f, date);
	facts(f, n, out);
	int64_t new_m = isnan(out->new_km) ? 0 : (int64_t)llround(out->new_km * 1000);
	for (int p = 0; p < TODAY_NPLANS; p++) {
		struct today_plan_result *pl = &out->plan[p];
		pl->day = date + (p == TODAY_REST);
		plan_terms(f, n, ate_before, new_m, pl);
		if (stats_model_predict(f, m, 0, f->n, pl->day, pl->x, &pl->pred))
			return -1;
	}
	out->streak_if_run = out->plan[TODAY_RUN].streak;
	advise(fd, out);
	return 0;
}
