#include "runlog/stats.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The CI of a mean from its sample: t with n - 1 degrees of freedom. */
static void mean_ci(struct stats_summary *out)
{
	double half = gsl_cdf_tdist_Qinv(0.025, (double)(out->n - 1)) * out->sd / sqrt((double)out->n);
	out->ci_lo = out->mean - half;
	out->ci_hi = out->mean + half;
}

void stats_summarize(const double *x, size_t n, struct stats_summary *out)
{
	out->n = n;
	out->mean = out->sd = out->ci_lo = out->ci_hi = NAN;
	if (n == 0)
		return;
	out->mean = gsl_stats_mean(x, 1, n);
	if (n < 2)
		return;
	out->sd = gsl_stats_sd_m(x, 1, n, out->mean);
	mean_ci(out);
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

/* CI and p of a correlation coefficient already in out->r. */
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
	double t = r * sqrt((n - 2) / (1 - r * r));
	out->p = 2 * gsl_cdf_tdist_Q(fabs(t), n - 2);
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

void stats_pearson(const double *x, const double *y, size_t n, struct stats_corr *out)
{
	out->n = n;
	out->r = NAN;
	if (n >= 3 && varies(x, n) && varies(y, n)) {
		out->r = gsl_stats_correlation(x, 1, y, 1, n);
		if (out->r > 1)
			out->r = 1;
		else if (out->r < -1)
			out->r = -1;
	}
	corr_inference(out);
}

/* Average ranks (ties share the mean of their positions, from 1) by
 * counting, when every value is a multiple of 0.5 in 0..RANK_BINS/2: pain
 * scores and streak lengths are. Returns 0, or -1 when a value is not. */
#define RANK_BINS 4096
static int count_ranks(const double *v, size_t n, double *rank)
{
	static size_t count[RANK_BINS + 1];
	memset(count, 0, sizeof count);
	for (size_t i = 0; i < n; i++) {
		double k = v[i] * 2;
		if (!(k >= 0 && k <= RANK_BINS) || k != (double)(size_t)k)
			return -1;
		count[(size_t)k]++;
	}
	/* Turn counts into the average rank of each bin. */
	double below = 0;
	static double avg[RANK_BINS + 1];
	for (size_t k = 0; k <= RANK_BINS; k++) {
		avg[k] = below + ((double)count[k] + 1) / 2;
		below += (double)count[k];
	}
	for (size_t i = 0; i < n; i++)
		rank[i] = avg[(size_t)(v[i] * 2)];
	return 0;
}

void stats_corr_finish(size_t n, double r, struct stats_corr *out)
{
	out->n = n;
	out->r = n >= 3 ? r : NAN;
	if (out->r > 1)
		out->r = 1;
	else if (out->r < -1)
		out->r = -1;
	corr_inference(out);
}

void stats_spearman(const double *x, const double *y, size_t n, double *work, struct stats_corr *out)
{
	out->n = n;
	out->r = NAN;
	if (n >= 3 && varies(x, n) && varies(y, n)) {
		/* The ranks by counting are the same numbers gsl_stats_spearman
		 * gets by sorting, so the correlation of them is the same. */
		if (count_ranks(x, n, work) == 0 && count_ranks(y, n, work + n) == 0)
			out->r = gsl_stats_correlation(work, 1, work + n, 1, n);
		else
			out->r = gsl_stats_spearman(x, 1, y, 1, n, work);
		if (out->r > 1)
			out->r = 1;
		else if (out->r < -1)
			out->r = -1;
	}
	corr_inference(out);
}

void stats_welch(const double *a, size_t na, const double *b, size_t nb, struct stats_diff *out)
{
	stats_summarize(a, na, &out->a);
	stats_summarize(b, nb, &out->b);
	stats_welch_summaries(out);
}

void stats_welch_summaries(struct stats_diff *out)
{
	size_t na = out->a.n, nb = out->b.n;
	out->diff = out->ci_lo = out->ci_hi = out->p = out->df = NAN;
	if (na == 0 || nb == 0)
		return;
	out->diff = out->a.mean - out->b.mean;
	if (na < 2 || nb < 2)
		return;
	double va = out->a.sd * out->a.sd / (double)na;
	double vb = out->b.sd * out->b.sd / (double)nb;
	double se2 = va + vb;
	if (se2 <= 0)
		return;
	double df = se2 * se2 / (va * va / (double)(na - 1) + vb * vb / (double)(nb - 1));
	double se = sqrt(se2), half = gsl_cdf_tdist_Qinv(0.025, df) * se;
	out->df = df;
	out->ci_lo = out->diff - half;
	out->ci_hi = out->diff + half;
	out->p = 2 * gsl_cdf_tdist_Q(fabs(out->diff) / se, df);
}
