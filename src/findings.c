#include "runlog/findings.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char findings_caution[] =
	"runlog finds patterns in your log; it does not diagnose. Sharp pain, or pain that lasts "
	"for days, needs a doctor or a physiotherapist.";

static const enum findings_remedy remedy_of[STATS_NFACTORS] = {
	[STATS_CONSECUTIVE_DAYS] = REMEDY_REST,
	[STATS_MEAL_BEFORE] = REMEDY_EAT,
	[STATS_MEAL_AFTER] = REMEDY_EAT,
	[STATS_STRENGTH] = REMEDY_STRENGTHEN,
};

const char *findings_evidence_name(enum findings_evidence e)
{
	static const char *const name[] = {"insufficient", "none", "weak", "moderate", "strong"};
	return name[e];
}

const char *findings_remedy_name(enum findings_remedy r)
{
	static const char *const name[] = {"rest", "eat", "strengthen"};
	return name[r];
}

const char *findings_remedy_advice(enum findings_remedy r)
{
	static const char *const advice[] = {
		"run every other day so the back muscles have time to repair",
		"have a meal with protein, carbohydrate and vitamins before each run to "
		"protect the muscle, and after it to help the muscle repair",
		"build up the back muscles with pull-ups, reverse dumbbell flys and deadlifts",
	};
	return advice[r];
}

const char *findings_factor_label(enum stats_factor k, int baseline)
{
	static const char *const label[STATS_NFACTORS][2] = {
		{"runs on the third consecutive day or later", "runs after a rest day"},
		{"runs without a meal before them", "runs with a meal before them"},
		{"runs after a skipped post-run meal", "runs after an eaten post-run meal"},
		{"runs with no strength session in the 7 days before",
		 "runs with a strength session in the 7 days before"},
	};
	return label[k][baseline != 0];
}

enum findings_evidence findings_evidence_of(const struct stats_diff *d, size_t scored)
{
	if (scored < FINDINGS_MIN_SCORED || d->a.n < FINDINGS_MIN_GROUP || d->b.n < FINDINGS_MIN_GROUP)
		return EVIDENCE_INSUFFICIENT;
	if (isnan(d->diff) || isnan(d->ci_lo) || d->diff <= 0 || d->ci_lo <= 0)
		return EVIDENCE_NONE;
	if (d->diff < FINDINGS_MODERATE)
		return EVIDENCE_WEAK;
	return d->diff < FINDINGS_STRONG ? EVIDENCE_MODERATE : EVIDENCE_STRONG;
}

/* "%.1f" that never prints "-0.0". */
static const char *one(double x, char *buf)
{
	snprintf(buf, 16, "%.1f", x);
	if (strcmp(buf, "-0.0") == 0)
		strcpy(buf, "0.0");
	return buf;
}

static void capitalised(char *dst, size_t cap, const char *s)
{
	snprintf(dst, cap, "%s", s);
	if (dst[0] >= 'a' && dst[0] <= 'z')
		dst[0] = (char)(dst[0] - 'a' + 'A');
}

static void word(struct finding *f)
{
	char a[96], e[16], lo[16], hi[16];
	const char *b = findings_factor_label(f->factor, 1);
	enum findings_remedy r = f->remedy;

	capitalised(a, sizeof a, findings_factor_label(f->factor, 0));
	switch (f->evidence) {
	case EVIDENCE_INSUFFICIENT:
		snprintf(f->message, sizeof f->message,
			 "Too few runs to judge yet: %zu %s against %zu %s (at least %d of each and "
			 "%d scored runs are needed).",
			 f->n_factor, findings_factor_label(f->factor, 0), f->n_baseline, b,
			 FINDINGS_MIN_GROUP, FINDINGS_MIN_SCORED);
		break;
	case EVIDENCE_NONE:
		if (isnan(f->ci_lo))
			snprintf(f->message, sizeof f->message,
				 "%s did not clearly hurt more than %s (difference %s points; too little "
				 "spread for a confidence interval).", a, b,
				 one(f->effect, e));
		else
			snprintf(f->message, sizeof f->message,
				 "%s did not clearly hurt more than %s (difference %s points, 95%% CI %s to %s).",
				 a, b, one(f->effect, e), one(f->ci_lo, lo), one(f->ci_hi, hi));
		break;
	default:
		snprintf(f->message, sizeof f->message,
			 "%s hurt %s points more than %s (95%% CI %s to %s)%s: %s \u2014 %s.", a,
			 one(f->effect, e), b, one(f->ci_lo, lo), one(f->ci_hi, hi),
			 f->evidence == EVIDENCE_WEAK ? ", a small difference" : "",
			 findings_remedy_name(r), findings_remedy_advice(r));
	}
}

static int cmp_finding(const void *x, const void *y)
{
	const struct finding *a = x, *b = y;
	if (a->evidence != b->evidence)
		return a->evidence > b->evidence ? -1 : 1;
	int an = isnan(a->effect), bn = isnan(b->effect);
	if (an != bn)
		return an - bn;
	if (!an && a->effect != b->effect)
		return a->effect > b->effect ? -1 : 1;
	return (int)a->factor - (int)b->factor;
}

void findings_build(const struct stats_result *st, struct findings *out)
{
	int explained = 0;
	memset(out, 0, sizeof *out);
	for (int k = 0; k < STATS_NFACTORS; k++) {
		const struct stats_diff *d = &st->factor[k];
		struct finding *f;
		if (!st->measured[k])
			continue;
		f = &out->item[out->n++];
		f->factor = (enum stats_factor)k;
		f->remedy = remedy_of[k];
		f->evidence = findings_evidence_of(d, st->scored);
		f->effect = d->diff;
		f->ci_lo = d->ci_lo;
		f->ci_hi = d->ci_hi;
		f->p = d->p;
		f->n_factor = d->a.n;
		f->n_baseline = d->b.n;
		explained |= f->evidence >= EVIDENCE_MODERATE;
		word(f);
	}
	qsort(out->item, out->n, sizeof *out->item, cmp_finding);

	if (st->scored && !explained && st->painful * 4 >= st->scored) {
		out->unexplained = 1;
		snprintf(out->unexplained_msg, sizeof out->unexplained_msg,
			 "Pain of %g or more came on %zu of %zu scored runs, and nothing in this log "
			 "explains it. Weak back muscles are the main cause of this ache: %s \u2014 %s.",
			 STATS_PAINFUL, st->painful, st->scored,
			 findings_remedy_name(REMEDY_STRENGTHEN), findings_remedy_advice(REMEDY_STRENGTHEN));
	}
}
