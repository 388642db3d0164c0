/* stats_model: OLS of pain on every factor, cluster-robust by week (GSL). */
#include "runlog/stats_model.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
	/* Bitwise, not short-circuit: the log decides each test at random. */
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

/* A week's number: days since 1970-01-01 (a Thursday) plus 3, over 7,
 * rounded down, so that each Monday starts the next. */
static int32_t week_of(int32_t day)
{
	int32_t d = day + 3;
	return d >= 0 ? d / 7 : -((6 - d) / 7);
}

/* One athlete's runs: f->runs are in athlete order. */
static size_t slice_end(const struct features *f, size_t i)
{
	size_t j = i;
	while (j < f->n && f->runs[j].athlete == f->runs[i].athlete)
		j++;
	return j;
}

static void effect_of(struct stats_effect *e, double est, double var, size_t g)
{
	double df = (double)g - 1;
	e->in_model = 1;
	e->effect = est;
	e->se = sqrt(var);
	/* A model that fits its runs exactly has no spread to judge by: no CI. */
	double half = e->se > 0 ? gsl_cdf_tdist_Qinv(0.025, df) * e->se : NAN;
	e->ci_lo = est - half;
	e->ci_hi = est + half;
	e->p = e->se > 0 ? 2 * gsl_cdf_tdist_Q(fabs(est) / e->se, df) : NAN;
}

/* Every pain a run can have (0 to 10 in thousandths), as features_pain
 * gives it: a table read instead of a division a run in both passes. */
static double pain_of[10001];

static void fill_pain(void)
{
	for (unsigned m = 0; m <= 10000; m++)
		pain_of[m] = m / 1000.0;
}

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
};

/* The sums of one pass over a range of runs that starts and ends at an
 * athlete's edge; two ranges add up. */
struct part {
	const struct fit *fit;
	double xtx[P][P], xty[P];
	size_t groups, runs, at[P];
	double meat[P][P];
	size_t clusters;
};

/* Pass 1: raw sums of each athlete's runs, by profile; centred within the
 * athlete, cross-products less n times the product of the means. */
static void pass1(void *arg, size_t lo, size_t hi)
{
	struct part *pt = arg;
	const struct fit *ft = pt->fit;
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
			pt->groups++;
			pt->runs += n;
			for (int a = 0; a < P; a++) {
				pt->at[a] += (size_t)cx[a];
				pt->xty[a] += cxy[a] - cx[a] * sy / (double)n;
				for (int b = 0; b <= a; b++)
					pt->xtx[a][b] += cxx[a][b] - cx[a] * cx[b] / (double)n;
			}
		}
		i = end;
	}
}

/* The second half's normal equations into the first's. */
static void pass1_merge(void *first, const void *second)
{
	struct part *a = first;
	const struct part *b = second;
	a->groups += b->groups;
	a->runs += b->runs;
	for (int u = 0; u < P; u++) {
		a->xty[u] += b->xty[u];
		a->at[u] += b->at[u];
		for (int v = 0; v < P; v++)
			a->xtx[u][v] += b->xtx[u][v];
	}
}

/* Pass 2: residuals, summed with the centred terms within each
 * athlete-week: s_j = sum(x_j e) - mean_j sum(e), as a week never spans two
 * athletes; each week's outer product adds to the meat. */
static void pass2(void *arg, size_t lo, size_t hi)
{
	struct part *pt = arg;
	const struct fit *ft = pt->fit;
	const struct features *f = ft->f;
	double meat[P][P] = {{0}};
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
			int32_t wk = pr >= 0 ? week_of(f->runs[r].day) : week;
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
				memset(sx, 0, sizeof sx);
				se = 0;
				open = 0;
				pt->clusters++;
			}
			if (pr < 0)
				continue;
			/* Every term, times 1 or 0: no branch on which are active. */
			double e = pain_of[f->runs[r].pain_m] + c0 - ft->bsum[pr];
			for (int t = 0; t < P; t++)
				sx[t] += e * ft->on[pr][t];
			se += e;
			week = wk, open = 1;
		}
		i = end;
	}
	memcpy(pt->meat, meat, sizeof meat);
}

/* The second half's cluster sums into the first's. */
static void pass2_merge(void *first, const void *second)
{
	struct part *a = first;
	const struct part *b = second;
	a->clusters += b->clusters;
	for (int u = 0; u < P; u++)
		for (int v = 0; v < P; v++)
			a->meat[u][v] += b->meat[u][v];
}

static uint32_t run_athlete(const void *runs, size_t i)
{
	return ((const struct features_run *)runs)[i].athlete;
}

int stats_model_fit(const struct features *f, struct stats_model *out)
{
	int hs = f->has_strength, act[5];
	struct slice *sl = malloc((f->n_athletes ? f->n_athletes : 1) * sizeof *sl);

	memset(out, 0, sizeof *out);
	if (!sl)
		return -1;
	/* load_spike needs four weeks of a runner's log: the term comes in when
	 * at least half the scored runs have it, else it stays out (and those
	 * runs stay in). */
	size_t scored = 0, known = 0;
	for (size_t i = 0; i < f->n; i++)
		if (f->runs[i].pain_m != INGEST_PAIN_NONE) {
			scored++;
			known += f->runs[i].load_spike != INGEST_UNKNOWN;
		}
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, fill_pain);
	struct fit ft = {.f = f, .mb = f->has_meal_before, .ma = f->has_meal_after, .hs = hs,
			 .spikes = f->has_distance && scored && 2 * known >= scored, .sl = sl};
	int spikes = ft.spikes;
	struct halves split = halves_split(f->runs, f->n, run_athlete);
	struct part half[2] = {{.fit = &ft}, {.fit = &ft}};
	halves_work(split, pass1, &half[0], &half[1], pass1_merge);
	double (*xtx)[P] = half[0].xtx, *xty = half[0].xty;
	size_t groups = half[0].groups, *at = half[0].at;
	out->runs = half[0].runs;
	/* Terms with no variation (within athletes) stay out. */
	int keep[P], q = 0;
	for (int a = 0; a < P; a++) {
		out->in_model[a] = (a != STATS_TERM_NO_STRENGTH || hs) &&
				   (a != STATS_TERM_LOAD_SPIKE || spikes) &&
				   (a != STATS_TERM_MEAL_BEFORE || ft.mb) &&
				   (a != STATS_TERM_MEAL_AFTER || ft.ma) && xtx[a][a] > 1e-9;
		if (out->in_model[a])
			keep[q++] = a;
	}
	out->k = (size_t)q + groups;
	if (q == 0 || out->runs <= out->k) {
		free(sl);
		return 0;
	}

	/* Solve (X'X) b = X'y by Cholesky, and keep the inverse for the sandwich. */
	gsl_matrix *a = gsl_matrix_alloc((size_t)q, (size_t)q), *inv = gsl_matrix_alloc((size_t)q, (size_t)q);
	gsl_vector *rhs = gsl_vector_alloc((size_t)q), *beta = gsl_vector_alloc((size_t)q);
	if (!a || !inv || !rhs || !beta) {
		gsl_matrix_free(a), gsl_matrix_free(inv), gsl_vector_free(rhs), gsl_vector_free(beta);
		free(sl);
		return -1;
	}
	for (int i = 0; i < q; i++) {
		gsl_vector_set(rhs, (size_t)i, xty[keep[i]]);
		for (int j = 0; j < q; j++) {
			int u = keep[i] > keep[j] ? keep[i] : keep[j], v = keep[i] > keep[j] ? keep[j] : keep[i];
			gsl_matrix_set(a, (size_t)i, (size_t)j, xtx[u][v]);
		}
	}
	gsl_error_handler_t *old = gsl_set_error_handler_off();
	int bad = gsl_linalg_cholesky_decomp1(a) || gsl_linalg_cholesky_solve(a, rhs, beta) ||
		  (gsl_matrix_memcpy(inv, a), gsl_linalg_cholesky_invert(inv));
	gsl_set_error_handler(old);

	double meat[P][P] = {{0}}; /* by term, not by position in the model */
	if (!bad) {
		/* Each profile's kept terms, and the sum of their coefficients. */
		for (int j = 0; j < q; j++)
			ft.b[keep[j]] = gsl_vector_get(beta, (size_t)j);
		for (int pr = 0; pr < PROFILES; pr++) {
			int k = profile_terms(pr, act);
			ft.bsum[pr] = 0;
			for (int t = 0; t < P; t++)
				ft.on[pr][t] = 0;
			for (int a2 = 0; a2 < k; a2++)
				if (out->in_model[act[a2]]) {
					ft.on[pr][act[a2]] = 1;
					ft.bsum[pr] += ft.b[act[a2]];
				}
		}
		struct part cl[2] = {{.fit = &ft}, {.fit = &ft}};
		halves_work(split, pass2, &cl[0], &cl[1], pass2_merge);
		out->clusters = cl[0].clusters;
		memcpy(meat, cl[0].meat, sizeof meat);
	}
	if (!bad && out->clusters >= 2) {
		/* V = c A M A, c = G/(G-1) (N-1)/(N-K). */
		double g = (double)out->clusters, n = (double)out->runs, k = (double)out->k;
		double c = g / (g - 1) * (n - 1) / (n - k);
		double v[P][P] = {{0}};
		for (int i = 0; i < q; i++)
			for (int j = 0; j < q; j++) {
				double sum = 0;
				for (int u = 0; u < q; u++)
					for (int w = 0; w < q; w++)
						sum += gsl_matrix_get(inv, (size_t)i, (size_t)u) * meat[keep[u]][keep[w]] *
						       gsl_matrix_get(inv, (size_t)w, (size_t)j);
				v[keep[i]][keep[j]] = c * sum;
			}
		for (int i = 0; i < q; i++) {
			out->coef[keep[i]] = gsl_vector_get(beta, (size_t)i);
			out->se[keep[i]] = sqrt(v[keep[i]][keep[i]]);
		}
		/* consecutive_days: streaks of 3 to 7+, weighted by their runs. */
		double w[P] = {0}, total = 0, est = 0, var = 0;
		for (int t = STATS_TERM_STREAK3; t <= STATS_TERM_STREAK7; t++)
			if (out->in_model[t])
				w[t] = (double)at[t], total += w[t];
		if (total > 0) {
			for (int t = 0; t < P; t++)
				w[t] /= total;
			for (int t = 0; t < P; t++) {
				est += w[t] * out->coef[t];
				for (int u = 0; u < P; u++)
					var += w[t] * v[t][u] * w[u];
			}
			effect_of(&out->effect[STATS_CONSECUTIVE_DAYS], est, var, out->clusters);
		}
		static const struct {
			enum stats_factor k;
			enum stats_term t;
		} single[] = {{STATS_MEAL_BEFORE, STATS_TERM_MEAL_BEFORE},
			      {STATS_MEAL_AFTER, STATS_TERM_MEAL_AFTER},
			      {STATS_STRENGTH, STATS_TERM_NO_STRENGTH},
			      {STATS_LOAD_SPIKE, STATS_TERM_LOAD_SPIKE}};
		for (size_t i = 0; i < sizeof single / sizeof *single; i++)
			if (out->in_model[single[i].t])
				effect_of(&out->effect[single[i].k], out->coef[single[i].t],
					  v[single[i].t][single[i].t], out->clusters);
		/* Holm across the factors in the model. */
		double p[STATS_NFACTORS], adj[STATS_NFACTORS];
		size_t idx[STATS_NFACTORS], m = 0;
		for (int k2 = 0; k2 < STATS_NFACTORS; k2++)
			if (out->effect[k2].in_model)
				p[m] = out->effect[k2].p, idx[m++] = (size_t)k2;
		stats_holm(p, adj, m);
		for (size_t i = 0; i < m; i++)
			out->effect[idx[i]].p_holm = adj[i];
		out->fitted = 1;
	}
	gsl_matrix_free(a), gsl_matrix_free(inv), gsl_vector_free(rhs), gsl_vector_free(beta);
	free(sl);
	return 0;
}
