#include "runlog/chart.h"

#include "runlog/date.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Okabe-Ito, safe for colour-blind readers. */
#define BLUE 0x0072b2u
#define ORANGE 0xd55e00u
#define AMBER 0xe69f00u
#define SKY 0x56b4e9u
#define GREY 0x999999u
#define PALE 0xccccccu
#define REMEDY_SHADE 0xd9eaf6u
#define USUAL_SHADE 0xfbe7cbu
#define BLOCK_GAP 0.25 /* days */
#define MARGINS 90, 40, 105, 40

const char *chart_name(enum chart_kind k)
{
	static const char *const name[CHART_NKINDS] = {"pain_timeline", "pain_by_streak", "pain_by_meals",
						       "weekly", "factors", "week_runs", "last_12_weeks", "plan",
						       "change"};
	return name[k];
}

const char *chart_title(enum chart_kind k)
{
	static const char *const title[CHART_NKINDS] = {
		"Back pain on each run", "Pain by consecutive running days",
		"Pain with meals eaten or skipped", "Weekly running and pain",
		"What goes with more back pain", "Pain on each day of the week",
		"Running and pain, week by week", "Your self-experiment: pain in each block",
		"Pain before and after the change"};
	return title[k];
}

static int skipped_meal(const struct features_run *r)
{
	return r->meal_before == INGEST_NO || r->meal_after == INGEST_NO;
}

/* The rolling mean through the scored runs, one point per day. */
static void rolling_line(struct plot *p, const struct chart_data *d)
{
	const struct stats_series *s = d->series;
	double *x = malloc(s->n * sizeof *x), *y = malloc(s->n * sizeof *y);
	size_t m = 0;
	if (x && y) {
		for (size_t k = 0; k < s->n; k++) {
			if (isnan(s->rolling[k]))
				continue;
			x[m] = s->feat->first_day + (int32_t)k;
			y[m++] = s->rolling[k];
		}
		plot_line(p, x, y, m, 3, PLOT_INK, 0);
	}
	free(x);
	free(y);
}

/* A cohort: each day's mean pain, over the runs with the meals eaten and
 * over those after a skipped meal, one marker each (the skipped on top):
 * a club's thousands of runs a day would only stack into bands. */
static void daily_means(struct plot *p, const struct features *f, double size)
{
	size_t span = (size_t)(f->last_day - f->first_day) + 1;
	double *sum = calloc(2 * span, sizeof *sum);
	size_t *cnt = calloc(2 * span, sizeof *cnt);
	if (sum && cnt) {
		for (size_t i = 0; i < f->n; i++) {
			const struct features_run *r = &f->runs[i];
			if (isnan(features_pain(r)))
				continue;
			size_t k = (skipped_meal(r) ? span : 0) + (size_t)(r->day - f->first_day);
			sum[k] += features_pain(r);
			cnt[k]++;
		}
		for (size_t k = 0; k < 2 * span; k++)
			if (cnt[k])
				plot_marker(p, f->first_day + (double)(k % span), sum[k] / (double)cnt[k],
					    k < span ? 'o' : '^', k < span ? size : size * 1.3,
					    k < span ? BLUE : ORANGE);
	}
	free(sum);
	free(cnt);
}

/* Whole-number scores, the usual kind, would hide one another in rows: each
 * is drawn up to JITTER above or below, the same every time (from its day
 * and place in the log), and reflected back inside the 0-10 scale. */
#define JITTER 0.15
static double jittered(const struct features_run *r, size_t i)
{
	double pain = features_pain(r);
	if (pain != floor(pain))
		return pain;
	uint32_t h = (uint32_t)r->day * 2654435761u ^ (uint32_t)i * 40503u;
	h ^= h >> 15;
	h *= 2246822519u;
	h ^= h >> 13;
	double y = pain + JITTER * ((double)(h % 2001) / 1000.0 - 1);
	return y < 0 ? -y : y > INGEST_PAIN_MAX ? 2 * INGEST_PAIN_MAX - y : y;
}

static void timeline(struct plot *p, const struct chart_data *d)
{
	const struct features *f = d->series->feat;
	double pad = f->n ? (f->last_day - f->first_day) / 50.0 + 1 : 1;
	/* Smaller markers when thousands of runs share the width. */
	double size = d->st->scored > 1000 ? 5 : d->st->scored > 300 ? 8 : 11;
	char sub[128], mean_label[64];

	int cohort = f->n_athletes > 1;
	if (cohort)
		snprintf(sub, sizeof sub, "%zu runs with a pain score, of %zu athletes: each day's mean",
			 d->st->scored, f->n_athletes);
	else
		snprintf(sub, sizeof sub,
			 "%zu runs with a pain score; gaps on the time axis are rest days; "
			 "whole scores spread by up to %.2f",
			 d->st->scored, JITTER);
	plot_frame(p, MARGINS, f->first_day - pad, f->last_day + pad, 0, 10.5);
	plot_title(p, chart_title(CHART_PAIN_TIMELINE), sub);
	if (d->st->scored == 0) {
		plot_message(p, "no runs with a pain score yet");
		return;
	}
	plot_legend(p, 'o', BLUE, "meals eaten");
	plot_legend(p, '^', ORANGE, "a meal skipped");
	snprintf(mean_label, sizeof mean_label, "mean of the last %d days", d->series->rolling_days);
	plot_legend(p, 's', PLOT_INK, mean_label);
	plot_yaxis(p, 2, "pain (0-10)");
	plot_xaxis_dates(p);
	for (size_t i = 0; i < f->n && !cohort; i++) {
		const struct features_run *r = &f->runs[i];
		if (!isnan(features_pain(r)) && !skipped_meal(r))
			plot_marker(p, r->day, jittered(r, i), 'o', size, BLUE);
	}
	for (size_t i = 0; i < f->n && !cohort; i++) { /* on top, so they stay visible */
		const struct features_run *r = &f->runs[i];
		if (!isnan(features_pain(r)) && skipped_meal(r))
			plot_marker(p, r->day, jittered(r, i), '^', size * 1.3, ORANGE);
	}
	if (cohort)
		daily_means(p, f, f->last_day - f->first_day > 1000 ? 4 : size);
	rolling_line(p, d);
}

static void nlabel(struct plot *p, double x, int row, size_t n)
{
	char buf[32];
	snprintf(buf, sizeof buf, "n=%zu", n);
	plot_xlabel(p, x, row, buf);
}

static double top_of(const struct stats_summary *s, size_t n)
{
	double top = 0;
	for (size_t i = 0; i < n; i++) {
		double v = isnan(s[i].ci_hi) ? s[i].mean : s[i].ci_hi;
		if (!isnan(v) && v > top)
			top = v;
	}
	return top < 4 ? 5 : top > 10 ? 10.5 : top + 0.8;
}

static void summary_bar(struct plot *p, double x, const struct stats_summary *s, plot_color c)
{
	if (s->n == 0)
		return;
	plot_bar(p, x, 0.7, 0, s->mean, c);
	plot_whisker(p, x, s->ci_lo, s->ci_hi, 0, INGEST_PAIN_MAX);
}

static void by_streak(struct plot *p, const struct chart_data *d)
{
	const struct stats_summary *s = d->st->by_streak;
	plot_frame(p, MARGINS, 0.4, STATS_STREAK_BINS + 0.6, 0, top_of(s, STATS_STREAK_BINS));
	plot_title(p, chart_title(CHART_PAIN_BY_STREAK),
		   "mean pain with 95% confidence interval; day 1 follows a rest day");
	if (d->st->scored == 0) {
		plot_message(p, "no runs with a pain score yet");
		return;
	}
	plot_legend(p, 's', BLUE, "1st or 2nd day");
	plot_legend(p, 's', ORANGE, "3rd day in a row or later");
	plot_yaxis(p, 1, "mean pain (0-10)");
	for (int i = 0; i < STATS_STREAK_BINS; i++) {
		char buf[16];
		snprintf(buf, sizeof buf, "%d%s", i + 1, i + 1 == STATS_STREAK_BINS ? "+" : "");
		summary_bar(p, i + 1, &s[i], i >= 2 ? ORANGE : BLUE);
		plot_xlabel(p, i + 1, 0, buf);
		nlabel(p, i + 1, 1, s[i].n);
	}
	plot_xlabel(p, (STATS_STREAK_BINS + 1) / 2.0, 3, "running day in a row");
}

static void by_meals(struct plot *p, const struct chart_data *d)
{
	const struct stats_diff *mb = &d->st->factor[STATS_MEAL_BEFORE];
	const struct stats_diff *ma = &d->st->factor[STATS_MEAL_AFTER];
	struct stats_summary all[4] = {mb->b, mb->a, ma->b, ma->a};
	static const char *const label[4] = {"eaten", "skipped", "eaten", "skipped"};
	static const double xs[4] = {1, 2, 3.5, 4.5};

	plot_frame(p, MARGINS, 0.4, 5.1, 0, top_of(all, 4));
	plot_title(p, chart_title(CHART_PAIN_BY_MEALS),
		   "mean pain with 95% confidence interval");
	if (all[0].n + all[1].n + all[2].n + all[3].n == 0) {
		char msg[256];
		snprintf(msg, sizeof msg, "no meals recorded: %s",
			 d->meals_missing ? d->meals_missing : "add ate_before and ate_after columns");
		plot_message(p, msg);
		return;
	}
	plot_yaxis(p, 1, "mean pain (0-10)");
	for (int i = 0; i < 4; i++) {
		summary_bar(p, xs[i], &all[i], i % 2 ? ORANGE : BLUE);
		plot_xlabel(p, xs[i], 0, label[i]);
		nlabel(p, xs[i], 1, all[i].n);
	}
	plot_xlabel(p, 1.5, 3, "meal before the run");
	plot_xlabel(p, 4.0, 3, "meal after the previous run");
}

/* Label every 2nd week, or 4th, 8th...: the fewest that leave a gap
 * between the widest labels (those with a year). */
static size_t label_every(struct plot *p, const struct stats_week *wk, size_t n)
{
	char label[32];
	double widest = 0, unit = plot_px(p, 1) - plot_px(p, 0);
	for (size_t w = 0; w < n; w++) {
		double tw = plot_text_width(p, 15, plot_day_label(wk[w].monday, PLOT_NO_DAY, label,
								  sizeof label));
		widest = tw > widest ? tw : widest;
	}
	size_t every = 2;
	while (every < n && (double)every * unit < widest + 12)
		every *= 2;
	return every;
}

/* Weekly bars (distance, or runs) with the mean pain line on the right
 * axis. With mark_last, the last week's bar stands out. */
static void week_bars(struct plot *p, const struct stats_week *wk, size_t n,
		      const struct chart_data *d, const char *title, const char *sub, int mark_last)
{
	double top = 0, x[STATS_WEEKS], y[STATS_WEEKS];
	double per = d->miles ? INGEST_KM_PER_MILE : 1; /* km per unit shown */
	int has_distance = d->has_distance;
	char label[32];
	int32_t prev = PLOT_NO_DAY; /* the last week labelled */

	for (size_t w = 0; w < n; w++) {
		double v = has_distance ? wk[w].km / per : (double)wk[w].runs;
		top = v > top ? v : top;
		x[w] = (double)w;
		y[w] = wk[w].mean_pain;
	}
	double step = plot_nice_step(top > 0 ? top : 1, 5);
	plot_frame(p, 90, 100, 105, 40, -0.6, (double)n - 0.4, 0,
		   ceil(top / step) * step + (top > 0 ? 0 : step));
	plot_title(p, title, sub);
	if (n == 0) {
		plot_message(p, "no runs yet");
		return;
	}
	plot_legend(p, 's', SKY, has_distance ? "distance" : "runs");
	plot_legend(p, 'o', ORANGE, "mean pain (right axis)");
	if (mark_last)
		plot_legend(p, 's', BLUE, d->so_far ? "this week, so far (hatched)" : "this week");
	plot_yaxis(p, step, !has_distance ? "runs per week" : d->miles ? "distance per week (mi)"
							      : "distance per week (km)");
	plot_y2axis(p, 0, 10.5, 2, "mean pain (0-10)");
	size_t every = label_every(p, wk, n);
	for (size_t w = 0; w < n; w++) {
		double v = has_distance ? wk[w].km / per : (double)wk[w].runs;
		if (mark_last && w + 1 == n && d->so_far) { /* not over: not a whole week */
			plot_bar_hatched(p, (double)w, 0.7, 0, v, BLUE);
			plot_xlabel(p, (double)w, 1, "so far");
		} else {
			plot_bar(p, (double)w, 0.7, 0, v, mark_last && w + 1 == n ? BLUE : SKY);
		}
		/* Counted back from the last week, which this week's chart marks. */
		if ((n - 1 - w) % every == 0) {
			plot_xlabel(p, (double)w, 0, plot_day_label(wk[w].monday, prev, label, sizeof label));
			prev = wk[w].monday;
		}
	}
	/* Every scored week gets a marker: the line joins only weeks next to
	 * each other (a week without a score is NAN and breaks it), so a week
	 * between two gaps would otherwise draw nothing. */
	plot_line(p, x, y, n, 4, ORANGE, 1);
	for (size_t w = 0; w < n; w++)
		if (!isnan(y[w]))
			plot_marker2(p, x[w], y[w], 'o', 13, ORANGE);
	plot_text(p, (p->fx0 + p->fx1) / 2, p->fy0 - 40, 'c', 't', 16, PLOT_INK, "week starting");
}

static void weekly(struct plot *p, const struct chart_data *d)
{
	const struct stats_series *s = d->series;
	char sub[128];
	snprintf(sub, sizeof sub, "the last %zu weeks of the log; bars: %s, points: mean pain", s->n_weeks,
		 d->has_distance ? "distance" : "runs");
	week_bars(p, s->week, s->n_weeks, d, chart_title(CHART_WEEKLY), sub, 0);
}

static void week_trend(struct plot *p, const struct chart_data *d)
{
	const struct stats_week_report *w = d->week;
	char sub[128], wk[9];
	snprintf(sub, sizeof sub, "the %zu week%s to %s; bars: %s, points: mean pain", w->n_trend,
		 w->n_trend == 1 ? "" : "s", date_format_week(w->monday, wk),
		 d->has_distance ? "distance" : "runs");
	week_bars(p, w->trend, w->n_trend, d, chart_title(CHART_WEEK_TREND), sub, 1);
}

static int cmp_day(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

static plot_color meal_color(const struct features_run *r)
{
	return r->meal_before == INGEST_NO ? ORANGE : r->meal_after == INGEST_NO ? AMBER : BLUE;
}

/* The streak under a day: "after rest", "3 in a row", or where a day's
 * width is too narrow for those, "1st day", "day 3". */
static const char *streak_label(struct plot *p, int streak, char *buf, size_t cap)
{
	double room = plot_px(p, 1) - plot_px(p, 0) - 10;
	if (streak == 1)
		snprintf(buf, cap, "after rest");
	else
		snprintf(buf, cap, "%d in a row", streak);
	if (plot_text_width(p, 15, buf) > room)
		snprintf(buf, cap, streak == 1 ? "1st day" : "day %d", streak);
	return buf;
}

/* The week's runs, day by day: a bar of pain for each run, coloured by the
 * meals, with the streak under each day. */
static void week_days(struct plot *p, const struct chart_data *d)
{
	static const char *const dow[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
	const struct stats_week_report *w = d->week;
	const struct features_run *runs = d->feat->runs + w->first;
	char sub[128], wk[9], label[32];

	snprintf(sub, sizeof sub, "%s%s: pain of each run; under each day, the running days in a row",
		 date_format_week(w->monday, wk), d->so_far ? " so far" : "");
	plot_frame(p, MARGINS, 0.4, 7.6, 0, 10.5);
	plot_title(p, chart_title(CHART_WEEK_DAYS), sub);
	plot_legend(p, 's', BLUE, "meals eaten");
	plot_legend(p, 's', ORANGE, "no meal before");
	plot_legend(p, 's', AMBER, "no meal after the run before");
	plot_yaxis(p, 2, "pain (0-10)");
	for (int i = 0; i < 7; i++) {
		int32_t day = w->monday + i;
		size_t lo = 0, n = 0;
		while (lo < w->n && runs[lo].day < day)
			lo++;
		while (lo + n < w->n && runs[lo + n].day == day)
			n++;
		int y, m, dd;
		date_to_ymd(day, &y, &m, &dd);
		snprintf(label, sizeof label, "%s %d", dow[i], dd);
		plot_xlabel(p, i + 1, 0, label);
		/* bsearch must not get NULL, even for no elements (C11 7.22.5). */
		if (d->feat->n_strength &&
		    bsearch(&day, d->feat->strength_days, d->feat->n_strength, sizeof day, cmp_day))
			plot_xlabel(p, i + 1, 2, "+ strength");
		if (n == 0) { /* a day after today is no rest yet */
			plot_xlabel(p, i + 1, 1, d->so_far && day > d->today ? "to come" : "rest");
			continue;
		}
		plot_xlabel(p, i + 1, 1, streak_label(p, runs[lo + n - 1].streak, label, sizeof label));
		double width = 0.7 / (double)n;
		for (size_t j = 0; j < n; j++) {
			const struct features_run *r = &runs[lo + j];
			double x = i + 1 - 0.35 + width * ((double)j + 0.5);
			double room = (plot_px(p, width) - plot_px(p, 0)) - 4; /* a bar's width */
			if (isnan(features_pain(r))) {
				if (plot_text_width(p, 14, "no score") <= room)
					plot_text(p, plot_px(p, x), plot_py(p, 0) + 8, 'c', 'b', 14, PLOT_MUTED,
						  "no score");
				continue;
			}
			plot_bar(p, x, width * 0.9, 0, features_pain(r) > 0 ? features_pain(r) : 0.08, meal_color(r));
			snprintf(label, sizeof label, "%g", features_pain(r));
			if (plot_text_width(p, 16, label) <= room) /* else the bar's height tells */
				plot_text(p, plot_px(p, x), plot_py(p, features_pain(r)) + 6, 'c', 'b', 16,
					  PLOT_INK, label);
		}
	}
}

static plot_color evidence_color(enum findings_evidence e)
{
	static const plot_color c[] = {PALE, GREY, SKY, AMBER, ORANGE};
	return c[e];
}

static const char *factor_label(enum stats_factor k)
{
	static const char *const label[STATS_NFACTORS] = {
		"3+ running days in a row", "meal skipped before the run",
		"meal skipped after the last run", "no strength work in 7 days",
		"a jump in distance", "a run 10% over the month's longest",
	};
	return label[k];
}

#define FACTOR_SIZE 17.0   /* a factor's name */
#define EVIDENCE_SIZE 14.0 /* and its evidence, under it or after it */
#define TWO_LINE_PITCH 40.0

/* The frame for the findings' rows below the header, as wide as their
 * names leave room for. Returns 1 when the rows are tall enough for the
 * evidence under the name, 0 when it goes after it. */
static int factor_frame(struct plot *p, const struct findings *fd, double lo, double hi)
{
	double rows = fd->n ? (double)fd->n : 1, widest = 0;
	int two = (p->fy1 - p->fy0) / rows >= TWO_LINE_PITCH;
	for (size_t i = 0; i < fd->n; i++) {
		double name = plot_text_width(p, FACTOR_SIZE, factor_label(fd->item[i].factor));
		double ev = plot_text_width(p, EVIDENCE_SIZE, findings_evidence_name(fd->item[i].evidence));
		double w = two ? (name > ev ? name : ev) : name + 8 + ev;
		widest = w > widest ? w : widest;
	}
	plot_frame(p, widest + 14 + 20, 40, 105, 40, lo, hi, 0.4, rows + 0.6);
	return two;
}

/* A finding's name and evidence, right-aligned before the frame, about y. */
static void factor_name(struct plot *p, double y, int two_lines, const struct finding *f)
{
	const char *ev = findings_evidence_name(f->evidence);
	double x = p->fx0 - 14;
	if (two_lines) {
		plot_text(p, x, y + 9, 'r', 'c', FACTOR_SIZE, PLOT_INK, factor_label(f->factor));
		plot_text(p, x, y - 12, 'r', 'c', EVIDENCE_SIZE, PLOT_MUTED, ev);
		return;
	}
	plot_text(p, x, y, 'r', 'c', EVIDENCE_SIZE, PLOT_MUTED, ev);
	x -= plot_text_width(p, EVIDENCE_SIZE, ev) + 8;
	plot_text(p, x, y, 'r', 'c', FACTOR_SIZE, PLOT_INK, factor_label(f->factor));
}

static void factors(struct plot *p, const struct chart_data *d)
{
	const struct findings *fd = d->fd;
	double lo = -1, hi = 1;
	size_t shown = 0;

	for (size_t i = 0; i < fd->n; i++) {
		const struct finding *f = &fd->item[i];
		double a = isnan(f->ci_lo) ? f->effect : f->ci_lo, b = isnan(f->ci_hi) ? f->effect : f->ci_hi;
		if (isnan(f->effect))
			continue;
		shown++;
		lo = a < lo ? a : lo;
		hi = b > hi ? b : hi;
		if (!isnan(f->marginal)) {
			lo = f->marginal < lo ? f->marginal : lo;
			hi = f->marginal > hi ? f->marginal : hi;
		}
	}
	double step = plot_nice_step(hi - lo, 6);
	lo = floor(lo / step) * step;
	hi = ceil(hi / step) * step;
	plot_frame(p, MARGINS, lo, hi, 0.4, (double)(fd->n ? fd->n : 1) + 0.6);
	plot_title(p, chart_title(CHART_FACTORS),
		   "pain points with the factor: filled, the others held fixed, with its 95% CI; "
		   "hollow, the plain difference");
	if (shown == 0) {
		plot_message(p, "not enough scored runs to compare");
		return;
	}
	static const enum findings_evidence order[] = {EVIDENCE_STRONG, EVIDENCE_MODERATE, EVIDENCE_WEAK,
						       EVIDENCE_NONE, EVIDENCE_INSUFFICIENT};
	for (int i = 0; i < 5; i++)
		plot_legend(p, 'o', evidence_color(order[i]), findings_evidence_name(order[i]));
	int two_lines = factor_frame(p, fd, lo, hi);
	plot_xaxis(p, step, "pain points (right of 0: more pain with the factor)");
	plot_segment(p, 0, 0.4, 0, (double)fd->n + 0.6, 2, PLOT_INK);
	for (size_t i = 0; i < fd->n; i++) {
		const struct finding *f = &fd->item[i];
		double y = (double)(fd->n - i); /* the strongest finding on top */
		plot_color c = evidence_color(f->evidence);
		factor_name(p, plot_py(p, y), two_lines, f);
		if (isnan(f->effect))
			continue;
		plot_hwhisker(p, y, f->ci_lo, f->ci_hi, c);
		/* The plain difference hollow, the adjusted effect filled. */
		if (f->adjusted && !isnan(f->marginal))
			plot_marker(p, f->marginal, y, 'O', 16, c);
		plot_marker(p, f->effect, y, 'o', 16, c);
	}
}

/* The plan's days: each block shaded by its arm, the pain of every scored
 * run in them, and a line at each arm's mean pain (as planned) across its
 * blocks. */
static void plan_frame(struct plot *p, const struct stats_plan *sp)
{
	const struct plan *pl = sp->plan;
	char sub[200], r[16], u[16];
	int32_t x0 = pl->start, x1 = pl->blocks[pl->n - 1].end;
	snprintf(r, sizeof r, isnan(sp->itt.mean[PLAN_REMEDY]) ? "-" : "%.1f", sp->itt.mean[PLAN_REMEDY]);
	snprintf(u, sizeof u, isnan(sp->itt.mean[PLAN_USUAL]) ? "-" : "%.1f", sp->itt.mean[PLAN_USUAL]);
	const struct plan_text *t = plan_remedy_text(pl->remedy);
	snprintf(sub, sizeof sub, "%s (%s): %zu blocks of %d week%s, %zu complete; the lines are each "
		 "arm's mean pain over the complete pairs (remedy %s, usual %s)", t->name, t->rule, pl->n, pl->block_weeks, pl->block_weeks == 1 ? "" : "s", sp->completed, r, u);
	plot_frame(p, MARGINS, x0 - 1, x1 + 1, 0, 10.5);
	plot_title(p, chart_title(CHART_PLAN), sub);
	plot_legend(p, 's', REMEDY_SHADE, "remedy block");
	plot_legend(p, 's', USUAL_SHADE, "usual block");
	plot_legend(p, 'o', BLUE, "pain on a run, remedy");
	plot_legend(p, '^', ORANGE, "pain on a run, usual");
	for (size_t k = 0; k < pl->n; k++) {
		const struct plan_block *b = &pl->blocks[k];
		/* a sliver of white between blocks, so two of one arm stay two */
		plot_bar(p, (b->start + b->end) / 2.0, b->end - b->start + 1 - BLOCK_GAP, 0, 10.5,
			 b->arm == PLAN_REMEDY ? REMEDY_SHADE : USUAL_SHADE);
	}
	plot_yaxis(p, 2, "pain (0-10)");
	/* A tick at each block's first day: the plan's own days, and its
	 * first month named even when the plan starts after the 1st. */
	int32_t starts[PLAN_BLOCKS_MAX];
	for (size_t k = 0; k < pl->n; k++)
		starts[k] = pl->blocks[k].start;
	if (plot_xaxis_days(p, starts, pl->n))
		plot_xaxis_dates(p);
}

static void plan_chart(struct plot *p, const struct chart_data *d)
{
	const struct stats_plan *sp = d->plan;
	const struct plan *pl = sp->plan;
	const struct features *f = d->feat;
	size_t k = 0;
	plan_frame(p, sp);
	for (size_t i = 0; i < f->n; i++) {
		const struct features_run *r = &f->runs[i];
		while (k < pl->n && pl->blocks[k].end < r->day)
			k++;
		if (k == pl->n)
			break;
		if (r->day < pl->blocks[k].start || isnan(features_pain(r)))
			continue;
		int remedy = pl->blocks[k].arm == PLAN_REMEDY;
		plot_marker(p, r->day, jittered(r, i), remedy ? 'o' : '^', remedy ? 10 : 13,
			    remedy ? BLUE : ORANGE);
	}
	for (k = 0; k < pl->n; k++) {
		const struct plan_block *b = &pl->blocks[k];
		double m = sp->itt.mean[b->arm];
		if (!isnan(m))
			plot_segment(p, b->start - 0.5, m, b->end + 0.5, m, 3, b->arm == PLAN_REMEDY ? BLUE : ORANGE);
	}
}

/* The fitted line of the change chart at day: the level and trend before
 * the date, or after it; carried is the trend before carried past it. */
static double since_fit(const struct stats_since *s, double day, int after)
{
	double days = day - s->day;
	double y = s->base + s->time[STATS_SINCE_DAYS].effect * days;
	if (after)
		y += s->time[STATS_SINCE_POST].effect + s->time[STATS_SINCE_POST_DAYS].effect * days;
	return y;
}

/* A fitted line from day x0 to x1, cut where it leaves the pain scale. */
static void since_line(struct plot *p, const struct stats_since *s, double x0, double x1, int after,
		       double width, plot_color c)
{
	double y0 = since_fit(s, x0, after), y1 = since_fit(s, x1, after);
	double t0 = 0, t1 = 1;
	for (int end = 0; end < 2; end++) { /* the part of [0, 1] within 0..10 */
		double lim = end ? INGEST_PAIN_MAX : 0;
		if (y0 == y1)
			continue;
		double t = (lim - y0) / (y1 - y0);
		if ((y0 < lim) == (end == 0) && t > t0)
			t0 = t;
		if ((y1 < lim) == (end == 0) && t < t1)
			t1 = t;
	}
	if (t0 < t1)
		plot_segment(p, x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0, x0 + (x1 - x0) * t1,
			     y0 + (y1 - y0) * t1, width, c);
}

static void change(struct plot *p, const struct chart_data *d)
{
	const struct features *f = d->feat;
	const struct stats_since *s = d->since;
	double pad = (f->last_day - f->first_day) / 50.0 + 1;
	char sub[192], day[16];
	const struct stats_since_coef *lv = &s->time[STATS_SINCE_POST];
	date_format(s->day, day);
	if (s->status == STATS_SINCE_OK)
		snprintf(sub, sizeof sub, "from %s: %+.1f points against the trend before (95%% CI %.1f to %.1f); "
			 "the lines at the runs' mean streaks, meals, strength and load", day,
			 fabs(lv->effect) < 0.05 ? 0 : lv->effect, lv->ci_lo, lv->ci_hi);
	else
		snprintf(sub, sizeof sub, "from %s", day);
	plot_frame(p, MARGINS, f->first_day - pad, f->last_day + pad, 0, 10.5);
	plot_title(p, chart_title(CHART_CHANGE), sub);
	if (s->status != STATS_SINCE_OK) {
		plot_message(p, s->status == STATS_SINCE_FEW ? "too few runs on a side of the date to compare"
							     : "the runs cannot tell the change from the trend");
		return;
	}
	plot_legend(p, 'o', SKY, "a run's pain");
	plot_legend(p, 's', ORANGE, "fitted, before and after the date");
	plot_legend(p, 's', GREY, "the trend before, carried on");
	plot_yaxis(p, 2, "pain (0-10)");
	plot_xaxis_dates(p);
	for (size_t i = 0; i < f->n; i++)
		if (!isnan(features_pain(&f->runs[i])))
			plot_marker(p, f->runs[i].day, jittered(&f->runs[i], i), 'o', 9, SKY);
	plot_segment(p, s->day, 0, s->day, 10.5, 2, PLOT_INK);
	since_line(p, s, s->day, f->last_day, 0, 3, GREY);
	since_line(p, s, f->first_day, s->day, 0, 4, ORANGE);
	since_line(p, s, s->day, f->last_day, 1, 4, ORANGE);
}

int chart_needs_raster(const struct chart_opts *o)
{
	return o->fmt == PLOT_PNG && !o->draft;
}

int chart_draw(const struct plot_lib *lib, enum chart_kind k, FILE *out,
	       const struct chart_opts *o, const struct chart_data *d)
{
	struct plot p;
	if ((k == CHART_WEEK_DAYS || k == CHART_WEEK_TREND) && !d->week)
		return -1;
	if (k == CHART_PLAN && !d->plan)
		return -1;
	if (k == CHART_CHANGE && !d->since)
		return -1;
	if (plot_open(&p, lib, out, o->fmt, o->w, o->h, o->scale, o->draft, o->boxes))
		return -1;
	switch (k) {
	case CHART_PAIN_TIMELINE: timeline(&p, d); break;
	case CHART_PAIN_BY_STREAK: by_streak(&p, d); break;
	case CHART_PAIN_BY_MEALS: by_meals(&p, d); break;
	case CHART_WEEKLY: weekly(&p, d); break;
	case CHART_FACTORS: factors(&p, d); break;
	case CHART_WEEK_DAYS: week_days(&p, d); break;
	case CHART_WEEK_TREND: week_trend(&p, d); break;
	case CHART_PLAN: plan_chart(&p, d); break;
	case CHART_CHANGE: change(&p, d); break;
	default: break;
	}
	return plot_close(&p);
}
