/* stats.h - the numbers: summaries, correlations and differences (GSL).
 *
 * Third stage. Every function fills a result struct and never prints. A
 * number that cannot be computed (too few values, no variation) is NAN, and
 * the report shows it as null or "-".
 *
 * Conventions: p-values are two-sided. Runs in one week are alike, so a
 * difference of means and the p of a correlation come from a one-regressor
 * OLS (pain on the factor's 0/1 indicator, or on streak; for Spearman,
 * ranks on ranks) with standard errors clustered by ISO week (of one
 * athlete), CR1 and t on G-1 degrees of freedom, as the adjusted model's
 * (stats_model.h): statsmodels' cov_type="cluster" with use_t=True. A
 * correlation's 95% CI uses Fisher's z with standard error 1/sqrt(n-3), as
 * scipy's; a mean's 95% CI uses the t distribution with n-1 degrees of
 * freedom.
 */
#ifndef RUNLOG_STATS_H
#define RUNLOG_STATS_H

#include <stddef.h>
#include <stdint.h>

#include "runlog/features.h"

/* A sample: n, mean (NAN when n = 0), sd and 95% CI (NAN when n < 2). */
struct stats_summary {
	size_t n;
	double mean, sd, ci_lo, ci_hi;
};

/* A correlation: coefficient, 95% CI and p (NAN when n < 3 or a variable
 * does not vary; the CI also needs n > 3, the p two weeks). */
struct stats_corr {
	size_t n;
	double r, ci_lo, ci_hi, p;
};

/* Group a minus group b: diff is NAN when either is empty; CI and p are NAN
 * when either has fewer than 2 values, both have no spread, or the two span
 * fewer than 2 weeks (or every week's residuals sum to 0). df = weeks - 1. */
struct stats_diff {
	struct stats_summary a, b;
	double diff, ci_lo, ci_hi, p, df;
};

/* The slope of a one-regressor OLS with an intercept, cluster-robust. */
struct stats_slope {
	double est, se, ci_lo, ci_hi, p, df;
};

/* A summary from n values' sum and the sum of their squared deviations
 * from the mean (two passes, so no cancellation): the mean, sd and CI of
 * the values, from accumulators a log can fill in one pass per moment. */
void stats_summary_from_moments(size_t n, double sum, double ss, struct stats_summary *out);
/* A correlation of n pairs whose coefficient r was computed elsewhere
 * (NAN when a variable does not vary): clamps it to [-1, 1] and adds its
 * CI, and p = 0 when |r| = 1, else NAN for stats_analyze's week-clustered
 * p. Every correlation here ends with it. */
void stats_corr_finish(size_t n, double r, struct stats_corr *out);
/* Spearman's rho with average ranks for ties (GSL's, by sorting), and its
 * CI (p as stats_corr_finish): the general path. stats_analyze counts the ranks instead when every pain is
 * a half point (spearman_counted in stats_log.c, an optimisation with the
 * same result). work holds 2*n doubles. */
void stats_spearman(const double *x, const double *y, size_t n, double *work, struct stats_corr *out);

/* The 95% CI (lo, hi) and two-sided p of an estimate est with standard
 * error se, from Student's t on df degrees of freedom; all three NAN when
 * se is not positive. Every t-based CI and p of an effect ends here. */
void stats_t_interval(double est, double se, double df, double *lo, double *hi, double *p);

/* Holm's step-down adjustment of n p-values, in place order kept. Every
 * p must be a number: leave an undefined one out of p and n. */
void stats_holm(const double *p, double *adjusted, size_t n);

/* The CI and p of a slope est fitted to n runs in g clusters, from meat:
 * the sum over the clusters of the square of the slope's score, the sum
 * of (x - mean x) e over the cluster's runs divided by the sum of
 * (x - mean x)^2 over every run (e the residual). CR1: the variance is
 * g/(g-1) (n-1)/(n-2) meat, with t on g-1 df. se, CI and p are NAN when
 * g < 2, n < 3 or meat is not positive. */
void stats_cluster_slope(double est, double meat, size_t n, size_t g, struct stats_slope *out);

/* The factors that findings judge, in report order. */
enum stats_factor {
	STATS_CONSECUTIVE_DAYS,
	STATS_MEAL_BEFORE,
	STATS_MEAL_AFTER,
	STATS_STRENGTH,
	STATS_LOAD_SPIKE,   /* a jump in distance: the acute:chronic ratio >= 1.3 */
	STATS_LONG_RUN,     /* a run > 1.1 x the longest of the 30 days before */
	STATS_NFACTORS
};

/* Streak lengths summarised: 1..6, and 7 meaning 7 or more. */
#define STATS_STREAK_BINS 7

/* Everything analyze reports about one log. For each factor, group a is
 * the runs with the factor (streak >= 3, meal skipped, no recent strength
 * session) and group b the baseline (streak 1, meal eaten, recent session),
 * so a positive diff means the factor goes with more pain. */
struct stats_result {
	size_t runs, scored;
	size_t painful;            /* scored runs with pain >= STATS_PAINFUL */
	double mean_pain;          /* over scored runs; NAN when none */
	struct stats_corr pearson, spearman;     /* pain against streak */
	struct stats_summary by_streak[STATS_STREAK_BINS];
	struct stats_diff factor[STATS_NFACTORS];
	int measured[STATS_NFACTORS]; /* 0: the log cannot say (no column) */
	/* How factors travel together, over the scored runs: together[k][j]
	 * counts the runs in group a of factor k that are also in group a of
	 * factor j, apart[k][j] those in group b of k that are in group a of j. */
	size_t together[STATS_NFACTORS][STATS_NFACTORS];
	size_t apart[STATS_NFACTORS][STATS_NFACTORS];
};

#define STATS_PAINFUL 4.0

/* Analyse the scored runs of f. Returns 0, or -1 when out of memory. */
int stats_analyze(const struct features *f, struct stats_result *out);

/* Name of a factor as the JSON and the findings spell it. */
const char *stats_factor_name(enum stats_factor k);

/* Series the charts draw over time. */
#define STATS_WEEKS 26        /* weekly totals: the last 26 ISO weeks of the log */

struct stats_week {
	int32_t monday;   /* day number of the week's Monday */
	size_t runs, scored;
	double km;        /* total distance; NAN when the log has no distance */
	double mean_pain; /* NAN when no run that week has a score */
};

/* Release with stats_series_free(). */
struct stats_series {
	const struct features *feat; /* the features table the series come
	                                from (a cohort's in athlete order) */
	/* Rolling mean, one per day from feat->first_day (a day, not a run,
	 * so it stays small however many runs a day has): at the day's last
	 * scored run, the mean of the scored runs in the window of days ending
	 * there; NAN on a day without a scored run. The window (rolling_days)
	 * widens with the log's span: 14 days up to about a year, 30 up to
	 * three years, 90 beyond. */
	double *rolling;
	size_t n; /* days in rolling: last_day - first_day + 1 */
	int rolling_days;
	struct stats_week week[STATS_WEEKS]; /* oldest first */
	size_t n_weeks;   /* STATS_WEEKS, or fewer when the log is shorter */
};

/* Build the rolling mean and the weekly totals of f. has_distance says
 * whether the log had a distance column. Returns 0, or -1 when out of memory. */
int stats_series_build(const struct features *f, int has_distance, struct stats_series *out);
void stats_series_free(struct stats_series *s);

/* Totals for the n weeks (at most STATS_WEEKS) ending with the week of
 * Monday last, oldest first, into out[n]. */
void stats_weeks(const struct features *f, int has_distance, int32_t last, size_t n,
		 struct stats_week *out);

/* One ISO week, for runlog weekly. */
enum stats_week_key {
	WEEK_RUNS,
	WEEK_DISTANCE,       /* km; NAN when the log has no distance */
	WEEK_MEAN_PAIN,      /* NAN when no run has a score */
	WEEK_MAX_PAIN,
	WEEK_PAIN_FREE,      /* scored runs with pain 0; NAN when the week has
	                        runs and none is scored */
	WEEK_LONGEST_STREAK, /* the longest run of consecutive running days
	                        reached this week, counting days before Monday */
	WEEK_SKIPPED_BEFORE, /* runs with no meal before them; NAN when the log
	                        records no meal before a run, or the week has
	                        runs and none records it */
	WEEK_SKIPPED_AFTER,  /* runs with no meal after them (their own); NAN
	                        likewise */
	WEEK_STRENGTH,       /* days with a strength session; NAN without the column */
	WEEK_NKEYS
};

#define STATS_PREV_WEEKS 4   /* the week is compared with the 4 before it */
#define STATS_TREND_WEEKS 12 /* the trend chart's weeks, ending with the week */

/* The runner's usual: a figure of the week against the same figure in the
 * STATS_USUAL_WEEKS weeks before it that the log covers and that have at
 * least one run (a week without runs is a break, or a week not logged) and
 * in which the figure is known (mean pain needs a scored run). The usual
 * range is the middle 80% of those weeks: their 10th to 90th percentile,
 * each by linear interpolation between the sorted weeks (GSL's
 * gsl_stats_quantile_from_sorted_data; numpy's and R's default, type 7).
 * A count (stats_week_key_is_count) has whole-number bounds: the 10th
 * percentile rounded down, the 90th up (a figure within 1e-9 of a whole
 * number taken as it), so the range shown is whole and the verdict is
 * against it. Above it is "above your usual", below it "below your usual",
 * else "typical". With fewer than STATS_USUAL_MIN_WEEKS such weeks there
 * is no verdict. */
#define STATS_USUAL_WEEKS 12
#define STATS_USUAL_MIN_WEEKS 4
#define STATS_USUAL_LO 0.10
#define STATS_USUAL_HI 0.90
/* A log whose last run is more than this many days before the week's end
 * is stale: the report says since when it has no runs. */
#define STATS_STALE_DAYS 14

struct stats_usual {
	size_t weeks;      /* earlier weeks with runs where the figure is known */
	int judged;        /* weeks >= STATS_USUAL_MIN_WEEKS: a verdict is given */
	int verdict;       /* +1 above, -1 below, 0 typical (or not judged) */
	double lo, hi;     /* the 10th and 90th percentiles (a count's rounded
	                      outward); NAN when not judged */
	double min, max;   /* the weeks' lowest and highest; NAN when no week */
};

struct stats_week_report {
	int32_t monday;
	double v[WEEK_NKEYS];        /* the week */
	double prev[WEEK_NKEYS];     /* mean of the previous weeks; NAN when none */
	int direction[WEEK_NKEYS];   /* -1, 0 or +1: the week against prev; 0
	                                when they differ by less than 0.05 */
	size_t prev_weeks;           /* previous weeks the log covers, up to 4 */
	size_t first, n;             /* the week's runs: f->runs[first .. first+n) */
	/* Runs of the week on which each figure is known: scored runs for the
	 * pains and pain-free runs, runs whose meal is recorded for skipped
	 * meals, every run for the rest. A count of runs with a property
	 * counts only these, and is NAN when the week has runs and none of
	 * them is known: unknown is not 0. */
	size_t known[WEEK_NKEYS];
	int recorded[WEEK_NKEYS];    /* the log has the figure's column at all */
	struct stats_usual usual[WEEK_NKEYS];
	size_t usual_first;          /* the first run of the STATS_USUAL_WEEKS
	                                weeks before: f->runs[usual_first ..
	                                first) are the usual's runs */
	int has_last_run;            /* a run on or before the week's end */
	int32_t last_run;            /* the day of the last such run */
	int32_t streak_end;          /* day the longest streak reached; 0 if none */
	struct stats_week trend[STATS_TREND_WEEKS]; /* oldest first, this week last */
	size_t n_trend;
};

/* Summarise the ISO week starting on Monday monday. */
void stats_week_build(const struct features *f, int has_distance, int32_t monday,
		      struct stats_week_report *out);

/* 1 when the log was last run more than STATS_STALE_DAYS days before
 * end (the week's last day, or today for a week not over yet). */
int stats_week_stale(const struct stats_week_report *w, int32_t end);

/* "above" (your usual), "typical" or "below"; NULL when u gives no
 * verdict. */
const char *stats_usual_name(const struct stats_usual *u);

/* Which side of factor k a run is on, as stats_analyze groups it: 1 group
 * a (the factor present), 2 group b (the baseline), 0 neither or unknown. */
int stats_run_group(const struct features_run *r, enum stats_factor k);

/* 1 when figure k counts runs, days or sessions (a whole number each
 * week), 0 for distance and the pains. */
int stats_week_key_is_count(enum stats_week_key k);

/* Key of a week number as the JSON spells it ("distance_km"). */
const char *stats_week_key_name(enum stats_week_key k);

#endif
