/* ingest_apple.h - private to the ingest stage: Apple Health's export.xml,
 * streamed with libxml2's reader (ingest_apple.c), loaded on demand. */
#ifndef RUNLOG_INGEST_APPLE_H
#define RUNLOG_INGEST_APPLE_H

#include <stddef.h>

#include "runlog/ingest.h"
#include "ingest_reader.h"

/* Whether the first n bytes at p open an XML document ("<?xml", after an
 * optional UTF-8 byte-order mark and blanks). */
int ingest_apple_magic(const unsigned char *p, size_t n);

/* Read an export.xml from src (get, or the descriptor fd from its start)
 * into log, freshly initialised: running workouts are runs, strength
 * workouts sessions, other workouts counted in other_activities, and each
 * day's LowerBackPain records its runs' pain (the day's highest severity;
 * ingest.h has the scale). Never a DOM: one element at a time, so memory
 * does not grow with the file; no network, no DTD loaded from outside, and
 * a DOCTYPE that declares an entity is refused. Returns as ingest_read
 * does; malformed XML is INGEST_EDATA with its line, and INGEST_ENOINPUT
 * when libxml2 cannot be loaded (ingest_lib.h; err names its package). */
enum ingest_status ingest_apple_read(struct ingest_source *src, const struct ingest_opts *opts,
				     struct ingest_log *log, struct ingest_error *err);

#endif
