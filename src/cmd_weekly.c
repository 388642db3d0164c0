/* runlog weekly: one ISO week's report, written for cron.
 *
 * The week's folder gets report.md, report.html, report.json and two
 * charts. Everything is drawn and rendered in memory first, written into a
 * hidden staging folder beside the week's, which then takes its place in
 * one rename; a lock on the output folder keeps two runs apart. */
#include <errno.h>
#include <math.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runlog/athlete_folder.h"
#include "runlog/chart.h"
#include "runlog/cli.h"
#include "runlog/date.h"
#include "runlog/doc.h"
#include "runlog/findings_week.h"
#include "runlog/outfile.h"
#include "runlog/report.h"

enum { CHARTS = 2, FILES = CHARTS + 3 };
static const enum chart_kind kind[CHARTS] = {CHART_WEEK_DAYS, CHART_WEEK_TREND};

struct options {
	const char *out;
	struct cli_input in;
	int32_t monday;
	int32_t today;  /* --today, or the clock's: the week may not be after it */
	int week_given, quiet;
	int all;        /* --all: every athlete's week, and the roster */
	const char *plan; /* --plan FILE, or NULL */
};

enum { OPT_WEEK = 256, OPT_ALL, OPT_PLAN };

/* weekly's own options (cli_option_fn): 0 taken, 1 not weekly's, -1 after
 * a usage error. */
static int own_option(int c, const char *arg, void *ctx)
{
	struct options *o = ctx;
	const char *why;
	switch (c) {
	case OPT_WEEK:
		if (date_parse_iso_week(arg, &o->monday, &why))
			return cli_error("--week: '%s' %s", arg, why), -1;
		o->week_given = 1;
		return 0;
	case 'o':
		if (!*arg)
			return cli_error("--out: the folder name is empty"), -1;
		o->out = arg;
		return 0;
	case 'q':
		o->quiet = 1;
		return 0;
	case OPT_ALL:
		o->all = 1;
		return 0;
	case OPT_PLAN:
		return cli_plan_option(arg, &o->plan);
	default:
		return 1;
	}
}

static int parse_args(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{"week", required_argument, NULL, OPT_WEEK},
		{"out", required_argument, NULL, 'o'},
		{"quiet", no_argument, NULL, 'q'},
		{"all", no_argument, NULL, OPT_ALL},
		{"plan", required_argument, NULL, OPT_PLAN},
		CLI_INPUT_OPTIONS,
		{NULL, 0, NULL, 0},
	};

	*o = (struct options){.out = "reports"};
	if (cli_parse(argc, argv, "weekly", ":ho:q", longopts, own_option, o, &o->in))
		return -1;
	if (o->all && o->in.athlete)
		return cli_error("--all and --athlete: give one (--all writes every athlete's week)"), -1;
	if (o->all && o->plan)
		return cli_error("--plan and --all: a plan is one runner's: give --athlete NAME instead of --all"),
		       -1;
	/* The last complete week: the one before today's. */
	if (!o->week_given)
		o->monday = date_monday(o->in.today) - 7;
	o->today = o->in.today;
	if (o->monday > o->today) {
		char w[9], t[11];
		cli_error("--week: '%s' is in the future (today is %s)", date_format_week(o->monday, w),
			  date_format(o->today, t));
		return -1;
	}
	/* --today picks the week. A row after it is no typo when it is not
	 * after the clock's today too: a week replayed from an older --today
	 * reads the whole log, as the report on it did then. */
	if (date_today() > o->in.today)
		o->in.today = date_today();
	return 0;
}

/* One output: its name in the week's folder and its bytes. */
struct output {
	char path[4096 + 64]; /* the folder and a file name */
	char *data;
	size_t len;
};

static FILE *mem_open(struct output *out)
{
	return open_memstream(&out->data, &out->len);
}

static int mem_close(FILE *fp, int rc)
{
	return fclose(fp) != 0 || rc != 0 ? -1 : 0;
}

/* Render doc as Markdown and HTML into memory. Returns 0 or -1. */
static int render_doc(const struct doc *doc, struct output *md, struct output *html)
{
	FILE *fp;
	if ((fp = mem_open(md)) == NULL || mem_close(fp, doc_render(fp, doc, DOC_MARKDOWN)))
		return -1;
	if ((fp = mem_open(html)) == NULL || mem_close(fp, doc_render(fp, doc, DOC_HTML)))
		return -1;
	return 0;
}

/* Render the three reports into memory. Returns 0 or -1. */
static int render(const struct report_week *r, struct output *md, struct output *html,
		  struct output *json)
{
	struct doc doc;
	FILE *fp;

	doc_init(&doc);
	report_week_doc(r, &doc);
	int rc = render_doc(&doc, md, html);
	if (rc == 0 && ((fp = mem_open(json)) == NULL || mem_close(fp, report_week_json(fp, r))))
		rc = -1;
	doc_free(&doc);
	return rc;
}

/* Write n files into a set of kind in dir (path parent): for
 * OUTFILE_SET_FOLDER a staging folder beside the folder name, which then
 * takes its place; for OUTFILE_SET_FILES (name NULL) the files beside the
 * others in dir (see outfile_set). The outputs' paths are in folder.
 * Returns an exit code. */
static int write_set(int dir, enum outfile_set_kind set_kind, const char *parent, const char *name,
		     const char *folder, const struct output *outs, size_t n)
{
	struct outfile_set set;
	int rc = CLI_OK;

	if (outfile_set_open(&set, set_kind, dir, parent, name) != 0)
		rc = cli_output_error(set.where, errno);
	for (size_t i = 0; i < n && rc == CLI_OK; i++)
		if (outfile_set_write(&set, outs[i].path + strlen(folder) + 1, outs[i].data, outs[i].len) != 0)
			rc = cli_output_error(set.where, errno);
	if (rc == CLI_OK && outfile_set_publish(&set) != 0)
		rc = cli_output_error(set.where, errno);
	outfile_set_free(&set);
	return rc;
}

/* The length of --out DIR without its trailing slashes (a folder "/"
 * keeps its one), so that reports/ and reports name the week's folder
 * alike: reports/2026-W03, not reports//2026-W03. */
static int out_len(const char *out)
{
	size_t n = strlen(out);
	while (n > 1 && out[n - 1] == '/')
		n--;
	return (int)n;
}

/* Into the locked folder out: the athlete's folder, when folder
 * (OUT[/ATHLETE]/WEEK) has one, opened without following a symlink, then
 * the week's. Returns an exit code. */
static int write_week(int out, const char *out_path, const char *folder, const struct output *outs)
{
	char parent[4096];
	snprintf(parent, sizeof parent, "%s", folder);
	char *week = strrchr(parent, '/');
	*week++ = '\0';
	size_t n = (size_t)out_len(out_path);
	if (parent[n] != '/')
		return write_set(out, OUTFILE_SET_FOLDER, parent, week, folder, outs, FILES);
	int dir = outfile_subdir(out, parent + n + 1);
	if (dir < 0)
		return cli_output_error(parent, errno);
	int rc = write_set(dir, OUTFILE_SET_FOLDER, parent, week, folder, outs, FILES);
	close(dir);
	return rc;
}

/* The week's folder, OUT/[ATHLETE/]WEEK (athlete may be NULL), and its
 * files' paths: the charts first, then the three reports. Returns an exit
 * code. */
static int name_outputs(const struct options *o, const char *athlete, char *folder, size_t cap,
			struct output *outs)
{
	static const char *const report[] = {"report.md", "report.html", "report.json"};
	char week[9], who[128] = "";

	date_format_week(o->monday, week);
	/* One athlete of a cohort: the week goes in the athlete's own folder,
	 * so each runner's reports stand side by side. */
	if (athlete)
		athlete_folder_name(athlete, who, sizeof who);
	if ((size_t)snprintf(folder, cap, "%.*s/%s%s%s", out_len(o->out), o->out, who, *who ? "/" : "",
			     week) >= cap) {
		cli_error("--out: '%s' is too long a path", o->out);
		return CLI_USAGE;
	}
	for (int i = 0; i < FILES; i++)
		if (i < CHARTS)
			snprintf(outs[i].path, sizeof outs[i].path, "%s/%s.png", folder, chart_name(kind[i]));
		else
			snprintf(outs[i].path, sizeof outs[i].path, "%s/%s", folder, report[i - CHARTS]);
	return CLI_OK;
}

/* Fail on an unusable output folder before reading anything. Returns an
 * exit code. */
static int check_dir(const struct options *o)
{
	if (outfile_check_dir(o->out) != 0) {
		cli_error("%s: cannot write reports there: %s", o->out, strerror(errno));
		return CLI_CANTCREAT;
	}
	return CLI_OK;
}

/* Never write over the log: none of the n outputs may be it. Returns an
 * exit code. */
static int check_outputs(const struct options *o, const struct output *outs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (cli_is_input(&o->in, outs[i].path)) {
			cli_error("%s: is the log itself; runlog will not write over it", outs[i].path);
			return CLI_CANTCREAT;
		}
	return CLI_OK;
}

/* Draw the charts into outs[0..CHARTS) and describe them in figs for the
 * reports, with the drawings the HTML page shows in page (which the caller
 * frees); libplot stays loaded in charts. Returns an exit code. */
static int draw_charts(struct cli_charts *charts, const struct chart_data *cd, const char *folder,
		       struct output *outs, struct doc_figure *figs, char *page[][2])
{
	const struct chart_opts copts = {.fmt = PLOT_PNG, .w = 1200, .h = 750};
	int rc = CLI_OK;

	for (int i = 0; i < CHARTS && rc == CLI_OK; i++) {
		enum chart_kind k = kind[i];
		figs[i] = (struct doc_figure){.path = outs[i].path, .href = outs[i].path + strlen(folder) + 1,
					      .title = chart_title(k), .fmt = PLOT_PNG, .w = copts.w,
					      .h = copts.h};
		if (cli_draw_chart(charts, k, &copts, cd, &outs[i].data, &outs[i].len) != 0) {
			cli_chart_error(charts, outs[i].path);
			rc = CLI_SOFTWARE;
		}
		figs[i].data = outs[i].data;
		figs[i].len = outs[i].len;
		if (rc == CLI_OK && cli_draw_page_chart(charts, k, &copts, cd, &figs[i], page[i]) != 0) {
			cli_chart_error(charts, outs[i].path);
			rc = CLI_SOFTWARE;
		}
	}
	return rc;
}

/* Write the week's files and print the summary. Runs at once take turns
 * from here, under a lock on the reports folder: each renames a whole set.
 * Returns an exit code. */
static int publish(const struct options *o, const char *folder, const struct output *outs,
		   const struct report_week *r)
{
	int rc, lock = outfile_lock_dir(o->out);

	if (lock < 0) {
		cli_error("%s: cannot create or lock the reports folder: %s", o->out, strerror(errno));
		rc = CLI_CANTCREAT;
	} else {
		rc = write_week(lock, o->out, folder, outs);
		if (rc == CLI_OK)
			report_week_summary(stdout, r);
	}
	if (lock >= 0)
		close(lock);
	return rc;
}

/* One week of one runner: what its files are made from, and the files. */
struct week {
	struct features feat;
	struct stats_result st;
	struct stats_model model;
	struct findings fd;
	struct stats_week_report wk;
	struct findings_week fw;
	struct plan plan;              /* --plan */
	struct stats_plan sp;
	struct findings_plan fplan;
	struct report_week_plan wplan;
	struct report_week r;
	struct output outs[FILES];
	struct doc_figure figs[CHARTS];
	char *page[CHARTS][2]; /* the HTML page's drawings of each chart */
	char folder[4096];
};

static void week_free(struct week *w)
{
	features_free(&w->feat);
	for (int i = 0; i < FILES; i++)
		free(w->outs[i].data);
	for (int i = 0; i < CHARTS; i++)
		free(w->page[i][0]), free(w->page[i][1]);
}

/* The week's numbers, events, charts and reports, in memory, from log
 * (w's features, results and findings made from it already). Returns an
 * exit code. */
static int make_week(const struct options *o, const struct ingest_log *log, const char *athlete,
		     struct cli_charts *charts, struct week *w)
{
	int has_distance = (log->columns & INGEST_HAS_DISTANCE) != 0;
	stats_week_build(&w->feat, has_distance, o->monday, &w->wk);
	findings_week_build(&w->feat, &w->wk, &w->fd, &w->fw);

	int so_far = o->today <= o->monday + 6;
	struct chart_data cd = {.feat = &w->feat, .st = &w->st, .fd = &w->fd, .has_distance = has_distance,
				.miles = log->miles, .week = &w->wk, .so_far = so_far, .today = o->today};
	w->r = (struct report_week){.file = o->in.log, .folder = w->folder, .athlete = athlete,
				    .diary = o->in.diary, .log = log, .feat = &w->feat, .st = &w->st,
				    .fd = &w->fd, .wk = &w->wk, .fw = &w->fw, .charts = w->figs,
				    .n_charts = CHARTS, .so_far = so_far, .quiet = o->quiet};
	w->r.end = w->r.so_far ? o->today : o->monday + 6;
	if (o->plan) {
		stats_plan_analyze(&w->feat, &w->plan, &w->sp);
		findings_plan_build(&w->sp, &w->fplan);
		w->wplan = (struct report_week_plan){.file = o->plan, .sp = &w->sp, .fp = &w->fplan};
		stats_plan_week(&w->plan, w->r.end, &w->wplan.at);
		w->r.plan = &w->wplan;
	}
	int rc = draw_charts(charts, &cd, w->folder, w->outs, w->figs, w->page);
	if (rc == CLI_OK && render(&w->r, &w->outs[CHARTS], &w->outs[CHARTS + 1], &w->outs[CHARTS + 2]) != 0) {
		cli_error("out of memory");
		rc = CLI_SOFTWARE;
	}
	return rc;
}

/* The log's week, or with --athlete one athlete's. Returns an exit code. */
static int weekly(const struct options *o, struct ingest_log *log, struct week *w)
{
	int rc = name_outputs(o, o->in.athlete, w->folder, sizeof w->folder, w->outs);
	if (rc == CLI_OK)
		rc = check_dir(o);
	if (rc == CLI_OK)
		rc = check_outputs(o, w->outs, FILES);
	if (rc == CLI_OK && o->plan)
		rc = cli_read_plan(o->plan, &w->plan);
	if (rc == CLI_OK)
		rc = cli_load(&o->in, log, &w->feat, &w->st, &w->model, &w->fd);
	if (rc != CLI_OK)
		return rc;
	if (log->n_athletes > 1) {
		cli_error("%s: %zu athletes share this log; a weekly report is for one: give --athlete NAME",
			  o->in.log, log->n_athletes);
		return CLI_USAGE;
	}
	struct cli_charts charts = {0};
	rc = make_week(o, log, o->in.athlete, &charts, w);
	cli_charts_free(&charts);
	if (rc == CLI_OK)
		rc = publish(o, w->folder, w->outs, &w->r);
	return rc;
}

/* Athlete k's week, from the log grouped in ix, written into the locked
 * folder lock; its roster row into row. Returns an exit code. */
static int athlete_week(const struct options *o, const struct ingest_log *log,
			const struct ingest_by_athlete *ix, uint32_t k, int lock, struct cli_charts *charts,
			struct report_roster_row *row)
{
	const char *name = log->athletes[k];
	struct ingest_log part;
	struct week *w = calloc(1, sizeof *w);
	int rc = CLI_OK;

	*row = (struct report_roster_row){.athlete = name, .km = NAN, .mean_pain = NAN};
	athlete_folder_name(name, row->folder, sizeof row->folder);
	ingest_init(&part);
	if (!w || ingest_athlete(log, ix, k, &part) != 0) {
		cli_error("out of memory");
		rc = CLI_SOFTWARE;
	}
	if (rc == CLI_OK)
		rc = name_outputs(o, name, w->folder, sizeof w->folder, w->outs);
	if (rc == CLI_OK)
		rc = check_outputs(o, w->outs, FILES);
	if (rc == CLI_OK)
		rc = cli_analyze(&part, &w->feat, &w->st, &w->model, &w->fd);
	if (rc == CLI_OK)
		rc = make_week(o, &part, name, charts, w);
	if (rc == CLI_OK) {
		report_roster_set(row, name, &w->wk, &w->fw, w->r.end);
		rc = write_week(lock, o->out, w->folder, w->outs);
	}
	if (w)
		week_free(w);
	free(w);
	ingest_free(&part);
	return rc;
}

/* Every athlete's week into the locked folder lock. A failure for one is
 * told, marks its row failed, and does not stop the others. Returns the
 * first failure's exit code, or CLI_OK. */
static int all_weeks(const struct options *o, const struct ingest_log *log,
		     const struct ingest_by_athlete *ix, int lock, struct report_roster_row *rows)
{
	struct cli_charts charts = {0};
	int rc = CLI_OK;
	for (uint32_t k = 0; k < log->n_athletes; k++) {
		int one = athlete_week(o, log, ix, k, lock, &charts, &rows[k]);
		if (one != CLI_OK) {
			rows[k].failed = 1;
			cli_error("athlete '%s': the week was not written; the others go on", log->athletes[k]);
			rc = rc == CLI_OK ? one : rc;
		}
	}
	cli_charts_free(&charts);
	return rc;
}

/* The roster, DIR/WEEK/roster.{md,html,json}, published together into
 * the week's folder of the locked folder lock, then its summary. Returns
 * an exit code. */
static int write_roster(const struct options *o, int lock, struct report_roster *r)
{
	static const char *const name[] = {"roster.md", "roster.html", "roster.json"};
	struct output outs[3] = {{.data = NULL}};
	const char *week = r->folder + out_len(o->out) + 1;
	struct doc doc;
	FILE *fp;

	for (int i = 0; i < 3; i++)
		snprintf(outs[i].path, sizeof outs[i].path, "%s/%s", r->folder, name[i]);
	int rc = check_outputs(o, outs, 3);
	doc_init(&doc);
	report_roster_doc(r, &doc);
	if (rc == CLI_OK && (render_doc(&doc, &outs[0], &outs[1]) != 0 || (fp = mem_open(&outs[2])) == NULL ||
			     mem_close(fp, report_roster_json(fp, r)) != 0)) {
		cli_error("out of memory");
		rc = CLI_SOFTWARE;
	}
	doc_free(&doc);
	int dir = rc == CLI_OK ? outfile_subdir(lock, week) : -1;
	if (rc == CLI_OK && dir < 0)
		rc = cli_output_error(r->folder, errno);
	if (rc == CLI_OK)
		rc = write_set(dir, OUTFILE_SET_FILES, r->folder, NULL, r->folder, outs, 3);
	if (dir >= 0)
		close(dir);
	for (int i = 0; i < 3; i++)
		free(outs[i].data);
	return rc;
}

/* The athletes' weeks and the roster under one lock on o->out. Returns an
 * exit code: the first athlete's failure, else the roster's. */
static int roster(const struct options *o, const struct ingest_log *log, const struct ingest_by_athlete *ix,
		  struct report_roster_row *rows, size_t *order)
{
	char week[9], folder[4096];
	int lock = outfile_lock_dir(o->out);
	if (lock < 0) {
		cli_error("%s: cannot create or lock the reports folder: %s", o->out, strerror(errno));
		return CLI_CANTCREAT;
	}
	snprintf(folder, sizeof folder, "%.*s/%s", out_len(o->out), o->out, date_format_week(o->monday, week));
	int rc = all_weeks(o, log, ix, lock, rows);
	report_roster_order(rows, log->n_athletes, order);
	struct report_roster r = {.file = o->in.log, .folder = folder, .monday = o->monday,
				  .so_far = o->today <= o->monday + 6, .miles = log->miles, .rows = rows,
				  .order = order, .n = log->n_athletes, .quiet = o->quiet};
	r.end = r.so_far ? o->today : o->monday + 6;
	int written = write_roster(o, lock, &r);
	if (written == CLI_OK)
		report_roster_summary(stdout, &r);
	close(lock);
	return rc != CLI_OK ? rc : written;
}

/* --all: read the log once, then each athlete's week from it. Returns an
 * exit code. */
static int weekly_all(const struct options *o, struct ingest_log *log)
{
	int rc = check_dir(o);
	if (rc == CLI_OK)
		rc = cli_read(&o->in, 1, log);
	if (rc != CLI_OK)
		return rc;
	if (!(log->columns & INGEST_HAS_ATHLETE)) {
		cli_error("%s: --all: the log has no athlete column (athlete, runner or name)", o->in.log);
		return CLI_USAGE;
	}
	size_t n = log->n_athletes;
	struct ingest_by_athlete ix = {NULL, NULL};
	struct report_roster_row *rows = calloc(n ? n : 1, sizeof *rows);
	size_t *order = calloc(n ? n : 1, sizeof *order);
	if (!rows || !order || ingest_group_athletes(log, &ix) != 0) {
		cli_error("out of memory");
		rc = CLI_SOFTWARE;
	}
	if (rc == CLI_OK)
		rc = roster(o, log, &ix, rows, order);
	ingest_by_athlete_free(&ix);
	free(rows);
	free(order);
	return rc;
}

int cmd_weekly(int argc, char **argv)
{
	struct options o;
	struct ingest_log log;
	struct week *w;
	int rc;

	if (parse_args(argc, argv, &o) != 0)
		return o.in.help ? CLI_HELP : CLI_USAGE;
	ingest_init(&log);
	if (o.all) {
		rc = weekly_all(&o, &log);
	} else if ((w = calloc(1, sizeof *w)) == NULL) {
		cli_error("out of memory");
		rc = CLI_SOFTWARE;
	} else {
		rc = weekly(&o, &log, w);
		week_free(w);
		free(w);
	}
	ingest_free(&log);
	return rc;
}
