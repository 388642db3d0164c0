/* halves.h - a job done on the two halves of the runs at once.
 *
 * A cohort's runs are in athlete order, and every factor, sum and model
 * pass of one athlete's runs is independent of the others'. So a stage can
 * split the runs at the athlete's edge nearest the middle and work on both
 * halves, one per core. The split never depends on the machine, and the two
 * halves' sums are always added in the same order, so the results are the
 * same bytes with one core or two.
 *
 * A stage splits with halves_split, works with halves_work and a merge of
 * its own.
 */
#ifndef RUNLOG_HALVES_H
#define RUNLOG_HALVES_H

#include <stddef.h>
#include <stdint.h>

/* Halves smaller than this are done one after the other: a thread costs
 * more than it saves. */
#define HALVES_THREADED_MIN 65536

/* The runs 0..n split in two: the first half is 0..mid, the second mid..n. */
struct halves {
	size_t mid, n;
};

/* The athlete of run i of a stage's runs (in athlete order). */
typedef uint32_t halves_athlete_fn(const void *runs, size_t i);

/* The split of n runs at the athlete's edge nearest the middle: mid is the
 * first run at or after n / 2 whose athlete is not the one before it (n
 * when there is none; 0 when n < 2). Each athlete's runs stay in one half. */
struct halves halves_split(const void *runs, size_t n, halves_athlete_fn *athlete);

/* One half's job: the runs lo..hi, summed into part. */
typedef void halves_job_fn(void *part, size_t lo, size_t hi);
/* Add the second half's part into the first's. */
typedef void halves_merge_fn(void *first, const void *second);

/* job(first, 0, mid) and job(second, mid, n), at once when both are large
 * enough and a thread can start, else one after the other, then merge(first, second): first holds the sums of
 * every run, added in the same order on any machine. */
void halves_work(struct halves h, halves_job_fn *job, void *first, void *second,
		 halves_merge_fn *merge);

#endif
