/* stats_plan.c: a self-experiment's blocks, estimate and randomisation test,
 * on a plan small enough to work out by hand. */
#include "testutil.h"

#include "runlog/date.h"
#include "runlog/stats_plan.h"

/* The pains (0 ends the list) each block gets, by pair and arm, on its
 * days 0, 1, 2, ...; a gap day is -1. Pair 2's remedy block runs two days
 * in a row: not kept. */
static const int pains[2][2][4] = {
	{[PLAN_USUAL] = {5, -1, 6, 0}, [PLAN_REMEDY] = {3, 0}},
	{[PLAN_USUAL] = {4, 0}, [PLAN_REMEDY] = {4, 4, 0}},
};

static size_t runs_of(const struct plan *p, struct features_run *runs)
{
	size_t n = 0;
	for (size_t k = 0; k < p->n; k++) {
		const int *v = pains[p->blocks[k].pair - 1][p->blocks[k].arm];
		for (int i = 0; v[i]; i++)
			if (v[i] > 0)
				runs[n++] = (struct features_run){
					.day = p->blocks[k].start + i, .streak = i > 0 && v[i - 1] > 0 ? 2 : 1,
					.pain_m = (unsigned)v[i] * 1000, .km_m = INGEST_KM_NONE,
					.meal_before = INGEST_UNKNOWN, .meal_after = INGEST_UNKNOWN,
					.strength = INGEST_UNKNOWN, .ate_after = INGEST_UNKNOWN,
					.load_spike = INGEST_UNKNOWN};
	}
	return n;
}

/* Pair differences 2.5 and 0: mean 1.25, sd 1.25 * sqrt(2), and the t
 * quantile of 1 df (scipy.stats.t.ppf(0.975, 1) = 12.706204736174707).
 * Pooled: usual (5 + 6 + 4) / 3 - remedy (3 + 4 + 4) / 3 = 4/3; swapping
 * pair 1 gives -1.25, pair 2 1.25, both -4/3: p = 1/4. */
static void by_hand(void **state)
{
	(void)state;
	struct plan p;
	struct features_run runs[16];
	struct stats_plan sp;
	plan_make(&p, PLAN_REST, date_from_ymd(2026, 1, 5), 4, 1, 3);
	struct features f = {.runs = runs, .n = runs_of(&p, runs)};
	f.first_day = runs[0].day;
	f.last_day = p.blocks[3].end;
	stats_plan_analyze(&f, &p, &sp);
	assert_int_equal(sp.completed, 4);
	assert_int_equal(sp.complete_pairs, 2);
	assert_int_equal(sp.kept, 1);
	assert_int_equal(sp.itt.pairs, 2);
	assert_close(sp.itt.difference, 1.25, 1e-12);
	assert_close(sp.itt.ci_hi - sp.itt.difference, 12.706204736174707 * 1.25, 1e-9);
	assert_close(sp.itt.statistic, 4.0 / 3, 1e-12);
	assert_int_equal(sp.itt.allocations, 4);
	assert_true(sp.itt.exact);
	assert_close(sp.itt.p_value, 0.25, 0);
	assert_int_equal(sp.as_kept.pairs, 1);
	assert_int_equal(sp.as_kept.allocations, 0);
	assert_nan(sp.as_kept.p_value);
}

/* Equal statistics count as at least the observed one: with every pair
 * alike, every allocation ties (p = 1), enumerated up to 13 pairs and drawn
 * from 14. */
static void ties_and_draws(void **state)
{
	(void)state;
	int64_t sum[14][2];
	size_t n[14][2], allocations;
	int exact;
	for (int k = 0; k < 14; k++) {
		sum[k][PLAN_USUAL] = 1100;  /* a run of 1.1 */
		sum[k][PLAN_REMEDY] = 2200; /* two runs of 1.1 */
		n[k][PLAN_USUAL] = 1;
		n[k][PLAN_REMEDY] = 2;
	}
	assert_close(stats_plan_randomisation((const int64_t (*)[2])sum, (const size_t (*)[2])n, 13, 1,
					      &allocations, &exact), 1, 0);
	assert_int_equal(allocations, 8192);
	assert_true(exact);
	assert_close(stats_plan_randomisation((const int64_t (*)[2])sum, (const size_t (*)[2])n, 14, 1,
					      &allocations, &exact), 1, 0);
	assert_int_equal(allocations, STATS_PLAN_DRAWS);
	assert_false(exact);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(by_hand),
		cmocka_unit_test(ties_and_draws),
	};
	return cmocka_run_group_tests_name("stats_plan", tests, NULL, NULL);
}
