/* stats_model: OLS of pain on every factor, cluster-robust by week (GSL). */
#include "runlog/stats_model.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/halves.h"
#include "runlog/stats_within.h"


#define P STATS_NTERMS

const char *stats_term_name(enum stats_term t)
{
	static const char *const name[P] = {"streak_2", "streak_3", "streak_4", "streak_5",
					    "streak_6", "streak_7_plus", "meal_before",
					    "meal_after", "no_strength", "load_spike", "long_run",
					    "previous_pain"};
	return name[t];
}

/* One athlete's runs: f->runs are in athlete order. */
static size_t slice_end(const struct features *f, size_t i)
{
	size_t j = i;
	while (j < f->n && f->runs[j].athlete == f->runs[i].athlete)
		j++;
	return j;
}

/* A factor's effect est with variance var, tested on t with g - 1 df.
 * v0: the variance it would have if the residuals' RMS were
 * STATS_MODEL_EXACT_RMS; at or below it the runs that carry the effect are
 * fitted exactly (a run of leverage 1 leaves only rounding in the
 * sandwich) and there is no spread to judge by: no SE, CI or p. */
static void effect_of(struct stats_effect *e, double est, double var, double v0, size_t g)
{
	double df = (double)g - 1;
	e->in_model = 1;
	e->se = var > v0 ? sqrt(var) : NAN;
	e->why = isnan(e->se) ? STATS_EFFECT_EXACT : STATS_EFFECT_OK;
	e->effect = est;
	stats_t_interval(est, e->se, df, &e->ci_lo, &e->ci_hi, &e->p);
	e->p_holm = NAN;
}

/* A factor whose terms could not be told apart from others: no effect. */
static void effect_aliased(struct stats_effect *e, unsigned alias)
{
	e->in_model = 0;
	e->why = STATS_EFFECT_ALIASED;
	e->alias = alias;
}

/* The two models: with each athlete's trend and the previous pain, and
 * without them (intercepts only), for without_time. */
enum { TIME, PLAIN, NMODELS };

/* What both passes read: the log, which terms it has, and after the
 * solve each profile's kept terms and the sum of their coefficients. */
struct fit {
	const struct features *f;
	struct stats_has has;
	double b[P];             /* coefficients by term, 0 for a term left out */
	int on_terms[STATS_PROFILES][STATS_PROFILE_MAX_ON]; /* each profile's kept 0/1 terms */
	int n_on[STATS_PROFILES];
	double bsum[STATS_PROFILES];
	unsigned side[STATS_PROFILES]; /* bit 2k: in factor k's group, 2k + 1: in its
	                                  comparison group (see profile_sides) */
};

/* A pass's room for one athlete at a time: its model runs and sums. */
struct scratch {
	struct stats_sample *s;
	size_t cap;
	struct stats_within *w, *plain;
};

/* One athlete's model runs f->runs[lo..hi) into sc->s: how many, or
 * SIZE_MAX when out of memory. */
static size_t athlete_samples(struct scratch *sc, const struct fit *ft, size_t lo, size_t hi)
{
	if (!sc->w && (!(sc->w = calloc(1, sizeof *sc->w)) || !(sc->plain = calloc(1, sizeof *sc->plain))))
		return SIZE_MAX;
	if (hi - lo > sc->cap) {
		size_t cap = hi - lo > 2 * sc->cap ? hi - lo : 2 * sc->cap;
		struct stats_sample *s = realloc(sc->s, cap * sizeof *s);
		if (!s)
			return SIZE_MAX;
		sc->s = s, sc->cap = cap;
	}
	return stats_within_collect(ft->f, lo, hi, ft->has, sc->s);
}

static void scratch_free(struct scratch *sc)
{
	free(sc->s);
	free(sc->w);
	free(sc->plain);
}

/* The first model run of an athlete has no previous pain when it is the
 * athlete's first scored run: the time model starts after it. */
static size_t time_start(const struct stats_sample *s, size_t n)
{
	return n && isnan(s[0].prev);
}

/* One model's normal equations over a range of athletes, projected off
 * each athlete's [1, trend]; two ranges add up. */
struct eqs {
	double xtx[P][P], xty[P]; /* X'X (its lower triangle) and X'y, by term */
	double raw[P];            /* each term's sum of squares before projection */
	size_t groups, runs;      /* athletes and runs in the model */
	size_t absorbed;          /* intercepts and trend columns */
	size_t at[P];             /* runs with each 0/1 term */
};

/* An athlete with at least this many runs in the time model keeps its
 * projection from pass 1 for pass 2 (at most 488 bytes for 64 runs, under
 * 8 bytes a run); a smaller one's is summed again, by the same function
 * from the same runs, so it is the same to the bit either way. */
#define KEEP_RUNS 64

/* The projections pass 1 keeps for pass 2, in athlete order. */
struct kept {
	struct stats_projection *pj;
	size_t n, cap;
};

/* Pass 1's sums: both models' normal equations, and the trends. */
struct normal_eq {
	const struct fit *fit;
	struct eqs eq[NMODELS];
	size_t trend[3];
	struct kept kept; /* this half's own: never merged */
	int oom;
};

/* Pass 2's sums over such a range: the meat of the sandwich, the outer
 * products of each athlete-week's scores. */
struct cluster_sums {
	const struct fit *fit;
	double meat[P][P];        /* its lower triangle, by term */
	double rss;               /* the residuals' sum of squares */
	size_t clusters;
	size_t weeks[2 * STATS_NFACTORS]; /* athlete-weeks with a run on each side */
	const struct kept *kept;          /* pass 1's projections of this half */
	size_t next;                      /* the next one to use */
	struct pred_sums *pred;           /* a prediction's sums, or NULL */
	int oom;
};

/* A prediction's variance, summed over one athlete's weeks in pass 2
 * (stats_model.h): w weighs the projected terms' scores, q the athlete's
 * [1, trend] scores. */
struct pred_sums {
	double w[P], q[STATS_TREND_MAX];
	double extra; /* the sum of (s'w + sz'q)^2 - (s'w)^2 */
};

/* w'x for a weight vector over the terms. */
static double weighted(const double w[P], const double x[P])
{
	double s = 0;
	for (int t = 0; t < P; t++)
		s += w[t] * x[t];
	return s;
}

static void pred_week(struct pred_sums *ps, const double sv[P], const double sz[STATS_TREND_MAX])
{
	double a = weighted(ps->w, sv), h = 0;
	for (int j = 0; j < STATS_TREND_MAX; j++)
		h += sz[j] * ps->q[j];
	ps->extra += (a + h) * (a + h) - a * a;
}

/* pj kept for pass 2 when its athlete has KEEP_RUNS runs or more:
 * 0, or -1 when out of memory. */
static int keep(struct kept *k, const struct stats_within *w)
{
	if (w->n < KEEP_RUNS)
		return 0;
	if (k->n == k->cap) {
		size_t cap = k->cap ? 2 * k->cap : 16;
		struct stats_projection *pj = realloc(k->pj, cap * sizeof *pj);
		if (!pj)
			return -1;
		k->pj = pj, k->cap = cap;
	}
	k->pj[k->n++] = w->pj;
	return 0;
}

/* One athlete's projected sums into e. */
static void eqs_add(struct eqs *e, const struct stats_within *w)
{
	if (!w->n)
		return;
	e->groups++;
	e->runs += w->n;
	e->absorbed += (size_t)w->pj.tr.d;
	for (int t = 0; t < P; t++) {
		e->at[t] += w->at[t];
		e->raw[t] += w->xx[t][t];
	}
	stats_within_residual(w, e->xtx, e->xty);
}

/* Pass 1, the normal equations of both models, athlete by athlete. */
static void normal_range(void *arg, size_t lo, size_t hi)
{
	struct normal_eq *ne = arg;
	const struct features *f = ne->fit->f;
	struct scratch sc = {0};
	for (size_t i = lo; i < hi;) {
		size_t end = slice_end(f, i), n = athlete_samples(&sc, ne->fit, i, end);
		if (n == SIZE_MAX) {
			ne->oom = 1;
			break;
		}
		size_t s0 = time_start(sc.s, n);
		stats_within_sums(sc.s + s0, n - s0, 1, 1, sc.w);
		if (sc.w->n)
			ne->trend[sc.w->pj.tr.kind]++;
		if (keep(&ne->kept, sc.w)) {
			ne->oom = 1;
			break;
		}
		eqs_add(&ne->eq[TIME], sc.w);
		stats_within_plain(sc.w, s0 ? sc.s : NULL, sc.plain);
		eqs_add(&ne->eq[PLAIN], sc.plain);
		i = end;
	}
	scratch_free(&sc);
}

/* The second half's normal equations into the first's. */
static void normal_merge(void *first, const void *second)
{
	struct normal_eq *a = first;
	const struct normal_eq *b = second;
	a->oom |= b->oom;
	for (int k = 0; k < 3; k++)
		a->trend[k] += b->trend[k];
	for (int m = 0; m < NMODELS; m++) {
		struct eqs *x = &a->eq[m];
		const struct eqs *y = &b->eq[m];
		x->groups += y->groups, x->runs += y->runs, x->absorbed += y->absorbed;
		for (int u = 0; u < P; u++) {
			x->xty[u] += y->xty[u], x->raw[u] += y->raw[u], x->at[u] += y->at[u];
			for (int v = 0; v < P; v++)
				x->xtx[u][v] += y->xtx[u][v];
		}
	}
}

/* A week of one athlete, summed in pass 2: the residuals by profile
 * (their sum times a 0/1 term is the term's x'e), times the previous pain
 * and times each column of [1, trend], and the factors' sides it has runs
 * on. */
struct week_sums {
	double e[STATS_PROFILES], ep, sz[STATS_TREND_MAX];
	unsigned char in[STATS_PROFILES]; /* 1: the profile is in used */
	int used[STATS_PROFILES], n_used;
	unsigned sides;
};

/* sv sv' into the lower triangle of meat, two rows at a time (half the
 * loops of one row at a time: this runs once a week of every athlete). */
static void meat_add(double meat[P][P], const double sv[P])
{
	int u = 0;
	for (; u + 1 < P; u += 2) {
		double a = sv[u], b = sv[u + 1];
		for (int v = 0; v <= u; v++) {
			meat[u][v] += a * sv[v];
			meat[u + 1][v] += b * sv[v];
		}
		meat[u + 1][u + 1] += b * b;
	}
	for (int v = 0; u < P && v <= u; v++)
		meat[u][v] += sv[u] * sv[v];
}

/* A week ends: its score, x~'e = x'e - pi' z'e (the terms projected off
 * the athlete's [1, trend]), adds its outer product to the meat's lower
 * triangle, over every term (all STATS_TREND_MAX columns: pi's rows past
 * d are 0; the terms left out are never read). */
static void week_close(struct cluster_sums *cs, const struct stats_projection *pj, struct week_sums *wk)
{
	const struct fit *ft = cs->fit;
	double sx[P] = {0}, sv[P];
	for (int u = 0; u < wk->n_used; u++) {
		int pr = wk->used[u];
		for (int a = 0; a < ft->n_on[pr]; a++)
			sx[ft->on_terms[pr][a]] += wk->e[pr];
		wk->e[pr] = 0, wk->in[pr] = 0;
	}
	sx[STATS_TERM_PREV_PAIN] = wk->ep;
	for (int t = 0; t < P; t++)
		sv[t] = sx[t] - pj->pi[0][t] * wk->sz[0] - pj->pi[1][t] * wk->sz[1] - pj->pi[2][t] * wk->sz[2] -
			pj->pi[3][t] * wk->sz[3];
	meat_add(cs->meat, sv);
	if (cs->pred)
		pred_week(cs->pred, sv, wk->sz);
	for (int b = 0; b < 2 * STATS_NFACTORS; b++)
		cs->weeks[b] += wk->sides >> b & 1;
	wk->n_used = 0, wk->ep = 0, wk->sides = 0;
	memset(wk->sz, 0, sizeof wk->sz);
	cs->clusters++;
}

/* The athlete's own level and trend, g = (Z'Z)^-1 Z'(y - X b), into g
 * (pj->tr.d values). */
static void athlete_level(const struct stats_projection *pj, const double b[P], double *g)
{
	for (int j = 0; j < pj->tr.d; j++) {
		g[j] = pj->my[j];
		for (int t = 0; t < P; t++)
			g[j] -= pj->pi[j][t] * b[t];
	}
}

/* Pass 2 for one athlete's model runs s[0..n), projected by pj: residuals
 * e = y - x b - z g, g = (Z'Z)^-1 Z'(y - X b) the athlete's own level and
 * trend, summed by ISO week (a week never spans two athletes). */
static void athlete_clusters(struct cluster_sums *cs, struct week_sums *wk, const struct stats_sample *s,
			     size_t n, const struct stats_projection *pj)
{
	const struct fit *ft = cs->fit;
	double g[STATS_TREND_MAX] = {0}, z[STATS_TREND_MAX] = {0};
	athlete_level(pj, ft->b, g);
	int32_t week = n ? date_monday(s[0].day) : 0; /* a week: its Monday */
	for (size_t r = 0; r < n; r++) {
		if (s[r].day >= week + 7) /* the runs are in date order */
			week_close(cs, pj, wk), week = date_monday(s[r].day);
		stats_within_basis(&pj->tr, s[r].day, z);
		int pr = s[r].prof;
		double e = s[r].y - ft->bsum[pr] - ft->b[STATS_TERM_PREV_PAIN] * s[r].prev - g[0] - z[1] * g[1] -
			   z[2] * g[2] - z[3] * g[3];
		if (!wk->in[pr])
			wk->in[pr] = 1, wk->used[wk->n_used++] = pr;
		wk->e[pr] += e;
		wk->ep += e * s[r].prev;
		wk->sz[0] += e, wk->sz[1] += e * z[1], wk->sz[2] += e * z[2], wk->sz[3] += e * z[3];
		cs->rss += e * e;
		wk->sides |= ft->side[pr];
	}
	if (n)
		week_close(cs, pj, wk);
}

/* Pass 2, the cluster sums of the time model, athlete by athlete. */
static void cluster_range(void *arg, size_t lo, size_t hi)
{
	struct cluster_sums *cs = arg;
	const struct features *f = cs->fit->f;
	struct scratch sc = {0};
	struct week_sums *wk = calloc(1, sizeof *wk);
	for (size_t i = lo; i < hi;) {
		size_t end = slice_end(f, i), n = wk ? athlete_samples(&sc, cs->fit, i, end) : SIZE_MAX;
		if (n == SIZE_MAX) {
			cs->oom = 1;
			break;
		}
		size_t s0 = time_start(sc.s, n);
		const struct stats_projection *pj = &sc.w->pj;
		if (n - s0 >= KEEP_RUNS)
			pj = &cs->kept->pj[cs->next++];
		else
			stats_within_sums(sc.s + s0, n - s0, 1, 1, sc.w);
		athlete_clusters(cs, wk, sc.s + s0, n - s0, pj);
		i = end;
	}
	free(wk);
	scratch_free(&sc);
}

/* The second half's cluster sums into the first's. */
static void cluster_merge(void *first, const void *second)
{
	struct cluster_sums *a = first;
	const struct cluster_sums *b = second;
	a->oom |= b->oom;
	a->clusters += b->clusters;
	a->rss += b->rss;
	for (int s = 0; s < 2 * STATS_NFACTORS; s++)
		a->weeks[s] += b->weeks[s];
	for (int u = 0; u < P; u++)
		for (int v = 0; v < P; v++)
			a->meat[u][v] += b->meat[u][v];
}

static uint32_t run_athlete(const void *runs, size_t i)
{
	return ((const struct features_run *)runs)[i].athlete;
}

/* The model's terms, over the kept ones: the solution of the normal
 * equations and the inverse of X'X, which the sandwich needs. */
struct solution {
	int n;       /* terms kept */
	int keep[P]; /* the kept terms, in term order */
	gsl_matrix *chol, *inv;
	gsl_vector *rhs, *beta;
};

/* X'X at terms u and v: eqs holds its lower triangle. */
static double xtx_at(const struct eqs *e, int u, int v)
{
	return u >= v ? e->xtx[u][v] : e->xtx[v][u];
}

/* The terms the log has that vary within athletes (beyond their levels
 * and trends: see stats_model.h), into cand; returns how many. */
static int candidate_terms(const int *has, const struct eqs *e, int *cand)
{
	int n = 0;
	for (int t = 0; t < P; t++)
		if (has[t] && e->xtx[t][t] > STATS_MODEL_ALIAS_TOL * e->raw[t])
			cand[n++] = t;
	return n;
}

/* The aliased terms among cand[n], as a mask (bit 1 << term): a pivoted
 * Cholesky of X'X scaled to a unit diagonal (LINPACK's xCHDC; the
 * normal-equations form of QR with column pivoting, see stats_model.h).
 * d[q] is the share of term q's spread the terms kept so far leave
 * unexplained; the term with the largest share is kept next, until every
 * share left is below STATS_MODEL_ALIAS_TOL. */
static unsigned aliased_terms(const struct eqs *e, const int *cand, int n)
{
	double l[P][P] = {{0}}, d[P];
	int order[P], k;
	for (int i = 0; i < n; i++)
		d[i] = 1, order[i] = i;
	for (k = 0; k < n; k++) {
		int best = k;
		for (int j = k + 1; j < n; j++)
			if (d[order[j]] > d[order[best]])
				best = j;
		if (!(d[order[best]] >= STATS_MODEL_ALIAS_TOL))
			break;
		int piv = order[best];
		order[best] = order[k], order[k] = piv;
		double r = sqrt(d[piv]), xp = e->xtx[cand[piv]][cand[piv]];
		for (int j = k + 1; j < n; j++) {
			int q = order[j];
			double v = xtx_at(e, cand[q], cand[piv]) / sqrt(e->xtx[cand[q]][cand[q]] * xp);
			for (int i = 0; i < k; i++)
				v -= l[q][order[i]] * l[piv][order[i]];
			l[q][piv] = v / r;
			d[q] -= l[q][piv] * l[q][piv];
		}
	}
	unsigned mask = 0;
	for (int j = k; j < n; j++)
		mask |= 1u << cand[order[j]];
	return mask;
}

/* The terms the model keeps, into s->keep and out->in_model: those it has
 * (out->has_term) that vary within athletes and are not aliased. */
static void keep_terms(const struct eqs *e, struct stats_model *out, struct solution *s)
{
	int cand[P];
	int n = candidate_terms(out->has_term, e, cand);
	unsigned drop = aliased_terms(e, cand, n);
	s->n = 0;
	for (int i = 0; i < n; i++) {
		int t = cand[i];
		out->dropped[t] = (int)(drop >> t) & 1;
		out->in_model[t] = !out->dropped[t];
		if (out->in_model[t])
			s->keep[s->n++] = t;
	}
}

/* What each dropped term could not be told apart from: the kept terms
 * with a weight in its regression on them ((X_K'X_K)^-1 X_K'x), and the
 * other way round. */
static void alias_relations(const struct eqs *e, const struct solution *s, struct stats_model *out)
{
	for (int t = 0; t < P; t++) {
		if (!out->dropped[t])
			continue;
		for (int i = 0; i < s->n; i++) {
			double a = 0;
			for (int j = 0; j < s->n; j++)
				a += gsl_matrix_get(s->inv, (size_t)i, (size_t)j) * xtx_at(e, s->keep[j], t);
			if (fabs(a) > STATS_MODEL_ALIAS_PART) {
				out->alias[t] |= 1u << s->keep[i];
				out->alias[s->keep[i]] |= 1u << t;
			}
		}
	}
}

/* 0, or -1 when out of memory. */
static int solution_alloc(struct solution *s)
{
	size_t n = (size_t)s->n;
	s->chol = gsl_matrix_alloc(n, n);
	s->inv = gsl_matrix_alloc(n, n);
	s->rhs = gsl_vector_alloc(n);
	s->beta = gsl_vector_alloc(n);
	return s->chol && s->inv && s->rhs && s->beta ? 0 : -1;
}

static void solution_free(struct solution *s)
{
	gsl_matrix_free(s->chol), gsl_matrix_free(s->inv);
	gsl_vector_free(s->rhs), gsl_vector_free(s->beta);
}

/* Solve (X'X) b = X'y by Cholesky, and keep the inverse for the sandwich.
 * 0, or -1 when X'X is singular (the terms are collinear). */
static int solve(const struct eqs *e, struct solution *s)
{
	const int *keep = s->keep;
	for (int i = 0; i < s->n; i++) {
		gsl_vector_set(s->rhs, (size_t)i, e->xty[keep[i]]);
		for (int j = 0; j < s->n; j++)
			gsl_matrix_set(s->chol, (size_t)i, (size_t)j, xtx_at(e, keep[i], keep[j]));
	}
	gsl_error_handler_t *old = gsl_set_error_handler_off();
	int bad = gsl_linalg_cholesky_decomp1(s->chol) || gsl_linalg_cholesky_solve(s->chol, s->rhs, s->beta) ||
		  (gsl_matrix_memcpy(s->inv, s->chol), gsl_linalg_cholesky_invert(s->inv));
	gsl_set_error_handler(old);
	return bad ? -1 : 0;
}

/* Fit one model from its normal equations: the terms kept, aliased and
 * their relations, and the coefficients (out->coef). 1 when solved, 0 when
 * not (no term, too few runs, singular), -1 when out of memory; s is then
 * allocated only when 1 (free it with solution_free). */
static int fit_terms(const struct eqs *e, struct stats_model *out, struct solution *s)
{
	keep_terms(e, out, s);
	out->runs = e->runs;
	out->k = (size_t)s->n + e->absorbed;
	if (s->n == 0 || out->runs <= out->k)
		return 0;
	if (solution_alloc(s)) {
		solution_free(s);
		return -1;
	}
	if (solve(e, s)) {
		solution_free(s);
		return 0;
	}
	alias_relations(e, s, out);
	for (int i = 0; i < s->n; i++)
		out->coef[s->keep[i]] = gsl_vector_get(s->beta, (size_t)i);
	return 1;
}

/* Each profile's kept 0/1 terms, and the sum of their coefficients: what
 * pass 2 reads to find a run's residual. */
static void profile_coefficients(struct fit *ft, const struct stats_model *m)
{
	int act[STATS_PROFILE_MAX_ON];
	for (int t = 0; t < P; t++)
		ft->b[t] = m->in_model[t] ? m->coef[t] : 0;
	for (int pr = 0; pr < STATS_PROFILES; pr++) {
		int n_act = stats_profile_terms(pr, act);
		ft->bsum[pr] = 0;
		ft->n_on[pr] = 0;
		for (int a = 0; a < n_act; a++)
			if (m->in_model[act[a]]) {
				ft->on_terms[pr][ft->n_on[pr]++] = act[a];
				ft->bsum[pr] += ft->b[act[a]];
			}
	}
}

/* The covariance of the coefficients, by term: V = c A M A, A the inverse
 * of X'X, M the meat, c the small-sample factor; and A by term, times
 * STATS_MODEL_EXACT_RMS^2: the covariance of an exact fit (see effect_of). */
static void sandwich(const struct solution *s, const double meat[P][P], double c, double v[P][P],
		     double v0[P][P])
{
	const int *keep = s->keep;
	for (int i = 0; i < s->n; i++)
		for (int j = 0; j < s->n; j++) {
			double sum = 0;
			v0[keep[i]][keep[j]] = STATS_MODEL_EXACT_RMS * STATS_MODEL_EXACT_RMS *
						  gsl_matrix_get(s->inv, (size_t)i, (size_t)j);
			for (int u = 0; u < s->n; u++)
				for (int w = 0; w < s->n; w++)
					sum += gsl_matrix_get(s->inv, (size_t)i, (size_t)u) * meat[keep[u]][keep[w]] *
					       gsl_matrix_get(s->inv, (size_t)w, (size_t)j);
			v[keep[i]][keep[j]] = c * sum;
		}
}

/* Factor k's effect as a sum of the terms' coefficients, weights into w:
 * consecutive_days is streaks of 3 to 7+ in one effect, each term
 * weighted by its runs (at); the other factors are one term each. Returns
 * 1, 0 when no term of it is in the model, or -1 when one is aliased (its
 * alias mask, outside its own terms, into *alias). */
static int factor_weights(const struct stats_model *m, int k, const size_t *at, double w[P], unsigned *alias)
{
	static const int term[STATS_NFACTORS] = {
		[STATS_CONSECUTIVE_DAYS] = -1, [STATS_MEAL_BEFORE] = STATS_TERM_MEAL_BEFORE,
		[STATS_MEAL_AFTER] = STATS_TERM_MEAL_AFTER, [STATS_STRENGTH] = STATS_TERM_NO_STRENGTH,
		[STATS_LOAD_SPIKE] = STATS_TERM_LOAD_SPIKE, [STATS_LONG_RUN] = STATS_TERM_LONG_RUN};
	int lo = term[k] < 0 ? STATS_TERM_STREAK3 : term[k], hi = term[k] < 0 ? STATS_TERM_STREAK7 : term[k];
	unsigned own = 0, rel = 0;
	int bad = 0;
	double total = 0;
	memset(w, 0, P * sizeof *w);
	for (int t = lo; t <= hi; t++) {
		own |= 1u << t;
		rel |= m->alias[t];
		bad |= m->dropped[t] || m->alias[t];
		if (m->in_model[t])
			w[t] = term[k] < 0 ? (double)at[t] : 1, total += w[t];
	}
	*alias = rel & ~own;
	if (bad)
		return -1;
	for (int t = lo; t <= hi && total > 0; t++)
		w[t] /= total;
	return total > 0;
}

/* Every factor's effect in the fitted model out, with covariance v (and
 * v0, an exact fit's; see effect_of). */
static void factor_effects(struct stats_model *out, const size_t *at, const double v[P][P], const double v0[P][P])
{
	for (int k = 0; k < STATS_NFACTORS; k++) {
		double w[P];
		unsigned alias;
		int ok = factor_weights(out, k, at, w, &alias);
		if (ok < 0)
			effect_aliased(&out->effect[k], alias);
		if (ok <= 0)
			continue;
		double var = 0, var0 = 0;
		for (int t = 0; t < P; t++) {
			var += w[t] * weighted(w, v[t]);
			var0 += w[t] * weighted(w, v0[t]);
		}
		effect_of(&out->effect[k], weighted(w, out->coef), out->exact ? NAN : var, var0, out->clusters);
	}
}

/* Holm across the tests made: the factors with an effect and a p-value. */
static void holm_effects(struct stats_model *out)
{
	double p[STATS_NFACTORS], adj[STATS_NFACTORS];
	size_t factor[STATS_NFACTORS], m = 0;
	for (int k = 0; k < STATS_NFACTORS; k++)
		if (out->effect[k].why == STATS_EFFECT_OK && !isnan(out->effect[k].p))
			p[m] = out->effect[k].p, factor[m++] = (size_t)k;
	stats_holm(p, adj, m);
	for (size_t i = 0; i < m; i++)
		out->effect[factor[i]].p_holm = adj[i];
}

/* Each profile's sides, as findings compares them: bit 2k when a run of
 * the profile is in factor k's group (streak 3+, a skipped meal, no
 * strength session, a spike), bit 2k + 1 when it is in the group it is
 * compared with (streak 1, the meal eaten, ...); a run on the second day
 * in a row is in neither for consecutive_days. A factor whose column the
 * log lacks has neither. */
static void profile_sides(struct fit *ft)
{
	const int has[STATS_NFACTORS] = {[STATS_MEAL_BEFORE] = ft->has.mb, [STATS_MEAL_AFTER] = ft->has.ma,
					 [STATS_STRENGTH] = ft->has.hs, [STATS_LOAD_SPIKE] = ft->has.spikes,
					 [STATS_LONG_RUN] = ft->has.longs};
	const int bit[STATS_NFACTORS] = {[STATS_MEAL_BEFORE] = 1, [STATS_MEAL_AFTER] = 2,
					 [STATS_STRENGTH] = 4, [STATS_LOAD_SPIKE] = 8, [STATS_LONG_RUN] = 16};
	for (int pr = 0; pr < STATS_PROFILES; pr++) {
		int s = pr / STATS_PROFILE_STREAK;
		unsigned side = s >= 2 ? 1u : s == 0 ? 2u : 0u;
		for (int k = 0; k < STATS_NFACTORS; k++)
			if (k != STATS_CONSECUTIVE_DAYS && has[k])
				side |= (pr & bit[k] ? 1u : 2u) << (2 * k);
		ft->side[pr] = side;
	}
}

/* CR1's small-sample factor: c = G/(G-1) (N-1)/(N-K). */
static double cr1(const struct stats_model *m)
{
	double g = (double)m->clusters, n = (double)m->runs, k = (double)m->k;
	return g / (g - 1) * (n - 1) / (n - k);
}

/* What stats_model_predict reads: the inverse and the meat by term. */
static void keep_for_prediction(const struct solution *s, const struct cluster_sums *cs, struct stats_model *out)
{
	memcpy(out->meat, cs->meat, sizeof out->meat);
	out->rss = cs->rss;
	for (int i = 0; i < s->n; i++)
		for (int j = 0; j < s->n; j++)
			out->inv[s->keep[i]][s->keep[j]] = gsl_matrix_get(s->inv, (size_t)i, (size_t)j);
}

/* After the solve: pass 2, the standard errors and every factor's effect.
 * at: runs with each term. 0, or -1 when out of memory. */
static int infer(struct fit *ft, struct halves split, const struct normal_eq ne[2], const struct solution *s,
		 struct stats_model *out)
{
	profile_coefficients(ft, out);
	profile_sides(ft);
	const size_t *at = ne[0].eq[TIME].at;
	struct cluster_sums cs[2] = {{.fit = ft, .kept = &ne[0].kept}, {.fit = ft, .kept = &ne[1].kept}};
	halves_work(split, cluster_range, &cs[0], &cs[1], cluster_merge);
	if (cs[0].oom)
		return -1;
	for (int u = 0; u < P; u++) /* the meat's upper triangle */
		for (int v = u + 1; v < P; v++)
			cs[0].meat[u][v] = cs[0].meat[v][u];
	out->clusters = cs[0].clusters;
	for (int k = 0; k < STATS_NFACTORS; k++)
		out->effect[k].weeks[0] = cs[0].weeks[2 * k], out->effect[k].weeks[1] = cs[0].weeks[2 * k + 1];
	if (out->clusters < 2)
		return 0;
	double v[P][P] = {{0}}, v0[P][P] = {{0}};
	out->exact = cs[0].rss <= (double)out->runs * STATS_MODEL_EXACT_RMS * STATS_MODEL_EXACT_RMS;
	sandwich(s, cs[0].meat, cr1(out), v, v0);
	keep_for_prediction(s, &cs[0], out);
	for (int i = 0; i < s->n; i++) {
		int t = s->keep[i];
		out->se[t] = !out->exact && v[t][t] > v0[t][t] ? sqrt(v[t][t]) : NAN;
	}
	factor_effects(out, at, v, v0);
	holm_effects(out);
	out->fitted = 1;
	return 0;
}

/* Each factor's effect in the model without trends and previous pain
 * (its point estimate only), into out's without_time. */
static int without_time(const struct eqs *e, struct stats_model *out)
{
	struct stats_model plain = {0};
	struct solution s = {0};
	memcpy(plain.has_term, out->has_term, sizeof plain.has_term);
	plain.has_term[STATS_TERM_PREV_PAIN] = 0;
	int rc = fit_terms(e, &plain, &s);
	for (int k = 0; k < STATS_NFACTORS; k++) {
		double w[P];
		unsigned alias;
		out->effect[k].without_time = rc == 1 && factor_weights(&plain, k, e->at, w, &alias) > 0
						      ? weighted(w, plain.coef) : NAN;
	}
	if (rc == 1)
		solution_free(&s);
	return rc < 0 ? -1 : 0;
}

int stats_model_fit(const struct features *f, struct stats_model *out)
{
	memset(out, 0, sizeof *out);
	for (int k = 0; k < STATS_NFACTORS; k++) {
		out->effect[k].why = STATS_EFFECT_ABSENT;
		out->effect[k].without_time = NAN;
	}
	struct fit *ft = calloc(1, sizeof *ft);
	if (!ft)
		return -1;
	*ft = (struct fit){.f = f, .has = stats_has_of(f)};
	stats_has_terms(ft->has, out->has_term);
	struct halves split = halves_split(f->runs, f->n, run_athlete);
	struct normal_eq ne[2] = {{.fit = ft}, {.fit = ft}};
	halves_work(split, normal_range, &ne[0], &ne[1], normal_merge);
	const struct eqs *e = &ne[0].eq[TIME];
	memcpy(out->trend, ne[0].trend, sizeof out->trend);
	out->baseline_runs = e->runs;
	for (int t = STATS_TERM_STREAK2; t <= STATS_TERM_STREAK7; t++)
		out->baseline_runs -= e->at[t];
	struct solution s = {0};
	int rc = ne[0].oom ? -1 : without_time(&ne[0].eq[PLAIN], out);
	int solved = rc ? 0 : fit_terms(e, out, &s);
	if (solved == 1) {
		rc = infer(ft, split, ne, &s, out);
		solution_free(&s);
	}
	free(ne[0].kept.pj), free(ne[1].kept.pj);
	free(ft);
	return rc || solved < 0 ? -1 : 0;
}

/* The terms of a new run: x0's, a NAN one the term's mean over the
 * athlete's model runs w (zx[0] holds each term's sum). */
static void fill_terms(const struct stats_within *w, const double x0[P], double x[P])
{
	for (int t = 0; t < P; t++)
		x[t] = isnan(x0[t]) ? w->zx[0][t] / (double)w->n : x0[t];
}

/* The prediction for the athlete of runs s[0..n), summed into w, on day
 * with terms x0 (stats_model.h). 0, or -1 when out of memory. */
static int predict_athlete(const struct fit *ft, const struct stats_model *m, const struct stats_sample *s,
			   size_t n, const struct stats_within *w, int32_t day, const double x0[P],
			   struct stats_prediction *out)
{
	const struct stats_projection *pj = &w->pj;
	struct pred_sums ps = {0};
	double z0[STATS_TREND_MAX] = {0}, g[STATS_TREND_MAX] = {0}, d[P] = {0}, unused;
	stats_within_basis(&pj->tr, day, z0);
	if (stats_within_zsolve(w, z0, ps.q))
		return 0;
	fill_terms(w, x0, out->x);
	athlete_level(pj, ft->b, g);
	out->mean = weighted(ft->b, out->x);
	for (int j = 0; j < pj->tr.d; j++)
		out->mean += g[j] * z0[j];
	for (int t = 0; t < P; t++) {
		d[t] = m->in_model[t] ? out->x[t] : 0;
		for (int j = 0; j < pj->tr.d && m->in_model[t]; j++)
			d[t] -= pj->pi[j][t] * z0[j];
	}
	for (int t = 0; t < P; t++)
		ps.w[t] = weighted(m->inv[t], d);
	struct { struct cluster_sums cs; struct week_sums wk; } *pass = calloc(1, sizeof *pass);
	if (!pass)
		return -1;
	pass->cs.fit = ft, pass->cs.pred = &ps;
	athlete_clusters(&pass->cs, &pass->wk, s, n, pj);
	free(pass);
	double var = 0;
	for (int t = 0; t < P; t++)
		var += ps.w[t] * weighted(m->meat[t], ps.w);
	out->df = (double)m->runs - (double)m->k;
	out->scale = m->rss / out->df;
	out->se_mean = sqrt(cr1(m) * (var + ps.extra));
	stats_t_interval(out->mean, sqrt(out->se_mean * out->se_mean + out->scale), out->df, &out->pi_lo,
			 &out->pi_hi, &unused);
	out->ok = 1;
	return 0;
}

int stats_model_predict(const struct features *f, const struct stats_model *m, size_t lo, size_t hi,
			int32_t day, const double x0[P], struct stats_prediction *out)
{
	*out = (struct stats_prediction){.mean = NAN, .se_mean = NAN, .scale = NAN, .df = NAN,
					 .pi_lo = NAN, .pi_hi = NAN};
	if (!m->fitted || m->exact)
		return 0;
	struct fit *ft = calloc(1, sizeof *ft);
	if (!ft)
		return -1;
	*ft = (struct fit){.f = f, .has = stats_has_of(f)};
	profile_coefficients(ft, m);
	struct scratch sc = {0};
	size_t n = athlete_samples(&sc, ft, lo, hi);
	int rc = n == SIZE_MAX ? -1 : 0;
	size_t s0 = rc ? 0 : time_start(sc.s, n);
	if (rc == 0 && n > s0) {
		stats_within_sums(sc.s + s0, n - s0, 1, 1, sc.w);
		rc = predict_athlete(ft, m, sc.s + s0, n - s0, sc.w, day, x0, out);
	}
	scratch_free(&sc);
	free(ft);
	return rc;
}
