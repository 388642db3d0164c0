/* "Did it work?" (stats_since.h): the interrupted time series on planted
 * series whose answer is known exactly, the too-few rule, and detection of
 * a habit dropped. The fits against statsmodels on noisy logs are in
 * tests/reference/since_check.py. */
#include "testutil.h"

#include <stdlib.h>

#include "runlog/date.h"
#include "runlog/stats_since.h"

#define DAY0 20001 /* 2024-10-05 */
#define RUNS 120

/* n runs of one runner on day(i), with streak streak(i) and pain y(i), no
 * other column. */
static void runner(struct features *f, struct features_run *r, size_t n, int32_t (*day)(size_t),
		   int (*streak)(size_t), double (*y)(int32_t))
{
	for (size_t i = 0; i < n; i++)
		r[i] = (struct features_run){.day = day(i), .streak = streak(i),
					     .pain_m = (unsigned)lround(y(day(i)) * 1000),
					     .km_m = INGEST_KM_NONE, .meal_before = INGEST_UNKNOWN,
					     .meal_after = INGEST_UNKNOWN, .strength = INGEST_UNKNOWN,
					     .ate_after = INGEST_UNKNOWN, .load_spike = INGEST_UNKNOWN};
	*f = (struct features){.runs = r, .n = n, .first_day = r[0].day, .last_day = r[n - 1].day};
}

static int32_t every_other_day(size_t i)
{
	return DAY0 + 2 * (int32_t)i;
}

static int32_t every_day(size_t i)
{
	return DAY0 + (int32_t)i;
}

static int after_rest(size_t i)
{
	(void)i;
	return 1;
}

#define CHANGE (DAY0 + 120)

/* 3 + 0.01 days, then 1.5 lower and 0.02 a day steeper from CHANGE. */
static double planted(int32_t day)
{
	double days = day - CHANGE, post = day >= CHANGE;
	return 3 + 0.01 * days - 1.5 * post + 0.02 * post * days;
}

static void exact_series_is_recovered(void **state)
{
	(void)state;
	struct features_run r[RUNS];
	struct features f;
	struct stats_since s;
	runner(&f, r, RUNS, every_other_day, after_rest, planted);
	assert_int_equal(stats_since_fit(&f, CHANGE, &s), 0);
	assert_int_equal(s.status, STATS_SINCE_OK);
	assert_int_equal(s.runs[0], 60);
	assert_int_equal(s.runs[1], 60);
	assert_int_equal(s.k, 4); /* streak 1 only: no streak term */
	assert_close(s.time[STATS_SINCE_CONST].effect, 3, 1e-9);
	assert_close(s.time[STATS_SINCE_POST].effect, -1.5, 1e-9);
	assert_close(s.time[STATS_SINCE_DAYS].effect, 0.01, 1e-9);
	assert_close(s.time[STATS_SINCE_POST_DAYS].effect, 0.02, 1e-9);
	assert_nan(s.time[STATS_SINCE_POST].se); /* an exact fit: no spread to judge by */
	assert_nan(s.time[STATS_SINCE_POST].ci_lo);
}

static void too_few_before_gives_no_estimate(void **state)
{
	(void)state;
	struct features_run r[RUNS];
	struct features f;
	struct stats_since s;
	runner(&f, r, RUNS, every_other_day, after_rest, planted);
	assert_int_equal(stats_since_fit(&f, DAY0 + 2 * (STATS_SINCE_MIN_RUNS - 1), &s), 0);
	assert_int_equal(s.status, STATS_SINCE_FEW);
	assert_int_equal(s.runs[0], STATS_SINCE_MIN_RUNS - 1);
	assert_nan(s.time[STATS_SINCE_POST].effect);
	/* ten runs a day apart, in two ISO weeks: still too few */
	runner(&f, r, RUNS, every_day, after_rest, planted);
	assert_int_equal(stats_since_fit(&f, DAY0 + STATS_SINCE_MIN_RUNS, &s), 0);
	assert_int_equal(s.runs[0], STATS_SINCE_MIN_RUNS);
	assert_true(s.weeks[0] < STATS_SINCE_MIN_WEEKS);
	assert_int_equal(s.status, STATS_SINCE_FEW);
}

#define MONDAY0 (date_monday(DAY0) + 7)
#define WEEKS 24

/* Five days a week: Monday to Friday, for WEEKS weeks. */
static int32_t weekdays(size_t i)
{
	return MONDAY0 + 7 * (int32_t)(i / 5) + (int32_t)(i % 5);
}

static int five_in_a_row(size_t i)
{
	return (int)(i % 5) + 1;
}

/* Five in a row for 10 weeks, then never more than two. */
static int rests_from_week_10(size_t i)
{
	return i / 5 < 10 ? five_in_a_row(i) : (int)(i % 5) % 2 + 1;
}

static double flat(int32_t day)
{
	(void)day;
	return 2;
}

/* Detection on WEEKS weeks of weekday runs with these streaks. */
static void detect(int (*streak)(size_t), struct stats_since_detected *d)
{
	struct features_run r[5 * WEEKS];
	struct features f;
	runner(&f, r, 5 * WEEKS, weekdays, streak, flat);
	assert_int_equal(stats_since_detect(&f, d), 0);
}

static void dropped_streaks_are_found(void **state)
{
	(void)state;
	struct stats_since_detected d;
	detect(rests_from_week_10, &d);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.change[0].habit, STATS_HABIT_STREAKS);
	assert_int_equal(d.change[0].day, MONDAY0 + 70);
	assert_close(d.change[0].before, 0.6, 1e-12);
	assert_close(d.change[0].after, 0, 0);
	assert_int_equal(d.change[0].weeks[0], 10);
	assert_int_equal(d.change[0].weeks[1], WEEKS - 10);
}

static void kept_habits_show_no_change(void **state)
{
	(void)state;
	struct stats_since_detected d;
	detect(five_in_a_row, &d);
	assert_int_equal(d.n, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(exact_series_is_recovered),
		cmocka_unit_test(too_few_before_gives_no_estimate),
		cmocka_unit_test(dropped_streaks_are_found),
		cmocka_unit_test(kept_habits_show_no_change),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
