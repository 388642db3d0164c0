/* plot.c: the "nice" tick step and the date-axis ticks.
 *
 * plot_nice_step(span, n) is documented as "1, 2 or 5 times a power of ten
 * for about n ticks over span". The code's rule: raw = span / n, write raw as
 * f x 10^k with 1 <= f < 10, and take the smallest of 1, 2, 5, 10 that is
 * >= f. So the step is never below raw and at most 2.5 x raw (the widest gap
 * in 1 -> 2 -> 5 -> 10), i.e. span / step lies in [n / 2.5, n]. Worked by hand:
 *
 *   span 10,   n 5: raw 2      = 2    x 10^0 -> 2             -> 2
 *   span 7.3,  n 6: raw 1.2167 = 1.22 x 10^0 -> 2             -> 2
 *   span 100,  n 4: raw 25     = 2.5  x 10^1 -> 5             -> 50
 *   span 1,    n 3: raw 0.333  = 3.33 x 10^-1 -> 5            -> 0.5
 *   span 9,    n 1: raw 9      = 9    x 10^0 -> 10            -> 10
 *   span 1e9,  n 5: raw 2e8    = 2    x 10^8 -> 2             -> 2e8
 *   span 1e-9, n 5: raw 2e-10  = 2    x 10^-10 -> 2           -> 2e-10
 *   span 1e-9, n 4: raw 2.5e-10 = 2.5 x 10^-10 -> 5           -> 5e-10
 *
 * A span that is not positive (0, negative, NAN) or n < 1 has no sensible
 * step; the code returns 1, which keeps every caller's "y += step" loop finite.
 */
#include "testutil.h"

#include <float.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/plot.h"

/* 1, 2 or 5 times a power of ten (to rounding). */
static int is_125(double step)
{
	double mag = pow(10, floor(log10(step))), f = step / mag;
	return fabs(f - 1) < 1e-9 || fabs(f - 2) < 1e-9 || fabs(f - 5) < 1e-9 || fabs(f - 10) < 1e-9;
}

/* The step is positive and finite, 1-2-5, and gives between n/2.5 and n
 * intervals over span; then a loop "for (v = 0; v <= span; v += step)" runs
 * at most n + 1 times. */
static void check_step(double span, int n)
{
	double step = plot_nice_step(span, n);
	if (!(step > 0) || !isfinite(step))
		fail_msg("plot_nice_step(%g, %d) = %g, not positive and finite", span, n, step);
	if (!is_125(step))
		fail_msg("plot_nice_step(%g, %d) = %.17g is not 1, 2 or 5 x 10^k", span, n, step);
	double raw = span / n;
	if (step < raw * (1 - 1e-12) || step > 2.5 * raw * (1 + 1e-12))
		fail_msg("plot_nice_step(%g, %d) = %.17g, outside [raw, 2.5 raw] with raw %.17g", span, n,
			 step, raw);
	size_t ticks = 0;
	for (double v = 0; v <= span * (1 + 1e-12); v += step)
		ticks++;
	if (ticks > (size_t)n + 1)
		fail_msg("plot_nice_step(%g, %d) = %g gives %zu ticks", span, n, step, ticks);
}

static void nice_step_typical(void **state)
{
	(void)state;
	assert_close(plot_nice_step(10, 5), 2, 1e-12);
	assert_close(plot_nice_step(7.3, 6), 2, 1e-12);
	assert_close(plot_nice_step(100, 4), 50, 1e-12);
	assert_close(plot_nice_step(1, 3), 0.5, 1e-12);
	assert_close(plot_nice_step(9, 1), 10, 1e-12);
	assert_close(plot_nice_step(10.5, 5), 5, 1e-12); /* raw 2.1 -> 5 */
	assert_close(plot_nice_step(4, 8), 0.5, 1e-12);  /* raw 0.5 exactly */
	check_step(10, 5);
	check_step(7.3, 6);
	check_step(100, 4);
}

static void nice_step_extreme_spans(void **state)
{
	(void)state;
	/* Relative tolerance: assert_close scales by max(1, |want|). */
	assert_close(plot_nice_step(1e9, 5) / 2e8, 1, 1e-12);
	assert_close(plot_nice_step(1e-9, 5) / 2e-10, 1, 1e-12);
	assert_close(plot_nice_step(1e-9, 4) / 5e-10, 1, 1e-12);
	check_step(1e9, 5);
	check_step(1e-9, 5);
	check_step(1e-9, 6);
	check_step(1e-300, 7);
	check_step(1e300, 7);
}

static void nice_step_degenerate(void **state)
{
	(void)state;
	/* No span: a positive, finite step, so an axis loop ends. */
	static const double bad[] = {0.0, -0.0, -1.0, -7.3, -1e9, -1e-9};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		double s = plot_nice_step(bad[i], 5);
		if (!(s > 0) || !isfinite(s))
			fail_msg("plot_nice_step(%g, 5) = %g", bad[i], s);
	}
	double s = plot_nice_step(NAN, 5);
	assert_true(s > 0 && isfinite(s));
	s = plot_nice_step(10, 0);
	assert_true(s > 0 && isfinite(s));
	s = plot_nice_step(10, -3);
	assert_true(s > 0 && isfinite(s));
}

/* BUG (src/plot.c, plot_nice_step): at the ends of the double range the
 * 1-2-5 rule breaks down. For a subnormal span (4.9e-324, n 1) the magnitude
 * pow(10, floor(log10(raw))) underflows to 0, f = raw / 0 is infinite and the
 * step returned is 10 * 0 = 0, so "for (v = lo; v <= hi; v += step)" never
 * ends; for span DBL_MAX (n 1) the step rounds up to 2e308 = inf. No chart
 * reaches these spans today (pain is 0-10, weekly totals and effects are
 * small), so this is kept as a skipped test until plot_nice_step clamps. */
/* At the ends of the double range no 1-2-5 step of the span's size exists
 * (10^-324 underflows, 2e308 overflows); plot.h documents that spans outside
 * 1e-300..1e300 get 1, so an axis loop still ends. */
static void nice_step_double_range_ends(void **state)
{
	(void)state;
	assert_true(plot_nice_step(4.9e-324, 1) == 1);
	assert_true(plot_nice_step(DBL_MIN, 3) == 1);
	assert_true(plot_nice_step(DBL_MAX, 1) == 1);
	assert_true(plot_nice_step(DBL_MAX / 4, 2) == 1);
	check_step(1e-300, 1);
	check_step(1e299, 2);
}

/* Every span from 1e-6 to 1e6 in small ratios, for n 1..12. */
static void nice_step_sweep(void **state)
{
	(void)state;
	for (double span = 1e-6; span < 1e6; span *= 1.037)
		for (int n = 1; n <= 12; n++)
			check_step(span, n);
	/* Round decimal spans, where f lands on 1, 2 or 5 exactly. */
	for (int e = -8; e <= 8; e++)
		for (int n = 1; n <= 10; n++) {
			double span = n * pow(10, e);
			check_step(span, n);
			check_step(2 * span, n);
			check_step(5 * span, n);
		}
}

/* Date ticks. */

static int32_t ymd(int y, int m, int d)
{
	return date_from_ymd(y, m, d);
}

/* Every tick inside d0..d1 and strictly increasing. */
static void check_inside(const struct plot_tick *t, size_t n, int32_t d0, int32_t d1)
{
	for (size_t i = 0; i < n; i++) {
		if (t[i].day < d0 || t[i].day > d1)
			fail_msg("tick %zu (day %d, '%s') outside %d..%d", i, t[i].day, t[i].label, d0, d1);
		if (i && t[i].day <= t[i - 1].day)
			fail_msg("tick %zu (day %d) not after tick %zu (day %d)", i, t[i].day, i - 1,
				 t[i - 1].day);
		if (t[i].label[0] == '\0')
			fail_msg("tick %zu has no label", i);
	}
}

static void ticks_two_weeks(void **state)
{
	struct plot_tick t[64];
	(void)state;
	/* 14 days (11..21): every other day, "Mon D" labels, the first with the year. */
	int32_t d0 = ymd(2025, 3, 3), d1 = d0 + 14;
	size_t n = plot_date_ticks(d0, d1, t, 64);
	assert_int_equal(n, 8);
	check_inside(t, n, d0, d1);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(t[i].day, d0 + 2 * (int32_t)i);
	assert_string_equal(t[0].label, "Mar 3, 2025");
	assert_string_equal(t[1].label, "Mar 5");
	assert_string_equal(t[7].label, "Mar 17");

	/* A week (<= 10 days): every day, across a month end. */
	d0 = ymd(2025, 2, 26);
	n = plot_date_ticks(d0, d0 + 6, t, 64);
	assert_int_equal(n, 7);
	assert_string_equal(t[0].label, "Feb 26, 2025");
	assert_string_equal(t[2].label, "Feb 28");
	assert_string_equal(t[3].label, "Mar 1");
	assert_string_equal(t[6].label, "Mar 4");

	/* Exactly 3 weeks is still every other day. */
	n = plot_date_ticks(d0, d0 + 21, t, 64);
	assert_int_equal(n, 11);
	check_inside(t, n, d0, d0 + 21);
}

static void ticks_ten_weeks(void **state)
{
	struct plot_tick t[64];
	(void)state;
	/* 2025-01-01 is a Wednesday; 70 days on is 2025-03-12. Mondays only. */
	int32_t d0 = ymd(2025, 1, 1), d1 = d0 + 70;
	assert_int_equal(date_weekday(d0), 3);
	size_t n = plot_date_ticks(d0, d1, t, 64);
	assert_true(n >= 4 && n <= 11);
	check_inside(t, n, d0, d1);
	for (size_t i = 0; i < n; i++)
		if (date_weekday(t[i].day) != 1)
			fail_msg("tick %zu '%s' is weekday %d, not a Monday", i, t[i].label,
				 date_weekday(t[i].day));
	/* The first Monday of the range, then evenly spaced by 1 or 2 weeks. */
	assert_int_equal(t[0].day, ymd(2025, 1, 6));
	assert_string_equal(t[0].label, "Jan 6, 2025");
	int32_t gap = t[1].day - t[0].day;
	assert_true(gap == 7 || gap == 14);
	for (size_t i = 1; i < n; i++)
		assert_int_equal(t[i].day - t[i - 1].day, gap);
	assert_true(t[n - 1].day + gap > d1); /* none missing at the end */

	/* Starting on a Monday and on a Sunday: 5 weeks, weekly. */
	d0 = ymd(2025, 3, 3);
	n = plot_date_ticks(d0, d0 + 35, t, 64);
	assert_int_equal(n, 6);
	assert_int_equal(t[0].day, d0);
	n = plot_date_ticks(d0 - 1, d0 + 35, t, 64);
	assert_int_equal(t[0].day, d0);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(date_weekday(t[i].day), 1);
}

static const char *const month_name[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* Month ticks: the 1st of a month, "Mon" or "Mon YYYY" (first tick and
 * every January), evenly spaced in months. */
static void check_month_ticks(const struct plot_tick *t, size_t n, int32_t d0, int32_t d1)
{
	int step = 0, prev = 0, y, m, d;
	check_inside(t, n, d0, d1);
	assert_true(n >= 2);
	date_to_ymd(t[0].day, &y, &m, &d);
	prev = y * 12 + m - 1;
	date_to_ymd(t[1].day, &y, &m, &d);
	step = y * 12 + m - 1 - prev;
	assert_true(step == 1 || step == 2 || step == 3 || step == 6);
	for (size_t i = 0; i < n; i++) {
		char want[24];
		date_to_ymd(t[i].day, &y, &m, &d);
		assert_int_equal(d, 1);
		if (i == 0 || m == 1)
			snprintf(want, sizeof want, "%s %d", month_name[m - 1], y);
		else
			snprintf(want, sizeof want, "%s", month_name[m - 1]);
		assert_string_equal(t[i].label, want);
		int idx = y * 12 + m - 1;
		if (i)
			assert_int_equal(idx - prev, step);
		assert_int_equal((m - 1) % step, 0); /* on calendar boundaries */
		prev = idx;
	}
}

static void ticks_one_year(void **state)
{
	struct plot_tick t[64];
	(void)state;
	/* 2025-01-15 .. 2026-01-15 (365 days): every other month from March. */
	int32_t d0 = ymd(2025, 1, 15), d1 = ymd(2026, 1, 15);
	size_t n = plot_date_ticks(d0, d1, t, 64);
	assert_true(n >= 4 && n <= 12);
	check_month_ticks(t, n, d0, d1);
	assert_string_equal(t[0].label, "Mar 2025");
	assert_string_equal(t[1].label, "May");
	assert_int_equal(t[n - 1].day, ymd(2026, 1, 1));
	assert_string_equal(t[n - 1].label, "Jan 2026");

	/* Starting on the 1st includes that month. */
	d0 = ymd(2025, 1, 1);
	n = plot_date_ticks(d0, ymd(2025, 12, 31), t, 64);
	check_month_ticks(t, n, d0, ymd(2025, 12, 31));
	assert_int_equal(t[0].day, d0);
	assert_string_equal(t[0].label, "Jan 2025");

	/* Six months: every month, the year on the first and on January. */
	d0 = ymd(2024, 10, 10);
	d1 = ymd(2025, 4, 10);
	n = plot_date_ticks(d0, d1, t, 64);
	assert_int_equal(n, 6);
	check_month_ticks(t, n, d0, d1);
	assert_string_equal(t[0].label, "Nov 2024");
	assert_string_equal(t[1].label, "Dec");
	assert_string_equal(t[2].label, "Jan 2025");
	assert_string_equal(t[3].label, "Feb");

	/* Three and five years: quarters, then half years. */
	n = plot_date_ticks(ymd(2020, 2, 2), ymd(2023, 1, 1), t, 64);
	check_month_ticks(t, n, ymd(2020, 2, 2), ymd(2023, 1, 1));
	assert_true(n >= 6 && n <= 16);
	n = plot_date_ticks(ymd(2020, 2, 2), ymd(2025, 12, 1), t, 64);
	check_month_ticks(t, n, ymd(2020, 2, 2), ymd(2025, 12, 1));
	assert_true(n >= 6 && n <= 16);
}

/* Year ticks: January 1st labelled "YYYY", a 1-2-5 step of years, the years
 * multiples of the step, at most about 10 of them. */
static size_t check_year_ticks(const struct plot_tick *t, size_t n, int32_t d0, int32_t d1)
{
	int step = 0;
	check_inside(t, n, d0, d1);
	assert_true(n >= 2 && n <= 10);
	for (size_t i = 0; i < n; i++) {
		int y, m, d;
		char want[24];
		date_to_ymd(t[i].day, &y, &m, &d);
		assert_int_equal(m, 1);
		assert_int_equal(d, 1);
		snprintf(want, sizeof want, "%d", y);
		assert_string_equal(t[i].label, want);
		if (i == 1) {
			int y0, m0, dd0;
			date_to_ymd(t[0].day, &y0, &m0, &dd0);
			step = y - y0;
			assert_true(is_125(step));
		}
		if (step)
			assert_int_equal(y % step, 0);
		if (i > 1)
			assert_int_equal(t[i].day, ymd(y, 1, 1));
	}
	return (size_t)step;
}

static void ticks_ten_years(void **state)
{
	struct plot_tick t[64];
	(void)state;
	/* 10 years: about 10 / 8 years per tick -> 2 (1-2-5 rule). */
	int32_t d0 = ymd(2015, 6, 1), d1 = ymd(2025, 6, 1);
	size_t n = plot_date_ticks(d0, d1, t, 64);
	assert_int_equal(check_year_ticks(t, n, d0, d1), 2);
	assert_int_equal(n, 5);
	assert_string_equal(t[0].label, "2016");
	assert_string_equal(t[4].label, "2024");

	/* Starting on January 1st includes that year. */
	d0 = ymd(2016, 1, 1);
	n = plot_date_ticks(d0, ymd(2026, 1, 1), t, 64);
	check_year_ticks(t, n, d0, ymd(2026, 1, 1));
	assert_int_equal(t[0].day, d0);

	/* Longer views stay at about 10 ticks or fewer. */
	static const int spans[] = {7, 12, 20, 33, 50, 80, 150, 400};
	for (size_t i = 0; i < sizeof spans / sizeof spans[0]; i++) {
		d0 = ymd(1900, 3, 1);
		d1 = ymd(1900 + spans[i], 3, 1);
		n = plot_date_ticks(d0, d1, t, 64);
		check_year_ticks(t, n, d0, d1);
	}
}

static void ticks_empty_and_single(void **state)
{
	struct plot_tick t[4];
	(void)state;
	memset(t, 0x5a, sizeof t);
	assert_int_equal(plot_date_ticks(100, 99, t, 4), 0);
	assert_int_equal(plot_date_ticks(ymd(2025, 1, 1), ymd(2024, 1, 1), t, 4), 0);
	assert_int_equal(t[0].day, 0x5a5a5a5a); /* nothing written */

	int32_t d = ymd(2025, 3, 3);
	assert_int_equal(plot_date_ticks(d, d, t, 4), 1);
	assert_int_equal(t[0].day, d);
	assert_string_equal(t[0].label, "Mar 3, 2025");

	/* Before 1970 too. */
	d = ymd(1969, 12, 31);
	assert_int_equal(plot_date_ticks(d, d, t, 4), 1);
	assert_string_equal(t[0].label, "Dec 31, 1969");
}

/* Day and Monday ticks across New Year: the year on the first tick and on
 * the first of the new year (issue 20: week labels had no year). */
static void ticks_across_new_year(void **state)
{
	struct plot_tick t[64];
	char buf[24];
	(void)state;
	size_t n = plot_date_ticks(ymd(2025, 12, 29), ymd(2026, 1, 2), t, 64);
	assert_int_equal(n, 5);
	assert_string_equal(t[0].label, "Dec 29, 2025");
	assert_string_equal(t[2].label, "Dec 31");
	assert_string_equal(t[3].label, "Jan 1, 2026");
	assert_string_equal(t[4].label, "Jan 2");

	/* Mondays, every week: 2025-12-01 to 2026-01-26. */
	n = plot_date_ticks(ymd(2025, 12, 1), ymd(2026, 1, 26), t, 64);
	assert_int_equal(n, 9);
	assert_string_equal(t[0].label, "Dec 1, 2025");
	assert_string_equal(t[4].label, "Dec 29");
	assert_string_equal(t[5].label, "Jan 5, 2026");
	assert_string_equal(t[6].label, "Jan 12");

	/* The label alone, as the weekly charts use it. */
	assert_string_equal(plot_day_label(ymd(2025, 5, 5), PLOT_NO_DAY, buf, sizeof buf), "May 5, 2025");
	assert_string_equal(plot_day_label(ymd(2025, 6, 2), ymd(2025, 5, 5), buf, sizeof buf), "Jun 2");
	assert_string_equal(plot_day_label(ymd(2026, 1, 5), ymd(2025, 12, 8), buf, sizeof buf), "Jan 5, 2026");
}

/* In every regime, max bounds both the count and the writes. */
static void ticks_respect_max(void **state)
{
	static const int32_t spans[] = {0, 5, 14, 21, 40, 70, 120, 200, 365, 900, 2000, 3653, 40000};
	struct plot_tick t[16], full[64];
	(void)state;
	for (size_t i = 0; i < sizeof spans / sizeof spans[0]; i++) {
		int32_t d0 = ymd(1990, 1, 15), d1 = d0 + spans[i];
		size_t all = plot_date_ticks(d0, d1, full, 64);
		assert_true(all >= 1);
		for (size_t max = 0; max <= 4; max++) {
			memset(t, 0x5a, sizeof t);
			size_t n = plot_date_ticks(d0, d1, t, max);
			assert_true(n <= max);
			assert_int_equal(n, all < max ? all : max);
			for (size_t k = max; k < 16; k++) {
				const unsigned char *b = (const unsigned char *)&t[k];
				for (size_t j = 0; j < sizeof t[k]; j++)
					if (b[j] != 0x5a)
						fail_msg("span %d, max %zu: tick %zu was written", spans[i],
							 max, k);
			}
			check_inside(t, n, d0, d1);
		}
	}
	/* max 0 with no array at all. */
	assert_int_equal(plot_date_ticks(0, 3653, NULL, 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(nice_step_typical),
		cmocka_unit_test(nice_step_extreme_spans),
		cmocka_unit_test(nice_step_degenerate),
		cmocka_unit_test(nice_step_sweep),
		cmocka_unit_test(nice_step_double_range_ends),
		cmocka_unit_test(ticks_two_weeks),
		cmocka_unit_test(ticks_ten_weeks),
		cmocka_unit_test(ticks_one_year),
		cmocka_unit_test(ticks_ten_years),
		cmocka_unit_test(ticks_empty_and_single),
		cmocka_unit_test(ticks_across_new_year),
		cmocka_unit_test(ticks_respect_max),
	};
	return cmocka_run_group_tests_name("plot", tests, NULL, NULL);
}
