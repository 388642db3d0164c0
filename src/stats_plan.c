/* stats_plan: a planned self-experiment's blocks, estimate and
 * randomisation test (see stats_plan.h). */
#include "runlog/stats_plan.h"

#include <math.h>
#include <string.h>

#include "runlog/stats.h"

/* The scored sums of a set of pairs, by pair and arm. */
struct pair_sums {
	int64_t sum[PLAN_BLOCKS_MAX / 2][2];
	size_t n[PLAN_BLOCKS_MAX / 2][2];
	size_t runs[PLAN_BLOCKS_MAX / 2][2];
	size_t pairs;
};

/* The pooled statistic of an allocation: pairs whose bit is set in swap
 * (by bit k of word k / 64) have their arms exchanged. */
static double pooled(const int64_t (*sum)[2], const size_t (*n)[2], size_t pairs, const uint64_t *swap)
{
	int64_t s[2] = {0, 0};
	size_t c[2] = {0, 0};
	for (size_t k = 0; k < pairs; k++) {
		int x = (int)((swap[k / 64] >> (k % 64)) & 1);
		for (int a = 0; a < 2; a++) {
			s[a ^ x] += sum[k][a];
			c[a ^ x] += n[k][a];
		}
	}
	return ((double)s[PLAN_USUAL] / (double)c[PLAN_USUAL] -
		(double)s[PLAN_REMEDY] / (double)c[PLAN_REMEDY]) / 1000.0;
}

double stats_plan_randomisation(const int64_t (*sum)[2], const size_t (*n)[2], size_t pairs,
				uint64_t seed, size_t *allocations, int *exact)
{
	uint64_t swap[(PLAN_BLOCKS_MAX / 2 + 63) / 64] = {0};
	size_t total, hits = 0;

	*allocations = 0;
	*exact = 0;
	if (pairs == 0 || pairs > PLAN_BLOCKS_MAX / 2)
		return NAN;
	double observed = pooled(sum, n, pairs, swap) - STATS_PLAN_TIE;
	*exact = pairs < 63 && (UINT64_C(1) << pairs) <= STATS_PLAN_DRAWS;
	total = *exact ? (size_t)1 << pairs : STATS_PLAN_DRAWS;
	uint64_t state = seed;
	for (size_t i = 0; i < total; i++) {
		if (*exact) {
			swap[0] = i;
		} else if (i > 0) {
			memset(swap, 0, sizeof swap);
			for (size_t k = 0; k < pairs; k++)
				swap[k / 64] |= (plan_rng_next(&state) >> 63) << (k % 64);
		}
		hits += pooled(sum, n, pairs, swap) >= observed;
	}
	*allocations = total;
	return (double)hits / (double)total;
}

/* Whether remedy block b of p was kept: 1, 0 or -1 (see stats_plan.h),
 * from the runs of f in it, runs[from..to). */
static int kept(const struct features *f, const struct plan *p, const struct plan_block *b, size_t from,
		size_t to)
{
	int unknown = 0;
	switch (p->remedy) {
	case PLAN_REST:
		for (size_t i = from; i < to; i++)
			if (f->runs[i].streak >= 2 && f->runs[i].day - 1 >= b->start)
				return 0;
		return 1;
	case PLAN_EAT:
		for (size_t i = from; i < to; i++) {
			const struct features_run *r = &f->runs[i];
			if (r->meal_before == INGEST_NO || r->ate_after == INGEST_NO)
				return 0;
			unknown |= r->meal_before != INGEST_YES || r->ate_after != INGEST_YES;
		}
		return unknown ? -1 : 1;
	default:
		if (!f->has_strength)
			return -1;
		for (int32_t w = b->start; w <= b->end; w += 7) {
			int sessions = 0;
			for (size_t i = 0; i < f->n_strength; i++)
				sessions += f->strength_days[i] >= w && f->strength_days[i] < w + 7;
			if (sessions < 2 && w + 6 <= f->last_day)
				return 0;
		}
		return 1;
	}
}

/* Block k's runs, its mean pain and whether it is complete and kept;
 * *i is the first run not before the block, and is moved past it. */
static void block_read(const struct features *f, const struct plan *p, size_t k, size_t *i,
		       struct stats_plan_block *out, int64_t *sum)
{
	const struct plan_block *b = &p->blocks[k];
	size_t from = *i;
	*sum = 0;
	*out = (struct stats_plan_block){.mean_pain = NAN};
	for (; *i < f->n && f->runs[*i].day <= b->end; ++*i) {
		out->runs++;
		if (f->runs[*i].pain_m != INGEST_PAIN_NONE) {
			out->scored++;
			*sum += f->runs[*i].pain_m;
		}
	}
	if (out->scored)
		out->mean_pain = (double)*sum / (double)out->scored / 1000.0;
	out->complete = out->scored > 0 && f->n && f->last_day >= b->end;
	out->kept = b->arm == PLAN_USUAL ? 1 : kept(f, p, b, from, *i);
	/* A block the log has not reached cannot show that the rule was kept
	 * (one in progress is kept so far, as weekly --plan says). */
	if (b->arm == PLAN_REMEDY && out->kept == 1 && (!f->n || f->last_day < b->start))
		out->kept = -1;
}

/* One analysis of the pairs in s (see stats_plan.h). */
static void test(const struct pair_sums *s, uint64_t seed, struct stats_plan_test *t)
{
	double d[PLAN_BLOCKS_MAX / 2], mean = 0, ss = 0;
	int64_t sum[2] = {0, 0};
	*t = (struct stats_plan_test){.pairs = s->pairs, .difference = NAN, .ci_lo = NAN, .ci_hi = NAN,
				      .statistic = NAN, .p_value = NAN, .mean = {NAN, NAN}};
	for (size_t k = 0; k < s->pairs; k++) {
		for (int a = 0; a < 2; a++) {
			t->runs[a] += s->runs[k][a];
			t->scored[a] += s->n[k][a];
			sum[a] += s->sum[k][a];
		}
		d[k] = ((double)s->sum[k][PLAN_USUAL] / (double)s->n[k][PLAN_USUAL] -
			(double)s->sum[k][PLAN_REMEDY] / (double)s->n[k][PLAN_REMEDY]) / 1000.0;
		mean += d[k];
	}
	for (int a = 0; a < 2; a++)
		if (t->scored[a])
			t->mean[a] = (double)sum[a] / (double)t->scored[a] / 1000.0;
	if (s->pairs < STATS_PLAN_MIN_PAIRS)
		return;
	mean /= (double)s->pairs;
	for (size_t k = 0; k < s->pairs; k++)
		ss += (d[k] - mean) * (d[k] - mean);
	struct stats_summary sm;
	stats_summary_from_moments(s->pairs, mean * (double)s->pairs, ss, &sm);
	t->difference = sm.mean;
	t->ci_lo = sm.ci_lo;
	t->ci_hi = sm.ci_hi;
	t->statistic = t->mean[PLAN_USUAL] - t->mean[PLAN_REMEDY];
	t->p_value = stats_plan_randomisation((const int64_t (*)[2])s->sum, (const size_t (*)[2])s->n,
					      s->pairs, seed, &t->allocations, &t->exact);
}

/* Add the pair whose blocks are a and b (the two of one pair) to s. */
static void pair_add(struct pair_sums *s, const struct plan *p, const struct stats_plan_block *blk,
		     const int64_t *sum, size_t a, size_t b)
{
	size_t k = s->pairs++;
	for (size_t j = a; j <= b; j++) {
		int arm = p->blocks[j].arm;
		s->sum[k][arm] = sum[j];
		s->n[k][arm] = blk[j].scored;
		s->runs[k][arm] = blk[j].runs;
	}
}

void stats_plan_analyze(const struct features *f, const struct plan *p, struct stats_plan *out)
{
	int64_t sum[PLAN_BLOCKS_MAX];
	struct pair_sums *all = &(struct pair_sums){0}, *kept_pairs = &(struct pair_sums){0};
	size_t i = 0;

	memset(out, 0, sizeof *out);
	out->plan = p;
	out->runs = f->n;
	out->first_day = f->first_day;
	out->last_day = f->last_day;
	while (i < f->n && f->runs[i].day < p->start)
		i++;
	for (size_t k = 0; k < p->n; k++) {
		struct stats_plan_block *b = &out->block[k];
		block_read(f, p, k, &i, b, &sum[k]);
		out->overlaps |= b->runs > 0;
		out->completed += (size_t)b->complete;
		if (p->blocks[k].arm == PLAN_REMEDY && b->complete) {
			out->remedy_blocks++;
			out->kept += b->kept == 1;
			out->known += b->kept >= 0;
		}
	}
	for (size_t k = 0; k + 1 < p->n; k += 2) {
		if (!out->block[k].complete || !out->block[k + 1].complete)
			continue;
		out->complete_pairs++;
		pair_add(all, p, out->block, sum, k, k + 1);
		if (out->block[k].kept == 1 && out->block[k + 1].kept == 1)
			pair_add(kept_pairs, p, out->block, sum, k, k + 1);
	}
	test(all, p->seed, &out->itt);
	test(kept_pairs, p->seed, &out->as_kept);
}

void stats_plan_week(const struct plan *p, int32_t day, struct stats_plan_week *out)
{
	*out = (struct stats_plan_week){.position = day < p->start ? -1 : day > p->blocks[p->n - 1].end};
	for (size_t k = 0; k < p->n; k++) {
		out->ended += p->blocks[k].end <= day;
		if (p->blocks[k].start <= day && day <= p->blocks[k].end)
			out->block = k;
	}
	out->complete = day >= p->blocks[p->n - 1].end;
}
