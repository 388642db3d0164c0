/* findings_week: the events of one week, in plain words, with remedies. */
#include "runlog/findings_week.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "runlog/date.h"

const char *findings_week_advice(enum findings_remedy r)
{
	static const char *const advice[] = {
		"Rest: run every other day.",
		"Eat before and after you run: protein, carbohydrate and vitamins.",
		"Strengthen: pull-ups, reverse dumbbell flys and deadlifts.",
	};
	return advice[r];
}

/* What an event about factor k suggests, as the article's advice. */
static const char *event_advice(enum stats_factor k)
{
	static const char *const advice[STATS_NFACTORS] = {
		"To try, as the article suggests: run every other day.",
		("To try, as the article suggests: eat before you run (protein, carbohydrate and "
		 "vitamins) to protect the muscle."),
		("To try, as the article suggests: eat after you run (protein, carbohydrate and "
		 "vitamins) to help the muscle repair."),
		"To try, as the article suggests: pull-ups, reverse dumbbell flys and deadlifts.",
		"To try: build up your weekly distance gradually and keep rest days.",
		"To try: build up the length of your long runs gradually.",
	};
	return advice[k];
}

static const char *day_name(int32_t day)
{
	static const char *const name[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
					   "Friday", "Saturday", "Sunday"};
	return name[date_weekday(day) - 1];
}

/* "Thursday", or "Friday 2025-03-28" for a day before the week. */
static void day_label(int32_t day, int32_t monday, char *buf, size_t cap)
{
	char d[11];
	if (day >= monday)
		snprintf(buf, cap, "%s", day_name(day));
	else
		snprintf(buf, cap, "%s %s", day_name(day), date_format(day, d));
}

/* Pain scores of a group of runs: their count, sum, range, and the first
 * few in order. */
#define LISTED 6
struct group {
	size_t n;
	double sum, lo, hi, first[LISTED];
};

static void group_add(struct group *g, double pain)
{
	if (g->n < LISTED)
		g->first[g->n] = pain;
	if (g->n == 0 || pain < g->lo)
		g->lo = pain;
	if (g->n == 0 || pain > g->hi)
		g->hi = pain;
	g->sum += pain;
	g->n++;
}

/* "5, 6" for up to LISTED scores, else "mean pain of 4.2". */
static void group_list(const struct group *g, char *buf, size_t cap)
{
	size_t used = 0;
	buf[0] = '\0';
	if (g->n > LISTED) {
		snprintf(buf, cap, "mean pain of %.1f", g->sum / (double)g->n);
		return;
	}
	for (size_t i = 0; i < g->n && used < cap; i++)
		used += (size_t)snprintf(buf + used, cap - used, "%s%g", i ? ", " : "", g->first[i]);
}

/* An event, its message from fmt; NULL when the week has no room. */
static struct findings_event *add(struct findings_week *out, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static struct findings_event *add(struct findings_week *out, const char *fmt, ...)
{
	va_list ap;
	if (out->n == FINDINGS_WEEK_EVENTS)
		return NULL;
	struct findings_event *e = &out->ev[out->n++];
	memset(e, 0, sizeof *e);
	e->week_mean = e->usual_mean = NAN;
	va_start(ap, fmt);
	vsnprintf(e->message, sizeof e->message, fmt, ap);
	va_end(ap);
	return e;
}

/* Append to an event's message. */
static void append(struct findings_event *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void append(struct findings_event *e, const char *fmt, ...)
{
	va_list ap;
	size_t used = strlen(e->message);
	va_start(ap, fmt);
	vsnprintf(e->message + used, sizeof e->message - used, fmt, ap);
	va_end(ap);
}

static const struct finding *log_finding(const struct findings *log_fd, enum stats_factor k)
{
	for (size_t i = 0; i < log_fd->n; i++)
		if (log_fd->item[i].factor == k)
			return &log_fd->item[i];
	return NULL;
}

/* The scored runs of the week in factor k's group a into wk, and the
 * usual's scored runs in its group b (the week and the weeks before) into
 * usual. */
static void factor_groups(const struct features *f, const struct stats_week_report *w,
			  enum stats_factor k, struct group *wk, struct group *usual)
{
	memset(wk, 0, sizeof *wk);
	memset(usual, 0, sizeof *usual);
	for (size_t i = w->usual_first; i < w->first + w->n; i++) {
		const struct features_run *r = &f->runs[i];
		int g = stats_run_group(r, k);
		if (isnan(features_pain(r)))
			continue;
		if (g == 1 && i >= w->first)
			group_add(wk, features_pain(r));
		else if (g == 2)
			group_add(usual, features_pain(r));
	}
}

/* Why the whole log's finding lf gives no remedy, in words. */
static const char *log_says(const struct finding *lf)
{
	if (lf->opposite && lf->evidence >= EVIDENCE_WEAK)
		return "the whole log went the other way for it";
	if (lf->evidence == EVIDENCE_INSUFFICIENT)
		return "the whole log has too few runs to judge it yet";
	return lf->evidence == EVIDENCE_NONE ? "the whole log's evidence on it is none"
					     : "the whole log's evidence on it is only weak";
}

/* Judge factor k for the week: fill e's numbers, name its remedy when the
 * rule of findings_week.h holds, and say why or why not. */
static void judge(const struct features *f, const struct stats_week_report *w,
		  const struct finding *lf, enum stats_factor k, struct findings_event *e)
{
	struct group wk, usual;
	char theirs[224];

	factor_groups(f, w, k, &wk, &usual);
	e->has_factor = 1;
	e->factor = k;
	e->evidence = lf->evidence;
	e->week_runs = wk.n;
	e->usual_runs = usual.n;
	e->week_mean = wk.n ? wk.sum / (double)wk.n : NAN;
	e->usual_mean = usual.n ? usual.sum / (double)usual.n : NAN;
	if (!findings_explains(lf)) {
		append(e, " No remedy from this week: %s (see below).", log_says(lf));
		return;
	}
	snprintf(theirs, sizeof theirs, "your usual for %s (%.1f over %zu scored runs of this week and the %d before)",
		 findings_factor_label(k, 1), e->usual_mean, usual.n, STATS_USUAL_WEEKS);
	if (wk.n < FINDINGS_WEEK_MIN_RUNS || usual.n < FINDINGS_WEEK_MIN_RUNS) {
		if (wk.n < FINDINGS_WEEK_MIN_RUNS)
			append(e, " No remedy from this week: an event needs %d scored %s, and this week has %zu.",
			       FINDINGS_WEEK_MIN_RUNS, findings_factor_label(k, 0), wk.n);
		else
			append(e, " No remedy from this week: an event needs %d scored %s to compare with, "
				  "and this week and the %d before have %zu.", FINDINGS_WEEK_MIN_RUNS,
			       findings_factor_label(k, 1), STATS_USUAL_WEEKS, usual.n);
		return;
	}
	double d = e->week_mean - e->usual_mean;
	if (d < FINDINGS_WEEK_MIN_POINTS) {
		append(e, " No remedy from this week: its %s had a mean pain of %.1f, not %g point or more above %s.",
		       findings_factor_label(k, 0), e->week_mean, FINDINGS_WEEK_MIN_POINTS, theirs);
		return;
	}
	e->has_remedy = 1;
	e->remedy = lf->remedy;
	append(e, " This week's %s had a mean pain of %.1f, %.1f points above %s; the whole log's evidence on "
		  "this is %s. %s", findings_factor_label(k, 0), e->week_mean, d, theirs,
	       findings_evidence_name(lf->evidence), event_advice(k));
}

/* Judge factor k for event e when the log measured it. */
static void judge_if_measured(const struct features *f, const struct stats_week_report *w,
			      const struct findings *log_fd, enum stats_factor k, struct findings_event *e)
{
	const struct finding *lf = log_finding(log_fd, k);
	if (e && lf)
		judge(f, w, lf, k, e);
}

/* ", and pain went 2, 5, 6, 4" for the scored runs from day start to end. */
static void streak_pains(const struct features *f, int32_t start, int32_t end, char *buf, size_t cap)
{
	double first = NAN, last = NAN, worst = 0;
	struct group g = {0};
	char list[128];

	buf[0] = '\0';
	for (size_t i = 0; i < f->n; i++) {
		const struct features_run *r = &f->runs[i];
		if (r->day < start || r->day > end || isnan(features_pain(r)))
			continue;
		if (isnan(first))
			first = features_pain(r);
		last = features_pain(r);
		worst = features_pain(r) > worst ? features_pain(r) : worst;
		group_add(&g, features_pain(r));
	}
	/* Every pain of the streak in order when they are few, so a rise and
	 * fall is not read as a fall. */
	if (g.n && g.lo == g.hi)
		snprintf(buf, cap, ", and pain stayed at %g", first);
	else if (g.n && g.n <= LISTED)
		group_list(&g, list, sizeof list), snprintf(buf, cap, ", and pain went %s", list);
	else if (g.n && worst > first && worst > last)
		snprintf(buf, cap, ", and pain went from %g to %g (at most %g)", first, last, worst);
	else if (g.n)
		snprintf(buf, cap, ", and pain went from %g to %g", first, last);
}

static void streak_event(const struct features *f, const struct stats_week_report *w,
			 const struct findings *log_fd, struct findings_week *out)
{
	int len = (int)w->v[WEEK_LONGEST_STREAK];
	int32_t end = w->streak_end, start = end - len + 1;
	char a[48], b[48], pain[160];

	if (len < 3)
		return;
	day_label(start, w->monday, a, sizeof a);
	day_label(end, w->monday, b, sizeof b);
	streak_pains(f, start, end, pain, sizeof pain);
	judge_if_measured(f, w, log_fd, STATS_CONSECUTIVE_DAYS,
			  add(out, "%s to %s were %d running days in a row%s.", a, b, len, pain));
}

/* A skipped meal before (after 0) or after the run before (after 1). */
static void meal_event(const struct features *f, const struct stats_week_report *w, int after,
		       const struct findings *log_fd, struct findings_week *out)
{
	struct group skipped = {0};
	char list[128];
	size_t unscored = 0;
	const char *what = after ? "after a skipped post-run meal the run before"
				 : "with a skipped pre-run meal";

	for (size_t i = w->first; i < w->first + w->n; i++) {
		const struct features_run *r = &f->runs[i];
		if ((after ? r->meal_after : r->meal_before) != INGEST_NO)
			continue;
		if (isnan(features_pain(r)))
			unscored++;
		else
			group_add(&skipped, features_pain(r));
	}
	size_t n = skipped.n + unscored;
	if (n == 0)
		return;
	char subject[128], more[64] = "";
	if (n == 1)
		snprintf(subject, sizeof subject, "The run %s", what);
	else
		snprintf(subject, sizeof subject, "The %zu runs %s", n, what);
	group_list(&skipped, list, sizeof list);
	if (skipped.n && unscored)
		snprintf(more, sizeof more, " (%zu %s no pain score yet)", unscored, unscored == 1 ? "has" : "have");
	struct findings_event *e = skipped.n > LISTED ? add(out, "%s had a %s%s.", subject, list, more)
				   : skipped.n ? add(out, "%s had pain %s%s.", subject, list, more)
					     : add(out, "%s %s no pain score yet.", subject, n == 1 ? "has" : "have");
	judge_if_measured(f, w, log_fd, after ? STATS_MEAL_AFTER : STATS_MEAL_BEFORE, e);
}

static void strength_event(const struct features *f, const struct stats_week_report *w,
			   const struct findings *log_fd, struct findings_week *out)
{
	double n = w->v[WEEK_STRENGTH];
	struct findings_event *e;
	if (isnan(n))
		return;
	if (n == 0)
		e = add(out, "No strength session this week.");
	else
		e = add(out, "%g strength session%s this week.", n, n == 1 ? "" : "s");
	judge_if_measured(f, w, log_fd, STATS_STRENGTH, e);
}

/* Runs after a jump in distance (k STATS_LOAD_SPIKE), or long runs
 * (STATS_LONG_RUN), as what: said only when they make an event. */
static void distance_event(const struct features *f, const struct stats_week_report *w,
			   const struct findings *log_fd, enum stats_factor k, const char *what,
			   struct findings_week *out)
{
	const struct finding *lf = log_finding(log_fd, k);
	struct group wk, usual;
	char list[128];

	if (!lf || !findings_explains(lf))
		return;
	factor_groups(f, w, k, &wk, &usual);
	if (wk.n < FINDINGS_WEEK_MIN_RUNS || usual.n < FINDINGS_WEEK_MIN_RUNS ||
	    wk.sum / (double)wk.n - usual.sum / (double)usual.n < FINDINGS_WEEK_MIN_POINTS)
		return;
	group_list(&wk, list, sizeof list);
	judge(f, w, lf, k, add(out, "%zu runs %s, with pain %s.", wk.n, what, list));
}

/* The week's strongest event with a remedy: the whole log's higher
 * evidence, then the larger difference from the usual. */
static const struct findings_event *strongest(const struct findings_week *fw)
{
	const struct findings_event *best = NULL;
	for (size_t i = 0; i < fw->n; i++) {
		const struct findings_event *e = &fw->ev[i];
		if (!e->has_remedy)
			continue;
		if (!best || e->evidence > best->evidence ||
		    (e->evidence == best->evidence &&
		     e->week_mean - e->usual_mean > best->week_mean - best->usual_mean))
			best = e;
	}
	return best;
}

void findings_week_build(const struct features *f, const struct stats_week_report *w,
			 const struct findings *log_fd, struct findings_week *out)
{
	memset(out, 0, sizeof *out);
	if (w->n == 0)
		return;
	size_t scored = w->known[WEEK_MEAN_PAIN];
	if (scored < w->n)
		add(out, "%zu of the week's %zu runs %s no pain score yet, and %s in no event.", w->n - scored,
		    w->n, w->n - scored == 1 ? "has" : "have", w->n - scored == 1 ? "counts" : "count");
	if (scored && w->v[WEEK_PAIN_FREE] == (double)scored)
		add(out, "Every scored run this week was pain-free.");
	streak_event(f, w, log_fd, out);
	meal_event(f, w, 0, log_fd, out);
	meal_event(f, w, 1, log_fd, out);
	strength_event(f, w, log_fd, out);
	distance_event(f, w, log_fd, STATS_LOAD_SPIKE, "came after a jump in distance", out);
	distance_event(f, w, log_fd, STATS_LONG_RUN, "were more than 10% longer than the month's longest", out);

	const struct findings_event *best = strongest(out);
	if (best) {
		out->has_top = 1;
		out->top = best->remedy;
	} else if (findings_top(log_fd)) {
		out->has_top = 1;
		out->top_from_log = 1;
		out->top = findings_top(log_fd)->remedy;
	}
}

/* The mean of the weekly mean pains of trend weeks [from, to), in *mean;
 * returns how many weeks had a scored run. */
static size_t trend_mean(const struct stats_week_report *w, size_t from, size_t to, double *mean)
{
	size_t n = 0;
	double sum = 0;
	for (size_t i = from; i < to; i++)
		if (!isnan(w->trend[i].mean_pain)) {
			sum += w->trend[i].mean_pain;
			n++;
		}
	*mean = n ? sum / (double)n : NAN;
	return n;
}

static int rising(const struct stats_week_report *w)
{
	size_t n = w->n_trend, k = FINDINGS_RISING_WEEKS;
	double last, before;
	if (n <= k)
		return 0;
	size_t from = n >= 2 * k ? n - 2 * k : 0;
	return trend_mean(w, n - k, n, &last) >= FINDINGS_RISING_MIN_WEEKS &&
	       trend_mean(w, from, n - k, &before) >= FINDINGS_RISING_MIN_WEEKS &&
	       last - before >= FINDINGS_RISING_POINTS;
}

unsigned findings_week_flags(const struct stats_week_report *w, int32_t end)
{
	unsigned flags = 0;
	double pain = w->v[WEEK_MEAN_PAIN];
	const struct stats_usual *u = &w->usual[WEEK_MEAN_PAIN];
	if (!isnan(pain) && (pain >= FINDINGS_HIGH_PAIN || (u->judged && u->verdict > 0)))
		flags |= FINDINGS_FLAG_HIGH_PAIN;
	if (rising(w))
		flags |= FINDINGS_FLAG_RISING;
	if (stats_week_stale(w, end))
		flags |= FINDINGS_FLAG_STALE;
	return flags;
}

const char *findings_flag_name(int i)
{
	static const char *const name[FINDINGS_NFLAGS] = {"high_pain", "rising", "stale"};
	return name[i];
}
