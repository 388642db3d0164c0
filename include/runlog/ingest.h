/* ingest.h - read a run log (CSV) into a table of runs.
 *
 * The first stage of the pipeline: bytes in, typed rows out. It knows the
 * header names and value formats and nothing about statistics. It streams
 * the file through libcsv, so memory grows with the number of runs, not with
 * the file's size.
 */
#ifndef RUNLOG_INGEST_H
#define RUNLOG_INGEST_H

#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* Status of ingest_read(). */
enum ingest_status {
	INGEST_OK = 0,
	INGEST_ENOINPUT, /* the file cannot be opened */
	INGEST_EDATA,    /* the file as a whole is not a usable log */
	INGEST_EIO,      /* a read error part way */
	INGEST_ENOMEM,
	INGEST_EUSAGE,   /* an option does not fit the file (--column) */
};

/* A yes/no value as logged: unknown when the cell is empty. */
enum { INGEST_UNKNOWN = -1, INGEST_NO = 0, INGEST_YES = 1 };

/* Optional columns found in the header (bits of ingest_log.columns). */
enum {
	INGEST_HAS_DISTANCE = 1 << 0,
	INGEST_HAS_DURATION = 1 << 1,
	INGEST_HAS_ATE_BEFORE = 1 << 2,
	INGEST_HAS_ATE_AFTER = 1 << 3,
	INGEST_HAS_STRENGTH = 1 << 4,
	INGEST_HAS_NOTES = 1 << 5,
	INGEST_HAS_ATHLETE = 1 << 6,
};

/* The columns whose bad values are set aside one at a time, the row kept
 * (ingest_log.set_aside): every column a run has but its date. */
enum ingest_value {
	INGEST_VALUE_PAIN, INGEST_VALUE_DISTANCE, INGEST_VALUE_DURATION,
	INGEST_VALUE_ATE_BEFORE, INGEST_VALUE_ATE_AFTER, INGEST_VALUE_STRENGTH, INGEST_NVALUES
};

/* "pain", "distance", ...: the column's name in messages. */
const char *ingest_value_name(enum ingest_value v);

/* The kind of file, recognised from its header. */
enum ingest_format {
	INGEST_FORMAT_RUNLOG,  /* runlog's own log */
	INGEST_FORMAT_SHEET,   /* another spreadsheet: a date column and runlog's
	                          columns under other names */
	INGEST_FORMAT_STRAVA,  /* a Strava bulk export, activities.csv */
	INGEST_FORMAT_GARMIN,  /* a Garmin Connect export, Activities.csv */
	INGEST_FORMAT_INTERVALS, /* an intervals.icu export, activities.csv */
	INGEST_FORMAT_APPLE,   /* Apple Health's export.xml */
};

/* "runlog log", "spreadsheet", "Strava export", "Garmin export",
 * "intervals.icu export", "Apple Health export". */
const char *ingest_format_name(enum ingest_format f);
/* Its article: "an" before a vowel ("an intervals.icu export"), else "a". */
const char *ingest_format_article(enum ingest_format f);

enum ingest_units { INGEST_UNITS_AUTO, INGEST_UNITS_KM, INGEST_UNITS_MI };

/* The plausible values: a cell outside them is a bad value, set aside
 * with a message that quotes the bound (a date: its row is skipped). Each bound is named once
 * here; both the reader's fast path (in thousandths, metres and seconds)
 * and the general parser derive theirs from it. */
#define INGEST_PAIN_MAX 10    /* pain scores run 0..10 */
#define INGEST_LEVEL_STEP 3   /* an intervals.icu wellness level L (1-4: none
                                 or low, some, high, extreme) is pain
                                 3 (L - 1): 0, 3, 6, 9 */
#define INGEST_KM_MAX 1000    /* a longer run is a typo */
#define INGEST_HOURS_MAX 72   /* a longer duration is a typo */
/* Apple Health's lower back pain severities on the 0-10 scale. A
 * convention, not a measurement: each is a score that falls in its band
 * under both usual sets of cut points on a 0-10 numeric rating scale,
 * mild 1-4, moderate 5-6, severe 7-10 (Serlin et al. 1995, Pain 61:277)
 * and mild up to 5, moderate 6-7, severe 8-10 (Boonstra et al. 2016,
 * Front Psychol 7:1466, in chronic musculoskeletal pain). Unspecified
 * has no score. */
#define INGEST_APPLE_NONE 0
#define INGEST_APPLE_MILD 3
#define INGEST_APPLE_MODERATE 6
#define INGEST_APPLE_SEVERE 9
#define INGEST_ZIP_MAX (8ull << 30) /* bytes read from a zip's member, at
                                       most: a zip bomb stops there */
#define INGEST_ZIP_RATIO 200        /* ... and, past INGEST_ZIP_FREE bytes, at */
#define INGEST_ZIP_FREE (64ull << 20) /* most this many times the bytes read
                                         from the zip (exports pack 10-40:1) */
#define INGEST_NOTE_MAX 500  /* bytes of a diary day's notes kept: longer
                                 ones are cut before a character */
#define INGEST_DAYS_AHEAD 1   /* a date further after today is a typo; the
                                 day of slack is for a clock in another zone */

/* A pace (seconds per km) outside MIN..MAX is worth a warning, but the run
 * is kept; when most paces are outside MIN..ODD the unit is likely wrong. */
#define INGEST_PACE_MIN 150  /* 2:30 per km */
#define INGEST_PACE_ODD 900  /* 15:00 per km */
#define INGEST_PACE_MAX 1800 /* 30:00 per km */

/* Miles guessed (INGEST_UNITS_AUTO, and a distance column whose name says
 * no unit): when at least INGEST_GUESS_RUNS runs have a pace and their
 * median pace is a usual running pace (at most INGEST_PACE_USUAL per km)
 * only in miles: slower than it read as km, not slower read as miles (at
 * most 14:29 per km as read). A median of 9:00 to 14:29 "per km" is a slow
 * walk in km but 5:35 to 9:00 per km in miles; faster medians fit km,
 * slower ones neither unit, and both keep km. */
#define INGEST_PACE_USUAL 540 /* 9:00 per km */
#define INGEST_GUESS_RUNS 5
#define INGEST_KM_PER_MILE 1.609344

/* A run keeps its pain in thousandths of a point and its distance in
 * metres, so that a record is 16 bytes and a million runs fit in 16 MB. A
 * value with at most three decimals comes back as the very double strtod
 * gives for it (the integer over 1000, correctly rounded); a finer one is
 * rounded to the thousandth. */
#define INGEST_PAIN_NONE 0x3FFFu   /* 14 bits: no score */
#define INGEST_KM_NONE 0xFFFFFu    /* 20 bits: no distance */
#define INGEST_ATHLETES_MAX 262143u /* 18 bits of athlete index */
#define INGEST_THREADS_MAX 64      /* --threads */
_Static_assert(INGEST_PAIN_MAX * 1000 < INGEST_PAIN_NONE, "pain x 1000 fits beside its none");
_Static_assert(INGEST_KM_MAX * 1000 < INGEST_KM_NONE, "metres fit beside their none");

static inline unsigned ingest_milli(double v, unsigned none)
{
	return isnan(v) ? none : (unsigned)lround(v * 1000);
}

static inline double ingest_unmilli(unsigned code, unsigned none)
{
	return code == none ? NAN : code / 1000.0;
}

/* A diary day's notes (ingest_opts.keep_notes): its notes (or comments)
 * cell, then, in an intervals.icu wellness diary, its other values that
 * the read does not use, "NAME VALUE" in header order: "tight; fatigue
 * 3, sleepQuality 2, restingHR 48". At most INGEST_NOTE_MAX bytes. */
struct ingest_note {
	int32_t day;
	char *text; /* the log's own, freed by ingest_free */
};

/* One run, as logged. */
struct ingest_run {
	int32_t day;        /* days since 1970-01-01 (see date.h) */
	uint32_t hash;      /* of the row's bytes (src/ingest_hash.h), to find copies */
	unsigned pain_m : 14;  /* pain x 1000, or INGEST_PAIN_NONE */
	unsigned athlete : 18; /* index into ingest_log.athletes; 0 without the column */
	unsigned km_m : 20;    /* metres, or INGEST_KM_NONE */
	signed ate_before : 2, ate_after : 2, strength : 2; /* INGEST_YES/NO/UNKNOWN */
};

/* The one place a run is made, with every field, in one literal: the
 * readers write runs whole this way, never a field at a time, since a
 * record stored in parts and then read back whole stalls the load on the
 * stores (tag-run-whole). A new field goes in the struct, here, in
 * ingest_run_renumbered and in ingest_run_same. */
static inline struct ingest_run ingest_run_make(int32_t day, uint32_t hash, unsigned pain_m,
						uint32_t athlete, unsigned km_m, int ate_before,
						int ate_after, int strength)
{
	return (struct ingest_run){.day = day, .hash = hash, .pain_m = pain_m, .athlete = athlete,
				   .km_m = km_m, .ate_before = ate_before, .ate_after = ate_after,
				   .strength = strength};
}

/* Run r, with its athlete numbered athlete (a second half joined). */
static inline struct ingest_run ingest_run_renumbered(const struct ingest_run *r, uint32_t athlete)
{
	return ingest_run_make(r->day, r->hash, r->pain_m, athlete, r->km_m, r->ate_before,
			       r->ate_after, r->strength);
}

/* Whether b repeats a: a row pasted twice (the hash, of its bytes, says
 * whether the rest of the row, duration and notes among it, is the same). */
static inline int ingest_run_same(const struct ingest_run *a, const struct ingest_run *b)
{
	return a->hash == b->hash && a->day == b->day && a->athlete == b->athlete &&
	       a->pain_m == b->pain_m && a->km_m == b->km_m && a->ate_before == b->ate_before &&
	       a->ate_after == b->ate_after && a->strength == b->strength;
}

/* Run *p read whole, as bytes: for memory that is being rewritten as
 * another record type as it is read (features_take over ingest_take_runs),
 * where the two struct types must not be assumed apart. */
static inline struct ingest_run ingest_run_load(const struct ingest_run *p)
{
	struct ingest_run r;
	memcpy(&r, p, sizeof r);
	return r;
}

static inline double ingest_pain(const struct ingest_run *r)
{
	return ingest_unmilli(r->pain_m, INGEST_PAIN_NONE);
}

static inline double ingest_km(const struct ingest_run *r)
{
	return ingest_unmilli(r->km_m, INGEST_KM_NONE);
}

/* Where a run's row starts in the file: from this run on, run i is on line
 * line + (i - run), until the next mark. A mark is kept only where a row
 * that is not the next run's intervenes, so a clean file needs one. */
struct ingest_line_mark {
	uint32_t run, line;
};

/* What ingest_read() produced. Initialise with ingest_init(), release with
 * ingest_free(). Runs are in file order. A new field that a read fills is
 * also joined in ingest_log_join (src/ingest_log.c), for a file read in
 * halves. */
struct ingest_log {
	struct ingest_run *runs;
	size_t n_runs;
	struct ingest_line_mark *marks; /* the runs' lines (ingest_run_line) */
	size_t n_marks, cap_marks;
	int32_t *strength_days;  /* strength sessions on rows that are not runs
	                            (a run's own is its strength flag), file order */
	uint32_t *strength_athlete; /* whose session each is; NULL without athletes */
	uint32_t *strength_hash; /* each session's row hash, to find copies, and */
	uint32_t *strength_line; /* the line its row starts on (0: not a row's) */
	size_t n_strength;
	size_t sessions;         /* strength sessions in all: those and the runs'
	                            (set when the read ends) */
	char **athletes;         /* names, in order of first appearance */
	size_t n_athletes;       /* 0 without an athlete column */
	size_t other_athletes;   /* rows of athletes --athlete left out */
#define INGEST_OTHER_NAMES 5
	char *other_names[INGEST_OTHER_NAMES]; /* the first names --athlete left out */
	size_t n_other_names;
	size_t rows;             /* data rows read: not the header, not blank lines */
	size_t skipped;          /* rows skipped: a bad date, the wrong number of fields */
	size_t set_aside[INGEST_NVALUES]; /* bad values made unknown, by column;
	                                     their rows are kept */
	size_t duplicates;       /* runs and strength rows dropped as exact copies
	                            of an earlier row */
	size_t strength_only;    /* distinct days (of an athlete) with a strength
	                            session and no run (set when the read ends) */
	size_t other_rows;       /* rows with no run and no strength session */
	size_t other_activities; /* app-export rows of another sport, left out */
	size_t diary_days;       /* diary days merged onto runs (ingest_merge_diary) */
	size_t diary_unmatched;  /* diary days with no run that day */
	int miles;               /* distances were in miles (the header, --units
	                            mi, or the guess): reports show miles */
	int miles_guessed;       /* ... by the guess (INGEST_PACE_USUAL) */
	unsigned column_hits;    /* bit k: opts.columns[k] named a header field */
	char member[256];        /* the zip member read ("activities.csv"), or ""
	                            for a file read as it is (ingest_read; a zip
	                            is never read in halves: not joined) */
	char header_found[320];  /* with opts.columns: the header's names, made
	                            safe for a terminal ("'Date', 'Km'") */
	int diary_shift;         /* 1 (-1): most diary days fall one day before
	                            (after) a run's day and fewer on one: the
	                            diary was made in another zone; else 0 */
	size_t diary_shifted;    /* how many do, when diary_shift is set */
	enum ingest_format format;
	int utf16;               /* the file was UTF-16, read converted to UTF-8
	                            (never read in halves: not joined) */
	int diary_utf16;         /* the same for the --diary file (cli_read) */
	unsigned columns;        /* INGEST_HAS_* */
	unsigned named;          /* INGEST_HAS_* the header named, before a
	                            strength column that records nothing is
	                            dropped from columns */
	unsigned diary_named;    /* the diary's named (ingest_merge_diary) */
	struct ingest_note *notes; /* with keep_notes, the rows' notes in file
	                              order (a row without any has none); after
	                              ingest_merge_diary, the diary's, a day's
	                              last, by day (ingest_note_of) */
	size_t n_notes, cap_notes;
	int order;               /* INGEST_ORDER_*: whether the runs are in
	                            (athlete, day) order, when the read knows */
	size_t cap_runs, cap_strength;
};

enum { INGEST_ORDER_UNKNOWN = 0, INGEST_ORDER_SORTED, INGEST_ORDER_UNSORTED };

struct num_words;

/* --column ROLE=HEADER: a header field given a role (one of
 * ingest_column_roles), over the names runlog guesses. The header is
 * matched as runlog matches names (ingest_normalize_name). */
struct ingest_column {
	const char *role, *header;
};
#define INGEST_COLUMNS_MAX 16

/* The roles, for a message: "date, pain, distance, ...". */
extern const char ingest_column_roles[];

/* The role name is, matched as a header is ("Ate-Before" is ate_before):
 * its name as ingest_column_roles spells it (static), or NULL. */
const char *ingest_column_role(const char *name);

/* Called once per bad row or bad value: line is the row's first physical
 * line, msg says what is wrong ("column 'pain': '11' is outside 0-10"). */
typedef void ingest_warn_fn(void *ctx, unsigned long line, const char *msg);

struct ingest_opts {
	ingest_warn_fn *warn; /* may be NULL */
	void *warn_ctx;
	int32_t today;        /* day number; a date over INGEST_DAYS_AHEAD after it
	                         is a typo (0: no check) */
	int need_pain;        /* refuse a header without a pain column */
	const char *athlete;  /* keep only this athlete's rows, or NULL */
	/* Called after each chunk read with the bytes read so far; may be NULL. */
	void (*progress)(void *ctx, unsigned long long bytes);
	void *progress_ctx;
	int date_order;       /* enum date_order: how to read D/M/Y and M/D/Y;
	                         DATE_AUTO decides from the whole column */
	enum ingest_units units; /* distances' unit; AUTO: from the header, else km */
	const struct num_words *words; /* the runner's words for yes and no
	                                  (num.h), or NULL */
	const struct ingest_column *columns; /* --column mappings, n_columns of them */
	size_t n_columns;
	unsigned columns_needed; /* bit k: columns[k] must be in this header, or the
	                            read fails with INGEST_EUSAGE */
	int meal_entries;     /* a row with a meal value but no pain or distance
	                         is an entry too: a diary for the meals beside a
	                         log with pain of its own (Apple Health's) */
	int zone_given;       /* --tz: a time with its own offset (Apple
	                         Health's) falls on its day in TZ, not the day
	                         as written */
	int keep_notes;       /* keep each dated row's notes in log->notes (a
	                         diary's; the file is then read on one thread) */
	int threads;          /* threads reading a large file, 1 to
	                         INGEST_THREADS_MAX (0: one per online core) */
};

/* Error detail for a status other than INGEST_OK. */
struct ingest_error {
	unsigned long line;  /* 0 when the problem is not on one line */
	char msg[512];       /* lower case, no file name, no trailing period */
};

/* The values set aside in log, in all columns. */
/* The end of a warning about a value set aside (a reader that stops at
 * the first warning, as diary --update does, takes it off). */
#define INGEST_SET_ASIDE_NOTE "; set aside, the row is kept"

size_t ingest_set_aside(const struct ingest_log *log);

void ingest_init(struct ingest_log *log);
void ingest_free(struct ingest_log *log);

/* Free the runs and strength days once the features are built from them,
 * keeping every count and the athletes' names for the report. */
void ingest_release_runs(struct ingest_log *log);

/* Hand the runs' memory (cap_runs records, n_runs of them runs) to the
 * caller, who frees it, and release the rest as ingest_release_runs does.
 * features_take rewrites it in place as its own records. */
void *ingest_take_runs(struct ingest_log *log);

/* Read the log at path ("-" is standard input) into log, which must be
 * freshly initialised. A row whose date is bad, or whose number of fields
 * is not the header's, is skipped; a bad value in another column is set
 * aside (made unknown) and the row kept, so a run keeps its place in the
 * streaks. Each is counted and passed to opts->warn. A run whose row repeats an earlier row exactly is dropped
 * and counted in duplicates, with a warning; an implausible pace only
 * warns. Returns INGEST_OK, or a status with err filled in; on error log
 * holds whatever was read and must still be freed. */
enum ingest_status ingest_read(const char *path, const struct ingest_opts *opts,
			       struct ingest_log *log, struct ingest_error *err);

/* Same, from an open stream, which the caller closes. */
enum ingest_status ingest_stream(FILE *fp, const struct ingest_opts *opts,
				 struct ingest_log *log, struct ingest_error *err);

/* Whether runs are in (athlete, day) order already, so that neither the
 * search for copies nor the factors need to sort them. */
int ingest_in_order(const struct ingest_run *runs, size_t n);
/* The same for a log's runs: what the read found, or else a look. */
int ingest_sorted(const struct ingest_log *log);

/* Note an athlete name that --athlete left out, among the first few
 * (each once). Returns 0, or -1 when out of memory. */
int ingest_note_other(struct ingest_log *log, const char *name);

/* Where each athlete's runs and strength sessions start in a cohort log
 * grouped by ingest_group_athletes: athlete k's runs are
 * log->runs[runs[k] .. runs[k + 1]), and likewise its sessions. */
struct ingest_by_athlete {
	size_t *runs, *sessions; /* n_athletes + 1 each */
};

/* Reorder a cohort log's runs and strength sessions by athlete, each
 * athlete's in file order, and index them into ix (free with
 * ingest_by_athlete_free, also after a failure), so that each athlete's
 * part is one slice: one pass over the log for all athletes. The runs'
 * lines (ingest_run_line) are lost. Returns 0, or -1 when out of memory. */
int ingest_group_athletes(struct ingest_log *log, struct ingest_by_athlete *ix);
void ingest_by_athlete_free(struct ingest_by_athlete *ix);

/* Athlete k's part of a log grouped into ix, into out (freshly
 * initialised; free with ingest_free), as reading the file with --athlete
 * would give it, so that each athlete's week needs no second read: k's
 * runs and strength sessions in file order (numbered 0), its name as the
 * one athlete, its sessions counted, and no strength column when k records
 * none. The file's header facts (format, columns named, units) are log's;
 * the counts of rows, skipped rows, duplicates and values set aside stay
 * the whole file's, since a bad row's athlete may be unknown. Returns 0,
 * or -1 when out of memory. */
int ingest_athlete(const struct ingest_log *log, const struct ingest_by_athlete *ix, uint32_t k,
		   struct ingest_log *out);

/* Add a strength session on day for athlete, not from a row of the file
 * (a diary's, after the read). Returns 0, or -1 when out of memory. */
int ingest_add_strength(struct ingest_log *log, int32_t day, uint32_t athlete);

/* The line where run i's row starts, for runs as read (before the copies
 * are dropped). */
unsigned long ingest_run_line(const struct ingest_log *log, size_t i);

/* Merge a pain diary (read with ingest_read) onto log by date: a diary
 * day's pain, and its meals where it gives them, replace the log's for
 * every run that day; a run on a day without an entry has no pain score;
 * but an Apple Health export keeps its own pain where the diary gives
 * none (its diary is for the meals: read it with meal_entries);
 * the diary's strength days join the log's. Counts the diary days used and
 * those with no run, and tells a diary whose days are one off the runs'
 * (diary_shift). Returns 0, or -1 when out of memory. */
int ingest_merge_diary(struct ingest_log *log, const struct ingest_log *diary);

/* The notes of the diary merged onto log for day (ingest_merge_diary, of a
 * diary read with keep_notes): valid until ingest_free(log); NULL when it
 * has none. */
const char *ingest_note_of(const struct ingest_log *log, int32_t day);

/* Normalise a header name the way the matcher sees it: trimmed, lower case,
 * '_', '-' and ' ' folded to '_', a "(unit)" dropped. *miles is set when the
 * unit was "mi" or "miles". Writes at most cap bytes including the NUL. */
void ingest_normalize_name(const char *name, char *out, size_t cap, int *miles);

#endif
