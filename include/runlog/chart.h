/* chart.h - the charts analyze draws, described from the analysis results.
 *
 * A chart only says what to draw (plot.h does the drawing); it never parses
 * or computes statistics.
 */
#ifndef RUNLOG_CHART_H
#define RUNLOG_CHART_H

#include <stdio.h>

#include "runlog/features.h"
#include "runlog/findings.h"
#include "runlog/plot.h"
#include "runlog/stats.h"
#include "runlog/stats_plan.h"
#include "runlog/stats_since.h"

enum chart_kind {
	CHART_PAIN_TIMELINE,
	CHART_PAIN_BY_STREAK,
	CHART_PAIN_BY_MEALS,
	CHART_WEEKLY,
	CHART_FACTORS,
	CHART_NANALYZE,                 /* the charts analyze draws come first */
	CHART_WEEK_DAYS = CHART_NANALYZE, /* runlog weekly: the week's runs */
	CHART_WEEK_TREND,               /* runlog weekly: the last 12 weeks */
	CHART_PLAN,                     /* analyze --plan: the self-experiment */
	CHART_CHANGE,                   /* analyze --since: the fit around the date */
	CHART_NKINDS
};

struct chart_data {
	const struct features *feat;
	const struct stats_result *st;
	const struct stats_series *series;
	const struct findings *fd;
	int has_distance;
	int miles;                  /* show distances in miles (ingest_log.miles) */
	const char *meals_missing;  /* why no meal is recorded, in the file's
	                               terms (report_missing_why), or NULL */
	const struct stats_week_report *week; /* the week charts only */
	int so_far;       /* the week charts: the week is not over yet */
	int32_t today;    /* with so_far: the last day the week has so far */
	const struct stats_plan *plan; /* the plan chart only */
	const struct stats_since *since; /* the change chart only: feat is
	                                    the one runner's runs it was fitted to */
};

/* File name stem of a chart ("pain_timeline"), and its title. */
const char *chart_name(enum chart_kind k);
const char *chart_title(enum chart_kind k);

/* How to draw: format, size in pixels, and for PNG whether a draft (fast,
 * without smoothing or real fonts). */
struct chart_opts {
	enum plot_format fmt;
	int w, h;
	int draft;
	double scale;             /* the same layout at this many times the
	                             pixels (--scale); 0 for 1 */
	struct plot_boxes *boxes; /* where to record each text's box, or NULL */
};

/* 1 when drawing with o needs plot_lib_open's raster (librsvg). */
int chart_needs_raster(const struct chart_opts *o);

/* Draw chart k into out with lib, from plot_lib_open(). Returns 0, or -1
 * when libplot or the stream failed. */
int chart_draw(const struct plot_lib *lib, enum chart_kind k, FILE *out,
	       const struct chart_opts *o, const struct chart_data *d);

#endif
