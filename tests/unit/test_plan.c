/* plan.c: the generator, the allocation, --weeks and reading a plan back.
 *
 * splitmix64's first outputs from seed 0 are those of Vigna's reference
 * splitmix64.c, and of this Python, written from the paper:
 *   M = (1 << 64) - 1; s = 0
 *   for i in range(3):
 *       s = (s + 0x9e3779b97f4a7c15) & M; z = s
 *       z = ((z ^ (z >> 30)) * 0xbf58476d1ce4e5b9) & M
 *       z = ((z ^ (z >> 27)) * 0x94d049bb133111eb) & M
 *       print(hex(z ^ (z >> 31)))
 * -> 0xe220a8397b1dcdaf 0x6e789e6aa1b965f4 0x06c45d188009454f
 */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/plan.h"

static void splitmix64_reference(void **state)
{
	(void)state;
	uint64_t s = 0;
	assert_true(plan_rng_next(&s) == UINT64_C(0xe220a8397b1dcdaf));
	assert_true(plan_rng_next(&s) == UINT64_C(0x6e789e6aa1b965f4));
	assert_true(plan_rng_next(&s) == UINT64_C(0x06c45d188009454f));
}

/* Every pair has one block of each arm, the blocks follow each other from
 * the start, and across seeds both orders come up in every pair. */
static void balanced_and_back_to_back(void **state)
{
	(void)state;
	struct plan p;
	int remedy_first[8] = {0};
	int32_t start = date_from_ymd(2026, 1, 5);
	for (uint64_t seed = 0; seed < 200; seed++) {
		plan_make(&p, PLAN_EAT, start, 32, 2, seed);
		assert_int_equal(p.n, 16);
		for (size_t i = 0; i < p.n; i++) {
			assert_int_equal(p.blocks[i].start, start + 14 * (int32_t)i);
			assert_int_equal(p.blocks[i].end, p.blocks[i].start + 13);
			assert_int_equal(p.blocks[i].pair, (int)i / 2 + 1);
		}
		for (size_t k = 0; k < p.n / 2; k++) {
			assert_int_not_equal(p.blocks[2 * k].arm, p.blocks[2 * k + 1].arm);
			remedy_first[k] += p.blocks[2 * k].arm == PLAN_REMEDY;
		}
	}
	for (int k = 0; k < 8; k++) /* binomial(200, 1/2): 100 +- 7 */
		assert_in_range(remedy_first[k], 60, 140);
}

static void weeks_nearest(void **state)
{
	(void)state;
	int lo = -1, hi = -1;
	assert_int_equal(plan_weeks_check(8, 1, &lo, &hi), 0);
	assert_int_equal(plan_weeks_check(8, 2, &lo, &hi), 0);
	assert_int_equal(plan_weeks_check(7, 1, &lo, &hi), -1);
	assert_int_equal(lo, 6);
	assert_int_equal(hi, 8);
	assert_int_equal(plan_weeks_check(6, 2, &lo, &hi), -1);
	assert_int_equal(lo, 4);
	assert_int_equal(hi, 8);
	assert_int_equal(plan_weeks_check(1, 1, &lo, &hi), -1);
	assert_int_equal(lo, 0);
	assert_int_equal(hi, 2);
	assert_int_equal(plan_weeks_check(0, 2, &lo, &hi), -1);
	assert_int_equal(lo, 0);
	assert_int_equal(hi, 4);
	assert_int_equal(plan_weeks_check(PLAN_WEEKS_MAX + 2, 1, &lo, &hi), -1);
	assert_int_equal(lo, PLAN_WEEKS_MAX);
	assert_int_equal(hi, 0);
}

/* Write a plan into a string, for plan_read. Caller frees. */
static char *written(const struct plan *p)
{
	/* A temporary file, not open_memstream: gcc -O3 takes the pointer
	 * open_memstream fills for one to this function's stack. */
	FILE *f = tmpfile();
	assert_non_null(f);
	assert_int_equal(plan_write_csv(f, p), 0);
	long len = ftell(f);
	assert_true(len >= 0);
	char *buf = malloc((size_t)len + 1);
	assert_non_null(buf);
	rewind(f);
	assert_int_equal(fread(buf, 1, (size_t)len, f), (size_t)len);
	buf[len] = '\0';
	assert_int_equal(fclose(f), 0);
	return buf;
}

static int read_string(const char *s, struct plan *p, struct plan_error *err)
{
	FILE *f = fmemopen((void *)s, strlen(s), "r");
	assert_non_null(f);
	int rc = plan_read(f, p, err);
	fclose(f);
	return rc;
}

static void read_back(void **state)
{
	(void)state;
	struct plan p, q;
	struct plan_error err;
	plan_make(&p, PLAN_STRENGTHEN, date_from_ymd(2025, 12, 29), 12, 1, UINT64_MAX);
	char *s = written(&p);
	if (read_string(s, &q, &err) != 0)
		fail_msg("line %lu: %s", err.line, err.msg);
	assert_int_equal(q.remedy, p.remedy);
	assert_true(q.seed == p.seed);
	assert_int_equal(q.start, p.start);
	assert_int_equal(q.weeks, 12);
	assert_int_equal(q.block_weeks, 1);
	assert_int_equal(q.n, p.n);
	assert_memory_equal(q.blocks, p.blocks, p.n * sizeof *p.blocks);
	free(s);
}

/* A row that is not what the seed planned (an arm swapped by hand), a
 * missing row and a missing key are refused, with the line. */
static void read_refuses(void **state)
{
	(void)state;
	struct plan p, q;
	struct plan_error err;
	plan_make(&p, PLAN_REST, date_from_ymd(2026, 1, 5), 8, 1, 1);
	char *s = written(&p), *row = strstr(s, "\n1,1,"), *arm = strstr(row + 1, ",remedy,");
	unsigned long line = 1;
	for (const char *c = s; c <= row; c++)
		line += *c == '\n';
	assert_non_null(arm);
	memcpy(arm, ",usual, ", 8); /* the same length: "usual, " is no arm */
	assert_int_equal(read_string(s, &q, &err), -1);
	assert_int_equal(err.line, line);
	assert_non_null(strstr(err.msg, "is not the block"));

	plan_make(&p, PLAN_REST, date_from_ymd(2026, 1, 5), 8, 1, 1);
	free(s);
	s = written(&p);
	*strrchr(s, '\n') = '\0';
	*(strrchr(s, '\n') + 1) = '\0'; /* the last row gone */
	assert_int_equal(read_string(s, &q, &err), -1);
	assert_string_equal(err.msg, "rows for 7 of the plan's 8 blocks");

	char *seed = strstr(s, "# seed:");
	seed[2] = 'S';
	assert_int_equal(read_string(s, &q, &err), -1);
	assert_string_equal(err.msg, "no '# seed:' line before the header");
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(splitmix64_reference),
		cmocka_unit_test(balanced_and_back_to_back),
		cmocka_unit_test(weeks_nearest),
		cmocka_unit_test(read_back),
		cmocka_unit_test(read_refuses),
	};
	return cmocka_run_group_tests_name("plan", tests, NULL, NULL);
}
