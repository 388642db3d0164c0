/* stats_analyze: the log-level analysis, built from the primitives in stats.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/stats.h"

const char *stats_factor_name(enum stats_factor k)
{
	static const char *const name[STATS_NFACTORS] = {
		"consecutive_days", "meal_before", "meal_after", "strength",
	};
	return name[k];
}

/* Which group of factor k the run falls in: 'a' (factor present), 'b'
 * (baseline) or 0 (neither, or unknown). */
static int group_of(enum stats_factor k, const struct features_run *r)
{
	switch (k) {
	case STATS_CONSECUTIVE_DAYS:
		return r->streak >= 3 ? 'a' : r->streak == 1 ? 'b' : 0;
	case STATS_MEAL_BEFORE:
		return r->meal_before == INGEST_NO ? 'a' : r->meal_before == INGEST_YES ? 'b' : 0;
	case STATS_MEAL_AFTER:
		return r->meal_after == INGEST_NO ? 'a' : r->meal_after == INGEST_YES ? 'b' : 0;
	case STATS_STRENGTH:
		return r->strength == INGEST_NO ? 'a' : r->strength == INGEST_YES ? 'b' : 0;
	default:
		return 0;
	}
}

static void factor_diff(const struct features *f, enum stats_factor k, double *a, double *b,
			struct stats_diff *out)
{
	size_t na = 0, nb = 0;
	for (size_t i = 0; i < f->n; i++) {
		const struct features_run *r = &f->runs[i];
		if (isnan(r->pain))
			continue;
		switch (group_of(k, r)) {
		case 'a': a[na++] = r->pain; break;
		case 'b': b[nb++] = r->pain; break;
		}
	}
	stats_welch(a, na, b, nb, out);
}

int stats_analyze(const struct features *f, struct stats_result *out)
{
	size_t n = f->n ? f->n : 1;
	double *pain = malloc(n * sizeof *pain);
	double *streak = malloc(n * sizeof *streak);
	double *work = malloc(2 * n * sizeof *work);
	size_t m = 0;

	memset(out, 0, sizeof *out);
	if (!pain || !streak || !work) {
		free(pain);
		free(streak);
		free(work);
		return -1;
	}
	out->runs = f->n;
	for (size_t i = 0; i < f->n; i++) {
		if (isnan(f->runs[i].pain))
			continue;
		pain[m] = f->runs[i].pain;
		streak[m] = f->runs[i].streak;
		out->painful += pain[m] >= STATS_PAINFUL;
		m++;
	}
	out->scored = m;
	struct stats_summary all;
	stats_summarize(pain, m, &all);
	out->mean_pain = all.mean;
	stats_pearson(streak, pain, m, &out->pearson);
	stats_spearman(streak, pain, m, work, &out->spearman);

	/* By streak length: reuse work as the per-bin buffer. */
	for (int bin = 1; bin <= STATS_STREAK_BINS; bin++) {
		size_t k = 0;
		for (size_t i = 0; i < m; i++) {
			int s = (int)streak[i];
			if (s == bin || (bin == STATS_STREAK_BINS && s > bin))
				work[k++] = pain[i];
		}
		stats_summarize(work, k, &out->by_streak[bin - 1]);
	}

	/* pain and work are free now: they hold the two groups of each factor. */
	for (int k = 0; k < STATS_NFACTORS; k++) {
		out->measured[k] = k != STATS_STRENGTH || f->has_strength;
		if (out->measured[k])
			factor_diff(f, (enum stats_factor)k, pain, work, &out->factor[k]);
		else
			stats_welch(NULL, 0, NULL, 0, &out->factor[k]);
	}
	free(pain);
	free(streak);
	free(work);
	return 0;
}
