/* ingest_reader.h - the CSV reader inside the ingest stage (private).
 *
 * ingest.c feeds a file to libcsv through a reader; ingest_split.c runs two
 * readers on the two halves of a large file, one per core, and joins what
 * they read. Nothing outside the ingest stage includes this.
 */
#ifndef RUNLOG_INGEST_READER_H
#define RUNLOG_INGEST_READER_H

#include <csv.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#include "runlog/ingest.h"
#include "ingest_layout.h"

#define READ_CHUNK (256u * 1024u)
#define CELL_MAX 64 /* longer cells are bad values for every column we read */

struct cell {
	char s[CELL_MAX + 1];
	size_t len;
	int set;
	int too_long;
};

/* The values the field callback read itself, straight from libcsv's
 * buffer: the usual spellings ("2025-03-01", "7.5", "1:02:03", "yes", the
 * last athlete's name again). The other fields are copied into their cells
 * and parsed with the row, where every message is made. */
struct quick {
	unsigned mask;           /* bit c: column c is here, not in its cell */
	int32_t day;
	unsigned pain_m, km_m;   /* thousandths */
	long secs;               /* the duration */
	int8_t flag[3];          /* ate_before, ate_after, strength */
	uint32_t athlete;
};

/* What the runs say as they are read, so that the end of the read needs
 * no pass over them. */
struct ingest_tally {
	size_t unsorted;      /* runs before the previous one in (athlete, day) order */
	size_t same_day;      /* runs on the athlete and day of the previous one */
	size_t strength_runs; /* runs flagged strength */
	int stale;            /* the counts do not hold: the end of the read looks */
};

struct reader {
	const struct ingest_opts *opts;
	struct ingest_log *log;
	struct ingest_error *err;
	enum ingest_status status;

	int have_header;
	char **hdr;
	size_t n_hdr, cap_hdr;
	struct ingest_layout lay;

	size_t nfields;
	int nonempty;
	struct cell cell[NCOL];
	unsigned cells_set;       /* bit c: cell c holds a field */
	struct quick quick;

	unsigned long line;       /* physical line being fed */
	unsigned long row_line;   /* line where the current record starts */
	unsigned long field_line; /* line where the last field ended */
	int at_row_start;
	size_t row_bytes;
	uint32_t row_hash;        /* FNV-1a of the record's fields, for duplicates */
	size_t pending;           /* slash dates whose order the column decides */
	unsigned long dmy_line;   /* first line whose date can only be D/M/Y */
	unsigned long mdy_line;   /* first line whose date can only be M/D/Y */
	char dmy_seen[24], mdy_seen[24];
	int decimal_comma;        /* ';' or tab separates fields: "7,5" is 7.5 */
	size_t paced, odd_pace;   /* runs with a pace, and those outside PACE_ODD */
	struct ingest_tally tally;
	uint32_t *ath;            /* hash table of athlete indices */
	size_t cap_ath;
	uint32_t last_athlete;    /* the index the last athlete name had */
	size_t last_len;          /* and that name's length */
	char month_key[8];        /* "YYYY-MM-" of the last plain date */
	int32_t month_start;      /* the day number of that month's 1st */
	unsigned month_len;       /* and its days; 0: no month yet */
	struct csv_parser csv;    /* the reader's own parser */
	char *buf;                /* and read buffer, READ_CHUNK bytes */
	int owns_header;          /* hdr and lay are this reader's to free */
	const atomic_int *stop;   /* set: stop reading at the next chunk */
};

/* Whether day is over INGEST_DAYS_AHEAD after the reader's today (0: no
 * today, every date goes). */
static inline int ingest_too_far(const struct ingest_opts *o, int32_t day)
{
	return o->today && day > o->today + INGEST_DAYS_AHEAD;
}

/* Where a read stands between calls of ingest_reader_read. */
struct ingest_pass {
	int first;                /* the next chunk is the file's first */
	int pending_cr;           /* the last chunk ended on a CR */
	int any;                  /* some text was read */
	unsigned long long total; /* bytes read */
	atomic_ullong *shared;    /* when set, total is published here */
	atomic_ullong *peer;      /* when set, added to total for progress */
};

/* A reader with its parser and read buffer. Returns 0, or -1 when out of
 * memory; either way ingest_reader_free releases it. */
int ingest_reader_init(struct reader *r, const struct ingest_opts *opts, struct ingest_log *log,
		       struct ingest_error *err);
/* Read fp and feed it to the parser until the end of the file, an error, a
 * stop, or limit bytes in all for the pass. */
void ingest_reader_read(struct reader *r, FILE *fp, struct ingest_pass *ps, unsigned long long limit);
/* The end of the file: the last record, and the checks of the whole file. */
void ingest_reader_end(struct reader *r, int any);
/* The end of the log: slash dates, the pace check, copies, sessions. */
void ingest_reader_finish(struct reader *r);
void ingest_reader_free(struct reader *r);
/* The index of an athlete's name in the reader's log, adding it when new;
 * -1 when out of memory or over the limit (the reader has failed then). */
int ingest_reader_athlete(struct reader *r, const char *name, uint32_t *out);
/* Count run b, which follows run a (NULL: b is the first), in t. */
static inline void ingest_tally_run(struct ingest_tally *t, const struct ingest_run *a,
				    const struct ingest_run *b)
{
	t->strength_runs += b->strength == INGEST_YES;
	if (!a)
		return;
	t->unsorted += a->athlete > b->athlete || (a->athlete == b->athlete && a->day > b->day);
	t->same_day += a->athlete == b->athlete && a->day == b->day;
}
/* Record that run i of log starts on line. */
int ingest_reader_mark(struct ingest_log *log, size_t i, unsigned long line);
void ingest_reader_fail(struct reader *r, enum ingest_status st, const char *msg);

/* An array p of *cap elements of elem bytes, doubled (or first, when
 * empty); *cap follows. NULL when out of memory, p then unchanged. */
void *ingest_grow(void *p, size_t *cap, size_t elem, size_t first);

/* Whether a regular file of size bytes is read in two halves at once. */
int ingest_split_wanted(unsigned long long size);
/* Read the file at path (open as fp, at its start) in two halves, one per
 * thread; the same result as ingest_stream, which it falls back to. */
enum ingest_status ingest_read_split(FILE *fp, const char *path, unsigned long long size,
				     const struct ingest_opts *opts, struct ingest_log *log,
				     struct ingest_error *err);

#endif
