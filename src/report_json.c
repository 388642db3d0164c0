/* report_json: the analysis as one JSON object on a stream. */
#include <math.h>
#include <stdio.h>

#include "runlog/date.h"
#include "runlog/json.h"
#include "runlog/report.h"

static const char *json_format_key(enum ingest_format f)
{
	static const char *const key[] = {"runlog", "spreadsheet", "strava", "garmin"};
	return key[f];
}

static void jdate(FILE *o, const struct features *f, int last)
{
	char buf[11];
	if (f->n == 0)
		fputs("null", o);
	else
		json_str(o, date_format(last ? f->last_day : f->first_day, buf));
}

static void corr(FILE *o, const char *name, const char *key, const struct stats_corr *c)
{
	fprintf(o, "    \"%s\": ", key);
	json_num(o, c->r);
	fprintf(o, ",\n    \"%s_ci95\": ", name);
	json_pair(o, c->ci_lo, c->ci_hi);
	fprintf(o, ",\n    \"%s_p\": ", name);
	json_num(o, c->p);
	fputs(",\n", o);
}

static void group(FILE *o, const char *key, const struct stats_diff *d, const char *a, const char *b,
		  int last)
{
	fprintf(o, "  \"%s\": {\"%s_runs\": %zu, \"%s_runs\": %zu, \"mean_pain_%s\": ", key, a, d->a.n, b,
		d->b.n, a);
	json_num(o, d->a.mean);
	fprintf(o, ", \"mean_pain_%s\": ", b);
	json_num(o, d->b.mean);
	fputs(", \"difference\": ", o);
	json_num(o, d->diff);
	fputs(", \"ci95\": ", o);
	json_pair(o, d->ci_lo, d->ci_hi);
	fputs(", \"p_value\": ", o);
	json_num(o, d->p);
	fprintf(o, "}%s\n", last ? "" : ",");
}

/* The model with every factor held fixed: "adjusted". */
static void adjusted(FILE *o, const struct stats_model *m)
{
	fprintf(o, ",\n  \"adjusted\": {\"method\": \"OLS, cluster-robust by athlete-week (CR1), "
		   "t with G-1 df, Holm\", \"fitted\": %s, \"runs\": %zu, \"clusters\": %zu, "
		   "\"terms\": %zu,\n    \"coefficients\": {",
		m->fitted ? "true" : "false", m->runs, m->clusters, m->k);
	int first = 1;
	for (int t = 0; t < STATS_NTERMS; t++) {
		if (!m->in_model[t])
			continue;
		fprintf(o, "%s\"%s\": {\"coef\": ", first ? "" : ", ", stats_term_name((enum stats_term)t));
		json_num(o, m->fitted ? m->coef[t] : NAN);
		fputs(", \"se\": ", o);
		json_num(o, m->fitted ? m->se[t] : NAN);
		fputc('}', o);
		first = 0;
	}
	fputs("},\n    \"effects\": {", o);
	first = 1;
	for (int k = 0; k < STATS_NFACTORS; k++) {
		const struct stats_effect *e = &m->effect[k];
		fprintf(o, "%s\"%s\": ", first ? "" : ", ", stats_factor_name((enum stats_factor)k));
		first = 0;
		if (!e->in_model) {
			fputs("null", o);
			continue;
		}
		fputs("{\"effect\": ", o);
		json_num(o, e->effect);
		fputs(", \"se\": ", o);
		json_num(o, e->se);
		fputs(", \"ci95\": ", o);
		json_pair(o, e->ci_lo, e->ci_hi);
		fputs(", \"p_value\": ", o);
		json_num(o, e->p);
		fputs(", \"p_holm\": ", o);
		json_num(o, e->p_holm);
		fputc('}', o);
	}
	fputs("}}", o);
}

void report_json_findings(FILE *o, const struct findings *fd)
{
	fputc('[', o);
	for (size_t i = 0; i < fd->n; i++) {
		const struct finding *f = &fd->item[i];
		fputs(i ? ",\n    {" : "\n    {", o);
		json_key(o, "factor");
		json_str(o, stats_factor_name(f->factor));
		fputs(", ", o);
		json_key(o, "remedy");
		json_str(o, findings_remedy_name(f->remedy));
		fputs(", ", o);
		json_key(o, "evidence");
		json_str(o, findings_evidence_name(f->evidence));
		fputs(", \"effect\": ", o);
		json_num(o, f->effect);
		fputs(", \"ci95\": ", o);
		json_pair(o, f->ci_lo, f->ci_hi);
		fputs(", \"p_value\": ", o);
		json_num(o, f->p);
		fprintf(o, ", \"basis\": \"%s\", \"p_holm\": ", f->adjusted ? "adjusted" : "marginal");
		json_num(o, f->p_holm);
		fputs(", \"marginal_effect\": ", o);
		json_num(o, f->marginal);
		fputs(", \"marginal_ci95\": ", o);
		json_pair(o, f->marginal_lo, f->marginal_hi);
		fputs(", ", o);
		json_key(o, "message");
		json_str(o, f->message);
		fputc('}', o);
	}
	fputs(fd->n ? "\n  ]" : "]", o);
}

int report_json(FILE *o, const struct report *r)
{
	const struct stats_result *st = r->st;
	const struct findings *fd = r->fd;

	fputs("{\n  \"input\": {", o);
	json_key(o, "file");
	json_str(o, r->file);
	fputs(", ", o);
	json_key(o, "format");
	json_str(o, json_format_key(r->log->format));
	fprintf(o, ", \"athletes\": %zu, \"strength_sessions\": %zu, \"other_activities\": %zu, "
		   "\"diary\": ",
		r->log->n_athletes, r->log->sessions, r->log->other_activities);
	if (r->diary) {
		fputs("{", o);
		json_key(o, "file");
		json_str(o, r->diary);
		fprintf(o, ", \"days\": %zu, \"days_without_run\": %zu}", r->log->diary_days,
			r->log->diary_unmatched);
	} else {
		fputs("null", o);
	}
	fprintf(o, ", \"rows\": %zu, \"runs\": %zu, \"scored_runs\": %zu, \"skipped_rows\": %zu, \"duplicate_rows\": %zu, "
		   "\"strength_only_days\": %zu, \"first_date\": ",
		r->log->rows, st->runs, st->scored, r->log->skipped, r->log->duplicates,
		r->log->strength_only);
	jdate(o, r->feat, 0);
	fputs(", \"last_date\": ", o);
	jdate(o, r->feat, 1);
	fputs(", \"mean_pain\": ", o);
	json_num(o, st->mean_pain);
	fputs("},\n  \"streak\": {\n", o);
	corr(o, "pearson", "pearson_r", &st->pearson);
	corr(o, "spearman", "spearman_rho", &st->spearman);
	fputs("    \"by_days\": [\n", o);
	for (int i = 0; i < STATS_STREAK_BINS; i++) {
		const struct stats_summary *s = &st->by_streak[i];
		fprintf(o, "      {\"days\": %d, %s\"runs\": %zu, \"mean_pain\": ", i + 1,
			i + 1 == STATS_STREAK_BINS ? "\"or_more\": true, " : "", s->n);
		json_num(o, s->mean);
		fputs(", \"ci95\": ", o);
		json_pair(o, s->ci_lo, s->ci_hi);
		fprintf(o, "}%s\n", i + 1 < STATS_STREAK_BINS ? "," : "");
	}
	fputs("    ]\n  },\n", o);
	group(o, "consecutive_days", &st->factor[STATS_CONSECUTIVE_DAYS], "streak_3_plus", "streak_1", 0);
	group(o, "meal_before", &st->factor[STATS_MEAL_BEFORE], "skipped", "ate", 0);
	group(o, "meal_after", &st->factor[STATS_MEAL_AFTER], "skipped", "ate", 0);
	if (st->measured[STATS_STRENGTH])
		group(o, "strength", &st->factor[STATS_STRENGTH], "without", "with", 0);
	else
		fputs("  \"strength\": null,\n", o);
	if (st->measured[STATS_LOAD_SPIKE])
		group(o, "load_spike", &st->factor[STATS_LOAD_SPIKE], "spike", "steady", 0);
	else
		fputs("  \"load_spike\": null,\n", o);

	fputs("  \"findings\": ", o);
	report_json_findings(o, fd);
	fputs(",\n", o);
	fputs("  \"unexplained_pain\": ", o);
	if (fd->unexplained)
		json_str(o, fd->unexplained_msg);
	else
		fputs("null", o);
	if (r->model)
		adjusted(o, r->model);
	if (r->athletes) {
		fputs(",\n  \"athletes\": [", o);
		for (size_t a = 0; a < r->n_athletes; a++) {
			const struct report_athlete *ra = &r->athletes[a];
			fputs(a ? ",\n    {" : "\n    {", o);
			json_key(o, "athlete");
			json_str(o, ra->name);
			fprintf(o, ", \"runs\": %zu, \"scored_runs\": %zu, \"mean_pain\": ", ra->st.runs,
				ra->st.scored);
			json_num(o, ra->st.mean_pain);
			fputs(", \"factors\": {", o);
			/* In the factors' own order, whatever each athlete's ranking. */
			int any = 0;
			for (int k = 0; k < STATS_NFACTORS; k++)
				for (size_t i = 0; i < ra->fd.n; i++) {
					const struct finding *f = &ra->fd.item[i];
					if ((int)f->factor != k)
						continue;
					fprintf(o, "%s\"%s\": {\"effect\": ", any++ ? ", " : "",
						stats_factor_name(f->factor));
					json_num(o, f->effect);
					fputs(", \"ci95\": ", o);
					json_pair(o, f->ci_lo, f->ci_hi);
					fputs(", \"marginal_effect\": ", o);
					json_num(o, f->marginal);
					fprintf(o, ", \"evidence\": \"%s\"}", findings_evidence_name(f->evidence));
				}
			fputs("}, \"top_remedy\": ", o);
			if (ra->fd.n && ra->fd.item[0].evidence >= EVIDENCE_MODERATE)
				json_str(o, findings_remedy_name(ra->fd.item[0].remedy));
			else
				fputs("null", o);
			fputc('}', o);
		}
		fputs(r->n_athletes ? "\n  ]" : "]", o);
	}
	report_json_tail(o, r->charts, r->n_charts, 0);
	return ferror(o) ? -1 : 0;
}

void report_json_tail(FILE *o, const struct doc_figure *charts, size_t n, int href)
{
	fputs(",\n  \"charts\": [", o);
	for (size_t i = 0; i < n; i++) {
		if (i)
			fputs(", ", o);
		json_str(o, href ? charts[i].href : charts[i].path);
	}
	fputs("],\n  \"caution\": ", o);
	json_str(o, findings_caution);
	fputs("\n}\n", o);
}
