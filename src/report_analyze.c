/* report_analyze: the analyze results as a doc, for text, Markdown and HTML. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/report.h"
#include "runlog/safe.h"

static const char *plural(size_t n)
{
	return n == 1 ? "" : "s";
}

void report_read_as(struct doc *d, const struct ingest_log *log, const char *file,
		    const char *diary)
{
	char others[192] = "";
	if (*log->member)
		doc_add(d, DOC_PARA, "read %s from %s", log->member, file);
	if (log->other_activities)
		snprintf(others, sizeof others, ", %zu other activit%s left out", log->other_activities,
			 log->other_activities == 1 ? "y" : "ies");
	if (log->n_athletes > 1)
		snprintf(others + strlen(others), sizeof others - strlen(others),
			 "; %zu athletes pooled", log->n_athletes);
	else if (log->n_athletes == 1 && log->other_athletes)
		snprintf(others + strlen(others), sizeof others - strlen(others), "; athlete %.*s alone",
			 (int)safe_utf8_cut(log->athletes[0], strlen(log->athletes[0]), 40), log->athletes[0]);
	if (log->miles_guessed)
		snprintf(others + strlen(others), sizeof others - strlen(others),
			 "; distances read as miles; --units km to override");
	doc_add(d, DOC_PARA, "read as %s %s: %zu run%s, %zu strength session%s%s%s",
		ingest_format_article(log->format), ingest_format_name(log->format), log->n_runs, plural(log->n_runs), log->sessions,
		plural(log->sessions), others, log->utf16 ? "; read as UTF-16, converted" : "");
	if (diary)
		doc_add(d, DOC_PARA, "pain from the diary %s%s: %zu day%s with runs, %zu diary day%s "
				     "with no run", diary, log->diary_utf16 ? " (read as UTF-16, converted)" : "",
			log->diary_days, plural(log->diary_days), log->diary_unmatched,
			plural(log->diary_unmatched));
}

/* "3 values set aside: 2 pain, 1 ate_before (...)". */
static void set_aside(struct doc *d, const struct ingest_log *log)
{
	char cols[160] = "";
	size_t n = ingest_set_aside(log), used = 0;
	if (!n)
		return;
	for (int v = 0; v < INGEST_NVALUES; v++)
		if (log->set_aside[v] && used < sizeof cols)
			used += (size_t)snprintf(cols + used, sizeof cols - used, "%s%zu %s", used ? ", " : "",
						 log->set_aside[v], ingest_value_name((enum ingest_value)v));
	doc_add(d, DOC_PARA, "%zu value%s set aside: %s (each named in a warning; the rows are kept)",
		n, plural(n), cols);
}

static void header(struct doc *d, const struct report *r)
{
	const struct stats_result *st = r->st;
	const struct features *f = r->feat;
	char a[11], b[11], m[32];

	doc_add(d, DOC_TITLE, "runlog: %s", r->file);
	report_read_as(d, r->log, r->file, r->diary);
	if (f->n)
		doc_add(d, DOC_PARA, "%s to %s (%d day%s): %zu run%s, %zu scored, mean pain %s",
			date_format(f->first_day, a), date_format(f->last_day, b),
			(int)(f->last_day - f->first_day + 1), f->last_day == f->first_day ? "" : "s", st->runs,
			plural(st->runs), st->scored,
			report_num(st->mean_pain, 1, m, sizeof m));
	else
		doc_add(d, DOC_PARA, "no runs in the log");
	if (r->log->strength_only)
		doc_add(d, DOC_PARA, "%zu strength-only day%s", r->log->strength_only,
			plural(r->log->strength_only));
	if (r->log->skipped)
		doc_add(d, DOC_PARA, "%zu row%s skipped (each was named in a warning on stderr)", r->log->skipped,
			plural(r->log->skipped));
	set_aside(d, r->log);
	if (r->log->duplicates)
		doc_add(d, DOC_PARA, "%zu row%s that repeated an earlier row exactly, counted once",
			r->log->duplicates, plural(r->log->duplicates));
}

static void streak_table(struct doc *d, const struct stats_result *st)
{
	char n[32], m[32], c[64], r1[32], r2[64], p[32];
	doc_add(d, DOC_HEADING, "Pain by consecutive running days");
	doc_table(d, 4, "rrrl");
	doc_row(d, (const char *[]){"days", "runs", "mean pain", "95% CI"});
	for (int i = 0; i < STATS_STREAK_BINS; i++) {
		const struct stats_summary *s = &st->by_streak[i];
		char days[16];
		snprintf(days, sizeof days, "%d%s", i + 1, i + 1 == STATS_STREAK_BINS ? "+" : "");
		snprintf(n, sizeof n, "%zu", s->n);
		doc_row(d, (const char *[]){days, n, report_num(s->mean, 1, m, sizeof m),
					    report_pain_ci(s->ci_lo, s->ci_hi, 1, c, sizeof c)});
	}
	doc_add(d, DOC_PARA, "Pearson r %s (95%% CI %s, p %s)", report_num(st->pearson.r, 2, r1, sizeof r1),
		report_ci(st->pearson.ci_lo, st->pearson.ci_hi, 2, r2, sizeof r2),
		report_pval(st->pearson.p, p, sizeof p));
	doc_add(d, DOC_PARA, "Spearman rho %s (95%% CI %s, p %s)",
		report_num(st->spearman.r, 2, r1, sizeof r1),
		report_ci(st->spearman.ci_lo, st->spearman.ci_hi, 2, r2, sizeof r2),
		report_pval(st->spearman.p, p, sizeof p));
}

static void diff_row(struct doc *d, const char *label, const struct stats_diff *x)
{
	char na[32], nb[32], ma[32], mb[32], df[32], c[64], p[32];
	snprintf(na, sizeof na, "%zu", x->a.n);
	snprintf(nb, sizeof nb, "%zu", x->b.n);
	doc_row(d, (const char *[]){label, na, report_num(x->a.mean, 1, ma, sizeof ma), nb,
				    report_num(x->b.mean, 1, mb, sizeof mb),
				    report_num(x->diff, 1, df, sizeof df),
				    report_ci(x->ci_lo, x->ci_hi, 1, c, sizeof c),
				    report_pval(x->p, p, sizeof p)});
}

static void factor_table(struct doc *d, const struct stats_result *st)
{
	doc_add(d, DOC_HEADING, "Pain with and without each factor");
	doc_table(d, 8, "lrrrrrlr");
	doc_row(d, (const char *[]){"factor", "runs", "pain", "base", "pain", "diff", "95% CI", "p"});
	diff_row(d, "3+ days in a row", &st->factor[STATS_CONSECUTIVE_DAYS]);
	if (st->measured[STATS_MEAL_BEFORE])
		diff_row(d, "skipped meal before", &st->factor[STATS_MEAL_BEFORE]);
	if (st->measured[STATS_MEAL_AFTER])
		diff_row(d, "skipped meal after prev", &st->factor[STATS_MEAL_AFTER]);
	if (st->measured[STATS_STRENGTH])
		diff_row(d, "no strength in 7 days", &st->factor[STATS_STRENGTH]);
	if (st->measured[STATS_LOAD_SPIKE])
		diff_row(d, "jump in distance", &st->factor[STATS_LOAD_SPIKE]);
	if (st->measured[STATS_LONG_RUN])
		diff_row(d, "long run", &st->factor[STATS_LONG_RUN]);
	doc_add(d, DOC_PARA, "runs and pain: the runs with the factor and their mean pain; base and "
			     "pain: the runs to compare with (after a rest day, meals eaten, a strength "
			     "session in the 7 days before); diff: the first mean minus the second.");
	doc_add(d, DOC_PARA, "The CIs and p here, and p above, allow for runs in one week being alike.");
}

/* Marginal and adjusted side by side, from the findings. */
static void adjusted_table(struct doc *d, const struct report *r)
{
	static const char *const label[STATS_NFACTORS] = {"3+ days in a row", "skipped meal before",
							  "skipped meal after prev",
							  "no strength in 7 days", "jump in distance",
							  "long run"};
	const struct stats_model *m = r->model;
	if (!m)
		return;
	doc_add(d, DOC_HEADING, "Each factor with the others held fixed");
	if (!m->fitted) {
		doc_add(d, DOC_PARA, "Not enough runs with every factor known (%zu) to fit the model.", m->runs);
		return;
	}
	doc_table(d, 6, "lrrlrl");
	doc_row(d, (const char *[]){"factor", "plain", "adjusted", "95% CI", "Holm p", "evidence"});
	for (int k = 0; k < STATS_NFACTORS; k++)
		for (size_t i = 0; i < r->fd->n; i++) {
			const struct finding *f = &r->fd->item[i];
			char a[16], b[16], lo[16], hi[16], c[40], p[32], ev[32];
			if (f->factor != (enum stats_factor)k)
				continue;
			/* As the findings print it, so the CI agrees with the level. */
			int graded = f->evidence >= EVIDENCE_WEAK;
			snprintf(ev, sizeof ev, "%s%s", findings_evidence_name(f->evidence),
				 f->opposite ? ", less pain" : "");
			if (isnan(f->ci_lo))
				snprintf(c, sizeof c, "-");
			else
				snprintf(c, sizeof c, "%s to %s", findings_points(f->ci_lo, graded && !f->opposite, lo),
					 findings_points(f->ci_hi, graded && f->opposite, hi));
			doc_row(d, (const char *[]){label[k], findings_points(f->marginal, 0, a),
						    findings_points(f->effect, 0, b), c,
						    report_pval(f->p_holm, p, sizeof p), ev});
		}
	doc_add(d, DOC_PARA, "plain: the difference of means above; adjusted: the effect in one model "
			     "of pain on every factor (%zu runs, %zu weeks) that also allows for slow changes "
			     "in pain over the months and for the pain of the run before, with a 95%% CI that "
			     "allows for runs in one week being alike, and p adjusted for testing several "
			     "factors at once (Holm); evidence: from how far the end of the CI nearest 0 lies "
			     "from 0 (\"less pain\": the factor went with less pain, and suggests no remedy).",
		m->runs, m->clusters);
}

static void findings_list(struct doc *d, const struct report *r)
{
	const struct findings *fd = r->fd;
	const struct stats_model *m = r->model;
	char missing[2048];
	doc_add(d, DOC_HEADING, "What goes with your back pain");
	if (m && m->fitted)
		doc_add(d, DOC_PARA, "Each finding below also allows for slow changes in pain over the "
				     "months and for the pain of the run before.");
	for (size_t i = 0; i < fd->n; i++)
		doc_item(d, 1, findings_evidence_name(fd->item[i].evidence), "%s", fd->item[i].message);
	if (*report_not_recorded(r->log, r->diary, r->st, missing, sizeof missing))
		doc_add(d, DOC_PARA, "Not recorded: %s", missing);
	if (fd->unexplained)
		doc_add(d, DOC_PARA, "Note: %s", fd->unexplained_msg);
}

void report_athlete_set(struct report_athlete *a, const char *name, const struct stats_result *st,
			const struct findings *fd)
{
	const struct finding *top = findings_top(fd);
	*a = (struct report_athlete){.name = name, .runs = st->runs, .scored = st->scored,
				     .mean_pain = st->mean_pain, .has_top = top != NULL,
				     .remedy = top ? (unsigned char)top->remedy : 0};
	for (size_t i = 0; i < fd->n; i++) {
		const struct finding *f = &fd->item[i];
		a->factor[f->factor] = (struct report_athlete_factor){f->effect, f->ci_lo, f->ci_hi, f->marginal};
		a->evidence[f->factor] = (signed char)f->evidence;
		a->judged |= 1u << f->factor;
	}
}

/* "2.5 strong", or "- insufficient"; "-" when factor k has no finding. */
static const char *effect_cell(const struct report_athlete *a, enum stats_factor k, char *buf, size_t cap)
{
	char e[16];
	if (!(a->judged & 1u << k))
		return "-";
	/* Without the model's effect, the plain difference, in brackets. */
	int plain = isnan(a->factor[k].effect);
	double x = plain ? a->factor[k].marginal : a->factor[k].effect;
	snprintf(buf, cap, plain && !isnan(x) ? "(%s) %s" : "%s %s", findings_points(x, 0, e),
		 findings_evidence_name((enum findings_evidence)a->evidence[k]));
	return buf;
}

/* Row i of the athlete table (a doc_row_fn over the report's athletes):
 * every cell of an athlete's row is formatted here. */
static void athlete_row(const void *ctx, size_t i, const char **cells, char *buf, size_t cap)
{
	const struct report_athlete *a = &((const struct report_athlete *)ctx)[i];
	size_t part = cap / (3 + STATS_NFACTORS);
	snprintf(buf, part, "%zu", a->runs);
	cells[0] = a->name;
	cells[1] = buf;
	cells[2] = report_num(a->mean_pain, 1, buf + part, part);
	for (int k = 0; k < STATS_NFACTORS; k++)
		cells[3 + k] = effect_cell(a, (enum stats_factor)k, buf + (2 + k) * part, part);
	cells[3 + STATS_NFACTORS] = a->has_top ? findings_remedy_name((enum findings_remedy)a->remedy) : "-";
}

/* The table's rows are made as it is rendered, so a cohort's table takes
 * no memory beyond its athletes' summaries. */
static void athlete_table(struct doc *d, const struct report *r)
{
	doc_add(d, DOC_HEADING, "By athlete");
	doc_table(d, 4 + STATS_NFACTORS, "lrrlllllll");
	doc_row(d, (const char *[]){"athlete", "runs", "pain", "streak", "before", "after", "strength",
				    "load", "long", "remedy"});
	doc_rows(d, r->n_athletes, athlete_row, r->athletes);
	doc_add(d, DOC_PARA, "For each athlete alone: mean pain, then the effect in pain points (with "
			     "the other factors held fixed; in brackets, the plain difference where "
			     "the athlete's runs are too few to hold them fixed), with "
			     "its evidence, of 3+ running days in a row (streak), a meal skipped before "
			     "the run or after the previous one, no strength session in 7 days, and a "
			     "load spike (a week's distance at least 1.3 times the month's weekly "
			     "average), and a long run (more than 10%% longer than the longest of the "
			     "30 days before); the remedy is that of the athlete's strongest finding of more pain "
			     "with its factor, when it is moderate or strong (a negative effect graded weak "
			     "or more went with less pain, and suggests no remedy).");
	char missing[2048];
	if (*report_not_recorded(r->log, r->diary, r->st, missing, sizeof missing))
		doc_add(d, DOC_PARA, "-: not recorded: %s.", missing);
}

void report_analyze_doc(const struct report *r, struct doc *d)
{
	header(d, r);
	if (r->st->scored == 0) {
		doc_add(d, DOC_HEADING, "Nothing to analyse yet");
		doc_add(d, DOC_PARA, "There are no runs with a pain score to analyse yet. Add a pain score "
				     "from 0 to 10 to each run, and runlog will look for what goes with it.");
	} else {
		findings_list(d, r);
		streak_table(d, r->st);
		factor_table(d, r->st);
		adjusted_table(d, r);
		if (r->athletes)
			athlete_table(d, r);
		report_since_doc(r, d);
	}
	if (r->plan)
		report_plan_doc(d, r->plan, r->plan_fd);
	if (r->n_charts) {
		doc_add(d, DOC_HEADING, "Charts");
		for (size_t i = 0; i < r->n_charts; i++)
			doc_figure(d, &r->charts[i]);
	}
	doc_add(d, DOC_NOTE, "%s", findings_caution);
}
