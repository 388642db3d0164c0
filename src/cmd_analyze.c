/* runlog analyze: ingest -> features -> stats -> findings -> charts, report. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runlog/chart.h"
#include "runlog/cli.h"
#include "runlog/date.h"
#include "runlog/features.h"
#include "runlog/findings.h"
#include "runlog/ingest.h"
#include "runlog/num.h"
#include "runlog/outfile.h"
#include "runlog/plan.h"
#include "runlog/report.h"
#include "runlog/stats.h"
#include "runlog/stats_plan.h"


struct options {
	int json;
	int by_athlete;
	enum doc_format format;
	const char *out;
	const char *output; /* -O FILE, or NULL: stdout */
	const char *plan;   /* --plan FILE, or NULL */
	int charts;
	struct chart_opts chart;
	struct cli_input in;
	const char *since_arg; /* --since DATE (or --change DATE), or NULL */
	int32_t since;
};

#define STR_(x) #x
#define STR(x) STR_(x)
#define MIN_SIZE STR(PLOT_MIN_W) "x" STR(PLOT_MIN_H)
#define MAX_SIZE STR(PLOT_MAX_SIDE) "x" STR(PLOT_MAX_SIDE)

/* --size WxH: sets *w and *h, or says why not. Returns 0 or -1. */
static int parse_size(const char *s, int *w, int *h)
{
	char *end;
	const char *t = s;
	long a = strtol(t, &end, 10), b;
	if (end != t && (*end == 'x' || *end == 'X')) {
		t = end + 1;
		b = strtol(t, &end, 10);
		if (end != t && !*end && a > 0 && b > 0) {
			if (a < PLOT_MIN_W || b < PLOT_MIN_H)
				return cli_error("--size: '%s' is smaller than " MIN_SIZE
						 ", the least at which the charts stay readable", s), -1;
			if (a > PLOT_MAX_SIDE || b > PLOT_MAX_SIDE)
				return cli_error("--size: '%s' is larger than " MAX_SIZE, s), -1;
			*w = (int)a;
			*h = (int)b;
			return 0;
		}
	}
	return cli_error("--size: '%s' is not WIDTHxHEIGHT in pixels (" MIN_SIZE " to " MAX_SIZE ")",
			 s), -1;
}

/* --scale N (1 to PLOT_SCALE_MAX), or --dpi D, its alias at 96 dpi a
 * scale of 1. Returns 0 or -1. */
static int parse_scale(const char *opt, const char *s, double per, double *scale)
{
	double v;
	if (num_parse_decimal(s, &v) != 0 || !(v / per >= 1 && v / per <= PLOT_SCALE_MAX))
		return cli_error("--%s: '%s' is not a number from %g to %g", opt, s, per,
				 per * PLOT_SCALE_MAX), -1;
	*scale = v / per;
	return 0;
}

/* -f: json, or one of the doc formats. */
static int set_format(struct options *o, const char *s)
{
	o->json = strcmp(s, "json") == 0;
	if (strcmp(s, "text") == 0)
		o->format = DOC_TEXT;
	else if (strcmp(s, "markdown") == 0 || strcmp(s, "md") == 0)
		o->format = DOC_MARKDOWN;
	else if (strcmp(s, "html") == 0)
		o->format = DOC_HTML;
	else if (!o->json)
		return cli_error("--format: '%s' is not text, markdown, html or json", s), -1;
	return 0;
}

static int set_chart_format(struct options *o, const char *s)
{
	if (strcmp(s, "png") == 0)
		o->chart.fmt = PLOT_PNG;
	else if (strcmp(s, "svg") == 0)
		o->chart.fmt = PLOT_SVG;
	else
		return cli_error("--chart-format: '%s' is not png or svg", s), -1;
	return 0;
}

enum { OPT_NO_CHARTS = 256, OPT_CHART_FORMAT, OPT_SIZE, OPT_SCALE, OPT_DPI, OPT_DRAFT, OPT_BY, OPT_PLAN, OPT_SINCE };

/* analyze's own options (cli_option_fn): 0 taken, 1 not analyze's, -1
 * after a usage error. */
static int own_option(int c, const char *arg, void *ctx)
{
	struct options *o = ctx;
	const char *why;
	switch (c) {
	case 'f':
		return set_format(o, arg);
	case 'o':
		if (!*arg)
			return cli_error("--out: the folder name is empty"), -1;
		o->out = arg;
		return 0;
	case 'O':
		if (!*arg)
			return cli_error("--output: the file name is empty"), -1;
		o->output = strcmp(arg, "-") == 0 ? NULL : arg;
		return 0;
	case OPT_NO_CHARTS:
		o->charts = 0;
		return 0;
	case OPT_CHART_FORMAT:
		return set_chart_format(o, arg);
	case OPT_SIZE:
		return parse_size(arg, &o->chart.w, &o->chart.h);
	case OPT_SCALE:
		return parse_scale("scale", arg, 1, &o->chart.scale);
	case OPT_DPI:
		return parse_scale("dpi", arg, 96, &o->chart.scale);
	case OPT_BY:
		if (strcmp(arg, "athlete") != 0)
			return cli_error("--by: '%s' is not athlete", arg), -1;
		o->by_athlete = 1;
		return 0;
	case OPT_DRAFT:
		o->chart.draft = 1;
		return 0;
	case OPT_PLAN:
		return cli_plan_option(arg, &o->plan);
	case OPT_SINCE:
		if (date_parse_iso(arg, &o->since, &why))
			return cli_error("--since: '%s' %s", arg, why), -1;
		o->since_arg = arg;
		return 0;
	default:
		return 1;
	}
}

static int parse_args(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{"format", required_argument, NULL, 'f'},
		{"out", required_argument, NULL, 'o'},
		{"output", required_argument, NULL, 'O'},
		{"no-charts", no_argument, NULL, OPT_NO_CHARTS},
		{"chart-format", required_argument, NULL, OPT_CHART_FORMAT},
		{"size", required_argument, NULL, OPT_SIZE},
		{"scale", required_argument, NULL, OPT_SCALE},
		{"dpi", required_argument, NULL, OPT_DPI},
		{"draft", no_argument, NULL, OPT_DRAFT},
		{"by", required_argument, NULL, OPT_BY},
		{"plan", required_argument, NULL, OPT_PLAN},
		{"since", required_argument, NULL, OPT_SINCE},
		{"change", required_argument, NULL, OPT_SINCE},
		CLI_INPUT_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	*o = (struct options){.format = DOC_TEXT, .out = "plots", .charts = 1,
			      .chart = {.fmt = PLOT_PNG, .w = 1200, .h = 750}};
	int rc = cli_parse(argc, argv, "analyze", ":hf:o:O:", longopts, own_option, o, &o->in);
	double scale = o->chart.scale > 0 ? o->chart.scale : 1;
	if (rc == CLI_OK && (o->chart.w * scale > PLOT_MAX_SIDE || o->chart.h * scale > PLOT_MAX_SIDE))
		return cli_error("--scale: '%g' makes the %dx%d charts larger than " MAX_SIZE " pixels",
				 scale, o->chart.w, o->chart.h), -1;
	return rc;
}

/* The charts analyze draws: every analyze chart, then with --plan the
 * plan's and with --since the change's. */
#define CHARTS_MAX (CHART_NANALYZE + 2)

static int n_charts(const struct options *o)
{
	return CHART_NANALYZE + (o->plan != NULL) + (o->since_arg != NULL);
}

/* The k-th chart, k below n_charts(o). */
static enum chart_kind chart_at(const struct options *o, int k)
{
	if (k < CHART_NANALYZE)
		return (enum chart_kind)k;
	return k == CHART_NANALYZE && o->plan ? CHART_PLAN : CHART_CHANGE;
}

/* The charts and their bytes, and for the HTML report their drawings as
 * the page shows them (cli_draw_page_chart). */
struct chart_set {
	char path[CHARTS_MAX][4096];
	char *data[CHARTS_MAX];
	char *page[CHARTS_MAX][2];
	struct doc_figure fig[CHARTS_MAX];
	size_t n;
};

static void chart_set_free(struct chart_set *cs)
{
	for (size_t k = 0; k < CHARTS_MAX; k++) {
		free(cs->data[k]);
		free(cs->page[k][0]);
		free(cs->page[k][1]);
	}
}

/* The data behind the charts, beside them. */
#define RUNS_CSV "runs.csv"

/* The runs' CSV, streamed into the set. Returns an exit code. */
static int write_runs(const struct ingest_log *log, const struct features *feat,
		      struct outfile_set *set)
{
	FILE *fp = outfile_set_add(set, RUNS_CSV);
	if (!fp)
		return cli_output_error(set->where, errno);
	int bad = report_runs_csv(fp, log, feat) != 0;
	int e = errno;
	if (outfile_set_close(set, fp) != 0 || bad)
		return cli_output_error(set->where, bad ? (e ? e : EIO) : errno);
	return CLI_OK;
}

/* Draw every chart into the set. Returns an exit code. */
static int draw_charts(const struct options *o, const struct chart_data *d, struct chart_set *cs,
		       struct outfile_set *set)
{
	struct cli_charts charts = {0};
	const char *ext = o->chart.fmt == PLOT_SVG ? "svg" : "png";
	char name[64];
	int rc = CLI_OK;

	for (int k = 0; k < n_charts(o) && rc == CLI_OK; k++) {
		struct doc_figure *f = &cs->fig[k];
		snprintf(name, sizeof name, "%s.%s", chart_name(chart_at(o, k)), ext);
		snprintf(cs->path[k], sizeof cs->path[k], "%s/%s", o->out, name);
		*f = (struct doc_figure){.path = cs->path[k], .href = cs->path[k],
					 .title = chart_title(chart_at(o, k)), .fmt = o->chart.fmt,
					 .w = o->chart.w, .h = o->chart.h};
		if (cli_draw_chart(&charts, chart_at(o, k), &o->chart, d, &cs->data[k], &f->len) != 0) {
			cli_chart_error(&charts, cs->path[k]);
			rc = CLI_SOFTWARE;
		} else if (outfile_set_write(set, name, cs->data[k], f->len) != 0) {
			rc = cli_output_error(set->where, errno);
		}
		f->data = cs->data[k];
		if (rc == CLI_OK && o->format == DOC_HTML && !o->json &&
		    cli_draw_page_chart(&charts, chart_at(o, k), &o->chart, d, f, cs->page[k]) != 0) {
			cli_chart_error(&charts, cs->path[k]);
			rc = CLI_SOFTWARE;
		}
	}
	cli_charts_free(&charts);
	return rc;
}

/* Draw every chart and write the data behind them into a staging folder
 * in --out, then publish them together (see outfile_set), under a lock on
 * --out: a second run waits for the first. Returns an exit code. */
static int write_charts(const struct options *o, const struct ingest_log *log,
			const struct chart_data *d, struct chart_set *cs)
{
	struct outfile_set set;
	int rc = CLI_OK;
	int dir = outfile_lock_dir(o->out);

	if (dir < 0) {
		cli_error("%s: cannot create the chart folder: %s", o->out, strerror(errno));
		return CLI_CANTCREAT;
	}
	if (outfile_set_open(&set, OUTFILE_SET_FILES, dir, o->out, NULL) != 0)
		rc = cli_output_error(set.where, errno);
	if (rc == CLI_OK)
		rc = draw_charts(o, d, cs, &set);
	if (rc == CLI_OK)
		rc = write_runs(log, d->feat, &set);
	if (rc == CLI_OK && outfile_set_publish(&set) != 0)
		rc = cli_output_error(set.where, errno);
	outfile_set_free(&set);
	close(dir);
	cs->n = rc == CLI_OK ? (size_t)n_charts(o) : 0;
	return rc;
}

/* Before any work: the chart folder must be usable, and no chart may be
 * the log itself. Returns an exit code. */
static int check_outputs(const struct options *o)
{
	char path[4096 + 64];
	if (o->output && cli_is_input(&o->in, o->output)) {
		cli_error("%s: is the log itself; runlog will not write over it", o->output);
		return CLI_CANTCREAT;
	}
	if (!o->charts)
		return CLI_OK;
	if (outfile_check_dir(o->out) != 0) {
		cli_error("%s: cannot write charts there: %s", o->out, strerror(errno));
		return CLI_CANTCREAT;
	}
	for (int k = 0; k < n_charts(o); k++) {
		snprintf(path, sizeof path, "%s/%s.%s", o->out, chart_name(chart_at(o, k)),
			 o->chart.fmt == PLOT_SVG ? "svg" : "png");
		if (cli_is_input(&o->in, path)) {
			cli_error("%s: is the log itself; runlog will not write over it", path);
			return CLI_CANTCREAT;
		}
	}
	snprintf(path, sizeof path, "%s/" RUNS_CSV, o->out);
	if (cli_is_input(&o->in, path)) {
		cli_error("%s: is the log itself; runlog will not write over it", path);
		return CLI_CANTCREAT;
	}
	return CLI_OK;
}

/* Each athlete of a cohort analysed alone: the runs are in athlete order,
 * so each athlete's are one slice of the features table. Only what the
 * report shows of each is kept (report_athlete_set). */
static struct report_athlete *by_athlete(const struct ingest_log *log, const struct features *feat)
{
	struct report_athlete *ra = calloc(log->n_athletes ? log->n_athletes : 1, sizeof *ra);
	if (!ra)
		return NULL;
	for (size_t a = 0; a < log->n_athletes; a++)
		ra[a].name = log->athletes[a];
	for (size_t i = 0; i < feat->n;) {
		size_t j = i;
		while (j < feat->n && feat->runs[j].athlete == feat->runs[i].athlete)
			j++;
		struct features one = *feat;
		one.runs = feat->runs + i;
		one.n = j - i;
		struct stats_result st;
		struct findings fd;
		struct stats_model m;
		if (stats_analyze(&one, &st) != 0 || stats_model_fit(&one, &m) != 0) {
			free(ra);
			return NULL;
		}
		findings_build(&st, &fd);
		findings_adjust(&st, &m, &fd);
		uint32_t k = feat->runs[i].athlete;
		report_athlete_set(&ra[k], log->athletes[k], &st, &fd);
		i = j;
	}
	return ra;
}

/* The report on out, as JSON or a doc in o->format. Returns an exit code. */
static int print_report(const struct options *o, const struct report *r, FILE *out)
{
	struct doc doc;
	int rc = CLI_OK;

	if (o->json) {
		report_json(out, r);
		return CLI_OK;
	}
	doc_init(&doc);
	report_analyze_doc(r, &doc);
	if (doc.failed) {
		cli_error("out of memory");
		rc = CLI_SOFTWARE;
	} else {
		doc_render(out, &doc, o->format);
	}
	doc_free(&doc);
	return rc;
}

/* The self-experiment of --plan on one runner's log. Returns an exit code. */
static int analyze_plan(const struct options *o, const struct ingest_log *log, const struct features *feat,
			const struct plan *p, struct stats_plan *sp, struct findings_plan *fp)
{
	if (log->n_athletes > 1) {
		cli_error("%s: %zu athletes share this log; a plan is one runner's: give --athlete NAME",
			  o->in.log, log->n_athletes);
		return CLI_USAGE;
	}
	stats_plan_analyze(feat, p, sp);
	findings_plan_build(sp, fp);
	return CLI_OK;
}

/* "Did it work?" for a log of one athlete: --since's fit, or without it
 * the habits dropped (r->since or r->detected, pointing into since and
 * det). Returns an exit code. */
static int did_it_work(const struct options *o, const struct features *feat, struct stats_since *since,
		       struct stats_since_detected *det, struct report *r)
{
	char a[16];
	if (o->since_arg && feat->n_athletes > 1) {
		cli_error("%s: --since: %zu athletes share this log; give --athlete NAME", o->in.log,
			  feat->n_athletes);
		return CLI_USAGE;
	}
	/* A log with no runs yet has too few on either side (stats_since). */
	if (o->since_arg && feat->n && o->since <= feat->first_day) {
		cli_error("%s: --since: '%s' is not after the log's first run (%s): nothing comes before it",
			  o->in.log, o->since_arg, date_format(feat->first_day, a));
		return CLI_USAGE;
	}
	if (o->since_arg && feat->n && o->since > feat->last_day) {
		cli_error("%s: --since: '%s' is after the log's last run (%s)", o->in.log, o->since_arg,
			  date_format(feat->last_day, a));
		return CLI_USAGE;
	}
	if (feat->n_athletes > 1)
		return CLI_OK;
	int oom = o->since_arg ? stats_since_fit(feat, o->since, since) : stats_since_detect(feat, det);
	if (oom) {
		cli_error("out of memory");
		return CLI_SOFTWARE;
	}
	if (o->since_arg)
		r->since = since;
	else
		r->detected = det;
	return CLI_OK;
}

static int analyze(const struct options *o, struct ingest_log *log, struct features *feat, FILE *out)
{
	struct plan plan;
	struct stats_plan sp;
	struct findings_plan fplan;
	struct stats_result st;
	struct stats_model model;
	struct findings fd;
	struct chart_set cs = {0};
	struct stats_since since;
	struct stats_since_detected det;
	struct report r = {.file = o->in.log, .diary = o->in.diary, .log = log, .feat = feat, .st = &st,
			   .fd = &fd, .model = &model};
	int rc = check_outputs(o);
	if (rc == CLI_OK && o->plan)
		rc = cli_read_plan(o->plan, &plan);
	if (rc == CLI_OK)
		rc = cli_load(&o->in, log, feat, &st, &model, &fd);
	if (rc == CLI_OK && o->plan)
		rc = analyze_plan(o, log, feat, &plan, &sp, &fplan);
	if (rc == CLI_OK)
		rc = did_it_work(o, feat, &since, &det, &r);

	if (rc != CLI_OK)
		return rc;
	struct report_athlete *athletes = NULL;
	if (o->by_athlete) {
		if (!(log->columns & INGEST_HAS_ATHLETE)) {
			cli_error("%s: --by athlete: the log has no athlete column (athlete, runner or name)",
				  o->in.log);
			return CLI_USAGE;
		}
		if (!(athletes = by_athlete(log, feat))) {
			cli_error("out of memory");
			return CLI_SOFTWARE;
		}
	}

	if (o->charts && st.scored > 0) {
		struct stats_series series;
		if (stats_series_build(feat, (log->columns & INGEST_HAS_DISTANCE) != 0, &series)) {
			cli_error("out of memory");
			free(athletes);
			return CLI_SOFTWARE;
		}
		char why[256];
		report_missing_why(log, o->in.diary ? "" : NULL, INGEST_HAS_ATE_BEFORE | INGEST_HAS_ATE_AFTER,
				   why, sizeof why);
		int meals = st.measured[STATS_MEAL_BEFORE] || st.measured[STATS_MEAL_AFTER];
		struct chart_data cd = {.feat = feat, .st = &st, .series = &series, .fd = &fd,
					.has_distance = (log->columns & INGEST_HAS_DISTANCE) != 0,
					.miles = log->miles, .meals_missing = meals ? NULL : why,
					.plan = o->plan ? &sp : NULL, .since = r.since};
		rc = write_charts(o, log, &cd, &cs);
		stats_series_free(&series);
	}

	if (rc == CLI_OK) {
		r.charts = cs.fig, r.n_charts = cs.n;
		r.athletes = athletes, r.n_athletes = athletes ? log->n_athletes : 0;
		r.plan = o->plan ? &sp : NULL, r.plan_fd = &fplan;
		rc = print_report(o, &r, out);
	}
	chart_set_free(&cs);
	free(athletes);
	return rc;
}

/* analyze, with the report on stdout, or with -O in a temporary file
 * beside FILE (made first, so an unusable FILE fails before any work) that
 * replaces FILE only when the run succeeded. Returns an exit code. */
static int analyze_to(const struct options *o, struct ingest_log *log, struct features *feat)
{
	struct outfile report = {0};
	if (!o->output)
		return analyze(o, log, feat, stdout);
	if (outfile_open(&report, o->output) != 0)
		return cli_output_error(o->output, errno);
	int rc = analyze(o, log, feat, report.fp);
	if (rc == CLI_OK && outfile_commit(&report) != 0)
		rc = cli_output_error(o->output, errno);
	outfile_abort(&report);
	return rc;
}

int cmd_analyze(int argc, char **argv)
{
	struct options o;
	struct ingest_log log;
	struct features feat = {0};
	int rc;

	if (parse_args(argc, argv, &o) != 0)
		return o.in.help ? CLI_HELP : CLI_USAGE;
	ingest_init(&log);
	rc = analyze_to(&o, &log, &feat);
	features_free(&feat);
	ingest_free(&log);
	return rc;
}
