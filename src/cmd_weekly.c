/* runlog weekly: one ISO week's report, written for cron.
 *
 * The week's folder gets report.md, report.html, report.json and two
 * charts. Everything is drawn and rendered in memory first, written into a
 * hidden staging folder beside the week's, which then takes its place in
 * one rename; a lock on the output folder keeps two runs apart. */
#include <errno.h>
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
};

enum { OPT_WEEK = 256 };

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
		CLI_INPUT_OPTIONS,
		{NULL, 0, NULL, 0},
	};

	*o = (struct options){.out = "reports"};
	if (cli_parse(argc, argv, "weekly", ":ho:q", longopts, own_option, o, &o->in))
		return -1;
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

/* Render the three reports into memory. Returns 0 or -1. */
static int render(const struct report_week *r, struct output *md, struct output *html,
		  struct output *json)
{
	struct doc doc;
	FILE *fp;
	int rc = 0;

	doc_init(&doc);
	report_week_doc(r, &doc);
	if ((fp = mem_open(md)) == NULL || mem_close(fp, doc_render(fp, &doc, DOC_MARKDOWN)))
		rc = -1;
	if (rc == 0 && ((fp = mem_open(html)) == NULL || mem_close(fp, doc_render(fp, &doc, DOC_HTML))))
		rc = -1;
	if (rc == 0 && ((fp = mem_open(json)) == NULL || mem_close(fp, report_week_json(fp, r))))
		rc = -1;
	doc_free(&doc);
	return rc;
}

/* Write the week's files into a staging folder beside the week's folder
 * week in dir (path parent), which then takes its place (see outfile_set).
 * Returns an exit code. */
static int write_all(int dir, const char *parent, const char *week, const char *folder,
		     struct output *outs)
{
	struct outfile_set set;
	int rc = CLI_OK;

	if (outfile_set_open(&set, OUTFILE_SET_FOLDER, dir, parent, week) != 0)
		rc = cli_output_error(set.where, errno);
	for (int i = 0; i < FILES && rc == CLI_OK; i++)
		if (outfile_set_write(&set, outs[i].path + strlen(folder) + 1, outs[i].data, outs[i].len) != 0)
			rc = cli_output_error(set.where, errno);
	if (rc == CLI_OK && outfile_set_publish(&set) != 0)
		rc = cli_output_error(set.where, errno);
	outfile_set_free(&set);
	return rc;
}

/* Into the locked folder out: the athlete's folder, when folder
 * (OUT[/ATHLETE]/WEEK) has one, opened without following a symlink, then
 * the week's. Returns an exit code. */
static int write_week(int out, const char *out_path, const char *folder, struct output *outs)
{
	char parent[4096];
	snprintf(parent, sizeof parent, "%s", folder);
	char *week = strrchr(parent, '/');
	*week++ = '\0';
	size_t n = strlen(out_path);
	if (parent[n] != '/')
		return write_all(out, parent, week, folder, outs);
	int dir = outfile_subdir(out, parent + n + 1);
	if (dir < 0)
		return cli_output_error(parent, errno);
	int rc = write_all(dir, parent, week, folder, outs);
	close(dir);
	return rc;
}

/* The week's folder, OUT/[ATHLETE/]WEEK, and its files' paths: the charts
 * first, then the three reports. Returns an exit code. */
static int name_outputs(const struct options *o, char *folder, size_t cap, struct output *outs)
{
	static const char *const report[] = {"report.md", "report.html", "report.json"};
	char week[9], who[128] = "";

	date_format_week(o->monday, week);
	/* One athlete of a cohort: the week goes in the athlete's own folder,
	 * so each runner's reports stand side by side. */
	if (o->in.athlete)
		athlete_folder_name(o->in.athlete, who, sizeof who);
	if ((size_t)snprintf(folder, cap, "%s/%s%s%s", o->out, who, *who ? "/" : "", week) >= cap) {
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

/* Fail on an unusable output folder before reading anything, and never
 * write over the log. Returns an exit code. */
static int check_outputs(const struct options *o, const struct output *outs)
{
	if (outfile_check_dir(o->out) != 0) {
		cli_error("%s: cannot write reports there: %s", o->out, strerror(errno));
		return CLI_CANTCREAT;
	}
	for (int i = 0; i < FILES; i++)
		if (cli_is_input(&o->in, outs[i].path)) {
			cli_error("%s: is the log itself; runlog will not write over it", outs[i].path);
			return CLI_CANTCREAT;
		}
	return CLI_OK;
}

/* Draw the charts into outs[0..CHARTS) and describe them in figs for the
 * reports. Returns an exit code. */
static int draw_charts(const struct chart_data *cd, const char *folder, struct output *outs,
		       struct doc_figure *figs)
{
	const struct chart_opts copts = {.fmt = PLOT_PNG, .w = 1200, .h = 750};
	struct cli_charts charts = {0};
	int rc = CLI_OK;

	for (int i = 0; i < CHARTS && rc == CLI_OK; i++) {
		enum chart_kind k = kind[i];
		figs[i] = (struct doc_figure){.path = outs[i].path, .href = outs[i].path + strlen(folder) + 1,
					      .title = chart_title(k), .fmt = PLOT_PNG, .w = copts.w,
					      .h = copts.h};
		if (cli_draw_chart(&charts, k, &copts, cd, &outs[i].data, &outs[i].len) != 0) {
			cli_chart_error(&charts, outs[i].path);
			rc = CLI_SOFTWARE;
		}
		figs[i].data = outs[i].data;
		figs[i].len = outs[i].len;
	}
	cli_charts_free(&charts);
	return rc;
}

/* Write the week's files and print the summary. Runs at once take turns
 * from here, under a lock on the reports folder: each renames a whole set.
 * Returns an exit code. */
static int publish(const struct options *o, const char *folder, struct output *outs,
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

static int weekly(const struct options *o, struct ingest_log *log, struct features *feat)
{
	struct stats_result st;
	struct stats_model model;
	struct findings fd;
	struct stats_week_report wk;
	struct findings_week fw;
	struct output outs[FILES] = {0};
	struct doc_figure figs[CHARTS];
	char folder[4096];

	int rc = name_outputs(o, folder, sizeof folder, outs);
	if (rc == CLI_OK)
		rc = check_outputs(o, outs);
	if (rc == CLI_OK)
		rc = cli_load(&o->in, log, feat, &st, &model, &fd);
	if (rc != CLI_OK)
		return rc;
	if (log->n_athletes > 1) {
		cli_error("%s: %zu athletes share this log; a weekly report is for one: give --athlete NAME",
			  o->in.log, log->n_athletes);
		return CLI_USAGE;
	}
	int has_distance = (log->columns & INGEST_HAS_DISTANCE) != 0;
	stats_week_build(feat, has_distance, o->monday, &wk);
	findings_week_build(feat, &wk, &fd, &fw);

	int so_far = o->today <= o->monday + 6;
	struct chart_data cd = {.feat = feat, .st = &st, .fd = &fd, .has_distance = has_distance,
				  .miles = log->miles,
				.week = &wk, .so_far = so_far, .today = o->today};
	struct report_week r = {.file = o->in.log, .folder = folder, .athlete = o->in.athlete,
				.diary = o->in.diary, .log = log, .feat = feat, .st = &st, .fd = &fd,
				.wk = &wk, .fw = &fw, .charts = figs, .n_charts = CHARTS,
				.so_far = so_far, .quiet = o->quiet};
	r.end = so_far ? o->today : o->monday + 6;
	rc = draw_charts(&cd, folder, outs, figs);
	if (rc == CLI_OK && render(&r, &outs[CHARTS], &outs[CHARTS + 1], &outs[CHARTS + 2]) != 0) {
		cli_error("out of memory");
		rc = CLI_SOFTWARE;
	}
	if (rc == CLI_OK)
		rc = publish(o, folder, outs, &r);
	for (int i = 0; i < FILES; i++)
		free(outs[i].data);
	return rc;
}

int cmd_weekly(int argc, char **argv)
{
	struct options o;
	struct ingest_log log;
	struct features feat = {0};
	int rc;

	if (parse_args(argc, argv, &o) != 0)
		return o.in.help ? CLI_HELP : CLI_USAGE;
	ingest_init(&log);
	rc = weekly(&o, &log, &feat);
	features_free(&feat);
	ingest_free(&log);
	return rc;
}
