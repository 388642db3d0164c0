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

/* Sums for one group of runs: n and the sum in a first pass over the runs,
 * the squared deviations from the mean in a second. */
struct moments {
	size_t n;
	double sum, ss;
};

static void add(struct moments *m, double x)
{
	m->n++;
	m->sum += x;
}

static void add_dev(struct moments *m, double x)
{
	double d = x - m->sum / (double)m->n;
	m->ss += d * d;
}

/* The accumulators a run's pain goes to: its streak bin, and the group of
 * each factor it has a value for. Returns how many, into to[]. */
static size_t targets(const struct features_run *r, struct moments *bins,
		      struct moments (*groups)[2], struct moments **to)
{
	size_t t = 0;
	int bin = r->streak < STATS_STREAK_BINS ? r->streak : STATS_STREAK_BINS;
	to[t++] = &bins[bin - 1];
	for (int k = 0; k < STATS_NFACTORS; k++) {
		int g = group_of((enum stats_factor)k, r);
		if (g)
			to[t++] = &groups[k][g == 'a' ? 0 : 1];
	}
	return t;
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

	/* By streak length and by each factor's groups: every summary in two
	 * passes over the runs, whatever their number. */
	struct moments bins[STATS_STREAK_BINS] = {{0}}, groups[STATS_NFACTORS][2] = {{{0}}};
	struct moments *to[1 + STATS_NFACTORS];
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < f->n; i++) {
			const struct features_run *r = &f->runs[i];
			if (isnan(r->pain))
				continue;
			size_t t = targets(r, bins, groups, to);
			for (size_t j = 0; j < t; j++)
				(pass ? add_dev : add)(to[j], r->pain);
		}
	for (int bin = 0; bin < STATS_STREAK_BINS; bin++)
		stats_summary_from_moments(bins[bin].n, bins[bin].sum, bins[bin].ss, &out->by_streak[bin]);
	for (int k = 0; k < STATS_NFACTORS; k++) {
		struct stats_diff *d = &out->factor[k];
		out->measured[k] = k != STATS_STRENGTH || f->has_strength;
		if (!out->measured[k])
			groups[k][0] = groups[k][1] = (struct moments){0};
		stats_summary_from_moments(groups[k][0].n, groups[k][0].sum, groups[k][0].ss, &d->a);
		stats_summary_from_moments(groups[k][1].n, groups[k][1].sum, groups[k][1].ss, &d->b);
		stats_welch_summaries(d);
	}
	free(pain);
	free(streak);
	free(work);
	return 0;
}
