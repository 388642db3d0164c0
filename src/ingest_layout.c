/* ingest_layout: recognise the file from its header and map its fields,
 * after normalising their names. */
#include "ingest_layout.h"
#include "runlog/date.h"
#include "runlog/num.h"
#include "runlog/safe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const ingest_col_name[NCOL] = {
	"date", "pain", "distance", "duration", "ate_before", "ate_after", "strength", "notes",
	"activity type", "athlete",
};

/* Header names, after ingest_normalize_name, for runlog's own log and for
 * other spreadsheets. canonical marks runlog's own names. */
static const struct alias {
	const char *name;
	enum col col;
	int miles, canonical;
} aliases[] = {
	{"date", COL_DATE, 0, 1},
	{"day", COL_DATE, 0, 0},
	{"run_date", COL_DATE, 0, 0},
	{"pain", COL_PAIN, 0, 1},
	{"back_pain", COL_PAIN, 0, 0},
	{"pain_score", COL_PAIN, 0, 0},
	{"distance", COL_DISTANCE, 0, 1},
	{"distance_km", COL_DISTANCE, 0, 1},
	{"km", COL_DISTANCE, 0, 1},
	{"kilometers", COL_DISTANCE, 0, 0},
	{"kilometres", COL_DISTANCE, 0, 0},
	{"distance_mi", COL_DISTANCE, 1, 1},
	{"distance_miles", COL_DISTANCE, 1, 1},
	{"miles", COL_DISTANCE, 1, 1},
	{"duration", COL_DURATION, 0, 1},
	{"time", COL_DURATION, 0, 0},
	{"moving_time", COL_DURATION, 0, 0},
	{"elapsed_time", COL_DURATION, 0, 0},
	{"time_mmss", COL_DURATION, 0, 0},
	{"ate_before", COL_ATE_BEFORE, 0, 1},
	{"meal_before", COL_ATE_BEFORE, 0, 0},
	{"ate_after", COL_ATE_AFTER, 0, 1},
	{"meal_after", COL_ATE_AFTER, 0, 0},
	{"strength", COL_STRENGTH, 0, 1},
	{"strength_training", COL_STRENGTH, 0, 0},
	{"notes", COL_NOTES, 0, 1},
	{"note", COL_NOTES, 0, 0},
	{"comments", COL_NOTES, 0, 0},
	{"athlete", COL_ATHLETE, 0, 1},
	{"runner", COL_ATHLETE, 0, 1},
	{"name", COL_ATHLETE, 0, 1},
};

const char *ingest_format_name(enum ingest_format f)
{
	static const char *const name[] = {"runlog log", "spreadsheet", "Strava export",
					   "Garmin export", "intervals.icu export",
					   "Apple Health export"};
	return name[f];
}

const char *ingest_format_article(enum ingest_format f)
{
	return strchr("aeiouAEIOU", ingest_format_name(f)[0]) ? "an" : "a";
}

enum activity ingest_activity(const char *type)
{
	char low[64];
	size_t n = 0;
	for (; type[n] && n + 1 < sizeof low; n++)
		low[n] = (char)(type[n] >= 'A' && type[n] <= 'Z' ? type[n] - 'A' + 'a' : type[n]);
	low[n] = '\0';
	/* Run, Trail Run, Virtual Run, Running, Treadmill Running, Track Running... */
	if (strstr(low, "run"))
		return ACTIVITY_RUN;
	if (strstr(low, "strength") || strstr(low, "weight"))
		return ACTIVITY_STRENGTH;
	for (size_t i = 0; i < ingest_n_activity_names; i++)
		if (num_words_equal(type, ingest_activity_names[i].name))
			return ingest_activity_names[i].kind;
	return ACTIVITY_OTHER;
}

void ingest_normalize_name(const char *name, char *out, size_t cap, int *miles)
{
	size_t n = 0;
	int pending_sep = 0;
	*miles = 0;
	if (cap == 0)
		return;
	for (const char *p = name; *p; p++) {
		unsigned char c = (unsigned char)*p;
		/* Strava once leaked HTML into its header: <span ...>Type</span>. */
		if (c == '<' && strchr(p, '>')) {
			p = strchr(p, '>');
			continue;
		}
		if (c == '(') {
			const char *close = strchr(p, ')');
			const char *u = p + 1;
			size_t ulen;
			if (!close)
				break;
			while (ingest_is_blank(*u))
				u++;
			ulen = (size_t)(close - u);
			while (ulen && ingest_is_blank(u[ulen - 1]))
				ulen--;
			if ((ulen == 2 && strncasecmp(u, "mi", 2) == 0) ||
			    (ulen == 5 && strncasecmp(u, "miles", 5) == 0))
				*miles = 1;
			p = close;
			pending_sep = n > 0;
			continue;
		}
		if (c == '_' || c == '-' || ingest_is_blank(c)) {
			pending_sep = n > 0;
			continue;
		}
		if (pending_sep && n + 1 < cap)
			out[n++] = '_';
		pending_sep = 0;
		if (n + 1 < cap)
			out[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	out[n] = '\0';
}

const char ingest_column_roles[] =
	"date, pain, distance, duration, ate_before, ate_after, strength, notes, athlete";

/* The column a --column role names, or -1. */
static int role_col(const char *role)
{
	char norm[64];
	int mi;
	ingest_normalize_name(role, norm, sizeof norm, &mi);
	for (int c = 0; c < NCOL; c++)
		if (c != COL_TYPE && strcmp(norm, ingest_col_name[c]) == 0)
			return c;
	return -1;
}

const char *ingest_column_role(const char *name)
{
	int c = role_col(name);
	return c < 0 ? NULL : ingest_col_name[c];
}

/* Add one byte, or a text, to out (cap bytes, used so far), never past its
 * end; used counts on, so a full out is seen by its caller. */
static void put(char *out, size_t cap, size_t *used, const char *text)
{
	for (; *text; text++, (*used)++)
		if (*used + 1 < cap)
			out[*used] = *text, out[*used + 1] = '\0';
}

/* A header name from the file, quoted, its first max bytes (cut at a
 * character). It stays as the file has it: whoever shows the message
 * makes it safe for where it goes (safe.h), so that no name can steer a
 * terminal. */
static void put_name(char *out, size_t cap, size_t *used, const char *s, size_t max)
{
	char name[128];
	size_t n = safe_utf8_cut(s, strlen(s), max < sizeof name ? max : sizeof name - 1);
	memcpy(name, s, n);
	name[n] = '\0';
	put(out, cap, used, "'");
	put(out, cap, used, name);
	put(out, cap, used, "'");
}

void ingest_layout_names(char *const *hdr, size_t n, char *out, size_t cap)
{
	size_t used = strlen(out), shown = 0;
	for (size_t i = 0; i < n && used + 60 < cap && shown < 12; i++) {
		if (!hdr[i][0])
			continue;
		if (shown++)
			put(out, cap, &used, ", ");
		put_name(out, cap, &used, hdr[i], 30);
	}
	if (shown < n && used < cap)
		snprintf(out + used, cap - used, " (%zu columns)", n);
}

static int has(char norm[][128], size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(norm[i], name) == 0)
			return 1;
	return 0;
}

/* "Found: a, b, c (and 25 more)." into msg after what is there. */
static void found(char *const *hdr, size_t n, char *msg, size_t cap)
{
	size_t used = strlen(msg);
	put(msg, cap, &used, "; found ");
	ingest_layout_names(hdr, n, msg, cap);
}

/* Whether the header has the column an export names (normalised). */
static int has_named(char norm[][128], size_t n, const char *name, char *out)
{
	int mi;
	ingest_normalize_name(name, out, 128, &mi);
	return has(norm, n, out);
}

/* The app export whose columns the header has together (ingest_exports),
 * or intervals.icu's wellness diary: its table of names into table (5
 * entries at most), their text in names; else runlog's own table, for a
 * log or another spreadsheet. */
static const struct alias *pick_format(char norm[][128], size_t n, struct ingest_layout *l,
				       struct alias *table, char names[][128], size_t *n_table)
{
	l->format = INGEST_FORMAT_RUNLOG;
	for (size_t i = 0; i < ingest_n_exports; i++) {
		const struct ingest_export *e = &ingest_exports[i];
		int garmin = e->format == INGEST_FORMAT_GARMIN;
		if (!has_named(norm, n, e->date, names[0]) || !has_named(norm, n, e->type, names[1]) ||
		    !has_named(norm, n, e->distance, names[2]) ||
		    (!has_named(norm, n, e->duration, names[3]) && garmin))
			continue;
		static const enum col role[] = {COL_DATE, COL_TYPE, COL_DISTANCE, COL_DURATION, COL_PAIN};
		strcpy(names[4], "pain");
		for (int k = 0; k < 5; k++)
			table[k] = (struct alias){names[k], role[k], 0, 0};
		l->format = e->format;
		/* Strava's times are UTC, intervals.icu's local; both give
		 * seconds, and intervals.icu metres. */
		l->seconds = !garmin;
		l->utc = e->format == INGEST_FORMAT_STRAVA;
		l->metres = e->format == INGEST_FORMAT_INTERVALS;
		l->comma = e->comma == NUM_COMMA_DECIMAL;
		l->thousands = !l->comma;
		l->date_order = e->dates;
		*n_table = 5;
		return table;
	}
	/* intervals.icu's wellness.csv: a day a row, its date in "date" (or
	 * "id", as its API names it), soreness 1-4 for the pain. Known by
	 * soreness beside fatigue, its sibling scale: a runner's own log may
	 * call its 0-10 pain soreness. */
	if (has(norm, n, "soreness") && has(norm, n, "fatigue") && !has(norm, n, "pain") &&
	    (has(norm, n, "date") || has(norm, n, "id"))) {
		table[0] = (struct alias){has(norm, n, "date") ? "date" : "id", COL_DATE, 0, 0};
		table[1] = (struct alias){"soreness", COL_PAIN, 0, 0};
		table[2] = (struct alias){"comments", COL_NOTES, 0, 0};
		l->levels = 1;
		*n_table = 3;
		return table;
	}
	*n_table = sizeof aliases / sizeof *aliases;
	return aliases;
}

/* Map each field whose name is in table to its column. Returns 0, or -1
 * with msg set when a log names a column twice. */
static int map_fields(char norm[][128], const int *miles, const struct alias *table, size_t n_table,
		      struct ingest_layout *l, char *msg, size_t cap)
{
	int export = l->format != INGEST_FORMAT_RUNLOG, all_canonical = 1;
	for (size_t i = 0; i < l->n; i++) {
		for (size_t a = 0; a < n_table; a++) {
			if (strcmp(norm[i], table[a].name) != 0)
				continue;
			enum col c = table[a].col;
			if (l->field_of[c] >= 0) {
				/* Strava has two Distance columns, km then metres: the first counts. */
				if (export)
					break;
				snprintf(msg, cap, "column '%s' appears twice in the header (fields %d and %zu)",
					 ingest_col_name[c], l->field_of[c] + 1, i + 1);
				return -1;
			}
			l->field_of[c] = (int)i;
			l->map[i] = (int)c;
			all_canonical &= table[a].canonical;
			if (c == COL_DISTANCE)
				l->miles = table[a].miles || miles[i];
			break;
		}
	}
	if (!export && (!all_canonical || l->field_of[COL_PAIN] < 0))
		l->format = INGEST_FORMAT_SHEET;
	return 0;
}

/* The --column mappings, over the names guessed: each named header field
 * takes its role from the field that had it. Returns 0, or -1 with msg set
 * when a mapping that must be in this header (opts->columns_needed) is
 * not. */
static int apply_columns(char norm[][128], const int *miles, char *const *hdr,
			 const struct ingest_opts *opts, struct ingest_layout *l, char *msg, size_t cap)
{
	for (size_t k = 0; k < opts->n_columns && k < INGEST_COLUMNS_MAX; k++) {
		const struct ingest_column *m = &opts->columns[k];
		char want[128];
		int mi, c = role_col(m->role);
		size_t i = 0;
		ingest_normalize_name(m->header, want, sizeof want, &mi);
		while (i < l->n && strcmp(norm[i], want) != 0)
			i++;
		if (c < 0 || i == l->n) {
			if (!(opts->columns_needed >> k & 1u))
				continue;
			if (c < 0) /* kept as ROLE=HEADER by the command line */
				snprintf(msg, cap, "--column %.80s: '%.*s' is not a role (the roles are %s)",
					 m->role, (int)(m->header - 1 - m->role), m->role, ingest_column_roles);
			else
				snprintf(msg, cap, "--column %.20s=%.60s: no column '%.60s' in the header",
					 m->role, m->header, m->header);
			found(hdr, l->n, msg, cap);
			return -1;
		}
		if (l->map[i] >= 0)
			l->field_of[l->map[i]] = -1;
		if (l->field_of[c] >= 0)
			l->map[l->field_of[c]] = -1;
		l->field_of[c] = (int)i;
		l->map[i] = c;
		if (c == COL_DISTANCE)
			l->miles = miles[i];
		l->hits |= 1u << k;
	}
	if (l->hits && l->format == INGEST_FORMAT_RUNLOG)
		l->format = INGEST_FORMAT_SHEET;
	return 0;
}

/* Whether a distance column's name (raw, and normalised) says its unit:
 * "Distance (km)", "distance_km", "Miles"... */
static int says_unit(const char *raw, const char *norm)
{
	size_t n = strlen(norm);
	return strchr(raw, '(') || strstr(norm, "km") || strstr(norm, "kilomet") ||
	       strstr(norm, "mile") || (n >= 3 && strcmp(norm + n - 3, "_mi") == 0);
}

/* Whether the columns runlog needs are there. Returns 0, or -1 with msg
 * set: what is missing, what runlog reads, and (but for an export) what
 * the header has. */
static int check_columns(char *const *hdr, const struct ingest_layout *l,
			 const struct ingest_opts *opts, char *msg, size_t cap)
{
	int export = l->format != INGEST_FORMAT_RUNLOG && l->format != INGEST_FORMAT_SHEET;
	if (l->field_of[COL_DATE] < 0) {
		snprintf(msg, cap, "the header has no 'date' column: runlog reads its own log (date, pain, "
				   "distance, duration, ate_before, ate_after, strength, notes), a Strava "
				   "activities.csv or a Garmin Activities.csv");
		found(hdr, l->n, msg, cap);
		return -1;
	}
	if (l->field_of[COL_PAIN] >= 0 || !opts->need_pain)
		return 0;
	if (export) {
		snprintf(msg, cap, "this %s has no pain scores: keep a pain diary beside it and "
				   "give it with --diary FILE ('runlog diary LOG' starts one)",
			 ingest_format_name(l->format));
		return -1;
	}
	snprintf(msg, cap, "the header has no 'pain' column, so there is nothing to "
			   "analyse: add a pain column (0-10), or keep a pain diary and give "
			   "it with --diary FILE ('runlog diary LOG' starts one)");
	found(hdr, l->n, msg, cap);
	return -1;
}

int ingest_layout_build(char *const *hdr, size_t n, const struct ingest_opts *opts,
			struct ingest_layout *l, char *msg, size_t cap)
{
	char (*norm)[128] = malloc((n ? n : 1) * sizeof *norm);
	char names[5][128];
	struct alias export_table[5];
	int *miles = malloc((n ? n : 1) * sizeof *miles);
	size_t n_table;
	int rc = -1;

	memset(l, 0, sizeof *l);
	l->map = malloc((n ? n : 1) * sizeof *l->map);
	if (!norm || !miles || !l->map) {
		snprintf(msg, cap, "out of memory");
		goto out;
	}
	l->n = n;
	for (int c = 0; c < NCOL; c++)
		l->field_of[c] = -1;
	for (size_t i = 0; i < n; i++) {
		ingest_normalize_name(hdr[i], norm[i], sizeof norm[i], &miles[i]);
		l->map[i] = -1;
	}
	const struct alias *table = pick_format(norm, n, l, export_table, names, &n_table);
	if (map_fields(norm, miles, table, n_table, l, msg, cap))
		goto out;
	if (apply_columns(norm, miles, hdr, opts, l, msg, cap)) {
		rc = -2;
		goto out;
	}
	if (opts->units && !l->metres)
		l->miles = opts->units == INGEST_UNITS_MI;
	int dist = l->field_of[COL_DISTANCE];
	l->unitless = !opts->units && !l->metres && dist >= 0 && !says_unit(hdr[dist], norm[dist]);
	rc = check_columns(hdr, l, opts, msg, cap);
out:
	free(norm);
	free(miles);
	if (rc)
		ingest_layout_free(l);
	return rc;
}

void ingest_layout_free(struct ingest_layout *l)
{
	free(l->map);
	l->map = NULL;
}
