/* doc.c and its renderers: each doc here is built by hand and rendered
 * through doc_render() into a memory stream, and the output compared with
 * the exact text expected: 78-column text, GitHub-flavoured Markdown, and
 * self-contained HTML with PNG charts as base64 data: URIs and SVG charts
 * inlined. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "runlog/doc.h"

/* d rendered as fmt; doc_render must succeed. The caller frees. */
static char *render(const struct doc *d, enum doc_format fmt)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	assert_int_equal(doc_render(f, d, fmt), 0);
	assert_int_equal(fclose(f), 0);
	assert_non_null(buf);
	assert_int_equal(strlen(buf), len);
	return buf;
}

/* Compare the rendering of d with want, then free it. */
static void expect(const struct doc *d, enum doc_format fmt, const char *want)
{
	char *got = render(d, fmt);
	assert_string_equal(got, want);
	free(got);
}

/* Text: no line ends with a space and none is wider than 78 columns
 * (a UTF-8 character is one column). */
static void assert_text_lines_clean(const char *s)
{
	size_t col = 0;
	char prev = '\n';
	for (const char *p = s; *p; p++) {
		if (*p == '\n') {
			if (prev == ' ')
				fail_msg("trailing space before offset %zu in:\n%s", (size_t)(p - s), s);
			col = 0;
		} else if (((unsigned char)*p & 0xc0) != 0x80 && ++col > 78) {
			fail_msg("line wider than 78 columns at offset %zu in:\n%s", (size_t)(p - s), s);
		}
		prev = *p;
	}
}

static void expect_text(const struct doc *d, const char *want)
{
	char *got = render(d, DOC_TEXT);
	assert_string_equal(got, want);
	assert_text_lines_clean(got);
	free(got);
}

/* " word01 word02 ... wordNN" from first to last, without the leading space. */
static void words(char *buf, size_t cap, int first, int last)
{
	size_t n = 0;
	buf[0] = '\0';
	for (int i = first; i <= last; i++)
		n += (size_t)snprintf(buf + n, cap - n, "%sword%02d", i > first ? " " : "", i);
}

/* ---- text ---------------------------------------------------------------- */

static void text_title_heading_para_figure(void **state)
{
	struct doc d;
	struct doc_figure fig = {.path = "plots/pain_timeline.png", .href = "x", .title = "t"};
	(void)state;
	doc_init(&d);
	doc_add(&d, DOC_TITLE, "runlog: %s", "tests/data/basic.csv");
	doc_add(&d, DOC_PARA, "%d runs, mean pain %.1f", 9, 2.75);
	doc_add(&d, DOC_HEADING, "Charts");
	doc_figure(&d, &fig);
	doc_add(&d, DOC_PARA, "first line\nsecond line");
	expect_text(&d, "runlog: tests/data/basic.csv\n"
			"  9 runs, mean pain 2.8\n"
			"\n"
			"Charts\n"
			"  plots/pain_timeline.png\n"
			"  first line\\x0Asecond line\n");
	doc_free(&d);
	assert_int_equal(d.n, 0);
	assert_null(d.b);
}

/* 'l' columns padded on the right, 'r' on the left, two spaces between
 * columns, two before the first, nothing after the last. */
static void text_table_alignment(void **state)
{
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_table(&d, 3, "lrl");
	doc_row(&d, (const char *[]){"factor", "runs", "95% CI"});
	doc_row(&d, (const char *[]){"3+ days", "3", "1.5 to 5.7"});
	doc_row(&d, (const char *[]){"skipped meal", "12", "-"});
	doc_table(&d, 3, "rrr");
	doc_row(&d, (const char *[]){"days", "runs", "mean pain"});
	doc_row(&d, (const char *[]){"7+", "0", "-"});
	doc_row(&d, (const char *[]){"1", "174", "10.5"});
	expect_text(&d, "  factor        runs  95% CI\n"
			"  3+ days          3  1.5 to 5.7\n"
			"  skipped meal    12  -\n"
			"  days  runs  mean pain\n"
			"    7+     0          -\n"
			"     1   174       10.5\n");
	doc_free(&d);
}

/* Rows of lazy_rows_as_stored, made on demand: a name that needs escaping
 * in every format, and a number. */
static const char *const lazy_names[] = {"ann | <b>", "bo*b", "Zo\xc3\xab"};

static void lazy_row(const void *ctx, size_t i, const char **cells, char *buf, size_t cap)
{
	const char *const *names = ctx;
	snprintf(buf, cap, "%zu", i * 1000);
	cells[0] = names[i];
	cells[1] = buf;
	/* cells[2] left unset: an empty cell */
}

/* A table whose rows are made as it renders (doc_rows) renders as the
 * same rows stored with doc_row, in every format. */
static void lazy_rows_as_stored(void **state)
{
	struct doc lazy, stored;
	(void)state;
	doc_init(&lazy);
	doc_init(&stored);
	doc_table(&lazy, 3, "lrl");
	doc_table(&stored, 3, "lrl");
	doc_row(&lazy, (const char *[]){"name", "m", "note"});
	doc_row(&stored, (const char *[]){"name", "m", "note"});
	doc_rows(&lazy, 3, lazy_row, lazy_names);
	doc_row(&lazy, (const char *[]){"no", "row", "after"}); /* ignored: the rows end the table */
	for (size_t i = 0; i < 3; i++) {
		char n[32];
		snprintf(n, sizeof n, "%zu", i * 1000);
		doc_row(&stored, (const char *[]){lazy_names[i], n, ""});
	}
	doc_add(&lazy, DOC_PARA, "after");
	doc_add(&stored, DOC_PARA, "after");
	assert_int_equal(lazy.failed, 0);
	for (int f = DOC_TEXT; f <= DOC_HTML; f++) {
		char *want = render(&stored, (enum doc_format)f);
		expect(&lazy, (enum doc_format)f, want);
		free(want);
	}
	doc_free(&lazy);
	doc_free(&stored);
}

/* The report's factor table: 'l' first and seventh columns, the rest 'r'. */
static void text_table_report_layout(void **state)
{
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_table(&d, 8, "lrrrrrlr");
	doc_row(&d, (const char *[]){"factor", "runs", "pain", "base", "pain", "diff", "95% CI", "p"});
	doc_row(&d, (const char *[]){"3+ days in a row", "3", "5.0", "4", "1.4", "3.6", "1.5 to 5.7",
				     "0.014"});
	doc_row(&d, (const char *[]){"no strength in 7 days", "4", "2.0", "5", "3.5", "-1.5",
				     "-4.1 to 1.1", "<0.001"});
	expect_text(&d,
		    "  factor                 runs  pain  base  pain  diff  95% CI            p\n"
		    "  3+ days in a row          3   5.0     4   1.4   3.6  1.5 to 5.7    0.014\n"
		    "  no strength in 7 days     4   2.0     5   3.5  -1.5  -4.1 to 1.1  <0.001\n");
	doc_free(&d);
}

/* A cell's width is its number of characters, not bytes. */
static void text_table_utf8_width(void **state)
{
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_table(&d, 3, "lrl");
	doc_row(&d, (const char *[]){"streak \u2265 3", "n", "note"});
	doc_row(&d, (const char *[]){"1", "5", "rest \u2014 yes"});
	doc_row(&d, (const char *[]){"caf\u00e9", "\u2014", "x"});
	expect_text(&d, "  streak \u2265 3  n  note\n"
			"  1           5  rest \u2014 yes\n"
			"  caf\u00e9        \u2014  x\n");
	doc_free(&d);
}

/* A line may reach column 78 exactly; a word that would pass it moves on. */
static void text_wrap_at_78(void **state)
{
	struct doc d;
	char para[512];
	(void)state;
	doc_init(&d);
	/* 2 + 11 * 6 + 10 spaces = 78: word01..word11 fill the first line. */
	words(para, sizeof para, 1, 15);
	doc_add(&d, DOC_PARA, "%s", para);
	expect_text(&d, "  word01 word02 word03 word04 word05 word06 word07 word08 word09 word10 word11\n"
			"  word12 word13 word14 word15\n");
	doc_free(&d);

	/* One more column in the eleventh word: 79, so it wraps. */
	doc_init(&d);
	words(para, sizeof para, 1, 10);
	doc_add(&d, DOC_PARA, "%s word11x end", para);
	expect_text(&d, "  word01 word02 word03 word04 word05 word06 word07 word08 word09 word10\n"
			"  word11x end\n");
	doc_free(&d);

	/* Runs of spaces collapse; a word longer than the line stands alone. */
	doc_init(&d);
	char longword[101];
	memset(longword, 'x', 100);
	longword[100] = '\0';
	doc_add(&d, DOC_PARA, "a  b   %s c", longword);
	char *got = render(&d, DOC_TEXT);
	char want[256];
	snprintf(want, sizeof want, "  a b\n  %s\n  c\n", longword);
	assert_string_equal(got, want);
	free(got);
	doc_free(&d);
}

/* "\u2014" is three bytes but one column: the line below is 78 columns
 * (84 bytes) and must not wrap; one more character and it does. */
static void text_wrap_counts_utf8_as_one_column(void **state)
{
	struct doc d;
	char para[512];
	(void)state;
	doc_init(&d);
	words(para, sizeof para, 1, 9);
	/* 2 + 9 * 6 + 8 spaces = 64; " rest \u2014 run it" is 14 columns more:
	 * 78 (80 bytes). "every" would make 84. */
	doc_add(&d, DOC_PARA, "%s rest \u2014 run it every other day", para);
	expect_text(&d, "  word01 word02 word03 word04 word05 word06 word07 word08 word09 rest \u2014 run "
			"it\n"
			"  every other day\n");
	doc_free(&d);

	doc_init(&d);
	/* 2 + 10 * 6 + 9 spaces = 71; " caf\u00e9\u2014" is 6 columns more: 77
	 * (80 bytes, which would have wrapped it); " x" would make 79. */
	words(para, sizeof para, 1, 10);
	doc_add(&d, DOC_PARA, "%s caf\u00e9\u2014 x", para);
	expect_text(&d, "  word01 word02 word03 word04 word05 word06 word07 word08 word09 word10 "
			"caf\u00e9\u2014\n"
			"  x\n");
	doc_free(&d);
}

/* Numbered items "  N. [tag] text", continued 6 columns in; the count
 * starts again after any other block. Bullets "  - ", continued 4 in. */
static void text_items(void **state)
{
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_add(&d, DOC_HEADING, "What goes with your back pain");
	doc_item(&d, 1, "strong",
		 "Runs on the third consecutive day or later hurt 2.5 points more than runs after a "
		 "rest day (95%% CI 2.0 to 3.0): rest \u2014 run every other day so the back "
		 "muscles have time to repair.");
	doc_item(&d, 1, "weak", "Runs without a meal before them hurt %.1f points more.", 0.3);
	doc_item(&d, 1, "insufficient", "Too few runs to judge yet.");
	doc_add(&d, DOC_PARA, "Note: a paragraph between lists.");
	doc_item(&d, 1, "moderate", "The count starts again.");
	doc_item(&d, 0, NULL,
		 "A bullet with enough words in it to run past the end of the first line, so that it "
		 "wraps onto a second one.");
	doc_item(&d, 0, "none", "A tagged bullet.");
	expect_text(&d,
		    "\n"
		    "What goes with your back pain\n"
		    "  1. [strong] Runs on the third consecutive day or later hurt 2.5 points more\n"
		    "      than runs after a rest day (95% CI 2.0 to 3.0): rest \u2014 run every other\n"
		    "      day so the back muscles have time to repair.\n"
		    "  2. [weak] Runs without a meal before them hurt 0.3 points more.\n"
		    "  3. [insufficient] Too few runs to judge yet.\n"
		    "  Note: a paragraph between lists.\n"
		    "  1. [moderate] The count starts again.\n"
		    "  - A bullet with enough words in it to run past the end of the first line, so\n"
		    "    that it wraps onto a second one.\n"
		    "  - [none] A tagged bullet.\n");
	doc_free(&d);
}

/* Ten items and more: "  10. " still fits the 6-column continuation. */
static void text_items_two_digit_numbers(void **state)
{
	struct doc d;
	(void)state;
	doc_init(&d);
	for (int i = 1; i <= 10; i++)
		doc_item(&d, 1, "weak", "item %d", i);
	char *got = render(&d, DOC_TEXT);
	assert_non_null(strstr(got, "\n  9. [weak] item 9\n  10. [weak] item 10\n"));
	assert_text_lines_clean(got);
	free(got);
	doc_free(&d);
}

/* The caution: a blank line, then "Caution: " with a 9-column hanging indent. */
static void text_caution_note(void **state)
{
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_add(&d, DOC_PARA, "last paragraph");
	doc_add(&d, DOC_NOTE, "runlog finds patterns in your log; it does not diagnose. Sharp pain, "
			      "or pain that lasts for days, needs a doctor or a physiotherapist.");
	expect_text(&d, "  last paragraph\n"
			"\n"
			"Caution: runlog finds patterns in your log; it does not diagnose. Sharp pain,\n"
			"         or pain that lasts for days, needs a doctor or a physiotherapist.\n");
	doc_free(&d);

	/* Three lines; the first is 78 columns (80 bytes) with its UTF-8 dash. */
	doc_init(&d);
	doc_add(&d, DOC_NOTE,
		"sixty-nine columns of text come after the word Caution and a space: \u2014 "
		"then this goes on to a second line, and on and on until it needs a third line to "
		"end.");
	expect_text(&d, "\n"
			"Caution: sixty-nine columns of text come after the word Caution and a space: \u2014\n"
			"         then this goes on to a second line, and on and on until it needs a\n"
			"         third line to end.\n");
	doc_free(&d);
}

/* ---- Markdown ------------------------------------------------------------ */

static void markdown_blocks(void **state)
{
	struct doc d;
	struct doc_figure fig = {.path = "my plots/pain by streak.png",
				 .href = "my plots/pain by streak.png",
				 .title = "Pain by consecutive running days", .fmt = PLOT_PNG};
	(void)state;
	doc_init(&d);
	doc_add(&d, DOC_TITLE, "runlog: samples/mylog.csv");
	doc_add(&d, DOC_PARA, "2025-02-03 to 2025-11-01 (272 days): 172 runs");
	doc_add(&d, DOC_HEADING, "What goes with your back pain");
	doc_item(&d, 1, "strong", "Runs hurt 2.5 points more: rest \u2014 run every other day.");
	doc_item(&d, 1, "moderate", "Runs without a meal hurt more.");
	doc_add(&d, DOC_HEADING, "Pain by consecutive running days");
	doc_table(&d, 4, "rrrl");
	doc_row(&d, (const char *[]){"days", "runs", "mean pain", "95% CI"});
	doc_row(&d, (const char *[]){"1", "74", "1.2", "0.9 to 1.4"});
	doc_row(&d, (const char *[]){"7+", "0", "-", "-"});
	doc_add(&d, DOC_PARA, "Pearson r 0.96");
	doc_add(&d, DOC_HEADING, "Charts");
	doc_figure(&d, &fig);
	doc_add(&d, DOC_NOTE, "runlog does not diagnose.");
	expect(&d, DOC_MARKDOWN,
	       "# runlog: samples/mylog.csv\n"
	       "\n"
	       "2025-02-03 to 2025-11-01 (272 days): 172 runs\n"
	       "\n"
	       "## What goes with your back pain\n"
	       "\n"
	       "1. **strong** Runs hurt 2.5 points more: rest \u2014 run every other day.\n"
	       "2. **moderate** Runs without a meal hurt more.\n"
	       "\n"
	       "## Pain by consecutive running days\n"
	       "\n"
	       "| days | runs | mean pain | 95% CI |\n"
	       "|---:|---:|---:|:---|\n"
	       "| 1 | 74 | 1.2 | 0.9 to 1.4 |\n"
	       "| 7+ | 0 | - | - |\n"
	       "\n"
	       "Pearson r 0.96\n"
	       "\n"
	       "## Charts\n"
	       "\n"
	       "![Pain by consecutive running days](my%20plots/pain%20by%20streak.png)\n"
	       "\n"
	       "> **Caution:** runlog does not diagnose.\n");
	doc_free(&d);
}

/* '|' in a cell is escaped and a newline becomes a space; 'l' columns get
 * ":---", 'r' columns "---:". */
static void markdown_table_cells(void **state)
{
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_table(&d, 3, "lrl");
	doc_row(&d, (const char *[]){"factor", "p", "note"});
	doc_row(&d, (const char *[]){"a|b", "<0.001", "two\nlines"});
	doc_row(&d, (const char *[]){"x_y*z", "", NULL});
	expect(&d, DOC_MARKDOWN,
	       "| factor | p | note |\n"
	       "|:---|---:|:---|\n"
	       "| a\\|b | \\<0.001 | two\\\\x0Alines |\n"
	       "| x\\_y\\*z |  |  |\n"
	       "\n");
	doc_free(&d);
}

/* Markdown's metacharacters are escaped in every kind of text, a '|'
 * outside a table too (a paragraph can turn into a table); a newline is
 * shown as \x0A, so that text from the log cannot start a block. */
static void markdown_escapes(void **state)
{
	struct doc d;
	struct doc_figure fig = {.path = "p", .href = "a (1)/b<c>%d.png", .title = "[x] *y*"};
	(void)state;
	doc_init(&d);
	doc_add(&d, DOC_TITLE, "runlog: my_log*.csv");
	doc_add(&d, DOC_HEADING, "#1 `code` [link] <b>");
	doc_add(&d, DOC_PARA, "a\\b _c_ *d* a|b p <0.001\nnext line");
	doc_item(&d, 0, "we_ak", "bullet [x]");
	doc_figure(&d, &fig);
	doc_add(&d, DOC_NOTE, "see a *doctor*");
	expect(&d, DOC_MARKDOWN,
	       "# runlog: my\\_log\\*.csv\n"
	       "\n"
	       "## \\#1 \\`code\\` \\[link\\] \\<b\\>\n"
	       "\n"
	       "a\\\\b \\_c\\_ \\*d\\* a\\|b p \\<0.001\\\\x0Anext line\n"
	       "\n"
	       "- **we\\_ak** bullet \\[x\\]\n"
	       "\n"
	       "![\\[x\\] \\*y\\*](a%20%281%29/b%3Cc%3E%25d.png)\n"
	       "\n"
	       "> **Caution:** see a \\*doctor\\*\n");
	doc_free(&d);
}

/* A list is followed by a blank line, also at the end of the document;
 * numbering runs on within a list and starts again after it. */
static void markdown_lists_end_with_blank_line(void **state)
{
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_item(&d, 1, NULL, "one");
	doc_item(&d, 1, NULL, "two");
	doc_add(&d, DOC_PARA, "between");
	doc_item(&d, 1, "weak", "again");
	doc_item(&d, 0, NULL, "dash");
	expect(&d, DOC_MARKDOWN,
	       "1. one\n"
	       "2. two\n"
	       "\n"
	       "between\n"
	       "\n"
	       "1. **weak** again\n"
	       "- dash\n"
	       "\n");
	doc_free(&d);
}

/* ---- HTML ---------------------------------------------------------------- */

static const char html_head[] = "<!DOCTYPE html>\n"
				"<html lang=\"en\">\n"
				"<head>\n"
				"<meta charset=\"utf-8\">\n"
				"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
				"<title>";

/* The part of an HTML page after </head>. */
static const char *html_body(const char *page)
{
	const char *b = strstr(page, "</head>\n<body>\n");
	assert_non_null(b);
	return b + strlen("</head>\n<body>\n");
}

/* Nothing that would fetch from the network: no scripts, stylesheets,
 * remote images or iframes, and "http" only in an xmlns attribute's value. */
static void assert_self_contained(const char *page)
{
	assert_null(strstr(page, "<script"));
	assert_null(strstr(page, "<link"));
	assert_null(strstr(page, "<iframe"));
	assert_null(strstr(page, "@import"));
	assert_null(strstr(page, "url("));
	assert_null(strstr(page, "src=\"http"));
	assert_null(strstr(page, "href=\"http"));
	assert_null(strstr(page, "//www.w3.org/Graphics"));
	for (const char *p = page; (p = strstr(p, "http")) != NULL; p++) {
		const char *q = p;
		if (q - page < 8 || q[-1] != '"' || q[-2] != '=')
			fail_msg("'http' outside an attribute at offset %zu", (size_t)(p - page));
		q -= 2;
		while (q > page && (q[-1] == ':' || (q[-1] >= 'a' && q[-1] <= 'z')))
			q--;
		if (strncmp(q, "xmlns", 5) != 0 || q[-1] != ' ')
			fail_msg("'http' outside an xmlns attribute at offset %zu: %.40s",
				 (size_t)(p - page), q);
	}
}

static void html_page_and_escaping(void **state)
{
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_add(&d, DOC_TITLE, "runlog: R&D <log> \"x\".csv");
	doc_add(&d, DOC_PARA, "a & b < c > d \"e\" \u2014 caf\u00e9\nsecond line");
	doc_add(&d, DOC_HEADING, "Pain & <meals>");
	doc_item(&d, 1, "strong", "eat & <rest>");
	doc_item(&d, 1, "weak", "second");
	doc_item(&d, 0, NULL, "bullet");
	doc_add(&d, DOC_PARA, "after");
	doc_table(&d, 3, "lrl");
	doc_row(&d, (const char *[]){"factor", "p", "95% CI"});
	doc_row(&d, (const char *[]){"a<b", "<0.001", "-1 & 2"});
	doc_add(&d, DOC_NOTE, "see a \"doctor\" & rest");
	char *got = render(&d, DOC_HTML);
	assert_int_equal(strncmp(got, html_head, strlen(html_head)), 0);
	static const char title[] = "runlog: R&amp;D &lt;log&gt; &quot;x&quot;.csv</title>\n<style>\n";
	assert_int_equal(strncmp(got + strlen(html_head), title, strlen(title)), 0);
	assert_string_equal(
		html_body(got),
		"<h1>runlog: R&amp;D &lt;log&gt; &quot;x&quot;.csv</h1>\n"
		"<p>a &amp; b &lt; c &gt; d &quot;e&quot; \u2014 caf\u00e9\\x0Asecond line</p>\n"
		"<h2>Pain &amp; &lt;meals&gt;</h2>\n"
		"<ol>\n"
		"<li><span class=\"tag tag-strong\">strong</span>eat &amp; &lt;rest&gt;</li>\n"
		"<li><span class=\"tag tag-weak\">weak</span>second</li>\n"
		"</ol>\n"
		"<ul>\n"
		"<li>bullet</li>\n"
		"</ul>\n"
		"<p>after</p>\n"
		"<div class=\"scroll\"><table>\n"
		"<tr><th>factor</th><th class=\"r\">p</th><th>95% CI</th></tr>\n"
		"<tr><td>a&lt;b</td><td class=\"r\">&lt;0.001</td><td>-1 &amp; 2</td></tr>\n"
		"</table></div>\n"
		"<p class=\"note\"><strong>Caution:</strong> see a &quot;doctor&quot; &amp; rest</p>\n"
		"</body>\n"
		"</html>\n");
	assert_self_contained(got);
	free(got);
	doc_free(&d);
}

/* A table of 5 columns or more stacks its rows on a narrow screen: its box
 * says so and each data cell carries its column's head (escaped; none for
 * an empty head), which the narrow style shows; a table of 4 stays a table
 * whose cells may wrap there. */
static void html_wide_table_stacks(void **state)
{
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_table(&d, 5, "lrlll");
	doc_row(&d, (const char *[]){"", "a&b", "c", "d", "e"});
	doc_row(&d, (const char *[]){"x", "1", "2", "3", "4"});
	doc_table(&d, 4, "llll");
	doc_row(&d, (const char *[]){"f", "g", "h", "i"});
	doc_row(&d, (const char *[]){"5", "6", "7", "8"});
	char *got = render(&d, DOC_HTML);
	assert_string_equal(
		html_body(got),
		"<div class=\"scroll stack\"><table>\n"
		"<tr><th></th><th class=\"r\">a&amp;b</th><th>c</th><th>d</th><th>e</th></tr>\n"
		"<tr><td>x</td><td data-label=\"a&amp;b\" class=\"r\">1</td><td data-label=\"c\">2</td>"
		"<td data-label=\"d\">3</td><td data-label=\"e\">4</td></tr>\n"
		"</table></div>\n"
		"<div class=\"scroll\"><table>\n"
		"<tr><th>f</th><th>g</th><th>h</th><th>i</th></tr>\n"
		"<tr><td>5</td><td>6</td><td>7</td><td>8</td></tr>\n"
		"</table></div>\n"
		"</body>\n"
		"</html>\n");
	assert_non_null(strstr(got, "@media screen and (max-width:768px){"));
	assert_non_null(strstr(got, "td{white-space:normal}\n.stack table,.stack tbody,.stack tr,"
				    ".stack td{display:block}.stack tr:first-child{display:none}\n"));
	assert_non_null(strstr(got, ".stack td::before{content:attr(data-label)"));
	free(got);
	doc_free(&d);
}

/* Without a title block the page is called "runlog report"; an open list
 * is closed at the end. */
static void html_default_title_and_open_list(void **state)
{
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_item(&d, 0, NULL, "only");
	char *got = render(&d, DOC_HTML);
	assert_non_null(strstr(got, "<title>runlog report</title>\n"));
	assert_string_equal(html_body(got), "<ul>\n<li>only</li>\n</ul>\n</body>\n</html>\n");
	free(got);
	doc_free(&d);
}

/* The <img> of a PNG figure holding bytes [data, data + len). */
static char *png_figure(const char *data, size_t len)
{
	struct doc d;
	struct doc_figure fig = {.path = "p.png", .href = "p.png", .title = "A & B", .fmt = PLOT_PNG,
				 .data = data, .len = len, .w = 3, .h = 2};
	doc_init(&d);
	doc_figure(&d, &fig);
	char *got = render(&d, DOC_HTML);
	doc_free(&d);
	const char *b = html_body(got);
	const char *end = strstr(b, "</body>");
	assert_non_null(end);
	char *fig_html = strndup(b, (size_t)(end - b));
	free(got);
	return fig_html;
}

static void expect_png_base64(const char *data, size_t len, const char *b64)
{
	char want[512];
	snprintf(want, sizeof want,
		 "<figure><img width=\"3\" height=\"2\" alt=\"A &amp; B\" "
		 "src=\"data:image/png;base64,%s\"><figcaption>A &amp; B</figcaption></figure>\n",
		 b64);
	char *got = png_figure(data, len);
	assert_string_equal(got, want);
	free(got);
}

/* RFC 4648 section 10 vectors, the classic "Man", and bytes that use the
 * top of the alphabet, NUL and 0xff. */
static void html_png_base64(void **state)
{
	(void)state;
	expect_png_base64("M", 1, "TQ==");
	expect_png_base64("Ma", 2, "TWE=");
	expect_png_base64("Man", 3, "TWFu");
	expect_png_base64("", 0, "");
	expect_png_base64("f", 1, "Zg==");
	expect_png_base64("fo", 2, "Zm8=");
	expect_png_base64("foo", 3, "Zm9v");
	expect_png_base64("foob", 4, "Zm9vYg==");
	expect_png_base64("fooba", 5, "Zm9vYmE=");
	expect_png_base64("foobar", 6, "Zm9vYmFy");
	expect_png_base64("\xfb\xff\xbf", 3, "+/+/");
	expect_png_base64("\xff\xfe\xfd\xfc", 4, "//79/A==");
	expect_png_base64("\0\0", 2, "AAA=");
	expect_png_base64("\x89PNG\r\n\x1a\n", 8, "iVBORw0KGgo=");
	expect_png_base64("Many hands make light work.", 27, "TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu");
}

/* A figure with no bytes (not drawn) is only its caption. */
static void html_figure_without_data(void **state)
{
	struct doc d;
	struct doc_figure fig = {.path = "p.png", .href = "p.png", .title = "T", .fmt = PLOT_PNG};
	(void)state;
	doc_init(&d);
	doc_figure(&d, &fig);
	char *got = render(&d, DOC_HTML);
	assert_string_equal(html_body(got),
			    "<figure><figcaption>T</figcaption></figure>\n</body>\n</html>\n");
	free(got);
	doc_free(&d);
}

/* The prolog and doctype libplot writes before <svg>. */
#define SVG_PROLOG                                                                             \
	"<?xml version=\"1.0\" encoding=\"ISO-8859-1\" standalone=\"no\"?>\n"                  \
	"<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "                                    \
	"\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"

#define SVG_BODY(text)                                                                         \
	"<svg version=\"1.1\" id=\"body\" width=\"1200\" height=\"750\" "                      \
	"xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n" \
	"<title>SVG drawing</title>\n"                                                         \
	"<rect id=\"background\" x=\"0\"/>\n"                                                  \
	"<g id=\"content\"><text>" text "</text></g>\n"                                        \
	"</svg>\n"

/* SVG figures are inlined: the prolog dropped, role and label added, and
 * every id prefixed with the figure's number so two charts never clash. */
static void html_svg_inline(void **state)
{
	static const char svg1[] = SVG_PROLOG SVG_BODY("one");
	static const char svg2[] = SVG_PROLOG SVG_BODY("two &amp; three");
	struct doc_figure f1 = {.path = "a.svg", .href = "a.svg", .title = "Pain & \"days\"",
				.fmt = PLOT_SVG, .data = svg1, .len = sizeof svg1 - 1, .w = 1200,
				.h = 750};
	struct doc_figure f2 = {.path = "b.svg", .href = "b.svg", .title = "Weekly",
				.fmt = PLOT_SVG, .data = svg2, .len = sizeof svg2 - 1, .w = 600,
				.h = 400};
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_add(&d, DOC_HEADING, "Charts");
	doc_figure(&d, &f1);
	doc_figure(&d, &f2);
	char *got = render(&d, DOC_HTML);
	assert_string_equal(
		html_body(got),
		"<h2>Charts</h2>\n"
		"<figure><svg role=\"img\" aria-label=\"Pain &amp; &quot;days&quot;\" "
		"style=\"aspect-ratio:1200/750\" version=\"1.1\" id=\"fig1-body\" width=\"1200\" "
		"height=\"750\" xmlns=\"http://www.w3.org/2000/svg\" "
		"xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
		"<rect id=\"fig1-background\" x=\"0\"/>\n"
		"<g id=\"fig1-content\"><text>one</text></g>\n"
		"</svg>\n"
		"<figcaption>Pain &amp; &quot;days&quot;</figcaption></figure>\n"
		"<figure><svg role=\"img\" aria-label=\"Weekly\" style=\"aspect-ratio:600/400\" "
		"version=\"1.1\" id=\"fig2-body\" width=\"1200\" height=\"750\" "
		"xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
		"<rect id=\"fig2-background\" x=\"0\"/>\n"
		"<g id=\"fig2-content\"><text>two &amp; three</text></g>\n"
		"</svg>\n"
		"<figcaption>Weekly</figcaption></figure>\n"
		"</body>\n"
		"</html>\n");
	assert_null(strstr(got, "<?xml"));
	assert_null(strstr(got, "<!DOCTYPE svg"));
	/* libplot's own title would show as a tooltip on every chart. */
	assert_null(strstr(got, "SVG drawing"));
	assert_null(strstr(got, "id=\"body\""));
	assert_self_contained(got);
	free(got);
	doc_free(&d);
}

/* A figure with a narrow layout: both inline, the full one in class wide
 * and the narrow one in class narrow with its own ids ("fig1n-") and
 * aspect, and the page's style swaps them on a screen of
 * DOC_NARROW_SCREEN pixels or less. A narrow layout without an <svg> is
 * left out, and the full one then has no class. */
static void html_svg_narrow(void **state)
{
	static const char wide[] = SVG_PROLOG SVG_BODY("wide");
	static const char narrow[] = SVG_PROLOG SVG_BODY("narrow");
	struct doc_figure f = {.path = "a.png", .href = "a.png", .title = "T", .fmt = PLOT_SVG,
			       .data = wide, .len = sizeof wide - 1, .w = 1200, .h = 750,
			       .narrow = narrow, .narrow_len = sizeof narrow - 1, .narrow_w = 600,
			       .narrow_h = 400};
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_figure(&d, &f);
	char *got = render(&d, DOC_HTML);
	assert_string_equal(
		html_body(got),
		"<figure><svg class=\"wide\" role=\"img\" aria-label=\"T\" "
		"style=\"aspect-ratio:1200/750\" version=\"1.1\" id=\"fig1-body\" width=\"1200\" "
		"height=\"750\" xmlns=\"http://www.w3.org/2000/svg\" "
		"xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
		"<rect id=\"fig1-background\" x=\"0\"/>\n"
		"<g id=\"fig1-content\"><text>wide</text></g>\n"
		"</svg>\n"
		"<svg class=\"narrow\" role=\"img\" aria-label=\"T\" "
		"style=\"aspect-ratio:600/400\" version=\"1.1\" id=\"fig1n-body\" width=\"1200\" "
		"height=\"750\" xmlns=\"http://www.w3.org/2000/svg\" "
		"xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
		"<rect id=\"fig1n-background\" x=\"0\"/>\n"
		"<g id=\"fig1n-content\"><text>narrow</text></g>\n"
		"</svg>\n"
		"<figcaption>T</figcaption></figure>\n"
		"</body>\n"
		"</html>\n");
	assert_non_null(strstr(got, "figure .narrow{display:none}\n"));
	assert_non_null(strstr(got, "@media screen and (max-width:768px){figure .wide{display:none}"
				    "figure .narrow{display:block}\n"));
	free(got);
	doc_free(&d);

	f.narrow = "<not-svg/>";
	f.narrow_len = strlen(f.narrow);
	doc_init(&d);
	doc_figure(&d, &f);
	got = render(&d, DOC_HTML);
	assert_non_null(strstr(got, "<figure><svg role=\"img\" aria-label=\"T\" "));
	assert_null(strstr(got, "class=\"wide\""));
	assert_null(strstr(got, "not-svg"));
	free(got);
	doc_free(&d);
}

/* Bytes that hold no <svg> element are left out; only the caption stays. */
static void html_svg_without_svg_element(void **state)
{
	static const char junk[] = "<?xml version=\"1.0\"?>\n<not-svg/>";
	struct doc_figure f = {.path = "a.svg", .href = "a.svg", .title = "T", .fmt = PLOT_SVG,
			       .data = junk, .len = sizeof junk - 1, .w = 1, .h = 1};
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_figure(&d, &f);
	char *got = render(&d, DOC_HTML);
	assert_string_equal(html_body(got),
			    "<figure><figcaption>T</figcaption></figure>\n</body>\n</html>\n");
	free(got);
	doc_free(&d);
}

/* PNG and SVG figures together: one self-contained page. */
static void html_self_contained_with_figures(void **state)
{
	static const char svg[] = SVG_PROLOG SVG_BODY("x");
	struct doc_figure f1 = {.path = "a.png", .href = "a.png", .title = "a", .fmt = PLOT_PNG,
				.data = "\x89PNG", .len = 4, .w = 4, .h = 3};
	struct doc_figure f2 = {.path = "b.svg", .href = "b.svg", .title = "b", .fmt = PLOT_SVG,
				.data = svg, .len = sizeof svg - 1, .w = 4, .h = 3};
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_add(&d, DOC_TITLE, "runlog: http.csv");
	doc_figure(&d, &f1);
	doc_figure(&d, &f2);
	char *got = render(&d, DOC_HTML);
	assert_non_null(strstr(got, "src=\"data:image/png;base64,iVBORw==\""));
	assert_non_null(strstr(got, "<svg role=\"img\" aria-label=\"b\""));
	/* The numbering counts every figure, PNG ones too. */
	assert_non_null(strstr(got, "id=\"fig2-body\""));
	/* The title's "http" is page text, so check only the figures. */
	assert_self_contained(strstr(got, "<figure>"));
	free(got);
	doc_free(&d);
}

/* ---- doc_render ---------------------------------------------------------- */

/* An incomplete doc renders nothing in any format and returns -1. */
static void render_fails_when_doc_failed(void **state)
{
	static const enum doc_format fmts[] = {DOC_TEXT, DOC_MARKDOWN, DOC_HTML};
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_add(&d, DOC_TITLE, "runlog: x");
	doc_add(&d, DOC_PARA, "text");
	d.failed = 1;
	for (size_t i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
		char *buf = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&buf, &len);
		assert_non_null(f);
		assert_int_equal(doc_render(f, &d, fmts[i]), -1);
		assert_int_equal(fclose(f), 0);
		assert_int_equal(len, 0);
		free(buf);
	}
	/* A failed doc takes no more blocks. */
	doc_add(&d, DOC_PARA, "more");
	doc_item(&d, 1, "weak", "more");
	doc_table(&d, 1, "l");
	assert_int_equal(d.n, 2);
	doc_free(&d);
	assert_int_equal(d.failed, 0);
}

/* A stream that cannot be written makes doc_render return -1. */
static void render_fails_on_stream_error(void **state)
{
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_add(&d, DOC_TITLE, "runlog: x");
	for (int fmt = DOC_TEXT; fmt <= DOC_HTML; fmt++) {
		FILE *f = fopen("/dev/null", "r");
		assert_non_null(f);
		assert_int_equal(doc_render(f, &d, (enum doc_format)fmt), -1);
		fclose(f);
	}
	/* And an empty doc on a good stream is fine. */
	doc_free(&d);
	doc_init(&d);
	expect(&d, DOC_TEXT, "");
	expect(&d, DOC_MARKDOWN, "");
	doc_free(&d);
}

/* doc_row adds to the last block only when it is a table; a NULL cell is
 * empty. */
static void rows_go_to_the_last_table(void **state)
{
	struct doc d;
	(void)state;
	doc_init(&d);
	doc_row(&d, (const char *[]){"ignored"}); /* no table yet */
	assert_int_equal(d.n, 0);
	doc_table(&d, 2, "lr");
	doc_row(&d, (const char *[]){"a", NULL});
	doc_add(&d, DOC_PARA, "p");
	doc_row(&d, (const char *[]){"ignored", "too"}); /* last block is a paragraph */
	assert_int_equal(d.n, 2);
	assert_int_equal(d.b[0].rows, 1);
	assert_string_equal(d.b[0].cell[1], "");
	assert_int_equal(d.failed, 0);
	doc_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_title_heading_para_figure),
		cmocka_unit_test(text_table_alignment),
		cmocka_unit_test(text_table_report_layout),
		cmocka_unit_test(text_table_utf8_width),
		cmocka_unit_test(text_wrap_at_78),
		cmocka_unit_test(text_wrap_counts_utf8_as_one_column),
		cmocka_unit_test(text_items),
		cmocka_unit_test(text_items_two_digit_numbers),
		cmocka_unit_test(text_caution_note),
		cmocka_unit_test(markdown_blocks),
		cmocka_unit_test(markdown_table_cells),
		cmocka_unit_test(markdown_escapes),
		cmocka_unit_test(markdown_lists_end_with_blank_line),
		cmocka_unit_test(html_page_and_escaping),
		cmocka_unit_test(lazy_rows_as_stored),
		cmocka_unit_test(html_wide_table_stacks),
		cmocka_unit_test(html_default_title_and_open_list),
		cmocka_unit_test(html_png_base64),
		cmocka_unit_test(html_figure_without_data),
		cmocka_unit_test(html_svg_inline),
		cmocka_unit_test(html_svg_narrow),
		cmocka_unit_test(html_svg_without_svg_element),
		cmocka_unit_test(html_self_contained_with_figures),
		cmocka_unit_test(render_fails_when_doc_failed),
		cmocka_unit_test(render_fails_on_stream_error),
		cmocka_unit_test(rows_go_to_the_last_table),
	};
	return cmocka_run_group_tests_name("doc", tests, NULL, NULL);
}
