#include "runlog/features.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Runs by athlete, then day, then file order. */
static int cmp_run(const void *a, const void *b)
{
	const struct ingest_run *x = *(const struct ingest_run *const *)a;
	const struct ingest_run *y = *(const struct ingest_run *const *)b;
	if (x->athlete != y->athlete)
		return x->athlete < y->athlete ? -1 : 1;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int cmp_day(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
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

/* A session of the run's athlete in the window of days before the run.
 * Sessions and runs are both in (athlete, day) order, so *lo only moves on. */
static int8_t strength_before(const struct session *s, size_t n, size_t *lo, uint32_t athlete,
			      int32_t day)
{
	while (*lo < n && (s[*lo].athlete < athlete ||
			   (s[*lo].athlete == athlete && s[*lo].day < day - FEATURES_STRENGTH_WINDOW)))
		(*lo)++;
	return *lo < n && s[*lo].athlete == athlete && s[*lo].day < day ? INGEST_YES : INGEST_NO;
}

/* Runs in (athlete, day, file) order already? */
static int in_order(const struct ingest_run *runs, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		const struct ingest_run *a = &runs[i - 1], *b = &runs[i];
		if (cmp_run(&a, &b) > 0)
			return 0;
	}
	return 1;
}

/* The acute:chronic ratio of every run: its athlete's distance over the 7
 * days ending on its day against a quarter of the 28, with two windows that
 * slide over the runs, which are in (athlete, day) order. */
static void load_spikes(struct features *f)
{
	size_t lo7 = 0, lo28 = 0, hi = 0, start = 0;
	double sum7 = 0, sum28 = 0;
	for (size_t i = 0; i < f->n; i++) {
		struct features_run *r = &f->runs[i];
		if (i == 0 || r->athlete != f->runs[i - 1].athlete) {
			start = lo7 = lo28 = hi = i;
			sum7 = sum28 = 0;
		}
		/* Every run of this athlete up to the end of the day. */
		for (; hi < f->n && f->runs[hi].athlete == r->athlete && f->runs[hi].day <= r->day; hi++) {
			double km = isnan(f->runs[hi].km) ? 0 : f->runs[hi].km;
			sum7 += km;
			sum28 += km;
		}
		for (; f->runs[lo7].day <= r->day - 7; lo7++)
			sum7 -= isnan(f->runs[lo7].km) ? 0 : f->runs[lo7].km;
		for (; f->runs[lo28].day <= r->day - 28; lo28++)
			sum28 -= isnan(f->runs[lo28].km) ? 0 : f->runs[lo28].km;
		if (!f->has_distance || r->day - f->runs[start].day < 27 || !(sum28 > 1e-9))
			r->load_spike = INGEST_UNKNOWN;
		else
			r->load_spike = sum7 >= FEATURES_SPIKE_RATIO * sum28 / 4 ? INGEST_YES : INGEST_NO;
	}
}

/* The factors of every run, in order: order[i] when given, else the log's
 * runs as they are. dst may be the log's own runs (each is read before its
 * slot is written, and a features record is smaller than an ingest one). */
static int fill(const struct ingest_log *log, const struct ingest_run *const *order,
		struct features_run *dst, struct features *out)
{
	size_t n = log->n_runs, ns = log->n_strength;
	struct session *sessions = malloc((ns ? ns : 1) * sizeof *sessions);
	int32_t *sdays = malloc((ns ? ns : 1) * sizeof *sdays);
	if (!sessions || !sdays) {
		free(sessions);
		free(sdays);
		return -1;
	}
	for (size_t i = 0; i < ns; i++) {
		sessions[i] = (struct session){log->strength_athlete ? log->strength_athlete[i] : 0,
					       log->strength_days[i]};
		sdays[i] = log->strength_days[i];
	}
	qsort(sessions, ns, sizeof *sessions, cmp_session);
	qsort(sdays, ns, sizeof *sdays, cmp_day);

	size_t lo = 0;
	int streak = 0, have_prev = 0;
	struct ingest_run prev = {0};
	int32_t first = 0, last = 0;
	for (size_t i = 0; i < n; i++) {
		/* Byte copies in and out: dst may overlap the log's runs, and the
		 * two struct types must not be assumed apart. */
		struct ingest_run r;
		memcpy(&r, order ? order[i] : &log->runs[i], sizeof r);
		struct features_run fr, *f = &fr;
		/* A streak, and the meal after the previous run, stay within one athlete. */
		int same = have_prev && prev.athlete == r.athlete;
		if (!same || r.day > prev.day + 1)
			streak = 1;
		else if (r.day == prev.day + 1)
			streak++;
		*f = (struct features_run){
			.day = r.day, .line = r.line, .athlete = r.athlete, .pain = r.pain, .km = r.km,
			.streak = streak, .meal_before = r.ate_before,
			.meal_after = same ? prev.ate_after : INGEST_UNKNOWN, .ate_after = r.ate_after,
			.strength = out->has_strength ? strength_before(sessions, ns, &lo, r.athlete, r.day)
						      : INGEST_UNKNOWN,
		};
		/* The span of the log, over every athlete. */
		if (i == 0 || r.day < first)
			first = r.day;
		if (i == 0 || r.day > last)
			last = r.day;
		memcpy(&dst[i], &fr, sizeof fr);
		prev = r;
		have_prev = 1;
	}
	out->runs = dst;
	out->n = n;
	out->first_day = first;
	out->last_day = last;
	out->has_distance = (log->columns & INGEST_HAS_DISTANCE) != 0;
	load_spikes(out);
	free(sessions);
	/* Each strength day once, for counting sessions per week. */
	size_t m = 0;
	for (size_t i = 0; i < ns; i++)
		if (m == 0 || sdays[i] != sdays[m - 1])
			sdays[m++] = sdays[i];
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
	if (!in_order(log->runs, n)) {
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
	if (n && in_order(log->runs, n)) {
		memset(out, 0, sizeof *out);
		out->has_strength = (log->columns & INGEST_HAS_STRENGTH) != 0;
		out->n_athletes = log->n_athletes;
		struct features_run *dst = (struct features_run *)(void *)log->runs;
		rc = fill(log, NULL, dst, out);
		if (rc == 0) {
			log->runs = NULL; /* the memory is the features' now */
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
