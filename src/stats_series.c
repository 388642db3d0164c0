/* stats_series_build: the rolling mean and weekly totals the charts draw. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/stats.h"

/* out[d] for each day d from f->first_day, NAN already where no run is
 * scored: a later scored run of the day takes the place of an earlier. */
static void rolling(const struct features *f, int days, double *out)
{
	size_t lo = 0, count = 0;
	double sum = 0;
	/* Runs are in date order: a window of days slides with two indices. */
	for (size_t i = 0; i < f->n; i++) {
		const struct features_run *r = &f->runs[i];
		if (!isnan(features_pain(r)))
			sum += features_pain(r), count++;
		while (f->runs[lo].day <= r->day - days) {
			if (!isnan(features_pain(&f->runs[lo])))
				sum -= features_pain(&f->runs[lo]), count--;
			lo++;
		}
		if (!isnan(features_pain(r)) && count)
			out[r->day - f->first_day] = sum / (double)count;
	}
}

void stats_weeks(const struct features *f, int has_distance, int32_t last, size_t n,
		 struct stats_week *out)
{
	double pain_sum[STATS_WEEKS] = {0};
	if (n > STATS_WEEKS)
		n = STATS_WEEKS;
	int32_t start = last - 7 * (int32_t)(n - 1);

	for (size_t w = 0; w < n; w++)
		out[w] = (struct stats_week){.monday = start + 7 * (int32_t)w,
					     .km = has_distance ? 0 : NAN, .mean_pain = NAN};
	for (size_t i = 0; i < f->n; i++) {
		const struct features_run *r = &f->runs[i];
		if (r->day < start || r->day >= last + 7)
			continue;
		size_t w = (size_t)((r->day - start) / 7);
		out[w].runs++;
		if (has_distance && !isnan(features_km(r)))
			out[w].km += features_km(r);
		if (!isnan(features_pain(r)))
			pain_sum[w] += features_pain(r), out[w].scored++;
	}
	for (size_t w = 0; w < n; w++)
		if (out[w].scored)
			out[w].mean_pain = pain_sum[w] / (double)out[w].scored;
}

static void weekly(const struct features *f, int has_distance, struct stats_series *s)
{
	int32_t last = date_monday(f->last_day);
	int32_t span = (last - date_monday(f->first_day)) / 7 + 1;
	s->n_weeks = span < STATS_WEEKS ? (size_t)span : STATS_WEEKS;
	stats_weeks(f, has_distance, last, s->n_weeks, s->week);
}

/* The runs of in, which are in (athlete, day, file) order, copied to out in
 * (day, athlete, file) order: a counting sort by day, which keeps the order
 * of equal days. */
static int sort_by_day(const struct features *in, struct features_run *out)
{
	size_t span = (size_t)(in->last_day - in->first_day) + 1;
	size_t *at = calloc(span + 1, sizeof *at);
	if (!at)
		return -1;
	for (size_t i = 0; i < in->n; i++)
		at[in->runs[i].day - in->first_day + 1]++;
	for (size_t d = 1; d <= span; d++)
		at[d] += at[d - 1];
	for (size_t i = 0; i < in->n; i++)
		out[at[in->runs[i].day - in->first_day]++] = in->runs[i];
	free(at);
	return 0;
}

int stats_series_build(const struct features *in, int has_distance, struct stats_series *out)
{
	const struct features *f = in;
	memset(out, 0, sizeof *out);
	out->feat = in;
	if (in->n == 0)
		return 0;
	/* A cohort's runs are in athlete order: the series need date order. */
	if (in->n_athletes > 1) {
		out->by_day = *in;
		out->by_day.runs = malloc(in->n * sizeof *in->runs);
		if (!out->by_day.runs)
			return -1;
		out->by_day.strength_days = NULL; /* borrowed fields stay with in */
		if (sort_by_day(in, out->by_day.runs))
			return -1;
		f = out->feat = &out->by_day;
	}
	out->n = (size_t)(f->last_day - f->first_day) + 1;
	out->rolling = malloc(out->n * sizeof *out->rolling);
	if (!out->rolling)
		return -1;
	for (size_t d = 0; d < out->n; d++)
		out->rolling[d] = NAN;
	int32_t span = f->last_day - f->first_day;
	out->rolling_days = span <= 400 ? 14 : span <= 1200 ? 30 : 90;
	rolling(f, out->rolling_days, out->rolling);
	weekly(f, has_distance, out);
	return 0;
}

void stats_series_free(struct stats_series *s)
{
	free(s->rolling);
	free(s->by_day.runs);
	memset(s, 0, sizeof *s);
}
