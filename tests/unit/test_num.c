#include <stdio.h>
#include <stdlib.h>
#include <math.h>
/* num.c: decimals, yes/no values and durations, all locale-free. */
#include "testutil.h"

#include <string.h>

#include "runlog/num.h"

#define TOL 1e-12

static void decimal_accepts(void **state)
{
	static const struct {
		const char *s;
		double want;
	} ok[] = {
		{"7", 7}, {"7.5", 7.5}, {".5", 0.5}, {"0", 0}, {"10.00", 10},
		{"-2", -2}, {"+3", 3}, {"0.25", 0.25}, {"007", 7},
		{"123456.75", 123456.75},
	};
	(void)state;
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		double x = -999;
		if (num_parse_decimal(ok[i].s, &x) != 0)
			fail_msg("'%s' rejected", ok[i].s);
		if (fabs(x - ok[i].want) > TOL)
			fail_msg("'%s' = %.17g, expected %.17g", ok[i].s, x, ok[i].want);
	}
}

static void decimal_rejects(void **state)
{
	static const char *const bad[] = {
		"nan", "NaN", "inf", "-inf", "infinity", "7,5", "3/10", "1e3", "1E3", "0x10",
		"", " ", "+", "-", ".", "+.", " 7", "7 ", "7.5.1", "--1", "7a", "1 000",
	};
	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		double x = -999;
		if (num_parse_decimal(bad[i], &x) != -1)
			fail_msg("'%s' accepted as %.17g", bad[i], x);
		assert_true(x == -999); /* *out is left alone on failure */
	}
}

/* The spellings of Strava's and Garmin's exports in the runner's
 * language, and in English: a US "1,234.5" is never 1.2345. */
static void grouped_numbers(void **state)
{
	static const struct {
		const char *s;
		enum num_comma comma;
		double want;
	} ok[] = {
		{"1.234,5", NUM_COMMA_DECIMAL, 1234.5},   {"2,81", NUM_COMMA_DECIMAL, 2.81},
		{"1,234.5", NUM_COMMA_DECIMAL, 1234.5},   {"1,234.5", NUM_COMMA_THOUSANDS, 1234.5},
		{"1,234", NUM_COMMA_THOUSANDS, 1234},     {"1,234", NUM_COMMA_DECIMAL, 1.234},
		{"6.29", NUM_COMMA_DECIMAL, 6.29},        {"6.29", NUM_COMMA_THOUSANDS, 6.29},
		{"1.234.567", NUM_COMMA_DECIMAL, 1234567}, {"12,345,678.25", NUM_COMMA_THOUSANDS, 12345678.25},
		{"-2,5", NUM_COMMA_DECIMAL, -2.5},        {"1.066", NUM_COMMA_DECIMAL, 1.066},
		{"0,5", NUM_COMMA_DECIMAL, 0.5},          {"12.345.678,9", NUM_COMMA_DECIMAL, 12345678.9},
	};
	static const struct {
		const char *s;
		enum num_comma comma;
	} bad[] = {
		{"1.234,5", NUM_COMMA_THOUSANDS}, {"2,81", NUM_COMMA_THOUSANDS}, {"1,23,4", NUM_COMMA_DECIMAL},
		{"1,2,3", NUM_COMMA_DECIMAL},     {"12,34.5", NUM_COMMA_DECIMAL}, {"1.23,4", NUM_COMMA_DECIMAL},
		{",5", NUM_COMMA_THOUSANDS},      {"1,", NUM_COMMA_THOUSANDS},    {"1,2a", NUM_COMMA_DECIMAL},
		{"1.2.3", NUM_COMMA_DECIMAL},     {"", NUM_COMMA_DECIMAL},        {"1 234,5", NUM_COMMA_DECIMAL},
		{"1,234,5", NUM_COMMA_DECIMAL},   {"nan", NUM_COMMA_DECIMAL},
	};
	(void)state;
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		double x = -999;
		if (num_parse_grouped(ok[i].s, ok[i].comma, &x) != 0)
			fail_msg("'%s' (%d) rejected", ok[i].s, ok[i].comma);
		if (fabs(x - ok[i].want) > TOL * fabs(ok[i].want))
			fail_msg("'%s' = %.17g, expected %.17g", ok[i].s, x, ok[i].want);
	}
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		double x = -999;
		if (num_parse_grouped(bad[i].s, bad[i].comma, &x) != -1)
			fail_msg("'%s' (%d) accepted as %.17g", bad[i].s, bad[i].comma, x);
	}
}

static void bool_values(void **state)
{
	/* Every word of the table, in some case, and the marks (README.md,
	 * "Words for yes and no"). */
	static const char *const yes[] = {
		"yes", "YES", "Yes", "yEs", "y", "Y", "true", "TRUE", "True", "1", "x", "X",
		"\xE2\x9C\x93", "\xE2\x9C\x94", "ja", "JA", "Ja", "oui", "OUI", "si", "SI",
		"s\xC3\xAD", "S\xC3\x8D", "S\xC3\xAD", "s\xC3\xAC", "S\xC3\x8C"};
	static const char *const no[] = {
		"no", "NO", "No", "n", "N", "false", "FALSE", "False", "fAlSe", "0", "-",
		"\xE2\x9C\x97", "\xE2\x9C\x98", "nein", "NEIN", "Nein", "non", "Non", "nee",
		"NEE", "nej", "Nej", "nei", "NEI"};
	static const char *const neither[] = {
		"maybe", "", "2", "ye", "yes ", " no", "on", "off", "t", "f", "01", "-1", "--",
		"xx", "jaa", "s\xC3", "s\xC3\xAE", "\xE2\x9C", "\xE2\x9C\x95", "n\xC3\xA9",
		"s\xC3\xB7"};
	(void)state;
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
		if (num_parse_bool(yes[i], NULL) != 1)
			fail_msg("'%s' -> %d, expected 1", yes[i], num_parse_bool(yes[i], NULL));
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		if (num_parse_bool(no[i], NULL) != 0)
			fail_msg("'%s' -> %d, expected 0", no[i], num_parse_bool(no[i], NULL));
	for (size_t i = 0; i < sizeof neither / sizeof *neither; i++)
		if (num_parse_bool(neither[i], NULL) != -1)
			fail_msg("'%s' -> %d, expected -1", neither[i], num_parse_bool(neither[i], NULL));
}

/* The runner's words come first, in any case, and may turn a table word
 * round ("x" for a skipped meal); the rest of the table still holds. */
static void bool_own_words(void **state)
{
	static const char *const yes[] = {"jo", "Tak"}, *const no[] = {"x", "n\xC3\xA9"};
	const struct num_words w = {yes, 2, no, 2};
	(void)state;
	assert_int_equal(num_parse_bool("JO", &w), 1);
	assert_int_equal(num_parse_bool("tak", &w), 1);
	assert_int_equal(num_parse_bool("X", &w), 0);
	assert_int_equal(num_parse_bool("N\xC3\x89", &w), 0);
	assert_int_equal(num_parse_bool("yes", &w), 1);
	assert_int_equal(num_parse_bool("no", &w), 0);
	assert_int_equal(num_parse_bool("nie", &w), -1);
	assert_true(num_words_equal("\xC3\x80\xC3\x9E", "\xC3\xA0\xC3\xBE"));
	assert_false(num_words_equal("\xC3\x97", "\xC3\xB7")); /* the signs have no case */
	assert_false(num_words_equal("ja", "jaa"));
}

/* Expected minutes, by hand:
 *   1:02:03     = 3600 + 2*60 + 3 = 3723 s = 62.05 min
 *   42:30       = 42*60 + 30 = 2550 s = 42.5 min
 *   00:09:25.5  = 9*60 + 25.5 = 565.5 s = 9.425 min
 *   0:36:10     = 2170 s = 36.1666... min = 217/6
 *   90:00       = 90 min (minutes may exceed 59 in mm:ss)
 *   2:00:00     = 120 min
 */
static void duration_accepts(void **state)
{
	static const struct {
		const char *s;
		double want;
	} ok[] = {
		{"1:02:03", 62.05}, {"42:30", 42.5}, {"42", 42}, {"42.5", 42.5},
		{"00:09:25.5", 9.425}, {"0:36:10", 217.0 / 6.0}, {"90:00", 90}, {"2:00:00", 120},
		{"0", 0}, {"0:00", 0}, {"0:59", 59.0 / 60.0},
	};
	(void)state;
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		double m = -999;
		if (num_parse_duration(ok[i].s, &m) != 0)
			fail_msg("'%s' rejected", ok[i].s);
		if (fabs(m - ok[i].want) > 1e-9)
			fail_msg("'%s' = %.17g min, expected %.17g", ok[i].s, m, ok[i].want);
	}
}

static void duration_rejects(void **state)
{
	static const char *const bad[] = {
		"1:75:00",  /* minutes of h:mm:ss must be below 60 */
		"1:02:60",  /* seconds likewise */
		"42:60",
		"abc", "-5", "", ":", ":30", "42:", "1::3", "1:02:03:04", "1:-2", "4 2:30",
		"42:30x", "nan", "1e2", "7,5",
	};
	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		double m = -999;
		if (num_parse_duration(bad[i], &m) != -1)
			fail_msg("'%s' accepted as %.17g min", bad[i], m);
	}
}

/* The fast path (digits / 10^k) gives the very double strtod gives, for
 * every short decimal: 0.000 to 99.999 in steps of 0.001, and a spread of
 * longer ones up to 15 digits. */
static void decimal_matches_strtod(void **state)
{
	char buf[64];
	double got;
	(void)state;
	for (int i = 0; i <= 99999; i++) {
		snprintf(buf, sizeof buf, "%d.%03d", i / 1000, i % 1000);
		assert_int_equal(num_parse_decimal(buf, &got), 0);
		assert_memory_equal(&got, &(double){strtod(buf, NULL)}, sizeof got);
	}
	unsigned long long x = 88172645463325252ULL;
	for (int i = 0; i < 100000; i++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17; /* xorshift64 */
		int digits = 1 + (int)(x % 15), point = (int)((x >> 8) % (unsigned)(digits + 1));
		unsigned long long m = (x >> 16) % 1000000000000000ULL;
		snprintf(buf, sizeof buf, "%0*llu", digits, m % (unsigned long long)pow(10, digits));
		if (point < digits) {
			memmove(buf + point + 1, buf + point, strlen(buf + point) + 1);
			buf[point] = '.';
		}
		assert_int_equal(num_parse_decimal(buf, &got), 0);
		assert_memory_equal(&got, &(double){strtod(buf, NULL)}, sizeof got);
	}
}

/* The reader's fast path agrees with the general parsers wherever it
 * answers, and leaves to them whatever it does not take. */
static void milli_agrees_with_decimal(void **state)
{
	char buf[32];
	unsigned m;
	double v;
	(void)state;
	for (int i = 0; i <= 1000000; i += 7) {
		snprintf(buf, sizeof buf, "%d.%03d", i / 1000, i % 1000);
		assert_int_equal(num_parse_milli(buf, strlen(buf), 1000000, &m), 0);
		assert_int_equal(m, (unsigned)i);
		assert_int_equal(num_parse_decimal(buf, &v), 0);
		/* m / 1000.0 is the double the text parses to. */
		assert_memory_equal(&v, &(double){m / 1000.0}, sizeof v);
	}
	static const struct {
		const char *s;
		unsigned want;
	} ok[] = {{"7", 7000}, {"7.", 7000}, {".5", 500}, {"0", 0}, {"10", 10000},
		  {"3.125", 3125}, {"07.50", 7500}, {"10.000", 10000}};
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		assert_int_equal(num_parse_milli(ok[i].s, strlen(ok[i].s), 10000, &m), 0);
		assert_int_equal(m, ok[i].want);
	}
	/* Left to num_parse_decimal (or refused): a sign, a fourth decimal,
	 * blanks, a comma, a marker, and values over the bound. */
	static const char *const no[] = {"", ".", "-1", "+1", "3.1255", " 7", "7 ", "7,5", "1,000",
					 "NA", "--", "1e3", "10.001", "11", "7.5x", "12345678901"};
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		assert_int_equal(num_parse_milli(no[i], strlen(no[i]), 10000, &m), -1);
	/* Not NUL-terminated: only len bytes count. */
	assert_int_equal(num_parse_milli("7.5,yes", 3, 10000, &m), 0);
	assert_int_equal(m, 7500);
}

static void clock_agrees_with_duration(void **state)
{
	char buf[16];
	long secs;
	double minutes;
	(void)state;
	for (int h = 0; h < 100; h += 3)
		for (int s = 0; s < 3600; s += 13) {
			snprintf(buf, sizeof buf, h < 10 && s % 2 ? "%d:%02d:%02d" : "%02d:%02d:%02d", h,
				 s / 60, s % 60);
			assert_int_equal(num_parse_clock(buf, strlen(buf), &secs), 0);
			assert_int_equal(secs, 3600L * h + s);
			assert_int_equal(num_parse_duration(buf, &minutes), 0);
			assert_memory_equal(&minutes, &(double){(double)secs / 60.0}, sizeof minutes);
		}
	static const char *const no[] = {"", "45:00", "1:60:00", "1:00:60", "100:00:00", "1:2:03",
					 "1:02:03.5", "a:02:03", "1-02-03", " 1:02:03", "1:02:0x", "42"};
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		assert_int_equal(num_parse_clock(no[i], strlen(no[i]), &secs), -1);
	assert_int_equal(num_parse_clock("1:02:03,x", 7, &secs), 0);
	assert_int_equal(secs, 3723);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(decimal_matches_strtod),
		cmocka_unit_test(decimal_accepts),
		cmocka_unit_test(decimal_rejects),
		cmocka_unit_test(grouped_numbers),
		cmocka_unit_test(bool_values),
		cmocka_unit_test(bool_own_words),
		cmocka_unit_test(duration_accepts),
		cmocka_unit_test(duration_rejects),
		cmocka_unit_test(milli_agrees_with_decimal),
		cmocka_unit_test(clock_agrees_with_duration),
	};
	return cmocka_run_group_tests_name("num", tests, NULL, NULL);
}
