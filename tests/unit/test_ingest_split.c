/* A log read in chunks on two threads (src/ingest_split.c) is read
 * through the one file opened: a log replaced by rename while it is read gives
 * the old file's runs, all of them, never half of each. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runlog/ingest.h"

#define ROWS 4000

/* A log of ROWS runs, every one with pain. */
static void write_log(const char *path, int pain)
{
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs("date,distance_km,pain\n", fp);
	for (int i = 0; i < ROWS; i++)
		fprintf(fp, "%04d-%02d-%02d,5,%d\n", 2000 + i / 336, i / 28 % 12 + 1, i % 28 + 1, pain);
	assert_int_equal(fclose(fp), 0);
}

/* Replaces the log by another, once, as an editor saving it does. */
struct swap {
	const char *path, *other;
	int done;
};

/* The first progress report comes after the main reader's first read,
 * once the file is open and before the other chunks' threads start. */
static void swap_once(void *ctx, unsigned long long bytes)
{
	struct swap *s = ctx;
	(void)bytes;
	if (!s->done)
		assert_int_equal(rename(s->other, s->path), 0);
	s->done = 1;
}

static void replaced_while_read(void **state)
{
	(void)state;
	char dir[] = "/tmp/runlog-split-XXXXXX", path[64], other[64];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/log.csv", dir);
	snprintf(other, sizeof other, "%s/new.csv", dir);
	write_log(path, 1);
	write_log(other, 9);
	assert_int_equal(setenv("RUNLOG_CHUNK", "4096", 1), 0); /* cut even this small file */
	struct swap s = {path, other, 0};
	struct ingest_opts opts = {.progress = swap_once, .progress_ctx = &s, .threads = 2};
	struct ingest_log log;
	struct ingest_error err;
	ingest_init(&log);
	assert_int_equal(ingest_read(path, &opts, &log, &err), INGEST_OK);
	assert_true(s.done);
	assert_int_equal(log.n_runs, ROWS);
	size_t old = 0;
	for (size_t i = 0; i < log.n_runs; i++)
		old += log.runs[i].pain_m == 1000;
	assert_int_equal(old, ROWS);
	ingest_free(&log);
	unsetenv("RUNLOG_CHUNK");
	assert_int_equal(unlink(path), 0);
	assert_int_equal(rmdir(dir), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(replaced_while_read),
	};
	return cmocka_run_group_tests_name("ingest_split", tests, NULL, NULL);
}
