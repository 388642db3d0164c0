/* ingest_finish: the end of a read, over the whole log. */
#include <stdlib.h>
#include <string.h>

#include "ingest_log.h"
#include "ingest_state.h"

/* Whether the column decided the order of its slash dates: *undecided
 * when nothing did, which is fine only when other dates are not slash
 * dates (those few are then skipped with a warning each). Dates written
 * with dots are day first in every locale that writes them, so a column
 * of them that nothing decided is D.M.Y. Returns 0, or -1 when the reader
 * has failed: the column decided both ways, or every date is a slash date
 * and nothing decided. */
static int dates_decided(struct reader *r, int *undecided)
{
	const struct ingest_seen *seen = &r->seen;
	if (seen->dmy_line && seen->mdy_line) {
		ingest_fail(r, INGEST_EDATA, seen->mdy_line,
			    "the dates are day first on line %lu ('%s') but month first here ('%s'); give "
			    "--date-format DMY or MDY",
			    seen->dmy_line, seen->dmy_seen, seen->mdy_seen);
		return -1;
	}
	*undecided = !seen->dmy_line && !seen->mdy_line && seen->pending_dots < seen->pending;
	if (*undecided && seen->pending >= r->log->n_runs + r->log->n_strength) {
		ingest_fail(r, INGEST_EDATA, 0,
			    "every date could be day/month or month/day (no day above 12); give "
			    "--date-format DMY or MDY");
		return -1;
	}
	return 0;
}

/* Read run i's waiting date in order; 1 when it is then no day, or too far
 * ahead, or undecided: the run is warned about and counted as skipped. */
static int date_run(struct reader *r, size_t i, enum date_order order, int undecided)
{
	struct ingest_run *run = &r->log->runs[i];
	struct date_slash d;
	char msg[160], why[64];
	ingest_pending_decode(run->day, &d);
	int bad_day = undecided || date_from_slash(&d, order, &run->day) != 0;
	if (!bad_day && !ingest_too_far(r->opts, run->day))
		return 0;
	if (undecided)
		snprintf(msg, sizeof msg, "column 'date': the date %d%c%d%c%d could be day/month or "
			 "month/day; give --date-format DMY or MDY", d.f[0], d.sep, d.f[1], d.sep, d.f[2]);
	else
		snprintf(msg, sizeof msg, "column 'date': %d%c%d%c%d read as %s %s", d.f[0], d.sep, d.f[1],
			 d.sep, d.f[2], order == DATE_DMY ? "day/month/year" : "month/day/year",
			 bad_day ? "is not a day in the calendar"
				 : ingest_too_far_why(r->opts, why, sizeof why));
	if (r->opts->warn)
		r->opts->warn(r->opts->warn_ctx, ingest_run_line(r->log, i), msg);
	r->log->skipped++;
	return 1;
}

/* The strength sessions' waiting dates, in order; an undecided one or one
 * that is no day is left out silently. */
static void date_sessions(struct ingest_log *log, enum date_order order, int undecided)
{
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
		log->strength_hash[w] = log->strength_hash[i];
		log->strength_line[w] = log->strength_line[i];
		log->strength_days[w++] = day;
	}
	log->n_strength = w;
}

/* The order the column decided; without a decision, D.M.Y for dates
 * all written with dots (see dates_decided), else M/D/Y. */
static enum date_order column_order(const struct ingest_seen *seen)
{
	if (seen->dmy_line || seen->mdy_line)
		return seen->dmy_line ? DATE_DMY : DATE_MDY;
	return seen->pending_dots == seen->pending ? DATE_DMY : DATE_MDY;
}

/* Read the waiting slash dates in the order the column decided, or fail
 * when it decided both ways or not at all. */
static void resolve_dates(struct reader *r)
{
	struct ingest_log *log = r->log;
	enum date_order order = column_order(&r->seen);
	unsigned char *drop = NULL;
	int undecided;

	if (!r->seen.pending || dates_decided(r, &undecided))
		return;
	for (size_t i = 0; i < log->n_runs; i++) {
		if (!IS_PENDING(log->runs[i].day) || !date_run(r, i, order, undecided))
			continue;
		if (!drop && !(drop = calloc(log->n_runs, 1))) {
			ingest_fail(r, INGEST_ENOMEM, 0, "out of memory");
			return;
		}
		drop[i] = 1;
	}
	if (drop && ingest_log_drop(log, drop))
		ingest_fail(r, INGEST_ENOMEM, 0, "out of memory");
	free(drop);
	date_sessions(log, order, undecided);
}

/* A run's place in the search for copies, with its key inside, so that
 * sorting needs no pointer back to the runs: athlete and day in one word
 * (the day's sign bit flipped, so that unsigned order is the days'), then
 * the row's hash, then the run's index (file order). */
struct dup_key {
	uint64_t who_when;
	uint32_t hash, i;
};

static uint64_t who_when(const struct ingest_run *run)
{
	return (uint64_t)run->athlete << 32 | ((uint32_t)run->day ^ 0x80000000u);
}

static int cmp_dup(const void *x, const void *y)
{
	const struct dup_key *a = x, *b = y;
	if (a->who_when != b->who_when)
		return a->who_when < b->who_when ? -1 : 1;
	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	return (a->i > b->i) - (a->i < b->i);
}

/* A copy (its line) and the row it copies (that one's). */
struct copy_of {
	unsigned long line, first;
};

/* The copies found among the runs and the strength rows, warned about
 * together once both are known (warn_copies). */
struct copies {
	struct copy_of *v;
	size_t n, cap;
};

static int add_copy(struct copies *c, unsigned long line, unsigned long first)
{
	if (c->n == c->cap) {
		struct copy_of *v = ingest_grow(c->v, &c->cap, sizeof *v, 16);
		if (!v)
			return -1;
		c->v = v;
	}
	c->v[c->n++] = (struct copy_of){line, first};
	return 0;
}

static int cmp_copy(const void *x, const void *y)
{
	const struct copy_of *a = x, *b = y;
	return (a->line > b->line) - (a->line < b->line);
}

/* Warn about the copies in the order of their lines, the order of every
 * other warning: not the athlete and day that found them (a newest-first
 * export would list falling lines), nor their hash, nor runs before
 * strength rows; none once the read has failed. Frees the list. */
static void warn_copies(struct reader *r, struct copies *c)
{
	if (c->n)
		qsort(c->v, c->n, sizeof *c->v, cmp_copy);
	for (size_t i = 0; i < c->n && r->opts->warn && !r->status; i++) {
		char msg[96];
		snprintf(msg, sizeof msg, "an exact copy of line %lu; counted once", c->v[i].first);
		r->opts->warn(r->opts->warn_ctx, c->v[i].line, msg);
	}
	free(c->v);
	*c = (struct copies){0};
}

/* Note in found and mark in *drop (made on the first copy) the copies
 * among the runs key[0..k), which cmp_dup has sorted; the first of each
 * set of copies stays. Returns the number marked, or -1 when out of
 * memory. */
static long mark_copies(struct reader *r, const struct dup_key *key, size_t k, unsigned char **drop,
			struct copies *found)
{
	struct ingest_log *log = r->log;
	size_t first = key[0].i, n = 0;
	for (size_t i = 1; i < k; i++) {
		if (!ingest_run_same(&log->runs[first], &log->runs[key[i].i])) {
			first = key[i].i;
			continue;
		}
		if (!*drop && !(*drop = calloc(log->n_runs, 1)))
			return -1;
		if (add_copy(found, ingest_run_line(log, key[i].i), ingest_run_line(log, first)))
			return -1;
		(*drop)[key[i].i] = 1;
		n++;
	}
	return (long)n;
}

/* Runs that repeat an earlier row byte for byte (a row pasted twice) count
 * once: each later copy is noted in found and dropped. A copy has the same
 * athlete and date, so sorting by them and the row's hash puts it beside
 * the first. A log in order needs only each day's few runs sorted. */
static void drop_duplicates(struct reader *r, struct copies *found)
{
	struct ingest_log *log = r->log;
	size_t n = log->n_runs, n_dup = 0, cap = 0;
	struct dup_key *key = NULL;
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
			free(key);
			cap = j - i;
			if (!(key = malloc(cap * sizeof *key))) {
				got = -1;
				break;
			}
		}
		for (size_t k = i; k < j; k++)
			key[k - i] = (struct dup_key){who_when(&log->runs[k]), log->runs[k].hash, (uint32_t)k};
		qsort(key, j - i, sizeof *key, cmp_dup);
		if ((got = mark_copies(r, key, j - i, &drop, found)) > 0)
			n_dup += (size_t)got;
	}
	free(key);
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

/* Note in found the strength rows that copy an earlier one and drop them,
 * keeping the file order of the rest. key holds the rows (their index in
 * i, file order) sorted by cmp_dup, so a copy follows the row it copies.
 * Returns the number dropped, or -1 when out of memory. */
static long drop_session_copies(struct reader *r, const struct dup_key *key, size_t n,
				struct copies *found)
{
	struct ingest_log *log = r->log;
	size_t n_copy = 0, w = 0;
	for (size_t i = 1, first = 0; i < n; i++) {
		if (key[i].who_when != key[first].who_when || key[i].hash != key[first].hash ||
		    !log->strength_line[key[i].i]) {
			first = i;
			continue;
		}
		if (add_copy(found, log->strength_line[key[i].i], log->strength_line[key[first].i]))
			return -1;
		log->strength_line[key[i].i] = UINT32_MAX; /* marked: dropped below */
		n_copy++;
	}
	for (size_t i = 0; i < log->n_strength; i++) {
		if (n_copy && log->strength_line[i] == UINT32_MAX)
			continue;
		log->strength_days[w] = log->strength_days[i];
		log->strength_athlete[w] = log->strength_athlete[i];
		log->strength_hash[w] = log->strength_hash[i];
		log->strength_line[w++] = log->strength_line[i];
	}
	log->n_strength = w;
	return (long)n_copy;
}

/* Whether athlete and day (as who_when() makes them) have a run, in runs
 * that are in (athlete, day) order. */
static int has_run(const struct ingest_log *log, uint64_t day)
{
	size_t lo = 0, hi = log->n_runs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (who_when(&log->runs[mid]) < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < log->n_runs && who_when(&log->runs[lo]) == day;
}

/* The strength-only days: the distinct athlete-days of the sessions (in
 * days[0..n), sorted) on which that athlete has no run. Runs in order are
 * searched for each day; otherwise a pass over the runs marks in ran[]
 * (n zeros) the days that have one. */
static size_t days_without_run(const struct ingest_log *log, const uint64_t *days, size_t n,
			       unsigned char *ran)
{
	size_t count = 0;
	if (ingest_sorted(log)) {
		for (size_t i = 0; i < n; i++)
			ran[i] = (unsigned char)has_run(log, days[i]);
	} else {
		for (size_t k = 0; k < log->n_runs; k++) {
			uint64_t d = who_when(&log->runs[k]);
			size_t lo = 0, hi = n;
			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;
				if (days[mid] < d)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (lo < n && days[lo] == d)
				ran[lo] = 1;
		}
	}
	for (size_t i = 0; i < n; i++)
		count += !ran[i];
	return count;
}

/* The strength rows: a row that copies an earlier one is noted in found
 * and dropped as a copy of a run is, and the strength-only days are
 * counted as days, not rows (a session on a running day makes that day's
 * run a strength day). */
static void strength_rows(struct reader *r, struct copies *found)
{
	struct ingest_log *log = r->log;
	size_t n = log->n_strength, n_days = 0;
	struct dup_key *key = malloc((n ? n : 1) * sizeof *key);
	uint64_t *days = malloc((n ? n : 1) * sizeof *days);
	unsigned char *ran = calloc(n ? n : 1, 1);
	long copies = -1;
	if (key && days && ran) {
		for (size_t i = 0; i < n; i++)
			key[i] = (struct dup_key){(uint64_t)log->strength_athlete[i] << 32 |
							  ((uint32_t)log->strength_days[i] ^ 0x80000000u),
						  log->strength_hash[i], (uint32_t)i};
		qsort(key, n, sizeof *key, cmp_dup);
		for (size_t i = 0; i < n; i++)
			if (!n_days || days[n_days - 1] != key[i].who_when)
				days[n_days++] = key[i].who_when;
		copies = drop_session_copies(r, key, n, found);
	}
	if (copies < 0) {
		ingest_fail(r, INGEST_ENOMEM, 0, "out of memory");
	} else {
		log->duplicates += (size_t)copies;
		log->strength_only = days_without_run(log, days, n_days, ran);
	}
	free(key), free(days), free(ran);
}

/* Miles guessed from the median pace (INGEST_PACE_USUAL): every distance
 * read again as miles. Returns 1 when guessed. */
static int guess_miles(struct reader *r)
{
	const struct ingest_seen *s = &r->seen;
	struct ingest_log *log = r->log;
	if (!r->lay.unitless || r->lay.miles || s->paced < INGEST_GUESS_RUNS ||
	    s->slow_km * 2 <= s->paced || s->slow_mi * 2 >= s->paced)
		return 0;
	for (size_t i = 0; i < log->n_runs; i++) {
		struct ingest_run *run = &log->runs[i];
		if (run->km_m == INGEST_KM_NONE)
			continue;
		/* As parse_distance reads a distance in miles. */
		double km = ingest_km(run) * INGEST_KM_PER_MILE;
		run->km_m = km > INGEST_KM_MAX ? INGEST_KM_NONE : ingest_milli(km, INGEST_KM_NONE);
	}
	r->lay.miles = log->miles = log->miles_guessed = 1;
	return 1;
}

void ingest_finish(struct reader *r)
{
	struct ingest_log *log = r->log;
	if (!r->status)
		resolve_dates(r);
	log->miles = r->lay.miles;
	/* Most paces implausible: the distances are likely in the other unit. */
	if (!r->status && !guess_miles(r) && r->seen.paced >= 3 && r->seen.odd_pace * 2 > r->seen.paced && r->opts->warn) {
		char msg[200];
		snprintf(msg, sizeof msg, "%zu of %zu runs have a pace outside %d:%02d-%d:%02d per km: if "
					 "the distances are in %s, give --units %s",
			 r->seen.odd_pace, r->seen.paced, INGEST_PACE_MIN / 60, INGEST_PACE_MIN % 60,
			 INGEST_PACE_ODD / 60, INGEST_PACE_ODD % 60, r->lay.miles ? "km" : "miles",
			 r->lay.miles ? "km" : "mi");
		r->opts->warn(r->opts->warn_ctx, 1, msg);
	}
	size_t before = log->n_runs;
	struct copies found = {0};
	if (!r->status)
		drop_duplicates(r, &found);
	if (!r->status && log->n_strength)
		strength_rows(r, &found);
	warn_copies(r, &found);
	log->sessions = log->n_strength;
	if (log->n_runs == before && !r->seen.pending && !r->seen.tally.stale) {
		log->sessions += r->seen.tally.strength_runs;
	} else {
		for (size_t i = 0; i < log->n_runs; i++)
			log->sessions += log->runs[i].strength == INGEST_YES;
	}
	/* A strength column empty in every row, or an export without one
	 * strength session, records nothing: not evidence of no sessions. */
	int recorded = log->sessions > 0;
	for (size_t i = 0; i < log->n_runs && !recorded; i++)
		recorded = log->runs[i].strength != INGEST_UNKNOWN;
	if (!recorded)
		log->columns &= ~(unsigned)INGEST_HAS_STRENGTH;
}
