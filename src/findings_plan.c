/* findings_plan: a planned self-experiment's verdict (see findings_plan.h). */
#include "runlog/findings_plan.h"

static void one(const struct stats_plan *sp, const struct stats_plan_test *t, struct findings_plan_one *out)
{
	out->more_pairs = 0;
	if (!sp->overlaps) {
		out->verdict = FPLAN_NO_OVERLAP;
		out->more_pairs = STATS_PLAN_MIN_PAIRS;
	} else if (t->pairs < STATS_PLAN_MIN_PAIRS) {
		out->verdict = FPLAN_TOO_FEW;
		out->more_pairs = STATS_PLAN_MIN_PAIRS - t->pairs;
	} else if (t->p_value < FINDINGS_PLAN_ALPHA && t->difference > 0) {
		out->verdict = FPLAN_HELPS;
	} else {
		out->verdict = FPLAN_UNCLEAR;
		if (t->pairs < FINDINGS_PLAN_CLEAR_PAIRS)
			out->more_pairs = FINDINGS_PLAN_CLEAR_PAIRS - t->pairs;
	}
}

void findings_plan_build(const struct stats_plan *sp, struct findings_plan *out)
{
	one(sp, &sp->itt, &out->itt);
	one(sp, &sp->as_kept, &out->as_kept);
}

const char *findings_plan_verdict_name(enum findings_plan_verdict v)
{
	static const char *const name[] = {"no_overlap", "too_few", "unclear", "helps"};
	return name[v];
}
