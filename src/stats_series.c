/* stats_series_build: the rolling mean and weekly totals the charts draw. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/stats.h"

/* The runs of a features table in (day, file position) order, which for a
 * cohort's table, in (athlete, day) order, is (day, athlete), without a
 * copy of the table: it splits into blocks whose days never go down (one
 * per athlete), and a heap of the blocks, keyed by the day and position of
 * each one's next run, merges them. The order is that of a stable sort by
 * day, so sums over it add the same numbers in the same order. */
struct day_order {
	const struct features_run *runs;
	size_t *next, *end; /* each block's next run, and its end */
	size_t *heap;       /* blocks with runs left, the earliest next run first */
	size_t n_heap, n_blocks;
};

static int before(const struct day_order *o, size_t a, size_t b)
{
	int32_t x = o->runs[o->next[a]].day, y = o->runs[o->next[b]].day;
	return x < y || (x == y && o->next[a] < o->next[b]);
}

static void sift_down(struct day_order *o, size_t k)
{
	for (;;) {
		size_t c = 2 * k + 1;
		if (c >= o->n_heap)
			return;
		if (c + 1 < o->n_heap && before(o, o->heap[c + 1], o->heap[c]))
			c++;
		if (!before(o, o->heap[c], o->heap[k]))
			return;
		size_t t = o->heap[k];
		o->heap[k] = o->heap[c];
		o->heap[c] = t;
		k = c;
	}
}

static void day_order_free(struct day_order *o)
{
	free(o->next);
	free(o->end);
	free(o->heap);
	memset(o, 0, sizeof *o);
}

/* Back to the first run. */
static void day_order_rewind(struct day_order *o)
{
	for (size_t b = 0; b < o->n_blocks; b++) {
		o->next[b] = b ? o->end[b - 1] : 0;
		o->heap[b] = b;
	}
	o->n_heap = o->n_blocks;
	for (size_t k = o->n_heap / 2; k-- > 0;)
		sift_down(o, k);
}

/* f's runs in day order, from the first (f->n > 0). Returns 0, or -1 when
 * out of memory. */
static int day_order_init(struct day_order *o, const struct features *f)
{
	size_t blocks = 1;
	memset(o, 0, sizeof *o);
	o->runs = f->runs;
	for (size_t i = 1; i < f->n; i++)
		blocks += f->runs[i].day < f->runs[i - 1].day;
	o->next = malloc(blocks * sizeof *o->next);
	o->end = malloc(blocks * sizeof *o->end);
	o->heap = malloc(blocks * sizeof *o->heap);
	if (!o->next || !o->end || !o->heap)
		return day_order_free(o), -1;
	o->n_blocks = 0;
	for (size_t i = 1; i < f->n; i++)
		if (f->runs[i].day < f->runs[i - 1].day)
			o->end[o->n_blocks++] = i;
	o->end[o->n_blocks++] = f->n;
	day_order_rewind(o);
	return 0;
}

/* The next run in day order, or NULL after the last. */
static const struct features_run *day_order_next(struct day_order *o)
{
	if (o->n_heap == 0)
		return NULL;
	size_t b = o->heap[0];
	const struct features_run *r = &o->runs[o->next[b]++];
	if (o->next[b] == o->end[b])
		o->heap[0] = o->heap[--o->n_heap];
	sift_down(o, 0);
	return r;
}

/* out[d] for each day d from first, NAN already where no run is scored: a
 * later scored run of the day takes the place of an earlier. at and lo
 * start at the first run. */
static void rolling(struct day_order *at, struct day_order *lo, int32_t first, int days,
		    double *out)
{
	size_t count = 0;
	double sum = 0;
	const struct features_run *old = day_order_next(lo), *r;
	/* A window of days slides with two cursors. */
	while ((r = day_order_next(at)) != NULL) {
		if (!isnan(features_pain(r)))
			sum += features_pain(r), count++;
		while (old && old->day <= r->day - days) {
			if (!isnan(features_pain(old)))
				sum -= features_pain(old), count--;
			old = day_order_next(lo);
		}
		if (!isnan(features_pain(r)) && count)
			out[r->day - first] = sum / (double)count;
	}
}

/* Weeks from Monday start: out[0..n) zeroed, and the sums of pain. */
static void weeks_start(int has_distance, int32_t start, size_t n, struct stats_week *out)
{
	for (size_t w = 0; w < n; w++)
		out[w] = (struct stats_week){.monday = start + 7 * (int32_t)w,
					     .km = has_distance ? 0 : NAN, .mean_pain = NAN};
}

/* Count run r into its week of out[0..n) from Monday start, if any. */
static void weeks_add(const struct features_run *r, int has_distance, int32_t start, size_t n,
		      struct stats_week *out, double *pain_sum)
{
	if (r->day < start || r->day >= start + 7 * (int32_t)n)
		return;
	size_t w = (size_t)((r->day - start) / 7);
	out[w].runs++;
	if (has_distance && !isnan(features_km(r)))
		out[w].km += features_km(r);
	if (!isnan(features_pain(r)))
		pain_sum[w] += features_pain(r), out[w].scored++;
}

static void weeks_end(size_t n, struct stats_week *out, const double *pain_sum)
{
	for (size_t w = 0; w < n; w++)
		if (out[w].scored)
			out[w].mean_pain = pain_sum[w] / (double)out[w].scored;
}

void stats_weeks(const struct features *f, int has_distance, int32_t last, size_t n,
		 struct stats_week *out)
{
	double pain_sum[STATS_WEEKS] = {0};
	if (n > STATS_WEEKS)
		n = STATS_WEEKS;
	int32_t start = last - 7 * (int32_t)(n - 1);
	weeks_start(has_distance, start, n, out);
	for (size_t i = 0; i < f->n; i++)
		weeks_add(&f->runs[i], has_distance, start, n, out, pain_sum);
	weeks_end(n, out, pain_sum);
}

/* The last STATS_WEEKS weeks of f's runs, taken in day order. */
static void weekly(const struct features *f, struct day_order *o, int has_distance,
		   struct stats_series *s)
{
	double pain_sum[STATS_WEEKS] = {0};
	int32_t last = date_monday(f->last_day);
	int32_t span = (last - date_monday(f->first_day)) / 7 + 1;
	s->n_weeks = span < STATS_WEEKS ? (size_t)span : STATS_WEEKS;
	int32_t start = last - 7 * (int32_t)(s->n_weeks - 1);
	weeks_start(has_distance, start, s->n_weeks, s->week);
	for (const struct features_run *r; (r = day_order_next(o)) != NULL;)
		weeks_add(r, has_distance, start, s->n_weeks, s->week, pain_sum);
	weeks_end(s->n_weeks, s->week, pain_sum);
}

int stats_series_build(const struct features *f, int has_distance, struct stats_series *out)
{
	struct day_order at, lo;
	memset(out, 0, sizeof *out);
	out->feat = f;
	if (f->n == 0)
		return 0;
	out->n = (size_t)(f->last_day - f->first_day) + 1;
	out->rolling = malloc(out->n * sizeof *out->rolling);
	if (!out->rolling)
		return -1;
	for (size_t d = 0; d < out->n; d++)
		out->rolling[d] = NAN;
	int32_t span = f->last_day - f->first_day;
	out->rolling_days = span <= 400 ? 14 : span <= 1200 ? 30 : 90;
	if (day_order_init(&at, f))
		return -1;
	if (day_order_init(&lo, f))
		return day_order_free(&at), -1;
	rolling(&at, &lo, f->first_day, out->rolling_days, out->rolling);
	day_order_rewind(&lo);
	weekly(f, &lo, has_distance, out);
	day_order_free(&at);
	day_order_free(&lo);
	return 0;
}

void stats_series_free(struct stats_series *s)
{
	free(s->rolling);
	memset(s, 0, sizeof *s);
}
