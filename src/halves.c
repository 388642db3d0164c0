/* halves: one job, two halves, two threads when it pays. */
#include "runlog/halves.h"

#include <pthread.h>

/* fn(a) and fn(b): on two threads when both halves (n_a and n_b runs) are
 * large enough and a thread can start, else one after the other. */
static void halves_run(void *(*fn)(void *), void *a, size_t n_a, void *b, size_t n_b)
{
	pthread_t t;
	int threaded = n_a >= HALVES_THREADED_MIN && n_b >= HALVES_THREADED_MIN &&
		       pthread_create(&t, NULL, fn, b) == 0;
	fn(a);
	if (threaded)
		pthread_join(t, NULL);
	else
		fn(b);
}

struct halves halves_split(const void *runs, size_t n, halves_athlete_fn *athlete)
{
	size_t mid = n / 2;
	while (mid > 0 && mid < n && athlete(runs, mid) == athlete(runs, mid - 1))
		mid++;
	return (struct halves){mid, n};
}

/* One half's job as halves_run takes it. */
struct half {
	halves_job_fn *job;
	void *part;
	size_t lo, hi;
};

static void *half_run(void *arg)
{
	struct half *h = arg;
	h->job(h->part, h->lo, h->hi);
	return NULL;
}

void halves_work(struct halves h, halves_job_fn *job, void *first, void *second,
		 halves_merge_fn *merge)
{
	struct half a = {job, first, 0, h.mid}, b = {job, second, h.mid, h.n};
	halves_run(half_run, &a, h.mid, &b, h.n - h.mid);
	merge(first, second);
}
