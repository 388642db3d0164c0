/* findings.c: evidence levels at their boundaries, ordering, the
 * unexplained-pain note and unmeasured factors. Every stats_diff here is
 * written by hand; only its n, diff and CI matter to the findings. */
#include "testutil.h"

#include <string.h>

#include "runlog/findings.h"
#include "runlog/stats_model.h"

static struct stats_diff diff_of(size_t na, size_t nb, double diff, double lo, double hi)
{
	struct stats_diff d;
	memset(&d, 0, sizeof d);
	d.a.n = na;
	d.b.n = nb;
	d.diff = diff;
	d.ci_lo = lo;
	d.ci_hi = hi;
	d.p = 0.01;
	d.df = 20;
	return d;
}

static enum findings_evidence ev(size_t na, size_t nb, double diff, double lo, double hi,
				 size_t scored)
{
	struct stats_diff d = diff_of(na, nb, diff, lo, hi);
	return findings_evidence_of(&d, scored);
}

static void evidence_needs_enough_runs(void **state)
{
	(void)state;
	/* A clear, large effect (2 points, CI 1..3) in groups of 10. */
	assert_int_equal(ev(10, 10, 2, 1, 3, 19), EVIDENCE_INSUFFICIENT);
	assert_int_equal(ev(10, 10, 2, 1, 3, 20), EVIDENCE_STRONG);
	assert_int_equal(ev(10, 10, 2, 1, 3, 0), EVIDENCE_INSUFFICIENT);
	/* Either group below 5. */
	assert_int_equal(ev(4, 10, 2, 1, 3, 40), EVIDENCE_INSUFFICIENT);
	assert_int_equal(ev(10, 4, 2, 1, 3, 40), EVIDENCE_INSUFFICIENT);
	assert_int_equal(ev(5, 10, 2, 1, 3, 40), EVIDENCE_STRONG);
	assert_int_equal(ev(10, 5, 2, 1, 3, 40), EVIDENCE_STRONG);
	assert_int_equal(ev(5, 5, 2, 1, 3, 20), EVIDENCE_STRONG);
	assert_int_equal(ev(0, 0, NAN, NAN, NAN, 20), EVIDENCE_INSUFFICIENT);
	/* Insufficient outranks "none": too few runs, whatever the CI says. */
	assert_int_equal(ev(4, 10, -1, -2, 0.5, 40), EVIDENCE_INSUFFICIENT);
}

static void evidence_none_when_ci_includes_zero(void **state)
{
	(void)state;
	assert_int_equal(ev(10, 10, 1, -0.1, 2.1, 30), EVIDENCE_NONE);
	assert_int_equal(ev(10, 10, 2, -0.5, 4.5, 30), EVIDENCE_NONE);
	assert_int_equal(ev(10, 10, 1, 0, 2, 30), EVIDENCE_NONE);       /* 0 is the CI's edge */
	assert_int_equal(ev(10, 10, 1, 0.001, 2, 30), EVIDENCE_MODERATE); /* just clear of it */
	assert_int_equal(ev(10, 10, 1, NAN, NAN, 30), EVIDENCE_NONE);   /* no CI at all */
}

static void evidence_none_when_effect_not_positive(void **state)
{
	(void)state;
	/* Less pain with the factor, and clearly so: still "none" (not a cause). */
	assert_int_equal(ev(10, 10, -1, -2, -0.5, 30), EVIDENCE_NONE);
	assert_int_equal(ev(10, 10, -2, -3, -1, 30), EVIDENCE_NONE);
	assert_int_equal(ev(10, 10, 0, -0.5, 0.5, 30), EVIDENCE_NONE);
}

/* weak < 0.5 <= moderate < 1.5 <= strong, with a CI clear of 0. */
static void evidence_levels_at_boundaries(void **state)
{
	(void)state;
	assert_int_equal(ev(10, 10, 0.1, 0.05, 0.15, 30), EVIDENCE_WEAK);
	assert_int_equal(ev(10, 10, 0.49, 0.1, 0.9, 30), EVIDENCE_WEAK);
	assert_int_equal(ev(10, 10, 0.5, 0.1, 0.9, 30), EVIDENCE_MODERATE);
	assert_int_equal(ev(10, 10, 1.49, 0.5, 2.5, 30), EVIDENCE_MODERATE);
	assert_int_equal(ev(10, 10, 1.5, 0.5, 2.5, 30), EVIDENCE_STRONG);
	assert_int_equal(ev(10, 10, 4, 2, 6, 30), EVIDENCE_STRONG);
	assert_close(FINDINGS_MODERATE, 0.5, 0);
	assert_close(FINDINGS_STRONG, 1.5, 0);
}

/* A result where the four factors of a log without distances are measured
 * (load_spike needs a distance column), with 40 scored runs. */
static void result_init(struct stats_result *st, size_t scored, size_t painful)
{
	memset(st, 0, sizeof *st);
	st->runs = scored;
	st->scored = scored;
	st->painful = painful;
	st->mean_pain = 3;
	for (int k = 0; k < STATS_NFACTORS; k++) {
		st->measured[k] = k != STATS_LOAD_SPIKE;
		st->factor[k] = diff_of(10, 10, 0.1, -1, 1.2); /* none */
	}
}

static void ordering_strongest_then_largest(void **state)
{
	struct stats_result st;
	struct findings fi;
	(void)state;
	result_init(&st, 40, 0);
	st.factor[STATS_CONSECUTIVE_DAYS] = diff_of(10, 12, 0.8, 0.2, 1.4); /* moderate */
	st.factor[STATS_MEAL_BEFORE] = diff_of(11, 13, 1.6, 0.6, 2.6);      /* strong */
	st.factor[STATS_MEAL_AFTER] = diff_of(9, 14, 2.0, 1.0, 3.0);        /* strong */
	st.factor[STATS_STRENGTH] = diff_of(8, 15, 0.3, 0.1, 0.5);          /* weak */
	findings_build(&st, &fi);
	assert_int_equal(fi.n, 4);
	/* strong 2.0, strong 1.6, moderate, weak */
	assert_int_equal(fi.item[0].factor, STATS_MEAL_AFTER);
	assert_int_equal(fi.item[0].evidence, EVIDENCE_STRONG);
	assert_int_equal(fi.item[0].remedy, REMEDY_EAT);
	assert_close(fi.item[0].effect, 2.0, 0);
	assert_close(fi.item[0].ci_lo, 1.0, 0);
	assert_close(fi.item[0].ci_hi, 3.0, 0);
	assert_close(fi.item[0].p, 0.01, 0);
	assert_int_equal(fi.item[0].n_factor, 9);
	assert_int_equal(fi.item[0].n_baseline, 14);
	assert_int_equal(fi.item[1].factor, STATS_MEAL_BEFORE);
	assert_int_equal(fi.item[1].evidence, EVIDENCE_STRONG);
	assert_int_equal(fi.item[1].remedy, REMEDY_EAT);
	assert_int_equal(fi.item[2].factor, STATS_CONSECUTIVE_DAYS);
	assert_int_equal(fi.item[2].evidence, EVIDENCE_MODERATE);
	assert_int_equal(fi.item[2].remedy, REMEDY_REST);
	assert_int_equal(fi.item[3].factor, STATS_STRENGTH);
	assert_int_equal(fi.item[3].evidence, EVIDENCE_WEAK);
	assert_int_equal(fi.item[3].remedy, REMEDY_STRENGTHEN);
	assert_int_equal(fi.unexplained, 0);

	assert_string_equal(fi.item[0].message,
			    "Runs after a skipped post-run meal hurt 2.0 points more than runs after "
			    "an eaten post-run meal (95% CI 1.0 to 3.0): eat \u2014 have a meal with "
			    "protein, carbohydrate and vitamins before each run to protect the "
			    "muscle, and after it to help the muscle repair.");
	assert_non_null(strstr(fi.item[3].message, ", a small difference: strengthen"));
}

/* Within one level the larger effect leads, even a negative one against a
 * more negative one; an undefined effect comes last; insufficient is last. */
static void ordering_within_a_level(void **state)
{
	struct stats_result st;
	struct findings fi;
	(void)state;
	result_init(&st, 40, 0);
	st.factor[STATS_CONSECUTIVE_DAYS] = diff_of(10, 10, -0.5, -1.5, 0.5); /* none */
	st.factor[STATS_MEAL_BEFORE] = diff_of(3, 10, 3.0, 1.0, 5.0);         /* insufficient */
	st.factor[STATS_MEAL_AFTER] = diff_of(0, 10, NAN, NAN, NAN);          /* insufficient */
	st.factor[STATS_STRENGTH] = diff_of(10, 10, 0.2, -0.3, 0.7);          /* none */
	findings_build(&st, &fi);
	assert_int_equal(fi.n, 4);
	assert_int_equal(fi.item[0].factor, STATS_STRENGTH);
	assert_int_equal(fi.item[0].evidence, EVIDENCE_NONE);
	assert_int_equal(fi.item[1].factor, STATS_CONSECUTIVE_DAYS);
	assert_int_equal(fi.item[1].evidence, EVIDENCE_NONE);
	assert_int_equal(fi.item[2].factor, STATS_MEAL_BEFORE);
	assert_int_equal(fi.item[2].evidence, EVIDENCE_INSUFFICIENT);
	assert_int_equal(fi.item[3].factor, STATS_MEAL_AFTER);
	assert_int_equal(fi.item[3].evidence, EVIDENCE_INSUFFICIENT);
	assert_nan(fi.item[3].effect);
	assert_string_equal(fi.item[1].message,
			    "Runs on the third consecutive day or later did not clearly hurt more "
			    "than runs after a rest day (difference -0.5 points, 95% CI -1.5 to "
			    "0.5).");
	assert_string_equal(fi.item[2].message,
			    "Too few runs to judge yet: 3 runs without a meal before them against 10 "
			    "runs with a meal before them (at least 5 of each and 20 scored runs are "
			    "needed).");
}

/* Equal level and equal effect: report order (the factor's enum order). */
static void ordering_ties_keep_factor_order(void **state)
{
	struct stats_result st;
	struct findings fi;
	(void)state;
	result_init(&st, 40, 0);
	for (int k = STATS_NFACTORS - 1; k >= 0; k--)
		st.factor[k] = diff_of(10, 10, 1.0, 0.5, 1.5);
	findings_build(&st, &fi);
	assert_int_equal(fi.n, 4);
	for (int k = 0; k < (int)fi.n; k++) {
		assert_int_equal(fi.item[k].factor, k);
		assert_int_equal(fi.item[k].evidence, EVIDENCE_MODERATE);
	}
}

/* Pain >= 4 on at least a quarter of the scored runs, and no factor
 * moderate or strong: 5 of 20 is exactly a quarter; 4 of 20 is not. */
static void unexplained_pain(void **state)
{
	struct stats_result st;
	struct findings fi;
	(void)state;
	result_init(&st, 20, 5);
	findings_build(&st, &fi);
	assert_int_equal(fi.unexplained, 1);
	assert_string_equal(fi.unexplained_msg,
			    "Pain of 4 or more came on 5 of 20 scored runs, and nothing in this log "
			    "explains it. Weak back muscles are the main cause of this ache: "
			    "strengthen \u2014 build up the back muscles with pull-ups, reverse "
			    "dumbbell flys and deadlifts.");

	result_init(&st, 20, 4);
	findings_build(&st, &fi);
	assert_int_equal(fi.unexplained, 0);
	assert_string_equal(fi.unexplained_msg, "");

	/* 3 of 12 is a quarter too (scored below 20: every factor insufficient). */
	result_init(&st, 12, 3);
	findings_build(&st, &fi);
	assert_int_equal(fi.unexplained, 1);

	/* A weak finding does not explain it. */
	result_init(&st, 20, 20);
	st.factor[STATS_MEAL_BEFORE] = diff_of(10, 10, 0.4, 0.1, 0.7);
	findings_build(&st, &fi);
	assert_int_equal(fi.item[0].evidence, EVIDENCE_WEAK);
	assert_int_equal(fi.unexplained, 1);

	/* A moderate one does. */
	result_init(&st, 20, 20);
	st.factor[STATS_STRENGTH] = diff_of(10, 10, 0.5, 0.1, 0.9);
	findings_build(&st, &fi);
	assert_int_equal(fi.item[0].evidence, EVIDENCE_MODERATE);
	assert_int_equal(fi.unexplained, 0);

	/* And a strong one. */
	result_init(&st, 20, 20);
	st.factor[STATS_CONSECUTIVE_DAYS] = diff_of(10, 10, 1.5, 0.5, 2.5);
	findings_build(&st, &fi);
	assert_int_equal(fi.unexplained, 0);

	/* No scored runs: nothing to explain. */
	result_init(&st, 0, 0);
	findings_build(&st, &fi);
	assert_int_equal(fi.unexplained, 0);
}

static void strength_left_out_when_not_measured(void **state)
{
	struct stats_result st;
	struct findings fi;
	(void)state;
	result_init(&st, 40, 0);
	st.measured[STATS_STRENGTH] = 0;
	st.factor[STATS_STRENGTH] = diff_of(10, 10, 3, 2, 4); /* would be strong */
	findings_build(&st, &fi);
	assert_int_equal(fi.n, 3);
	for (size_t i = 0; i < fi.n; i++) {
		assert_int_not_equal(fi.item[i].factor, STATS_STRENGTH);
		assert_int_not_equal(fi.item[i].remedy, REMEDY_STRENGTHEN);
		assert_int_equal(fi.item[i].evidence, EVIDENCE_NONE);
	}
	/* The three that remain, tied on level and effect, in factor order. */
	assert_int_equal(fi.item[0].factor, STATS_CONSECUTIVE_DAYS);
	assert_int_equal(fi.item[1].factor, STATS_MEAL_BEFORE);
	assert_int_equal(fi.item[2].factor, STATS_MEAL_AFTER);
}

/* strength judged on the model with its two sides spanning a and b weeks:
 * a clear +1.6 (CI 1.2 to 2.0, Holm p 0.001), which is strong given
 * FINDINGS_MIN_WEEKS on both sides. */
static const struct finding *strength_with_weeks(size_t a, size_t b, struct findings *fi)
{
	struct stats_result st;
	struct stats_model m;
	memset(&m, 0, sizeof m);
	result_init(&st, 100, 0);
	st.factor[STATS_STRENGTH] = diff_of(40, 40, 1.6, 1.2, 2.0);
	findings_build(&st, fi);
	m.fitted = 1, m.runs = 100, m.clusters = 40, m.k = 2;
	for (int k = 0; k < STATS_NFACTORS; k++)
		m.effect[k].why = STATS_EFFECT_ABSENT;
	m.effect[STATS_STRENGTH] = (struct stats_effect){.in_model = 1, .why = STATS_EFFECT_OK, .effect = 1.6,
							 .se = 0.2, .ci_lo = 1.2, .ci_hi = 2.0, .p = 0.001,
							 .p_holm = 0.001, .weeks = {a, b}};
	findings_adjust(&st, &m, fi);
	for (size_t i = 0; i < fi->n; i++)
		if (fi->item[i].factor == STATS_STRENGTH)
			return &fi->item[i];
	fail();
	return NULL;
}

static void weeks_on_both_sides(void **state)
{
	struct findings fi;
	const struct finding *f;
	(void)state;
	assert_int_equal(strength_with_weeks(FINDINGS_MIN_WEEKS, FINDINGS_MIN_WEEKS, &fi)->evidence,
			 EVIDENCE_STRONG);
	assert_string_equal(strength_with_weeks(40, 8, &fi)->reason, "");
	/* The side with a session is short: it is named, with its count. */
	f = strength_with_weeks(39, 7, &fi);
	assert_int_equal(f->evidence, EVIDENCE_INSUFFICIENT);
	assert_non_null(strstr(f->reason, "runs within 7 days after a strength session fell in only 7 weeks ("));
	assert_non_null(strstr(f->message, "fell in only 7 weeks"));
	/* The factor's own side; one week is singular. */
	f = strength_with_weeks(1, 39, &fi);
	assert_int_equal(f->evidence, EVIDENCE_INSUFFICIENT);
	assert_non_null(strstr(f->reason, "runs with no strength session in the 7 days before fell in only 1 week ("));
	/* Both short: the shorter side. */
	f = strength_with_weeks(5, 3, &fi);
	assert_non_null(strstr(f->reason, "strength session fell in only 3 weeks"));
}

static void names_and_labels(void **state)
{
	(void)state;
	assert_string_equal(findings_evidence_name(EVIDENCE_INSUFFICIENT), "insufficient");
	assert_string_equal(findings_evidence_name(EVIDENCE_NONE), "none");
	assert_string_equal(findings_evidence_name(EVIDENCE_WEAK), "weak");
	assert_string_equal(findings_evidence_name(EVIDENCE_MODERATE), "moderate");
	assert_string_equal(findings_evidence_name(EVIDENCE_STRONG), "strong");
	assert_string_equal(findings_remedy_name(REMEDY_REST), "rest");
	assert_string_equal(findings_remedy_name(REMEDY_EAT), "eat");
	assert_string_equal(findings_remedy_name(REMEDY_STRENGTHEN), "strengthen");
	assert_string_equal(findings_factor_label(STATS_CONSECUTIVE_DAYS, 1),
			    "runs after a rest day");
	assert_string_equal(findings_factor_label(STATS_STRENGTH, 0),
			    "runs with no strength session in the 7 days before");
	assert_non_null(strstr(findings_caution, "doctor"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(evidence_needs_enough_runs),
		cmocka_unit_test(evidence_none_when_ci_includes_zero),
		cmocka_unit_test(evidence_none_when_effect_not_positive),
		cmocka_unit_test(evidence_levels_at_boundaries),
		cmocka_unit_test(ordering_strongest_then_largest),
		cmocka_unit_test(ordering_within_a_level),
		cmocka_unit_test(ordering_ties_keep_factor_order),
		cmocka_unit_test(unexplained_pain),
		cmocka_unit_test(strength_left_out_when_not_measured),
		cmocka_unit_test(weeks_on_both_sides),
		cmocka_unit_test(names_and_labels),
	};
	return cmocka_run_group_tests_name("findings", tests, NULL, NULL);
}
