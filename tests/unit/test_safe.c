/* safe.c: each destination's writer, on the bytes a hostile log can hold. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "runlog/safe.h"

enum dest { TERM, MD, MD_LINE, MD_URL, HTML, CSV, JSON };

/* What the writer for dest makes of the len bytes of s; caller frees. */
static char *put(enum dest d, const char *s, size_t len)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *o = open_memstream(&buf, &n);
	assert_non_null(o);
	switch (d) {
	case TERM: safe_term_put(o, s, len); break;
	case MD: safe_md_put(o, s, 0); break;
	case MD_LINE: safe_md_put(o, s, 1); break;
	case MD_URL: safe_md_url_put(o, s); break;
	case HTML: safe_html_put(o, s); break;
	case CSV: safe_csv_put(o, s); break;
	case JSON: safe_json_put(o, s); break;
	}
	assert_int_equal(fclose(o), 0);
	return buf;
}

/* The characters in s: what the terminal's width counts in its output. */
static size_t chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* The writer for d makes want of s; for the terminal, its width is the
 * characters of want. */
static void check(enum dest d, const char *s, const char *want)
{
	char *got = put(d, s, strlen(s));
	if (strcmp(got, want) != 0)
		fail_msg("writer %d: got \"%s\", want \"%s\"", (int)d, got, want);
	free(got);
	if (d == TERM)
		assert_int_equal(safe_term_width(s, strlen(s)), chars(want));
}

/* A writer's input and what it must write. */
struct example {
	enum dest d;
	const char *in, *want;
};

static const struct example examples[] = {
	/* Terminal: escapes, CR LF (a forged line), text and NBSP kept; C1
	 * characters, bidi and line separators shown as bytes. */
	{TERM, "", ""},
	{TERM, "d\033[2Jate", "d\\x1B[2Jate"},
	{TERM, "ev\r\n  report: /tmp/evil", "ev\\x0D\\x0A  report: /tmp/evil"},
	{TERM, "\x01\x02\x1f\x7f", "\\x01\\x02\\x1F\\x7F"},
	{TERM, "Zo\xc3\xab \xe5\xb1\xb1\xe7\x94\xb0 \xf0\x9f\x8f\x83\xc2\xa0!", "Zo\xc3\xab \xe5\xb1\xb1\xe7\x94\xb0 \xf0\x9f\x8f\x83\xc2\xa0!"},
	{TERM, "\xc2\x80x\xc2\x9b" "31m\xc2\x9f", "\\xC2\\x80x\\xC2\\x9B31m\\xC2\\x9F"},
	{TERM, "a\xe2\x80\xae" "b", "a\\xE2\\x80\\xAEb"}, /* U+202E */
	{TERM, "a\xe2\x81\xa6" "b", "a\\xE2\\x81\\xA6b"}, /* U+2066 */
	{TERM, "a\xe2\x80\xa8" "b", "a\\xE2\\x80\\xA8b"}, /* U+2028 */
	{TERM, "a\xe2\x80\x8f" "b", "a\\xE2\\x80\\x8Fb"}, /* U+200F */
	{TERM, "a\xe2\x80\x94" "b", "a\xe2\x80\x94" "b"}, /* an em dash stays */
	/* Terminal: bytes that are not well-formed UTF-8, byte by byte. */
	{TERM, "\xff\xfe", "\\xFF\\xFE"},
	{TERM, "a\xe2\x82", "a\\xE2\\x82"}, /* cut at the end */
	{TERM, "\xe2\x82x", "\\xE2\\x82x"}, /* cut, then text */
	{TERM, "\xf0\x9f\x8f", "\\xF0\\x9F\\x8F"}, /* emoji cut */
	{TERM, "\x80\xbf", "\\x80\\xBF"}, /* stray continuations */
	{TERM, "\xc0\xaf", "\\xC0\\xAF"}, /* overlong '/' */
	{TERM, "\xc1\xbf", "\\xC1\\xBF"},
	{TERM, "\xe0\x80\xaf", "\\xE0\\x80\\xAF"}, /* overlong, 3 bytes */
	{TERM, "\xf0\x80\x80\xaf", "\\xF0\\x80\\x80\\xAF"}, /* overlong, 4 bytes */
	{TERM, "\xed\xa0\x80", "\\xED\\xA0\\x80"}, /* surrogate U+D800 */
	{TERM, "\xed\xbf\xbf", "\\xED\\xBF\\xBF"}, /* surrogate U+DFFF */
	{TERM, "\xf4\x90\x80\x80", "\\xF4\\x90\\x80\\x80"}, /* above U+10FFFF */
	{TERM, "\xf5\x80\x80\x80", "\\xF5\\x80\\x80\\x80"},
	{TERM, "\xf4\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf"}, /* U+10FFFF itself */
	{TERM, "\xed\x9f\xbf", "\xed\x9f\xbf"}, /* U+D7FF */
	/* JSON: U+FFFD for each maximal ill-formed subpart; every control
	 * character escaped, DEL, C1 and U+2028 included. */
	{JSON, "", "\"\""},
	{JSON, "bad\xff\xfe name", "\"bad\xef\xbf\xbd\xef\xbf\xbd name\""},
	{JSON, "\xe2\x82x", "\"\xef\xbf\xbdx\""},
	{JSON, "\xf0\x9f\x8f", "\"\xef\xbf\xbd\""},
	{JSON, "\xc0\xaf", "\"\xef\xbf\xbd\xef\xbf\xbd\""},
	{JSON, "\xed\xa0\x80", "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\""},
	{JSON, "\xf4\x90\x80\x80", "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\""},
	{JSON, "\xf0\x9f\x8f\x83", "\"\xf0\x9f\x8f\x83\""},
	{JSON, "a\"b\\c\nd\re\tf", "\"a\\\"b\\\\c\\nd\\re\\tf\""},
	{JSON, "\x01\x1b\x1f\x7f", "\"\\u0001\\u001b\\u001f\\u007f\""},
	{JSON, "\xc2\x80\xc2\x9b\xc2\x9f\xc2\xa0", "\"\\u0080\\u009b\\u009f\xc2\xa0\""},
	{JSON, "\xe2\x80\xa8\xe2\x80\xa9\xe2\x80\xae", "\"\\u2028\\u2029\\u202e\""},
	/* Markdown: markup escaped; no newline, heading, rule or list from a
	 * name; "://" broken; a link target percent-encoded. */
	{MD, "", ""},
	{MD_LINE, "", ""},
	{MD, "log: x, athlete # head\n## more", "log: x, athlete \\# head\\\\x0A\\#\\# more"},
	{MD, "a|b *c* _d_ `e` [f](g) <h> &i ~j $k\\", "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\&i \\~j \\$k\\\\"},
	{MD, "http://evil x:y", "http\\://evil x:y"},
	{MD, "\xff\xc2\x9b\r", "\\\\xFF\\\\xC2\\\\x9B\\\\x0D"},
	{MD, "-2+3 1. =", "-2+3 1. ="},
	{MD_LINE, "-2+3", "\\-2+3"},
	{MD_LINE, "+ x", "\\+ x"},
	{MD_LINE, "===", "\\==="},
	{MD_LINE, "12. x", "12\\. x"},
	{MD_LINE, "3) x", "3\\) x"},
	{MD_LINE, "2025-03-01 to", "2025-03-01 to"},
	{MD_LINE, "    code", "&#32;&#32;&#32;&#32;code"},
	{MD_LINE, "Zo\xc3\xab", "Zo\xc3\xab"},
	{MD_URL, "my plots/(a)%<b>\\c\x01\x7f.png", "my%20plots/%28a%29%25%3Cb%3E%5Cc%01%7F.png"},
	/* HTML: markup as entities, control characters shown. */
	{HTML, "", ""},
	{HTML, "<script>alert(1)</script>&\"'", "&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;'"},
	{HTML, "a\nb\033[2J\xc2\x9b\xff", "a\\x0Ab\\x1B[2J\\xC2\\x9B\\xFF"},
	{HTML, "Zo\xc3\xab", "Zo\xc3\xab"},
	/* CSV: OWASP's four examples, tab and CR, full-width forms and leading
	 * spaces neutralised; separators and quotes quoted; other text as is. */
	{CSV, "", ""},
	{CSV, "ann", "ann"},
	{CSV, "=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""},
	{CSV, "+1+cmd|' /C calc'!A0", "\"'+1+cmd|' /C calc'!A0\""},
	{CSV, "-2+3", "\"'-2+3\""},
	{CSV, "@SUM(A1)", "\"'@SUM(A1)\""},
	{CSV, "\tx", "\"'\tx\""},
	{CSV, "\rx", "\"'\rx\""},
	{CSV, "-", "\"'-\""},
	{CSV, "  =1+1", "\"'  =1+1\""},
	{CSV, "\xef\xbc\x9d" "1+1", "\"'\xef\xbc\x9d" "1+1\""},
	{CSV, "\xef\xbc\xa0x", "\"'\xef\xbc\xa0x\""},
	{CSV, "x=1+1", "x=1+1"},
	{CSV, "Smith, Jo", "\"Smith, Jo\""},
	{CSV, "Smith; Jo", "\"Smith; Jo\""},
	{CSV, "Jo \"JJ\"", "\"Jo \"\"JJ\"\"\""},
	{CSV, "a\nb", "\"a\nb\""},
	{CSV, "Zo\xc3\xab", "Zo\xc3\xab"},
};

static void every_example(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof examples / sizeof *examples; i++)
		check(examples[i].d, examples[i].in, examples[i].want);
}

/* Every C0 control byte and DEL among text, as \xNN, four columns wide;
 * a NUL byte within len too. */
static void term_controls(void **state)
{
	(void)state;
	for (int c = 1; c < 0x80; c++) {
		if (c >= 0x20 && c < 0x7F)
			continue;
		char in[4] = {'a', (char)c, 'b', 0}, want[8];
		snprintf(want, sizeof want, "a\\x%02Xb", c);
		check(TERM, in, want);
		assert_int_equal(safe_term_width(in, 3), 6);
	}
	char *got = put(TERM, "a\0b", 3);
	assert_string_equal(got, "a\\x00b");
	free(got);
	assert_int_equal(safe_term_width("", 0), 0);
	assert_int_equal(safe_term_width("Zo\xc3\xab", 4), 3);
	assert_int_equal(safe_term_width("\xc2\x9b", 2), 8);
	assert_int_equal(safe_term_width("\xe2\x82x", 3), 9);
}

/* What the terminal writer writes, written again, is the same. */
static void term_idempotent(void **state)
{
	(void)state;
	const char *in = "\033]0;x\a\xc2\x9b\xff\xe2\x80\xae ok";
	char *once = put(TERM, in, strlen(in));
	char *twice = put(TERM, once, strlen(once));
	assert_string_equal(once, twice);
	free(once);
	free(twice);
}

static void utf8_cut(void **state)
{
	(void)state;
	const char *s = "h\xc3\xa9llo";
	assert_int_equal(safe_utf8_cut(s, 6, 2), 1);
	assert_int_equal(safe_utf8_cut(s, 6, 3), 3);
	assert_int_equal(safe_utf8_cut(s, 6, 6), 6);
	assert_int_equal(safe_utf8_cut(s, 6, 99), 6);
	assert_int_equal(safe_utf8_cut(s, 6, 0), 0);
	assert_int_equal(safe_utf8_cut("\xf0\x9f\x8f\x83", 4, 3), 0);
	assert_int_equal(safe_utf8_cut("", 0, 5), 0);
}

/* JSON: a string of every C0 control byte holds no byte below 0x20. */
static void json_all_controls(void **state)
{
	(void)state;
	char all[32];
	for (int c = 1; c < 32; c++)
		all[c - 1] = (char)c;
	all[31] = '\0';
	char *got = put(JSON, all, 31);
	assert_int_equal(strlen(got), 2 + 28 * 6 + 3 * 2); /* \uXXXX, or \n \r \t */
	for (const char *p = got; *p; p++)
		assert_true((unsigned char)*p >= 0x20);
	free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_example),
		cmocka_unit_test(term_controls),
		cmocka_unit_test(term_idempotent),
		cmocka_unit_test(utf8_cut),
		cmocka_unit_test(json_all_controls),
	};
	return cmocka_run_group_tests_name("safe", tests, NULL, NULL);
}
