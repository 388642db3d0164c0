/* stats_within: one athlete's model runs, trend and projection sums. */
#include "runlog/stats_within.h"

#include <math.h>
#include <string.h>

#define P STATS_NTERMS
#define Z STATS_TREND_MAX

/* A run's profile (stats_within.h), or -1 when its pain or a term the log
 * has is unknown (the run stays out of the model). Bitwise, not
 * short-circuit (tag-branchless in features.c). */
static inline int profile_of(struct stats_has h, const struct features_run *r)
{
	int unknown = (r->pain_m == INGEST_PAIN_NONE) | (h.mb & (r->meal_before == INGEST_UNKNOWN)) |
		      (h.ma & (r->meal_after == INGEST_UNKNOWN)) | (h.hs & (r->strength == INGEST_UNKNOWN)) |
		      (h.spikes & (r->load_spike == INGEST_UNKNOWN)) | (h.longs & (r->long_run == INGEST_UNKNOWN));
	int s = r->streak >= 7 ? 6 : r->streak - 1;
	int prof = s * STATS_PROFILE_STREAK + (h.mb & (r->meal_before == INGEST_NO)) +
		   2 * (h.ma & (r->meal_after == INGEST_NO)) + 4 * (h.hs & (r->strength == INGEST_NO)) +
		   8 * (h.spikes & (r->load_spike == INGEST_YES)) + 16 * (h.longs & (r->long_run == INGEST_YES));
	return unknown ? -1 : prof;
}

/* load_spike and long_run (see stats_has_of). */
static struct stats_has distance_terms(const struct features *f)
{
	size_t scored = 0, spikes = 0, longs = 0;
	for (size_t i = 0; i < f->n; i++)
		if (f->runs[i].pain_m != INGEST_PAIN_NONE) {
			scored++;
			spikes += f->runs[i].load_spike != INGEST_UNKNOWN;
			longs += f->runs[i].long_run != INGEST_UNKNOWN;
		}
	int ok = f->has_distance && scored;
	return (struct stats_has){.spikes = ok && 2 * spikes >= scored, .longs = ok && 2 * longs >= scored};
}

struct stats_has stats_has_of(const struct features *f)
{
	struct stats_has h = distance_terms(f);
	h.mb = f->has_meal_before;
	h.ma = f->has_meal_after;
	h.hs = f->has_strength;
	return h;
}

void stats_has_terms(struct stats_has h, int has_term[STATS_NTERMS])
{
	for (int t = 0; t < STATS_NTERMS; t++)
		has_term[t] = 1;
	has_term[STATS_TERM_NO_STRENGTH] = h.hs;
	has_term[STATS_TERM_LOAD_SPIKE] = h.spikes;
	has_term[STATS_TERM_LONG_RUN] = h.longs;
	has_term[STATS_TERM_MEAL_BEFORE] = h.mb;
	has_term[STATS_TERM_MEAL_AFTER] = h.ma;
}

int stats_profile_terms(int prof, int *act)
{
	int n = 0;
	if (prof / STATS_PROFILE_STREAK)
		act[n++] = STATS_TERM_STREAK2 + prof / STATS_PROFILE_STREAK - 1;
	if (prof & 1)
		act[n++] = STATS_TERM_MEAL_BEFORE;
	if (prof & 2)
		act[n++] = STATS_TERM_MEAL_AFTER;
	if (prof & 4)
		act[n++] = STATS_TERM_NO_STRENGTH;
	if (prof & 8)
		act[n++] = STATS_TERM_LOAD_SPIKE;
	if (prof & 16)
		act[n++] = STATS_TERM_LONG_RUN;
	return n;
}

/* The top of the pain scale in thousandths: pain_of's last entry. */
#define PAIN_M_TOP (INGEST_PAIN_MAX * 1000)

/* Every pain a run can have (0 to PAIN_M_TOP in thousandths), as
 * features_pain gives it, m / 1000.0: a table read instead of a division
 * a run. The compiler computes it (the same division, done once), so it is
 * constant and nothing fills it at run time. */
#define PAIN_1(m) ((m) / 1000.0)
#define PAIN_10(m)                                                                            \
	PAIN_1(m), PAIN_1(m + 1), PAIN_1(m + 2), PAIN_1(m + 3), PAIN_1(m + 4), PAIN_1(m + 5), \
		PAIN_1(m + 6), PAIN_1(m + 7), PAIN_1(m + 8), PAIN_1(m + 9)
#define PAIN_100(m)                                                                           \
	PAIN_10(m), PAIN_10(m + 10), PAIN_10(m + 20), PAIN_10(m + 30), PAIN_10(m + 40),       \
		PAIN_10(m + 50), PAIN_10(m + 60), PAIN_10(m + 70), PAIN_10(m + 80), PAIN_10(m + 90)
#define PAIN_1000(m)                                                                          \
	PAIN_100(m), PAIN_100(m + 100), PAIN_100(m + 200), PAIN_100(m + 300),                 \
		PAIN_100(m + 400), PAIN_100(m + 500), PAIN_100(m + 600), PAIN_100(m + 700),   \
		PAIN_100(m + 800), PAIN_100(m + 900)
static const double pain_of[] = {
	PAIN_1000(0), PAIN_1000(1000), PAIN_1000(2000), PAIN_1000(3000), PAIN_1000(4000),
	PAIN_1000(5000), PAIN_1000(6000), PAIN_1000(7000), PAIN_1000(8000), PAIN_1000(9000),
	PAIN_1(10000),
};
_Static_assert(sizeof pain_of / sizeof *pain_of == PAIN_M_TOP + 1, "pain_of: one entry a thousandth");
_Static_assert(PAIN_M_TOP < INGEST_PAIN_NONE, "a pain is never the mark of no score");

size_t stats_within_collect(const struct features *f, size_t lo, size_t hi, struct stats_has has,
			    struct stats_sample *out)
{
	size_t n = 0;
	double last = NAN;
	for (size_t r = lo; r < hi; r++) {
		const struct features_run *run = &f->runs[r];
		if (run->pain_m == INGEST_PAIN_NONE)
			continue;
		int pr = profile_of(has, run);
		double y = pain_of[run->pain_m];
		if (pr >= 0)
			out[n++] = (struct stats_sample){.y = y, .prev = last, .day = run->day, .prof = pr};
		last = y;
	}
	return n;
}

/* The q-th quantile (0..1) of the days of s[0..n), in order: linear
 * interpolation between order statistics, numpy's default. */
static double day_quantile(const struct stats_sample *s, size_t n, double q)
{
	double pos = q * (double)(n - 1);
	size_t i = (size_t)pos;
	double lo = s[i].day, hi = i + 1 < n ? s[i + 1].day : lo, fr = pos - (double)i;
	return lo + (hi - lo) * fr;
}

/* The trend of s[0..n) (in date order), of kind at most max. */
static void trend_of(const struct stats_sample *s, size_t n, enum stats_trend_kind max, struct stats_trend *tr)
{
	static const double q[4] = {0.05, 0.35, 0.65, 0.95};
	double span = n ? (double)(s[n - 1].day - s[0].day) : 0, k[4];
	memset(tr, 0, sizeof *tr);
	tr->kind = STATS_TREND_NONE, tr->d = 1;
	if (max == STATS_TREND_SPLINE && n >= STATS_TREND_SPLINE_RUNS && span >= STATS_TREND_SPLINE_DAYS) {
		for (int j = 0; j < 4; j++)
			k[j] = day_quantile(s, n, q[j]);
		if (k[0] < k[1] && k[1] < k[2] && k[2] < k[3]) {
			tr->kind = STATS_TREND_SPLINE, tr->d = 4;
			tr->t0 = k[0], tr->scale = 1 / (k[3] - k[0]);
			for (int j = 0; j < 4; j++)
				tr->k[j] = (k[j] - k[0]) * tr->scale;
			for (int j = 0; j < 2; j++) {
				tr->a[j] = (tr->k[3] - tr->k[j]) / (tr->k[3] - tr->k[2]);
				tr->b[j] = (tr->k[2] - tr->k[j]) / (tr->k[3] - tr->k[2]);
			}
			return;
		}
	}
	if (max >= STATS_TREND_LINEAR && span >= STATS_TREND_LINEAR_DAYS) {
		tr->kind = STATS_TREND_LINEAR, tr->d = 2;
		tr->t0 = s[0].day, tr->scale = 1 / span;
	}
}

/* The profiles' sums into w's sums of each 0/1 term, and the profiles
 * cleared for the next athlete. */
static void fold_profiles(struct stats_within *w)
{
	struct stats_profile_sums *ps = &w->scratch;
	int act[STATS_PROFILE_MAX_ON];
	for (int u = 0; u < ps->n_used; u++) {
		int pr = ps->used[u], k = stats_profile_terms(pr, act);
		double c = (double)ps->cnt[pr];
		for (int a = 0; a < k; a++) {
			w->at[act[a]] += ps->cnt[pr];
			w->xy[act[a]] += ps->y[pr];
			w->xx[STATS_TERM_PREV_PAIN][act[a]] += ps->p[pr];
			for (int b = 0; b < k; b++)
				w->xx[act[a]][act[b]] += c;
			w->zx[0][act[a]] += c;
			for (int j = 1; j < Z; j++)
				w->zx[j][act[a]] += ps->z[pr][j];
		}
		ps->cnt[pr] = 0, ps->y[pr] = 0, ps->p[pr] = 0;
		memset(ps->z[pr], 0, sizeof ps->z[pr]);
	}
	ps->n_used = 0;
}

/* Run sums on [1, trend] in locals: z'z (its lower triangle), z'y and
 * z'p, written out over all STATS_TREND_MAX columns (those past d are 0)
 * so that nothing loops or goes through memory a run. */
struct zsums {
	double z10, z11, z20, z21, z22, z30, z31, z32, z33; /* zz[j][l]; zz[0][0] is n */
	double zy[Z], zp[Z], pp, py;
};

static inline void zsums_add(struct zsums *a, const double *z, double y, double p)
{
	double z1 = z[1], z2 = z[2], z3 = z[3];
	a->z10 += z1, a->z11 += z1 * z1;
	a->z20 += z2, a->z21 += z2 * z1, a->z22 += z2 * z2;
	a->z30 += z3, a->z31 += z3 * z1, a->z32 += z3 * z2, a->z33 += z3 * z3;
	a->zy[0] += y, a->zy[1] += z1 * y, a->zy[2] += z2 * y, a->zy[3] += z3 * y;
	a->zp[0] += p, a->zp[1] += z1 * p, a->zp[2] += z2 * p, a->zp[3] += z3 * p;
	a->pp += p * p, a->py += p * y;
}

/* The raw sums of s[0..n) on w->pj.tr's basis; prev: with previous pain. */
static void accumulate(const struct stats_sample *s, size_t n, int prev, struct stats_within *w)
{
	struct stats_profile_sums *ps = &w->scratch;
	struct zsums a = {0};
	double z[Z] = {0};
	for (size_t i = 0; i < n; i++) {
		int pr = s[i].prof;
		double y = s[i].y, p = prev ? s[i].prev : 0;
		stats_within_basis(&w->pj.tr, s[i].day, z);
		if (!ps->cnt[pr]++)
			ps->used[ps->n_used++] = pr;
		ps->y[pr] += y, ps->p[pr] += p;
		ps->z[pr][1] += z[1], ps->z[pr][2] += z[2], ps->z[pr][3] += z[3];
		zsums_add(&a, z, y, p);
	}
	w->n = n;
	memset(w->zz, 0, sizeof w->zz);
	w->zz[0][0] = (double)n, w->zz[1][0] = a.z10, w->zz[1][1] = a.z11;
	w->zz[2][0] = a.z20, w->zz[2][1] = a.z21, w->zz[2][2] = a.z22;
	w->zz[3][0] = a.z30, w->zz[3][1] = a.z31, w->zz[3][2] = a.z32, w->zz[3][3] = a.z33;
	memcpy(w->zy, a.zy, sizeof a.zy);
	memset(w->at, 0, sizeof w->at), memset(w->xx, 0, sizeof w->xx), memset(w->xy, 0, sizeof w->xy);
	memset(w->zx, 0, sizeof w->zx);
	fold_profiles(w);
	w->xx[STATS_TERM_PREV_PAIN][STATS_TERM_PREV_PAIN] = a.pp, w->xy[STATS_TERM_PREV_PAIN] = a.py;
	for (int j = 0; j < Z; j++)
		w->zx[j][STATS_TERM_PREV_PAIN] = a.zp[j];
}

/* The inverse of the d x d matrix a (its lower triangle; positive
 * definite) by Cholesky, into inv. -1 when a column's share of its spread
 * left by the ones before it is below STATS_MODEL_ALIAS_TOL. */
static int spd_inverse(const double a[Z][Z], int d, double inv[Z][Z])
{
	double l[Z][Z] = {{0}}, li[Z][Z] = {{0}};
	for (int j = 0; j < d; j++) {
		double v = a[j][j];
		for (int k = 0; k < j; k++)
			v -= l[j][k] * l[j][k];
		if (!(v > STATS_MODEL_ALIAS_TOL * a[j][j]) || !(a[j][j] > 0))
			return -1;
		l[j][j] = sqrt(v);
		for (int i = j + 1; i < d; i++) {
			double x = a[i][j];
			for (int k = 0; k < j; k++)
				x -= l[i][k] * l[j][k];
			l[i][j] = x / l[j][j];
		}
	}
	for (int j = 0; j < d; j++) /* L^-1, column by column */
		for (int i = j; i < d; i++) {
			double x = i == j ? 1 : 0;
			for (int k = j; k < i; k++)
				x -= l[i][k] * li[k][j];
			li[i][j] = x / l[i][i];
		}
	for (int i = 0; i < d; i++) /* L^-T L^-1 */
		for (int j = 0; j < d; j++) {
			double x = 0;
			for (int k = i > j ? i : j; k < d; k++)
				x += li[k][i] * li[k][j];
			inv[i][j] = x;
		}
	return 0;
}

/* pi and my from the sums: 0, or -1 when [1, trend] is collinear. */
static int project(struct stats_within *w)
{
	double inv[Z][Z];
	int d = w->pj.tr.d;
	memset(w->pj.pi, 0, sizeof w->pj.pi), memset(w->pj.my, 0, sizeof w->pj.my);
	if (spd_inverse(w->zz, d, inv))
		return -1;
	for (int j = 0; j < d; j++) {
		for (int k = 0; k < d; k++)
			w->pj.my[j] += inv[j][k] * w->zy[k];
		for (int t = 0; t < P; t++)
			for (int k = 0; k < d; k++)
				w->pj.pi[j][t] += inv[j][k] * w->zx[k][t];
	}
	return 0;
}

int stats_within_zsolve(const struct stats_within *w, const double *z, double *out)
{
	double inv[Z][Z];
	int d = w->pj.tr.d;
	if (spd_inverse(w->zz, d, inv))
		return -1;
	for (int j = 0; j < d; j++) {
		out[j] = 0;
		for (int k = 0; k < d; k++)
			out[j] += inv[j][k] * z[k];
	}
	return 0;
}

void stats_within_sums(const struct stats_sample *s, size_t n, int trend, int prev, struct stats_within *w)
{
	enum stats_trend_kind max = trend ? STATS_TREND_SPLINE : STATS_TREND_NONE;
	for (;;) {
		trend_of(s, n, max, &w->pj.tr);
		accumulate(s, n, prev, w);
		if (project(w) == 0 || w->pj.tr.kind == STATS_TREND_NONE)
			return;
		max = w->pj.tr.kind - 1;
	}
}

void stats_within_residual(const struct stats_within *w, double xtx[P][P], double xty[P])
{
	int d = w->pj.tr.d;
	for (int a = 0; a < P; a++) {
		double v = w->xy[a];
		for (int j = 0; j < d; j++)
			v -= w->zx[j][a] * w->pj.my[j];
		xty[a] += v;
		for (int b = 0; b <= a; b++) {
			double x = w->xx[a][b];
			for (int j = 0; j < d; j++)
				x -= w->zx[j][a] * w->pj.pi[j][b];
			xtx[a][b] += x;
		}
	}
}

/* Run s's 0/1 terms and pain added to the sums of w (no trend, no
 * previous pain). */
static void add_run(struct stats_within *w, const struct stats_sample *s)
{
	int act[STATS_PROFILE_MAX_ON], k = stats_profile_terms(s->prof, act);
	w->n++;
	w->zz[0][0] += 1, w->zy[0] += s->y;
	for (int a = 0; a < k; a++) {
		w->at[act[a]]++;
		w->xy[act[a]] += s->y;
		w->zx[0][act[a]] += 1;
		for (int b = 0; b < k; b++)
			w->xx[act[a]][act[b]] += 1;
	}
}

void stats_within_plain(const struct stats_within *tw, const struct stats_sample *first, struct stats_within *w)
{
	memset(&w->pj.tr, 0, sizeof w->pj.tr);
	w->pj.tr.d = 1;
	w->n = tw->n;
	memcpy(w->at, tw->at, sizeof w->at), memcpy(w->xx, tw->xx, sizeof w->xx), memcpy(w->xy, tw->xy, sizeof w->xy);
	memset(w->zz, 0, sizeof w->zz), memset(w->zx, 0, sizeof w->zx), memset(w->zy, 0, sizeof w->zy);
	w->zz[0][0] = tw->zz[0][0], w->zy[0] = tw->zy[0];
	memcpy(w->zx[0], tw->zx[0], sizeof w->zx[0]);
	memset(w->xx[STATS_TERM_PREV_PAIN], 0, sizeof w->xx[STATS_TERM_PREV_PAIN]);
	w->xy[STATS_TERM_PREV_PAIN] = 0, w->zx[0][STATS_TERM_PREV_PAIN] = 0;
	if (first)
		add_run(w, first);
	project(w);
}
