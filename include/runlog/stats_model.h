/* stats_model.h - each factor's effect with the others held fixed (stats stage).
 *
 * One ordinary least-squares model of pain on every factor at once:
 * indicators for streaks of 2, 3, 4, 5, 6 and 7 or more days (1 is the
 * baseline), a skipped pre-run meal, a skipped post-run meal the run
 * before, no strength session in the 7 days before (when the log has
 * the column), a load spike (when it has distances and at least half
 * the scored runs have the four weeks of log the spike needs), and a long
 * run (likewise, when at least half the scored runs have a long_run value:
 * a distance, and 30 days of log with one before them).
 *
 * Time and yesterday's pain. Besides the factors, the model holds the pain
 * of the athlete's previous scored run (at any gap; a run with no earlier
 * scored run is left out), and each athlete has an intercept and a smooth
 * trend over the months of their own (stats_within.h: a restricted cubic
 * spline of the day, a line, or none, by how long and full the log is).
 * So a factor that only happened to change while pain drifted for other
 * reasons, or that pain itself steered (a runner in pain skips the gym),
 * is not taken for a cause of the pain. The intercepts and trends are
 * absorbed: each athlete's terms and pain are projected off them
 * (Frisch-Waugh-Lovell), and the pooled residuals are fitted.
 *
 * Standard errors are robust to clustering by ISO week (of one athlete),
 * CR1: G/(G-1) (N-1)/(N-K), with t on G-1 degrees of freedom: what
 * statsmodels' OLS gives with cov_type="cluster" and use_t=True. K counts
 * every intercept and trend column too. The p-values of the factors in the
 * model are then adjusted by Holm's method.
 *
 * Each effect is also estimated by the model without the trends and the
 * previous pain (intercepts only, on every scored run with the terms
 * known): without_time, so the difference can be seen.
 *
 * The model is built in two passes over the runs (the normal equations,
 * then the cluster sums) and never holds the design matrix.
 *
 * Estimability. The terms kept are chosen by a pivoted Cholesky
 * factorisation of X'X scaled to a unit diagonal: the normal-equations form
 * of QR with column pivoting (GSL's gsl_linalg_QRPT_decomp) on the
 * projected design with each term scaled to length 1, which picks the same
 * terms in the same order. A term with less than STATS_MODEL_ALIAS_TOL of
 * its sum of squares left by the intercepts and trends does not vary
 * within athletes and stays out. A term is aliased, and dropped, when the
 * share of its spread that the terms kept before it leave unexplained is
 * below STATS_MODEL_ALIAS_TOL: one minus its R squared on them, the
 * "tolerance" of regression diagnostics. A dropped term, and every kept
 * term it leans on, could not be told apart from the others; a factor
 * with such a term gets no effect. A fit whose residuals are all (about)
 * zero has no spread to judge by: its effects have no SE, CI or p-value;
 * nor has an effect whose cluster-robust variance is no more than an
 * exact fit's (the runs that carry it are fitted exactly, as a run of
 * leverage 1 is, and only rounding is left). Holm's method counts only the
 * p-values that exist.
 */
#ifndef RUNLOG_STATS_MODEL_H
#define RUNLOG_STATS_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "runlog/features.h"
#include "runlog/stats.h"

enum stats_term {
	STATS_TERM_STREAK2, STATS_TERM_STREAK3, STATS_TERM_STREAK4,
	STATS_TERM_STREAK5, STATS_TERM_STREAK6, STATS_TERM_STREAK7,
	STATS_TERM_MEAL_BEFORE, STATS_TERM_MEAL_AFTER, STATS_TERM_NO_STRENGTH,
	STATS_TERM_LOAD_SPIKE, STATS_TERM_LONG_RUN,
	STATS_TERM_PREV_PAIN, /* the previous scored run's pain: not a factor */
	STATS_NTERMS
};

/* A term is aliased when less than this share of its spread is left after
 * the terms kept before it: 1 - R^2 < 1e-8, a variance inflation above
 * 1e8. Rounding in X'X leaves at most about 1e-10 of an exactly aliased
 * 0/1 term of a 1M-run cohort; one run that tells a term apart leaves
 * more than 1e-6. */
#define STATS_MODEL_ALIAS_TOL 1e-8
/* A kept term is part of an aliased term's relation when its weight in
 * it (the aliased term regressed on the kept ones) exceeds this. */
#define STATS_MODEL_ALIAS_PART 1e-6
/* A fit is exact when the root mean square of its residuals is below
 * this many pain points (a millionth of the 0.001 a pain is read to). */
#define STATS_MODEL_EXACT_RMS 1e-9

/* An athlete's trend over time in the model (stats_within.h). */
enum stats_trend_kind { STATS_TREND_NONE, STATS_TREND_LINEAR, STATS_TREND_SPLINE };

/* Why a factor has, or lacks, an adjusted effect. */
enum stats_effect_why {
	STATS_EFFECT_OK,      /* estimated and tested */
	STATS_EFFECT_ABSENT,  /* the log cannot say, or no variation in the model */
	STATS_EFFECT_ALIASED, /* could not be told apart from other terms (alias) */
	STATS_EFFECT_EXACT,   /* estimated, but the fit, or the runs that carry
	                         it, are exact: no SE, CI or p */
};

/* A factor's adjusted effect, in pain points. */
struct stats_effect {
	int in_model;          /* 1: effect is estimated (OK or EXACT) */
	enum stats_effect_why why;
	unsigned alias;        /* ALIASED: the terms (bit 1 << term) it could not
	                          be told apart from, outside its own effect */
	double effect, se, ci_lo, ci_hi, p, p_holm; /* NAN when undefined */
	double without_time;   /* the effect in the model without trends and
	                          previous pain; NAN when it has none */
	size_t weeks[2];       /* distinct athlete-weeks of the model's runs in
	                          the factor's group and in the comparison group
	                          (for consecutive_days: streak 3+ and streak 1),
	                          counted in pass 2 (a fitted model only) */
};

struct stats_model {
	int fitted;            /* 0: too few runs or weeks, or the terms are collinear */
	size_t runs;           /* N: runs with a pain score and every term known */
	size_t clusters;       /* G: athlete-weeks */
	size_t k;              /* K: terms in the model plus every intercept */
	size_t baseline_runs;  /* runs in the model after a rest day (streak 1) */
	int exact;             /* the residuals are all about zero */
	size_t trend[3];       /* athletes in the model by their trend
	                          (enum stats_trend_kind: none, line, spline) */
	int has_term[STATS_NTERMS];  /* the log has the term's column (and, for
	                                load_spike and long_run, enough runs
	                                with a value) */
	int in_model[STATS_NTERMS];  /* kept: in the solve */
	int dropped[STATS_NTERMS];   /* left out as aliased */
	unsigned alias[STATS_NTERMS]; /* the terms each could not be told apart from */
	double coef[STATS_NTERMS], se[STATS_NTERMS]; /* se NAN in an exact fit */
	struct stats_effect effect[STATS_NFACTORS];
	/* What a prediction needs (stats_model_predict), by term, 0 outside
	 * the kept terms: the inverse of the projected X'X, the meat of the
	 * sandwich (the sum over clusters of the outer product of the
	 * projected scores), and the residuals' sum of squares. */
	double inv[STATS_NTERMS][STATS_NTERMS], meat[STATS_NTERMS][STATS_NTERMS];
	double rss;
};

/* A new run's expected pain in a fitted model (stats_model_predict).
 *
 * For athlete a on day d0 with terms x0, the mean is the athlete's level
 * and trend at d0 plus b'x0: z0'g + b'x0, z0 = [1, trend](d0) on the
 * athlete's basis (stats_within.h; a restricted cubic spline is a line
 * beyond its last knot), g = (Z_a'Z_a)^-1 Z_a'(y_a - X_a b) the athlete's
 * absorbed coefficients (Frisch-Waugh-Lovell). Its variance is the
 * cluster-robust one of the full design's f0'(F'F)^-1 M (F'F)^-1 f0, which
 * by blocks is c sum_g (sum_{i in g} e_i u_i)^2 with
 *   u_i = x~_i'w + [a_i = a] z_i'(Z_a'Z_a)^-1 z0,
 *   w = (X~'X~)^-1 (x0 - X_a'Z_a (Z_a'Z_a)^-1 z0),
 * x~ the terms projected off each athlete's [1, trend] and c the CR1
 * factor: w'Mw from the model's meat, plus, for the athlete's own weeks,
 * (s_g'w + h_g)^2 - (s_g'w)^2 with h_g = (sum e z)'(Z_a'Z_a)^-1 z0. The
 * 95% prediction interval adds the residual variance RSS/(N-K) and takes
 * t on N - K degrees of freedom: what statsmodels' get_prediction gives
 * (its df_resid, whatever the covariance) for OLS with cov_type="cluster"
 * and use_t=True on the full dummy and trend design. */
struct stats_prediction {
	int ok;                 /* 0: no prediction (the model is not fitted, its
	                           fit is exact, or it has no run of the athlete) */
	double x[STATS_NTERMS]; /* when ok, the terms used: x0, NANs filled in */
	double mean, se_mean;   /* expected pain, its cluster-robust SE */
	double scale, df;       /* RSS/(N-K) and N-K */
	double pi_lo, pi_hi;    /* mean -+ t(0.975, N-K) sqrt(se_mean^2 + scale) */
};

/* Predict a run on day of the athlete whose runs are f->runs[lo..hi),
 * in m, fitted to f. x0 holds the run's terms (only the kept ones are
 * read); a NAN one is taken as the term's mean over the athlete's model
 * runs (for a 0/1 term, the share of runs that have it). Returns 0 (see
 * out->ok), or -1 when out of memory. */
int stats_model_predict(const struct features *f, const struct stats_model *m, size_t lo, size_t hi,
			int32_t day, const double x0[STATS_NTERMS], struct stats_prediction *out);

/* Fit the model to f. Returns 0 (see out->fitted), or -1 when out of memory. */
int stats_model_fit(const struct features *f, struct stats_model *out);

/* Name of a term as the JSON spells it ("streak_2", "meal_before"). */
const char *stats_term_name(enum stats_term t);


#endif
