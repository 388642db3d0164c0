/* stats_week: one ISO week's numbers, against the weeks before it. */
#include <math.h>
#include <string.h>

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

/* The numbers of the week starting on monday; *streak_end is the day the
 * longest streak reached. */
static void one_week(const struct features *f, int has_distance, int32_t monday, double *v,
		     int32_t *streak_end)
{
	size_t i = first_on_or_after(f, monday);
	size_t runs = 0, scored = 0, pain_free = 0, before = 0, after = 0;
	double km = 0, sum = 0, max = NAN;
	int streak = 0;

	*streak_end = 0;
	for (; i < f->n && f->runs[i].day < monday + 7; i++) {
		const struct features_run *r = &f->runs[i];
		runs++;
		if (!isnan(features_km(r)))
			km += features_km(r);
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
		after += r->ate_after == INGEST_NO;
	}
	v[WEEK_RUNS] = (double)runs;
	v[WEEK_DISTANCE] = has_distance ? km : NAN;
	v[WEEK_MEAN_PAIN] = scored ? sum / (double)scored : NAN;
	v[WEEK_MAX_PAIN] = max;
	v[WEEK_PAIN_FREE] = (double)pain_free;
	v[WEEK_LONGEST_STREAK] = (double)streak;
	v[WEEK_SKIPPED_BEFORE] = f->has_meal_before ? (double)before : NAN;
	v[WEEK_SKIPPED_AFTER] = f->has_meal_after ? (double)after : NAN;
	v[WEEK_STRENGTH] = f->has_strength ? (double)strength_in(f, monday, monday + 7) : NAN;
}

/* The previous weeks' means are printed with one decimal: a change
 * smaller than half of that digit is no change. */
#define SAME_WITHIN 0.05

void stats_week_build(const struct features *f, int has_distance, int32_t monday,
		      struct stats_week_report *out)
{
	double sum[WEEK_NKEYS] = {0}, v[WEEK_NKEYS];
	size_t have[WEEK_NKEYS] = {0};
	int32_t unused;

	memset(out, 0, sizeof *out);
	out->monday = monday;
	one_week(f, has_distance, monday, out->v, &out->streak_end);
	out->first = first_on_or_after(f, monday);
	out->n = (size_t)out->v[WEEK_RUNS];

	/* The previous weeks that the log covers: none before its first week. */
	int32_t log_start = f->n ? date_monday(f->first_day) : monday;
	for (int w = 1; w <= STATS_PREV_WEEKS; w++) {
		int32_t m = monday - 7 * w;
		if (m < log_start)
			break;
		out->prev_weeks++;
		one_week(f, has_distance, m, v, &unused);
		for (int k = 0; k < WEEK_NKEYS; k++)
			if (!isnan(v[k]))
				sum[k] += v[k], have[k]++;
	}
	for (int k = 0; k < WEEK_NKEYS; k++) {
		out->prev[k] = have[k] ? sum[k] / (double)have[k] : NAN;
		double d = out->v[k] - out->prev[k];
		out->direction[k] = isnan(d) || fabs(d) < SAME_WITHIN ? 0
				    : d > 0 ? 1 : -1;
	}

	int32_t span = monday >= log_start ? (monday - log_start) / 7 + 1 : 1;
	out->n_trend = span < STATS_TREND_WEEKS ? (size_t)span : STATS_TREND_WEEKS;
	stats_weeks(f, has_distance, monday, out->n_trend, out->trend);
}
