/* ingest_log.h - private to the ingest stage: the log's arrays as the
 * readers fill them (ingest_log.c). The public half is in runlog/ingest.h. */
#ifndef RUNLOG_INGEST_LOG_H
#define RUNLOG_INGEST_LOG_H

#include <stddef.h>
#include <stdint.h>

#include "runlog/ingest.h"

/* An array p of *cap elements of elem bytes, doubled (or first, when
 * empty); *cap follows. NULL when out of memory, p then unchanged. */
void *ingest_grow(void *p, size_t *cap, size_t elem, size_t first);

/* Record that run i of log starts on line, unless the last mark says so
 * already. Returns 0, or -1 when out of memory. */
int ingest_log_mark(struct ingest_log *log, size_t i, unsigned long line);

/* A new run at the end of the log, starting on line, for the caller to
 * fill in place with ingest_run_make. NULL when out of memory. */
struct ingest_run *ingest_log_push(struct ingest_log *log, unsigned long line);

/* Remove the runs marked in drop, keeping file order and every kept run's
 * line. Returns 0, or -1 when out of memory. */
int ingest_log_drop(struct ingest_log *log, const unsigned char *drop);

/* Add a strength session from the row on line whose hash is hash, on day
 * for athlete. Returns 0, or -1 when out of memory. */
int ingest_log_add_session(struct ingest_log *log, int32_t day, uint32_t athlete, uint32_t hash,
			   unsigned long line);

/* Add the notes text (copied) of the row on day. Returns 0, or -1 when
 * out of memory. */
int ingest_log_add_note(struct ingest_log *log, int32_t day, const char *text);

/* Add b's lines (moved by off), strength sessions (athletes through map;
 * NULL: b has no athletes), counts and left-out names to a, whose last
 * b->n_runs runs are b's, appended by the caller. Returns 0, or -1 when
 * out of memory. Every field of struct ingest_log that a read fills is
 * joined here, or named here as not joined. */
int ingest_log_join(struct ingest_log *a, const struct ingest_log *b, const uint32_t *map,
		    unsigned long off);

#endif
