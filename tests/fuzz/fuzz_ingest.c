/* libFuzzer harness: bytes in, a run table or an error out.
 *
 * Each input goes through the whole pipeline that has no drawing: ingest
 * (as a log, and every other input also as its own pain diary, merged),
 * features, the adjusted model, stats, findings, the rolling series and the
 * log's last week, and both reports in every format. The same bytes, cut at the first newline, are
 * also handed to the date, number, yes/no and duration parsers, and whole
 * to plan_read (a plan it accepts is written again as CSV and iCalendar).
 * Each line the reader's fast path takes (src/ingest_fast.h) must give the
 * fields libcsv gives it; a difference aborts.
 * A crash, a sanitizer report or a timeout is a bug.
 *
 * Built by `make fuzz` with clang -fsanitize=fuzzer,address,undefined. */
#include <csv.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/ingest.h"
#include "runlog/num.h"
#include "runlog/plan.h"
#include "../../src/ingest_fast.h"

#include "fuzz_pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void parsers(const uint8_t *data, size_t size)
{
	char buf[256];
	size_t n = 0;
	while (n < size && n + 1 < sizeof buf && data[n] != '\n')
		n++;
	memcpy(buf, data, n);
	buf[n] = '\0';

	int32_t day;
	const char *why;
	double x;
	char out[16];
	if (date_parse_iso(buf, &day, &why) == 0)
		date_format(day, out);
	struct date_stamp st;
	if (date_parse_stamp(buf, &st, &why) == 0)
		date_local_day(&st);
	struct date_slash sl;
	if (date_split_slash(buf, &sl) == 0)
		date_from_slash(&sl, DATE_DMY, &day);
	if (date_parse_iso_week(buf, &day, &why) == 0)
		date_format_week(day, out);
	num_parse_decimal(buf, &x);
	num_parse_duration(buf, &x);
	static const char *const yes[] = {"jo"}, *const no[] = {"N\xC3\x89"};
	const struct num_words words = {yes, 1, no, 1};
	num_parse_bool(buf, NULL);
	num_parse_bool(buf, &words);
}

/* libcsv's fields of one line, as they come, against the fast path's. */
struct expect {
	const struct ingest_fields *f;
	size_t i, rows;
};

static void expect_field(void *s, size_t len, void *data)
{
	struct expect *e = data;
	if (e->i >= e->f->n || e->f->len[e->i] != len || memcmp(e->f->at[e->i], s, len) != 0)
		__builtin_trap();
	e->i++;
}

static void expect_row(int c, void *data)
{
	(void)c;
	((struct expect *)data)->rows++;
}

/* Each line of the input, cut where the reader cuts (after LF, CRLF or a
 * lone CR), through the fast path with ',' and ';', and through libcsv
 * when the fast path took it. */
static void fast_lines(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size;
	while (p < end) {
		const char *q = p;
		while (q < end && *q != '\n' && *q != '\r')
			q++;
		if (q < end)
			q += *q == '\r' && q + 1 < end && q[1] == '\n' ? 2 : 1;
		for (int k = 0; k < 2; k++) {
			unsigned char sep = k ? ';' : ',';
			struct ingest_fields f;
			struct csv_parser csv;
			struct expect e = {&f, 0, 0};
			if (!ingest_fast_split(p, (size_t)(q - p), sep, &f) || csv_init(&csv, 0) != 0)
				continue;
			csv_set_delim(&csv, sep);
			if (csv_parse(&csv, p, (size_t)(q - p), expect_field, expect_row, &e) != (size_t)(q - p) ||
			    e.i != f.n || e.rows != 1)
				__builtin_trap();
			csv_free(&csv);
		}
		p = q;
	}
}

/* The bytes as a plan for analyze --plan. */
static void plan(const uint8_t *data, size_t size)
{
	struct plan p;
	struct plan_error err;
	FILE *fp = size ? fmemopen((void *)data, size, "rb") : NULL;
	if (!fp)
		return;
	if (plan_read(fp, &p, &err) == 0) {
		FILE *sink = fopen("/dev/null", "w");
		if (sink) {
			plan_write_csv(sink, &p);
			plan_write_ics(sink, &p);
			fclose(sink);
		}
	}
	fclose(fp);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ingest_log log;
	struct ingest_error err;
	struct ingest_opts opts = {.warn = fuzz_warn, .today = date_from_ymd(2026, 11, 24)};
	FILE *fp;

	parsers(data, size);
	plan(data, size);
	fast_lines(data, size);
	/* fmemopen refuses a zero-length buffer: an empty log is /dev/null. */
	fp = size ? fmemopen((void *)data, size, "rb") : fopen("/dev/null", "rb");
	if (!fp)
		return 0;
	ingest_init(&log);
	if (ingest_stream(fp, &opts, &log, &err) == INGEST_OK) {
		/* The same bytes as a pain diary for themselves, every other input. */
		if (size & 1) {
			struct ingest_log diary;
			struct ingest_opts dopts = opts;
			dopts.need_pain = 1;
			ingest_init(&diary);
			rewind(fp);
			if (ingest_stream(fp, &dopts, &diary, &err) == INGEST_OK)
				ingest_merge_diary(&log, &diary);
			ingest_free(&diary);
		}
		fuzz_pipeline(&log, (size >> 1) & 1, "fuzz.csv");
	}
	ingest_free(&log);
	fclose(fp);
	return 0;
}
