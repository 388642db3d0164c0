/* halves_run: one job, two halves, two threads when it pays. */
#include "runlog/halves.h"

#include <pthread.h>

void halves_run(void *(*fn)(void *), void *a, size_t n_a, void *b, size_t n_b)
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
