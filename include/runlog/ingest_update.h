/* ingest_update.h - a pain diary as the bytes of its rows, so that new
 * days can be added to it without touching a byte of the rows it has.
 *
 * Part of the ingest stage: it reads the diary the way ingest_read does
 * (any row it cannot read, or only in part, stops the update) and splits
 * the same bytes into rows, each with its date.
 */
#ifndef RUNLOG_INGEST_UPDATE_H
#define RUNLOG_INGEST_UPDATE_H

#include <stddef.h>
#include <stdint.h>

#include "runlog/ingest.h"

#define INGEST_DIARY_NO_DAY INT32_MIN /* the header, or a row with no date */

/* One record of the file, as its bytes: its line end, and any blank lines
 * before it, included. */
struct ingest_diary_row {
	size_t off, len;
	unsigned long line; /* the line where its text starts */
	int32_t day;        /* its date, or INGEST_DIARY_NO_DAY */
};

/* A diary file, whole. Initialise with {0}; release with
 * ingest_diary_file_free. */
struct ingest_diary_file {
	char *bytes;
	size_t len;
	struct ingest_diary_row *rows; /* rows[0] is the header */
	size_t n_rows, cap_rows;
	size_t n_fields;               /* the header's fields */
	int date_field, notes_field;   /* which of them, or -1 for notes */
	char sep;                      /* ',', ';' or '\t' */
	char eol[3];                   /* the header's line end: "\n", "\r\n" or "\r" */
};

/* Load the diary at path (not "-"): read it as ingest_read would with opts
 * (the caller's warn is not called: the first row that would warn fails
 * the load instead, at its line), then split it into rows, whose dates
 * must be ISO dates (YYYY-MM-DD, optionally with a time) or empty.
 * Returns INGEST_OK, or a status with err filled in (d must still be
 * freed). */
enum ingest_status ingest_diary_load(const char *path, const struct ingest_opts *opts,
				     struct ingest_diary_file *d, struct ingest_error *err);

void ingest_diary_file_free(struct ingest_diary_file *d);

#endif
