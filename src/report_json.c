/* report_json: the analysis as one JSON object on a stream. */
#include <math.h>
#include <stdio.h>

#include "runlog/date.h"
#include "runlog/json.h"
#include "runlog/report.h"

static const char *json_format_key(enum ingest_format f)
{
	static const char *const key[] = {"runlog", "spreadsheet", "strava", "garmin", "intervals",
					  "apple"};
	return key[f];
}

static void date_member(struct json_writer *w, const char *key, const struct features *f, int last)
{
	char buf[11];
	json_kv_str(w, key, f->n ? date_format(last ? f->last_day : f->first_day, buf) : NULL);
}

static void diary(struct json_writer *w, const struct report *r)
{
	json_key(w, "diary");
	if (!r->diary) {
		json_null(w);
		return;
	}
	json_object(w, JSON_INLINE);
	json_kv_str(w, "file", r->diary);
	json_kv_int(w, "days", r->log->diary_days);
	json_kv_int(w, "days_without_run", r->log->diary_unmatched);
	json_end(w);
}

static void input(struct json_writer *w, const struct report *r)
{
	const struct ingest_log *log = r->log;

	json_key(w, "input");
	json_object(w, JSON_INLINE);
	json_kv_str(w, "file", r->file);
	json_kv_str(w, "format", json_format_key(log->format));
	json_kv_int(w, "athletes", log->n_athletes);
	json_kv_int(w, "strength_sessions", log->sessions);
	json_kv_int(w, "other_activities", log->other_activities);
	diary(w, r);
	json_kv_int(w, "rows", log->rows);
	json_kv_int(w, "runs", r->st->runs);
	json_kv_int(w, "scored_runs", r->st->scored);
	json_kv_int(w, "skipped_rows", log->skipped);
	json_kv_int(w, "set_aside_values", ingest_set_aside(log));
	json_kv_int(w, "duplicate_rows", log->duplicates);
	json_kv_int(w, "strength_only_days", log->strength_only);
	date_member(w, "first_date", r->feat, 0);
	date_member(w, "last_date", r->feat, 1);
	json_kv_num(w, "mean_pain", r->st->mean_pain);
	json_end(w);
}

static void corr(struct json_writer *w, const char *name, const char *key, const struct stats_corr *c)
{
	char k[64];
	json_kv_num(w, key, c->r);
	snprintf(k, sizeof k, "%s_ci95", name);
	json_kv_pair(w, k, c->ci_lo, c->ci_hi);
	snprintf(k, sizeof k, "%s_p", name);
	json_kv_num(w, k, c->p);
}

static void streak(struct json_writer *w, const struct stats_result *st)
{
	json_key(w, "streak");
	json_object(w, JSON_LINES);
	corr(w, "pearson", "pearson_r", &st->pearson);
	corr(w, "spearman", "spearman_rho", &st->spearman);
	json_key(w, "by_days");
	json_array(w, JSON_LINES);
	for (int i = 0; i < STATS_STREAK_BINS; i++) {
		const struct stats_summary *s = &st->by_streak[i];
		json_object(w, JSON_INLINE);
		json_kv_int(w, "days", i + 1);
		if (i + 1 == STATS_STREAK_BINS)
			json_kv_bool(w, "or_more", 1);
		json_kv_int(w, "runs", s->n);
		json_kv_num(w, "mean_pain", s->mean);
		json_kv_pair(w, "ci95", s->ci_lo, s->ci_hi);
		if (report_pain_clipped(s->ci_lo, s->ci_hi))
			json_kv_bool(w, "clipped", 1);
		json_end(w);
	}
	json_end(w);
	json_end(w);
}

/* One factor's two groups of runs, a and b, and their difference. */
static void group(struct json_writer *w, const char *key, const struct stats_diff *d, const char *a,
		  const char *b)
{
	char k[64];

	json_key(w, key);
	json_object(w, JSON_INLINE);
	snprintf(k, sizeof k, "%s_runs", a);
	json_kv_int(w, k, d->a.n);
	snprintf(k, sizeof k, "%s_runs", b);
	json_kv_int(w, k, d->b.n);
	snprintf(k, sizeof k, "mean_pain_%s", a);
	json_kv_num(w, k, d->a.mean);
	snprintf(k, sizeof k, "mean_pain_%s", b);
	json_kv_num(w, k, d->b.mean);
	json_kv_num(w, "difference", d->diff);
	json_kv_pair(w, "ci95", d->ci_lo, d->ci_hi);
	json_kv_num(w, "p_value", d->p);
	json_end(w);
}

/* Strength, load spikes and long runs are null when the log cannot measure them. */
static void groups(struct json_writer *w, const struct stats_result *st)
{
	group(w, "consecutive_days", &st->factor[STATS_CONSECUTIVE_DAYS], "streak_3_plus", "streak_1");
	group(w, "meal_before", &st->factor[STATS_MEAL_BEFORE], "skipped", "ate");
	group(w, "meal_after", &st->factor[STATS_MEAL_AFTER], "skipped", "ate");
	if (st->measured[STATS_STRENGTH])
		group(w, "strength", &st->factor[STATS_STRENGTH], "without", "with");
	else
		json_kv_null(w, "strength");
	if (st->measured[STATS_LOAD_SPIKE])
		group(w, "load_spike", &st->factor[STATS_LOAD_SPIKE], "spike", "steady");
	else
		json_kv_null(w, "load_spike");
	if (st->measured[STATS_LONG_RUN])
		group(w, "long_run", &st->factor[STATS_LONG_RUN], "long", "usual");
	else
		json_kv_null(w, "long_run");
}

static void coefficients(struct json_writer *w, const struct stats_model *m)
{
	json_key(w, "coefficients");
	json_object(w, JSON_INLINE);
	for (int t = 0; t < STATS_NTERMS; t++) {
		if (!m->in_model[t])
			continue;
		json_key(w, stats_term_name((enum stats_term)t));
		json_object(w, JSON_INLINE);
		json_kv_num(w, "coef", m->fitted ? m->coef[t] : NAN);
		json_kv_num(w, "se", m->fitted ? m->se[t] : NAN);
		json_end(w);
	}
	json_end(w);
}

static void effects(struct json_writer *w, const struct stats_model *m)
{
	json_key(w, "effects");
	json_object(w, JSON_INLINE);
	for (int k = 0; k < STATS_NFACTORS; k++) {
		const struct stats_effect *e = &m->effect[k];
		json_key(w, stats_factor_name((enum stats_factor)k));
		if (!e->in_model) {
			json_null(w);
			continue;
		}
		json_object(w, JSON_INLINE);
		json_kv_num(w, "effect", e->effect);
		json_kv_num(w, "se", e->se);
		json_kv_pair(w, "ci95", e->ci_lo, e->ci_hi);
		json_kv_num(w, "p_value", e->p);
		json_kv_num(w, "p_holm", e->p_holm);
		json_kv_num(w, "without_time", e->without_time);
		json_key(w, "weeks");
		json_array(w, JSON_INLINE);
		json_int(w, e->weeks[0]);
		json_int(w, e->weeks[1]);
		json_end(w);
		json_end(w);
	}
	json_end(w);
}

/* Each aliased term, and each term it leans on, with the terms it could
 * not be told apart from: "aliased": {"meal_before": ["streak_3"], ...}. */
static void aliased(struct json_writer *w, const struct stats_model *m)
{
	json_key(w, "aliased");
	json_object(w, JSON_INLINE);
	for (int t = 0; t < STATS_NTERMS; t++) {
		if (!m->alias[t] && !m->dropped[t])
			continue;
		json_key(w, stats_term_name((enum stats_term)t));
		json_array(w, JSON_INLINE);
		for (int u = 0; u < STATS_NTERMS; u++)
			if (m->alias[t] >> u & 1)
				json_str(w, stats_term_name((enum stats_term)u));
		json_end(w);
	}
	json_end(w);
}

/* The model with every factor held fixed: "adjusted". */
static void adjusted(struct json_writer *w, const struct stats_model *m)
{
	json_key(w, "adjusted");
	json_object(w, JSON_INLINE);
	json_kv_str(w, "method", "OLS with each athlete's trend and the previous scored run's pain, "
				 "cluster-robust by athlete-week (CR1), t with G-1 df, Holm");
	json_kv_bool(w, "fitted", m->fitted);
	json_kv_int(w, "runs", m->runs);
	json_kv_int(w, "clusters", m->clusters);
	json_kv_int(w, "terms", m->k);
	json_kv_bool(w, "exact", m->exact);
	json_key(w, "trend");
	json_object(w, JSON_INLINE);
	json_kv_int(w, "spline", m->trend[STATS_TREND_SPLINE]);
	json_kv_int(w, "linear", m->trend[STATS_TREND_LINEAR]);
	json_kv_int(w, "none", m->trend[STATS_TREND_NONE]);
	json_end(w);
	aliased(w, m);
	json_wrap(w);
	coefficients(w, m);
	json_wrap(w);
	effects(w, m);
	json_end(w);
}

void report_json_findings(struct json_writer *w, const struct findings *fd)
{
	json_array(w, JSON_LINES);
	for (size_t i = 0; i < fd->n; i++) {
		const struct finding *f = &fd->item[i];
		json_object(w, JSON_INLINE);
		json_kv_str(w, "factor", stats_factor_name(f->factor));
		json_kv_str(w, "remedy", findings_remedy_name(f->remedy));
		json_kv_str(w, "evidence", findings_evidence_name(f->evidence));
		json_kv_bool(w, "recommended", findings_recommends(f));
		json_kv_str(w, "direction", f->evidence < EVIDENCE_WEAK ? NULL
					    : f->opposite ? "less pain" : "more pain");
		json_kv_num(w, "effect", f->effect);
		json_kv_pair(w, "ci95", f->ci_lo, f->ci_hi);
		json_kv_num(w, "p_value", f->p);
		json_kv_str(w, "basis", f->adjusted ? "adjusted" : "marginal");
		json_kv_num(w, "p_holm", f->p_holm);
		json_kv_num(w, "marginal_effect", f->marginal);
		json_kv_pair(w, "marginal_ci95", f->marginal_lo, f->marginal_hi);
		if (f->reason[0])
			json_kv_str(w, "reason", f->reason);
		else
			json_kv_null(w, "reason");
		json_kv_str(w, "message", f->message);
		json_end(w);
	}
	json_end(w);
}

/* An athlete's factors in the factors' own order, whatever their ranking. */
static void athlete_factors(struct json_writer *w, const struct report_athlete *a)
{
	json_key(w, "factors");
	json_object(w, JSON_INLINE);
	for (int k = 0; k < STATS_NFACTORS; k++) {
		const struct report_athlete_factor *f = &a->factor[k];
		if (!(a->judged & 1u << k))
			continue;
		json_key(w, stats_factor_name((enum stats_factor)k));
		json_object(w, JSON_INLINE);
		json_kv_num(w, "effect", f->effect);
		json_kv_pair(w, "ci95", f->ci_lo, f->ci_hi);
		json_kv_num(w, "marginal_effect", f->marginal);
		json_kv_str(w, "evidence", findings_evidence_name((enum findings_evidence)a->evidence[k]));
		json_end(w);
	}
	json_end(w);
}

static void athletes(struct json_writer *w, const struct report *r)
{
	json_key(w, "athletes");
	json_array(w, JSON_LINES);
	for (size_t i = 0; i < r->n_athletes; i++) {
		const struct report_athlete *a = &r->athletes[i];
		json_object(w, JSON_INLINE);
		json_kv_str(w, "athlete", a->name);
		json_kv_int(w, "runs", a->runs);
		json_kv_int(w, "scored_runs", a->scored);
		json_kv_num(w, "mean_pain", a->mean_pain);
		athlete_factors(w, a);
		json_kv_str(w, "top_remedy", a->has_top ? findings_remedy_name((enum findings_remedy)a->remedy) : NULL);
		json_end(w);
	}
	json_end(w);
}

int report_json(FILE *o, const struct report *r)
{
	struct json_writer w;

	json_init(&w, o);
	json_object(&w, JSON_LINES);
	input(&w, r);
	streak(&w, r->st);
	groups(&w, r->st);
	json_key(&w, "findings");
	report_json_findings(&w, r->fd);
	json_key(&w, "not_recorded");
	json_array(&w, JSON_INLINE);
	for (int k = 0; k < STATS_NFACTORS; k++)
		if (!r->st->measured[k])
			json_str(&w, stats_factor_name((enum stats_factor)k));
	json_end(&w);
	json_kv_str(&w, "unexplained_pain", r->fd->unexplained ? r->fd->unexplained_msg : NULL);
	if (r->model)
		adjusted(&w, r->model);
	if (r->athletes)
		athletes(&w, r);
	if (r->plan)
		report_plan_json(&w, r->plan, r->plan_fd);
	report_since_json(&w, r);
	report_json_tail(&w, r->charts, r->n_charts, 0);
	json_end(&w);
	return ferror(o) ? -1 : 0;
}

void report_json_tail(struct json_writer *w, const struct doc_figure *charts, size_t n, int href)
{
	json_key(w, "charts");
	json_array(w, JSON_INLINE);
	for (size_t i = 0; i < n; i++)
		json_str(w, href ? charts[i].href : charts[i].path);
	json_end(w);
	json_kv_str(w, "caution", findings_caution);
}
