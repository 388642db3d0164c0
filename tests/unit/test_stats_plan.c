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

/* A day before, in and after a 4-week plan of 1-week blocks: the block
 * that holds it, the blocks ended by it, and complete from the last day. */
static void week_position(void **state)
{
	(void)state;
	struct plan p;
	struct stats_plan_week at;
	int32_t start = date_from_ymd(2026, 1, 5);
	plan_make(&p, PLAN_REST, start, 4, 1, 3);
	stats_plan_week(&p, start - 1, &at);
	assert_true(at.position < 0);
	assert_int_equal(at.ended, 0);
	assert_false(at.complete);
	stats_plan_week(&p, start + 7 + 6, &at);
	assert_int_equal(at.position, 0);
	assert_int_equal(at.block, 1);
	assert_int_equal(at.ended, 2);
	assert_false(at.complete);
	stats_plan_week(&p, start + 7 + 2, &at);
	assert_int_equal(at.block, 1);
	assert_int_equal(at.ended, 1);
	stats_plan_week(&p, start + 27, &at);
	assert_int_equal(at.position, 0);
	assert_int_equal(at.block, 3);
	assert_true(at.complete);
	stats_plan_week(&p, start + 28, &at);
	assert_true(at.position > 0);
	assert_int_equal(at.ended, 4);
	assert_true(at.complete);
}

/* A strengthen block in progress with one session in its first three days
 * is kept so far (its 7 days are not over); once the log passes its end
 * with that one session, it is not kept. */
static void strengthen_so_far(void **state)
{
	(void)state;
	struct plan p;
	struct stats_plan sp;
	plan_make(&p, PLAN_STRENGTHEN, date_from_ymd(2026, 1, 5), 2, 1, 3);
	size_t k = p.blocks[0].arm == PLAN_REMEDY ? 0 : 1;
	int32_t day = p.blocks[k].start;
	struct features_run runs[2] = {
		{.day = day, .streak = 1, .pain_m = 3000, .km_m = INGEST_KM_NONE, .meal_before = INGEST_UNKNOWN,
		 .meal_after = INGEST_UNKNOWN, .strength = INGEST_UNKNOWN, .ate_after = INGEST_UNKNOWN,
		 .load_spike = INGEST_UNKNOWN},
	};
	runs[1] = runs[0];
	runs[1].day = day + 2;
	int32_t sessions[1] = {day + 1};
	struct features f = {.runs = runs, .n = 2, .has_strength = 1, .strength_days = sessions,
			     .n_strength = 1, .first_day = day, .last_day = day + 2};
	stats_plan_analyze(&f, &p, &sp);
	assert_int_equal(sp.block[k].kept, 1);
	runs[1].day = day + 6;
	f.last_day = day + 6;
	stats_plan_analyze(&f, &p, &sp);
	assert_int_equal(sp.block[k].kept, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(by_hand),
		cmocka_unit_test(ties_and_draws),
		cmocka_unit_test(week_position),
		cmocka_unit_test(strengthen_so_far),
	};
	return cmocka_run_group_tests_name("stats_plan", tests, NULL, NULL);
}
