/* week: one ISO week's numbers (stats_week_build) and its events with their
 * remedies (findings_week_build), on small logs read through ingest_stream.
 *
 * Day numbers: 2025-03-03 (a Monday, 2025-W10) is day 20150, so the weeks
 * of the main log are
 *   W09 2025-02-24 = 20143 (before the log)
 *   W10 2025-03-03 = 20150      W13 2025-03-24 = 20171
 *   W11 2025-03-10 = 20157      W14 2025-03-31 = 20178
 *   W12 2025-03-17 = 20164      W15 2025-04-07 = 20185
 * Every expected number below is worked out by hand from the CSV text.
 */
#include "testutil.h"

#include <string.h>

#include "runlog/date.h"
#include "runlog/features.h"
#include "runlog/findings.h"
#include "runlog/findings_week.h"
#include "runlog/stats.h"

#define W09 20143
#define W10 20150
#define W11 20157
#define W12 20164
#define W13 20171
#define W14 20178
#define W15 20185

#define REST_ADVICE "Rest: run every other day."
#define EAT_ADVICE "Eat before and after you run: protein, carbohydrate and vitamins."
#define STRENGTH_ADVICE "Strengthen: pull-ups, reverse dumbbell flys and deadlifts."
/* The events offer the article's advice as something to try, and the meal
 * events name the meal they are about (since 80cbbf0), while the week's
 * top remedy keeps the general EAT_ADVICE. */
#define TRY "To try, as the article suggests: "
#define REST_TRY TRY "run every other day."
#define STRENGTH_TRY TRY "pull-ups, reverse dumbbell flys and deadlifts."
#define EAT_BEFORE_ADVICE TRY "eat before you run (protein, carbohydrate and vitamins) to protect the muscle."
#define EAT_AFTER_ADVICE TRY "eat after you run (protein, carbohydrate and vitamins) to help the muscle repair."

/* A log read from CSV text, with its features. */
struct wlog {
	struct ingest_log log;
	struct features f;
	int has_distance;
};

static void wlog_read(struct wlog *w, const char *text)
{
	struct ingest_opts opts = {0};
	struct ingest_error err;
	FILE *fp = fmemopen((void *)text, strlen(text), "r");
	assert_non_null(fp);
	ingest_init(&w->log);
	if (ingest_stream(fp, &opts, &w->log, &err) != INGEST_OK)
		fail_msg("ingest: line %lu: %s", err.line, err.msg);
	fclose(fp);
	assert_int_equal(w->log.skipped, 0);
	assert_int_equal(features_build(&w->log, &w->f), 0);
	w->has_distance = (w->log.columns & INGEST_HAS_DISTANCE) != 0;
}

static void wlog_free(struct wlog *w)
{
	features_free(&w->f);
	ingest_free(&w->log);
}

static void week(const struct wlog *w, int32_t monday, struct stats_week_report *r)
{
	memset(r, 0xa5, sizeof *r); /* stats_week_build must set every field */
	stats_week_build(&w->f, w->has_distance, monday, r);
	assert_int_equal(r->monday, monday);
}

/* Compare a number, NAN matching NAN. */
#define assert_num(got, want)                                                                 \
	do {                                                                                  \
		double gw_ = (want);                                                          \
		if (isnan(gw_))                                                               \
			assert_nan(got);                                                      \
		else                                                                          \
			assert_close(got, gw_, 1e-12);                                        \
	} while (0)

static void assert_values(const double *got, const double *want, const char *what)
{
	for (int k = 0; k < WEEK_NKEYS; k++) {
		int ok = isnan(want[k]) ? isnan(got[k]) : fabs(got[k] - want[k]) <= 1e-12;
		if (!ok)
			fail_msg("%s %s = %.17g, expected %.17g", what,
				 stats_week_key_name((enum stats_week_key)k), got[k], want[k]);
	}
}

static void assert_directions(const struct stats_week_report *r, const int *want)
{
	for (int k = 0; k < WEEK_NKEYS; k++)
		if (r->direction[k] != want[k])
			fail_msg("direction %s = %d, expected %d",
				 stats_week_key_name((enum stats_week_key)k), r->direction[k], want[k]);
}

/* The main log: six weeks, W10 to W15, W13 with no runs.
 *
 * W10  Mon 03-03  pain 1  5 km   ate before yes, after yes
 *      Tue 03-04  strength-only
 *      Wed 03-05  pain 2  6 km   before NO
 *      Sat 03-08  pain 3  4 km                       streak 1
 *      Sun 03-09  pain 4  5 km   after NO            streak 2
 *   runs 4, 20 km, mean 2.5, max 4, pain-free 0, streak 2, skipped before 1,
 *   skipped after 1 (Sunday's own), strength 1.
 *
 * W11  Mon 03-10  pain 5  8 km   (streak 3: Sat, Sun, Mon; meal_after = Sunday's NO)
 *      Wed 03-12  pain 0  5 km
 *      Thu 03-13  pain 0  5 km
 *   runs 3, 18 km, mean 5/3, max 5, pain-free 2, streak 3 (reached Monday,
 *   counting Saturday and Sunday), skipped before 0, after 0, strength 0.
 *
 * W12  Tue 03-18  pain 0  5 km
 *      Thu 03-20  pain 0  5 km
 *      Fri 03-21  no score 3 km  (a run, unscored; streak 2)
 *      Sat 03-22  strength-only
 *   runs 3, 13 km, mean 0, max 0, pain-free 2, streak 2, skipped 0/0, strength 1.
 *
 * W13  Wed 03-26  strength-only, and no run all week
 *   runs 0, 0 km, mean -, max -, pain-free 0, streak 0, skipped 0/0, strength 1.
 *
 * W14  Mon 03-31  pain 3  5 km
 *      Wed 04-02  pain 2  5 km
 *      Fri 04-04  pain 2  6 km
 *      Sat 04-05  pain 3  6 km   streak 2
 *   runs 4, 22 km, mean 2.5, max 3, pain-free 0, streak 2, skipped 0/0, strength 0.
 *
 * W15  Mon 04-07  pain 2  5 km   (Sunday 04-06 was a rest day: streak 1)
 *      Tue 04-08  strength-only, twice (one session day)
 *      Thu 04-10  pain 2  6 km   strength yes on a run row
 *      Fri 04-11  pain 3  5 km
 *      Sat 04-12  pain 5  8 km   before NO
 *      Sun 04-13  pain 6 10 km   before NO, after NO   streak 4 (Thu-Sun)
 *   runs 5, 34 km, mean 18/5 = 3.6, max 6, pain-free 0, streak 4, skipped
 *   before 2, skipped after 1 (Sunday's own), strength 2 (04-08, 04-10).
 *
 * The rows are not all in date order; features sorts them. */
static const char main_log[] =
	"date,pain,distance,ate_before,ate_after,strength\n"
	"2025-03-03,1,5,yes,yes,\n"
	"2025-03-04,,,,,yes\n"
	"2025-03-05,2,6,no,yes,\n"
	"2025-03-08,3,4,yes,yes,\n"
	"2025-03-09,4,5,yes,no,\n"
	"2025-03-10,5,8,yes,yes,\n"
	"2025-03-12,0,5,yes,yes,\n"
	"2025-03-13,0,5,yes,yes,no\n"
	"2025-03-18,0,5,yes,yes,\n"
	"2025-03-21,,3,yes,yes,\n"
	"2025-03-20,0,5,yes,yes,\n"
	"2025-03-22,,,,,yes\n"
	"2025-03-26,,,,,yes\n"
	"2025-03-31,3,5,yes,yes,\n"
	"2025-04-02,2,5,yes,yes,\n"
	"2025-04-04,2,6,yes,yes,\n"
	"2025-04-05,3,6,yes,yes,\n"
	"2025-04-07,2,5,yes,yes,\n"
	"2025-04-08,,,,,yes\n"
	"2025-04-08,,,,,yes\n"
	"2025-04-10,2,6,yes,yes,yes\n"
	"2025-04-11,3,5,yes,yes,\n"
	"2025-04-12,5,8,no,yes,\n"
	"2025-04-13,6,10,no,no,\n";

/* Index of the first run of each week in date order:
 * W10 0..3, W11 4..6, W12 7..9, W13 none (next is 10), W14 10..13, W15 14..18. */

static const double v_w10[WEEK_NKEYS] = {4, 20, 2.5, 4, 0, 2, 1, 1, 1};
static const double v_w11[WEEK_NKEYS] = {3, 18, 5.0 / 3, 5, 2, 3, 0, 0, 0};
static const double v_w12[WEEK_NKEYS] = {3, 13, 0, 0, 2, 2, 0, 0, 1};
static const double v_w13[WEEK_NKEYS] = {0, 0, NAN, NAN, 0, 0, 0, 0, 1};
static const double v_w14[WEEK_NKEYS] = {4, 22, 2.5, 3, 0, 2, 0, 0, 0};
static const double v_w15[WEEK_NKEYS] = {5, 34, 3.6, 6, 0, 4, 2, 1, 2};

static void main_log_weeks(void **state)
{
	struct wlog w;
	struct stats_week_report r;
	(void)state;
	wlog_read(&w, main_log);
	assert_int_equal(w.f.n, 19);
	assert_int_equal(w.f.first_day, W10);
	assert_int_equal(w.f.n_strength, 5); /* 03-04, 03-22, 03-26, 04-08, 04-10 */

	week(&w, W10, &r);
	assert_values(r.v, v_w10, "W10");
	assert_int_equal(r.first, 0);
	assert_int_equal(r.n, 4);
	assert_int_equal(r.streak_end, W10 + 6);

	week(&w, W11, &r);
	assert_values(r.v, v_w11, "W11");
	assert_int_equal(r.first, 4);
	assert_int_equal(r.n, 3);
	assert_int_equal(r.streak_end, W11); /* Monday, the third day of Sat-Sun-Mon */

	week(&w, W12, &r);
	assert_values(r.v, v_w12, "W12");
	assert_int_equal(r.first, 7);
	assert_int_equal(r.n, 3);
	assert_int_equal(r.streak_end, W12 + 4); /* Friday, the unscored run */

	week(&w, W13, &r);
	assert_values(r.v, v_w13, "W13");
	assert_int_equal(r.first, 10);
	assert_int_equal(r.n, 0);
	assert_int_equal(r.streak_end, 0);

	week(&w, W14, &r);
	assert_values(r.v, v_w14, "W14");
	assert_int_equal(r.first, 10);
	assert_int_equal(r.n, 4);
	assert_int_equal(r.streak_end, W14 + 5); /* Saturday 04-05, after Friday */

	week(&w, W15, &r);
	assert_values(r.v, v_w15, "W15");
	assert_int_equal(r.first, 14);
	assert_int_equal(r.n, 5);
	assert_int_equal(r.streak_end, W15 + 6);
	wlog_free(&w);
}

/* W15 against W11-W14 (W10 is a fifth week back, so it is left out):
 *   runs      3, 3, 0, 4          -> 10/4 = 2.5     this week 5   up
 *   distance  18, 13, 0, 22       -> 53/4 = 13.25   34            up
 *   mean pain 5/3, 0, -, 2.5      -> (5/3 + 2.5)/3 (W13 has none)  3.6  up
 *   max pain  5, 0, -, 3          -> 8/3            6             up
 *   pain-free 2, 2, 0, 0          -> 1              0             down
 *   streak    3, 2, 0, 2          -> 7/4 = 1.75     4             up
 *   before    0, 0, 0, 0          -> 0              2             up
 *   after     0, 0, 0, 0          -> 0              1             up
 *   strength  0, 1, 1, 0          -> 0.5            2             up
 * Trend: the log's six weeks, W10 to W15. */
static void prev_four_weeks(void **state)
{
	static const double prev[WEEK_NKEYS] = {2.5, 13.25, (5.0 / 3 + 2.5) / 3, 8.0 / 3, 1, 1.75,
						0, 0, 0.5};
	static const int dir[WEEK_NKEYS] = {1, 1, 1, 1, -1, 1, 1, 1, 1};
	static const size_t runs[] = {4, 3, 3, 0, 4, 5};
	static const size_t scored[] = {4, 3, 2, 0, 4, 5};
	static const double km[] = {20, 18, 13, 0, 22, 34};
	static const double pain[] = {2.5, 5.0 / 3, 0, NAN, 2.5, 3.6};
	struct wlog w;
	struct stats_week_report r;
	(void)state;
	wlog_read(&w, main_log);
	week(&w, W15, &r);
	assert_int_equal(r.prev_weeks, 4);
	assert_values(r.prev, prev, "W15 prev");
	assert_directions(&r, dir);
	assert_int_equal(r.n_trend, 6);
	for (size_t i = 0; i < 6; i++) {
		assert_int_equal(r.trend[i].monday, W10 + 7 * (int32_t)i);
		assert_int_equal(r.trend[i].runs, runs[i]);
		assert_int_equal(r.trend[i].scored, scored[i]);
		assert_num(r.trend[i].km, km[i]);
		assert_num(r.trend[i].mean_pain, pain[i]);
	}
	wlog_free(&w);
}

/* W12 has only W10 and W11 before it in the log:
 *   runs      4, 3    -> 3.5   this week 3   d = -0.5: counts as a change (down)
 *   distance  20, 18  -> 19    13            down
 *   mean pain 2.5, 5/3 -> 25/12  0           down
 *   max pain  4, 5    -> 4.5   0             down
 *   pain-free 0, 2    -> 1     2             up
 *   streak    2, 3    -> 2.5   2             d = -0.5: down
 *   before    1, 0    -> 0.5   0             down
 *   after     1, 0    -> 0.5   0             down
 *   strength  1, 0    -> 0.5   1             up
 * A count that is 0.5 off its mean is a change: the tolerance is just under
 * half of the last printed digit (1 for counts). */
static void prev_weeks_stop_at_log_start(void **state)
{
	static const double prev[WEEK_NKEYS] = {3.5, 19, 25.0 / 12, 4.5, 1, 2.5, 0.5, 0.5, 0.5};
	static const int dir[WEEK_NKEYS] = {-1, -1, -1, -1, 1, -1, -1, -1, 1};
	struct wlog w;
	struct stats_week_report r;
	(void)state;
	wlog_read(&w, main_log);
	week(&w, W12, &r);
	assert_int_equal(r.prev_weeks, 2);
	assert_values(r.prev, prev, "W12 prev");
	assert_directions(&r, dir);
	assert_int_equal(r.n_trend, 3);
	assert_int_equal(r.trend[0].monday, W10);
	assert_int_equal(r.trend[2].monday, W12);
	assert_int_equal(r.trend[2].runs, 3);
	assert_int_equal(r.trend[2].scored, 2); /* Friday's run has no score */

	/* W13, the empty week: W10-W12 before it; its mean pain has no value, so
	 * no direction, while its 0 runs is a clear drop from (4+3+3)/3. */
	week(&w, W13, &r);
	assert_int_equal(r.prev_weeks, 3);
	assert_close(r.prev[WEEK_RUNS], 10.0 / 3, 1e-12);
	assert_int_equal(r.direction[WEEK_RUNS], -1);
	assert_close(r.prev[WEEK_MEAN_PAIN], (2.5 + 5.0 / 3 + 0) / 3, 1e-12);
	assert_int_equal(r.direction[WEEK_MEAN_PAIN], 0);
	assert_int_equal(r.direction[WEEK_MAX_PAIN], 0);
	assert_int_equal(r.n_trend, 4);
	wlog_free(&w);
}

/* The log's first week has nothing to compare with: prev NAN, direction 0. */
static void first_week_has_no_prev(void **state)
{
	static const double nan9[WEEK_NKEYS] = {NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN};
	static const int zero[WEEK_NKEYS] = {0};
	struct wlog w;
	struct stats_week_report r;
	(void)state;
	wlog_read(&w, main_log);
	week(&w, W10, &r);
	assert_int_equal(r.prev_weeks, 0);
	assert_values(r.prev, nan9, "W10 prev");
	assert_directions(&r, zero);
	assert_int_equal(r.n_trend, 1);
	assert_int_equal(r.trend[0].monday, W10);
	assert_int_equal(r.trend[0].runs, 4);
	assert_close(r.trend[0].km, 20, 0);
	wlog_free(&w);
}

/* W09, the week before the log: no runs, no previous weeks, one trend week.
 * Distance is 0 (the log has the column), pain has no value, and the
 * strength count is 0 (the column exists, no session that week). */
static void week_before_the_log(void **state)
{
	static const double v[WEEK_NKEYS] = {0, 0, NAN, NAN, 0, 0, 0, 0, 0};
	static const double nan9[WEEK_NKEYS] = {NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN};
	static const int zero[WEEK_NKEYS] = {0};
	struct wlog w;
	struct stats_week_report r;
	struct findings_week fw;
	struct findings fd;
	(void)state;
	wlog_read(&w, main_log);
	week(&w, W09, &r);
	assert_values(r.v, v, "W09");
	assert_values(r.prev, nan9, "W09 prev");
	assert_directions(&r, zero);
	assert_int_equal(r.prev_weeks, 0);
	assert_int_equal(r.first, 0);
	assert_int_equal(r.n, 0);
	assert_int_equal(r.streak_end, 0);
	assert_int_equal(r.n_trend, 1);
	assert_int_equal(r.trend[0].monday, W09);
	assert_int_equal(r.trend[0].runs, 0);
	assert_close(r.trend[0].km, 0, 0);
	assert_nan(r.trend[0].mean_pain);

	/* No runs, no events, and no top remedy even from a strong log finding:
	 * findings_week_build returns before looking at the log. */
	memset(&fd, 0, sizeof fd);
	fd.n = 1;
	fd.item[0].remedy = REMEDY_REST;
	fd.item[0].evidence = EVIDENCE_STRONG;
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.n, 0);
	assert_int_equal(fw.has_top, 0);
	wlog_free(&w);
}

/* A log with no distance column and no strength column: distance and
 * strength sessions are NAN this week, before, and in the trend, and have
 * no direction. Days: Mon 03-03, Tue 03-04, Mon 03-10.
 * Runs with km NAN still count, and a week with runs and no strength column
 * says nothing about strength. */
static void no_distance_no_strength(void **state)
{
	static const char text[] = "date,pain\n"
				   "2025-03-03,1\n"
				   "2025-03-04,3\n"
				   "2025-03-10,2\n";
	struct wlog w;
	struct stats_week_report r;
	struct findings_week fw;
	struct findings fd;
	(void)state;
	wlog_read(&w, text);
	assert_int_equal(w.has_distance, 0);
	assert_int_equal(w.f.has_strength, 0);
	week(&w, W11, &r);
	assert_int_equal(r.v[WEEK_RUNS], 1);
	assert_nan(r.v[WEEK_DISTANCE]);
	assert_nan(r.v[WEEK_STRENGTH]);
	assert_nan(r.prev[WEEK_DISTANCE]);
	assert_nan(r.prev[WEEK_STRENGTH]);
	assert_int_equal(r.direction[WEEK_DISTANCE], 0);
	assert_int_equal(r.direction[WEEK_STRENGTH], 0);
	assert_close(r.prev[WEEK_RUNS], 2, 0);
	assert_close(r.prev[WEEK_MEAN_PAIN], 2, 0);
	assert_int_equal(r.direction[WEEK_MEAN_PAIN], 0); /* 2 against 2 */
	assert_int_equal(r.direction[WEEK_RUNS], -1);
	assert_int_equal(r.n_trend, 2);
	assert_nan(r.trend[0].km);
	assert_nan(r.trend[1].km);

	/* Even with a distance column passed as present, the runs' km are NAN
	 * and add nothing: 0 km. */
	stats_week_build(&w.f, 1, W11, &r);
	assert_close(r.v[WEEK_DISTANCE], 0, 0);

	/* Events: one run with pain 2, no streak, no meal columns, and no
	 * strength event without the column. Nothing with a remedy. */
	memset(&fd, 0, sizeof fd);
	stats_week_build(&w.f, 0, W11, &r);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.n, 0);
	assert_int_equal(fw.has_top, 0);
	wlog_free(&w);
}

/* Tolerance: the previous weeks' means are printed with one decimal, so a
 * difference under 0.05 is "same", for every key.
 * Week A (W10) has one run: pain 2, 5 km. Week B (W11) one run each time,
 * with the values of the case; the weeks are not consecutive days. */
static void direction_tolerance(void **state)
{
	static const struct {
		const char *row; /* W11's run */
		int dir_pain, dir_km;
	} c[] = {
		{"2025-03-12,2.04,5.04\n", 0, 0},
		{"2025-03-12,1.96,4.96\n", 0, 0},
		{"2025-03-12,2.06,5.06\n", 1, 1},
		{"2025-03-12,1.94,4.94\n", -1, -1},
		{"2025-03-12,2.4,5\n", 1, 0},
		{"2025-03-12,2,4.9\n", 0, -1},
	};
	(void)state;
	for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
		char text[256];
		struct wlog w;
		struct stats_week_report r;
		snprintf(text, sizeof text, "date,pain,distance\n2025-03-05,2,5\n%s", c[i].row);
		wlog_read(&w, text);
		week(&w, W11, &r);
		if (r.direction[WEEK_MEAN_PAIN] != c[i].dir_pain ||
		    r.direction[WEEK_DISTANCE] != c[i].dir_km)
			fail_msg("%s: directions pain %d km %d, expected %d %d", c[i].row,
				 r.direction[WEEK_MEAN_PAIN], r.direction[WEEK_DISTANCE], c[i].dir_pain,
				 c[i].dir_km);
		/* Max pain follows the same rule as the mean: one run a week. */
		assert_int_equal(r.direction[WEEK_MAX_PAIN], c[i].dir_pain);
		assert_int_equal(r.direction[WEEK_RUNS], 0);
		wlog_free(&w);
	}
}

/* This week (W14) has 3 runs, against W10-W13 with
 *   2, 3, 2, 3 runs: mean 2.5,  3 - 2.5  = 0.5  -> up
 *   3, 3, 2, 3 runs: mean 2.75, 3 - 2.75 = 0.25 -> up (2.8 is printed)
 * Every run is 2 days from the last, so no streaks. */
static void direction_tolerance_counts(void **state)
{
	static const char half[] = "date,pain\n"
				   "2025-03-03,1\n2025-03-05,1\n"
				   "2025-03-10,1\n2025-03-12,1\n2025-03-14,1\n"
				   "2025-03-17,1\n2025-03-19,1\n"
				   "2025-03-24,1\n2025-03-26,1\n2025-03-28,1\n"
				   "2025-03-31,1\n2025-04-02,1\n2025-04-04,1\n";
	static const char quarter[] = "date,pain\n"
				      "2025-03-03,1\n2025-03-05,1\n2025-03-07,1\n"
				      "2025-03-10,1\n2025-03-12,1\n2025-03-14,1\n"
				      "2025-03-17,1\n2025-03-19,1\n"
				      "2025-03-24,1\n2025-03-26,1\n2025-03-28,1\n"
				      "2025-03-31,1\n2025-04-02,1\n2025-04-04,1\n";
	struct wlog w;
	struct stats_week_report r;
	(void)state;
	wlog_read(&w, half);
	week(&w, W14, &r);
	assert_close(r.prev[WEEK_RUNS], 2.5, 0);
	assert_int_equal(r.direction[WEEK_RUNS], 1);
	assert_int_equal(r.direction[WEEK_MEAN_PAIN], 0);
	wlog_free(&w);

	wlog_read(&w, quarter);
	week(&w, W14, &r);
	assert_close(r.prev[WEEK_RUNS], 2.75, 0);
	assert_int_equal(r.direction[WEEK_RUNS], 1);
	wlog_free(&w);
}

/* More than 12 weeks of log: the trend is the 12 weeks ending with this
 * one; prev still 4. One run on every Monday from 2025-01-06 (W02) to W15,
 * 14 weeks; the Monday runs are a week apart so every streak is 1. */
static void trend_is_twelve_weeks(void **state)
{
	char text[1024] = "date,pain,distance\n";
	struct wlog w;
	struct stats_week_report r;
	int32_t w02 = date_from_ymd(2025, 1, 6);
	(void)state;
	for (int i = 0; i < 14; i++) {
		char d[11], row[32];
		snprintf(row, sizeof row, "%s,%d,%d\n", date_format(w02 + 7 * i, d), i % 5, i + 1);
		strcat(text, row);
	}
	wlog_read(&w, text);
	assert_int_equal(w02 + 7 * 13, W15);
	week(&w, W15, &r);
	assert_int_equal(r.prev_weeks, 4);
	assert_int_equal(r.n_trend, STATS_TREND_WEEKS);
	assert_int_equal(r.trend[0].monday, W15 - 7 * 11);
	assert_int_equal(r.trend[11].monday, W15);
	for (int i = 0; i < 12; i++) {
		int j = i + 2; /* trend week i is the log's week j */
		assert_int_equal(r.trend[i].runs, 1);
		assert_close(r.trend[i].km, j + 1, 0);
		assert_close(r.trend[i].mean_pain, j % 5, 0);
	}
	/* this week: pain 13 % 5 = 3, 14 km; before: weeks 9-12: pain 4, 0, 1, 2
	 * (mean 1.75), km 10, 11, 12, 13 (mean 11.5); streak 1 throughout. */
	assert_close(r.v[WEEK_MEAN_PAIN], 3, 0);
	assert_close(r.prev[WEEK_MEAN_PAIN], 1.75, 1e-12);
	assert_close(r.prev[WEEK_DISTANCE], 11.5, 1e-12);
	assert_close(r.v[WEEK_LONGEST_STREAK], 1, 0);
	assert_close(r.prev[WEEK_LONGEST_STREAK], 1, 0);
	assert_int_equal(r.direction[WEEK_LONGEST_STREAK], 0);
	wlog_free(&w);
}

/* ---- findings_week_build ---- */

static void no_findings(struct findings *fd)
{
	memset(fd, 0, sizeof *fd);
}

static void log_finding(struct findings *fd, enum findings_remedy r, enum findings_evidence e)
{
	fd->item[fd->n].remedy = r;
	fd->item[fd->n].evidence = e;
	fd->n++;
}

static void assert_event(const struct findings_week *fw, size_t i, int has_remedy,
			 enum findings_remedy r, const char *msg)
{
	if (i >= fw->n)
		fail_msg("event %zu missing: only %zu", i, fw->n);
	assert_string_equal(fw->ev[i].message, msg);
	assert_int_equal(fw->ev[i].has_remedy, has_remedy);
	if (has_remedy)
		assert_int_equal(fw->ev[i].remedy, r);
}

/* W15 of the main log:
 *   streak: Thursday 04-10 to Sunday 04-13, 4 days; scored pain in order
 *     2 (Thu), 3, 5, 6 (Sun): rose from 2 to 6 -> Rest.
 *   meal before: Sat (5) and Sun (6) skipped; the others Mon 2, Thu 2,
 *     Fri 3 -> range 2-3; 5.5 > 7/3 -> hurt more -> Eat.
 *   meal after (the previous run's ate_after): Mon's is Sat 04-05's (yes),
 *     then Mon, Thu, Fri, Sat (all yes) -> no skipped -> no event. Sunday's
 *     own skipped meal counts in the numbers (skipped after 1) but feeds
 *     next week's first run.
 *   strength: 2 session days -> no remedy. */
static void events_of_a_busy_week(void **state)
{
	struct wlog w;
	struct stats_week_report r;
	struct findings_week fw;
	struct findings fd;
	(void)state;
	wlog_read(&w, main_log);
	week(&w, W15, &r);
	no_findings(&fd);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.n, 3);
	assert_event(&fw, 0, 1, REMEDY_REST,
		     "Thursday to Sunday were 4 running days in a row, and pain went 2, 3, 5, 6. "
		     REST_TRY);
	assert_event(&fw, 1, 1, REMEDY_EAT,
		     "The 2 runs with a skipped pre-run meal had a mean pain of 5.5 (5, 6), more "
		     "than the mean of the week's other runs (2.3, range 2-3). " EAT_BEFORE_ADVICE);
	assert_event(&fw, 2, 0, REMEDY_STRENGTHEN, "2 strength sessions this week.");
	/* No log findings: the week's first event with a remedy. */
	assert_int_equal(fw.has_top, 1);
	assert_int_equal(fw.top_from_log, 0);
	assert_int_equal(fw.top, REMEDY_REST);
	wlog_free(&w);
}

/* The top remedy among the same W15 events (remedies Rest and Eat; the
 * strength event has none):
 *   log ranks Eat (strong) first                -> Eat
 *   log ranks Strengthen (strong), Eat (moderate) -> Strengthen is not among
 *     the week's remedies, so Eat
 *   log's first is Strengthen strong, then Rest moderate, Eat moderate -> Rest
 *   log's first is Eat weak                     -> below moderate: the
 *     week's first event, Rest
 *   log: Strengthen moderate, then Eat weak     -> the weak one is not
 *     considered: Rest (first event) */
static void top_remedy_follows_log_ranking(void **state)
{
	struct wlog w;
	struct stats_week_report r;
	struct findings_week fw;
	struct findings fd;
	(void)state;
	wlog_read(&w, main_log);
	week(&w, W15, &r);

	no_findings(&fd);
	log_finding(&fd, REMEDY_EAT, EVIDENCE_STRONG);
	log_finding(&fd, REMEDY_REST, EVIDENCE_MODERATE);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.has_top, 1);
	assert_int_equal(fw.top, REMEDY_EAT);
	assert_int_equal(fw.top_from_log, 0);

	no_findings(&fd);
	log_finding(&fd, REMEDY_STRENGTHEN, EVIDENCE_STRONG);
	log_finding(&fd, REMEDY_EAT, EVIDENCE_MODERATE);
	log_finding(&fd, REMEDY_REST, EVIDENCE_WEAK);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.top, REMEDY_EAT);
	assert_int_equal(fw.top_from_log, 0);

	no_findings(&fd);
	log_finding(&fd, REMEDY_STRENGTHEN, EVIDENCE_STRONG);
	log_finding(&fd, REMEDY_REST, EVIDENCE_MODERATE);
	log_finding(&fd, REMEDY_EAT, EVIDENCE_MODERATE);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.top, REMEDY_REST);

	no_findings(&fd);
	log_finding(&fd, REMEDY_EAT, EVIDENCE_WEAK);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.has_top, 1);
	assert_int_equal(fw.top, REMEDY_REST);
	assert_int_equal(fw.top_from_log, 0);

	no_findings(&fd);
	log_finding(&fd, REMEDY_STRENGTHEN, EVIDENCE_MODERATE);
	log_finding(&fd, REMEDY_EAT, EVIDENCE_WEAK);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.top, REMEDY_REST);
	assert_int_equal(fw.top_from_log, 0);
	wlog_free(&w);
}

/* W11 of the main log:
 *   streak: 3 reached on Monday 03-10, so it began on Saturday 03-08, a day
 *     of the week before, which is named with its date. Pain 3 (Sat), 4
 *     (Sun), 5 (Mon): rose from 3 to 5 -> Rest.
 *   meal before: none skipped -> no event.
 *   meal after: Monday's previous run is Sunday 03-09 with ate_after no ->
 *     Monday (pain 5) is the one; Wed and Thu (previous runs ate) had 0 and 0
 *     -> range "0"; 5 > 0 -> Eat.
 *   strength: the column exists and the week has no session -> Strengthen.
 * The numbers still say skipped after 0: every W11 run ate after itself. */
static void events_streak_from_last_week(void **state)
{
	struct wlog w;
	struct stats_week_report r;
	struct findings_week fw;
	struct findings fd;
	(void)state;
	wlog_read(&w, main_log);
	week(&w, W11, &r);
	assert_close(r.v[WEEK_SKIPPED_AFTER], 0, 0);
	no_findings(&fd);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.n, 3);
	assert_event(&fw, 0, 1, REMEDY_REST,
		     "Saturday 2025-03-08 to Monday were 3 running days in a row, and pain went "
		     "3, 4, 5. " REST_TRY);
	assert_event(&fw, 1, 1, REMEDY_EAT,
		     "The run after a skipped post-run meal the run before had pain 5, more than "
		     "the mean of the week's other runs (0.0, range 0). " EAT_AFTER_ADVICE);
	assert_event(&fw, 2, 1, REMEDY_STRENGTHEN, "No strength session this week. " STRENGTH_TRY);
	assert_int_equal(fw.top, REMEDY_REST);

	/* The log ranks Strengthen first with moderate evidence: it is one of
	 * the week's remedies now, so it is the top. */
	log_finding(&fd, REMEDY_STRENGTHEN, EVIDENCE_MODERATE);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.top, REMEDY_STRENGTHEN);
	assert_int_equal(fw.top_from_log, 0);
	wlog_free(&w);
}

/* W12 of the main log: scored runs 0 and 0 (Friday's has no score), so
 * every scored run was pain-free; streak 2 (< 3) and no skipped meals say
 * nothing; one strength session. No event has a remedy, so the top comes
 * from the log only when its first finding is moderate or strong. */
static void pain_free_week_and_log_top(void **state)
{
	struct wlog w;
	struct stats_week_report r;
	struct findings_week fw;
	struct findings fd;
	(void)state;
	wlog_read(&w, main_log);
	week(&w, W12, &r);
	no_findings(&fd);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.n, 2);
	assert_event(&fw, 0, 0, REMEDY_REST, "Every scored run this week was pain-free.");
	assert_event(&fw, 1, 0, REMEDY_STRENGTHEN, "1 strength session this week.");
	assert_int_equal(fw.has_top, 0);

	log_finding(&fd, REMEDY_EAT, EVIDENCE_MODERATE);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.has_top, 1);
	assert_int_equal(fw.top_from_log, 1);
	assert_int_equal(fw.top, REMEDY_EAT);

	no_findings(&fd);
	log_finding(&fd, REMEDY_STRENGTHEN, EVIDENCE_STRONG);
	log_finding(&fd, REMEDY_REST, EVIDENCE_STRONG);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.top_from_log, 1);
	assert_int_equal(fw.top, REMEDY_STRENGTHEN);

	no_findings(&fd);
	log_finding(&fd, REMEDY_EAT, EVIDENCE_WEAK);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.has_top, 0);
	assert_int_equal(fw.top_from_log, 0);

	no_findings(&fd);
	log_finding(&fd, REMEDY_EAT, EVIDENCE_INSUFFICIENT);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.has_top, 0);

	/* Frequent pain that no factor explains: the report's note names
	 * strengthening, and so does the top remedy. */
	fd.unexplained = 1;
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.has_top, 1);
	assert_int_equal(fw.top_from_log, 1);
	assert_int_equal(fw.top_general, 1);
	assert_int_equal(fw.top, REMEDY_STRENGTHEN);
	wlog_free(&w);
}

/* W11's events (streak, meal after, no strength session) when the whole
 * log found strength the other way round (runs after a session went with
 * more pain, strong): the strength event suggests nothing, and an
 * opposite finding is never the top remedy, whatever its level. */
static void opposite_log_finding_suggests_nothing(void **state)
{
	struct wlog w;
	struct stats_week_report r;
	struct findings_week fw;
	struct findings fd;
	(void)state;
	wlog_read(&w, main_log);
	week(&w, W11, &r);
	no_findings(&fd);
	log_finding(&fd, REMEDY_STRENGTHEN, EVIDENCE_STRONG);
	fd.item[0].factor = STATS_STRENGTH;
	fd.item[0].opposite = 1;
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.n, 3);
	assert_event(&fw, 2, 0, REMEDY_STRENGTHEN,
		     "No strength session this week. The whole log went the other way for this (see "
		     "below), so no remedy is suggested.");
	assert_int_equal(fw.ev[0].has_remedy, 1);
	assert_int_equal(fw.top, REMEDY_REST);
	assert_int_equal(fw.top_from_log, 0);

	/* W12 has no event with a remedy: the opposite finding is not taken
	 * from the log either. */
	week(&w, W12, &r);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.has_top, 0);
	wlog_free(&w);
}

/* The empty W13 (a strength session, no run): no events at all. */
static void empty_week_has_no_events(void **state)
{
	struct wlog w;
	struct stats_week_report r;
	struct findings_week fw;
	struct findings fd;
	(void)state;
	wlog_read(&w, main_log);
	week(&w, W13, &r);
	no_findings(&fd);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.n, 0);
	assert_int_equal(fw.has_top, 0);
	wlog_free(&w);
}

/* A skipped meal that did not hurt more: W10, Mon 03-03 pain 3 before NO,
 * Wed pain 2 and Fri pain 4 before yes (no consecutive days). Skipped {3}
 * against the others' mean 3: not more (the test is strictly greater), so
 * the event has no remedy; the others' range is "2-4". */
static void meal_not_more_has_no_remedy(void **state)
{
	static const char text[] = "date,pain,ate_before\n"
				   "2025-03-03,3,no\n"
				   "2025-03-05,2,yes\n"
				   "2025-03-07,4,yes\n";
	struct wlog w;
	struct stats_week_report r;
	struct findings_week fw;
	struct findings fd;
	(void)state;
	wlog_read(&w, text);
	week(&w, W10, &r);
	assert_close(r.v[WEEK_SKIPPED_BEFORE], 1, 0);
	assert_nan(r.v[WEEK_SKIPPED_AFTER]); /* no ate_after column: not recorded */
	assert_nan(r.v[WEEK_STRENGTH]);
	no_findings(&fd);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.n, 1);
	assert_event(&fw, 0, 0, REMEDY_EAT,
		     "The run with a skipped pre-run meal had pain 3, no more than the mean of "
		     "the week's other runs (3.0, range 2-4).");
	assert_int_equal(fw.has_top, 0);
	wlog_free(&w);
}

/* Every scored run skipped its meal before: nothing to compare with.
 * Mon 0 (no), Wed 1 (no), Fri no score (no: not scored, so not counted),
 * Sat 2 (no) -> "All 3 runs ... had pain 0, 1, 2". Pain 0 on Monday alone
 * does not make the week pain-free. Streak: Fri-Sat is 2 -> no streak event. */
static void meal_nothing_to_compare(void **state)
{
	static const char text[] = "date,pain,distance,ate_before\n"
				   "2025-03-03,0,5,no\n"
				   "2025-03-05,1,5,no\n"
				   "2025-03-07,,5,no\n"
				   "2025-03-08,2,5,no\n";
	struct wlog w;
	struct stats_week_report r;
	struct findings_week fw;
	struct findings fd;
	(void)state;
	wlog_read(&w, text);
	week(&w, W10, &r);
	assert_close(r.v[WEEK_SKIPPED_BEFORE], 4, 0); /* the unscored run counts here */
	assert_close(r.v[WEEK_PAIN_FREE], 1, 0);
	no_findings(&fd);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.n, 1);
	assert_event(&fw, 0, 1, REMEDY_EAT,
		     "The 3 runs with a skipped pre-run meal had pain 0, 1, 2, and no run this "
		     "week had the meal to compare. " EAT_BEFORE_ADVICE);
	wlog_free(&w);
}

/* More than six skipped runs are summarised by their mean. Two runs a day
 * on Mon, Wed, Fri and one on Sun (no consecutive days), all skipped but
 * the Sunday one:
 *   skipped pain 1, 2, 3, 4, 5, 6, 7 (Mon, Mon, Wed, Wed, Fri, Fri, and a
 *   third run on Fri) -> mean 4.0; other: Sunday 1 -> "1"; 4 > 1 -> Eat. */
static void meal_many_runs_by_mean(void **state)
{
	static const char text[] = "date,pain,ate_before\n"
				   "2025-03-03,1,no\n"
				   "2025-03-03,2,no\n"
				   "2025-03-05,3,no\n"
				   "2025-03-05,4,no\n"
				   "2025-03-07,5,no\n"
				   "2025-03-07,6,no\n"
				   "2025-03-07,7,no\n"
				   "2025-03-09,1,yes\n";
	struct wlog w;
	struct stats_week_report r;
	struct findings_week fw;
	struct findings fd;
	(void)state;
	wlog_read(&w, text);
	week(&w, W10, &r);
	assert_close(r.v[WEEK_RUNS], 8, 0);
	assert_close(r.v[WEEK_LONGEST_STREAK], 1, 0);
	no_findings(&fd);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.n, 1);
	assert_event(&fw, 0, 1, REMEDY_EAT,
		     "The 7 runs with a skipped pre-run meal had a mean pain of 4.0, more than "
		     "the mean of the week's other runs (1.0, range 1). " EAT_BEFORE_ADVICE);
	wlog_free(&w);
}

/* Streak wording:
 *   Mon-Wed pain 2, 2, 2               -> "pain stayed at 2", Rest
 *   Mon-Wed pain 0, 0, 0               -> pain-free week and a pain-free
 *                                         streak: "stayed at 0", no remedy
 *   Mon-Wed pain 5, -, 3 (Tue unscored) -> "fell from 5 to 3"
 *   Mon-Wed no scores at all (km only) -> no pain clause, Rest
 * Each log is one week, W10, days 03-03 .. 03-05. */
static void streak_wording(void **state)
{
	static const struct {
		const char *text;
		int has_remedy;
		const char *msg;
		size_t at, n; /* the streak event's index, and the number of events */
	} c[] = {
		{"date,pain,distance\n2025-03-03,2,5\n2025-03-04,2,5\n2025-03-05,2,5\n", 1,
		 "Monday to Wednesday were 3 running days in a row, and pain stayed at 2. " REST_TRY,
		 0, 1},
		{"date,pain,distance\n2025-03-03,0,5\n2025-03-04,0,5\n2025-03-05,0,5\n", 0,
		 "Monday to Wednesday were 3 running days in a row, and pain stayed at 0.", 1, 2},
		{"date,pain,distance\n2025-03-03,5,5\n2025-03-04,,5\n2025-03-05,3,5\n", 1,
		 "Monday to Wednesday were 3 running days in a row, and pain went 5, 3. "
		 REST_TRY, 0, 1},
		{"date,pain,distance\n2025-03-03,,5\n2025-03-04,,5\n2025-03-05,,5\n", 1,
		 "Monday to Wednesday were 3 running days in a row. " REST_TRY, 0, 1},
	};
	(void)state;
	for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
		struct wlog w;
		struct stats_week_report r;
		struct findings_week fw;
		struct findings fd;
		wlog_read(&w, c[i].text);
		week(&w, W10, &r);
		assert_close(r.v[WEEK_LONGEST_STREAK], 3, 0);
		assert_int_equal(r.streak_end, W10 + 2);
		no_findings(&fd);
		findings_week_build(&w.f, &r, &fd, &fw);
		assert_int_equal(fw.n, c[i].n);
		assert_event(&fw, c[i].at, c[i].has_remedy, REMEDY_REST, c[i].msg);
		if (c[i].n == 2)
			assert_event(&fw, 0, 0, REMEDY_REST, "Every scored run this week was pain-free.");
		assert_int_equal(fw.has_top, c[i].has_remedy);
		wlog_free(&w);
	}
}

/* A long streak from an earlier week, and two streaks in one week.
 *   Runs every day from Wed 03-05 to Tue 03-11, then Thu 03-13 .. Sat 03-15.
 *   W11: Mon 03-10 has streak 6, Tue 03-11 streak 7 (the longest, reached
 *   Tuesday), Thu-Sat 1, 2, 3. The event names Wednesday 2025-03-05.
 *   Pain: day i (from 0) has pain i, so 0 on 03-05 .. 6 on 03-11:
 *   "rose from 0 to 6". */
static void long_streak_across_weeks(void **state)
{
	static const char text[] = "date,pain\n"
				   "2025-03-05,0\n2025-03-06,1\n2025-03-07,2\n2025-03-08,3\n"
				   "2025-03-09,4\n2025-03-10,5\n2025-03-11,6\n"
				   "2025-03-13,1\n2025-03-14,1\n2025-03-15,1\n";
	struct wlog w;
	struct stats_week_report r;
	struct findings_week fw;
	struct findings fd;
	(void)state;
	wlog_read(&w, text);
	week(&w, W11, &r);
	assert_close(r.v[WEEK_LONGEST_STREAK], 7, 0);
	assert_int_equal(r.streak_end, W11 + 1);
	/* prev: W10 only (Wed-Sun, streak reached 5) */
	assert_int_equal(r.prev_weeks, 1);
	assert_close(r.prev[WEEK_LONGEST_STREAK], 5, 0);
	assert_close(r.prev[WEEK_RUNS], 5, 0);
	assert_close(r.v[WEEK_RUNS], 5, 0);
	assert_int_equal(r.direction[WEEK_RUNS], 0);
	no_findings(&fd);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.n, 1);
	assert_event(&fw, 0, 1, REMEDY_REST,
		     "Wednesday 2025-03-05 to Tuesday were 7 running days in a row, and pain went "
		     "from 0 to 6. " REST_TRY);
	wlog_free(&w);
}

/* Strength sessions are days: a strength-only row and a run row with
 * strength=yes on the same day count once; a session on the Sunday of the
 * week before and on the Monday after do not count. Runs Tue, Thu.
 *   03-09 Sun (W10) strength-only       -> not this week
 *   03-11 Tue run strength yes, and a strength-only row the same day -> 1
 *   03-13 Thu run strength no
 *   03-15 Sat strength-only             -> 2
 *   03-17 Mon (W12) strength-only       -> not this week */
static void strength_days_in_week(void **state)
{
	static const char text[] = "date,pain,strength\n"
				   "2025-03-09,,yes\n"
				   "2025-03-11,1,yes\n"
				   "2025-03-11,,yes\n"
				   "2025-03-13,1,no\n"
				   "2025-03-15,,yes\n"
				   "2025-03-17,,yes\n";
	struct wlog w;
	struct stats_week_report r;
	struct findings_week fw;
	struct findings fd;
	(void)state;
	wlog_read(&w, text);
	week(&w, W11, &r);
	assert_close(r.v[WEEK_STRENGTH], 2, 0);
	assert_close(r.v[WEEK_RUNS], 2, 0);
	/* The log starts with its first run (03-11, W11): W10's Sunday session
	 * is outside the compared weeks. */
	assert_int_equal(r.prev_weeks, 0);
	assert_nan(r.prev[WEEK_STRENGTH]);
	no_findings(&fd);
	findings_week_build(&w.f, &r, &fd, &fw);
	assert_int_equal(fw.n, 1);
	assert_event(&fw, 0, 0, REMEDY_STRENGTHEN, "2 strength sessions this week.");

	/* W12: the Monday session only, and no runs: 1, no events. */
	week(&w, W12, &r);
	assert_close(r.v[WEEK_STRENGTH], 1, 0);
	assert_close(r.v[WEEK_RUNS], 0, 0);
	assert_int_equal(r.prev_weeks, 1);
	assert_close(r.prev[WEEK_STRENGTH], 2, 0);
	assert_int_equal(r.direction[WEEK_STRENGTH], -1);
	wlog_free(&w);
}

static void advice_and_key_names(void **state)
{
	(void)state;
	assert_string_equal(findings_week_advice(REMEDY_REST), REST_ADVICE);
	assert_string_equal(findings_week_advice(REMEDY_EAT), EAT_ADVICE);
	assert_string_equal(findings_week_advice(REMEDY_STRENGTHEN), STRENGTH_ADVICE);
	assert_string_equal(stats_week_key_name(WEEK_RUNS), "runs");
	assert_string_equal(stats_week_key_name(WEEK_DISTANCE), "distance_km");
	assert_string_equal(stats_week_key_name(WEEK_LONGEST_STREAK), "longest_streak");
	assert_string_equal(stats_week_key_name(WEEK_STRENGTH), "strength_sessions");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(main_log_weeks),
		cmocka_unit_test(prev_four_weeks),
		cmocka_unit_test(prev_weeks_stop_at_log_start),
		cmocka_unit_test(first_week_has_no_prev),
		cmocka_unit_test(week_before_the_log),
		cmocka_unit_test(no_distance_no_strength),
		cmocka_unit_test(direction_tolerance),
		cmocka_unit_test(direction_tolerance_counts),
		cmocka_unit_test(trend_is_twelve_weeks),
		cmocka_unit_test(events_of_a_busy_week),
		cmocka_unit_test(top_remedy_follows_log_ranking),
		cmocka_unit_test(events_streak_from_last_week),
		cmocka_unit_test(pain_free_week_and_log_top),
		cmocka_unit_test(opposite_log_finding_suggests_nothing),
		cmocka_unit_test(empty_week_has_no_events),
		cmocka_unit_test(meal_not_more_has_no_remedy),
		cmocka_unit_test(meal_nothing_to_compare),
		cmocka_unit_test(meal_many_runs_by_mean),
		cmocka_unit_test(streak_wording),
		cmocka_unit_test(long_streak_across_weeks),
		cmocka_unit_test(strength_days_in_week),
		cmocka_unit_test(advice_and_key_names),
	};
	return cmocka_run_group_tests_name("week", tests, NULL, NULL);
}
