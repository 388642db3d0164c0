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

/* What a week's event suggests, as the article's advice. */
enum advice { ADVICE_REST, ADVICE_EAT_BEFORE, ADVICE_EAT_AFTER, ADVICE_STRENGTHEN };

static const char *event_advice(enum advice a)
{
	static const char *const advice[] = {
		"To try, as the article suggests: run every other day.",
		("To try, as the article suggests: eat before you run (protein, carbohydrate and "
		 "vitamins) to protect the muscle."),
		("To try, as the article suggests: eat after you run (protein, carbohydrate and "
		 "vitamins) to help the muscle repair."),
		"To try, as the article suggests: pull-ups, reverse dumbbell flys and deadlifts.",
	};
	return advice[a];
}

/* The whole log found factor k clearly the other way round (opposite): a
 * week's event about it suggests no remedy then. */
static int log_opposite(const struct findings *log_fd, enum stats_factor k)
{
	for (size_t i = 0; i < log_fd->n; i++)
		if (log_fd->item[i].factor == k)
			return log_fd->item[i].opposite && log_fd->item[i].evidence >= EVIDENCE_WEAK;
	return 0;
}

/* The event's advice, or why there is none. */
static const char *advice_or_not(const struct findings *log_fd, enum stats_factor k, enum advice a)
{
	return log_opposite(log_fd, k) ? "The whole log went the other way for this (see below), so no "
					 "remedy is suggested."
				       : event_advice(a);
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

static struct findings_event *add(struct findings_week *out, int has_remedy, enum findings_remedy r,
				  const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static struct findings_event *add(struct findings_week *out, int has_remedy, enum findings_remedy r,
				  const char *fmt, ...)
{
	va_list ap;
	if (out->n == FINDINGS_WEEK_EVENTS)
		return NULL;
	struct findings_event *e = &out->ev[out->n++];
	e->has_remedy = has_remedy;
	e->remedy = r;
	va_start(ap, fmt);
	vsnprintf(e->message, sizeof e->message, fmt, ap);
	va_end(ap);
	return e;
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

/* "5, 6" for up to LISTED scores, else "mean 4.2". */
static void group_list(const struct group *g, char *buf, size_t cap)
{
	size_t used = 0;
	buf[0] = '\0';
	if (g->n > LISTED) {
		snprintf(buf, cap, "mean %.1f", g->sum / (double)g->n);
		return;
	}
	for (size_t i = 0; i < g->n && used < cap; i++)
		used += (size_t)snprintf(buf + used, cap - used, "%s%g", i ? ", " : "", g->first[i]);
}

/* "2-3", or "2" when all are the same. */
static void group_range(const struct group *g, char *buf, size_t cap)
{
	if (g->lo == g->hi)
		snprintf(buf, cap, "%g", g->lo);
	else
		snprintf(buf, cap, "%g-%g", g->lo, g->hi);
}

static void streak_event(const struct features *f, const struct stats_week_report *w,
			 const struct findings *log_fd, struct findings_week *out)
{
	int len = (int)w->v[WEEK_LONGEST_STREAK];
	int32_t end = w->streak_end, start = end - len + 1;
	double first = NAN, last = NAN, worst = 0;
	struct group g = {0};
	char a[48], b[48], pain[160] = "", list[128];

	if (len < 3)
		return;
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
	day_label(start, w->monday, a, sizeof a);
	day_label(end, w->monday, b, sizeof b);
	/* Every pain of the streak in order when they are few, so a rise and
	 * fall is not read as a fall. */
	if (g.n && g.lo == g.hi)
		snprintf(pain, sizeof pain, ", and pain stayed at %g", first);
	else if (g.n && g.n <= LISTED)
		group_list(&g, list, sizeof list), snprintf(pain, sizeof pain, ", and pain went %s", list);
	else if (g.n && worst > first && worst > last)
		snprintf(pain, sizeof pain, ", and pain went from %g to %g (at most %g)", first, last, worst);
	else if (g.n)
		snprintf(pain, sizeof pain, ", and pain went from %g to %g", first, last);
	int quiet = (!isnan(first) && worst == 0) || log_opposite(log_fd, STATS_CONSECUTIVE_DAYS);
	int pain_free = !isnan(first) && worst == 0;
	add(out, !quiet, REMEDY_REST, "%s to %s were %d running days in a row%s.%s%s", a, b, len, pain,
	    pain_free ? "" : " ",
	    pain_free ? "" : advice_or_not(log_fd, STATS_CONSECUTIVE_DAYS, ADVICE_REST));
}

static void meal_event(const struct features *f, const struct stats_week_report *w, int after,
		       const struct findings *log_fd, struct findings_week *out)
{
	struct group skipped = {0}, other = {0};
	char list[128], range[64], subject[128];
	const char *what = after ? "after a skipped post-run meal the run before"
				 : "with a skipped pre-run meal";
	enum stats_factor k = after ? STATS_MEAL_AFTER : STATS_MEAL_BEFORE;
	const char *advice = advice_or_not(log_fd, k, after ? ADVICE_EAT_AFTER : ADVICE_EAT_BEFORE);
	int remedy = !log_opposite(log_fd, k);

	for (size_t i = w->first; i < w->first + w->n; i++) {
		const struct features_run *r = &f->runs[i];
		int8_t meal = after ? r->meal_after : r->meal_before;
		if (isnan(features_pain(r)) || meal == INGEST_UNKNOWN)
			continue;
		group_add(meal == INGEST_NO ? &skipped : &other, features_pain(r));
	}
	if (skipped.n == 0)
		return;
	if (skipped.n == 1)
		snprintf(subject, sizeof subject, "The run %s", what);
	else
		snprintf(subject, sizeof subject, "The %zu runs %s", skipped.n, what);
	group_list(&skipped, list, sizeof list);
	if (other.n == 0) {
		add(out, remedy, REMEDY_EAT, "%s had pain %s, and no run this week had the meal to compare. %s",
		    subject, list, advice);
		return;
	}
	/* Means, not "every run": a skipped meal can come with pain 0. */
	double ms = skipped.sum / (double)skipped.n, mo = other.sum / (double)other.n;
	group_range(&other, range, sizeof range);
	char theirs[512], ours[1024];
	snprintf(theirs, sizeof theirs, "the mean of the week's other runs (%.1f, range %s)", mo, range);
	if (skipped.n == 1)
		snprintf(ours, sizeof ours, "%s had pain %s, %s than %s", subject, list,
			 ms > mo ? "more" : "no more", theirs);
	else if (skipped.n <= LISTED)
		snprintf(ours, sizeof ours, "%s had a mean pain of %.1f (%s), %s than %s", subject, ms, list,
			 ms > mo ? "more" : "no more", theirs);
	else
		snprintf(ours, sizeof ours, "%s had a mean pain of %.1f, %s than %s", subject, ms,
			 ms > mo ? "more" : "no more", theirs);
	if (ms > mo)
		add(out, remedy, REMEDY_EAT, "%s. %s", ours, advice);
	else
		add(out, 0, REMEDY_EAT, "%s.", ours);
}

void findings_week_build(const struct features *f, const struct stats_week_report *w,
			 const struct findings *log_fd, struct findings_week *out)
{
	memset(out, 0, sizeof *out);
	if (w->n == 0)
		return;
	size_t scored = 0;
	for (size_t i = w->first; i < w->first + w->n; i++)
		scored += !isnan(features_pain(&f->runs[i]));
	if (scored && w->v[WEEK_PAIN_FREE] == (double)scored)
		add(out, 0, REMEDY_REST, "Every scored run this week was pain-free.");
	streak_event(f, w, log_fd, out);
	meal_event(f, w, 0, log_fd, out);
	meal_event(f, w, 1, log_fd, out);
	if (w->v[WEEK_STRENGTH] == 0)
		add(out, !log_opposite(log_fd, STATS_STRENGTH), REMEDY_STRENGTHEN,
		    "No strength session this week. %s", advice_or_not(log_fd, STATS_STRENGTH, ADVICE_STRENGTHEN));
	else if (w->v[WEEK_STRENGTH] > 0)
		add(out, 0, REMEDY_STRENGTHEN, "%g strength session%s this week.", w->v[WEEK_STRENGTH],
		    w->v[WEEK_STRENGTH] == 1 ? "" : "s");

	/* The top remedy: the whole log's ranking decides between the week's. */
	for (size_t j = 0; j < log_fd->n && !out->has_top; j++) {
		const struct finding *lf = &log_fd->item[j];
		if (!findings_explains(lf))
			continue;
		for (size_t i = 0; i < out->n; i++)
			if (out->ev[i].has_remedy && out->ev[i].remedy == lf->remedy) {
				out->has_top = 1;
				out->top = lf->remedy;
				break;
			}
	}
	for (size_t i = 0; i < out->n && !out->has_top; i++)
		if (out->ev[i].has_remedy) {
			out->has_top = 1;
			out->top = out->ev[i].remedy;
		}
	if (!out->has_top && findings_top(log_fd)) {
		out->has_top = 1;
		out->top_from_log = 1;
		out->top = findings_top(log_fd)->remedy;
	}
	/* Frequent pain that no factor explains: the article's general advice,
	 * as the report's note gives it, and said to be general. */
	if (!out->has_top && log_fd->unexplained) {
		out->has_top = 1;
		out->top_from_log = 1;
		out->top_general = 1;
		out->top = REMEDY_STRENGTHEN;
	}
}
