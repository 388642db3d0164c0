/* features.h - the factors of each run, from the ingested log.
 *
 * Second stage: it orders the runs by athlete, then date (file order
 * within a day), and works out, for every run, the factors that the
 * statistics compare. Every factor stays within one athlete: a streak never
 * runs from one athlete's runs into another's.
 *
 * streak       consecutive calendar days ending on the run's day that have
 *              at least one run (scored or not); 1 = the run follows a rest
 *              day. Strength-only days are not running days.
 * meal_before  the run's own ate_before.
 * meal_after   the previous run's ate_after (that meal feeds this run's
 *              recovery) when that run was at most FEATURES_MEAL_AFTER_DAYS
 *              days before; after a longer gap the meal cannot matter, and
 *              the run counts as after an eaten meal (INGEST_YES). Unknown
 *              for the athlete's first run, when the previous run was
 *              recent and its ate_after unknown, and for every run when no
 *              run's previous post-run meal is recorded (has_meal_after 0).
 * strength     a strength session on any of the 7 calendar days before the
 *              run's day (its own day excluded); unknown when the log has no
 *              strength column.
 * load_spike   the distance of the 7 days ending on the run's day (that day
 *              included) is at least 1.3 times a quarter of the distance of
 *              the 28 days ending there (the acute:chronic ratio). A run
 *              without a distance counts as 0 km. Unknown for a run less than
 *              27 days after the athlete's first run, when those 28 days hold
 *              no distance, or when the log has no distance column.
 * long_run     the run is more than 10% longer than the longest run of the
 *              same athlete in the 30 days before its day (days d-30 to
 *              d-1; the run's own day excluded, so two runs on one day are
 *              each compared with the days before, never with each other,
 *              and are not added up). In exact integers of metres:
 *              10 * km > 11 * longest. Unknown for a run without a
 *              distance, a run less than 30 days after the athlete's first
 *              run (its window would reach before the log), when those 30
 *              days hold no run with a distance, or when the log has no
 *              distance column (Frandsen et al. 2025, Br J Sports Med
 *              59:1203).
 */
#ifndef RUNLOG_FEATURES_H
#define RUNLOG_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "runlog/ingest.h"

/* Days before a run that a strength session still counts for. */
#define FEATURES_STRENGTH_WINDOW 7
/* Days after a run that its post-run meal still counts for the next run's
 * meal_after (0: the same day). */
#define FEATURES_MEAL_AFTER_DAYS 2
/* The acute:chronic ratio that makes a load spike, 13/10, compared in exact
 * integers of metres: 10 * 4 * acute >= 13 * chronic. */
#define FEATURES_SPIKE_NUM 13
#define FEATURES_SPIKE_DEN 10
/* A long run: more than 11/10 of the longest of the FEATURES_LONG_DAYS
 * days before, compared in exact integers of metres. */
#define FEATURES_LONG_DAYS 30
#define FEATURES_LONG_NUM 11
#define FEATURES_LONG_DEN 10

/* A run's load_spike (INGEST_YES, INGEST_NO or INGEST_UNKNOWN) on day,
 * its athlete's first run on day first, from the metres of the 7 and the
 * 28 days ending on day (that day's runs included). */
static inline int features_spike(int32_t day, int32_t first, int64_t sum7, int64_t sum28)
{
	if (day - first < 27 || sum28 <= 0)
		return INGEST_UNKNOWN;
	return FEATURES_SPIKE_DEN * 4 * sum7 >= FEATURES_SPIKE_NUM * sum28 ? INGEST_YES : INGEST_NO;
}

/* A run's long_run (INGEST_YES, INGEST_NO or INGEST_UNKNOWN) of m metres
 * (INGEST_KM_NONE: none) on day, its athlete's first run on day first,
 * longest the metres of the longest run in the FEATURES_LONG_DAYS days
 * before day (0: none with a distance). */
static inline int features_long(int32_t day, int32_t first, uint32_t m, int64_t longest)
{
	if (day - first < FEATURES_LONG_DAYS || m == INGEST_KM_NONE || longest <= 0)
		return INGEST_UNKNOWN;
	return FEATURES_LONG_DEN * (int64_t)m > FEATURES_LONG_NUM * longest ? INGEST_YES : INGEST_NO;
}

struct features_run { /* 16 bytes: a million runs in 16 MB */
	int32_t day;
	int32_t streak;          /* >= 1 */
	unsigned pain_m : 14;    /* pain x 1000, INGEST_PAIN_NONE: no score */
	unsigned athlete : 18;   /* index into the log's athletes; 0 without them */
	unsigned km_m : 20;      /* metres, INGEST_KM_NONE: not logged */
	/* INGEST_YES / INGEST_NO / INGEST_UNKNOWN */
	signed meal_before : 2, meal_after : 2, strength : 2;
	signed ate_after : 2;    /* the run's own post-run meal */
	signed load_spike : 2;   /* acute:chronic distance ratio >= 1.3; UNKNOWN without */
	signed long_run : 2;     /* > 1.1 x the longest of the 30 days before; UNKNOWN without */
};

/* Pain, NAN without a score. */
static inline double features_pain(const struct features_run *r)
{
	return ingest_unmilli(r->pain_m, INGEST_PAIN_NONE);
}

/* Distance in km, NAN when not logged. */
static inline double features_km(const struct features_run *r)
{
	return ingest_unmilli(r->km_m, INGEST_KM_NONE);
}

/* Runs in date order with their factors. Release with features_free(). */
struct features {
	struct features_run *runs;
	size_t n;
	int has_strength;    /* the log has a strength column */
	int has_distance;    /* the log has a distance column */
	int has_meal_before; /* some run says whether it ate before (a column,
	                        in the log or its diary, that is not all empty) */
	int has_meal_after;  /* ... and after */
	size_t n_athletes;   /* 0 without an athlete column */
	int32_t *strength_days; /* days with a strength session, sorted, each once */
	size_t n_strength;
	int32_t first_day, last_day; /* of the runs; 0 when n == 0 */
};

/* Compute the factors of every run in log. Returns 0, or -1 when out of
 * memory. log is not modified. */
int features_build(const struct ingest_log *log, struct features *out);

/* The same, taking the log's runs: when they are in order the features are
 * written over them, so a large log is never held twice; then the log's
 * runs are released (its counts stay). Returns 0, or -1 when out of memory
 * (the log's runs are then no longer to be read, its counts stay). */
int features_take(struct ingest_log *log, struct features *out);

void features_free(struct features *f);

#endif
