/* stats_model_predict in a pooled cohort fit: the prediction for one
 * athlete leans on the others' weeks through the coefficients' meat and
 * on its own through its level and trend (stats_model.h). runlog today
 * predicts only one runner's own fit (tests/reference/today_check.py
 * checks it); this checks the general path against statsmodels.
 *
 * The cohort: tests/data/planted/{rest,noise,eat}.csv, each runner's rows
 * prefixed with its name (an athlete column). The numbers are statsmodels'
 * get_prediction(row).summary_frame(alpha=0.05) on the full design (the
 * terms, each athlete's intercept and spline columns; OLS,
 * cov_type="cluster" by athlete-week, use_t=True), for a run two days
 * after each athlete's last, on the 3rd day in a row, without a meal
 * before, after an eaten post-run meal, with no strength session in the
 * week, and load_spike, long_run and previous pain at the athlete's means
 * (NAN):
 *
 *   (echo athlete,$(head -1 tests/data/planted/rest.csv); for f in rest noise eat; do
 *    sed 1d tests/data/planted/$f.csv | sed "s/^/$f,/"; done) > /tmp/club.csv
 *   import numpy as np, pandas as pd, statsmodels.api as sm   # Debian's python3
 *   from model_check import design, absorbed; from today_check import trend_at
 *   m, terms, cols = design("/tmp/club.csv")["new"]; blocks = absorbed(m, cols)
 *   z = zeros((len(m), sum(widths))); each athlete's block at its offset
 *   fit = sm.OLS(m.pain, column_stack([m[terms], z])).fit(cov_type="cluster",
 *         cov_kwds={"groups": pd.factorize(m.week)[0]}, use_t=True)
 *   row: s3 1, skip_before 1, skip_after_prev 0, no_strength 1, other streaks 0,
 *        load_spike, long_run and prev_pain the athlete's means;
 *        [1] + trend_at(days, last + 2)
 *   fit.get_prediction(row).summary_frame(alpha=0.05)[["mean", "obs_ci_lower", "obs_ci_upper"]]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "runlog/features.h"
#include "runlog/ingest.h"
#include "runlog/stats_model.h"

static const char *const runner[3] = {"rest", "noise", "eat"};
static const double want[3][3] = {{3.02409838609, 1.21120066138, 4.83699611079},
				  {4.99568538428, 3.16498664544, 6.82638412313},
				  {2.97261106321, 1.12943641078, 4.81578571564}};

/* The cohort's CSV text, into a malloc'd buffer. */
static char *cohort(size_t *len)
{
	char *text = NULL, line[512];
	FILE *out = open_memstream(&text, len);
	assert_non_null(out);
	fputs("athlete,date,distance_km,pain,ate_before,ate_after,strength\n", out);
	for (int a = 0; a < 3; a++) {
		char path[64];
		snprintf(path, sizeof path, "tests/data/planted/%s.csv", runner[a]);
		FILE *in = fopen(path, "r");
		assert_non_null(in);
		for (int first = 1; fgets(line, sizeof line, in); first = 0)
			if (!first)
				fprintf(out, "%s,%s", runner[a], line);
		fclose(in);
	}
	assert_int_equal(fclose(out), 0);
	return text;
}

static void pooled_prediction(void **state)
{
	size_t len;
	char *text = cohort(&len);
	FILE *fp = fmemopen(text, len, "r");
	struct ingest_opts opts = {.need_pain = 1};
	struct ingest_log log;
	struct ingest_error err;
	struct features f = {0};
	struct stats_model m;
	(void)state;
	ingest_init(&log);
	assert_int_equal(ingest_stream(fp, &opts, &log, &err), INGEST_OK);
	fclose(fp);
	assert_int_equal(features_take(&log, &f), 0);
	assert_int_equal(stats_model_fit(&f, &m), 0);
	assert_true(m.fitted);
	for (size_t lo = 0, hi; lo < f.n; lo = hi) {
		for (hi = lo; hi < f.n && f.runs[hi].athlete == f.runs[lo].athlete;)
			hi++;
		double x[STATS_NTERMS] = {[STATS_TERM_STREAK3] = 1, [STATS_TERM_MEAL_BEFORE] = 1,
					  [STATS_TERM_NO_STRENGTH] = 1, [STATS_TERM_LOAD_SPIKE] = NAN,
					  [STATS_TERM_LONG_RUN] = NAN, [STATS_TERM_PREV_PAIN] = NAN};
		struct stats_prediction p;
		const char *name = log.athletes[f.runs[lo].athlete];
		int a = strcmp(name, "rest") == 0 ? 0 : strcmp(name, "noise") == 0 ? 1 : 2;
		assert_int_equal(stats_model_predict(&f, &m, lo, hi, f.runs[hi - 1].day + 2, x, &p), 0);
		assert_true(p.ok);
		assert_close(p.mean, want[a][0], 1e-9);
		assert_close(p.pi_lo, want[a][1], 1e-9);
		assert_close(p.pi_hi, want[a][2], 1e-9);
	}
	features_free(&f);
	ingest_free(&log);
	free(text);
}

/* No fitted model, no prediction. */
static void unfitted(void **state)
{
	struct features f = {0};
	struct stats_model m = {0};
	struct stats_prediction p;
	double x[STATS_NTERMS] = {0};
	(void)state;
	assert_int_equal(stats_model_predict(&f, &m, 0, 0, 0, x, &p), 0);
	assert_false(p.ok);
	assert_nan(p.mean);
	assert_nan(p.pi_lo);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pooled_prediction),
		cmocka_unit_test(unfitted),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
