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


#define P STATS_NTERMS

const char *stats_term_name(enum stats_term t)
{
	static const char *const name[P] = {"streak_2", "streak_3", "streak_4", "streak_5",
					    "streak_6", "streak_7_plus", "meal_before",
					    "meal_after", "no_strength", "load_spike"};
	return name[t];
}

void stats_holm(const double *p, double *adjusted, size_t n)
{
	/* Step down from the smallest p: m p(1), (m-1) p(2), ..., each at least
	 * the one before and at most 1. n is a handful: a selection order. */
	int done[16] = {0};
	double floor = 0;
	for (size_t step = 0; step < n && n <= 16; step++) {
		size_t best = n;
		for (size_t i = 0; i < n; i++)
			if (!done[i] && (best == n || p[i] < p[best]))
				best = i;
		double v = (double)(n - step) * p[best];
		v = v > 1 ? 1 : v;
		floor = v > floor ? v : floor;
		adjusted[best] = floor;
		done[best] = 1;
	}
}

/* A run's terms as one profile: its streak indicator (0 for streak 1, 1
 * to 6 for streaks 2 to 7+) times 16, plus a bit for each factor term that
 * is 1. Every term is 0 or 1, so runs of one profile share every term, and
 * the sums of a pass are sums over profiles. -1 when a term the run needs is
 * unknown (the run stays out of the model). */
#define PROFILES (7 * 16)

/* Terms whose column the log lacks are left out, and do not need a value:
 * a Strava export with a pain diary has no meals, and its streaks still
 * count. */
static inline int profile_of(int mb, int ma, int hs, int spikes, const struct features_run *r)
{
	/* Bitwise, not short-circuit (tag-branchless in features.c). */
	int unknown = (r->pain_m == INGEST_PAIN_NONE) | (mb & (r->meal_before == INGEST_UNKNOWN)) |
		      (ma & (r->meal_after == INGEST_UNKNOWN)) | (hs & (r->strength == INGEST_UNKNOWN)) |
		      (spikes & (r->load_spike == INGEST_UNKNOWN));
	int s = r->streak >= 7 ? 6 : r->streak - 1;
	int prof = s * 16 + (mb & (r->meal_before == INGEST_NO)) + 2 * (ma & (r->meal_after == INGEST_NO)) +
		   4 * (hs & (r->strength == INGEST_NO)) + 8 * (spikes & (r->load_spike == INGEST_YES));
	return unknown ? -1 : prof;
}

/* The terms that are 1 in a profile, into act; returns how many (at most 5). */
static int profile_terms(int prof, int *act)
{
	int n = 0;
	if (prof / 16)
		act[n++] = STATS_TERM_STREAK2 + prof / 16 - 1;
	if (prof & 1)
		act[n++] = STATS_TERM_MEAL_BEFORE;
	if (prof & 2)
		act[n++] = STATS_TERM_MEAL_AFTER;
	if (prof & 4)
		act[n++] = STATS_TERM_NO_STRENGTH;
	if (prof & 8)
		act[n++] = STATS_TERM_LOAD_SPIKE;
	return n;
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

/* The top of the pain scale in thousandths: pain_of's last entry. */
#define PAIN_M_TOP (INGEST_PAIN_MAX * 1000)

/* Every pain a run can have (0 to PAIN_M_TOP in thousandths), as
 * features_pain gives it, m / 1000.0: a table read instead of a division a
 * run in both passes. The compiler computes it (the same division, done
 * once), so it is constant and nothing fills it at run time. */
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

/* One athlete's sums: runs in the model, and their means. */
struct slice {
	size_t n;
	double mean[P + 1]; /* the terms', then pain's */
};

/* What both passes read: the log, which terms it has, and after the
 * solve each profile's kept terms and the sum of their coefficients. */
struct fit {
	const struct features *f;
	int mb, ma, hs, spikes; /* the log has the meal before, the meal after,
	                           strength, and load_spike for enough runs */
	struct slice *sl;       /* by athlete index */
	double b[P];            /* coefficients by term, 0 for a term left out */
	double on[PROFILES][P];  /* 1 for each kept term of a profile, else 0 */
	double bsum[PROFILES];
	unsigned side[PROFILES]; /* bit 2k: in factor k's group, 2k + 1: in its
	                            comparison group (see profile_sides) */
};

/* Pass 1's sums over a range of runs that starts and ends at an athlete's
 * edge: the normal equations, centred within each athlete; two ranges add
 * up. */
struct normal_eq {
	const struct fit *fit;
	double xtx[P][P], xty[P]; /* X'X (its lower triangle) and X'y, by term */
	size_t groups, runs;      /* athletes and runs in the model */
	size_t at[P];             /* runs with each term */
};

/* Pass 2's sums over such a range: the meat of the sandwich, the outer
 * products of each athlete-week's scores. */
struct cluster_sums {
	const struct fit *fit;
	double meat[P][P];
	double rss;               /* the residuals' sum of squares */
	size_t clusters;
	size_t weeks[2 * STATS_NFACTORS]; /* athlete-weeks with a run on each side */
};

/* Pass 1, the normal equations: raw sums of each athlete's runs, by profile; centred within the
 * athlete, cross-products less n times the product of the means. */
static void normal_range(void *arg, size_t lo, size_t hi)
{
	struct normal_eq *ne = arg;
	const struct fit *ft = ne->fit;
	const struct features *f = ft->f;
	size_t cnt[PROFILES] = {0};
	double ysum[PROFILES] = {0};
	int used[PROFILES], act[5];
	for (size_t i = lo; i < hi;) {
		size_t end = slice_end(f, i);
		double cx[P] = {0}, cxx[P][P] = {{0}}, cxy[P] = {0}, sy = 0;
		size_t n = 0;
		int n_used = 0;
		for (size_t r = i; r < end; r++) {
			int pr = profile_of(ft->mb, ft->ma, ft->hs, ft->spikes, &f->runs[r]);
			if (pr < 0)
				continue;
			if (!cnt[pr]++)
				used[n_used++] = pr;
			ysum[pr] += pain_of[f->runs[r].pain_m];
		}
		for (int u = 0; u < n_used; u++) {
			int pr = used[u], k = profile_terms(pr, act);
			double c = (double)cnt[pr];
			n += cnt[pr];
			sy += ysum[pr];
			for (int a = 0; a < k; a++) {
				cx[act[a]] += c;
				cxy[act[a]] += ysum[pr];
				for (int b = 0; b < k; b++)
					cxx[act[a]][act[b]] += c;
			}
			cnt[pr] = 0;
			ysum[pr] = 0;
		}
		struct slice *s1 = &ft->sl[f->runs[i].athlete];
		s1->n = n;
		for (int a = 0; a <= P; a++)
			s1->mean[a] = n ? (a < P ? cx[a] : sy) / (double)n : 0;
		if (n) {
			ne->groups++;
			ne->runs += n;
			for (int a = 0; a < P; a++) {
				ne->at[a] += (size_t)cx[a];
				ne->xty[a] += cxy[a] - cx[a] * sy / (double)n;
				for (int b = 0; b <= a; b++)
					ne->xtx[a][b] += cxx[a][b] - cx[a] * cx[b] / (double)n;
			}
		}
		i = end;
	}
}

/* The second half's normal equations into the first's. */
static void normal_merge(void *first, const void *second)
{
	struct normal_eq *a = first;
	const struct normal_eq *b = second;
	a->groups += b->groups;
	a->runs += b->runs;
	for (int u = 0; u < P; u++) {
		a->xty[u] += b->xty[u];
		a->at[u] += b->at[u];
		for (int v = 0; v < P; v++)
			a->xtx[u][v] += b->xtx[u][v];
	}
}

/* Pass 2, the cluster sums: residuals, summed with the centred terms within each
 * athlete-week: s_j = sum(x_j e) - mean_j sum(e), as a week never spans two
 * athletes; each week's outer product adds to the meat. */
static void cluster_range(void *arg, size_t lo, size_t hi)
{
	struct cluster_sums *cs = arg;
	const struct fit *ft = cs->fit;
	const struct features *f = ft->f;
	double meat[P][P] = {{0}}, rss = 0;
	size_t weeks[2 * STATS_NFACTORS] = {0};
	unsigned sides = 0; /* the open week's sides (fit.side) */
	for (size_t i = lo; i < hi;) {
		size_t end = slice_end(f, i);
		const double *mean = ft->sl[f->runs[i].athlete].mean;
		/* e = y - mean_y - sum b_j (x_j - mean_j) = y + c0 - sum over active b_j */
		double c0 = -mean[P], sx[P] = {0}, se = 0;
		for (int t = 0; t < P; t++)
			c0 += ft->b[t] * mean[t];
		int32_t week = 0;
		int open = 0;
		for (size_t r = i; r <= end; r++) {
			int pr = r < end ? profile_of(ft->mb, ft->ma, ft->hs, ft->spikes, &f->runs[r]) : -1;
			int32_t wk = pr >= 0 ? date_monday(f->runs[r].day) : week; /* a week: its Monday */
			/* A week ends: its outer product, over every term (fixed
			 * bounds, which vectorise; the terms left out are never
			 * read). */
			if (open && (r == end || wk != week)) {
				double sv[P];
				for (int t = 0; t < P; t++)
					sv[t] = sx[t] - mean[t] * se;
				for (int u = 0; u < P; u++)
					for (int v = 0; v < P; v++)
						meat[u][v] += sv[u] * sv[v];
				for (int b = 0; b < 2 * STATS_NFACTORS; b++)
					weeks[b] += sides >> b & 1;
				memset(sx, 0, sizeof sx);
				se = 0, sides = 0;
				open = 0;
				cs->clusters++;
			}
			if (pr < 0)
				continue;
			/* Every term, times 1 or 0: no branch on which are active
			 * (tag-branchless in features.c). */
			double e = pain_of[f->runs[r].pain_m] + c0 - ft->bsum[pr];
			for (int t = 0; t < P; t++)
				sx[t] += e * ft->on[pr][t];
			se += e;
			rss += e * e;
			sides |= ft->side[pr];
			week = wk, open = 1;
		}
		i = end;
	}
	memcpy(cs->meat, meat, sizeof meat);
	memcpy(cs->weeks, weeks, sizeof weeks);
	cs->rss = rss;
}

/* The second half's cluster sums into the first's. */
static void cluster_merge(void *first, const void *second)
{
	struct cluster_sums *a = first;
	const struct cluster_sums *b = second;
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

/* load_spike needs four weeks of a runner's log: the term comes in when
 * at least half the scored runs have it, else it stays out (and those runs
 * stay in). */
static int spikes_in_model(const struct features *f)
{
	size_t scored = 0, known = 0;
	for (size_t i = 0; i < f->n; i++)
		if (f->runs[i].pain_m != INGEST_PAIN_NONE) {
			scored++;
			known += f->runs[i].load_spike != INGEST_UNKNOWN;
		}
	return f->has_distance && scored && 2 * known >= scored;
}

/* The model's terms, over the kept ones: the solution of the normal
 * equations and the inverse of X'X, which the sandwich needs. */
struct solution {
	int n;       /* terms kept */
	int keep[P]; /* the kept terms, in term order */
	gsl_matrix *chol, *inv;
	gsl_vector *rhs, *beta;
};

/* X'X at terms u and v: normal_eq holds its lower triangle. */
static double xtx_at(const struct normal_eq *ne, int u, int v)
{
	return u >= v ? ne->xtx[u][v] : ne->xtx[v][u];
}

/* The terms the log has, with variation within athletes, into cand;
 * returns how many. */
static int candidate_terms(const int *has, const struct normal_eq *ne, int *cand)
{
	int n = 0;
	for (int t = 0; t < P; t++)
		if (has[t] && ne->xtx[t][t] > 1e-9)
			cand[n++] = t;
	return n;
}

/* The aliased terms among cand[n], as a mask (bit 1 << term): a pivoted
 * Cholesky of X'X scaled to a unit diagonal (LINPACK's xCHDC; the
 * normal-equations form of QR with column pivoting, see stats_model.h).
 * d[q] is the share of term q's spread the terms kept so far leave
 * unexplained; the term with the largest share is kept next, until every
 * share left is below STATS_MODEL_ALIAS_TOL. */
static unsigned aliased_terms(const struct normal_eq *ne, const int *cand, int n)
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
		double r = sqrt(d[piv]), xp = ne->xtx[cand[piv]][cand[piv]];
		for (int j = k + 1; j < n; j++) {
			int q = order[j];
			double v = xtx_at(ne, cand[q], cand[piv]) / sqrt(ne->xtx[cand[q]][cand[q]] * xp);
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

/* The terms the model keeps, into s->keep and out->in_model: those the log
 * has, with variation within athletes, that are not aliased. */
static void keep_terms(const struct fit *ft, const struct normal_eq *ne, struct stats_model *out,
		       struct solution *s)
{
	int cand[P];
	for (int t = 0; t < P; t++)
		out->has_term[t] = (t != STATS_TERM_NO_STRENGTH || ft->hs) && (t != STATS_TERM_LOAD_SPIKE || ft->spikes) &&
				   (t != STATS_TERM_MEAL_BEFORE || ft->mb) && (t != STATS_TERM_MEAL_AFTER || ft->ma);
	int n = candidate_terms(out->has_term, ne, cand);
	unsigned drop = aliased_terms(ne, cand, n);
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
static void alias_relations(const struct normal_eq *ne, const struct solution *s, struct stats_model *out)
{
	for (int t = 0; t < P; t++) {
		if (!out->dropped[t])
			continue;
		for (int i = 0; i < s->n; i++) {
			double a = 0;
			for (int j = 0; j < s->n; j++)
				a += gsl_matrix_get(s->inv, (size_t)i, (size_t)j) * xtx_at(ne, s->keep[j], t);
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
static int solve(const struct normal_eq *ne, struct solution *s)
{
	const int *keep = s->keep;
	for (int i = 0; i < s->n; i++) {
		gsl_vector_set(s->rhs, (size_t)i, ne->xty[keep[i]]);
		for (int j = 0; j < s->n; j++) {
			int u = keep[i] > keep[j] ? keep[i] : keep[j], v = keep[i] > keep[j] ? keep[j] : keep[i];
			gsl_matrix_set(s->chol, (size_t)i, (size_t)j, ne->xtx[u][v]); /* the lower triangle */
		}
	}
	gsl_error_handler_t *old = gsl_set_error_handler_off();
	int bad = gsl_linalg_cholesky_decomp1(s->chol) || gsl_linalg_cholesky_solve(s->chol, s->rhs, s->beta) ||
		  (gsl_matrix_memcpy(s->inv, s->chol), gsl_linalg_cholesky_invert(s->inv));
	gsl_set_error_handler(old);
	return bad ? -1 : 0;
}

/* Each profile's kept terms, and the sum of their coefficients: what pass 2
 * reads to find a run's residual. */
static void profile_coefficients(struct fit *ft, const struct solution *s, const int *in_model)
{
	int act[5];
	for (int j = 0; j < s->n; j++)
		ft->b[s->keep[j]] = gsl_vector_get(s->beta, (size_t)j);
	for (int pr = 0; pr < PROFILES; pr++) {
		int n_act = profile_terms(pr, act);
		ft->bsum[pr] = 0;
		for (int t = 0; t < P; t++)
			ft->on[pr][t] = 0;
		for (int a = 0; a < n_act; a++)
			if (in_model[act[a]]) {
				ft->on[pr][act[a]] = 1;
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

/* consecutive_days: streaks of 3 to 7+ in one effect, each term weighted by
 * its runs (at). None when one of them is aliased. */
static void streak_effect(struct stats_model *out, const size_t *at, const double v[P][P],
			  const double v0[P][P])
{
	double w[P] = {0}, total = 0, est = 0, var = 0, var0 = 0;
	unsigned own = 0, alias = 0;
	int bad = 0;
	for (int t = STATS_TERM_STREAK3; t <= STATS_TERM_STREAK7; t++) {
		own |= 1u << t;
		alias |= out->alias[t];
		bad |= out->dropped[t] || out->alias[t];
		if (out->in_model[t])
			w[t] = (double)at[t], total += w[t];
	}
	if (bad || total <= 0) {
		if (bad)
			effect_aliased(&out->effect[STATS_CONSECUTIVE_DAYS], alias & ~own);
		return;
	}
	for (int t = 0; t < P; t++)
		w[t] /= total;
	for (int t = 0; t < P; t++) {
		est += w[t] * out->coef[t];
		for (int u = 0; u < P; u++) {
			var += w[t] * v[t][u] * w[u];
			var0 += w[t] * v0[t][u] * w[u];
		}
	}
	effect_of(&out->effect[STATS_CONSECUTIVE_DAYS], est, out->exact ? NAN : var, var0, out->clusters);
}

/* The other factors: one term each. */
static void term_effects(struct stats_model *out, const double v[P][P], const double v0[P][P])
{
	static const struct {
		enum stats_factor k;
		enum stats_term t;
	} single[] = {{STATS_MEAL_BEFORE, STATS_TERM_MEAL_BEFORE},
		      {STATS_MEAL_AFTER, STATS_TERM_MEAL_AFTER},
		      {STATS_STRENGTH, STATS_TERM_NO_STRENGTH},
		      {STATS_LOAD_SPIKE, STATS_TERM_LOAD_SPIKE}};
	for (size_t i = 0; i < sizeof single / sizeof *single; i++) {
		enum stats_term t = single[i].t;
		struct stats_effect *e = &out->effect[single[i].k];
		if (out->dropped[t] || out->alias[t])
			effect_aliased(e, out->alias[t]);
		else if (out->in_model[t])
			effect_of(e, out->coef[t], out->exact ? NAN : v[t][t], v0[t][t], out->clusters);
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
	const int has[STATS_NFACTORS] = {[STATS_MEAL_BEFORE] = ft->mb, [STATS_MEAL_AFTER] = ft->ma,
					 [STATS_STRENGTH] = ft->hs, [STATS_LOAD_SPIKE] = ft->spikes};
	const int bit[STATS_NFACTORS] = {[STATS_MEAL_BEFORE] = 1, [STATS_MEAL_AFTER] = 2,
					 [STATS_STRENGTH] = 4, [STATS_LOAD_SPIKE] = 8};
	for (int pr = 0; pr < PROFILES; pr++) {
		int s = pr / 16;
		unsigned side = s >= 2 ? 1u : s == 0 ? 2u : 0u;
		for (int k = 0; k < STATS_NFACTORS; k++)
			if (k != STATS_CONSECUTIVE_DAYS && has[k])
				side |= (pr & bit[k] ? 1u : 2u) << (2 * k);
		ft->side[pr] = side;
	}
}

/* After the solve: pass 2, the standard errors and every factor's effect.
 * at: runs with each term. */
static void infer(struct fit *ft, struct halves split, const size_t *at, const struct solution *s,
		  struct stats_model *out)
{
	profile_coefficients(ft, s, out->in_model);
	profile_sides(ft);
	struct cluster_sums cs[2] = {{.fit = ft}, {.fit = ft}};
	halves_work(split, cluster_range, &cs[0], &cs[1], cluster_merge);
	out->clusters = cs[0].clusters;
	for (int k = 0; k < STATS_NFACTORS; k++)
		out->effect[k].weeks[0] = cs[0].weeks[2 * k], out->effect[k].weeks[1] = cs[0].weeks[2 * k + 1];
	if (out->clusters < 2)
		return;
	/* CR1: c = G/(G-1) (N-1)/(N-K). */
	double g = (double)out->clusters, n = (double)out->runs, k = (double)out->k;
	double v[P][P] = {{0}}, v0[P][P] = {{0}};
	out->exact = cs[0].rss <= n * STATS_MODEL_EXACT_RMS * STATS_MODEL_EXACT_RMS;
	sandwich(s, cs[0].meat, g / (g - 1) * (n - 1) / (n - k), v, v0);
	for (int i = 0; i < s->n; i++) {
		int t = s->keep[i];
		out->coef[t] = gsl_vector_get(s->beta, (size_t)i);
		out->se[t] = !out->exact && v[t][t] > v0[t][t] ? sqrt(v[t][t]) : NAN;
	}
	streak_effect(out, at, v, v0);
	term_effects(out, v, v0);
	holm_effects(out);
	out->fitted = 1;
}

int stats_model_fit(const struct features *f, struct stats_model *out)
{
	struct slice *sl = malloc((f->n_athletes ? f->n_athletes : 1) * sizeof *sl);

	memset(out, 0, sizeof *out);
	for (int k = 0; k < STATS_NFACTORS; k++)
		out->effect[k].why = STATS_EFFECT_ABSENT;
	if (!sl)
		return -1;
	struct fit ft = {.f = f, .mb = f->has_meal_before, .ma = f->has_meal_after, .hs = f->has_strength,
			 .spikes = spikes_in_model(f), .sl = sl};
	struct halves split = halves_split(f->runs, f->n, run_athlete);
	struct normal_eq ne[2] = {{.fit = &ft}, {.fit = &ft}};
	halves_work(split, normal_range, &ne[0], &ne[1], normal_merge);
	out->runs = out->baseline_runs = ne[0].runs;
	for (int t = STATS_TERM_STREAK2; t <= STATS_TERM_STREAK7; t++)
		out->baseline_runs -= ne[0].at[t];
	struct solution s = {0};
	keep_terms(&ft, &ne[0], out, &s);
	out->k = (size_t)s.n + ne[0].groups;
	int rc = 0;
	if (s.n > 0 && out->runs > out->k) {
		rc = solution_alloc(&s);
		if (rc == 0 && solve(&ne[0], &s) == 0) {
			alias_relations(&ne[0], &s, out);
			infer(&ft, split, ne[0].at, &s, out);
		}
		solution_free(&s);
	}
	free(sl);
	return rc;
}
