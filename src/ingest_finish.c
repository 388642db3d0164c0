/* ingest_finish: the end of a read, over the whole log. */
#include <stdlib.h>
#include <string.h>

#include "ingest_log.h"
#include "ingest_state.h"

/* Read the waiting slash dates in the order the column decided, or fail
 * when it decided both ways or not at all. A date that is then no day, or
 * too far ahead, drops its row with a warning. */
static void resolve_dates(struct reader *r)
{
	struct ingest_log *log = r->log;
	enum date_order order = r->seen.dmy_line ? DATE_DMY : DATE_MDY;

	if (!r->seen.pending)
		return;
	if (r->seen.dmy_line && r->seen.mdy_line) {
		ingest_fail(r, INGEST_EDATA, r->seen.mdy_line,
			    "the dates are day first on line %lu ('%s') but month first here ('%s'); give "
			    "--date-format DMY or MDY",
			    r->seen.dmy_line, r->seen.dmy_seen, r->seen.mdy_seen);
		return;
	}
	/* Nothing decided the order. When the other dates are ISO, the few
	 * slash dates among them are skipped with a warning each; when every
	 * date is a slash date, the log cannot be read without the order. */
	int undecided = !r->seen.dmy_line && !r->seen.mdy_line;
	if (undecided && r->seen.pending >= log->n_runs + log->n_strength) {
		ingest_fail(r, INGEST_EDATA, 0,
			    "every date could be day/month or month/day (no day above 12); give "
			    "--date-format DMY or MDY");
		return;
	}
	unsigned char *drop = NULL;
	for (size_t i = 0; i < log->n_runs; i++) {
		struct ingest_run *run = &log->runs[i];
		if (IS_PENDING(run->day)) {
			struct date_slash d;
			ingest_pending_decode(run->day, &d);
			char msg[160];
			int bad_day = undecided || date_from_slash(&d, order, &run->day) != 0;
			if (bad_day || ingest_too_far(r->opts, run->day)) {
				if (undecided)
					snprintf(msg, sizeof msg, "column 'date': the date %d/%d/%d could be day/month or "
						 "month/day; give --date-format DMY or MDY", d.f[0], d.f[1], d.f[2]);
				else
					snprintf(msg, sizeof msg, "column 'date': %d/%d/%d read as %s %s", d.f[0],
						 d.f[1], d.f[2],
						 order == DATE_DMY ? "day/month/year" : "month/day/year",
						 bad_day ? "is not a day in the calendar"
							 : "is more than a year in the future");
				if (r->opts->warn)
					r->opts->warn(r->opts->warn_ctx, ingest_run_line(log, i), msg);
				log->skipped++;
				if (!drop && !(drop = calloc(log->n_runs, 1))) {
					ingest_fail(r, INGEST_ENOMEM, 0, "out of memory");
					return;
				}
				drop[i] = 1;
			}
		}
	}
	if (drop && ingest_log_drop(log, drop))
		ingest_fail(r, INGEST_ENOMEM, 0, "out of memory");
	free(drop);
	size_t w = 0;
	for (size_t i = 0; i < log->n_strength; i++) {
		int32_t day = log->strength_days[i];
		struct date_slash d;
		if (IS_PENDING(day)) {
			ingest_pending_decode(day, &d);
			if (undecided || date_from_slash(&d, order, &day))
				continue;
		}
		log->strength_athlete[w] = log->strength_athlete[i];
		log->strength_days[w++] = day;
	}
	log->n_strength = w;
}

static const struct ingest_run *sort_base;

static int cmp_dup(const void *x, const void *y)
{
	const struct ingest_run *a = &sort_base[*(const uint32_t *)x];
	const struct ingest_run *b = &sort_base[*(const uint32_t *)y];
	if (a->athlete != b->athlete)
		return a->athlete < b->athlete ? -1 : 1;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	return a < b ? -1 : a > b;
}

/* A copy and the run it copies. */
struct copy_of {
	uint32_t copy, first;
};

/* Copies in the order of their athlete, day and line: the warnings'
 * order, which must not depend on the hash that found them. */
static int cmp_copy(const void *x, const void *y)
{
	const struct copy_of *a = x, *b = y;
	const struct ingest_run *ra = &sort_base[a->copy], *rb = &sort_base[b->copy];
	if (ra->athlete != rb->athlete)
		return ra->athlete < rb->athlete ? -1 : 1;
	if (ra->day != rb->day)
		return ra->day < rb->day ? -1 : 1;
	return (a->copy > b->copy) - (a->copy < b->copy);
}

/* Warn about and mark in *drop (made on the first copy) the copies among
 * the runs idx[0..k), which cmp_dup has sorted; the first of each set of
 * copies stays. Returns the number marked, or -1 when out of memory. */
static long mark_copies(struct reader *r, const uint32_t *idx, size_t k, unsigned char **drop)
{
	struct ingest_log *log = r->log;
	struct copy_of *found = NULL;
	size_t first = idx[0], n = 0;
	for (size_t i = 1; i < k; i++) {
		if (!ingest_run_same(&log->runs[first], &log->runs[idx[i]])) {
			first = idx[i];
			continue;
		}
		if (!found && !(found = malloc(k * sizeof *found)))
			return -1;
		found[n++] = (struct copy_of){idx[i], (uint32_t)first};
	}
	if (!n)
		return 0;
	if (!*drop && !(*drop = calloc(log->n_runs, 1))) {
		free(found);
		return -1;
	}
	qsort(found, n, sizeof *found, cmp_copy);
	for (size_t i = 0; i < n; i++) {
		char msg[96];
		snprintf(msg, sizeof msg, "an exact copy of line %lu; counted once",
			 ingest_run_line(log, found[i].first));
		if (r->opts->warn)
			r->opts->warn(r->opts->warn_ctx, ingest_run_line(log, found[i].copy), msg);
		(*drop)[found[i].copy] = 1;
	}
	free(found);
	return (long)n;
}

/* Runs that repeat an earlier row byte for byte (a row pasted twice) count
 * once: each later copy is warned about and dropped. A copy has the same
 * athlete and date, so sorting by them and the row's hash puts it beside
 * the first. A log in order needs only each day's few runs sorted. */
static void drop_duplicates(struct reader *r)
{
	struct ingest_log *log = r->log;
	size_t n = log->n_runs, n_dup = 0, cap = 0;
	uint32_t *idx = NULL;
	unsigned char *drop = NULL;
	long got = 0;

	/* The tally knows the order, unless slash dates were decided since or
	 * the halves' athletes were numbered apart. */
	int known = !r->seen.pending && !r->seen.tally.stale;
	int ordered = known ? r->seen.tally.unsorted == 0 : ingest_in_order(log->runs, n);
	log->order = ordered ? INGEST_ORDER_SORTED : INGEST_ORDER_UNSORTED;
	if (ordered && known && r->seen.tally.same_day == 0) {
		log->duplicates = 0; /* no two runs share an athlete and a day */
		return;
	}
	sort_base = log->runs;
	for (size_t i = 0, j; i < n && got >= 0; i = j) {
		j = n;
		if (ordered)
			for (j = i + 1; j < n && log->runs[j].day == log->runs[i].day &&
					log->runs[j].athlete == log->runs[i].athlete;
			     j++)
				;
		if (j - i < 2)
			continue;
		if (j - i > cap) {
			free(idx);
			cap = j - i;
			if (!(idx = malloc(cap * sizeof *idx))) {
				got = -1;
				break;
			}
		}
		for (size_t k = i; k < j; k++)
			idx[k - i] = (uint32_t)k;
		qsort(idx, j - i, sizeof *idx, cmp_dup);
		if ((got = mark_copies(r, idx, j - i, &drop)) > 0)
			n_dup += (size_t)got;
	}
	free(idx);
	if (got < 0 || (drop && ingest_log_drop(log, drop)))
		ingest_fail(r, INGEST_ENOMEM, 0, "out of memory");
	else
		log->duplicates = n_dup;
	/* Dropping keeps the order of the rest: a sorted log stays sorted, and
	 * an unsorted one may have lost what put it out of order. */
	if (!ordered && n_dup)
		log->order = INGEST_ORDER_UNKNOWN;
	free(drop);
}

void ingest_finish(struct reader *r)
{
	struct ingest_log *log = r->log;
	if (!r->status)
		resolve_dates(r);
	/* Most paces implausible: the distances are likely in the other unit. */
	if (!r->status && r->seen.paced >= 3 && r->seen.odd_pace * 2 > r->seen.paced && r->opts->warn) {
		char msg[200];
		snprintf(msg, sizeof msg, "%zu of %zu runs have a pace outside %d:%02d-%d:%02d per km: if "
					 "the distances are in %s, give --units %s",
			 r->seen.odd_pace, r->seen.paced, INGEST_PACE_MIN / 60, INGEST_PACE_MIN % 60,
			 INGEST_PACE_ODD / 60, INGEST_PACE_ODD % 60, r->lay.miles ? "km" : "miles",
			 r->lay.miles ? "km" : "mi");
		r->opts->warn(r->opts->warn_ctx, 1, msg);
	}
	size_t before = log->n_runs;
	if (!r->status)
		drop_duplicates(r);
	log->sessions = log->n_strength;
	if (log->n_runs == before && !r->seen.pending && !r->seen.tally.stale) {
		log->sessions += r->seen.tally.strength_runs;
	} else {
		for (size_t i = 0; i < log->n_runs; i++)
			log->sessions += log->runs[i].strength == INGEST_YES;
	}
}
