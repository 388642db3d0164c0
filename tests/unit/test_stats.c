/* Statistics against scipy 1.10.1 (Debian's python3-scipy). The snippet that
 * produced every reference value:
 *
 *   import numpy as np
 *   from scipy import stats
 *   x = np.array([1, 2, 3, 1, 2, 3, 4, 1, 1, 2, 5, 6], dtype=float)   # streak
 *   y = np.array([1, 2, 4, 1, 2, 3, 5, 6, 1.5, 2, 7, 8], dtype=float) # pain
 *   r = stats.pearsonr(x, y); ci = r.confidence_interval(0.95)
 *   print(r.statistic, r.pvalue, ci.low, ci.high)
 *   s = stats.spearmanr(x, y)
 *   z = np.arctanh(s.statistic); se = 1/np.sqrt(len(x)-3); q = stats.norm.ppf(0.975)
 *   print(s.statistic, s.pvalue, np.tanh(z-q*se), np.tanh(z+q*se))
 *   a = np.array([4, 5, 3, 6, 7.5, 5]); b = np.array([1, 2, 1, 3, 2, 1.5, 2.5])
 *   t = stats.ttest_ind(a, b, equal_var=False)
 *   va, vb = a.var(ddof=1)/len(a), b.var(ddof=1)/len(b)
 *   df = (va+vb)**2/(va**2/(len(a)-1) + vb**2/(len(b)-1)); h = stats.t.ppf(0.975, df)*np.sqrt(va+vb)
 *   d = a.mean()-b.mean()
 *   print(d, t.pvalue, d-h, d+h, df)
 *   m = stats.t.interval(0.95, len(b)-1, loc=b.mean(), scale=stats.sem(b))
 *   print(b.mean(), b.std(ddof=1), m[0], m[1])
 */
#include "testutil.h"

#include "runlog/stats.h"
#include "runlog/stats_model.h"

#define TOL 1e-9

static const double streak[] = {1, 2, 3, 1, 2, 3, 4, 1, 1, 2, 5, 6};
static const double pain[] = {1, 2, 4, 1, 2, 3, 5, 6, 1.5, 2, 7, 8};
static const double grp_a[] = {4, 5, 3, 6, 7.5, 5};
static const double grp_b[] = {1, 2, 1, 3, 2, 1.5, 2.5};

static void pearson_matches_scipy(void **state)
{
	struct stats_corr c;
	(void)state;
	stats_pearson(streak, pain, 12, &c);
	assert_int_equal(c.n, 12);
	assert_close(c.r, 0.7982211677185684, TOL);
	assert_close(c.p, 0.0018565377318059614, 1e-7);
	assert_close(c.ci_lo, 0.413950404328196, TOL);
	assert_close(c.ci_hi, 0.9410344904625026, TOL);
}

static void spearman_matches_scipy_with_ties(void **state)
{
	struct stats_corr c;
	double work[24];
	(void)state;
	stats_spearman(streak, pain, 12, work, &c);
	assert_close(c.r, 0.764618232937169, TOL);
	assert_close(c.p, 0.0037730045917042515, 1e-7);
	assert_close(c.ci_lo, 0.33984663439424595, TOL);
	assert_close(c.ci_hi, 0.930292813392649, TOL);
}

static void welch_matches_scipy(void **state)
{
	struct stats_diff d;
	(void)state;
	stats_welch(grp_a, 6, grp_b, 7, &d);
	assert_close(d.diff, 3.226190476190476, TOL);
	assert_close(d.p, 0.0024761521106301107, 1e-7);
	assert_close(d.ci_lo, 1.5730567815671277, TOL);
	assert_close(d.ci_hi, 4.879324170813824, TOL);
	assert_close(d.df, 6.934164660681867, TOL);
	assert_int_equal(d.a.n, 6);
	assert_int_equal(d.b.n, 7);
}

static void summary_matches_scipy(void **state)
{
	struct stats_summary s;
	(void)state;
	stats_summarize(grp_b, 7, &s);
	assert_close(s.mean, 1.8571428571428572, TOL);
	assert_close(s.sd, 0.7480132415430956, TOL);
	assert_close(s.ci_lo, 1.165345991681457, TOL);
	assert_close(s.ci_hi, 2.548939722604257, TOL);
}

static void small_samples_are_undefined(void **state)
{
	struct stats_summary s;
	struct stats_diff d;
	struct stats_corr c;
	double flat[] = {3, 3, 3, 3};
	(void)state;
	stats_summarize(grp_b, 0, &s);
	assert_nan(s.mean);
	stats_summarize(grp_b, 1, &s);
	assert_close(s.mean, 1, TOL);
	assert_nan(s.ci_lo);
	stats_welch(grp_a, 1, grp_b, 7, &d);
	assert_close(d.diff, 4 - 1.8571428571428572, TOL);
	assert_nan(d.p);
	assert_nan(d.ci_lo);
	stats_welch(grp_a, 0, grp_b, 7, &d);
	assert_nan(d.diff);
	stats_pearson(streak, flat, 4, &c);  /* no variation in pain */
	assert_nan(c.r);
	assert_nan(c.p);
	stats_pearson(streak, pain, 2, &c);
	assert_nan(c.r);
}

static void perfect_correlation(void **state)
{
	double x[] = {1, 2, 3, 4, 5}, y[] = {2, 4, 6, 8, 10};
	struct stats_corr c;
	(void)state;
	stats_pearson(x, y, 5, &c);
	assert_close(c.r, 1, TOL);
	assert_close(c.p, 0, TOL);
	assert_close(c.ci_lo, 1, TOL);
}

/* Two passes of sums give the summary GSL's running mean and sd give. */
static void moments_match_summarize(void **state)
{
	static const double x[] = {2, 3.5, 0, 7, 7, 1.25, 9.5, 4, 4, 6.75, 10, 0.5};
	(void)state;
	for (size_t n = 0; n <= sizeof x / sizeof *x; n++) {
		struct stats_summary a, b;
		double sum = 0, ss = 0;
		for (size_t i = 0; i < n; i++)
			sum += x[i];
		for (size_t i = 0; i < n; i++)
			ss += (x[i] - sum / (double)n) * (x[i] - sum / (double)n);
		stats_summarize(x, n, &a);
		stats_summary_from_moments(n, sum, ss, &b);
		assert_int_equal(a.n, b.n);
		if (n == 0) {
			assert_nan(b.mean);
			continue;
		}
		assert_close(b.mean, a.mean, 1e-12);
		if (n < 2) {
			assert_nan(b.sd);
			assert_nan(b.ci_lo);
			continue;
		}
		assert_close(b.sd, a.sd, 1e-12);
		assert_close(b.ci_lo, a.ci_lo, 1e-12);
		assert_close(b.ci_hi, a.ci_hi, 1e-12);
	}
}

/* Holm's adjustment, against statsmodels:
 *   from statsmodels.stats.multitest import multipletests
 *   multipletests([0.01, 0.04, 0.03, 0.005], method="holm")[1]
 *     -> [0.03, 0.06, 0.06, 0.02]
 *   multipletests([0.2, 0.5, 0.01], method="holm")[1] -> [0.4, 0.5, 0.03]
 */
static void holm_matches_statsmodels(void **state)
{
	static const double p1[] = {0.01, 0.04, 0.03, 0.005}, want1[] = {0.03, 0.06, 0.06, 0.02};
	static const double p2[] = {0.2, 0.5, 0.01}, want2[] = {0.4, 0.5, 0.03};
	double got[4];
	(void)state;
	stats_holm(p1, got, 4);
	for (int i = 0; i < 4; i++)
		assert_close(got[i], want1[i], 1e-12);
	stats_holm(p2, got, 3);
	for (int i = 0; i < 3; i++)
		assert_close(got[i], want2[i], 1e-12);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(holm_matches_statsmodels),
		cmocka_unit_test(moments_match_summarize),
		cmocka_unit_test(pearson_matches_scipy),
		cmocka_unit_test(spearman_matches_scipy_with_ties),
		cmocka_unit_test(welch_matches_scipy),
		cmocka_unit_test(summary_matches_scipy),
		cmocka_unit_test(small_samples_are_undefined),
		cmocka_unit_test(perfect_correlation),
	};
	return cmocka_run_group_tests_name("stats", tests, NULL, NULL);
}
