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
	};
	return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
