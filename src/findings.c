#include "runlog/findings.h"

#include "runlog/stats_model.h"

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
	[STATS_LOAD_SPIKE] = REMEDY_REST,
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
		("have a meal with protein, carbohydrate and vitamins before each run to "
		 "protect the muscle, and after it to help the muscle repair"),
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
		{"runs after a jump in distance (the last 7 days at 1.3 times the 28-day average or more)",
		 "runs without such a jump"},
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
	/* 1.46 is not shown as 1.5 beside "moderate": just under a threshold
	 * of the evidence, two decimals. */
	if ((x < FINDINGS_STRONG && atof(buf) >= FINDINGS_STRONG) ||
	    (x < FINDINGS_MODERATE && atof(buf) >= FINDINGS_MODERATE))
		snprintf(buf, 16, "%.2f", x);
	return buf;
}

static void capitalised(char *dst, size_t cap, const char *s)
{
	snprintf(dst, cap, "%s", s);
	if (dst[0] >= 'a' && dst[0] <= 'z')
		dst[0] = (char)(dst[0] - 'a' + 'A');
}

/* The remedy in words; a jump in distance gets rest's own advice for it. */
static const char *advice_for(const struct finding *f)
{
	if (f->factor == STATS_LOAD_SPIKE)
		return "build up your weekly distance gradually and keep rest days";
	return findings_remedy_advice(f->remedy);
}

/* A factor's label for a count: "runs ..." becomes "run ..." for one. */
static const char *counted(size_t n, const char *label, char *buf, size_t cap)
{
	if (n != 1 || strncmp(label, "runs ", 5) != 0)
		return label;
	snprintf(buf, cap, "run %s", label + 5);
	return buf;
}

static void word(struct finding *f)
{
	char c1[96], c2[96];
	char a[96], e[16], lo[16], hi[16];
	const char *b = findings_factor_label(f->factor, 1);
	enum findings_remedy r = f->remedy;

	capitalised(a, sizeof a, findings_factor_label(f->factor, 0));
	switch (f->evidence) {
	case EVIDENCE_INSUFFICIENT:
		snprintf(f->message, sizeof f->message,
			 "Too few runs to judge yet: %zu %s against %zu %s (at least %d of each and "
			 "%d scored runs are needed).",
			 f->n_factor, counted(f->n_factor, findings_factor_label(f->factor, 0), c1, sizeof c1),
			 f->n_baseline, counted(f->n_baseline, b, c2, sizeof c2), FINDINGS_MIN_GROUP,
			 FINDINGS_MIN_SCORED);
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
			 findings_remedy_name(r), advice_for(f));
	}
}

/* An insufficient finding's reason, from its message: "too few runs ...". */
static void reason_of_message(struct finding *f)
{
	size_t n = strlen(f->message);
	snprintf(f->reason, sizeof f->reason, "%.*s", (int)(n && f->message[n - 1] == '.' ? n - 1 : n),
		 f->message);
	if (f->reason[0] >= 'A' && f->reason[0] <= 'Z')
		f->reason[0] = (char)(f->reason[0] - 'A' + 'a');
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

/* aliased: some factor could not be told apart from others, so the log
 * cannot say that nothing in it explains the pain. */
static void unexplained(const struct stats_result *st, struct findings *out, int aliased)
{
	out->unexplained = 1;
	snprintf(out->unexplained_msg, sizeof out->unexplained_msg,
		 "Pain of %g or more came on %zu of %zu scored runs, and %s explains it. Weak back "
		 "muscles are the main cause of this ache: %s \u2014 %s.",
		 STATS_PAINFUL, st->painful, st->scored,
		 aliased ? "no factor this log could tell apart from the others" : "nothing in this log",
		 findings_remedy_name(REMEDY_STRENGTHEN), findings_remedy_advice(REMEDY_STRENGTHEN));
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
		f->effect = f->marginal = d->diff;
		f->ci_lo = f->marginal_lo = d->ci_lo;
		f->ci_hi = f->marginal_hi = d->ci_hi;
		f->p = d->p;
		f->p_holm = NAN;
		f->n_factor = d->a.n;
		f->n_baseline = d->b.n;
		explained |= f->evidence >= EVIDENCE_MODERATE;
		word(f);
		if (f->evidence == EVIDENCE_INSUFFICIENT)
			reason_of_message(f);
	}
	qsort(out->item, out->n, sizeof *out->item, cmp_finding);

	if (st->scored && !explained && st->painful * 4 >= st->scored)
		unexplained(st, out, 0);
}


/* The message of a finding judged on its adjusted effect. */
/* The factor that most often came with factor k's runs and not with the
 * others: "on the third running day in a row or later", with the shares.
 * Returns 0 when none came with at least half of them. */
static int confounder(const struct stats_result *st, const struct finding *f, char *buf, size_t cap)
{
	static const char *const with[STATS_NFACTORS] = {
		"on the third running day in a row or later", "without a meal before them",
		"after a skipped post-run meal", "with no strength session in the week before",
		"after a jump in distance"};
	double best = 0;
	int who = -1;
	for (int j = 0; j < STATS_NFACTORS; j++) {
		if (j == (int)f->factor || !f->n_factor || !f->n_baseline)
			continue;
		double in = (double)st->together[f->factor][j] / (double)f->n_factor;
		double out = (double)st->apart[f->factor][j] / (double)f->n_baseline;
		if (in >= 0.5 && in - out > best)
			best = in - out, who = j;
	}
	if (who < 0)
		return 0;
	snprintf(buf, cap, "%.0f%% of them were %s (against %.0f%% of the others)",
		 100.0 * (double)st->together[f->factor][who] / (double)f->n_factor, with[who],
		 100.0 * (double)st->apart[f->factor][who] / (double)f->n_baseline);
	return 1;
}

static void word_adjusted(const struct stats_result *st, struct finding *f)
{
	char why[200];
	char a[96], e[16], lo[16], hi[16], m[16], ph[16];
	const char *b = findings_factor_label(f->factor, 1);
	enum findings_remedy r = f->remedy;
	/* At first sight the factor looked like it mattered. */
	int looked = f->marginal >= FINDINGS_MODERATE && f->marginal_lo > 0;
	/* Held fixed, it goes with less pain: clearly, not by chance. */
	int less = f->effect < 0 && f->ci_hi < 0 && f->p_holm < 0.05;

	capitalised(a, sizeof a, findings_factor_label(f->factor, 0));
	snprintf(ph, sizeof ph, "%.2f", f->p_holm);
	switch (f->evidence) {
	case EVIDENCE_INSUFFICIENT:
		word(f);
		break;
	case EVIDENCE_NONE:
		if (looked && !isnan(f->effect) && confounder(st, f, why, sizeof why))
			snprintf(f->message, sizeof f->message,
				 "%s look worse at first sight (+%s points), but %s. With the other factors "
				 "held fixed, %s (%s, 95%% CI %s to %s).", a, one(f->marginal, m), why,
				 less ? "they hurt less, not more" : "it makes no clear difference",
				 one(f->effect, e), one(f->ci_lo, lo), one(f->ci_hi, hi));
		else if (looked && !isnan(f->effect))
			snprintf(f->message, sizeof f->message,
				 "%s look worse at first sight (+%s points), but this goes together with the "
				 "other factors: with them held fixed, %s (%s, 95%% CI %s to %s).", a,
				 one(f->marginal, m), less ? "they hurt less, not more" : "it makes no clear difference",
				 one(f->effect, e), one(f->ci_lo, lo), one(f->ci_hi, hi));
		else if (less)
			snprintf(f->message, sizeof f->message,
				 "%s hurt less than %s, not more, with the other factors held fixed "
				 "(difference %s points, 95%% CI %s to %s, Holm p %s).", a, b, one(f->effect, e),
				 one(f->ci_lo, lo), one(f->ci_hi, hi), ph);
		else if (!isnan(f->effect))
			snprintf(f->message, sizeof f->message,
				 "%s did not clearly hurt more than %s with the other factors held fixed "
				 "(difference %s points, 95%% CI %s to %s, Holm p %s).", a, b, one(f->effect, e),
				 one(f->ci_lo, lo), one(f->ci_hi, hi), ph);
		else
			snprintf(f->message, sizeof f->message,
				 "%s could not be told apart from the other factors in this log.", a);
		break;
	default:
		snprintf(f->message, sizeof f->message,
			 "%s hurt %s points more than %s, with the other factors held fixed (95%% CI %s "
			 "to %s)%s: %s \u2014 %s.", a, one(f->effect, e), b, one(f->ci_lo, lo),
			 one(f->ci_hi, hi), f->evidence == EVIDENCE_WEAK ? ", a small difference" : "",
			 findings_remedy_name(r), advice_for(f));
	}
}

/* The terms of mask in words: "runs on the third day in a row and runs
 * without a meal before them". */
static void terms_in_words(unsigned mask, char *buf, size_t cap)
{
	static const char *const label[STATS_NTERMS] = {
		"runs on the second day in a row", "runs on the third day in a row",
		"runs on the fourth day in a row", "runs on the fifth day in a row",
		"runs on the sixth day in a row", "runs on the seventh day in a row or later",
		"runs without a meal before them", "runs after a skipped post-run meal",
		"runs with no strength session in the 7 days before", "runs after a jump in distance"};
	size_t len = 0;
	buf[0] = '\0';
	for (int t = 0; t < STATS_NTERMS && len < cap; t++)
		if (mask >> t & 1)
			len += (size_t)snprintf(buf + len, cap - len, "%s%s", len ? " and " : "", label[t]);
}

/* An exact fit where every coefficient is about zero: pain does not vary. */
static int pain_constant(const struct stats_model *m)
{
	if (!m->exact)
		return 0;
	for (int t = 0; t < STATS_NTERMS; t++)
		if (m->in_model[t] && fabs(m->coef[t]) > STATS_MODEL_EXACT_RMS)
			return 0;
	return 1;
}

/* Factor k's group (side 0) or the group it is compared with (side 1),
 * as the subject of "fell in only 3 weeks". */
static const char *side_words(enum stats_factor k, int side)
{
	static const char *const words[STATS_NFACTORS][2] = {
		{"runs on the third day in a row or later", "runs after a rest day"},
		{"runs without a meal before them", "runs with a meal before them"},
		{"runs after a skipped post-run meal", "runs after an eaten post-run meal"},
		{"runs with no strength session in the 7 days before",
		 "runs within 7 days after a strength session"},
		{"runs after a jump in distance", "runs without a jump in distance"},
	};
	return words[k][side];
}

/* A side of factor k that spans fewer than FINDINGS_MIN_WEEKS weeks: its
 * reason into f->reason; 0 when both sides span enough. */
static int weeks_reason(const struct stats_effect *e, struct finding *f)
{
	int side = e->weeks[0] <= e->weeks[1] ? 0 : 1;
	size_t n = e->weeks[side];
	if (n >= FINDINGS_MIN_WEEKS)
		return 0;
	snprintf(f->reason, sizeof f->reason, "%s fell in only %zu week%s (at least %d weeks on each side are "
		 "needed, so that a change over the months cannot pass for its effect)",
		 side_words(f->factor, side), n, n == 1 ? "" : "s", FINDINGS_MIN_WEEKS);
	return 1;
}

/* Why the model could not test factor k, into f->reason ("" when it did). */
static void model_reason(const struct stats_model *m, struct finding *f)
{
	const struct stats_effect *e = &m->effect[f->factor];
	char who[320];
	size_t cap = sizeof f->reason;
	if (m->runs < FINDINGS_MIN_MODEL_RUNS)
		snprintf(f->reason, cap, "too few runs to judge yet, as %zu %s every factor known (at least %d are "
			 "needed to hold the others fixed)", m->runs, m->runs == 1 ? "run has" : "runs have",
			 FINDINGS_MIN_MODEL_RUNS);
	else if (!m->fitted && m->runs > m->k && m->clusters == 1)
		snprintf(f->reason, cap, "the %zu runs with every factor known all fall in one week, and a "
			 "confidence interval needs at least two", m->runs);
	else if (!m->fitted && m->runs <= m->k)
		snprintf(f->reason, cap, "the model has %zu terms and intercepts for only %zu runs with every "
			 "factor known", m->k, m->runs);
	else if (e->why == STATS_EFFECT_ALIASED && f->factor == STATS_CONSECUTIVE_DAYS && !m->baseline_runs)
		snprintf(f->reason, cap, "no run after a rest day has every factor known, so there is nothing to "
			 "compare with");
	else if (e->why == STATS_EFFECT_ALIASED && e->alias) {
		terms_in_words(e->alias, who, sizeof who);
		snprintf(f->reason, cap, "could not be told apart from %s: in this log they went together "
			 "too closely for their effects to be separated", who);
	}
	else if (e->why == STATS_EFFECT_ALIASED)
		snprintf(f->reason, cap, "could not be told apart from the other factors in this log");
	else if (e->why == STATS_EFFECT_EXACT && pain_constant(m))
		snprintf(f->reason, cap, "pain was the same on all %zu runs with every factor known, so nothing "
			 "in this log can go with more or less of it", m->runs);
	else if (e->why == STATS_EFFECT_EXACT && m->exact)
		snprintf(f->reason, cap, "the factors fit the pain of all %zu runs with every factor known "
			 "exactly, so there is no spread left to judge how sure the estimate is", m->runs);
	else if (e->why == STATS_EFFECT_EXACT)
		snprintf(f->reason, cap, "the few runs that tell it apart from the other factors are fitted "
			 "exactly, so there is no spread left to judge how sure the estimate is");
	else if (f->factor == STATS_LOAD_SPIKE && !m->has_term[STATS_TERM_LOAD_SPIKE])
		snprintf(f->reason, cap, "fewer than half the scored runs have the four weeks of log a jump in "
			 "distance needs, so it stays out of the model");
	else if (!m->fitted || e->why == STATS_EFFECT_ABSENT)
		snprintf(f->reason, cap, "it did not vary among the %zu runs with every factor known%s", m->runs,
			 m->fitted ? " (within each runner)" : "");
	else if (!weeks_reason(e, f))
		f->reason[0] = '\0';
}

/* The message of a finding the model could not test. */
static void word_untested(struct finding *f)
{
	char a[96], e[16];
	capitalised(a, sizeof a, findings_factor_label(f->factor, 0));
	if (!isnan(f->effect) && isnan(f->ci_lo))
		snprintf(f->message, sizeof f->message, "%s: %s (with the other factors held fixed, %s points "
			 "against %s; not judged).", a, f->reason, one(f->effect, e),
			 findings_factor_label(f->factor, 1));
	else
		snprintf(f->message, sizeof f->message, "%s: %s.", a, f->reason);
}

/* One finding, judged on the model's effect for it. */
static void adjust_one(const struct stats_result *st, const struct stats_model *m, struct finding *f)
{
	const struct stats_effect *e = &m->effect[f->factor];
	f->adjusted = 1;
	f->effect = f->ci_lo = f->ci_hi = f->p = f->p_holm = NAN;
	if (m->fitted && e->in_model) {
		f->effect = e->effect;
		f->ci_lo = e->ci_lo;
		f->ci_hi = e->ci_hi;
		f->p = e->p;
		f->p_holm = e->p_holm;
	}
	if (f->evidence == EVIDENCE_INSUFFICIENT) {
		word(f);
		reason_of_message(f);
		return;
	}
	model_reason(m, f);
	if (f->reason[0] || isnan(f->p_holm)) {
		if (!f->reason[0])
			snprintf(f->reason, sizeof f->reason, "its p-value could not be computed");
		f->evidence = EVIDENCE_INSUFFICIENT;
		word_untested(f);
		return;
	}
	if (isnan(f->effect) || f->effect <= 0 || !(f->p_holm < 0.05))
		f->evidence = EVIDENCE_NONE;
	else if (f->effect < FINDINGS_MODERATE)
		f->evidence = EVIDENCE_WEAK;
	else
		f->evidence = f->effect < FINDINGS_STRONG ? EVIDENCE_MODERATE : EVIDENCE_STRONG;
	word_adjusted(st, f);
}

void findings_adjust(const struct stats_result *st, const struct stats_model *m, struct findings *fd)
{
	int explained = 0, aliased = 0;
	if (!m)
		return;
	for (size_t i = 0; i < fd->n; i++) {
		const struct finding *f = &fd->item[i];
		adjust_one(st, m, &fd->item[i]);
		/* An exact fit is not judged, but what it fits is explained. */
		explained |= f->evidence >= EVIDENCE_MODERATE ||
			     (m->exact && m->effect[f->factor].in_model && f->effect >= FINDINGS_MODERATE);
		aliased |= m->fitted && m->effect[f->factor].why == STATS_EFFECT_ALIASED;
	}
	qsort(fd->item, fd->n, sizeof *fd->item, cmp_finding);
	/* Frequent pain that no factor explains, now judged on the model. */
	if (explained)
		fd->unexplained = 0;
	else if (st->scored && st->painful * 4 >= st->scored)
		unexplained(st, fd, aliased);
}
