/* stats_model.h - each factor's effect with the others held fixed (stats stage).
 *
 * One ordinary least-squares model of pain on every factor at once:
 * indicators for streaks of 2, 3, 4, 5, 6 and 7 or more days (1 is the
 * baseline), a skipped pre-run meal, a skipped post-run meal the run
 * before, no strength session in the 7 days before (when the log has
 * the column), and a load spike (when it has distances and at least half
 * the scored runs have the four weeks of log the spike needs). A cohort gets one intercept per athlete, absorbed by centring
 * within each athlete, so each effect compares a runner with themselves.
 *
 * Standard errors are robust to clustering by ISO week (of one athlete),
 * CR1: G/(G-1) (N-1)/(N-K), with t on G-1 degrees of freedom: what
 * statsmodels' OLS gives with cov_type="cluster" and use_t=True. K counts
 * the intercepts too. The p-values of the factors in the model are then
 * adjusted by Holm's method.
 *
 * The model is built in two passes over the runs (the normal equations,
 * then the cluster sums) and never holds the design matrix.
 */
#ifndef RUNLOG_STATS_MODEL_H
#define RUNLOG_STATS_MODEL_H

#include <stddef.h>

#include "runlog/features.h"
#include "runlog/stats.h"

enum stats_term {
	STATS_TERM_STREAK2, STATS_TERM_STREAK3, STATS_TERM_STREAK4,
	STATS_TERM_STREAK5, STATS_TERM_STREAK6, STATS_TERM_STREAK7,
	STATS_TERM_MEAL_BEFORE, STATS_TERM_MEAL_AFTER, STATS_TERM_NO_STRENGTH,
	STATS_TERM_LOAD_SPIKE,
	STATS_NTERMS
};

/* A factor's adjusted effect, in pain points. */
struct stats_effect {
	int in_model;          /* 0: the log cannot say, or no variation */
	double effect, se, ci_lo, ci_hi, p, p_holm;
};

struct stats_model {
	int fitted;            /* 0: too few runs or weeks, or the terms are collinear */
	size_t runs;           /* N: runs with a pain score and every term known */
	size_t clusters;       /* G: athlete-weeks */
	size_t k;              /* K: terms in the model plus every intercept */
	int in_model[STATS_NTERMS];
	double coef[STATS_NTERMS], se[STATS_NTERMS];
	struct stats_effect effect[STATS_NFACTORS];
};

/* Fit the model to f. Returns 0 (see out->fitted), or -1 when out of memory. */
int stats_model_fit(const struct features *f, struct stats_model *out);

/* Name of a term as the JSON spells it ("streak_2", "meal_before"). */
const char *stats_term_name(enum stats_term t);

/* Holm's step-down adjustment of n p-values, in place order kept. */
void stats_holm(const double *p, double *adjusted, size_t n);

#endif
