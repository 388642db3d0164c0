/* ingest_log: the log's arrays as the readers fill them, and the log's
 * public calls that need no reader. */
#include "ingest_log.h"

#include <stdlib.h>
#include <string.h>

void ingest_init(struct ingest_log *log)
{
	memset(log, 0, sizeof *log);
}

void ingest_free(struct ingest_log *log)
{
	free(log->runs);
	free(log->marks);
	free(log->strength_days);
	free(log->strength_athlete);
	free(log->strength_hash);
	free(log->strength_line);
	for (size_t i = 0; i < log->n_athletes; i++)
		free(log->athletes[i]);
	free(log->athletes);
	for (size_t i = 0; i < log->n_other_names; i++)
		free(log->other_names[i]);
	for (size_t i = 0; i < log->n_notes; i++)
		free(log->notes[i].text);
	free(log->notes);
	ingest_init(log);
}

size_t ingest_set_aside(const struct ingest_log *log)
{
	size_t n = 0;
	for (int v = 0; v < INGEST_NVALUES; v++)
		n += log->set_aside[v];
	return n;
}

void ingest_release_runs(struct ingest_log *log)
{
	free(log->runs);
	free(log->marks);
	free(log->strength_days);
	free(log->strength_athlete);
	free(log->strength_hash);
	free(log->strength_line);
	log->marks = NULL;
	log->n_marks = log->cap_marks = 0;
	log->runs = NULL;
	log->strength_days = NULL;
	log->strength_athlete = NULL;
	log->strength_hash = log->strength_line = NULL;
	log->cap_runs = log->cap_strength = 0;
}

void *ingest_take_runs(struct ingest_log *log)
{
	void *runs = log->runs;
	log->runs = NULL;
	ingest_release_runs(log);
	return runs;
}

void *ingest_grow(void *p, size_t *cap, size_t elem, size_t first)
{
	size_t c = *cap ? *cap * 2 : first;
	void *q = realloc(p, c * elem);
	if (q)
		*cap = c;
	return q;
}

int ingest_log_mark(struct ingest_log *log, size_t i, unsigned long line)
{
	if (log->n_marks) {
		const struct ingest_line_mark *m = &log->marks[log->n_marks - 1];
		if ((unsigned long)m->line + (i - m->run) == line)
			return 0;
	}
	if (log->n_marks == log->cap_marks) {
		struct ingest_line_mark *p = ingest_grow(log->marks, &log->cap_marks, sizeof *p, 16);
		if (!p)
			return -1;
		log->marks = p;
	}
	log->marks[log->n_marks++] = (struct ingest_line_mark){(uint32_t)i, (uint32_t)line};
	return 0;
}

unsigned long ingest_run_line(const struct ingest_log *log, size_t i)
{
	size_t lo = 0, hi = log->n_marks;
	if (!log->n_marks)
		return 0;
	/* The last mark at or before run i. */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (log->marks[mid].run <= i)
			lo = mid;
		else
			hi = mid;
	}
	return (unsigned long)log->marks[lo].line + (i - log->marks[lo].run);
}

int ingest_log_drop(struct ingest_log *log, const unsigned char *drop)
{
	struct ingest_log kept = {.marks = NULL};
	size_t w = 0;
	for (size_t i = 0; i < log->n_runs; i++) {
		if (drop[i])
			continue;
		if (ingest_log_mark(&kept, w, ingest_run_line(log, i))) {
			free(kept.marks);
			return -1;
		}
		log->runs[w++] = log->runs[i];
	}
	free(log->marks);
	log->marks = kept.marks;
	log->n_marks = kept.n_marks;
	log->cap_marks = kept.cap_marks;
	log->n_runs = w;
	return 0;
}

struct ingest_run *ingest_log_push(struct ingest_log *log, unsigned long line)
{
	if (ingest_log_mark(log, log->n_runs, line))
		return NULL;
	if (log->n_runs == log->cap_runs) {
		struct ingest_run *p = ingest_grow(log->runs, &log->cap_runs, sizeof *p, 256);
		if (!p)
			return NULL;
		log->runs = p;
	}
	return &log->runs[log->n_runs++];
}

int ingest_sorted(const struct ingest_log *log)
{
	if (log->order)
		return log->order == INGEST_ORDER_SORTED;
	return ingest_in_order(log->runs, log->n_runs);
}

int ingest_in_order(const struct ingest_run *runs, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		const struct ingest_run *a = &runs[i - 1], *b = &runs[i];
		if (a->athlete > b->athlete || (a->athlete == b->athlete && a->day > b->day))
			return 0;
	}
	return 1;
}

int ingest_note_other(struct ingest_log *log, const char *name)
{
	if (log->n_other_names == INGEST_OTHER_NAMES)
		return 0;
	for (size_t i = 0; i < log->n_other_names; i++)
		if (strcmp(log->other_names[i], name) == 0)
			return 0;
	if (!(log->other_names[log->n_other_names] = strdup(name)))
		return -1;
	log->n_other_names++;
	return 0;
}

/* Array *p of log->cap_strength elements of elem bytes, to cap of them. */
static int grow_to(void *p, size_t elem, size_t cap)
{
	void *q = realloc(*(void **)p, cap * elem);
	if (!q)
		return -1;
	*(void **)p = q;
	return 0;
}

int ingest_log_add_session(struct ingest_log *log, int32_t day, uint32_t athlete, uint32_t hash,
			   unsigned long line)
{
	if (log->n_strength == log->cap_strength) {
		size_t cap = log->cap_strength ? log->cap_strength * 2 : 64;
		if (grow_to(&log->strength_days, sizeof *log->strength_days, cap) ||
		    grow_to(&log->strength_athlete, sizeof *log->strength_athlete, cap) ||
		    grow_to(&log->strength_hash, sizeof *log->strength_hash, cap) ||
		    grow_to(&log->strength_line, sizeof *log->strength_line, cap))
			return -1;
		log->cap_strength = cap;
	}
	log->strength_athlete[log->n_strength] = athlete;
	log->strength_hash[log->n_strength] = hash;
	log->strength_line[log->n_strength] = (uint32_t)line;
	log->strength_days[log->n_strength++] = day;
	return 0;
}

int ingest_log_add_note(struct ingest_log *log, int32_t day, const char *text)
{
	if (log->n_notes == log->cap_notes) {
		struct ingest_note *p = ingest_grow(log->notes, &log->cap_notes, sizeof *p, 64);
		if (!p)
			return -1;
		log->notes = p;
	}
	char *copy = strdup(text);
	if (!copy)
		return -1;
	log->notes[log->n_notes++] = (struct ingest_note){day, copy};
	return 0;
}

int ingest_add_strength(struct ingest_log *log, int32_t day, uint32_t athlete)
{
	return ingest_log_add_session(log, day, athlete, 0, 0);
}

/* Not joined: runs (appended by the caller, see ingest_log.h), sessions,
 * strength_only and order (set when the read ends), diary_days and diary_unmatched (set by
 * the merge), format and columns (one header), athletes (numbered by the
 * reader into map), notes (a file read with keep_notes is not split), and
 * the caps. */
int ingest_log_join(struct ingest_log *a, const struct ingest_log *b, const uint32_t *map,
		    unsigned long off)
{
	size_t na = a->n_runs - b->n_runs;
	for (size_t i = 0; i < b->n_marks; i++)
		if (ingest_log_mark(a, na + b->marks[i].run, b->marks[i].line + off))
			return -1;
	for (size_t i = 0; i < b->n_strength; i++)
		if (ingest_log_add_session(a, b->strength_days[i], map ? map[b->strength_athlete[i]] : 0,
					   b->strength_hash[i], b->strength_line[i] + off))
			return -1;
	a->rows += b->rows;
	a->skipped += b->skipped;
	for (int v = 0; v < INGEST_NVALUES; v++)
		a->set_aside[v] += b->set_aside[v];
	a->duplicates += b->duplicates;
	a->other_rows += b->other_rows;
	a->other_activities += b->other_activities;
	a->other_athletes += b->other_athletes;
	for (size_t i = 0; i < b->n_other_names; i++)
		if (ingest_note_other(a, b->other_names[i]))
			return -1;
	return 0;
}

/* The header facts and file-wide counts of log, for athlete k's part. */
static void athlete_facts(const struct ingest_log *log, struct ingest_log *out)
{
	out->rows = log->rows;
	out->skipped = log->skipped;
	memcpy(out->set_aside, log->set_aside, sizeof out->set_aside);
	out->duplicates = log->duplicates;
	out->other_rows = log->other_rows;
	out->other_activities = log->other_activities;
	out->miles = log->miles;
	out->miles_guessed = log->miles_guessed;
	out->column_hits = log->column_hits;
	memcpy(out->header_found, log->header_found, sizeof out->header_found);
	memcpy(out->member, log->member, sizeof out->member);
	out->format = log->format;
	out->utf16 = log->utf16;
	out->columns = log->columns;
	out->named = log->named;
	out->diary_named = log->diary_named;
}

/* Stable counting sort of n records of elem bytes at *p by key(i) < na,
 * with the starts of each key's records into start[na + 1]. */
static int group(void *p, size_t n, size_t elem, const uint32_t *keys, size_t na, size_t *start)
{
	char *src = *(char **)p, *dst = malloc(n ? n * elem : 1);
	size_t *at = calloc(na + 1, sizeof *at);
	if (!dst || !at) {
		free(dst);
		free(at);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		at[keys[i] + 1]++;
	for (size_t a = 0; a < na; a++)
		at[a + 1] += at[a];
	memcpy(start, at, (na + 1) * sizeof *start);
	for (size_t i = 0; i < n; i++)
		memcpy(dst + at[keys[i]]++ * elem, src + i * elem, elem);
	free(at);
	free(src);
	*(char **)p = dst;
	return 0;
}

int ingest_group_athletes(struct ingest_log *log, struct ingest_by_athlete *ix)
{
	size_t na = log->n_athletes, n = log->n_runs, ns = log->n_strength;
	uint32_t *keys = malloc((n > ns ? n : ns) * sizeof *keys + 1);
	ix->runs = malloc((na + 1) * sizeof *ix->runs);
	ix->sessions = malloc((na + 1) * sizeof *ix->sessions);
	int rc = !keys || !ix->runs || !ix->sessions ? -1 : 0;
	for (size_t i = 0; i < n && rc == 0; i++)
		keys[i] = log->runs[i].athlete;
	rc = rc ? rc : group(&log->runs, n, sizeof *log->runs, keys, na, ix->runs);
	if (rc == 0 && ns) {
		memcpy(keys, log->strength_athlete, ns * sizeof *keys);
		if (group(&log->strength_days, ns, sizeof *log->strength_days, keys, na, ix->sessions) ||
		    group(&log->strength_hash, ns, sizeof *log->strength_hash, keys, na, ix->sessions) ||
		    group(&log->strength_line, ns, sizeof *log->strength_line, keys, na, ix->sessions) ||
		    group(&log->strength_athlete, ns, sizeof *log->strength_athlete, keys, na, ix->sessions))
			rc = -1;
	} else if (rc == 0) {
		memset(ix->sessions, 0, (na + 1) * sizeof *ix->sessions);
	}
	free(keys);
	log->cap_runs = n;
	log->cap_strength = ns;
	/* The runs' lines are lost with their order; the read is over. */
	free(log->marks);
	log->marks = NULL;
	log->n_marks = log->cap_marks = 0;
	log->order = INGEST_ORDER_UNKNOWN;
	return rc;
}

void ingest_by_athlete_free(struct ingest_by_athlete *ix)
{
	free(ix->runs);
	free(ix->sessions);
	ix->runs = ix->sessions = NULL;
}

int ingest_athlete(const struct ingest_log *log, const struct ingest_by_athlete *ix, uint32_t k,
		   struct ingest_log *out)
{
	athlete_facts(log, out);
	if (!(out->athletes = malloc(sizeof *out->athletes)) ||
	    !(out->athletes[0] = strdup(log->athletes[k])))
		return -1;
	out->n_athletes = 1;
	size_t r0 = ix->runs[k], n = ix->runs[k + 1] - r0;
	if (!(out->runs = malloc(n ? n * sizeof *out->runs : 1)))
		return -1;
	out->n_runs = out->cap_runs = n;
	int recorded = 0;
	for (size_t i = 0; i < n; i++) {
		const struct ingest_run *r = &log->runs[r0 + i];
		out->runs[i] = ingest_run_renumbered(r, 0);
		out->sessions += r->strength == INGEST_YES;
		recorded |= r->strength != INGEST_UNKNOWN;
	}
	for (size_t i = ix->sessions[k]; i < ix->sessions[k + 1]; i++)
		if (ingest_log_add_session(out, log->strength_days[i], 0, log->strength_hash[i],
					   log->strength_line[i]))
			return -1;
	out->sessions += out->n_strength;
	/* As the read does: a strength column that records nothing for k is
	 * not evidence of no sessions. */
	if (!recorded && !out->sessions)
		out->columns &= ~(unsigned)INGEST_HAS_STRENGTH;
	out->other_athletes = log->n_runs - out->n_runs + log->n_strength - out->n_strength;
	return 0;
}
