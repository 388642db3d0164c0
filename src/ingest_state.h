/* ingest_state.h - the reader's state, private to the files of the reader:
 * ingest_reader.c (bytes to fields), ingest_row.c (a record to a run),
 * ingest_parse.c (a record's values) and ingest_finish.c (the whole log).
 * Everything else sees struct reader through ingest_reader.h only.
 *
 * The calls run one way: reader -> row -> parse, and reader -> finish;
 * below them ingest_log.c and ingest_layout.c call no other ingest file.
 */
#ifndef RUNLOG_INGEST_STATE_H
#define RUNLOG_INGEST_STATE_H

#include <csv.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#include "runlog/date.h"
#include "runlog/ingest.h"
#include "ingest_hash.h"
#include "ingest_layout.h"
#include "ingest_reader.h"

#define READ_CHUNK (256u * 1024u)
#define CELL_MAX 64 /* longer cells are bad values for every column we read */
#define BIT(c) (1u << (c))

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

/* What the rows told the reader, for the end of the read. When a file is
 * read in chunks, each chunk's is added to the main reader's (seen_join in
 * ingest_reader.c), so a field put here is joined there. */
struct ingest_seen {
	size_t pending;           /* slash dates whose order the column decides */
	size_t pending_dots;      /* those written with dots (D.M.Y when undecided) */
	unsigned long dmy_line;   /* first line whose date can only be D/M/Y */
	unsigned long mdy_line;   /* first line whose date can only be M/D/Y */
	char dmy_seen[24], mdy_seen[24];
	size_t dates, bad_dates;  /* date cells read, and those that are no date */
	unsigned long bad_date_line; /* the first of those */
	char bad_date_seen[48];
	size_t paced, odd_pace;   /* runs with a pace, and those outside INGEST_PACE_ODD */
	size_t slow_km, slow_mi;  /* paces, as read, slower than INGEST_PACE_USUAL per km,
	                             and than that per mile */
	struct ingest_tally tally;
};

struct ingest_utf16;

/* A warning that waits (see hold_warn in ingest_reader.c). */
struct held_note {
	unsigned long line;
	char *msg;
};

/* A reader: its input machinery, the record being read, and what the rows
 * told it (seen). A chunk's reader has machinery and a record of its own
 * and shares the header (ingest_reader_follow). */
struct reader {
	const struct ingest_opts *opts; /* user's, or own when warnings wait */
	const struct ingest_opts *user; /* the caller's */
	struct ingest_opts own;   /* user's, its warn through hold_warn */
	struct held_note *held;   /* warnings waiting, in order */
	size_t n_held, cap_held, held_bytes;
	int hold_off;             /* too many waited: none waits any more */
	struct ingest_log *log;
	struct ingest_error *err;
	enum ingest_status status;

	int have_header;
	char **hdr;
	size_t n_hdr, cap_hdr;
	struct ingest_layout lay;
	int owns_header;          /* hdr and lay are this reader's to free */
	unsigned char sep;        /* the field separator, from the first line */
	int decimal_comma;        /* ';' or tab separates fields: "7,5" is 7.5 */
	int fast;                 /* plain lines skip libcsv (ingest_fast.h) */

	size_t nfields;
	int nonempty;
	struct cell cell[NCOL];
	char note[INGEST_NOTE_MAX + 1]; /* keep_notes: the row's notes cell, */
	char note_more[INGEST_NOTE_MAX + 1]; /* and its other values (a wellness diary's) */
	size_t note_len, note_more_len;
	unsigned cells_set;       /* bit c: cell c holds a field */
	struct quick quick;
	struct ingest_hash hash;  /* of the record's bytes so far, for copies */
	uint32_t row_hash;        /* and of the whole record, once it ends */

	unsigned long line;       /* physical line being fed */
	unsigned long row_line;   /* line where the current record starts */
	unsigned long field_line; /* line where the last field ended */
	int at_row_start;
	size_t row_bytes;

	struct ingest_seen seen;

	uint64_t *ath;            /* hash table of athletes (ingest_row.c) */
	size_t cap_ath;
	uint32_t last_athlete;    /* the index the last athlete name had */
	size_t last_len;          /* and that name's length */
	char month_key[8];        /* "YYYY-MM-" of the last plain date */
	int32_t month_start;      /* the day number of that month's 1st */
	unsigned month_len;       /* and its days; 0: no month yet */
	struct csv_parser csv;    /* the reader's own parser */
	char *buf;                /* and read buffer, READ_CHUNK bytes */
	struct ingest_utf16 *utf16; /* a UTF-16 file's converter, or NULL */
	const atomic_int *stop;   /* set: stop reading at the next chunk */
};

/* Fail r: the first failure stands, and ends the read. */
static inline void ingest_fail(struct reader *r, enum ingest_status st, unsigned long line,
			       const char *fmt, ...)
{
	va_list ap;
	if (r->status)
		return;
	r->status = st;
	r->err->line = line;
	va_start(ap, fmt);
	vsnprintf(r->err->msg, sizeof r->err->msg, fmt, ap);
	va_end(ap);
}

/* Whether day is over INGEST_DAYS_AHEAD after the reader's today (0: no
 * today, every date goes). */
static inline int ingest_too_far(const struct ingest_opts *o, int32_t day)
{
	return o->today && day > o->today + INGEST_DAYS_AHEAD;
}

/* Why such a date is bad: "is after today, 2026-12-03 (see --today)". */
static inline const char *ingest_too_far_why(const struct ingest_opts *o, char *buf, size_t cap)
{
	char day[16];
	snprintf(buf, cap, "is after today, %s (see --today)", date_format(o->today, day));
	return buf;
}

/* A slash date waits, encoded in the day, until the whole column has
 * decided its order: separator (2 bits: '/', '.', '-'), year (14 bits),
 * first and second field (5 bits each). */
#define PENDING_BASE (-(1 << 30))
#define IS_PENDING(day) ((day) < PENDING_BASE / 2)

static inline int32_t ingest_pending_encode(char sep, int y, int a, int b)
{
	int code = sep == '.' ? 1 : sep == '-' ? 2 : 0;
	return PENDING_BASE + (code << 24 | y << 10 | a << 5 | b);
}

static inline void ingest_pending_decode(int32_t day, struct date_slash *d)
{
	int32_t v = day - PENDING_BASE;
	*d = (struct date_slash){.f = {v >> 5 & 31, v & 31, v >> 10 & 0x3FFF}, .len = {1, 1, 4},
				 .sep = "/.-"[v >> 24 & 3]};
}

/* ingest_row.c: the record just read, into the log (a run, a strength
 * session, or a count of what it is not). */
void ingest_row_take(struct reader *r);
/* Keep field idx of the record (s, len bytes as read) in its notes
 * (keep_notes): the notes cell, or a wellness diary's value that the read
 * does not use. */
void ingest_row_note_field(struct reader *r, size_t idx, const char *s, size_t len);
/* The index of an athlete's name in the reader's log, adding it when new;
 * -1 when out of memory or over the limit (the reader has failed then). */
int ingest_row_athlete(struct reader *r, const char *name, uint32_t *out);

/* ingest_parse.c: a record's values, before they are packed into a run. */
struct row {
	int32_t day;
	int has_pain;
	int given;                /* a pain or a distance was set aside: still a run */
	unsigned pain_m, km_m;    /* in thousandths, for the run */
	int km_exact;             /* km_m is the distance exactly: km is not set */
	double km, minutes;       /* NAN when not given; minutes unset when secs is */
	long secs;                /* the duration in whole seconds, or -1 */
	int8_t ate_before, ate_after, strength;
};

/* Parse the record's cells and quick values into row. A bad value other
 * than the date is set aside (warned about, counted in the log, made
 * unknown). Returns 0, or -1 when the row is skipped, with msg saying what
 * is wrong ("column 'date': '2025-02-30' is not a day in the calendar"). */
int ingest_parse_row(struct reader *r, struct row *row, char *msg, size_t cap);
/* Whether a cell is one that spreadsheets and exports write for "no value". */
int ingest_parse_missing(const struct cell *v);
/* Whether the row has a pace; then *odd: it is outside INGEST_PACE_MIN..ODD,
 * and *bad: outside INGEST_PACE_MIN..MAX. */
int ingest_parse_pace(const struct row *row, int *odd, int *bad);
/* Whether the row has a pace above bound, in seconds per unit of
 * distance as read (km, or the miles of the header or --units). */
int ingest_parse_pace_above(const struct row *row, double bound);
/* The warning for a row whose pace is bad. */
void ingest_parse_pace_note(const struct row *row, char *note, size_t cap);

/* ingest_finish.c: the end of the log: slash dates, the pace check,
 * copies, sessions. */
void ingest_finish(struct reader *r);

#endif
