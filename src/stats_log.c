/* stats_analyze: the log-level analysis, built from the primitives in stats.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/stats.h"

const char *stats_factor_name(enum stats_factor k)
{
	static const char *const name[STATS_NFACTORS] = {
		"consecutive_days", "meal_before", "meal_after", "strength", "load_spike",
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
	case STATS_LOAD_SPIKE:
		return r->load_spike == INGEST_YES ? 'a' : r->load_spike == INGEST_NO ? 'b' : 0;
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

/* Which factors come together: each run's groups as one base-3 code (0
 * neither, 1 group a, 2 group b, for each factor), counted in a histogram
 * while reading; the pair counts come from it at the end. */
#define COMBOS 243 /* 3^STATS_NFACTORS */

static unsigned combo_of(const struct features_run *r)
{
	unsigned code = 0;
	for (int k = STATS_NFACTORS - 1; k >= 0; k--) {
		int g = group_of((enum stats_factor)k, r);
		code = code * 3 + (g == 'a' ? 1u : g == 'b' ? 2u : 0u);
	}
	return code;
}

static void cooccur(const size_t *hist, struct stats_result *out)
{
	for (unsigned code = 0; code < COMBOS; code++) {
		int g[STATS_NFACTORS];
		if (!hist[code])
			continue;
		for (int k = 0, c = (int)code; k < STATS_NFACTORS; k++, c /= 3)
			g[k] = c % 3;
		for (int k = 0; k < STATS_NFACTORS; k++)
			for (int j = 0; j < STATS_NFACTORS; j++)
				if (j != k && g[j] == 1) {
					out->together[k][j] += g[k] == 1 ? hist[code] : 0;
					out->apart[k][j] += g[k] == 2 ? hist[code] : 0;
				}
	}
}

/* Pain and streak correlations without holding the runs twice: Pearson
 * from centred sums, Spearman from ranks by counting, each value a multiple
 * of 0.5 up to RANKS / 2 (pain scores and streaks are). A log with other
 * values takes the general path, with arrays. */
#define RANKS 4096

struct corr_acc {
	size_t n;
	/* long double: a million products summed keep 12 good digits and more */
	long double sx, sy, sxy, sxx, syy, rxy, rxx, ryy;
	int countable;
	size_t hx[RANKS + 1], hy[RANKS + 1];
	double ax[RANKS + 1], ay[RANKS + 1]; /* the average rank of each value */
};

static int bin_of(double v, size_t *k)
{
	double h = v * 2;
	if (!(h >= 0 && h <= RANKS) || h != (double)(size_t)h)
		return -1;
	*k = (size_t)h;
	return 0;
}

static void corr_pass1(struct corr_acc *c, double x, double y)
{
	size_t kx, ky;
	c->n++;
	c->sx += x;
	c->sy += y;
	if (c->countable && bin_of(x, &kx) == 0 && bin_of(y, &ky) == 0)
		c->hx[kx]++, c->hy[ky]++;
	else
		c->countable = 0;
}

static void rank_table(const size_t *h, double *avg)
{
	double below = 0;
	for (size_t k = 0; k <= RANKS; k++) {
		avg[k] = below + ((double)h[k] + 1) / 2;
		below += (double)h[k];
	}
}

static void corr_pass2(struct corr_acc *c, double x, double y)
{
	long double dx = x - c->sx / (long double)c->n, dy = y - c->sy / (long double)c->n;
	c->sxy += dx * dy;
	c->sxx += dx * dx;
	c->syy += dy * dy;
	if (c->countable) {
		long double mid = ((long double)c->n + 1) / 2;
		long double rx = c->ax[(size_t)(x * 2)] - mid, ry = c->ay[(size_t)(y * 2)] - mid;
		c->rxy += rx * ry;
		c->rxx += rx * rx;
		c->ryy += ry * ry;
	}
}

/* r from centred sums; NAN when a variable does not vary. */
static double corr(long double sxy, long double sxx, long double syy)
{
	return sxx > 0 && syy > 0 ? (double)(sxy / sqrtl(sxx * syy)) : NAN;
}

/* The general path: both correlations from arrays of the scored runs. */
static int correlate_arrays(const struct features *f, size_t m, struct stats_result *out)
{
	double *pain = malloc((m ? m : 1) * sizeof *pain), *streak = malloc((m ? m : 1) * sizeof *streak);
	double *work = malloc(2 * (m ? m : 1) * sizeof *work);
	size_t k = 0;
	if (!pain || !streak || !work) {
		free(pain);
		free(streak);
		free(work);
		return -1;
	}
	for (size_t i = 0; i < f->n; i++)
		if (!isnan(features_pain(&f->runs[i]))) {
			pain[k] = features_pain(&f->runs[i]);
			streak[k++] = f->runs[i].streak;
		}
	stats_pearson(streak, pain, m, &out->pearson);
	stats_spearman(streak, pain, m, work, &out->spearman);
	free(pain);
	free(streak);
	free(work);
	return 0;
}

int stats_analyze(const struct features *f, struct stats_result *out)
{
	struct corr_acc *c = calloc(1, sizeof *c);
	size_t combos[COMBOS] = {0};
	struct moments all = {0}, bins[STATS_STREAK_BINS] = {{0}}, groups[STATS_NFACTORS][2] = {{{0}}};
	struct moments *to[2 + STATS_NFACTORS];

	memset(out, 0, sizeof *out);
	if (!c)
		return -1;
	c->countable = 1;
	out->runs = f->n;
	/* Every summary in two passes over the runs: sums, then deviations. */
	for (int pass = 0; pass < 2; pass++) {
		if (pass == 1 && c->countable) {
			rank_table(c->hx, c->ax);
			rank_table(c->hy, c->ay);
		}
		for (size_t i = 0; i < f->n; i++) {
			const struct features_run *r = &f->runs[i];
			if (isnan(features_pain(r)))
				continue;
			size_t t = targets(r, bins, groups, to);
			to[t++] = &all;
			for (size_t j = 0; j < t; j++)
				(pass ? add_dev : add)(to[j], features_pain(r));
			if (pass == 0) {
				out->painful += features_pain(r) >= STATS_PAINFUL;
				corr_pass1(c, r->streak, features_pain(r));
				combos[combo_of(r)]++;
			} else {
				corr_pass2(c, r->streak, features_pain(r));
			}
		}
	}
	cooccur(combos, out);
	out->scored = all.n;
	out->mean_pain = all.n ? all.sum / (double)all.n : NAN;
	int rc = 0;
	if (c->countable) {
		stats_corr_finish(c->n, corr(c->sxy, c->sxx, c->syy), &out->pearson);
		stats_corr_finish(c->n, corr(c->rxy, c->rxx, c->ryy), &out->spearman);
	} else {
		rc = correlate_arrays(f, all.n, out);
	}
	free(c);
	for (int bin = 0; bin < STATS_STREAK_BINS; bin++)
		stats_summary_from_moments(bins[bin].n, bins[bin].sum, bins[bin].ss, &out->by_streak[bin]);
	for (int k = 0; k < STATS_NFACTORS; k++) {
		struct stats_diff *d = &out->factor[k];
		out->measured[k] = (k != STATS_STRENGTH || f->has_strength) &&
				   (k != STATS_LOAD_SPIKE || f->has_distance);
		if (!out->measured[k])
			groups[k][0] = groups[k][1] = (struct moments){0};
		stats_summary_from_moments(groups[k][0].n, groups[k][0].sum, groups[k][0].ss, &d->a);
		stats_summary_from_moments(groups[k][1].n, groups[k][1].sum, groups[k][1].ss, &d->b);
		stats_welch_summaries(d);
	}
	return rc;
}
