/* features.c: date order, streaks, the meals and the strength window. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/features.h"

#include <stdio.h>

#define Y INGEST_YES
#define N INGEST_NO
#define U INGEST_UNKNOWN

/* A log built by hand: runs are given in "file order". */
struct hand {
	struct ingest_log log;
	struct ingest_run runs[16];
	int32_t sdays[16];
};

static void hand_init(struct hand *h, unsigned columns)
{
	memset(h, 0, sizeof *h);
	h->log.runs = h->runs;
	h->log.strength_days = h->sdays;
	h->log.columns = columns;
}

static void add_run(struct hand *h, int32_t day, double pain, int8_t before, int8_t after)
{
	struct ingest_run *r = &h->runs[h->log.n_runs];
	r->day = day;
	r->pain_m = ingest_milli(pain, INGEST_PAIN_NONE);
	r->km_m = 5000;
	r->ate_before = before;
	r->ate_after = after;
	r->strength = U;
	h->log.n_runs++;
}

static void add_strength(struct hand *h, int32_t day)
{
	h->sdays[h->log.n_strength++] = day;
}

static void build(const struct hand *h, struct features *f)
{
	assert_int_equal(features_build(&h->log, f), 0);
	assert_int_equal(f->n, h->log.n_runs);
}

static void empty_log(void **state)
{
	struct hand h;
	struct features f;
	(void)state;
	hand_init(&h, INGEST_HAS_STRENGTH);
	build(&h, &f);
	assert_int_equal(f.n, 0);
	assert_int_equal(f.has_strength, 1);
	assert_int_equal(f.first_day, 0);
	assert_int_equal(f.last_day, 0);
	features_free(&f);
}

/* Days 100 101 102 102 104 105 107 111:
 *   100 after nothing        -> 1
 *   101, 102 follow on       -> 2, 3
 *   second run on 102        -> 3 (same day, same streak)
 *   104 after a gap (103)    -> 1
 *   105                      -> 2
 *   107 after a gap (106)    -> 1
 *   111 after a gap          -> 1 */
static void streaks(void **state)
{
	static const int32_t days[] = {100, 101, 102, 102, 104, 105, 107, 111};
	static const int want[] = {1, 2, 3, 3, 1, 2, 1, 1};
	struct hand h;
	struct features f;
	(void)state;
	hand_init(&h, 0);
	for (size_t i = 0; i < 8; i++)
		add_run(&h, days[i], (double)i, U, U);
	build(&h, &f);
	for (size_t i = 0; i < 8; i++) {
		assert_int_equal(f.runs[i].day, days[i]);
		if (f.runs[i].streak != want[i])
			fail_msg("run %zu (day %d): streak %d, expected %d", i, (int)days[i],
				 f.runs[i].streak, want[i]);
		assert_close(features_pain(&f.runs[i]), (double)i, 0);
	}
	assert_int_equal(f.first_day, 100);
	assert_int_equal(f.last_day, 111);
	assert_int_equal(f.has_strength, 0);
	features_free(&f);
}

/* Unscored runs (pain NAN) are still running days. */
static void unscored_runs_count_for_streaks(void **state)
{
	struct hand h;
	struct features f;
	(void)state;
	hand_init(&h, 0);
	add_run(&h, 50, 1, U, U);
	add_run(&h, 51, NAN, U, U);
	add_run(&h, 52, 3, U, U);
	build(&h, &f);
	assert_int_equal(f.runs[0].streak, 1);
	assert_int_equal(f.runs[1].streak, 2);
	assert_nan(features_pain(&f.runs[1]));
	assert_int_equal(f.runs[2].streak, 3);
	features_free(&f);
}

/* Through ingest: strength-only rows are not running days and do not
 * interrupt a streak either. 2025-03-01 is day 20148.
 *   03-01 run                          streak 1
 *   03-02 strength-only                (not a run)
 *   03-03 run: 03-02 had no run        streak 1
 *   03-04 strength-only, then a run    streak 2
 *   03-05 strength-only, then a run    streak 3
 *   03-06 strength-only only           (not a run)
 *   03-07 run: 03-06 had no run        streak 1
 * Strength (sessions 03-02, 03-04, 03-05, 03-06; window D-7..D-1):
 *   03-01: none before            -> no
 *   03-03: 03-02                  -> yes
 *   03-04, 03-05, 03-07: 03-02..  -> yes */
static void strength_only_days_via_ingest(void **state)
{
	static const char text[] =
		"date,pain,distance,strength\n"
		"2025-03-01,1,5,no\n"
		"2025-03-02,,,yes\n"
		"2025-03-03,2,5,\n"
		"2025-03-04,,,yes\n"
		"2025-03-04,3,5,no\n"
		"2025-03-05,,,yes\n"
		"2025-03-05,4,,\n"
		"2025-03-06,,,yes\n"
		"2025-03-07,,6,\n";
	static const int want_streak[] = {1, 1, 2, 3, 1};
	static const int8_t want_strength[] = {N, Y, Y, Y, Y};
	struct ingest_opts opts = {0};
	struct ingest_log log;
	struct ingest_error err;
	struct features f;
	FILE *fp = fmemopen((void *)text, sizeof text - 1, "r");
	(void)state;
	assert_non_null(fp);
	ingest_init(&log);
	assert_int_equal(ingest_stream(fp, &opts, &log, &err), INGEST_OK);
	fclose(fp);
	assert_int_equal(log.n_runs, 5);
	/* Four strength rows, but 03-04 and 03-05 are running days: two
	 * strength-only days, 03-02 and 03-06, and four sessions. */
	assert_int_equal(log.strength_only, 2);
	assert_int_equal(log.sessions, 4);
	assert_int_equal(features_build(&log, &f), 0);
	assert_int_equal(f.n, 5);
	assert_int_equal(f.has_strength, 1);
	for (size_t i = 0; i < 5; i++) {
		if (f.runs[i].streak != want_streak[i])
			fail_msg("run %zu: streak %d, expected %d", i, f.runs[i].streak,
				 want_streak[i]);
		if (f.runs[i].strength != want_strength[i])
			fail_msg("run %zu: strength %d, expected %d", i, f.runs[i].strength,
				 want_strength[i]);
	}
	assert_int_equal(f.first_day, 20148);
	assert_int_equal(f.last_day, 20148 + 6);
	assert_int_equal(ingest_run_line(&log, 4), 10);
	features_free(&f);
	ingest_free(&log);
}

/* File order A(10) B(12) C(12) D(11) E(13); date order A D B C E, the two
 * runs of day 12 keeping file order (B before C).
 *   ate_after: A yes, B no, C unknown, D no, E yes
 *   meal_after = previous run's ate_after in date order:
 *     A: first run -> unknown
 *     D: A's -> yes
 *     B: D's -> no
 *     C: B's -> no
 *     E: C's -> unknown
 *   meal_before is the run's own ate_before.
 *   streaks: 10 -> 1, 11 -> 2, 12 -> 3, 3, 13 -> 4 */
static void meals_and_date_order(void **state)
{
	struct hand h;
	struct features f;
	static const int32_t want_day[] = {10, 11, 12, 12, 13};
	static const double want_pain[] = {1, 4, 2, 3, 5}; /* identifies A D B C E */
	static const int8_t want_before[] = {Y, N, U, Y, N};
	static const int8_t want_after[] = {U, Y, N, N, U};
	static const int want_streak[] = {1, 2, 3, 3, 4};
	(void)state;
	hand_init(&h, INGEST_HAS_ATE_BEFORE | INGEST_HAS_ATE_AFTER);
	add_run(&h, 10, 1, Y, Y); /* A */
	add_run(&h, 12, 2, U, N); /* B */
	add_run(&h, 12, 3, Y, U); /* C */
	add_run(&h, 11, 4, N, N); /* D */
	add_run(&h, 13, 5, N, Y); /* E */
	build(&h, &f);
	for (size_t i = 0; i < 5; i++) {
		assert_int_equal(f.runs[i].day, want_day[i]);
		assert_close(features_pain(&f.runs[i]), want_pain[i], 0);
		if (f.runs[i].meal_before != want_before[i])
			fail_msg("run %zu: meal_before %d, expected %d", i, f.runs[i].meal_before,
				 want_before[i]);
		if (f.runs[i].meal_after != want_after[i])
			fail_msg("run %zu: meal_after %d, expected %d", i, f.runs[i].meal_after,
				 want_after[i]);
		assert_int_equal(f.runs[i].streak, want_streak[i]);
		assert_int_equal(f.runs[i].strength, U); /* no strength column */
	}
	assert_int_equal(f.first_day, 10);
	assert_int_equal(f.last_day, 13);
	/* The log itself is not reordered. */
	assert_int_equal(h.runs[1].day, 12);
	assert_int_equal(h.runs[3].day, 11);
	features_free(&f);
}

/* The post-run meal counts only for a run at most FEATURES_MEAL_AFTER_DAYS
 * (2) days later; after a longer gap the run counts as after an eaten meal.
 * Athlete 0: day (ate_after) -> meal_after
 *   10 (N) -> U  first run
 *   12 (U) -> N  10's, 2 days before: the edge still counts
 *   14 (N) -> U  12's is unknown, 2 days before
 *   17 (U) -> Y  14's skipped, but 3 days before: cannot matter
 *   27 (N) -> Y  17's unknown, 10 days before: cannot matter either
 *   27 (Y) -> N  the same day's first run skipped (0 days)
 * Athlete 1: 28 (N) -> U  its own first run, whatever athlete 0 did */
static void meal_after_only_within_two_days(void **state)
{
	static const int32_t days[] = {10, 12, 14, 17, 27, 27, 28};
	static const int8_t after[] = {N, U, N, U, N, Y, N};
	static const int8_t want[] = {U, N, U, Y, Y, N, U};
	struct hand h;
	struct features f;
	(void)state;
	_Static_assert(FEATURES_MEAL_AFTER_DAYS == 2, "the days below are chosen for 2");
	hand_init(&h, INGEST_HAS_ATE_AFTER | INGEST_HAS_ATHLETE);
	for (size_t i = 0; i < 7; i++)
		add_run(&h, days[i], (double)i, U, after[i]);
	h.runs[6].athlete = 1;
	h.log.n_athletes = 2;
	build(&h, &f);
	assert_int_equal(f.has_meal_after, 1);
	for (size_t i = 0; i < 7; i++) {
		assert_close(features_pain(&f.runs[i]), (double)i, 0); /* in file order already */
		if (f.runs[i].meal_after != want[i])
			fail_msg("run %zu: meal_after %d, expected %d", i, f.runs[i].meal_after, want[i]);
	}
	features_free(&f);
}

/* No post-run meal recorded anywhere: every meal_after is unknown, gaps or
 * not (a gap's "eaten" would otherwise claim a meal the log never gave). */
static void meal_after_unknown_without_meals(void **state)
{
	struct hand h;
	struct features f;
	(void)state;
	hand_init(&h, INGEST_HAS_ATE_AFTER); /* the column, all empty */
	add_run(&h, 10, 1, U, U);
	add_run(&h, 20, 2, U, U);
	add_run(&h, 21, 3, U, U);
	add_run(&h, 30, 4, U, Y); /* the last run's meal feeds no run */
	build(&h, &f);
	assert_int_equal(f.has_meal_after, 0);
	for (size_t i = 0; i < 4; i++)
		assert_int_equal(f.runs[i].meal_after, U);
	features_free(&f);
}

/* Many runs on one day given out of order: date order, then file order. */
static void same_day_keeps_file_order_when_sorting(void **state)
{
	struct hand h;
	struct features f;
	(void)state;
	hand_init(&h, 0);
	/* file order: day 9, then 8 runs on day 5, then day 7 */
	add_run(&h, 9, 100, U, Y);
	for (int i = 0; i < 8; i++)
		add_run(&h, 5, i, U, i % 2 ? Y : N);
	add_run(&h, 7, 200, U, U);
	build(&h, &f);
	for (int i = 0; i < 8; i++) {
		assert_int_equal(f.runs[i].day, 5);
		assert_close(features_pain(&f.runs[i]), i, 0);
		assert_int_equal(f.runs[i].streak, 1);
		/* previous run's ate_after: run i-1 had N when i-1 even, Y when odd */
		assert_int_equal(f.runs[i].meal_after, i == 0 ? U : (i - 1) % 2 ? Y : N);
	}
	assert_int_equal(f.runs[8].day, 7);
	assert_int_equal(f.runs[8].meal_after, Y); /* the 8th day-5 run (i = 7) ate */
	assert_int_equal(f.runs[9].day, 9);
	assert_int_equal(f.runs[9].meal_after, U);
	assert_int_equal(f.runs[9].streak, 1);
	features_free(&f);
}

/* One run on day D = 100 against a single session on various days. */
static int8_t strength_for_session(int32_t session)
{
	struct hand h;
	struct features f;
	int8_t s;
	hand_init(&h, INGEST_HAS_STRENGTH);
	add_run(&h, 100, 3, U, U);
	add_strength(&h, session);
	build(&h, &f);
	s = f.runs[0].strength;
	features_free(&f);
	return s;
}

static void strength_window_edges(void **state)
{
	(void)state;
	assert_int_equal(FEATURES_STRENGTH_WINDOW, 7);
	assert_int_equal(strength_for_session(100), N); /* the run's own day: no */
	assert_int_equal(strength_for_session(99), Y);  /* D-1 */
	assert_int_equal(strength_for_session(93), Y);  /* D-7 */
	assert_int_equal(strength_for_session(92), N);  /* D-8 */
	assert_int_equal(strength_for_session(101), N); /* after the run */
}

/* Sessions given out of order {100, 92}; runs on 100 101 107 108 109.
 *   100: window 93..99   -> none (92 too early, 100 is the day itself) -> no
 *   101: window 94..100  -> 100 -> yes
 *   107: window 100..106 -> 100 (D-7) -> yes
 *   108: window 101..107 -> no
 *   109: window 102..108 -> no
 * No strength column at all: unknown for every run. */
static void strength_window_over_many_runs(void **state)
{
	static const int32_t days[] = {100, 101, 107, 108, 109};
	static const int8_t want[] = {N, Y, Y, N, N};
	struct hand h;
	struct features f;
	(void)state;
	hand_init(&h, INGEST_HAS_STRENGTH);
	for (size_t i = 0; i < 5; i++)
		add_run(&h, days[i], 1, U, U);
	add_strength(&h, 100);
	add_strength(&h, 92);
	build(&h, &f);
	assert_int_equal(f.has_strength, 1);
	for (size_t i = 0; i < 5; i++)
		if (f.runs[i].strength != want[i])
			fail_msg("run on day %d: strength %d, expected %d", (int)days[i],
				 f.runs[i].strength, want[i]);
	features_free(&f);

	h.log.columns = 0;
	h.log.n_strength = 0;
	build(&h, &f);
	assert_int_equal(f.has_strength, 0);
	for (size_t i = 0; i < 5; i++)
		assert_int_equal(f.runs[i].strength, U);
	features_free(&f);

	/* A strength column but not one session: every run is "no". */
	h.log.columns = INGEST_HAS_STRENGTH;
	build(&h, &f);
	for (size_t i = 0; i < 5; i++)
		assert_int_equal(f.runs[i].strength, N);
	features_free(&f);
}

/* load_spike by hand. Runs every day from 2025-01-01 (day 0): 5 km on days
 * 0-27, then 10 km on days 28-34. On day d the 7-day sum covers d-6..d and
 * the 28-day sum d-27..d; the spike is 7-day >= 1.3 x 28-day / 4.
 *   day 26: less than 27 days after the first run       -> unknown
 *   day 27: 7 x 5 = 35 against 28 x 5 / 4 = 35   (1.00) -> no
 *   day 28: 6 x 5 + 10 = 40 against 145 / 4      (1.10) -> no
 *   day 30: 4 x 5 + 30 = 50 against 155 / 4      (1.29) -> no
 *   day 31: 3 x 5 + 40 = 55 against 160 / 4      (1.375) -> yes
 *   day 34: 70 against (21 x 5 + 70) / 4 = 43.75 (1.6) -> yes
 * A log without a distance column has no load_spike at all. */
static void load_spike_by_hand(void **state)
{
	char text[4096] = "date,pain,distance_km\n";
	struct ingest_log log;
	struct ingest_error err;
	struct ingest_opts opts = {0};
	struct features f;
	(void)state;
	for (int d = 0; d < 35; d++) {
		char day[11], row[64];
		snprintf(row, sizeof row, "%s,2,%d\n", date_format(date_from_ymd(2025, 1, 1) + d, day),
			 d < 28 ? 5 : 10);
		strcat(text, row);
	}
	FILE *fp = fmemopen(text, strlen(text), "r");
	ingest_init(&log);
	assert_int_equal(ingest_stream(fp, &opts, &log, &err), INGEST_OK);
	fclose(fp);
	assert_int_equal(features_build(&log, &f), 0);
	assert_int_equal(f.n, 35);
	assert_int_equal(f.runs[26].load_spike, U);
	assert_int_equal(f.runs[27].load_spike, N);
	assert_int_equal(f.runs[28].load_spike, N);
	assert_int_equal(f.runs[30].load_spike, N);
	assert_int_equal(f.runs[31].load_spike, Y);
	assert_int_equal(f.runs[34].load_spike, Y);
	features_free(&f);
	ingest_free(&log);

	/* Without distances: unknown everywhere. */
	char plain[4096] = "date,pain\n";
	for (int d = 0; d < 35; d++) {
		char day[11], row[32];
		snprintf(row, sizeof row, "%s,2\n", date_format(date_from_ymd(2025, 1, 1) + d, day));
		strcat(plain, row);
	}
	fp = fmemopen(plain, strlen(plain), "r");
	ingest_init(&log);
	assert_int_equal(ingest_stream(fp, &opts, &log, &err), INGEST_OK);
	fclose(fp);
	assert_int_equal(features_build(&log, &f), 0);
	for (size_t i = 0; i < f.n; i++)
		assert_int_equal(f.runs[i].load_spike, U);
	features_free(&f);
	ingest_free(&log);
}

/* load_spike and long_run against a count by brute force, on athletes
 * whose runs are daily, sparse (a run every few weeks: the sliding
 * windows), several on a day, and with distances missing, so that both ways
 * of summing the windows are taken, and long_run's ring of days meets
 * gaps longer than its 30 days. Two athletes run every day with a long run
 * every 30 or 31 runs and a middling one just before the next, so that the
 * longest of the 30 days before is often on the window's first day or just
 * outside it, in every place of long_runs_daily's blocks of 30 days. */
static void distance_factors_brute_force(void **state)
{
	enum { ATHLETES = 6, PER = 300 };
	struct ingest_run *runs = calloc(ATHLETES * PER, sizeof *runs);
	struct ingest_log log;
	struct features f;
	unsigned long long x = 88172645463325252ULL;
	(void)state;
	assert_non_null(runs);
	ingest_init(&log);
	log.runs = runs;
	log.columns = INGEST_HAS_DISTANCE;
	for (int a = 0; a < ATHLETES; a++) {
		int32_t day = 20000 + a;
		for (int k = 0; k < PER; k++) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			/* Gaps: 0-2 days, 1 day for the edge athletes, 0-60 days
			 * for the sparse ones. */
			day += a % 3 == 2 ? (int32_t)(x % 61) : a % 3 == 1 ? 1 : (int32_t)(x % 3);
			struct ingest_run *r = &runs[log.n_runs++];
			int period = 30 + a / 3;
			r->day = day;
			r->athlete = (unsigned)a;
			r->pain_m = 2000;
			r->km_m = (x >> 8) % 9 == 0 ? INGEST_KM_NONE : (unsigned)((x >> 16) % 25000);
			if (a % 3 == 1)
				r->km_m = k % period == 0 ? 20000 : k % period == period - 1 ? 3000 : 1000 + (unsigned)(x % 500);
			r->ate_before = r->ate_after = r->strength = INGEST_UNKNOWN;
		}
	}
	log.n_athletes = ATHLETES;
	assert_int_equal(features_build(&log, &f), 0);
	assert_int_equal(f.n, log.n_runs);
	int seen[3] = {0}, seen_long[3] = {0};
	for (size_t i = 0; i < f.n; i++) {
		int64_t s7 = 0, s28 = 0, longest = 0;
		int32_t first = INT32_MAX;
		for (size_t j = 0; j < log.n_runs; j++) {
			if (runs[j].athlete != f.runs[i].athlete)
				continue;
			first = runs[j].day < first ? runs[j].day : first;
			int64_t m = runs[j].km_m == INGEST_KM_NONE ? 0 : runs[j].km_m;
			int32_t back = f.runs[i].day - runs[j].day;
			s7 += back >= 0 && back < 7 ? m : 0;
			s28 += back >= 0 && back < 28 ? m : 0;
			if (back >= 1 && back <= 30 && m > longest)
				longest = m;
		}
		int want = f.runs[i].day - first < 27 || s28 <= 0 ? INGEST_UNKNOWN
			   : 10 * 4 * s7 >= 13 * s28 ? INGEST_YES : INGEST_NO;
		assert_int_equal(f.runs[i].load_spike, want);
		seen[want + 1]++;
		/* long_run: the longest of days d-30..d-1, as README defines it. */
		int km_known = f.runs[i].km_m != INGEST_KM_NONE;
		int want_long = f.runs[i].day - first < 30 || !km_known || longest <= 0 ? INGEST_UNKNOWN
				: 10 * (int64_t)f.runs[i].km_m > 11 * longest ? INGEST_YES : INGEST_NO;
		assert_int_equal(f.runs[i].long_run, want_long);
		seen_long[want_long + 1]++;
	}
	/* The test means something: every outcome occurs. */
	assert_true(seen[0] > 0 && seen[1] > 0 && seen[2] > 0);
	assert_true(seen_long[0] > 0 && seen_long[1] > 0 && seen_long[2] > 0);
	features_free(&f);
	free(runs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(empty_log),
		cmocka_unit_test(load_spike_by_hand),
		cmocka_unit_test(distance_factors_brute_force),
		cmocka_unit_test(streaks),
		cmocka_unit_test(unscored_runs_count_for_streaks),
		cmocka_unit_test(strength_only_days_via_ingest),
		cmocka_unit_test(meals_and_date_order),
		cmocka_unit_test(same_day_keeps_file_order_when_sorting),
		cmocka_unit_test(meal_after_only_within_two_days),
		cmocka_unit_test(meal_after_unknown_without_meals),
		cmocka_unit_test(strength_window_edges),
		cmocka_unit_test(strength_window_over_many_runs),
	};
	return cmocka_run_group_tests_name("features", tests, NULL, NULL);
}
