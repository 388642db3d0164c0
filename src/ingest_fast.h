/* ingest_fast.h - private to the reader: the fast path of its CSV parse.
 *
 * Most lines of a log are plain: fields that are either bare (no quote,
 * no blank at either edge) or quoted whole with no quote inside. Such a
 * line is cut here at its separators, without libcsv, into the very
 * fields libcsv gives; every other line is libcsv's. The reader takes
 * this path only between two records (ingest_reader.c, feed). Checked
 * against libcsv by tests/unit/test_ingest_fast.c, by the fuzz harness,
 * and by make check-threads, which reads every test log with the path
 * off (RUNLOG_CSV_FAST=0) and compares the outputs.
 */
#ifndef RUNLOG_INGEST_FAST_H
#define RUNLOG_INGEST_FAST_H

#include <stddef.h>

#define INGEST_FAST_FIELDS 128 /* a line with more fields is libcsv's */

/* The fields of one line, pointing into it. */
struct ingest_fields {
	const char *at[INGEST_FAST_FIELDS];
	size_t len[INGEST_FAST_FIELDS];
	size_t n;
	size_t text; /* the line's bytes before its terminator */
};

/* Cut the line p[0..n), which ends with its terminator (LF, CRLF or CR),
 * at the separator sep into f: 1 when the line is plain and f holds the
 * fields libcsv (strict, with '"' as quote) would give, in order, and the
 * length of the line without its terminator; 0 when
 * it is not plain (a quote inside a field, a blank at a bare field's edge,
 * no terminator, no text, too many fields), and libcsv must read it. */
int ingest_fast_split(const char *p, size_t n, unsigned char sep, struct ingest_fields *f);

#endif
