/* ingest_layout.h - private to the ingest stage: which header field holds
 * which column, and how to read it.
 *
 * ingest_layout.c recognises the kind of file from its header (runlog's own
 * log, a Strava or Garmin export, or another spreadsheet) and maps its
 * fields; the reader then reads every row through that map. The layout
 * calls nothing else of the ingest stage. */
#ifndef RUNLOG_INGEST_LAYOUT_H
#define RUNLOG_INGEST_LAYOUT_H

#include <stddef.h>

#include "runlog/ingest.h"

enum col {
	COL_DATE, COL_PAIN, COL_DISTANCE, COL_DURATION,
	COL_ATE_BEFORE, COL_ATE_AFTER, COL_STRENGTH, COL_NOTES, COL_TYPE, COL_ATHLETE, NCOL
};

extern const char *const ingest_col_name[NCOL];

struct ingest_layout {
	enum ingest_format format;
	int field_of[NCOL];   /* column -> header field, or -1 */
	int *map;             /* header field -> column, or -1 */
	size_t n;             /* header fields */
	int miles;            /* distances are in miles */
	int unitless;         /* the distance column's name says no unit */
	int seconds;          /* a plain-number duration is seconds, not minutes */
	int utc;              /* date-times are UTC (Strava) */
	int thousands;        /* numbers may carry ',' thousands separators (app exports) */
	int comma;            /* an export in the runner's language: decimal commas */
	int date_order;       /* enum date_order of dates in numbers, but for --dates */
	int levels;           /* pain is a wellness level 1-4 (INGEST_LEVEL_STEP) */
	int metres;           /* distances are in metres (intervals.icu) */
	unsigned hits;        /* bit k: opts->columns[k] named a field here */
};

/* Map the n header fields hdr, with the --column mappings of opts over
 * the names guessed. Returns 0; -1 with msg set when the file is not a log
 * runlog can read (msg lists what it found and what it takes); -2 with msg
 * set when a mapping opts->columns_needed asks for is not in the header. */
int ingest_layout_build(char *const *hdr, size_t n, const struct ingest_opts *opts,
			struct ingest_layout *l, char *msg, size_t cap);
void ingest_layout_free(struct ingest_layout *l);

/* Append to out (cap bytes, a string) the header's names, quoted, made safe
 * for a terminal: "'Date', 'Km'", the first 12, and the count when some
 * are not shown. */
void ingest_layout_names(char *const *hdr, size_t n, char *out, size_t cap);

/* The blanks trimmed around a cell and a header name. */
static inline int ingest_is_blank(int c)
{
	return c == ' ' || c == '\t';
}

/* Move *s and shorten *len past the blanks around a cell's *len bytes. */
static inline void ingest_trim(const char **s, size_t *len)
{
	while (*len && ingest_is_blank(**s))
		++*s, --*len;
	while (*len && ingest_is_blank((*s)[*len - 1]))
		--*len;
}

/* What an app export's activity type makes of a row. */
enum activity { ACTIVITY_RUN, ACTIVITY_STRENGTH, ACTIVITY_OTHER };
enum activity ingest_activity(const char *type);

/* The app exports' header names, one entry per app and language, as the
 * export writes them (ingest_names.c, the one table of them); how it
 * writes numbers (enum num_comma) and dates in numbers (enum date_order). */
struct ingest_export {
	enum ingest_format format;
	const char *language;
	const char *date, *type, *distance, *duration;
	int comma, dates;
};
extern const struct ingest_export ingest_exports[];
extern const size_t ingest_n_exports;

/* Activity types, whole, in the languages of ingest_exports. */
struct ingest_activity_name {
	const char *name;
	enum activity kind;
};
extern const struct ingest_activity_name ingest_activity_names[];
extern const size_t ingest_n_activity_names;

#endif
