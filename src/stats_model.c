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
					    "meal_after", "no_strength"};
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

/* The run's terms; 0 when a term it needs is unknown (it stays out). */
static int terms(const struct features_run *r, int has_strength, double *x)
{
	if (isnan(r->pain) || r->meal_before == INGEST_UNKNOWN || r->meal_after == INGEST_UNKNOWN ||
	    (has_strength && r->strength == INGEST_UNKNOWN))
		return 0;
	int s = r->streak < 7 ? r->streak : 7;
	for (int t = STATS_TERM_STREAK2; t <= STATS_TERM_STREAK7; t++)
		x[t] = s == t - STATS_TERM_STREAK2 + 2;
	x[STATS_TERM_MEAL_BEFORE] = r->meal_before == INGEST_NO;
	x[STATS_TERM_MEAL_AFTER] = r->meal_after == INGEST_NO;
	x[STATS_TERM_NO_STRENGTH] = has_strength && r->strength == INGEST_NO;
	return 1;
}

/* Means of pain and of every term over one athlete's runs in the model. */
static size_t slice_means(const struct features_run *r, size_t n, int has_strength, double *mean)
{
	double x[P];
	size_t m = 0;
	memset(mean, 0, (P + 1) * sizeof *mean);
	for (size_t i = 0; i < n; i++) {
		if (!terms(&r[i], has_strength, x))
			continue;
		m++;
		for (int j = 0; j < P; j++)
			mean[j] += x[j];
		mean[P] += r[i].pain;
	}
	for (int j = 0; j <= P && m; j++)
		mean[j] /= (double)m;
	return m;
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

int stats_model_fit(const struct features *f, struct stats_model *out)
{
	double xtx[P][P] = {{0}}, xty[P] = {0}, mean[P + 1], x[P];
	size_t groups = 0, at[P] = {0};
	int hs = f->has_strength;

	memset(out, 0, sizeof *out);
	/* Pass 1: the normal equations of the terms centred within each athlete. */
	for (size_t i = 0; i < f->n;) {
		size_t end = slice_end(f, i);
		size_t m = slice_means(&f->runs[i], end - i, hs, mean);
		groups += m > 0;
		for (size_t r = i; r < end; r++) {
			if (!terms(&f->runs[r], hs, x))
				continue;
			out->runs++;
			for (int a = 0; a < P; a++) {
				at[a] += x[a] != 0;
				double da = x[a] - mean[a];
				xty[a] += da * (f->runs[r].pain - mean[P]);
				for (int b = 0; b <= a; b++)
					xtx[a][b] += da * (x[b] - mean[b]);
			}
		}
		i = end;
	}
	/* Terms with no variation (within athletes) stay out. */
	int keep[P], q = 0;
	for (int a = 0; a < P; a++) {
		out->in_model[a] = (a != STATS_TERM_NO_STRENGTH || hs) && xtx[a][a] > 1e-9;
		if (out->in_model[a])
			keep[q++] = a;
	}
	out->k = (size_t)q + groups;
	if (q == 0 || out->runs <= out->k)
		return 0;

	/* Solve (X'X) b = X'y by Cholesky, and keep the inverse for the sandwich. */
	gsl_matrix *a = gsl_matrix_alloc((size_t)q, (size_t)q), *inv = gsl_matrix_alloc((size_t)q, (size_t)q);
	gsl_vector *rhs = gsl_vector_alloc((size_t)q), *beta = gsl_vector_alloc((size_t)q);
	double *meat = calloc((size_t)(q * q), sizeof *meat);
	if (!a || !inv || !rhs || !beta || !meat) {
		gsl_matrix_free(a), gsl_matrix_free(inv), gsl_vector_free(rhs), gsl_vector_free(beta);
		free(meat);
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

	/* Pass 2: residuals, summed with the terms within each athlete-week. */
	if (!bad) {
		double s[P] = {0};
		int32_t week = 0;
		uint32_t who = 0;
		int open = 0;
		for (size_t i = 0; i < f->n;) {
			size_t end = slice_end(f, i);
			slice_means(&f->runs[i], end - i, hs, mean);
			for (size_t r = i; r <= end; r++) {
				int have = r < end && terms(&f->runs[r], hs, x);
				int32_t wk = have ? date_monday(f->runs[r].day) : 0;
				/* A week ends: add its outer product to the meat. */
				if (open && (r == end || (have && (wk != week || f->runs[r].athlete != who)))) {
					for (int u = 0; u < q; u++)
						for (int v = 0; v < q; v++)
							meat[u * q + v] += s[u] * s[v];
					memset(s, 0, sizeof s);
					open = 0;
					out->clusters++;
				}
				if (!have)
					continue;
				double e = f->runs[r].pain - mean[P];
				for (int j = 0; j < q; j++)
					e -= gsl_vector_get(beta, (size_t)j) * (x[keep[j]] - mean[keep[j]]);
				for (int j = 0; j < q; j++)
					s[j] += (x[keep[j]] - mean[keep[j]]) * e;
				week = wk, who = f->runs[r].athlete, open = 1;
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
			      {STATS_STRENGTH, STATS_TERM_NO_STRENGTH}};
		for (size_t i = 0; i < 3; i++)
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
	return 0;
}
