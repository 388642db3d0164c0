/* date.c: day numbers, calendar validity, weekdays and ISO parsing.
 *
 * Reference day numbers, worked out by hand:
 *   1970-01-01 = 0 by definition, 1969-12-31 = -1.
 *   1900-01-01: 70 years back, 17 of them leap (1904, 1908, ... 1968; 1900
 *               itself is not leap), so 70*365 + 17 = 25567 days earlier.
 *   2000-01-01: 30 years, 7 leap (1972 ... 1996): 30*365 + 7 = 10957.
 *   2000-02-29: 10957 + 31 (January) + 28 = 11016; 2000-03-01 = 11017.
 *   2025-01-01: 55 years, 14 leap (1972 ... 2024): 55*365 + 14 = 20089.
 *   2025-03-01: 20089 + 31 + 28 = 20148; 2025-03-03 = 20150.
 */
#include "testutil.h"

#include <string.h>

#include "runlog/date.h"

#define D_1900_01_01 (-25567)
#define D_2000_01_01 10957
#define D_2000_02_29 11016
#define D_2025_03_01 20148

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
	static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return md[m - 1] + (m == 2 && leap(y));
}

static void assert_ymd(int32_t day, int y, int m, int d)
{
	int gy, gm, gd;
	date_to_ymd(day, &gy, &gm, &gd);
	if (gy != y || gm != m || gd != d)
		fail_msg("day %ld: got %04d-%02d-%02d, expected %04d-%02d-%02d", (long)day, gy, gm,
			 gd, y, m, d);
}

static void known_day_numbers(void **state)
{
	(void)state;
	assert_int_equal(date_from_ymd(1970, 1, 1), 0);
	assert_int_equal(date_from_ymd(1970, 1, 2), 1);
	assert_int_equal(date_from_ymd(1969, 12, 31), -1);
	assert_int_equal(date_from_ymd(1900, 1, 1), D_1900_01_01);
	assert_int_equal(date_from_ymd(2000, 1, 1), D_2000_01_01);
	assert_int_equal(date_from_ymd(2000, 2, 29), D_2000_02_29);
	assert_int_equal(date_from_ymd(2000, 3, 1), D_2000_02_29 + 1);
	assert_int_equal(date_from_ymd(2025, 3, 1), D_2025_03_01);

	assert_ymd(0, 1970, 1, 1);
	assert_ymd(-1, 1969, 12, 31);
	assert_ymd(D_1900_01_01, 1900, 1, 1);
	assert_ymd(D_2000_02_29, 2000, 2, 29);
	assert_ymd(D_2000_02_29 + 1, 2000, 3, 1);
	assert_ymd(D_2025_03_01, 2025, 3, 1);
}

/* Leap rules at the century: 2000 is leap (divisible by 400), 1900 and 2100
 * are not, 2024 is, 2023 is not. The day after Feb 28 tells which. */
static void leap_years(void **state)
{
	(void)state;
	assert_int_equal(date_from_ymd(1900, 3, 1) - date_from_ymd(1900, 2, 28), 1);
	assert_int_equal(date_from_ymd(2100, 3, 1) - date_from_ymd(2100, 2, 28), 1);
	assert_int_equal(date_from_ymd(2000, 3, 1) - date_from_ymd(2000, 2, 28), 2);
	assert_int_equal(date_from_ymd(2024, 3, 1) - date_from_ymd(2024, 2, 28), 2);
	assert_int_equal(date_from_ymd(2023, 3, 1) - date_from_ymd(2023, 2, 28), 1);
	/* A year is 365 days, or 366 when its February has 29. */
	assert_int_equal(date_from_ymd(1901, 1, 1) - date_from_ymd(1900, 1, 1), 365);
	assert_int_equal(date_from_ymd(2001, 1, 1) - date_from_ymd(2000, 1, 1), 366);
	assert_ymd(date_from_ymd(1900, 2, 28) + 1, 1900, 3, 1);
	assert_ymd(date_from_ymd(2000, 2, 28) + 1, 2000, 2, 29);
}

/* Walk every day from 1900-01-01 to 2100-12-31 with an independent calendar
 * and check both directions agree with it. */
static void round_trip_every_day(void **state)
{
	int y = 1900, m = 1, d = 1;
	int32_t day = D_1900_01_01;
	(void)state;
	while (y <= 2100) {
		int32_t got = date_from_ymd(y, m, d);
		if (got != day)
			fail_msg("%04d-%02d-%02d: day %ld, expected %ld", y, m, d, (long)got, (long)day);
		assert_ymd(day, y, m, d);
		assert_int_equal(date_valid(y, m, d), 1);
		if (++d > month_days(y, m)) {
			d = 1;
			if (++m > 12) {
				m = 1;
				y++;
			}
		}
		day++;
	}
	/* 201 years, 49 of them leap (1904..2096 is 49 years; 1900 and 2100 are not). */
	assert_int_equal(day - D_1900_01_01, 201 * 365 + 49);
}

static void valid_dates(void **state)
{
	(void)state;
	assert_int_equal(date_valid(2025, 3, 1), 1);
	assert_int_equal(date_valid(2025, 12, 31), 1);
	assert_int_equal(date_valid(2025, 1, 31), 1);
	assert_int_equal(date_valid(2025, 4, 30), 1);
	assert_int_equal(date_valid(2025, 4, 31), 0);
	assert_int_equal(date_valid(2025, 2, 28), 1);
	assert_int_equal(date_valid(2025, 2, 29), 0);
	assert_int_equal(date_valid(2025, 2, 30), 0);
	assert_int_equal(date_valid(2024, 2, 29), 1);
	assert_int_equal(date_valid(2024, 2, 30), 0);
	assert_int_equal(date_valid(2000, 2, 29), 1);
	assert_int_equal(date_valid(1900, 2, 29), 0);
	assert_int_equal(date_valid(2100, 2, 29), 0);
	assert_int_equal(date_valid(2025, 0, 1), 0);
	assert_int_equal(date_valid(2025, 13, 1), 0);
	assert_int_equal(date_valid(2025, 1, 0), 0);
	assert_int_equal(date_valid(2025, 1, 32), 0);
	assert_int_equal(date_valid(2025, -1, 1), 0);
}

/* 1970-01-01 was a Thursday; 2025-03-03 a Monday. */
static void weekdays(void **state)
{
	int32_t mon = date_from_ymd(2025, 3, 3);
	(void)state;
	assert_int_equal(mon, D_2025_03_01 + 2);
	assert_int_equal(date_weekday(0), 4);
	assert_int_equal(date_weekday(-1), 3);  /* 1969-12-31 Wednesday */
	assert_int_equal(date_weekday(-4), 7);  /* 1969-12-28 Sunday */
	assert_int_equal(date_weekday(-10), 1); /* 1969-12-22 Monday */
	assert_int_equal(date_weekday(mon), 1);
	assert_int_equal(date_weekday(mon + 1), 2);
	assert_int_equal(date_weekday(mon + 5), 6);
	assert_int_equal(date_weekday(mon + 6), 7);
	assert_int_equal(date_weekday(mon + 7), 1);
	assert_int_equal(date_weekday(mon - 1), 7);
	assert_int_equal(date_weekday(D_2000_01_01), 6); /* 2000-01-01 was a Saturday */
	assert_int_equal(date_weekday(D_1900_01_01), 1); /* 1900-01-01 was a Monday */
}

static void parse_accepts_dates_and_times(void **state)
{
	static const char *const ok[] = {
		"2025-03-01",
		"2025-03-01T07:30",
		"2025-03-01 07:30",
		"2025-03-01 07:30:00",
		"2025-03-01T07:30:00",
		"2025-03-01T07:30:00Z",
		"2025-03-01 07:30:00Z",
		"2025-03-01T07:30:00.123Z",
		"2025-03-01T07:30:00.123",
		"2025-03-01T07:30:00+02:00",
		"2025-03-01T07:30:00-05:00",
		"2025-03-01T07:30+0200",
		"2025-03-01T23:59:59",
	};
	(void)state;
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		int32_t day = -12345;
		const char *why = NULL;
		if (date_parse_iso(ok[i], &day, &why) != 0)
			fail_msg("'%s' rejected: %s", ok[i], why ? why : "(no reason)");
		/* The day is the date as written; the time and offset do not move it. */
		if (day != D_2025_03_01)
			fail_msg("'%s' gave day %ld, expected %d", ok[i], (long)day, D_2025_03_01);
	}
}

static void parse_leap_day(void **state)
{
	int32_t day = 0;
	const char *why = NULL;
	(void)state;
	assert_int_equal(date_parse_iso("2000-02-29", &day, &why), 0);
	assert_int_equal(day, D_2000_02_29);
	assert_int_equal(date_parse_iso("1969-12-31", &day, &why), 0);
	assert_int_equal(day, -1);
	assert_int_equal(date_parse_iso("1900-02-29", &day, &why), -1);
	assert_string_equal(why, "is not a day in the calendar");
}

static void parse_rejects(void **state)
{
	static const struct {
		const char *s;
		const char *why;
	} bad[] = {
		{"2025-02-30", "is not a day in the calendar"},
		{"2025-04-31", "is not a day in the calendar"},
		{"2025-13-01", "is not a day in the calendar"},
		{"2025-00-10", "is not a day in the calendar"},
		{"2025-3-1", "is not a date (expected YYYY-MM-DD)"},
		{"2025-03-1", "is not a date (expected YYYY-MM-DD)"},
		{"March 3", "is not a date (expected YYYY-MM-DD)"},
		{"", "is not a date (expected YYYY-MM-DD)"},
		{"2025-03-01x", "is not a date (expected YYYY-MM-DD)"},
		{"20250301", "is not a date (expected YYYY-MM-DD)"},
		{"2025/03/01", "is not a date (expected YYYY-MM-DD)"},
		{"2025-03-01T", "is not a date (expected YYYY-MM-DD)"},
		{"2025-03-01 ", "is not a date (expected YYYY-MM-DD)"},
		{"2025-03-01T7:30", "is not a date (expected YYYY-MM-DD)"},
		{"2025-03-01T07:61", "is not a date (expected YYYY-MM-DD)"},
		{"2025-03-01T07:30:00Zjunk", "is not a date (expected YYYY-MM-DD)"},
		{" 2025-03-01", "is not a date (expected YYYY-MM-DD)"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		int32_t day = 777;
		const char *why = NULL;
		if (date_parse_iso(bad[i].s, &day, &why) != -1)
			fail_msg("'%s' accepted as day %ld", bad[i].s, (long)day);
		if (!why || strcmp(why, bad[i].why) != 0)
			fail_msg("'%s': why = '%s', expected '%s'", bad[i].s, why ? why : "(null)",
				 bad[i].why);
		assert_int_equal(day, 777); /* *day is left alone on failure */
	}
}

static void format_dates(void **state)
{
	char buf[11];
	(void)state;
	assert_string_equal(date_format(0, buf), "1970-01-01");
	assert_string_equal(date_format(D_2000_02_29, buf), "2000-02-29");
	assert_string_equal(date_format(D_2025_03_01 - 1, buf), "2025-02-28");
	assert_string_equal(date_format(D_1900_01_01, buf), "1900-01-01");
	assert_ptr_equal(date_format(0, buf), buf);
}

/* ISO weeks of tricky days, from Python's datetime (Debian's /usr/bin/python3):
 *
 *   import datetime as dt
 *   for s in ["2020-12-31", "2021-01-03", ...]:
 *       d = dt.date.fromisoformat(s)
 *       y, w, wd = d.isocalendar()
 *       print(s, y, w, wd, (d - dt.date(1970, 1, 1)).days)
 *
 * wd is the ISO weekday, so the Monday of the week is day - (wd - 1). */
static const struct {
	int y, m, d;
	int iso_year, iso_week, weekday;
	int32_t day;
	const char *week;
} iso_ref[] = {
	{2020, 12, 31, 2020, 53, 4, 18627, "2020-W53"},
	{2021, 1, 1, 2020, 53, 5, 18628, "2020-W53"},
	{2021, 1, 3, 2020, 53, 7, 18630, "2020-W53"},
	{2021, 1, 4, 2021, 1, 1, 18631, "2021-W01"},
	{2024, 12, 29, 2024, 52, 7, 20086, "2024-W52"},
	{2024, 12, 30, 2025, 1, 1, 20087, "2025-W01"},
	{2025, 1, 1, 2025, 1, 3, 20089, "2025-W01"},
	{2026, 12, 31, 2026, 53, 4, 20818, "2026-W53"},
	{2027, 1, 1, 2026, 53, 5, 20819, "2026-W53"},
	{2027, 1, 3, 2026, 53, 7, 20821, "2026-W53"},
	{2027, 1, 4, 2027, 1, 1, 20822, "2027-W01"},
	{2015, 12, 31, 2015, 53, 4, 16800, "2015-W53"},
	{2016, 1, 3, 2015, 53, 7, 16803, "2015-W53"},
	{2016, 1, 4, 2016, 1, 1, 16804, "2016-W01"},
	{2004, 12, 31, 2004, 53, 5, 12783, "2004-W53"},
	{2005, 1, 2, 2004, 53, 7, 12785, "2004-W53"},
	{2005, 1, 3, 2005, 1, 1, 12786, "2005-W01"},
	{1999, 12, 31, 1999, 52, 5, 10956, "1999-W52"},
	{2000, 1, 1, 1999, 52, 6, 10957, "1999-W52"},
	{2000, 1, 2, 1999, 52, 7, 10958, "1999-W52"},
	{2000, 1, 3, 2000, 1, 1, 10959, "2000-W01"},
	{2008, 12, 29, 2009, 1, 1, 14242, "2009-W01"},
	{2009, 12, 31, 2009, 53, 4, 14609, "2009-W53"},
	{2010, 1, 3, 2009, 53, 7, 14612, "2009-W53"},
	{2032, 12, 31, 2032, 53, 5, 23010, "2032-W53"},
	{2033, 1, 1, 2032, 53, 6, 23011, "2032-W53"},
	{1970, 1, 1, 1970, 1, 4, 0, "1970-W01"},
	{1969, 12, 29, 1970, 1, 1, -3, "1970-W01"},
	{1900, 1, 1, 1900, 1, 1, -25567, "1900-W01"},
	{2024, 2, 29, 2024, 9, 4, 19782, "2024-W09"},
	{2025, 3, 3, 2025, 10, 1, 20150, "2025-W10"},
	{2025, 4, 6, 2025, 14, 7, 20184, "2025-W14"},
	{2100, 12, 31, 2100, 52, 5, 47846, "2100-W52"},
};

static void iso_week_reference(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof iso_ref / sizeof *iso_ref; i++) {
		int32_t day = date_from_ymd(iso_ref[i].y, iso_ref[i].m, iso_ref[i].d);
		int y = 0, w = 0;
		char buf[9];
		assert_int_equal(day, iso_ref[i].day);
		assert_int_equal(date_weekday(day), iso_ref[i].weekday);
		assert_int_equal(date_monday(day), day - (iso_ref[i].weekday - 1));
		date_iso_week(day, &y, &w);
		if (y != iso_ref[i].iso_year || w != iso_ref[i].iso_week)
			fail_msg("%04d-%02d-%02d: %04d-W%02d, expected %04d-W%02d", iso_ref[i].y,
				 iso_ref[i].m, iso_ref[i].d, y, w, iso_ref[i].iso_year, iso_ref[i].iso_week);
		assert_string_equal(date_format_week(day, buf), iso_ref[i].week);
		assert_ptr_equal(date_format_week(day, buf), buf);
	}
}

/* date_monday: every day of a week maps to its Monday, and a Monday to
 * itself; also across 1970-01-01 (day 0 is a Thursday, so its Monday is -3). */
static void monday_of_week(void **state)
{
	int32_t mon = date_from_ymd(2025, 3, 3);
	(void)state;
	for (int i = 0; i < 7; i++)
		assert_int_equal(date_monday(mon + i), mon);
	assert_int_equal(date_monday(mon - 1), mon - 7);
	assert_int_equal(date_monday(mon + 7), mon + 7);
	for (int32_t d = -3; d <= 3; d++)
		assert_int_equal(date_monday(d), -3);
	assert_int_equal(date_monday(-4), -10);
	assert_int_equal(date_monday(4), 4);
}

/* Walk every day from 1900-01-01 (a Monday of 1900-W01) to 2100-12-31 with
 * an independent counter: the week number goes up on each Monday, and goes
 * back to 1 on the Monday of the week that holds January 4th, when the ISO
 * year turns. Along the way every day must format and parse back to its
 * Monday. The years that end with a week 53 must be exactly Python's:
 *
 *   [y for y in range(1900, 2101) if dt.date(y, 12, 28).isocalendar()[1] == 53]
 */
static void iso_week_every_day(void **state)
{
	static const int long_years[] = {
		1903, 1908, 1914, 1920, 1925, 1931, 1936, 1942, 1948, 1953, 1959, 1964,
		1970, 1976, 1981, 1987, 1992, 1998, 2004, 2009, 2015, 2020, 2026, 2032,
		2037, 2043, 2048, 2054, 2060, 2065, 2071, 2076, 2082, 2088, 2093, 2099,
	};
	int32_t last = date_from_ymd(2100, 12, 31);
	int iso_year = 1900, week = 1, n_long = 0;
	(void)state;
	for (int32_t day = D_1900_01_01; day <= last; day++) {
		int y, m, d, gy, gw;
		if (date_weekday(day) == 1 && day != D_1900_01_01) {
			int32_t thursday = day + 3;
			date_to_ymd(thursday, &y, &m, &d);
			if (y != iso_year) {
				/* The old year ended with week 52 or 53. */
				if (week == 53) {
					if (n_long >= (int)(sizeof long_years / sizeof *long_years) ||
					    long_years[n_long] != iso_year)
						fail_msg("%d has 53 weeks, not in Python's list", iso_year);
					n_long++;
				} else if (week != 52) {
					fail_msg("%d ended with week %d", iso_year, week);
				}
				iso_year = y;
				week = 1;
				/* The new year's week 1 holds January 4th. */
				assert_in_range(date_from_ymd(y, 1, 4) - day, 0, 6);
			} else {
				week++;
			}
		}
		date_iso_week(day, &gy, &gw);
		if (gy != iso_year || gw != week) {
			char buf[11];
			fail_msg("%s: %04d-W%02d, expected %04d-W%02d", date_format(day, buf), gy, gw,
				 iso_year, week);
		}
		if (date_weekday(day) == 1 || day == last) {
			char wk[9];
			int32_t mon = -1;
			const char *why = NULL;
			date_format_week(day, wk);
			if (date_parse_iso_week(wk, &mon, &why) != 0)
				fail_msg("'%s' rejected: %s", wk, why);
			assert_int_equal(mon, date_monday(day));
		}
	}
	/* 2100 itself has 52 weeks, so the list ends with 2099. */
	assert_int_equal(n_long, sizeof long_years / sizeof *long_years);
}

/* Mondays from Python: dt.date.fromisocalendar(y, w, 1), e.g.
 *   (2020, 53) -> 2020-12-28   (2025, 1) -> 2024-12-30   (2025, 14) -> 2025-03-31
 *   (2015, 53) -> 2015-12-28   (2004, 53) -> 2004-12-27  (2026, 53) -> 2026-12-28
 *   (2024, 1)  -> 2024-01-01   (2021, 52) -> 2021-12-27  (2000, 1)  -> 2000-01-03
 *   (2009, 53) -> 2009-12-28   (1970, 1)  -> 1969-12-29  (2025, 52) -> 2025-12-22
 *   (9999, 52) -> 9999-12-27   (1, 1)     -> 0001-01-01 */
static void parse_iso_week_mondays(void **state)
{
	static const struct {
		const char *s;
		int y, m, d;
	} ok[] = {
		{"2020-W53", 2020, 12, 28}, {"2025-W01", 2024, 12, 30}, {"2025-W14", 2025, 3, 31},
		{"2015-W53", 2015, 12, 28}, {"2004-W53", 2004, 12, 27}, {"2026-W53", 2026, 12, 28},
		{"2024-W01", 2024, 1, 1},   {"2021-W52", 2021, 12, 27}, {"2000-W01", 2000, 1, 3},
		{"2009-W53", 2009, 12, 28}, {"1970-W01", 1969, 12, 29}, {"2025-W52", 2025, 12, 22},
		{"9999-W52", 9999, 12, 27}, {"0001-W01", 1, 1, 1},
		/* A lower-case 'w' is accepted too (the parser checks 'W' or 'w'). */
		{"2025-w14", 2025, 3, 31},
	};
	(void)state;
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		int32_t mon = -12345;
		const char *why = NULL;
		if (date_parse_iso_week(ok[i].s, &mon, &why) != 0)
			fail_msg("'%s' rejected: %s", ok[i].s, why ? why : "(no reason)");
		assert_ymd(mon, ok[i].y, ok[i].m, ok[i].d);
		assert_int_equal(date_weekday(mon), 1);
	}
}

static void parse_iso_week_rejects(void **state)
{
	static const char form[] = "is not an ISO week (expected YYYY-Www, such as 2025-W09)";
	static const char range[] = "is not a week of that year";
	static const struct {
		const char *s;
		const char *why;
	} bad[] = {
		{"2025-W00", range},
		{"2025-W54", range},
		{"2025-W53", range}, /* 2025 has 52 weeks */
		{"2021-W53", range}, /* so has 2021: its Jan 1st is a Friday */
		{"2024-W53", range}, /* leap, but Jan 1st is a Monday */
		{"2100-W53", range},
		{"0000-W01", range}, /* year 0 is outside 1-9999 */
		{"2025-W99", range},
		{"2025W14", form},
		{"2025-W1", form},
		{"2025-W014", form},
		{"2025-W14x", form},
		{"2025-W14 ", form},
		{"2025-W14\n", form},
		{"2025-W14-1", form},
		{"2025-14", form},
		{"2025-X14", form},
		{"2025-W-1", form},
		{"2025-W+1", form},
		{"25-W14", form},
		{" 2025-W14", form},
		{"2025-03-31", form},
		{"", form},
	};
	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		int32_t mon = 777;
		const char *why = NULL;
		if (date_parse_iso_week(bad[i].s, &mon, &why) != -1)
			fail_msg("'%s' accepted as day %ld", bad[i].s, (long)mon);
		if (!why || strcmp(why, bad[i].why) != 0)
			fail_msg("'%s': why = '%s', expected '%s'", bad[i].s, why ? why : "(null)",
				 bad[i].why);
		assert_int_equal(mon, 777); /* *monday is left alone on failure */
	}
}

/* Formatting any day of a week and parsing it back gives that week's
 * Monday, and formatting the Monday gives the same text again. */
static void format_week_round_trip(void **state)
{
	static const char *const weeks[] = {"2020-W53", "2021-W01", "2024-W52", "2025-W01",
					    "2025-W14", "2026-W53", "2027-W01", "1999-W52",
					    "1970-W01", "1900-W01", "9999-W52"};
	(void)state;
	for (size_t i = 0; i < sizeof weeks / sizeof *weeks; i++) {
		int32_t mon;
		const char *why = NULL;
		char buf[9];
		assert_int_equal(date_parse_iso_week(weeks[i], &mon, &why), 0);
		for (int k = 0; k < 7; k++) {
			assert_string_equal(date_format_week(mon + k, buf), weeks[i]);
			assert_int_equal(date_monday(mon + k), mon);
		}
		assert_string_not_equal(date_format_week(mon - 1, buf), weeks[i]);
		assert_string_not_equal(date_format_week(mon + 7, buf), weeks[i]);
	}
}

/* date_parse_ymd, the reader's fast path, gives date_parse_iso's day on
 * every plain date it takes, takes every real day from 1900 to 2100, and
 * refuses the rest, which the general parser then words. */
static void ymd_agrees_with_iso(void **state)
{
	char buf[16];
	int32_t fast, slow;
	const char *why;
	(void)state;
	for (int32_t day = date_from_ymd(1900, 1, 1); day <= date_from_ymd(2100, 12, 31); day++) {
		date_format(day, buf);
		assert_int_equal(date_parse_ymd(buf, 10, &fast), 0);
		assert_int_equal(fast, day);
	}
	static const char *const all[] = {"2025-02-29", "2024-02-29", "2025-13-01", "2025-00-10",
					  "2025-04-31", "0000-01-01", "9999-12-31", "2025-1-01",
					  "2025/01/01", "2025-01-0a", "2025-01-01T07:30", " 2025-01-01"};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
		int iso = date_parse_iso(all[i], &slow, &why);
		int ymd = date_parse_ymd(all[i], strlen(all[i]), &fast);
		if (ymd == 0) {
			assert_int_equal(iso, 0);
			assert_int_equal(fast, slow);
		} else {
			/* Refused: not a plain date, or no such day. */
			assert_true(strlen(all[i]) != 10 || iso != 0);
		}
	}
	assert_int_equal(date_parse_ymd("2024-02-29,7", 10, &fast), 0);
	assert_int_equal(fast, date_from_ymd(2024, 2, 29));
}

/* Each locale's month names, long and as it abbreviates them (CLDR's
 * abbreviated format, and Excel's German "Mrz"), twelve a line. */
static const struct {
	const char *lang, *names;
} month_spellings[] = {
	{"en", "January February March April May June July August September October November December"},
	{"en", "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"},
	{"en-GB", "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec"},
	{"de", "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"},
	{"de", "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."},
	{"de", "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez"},
	{"de-Excel", "Jan Feb Mrz Apr Mai Jun Jul Aug Sep Okt Nov Dez"},
	{"de-AT", "Jänner Feb März Apr Mai Jun Jul Aug Sep Okt Nov Dez"},
	{"fr", "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"},
	{"fr", "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."},
	{"fr-typed", "janv fevr mars avr mai juin juil aout sept oct nov dec"},
	{"es", "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"},
	{"es", "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic."},
	{"es", "ene feb mar abr may jun jul ago set oct nov dic"},
	{"it", "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"},
	{"it", "gen feb mar apr mag giu lug ago set ott nov dic"},
	{"nl", "januari februari maart april mei juni juli augustus september oktober november december"},
	{"nl", "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec."},
	{"da", "januar februar marts april maj juni juli august september oktober november december"},
	{"da", "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec."},
	{"nb", "januar februar mars april mai juni juli august september oktober november desember"},
	{"nb", "jan. feb. mar. apr. mai jun. jul. aug. sep. okt. nov. des."},
	{"sv", "januari februari mars april maj juni juli augusti september oktober november december"},
	{"sv", "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec."},
	{"pt", "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"},
	{"pt", "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez."},
};

/* The date spellings of Strava's and Garmin's exports in the runner's
 * language: day first with dots or slashes and a time after a comma,
 * ISO with a time, and Portuguese words. */
static void export_dates(void **state)
{
	static const struct {
		const char *s;
		int secs;
	} slash[] = {{"21.07.2026, 15:09:27", 15 * 3600 + 9 * 60 + 27}, {"21/07/2026", -1},
		     {"21/07/2026, 15:09:27", 15 * 3600 + 9 * 60 + 27}, {"21-07-2026 15:09", 15 * 3600 + 9 * 60}};
	(void)state;
	for (size_t i = 0; i < sizeof slash / sizeof *slash; i++) {
		struct date_slash sl;
		int32_t day;
		if (date_split_slash(slash[i].s, &sl) != 0)
			fail_msg("'%s' not split", slash[i].s);
		assert_int_equal(date_from_slash(&sl, DATE_DMY, &day), 0);
		assert_int_equal(day, date_from_ymd(2026, 7, 21));
		assert_int_equal(sl.st.secs, slash[i].secs);
		/* Read month first, the 21st month is no month. */
		assert_int_equal(date_from_slash(&sl, DATE_MDY, &day), -1);
	}
	static const char *const stamp[] = {"2026-07-21 15:09:27", "21 de jul. de 2026, 15:09:27",
					    "ter., 21 de julho de 2026 15:09"};
	for (size_t i = 0; i < sizeof stamp / sizeof *stamp; i++) {
		struct date_stamp st;
		const char *why;
		if (date_parse_stamp(stamp[i], &st, &why) != 0)
			fail_msg("'%s' rejected: %s", stamp[i], why);
		assert_int_equal(st.day, date_from_ymd(2026, 7, 21));
		assert_true(st.secs >= 15 * 3600 + 9 * 60);
	}
}

/* "6 NAME 2022" for every name, and "6. NAME 2022" in capitals, each
 * the 6th of its month. */
static void parse_month_names(void **state)
{
	(void)state;
	for (size_t l = 0; l < sizeof month_spellings / sizeof *month_spellings; l++) {
		char names[200], buf[64];
		snprintf(names, sizeof names, "%s", month_spellings[l].names);
		int m = 0;
		for (char *w = strtok(names, " "); w; w = strtok(NULL, " ")) {
			struct date_stamp st;
			const char *why;
			m++;
			for (int caps = 0; caps < 2; caps++) {
				snprintf(buf, sizeof buf, caps ? "6. %s 2022" : "6 %s 2022", w);
				for (char *c = buf; caps && *c; c++)
					if (*c >= 'a' && *c <= 'z')
						*c = (char)(*c - 'a' + 'A');
					else if ((unsigned char)*c >= 0xA0 && (unsigned char)c[-1] == 0xC3)
						*c = (char)(*c - 0x20); /* é -> É */
				if (date_parse_stamp(buf, &st, &why) != 0)
					fail_msg("%s: '%s' rejected: %s", month_spellings[l].lang, buf, why);
				if (st.day != date_from_ymd(2022, m, 6))
					fail_msg("%s: '%s' is not 2022-%02d-06", month_spellings[l].lang, buf, m);
			}
		}
		assert_int_equal(m, 12);
	}
}

/* Whole dates with a month's name, as each locale and app writes them. */
static void parse_words_dates(void **state)
{
	static const struct {
		const char *s;
		int y, m, d, secs;
	} ok[] = {
		{"6 Okt 2022", 2022, 10, 6, -1},
		{"6. Okt. 2022", 2022, 10, 6, -1},
		{"6. oktober 2022", 2022, 10, 6, -1},
		{"6 janv. 2023", 2023, 1, 6, -1},
		{"6 févr. 2023", 2023, 2, 6, -1},
		{"6 FÉVR. 2023", 2023, 2, 6, -1},
		{"Oct 6, 2022", 2022, 10, 6, -1},
		{"Oct 6, 2022, 11:19:20 PM", 2022, 10, 6, 23 * 3600 + 19 * 60 + 20},
		{"October 6 2022", 2022, 10, 6, -1},
		{"Sept. 30, 2022", 2022, 9, 30, -1},
		{"06-Oct-22", 2022, 10, 6, -1},
		{"6-okt-2022", 2022, 10, 6, -1},
		{"6/Oct/2022", 2022, 10, 6, -1},
		{"6 de octubre de 2022", 2022, 10, 6, -1},
		{"6 de oct. de 2022", 2022, 10, 6, -1},
		{"lun., 30 juin 2014 7:03", 2014, 6, 30, 7 * 3600 + 3 * 60},
		{"mar., 1 juil. 2014 18:30", 2014, 7, 1, 18 * 3600 + 30 * 60},
		{"Thursday, October 6, 2022", 2022, 10, 6, -1},
		{"Donnerstag, 6. Oktober 2022", 2022, 10, 6, -1},
		{"Thu 6 Oct 2022", 2022, 10, 6, -1},
		{"29 feb 2024", 2024, 2, 29, -1},
		{"6 dec 1999", 1999, 12, 6, -1},
	};
	(void)state;
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		struct date_stamp st;
		const char *why;
		if (date_parse_stamp(ok[i].s, &st, &why) != 0)
			fail_msg("'%s' rejected: %s", ok[i].s, why);
		if (st.day != date_from_ymd(ok[i].y, ok[i].m, ok[i].d) || st.secs != ok[i].secs)
			fail_msg("'%s': day %ld secs %d", ok[i].s, (long)st.day, (int)st.secs);
	}
	static const struct {
		const char *s, *why;
	} bad[] = {
		{"1 jui 2022", "is not a date (expected YYYY-MM-DD)"}, /* juin or juillet */
		{"1 ma 2022", "is not a date (expected YYYY-MM-DD)"},
		{"1 ju 2022", "is not a date (expected YYYY-MM-DD)"},
		{"1 Octobers 2022", "is not a date (expected YYYY-MM-DD)"},
		{"3rd of March 2025", "is not a date (expected YYYY-MM-DD)"},
		{"Oct 2022", "is not a date (expected YYYY-MM-DD)"},
		{"6 Oct", "is not a date (expected YYYY-MM-DD)"},
		{"6 Oct 202", "is not a date (expected YYYY-MM-DD)"},
		{"6 Oct 20222", "is not a date (expected YYYY-MM-DD)"},
		{"6 Oct 2022 junk", "is not a date (expected YYYY-MM-DD)"},
		{"Monday", "is not a date (expected YYYY-MM-DD)"},
		{"2022 Oct 6", "is not a date (expected YYYY-MM-DD)"},
		{"31 Sept 2022", "is not a day in the calendar"},
		{"29 feb 2023", "is not a day in the calendar"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		struct date_stamp st;
		const char *why = NULL;
		if (date_parse_stamp(bad[i].s, &st, &why) == 0)
			fail_msg("'%s' accepted as day %ld", bad[i].s, (long)st.day);
		if (strcmp(why, bad[i].why) != 0)
			fail_msg("'%s': why = '%s', expected '%s'", bad[i].s, why, bad[i].why);
	}
}

/* Dates in numbers: '/', '.' or '-', the same twice, a year of 2 or 4
 * digits, a time after a blank, a 'T' or a comma; ISO's YYYY-MM-DD is
 * the stamp parser's. */
static void split_numeric_dates(void **state)
{
	static const struct {
		const char *s;
		int f0, f1, f2, len2;
		char sep;
		int secs;
	} ok[] = {
		{"6.10.2022", 6, 10, 2022, 4, '.', -1},
		{"6.10.22", 6, 10, 22, 2, '.', -1},
		{"06.10.22", 6, 10, 22, 2, '.', -1},
		{"2022/10/06", 2022, 10, 6, 2, '/', -1},
		{"6-10-2022", 6, 10, 2022, 4, '-', -1},
		{"2022-10-6", 2022, 10, 6, 1, '-', -1},
		{"12/5/2021", 12, 5, 2021, 4, '/', -1},
		{"21.07.2026, 15:09:27", 21, 7, 2026, 4, '.', 15 * 3600 + 9 * 60 + 27},
		{"6.10.2022 07:31", 6, 10, 2022, 4, '.', 7 * 3600 + 31 * 60},
		{"7/9/23 11:59 PM", 7, 9, 23, 2, '/', 23 * 3600 + 59 * 60},
	};
	(void)state;
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		struct date_slash d;
		if (date_split_slash(ok[i].s, &d) != 0)
			fail_msg("'%s' rejected", ok[i].s);
		if (d.f[0] != ok[i].f0 || d.f[1] != ok[i].f1 || d.f[2] != ok[i].f2 ||
		    d.len[2] != ok[i].len2 || d.sep != ok[i].sep || d.st.secs != ok[i].secs)
			fail_msg("'%s' split as %d%c%d%c%d", ok[i].s, d.f[0], d.sep, d.f[1], d.sep, d.f[2]);
	}
	static const char *const bad[] = {"2022-10-06", "2022-10-06 07:31", "6.10-2022", "6/10.2022",
					  "6.10.202", "6..2022", "6.10.2022.", "6_10_2022", "610.2022",
					  "123.10.2022", "6.10.2022x", "6.10"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		struct date_slash d;
		if (date_split_slash(bad[i], &d) == 0)
			fail_msg("'%s' split", bad[i]);
	}
	/* In order: D.M.YY with a two-digit year read as spreadsheets do. */
	struct date_slash d;
	int32_t day;
	assert_int_equal(date_split_slash("06.10.22", &d), 0);
	assert_int_equal(date_from_slash(&d, DATE_DMY, &day), 0);
	assert_int_equal(day, date_from_ymd(2022, 10, 6));
	assert_int_equal(date_split_slash("31.12.99", &d), 0);
	assert_int_equal(date_from_slash(&d, DATE_DMY, &day), 0);
	assert_int_equal(day, date_from_ymd(1999, 12, 31));
	assert_int_equal(date_two_digit_year(69), 2069);
	assert_int_equal(date_two_digit_year(70), 1970);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(known_day_numbers),
		cmocka_unit_test(leap_years),
		cmocka_unit_test(round_trip_every_day),
		cmocka_unit_test(valid_dates),
		cmocka_unit_test(weekdays),
		cmocka_unit_test(parse_accepts_dates_and_times),
		cmocka_unit_test(parse_leap_day),
		cmocka_unit_test(parse_rejects),
		cmocka_unit_test(format_dates),
		cmocka_unit_test(iso_week_reference),
		cmocka_unit_test(monday_of_week),
		cmocka_unit_test(iso_week_every_day),
		cmocka_unit_test(parse_iso_week_mondays),
		cmocka_unit_test(parse_iso_week_rejects),
		cmocka_unit_test(format_week_round_trip),
		cmocka_unit_test(ymd_agrees_with_iso),
		cmocka_unit_test(parse_month_names),
		cmocka_unit_test(export_dates),
		cmocka_unit_test(parse_words_dates),
		cmocka_unit_test(split_numeric_dates),
	};
	return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
