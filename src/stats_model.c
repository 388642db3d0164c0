/* stats_model: OLS of pain on every factor, cluster-robust by week (GSL). */
#include "runlog/stats_model.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"

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

/* The run's terms that are 1 (each term is 0 or 1), at most four: its
 * streak indicator and its factors. Returns how many, or -1 when a term it
 * needs is unknown (the run stays out of the model). */
static int active(const struct features *f, int spikes, const struct features_run *r, int *act)
{
	int n = 0, has_strength = f->has_strength;
	if (isnan(features_pain(r)) || r->meal_before == INGEST_UNKNOWN || r->meal_after == INGEST_UNKNOWN ||
	    (has_strength && r->strength == INGEST_UNKNOWN) ||
	    (spikes && r->load_spike == INGEST_UNKNOWN))
		return -1;
	if (r->streak >= 2)
		act[n++] = STATS_TERM_STREAK2 + (r->streak < 7 ? r->streak : 7) - 2;
	if (r->meal_before == INGEST_NO)
		act[n++] = STATS_TERM_MEAL_BEFORE;
	if (r->meal_after == INGEST_NO)
		act[n++] = STATS_TERM_MEAL_AFTER;
	if (has_strength && r->strength == INGEST_NO)
		act[n++] = STATS_TERM_NO_STRENGTH;
	if (spikes && r->load_spike == INGEST_YES)
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

static void effect_of(struct stats_effect *e, double est, double var, size_t g)
{
	double df = (double)g - 1;
	e->in_model = 1;
	e->effect = est;
	e->se = sqrt(var);
	double half = gsl_cdf_tdist_Qinv(0.025, df) * e->se;
	e->ci_lo = est - half;
	e->ci_hi = est + half;
	e->p = e->se > 0 ? 2 * gsl_cdf_tdist_Q(fabs(est) / e->se, df) : NAN;
}

/* One athlete's sums: runs in the model, and their means. */
struct slice {
	size_t n;
	double mean[P + 1]; /* the terms', then pain's */
};

int stats_model_fit(const struct features *f, struct stats_model *out)
{
	double xtx[P][P] = {{0}}, xty[P] = {0};
	size_t groups = 0, at[P] = {0}, n_slices = 0;
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
		if (!isnan(features_pain(&f->runs[i]))) {
			scored++;
			known += f->runs[i].load_spike != INGEST_UNKNOWN;
		}
	int spikes = f->has_distance && scored && 2 * known >= scored;
	/* Pass 1: raw sums of each athlete's runs; centred within the athlete,
	 * cross-products less n times the product of the means. Terms are 0 or
	 * 1, so a run touches only its few active terms. */
	for (size_t i = 0; i < f->n;) {
		size_t end = slice_end(f, i);
		double cx[P] = {0}, cxx[P][P] = {{0}}, cxy[P] = {0}, sy = 0;
		size_t n = 0;
		for (size_t r = i; r < end; r++) {
			int k = active(f, spikes, &f->runs[r], act);
			if (k < 0)
				continue;
			double y = features_pain(&f->runs[r]);
			n++;
			sy += y;
			for (int a = 0; a < k; a++) {
				cx[act[a]] += 1;
				cxy[act[a]] += y;
				for (int b = 0; b < k; b++)
					cxx[act[a]][act[b]] += 1;
			}
		}
		struct slice *s1 = &sl[n_slices++];
		s1->n = n;
		for (int a = 0; a <= P; a++)
			s1->mean[a] = n ? (a < P ? cx[a] : sy) / (double)n : 0;
		if (n) {
			groups++;
			out->runs += n;
			for (int a = 0; a < P; a++) {
				at[a] += (size_t)cx[a];
				xty[a] += cxy[a] - cx[a] * sy / (double)n;
				for (int b = 0; b <= a; b++)
					xtx[a][b] += cxx[a][b] - cx[a] * cx[b] / (double)n;
			}
		}
		i = end;
	}
	/* Terms with no variation (within athletes) stay out. */
	int keep[P], q = 0;
	for (int a = 0; a < P; a++) {
		out->in_model[a] = (a != STATS_TERM_NO_STRENGTH || hs) &&
				   (a != STATS_TERM_LOAD_SPIKE || spikes) && xtx[a][a] > 1e-9;
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
	double *meat = calloc((size_t)(q * q), sizeof *meat);
	if (!a || !inv || !rhs || !beta || !meat) {
		gsl_matrix_free(a), gsl_matrix_free(inv), gsl_vector_free(rhs), gsl_vector_free(beta);
		free(meat);
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

	/* Pass 2: residuals, summed with the centred terms within each
	 * athlete-week: s_j = sum(x_j e) - mean_j sum(e), as a week never spans
	 * two athletes. */
	if (!bad) {
		int pos[P];
		for (int t = 0; t < P; t++)
			pos[t] = -1;
		for (int j = 0; j < q; j++)
			pos[keep[j]] = j;
		size_t slice = 0;
		for (size_t i = 0; i < f->n; slice++) {
			size_t end = slice_end(f, i);
			const double *mean = sl[slice].mean;
			/* e = y - mean_y - sum b_j (x_j - mean_j) = y + c0 - sum over active b_j */
			double c0 = -mean[P], sx[P] = {0}, se = 0;
			for (int j = 0; j < q; j++)
				c0 += gsl_vector_get(beta, (size_t)j) * mean[keep[j]];
			int32_t week = 0;
			int open = 0;
			for (size_t r = i; r <= end; r++) {
				int k = r < end ? active(f, spikes, &f->runs[r], act) : -1;
				int32_t wk = k >= 0 ? date_monday(f->runs[r].day) : 0;
				/* A week ends: add its outer product to the meat. */
				if (open && (r == end || (k >= 0 && wk != week))) {
					double sv[P];
					for (int j = 0; j < q; j++)
						sv[j] = sx[j] - mean[keep[j]] * se;
					for (int u = 0; u < q; u++)
						for (int v = 0; v < q; v++)
							meat[u * q + v] += sv[u] * sv[v];
					memset(sx, 0, sizeof sx);
					se = 0;
					open = 0;
					out->clusters++;
				}
				if (k < 0)
					continue;
				double e = features_pain(&f->runs[r]) + c0;
				for (int a2 = 0; a2 < k; a2++)
					if (pos[act[a2]] >= 0)
						e -= gsl_vector_get(beta, (size_t)pos[act[a2]]);
				for (int a2 = 0; a2 < k; a2++)
					if (pos[act[a2]] >= 0)
						sx[pos[act[a2]]] += e;
				se += e;
				week = wk, open = 1;
			}
			i = end;
		}
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
						sum += gsl_matrix_get(inv, (size_t)i, (size_t)u) * meat[u * q + w] *
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
	free(meat);
	free(sl);
	return 0;
}
