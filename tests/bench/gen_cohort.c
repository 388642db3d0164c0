/* gen_cohort: a deterministic cohort log for make bench.
 *
 * usage: gen_cohort ATHLETES RUNS > cohort.csv
 * The columns of a cohort log (athlete,date,distance_km,duration,pain,
 * ate_before,ate_after,strength,notes). Pain rises with the days in a row
 * and with skipped meals, plus noise; about 70% of runs follow the day
 * before, as in ../shared/bench/gen_cohort.py, whose shape this copies. */
#include <stdio.h>
#include <stdlib.h>

static unsigned long long state = 88172645463325252ULL;

static double uniform(void) /* xorshift64*, in [0, 1) */
{
	state ^= state >> 12, state ^= state << 25, state ^= state >> 27;
	return (double)((state * 2685821657736338717ULL) >> 11) / 9007199254740992.0;
}

static void date_of(long day, int *y, int *m, int *d) /* days since 1970-01-01 */
{
	long z = day + 719468, era = z / 146097, doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int main(int argc, char **argv)
{
	if (argc != 3)
		return fprintf(stderr, "usage: gen_cohort ATHLETES RUNS\n"), 64;
	long athletes = atol(argv[1]), per = atol(argv[2]);
	puts("athlete,date,distance_km,duration,pain,ate_before,ate_after,strength,notes");
	for (long a = 0; a < athletes; a++) {
		long day = 15340; /* 2012-01-01 */
		int streak = 0, prev_ate = 1;
		for (long i = 0; i < per; i++) {
			int gap = uniform() < 0.7 ? 1 : 2 + (uniform() < 0.5);
			day += gap;
			streak = gap == 1 ? streak + 1 : 1;
			int before = uniform() < 0.8, after = uniform() < 0.75;
			double noise = (uniform() + uniform() + uniform() - 1.5) * 2.4;
			double p = 1 + 0.6 * streak + 1.5 * !before + 1.0 * !prev_ate + noise;
			int pain = p < 0 ? 0 : p > 10 ? 10 : (int)(p + 0.5);
			double km = 3 + 18 * uniform();
			int sec = (int)(km * (280 + 100 * uniform()));
			int y, m, d;
			date_of(day, &y, &m, &d);
			printf("a%05ld,%04d-%02d-%02d,%.2f,%02d:%02d:%02d,%d,%s,%s,%s,\"easy run, felt ok\"\n", a, y,
			       m, d, km, sec / 3600, sec % 3600 / 60, sec % 60, pain, before ? "yes" : "no",
			       after ? "yes" : "no", uniform() < 0.2 ? "yes" : "no");
			prev_ate = after;
		}
	}
	return ferror(stdout) ? 74 : 0;
}
