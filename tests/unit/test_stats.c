/* Statistics against scipy 1.10.1 and statsmodels (Debian's python3-scipy
 * and python3-statsmodels), through the code the binary runs: stats_analyze
 * on a log made here, run i on day i (1970-01-01, a Thursday, is day 0, so
 * days 0-3, 4-10 and 11-12 are three ISO weeks). The snippet that produced
 * every reference value:
 *
 *   import numpy as np
 *   from scipy import stats
 *   x = np.array([1, 2, 3, 1, 2, 3, 4, 1, 1, 2, 5, 6], dtype=float)   # streak
 *   y = np.array([1, 2, 4, 1, 2, 3, 5, 6, 1.5, 2, 7, 8], dtype=float) # pain
 *   import statsmodels.api as sm
 *   def fit(x, y):  # OLS y ~ 1 + x, clustered by ISO week (labels from 0)
 *       day = np.arange(len(x)); w = np.unique(day - (day + 3) % 7, return_inverse=True)[1]
 *       return sm.OLS(y, sm.add_constant(x)).fit(cov_type="cluster",
 *                                              cov_kwds={"groups": w}, use_t=True)
 *   r = stats.pearsonr(x, y); ci = r.confidence_interval(0.95)
 *   print(r.statistic, fit(x, y).pvalues[1], ci.low, ci.high)
 *   s = stats.spearmanr(x, y)
 *   z = np.arctanh(s.statistic); se = 1/np.sqrt(len(x)-3); q = stats.norm.ppf(0.975)
 *   print(s.statistic, fit(stats.rankdata(x), stats.rankdata(y)).pvalues[1],
 *         np.tanh(z-q*se), np.tanh(z+q*se))
 *   a = np.array([4, 5, 3, 6, 7.5, 5]); b = np.array([1, 2, 1, 3, 2, 1.5, 2.5])
 *   f = fit(np.r_[np.ones(6), np.zeros(7)], np.r_[a, b])
 *   print(f.params[1], f.pvalues[1], *f.conf_int(0.05)[1], f.df_resid_inference)
 *   m = stats.t.interval(0.95, len(b)-1, loc=b.mean(), scale=stats.sem(b))
 *   print(b.mean(), b.std(ddof=1), m[0], m[1])
 */
#include "testutil.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>

#include "runlog/stats.h"
#include "runlog/stats_model.h"

#define TOL 1e-9

static const double streak[] = {1, 2, 3, 1, 2, 3, 4, 1, 1, 2, 5, 6};
static const double pain[] = {1, 2, 4, 1, 2, 3, 5, 6, 1.5, 2, 7, 8};
static const double grp_a[] = {4, 5, 3, 6, 7.5, 5};
static const double grp_b[] = {1, 2, 1, 3, 2, 1.5, 2.5};

#define MAX_RUNS 1000

/* stats_analyze on one athlete's n scored runs: run i has streak x[i] (1
 * when x is NULL) and pain y[i]. The first n_a runs skipped the meal
 * before (meal_before's group a), the rest ate (group b); with n_a ==
 * SIZE_MAX the log has no meal column. */
static void analyze(const double *x, const double *y, size_t n, size_t n_a, struct stats_result *st)
{
	struct features_run runs[MAX_RUNS];
	assert_true(n <= MAX_RUNS);
	for (size_t i = 0; i < n; i++)
		runs[i] = (struct features_run){
			.day = (int32_t)i, .streak = x ? (int32_t)x[i] : 1,
			.pain_m = (unsigned)lround(y[i] * 1000), .km_m = INGEST_KM_NONE,
			.meal_before = n_a == SIZE_MAX ? INGEST_UNKNOWN : i < n_a ? INGEST_NO : INGEST_YES,
			.meal_after = INGEST_UNKNOWN, .strength = INGEST_UNKNOWN,
			.ate_after = INGEST_UNKNOWN, .load_spike = INGEST_UNKNOWN};
	struct features f = {.runs = runs, .n = n, .has_meal_before = n_a != SIZE_MAX,
			     .last_day = n ? (int32_t)n - 1 : 0};
	assert_int_equal(stats_analyze(&f, st), 0);
}

/* Group a's values then group b's, as one log. */
static void analyze_groups(const double *a, size_t na, const double *b, size_t nb, struct stats_result *st)
{
	double y[MAX_RUNS];
	for (size_t i = 0; i < na; i++)
		y[i] = a[i];
	for (size_t i = 0; i < nb; i++)
		y[na + i] = b[i];
	analyze(NULL, y, na + nb, na, st);
}

static void pearson_matches_scipy(void **state)
{
	struct stats_result st;
	(void)state;
	analyze(streak, pain, 12, SIZE_MAX, &st);
	assert_int_equal(st.pearson.n, 12);
	assert_close(st.pearson.r, 0.7982211677185684, TOL);
	assert_close(st.pearson.p, 0.037777896854487215, 1e-7);
	assert_close(st.pearson.ci_lo, 0.413950404328196, TOL);
	assert_close(st.pearson.ci_hi, 0.9410344904625026, TOL);
}

static void spearman_matches_scipy_with_ties(void **state)
{
	struct stats_result st;
	(void)state;
	analyze(streak, pain, 12, SIZE_MAX, &st);
	assert_close(st.spearman.r, 0.764618232937169, TOL);
	assert_close(st.spearman.p, 0.09876852143403479, 1e-7);
	assert_close(st.spearman.ci_lo, 0.33984663439424595, TOL);
	assert_close(st.spearman.ci_hi, 0.930292813392649, TOL);
}

/* stats_analyze counts Spearman's ranks when every pain is a half point,
 * an optimisation of stats_spearman, the general path: the two agree. A
 * pain off the half points takes the general path itself. */
static void spearman_counted_matches_general(void **state)
{
	double x[MAX_RUNS], y[MAX_RUNS], work[2 * MAX_RUNS];
	struct stats_result st;
	struct stats_corr c;
	uint32_t seed = 12345;
	(void)state;
	analyze(streak, pain, 12, SIZE_MAX, &st);
	stats_spearman(streak, pain, 12, work, &c);
	assert_close(st.spearman.r, c.r, 1e-13);
	for (size_t i = 0; i < MAX_RUNS; i++) {
		seed = seed * 1103515245u + 12345u;
		x[i] = 1 + (seed >> 16) % 40;
		seed = seed * 1103515245u + 12345u;
		y[i] = (double)((seed >> 16) % 13 + (uint32_t)x[i] / 5) / 2; /* 0 to 10, by 0.5 */
	}
	analyze(x, y, MAX_RUNS, SIZE_MAX, &st);
	stats_spearman(x, y, MAX_RUNS, work, &c);
	assert_int_equal(st.spearman.n, c.n);
	assert_close(st.spearman.r, c.r, 1e-13);
	y[7] = 3.25;
	analyze(x, y, MAX_RUNS, SIZE_MAX, &st);
	stats_spearman(x, y, MAX_RUNS, work, &c);
	assert_true(st.spearman.r == c.r);
}

static void difference_matches_statsmodels(void **state)
{
	struct stats_result st;
	(void)state;
	analyze_groups(grp_a, 6, grp_b, 7, &st);
	const struct stats_diff *d = &st.factor[STATS_MEAL_BEFORE];
	assert_true(st.measured[STATS_MEAL_BEFORE]);
	assert_close(d->diff, 3.226190476190476, TOL);
	assert_close(d->p, 0.04918578674759027, 1e-7);
	assert_close(d->ci_lo, 0.02844860272788985, TOL);
	assert_close(d->ci_hi, 6.4239323496530645, TOL);
	assert_close(d->df, 2, TOL);
	assert_int_equal(d->a.n, 6);
	assert_int_equal(d->b.n, 7);
}

/* In a cohort a week is one athlete's: two runners' runs on the same days
 * are four clusters, not two. Reference (statsmodels):
 *
 *   y = np.array([2,3,5,1,4,6,2,3,5,4, 1,2,2,6,3,5,7,2,1,3], float)
 *   a = np.array([1,0,1,0,1,1,0,0,1,0, 0,1,1,1,0,0,1,0,1,0], float)
 *   x = np.array([1,2,3,1,2,1,2,3,4,1, 1,1,2,3,1,2,3,4,1,2], float)
 *   day = np.r_[np.arange(10), np.arange(10)]; ath = np.repeat([0, 1], 10)
 *   g = np.unique(ath * 100000 + day - (day + 3) % 7, return_inverse=True)[1]
 *   fit = lambda x, y: sm.OLS(y, sm.add_constant(x)).fit(cov_type="cluster",
 *                                                      cov_kwds={"groups": g}, use_t=True)
 *   f = fit(a, y); print(f.params[1], f.pvalues[1], *f.conf_int(0.05)[1], f.df_resid_inference)
 *   print(fit(x, y).pvalues[1])
 */
static void cohort_weeks_are_per_athlete(void **state)
{
	static const double y[] = {2, 3, 5, 1, 4, 6, 2, 3, 5, 4, 1, 2, 2, 6, 3, 5, 7, 2, 1, 3};
	static const int a[] = {1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0};
	static const int x[] = {1, 2, 3, 1, 2, 1, 2, 3, 4, 1, 1, 1, 2, 3, 1, 2, 3, 4, 1, 2};
	struct features_run runs[20];
	struct stats_result st;
	(void)state;
	for (size_t i = 0; i < 20; i++)
		runs[i] = (struct features_run){
			.day = (int32_t)(i % 10), .streak = x[i], .athlete = i / 10,
			.pain_m = (unsigned)lround(y[i] * 1000), .km_m = INGEST_KM_NONE,
			.meal_before = a[i] ? INGEST_NO : INGEST_YES, .meal_after = INGEST_UNKNOWN,
			.strength = INGEST_UNKNOWN, .ate_after = INGEST_UNKNOWN, .load_spike = INGEST_UNKNOWN};
	struct features f = {.runs = runs, .n = 20, .has_meal_before = 1, .n_athletes = 2, .last_day = 9};
	assert_int_equal(stats_analyze(&f, &st), 0);
	const struct stats_diff *d = &st.factor[STATS_MEAL_BEFORE];
	assert_close(d->diff, 1.3000000000000005, TOL);
	assert_close(d->p, 0.03794802702858508, 1e-7);
	assert_close(d->ci_lo, 0.1363220536763139, TOL);
	assert_close(d->ci_hi, 2.463677946323687, TOL);
	assert_close(d->df, 3, TOL);
	assert_close(st.pearson.p, 0.20206676421449993, 1e-7);
}

/* A cohort's series (its table in athlete order) come from the runs in day
 * order without a copy (stats_series.c's day_order): they must equal, bit
 * for bit, those of the same runs sorted by day (stable) beforehand, a
 * table that is read straight through. Three athletes, runs on shared and
 * on separate days, two runs a day, pains and distances that do not add
 * up exactly in binary. */
static void cohort_series_match_date_order(void **state)
{
	enum { N = 3 * 60 };
	static struct features_run cohort[N], by_day[N];
	struct stats_series a, b;
	size_t n = 0;
	(void)state;
	for (unsigned ath = 0; ath < 3; ath++)
		for (int32_t i = 0; i < 60; i++)
			cohort[n++] = (struct features_run){
				.day = 1000 + i * (int32_t)(ath + 1) / 2 + (int32_t)ath, .streak = 1,
				.athlete = ath, .pain_m = (unsigned)((i * 7 + ath * 3) % 100) * 100 + 30,
				.km_m = (unsigned)(3137 + 11 * i + 1000 * ath), .meal_before = INGEST_UNKNOWN,
				.meal_after = INGEST_UNKNOWN, .strength = INGEST_UNKNOWN,
				.ate_after = INGEST_UNKNOWN, .load_spike = INGEST_UNKNOWN};
	size_t m = 0; /* a stable sort by day: a pass per day */
	for (int32_t d = 1000; d <= 1000 + 59 * 3 / 2 + 2; d++)
		for (size_t i = 0; i < N; i++)
			if (cohort[i].day == d)
				by_day[m++] = cohort[i];
	assert_int_equal(m, N);
	struct features fc = {.runs = cohort, .n = N, .n_athletes = 3, .first_day = 1000,
			      .last_day = by_day[N - 1].day};
	struct features fd = fc;
	fd.runs = by_day;
	assert_int_equal(stats_series_build(&fc, 1, &a), 0);
	assert_int_equal(stats_series_build(&fd, 1, &b), 0);
	assert_int_equal(a.n, b.n);
	assert_int_equal(a.n_weeks, b.n_weeks);
	assert_int_equal(a.rolling_days, b.rolling_days);
	assert_memory_equal(a.rolling, b.rolling, a.n * sizeof *a.rolling);
	for (size_t w = 0; w < a.n_weeks; w++) {
		assert_int_equal(a.week[w].runs, b.week[w].runs);
		assert_int_equal(a.week[w].scored, b.week[w].scored);
		assert_memory_equal(&a.week[w].km, &b.week[w].km, sizeof(double));
		assert_memory_equal(&a.week[w].mean_pain, &b.week[w].mean_pain, sizeof(double));
	}
	stats_series_free(&a);
	stats_series_free(&b);
}

static void summary_matches_scipy(void **state)
{
	struct stats_result st;
	(void)state;
	analyze_groups(grp_a, 6, grp_b, 7, &st);
	const struct stats_summary *s = &st.factor[STATS_MEAL_BEFORE].b;
	assert_close(s->mean, 1.8571428571428572, TOL);
	assert_close(s->sd, 0.7480132415430956, TOL);
	assert_close(s->ci_lo, 1.165345991681457, TOL);
	assert_close(s->ci_hi, 2.548939722604257, TOL);
}

static void small_samples_are_undefined(void **state)
{
	struct stats_result st;
	double flat[] = {3, 3, 3, 3};
	(void)state;
	analyze_groups(grp_a, 6, grp_b, 0, &st);
	assert_nan(st.factor[STATS_MEAL_BEFORE].b.mean);
	assert_nan(st.factor[STATS_MEAL_BEFORE].diff);
	analyze_groups(grp_a, 6, grp_b, 1, &st);
	assert_close(st.factor[STATS_MEAL_BEFORE].b.mean, 1, TOL);
	assert_nan(st.factor[STATS_MEAL_BEFORE].b.ci_lo);
	analyze_groups(grp_a, 1, grp_b, 7, &st);
	assert_close(st.factor[STATS_MEAL_BEFORE].diff, 4 - 1.8571428571428572, TOL);
	assert_nan(st.factor[STATS_MEAL_BEFORE].p);
	assert_nan(st.factor[STATS_MEAL_BEFORE].ci_lo);
	analyze_groups(grp_a, 0, grp_b, 7, &st);
	assert_nan(st.factor[STATS_MEAL_BEFORE].diff);
	analyze(streak, flat, 4, SIZE_MAX, &st); /* no variation in pain */
	assert_nan(st.pearson.r);
	assert_nan(st.pearson.p);
	assert_nan(st.spearman.r);
	analyze(streak, pain, 2, SIZE_MAX, &st);
	assert_nan(st.pearson.r);
	assert_nan(st.spearman.r);
}

static void perfect_correlation(void **state)
{
	double x[] = {1, 2, 3, 4, 5}, y[] = {2, 4, 6, 8, 10};
	struct stats_result st;
	(void)state;
	analyze(x, y, 5, SIZE_MAX, &st);
	assert_close(st.pearson.r, 1, TOL);
	assert_close(st.pearson.p, 0, TOL);
	assert_close(st.pearson.ci_lo, 1, TOL);
	assert_close(st.spearman.r, 1, TOL);
}

/* The summaries stats_analyze makes from exact sums are the ones GSL's
 * running mean and sd give. */
static void summaries_match_gsl(void **state)
{
	static const double x[] = {2, 3.5, 0, 7, 7, 1.25, 9.5, 4, 4, 6.75, 10, 0.5};
	(void)state;
	for (size_t n = 0; n <= sizeof x / sizeof *x; n++) {
		struct stats_result st;
		analyze(NULL, x, n, SIZE_MAX, &st);
		const struct stats_summary *b = &st.by_streak[0];
		assert_int_equal(b->n, n);
		if (n == 0) {
			assert_nan(b->mean);
			continue;
		}
		double mean = gsl_stats_mean(x, 1, n);
		assert_close(b->mean, mean, 1e-12);
		if (n < 2) {
			assert_nan(b->sd);
			assert_nan(b->ci_lo);
			continue;
		}
		double sd = gsl_stats_sd_m(x, 1, n, mean);
		double half = gsl_cdf_tdist_Qinv(0.025, (double)(n - 1)) * sd / sqrt((double)n);
		assert_close(b->sd, sd, 1e-12);
		assert_close(b->ci_lo, mean - half, 1e-12);
		assert_close(b->ci_hi, mean + half, 1e-12);
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
		cmocka_unit_test(summaries_match_gsl),
		cmocka_unit_test(pearson_matches_scipy),
		cmocka_unit_test(spearman_matches_scipy_with_ties),
		cmocka_unit_test(spearman_counted_matches_general),
		cmocka_unit_test(difference_matches_statsmodels),
		cmocka_unit_test(cohort_weeks_are_per_athlete),
		cmocka_unit_test(cohort_series_match_date_order),
		cmocka_unit_test(summary_matches_scipy),
		cmocka_unit_test(small_samples_are_undefined),
		cmocka_unit_test(perfect_correlation),
	};
	return cmocka_run_group_tests_name("stats", tests, NULL, NULL);
}
