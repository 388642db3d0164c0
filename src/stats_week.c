/* stats_week: one ISO week's numbers, against the weeks before it. */
#include <math.h>
#include <string.h>

#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "runlog/date.h"
#include "runlog/stats.h"

const char *stats_week_key_name(enum stats_week_key k)
{
	static const char *const name[WEEK_NKEYS] = {
		"runs", "distance_km", "mean_pain", "max_pain", "pain_free_runs", "longest_streak",
		"skipped_meal_before", "skipped_meal_after", "strength_sessions"};
	return name[k];
}

/* First run on or after day: runs are in date order. */
static size_t first_on_or_after(const struct features *f, int32_t day)
{
	size_t lo = 0, hi = f->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (f->runs[mid].day < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static size_t strength_in(const struct features *f, int32_t from, int32_t to)
{
	size_t n = 0;
	for (size_t i = 0; i < f->n_strength; i++)
		n += f->strength_days[i] >= from && f->strength_days[i] < to;
	return n;
}

/* The numbers of the week starting on monday into v, and on how many of
 * its runs each is known into known; *streak_end is the day the longest
 * streak reached. */
static void one_week(const struct features *f, int has_distance, int32_t monday, double *v,
		     size_t *known, int32_t *streak_end)
{
	size_t i = first_on_or_after(f, monday);
	size_t runs = 0, scored = 0, pain_free = 0, before = 0, after = 0, km_known = 0;
	size_t before_known = 0, after_known = 0;
	double km = 0, sum = 0, max = NAN;
	int streak = 0;

	*streak_end = 0;
	for (; i < f->n && f->runs[i].day < monday + 7; i++) {
		const struct features_run *r = &f->runs[i];
		runs++;
		if (!isnan(features_km(r)))
			km += features_km(r), km_known++;
		if (!isnan(features_pain(r))) {
			scored++;
			sum += features_pain(r);
			pain_free += features_pain(r) == 0;
			if (isnan(max) || features_pain(r) > max)
				max = features_pain(r);
		}
		if (r->streak > streak) {
			streak = r->streak;
			*streak_end = r->day;
		}
		before += r->meal_before == INGEST_NO;
		before_known += r->meal_before != INGEST_UNKNOWN;
		after += r->ate_after == INGEST_NO;
		after_known += r->ate_after != INGEST_UNKNOWN;
	}
	size_t n[WEEK_NKEYS] = {runs, km_known, scored, scored, scored, runs, before_known, after_known, runs};
	memcpy(known, n, sizeof n);
	v[WEEK_RUNS] = (double)runs;
	v[WEEK_DISTANCE] = has_distance ? km : NAN;
	v[WEEK_MEAN_PAIN] = scored ? sum / (double)scored : NAN;
	v[WEEK_MAX_PAIN] = max;
	/* A count of runs with a property: 0 in a week without runs, unknown
	 * in a week whose runs all lack the value. */
	v[WEEK_PAIN_FREE] = scored || !runs ? (double)pain_free : NAN;
	v[WEEK_LONGEST_STREAK] = (double)streak;
	v[WEEK_SKIPPED_BEFORE] = f->has_meal_before && (before_known || !runs) ? (double)before : NAN;
	v[WEEK_SKIPPED_AFTER] = f->has_meal_after && (after_known || !runs) ? (double)after : NAN;
	v[WEEK_STRENGTH] = f->has_strength ? (double)strength_in(f, monday, monday + 7) : NAN;
}

/* The previous weeks' means are printed with one decimal: a change
 * smaller than half of that digit is no change. */
#define SAME_WITHIN 0.05

const char *stats_usual_name(const struct stats_usual *u)
{
	if (!u->judged)
		return NULL;
	return u->verdict > 0 ? "above" : u->verdict < 0 ? "below" : "typical";
}

int stats_week_key_is_count(enum stats_week_key k)
{
	return k != WEEK_DISTANCE && k != WEEK_MEAN_PAIN && k != WEEK_MAX_PAIN;
}

/* A count's percentile as a whole number, rounded up or down (stats.h);
 * within 1e-9 of one it is that one, which interpolation missed by a
 * rounding error (10 * 0.30000000000000004 must not round up to 4). */
#define WHOLE_WITHIN 1e-9
static double whole(double v, int up)
{
	double r = nearbyint(v);
	if (fabs(v - r) < WHOLE_WITHIN)
		return r;
	return up ? ceil(v) : floor(v);
}

/* The usual of figure k from its earlier weeks' values, and the week's
 * value v against it. vals is sorted in place. */
static void usual_of(enum stats_week_key k, double *vals, size_t n, double v, struct stats_usual *u)
{
	*u = (struct stats_usual){.weeks = n, .lo = NAN, .hi = NAN, .min = NAN, .max = NAN};
	if (n == 0)
		return;
	gsl_sort(vals, 1, n);
	u->min = vals[0];
	u->max = vals[n - 1];
	if (n < STATS_USUAL_MIN_WEEKS || isnan(v))
		return;
	u->judged = 1;
	u->lo = gsl_stats_quantile_from_sorted_data(vals, 1, n, STATS_USUAL_LO);
	u->hi = gsl_stats_quantile_from_sorted_data(vals, 1, n, STATS_USUAL_HI);
	if (stats_week_key_is_count(k)) {
		u->lo = whole(u->lo, 0);
		u->hi = whole(u->hi, 1);
	}
	u->verdict = v > u->hi ? 1 : v < u->lo ? -1 : 0;
}

/* The earlier weeks from the one before monday back to log_start: their
 * means over the first STATS_PREV_WEEKS into out->prev, and the usual of
 * each figure over STATS_USUAL_WEEKS. */
static void earlier_weeks(const struct features *f, int has_distance, int32_t log_start,
			  struct stats_week_report *out)
{
	double sum[WEEK_NKEYS] = {0}, v[WEEK_NKEYS], vals[WEEK_NKEYS][STATS_USUAL_WEEKS];
	size_t have[WEEK_NKEYS] = {0}, n_vals[WEEK_NKEYS] = {0}, known[WEEK_NKEYS];
	int32_t unused;

	for (int w = 1; w <= STATS_USUAL_WEEKS; w++) {
		int32_t m = out->monday - 7 * w;
		if (m < log_start)
			break;
		one_week(f, has_distance, m, v, known, &unused);
		for (int k = 0; k < WEEK_NKEYS; k++) {
			if (w <= STATS_PREV_WEEKS && !isnan(v[k]))
				sum[k] += v[k], have[k]++;
			if (v[WEEK_RUNS] > 0 && !isnan(v[k]))
				vals[k][n_vals[k]++] = v[k];
		}
		out->prev_weeks += w <= STATS_PREV_WEEKS;
	}
	for (int k = 0; k < WEEK_NKEYS; k++) {
		out->prev[k] = have[k] ? sum[k] / (double)have[k] : NAN;
		double d = out->v[k] - out->prev[k];
		out->direction[k] = isnan(d) || fabs(d) < SAME_WITHIN ? 0
				    : d > 0 ? 1 : -1;
		usual_of((enum stats_week_key)k, vals[k], n_vals[k], out->v[k], &out->usual[k]);
	}
}

void stats_week_build(const struct features *f, int has_distance, int32_t monday,
		      struct stats_week_report *out)
{
	memset(out, 0, sizeof *out);
	out->monday = monday;
	one_week(f, has_distance, monday, out->v, out->known, &out->streak_end);
	out->first = first_on_or_after(f, monday);
	out->usual_first = first_on_or_after(f, monday - 7 * STATS_USUAL_WEEKS);
	out->n = (size_t)out->v[WEEK_RUNS];
	for (int k = 0; k < WEEK_NKEYS; k++)
		out->recorded[k] = 1;
	out->recorded[WEEK_DISTANCE] = has_distance;
	out->recorded[WEEK_SKIPPED_BEFORE] = f->has_meal_before;
	out->recorded[WEEK_SKIPPED_AFTER] = f->has_meal_after;
	out->recorded[WEEK_STRENGTH] = f->has_strength;
	size_t end = first_on_or_after(f, monday + 7);
	out->has_last_run = end > 0;
	out->last_run = end > 0 ? f->runs[end - 1].day : 0;

	/* The previous weeks that the log covers: none before its first week. */
	int32_t log_start = f->n ? date_monday(f->first_day) : monday;
	earlier_weeks(f, has_distance, log_start, out);

	int32_t span = monday >= log_start ? (monday - log_start) / 7 + 1 : 1;
	out->n_trend = span < STATS_TREND_WEEKS ? (size_t)span : STATS_TREND_WEEKS;
	stats_weeks(f, has_distance, monday, out->n_trend, out->trend);
}

int stats_week_stale(const struct stats_week_report *w, int32_t end)
{
	return w->has_last_run && end - w->last_run > STATS_STALE_DAYS;
}
