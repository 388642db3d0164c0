/* report_plan: a planned self-experiment in the analyze report and its
 * JSON (the "experiment" object), laid out as CENT 2015 asks: the blocks
 * planned and completed, adherence, the estimate, its uncertainty and
 * what it means. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>

#include "runlog/date.h"
#include "runlog/json.h"
#include "runlog/report.h"

static const char *kept_word(const struct stats_plan_block *b)
{
	return b->kept == 1 ? "yes" : b->kept == 0 ? "no" : "not known";
}

/* A row of the blocks' table. */
static void block_row(struct doc *d, const struct plan_block *pb, const struct stats_plan_block *b)
{
	char blk[16], pair[16], from[11], to[11], dates[32], runs[24], scored[24], mean[32];
	snprintf(blk, sizeof blk, "%d", pb->block);
	snprintf(pair, sizeof pair, "%d", pb->pair);
	/* Month and day only: the paragraph above gives the plan's first day
	 * with its year, and the table then fits in 80 columns. */
	snprintf(dates, sizeof dates, "%s to %s", date_format(pb->start, from) + 5, date_format(pb->end, to) + 5);
	snprintf(runs, sizeof runs, "%zu", b->runs);
	snprintf(scored, sizeof scored, "%zu", b->scored);
	report_num(b->mean_pain, 1, mean, sizeof mean);
	const char *cells[] = {blk, pair, plan_arm_name(pb->arm), dates, runs, scored, mean,
			       b->complete ? "yes" : "no", pb->arm == PLAN_USUAL ? "-" : kept_word(b)};
	doc_row(d, cells);
}

static void blocks_table(struct doc *d, const struct stats_plan *sp)
{
	static const char *const head[] = {"block", "pair", "arm", "dates", "runs", "scored", "pain",
					   "complete", "kept"};
	doc_table(d, 9, "rrllrrrll");
	doc_row(d, head);
	for (size_t k = 0; k < sp->plan->n; k++)
		block_row(d, &sp->plan->blocks[k], &sp->block[k]);
}

/* "p = 0.031" or "p < 0.001". */
static const char *p_phrase(double p, char *buf, size_t cap)
{
	char v[16];
	report_pval(p, v, sizeof v);
	snprintf(buf, cap, p < 0.001 ? "p %s" : "p = %s", p < 0.001 ? "< 0.001" : v);
	return buf;
}

const char *report_plan_verdict(const struct stats_plan *sp, const struct stats_plan_test *t,
				const struct findings_plan_one *f, char *buf, size_t cap)
{
	const struct plan_text *pt = plan_remedy_text(sp->plan->remedy);
	char diff[32], ci[64], p[32], said[512];
	if (f->verdict == FPLAN_TOO_FEW) {
		snprintf(buf, cap, "Too few blocks yet: %zu complete pair%s of blocks, and the estimate needs "
			 "%d. It needs %zu more complete pair%s (%zu more blocks, each with a scored run).",
			 t->pairs, t->pairs == 1 ? "" : "s", STATS_PLAN_MIN_PAIRS, f->more_pairs,
			 f->more_pairs == 1 ? "" : "s", 2 * f->more_pairs);
		return buf;
	}
	report_num(fabs(t->difference), 1, diff, sizeof diff);
	report_ci(t->ci_lo, t->ci_hi, 1, ci, sizeof ci);
	snprintf(said, sizeof said, "In your log, %s went with %s %s pain points (95%% CI %s; randomisation "
		 "%s, %zu blocks).", pt->doing, diff, t->difference < 0 ? "more" : "fewer", ci,
		 p_phrase(t->p_value, p, sizeof p), 2 * t->pairs);
	/* As kept drops the pairs whose remedy block was not kept: what the
	 * runner did, not the coin, picks them. */
	if (f->verdict == FPLAN_HELPS && t->pairs < sp->itt.pairs)
		snprintf(buf, cap, "%s As kept leaves out the pairs whose remedy block you did not keep to, "
			 "a choice of yours and not the coin's, so this alone is no evidence that %s helps "
			 "you: as planned is the fair test.", said, pt->doing);
	else if (f->verdict == FPLAN_HELPS)
		snprintf(buf, cap, "%s Because the blocks were chosen at random, this is evidence that %s "
			 "helps you.", said, pt->doing);
	else if (f->more_pairs)
		snprintf(buf, cap, "%s It is not clear that %s helps you: with %zu pairs, p cannot go below "
			 "1/%lu, and it takes at least %d complete pairs to tell (%zu more; a plan of at "
			 "least %d weeks in %d-week blocks).", said, pt->doing, t->pairs, 1ul << t->pairs,
			 FINDINGS_PLAN_CLEAR_PAIRS, f->more_pairs,
			 2 * FINDINGS_PLAN_CLEAR_PAIRS * sp->plan->block_weeks, sp->plan->block_weeks);
	else
		snprintf(buf, cap, "%s It is not clear that %s helps you: a difference like this often "
			 "comes from chance alone.", said, pt->doing);
	return buf;
}

/* The arms' means of one analysis. */
static void means(struct doc *d, const struct stats_plan_test *t)
{
	char r[32], u[32], s[32];
	if (t->pairs < STATS_PLAN_MIN_PAIRS)
		return;
	doc_add(d, DOC_PARA, "Mean pain in the complete pairs: %s in remedy blocks (%zu scored runs), %s "
		"in usual blocks (%zu); the runs pooled differ by %s. The estimate is the mean of each "
		"pair's difference, every pair weighing the same.",
		report_num(t->mean[PLAN_REMEDY], 2, r, sizeof r), t->scored[PLAN_REMEDY],
		report_num(t->mean[PLAN_USUAL], 2, u, sizeof u), t->scored[PLAN_USUAL],
		report_num(t->statistic, 2, s, sizeof s));
}

static void no_overlap(struct doc *d, const struct stats_plan *sp)
{
	char a[11], b[11], c[11], e[11], cmd[PLAN_COMMAND_MAX];
	char log[64];
	const struct plan *p = sp->plan;
	if (sp->runs)
		snprintf(log, sizeof log, "No run of the log (%s to %s) falls", date_format(sp->first_day, c),
			 date_format(sp->last_day, e));
	else
		snprintf(log, sizeof log, "The log has no runs yet, so none falls");
	doc_add(d, DOC_PARA, "%s in the days of the plan made by %s (%s to %s). Log the plan's runs, "
		"then analyse again: the estimate needs at least %d complete pairs of blocks.", log,
		plan_command(p, cmd, sizeof cmd), date_format(p->start, a),
		date_format(p->blocks[p->n - 1].end, b), STATS_PLAN_MIN_PAIRS);
}

void report_plan_doc(struct doc *d, const struct stats_plan *sp, const struct findings_plan *fp)
{
	const struct plan *p = sp->plan;
	const struct plan_text *pt = plan_remedy_text(p->remedy);
	char from[11], cmd[PLAN_COMMAND_MAX];

	doc_add(d, DOC_HEADING, "Your self-experiment: %s", pt->name);
	if (fp->itt.verdict == FPLAN_NO_OVERLAP) {
		no_overlap(d, sp);
		return;
	}
	doc_add(d, DOC_PARA, "The plan, made by %s: %zu blocks of %d week%s from %s, in pairs of a "
		"remedy block (%s) and a usual block, the order in each pair drawn at random. Complete "
		"(the log reaches their end and they have a scored run): %zu block%s, %zu pair%s. You kept "
		"to the remedy in %zu of the %zu complete remedy blocks%s.",
		plan_command(p, cmd, sizeof cmd), p->n, p->block_weeks, p->block_weeks == 1 ? "" : "s",
		date_format(p->start, from), pt->rule, sp->completed, sp->completed == 1 ? "" : "s",
		sp->complete_pairs, sp->complete_pairs == 1 ? "" : "s", sp->kept, sp->remedy_blocks,
		sp->known < sp->remedy_blocks ? " (the log does not say for all)" : "");
	blocks_table(d, sp);
	char v[REPORT_PLAN_VERDICT_MAX];
	doc_item(d, 0, "as planned", "%s", report_plan_verdict(sp, &sp->itt, &fp->itt, v, sizeof v));
	doc_item(d, 0, "as kept", "%s", report_plan_verdict(sp, &sp->as_kept, &fp->as_kept, v, sizeof v));
	means(d, &sp->itt);
	doc_add(d, DOC_PARA, "As planned counts every complete pair as the plan allotted it (intention "
		"to treat); as kept only the pairs whose remedy block you kept to. As planned is the fair "
		"test; as kept shows what the remedy did when followed, but the blocks you kept may differ "
		"from the others in more than the remedy.");
}

static void arm(struct json_writer *w, const char *key, const struct stats_plan_test *t, enum plan_arm a)
{
	json_key(w, key);
	json_object(w, JSON_INLINE);
	json_kv_int(w, "runs", (intmax_t)t->runs[a]);
	json_kv_int(w, "scored_runs", (intmax_t)t->scored[a]);
	json_kv_num(w, "mean_pain", t->mean[a]);
	json_end(w);
}

/* One analysis's members. */
static void test_members(struct json_writer *w, const struct stats_plan_test *t,
			 const struct findings_plan_one *f)
{
	json_kv_int(w, "pairs", (intmax_t)t->pairs);
	json_kv_num(w, "difference", t->difference);
	json_kv_pair(w, "ci95", t->ci_lo, t->ci_hi);
	json_kv_num(w, "statistic", t->statistic);
	json_kv_num(w, "p_value", t->p_value);
	json_kv_int(w, "allocations", (intmax_t)t->allocations);
	json_kv_bool(w, "exact", t->exact);
	arm(w, "remedy_arm", t, PLAN_REMEDY);
	arm(w, "usual_arm", t, PLAN_USUAL);
	json_kv_str(w, "verdict", findings_plan_verdict_name(f->verdict));
	json_kv_int(w, "more_pairs", (intmax_t)f->more_pairs);
}

static void json_block(struct json_writer *w, const struct plan_block *pb, const struct stats_plan_block *b)
{
	char a[11], z[11];
	json_object(w, JSON_INLINE);
	json_kv_int(w, "pair", pb->pair);
	json_kv_int(w, "block", pb->block);
	json_kv_str(w, "arm", plan_arm_name(pb->arm));
	json_kv_str(w, "start", date_format(pb->start, a));
	json_kv_str(w, "end", date_format(pb->end, z));
	json_kv_int(w, "runs", (intmax_t)b->runs);
	json_kv_int(w, "scored_runs", (intmax_t)b->scored);
	json_kv_num(w, "mean_pain", b->mean_pain);
	json_kv_bool(w, "complete", b->complete);
	if (b->kept < 0)
		json_kv_null(w, "kept");
	else
		json_kv_bool(w, "kept", b->kept);
	json_end(w);
}

void report_plan_json(struct json_writer *w, const struct stats_plan *sp, const struct findings_plan *fp)
{
	const struct plan *p = sp->plan;
	char seed[24];
	snprintf(seed, sizeof seed, "%" PRIu64, p->seed);
	json_key(w, "experiment");
	json_object(w, JSON_LINES);
	json_kv_str(w, "remedy", plan_remedy_text(p->remedy)->name);
	json_kv_str(w, "seed", seed);
	json_kv_int(w, "planned_blocks", (intmax_t)p->n);
	json_kv_int(w, "completed_blocks", (intmax_t)sp->completed);
	json_kv_int(w, "complete_pairs", (intmax_t)sp->complete_pairs);
	json_key(w, "adherence");
	json_object(w, JSON_INLINE);
	json_kv_int(w, "remedy_blocks", (intmax_t)sp->remedy_blocks);
	json_kv_int(w, "kept", (intmax_t)sp->kept);
	json_kv_int(w, "known", (intmax_t)sp->known);
	json_end(w);
	test_members(w, &sp->itt, &fp->itt);
	json_key(w, "as_kept");
	json_object(w, JSON_LINES);
	test_members(w, &sp->as_kept, &fp->as_kept);
	json_end(w);
	json_key(w, "blocks");
	json_array(w, JSON_LINES);
	for (size_t k = 0; k < p->n; k++)
		json_block(w, &p->blocks[k], &sp->block[k]);
	json_end(w);
	json_end(w);
}

/* "kept so far", "not kept", "adherence not known yet" or, in a usual
 * block, "" (it has no rule). */
static const char *week_kept(const struct report_week_plan *wp)
{
	const struct plan_block *pb = &wp->sp->plan->blocks[wp->at.block];
	int kept = wp->sp->block[wp->at.block].kept;
	if (pb->arm == PLAN_USUAL)
		return "";
	return kept == 1 ? "kept so far" : kept == 0 ? "not kept" : "adherence not known yet";
}

/* "before the plan, which starts on 2026-01-05" or "after ...": what the
 * one line of a week outside the plan says after "this week is". */
static const char *outside(const struct report_week_plan *wp, char *buf, size_t cap)
{
	const struct plan *p = wp->sp->plan;
	char day[11];
	if (wp->at.position < 0)
		snprintf(buf, cap, "before the plan, which starts on %s", date_format(p->start, day));
	else
		snprintf(buf, cap, "after the plan, which ended on %s",
			 date_format(p->blocks[p->n - 1].end, day));
	return buf;
}

void report_plan_week_doc(struct doc *d, const struct report_week_plan *wp, const char *log)
{
	const struct plan *p = wp->sp->plan;
	const struct plan_text *pt = plan_remedy_text(p->remedy);
	char line[128], v[REPORT_PLAN_VERDICT_MAX];

	doc_add(d, DOC_HEADING, "Your self-experiment: %s", pt->name);
	if (wp->at.position != 0) {
		doc_add(d, DOC_PARA, "This week is %s (%s).", outside(wp, line, sizeof line), wp->file);
		return;
	}
	const struct plan_block *pb = &p->blocks[wp->at.block];
	int kept = wp->sp->block[wp->at.block].kept;
	char from[11], to[11];
	doc_add(d, DOC_PARA, "This week is in block %d of %zu (%s to %s), pair %d: %s%s. %s%s Blocks "
		"ended: %zu of %zu, %zu left.", pb->block, p->n, date_format(pb->start, from),
		date_format(pb->end, to), pb->pair, pb->arm == PLAN_REMEDY ? "the remedy, " : pt->usual,
		pb->arm == PLAN_REMEDY ? pt->rule : "", pb->arm == PLAN_REMEDY ? pt->remedy_do : pt->usual_do,
		pb->arm == PLAN_USUAL ? "" : kept == 1 ? " You kept to it so far." : kept == 0 ?
		" You did not keep to it." : " The log does not say yet whether you kept to it.",
		wp->at.ended, p->n, p->n - wp->at.ended);
	if (!wp->at.complete)
		return;
	doc_item(d, 0, "as planned", "%s", report_plan_verdict(wp->sp, &wp->sp->itt, &wp->fp->itt, v, sizeof v));
	doc_add(d, DOC_PARA, "The plan is over: runlog analyze %s --plan %s gives the whole analysis.", log,
		wp->file);
}

void report_plan_week_json(struct json_writer *w, const struct report_week_plan *wp)
{
	static const char *const position[] = {"before", "during", "after"};
	const struct plan *p = wp->sp->plan;
	const struct plan_block *pb = &p->blocks[wp->at.block];
	int kept = wp->sp->block[wp->at.block].kept;

	json_key(w, "plan");
	json_object(w, JSON_LINES);
	json_kv_str(w, "file", wp->file);
	json_kv_str(w, "remedy", plan_remedy_text(p->remedy)->name);
	json_kv_str(w, "position", position[wp->at.position + 1]);
	json_kv_int(w, "planned_blocks", (intmax_t)p->n);
	json_kv_int(w, "ended_blocks", (intmax_t)wp->at.ended);
	json_kv_int(w, "left_blocks", (intmax_t)(p->n - wp->at.ended));
	if (wp->at.position == 0) {
		json_kv_int(w, "block", pb->block);
		json_kv_int(w, "pair", pb->pair);
		json_kv_str(w, "arm", plan_arm_name(pb->arm));
		json_kv_str(w, "rule", pb->arm == PLAN_REMEDY ? plan_remedy_text(p->remedy)->rule : NULL);
		if (kept < 0 || pb->arm == PLAN_USUAL)
			json_kv_null(w, "kept_so_far");
		else
			json_kv_bool(w, "kept_so_far", kept);
	}
	json_kv_bool(w, "complete", wp->at.complete);
	if (wp->at.complete && wp->at.position == 0)
		report_plan_json(w, wp->sp, wp->fp);
	json_end(w);
}

void report_plan_week_summary(FILE *o, const struct report_week_plan *wp)
{
	const struct plan *p = wp->sp->plan;
	const struct plan_block *pb = &p->blocks[wp->at.block];
	char line[128], v[REPORT_PLAN_VERDICT_MAX];

	if (wp->at.position != 0) {
		fprintf(o, "  plan: this week is %s\n", outside(wp, line, sizeof line));
		return;
	}
	fprintf(o, "  plan: block %d of %zu (pair %d): %s%s%s\n    %s%s%zu block%s ended, %zu left\n", pb->block,
		p->n, pb->pair, plan_arm_name(pb->arm), pb->arm == PLAN_REMEDY ? ", " : "",
		pb->arm == PLAN_REMEDY ? plan_remedy_text(p->remedy)->rule : "", week_kept(wp),
		*week_kept(wp) ? "; " : "", wp->at.ended, wp->at.ended == 1 ? "" : "s", p->n - wp->at.ended);
	if (!wp->at.complete)
		return;
	/* The verdict wrapped as the text report wraps a paragraph. */
	struct doc d;
	doc_init(&d);
	doc_add(&d, DOC_PARA, "%s", report_plan_verdict(wp->sp, &wp->sp->itt, &wp->fp->itt, v, sizeof v));
	doc_render(o, &d, DOC_TEXT);
	doc_free(&d);
}
