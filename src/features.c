#include "runlog/features.h"

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

int features_build(const struct ingest_log *log, struct features *out)
{
	size_t n = log->n_runs, ns = log->n_strength;
	const struct ingest_run **order = NULL;
	struct session *sessions = NULL;
	int32_t *sdays = NULL;

	memset(out, 0, sizeof *out);
	out->has_strength = (log->columns & INGEST_HAS_STRENGTH) != 0;
	out->n_athletes = log->n_athletes;
	if (n == 0)
		return 0;
	out->runs = malloc(n * sizeof *out->runs);
	order = malloc(n * sizeof *order);
	sessions = malloc((ns ? ns : 1) * sizeof *sessions);
	sdays = malloc((ns ? ns : 1) * sizeof *sdays);
	if (!out->runs || !order || !sessions || !sdays) {
		free(order);
		free(sessions);
		free(sdays);
		features_free(out);
		return -1;
	}
	/* Sort only when the file is not in order already. */
	int sorted = 1;
	for (size_t i = 0; i < n; i++) {
		order[i] = &log->runs[i];
		if (i && cmp_run(&order[i - 1], &order[i]) > 0)
			sorted = 0;
	}
	if (!sorted)
		qsort(order, n, sizeof *order, cmp_run);
	for (size_t i = 0; i < ns; i++) {
		sessions[i] = (struct session){log->strength_athlete ? log->strength_athlete[i] : 0,
					       log->strength_days[i]};
		sdays[i] = log->strength_days[i];
	}
	qsort(sessions, ns, sizeof *sessions, cmp_session);
	qsort(sdays, ns, sizeof *sdays, cmp_day);

	size_t lo = 0;
	int streak = 0;
	for (size_t i = 0; i < n; i++) {
		const struct ingest_run *r = order[i];
		const struct ingest_run *prev = i ? order[i - 1] : NULL;
		struct features_run *f = &out->runs[i];
		/* A streak, and the meal after the previous run, stay within one athlete. */
		if (prev && prev->athlete != r->athlete)
			prev = NULL;
		if (!prev || r->day > prev->day + 1)
			streak = 1;
		else if (r->day == prev->day + 1)
			streak++;
		f->day = r->day;
		f->line = r->line;
		f->athlete = r->athlete;
		f->pain = r->pain;
		f->km = r->km;
		f->streak = streak;
		f->meal_before = r->ate_before;
		f->meal_after = prev ? prev->ate_after : INGEST_UNKNOWN;
		f->ate_after = r->ate_after;
		f->strength = out->has_strength ? strength_before(sessions, ns, &lo, r->athlete, r->day)
						: INGEST_UNKNOWN;
	}
	out->n = n;
	/* The span of the log, over every athlete. */
	out->first_day = out->last_day = out->runs[0].day;
	for (size_t i = 1; i < n; i++) {
		if (out->runs[i].day < out->first_day)
			out->first_day = out->runs[i].day;
		if (out->runs[i].day > out->last_day)
			out->last_day = out->runs[i].day;
	}
	free(order);
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

void features_free(struct features *f)
{
	free(f->runs);
	free(f->strength_days);
	memset(f, 0, sizeof *f);
}
