/* stats_since.h - "did it work?": a runner's pain before and after a date
 * (stats stage).
 *
 * An interrupted time series on one athlete's runs in the adjusted model
 * (stats_within_collect: a pain score and every term the log has known):
 *
 *   pain ~ 1 + post + days + post x days + the factor terms
 *
 * post is 1 on and after the date, days is the run's day minus the date,
 * and the factor terms are the adjusted model's (stats_model.h: streaks
 * of 2 to 7+, the skipped meals, no strength session, the load spike, as
 * the log has them), without its trend and previous pain. OLS (Householder
 * QR), with standard errors clustered by ISO week, CR1: G/(G-1) (N-1)/(N-K)
 * with t on G-1 degrees of freedom, what statsmodels' OLS gives with
 * cov_type="cluster" and use_t=True.
 *
 * level is post's coefficient: how far pain on the date sits from where
 * the trend before it led (negative: lower). slope is post x days's: the
 * change of the trend, in pain points a day.
 *
 * Terms. The four time terms come first, then the factor terms in
 * stats_term order; a factor term is left out when it is all zero, or when
 * the terms kept before it leave less than STATS_MODEL_ALIAS_TOL of its sum
 * of squares (Gram-Schmidt). A side with too few runs or weeks gives no
 * estimate (STATS_SINCE_FEW), nor does a fit whose time terms are aliased.
 * An exact fit (residuals' RMS below STATS_MODEL_EXACT_RMS) has no SE.
 *
 * Detection (stats_since_detect). For one athlete, over the ISO weeks with
 * a run, in order: three habits, each a share pooled over a span of weeks:
 * runs on the 3rd day or later in a row (streak >= 3) among the runs;
 * meals skipped (ate_before no, ate_after no) among the meals recorded;
 * weeks without a strength session among the weeks. A habit was visibly
 * dropped at week c when the weeks before c and from c on number at least
 * STATS_SINCE_DETECT_WEEKS each, and the share from c on is at most half
 * the share before, at least STATS_SINCE_DETECT_DROP lower, and lower by
 * at least STATS_SINCE_DETECT_Z of its standard error (the two-proportion
 * z with the pooled share; counted in runs, meals or weeks as the share
 * is, so a chance run of weeks in a habit kept at random is not taken for
 * a change: a high bar, since every week is tried). Of such weeks, the one with the largest drop (the earliest on a tie) is the
 * change; its date is that week's Monday.
 */
#ifndef RUNLOG_STATS_SINCE_H
#define RUNLOG_STATS_SINCE_H

#include <stddef.h>
#include <stdint.h>

#include "runlog/features.h"
#include "runlog/stats_model.h"

/* Each side of the date needs this many runs in the model and ISO weeks
 * with such a run for an estimate. */
#define STATS_SINCE_MIN_RUNS 10
#define STATS_SINCE_MIN_WEEKS 4

enum stats_since_status {
	STATS_SINCE_OK,
	STATS_SINCE_FEW,       /* too few runs or weeks on a side */
	STATS_SINCE_ALIASED,   /* the time terms cannot be told apart */
};

/* The columns before the factor terms. */
enum { STATS_SINCE_CONST, STATS_SINCE_POST, STATS_SINCE_DAYS, STATS_SINCE_POST_DAYS, STATS_SINCE_TIME };

/* A coefficient: SE, CI and p NAN in an exact fit. */
struct stats_since_coef {
	double effect, se, ci_lo, ci_hi, p;
};

struct stats_since {
	int32_t day;               /* the date */
	enum stats_since_status status;
	size_t runs[2], weeks[2];  /* model runs and their ISO weeks, before
	                              the date and on or after it (a week
	                              across the date counts on both) */
	size_t n, clusters, k;     /* N, G and K of the fit (OK only) */
	int in_model[STATS_NTERMS]; /* factor terms kept */
	double coef[STATS_NTERMS];  /* their coefficients, 0 for the others */
	struct stats_since_coef time[STATS_SINCE_TIME]; /* const, post, days, post x days */
	double base;               /* the constant plus the factor terms' fit
	                              averaged over the model runs: the fitted
	                              line's height on the date before it */
};

/* Fit the series to f, one athlete's runs, at day. Returns 0 (see
 * out->status), or -1 when out of memory. */
int stats_since_fit(const struct features *f, int32_t day, struct stats_since *out);

/* The shortest spans detection compares, in weeks with a run, and the
 * least drop of a share it reports. */
#define STATS_SINCE_DETECT_WEEKS 6
#define STATS_SINCE_DETECT_DROP 0.1
#define STATS_SINCE_DETECT_Z 3.29 /* two-sided p 0.001 */

enum stats_since_habit { STATS_HABIT_STREAKS, STATS_HABIT_SKIPPED_MEALS, STATS_HABIT_NO_STRENGTH, STATS_NHABITS };

/* A habit dropped: the Monday it changed and its share before and after. */
struct stats_since_change {
	enum stats_since_habit habit;
	int32_t day;
	double before, after;
	size_t weeks[2];           /* weeks with a run before and from day */
};

struct stats_since_detected {
	struct stats_since_change change[STATS_NHABITS]; /* in date order */
	size_t n;
};

/* The habits f's athlete visibly dropped (one athlete's runs). Returns 0,
 * or -1 when out of memory. */
int stats_since_detect(const struct features *f, struct stats_since_detected *out);

/* The JSON name of a habit ("streaks_3_plus") and the remedy it is, as a
 * runner would say it ("resting between runs"). */
const char *stats_since_habit_name(enum stats_since_habit h);
const char *stats_since_habit_remedy(enum stats_since_habit h);

#endif
