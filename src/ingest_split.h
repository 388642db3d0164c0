/* ingest_split.h - private to the ingest stage: a large file read in two
 * halves at once (ingest_split.c), through the reader interface. */
#ifndef RUNLOG_INGEST_SPLIT_H
#define RUNLOG_INGEST_SPLIT_H

#include <stdio.h>

#include "runlog/ingest.h"

/* Whether a regular file of size bytes is read in two halves at once. */
int ingest_split_wanted(unsigned long long size);

/* Read the regular file open as fp (at its start) in two halves, one per
 * thread; the same result as ingest_stream, which it falls back to. The
 * second half is read with pread on fp's descriptor: the file is never
 * opened again, so both halves are of one file. */
enum ingest_status ingest_read_split(FILE *fp, unsigned long long size,
				     const struct ingest_opts *opts, struct ingest_log *log,
				     struct ingest_error *err);

#endif
