#include "runlog/chart.h"

#include <math.h>
#include <stdio.h>

#define BLUE 0x0072b2u /* Okabe-Ito, safe for colour-blind readers */
#define ORANGE 0xd55e00u
#define MARGINS 90, 40, 105, 110

const char *chart_name(enum chart_kind k)
{
	static const char *const name[CHART_NKINDS] = {"pain_timeline", "pain_by_streak", "pain_by_meals"};
	return name[k];
}

static int skipped_meal(const struct features_run *r)
{
	return r->meal_before == INGEST_NO || r->meal_after == INGEST_NO;
}

static void timeline(struct plot *p, const struct chart_data *d)
{
	const struct features *f = d->feat;
	double pad = f->n ? (f->last_day - f->first_day) / 50.0 + 1 : 1;
	char sub[128];

	snprintf(sub, sizeof sub, "%zu runs with a pain score; gaps on the time axis are rest days",
		 d->st->scored);
	plot_frame(p, MARGINS, f->first_day - pad, f->last_day + pad, 0, 10.5);
	plot_title(p, "Back pain on each run", sub);
	plot_yaxis(p, 2, "pain (0-10)");
	plot_xaxis_dates(p);
	for (size_t i = 0; i < f->n; i++) {
		const struct features_run *r = &f->runs[i];
		if (!isnan(r->pain) && !skipped_meal(r))
			plot_marker(p, r->day, r->pain, 'o', 11, BLUE);
	}
	for (size_t i = 0; i < f->n; i++) { /* on top, so they stay visible */
		const struct features_run *r = &f->runs[i];
		if (!isnan(r->pain) && skipped_meal(r))
			plot_marker(p, r->day, r->pain, '^', 14, ORANGE);
	}
	plot_legend(p, p->w - 420, p->h - 70, 'o', BLUE, "meals eaten");
	plot_legend(p, p->w - 260, p->h - 70, '^', ORANGE, "a meal skipped");
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
	plot_whisker(p, x, s->ci_lo, s->ci_hi);
}

static void by_streak(struct plot *p, const struct chart_data *d)
{
	const struct stats_summary *s = d->st->by_streak;
	plot_frame(p, MARGINS, 0.4, STATS_STREAK_BINS + 0.6, 0, top_of(s, STATS_STREAK_BINS));
	plot_title(p, "Pain by consecutive running days",
		   "mean pain with 95% confidence interval; day 1 follows a rest day");
	plot_yaxis(p, 1, "mean pain (0-10)");
	for (int i = 0; i < STATS_STREAK_BINS; i++) {
		char buf[16];
		snprintf(buf, sizeof buf, "%d%s", i + 1, i + 1 == STATS_STREAK_BINS ? "+" : "");
		summary_bar(p, i + 1, &s[i], i >= 2 ? ORANGE : BLUE);
		plot_xlabel(p, i + 1, 0, buf);
		nlabel(p, i + 1, 1, s[i].n);
	}
	plot_xlabel(p, (STATS_STREAK_BINS + 1) / 2.0, 3, "running day in a row");
	plot_legend(p, p->w - 470, p->h - 70, 's', BLUE, "1st or 2nd day");
	plot_legend(p, p->w - 300, p->h - 70, 's', ORANGE, "3rd day in a row or later");
}

static void by_meals(struct plot *p, const struct chart_data *d)
{
	const struct stats_diff *mb = &d->st->factor[STATS_MEAL_BEFORE];
	const struct stats_diff *ma = &d->st->factor[STATS_MEAL_AFTER];
	struct stats_summary all[4] = {mb->b, mb->a, ma->b, ma->a};
	static const char *const label[4] = {"eaten", "skipped", "eaten", "skipped"};
	static const double xs[4] = {1, 2, 3.5, 4.5};

	plot_frame(p, MARGINS, 0.4, 5.1, 0, top_of(all, 4));
	plot_title(p, "Pain with meals eaten or skipped",
		   "mean pain with 95% confidence interval");
	plot_yaxis(p, 1, "mean pain (0-10)");
	for (int i = 0; i < 4; i++) {
		summary_bar(p, xs[i], &all[i], i % 2 ? ORANGE : BLUE);
		plot_xlabel(p, xs[i], 0, label[i]);
		nlabel(p, xs[i], 1, all[i].n);
	}
	plot_xlabel(p, 1.5, 3, "meal before the run");
	plot_xlabel(p, 4.0, 3, "meal after the previous run");
}

int chart_draw(enum chart_kind k, FILE *out, const struct chart_opts *o, const struct chart_data *d)
{
	struct plot p;
	if (plot_open(&p, out, o->fmt, o->w, o->h, o->scale))
		return -1;
	switch (k) {
	case CHART_PAIN_TIMELINE: timeline(&p, d); break;
	case CHART_PAIN_BY_STREAK: by_streak(&p, d); break;
	case CHART_PAIN_BY_MEALS: by_meals(&p, d); break;
	default: break;
	}
	return plot_close(&p);
}
