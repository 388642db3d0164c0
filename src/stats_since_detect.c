/* stats_since_detect: the habits a runner visibly dropped, and when. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/stats_since.h"

const char *stats_since_habit_name(enum stats_since_habit h)
{
	static const char *const name[STATS_NHABITS] = {"streaks_3_plus", "skipped_meals", "weeks_without_strength"};
	return name[h];
}

const char *stats_since_habit_remedy(enum stats_since_habit h)
{
	static const char *const name[STATS_NHABITS] = {"resting between runs", "eating around runs",
							"strength sessions every week"};
	return name[h];
}

/* One ISO week with a run: each habit's count and what it is out of. */
struct week {
	int32_t monday;
	double num[STATS_NHABITS], den[STATS_NHABITS];
};

/* A strength session in the week from monday. */
static int strength_in(const struct features *f, int32_t monday)
{
	for (size_t i = 0; i < f->n_strength; i++)
		if (f->strength_days[i] >= monday && f->strength_days[i] < monday + 7)
			return 1;
	return 0;
}

/* f's weeks with a run into w (room for f->n): how many. */
static size_t weeks_of(const struct features *f, struct week *w)
{
	size_t n = 0;
	for (size_t i = 0; i < f->n; i++) {
		const struct features_run *r = &f->runs[i];
		int32_t monday = date_monday(r->day);
		if (!n || w[n - 1].monday != monday) {
			w[n] = (struct week){.monday = monday};
			w[n].den[STATS_HABIT_NO_STRENGTH] = f->has_strength;
			w[n].num[STATS_HABIT_NO_STRENGTH] = f->has_strength && !strength_in(f, monday);
			n++;
		}
		struct week *k = &w[n - 1];
		k->den[STATS_HABIT_STREAKS]++;
		k->num[STATS_HABIT_STREAKS] += r->streak >= 3;
		k->den[STATS_HABIT_SKIPPED_MEALS] += (r->meal_before != INGEST_UNKNOWN) + (r->ate_after != INGEST_UNKNOWN);
		k->num[STATS_HABIT_SKIPPED_MEALS] += (r->meal_before == INGEST_NO) + (r->ate_after == INGEST_NO);
	}
	return n;
}

/* Habit h's count and what it is out of over weeks w[lo..hi). */
static void sums(const struct week *w, size_t lo, size_t hi, int h, double *num, double *den)
{
	*num = *den = 0;
	for (size_t i = lo; i < hi; i++)
		*num += w[i].num[h], *den += w[i].den[h];
}

/* A drop from the share nb/db to na/da that stats_since.h reports: to at
 * most half, by STATS_SINCE_DETECT_DROP or more, and with the two shares'
 * z (pooled) at least STATS_SINCE_DETECT_Z. */
static int visible(double nb, double db, double na, double da)
{
	if (!(db > 0 && da > 0))
		return 0;
	double b = nb / db, a = na / da, pool = (nb + na) / (db + da);
	double se = sqrt(pool * (1 - pool) * (1 / db + 1 / da));
	return a <= b / 2 && b - a >= STATS_SINCE_DETECT_DROP && se > 0 && (b - a) / se >= STATS_SINCE_DETECT_Z;
}

/* The week habit h was dropped (stats_since.h) into c: 1, or 0 when none. */
static int dropped(const struct week *w, size_t n, int h, struct stats_since_change *c)
{
	double best = 0;
	for (size_t at = STATS_SINCE_DETECT_WEEKS; at + STATS_SINCE_DETECT_WEEKS <= n; at++) {
		double nb, db, na, da;
		sums(w, 0, at, h, &nb, &db);
		sums(w, at, n, h, &na, &da);
		double b = nb / db, a = na / da;
		if (!visible(nb, db, na, da) || b - a <= best)
			continue;
		best = b - a;
		*c = (struct stats_since_change){.habit = (enum stats_since_habit)h, .day = w[at].monday,
						 .before = b, .after = a, .weeks = {at, n - at}};
	}
	return best > 0;
}

int stats_since_detect(const struct features *f, struct stats_since_detected *out)
{
	memset(out, 0, sizeof *out);
	struct week *w = malloc((f->n ? f->n : 1) * sizeof *w);
	if (!w)
		return -1;
	size_t n = weeks_of(f, w);
	for (int h = 0; h < STATS_NHABITS; h++)
		out->n += (size_t)dropped(w, n, h, &out->change[out->n]);
	free(w);
	for (size_t i = 1; i < out->n; i++) /* date order; a tie keeps habit order */
		for (size_t j = i; j > 0 && out->change[j].day < out->change[j - 1].day; j--) {
			struct stats_since_change t = out->change[j];
			out->change[j] = out->change[j - 1], out->change[j - 1] = t;
		}
	return 0;
}
