/* findings_plan.h - what a planned self-experiment says (findings stage).
 *
 * From the results of one analysis of a plan (stats_plan.h), a verdict:
 *   no_overlap  no run of the log falls in the plan's days
 *   too_few     fewer than STATS_PLAN_MIN_PAIRS complete pairs
 *   helps       a randomisation p below FINDINGS_PLAN_ALPHA and a positive
 *               difference (the remedy went with less pain): because the
 *               blocks were chosen at random, evidence that it helps
 *   unclear     anything else
 * and how many more complete pairs it needs: to reach STATS_PLAN_MIN_PAIRS
 * when too_few; when unclear with fewer than FINDINGS_PLAN_CLEAR_PAIRS, to
 * reach those, the fewest whose 2^pairs allocations let p go below
 * FINDINGS_PLAN_ALPHA at all (1/2^4 = 0.0625, 1/2^5 = 0.031); else 0.
 */
#ifndef RUNLOG_FINDINGS_PLAN_H
#define RUNLOG_FINDINGS_PLAN_H

#include <stddef.h>

#include "runlog/stats_plan.h"

#define FINDINGS_PLAN_ALPHA 0.05
#define FINDINGS_PLAN_CLEAR_PAIRS 5

enum findings_plan_verdict { FPLAN_NO_OVERLAP, FPLAN_TOO_FEW, FPLAN_UNCLEAR, FPLAN_HELPS };

struct findings_plan_one {
	enum findings_plan_verdict verdict;
	size_t more_pairs;
};

/* The verdicts as planned (intention to treat) and as kept. */
struct findings_plan {
	struct findings_plan_one itt, as_kept;
};

/* The verdicts on sp. */
void findings_plan_build(const struct stats_plan *sp, struct findings_plan *out);

/* The verdict's name in JSON: "no_overlap", "too_few", "unclear", "helps". */
const char *findings_plan_verdict_name(enum findings_plan_verdict v);

#endif
