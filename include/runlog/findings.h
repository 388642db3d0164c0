/* findings.h - from numbers to advice: evidence levels and remedies.
 *
 * Fourth stage. Each measured factor becomes a finding with an evidence
 * level and the article's remedy for it, worded as one plain sentence.
 *
 * Evidence of a factor's effect (group a minus group b, in pain points;
 * with findings_adjust, its effect with the other factors held fixed):
 *   insufficient  fewer than FINDINGS_MIN_SCORED scored runs, or either
 *                 group has fewer than FINDINGS_MIN_GROUP runs
 *   none          the 95% CI includes 0 (or is undefined), or effect <= 0
 *   weak          effect < 0.5
 *   moderate      0.5 <= effect < 1.5
 *   strong        effect >= 1.5
 */
#ifndef RUNLOG_FINDINGS_H
#define RUNLOG_FINDINGS_H

#include <stddef.h>

#include "runlog/stats.h"

#define FINDINGS_MIN_SCORED 20
#define FINDINGS_MIN_GROUP 5
#define FINDINGS_MODERATE 0.5
#define FINDINGS_STRONG 1.5

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
	double effect, ci_lo, ci_hi, p; /* NAN when undefined */
	double p_holm;                  /* adjusted only; NAN otherwise */
	double marginal, marginal_lo, marginal_hi; /* the plain difference of means */
	size_t n_factor, n_baseline;    /* runs in group a and group b */
	char reason[448];               /* why it is insufficient: the log or the
	                                   model cannot judge it; "" otherwise */
	char message[640];
};

/* Findings, strongest evidence first, then largest effect. */
struct findings {
	struct finding item[STATS_NFACTORS];
	size_t n;
	int unexplained;        /* frequent pain that no factor explains */
	char unexplained_msg[400];
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
 * was fitted: the levels keep their thresholds, none means a Holm p of
 * 0.05 or more or an effect that is not positive, and too few runs in the
 * model is insufficient. A factor the model could not test (no variation
 * among its runs, aliased with other terms, an exact fit, a model that
 * could not be fitted, or either of its groups spanning fewer than
 * FINDINGS_MIN_WEEKS athlete-weeks) is insufficient, and its reason says why. The
 * marginal effects stay beside; a finding says when the two disagree. */
struct stats_model;
void findings_adjust(const struct stats_result *st, const struct stats_model *m, struct findings *fd);

/* Evidence level of one difference, given the log's scored-run count. */
enum findings_evidence findings_evidence_of(const struct stats_diff *d, size_t scored);

const char *findings_evidence_name(enum findings_evidence e);
const char *findings_remedy_name(enum findings_remedy r);
/* The remedy in a few words: "run every other day so ...". */
const char *findings_remedy_advice(enum findings_remedy r);
/* The factor's group a and group b, in words ("runs after a rest day"). */
const char *findings_factor_label(enum stats_factor k, int baseline);

/* The line every report ends with. */
extern const char findings_caution[];

#endif
