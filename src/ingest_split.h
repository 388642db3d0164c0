/* ingest_split.h - private to the ingest stage: a large file read in
 * chunks on N threads (ingest_split.c), through the reader interface. */
#ifndef RUNLOG_INGEST_SPLIT_H
#define RUNLOG_INGEST_SPLIT_H

#include <stdio.h>

#include "runlog/ingest.h"

/* The threads to read with when asked for asked (0: one per online core),
 * from 1 to INGEST_THREADS_MAX. */
int ingest_threads(int asked);

/* Whether a regular file of size bytes is read in chunks on threads
 * threads: from two chunks on (RUNLOG_CHUNK=BYTES in the environment sets
 * a chunk's size, for tests). */
int ingest_split_wanted(unsigned long long size, int threads);

/* Read the regular file open as fp (at its start) in chunks on threads
 * threads; the same result as ingest_stream, which it falls back to. The
 * chunks are read with pread on fp's descriptor: the file is never opened
 * again, so every chunk is of one file. */
enum ingest_status ingest_read_split(FILE *fp, unsigned long long size, int threads,
				     const struct ingest_opts *opts, struct ingest_log *log,
				     struct ingest_error *err);

#endif
