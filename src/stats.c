/* stats: the building blocks of stats_analyze: summaries, correlations
 * and differences from sums made elsewhere (stats_log.c). */
#include "runlog/stats.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>

/* The CI of a mean from its sample: t with n - 1 degrees of freedom. */
static void mean_ci(struct stats_summary *out)
{
	double half = gsl_cdf_tdist_Qinv(0.025, (double)(out->n - 1)) * out->sd / sqrt((double)out->n);
	out->ci_lo = out->mean - half;
	out->ci_hi = out->mean + half;
}

void stats_summary_from_moments(size_t n, double sum, double ss, struct stats_summary *out)
{
	out->n = n;
	out->mean = out->sd = out->ci_lo = out->ci_hi = NAN;
	if (n == 0)
		return;
	out->mean = sum / (double)n;
	if (n < 2)
		return;
	out->sd = sqrt(ss / (double)(n - 1));
	mean_ci(out);
}

/* CI of a correlation coefficient already in out->r; p only when |r| = 1
 * (the week-clustered p comes from stats_analyze). */
static void corr_inference(struct stats_corr *out)
{
	double r = out->r, n = (double)out->n;
	out->ci_lo = out->ci_hi = out->p = NAN;
	if (isnan(r))
		return;
	if (fabs(r) >= 1.0) {
		out->p = 0.0;
		if (out->n > 3)
			out->ci_lo = out->ci_hi = r;
		return;
	}
	if (out->n > 3) {
		double z = atanh(r), se = 1 / sqrt(n - 3), q = gsl_cdf_ugaussian_Qinv(0.025);
		out->ci_lo = tanh(z - q * se);
		out->ci_hi = tanh(z + q * se);
	}
}

static int varies(const double *x, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (x[i] != x[0])
			return 1;
	return 0;
}

void stats_corr_finish(size_t n, double r, struct stats_corr *out)
{
	out->n = n;
	out->r = n >= 3 ? r : NAN;
	/* Rounding can carry |r| a hair past 1. */
	if (out->r > 1)
		out->r = 1;
	else if (out->r < -1)
		out->r = -1;
	corr_inference(out);
}

void stats_spearman(const double *x, const double *y, size_t n, double *work, struct stats_corr *out)
{
	int defined = n >= 3 && varies(x, n) && varies(y, n);
	stats_corr_finish(n, defined ? gsl_stats_spearman(x, 1, y, 1, n, work) : NAN, out);
}

void stats_cluster_slope(double est, double meat, size_t n, size_t g, struct stats_slope *out)
{
	out->est = est;
	out->se = out->ci_lo = out->ci_hi = out->p = out->df = NAN;
	if (g < 2 || n < 3 || !(meat > 0) || isnan(est))
		return;
	/* CR1, as stats_model.c's with K = 2: c = G/(G-1) (N-1)/(N-K). */
	double gd = (double)g, nd = (double)n;
	out->df = gd - 1;
	out->se = sqrt(gd / (gd - 1) * (nd - 1) / (nd - 2) * meat);
	stats_t_interval(est, out->se, out->df, &out->ci_lo, &out->ci_hi, &out->p);
}

void stats_t_interval(double est, double se, double df, double *lo, double *hi, double *p)
{
	double half = se > 0 ? gsl_cdf_tdist_Qinv(0.025, df) * se : NAN;
	*lo = est - half;
	*hi = est + half;
	*p = se > 0 ? 2 * gsl_cdf_tdist_Q(fabs(est) / se, df) : NAN;
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
