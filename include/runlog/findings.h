/* findings.h - from numbers to advice: evidence levels and remedies.
 *
 * Fourth stage. Each measured factor becomes a finding with an evidence
 * level and the article's remedy for it, worded as one plain sentence
 * that says what went with what, never what caused it.
 *
 * Evidence of a factor's effect (group a minus group b, in pain points;
 * with findings_adjust, its effect with the other factors held fixed) is
 * graded on its 95% CI, on the bound nearest 0, in either direction:
 *   insufficient  fewer than FINDINGS_MIN_SCORED scored runs, or either
 *                 group has fewer than FINDINGS_MIN_GROUP runs
 *   none          the CI includes 0 or is undefined (with findings_adjust,
 *                 also a Holm p of 0.05 or more)
 *   weak          clearly not 0, but the bound nearest 0 is less than
 *                 FINDINGS_MODERATE from it: the effect may be under half
 *                 a point
 *   moderate      that bound is at least FINDINGS_MODERATE from 0
 *   strong        that bound is at least FINDINGS_STRONG from 0
 * An effect that goes with less pain in group a (the CI below 0: runs
 * after a strength session went with more pain) is graded the same way on
 * the CI's upper bound, and its finding is marked opposite: it is said,
 * but no remedy follows from it.
 *
 * A change of about 2 points (or 30%) on a 0-10 pain scale is the least a
 * person notices (Ostelo et al., Spine 2008;33(1):90-94); the thresholds
 * sit below it because an effect here comes back on every run of its kind,
 * and because they hold the CI's bound, not the estimate, to them.
 */
#ifndef RUNLOG_FINDINGS_H
#define RUNLOG_FINDINGS_H

#include <stddef.h>

#include "runlog/stats.h"

#define FINDINGS_MIN_SCORED 20
#define FINDINGS_MIN_GROUP 5
#define FINDINGS_MODERATE 0.5
#define FINDINGS_STRONG 1.0
/* A finding says that its factor looked worse (or better) at first sight,
 * and why, only when holding the other factors fixed moved the estimate
 * from a plain difference clear of 0 by at least FINDINGS_MOVED of it and
 * at least FINDINGS_MOVED_POINTS pain points. */
#define FINDINGS_MOVED 0.5
#define FINDINGS_MOVED_POINTS 0.3

enum findings_evidence {
	EVIDENCE_INSUFFICIENT,
	EVIDENCE_NONE,
	EVIDENCE_WEAK,
	EVIDENCE_MODERATE,
	EVIDENCE_STRONG,
};

enum findings_remedy { REMEDY_REST, REMEDY_EAT, REMEDY_STRENGTHEN };

struct finding {
	enum stats_factor factor;
	enum findings_remedy remedy;
	enum findings_evidence evidence;
	int adjusted;                   /* effect, CI and p come from the model */
	int opposite;                   /* graded weak or more with less pain in
	                                   group a: said, but no remedy */
	double effect, ci_lo, ci_hi, p; /* NAN when undefined */
	double p_holm;                  /* adjusted only; NAN otherwise */
	double marginal, marginal_lo, marginal_hi; /* the plain difference of means */
	size_t n_factor, n_baseline;    /* runs in group a and group b */
	char reason[448];               /* why it is insufficient: the log or the
	                                   model cannot judge it; "" otherwise */
	char message[896];
};

/* Findings, strongest evidence first; within a level, those that
 * recommend their remedy before opposite ones, then the larger effect in
 * the finding's direction. */
struct findings {
	struct finding item[STATS_NFACTORS];
	size_t n;
	int unexplained;        /* frequent pain that no factor explains */
	char unexplained_msg[512];
};

/* Judge every measured factor in st. */
void findings_build(const struct stats_result *st, struct findings *out);

/* Runs the model needs before its effects are judged. */
#define FINDINGS_MIN_MODEL_RUNS 30
/* Distinct ISO weeks (of one athlete) each side of a factor needs among
 * the model's runs: with fewer, a change over the months (pain easing
 * in the weeks that happened to hold the gym) can pass for its effect. */
#define FINDINGS_MIN_WEEKS 8

/* Judge again from the model's adjusted effects (stats_model.h), when it
 * was fitted: the levels keep their thresholds, none also means a Holm p
 * of 0.05 or more, and too few runs in the model is insufficient. A factor the model could not test (no variation
 * among its runs, aliased with other terms, an exact fit, a model that
 * could not be fitted, or either of its groups spanning fewer than
 * FINDINGS_MIN_WEEKS athlete-weeks) is insufficient, and its reason says why. The
 * marginal effects stay beside; a finding says when the two disagree. */
struct stats_model;
void findings_adjust(const struct stats_result *st, const struct stats_model *m, struct findings *fd);

/* Evidence level of one difference, given the log's scored-run count, in
 * either direction (a CI below 0 is graded too: see the top of the file). */
enum findings_evidence findings_evidence_of(const struct stats_diff *d, size_t scored);

/* 1 when f's remedy is recommended: weak, moderate or strong evidence of
 * more pain with its factor (not opposite). */
int findings_recommends(const struct finding *f);
/* 1 when f explains pain well enough to rank remedies and to count as an
 * explanation of frequent pain: moderate or strong, and not opposite. */
int findings_explains(const struct finding *f);
/* The first finding of fd that explains pain (findings_explains), the
 * report's top remedy; NULL when none does. */
const struct finding *findings_top(const struct findings *fd);

/* x in pain points as every finding and table prints it: one decimal,
 * never "-0.0". With near (x is the bound nearest 0 of the CI of a finding
 * graded weak or more, the one its level rests on), x is never rounded
 * onto a threshold of the evidence that it has not reached, 0 included:
 * 0.996 is "0.996", not "1.0", beside "moderate"; 0.48 is not "0.5" beside
 * "weak"; 0.03 is not "0.0" beside "weak". So a printed CI never
 * contradicts its level. NAN is "-". buf holds 16. */
const char *findings_points(double x, int near, char buf[16]);

const char *findings_evidence_name(enum findings_evidence e);
const char *findings_remedy_name(enum findings_remedy r);
/* The remedy in a few words: "run every other day so ...". */
const char *findings_remedy_advice(enum findings_remedy r);
/* The factor's group a and group b, in words ("runs after a rest day"). */
const char *findings_factor_label(enum stats_factor k, int baseline);

/* The line every report ends with. */
extern const char findings_caution[];

#endif
