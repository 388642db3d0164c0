/* The adjusted model's per-athlete trend (stats_within.h) against numpy:
 * the knots at the 5/35/65/95th percentiles of the days, and the columns of
 * Harrell's restricted cubic spline scaled by (k4 - k1)^2. runlog computes
 * them on the scale u = (t - k1) / (k4 - k1), which spans the same space:
 * its u is (t - k1) / (k4 - k1) and its spline columns are Harrell's over
 * (k4 - k1). Reference (numpy 1.24, Debian's /usr/bin/python3):
 *
 *   import numpy as np
 *   d = np.array([3*i + (i*i % 5) for i in range(64)], float)   # 0 .. 193
 *   k = np.percentile(d, [5, 35, 65, 95])    # 13, 70.15, 123.8, 179.7
 *   def h(t, j):
 *       f = lambda x: np.clip(x, 0, None) ** 3
 *       return (f(t-k[j]) - f(t-k[2])*(k[3]-k[j])/(k[3]-k[2])
 *               + f(t-k[3])*(k[2]-k[j])/(k[3]-k[2])) / (k[3]-k[0])**2
 *   [(t, h(t, 0), h(t, 1)) for t in (0., 100., 150., 193.)]
 */
#include "testutil.h"

#include <stdlib.h>

#include "runlog/stats_within.h"

static const double knots[4] = {13, 70.15, 123.8, 179.7};
static const double harrell[4][3] = {{0, 0, 0},
				     {100, 23.696628400774557, 0.9571098962571023},
				     {150, 90.60169536730943, 17.052852199935284},
				     {193, 174.47510497900421, 43.43157868576257}};

/* n runs of one athlete on days day(i), pain i % 4, all in profile 0. */
static size_t runs_on(struct stats_sample *s, size_t n, int32_t (*day)(size_t))
{
	for (size_t i = 0; i < n; i++)
		s[i] = (struct stats_sample){.y = (double)(i % 4), .prev = 1, .day = day(i), .prof = 0};
	return n;
}

static int32_t spread_days(size_t i)
{
	return (int32_t)(3 * i + (i * i % 5));
}

static void spline_matches_numpy(void **state)
{
	(void)state;
	struct stats_sample s[64];
	struct stats_within *w = calloc(1, sizeof *w);
	assert_non_null(w);
	stats_within_sums(s, runs_on(s, 64, spread_days), 1, 1, w);
	const struct stats_trend *tr = &w->pj.tr;
	assert_int_equal(tr->kind, STATS_TREND_SPLINE);
	assert_int_equal(tr->d, 4);
	double span = knots[3] - knots[0];
	for (int j = 0; j < 4; j++)
		assert_close(tr->k[j] * span + tr->t0, knots[j], 1e-12);
	for (int i = 0; i < 4; i++) {
		double z[STATS_TREND_MAX] = {0};
		stats_within_basis(tr, (int32_t)harrell[i][0], z);
		assert_close(z[0], 1, 0);
		assert_close(z[1] * span, harrell[i][0] - knots[0], 1e-12);
		assert_close(z[2] * span, harrell[i][1], 1e-10);
		assert_close(z[3] * span, harrell[i][2], 1e-10);
	}
	free(w);
}

static int32_t short_days(size_t i)
{
	return (int32_t)(2 * i);
}

static int32_t same_days(size_t i)
{
	return i < 40 ? 0 : 200; /* knots 0, 0, 200, 200: not distinct */
}

static int32_t one_week(size_t i)
{
	return (int32_t)(i % 7);
}

/* A line under 180 days or with knots that coincide, none under 28 days. */
static void trend_kinds(void **state)
{
	(void)state;
	struct stats_sample s[80];
	struct stats_within *w = calloc(1, sizeof *w);
	assert_non_null(w);
	stats_within_sums(s, runs_on(s, 80, short_days), 1, 1, w); /* 158 days */
	assert_int_equal(w->pj.tr.kind, STATS_TREND_LINEAR);
	stats_within_sums(s, runs_on(s, 80, same_days), 1, 1, w);
	assert_int_equal(w->pj.tr.kind, STATS_TREND_LINEAR);
	stats_within_sums(s, runs_on(s, 59, spread_days), 1, 1, w); /* 59 runs: too few */
	assert_int_equal(w->pj.tr.kind, STATS_TREND_LINEAR);
	stats_within_sums(s, runs_on(s, 80, one_week), 1, 1, w);
	assert_int_equal(w->pj.tr.kind, STATS_TREND_NONE);
	assert_int_equal(w->pj.tr.d, 1);
	stats_within_sums(s, runs_on(s, 80, spread_days), 0, 0, w); /* no trend asked */
	assert_int_equal(w->pj.tr.kind, STATS_TREND_NONE);
	free(w);
}

/* The plain model's sums from the time model's, plus a first run, are the
 * sums of every run without trend or previous pain. */
static void plain_from_time(void **state)
{
	(void)state;
	struct stats_sample s[64];
	struct stats_within *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b), *c = calloc(1, sizeof *c);
	assert_true(a && b && c);
	runs_on(s, 64, spread_days);
	for (size_t i = 0; i < 64; i++)
		s[i].prof = (int32_t)(i % 3 == 0 ? 16 + 1 : i % 5 == 0 ? 2 : 0);
	stats_within_sums(s + 1, 63, 1, 1, a);
	stats_within_plain(a, s, b);
	stats_within_sums(s, 64, 0, 0, c);
	assert_int_equal(b->n, c->n);
	for (int t = 0; t < STATS_TERM_PREV_PAIN; t++) {
		assert_int_equal(b->at[t], c->at[t]);
		assert_close(b->pj.pi[0][t], c->pj.pi[0][t], 1e-12);
		assert_close(b->xy[t], c->xy[t], 1e-12);
	}
	assert_close(b->pj.my[0], c->pj.my[0], 1e-12);
	free(a), free(b), free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(spline_matches_numpy),
		cmocka_unit_test(trend_kinds),
		cmocka_unit_test(plain_from_time),
	};
	return cmocka_run_group_tests_name("stats_within", tests, NULL, NULL);
}
