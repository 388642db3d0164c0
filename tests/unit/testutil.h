/* Shared helpers for the cmocka unit tests. */
#ifndef RUNLOG_TESTUTIL_H
#define RUNLOG_TESTUTIL_H

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

/* |got - want| <= tol * max(1, |want|), the way gsl_test_rel compares. */
#define assert_close(got, want, tol)                                                          \
	do {                                                                                  \
		double g_ = (got), w_ = (want);                                               \
		double s_ = fabs(w_) > 1 ? fabs(w_) : 1;                                      \
		if (!(fabs(g_ - w_) <= (tol) * s_))                                           \
			fail_msg("%s = %.17g, expected %.17g", #got, g_, w_);                 \
	} while (0)

#define assert_nan(got)                                                                       \
	do {                                                                                  \
		double g_ = (got);                                                            \
		if (!isnan(g_))                                                               \
			fail_msg("%s = %.17g, expected NAN", #got, g_);                       \
	} while (0)

#endif
