/* findings_week.h - what happened in one week, tied to the remedies.
 *
 * Fourth stage, for runlog weekly: the week's runs and numbers become a
 * few plain sentences, each with the remedy it calls for, and one top
 * remedy for the week.
 */
#ifndef RUNLOG_FINDINGS_WEEK_H
#define RUNLOG_FINDINGS_WEEK_H

#include <stddef.h>
#include <stdint.h>

#include "runlog/features.h"
#include "runlog/findings.h"
#include "runlog/stats.h"

#define FINDINGS_WEEK_EVENTS 8

/* A week's event about a factor names a remedy only when all hold:
 *  - the whole log's finding for the factor explains pain
 *    (findings_explains: moderate or strong, and not opposite);
 *  - at least FINDINGS_WEEK_MIN_RUNS scored runs of the week are in the
 *    factor's group a (a 3rd day in a row or later, a skipped meal, no
 *    strength session in the 7 days before, after a jump in distance), and
 *    at least as many scored runs of the runner's usual are in group b: the
 *    runs of group b in the week and the STATS_USUAL_WEEKS weeks before;
 *  - the week's group a had a mean pain at least FINDINGS_WEEK_MIN_POINTS
 *    above that usual.
 * Only scored runs count, so runs with no pain score yet never make an
 * event. */
#define FINDINGS_WEEK_MIN_RUNS 2
#define FINDINGS_WEEK_MIN_POINTS 1.0

struct findings_event {
	int has_remedy;
	enum findings_remedy remedy;
	int has_factor;            /* the event is about factor */
	enum stats_factor factor;
	enum findings_evidence evidence; /* the whole log's, for factor */
	double week_mean, usual_mean;    /* group a this week, group b usual;
	                                    NAN when either has no scored run */
	size_t week_runs, usual_runs;
	char message[640];
};

struct findings_week {
	struct findings_event ev[FINDINGS_WEEK_EVENTS];
	size_t n;
	int has_top;               /* a remedy for the week */
	int top_from_log;          /* chosen from the whole log, not the week */
	enum findings_remedy top;
};

/* The week's events. The top remedy is the remedy of the week's strongest
 * event with a remedy (the whole log's higher evidence, then the larger
 * difference from the usual), else the whole log's top finding
 * (findings_top), else none. A week with no runs has no events and no top
 * remedy. */
void findings_week_build(const struct features *f, const struct stats_week_report *w,
			 const struct findings *log_fd, struct findings_week *out);

/* The remedy in one short imperative ("Rest: run every other day."). */
const char *findings_week_advice(enum findings_remedy r);

/* A coach's roster (runlog weekly --all) flags an athlete's week:
 *  - high_pain: a mean pain of FINDINGS_HIGH_PAIN or more, or above the
 *    runner's usual (stats_usual verdict +1);
 *  - rising: over the weeks of the trend (stats_week_report.trend), the
 *    mean of the weekly mean pains of the FINDINGS_RISING_WEEKS weeks
 *    ending with this one is at least FINDINGS_RISING_POINTS above that of
 *    the FINDINGS_RISING_WEEKS weeks before them, each half with at least
 *    FINDINGS_RISING_MIN_WEEKS weeks with a scored run (each week counts
 *    once, however many runs it has);
 *  - stale: the log is stale (stats_week_stale). */
enum findings_flag {
	FINDINGS_FLAG_HIGH_PAIN = 1 << 0,
	FINDINGS_FLAG_RISING = 1 << 1,
	FINDINGS_FLAG_STALE = 1 << 2,
};
#define FINDINGS_NFLAGS 3
#define FINDINGS_HIGH_PAIN 4.0
#define FINDINGS_RISING_WEEKS 4
#define FINDINGS_RISING_MIN_WEEKS 2
#define FINDINGS_RISING_POINTS 1.0

/* The flags (enum findings_flag bits) of week w, which ends on end (the
 * week's last day, or today for a week not over). */
unsigned findings_week_flags(const struct stats_week_report *w, int32_t end);

/* Flag i's name, i from 0 (bit 1 << i): "high_pain", "rising", "stale". */
const char *findings_flag_name(int i);

#endif
