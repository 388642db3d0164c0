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
	[STATS_LONG_RUN] = REMEDY_REST,
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
		{"runs more than 10% longer than the longest run of the 30 days before",
		 "runs no longer than that"},
	};
	return label[k][baseline != 0];
}

/* The level of a CI clear of 0, on its bound nearest 0; *opposite when
 * the CI lies below 0. */
static enum findings_evidence graded(double lo, double hi, int *opposite)
{
	double near;
	*opposite = 0;
	if (isnan(lo) || isnan(hi) || (lo <= 0 && hi >= 0))
		return EVIDENCE_NONE;
	*opposite = hi < 0;
	near = *opposite ? -hi : lo;
	if (near >= FINDINGS_STRONG)
		return EVIDENCE_STRONG;
	return near >= FINDINGS_MODERATE ? EVIDENCE_MODERATE : EVIDENCE_WEAK;
}

enum findings_evidence findings_evidence_of(const struct stats_diff *d, size_t scored)
{
	int opposite;
	if (scored < FINDINGS_MIN_SCORED || d->a.n < FINDINGS_MIN_GROUP || d->b.n < FINDINGS_MIN_GROUP)
		return EVIDENCE_INSUFFICIENT;
	if (isnan(d->diff))
		return EVIDENCE_NONE;
	return graded(d->ci_lo, d->ci_hi, &opposite);
}

int findings_recommends(const struct finding *f)
{
	return f->evidence >= EVIDENCE_WEAK && !f->opposite;
}

int findings_explains(const struct finding *f)
{
	return f->evidence >= EVIDENCE_MODERATE && !f->opposite;
}

const struct finding *findings_top(const struct findings *fd)
{
	for (size_t i = 0; i < fd->n; i++)
		if (findings_explains(&fd->item[i]))
			return &fd->item[i];
	return NULL;
}

/* printed, read back, says x reached a threshold of the evidence that it
 * has not, or says 0 where a few decimals would not. */
static int misleads(double x, const char *printed)
{
	double ax = fabs(x), ay = fabs(atof(printed));
	return (ax >= 0.0005 && ay == 0) || (ax < FINDINGS_STRONG && ay >= FINDINGS_STRONG) ||
	       (ax < FINDINGS_MODERATE && ay >= FINDINGS_MODERATE);
}

const char *findings_points(double x, int near, char buf[16])
{
	if (isnan(x))
		return strcpy(buf, "-");
	for (int decimals = 1; decimals <= 6; decimals++) {
		snprintf(buf, 16, "%.*f", decimals, x);
		if (!near || !misleads(x, buf))
			break;
	}
	if (buf[0] == '-' && strspn(buf + 1, "0.") == strlen(buf + 1))
		memmove(buf, buf + 1, strlen(buf));
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
	if (f->factor == STATS_LONG_RUN)
		return "build up the length of your long runs gradually, a little at a time";
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

/* Factor k's group (side 0) or the group it is compared with (side 1),
 * as the subject of a sentence ("fell in only 3 weeks", "went with more
 * pain"). */
static const char *side_words(enum stats_factor k, int side)
{
	static const char *const words[STATS_NFACTORS][2] = {
		{"runs on the third day in a row or later", "runs after a rest day"},
		{"runs without a meal before them", "runs with a meal before them"},
		{"runs after a skipped post-run meal", "runs after an eaten post-run meal"},
		{"runs with no strength session in the 7 days before",
		 "runs within 7 days after a strength session"},
		{"runs after a jump in distance", "runs without a jump in distance"},
		{"runs much longer than the month's longest", "runs no longer than the month's longest"},
	};
	return words[k][side];
}

/* A graded finding from its subject on: "went with 0.6 points more pain
 * than runs after a rest day (95% CI 0.2 to 1.0). To try, as the article
 * suggests: ..." An opposite finding turns round, so that its subject is
 * the group with more pain, and suggests no remedy. lead opens the
 * sentence ("With the other factors held fixed, "), or NULL for the
 * subject, capitalised, with "held fixed" after the comparison. */
static void graded_words(const struct finding *f, const char *lead, char *buf, size_t cap)
{
	char subject[96], x[16], lo[16], hi[16], tail[240];
	int o = f->opposite;
	const char *other = o ? side_words(f->factor, 0) : findings_factor_label(f->factor, 1);

	if (lead && !o)
		snprintf(subject, sizeof subject, "%sthey", lead);
	else if (lead)
		snprintf(subject, sizeof subject, "%s%s", lead, side_words(f->factor, 1));
	else
		capitalised(subject, sizeof subject, o ? side_words(f->factor, 1)
						       : findings_factor_label(f->factor, 0));
	if (o)
		snprintf(tail, sizeof tail, "That is the other way round from the article's remedy (%s), "
			 "so none is suggested.", findings_remedy_name(f->remedy));
	else
		snprintf(tail, sizeof tail, "To try, as the article suggests: %s \u2014 %s.",
			 findings_remedy_name(f->remedy), advice_for(f));
	snprintf(buf, cap, "%s went with %s points more pain than %s%s (95%% CI %s to %s)%s. %s", subject,
		 findings_points(o ? -f->effect : f->effect, 0, x), other,
		 f->adjusted && !lead ? ", with the other factors held fixed" : "",
		 findings_points(o ? -f->ci_hi : f->ci_lo, 1, lo), findings_points(o ? -f->ci_lo : f->ci_hi, 0, hi),
		 f->evidence == EVIDENCE_WEAK ? "; it may be less than half a point" : "", tail);
}

static void word(struct finding *f)
{
	char c1[96], c2[96];
	char a[96], e[16], lo[16], hi[16];
	const char *b = findings_factor_label(f->factor, 1);

	capitalised(a, sizeof a, findings_factor_label(f->factor, 0));
	switch (f->evidence) {
	case EVIDENCE_INSUFFICIENT:
		if (f->factor == STATS_LONG_RUN && f->n_factor + f->n_baseline == 0) {
			snprintf(f->message, sizeof f->message,
				 "Too few runs to judge yet: no scored run can say whether it was a long run "
				 "(that needs its distance and %d days of log with distances before it).",
				 FEATURES_LONG_DAYS);
			break;
		}
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
				 "%s did not clearly go with more or less pain than %s (difference %s points; "
				 "too little spread for a confidence interval).", a, b, findings_points(f->effect, 0, e));
		else
			snprintf(f->message, sizeof f->message,
				 "%s did not clearly go with more or less pain than %s (difference %s points, "
				 "95%% CI %s to %s).", a, b, findings_points(f->effect, 0, e),
				 findings_points(f->ci_lo, 0, lo), findings_points(f->ci_hi, 0, hi));
		break;
	default:
		graded_words(f, NULL, f->message, sizeof f->message);
	}
}

/* An insufficient finding's reason, from its message: "too few runs ...". */
static void reason_of_message(struct finding *f)
{
	size_t n = strlen(f->message);
	n -= n && f->message[n - 1] == '.';
	n = n < sizeof f->reason - 1 ? n : sizeof f->reason - 1;
	memcpy(f->reason, f->message, n);
	f->reason[n] = '\0';
	if (f->reason[0] >= 'A' && f->reason[0] <= 'Z')
		f->reason[0] = (char)(f->reason[0] - 'A' + 'a');
}

static int cmp_finding(const void *x, const void *y)
{
	const struct finding *a = x, *b = y;
	if (a->evidence != b->evidence)
		return a->evidence > b->evidence ? -1 : 1;
	if (a->opposite != b->opposite)
		return a->opposite - b->opposite;
	int an = isnan(a->effect), bn = isnan(b->effect);
	/* The effect in the finding's direction: away from 0 when opposite.
	 * Effects that print alike (to a hundredth) are a tie: rounding in an
	 * exact fit must not order the findings. */
	double ea = an ? 0 : round((a->opposite ? -a->effect : a->effect) * 100);
	double eb = bn ? 0 : round((b->opposite ? -b->effect : b->effect) * 100);
	if (an != bn)
		return an - bn;
	if (!an && ea != eb)
		return ea > eb ? -1 : 1;
	return (int)a->factor - (int)b->factor;
}

/* Frequent pain that no factor explains: the article's general advice,
 * said to be general advice. aliased: some factor could not be told apart
 * from others, so the log cannot say that nothing in it goes with the
 * pain. */
static void unexplained(const struct stats_result *st, struct findings *out, int aliased)
{
	out->unexplained = 1;
	snprintf(out->unexplained_msg, sizeof out->unexplained_msg,
		 "Pain of %g or more came on %zu of %zu scored runs, and this log does not show what goes "
		 "with it%s. General advice from the article, not a finding from your log: it holds weak "
		 "back muscles to be the main cause of this ache, and suggests you strengthen \u2014 %s.",
		 STATS_PAINFUL, st->painful, st->scored,
		 aliased ? " (some factors could not be told apart from others)" : "",
		 findings_remedy_advice(REMEDY_STRENGTHEN));
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
		f->opposite = f->evidence >= EVIDENCE_WEAK && d->ci_hi < 0;
		f->effect = f->marginal = d->diff;
		f->ci_lo = f->marginal_lo = d->ci_lo;
		f->ci_hi = f->marginal_hi = d->ci_hi;
		f->p = d->p;
		f->p_holm = NAN;
		f->n_factor = d->a.n;
		f->n_baseline = d->b.n;
		explained |= findings_explains(f);
		word(f);
		if (f->evidence == EVIDENCE_INSUFFICIENT)
			reason_of_message(f);
	}
	qsort(out->item, out->n, sizeof *out->item, cmp_finding);

	if (st->scored && !explained && st->painful * 4 >= st->scored)
		unexplained(st, out, 0);
}


/* The factor that most often came with factor k's runs and not with the
 * others: "on the third running day in a row or later", with the shares.
 * Returns 0 when none came with at least half of them. */
static int confounder(const struct stats_result *st, const struct finding *f, char *buf, size_t cap)
{
	static const char *const with[STATS_NFACTORS] = {
		"on the third running day in a row or later", "without a meal before them",
		"after a skipped post-run meal", "with no strength session in the week before",
		"after a jump in distance", "much longer than the longest run of the month before"};
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

/* Holding the other factors fixed really moved the estimate, from a
 * plain difference clear of 0 (see FINDINGS_MOVED). */
static int moved(const struct finding *f)
{
	double shift = fabs(f->marginal - f->effect);
	return (f->marginal_lo > 0 || f->marginal_hi < 0) && !isnan(f->effect) &&
	       shift >= FINDINGS_MOVED * fabs(f->marginal) && shift >= FINDINGS_MOVED_POINTS;
}

/* "Runs ... look worse at first sight (+1.3 points), but 70% of them were
 * ... . ", when adjustment moved the estimate; "" otherwise. */
static void first_sight(const struct stats_result *st, const struct finding *f, char *buf, size_t cap)
{
	char a[96], m[16], why[200];
	buf[0] = '\0';
	if (!moved(f))
		return;
	if (!confounder(st, f, why, sizeof why))
		snprintf(why, sizeof why, "that went together with the other factors");
	capitalised(a, sizeof a, findings_factor_label(f->factor, 0));
	snprintf(buf, cap, "%s look %s at first sight (%s%s points), but %s. ", a,
		 f->marginal > 0 ? "worse" : "better", f->marginal > 0 ? "+" : "",
		 findings_points(f->marginal, 0, m), why);
}

static void word_adjusted(const struct stats_result *st, struct finding *f)
{
	char first[384], rest[480];
	char a[96], e[16], lo[16], hi[16], ph[16];
	const char *b = findings_factor_label(f->factor, 1);

	if (f->evidence == EVIDENCE_INSUFFICIENT) {
		word(f);
		return;
	}
	first_sight(st, f, first, sizeof first);
	capitalised(a, sizeof a, findings_factor_label(f->factor, 0));
	snprintf(ph, sizeof ph, "%.2f", f->p_holm);
	findings_points(f->effect, 0, e);
	findings_points(f->ci_lo, 0, lo);
	findings_points(f->ci_hi, 0, hi);
	if (f->evidence >= EVIDENCE_WEAK)
		graded_words(f, first[0] ? "With the other factors held fixed, " : NULL, rest, sizeof rest);
	else if (first[0])
		snprintf(rest, sizeof rest, "With the other factors held fixed, the difference is not clear "
			 "(%s points, 95%% CI %s to %s, Holm p %s).", e, lo, hi, ph);
	else
		snprintf(rest, sizeof rest, "%s did not clearly go with more or less pain than %s, with the "
			 "other factors held fixed (difference %s points, 95%% CI %s to %s, Holm p %s).",
			 a, b, e, lo, hi, ph);
	snprintf(f->message, sizeof f->message, "%s%s", first, rest);
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
		"runs with no strength session in the 7 days before", "runs after a jump in distance",
		"runs much longer than the month's longest", "the pain of the run before"};
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
	else if (f->factor == STATS_LONG_RUN && !m->has_term[STATS_TERM_LONG_RUN])
		snprintf(f->reason, cap, "fewer than half the scored runs have a distance and the 30 days of "
			 "log with distances before them that a long run needs, so it stays out of the model");
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
			 "against %s; not judged).", a, f->reason, findings_points(f->effect, 0, e),
			 findings_factor_label(f->factor, 1));
	else
		snprintf(f->message, sizeof f->message, "%s: %s.", a, f->reason);
}

/* One finding, judged on the model's effect for it. */
static void adjust_one(const struct stats_result *st, const struct stats_model *m, struct finding *f)
{
	const struct stats_effect *e = &m->effect[f->factor];
	f->adjusted = 1;
	f->opposite = 0;
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
	if (isnan(f->effect) || !(f->p_holm < 0.05))
		f->evidence = EVIDENCE_NONE;
	else
		f->evidence = graded(f->ci_lo, f->ci_hi, &f->opposite);
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
		explained |= findings_explains(f) ||
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
