#include "runlog/features.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/halves.h"

/* Runs by athlete, then day, then file order. */
static int cmp_run(const void *a, const void *b)
{
	const struct ingest_run *x = *(const struct ingest_run *const *)a;
	const struct ingest_run *y = *(const struct ingest_run *const *)b;
	if (x->athlete != y->athlete)
		return x->athlete < y->athlete ? -1 : 1;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x < y ? -1 : x > y; /* file order */
}

/* A strength session: whose, and when. */
struct session {
	uint32_t athlete;
	int32_t day;
};

static int cmp_session(const void *a, const void *b)
{
	const struct session *x = a, *y = b;
	if (x->athlete != y->athlete)
		return x->athlete < y->athlete ? -1 : 1;
	return (x->day > y->day) - (x->day < y->day);
}

/* The strength sessions in (athlete, day) order: the log's own arrays when
 * they are in that order already (athlete NULL: one athlete), else a
 * sorted copy. */
struct sessions {
	const uint32_t *athlete;
	const int32_t *day;
	struct session *sorted; /* the copy, or NULL */
	size_t n;
};

static uint32_t session_athlete(const struct sessions *s, size_t i)
{
	return s->sorted ? s->sorted[i].athlete : s->athlete ? s->athlete[i] : 0;
}

static int32_t session_day(const struct sessions *s, size_t i)
{
	return s->sorted ? s->sorted[i].day : s->day[i];
}

static int sessions_get(const struct ingest_log *log, struct sessions *s)
{
	size_t n = log->n_strength;
	*s = (struct sessions){log->strength_athlete, log->strength_days, NULL, n};
	for (size_t i = 1; i < n; i++) {
		uint32_t a = session_athlete(s, i - 1), b = session_athlete(s, i);
		if (a < b || (a == b && s->day[i - 1] <= s->day[i]))
			continue;
		struct session *v = malloc(n * sizeof *v);
		if (!v)
			return -1;
		for (size_t k = 0; k < n; k++)
			v[k] = (struct session){session_athlete(s, k), s->day[k]};
		qsort(v, n, sizeof *v, cmp_session);
		s->sorted = v;
		break;
	}
	return 0;
}

/* A session of the run's athlete in the window of days before the run.
 * Sessions and runs are both in (athlete, day) order, so *lo only moves on. */
static int8_t strength_before(const struct sessions *s, size_t *lo, uint32_t athlete, int32_t day)
{
	while (*lo < s->n && (session_athlete(s, *lo) < athlete ||
			      (session_athlete(s, *lo) == athlete &&
			       session_day(s, *lo) < day - FEATURES_STRENGTH_WINDOW)))
		(*lo)++;
	return *lo < s->n && session_athlete(s, *lo) == athlete && session_day(s, *lo) < day ? INGEST_YES
											     : INGEST_NO;
}

/* Days flagged by a session, as bytes over a span of days that grows to
 * take each new day (doubling, so it grows seldom). */
struct day_set {
	unsigned char *seen; /* seen[d - lo]: day d has a session */
	int32_t lo;
	size_t len;
	int oom;
};

/* Make the set span day; 0, or -1 when out of memory. */
static int day_set_cover(struct day_set *s, int32_t day)
{
	if (s->len && day >= s->lo && (size_t)(day - s->lo) < s->len)
		return 0;
	if (s->oom)
		return -1; /* once short of memory, the set stays void */
	int64_t lo = s->len ? s->lo : day, hi = s->len ? s->lo + (int64_t)s->len : (int64_t)day + 1;
	int64_t grow = s->len > 64 ? (int64_t)s->len : 64;
	if (day < lo)
		lo = day - grow;
	else if (day >= hi)
		hi = (int64_t)day + grow;
	unsigned char *v = calloc((size_t)(hi - lo), 1);
	if (!v)
		return s->oom = 1, -1;
	if (s->len)
		memcpy(v + (s->lo - lo), s->seen, s->len);
	free(s->seen);
	*s = (struct day_set){v, (int32_t)lo, (size_t)(hi - lo), 0};
	return 0;
}

/* Every day with a session, each once and in order, for counting sessions
 * per week: the log's sessions and its runs' own (the set seen). NULL when
 * out of memory. */
static int32_t *distinct_days(const struct ingest_log *log, const struct day_set *seen, size_t *m)
{
	struct day_set all = {0};
	for (size_t i = 0; i < log->n_strength; i++) {
		if (day_set_cover(&all, log->strength_days[i]))
			break;
		all.seen[log->strength_days[i] - all.lo] = 1;
	}
	for (size_t d = 0; d < seen->len && !all.oom; d++)
		if (seen->seen[d] && !day_set_cover(&all, seen->lo + (int32_t)d))
			all.seen[seen->lo + (int32_t)d - all.lo] = 1;
	*m = 0;
	for (size_t d = 0; d < all.len; d++)
		*m += all.seen[d];
	int32_t *out = all.oom ? NULL : malloc((*m ? *m : 1) * sizeof *out);
	if (out)
		for (size_t d = 0, k = 0; d < all.len; d++)
			if (all.seen[d])
				out[k++] = all.lo + (int32_t)d;
	free(all.seen);
	return out;
}

/* A run's distance for the load: none counts as 0. */
static int64_t metres(const struct features_run *r)
{
	return r->km_m == INGEST_KM_NONE ? 0 : r->km_m;
}

/* The spike of run r from its athlete's distance over the 7 and the 28
 * days ending on its day; first: the athlete's first day. */
static void set_spike(struct features_run *r, int32_t first, int64_t sum7, int64_t sum28, int has_distance)
{
	r->load_spike = has_distance ? features_spike(r->day, first, sum7, sum28) : INGEST_UNKNOWN;
}

/* One athlete's runs lo..hi with two windows that slide over them. */
static void spikes_sliding(struct features_run *runs, size_t lo, size_t hi, int has_distance)
{
	size_t lo7 = lo, lo28 = lo, end = lo;
	int64_t sum7 = 0, sum28 = 0; /* metres: sums without rounding */
	for (size_t i = lo; i < hi; i++) {
		struct features_run *r = &runs[i];
		/* Every run of this athlete up to the end of the day. */
		for (; end < hi && runs[end].day <= r->day; end++) {
			int64_t m = metres(&runs[end]);
			sum7 += m;
			sum28 += m;
		}
		for (; runs[lo7].day <= r->day - 7; lo7++)
			sum7 -= metres(&runs[lo7]);
		for (; runs[lo28].day <= r->day - 28; lo28++)
			sum28 -= metres(&runs[lo28]);
		set_spike(r, runs[lo].day, sum7, sum28, has_distance);
	}
}

/* An athlete's runs over at most this many days, and not many more days
 * than runs, take the daily sums below. */
#define SPIKE_SPAN_MAX 65536

/* The same from running sums by day: cum[k] is the distance of the days
 * before first + k. Each window is then one difference, with no pointer to
 * move and no branch on the gaps between runs. */
static void spikes_daily(struct features_run *runs, size_t lo, size_t hi, int has_distance, int64_t *cum)
{
	int32_t first = runs[lo].day;
	size_t span = (size_t)(runs[hi - 1].day - first) + 1;
	memset(cum, 0, (span + 1) * sizeof *cum);
	for (size_t i = lo; i < hi; i++)
		cum[runs[i].day - first + 1] += metres(&runs[i]);
	for (size_t k = 1; k <= span; k++)
		cum[k] += cum[k - 1];
	for (size_t i = lo; i < hi; i++) {
		int32_t d = runs[i].day - first;
		int32_t from7 = d - 6 > 0 ? d - 6 : 0, from28 = d - 27 > 0 ? d - 27 : 0;
		set_spike(&runs[i], first, cum[d + 1] - cum[from7], cum[d + 1] - cum[from28], has_distance);
	}
}

/* One athlete's runs lo..hi: the longest run of the FEATURES_LONG_DAYS
 * days before each day, by a queue of days whose longest runs fall from
 * front to back (a day shorter than a later one can never be the longest
 * again), so each day enters and leaves once. */
static void long_runs_of(struct features_run *runs, size_t lo, size_t hi, int has_distance)
{
	enum { CAP = 32 }; /* > FEATURES_LONG_DAYS + 1: the days a queue can hold */
	int32_t qday[CAP];
	int64_t qbest[CAP];
	unsigned head = 0, tail = 0; /* the queue is qday[head..tail), mod CAP */
	int32_t first = runs[lo].day;
	for (size_t i = lo, j; i < hi; i = j) {
		int32_t day = runs[i].day;
		int64_t today = 0;
		while (head != tail && qday[head % CAP] < day - FEATURES_LONG_DAYS)
			head++;
		int64_t longest = head != tail ? qbest[head % CAP] : 0;
		for (j = i; j < hi && runs[j].day == day; j++) {
			struct features_run *r = &runs[j];
			r->long_run = has_distance ? features_long(day, first, r->km_m, longest) : INGEST_UNKNOWN;
			today = r->km_m != INGEST_KM_NONE && r->km_m > today ? r->km_m : today;
		}
		while (head != tail && qbest[(tail - 1) % CAP] <= today)
			tail--;
		qday[tail % CAP] = day;
		qbest[tail++ % CAP] = today;
	}
}

/* One athlete's runs lo..hi: the same longest runs from the days' own
 * longest, in an array by day (best, from buf) with FEATURES_LONG_DAYS
 * empty days before the first: in blocks of that many days, the longest
 * from each day to its block's end (suf) and from its block's start to
 * the day (best, in place). The 30 days before a day are the end of one
 * block and the start of the next (or one whole block), so their longest
 * is two lookups, with no branch on the runs' distances or gaps (van Herk
 * and Gil-Werman's sliding maximum). An optimisation of long_runs_of,
 * which test_features checks both against a count by brute force. */
static void long_runs_daily(struct features_run *runs, size_t lo, size_t hi, int has_distance, int32_t *buf)
{
	enum { W = FEATURES_LONG_DAYS };
	int32_t first = runs[lo].day;
	size_t n = (size_t)(runs[hi - 1].day - first) + 1 + W;
	int32_t *best = buf, *suf = buf + SPIKE_SPAN_MAX + W;
	memset(best, 0, n * sizeof *best);
	for (size_t i = lo; i < hi; i++) {
		int32_t *b = &best[runs[i].day - first + W], m = (int32_t)metres(&runs[i]);
		*b = m > *b ? m : *b;
	}
	for (size_t s = 0; s < n; s += W) {
		size_t e = s + W < n ? s + W : n;
		suf[e - 1] = best[e - 1];
		for (size_t x = e - 1; x > s; x--)
			suf[x - 1] = best[x - 1] > suf[x] ? best[x - 1] : suf[x];
		for (size_t x = s + 1; x < e; x++)
			best[x] = best[x - 1] > best[x] ? best[x - 1] : best[x];
	}
	for (size_t i = lo; i < hi; i++) {
		struct features_run *r = &runs[i];
		size_t x = (size_t)(r->day - first) + W;
		int64_t longest = suf[x - W] > best[x - 1] ? suf[x - W] : best[x - 1];
		r->long_run = has_distance ? features_long(r->day, first, r->km_m, longest) : INGEST_UNKNOWN;
	}
}

/* The room the daily ways take: the running sums of spikes_daily, and
 * the two arrays of days of long_runs_daily. */
struct daily {
	int64_t cum[SPIKE_SPAN_MAX + 1];
	int32_t days[2 * (SPIKE_SPAN_MAX + FEATURES_LONG_DAYS)];
};

/* Every run's load_spike (the acute:chronic ratio: its athlete's distance
 * over the 7 days ending on its day against a quarter of the 28) and
 * long_run, the runs being in (athlete, day) order: by day in daily (or
 * NULL) when the athlete's days are not many more than its runs, else by
 * windows that slide over the runs. */
static void distance_factors(struct features_run *runs, size_t from, size_t to, int has_distance,
			     struct daily *daily)
{
	for (size_t i = from, j; i < to; i = j) {
		for (j = i + 1; j < to && runs[j].athlete == runs[i].athlete; j++)
			;
		size_t span = (size_t)(runs[j - 1].day - runs[i].day) + 1;
		if (daily && span <= SPIKE_SPAN_MAX && span <= 8 * (j - i) + 64) {
			spikes_daily(runs, i, j, has_distance, daily->cum);
			long_runs_daily(runs, i, j, has_distance, daily->days);
		} else {
			spikes_sliding(runs, i, j, has_distance);
			long_runs_of(runs, i, j, has_distance);
		}
	}
}

/* The athlete of run i: in the log's order, or in a sorted order. */
static uint32_t log_athlete(const void *runs, size_t i)
{
	return ((const struct ingest_run *)runs)[i].athlete;
}

static uint32_t ordered_athlete(const void *order, size_t i)
{
	return ((const struct ingest_run *const *)order)[i]->athlete;
}

/* One half of the runs for fill_range: from lo to hi (an athlete's edge). */
struct fill_job {
	const struct ingest_log *log;
	const struct ingest_run *const *order;
	struct features_run *dst;
	const struct sessions *sessions;
	int has_strength, has_distance;
	size_t lo, hi;
	int32_t first, last; /* the span of the half's days */
	size_t known_before, known_after; /* runs whose meals are known */
	struct day_set sessions_seen; /* the days of the runs' own sessions */
};

/* The runs' own sessions, as fill_range meets them: the athlete's last day
 * before the current one with a run flagged strength, and whether the
 * current day has one. */
struct own_sessions {
	int32_t before; /* INT32_MIN: none */
	int32_t day;
	int flagged;
};

/* Move on to a run on day (same: of the previous run's athlete). */
static inline void own_sessions_at(struct own_sessions *o, int same, int32_t day)
{
	if (!same || day != o->day) {
		o->before = !same ? INT32_MIN : o->flagged ? o->day : o->before;
		o->day = day;
		o->flagged = 0;
	}
}

/* Whether run r had a strength session in the window before it: its own
 * athlete's runs flagged strength, or the log's sessions (*lo moves on). */
static inline int8_t strength_of(const struct sessions *s, const struct own_sessions *o, size_t *lo,
				 const struct ingest_run *r)
{
	int own = o->before >= r->day - FEATURES_STRENGTH_WINDOW; /* INT32_MIN: none */
	int logged = strength_before(s, lo, r->athlete, r->day) == INGEST_YES;
	return own | logged ? INGEST_YES : INGEST_NO;
}

/* Mark run r's own session, without a branch on it (tag-branchless in
 * fill_range; the set grows seldom: the test of its span comes first). */
static inline void mark_session(struct day_set *ss, const struct ingest_run *r)
{
	if ((ss->len && r->day >= ss->lo && (size_t)(r->day - ss->lo) < ss->len) ||
	    day_set_cover(ss, r->day) == 0)
		ss->seen[r->day - ss->lo] |= r->strength == INGEST_YES;
}

/* The factors of the runs from..to, in order: order[i] when given, else the
 * log's runs as they are. dst may be the log's own runs (each is read
 * before its slot is written, and a features record is no larger). */
static void fill_range(void *arg, size_t from, size_t to)
{
	struct fill_job *j = arg;
	const struct ingest_run *const *order = j->order;
	const struct ingest_run *runs = j->log->runs;
	struct features_run *dst = j->dst;
	const int has_strength = j->has_strength;
	size_t lo = 0, known_before = 0, known_after = 0;
	int streak = 0, have_prev = 0;
	int32_t first = 0, last = 0;
	struct own_sessions own = {INT32_MIN, 0, 0};
	struct ingest_run prev = {0};
	for (size_t i = from; i < to; i++) {
		/* dst may overlap the log's runs: run i is read whole, as
		 * bytes, before dst[i] is written whole (tag-run-whole). */
		struct ingest_run r = ingest_run_load(order ? order[i] : &runs[i]);
		/* A streak, and the meal after the previous run, stay within one
		 * athlete. tag-branchless: no branch where the data decides (the
		 * days between runs, a meal skipped or eaten), as the processor
		 * cannot guess such a branch and each wrong guess costs more than
		 * both sides: selects, bitwise & and |, small tables and 0/1
		 * factors instead. The stats stages point here. */
		int same = have_prev && prev.athlete == r.athlete;
		int32_t gap = r.day - prev.day;
		int recent = same & (gap <= FEATURES_MEAL_AFTER_DAYS); /* its meal can matter */
		streak = same && gap == 1 ? streak + 1 : same && gap == 0 ? streak : 1;
		own_sessions_at(&own, same, r.day);
		int8_t strength = has_strength ? strength_of(j->sessions, &own, &lo, &r) : INGEST_UNKNOWN;
		own.flagged |= r.strength == INGEST_YES;
		mark_session(&j->sessions_seen, &r);
		known_before += r.ate_before != INGEST_UNKNOWN;
		known_after += same && prev.ate_after != INGEST_UNKNOWN; /* recorded, whatever the gap */
		if (i == from || r.day < first)
			first = r.day;
		if (i == from || r.day > last)
			last = r.day;
		dst[i] = (struct features_run){
			.day = r.day, .streak = streak, .pain_m = r.pain_m, .athlete = r.athlete,
			.km_m = r.km_m, .meal_before = r.ate_before,
			.meal_after = recent ? prev.ate_after : same ? INGEST_YES : INGEST_UNKNOWN,
			.strength = strength,
			.ate_after = r.ate_after,
		};
		prev = r;
		have_prev = 1;
	}
	j->lo = from;
	j->hi = to;
	j->first = first;
	j->last = last;
	j->known_before = known_before;
	j->known_after = known_after;
	struct daily *daily = malloc(sizeof *daily); /* none: the sliding windows */
	distance_factors(dst, from, to, j->has_distance, daily);
	free(daily);
}
/* The second half's counts, span and session days into the first's. */
static void fill_merge(void *first, const void *second)
{
	struct fill_job *a = first;
	const struct fill_job *b = second;
	a->known_before += b->known_before;
	a->known_after += b->known_after;
	if (b->hi > b->lo) {
		a->first = a->hi == a->lo || b->first < a->first ? b->first : a->first;
		a->last = a->hi == a->lo || b->last > a->last ? b->last : a->last;
		a->hi = b->hi;
	}
	struct day_set *ss = &a->sessions_seen;
	ss->oom |= b->sessions_seen.oom;
	for (size_t d = 0; d < b->sessions_seen.len && !ss->oom; d++)
		if (b->sessions_seen.seen[d] && !day_set_cover(ss, b->sessions_seen.lo + (int32_t)d))
			ss->seen[b->sessions_seen.lo + (int32_t)d - ss->lo] = 1;
	free(b->sessions_seen.seen);
}

/* The factors of every run (see fill_range), on the two halves of the
 * runs at once. */
static int fill(const struct ingest_log *log, const struct ingest_run *const *order,
		struct features_run *dst, struct features *out)
{
	size_t n = log->n_runs, m = 0;
	struct sessions sessions;
	if (sessions_get(log, &sessions))
		return -1;
	out->has_distance = (log->columns & INGEST_HAS_DISTANCE) != 0;
	struct fill_job half[2];
	for (int h = 0; h < 2; h++)
		half[h] = (struct fill_job){.log = log, .order = order, .dst = dst, .sessions = &sessions,
					    .has_strength = out->has_strength,
					    .has_distance = out->has_distance};
	struct halves split = order ? halves_split(order, n, ordered_athlete)
				    : halves_split(log->runs, n, log_athlete);
	halves_work(split, fill_range, &half[0], &half[1], fill_merge);
	struct day_set *seen = &half[0].sessions_seen;
	int32_t *sdays = seen->oom ? NULL : distinct_days(log, seen, &m);
	free(seen->seen);
	free(sessions.sorted);
	if (!sdays)
		return -1;
	out->has_meal_before = half[0].known_before > 0;
	out->has_meal_after = half[0].known_after > 0;
	for (size_t i = 0; i < n && !out->has_meal_after; i++)
		dst[i].meal_after = INGEST_UNKNOWN; /* not the gaps' INGEST_YES: none recorded */
	out->runs = dst;
	out->n = n;
	out->first_day = half[0].first; /* the span of the log, over every athlete */
	out->last_day = half[0].last;
	out->strength_days = sdays;
	out->n_strength = m;
	return 0;
}

int features_build(const struct ingest_log *log, struct features *out)
{
	size_t n = log->n_runs;
	memset(out, 0, sizeof *out);
	out->has_strength = (log->columns & INGEST_HAS_STRENGTH) != 0;
	out->n_athletes = log->n_athletes;
	if (n == 0)
		return 0;
	struct features_run *dst = malloc(n * sizeof *dst);
	const struct ingest_run **order = NULL;
	if (!dst)
		return -1;
	/* Sort only when the file is not in order already. */
	if (!ingest_sorted(log)) {
		order = malloc(n * sizeof *order);
		if (!order) {
			free(dst);
			return -1;
		}
		for (size_t i = 0; i < n; i++)
			order[i] = &log->runs[i];
		qsort(order, n, sizeof *order, cmp_run);
	}
	int rc = fill(log, order, dst, out);
	free(order);
	if (rc)
		free(dst);
	return rc;
}

int features_take(struct ingest_log *log, struct features *out)
{
	_Static_assert(sizeof(struct features_run) <= sizeof(struct ingest_run),
		       "a features record must fit in the ingest record it replaces");
	size_t n = log->n_runs;
	int rc;
	if (n && ingest_sorted(log)) {
		memset(out, 0, sizeof *out);
		out->has_strength = (log->columns & INGEST_HAS_STRENGTH) != 0;
		out->n_athletes = log->n_athletes;
		struct features_run *dst = (struct features_run *)(void *)log->runs;
		rc = fill(log, NULL, dst, out);
		if (rc == 0) {
			dst = ingest_take_runs(log); /* the memory is the features' now */
			struct features_run *fit = realloc(dst, n * sizeof *fit);
			out->runs = fit ? fit : dst;
		}
	} else {
		rc = features_build(log, out);
	}
	if (rc == 0)
		ingest_release_runs(log);
	return rc;
}

void features_free(struct features *f)
{
	free(f->runs);
	free(f->strength_days);
	memset(f, 0, sizeof *f);
}
