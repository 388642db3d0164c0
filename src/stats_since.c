/* stats_since: pain before and after a date, an interrupted time series. */
#include "runlog/stats_since.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/stats.h"
#include "runlog/stats_within.h"

#define T STATS_SINCE_TIME
#define COLS (T + STATS_TERM_PREV_PAIN) /* every column a fit may have */

/* The model runs and the columns kept. */
struct design {
	struct stats_sample *s;
	size_t n;
	int32_t day;
	int col[COLS]; /* kept columns: < T a time term, else T + a factor term */
	int k;
};

/* Run i's value in column c. */
static double cell(const struct design *d, size_t i, int c)
{
	const struct stats_sample *r = &d->s[i];
	double post = r->day >= d->day, days = (double)(r->day - d->day);
	int act[5];
	switch (c) {
	case STATS_SINCE_CONST:
		return 1;
	case STATS_SINCE_POST:
		return post;
	case STATS_SINCE_DAYS:
		return days;
	case STATS_SINCE_POST_DAYS:
		return post * days;
	default:
		for (int a = 0, n = stats_profile_terms(r->prof, act); a < n; a++)
			if (act[a] == c - T)
				return 1;
		return 0;
	}
}

/* Runs and ISO weeks on each side of the date (s in date order). */
static void count_sides(const struct design *d, struct stats_since *out)
{
	int32_t last[2] = {INT32_MIN, INT32_MIN};
	for (size_t i = 0; i < d->n; i++) {
		int side = d->s[i].day >= d->day;
		int32_t monday = date_monday(d->s[i].day);
		out->runs[side]++;
		out->weeks[side] += monday != last[side];
		last[side] = monday;
	}
}

/* Column c orthogonalised against the kept ones (q, n x k, orthonormal),
 * into q's next column: 1 when it is kept (see stats_since.h). */
static int orthogonalise(const struct design *d, gsl_matrix *q, int k, int c)
{
	double raw = 0, left = 0;
	for (size_t i = 0; i < d->n; i++) {
		double v = cell(d, i, c);
		gsl_matrix_set(q, i, (size_t)k, v);
		raw += v * v;
	}
	for (int pass = 0; pass < 2; pass++) /* twice is enough (Kahan) */
		for (int j = 0; j < k; j++) {
			double dot = 0;
			for (size_t i = 0; i < d->n; i++)
				dot += gsl_matrix_get(q, i, (size_t)j) * gsl_matrix_get(q, i, (size_t)k);
			for (size_t i = 0; i < d->n; i++)
				gsl_matrix_set(q, i, (size_t)k, gsl_matrix_get(q, i, (size_t)k) -
								   dot * gsl_matrix_get(q, i, (size_t)j));
		}
	for (size_t i = 0; i < d->n; i++)
		left += gsl_matrix_get(q, i, (size_t)k) * gsl_matrix_get(q, i, (size_t)k);
	if (!(raw > 0) || left <= STATS_MODEL_ALIAS_TOL * raw)
		return 0;
	for (size_t i = 0; i < d->n; i++)
		gsl_matrix_set(q, i, (size_t)k, gsl_matrix_get(q, i, (size_t)k) / sqrt(left));
	return 1;
}

/* The columns kept, into d->col: 0, 1 when a time term is aliased, -1
 * when out of memory. */
static int choose_columns(struct design *d, const int has[STATS_NTERMS])
{
	gsl_matrix *q = gsl_matrix_alloc(d->n, COLS);
	if (!q)
		return -1;
	d->k = 0;
	int aliased = 0;
	for (int c = 0; c < COLS; c++) {
		if (c >= T && !has[c - T])
			continue;
		if (orthogonalise(d, q, d->k, c))
			d->col[d->k++] = c;
		else
			aliased |= c < T;
	}
	gsl_matrix_free(q);
	return aliased;
}

/* The least-squares fit of the kept columns: b, the residuals e and the
 * inverse of X'X (R^-1 R^-T). 0, or -1 when out of memory or singular. */
static int least_squares(const struct design *d, gsl_vector *b, gsl_vector *e, gsl_matrix *inv)
{
	size_t k = (size_t)d->k;
	gsl_matrix *x = gsl_matrix_alloc(d->n, k);
	gsl_vector *tau = gsl_vector_alloc(k), *y = gsl_vector_alloc(d->n);
	int rc = -1;
	if (x && tau && y) {
		for (size_t i = 0; i < d->n; i++) {
			gsl_vector_set(y, i, d->s[i].y);
			for (size_t j = 0; j < k; j++)
				gsl_matrix_set(x, i, j, cell(d, i, d->col[j]));
		}
		gsl_error_handler_t *old = gsl_set_error_handler_off();
		rc = gsl_linalg_QR_decomp(x, tau) || gsl_linalg_QR_lssolve(x, tau, y, b, e) ? -1 : 0;
		gsl_matrix_view r = gsl_matrix_submatrix(x, 0, 0, k, k);
		gsl_matrix *ri = gsl_matrix_calloc(k, k);
		if (!rc && ri) {
			gsl_matrix_tricpy(CblasUpper, CblasNonUnit, ri, &r.matrix);
			rc = gsl_linalg_tri_upper_invert(ri) ? -1 : 0;
			for (size_t u = 0; u < k && !rc; u++)
				for (size_t v = 0; v < k; v++) {
					double sum = 0;
					for (size_t w = u > v ? u : v; w < k; w++)
						sum += gsl_matrix_get(ri, u, w) * gsl_matrix_get(ri, v, w);
					gsl_matrix_set(inv, u, v, sum);
				}
		}
		gsl_set_error_handler(old);
		rc = ri ? rc : -1;
		gsl_matrix_free(ri);
	}
	gsl_matrix_free(x), gsl_vector_free(tau), gsl_vector_free(y);
	return rc;
}

/* The meat of the sandwich: the sum over ISO weeks of the outer product of
 * the week's score sum x e. Returns the number of weeks. */
static size_t meat_of(const struct design *d, const gsl_vector *e, gsl_matrix *meat)
{
	double sc[COLS] = {0};
	size_t g = 0;
	gsl_matrix_set_zero(meat);
	for (size_t i = 0; i < d->n; i++) {
		for (int j = 0; j < d->k; j++)
			sc[j] += cell(d, i, d->col[j]) * gsl_vector_get(e, i);
		if (i + 1 < d->n && date_monday(d->s[i + 1].day) == date_monday(d->s[i].day))
			continue;
		for (int u = 0; u < d->k; u++)
			for (int v = 0; v < d->k; v++)
				*gsl_matrix_ptr(meat, (size_t)u, (size_t)v) += sc[u] * sc[v];
		memset(sc, 0, sizeof sc);
		g++;
	}
	return g;
}

/* Coefficient j's estimate and its CR1 CI (stats_since.h). */
static void coef_of(struct stats_since_coef *c, int j, const gsl_vector *b, const gsl_matrix *inv,
		    const gsl_matrix *meat, double cr1, double rss, const struct stats_since *out)
{
	double var = 0;
	for (size_t u = 0; u < inv->size1; u++)
		for (size_t v = 0; v < inv->size1; v++)
			var += gsl_matrix_get(inv, (size_t)j, u) * gsl_matrix_get(meat, u, v) *
			       gsl_matrix_get(inv, v, (size_t)j);
	int exact = rss <= (double)out->n * STATS_MODEL_EXACT_RMS * STATS_MODEL_EXACT_RMS;
	c->effect = gsl_vector_get(b, (size_t)j);
	c->se = exact || !(var > 0) ? NAN : sqrt(cr1 * var);
	stats_t_interval(c->effect, c->se, (double)out->clusters - 1, &c->ci_lo, &c->ci_hi, &c->p);
}

/* The fitted coefficients into out: 0, or -1 when out of memory. */
static int fit_design(const struct design *d, struct stats_since *out)
{
	size_t k = (size_t)d->k;
	gsl_vector *b = gsl_vector_alloc(k), *e = gsl_vector_alloc(d->n);
	gsl_matrix *inv = gsl_matrix_alloc(k, k), *meat = gsl_matrix_alloc(k, k);
	int rc = b && e && inv && meat ? least_squares(d, b, e, inv) : -1;
	if (rc == 0) {
		out->n = d->n, out->k = k, out->clusters = meat_of(d, e, meat);
		double rss = 0, g = (double)out->clusters, n = (double)d->n;
		for (size_t i = 0; i < d->n; i++)
			rss += gsl_vector_get(e, i) * gsl_vector_get(e, i);
		double cr1 = g / (g - 1) * (n - 1) / (n - (double)k);
		for (int j = 0; j < d->k; j++)
			if (d->col[j] < T)
				coef_of(&out->time[d->col[j]], j, b, inv, meat, cr1, rss, out);
			else
				out->in_model[d->col[j] - T] = 1, out->coef[d->col[j] - T] = gsl_vector_get(b, (size_t)j);
		out->base = out->time[STATS_SINCE_CONST].effect;
		for (size_t i = 0; i < d->n; i++)
			for (int j = 0; j < d->k; j++)
				if (d->col[j] >= T)
					out->base += out->coef[d->col[j] - T] * cell(d, i, d->col[j]) / n;
	}
	gsl_vector_free(b), gsl_vector_free(e);
	gsl_matrix_free(inv), gsl_matrix_free(meat);
	return rc;
}

/* Runs and weeks enough on either side of the date. */
static int enough(const struct stats_since *out)
{
	for (int side = 0; side < 2; side++)
		if (out->runs[side] < STATS_SINCE_MIN_RUNS || out->weeks[side] < STATS_SINCE_MIN_WEEKS)
			return 0;
	return 1;
}

int stats_since_fit(const struct features *f, int32_t day, struct stats_since *out)
{
	memset(out, 0, sizeof *out);
	out->day = day;
	for (int c = 0; c < T; c++)
		out->time[c] = (struct stats_since_coef){NAN, NAN, NAN, NAN, NAN};
	struct design d = {.s = malloc((f->n ? f->n : 1) * sizeof *d.s), .day = day};
	if (!d.s)
		return -1;
	struct stats_has h = stats_has_of(f);
	int has[STATS_NTERMS];
	stats_has_terms(h, has);
	d.n = stats_within_collect(f, 0, f->n, h, d.s);
	count_sides(&d, out);
	int rc = 0;
	out->status = STATS_SINCE_FEW;
	if (enough(out)) {
		rc = choose_columns(&d, has);
		out->status = rc ? STATS_SINCE_ALIASED : STATS_SINCE_OK;
		if (rc == 0)
			rc = fit_design(&d, out);
	}
	free(d.s);
	return rc < 0 ? -1 : 0;
}
