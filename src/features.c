#include "runlog/features.h"

#include <stdlib.h>
#include <string.h>

static int cmp_run(const void *a, const void *b)
{
	const struct ingest_run *x = *(const struct ingest_run *const *)a;
	const struct ingest_run *y = *(const struct ingest_run *const *)b;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int cmp_day(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

static int8_t strength_before(const int32_t *days, size_t n, size_t *lo, int32_t day)
{
	/* days is sorted and runs arrive in date order, so *lo only moves on. */
	while (*lo < n && days[*lo] < day - FEATURES_STRENGTH_WINDOW)
		(*lo)++;
	return *lo < n && days[*lo] < day ? INGEST_YES : INGEST_NO;
}

int features_build(const struct ingest_log *log, struct features *out)
{
	size_t n = log->n_runs;
	const struct ingest_run **order = NULL;
	int32_t *sdays = NULL;

	memset(out, 0, sizeof *out);
	out->has_strength = (log->columns & INGEST_HAS_STRENGTH) != 0;
	if (n == 0)
		return 0;
	out->runs = malloc(n * sizeof *out->runs);
	order = malloc(n * sizeof *order);
	sdays = malloc((log->n_strength ? log->n_strength : 1) * sizeof *sdays);
	if (!out->runs || !order || !sdays) {
		free(order);
		free(sdays);
		features_free(out);
		return -1;
	}
	int sorted = 1;
	for (size_t i = 0; i < n; i++) {
		order[i] = &log->runs[i];
		if (i && log->runs[i].day < log->runs[i - 1].day)
			sorted = 0;
	}
	if (!sorted)
		qsort(order, n, sizeof *order, cmp_run);
	if (log->n_strength) {
		memcpy(sdays, log->strength_days, log->n_strength * sizeof *sdays);
		qsort(sdays, log->n_strength, sizeof *sdays, cmp_day);
	}

	size_t lo = 0;
	int streak = 0;
	for (size_t i = 0; i < n; i++) {
		const struct ingest_run *r = order[i];
		struct features_run *f = &out->runs[i];
		if (i == 0 || r->day > order[i - 1]->day + 1)
			streak = 1;
		else if (r->day == order[i - 1]->day + 1)
			streak++;
		f->day = r->day;
		f->line = r->line;
		f->pain = r->pain;
		f->km = r->km;
		f->streak = streak;
		f->meal_before = r->ate_before;
		f->meal_after = i ? order[i - 1]->ate_after : INGEST_UNKNOWN;
		f->ate_after = r->ate_after;
		f->strength = out->has_strength ? strength_before(sdays, log->n_strength, &lo, r->day)
						: INGEST_UNKNOWN;
	}
	out->n = n;
	out->first_day = out->runs[0].day;
	out->last_day = out->runs[n - 1].day;
	free(order);
	/* Keep each strength day once, for counting sessions per week. */
	size_t m = 0;
	for (size_t i = 0; i < log->n_strength; i++)
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
