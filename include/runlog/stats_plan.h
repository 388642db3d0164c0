/* stats_plan.h - a planned self-experiment's results (stats stage).
 *
 * runlog analyze --plan compares pain in the remedy and the usual blocks
 * of a plan (plan.h) that the runner followed. Only one runner's runs
 * (the features of a log, or of one athlete of it) are read.
 *
 * A block is complete when the log reaches its last day and it has a
 * scored run; a pair is complete when both its blocks are. The analysis
 * uses the complete pairs only, and needs STATS_PLAN_MIN_PAIRS of them.
 *
 * Adherence (kept) of a remedy block, from the log:
 *   rest        no two days in a row of the block are running days
 *   eat         every run of the block has ate_before and ate_after yes
 *               (unknown when none is no but some is not recorded)
 *   strengthen  each 7 days of the block from its start hold at least two
 *               days with a strength session (unknown without a strength
 *               column); 7 days that end after the log's last run are
 *               not held against it yet, so a block in progress is kept
 *               so far until it cannot be
 * A remedy block the log has not reached (it starts after the last run) is
 * not known to be kept. A usual block has no rule: it is always kept. "As
 * kept" analyses the
 * complete pairs whose remedy block was kept; "as planned" (intention to
 * treat) all complete pairs.
 *
 * Estimate: the mean over pairs of d = (mean pain of the usual block's
 * scored runs) - (that of the remedy block's): positive when the remedy
 * goes with less pain. Its 95% CI is the t interval of the d's (df =
 * pairs - 1): the pairs are the randomised units, and a pair's two blocks
 * sit side by side, so slow drifts and sticky pain largely cancel within
 * it, and what does not is in the spread of the d's.
 *
 * Randomisation test: the statistic is the mean pain of all scored runs
 * in usual blocks minus that of all scored runs in remedy blocks (runs
 * pooled). An allocation swaps the arms within any set of pairs. With
 * 2^pairs <= STATS_PLAN_DRAWS, all 2^pairs allocations are enumerated;
 * otherwise STATS_PLAN_DRAWS allocations: the plan's own first, then
 * STATS_PLAN_DRAWS - 1 drawn with splitmix64 (plan_rng_next) started at
 * the plan's seed, pair k of a draw swapped when the top bit of the
 * draw's k-th output is set. The one-sided p is the share of allocations
 * whose statistic is at least the observed one less STATS_PLAN_TIE (sums
 * are of whole milli-points, so equal statistics may differ by rounding).
 */
#ifndef RUNLOG_STATS_PLAN_H
#define RUNLOG_STATS_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "runlog/features.h"
#include "runlog/plan.h"

#define STATS_PLAN_MIN_PAIRS 2
#define STATS_PLAN_DRAWS 10000
#define STATS_PLAN_TIE 1e-12

/* A block of the plan, as the log has it. */
struct stats_plan_block {
	size_t runs, scored;
	double mean_pain;   /* of its scored runs, NAN without */
	int complete;       /* the log reaches its end and it has a scored run */
	int kept;           /* 1 kept, 0 not, -1 not known (see above) */
};

/* One analysis: as planned or as kept. Undefined numbers are NAN. */
struct stats_plan_test {
	size_t pairs;              /* the pairs it uses */
	size_t runs[2], scored[2]; /* by enum plan_arm, in those pairs */
	double mean[2];            /* mean pain of the scored runs, by arm */
	double difference, ci_lo, ci_hi; /* the mean of the pair differences */
	double statistic;          /* the pooled difference the test uses */
	double p_value;
	size_t allocations;        /* 0 with fewer than STATS_PLAN_MIN_PAIRS pairs */
	int exact;                 /* all allocations enumerated */
};

struct stats_plan {
	const struct plan *plan;   /* borrowed */
	struct stats_plan_block block[PLAN_BLOCKS_MAX];
	size_t completed;          /* complete blocks */
	size_t complete_pairs;
	size_t kept, known;        /* remedy blocks kept, and whose adherence is known */
	size_t remedy_blocks;      /* complete remedy blocks */
	int overlaps;              /* some run falls in the plan's days */
	size_t runs;               /* the log's runs: first_day and last_day are 0 without */
	int32_t first_day, last_day; /* the log's runs (features.h) */
	struct stats_plan_test itt, as_kept;
};

/* Where a day (the week's last, or today) stands in a plan. */
struct stats_plan_week {
	int position;      /* < 0 before the plan, 0 in it, > 0 after it */
	size_t block;      /* in it: the index of the block holding the day */
	size_t ended;      /* blocks whose last day is on or before the day */
	int complete;      /* the day is the plan's last day or after it */
};

/* Where day stands in plan p. */
void stats_plan_week(const struct plan *p, int32_t day, struct stats_plan_week *out);

/* Analyse plan p on the runs of f (one runner's). p is borrowed by out. */
void stats_plan_analyze(const struct features *f, const struct plan *p, struct stats_plan *out);

/* The randomisation p-value of the pairs' scored sums (in milli-points)
 * and counts, sum[k][arm] and n[k][arm] for k < pairs, every count at
 * least 1, as described above with seed; sets *allocations and *exact.
 * Returns the p-value, NAN without pairs. Exposed for the unit tests. */
double stats_plan_randomisation(const int64_t (*sum)[2], const size_t (*n)[2], size_t pairs,
				uint64_t seed, size_t *allocations, int *exact);

#endif
