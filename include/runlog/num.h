/* num.h - locale-proof parsing of the values a run log holds. */
#ifndef RUNLOG_NUM_H
#define RUNLOG_NUM_H

#include <stddef.h>

/* Parse a plain decimal number: optional sign, digits, optional '.' and
 * digits ("7", "7.5", ".5", "-2"). No exponent, no "nan"/"inf", no ','
 * separator, no surrounding text. Independent of LC_NUMERIC.
 * Returns 0 and sets *out, or -1. */
int num_parse_decimal(const char *s, double *out);

/* How an export's numbers use the comma (see num_parse_grouped). */
enum num_comma {
	NUM_COMMA_THOUSANDS, /* English: "1,234.5"; a comma only groups digits */
	NUM_COMMA_DECIMAL,   /* the runner's language: "2,81", "1.234,5" */
};

/* Parse a number as an app export spells it: a plain decimal as
 * num_parse_decimal reads it, or grouped. With NUM_COMMA_THOUSANDS commas group the digits in threes
 * ("1,337", "12,345.6"). With NUM_COMMA_DECIMAL a lone comma is the
 * decimal mark ("2,81", "1,234" is 1.234); when a number has both marks
 * the last one is the decimal mark and the other groups digits in threes
 * ("1.234,5" and "1,234.5" are both 1234.5); dots alone group digits only
 * when there are two or more ("1.234.567"; "6.29" stays 6.29, as Garmin
 * writes in every language). Independent of LC_NUMERIC. Returns 0 and
 * sets *out, or -1. */
int num_parse_grouped(const char *s, enum num_comma comma, double *out);

/* The runner's own words for yes and no (--yes, --no), beside the
 * table's; they win over it. The caller owns the strings. */
struct num_words {
	const char *const *yes;
	size_t n_yes;
	const char *const *no;
	size_t n_no;
};

/* Parse a yes/no value: yes/no, y/n, true/false, 1/0; the marks x, U+2713
 * and U+2714 for yes, '-', U+2717 and U+2718 for no; ja/nein, oui/non,
 * si/no (also with an accent, Spanish or Italian), ja/nee, ja/nej, ja/nei;
 * then the words in more (may be NULL), which come first. Any case, as
 * num_words_equal compares. Returns 1 for yes, 0 for no, -1 for anything
 * else. */
int num_parse_bool(const char *s, const struct num_words *more);

/* Whether two words are the same but for case: ASCII letters and the
 * accented letters of Latin-1 in UTF-8 ('S\xC3\x8D' is 's\xC3\xAD'). */
int num_words_equal(const char *a, const char *b);

/* Parse a duration into minutes: "h:mm:ss", "mm:ss" or a number of minutes
 * ("42.5"). Seconds may carry a fraction ("00:09:25.5").
 * Returns 0 and sets *minutes, or -1. */
int num_parse_duration(const char *s, double *minutes);

/* The common cases of num_parse_decimal and num_parse_duration, for the
 * reader's hot path, on len bytes that need no NUL. Each returns 0 with the
 * value, or -1 for anything else, which the general parser then decides.
 *
 * num_parse_milli: digits with at most three decimals ("7", "7.5", ".5",
 * "3.125"), as an exact number of thousandths, when at most max. */
int num_parse_milli(const char *s, size_t len, unsigned max, unsigned *out);
/* num_parse_clock: "h:mm:ss" or "hh:mm:ss", in whole seconds. */
int num_parse_clock(const char *s, size_t len, long *secs);

#endif
