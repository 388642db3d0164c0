/* ingest_diary: a pain diary merged by date onto the runs of any log. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/ingest.h"
#include "ingest_log.h"

static int cmp_entry(const void *a, const void *b)
{
	const struct ingest_run *x = *(const struct ingest_run *const *)a;
	const struct ingest_run *y = *(const struct ingest_run *const *)b;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x < y ? -1 : x > y; /* file order */
}

static const struct ingest_run *find(const struct ingest_run **e, size_t n, int32_t day)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (e[mid]->day < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* Two entries for one day: the later one in the file counts. */
	const struct ingest_run *hit = NULL;
	for (; lo < n && e[lo]->day == day; lo++)
		hit = e[lo];
	return hit;
}

/* Count the diary days, each once: used by a run, or not. e is the
 * diary's entries by day, used[i] whether entry i was. */
static void count_days(struct ingest_log *log, const struct ingest_log *diary,
		       const struct ingest_run **e, const unsigned char *used)
{
	size_t n = diary->n_runs;
	for (size_t i = 0; i < n; i++) {
		if (i + 1 < n && e[i + 1]->day == e[i]->day)
			continue;
		size_t first = i;
		while (first > 0 && e[first - 1]->day == e[i]->day)
			first--;
		int any = 0;
		for (size_t k = first; k <= i; k++)
			any |= used[e[k] - diary->runs];
		if (any)
			log->diary_days++;
		else
			log->diary_unmatched++;
	}
}

static int cmp_day(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

/* Whether most of the diary's days (e, n entries by day) fall one day
 * before (shift 1) or after (-1) a run's day, and fewer on one: a diary
 * made with --tz and read without it (or the other way round), when the
 * runs' times are UTC. Sets log->diary_shift and diary_shifted. Returns
 * 0, or -1 when out of memory. */
static int zone_shift(struct ingest_log *log, const struct ingest_run **e, size_t n)
{
	size_t nr = log->n_runs, days = 0, at[3] = {0};
	int32_t *run_day = malloc((nr ? nr : 1) * sizeof *run_day);
	if (!run_day)
		return -1;
	for (size_t i = 0; i < nr; i++)
		run_day[i] = log->runs[i].day;
	qsort(run_day, nr, sizeof *run_day, cmp_day);
	for (size_t i = 0; i < n; i++) {
		if (i && e[i]->day == e[i - 1]->day)
			continue;
		days++;
		for (int s = -1; s <= 1; s++) {
			int32_t want = e[i]->day + s;
			at[s + 1] += bsearch(&want, run_day, nr, sizeof *run_day, cmp_day) != NULL;
		}
	}
	free(run_day);
	int best = at[2] > at[0] ? 1 : -1;
	size_t hit = at[best + 1];
	log->diary_shift = hit * 2 > days && hit > at[1] ? best : 0;
	log->diary_shifted = log->diary_shift ? hit : 0;
	return 0;
}

static int cmp_note(const void *a, const void *b)
{
	const struct ingest_note *x = *(const struct ingest_note *const *)a;
	const struct ingest_note *y = *(const struct ingest_note *const *)b;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x < y ? -1 : x > y; /* file order */
}

/* The diary's notes into log's, by day, a day's last in the file (as
 * its entries: find). Returns 0, or -1 when out of memory. */
static int take_notes(struct ingest_log *log, const struct ingest_log *diary)
{
	size_t n = diary->n_notes;
	const struct ingest_note **e = malloc((n ? n : 1) * sizeof *e);
	int bad = !e;
	for (size_t i = 0; !bad && i < n; i++)
		e[i] = &diary->notes[i];
	if (!bad)
		qsort(e, n, sizeof *e, cmp_note);
	for (size_t i = 0; !bad && i < n; i++)
		if (i + 1 == n || e[i + 1]->day != e[i]->day)
			bad = ingest_log_add_note(log, e[i]->day, e[i]->text) != 0;
	free(e);
	return bad ? -1 : 0;
}

static int cmp_note_day(const void *key, const void *elem)
{
	int32_t d = *(const int32_t *)key, x = ((const struct ingest_note *)elem)->day;
	return (d > x) - (d < x);
}

const char *ingest_note_of(const struct ingest_log *log, int32_t day)
{
	const struct ingest_note *n =
		log->n_notes ? bsearch(&day, log->notes, log->n_notes, sizeof *log->notes, cmp_note_day) : NULL;
	return n ? n->text : NULL;
}

int ingest_merge_diary(struct ingest_log *log, const struct ingest_log *diary)
{
	size_t n = diary->n_runs;
	const struct ingest_run **e = malloc((n ? n : 1) * sizeof *e);
	unsigned char *used = calloc(n ? n : 1, 1);
	int own = log->format == INGEST_FORMAT_APPLE; /* pain of its own */

	if (!e || !used) {
		free(e);
		free(used);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		e[i] = &diary->runs[i];
	qsort(e, n, sizeof *e, cmp_entry);

	for (size_t i = 0; i < log->n_runs; i++) {
		struct ingest_run *r = &log->runs[i];
		const struct ingest_run *d = find(e, n, r->day);
		if (!d) {
			if (!own)
				r->pain_m = INGEST_PAIN_NONE;
			continue;
		}
		used[d - diary->runs] = 1;
		if (!own || d->pain_m != INGEST_PAIN_NONE)
			r->pain_m = d->pain_m;
		if (d->ate_before != INGEST_UNKNOWN)
			r->ate_before = d->ate_before;
		if (d->ate_after != INGEST_UNKNOWN)
			r->ate_after = d->ate_after;
	}
	count_days(log, diary, e, used);
	int bad = zone_shift(log, e, n);
	free(e);
	free(used);
	if (bad)
		return -1;

	/* The diary's strength sessions count as the log's own: its rows that
	 * are strength only, and those with a pain score (its "runs"). */
	for (size_t i = 0; i < diary->n_strength; i++)
		if (ingest_add_strength(log, diary->strength_days[i], 0) != 0)
			return -1;
	for (size_t i = 0; i < diary->n_runs; i++)
		if (diary->runs[i].strength == INGEST_YES && ingest_add_strength(log, diary->runs[i].day, 0))
			return -1;
	log->sessions += diary->sessions;
	if (diary->columns & INGEST_HAS_STRENGTH)
		log->columns |= INGEST_HAS_STRENGTH;
	log->columns |= diary->columns & (INGEST_HAS_ATE_BEFORE | INGEST_HAS_ATE_AFTER);
	log->diary_named = diary->named;
	return take_notes(log, diary);
}
