/* The hash that finds copied rows (src/ingest_hash.c): a record's bytes
 * hash alike however the reader gets them, cut into pieces anywhere, with
 * any line ending; and bytes that differ hash otherwise. */
#include "testutil.h"

#include <string.h>

#include "../../src/ingest_hash.h"

static uint32_t whole(const char *s, size_t n)
{
	struct ingest_hash h;
	ingest_hash_start(&h);
	ingest_hash_add(&h, s, n);
	return ingest_hash_end(&h);
}

/* s[0..n) added in pieces cut after the bytes whose bit is set in cuts. */
static uint32_t in_pieces(const char *s, size_t n, uint64_t cuts)
{
	struct ingest_hash h;
	ingest_hash_start(&h);
	size_t from = 0;
	for (size_t i = 0; i < n; i++)
		if (i + 1 == n || (i < 64 && cuts >> i & 1)) {
			ingest_hash_add(&h, s + from, i + 1 - from);
			from = i + 1;
		}
	return ingest_hash_end(&h);
}

/* Every length from 0 to 40, cut at random places: the same hash. */
static void pieces_hash_as_whole(void **state)
{
	(void)state;
	char s[41];
	uint64_t x = 88172645463325252ULL;
	for (size_t i = 0; i < sizeof s; i++)
		s[i] = (char)('a' + i * 7 % 26);
	for (size_t n = 0; n <= 40; n++)
		for (int k = 0; k < 200; k++) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			assert_int_equal(in_pieces(s, n, x), whole(s, n));
		}
}

/* One byte more, less or changed anywhere: another hash. */
static void bytes_that_differ(void **state)
{
	(void)state;
	char s[40], t[40];
	for (size_t i = 0; i < sizeof s; i++)
		s[i] = (char)('a' + i % 26);
	for (size_t n = 1; n <= sizeof s; n++) {
		assert_int_not_equal(whole(s, n), whole(s, n - 1));
		for (size_t i = 0; i < n; i++) {
			memcpy(t, s, n);
			t[i] ^= 1;
			assert_int_not_equal(whole(t, n), whole(s, n));
		}
	}
	/* Zero bytes count: "a" and "a\0" differ. */
	assert_int_not_equal(whole("a\0", 2), whole("a", 1));
}

/* A record fed as the reader feeds it: physical lines, the last one's
 * end not part of it; a line end inside it is one '\n' whatever it was,
 * and a CRLF cut between two reads is one line end. */
static uint32_t record(const char *const *pieces, size_t n)
{
	struct ingest_hash h;
	ingest_hash_start(&h);
	for (size_t i = 0; i < n; i++)
		ingest_hash_piece(&h, pieces[i], strlen(pieces[i]));
	return ingest_hash_end(&h);
}

static void line_ends(void **state)
{
	(void)state;
	const char *lf[] = {"a,\"x\n"}, *lf_end[] = {"a,\"x\n", "y\"\n"};
	const char *crlf_end[] = {"a,\"x\r\n", "y\"\r\n"}, *cr_end[] = {"a,\"x\r", "y\"\r"};
	const char *split_crlf[] = {"a,\"x\r", "\n", "y\"\r", "\n"};
	const char *cut[] = {"a,\"", "x\n", "y", "\"\n"};
	const char *blank_line[] = {"a,\"x\n", "\n", "y\"\n"};
	uint32_t want = whole("a,\"x\ny\"", 7);
	assert_int_equal(record(lf, 1), whole("a,\"x", 4));
	assert_int_equal(record(lf_end, 2), want);
	assert_int_equal(record(crlf_end, 2), want);
	assert_int_equal(record(cr_end, 2), want);
	assert_int_equal(record(split_crlf, 4), want);
	assert_int_equal(record(cut, 4), want);
	/* An empty line inside a quoted field is a line end of its own. */
	assert_int_equal(record(blank_line, 3), whole("a,\"x\n\ny\"", 8));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pieces_hash_as_whole),
		cmocka_unit_test(bytes_that_differ),
		cmocka_unit_test(line_ends),
	};
	return cmocka_run_group_tests_name("ingest_hash", tests, NULL, NULL);
}
