/* The fast path of the CSV read (src/ingest_fast.c) against libcsv: every
 * line it takes, it cuts into the fields libcsv gives, on lines made of
 * the bytes that matter to a CSV parser and on the hand-made edge cases;
 * short lines, and long ones whose quotes, separators and blanks fall on
 * either side of the 64-byte blocks it reads. The same file built with
 * its byte loop (INGEST_FAST_PORTABLE, included below under another name)
 * must take the same lines and give the same fields. */
#include "testutil.h"

#include <csv.h>
#include <string.h>

#include "../../src/ingest_fast.h"

int ingest_fast_split_portable(const char *p, size_t n, unsigned char sep, struct ingest_fields *f);
#define INGEST_FAST_PORTABLE 1
#define ingest_fast_split ingest_fast_split_portable
#include "../../src/ingest_fast.c"
#undef ingest_fast_split

#define MAX_FIELDS 256 /* a line of the tests has fewer */
#define MAX_FIELD 256  /* bytes in a field */

/* What libcsv made of one line. */
struct got {
	char field[MAX_FIELDS][MAX_FIELD];
	size_t len[MAX_FIELDS];
	size_t n, rows;
};

static void on_field(void *s, size_t len, void *data)
{
	struct got *g = data;
	assert_true(g->n < MAX_FIELDS && len < MAX_FIELD);
	{
		memcpy(g->field[g->n], s, len);
		g->len[g->n] = len;
	}
	g->n++;
}

static void on_row(int c, void *data)
{
	(void)c;
	((struct got *)data)->rows++;
}

/* libcsv on the line alone, with the reader's options (none, and the
 * separator): 0, or -1 when it failed. */
static int libcsv_line(const char *p, size_t n, unsigned char sep, struct got *g)
{
	struct csv_parser csv;
	memset(g, 0, sizeof *g);
	assert_int_equal(csv_init(&csv, 0), 0);
	csv_set_delim(&csv, sep);
	int rc = csv_parse(&csv, p, n, on_field, on_row, g) == n ? 0 : -1;
	csv_free(&csv);
	return rc;
}

/* The portable build on the same line: the same answer and fields. */
static void check_portable(const char *p, size_t n, unsigned char sep, int taken, const struct ingest_fields *f)
{
	struct ingest_fields g;
	int also = ingest_fast_split_portable(p, n, sep, &g);
	if (also != taken || (taken && g.n != f->n))
		fail_msg("line '%.*s': fast %d (%zu fields), portable %d (%zu fields)", (int)n, p, taken,
			 taken ? f->n : 0, also, also ? g.n : 0);
	for (size_t i = 0; taken && i < f->n; i++)
		if (g.at[i] != f->at[i] || g.len[i] != f->len[i])
			fail_msg("line '%.*s' field %zu: the portable build cuts it otherwise", (int)n, p, i + 1);
}

/* 1 when the fast path took the line (and then agreed with libcsv). */
static int check_line(const char *p, size_t n, unsigned char sep)
{
	static struct got g;
	struct ingest_fields f;
	int taken = ingest_fast_split(p, n, sep, &f);
	check_portable(p, n, sep, taken, &f);
	if (!taken)
		return 0;
	size_t end = n - (n >= 2 && p[n - 2] == '\r' && p[n - 1] == '\n' ? 2 : 1);
	if (f.text != end)
		fail_msg("line '%.*s': text of %zu bytes, not %zu", (int)n, p, f.text, end);
	assert_int_equal(libcsv_line(p, n, sep, &g), 0);
	if (g.rows != 1 || g.n != f.n)
		fail_msg("line '%.*s': libcsv %zu rows %zu fields, fast %zu fields", (int)n, p, g.rows, g.n, f.n);
	for (size_t i = 0; i < f.n; i++)
		if (f.len[i] != g.len[i] || memcmp(f.at[i], g.field[i], f.len[i]) != 0)
			fail_msg("line '%.*s' field %zu: libcsv '%.*s', fast '%.*s'", (int)n, p, i + 1,
				 (int)g.len[i], g.field[i], (int)f.len[i], f.at[i]);
	return 1;
}

static void edge_cases(void **state)
{
	(void)state;
	static const struct {
		const char *line;
		int taken;
		size_t fields;
	} cases[] = {
		/* 63 'a's then the end, a blank, a quote or a separator at byte 63 or 64. */
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n", 1, 1},
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \n", 0, 0},
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, b\n", 0, 0},
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,\"b,\"\n", 1, 2},
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,\"\",b\n", 1, 3},
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,\"\"b\n", 0, 0},
		{"\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,b\"\n", 1, 1},
		{"\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,b\n", 0, 0},
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,\n", 1, 2},
		{"a,b,c\n", 1, 3},          {"a,\"b,c\",d\n", 1, 3}, {"a,b,\n", 1, 3},
		{"\"\",\"\"\r\n", 1, 2},    {"x\r", 1, 1},           {",\n", 1, 2},
		{"\"x\"\"y\"\n", 0, 0},     {" a\n", 0, 0},          {"a ,b\n", 0, 0},
		{"a,\"b\" ,c\n", 0, 0},     {"a,b\"c\n", 0, 0},      {"\"open\n", 0, 0},
		{"\n", 0, 0},               {"\r\n", 0, 0},          {"a,b", 0, 0},
		{"a, \"b\"\n", 0, 0},       {"\"a\"b\n", 0, 0},      {"\t\n", 0, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *p = cases[i].line;
		struct ingest_fields f;
		int taken = ingest_fast_split(p, strlen(p), ',', &f);
		if (taken != cases[i].taken || (taken && f.n != cases[i].fields))
			fail_msg("case %zu '%s': taken %d (%zu fields)", i, p, taken, taken ? f.n : 0);
		check_line(p, strlen(p), ',');
	}
}

/* A line of up to max - 1 bytes drawn from those that steer a CSV parser
 * (mostly 'a' when long, so that many long lines are plain), then its
 * terminator; xorshift, so every run checks the same lines. */
static size_t random_line(uint64_t *x, char *buf, size_t max, unsigned char sep)
{
	static const char bytes[] = {'a', 'b', ' ', '\t', ',', ';', '"', '"', ',', 'a'};
	size_t n = 0;
	*x ^= *x << 13, *x ^= *x >> 7, *x ^= *x << 17;
	size_t len = *x % max, plain = max > 15 ? 12 : 0; /* of every 16 bytes, this many 'a's */
	for (size_t i = 0; i < len; i++) {
		*x ^= *x << 13, *x ^= *x >> 7, *x ^= *x << 17;
		char c = *x % 16 < plain ? 'a' : bytes[(*x >> 8) % sizeof bytes];
		buf[n++] = c == ';' ? (char)sep : c;
	}
	static const char *const ends[] = {"\n", "\r\n", "\r"};
	const char *end = ends[*x >> 32 & 1 ? 0 : *x >> 33 & 1 ? 1 : 2];
	memcpy(buf + n, end, strlen(end));
	return n + strlen(end);
}

/* lines random lines of up to max - 1 bytes on each separator: a share of
 * them plain, a share not, so the check is not vacuous. */
static void random_lines_of(size_t max, size_t lines)
{
	static const unsigned char seps[] = {',', ';', '\t'};
	uint64_t x = 88172645463325252ULL;
	for (size_t s = 0; s < 3; s++) {
		size_t taken = 0;
		for (size_t i = 0; i < lines; i++) {
			char buf[256];
			size_t n = random_line(&x, buf, max, seps[s]);
			taken += (size_t)check_line(buf, n, seps[s]);
		}
		assert_true(taken > lines / 20);
		assert_true(taken < lines * 9 / 10);
	}
}

static void random_lines(void **state)
{
	(void)state;
	random_lines_of(15, 200000);
}

/* Lines up to 200 bytes: three 64-byte blocks and a part. */
static void random_long_lines(void **state)
{
	(void)state;
	random_lines_of(200, 100000);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(edge_cases),
		cmocka_unit_test(random_lines),
		cmocka_unit_test(random_long_lines),
	};
	return cmocka_run_group_tests_name("ingest_fast", tests, NULL, NULL);
}
