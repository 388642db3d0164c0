/* The pace against a bound (ingest_parse_pace_above): from whole seconds
 * and metres by a product, which must decide as the division by doubles
 * always did, at random, at one second from the bound either side, and
 * where the pace is the bound exactly. */
#include "testutil.h"

#include "../../src/ingest_state.h"

/* The division, as the reader made it before the product. */
static int divided(long secs, unsigned metres, double bound)
{
	double minutes = (double)secs / 60.0, km = metres / 1000.0;
	return minutes * 60 / km > bound;
}

static void check(long secs, unsigned metres, double bound)
{
	struct row row = {.km_m = metres, .km_exact = 1, .secs = secs};
	if (ingest_parse_pace_above(&row, bound) != divided(secs, metres, bound))
		fail_msg("%ld s over %u m against %.17g: the product and the division differ", secs, metres,
			 bound);
}

static void as_divided(void **state)
{
	(void)state;
	const double bounds[] = {INGEST_PACE_USUAL, INGEST_PACE_USUAL * INGEST_KM_PER_MILE, 150, 900, 1800};
	uint64_t x = 88172645463325252ULL;
	for (size_t b = 0; b < sizeof bounds / sizeof *bounds; b++)
		for (int i = 0; i < 200000; i++) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			unsigned metres = (unsigned)(x % 1000000) + 1;
			long near = (long)(metres * bounds[b] / 1000);
			check((long)(x >> 32) % (INGEST_HOURS_MAX * 3600L) + 1, metres, bounds[b]);
			for (long d = -1; d <= 1; d++)
				if (near + d > 0)
					check(near + d, metres, bounds[b]);
		}
	/* At the bound exactly: 339471 s over 390625 m is 869.04576 s a km,
	 * 9:00 a mile. */
	check(339471, 390625, INGEST_PACE_USUAL * INGEST_KM_PER_MILE);
	check(5400, 10000, INGEST_PACE_USUAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(as_divided),
	};
	return cmocka_run_group_tests_name("ingest_pace", tests, NULL, NULL);
}
