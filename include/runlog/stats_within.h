/* stats_within.h - one athlete's runs in the model, and what is left of
 * them once the athlete's own level and trend are taken out (stats stage).
 *
 * stats_model.c fits pain on the factors by Frisch-Waugh-Lovell: every
 * athlete has an intercept and a trend in time of their own, and instead
 * of putting those columns in the design, each athlete's terms and pain
 * are projected off [1, trend] and the residuals are pooled. The
 * coefficients, residuals and cluster scores are those of the full design.
 * This file holds that per-athlete part: which runs, the trend, and the
 * sums a projection needs; it never holds the design matrix.
 *
 * Trend (Harrell's restricted cubic spline of the day number). From the
 * days of the athlete's model runs: with at least STATS_TREND_SPLINE_RUNS
 * runs spanning at least STATS_TREND_SPLINE_DAYS days, 4 knots at the 5th,
 * 35th, 65th and 95th percentiles (linear interpolation between order
 * statistics, numpy's default) and the columns t, s1, s2:
 *   s_j(t) = [(t-k_j)+^3 - (t-k3)+^3 (k4-k_j)/(k4-k3)
 *             + (t-k4)+^3 (k3-k_j)/(k4-k3)] / (k4-k1)^2
 * (when the knots are not all distinct, or the columns are collinear on
 * the athlete's days, the linear trend instead); with runs spanning at
 * least STATS_TREND_LINEAR_DAYS days, the linear trend t; else none. The
 * columns are computed on the scale u = (t - k1) / (k4 - k1) (the linear
 * trend's: from the first day over the span), which spans the same space
 * and keeps the sums well conditioned.
 */
#ifndef RUNLOG_STATS_WITHIN_H
#define RUNLOG_STATS_WITHIN_H

#include <stddef.h>
#include <stdint.h>

#include "runlog/features.h"
#include "runlog/stats_model.h"

#define STATS_TREND_SPLINE_RUNS 60
#define STATS_TREND_SPLINE_DAYS 180
#define STATS_TREND_LINEAR_DAYS 28
/* Columns of [1, trend] at most: the intercept, t and two spline terms. */
#define STATS_TREND_MAX 4

/* A run's 0/1 factor terms as one profile: its streak indicator (0 for
 * streak 1, 1 to 6 for streaks 2 to 7+) times STATS_PROFILE_STREAK, plus a
 * bit for each factor term that is 1 (STATS_PROFILE_FACTOR_TERMS of them).
 * Runs of one profile share every 0/1 term, so a sum over runs of those
 * terms is a sum over profiles. */
#define STATS_PROFILE_FACTOR_TERMS 5
#define STATS_PROFILE_STREAK (1 << STATS_PROFILE_FACTOR_TERMS)
#define STATS_PROFILES (7 * STATS_PROFILE_STREAK)
/* The 0/1 terms that are 1 in one profile at most: a streak and each factor term. */
#define STATS_PROFILE_MAX_ON (1 + STATS_PROFILE_FACTOR_TERMS)

/* Which terms the log has (a term whose column the log lacks is left out
 * and needs no value: a Strava export with a pain diary has no meals, and
 * its streaks still count). */
struct stats_has {
	int mb, ma, hs, spikes, longs; /* meal before, meal after, strength, load_spike, long_run */
};

/* The terms f has: a meal term when some run records the meal, strength
 * with the column, and load_spike and long_run each when the log has
 * distances and at least half the scored runs have a value (load_spike
 * needs four weeks of a runner's log, long_run 30 days and a distance);
 * else the term stays out, and the runs without it stay in. */
struct stats_has stats_has_of(const struct features *f);

/* A run in the model: scored, and every term the log has known. */
struct stats_sample {
	double y;    /* pain */
	double prev; /* the pain of the athlete's previous scored run (any
	                run with a score, at any gap); NAN for the first */
	int32_t day;
	int32_t prof; /* its profile */
};

/* The terms the log f has, as the adjusted model reads them: the meal
 * and strength columns, and load_spike and long_run, each when the log has
 * distances and at least half its scored runs have a value (the four weeks
 * of log a spike needs, the 30 days a long run needs). */
struct stats_has stats_has_of(const struct features *f);

/* The terms a log with h has, into has_term (1: the term is in; the
 * streaks and previous pain always are). */
void stats_has_terms(struct stats_has h, int has_term[STATS_NTERMS]);

/* The terms that are 1 in profile prof, into act (at most
 * STATS_PROFILE_MAX_ON); returns how many. */
int stats_profile_terms(int prof, int *act);

/* Athlete runs f->runs[lo..hi) (one athlete's, in date order) that are in
 * the model, into out (room for hi - lo). Returns how many. */
size_t stats_within_collect(const struct features *f, size_t lo, size_t hi, struct stats_has has,
			    struct stats_sample *out);

/* The trend of one athlete's model runs. */
struct stats_trend {
	enum stats_trend_kind kind;
	int d;             /* columns of [1, trend]: 1, 2 or 4 */
	double t0, scale;  /* u = (day - t0) * scale */
	double k[4];       /* the spline's knots on the u scale */
	double a[2], b[2]; /* (k4-k_j)/(k4-k3) and (k3-k_j)/(k4-k3) */
};

/* Sums by profile while one athlete's runs are summed: all zero between
 * calls (used[0..n_used) lists the profiles to clear). */
struct stats_profile_sums {
	size_t cnt[STATS_PROFILES];
	double y[STATS_PROFILES], p[STATS_PROFILES], z[STATS_PROFILES][STATS_TREND_MAX];
	int used[STATS_PROFILES], n_used;
};

/* What the projection of one athlete's runs off [1, trend] leaves to
 * pass 2: the trend, and the terms' and pain's fits on [1, trend]. */
struct stats_projection {
	struct stats_trend tr;
	double pi[STATS_TREND_MAX][STATS_NTERMS]; /* (Z'Z)^-1 Z'X; rows past d are 0 */
	double my[STATS_TREND_MAX];               /* (Z'Z)^-1 Z'y */
};

/* One athlete's sums over its model runs, raw, and the projection off
 * [1, trend]: what the pooled fit and its cluster sums need. Zero it once
 * (its scratch must start zero), then reuse it for every athlete. */
struct stats_within {
	struct stats_projection pj;
	size_t n;
	size_t at[STATS_NTERMS];                    /* runs with each 0/1 term */
	double xx[STATS_NTERMS][STATS_NTERMS];      /* raw X'X (lower triangle) */
	double xy[STATS_NTERMS];                    /* raw X'y */
	double zz[STATS_TREND_MAX][STATS_TREND_MAX]; /* Z'Z, Z = [1, trend] */
	double zx[STATS_TREND_MAX][STATS_NTERMS];   /* Z'X */
	double zy[STATS_TREND_MAX];
	struct stats_profile_sums scratch;
};

/* The sums of the runs s[0..n) of one athlete. trend: fit the trend to
 * their days (else none); prev: with the previous-pain term (every s[i]
 * then has one). A trend whose columns are collinear on these days falls
 * back to the linear one, then none. */
void stats_within_sums(const struct stats_sample *s, size_t n, int trend, int prev, struct stats_within *w);

static inline double stats_cube_pos(double x)
{
	x = x > 0 ? x : 0;
	return x * x * x;
}

/* [1, trend] at a day, into z (tr->d values; the others are left as
 * they are). */
static inline void stats_within_basis(const struct stats_trend *tr, int32_t day, double *z)
{
	z[0] = 1;
	if (tr->d == 1)
		return;
	double u = ((double)day - tr->t0) * tr->scale;
	z[1] = u;
	if (tr->d == 2)
		return;
	double c3 = stats_cube_pos(u - tr->k[2]), c4 = stats_cube_pos(u - tr->k[3]);
	z[2] = stats_cube_pos(u - tr->k[0]) - c3 * tr->a[0] + c4 * tr->b[0];
	z[3] = stats_cube_pos(u - tr->k[1]) - c3 * tr->a[1] + c4 * tr->b[1];
}

/* (Z'Z)^-1 z for Z = [1, trend] of the runs summed into w (w->pj.tr.d
 * values of z and out): what a new run's prediction leans on the
 * athlete's own runs. 0, or -1 when Z'Z is collinear. */
int stats_within_zsolve(const struct stats_within *w, const double *z, double *out);

/* The model without trend and previous pain, from the time model's sums
 * tw (whose first column is the intercept) plus the athlete's first
 * scored run when it is a model run (first; else NULL), into w. */
void stats_within_plain(const struct stats_within *tw, const struct stats_sample *first, struct stats_within *w);

/* What the projection leaves of X'X and X'y, added into xtx (its lower
 * triangle) and xty. */
void stats_within_residual(const struct stats_within *w, double xtx[STATS_NTERMS][STATS_NTERMS],
			   double xty[STATS_NTERMS]);

#endif
