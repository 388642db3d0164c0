/* ingest_reader.h - the CSV reader inside the ingest stage (private).
 *
 * A reader feeds a file to libcsv and fills a log. Its state is its own
 * (ingest_state.h, seen only by the files of the reader); ingest.c reads a
 * file with one reader, ingest_split.c with one a chunk, joined in file
 * order. Both go through these functions only.
 */
#ifndef RUNLOG_INGEST_READER_H
#define RUNLOG_INGEST_READER_H

#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#include "runlog/ingest.h"

struct reader;

/* Where a read stands between calls of ingest_reader_read. */
struct ingest_pass {
	int first;                /* the next chunk is the file's first */
	int pending_cr;           /* the last chunk ended on a CR */
	int any;                  /* some text was read */
	unsigned long long total; /* bytes read */
};

/* Where a reader's bytes come from: the stream fp, or the function get
 * (a member of a zip, ingest_zip.c), or when both are NULL the descriptor
 * fd, read with pread from off on. pread moves no offset that
 * another reader shares, so the chunks of a split read read the
 * descriptor the main reader opened: one file, whatever is renamed over
 * its path meanwhile. */
struct ingest_source {
	FILE *fp;
	int fd;
	unsigned long long off; /* fd: the next byte to read */
	int eof, error;         /* fd, get: the end was read; errno of a failed read */
	/* Up to want bytes into buf: how many, 0 at the end, -1 on an error
	 * (with *error set to an errno value). */
	long (*get)(void *ctx, char *buf, size_t want, int *error);
	void *get_ctx;
};

/* A reader into log, which must be freshly initialised; err is cleared.
 * NULL when out of memory. Release with ingest_reader_free. */
struct reader *ingest_reader_new(const struct ingest_opts *opts, struct ingest_log *log,
				 struct ingest_error *err);
/* A reader for the rest of a's file from a line start: a's header, layout
 * and separator, which a keeps (a must outlive it). It stops at the next
 * chunk once *stop is set. NULL when out of memory. */
struct reader *ingest_reader_follow(const struct reader *a, const struct ingest_opts *opts,
				    struct ingest_log *log, struct ingest_error *err,
				    const atomic_int *stop);
void ingest_reader_free(struct reader *r);

/* Read src and feed it to the parser until the end of the file, an error,
 * a stop, or limit bytes in all for the pass. */
void ingest_reader_read(struct reader *r, struct ingest_source *src, struct ingest_pass *ps,
			unsigned long long limit);
/* Whether the file is UTF-16, read converted: its bytes are not its
 * text's, so it cannot be split at a byte. */
int ingest_reader_utf16(const struct reader *r);
/* The end of the file: the last record, and the checks of the whole file. */
void ingest_reader_end(struct reader *r, int any);
/* The end of the log: a date column that is mostly no dates fails the
 * read; then slash dates, the pace check, copies, sessions. */
void ingest_reader_finish(struct reader *r);

/* Warn about line as the reader's own rows are (warnings wait while most
 * dates are unreadable), for a chunk's warnings once joined: when it
 * warned, the chunk had read dates date cells, bad_dates of them no date
 * (ingest_reader_dates), which count as the reader's own for the wait. */
void ingest_reader_warn(struct reader *r, unsigned long line, const char *msg, size_t dates,
			size_t bad_dates);
/* The date cells r has read, and how many of them were no date. */
void ingest_reader_dates(const struct reader *r, size_t *dates, size_t *bad_dates);

/* INGEST_OK, or the reader's first failure (err holds its message). */
enum ingest_status ingest_reader_status(const struct reader *r);
/* Whether the header has been read. */
int ingest_reader_has_header(const struct reader *r);
/* Whether the reader stands between two records. */
int ingest_reader_between(const struct reader *r);
/* The physical line being read: 1 + the line ends fed. */
unsigned long ingest_reader_line(const struct reader *r);
/* Fail r with msg, on line (0: on no one line), unless it has failed
 * already. */
void ingest_reader_fail(struct reader *r, enum ingest_status st, unsigned long line,
			const char *msg);

/* A record that is not a CSV row (an Apple Health workout, ingest_apple.c)
 * into the log as a row is stored: a run on day of km_m metres (or
 * INGEST_KM_NONE) with no pain yet and no strength, or with session set a
 * strength session; line is where it starts, hash that of its fields
 * (ingest_reader_hash), to find copies. On failure r has failed. */
void ingest_reader_add(struct reader *r, unsigned long line, uint32_t hash, int32_t day,
		       unsigned km_m, int session);
/* The hash of n fields (each one's length, then its bytes), for a record
 * that is not a CSV row: see ingest_hash.h for a row's. */
uint32_t ingest_reader_hash(const char *const *fields, size_t n);

/* Number b's athletes in a's log into *map (NULL when b has none; the
 * caller frees it), adding the new ones; *rising: the numbers rise as b's
 * do. Returns 0, or -1 when a has failed (out of memory, too many). */
int ingest_reader_map_athletes(struct reader *a, const struct ingest_log *b, uint32_t **map,
			       int *rising);
/* Join b, the reader of the rest of a's file (ingest_reader_follow), into
 * a, once b's runs are appended to a's log with their athletes numbered by
 * map: b's log (ingest_log_join), what its rows told it, and its line,
 * all moved by off lines. On failure a has failed. */
void ingest_reader_join(struct reader *a, const struct reader *b, const uint32_t *map, int rising,
			unsigned long off);

#endif
