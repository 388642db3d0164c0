/* ingest_zip.h - private to the ingest stage: an app's export read as it
 * was downloaded, a zip, its known member streamed from the archive into
 * the reader (ingest_zip.c, with libarchive, loaded on demand), never
 * unpacked to disk. */
#ifndef RUNLOG_INGEST_ZIP_H
#define RUNLOG_INGEST_ZIP_H

#include <stddef.h>

#include "runlog/ingest.h"
#include "ingest_reader.h"

/* Whether the first n bytes at p open a zip: a local file header, or the
 * end record of an empty archive. */
int ingest_zip_magic(const unsigned char *p, size_t n);

/* Read the known member of the zip in src into log, freshly initialised,
 * as ingest_stream reads a log, one thread, a chunk at a time;
 * log->member names the member. src is the descriptor fd at the zip's
 * start, which seeks (its central directory is read), or, with get, a
 * stream (a pipe: the members are read from their local headers, one
 * after another). path is the archive's name (an .xlsx is told apart by
 * it and by its members). Returns as ingest_read does; a zip without a
 * known member is INGEST_EDATA, its members listed in err, and a zip read
 * without libarchive (ingest_lib.h) INGEST_ENOINPUT, its package named. */
enum ingest_status ingest_zip_read(struct ingest_source *src, const char *path,
				   const struct ingest_opts *opts, struct ingest_log *log,
				   struct ingest_error *err);

#endif
