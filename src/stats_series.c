/* stats_series_build: the rolling mean and weekly totals the charts draw. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/stats.h"

static void rolling(const struct features *f, int days, double *out)
{
	size_t lo = 0, count = 0;
	double sum = 0;
	/* Runs are in date order: a window of days slides with two indices. */
	for (size_t i = 0; i < f->n; i++) {
		const struct features_run *r = &f->runs[i];
		if (!isnan(r->pain))
			sum += r->pain, count++;
		while (f->runs[lo].day <= r->day - days) {
			if (!isnan(f->runs[lo].pain))
				sum -= f->runs[lo].pain, count--;
			lo++;
		}
		out[i] = NAN;
		if (!isnan(r->pain) && count)
			out[i] = sum / (double)count;
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
		if (has_distance && !isnan(r->km))
			out[w].km += r->km;
		if (!isnan(r->pain))
			pain_sum[w] += r->pain, out[w].scored++;
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

static int cmp_by_day(const void *a, const void *b)
{
	const struct features_run *x = a, *y = b;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	if (x->athlete != y->athlete)
		return x->athlete < y->athlete ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
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
		memcpy(out->by_day.runs, in->runs, in->n * sizeof *in->runs);
		qsort(out->by_day.runs, in->n, sizeof *in->runs, cmp_by_day);
		f = out->feat = &out->by_day;
	}
	out->rolling = malloc(f->n * sizeof *out->rolling);
	if (!out->rolling)
		return -1;
	out->n = f->n;
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
