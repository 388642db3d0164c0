/* ingest_row: the record just read, into the log. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ingest_log.h"
#include "ingest_state.h"

#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u

/* FNV-1a, for the table of athletes' names. */
static uint32_t fnv(uint32_t h, const void *p, size_t n)
{
	for (const unsigned char *c = p; n--; c++)
		h = (h ^ *c) * FNV_PRIME;
	return h;
}

/* A slot of the table of athletes: the name's hash above, its index below;
 * the hash is compared first, so a probe past another name does not read
 * that name (a cache miss in a log of many athletes). */
#define ATH_EMPTY UINT64_MAX

/* The table twice as large, each slot moved by its hash. Returns 0, or -1
 * when out of memory. */
static int athletes_grow(struct reader *r)
{
	struct ingest_log *log = r->log;
	size_t cap = r->cap_ath ? 2 * r->cap_ath : 64;
	uint64_t *t = malloc(cap * sizeof *t);
	char **names = realloc(log->athletes, cap / 2 * sizeof *names);
	if (!t || !names) {
		free(t);
		if (names)
			log->athletes = names;
		return -1;
	}
	log->athletes = names;
	for (size_t i = 0; i < cap; i++)
		t[i] = ATH_EMPTY;
	for (size_t i = 0; i < r->cap_ath; i++) {
		if (r->ath[i] == ATH_EMPTY)
			continue;
		size_t h = (size_t)(r->ath[i] >> 32) & (cap - 1);
		while (t[h] != ATH_EMPTY)
			h = (h + 1) & (cap - 1);
		t[h] = r->ath[i];
	}
	free(r->ath);
	r->ath = t;
	r->cap_ath = cap;
	return 0;
}

/* The index of an athlete's name, adding it when new. A small open-
 * addressing table of indices keeps the lookup O(1). */
static int athlete_index(struct reader *r, const char *name, uint32_t *out)
{
	struct ingest_log *log = r->log;
	if (2 * (log->n_athletes + 1) > r->cap_ath && athletes_grow(r))
		return -1;
	uint64_t hash = fnv(FNV_BASIS, name, strlen(name));
	size_t h = (size_t)hash & (r->cap_ath - 1);
	for (; r->ath[h] != ATH_EMPTY; h = (h + 1) & (r->cap_ath - 1))
		if (r->ath[h] >> 32 == hash && strcmp(log->athletes[(uint32_t)r->ath[h]], name) == 0) {
			*out = (uint32_t)r->ath[h];
			return 0;
		}
	char *copy = strdup(name);
	if (!copy)
		return -1;
	r->ath[h] = hash << 32 | log->n_athletes;
	*out = (uint32_t)log->n_athletes;
	log->athletes[log->n_athletes++] = copy;
	return 0;
}

/* The record's athlete into *athlete (0 without the column): 0, or 1 when
 * the row is left out (--athlete) or skipped, and counted, or -1 when the
 * reader has failed. */
static int row_athlete(struct reader *r, uint32_t *athlete)
{
	struct ingest_log *log = r->log;
	const struct cell *a = &r->cell[COL_ATHLETE];
	*athlete = 0;
	if (r->quick.mask & BIT(COL_ATHLETE)) {
		*athlete = r->quick.athlete;
		return 0;
	}
	if (r->lay.field_of[COL_ATHLETE] < 0)
		return 0;
	if (r->opts->athlete && strcmp(a->s, r->opts->athlete) != 0) {
		log->other_athletes++;
		if (ingest_note_other(log, a->s))
			ingest_fail(r, INGEST_ENOMEM, 0, "out of memory");
		return 1;
	}
	if (a->len == 0 || a->too_long) {
		log->skipped++;
		if (r->opts->warn)
			r->opts->warn(r->opts->warn_ctx, r->row_line,
				      a->len ? "column 'athlete': the name is longer than 64 bytes"
					     : "column 'athlete' is empty");
		return 1;
	}
	return ingest_row_athlete(r, a->s, athlete);
}

/* Append n bytes at s to buf, which holds *len, up to INGEST_NOTE_MAX:
 * cut before the character that would pass it, and full after that. */
static void note_put(char *buf, size_t *len, const char *s, size_t n)
{
	size_t room = INGEST_NOTE_MAX - *len;
	int cut = n > room;
	if (cut)
		for (n = room; n && ((unsigned char)s[n] & 0xC0) == 0x80; n--)
			;
	memcpy(buf + *len, s, n);
	buf[*len + n] = '\0';
	*len = cut ? INGEST_NOTE_MAX : *len + n;
}

void ingest_row_note_field(struct reader *r, size_t idx, const char *s, size_t len)
{
	int col = r->lay.map[idx];
	ingest_trim(&s, &len);
	if (!len)
		return;
	if (col == COL_NOTES) {
		note_put(r->note, &r->note_len, s, len);
	} else if (col < 0 && r->lay.levels && strcasecmp(r->hdr[idx], "id") != 0) {
		/* "id" is the date again, as intervals.icu's API names it */
		if (r->note_more_len)
			note_put(r->note_more, &r->note_more_len, ", ", 2);
		note_put(r->note_more, &r->note_more_len, r->hdr[idx], strlen(r->hdr[idx]));
		note_put(r->note_more, &r->note_more_len, " ", 1);
		note_put(r->note_more, &r->note_more_len, s, len);
	}
}

/* The record's notes, its notes cell then its other values, into the log
 * for day. Returns 0, or -1 when out of memory (r failed). */
static int keep_note(struct reader *r, int32_t day)
{
	char text[INGEST_NOTE_MAX + 1] = "";
	size_t n = 0;
	if (!*r->note && !*r->note_more)
		return 0;
	note_put(text, &n, r->note, strlen(r->note));
	if (*r->note && *r->note_more)
		note_put(text, &n, "; ", 2);
	note_put(text, &n, r->note_more, strlen(r->note_more));
	if (ingest_log_add_note(r->log, day, text) == 0)
		return 0;
	ingest_fail(r, INGEST_ENOMEM, 0, "out of memory");
	return -1;
}

/* A spreadsheet's empty template row: no date, no pain, no distance. */
static int is_template(const struct reader *r)
{
	const struct cell *c = r->cell;
	return !(r->quick.mask & (BIT(COL_DATE) | BIT(COL_PAIN) | BIT(COL_DISTANCE))) &&
	       c[COL_DATE].len == 0 && (c[COL_PAIN].len == 0 || ingest_parse_missing(&c[COL_PAIN])) &&
	       (c[COL_DISTANCE].len == 0 || ingest_parse_missing(&c[COL_DISTANCE]));
}

/* Count the row's pace, and warn when it is implausible. */
static void check_pace(struct reader *r, const struct row *row)
{
	int odd, implausible;
	char msg[256];
	if (!ingest_parse_pace(row, &odd, &implausible))
		return;
	r->seen.paced++;
	r->seen.odd_pace += odd;
	r->seen.slow_km += ingest_parse_pace_above(row, INGEST_PACE_USUAL);
	r->seen.slow_mi += ingest_parse_pace_above(row, INGEST_PACE_USUAL * INGEST_KM_PER_MILE);
	if (implausible && r->opts->warn) {
		ingest_parse_pace_note(row, msg, sizeof msg);
		r->opts->warn(r->opts->warn_ctx, r->row_line, msg);
	}
}

/* The parsed row into the log: a run, a strength session, or a count. A
 * rest day kept as a row (distance 0, no pain) is not a run; in an app
 * export the activity type decides. */
static void store_row(struct reader *r, struct row *row, uint32_t athlete, enum activity kind)
{
	struct ingest_log *log = r->log;
	int is_run = row->has_pain || row->given ||
		     (row->km_exact ? row->km_m > 0 && row->km_m != INGEST_KM_NONE : row->km > 0) ||
		     (r->opts->meal_entries &&
		      (row->ate_before != INGEST_UNKNOWN || row->ate_after != INGEST_UNKNOWN));
	if (r->lay.field_of[COL_TYPE] >= 0) {
		is_run = kind == ACTIVITY_RUN;
		if (kind == ACTIVITY_STRENGTH)
			row->strength = INGEST_YES;
	}
	if (is_run) {
		struct ingest_run *run = ingest_log_push(log, r->row_line);
		if (!run) {
			ingest_fail(r, INGEST_ENOMEM, 0, "out of memory");
			return;
		}
		*run = ingest_run_make(row->day, r->row_hash, row->pain_m, athlete, row->km_m,
				       row->ate_before, row->ate_after, row->strength);
		ingest_tally_run(&r->seen.tally, log->n_runs > 1 ? run - 1 : NULL, run);
	} else if (row->strength == INGEST_YES) {
		if (ingest_log_add_session(log, row->day, athlete, r->row_hash, r->row_line))
			ingest_fail(r, INGEST_ENOMEM, 0, "out of memory");
	} else {
		log->other_rows++;
	}
}

void ingest_reader_add(struct reader *r, unsigned long line, uint32_t hash, int32_t day,
		       unsigned km_m, int session)
{
	struct row row = {.day = day, .pain_m = INGEST_PAIN_NONE, .km_m = km_m, .km_exact = 1,
			  .given = !session, .ate_before = INGEST_UNKNOWN, .ate_after = INGEST_UNKNOWN,
			  .strength = session ? INGEST_YES : INGEST_NO};
	r->row_line = line;
	r->row_hash = hash;
	store_row(r, &row, 0, session ? ACTIVITY_STRENGTH : ACTIVITY_RUN);
}

void ingest_row_take(struct reader *r)
{
	struct ingest_log *log = r->log;
	struct row row = {0};
	uint32_t athlete;
	char msg[256];

	log->rows++;
	if (row_athlete(r, &athlete))
		return;
	enum activity kind = ACTIVITY_RUN;
	if (r->lay.field_of[COL_TYPE] >= 0) {
		kind = ingest_activity(r->cell[COL_TYPE].s);
		if (kind == ACTIVITY_OTHER) {
			log->other_activities++;
			return;
		}
	}
	if (is_template(r)) {
		log->other_rows++;
		return;
	}
	if (ingest_parse_row(r, &row, msg, sizeof msg)) {
		log->skipped++;
		if (r->opts->warn)
			r->opts->warn(r->opts->warn_ctx, r->row_line, msg);
		return;
	}
	if (r->opts->keep_notes && keep_note(r, row.day))
		return;
	check_pace(r, &row);
	store_row(r, &row, athlete, kind);
}

int ingest_row_athlete(struct reader *r, const char *name, uint32_t *out)
{
	/* A cohort log lists one athlete's runs together: the last name again
	 * needs no hashing. */
	if (r->log->n_athletes && strcmp(r->log->athletes[r->last_athlete], name) == 0) {
		*out = r->last_athlete;
		return 0;
	}
	if (athlete_index(r, name, out)) {
		ingest_fail(r, INGEST_ENOMEM, 0, "out of memory");
		return -1;
	}
	if (*out >= INGEST_ATHLETES_MAX) {
		ingest_fail(r, INGEST_EDATA, r->row_line, "more than %u athletes: split the log",
			    INGEST_ATHLETES_MAX);
		return -1;
	}
	r->last_athlete = *out;
	r->last_len = strlen(name);
	return 0;
}
