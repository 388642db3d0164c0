/* halves.h - a job done on the two halves of the runs at once.
 *
 * A cohort's runs are in athlete order, and every factor, sum and model
 * pass of one athlete's runs is independent of the others'. So a stage can
 * split the runs at the athlete's edge nearest the middle and work on both
 * halves, one per core. The split never depends on the machine, and the two
 * halves' sums are always added in the same order, so the results are the
 * same bytes with one core or two.
 */
#ifndef RUNLOG_HALVES_H
#define RUNLOG_HALVES_H

#include <stddef.h>

/* Halves smaller than this are done one after the other: a thread costs
 * more than it saves. */
#define HALVES_THREADED_MIN 65536

/* fn(a) and fn(b): on two threads when both halves (n_a and n_b runs) are
 * large enough and a thread can start, else one after the other. */
void halves_run(void *(*fn)(void *), void *a, size_t n_a, void *b, size_t n_b);

#endif
