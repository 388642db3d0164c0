/* stats_analyze: the log-level analysis, built from the primitives in stats.c. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/halves.h"
#include "runlog/stats.h"

const char *stats_factor_name(enum stats_factor k)
{
	static const char *const name[STATS_NFACTORS] = {
		"consecutive_days", "meal_before", "meal_after", "strength", "load_spike", "long_run",
	};
	return name[k];
}

/* Which factors come together: each run's groups as one base-3 code, one
 * digit a factor: 0 neither (or unknown), 1 group a (the factor present), 2
 * group b (the baseline); counted in a histogram while reading; the pair
 * counts come from it at the end. */
#define COMBOS 729 /* 3^STATS_NFACTORS */

static inline unsigned combo_of(const struct features_run *r)
{
	/* By value + 1 (unknown, no, yes), the digit of a factor whose group
	 * a is "no" (a skipped meal, no strength work) and of load_spike and
	 * long_run, whose group a is "yes". Tables, not branches (tag-branchless in
	 * features.c). */
	static const unsigned char a_is_no[3] = {0, 1, 2}, a_is_yes[3] = {0, 2, 1};
	unsigned streak = (r->streak >= 3) + 2u * (r->streak == 1); /* 3+ a, 1 b, 2 neither */
	return streak + 3u * a_is_no[r->meal_before + 1] + 9u * a_is_no[r->meal_after + 1] +
	       27u * a_is_no[r->strength + 1] + 81u * a_is_yes[r->load_spike + 1] +
	       243u * a_is_yes[r->long_run + 1];
}

int stats_run_group(const struct features_run *r, enum stats_factor k)
{
	unsigned code = combo_of(r);
	for (int i = 0; i < (int)k; i++)
		code /= 3;
	return (int)(code % 3);
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

/* Sums of one set of runs, exact: pain in thousandths (features.h), so the
 * sums of pain and of its square are integers. A million runs of pain 10
 * sum their squares to 1e14, far inside 64 bits. */
struct sums {
	uint64_t n, s, q;
};

static void sums_add(struct sums *to, const struct sums *c)
{
	to->n += c->n;
	to->s += c->s;
	to->q += c->q;
}

/* a * b / n for integers, to one rounding: the whole part exact, then the
 * remainder over n. */
static long double div_exact(uint64_t a, uint64_t b, uint64_t n)
{
	uint64_t qa = a / n, ra = a % n; /* a = qa n + ra: a b / n = qa b + ra b / n */
	if (b && ra > UINT64_MAX / b)    /* beyond 64 bits (logs of 1e8 runs): round */
		return (long double)(qa * b) + (long double)ra * b / n;
	uint64_t rb = ra * b;
	return (long double)(qa * b + rb / n) + (long double)(rb % n) / (long double)n;
}

/* The sum of squared deviations, sum(x^2) - (sum x)^2 / n, from exact sums. */
static long double centred(uint64_t q, uint64_t s1, uint64_t s2, uint64_t n)
{
	return (long double)q - div_exact(s1, s2, n);
}

static void summary_of(const struct sums *c, struct stats_summary *out)
{
	double ss = c->n ? (double)(centred(c->q, c->s, c->s, c->n) / 1e6L) : 0;
	stats_summary_from_moments((size_t)c->n, (double)c->s / 1000, ss, out);
}

/* Runs are summed in cells, one for each streak bin and combination of
 * the factors' groups; every summary is then a sum of cells. */
#define NCELLS (STATS_STREAK_BINS * COMBOS)

/* Spearman's rho from ranks by counting, when every pain is a multiple of
 * 0.5 (every score logged as a whole or half point is): the joint counts of
 * streak and pain, and the average rank of each value of either. This is
 * only an optimisation of stats_spearman, the general path (spearman_arrays
 * below): the same ranks, so the same rho but for rounding, without sorting
 * every run; test_stats.c's spearman_counted_matches_general pins the two. */
#define PAIN_HALF_POINTS (2 * INGEST_PAIN_MAX + 1) /* pain 0, 0.5, ... 10 */

static double spearman_counted(const uint32_t *joint, size_t max_streak, size_t n)
{
	double *rx = calloc(max_streak + 1, sizeof *rx), ry[PAIN_HALF_POINTS];
	size_t hy[PAIN_HALF_POINTS] = {0};
	if (!rx)
		return NAN;
	long double below = 0;
	for (size_t x = 0; x <= max_streak; x++) {
		size_t h = 0;
		for (size_t y = 0; y < PAIN_HALF_POINTS; y++)
			h += joint[x * PAIN_HALF_POINTS + y], hy[y] += joint[x * PAIN_HALF_POINTS + y];
		rx[x] = (double)(below + ((long double)h + 1) / 2);
		below += (long double)h;
	}
	below = 0;
	for (size_t y = 0; y < PAIN_HALF_POINTS; y++) {
		ry[y] = (double)(below + ((long double)hy[y] + 1) / 2);
		below += (long double)hy[y];
	}
	/* Centred rank sums: the mean rank is (n + 1) / 2 on both sides. */
	long double mid = ((long double)n + 1) / 2, sxy = 0, sxx = 0, syy = 0;
	for (size_t x = 0; x <= max_streak; x++)
		for (size_t y = 0; y < PAIN_HALF_POINTS; y++) {
			uint32_t c = joint[x * PAIN_HALF_POINTS + y];
			if (!c)
				continue;
			long double dx = rx[x] - mid, dy = ry[y] - mid;
			sxy += c * dx * dy;
			sxx += c * dx * dx;
			syy += c * dy * dy;
		}
	free(rx);
	return sxx > 0 && syy > 0 ? (double)(sxy / sqrtl(sxx * syy)) : NAN;
}

/* The general path: Spearman from arrays of the scored runs (stats_spearman). */
static int spearman_arrays(const struct features *f, size_t m, struct stats_result *out)
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
		if (f->runs[i].pain_m != INGEST_PAIN_NONE) {
			pain[k] = features_pain(&f->runs[i]);
			streak[k++] = f->runs[i].streak;
		}
	stats_spearman(streak, pain, m, work, &out->spearman);
	free(pain);
	free(streak);
	free(work);
	return 0;
}

/* The joint counts of streak and pain, made in the tally, take streaks up
 * to this (a year and a half of daily runs; small, as the counts are
 * zeroed whole); a longer one has them counted in a pass of their own. */
#define JOINT_STREAKS 512
/* Up to this streak, joint counts; beyond, Spearman from arrays. */
#define JOINT_STREAKS_MAX (1u << 20)

/* The joint counts of every scored run: streak x pain in half points, for
 * streaks up to max_streak. NULL when out of memory. */
static uint32_t *joint_counts(const struct features *f, size_t max_streak)
{
	uint32_t *joint = calloc((max_streak + 1) * PAIN_HALF_POINTS, sizeof *joint);
	for (size_t i = 0; joint && i < f->n; i++)
		if (f->runs[i].pain_m != INGEST_PAIN_NONE)
			joint[(size_t)f->runs[i].streak * PAIN_HALF_POINTS + f->runs[i].pain_m / 500]++;
	return joint;
}

/* The sums of part of the runs: exact integers, so the two halves add up
 * to the very sums of one pass, whichever way the runs are split. */
struct tally {
	const struct features *f;
	struct sums cell[NCELLS];
	uint32_t *joint; /* streak x pain in half points, or NULL */
	int half_points; /* every pain is a multiple of 0.5 */
	size_t max_streak;
	uint64_t sx, sxx, sxy;
	size_t painful;
};

/* One pass: each scored run into its cell, its streak into the
 * correlation's sums, and into the joint counts (a streak they cannot
 * hold counts in row 0, which no streak has; they are then void). */
static void tally_range(void *arg, size_t lo, size_t hi)
{
	struct tally *t = arg;
	for (size_t i = lo; i < hi; i++) {
		const struct features_run *r = &t->f->runs[i];
		if (r->pain_m == INGEST_PAIN_NONE)
			continue;
		uint64_t p = r->pain_m, x = (uint64_t)r->streak;
		int bin = r->streak < STATS_STREAK_BINS ? r->streak : STATS_STREAK_BINS;
		struct sums *c = &t->cell[combo_of(r) * STATS_STREAK_BINS + (unsigned)(bin - 1)];
		c->n++;
		c->s += p;
		c->q += p * p;
		t->sx += x;
		t->sxx += x * x;
		t->sxy += x * p;
		t->painful += p >= STATS_PAINFUL * 1000;
		t->max_streak = x > t->max_streak ? x : t->max_streak;
		t->half_points &= p % 500 == 0;
		if (t->joint)
			t->joint[(x <= JOINT_STREAKS ? x : 0) * PAIN_HALF_POINTS + p / 500]++;
	}
}

/* The joint counts, made in the tally, hold this many. */
#define N_JOINT ((JOINT_STREAKS + 1) * PAIN_HALF_POINTS)

/* The second half's sums into the first's: exact, so in any order. The
 * joint counts are void (NULL) unless both halves have them. */
static void tally_merge(void *first, const void *second)
{
	struct tally *a = first;
	const struct tally *b = second;
	for (size_t c = 0; c < NCELLS; c++)
		sums_add(&a->cell[c], &b->cell[c]);
	for (size_t k = 0; a->joint && b->joint && k < N_JOINT; k++)
		a->joint[k] += b->joint[k];
	if (!b->joint) {
		free(a->joint);
		a->joint = NULL;
	}
	free(b->joint);
	a->half_points &= b->half_points;
	a->max_streak = b->max_streak > a->max_streak ? b->max_streak : a->max_streak;
	a->sx += b->sx;
	a->sxx += b->sxx;
	a->sxy += b->sxy;
	a->painful += b->painful;
}

static uint32_t run_athlete(const void *runs, size_t i)
{
	return ((const struct features_run *)runs)[i].athlete;
}

/* The sums of every run, on the two halves at once, into t[0] (t: two
 * tallies, zeroed). t[0].joint: the joint counts, or NULL when Spearman is
 * to come from arrays. */
static void tally_all(const struct features *f, struct tally *t)
{
	for (int h = 0; h < 2; h++) {
		t[h].f = f;
		t[h].joint = calloc(N_JOINT, sizeof *t[h].joint); /* NULL: see below */
		t[h].half_points = 1;
	}
	/* Every sum is per run: the athlete's edge is not needed, but keeps
	 * one rule of splitting for every stage. */
	halves_work(halves_split(f->runs, f->n, run_athlete), tally_range, &t[0], &t[1], tally_merge);
	if (!t->half_points || t->max_streak > JOINT_STREAKS || !t->joint) {
		free(t->joint);
		t->joint = NULL;
		/* Half points with a longer streak (or no memory for the tally's
		 * counts): the counts in a pass of their own. */
		if (t->half_points && t->max_streak < JOINT_STREAKS_MAX)
			t->joint = joint_counts(f, t->max_streak);
	}
}

/* The sums each summary is made of: every scored run, each streak bin,
 * each factor's two groups, and the runs of each combination of groups. */
struct summed {
	struct sums all, bins[STATS_STREAK_BINS], groups[STATS_NFACTORS][2];
	size_t combos[COMBOS];
};

/* The summaries' sums, as sums of cells. */
static void sum_cells(const struct sums *cell, struct summed *s)
{
	memset(s, 0, sizeof *s);
	for (unsigned code = 0; code < COMBOS; code++)
		for (int bin = 0; bin < STATS_STREAK_BINS; bin++) {
			const struct sums *c = &cell[code * STATS_STREAK_BINS + (unsigned)bin];
			if (!c->n)
				continue;
			sums_add(&s->all, c);
			sums_add(&s->bins[bin], c);
			s->combos[code] += (size_t)c->n;
			for (int k = 0, g = (int)code; k < STATS_NFACTORS; k++, g /= 3)
				if (g % 3)
					sums_add(&s->groups[k][g % 3 - 1], c);
		}
}

/* The lines of the week-clustered p-values (clustered below): Pearson's
 * (pain on streak) and Spearman's (ranks on ranks), each with its slope
 * and sum of squared deviations of x. */
struct lines {
	double xbar, ybar, slope, sxx;  /* Pearson's, pain in points */
	double *rx, *ry;                /* centred ranks of each streak and pain_m, or NULL */
	double rslope, rsxx;            /* Spearman's */
};

/* Pearson from the exact sums of streak and pain, and its line. */
static void pearson_exact(const struct tally *t, const struct sums *all, struct stats_corr *out,
			  struct lines *l)
{
	long double cxy = all->n ? (long double)t->sxy - div_exact(t->sx, all->s, all->n) : 0;
	long double cxx = all->n ? centred(t->sxx, t->sx, t->sx, all->n) : 0;
	long double cyy = all->n ? centred(all->q, all->s, all->s, all->n) : 0;
	stats_corr_finish((size_t)all->n, cxx > 0 && cyy > 0 ? (double)(cxy / sqrtl(cxx * cyy)) : NAN, out);
	if (cxx > 0) {
		l->xbar = (double)((long double)t->sx / all->n);
		l->ybar = (double)((long double)all->s / 1000 / all->n);
		l->slope = (double)(cxy / 1000 / cxx);
		l->sxx = (double)cxx;
	}
}

/* Spearman of the n scored runs: counted from the joint counts when there
 * are some, else from arrays. Returns 0, or -1 when out of memory. */
static int spearman(const struct features *f, const struct tally *t, size_t n, struct stats_result *out)
{
	if (!t->joint)
		return spearman_arrays(f, n, out);
	stats_corr_finish(n, spearman_counted(t->joint, t->max_streak, n), &out->spearman);
	return 0;
}

/* Each factor's two groups and the difference of their means; a factor
 * the log cannot say has empty groups. The CI and p come from clustered. */
static void factor_diffs(const struct features *f, struct summed *s, struct stats_result *out)
{
	for (int k = 0; k < STATS_NFACTORS; k++) {
		struct stats_diff *d = &out->factor[k];
		out->measured[k] = (k != STATS_STRENGTH || f->has_strength) &&
				   ((k != STATS_LOAD_SPIKE && k != STATS_LONG_RUN) || f->has_distance) &&
				   (k != STATS_MEAL_BEFORE || f->has_meal_before) &&
				   (k != STATS_MEAL_AFTER || f->has_meal_after);
		if (!out->measured[k])
			s->groups[k][0] = s->groups[k][1] = (struct sums){0};
		summary_of(&s->groups[k][0], &d->a);
		summary_of(&s->groups[k][1], &d->b);
		d->diff = d->a.n && d->b.n ? d->a.mean - d->b.mean : NAN;
		d->ci_lo = d->ci_hi = d->p = d->df = NAN;
	}
}

/* The week-clustered CIs and p-values: a second pass over the runs, once
 * the means, slopes and ranks are known, sums each run's residual by week
 * (an athlete's ISO week, as stats_model.c's clusters: runs are in athlete
 * order, then date order, so a week's runs come together and never span
 * the halves). Sums of residuals, so nothing cancels. Slope j: the
 * factors, then Pearson, then Spearman. */
#define SLOPE_PEARSON STATS_NFACTORS
#define SLOPE_SPEARMAN (STATS_NFACTORS + 1)
#define NSLOPES (STATS_NFACTORS + 2)

/* What a run adds to each factor's score for the week, by its combination
 * of groups (combo_of): a run of group a of factor k adds (pain - mean_a)
 * / n_a, one of group b -(pain - mean_b) / n_b, as the difference's score
 * is the residuals of a over n_a less those of b over n_b: here
 * mul[code][k] pain - sub[code][k]. in[code]: bit k when the run is in
 * either group of factor k, so the week counts for it. */
struct weeks_table {
	double mul[COMBOS][STATS_NFACTORS], sub[COMBOS][STATS_NFACTORS];
	unsigned char in[COMBOS];
};

struct weeks {
	const struct features *f;
	const struct lines *l;
	const struct weeks_table *tb;
	double meat[NSLOPES];
	size_t clusters[NSLOPES];
};

/* A week ends: each slope's score, squared, into the meat. */
static void week_close(struct weeks *wk, double *u, unsigned in)
{
	for (int j = 0; j < NSLOPES; j++) {
		wk->meat[j] += u[j] * u[j];
		wk->clusters[j] += in >> j & 1;
		u[j] = 0;
	}
}

static void weeks_range(void *arg, size_t lo, size_t hi)
{
	struct weeks *wk = arg;
	const struct lines *l = wk->l;
	const struct weeks_table *tb = wk->tb;
	double u[NSLOPES] = {0};
	unsigned in = 0, athlete = 0;
	int32_t monday = 0;
	for (size_t i = lo; i < hi; i++) {
		const struct features_run *r = &wk->f->runs[i];
		if (r->pain_m == INGEST_PAIN_NONE)
			continue;
		int32_t m = date_monday(r->day);
		if (in && (m != monday || r->athlete != athlete)) {
			week_close(wk, u, in);
			in = 0;
		}
		monday = m, athlete = r->athlete;
		unsigned code = combo_of(r);
		double y = features_pain(r), dx = r->streak - l->xbar;
		for (int k = 0; k < STATS_NFACTORS; k++)
			u[k] += tb->mul[code][k] * y - tb->sub[code][k];
		in |= tb->in[code] | 1u << SLOPE_PEARSON | 1u << SLOPE_SPEARMAN;
		u[SLOPE_PEARSON] += dx * (y - l->ybar - l->slope * dx);
		if (l->rx) {
			double rdx = l->rx[r->streak];
			u[SLOPE_SPEARMAN] += rdx * (l->ry[r->pain_m] - l->rslope * rdx);
		}
	}
	if (in)
		week_close(wk, u, in);
}

static void weeks_merge(void *first, const void *second)
{
	struct weeks *a = first;
	const struct weeks *b = second;
	for (int j = 0; j < NSLOPES; j++) {
		a->meat[j] += b->meat[j];
		a->clusters[j] += b->clusters[j];
	}
}

/* Average ranks, centred, from the counts h[0..n_values) of n values;
 * returns their sum of squares. */
static double centred_ranks(const size_t *h, size_t n_values, size_t n, double *rank)
{
	double below = 0, mid = ((double)n + 1) / 2, ss = 0;
	for (size_t v = 0; v < n_values; v++) {
		rank[v] = below + ((double)h[v] + 1) / 2 - mid;
		ss += (double)h[v] * rank[v] * rank[v];
		below += (double)h[v];
	}
	return ss;
}

#define PAIN_VALUES (INGEST_PAIN_MAX * 1000 + 1) /* pain_m 0 .. 10000 */

/* Spearman's line: the ranks of every streak up to max_streak and every
 * pain, from a pass that counts them. Returns 0, or -1 when out of memory. */
static int rank_line(const struct features *f, size_t max_streak, size_t n, double rho, struct lines *l)
{
	size_t *hx = calloc(max_streak + 1, sizeof *hx), *hy = calloc(PAIN_VALUES, sizeof *hy);
	l->rx = malloc((max_streak + 1) * sizeof *l->rx);
	l->ry = malloc(PAIN_VALUES * sizeof *l->ry);
	int ok = hx && hy && l->rx && l->ry;
	for (size_t i = 0; ok && i < f->n; i++)
		if (f->runs[i].pain_m != INGEST_PAIN_NONE)
			hx[f->runs[i].streak]++, hy[f->runs[i].pain_m]++;
	if (ok) {
		l->rsxx = centred_ranks(hx, max_streak + 1, n, l->rx);
		double syy = centred_ranks(hy, PAIN_VALUES, n, l->ry);
		l->rslope = rho * sqrt(syy / l->rsxx);
	}
	free(hx);
	free(hy);
	return ok ? 0 : -1;
}

/* A correlation's p from its slope's clustered score. */
static void corr_p(struct stats_corr *c, double slope, double meat, size_t g)
{
	struct stats_slope s;
	if (isnan(c->r) || fabs(c->r) >= 1)
		return; /* no p, or 0 (stats_corr_finish) */
	stats_cluster_slope(slope, meat, c->n, g, &s);
	c->p = s.p;
}

/* The second pass, and every CI and p from it. Returns 0, or -1 when out
 * of memory. */
static int clustered(const struct features *f, size_t max_streak, struct lines *l, struct stats_result *out)
{
	struct weeks_table tb;
	memset(&tb, 0, sizeof tb);
	for (unsigned code = 0; code < COMBOS; code++)
		for (unsigned k = 0, c = code; k < STATS_NFACTORS; k++, c /= 3) {
			const struct stats_diff *d = &out->factor[k];
			const struct stats_summary *grp = c % 3 == 1 ? &d->a : &d->b;
			if (c % 3 == 0 || !d->a.n || !d->b.n)
				continue;
			tb.mul[code][k] = (c % 3 == 1 ? 1 : -1) / (double)grp->n;
			tb.sub[code][k] = tb.mul[code][k] * grp->mean;
			tb.in[code] |= (unsigned char)(1u << k);
		}
	struct weeks wk[2] = {{.f = f, .l = l, .tb = &tb}};
	wk[1] = wk[0];
	int rc = 0;
	if (!isnan(out->spearman.r) && fabs(out->spearman.r) < 1)
		rc = rank_line(f, max_streak, out->scored, out->spearman.r, l);
	if (rc == 0) {
		halves_work(halves_split(f->runs, f->n, run_athlete), weeks_range, &wk[0], &wk[1], weeks_merge);
		for (int k = 0; k < STATS_NFACTORS; k++) {
			struct stats_diff *d = &out->factor[k];
			struct stats_slope s;
			/* Two runs a side, and some spread (exact sums, so no rounding's). */
			if (d->a.n < 2 || d->b.n < 2 || (d->a.sd == 0 && d->b.sd == 0))
				continue;
			stats_cluster_slope(d->diff, wk[0].meat[k], d->a.n + d->b.n, wk[0].clusters[k], &s);
			d->ci_lo = s.ci_lo, d->ci_hi = s.ci_hi, d->p = s.p, d->df = s.df;
		}
		corr_p(&out->pearson, l->slope, wk[0].meat[SLOPE_PEARSON] / (l->sxx * l->sxx),
		       wk[0].clusters[SLOPE_PEARSON]);
		if (l->rx)
			corr_p(&out->spearman, l->rslope, wk[0].meat[SLOPE_SPEARMAN] / (l->rsxx * l->rsxx),
			       wk[0].clusters[SLOPE_SPEARMAN]);
	}
	free(l->rx);
	free(l->ry);
	return rc;
}

int stats_analyze(const struct features *f, struct stats_result *out)
{
	struct tally *t = calloc(2, sizeof *t);

	memset(out, 0, sizeof *out);
	if (!t)
		return -1;
	out->runs = f->n;
	tally_all(f, t);
	struct summed s;
	sum_cells(t->cell, &s);
	cooccur(s.combos, out);
	out->painful = t->painful;
	out->scored = (size_t)s.all.n;
	out->mean_pain = s.all.n ? (double)s.all.s / 1000 / (double)s.all.n : NAN;
	struct lines l = {0};
	pearson_exact(t, &s.all, &out->pearson, &l);
	int rc = spearman(f, t, (size_t)s.all.n, out);
	size_t max_streak = t->max_streak;
	free(t->joint);
	free(t);
	for (int bin = 0; bin < STATS_STREAK_BINS; bin++)
		summary_of(&s.bins[bin], &out->by_streak[bin]);
	factor_diffs(f, &s, out);
	return rc ? rc : clustered(f, max_streak, &l, out);
}
