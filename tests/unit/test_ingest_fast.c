/* The fast path of the CSV read (src/ingest_fast.c) against libcsv: every
 * line it takes, it cuts into the fields libcsv gives, on lines made of
 * the bytes that matter to a CSV parser and on the hand-made edge cases. */
#include "testutil.h"

#include <csv.h>
#include <string.h>

#include "../../src/ingest_fast.h"

/* What libcsv made of one line. */
struct got {
	char field[64][64];
	size_t len[64];
	size_t n, rows;
};

static void on_field(void *s, size_t len, void *data)
{
	struct got *g = data;
	if (g->n < 64 && len < 64) {
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

/* 1 when the fast path took the line (and then agreed with libcsv). */
static int check_line(const char *p, size_t n, unsigned char sep)
{
	struct ingest_fields f;
	struct got g;
	if (!ingest_fast_split(p, n, sep, &f))
		return 0;
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

/* A line of up to 14 bytes drawn from those that steer a CSV parser, then
 * its terminator; xorshift, so every run checks the same lines. */
static size_t random_line(uint64_t *x, char *buf, unsigned char sep)
{
	static const char bytes[] = {'a', 'b', ' ', '\t', ',', ';', '"', '"', ',', 'a'};
	size_t n = 0;
	*x ^= *x << 13, *x ^= *x >> 7, *x ^= *x << 17;
	size_t len = *x % 15;
	for (size_t i = 0; i < len; i++) {
		*x ^= *x << 13, *x ^= *x >> 7, *x ^= *x << 17;
		char c = bytes[*x % sizeof bytes];
		buf[n++] = c == ';' ? (char)sep : c;
	}
	static const char *const ends[] = {"\n", "\r\n", "\r"};
	const char *end = ends[*x >> 32 & 1 ? 0 : *x >> 33 & 1 ? 1 : 2];
	memcpy(buf + n, end, strlen(end));
	return n + strlen(end);
}

static void random_lines(void **state)
{
	(void)state;
	static const unsigned char seps[] = {',', ';', '\t'};
	uint64_t x = 88172645463325252ULL;
	for (size_t s = 0; s < 3; s++) {
		size_t taken = 0, lines = 200000;
		for (size_t i = 0; i < lines; i++) {
			char buf[32];
			size_t n = random_line(&x, buf, seps[s]);
			taken += (size_t)check_line(buf, n, seps[s]);
		}
		/* Not a vacuous check: many lines are plain, many are not. */
		assert_true(taken > lines / 10);
		assert_true(taken < lines * 9 / 10);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(edge_cases),
		cmocka_unit_test(random_lines),
	};
	return cmocka_run_group_tests_name("ingest_fast", tests, NULL, NULL);
}
