/* today.h - what the log says about running today (findings stage).
 *
 * For one runner's log and a day (today), two plans: run today, or rest
 * today and run tomorrow. Each is a new run with the model's terms
 * (stats_model.h), predicted by stats_model_predict:
 *
 * streak        1 + the consecutive running days ending the day before the
 *               run (resting today makes tomorrow's 1; a run already logged
 *               today counts)
 * meal_before   --ate-before: yes 0, no 1; unknown: the runner's share of
 *               model runs without a meal before (the prediction's mean is
 *               then the average of the two, weighted as the log is); the
 *               same for both plans
 * meal_after    the last run's post-run meal when it was at most
 *               FEATURES_MEAL_AFTER_DAYS days before the run, else eaten (0);
 *               unknown: the runner's share, as above
 * no_strength   no strength session in the 7 days before the run's day
 *               (no session today is assumed)
 * load_spike    as features.h, with the new run's distance the mean of the
 *               runner's runs with a distance in the 28 days ending today
 *               (0 without one); unknown (under four weeks of log, no
 *               distance in the 28 days): the runner's share
 * long_run      unknown: the plan has no distance of its own (the mean
 *               run the load spike takes is never much longer than the
 *               month's longest), so the runner's share, as above; the
 *               advice never rests on it
 * previous pain the last scored pain of the log, in both plans
 *
 * Only the runs on or before today count; the model is the whole log's.
 *
 * The advice rests on the whole log's findings (findings.h), never on the
 * prediction: of the factors the run today would have (a 3rd day in a row
 * or more, --ate-before no, a skipped post-run meal, no strength session in
 * the 7 days before, a load spike), the first in the findings' order that
 * explains pain (findings_explains: moderate or strong, more pain) names
 * its remedy; else the first that applies says why there is no remedy
 * (its evidence); else none applies and there is no remedy.
 */
#ifndef RUNLOG_TODAY_H
#define RUNLOG_TODAY_H

#include <stdint.h>

#include "runlog/features.h"
#include "runlog/findings.h"
#include "runlog/stats_model.h"

enum today_plan { TODAY_RUN, TODAY_REST, TODAY_NPLANS };

struct today_plan_result {
	int32_t day;             /* the run's day: today, or tomorrow */
	int streak;
	double x[STATS_NTERMS];  /* its terms; NAN unknown (pred.x fills them) */
	struct stats_prediction pred;
};

struct today {
	int32_t date;
	int ate_before;              /* INGEST_YES, INGEST_NO or INGEST_UNKNOWN */
	int streak_if_run;
	int32_t days_since_strength; /* -1: no session on or before today */
	int has_strength;            /* the log has a strength column */
	double km7, km28;            /* the distance of the 7 and 28 days ending
	                                today; NAN when the log has none */
	double new_km;               /* the distance taken for the new run */
	double last_pain;            /* NAN when no run has a score */
	struct today_plan_result plan[TODAY_NPLANS];
	const struct finding *finding; /* what the advice rests on; NULL when no
	                                  factor applies (points into fd) */
	int remedy;                  /* enum findings_remedy, or -1 for none */
	char text[512];              /* the advice, one sentence */
};

/* What the log f (one runner's runs; m and fd its model and findings, as
 * cli_load gives them) says about running on day date, having eaten or not
 * (ate_before). Returns 0, or -1 when out of memory. */
int today_build(const struct features *f, const struct stats_model *m, const struct findings *fd,
		int32_t date, int ate_before, struct today *out);

/* An ordinal: "1st", "2nd", "3rd", "4th", "11th", ... buf holds 16. */
const char *today_ordinal(int n, char buf[16]);

#endif
