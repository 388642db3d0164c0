/* runlog analyze: ingest -> features -> stats -> findings -> charts, report. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/chart.h"
#include "runlog/cli.h"
#include "runlog/date.h"
#include "runlog/features.h"
#include "runlog/findings.h"
#include "runlog/ingest.h"
#include "runlog/outfile.h"
#include "runlog/report.h"
#include "runlog/stats.h"

#define MAX_WARNINGS 20
#define CHART_SCALE 2 /* PNG supersampling; --draft draws at 1 */

enum report_format { FORMAT_TEXT, FORMAT_JSON };

struct options {
	const char *log;
	enum report_format format;
	const char *out;
	int charts;
	struct chart_opts chart;
	int strict;
	int32_t today;
};

struct warn_ctx {
	const char *file;
	unsigned long count;
};

static void warn_row(void *data, unsigned long line, const char *msg)
{
	struct warn_ctx *w = data;
	if (++w->count <= MAX_WARNINGS)
		fprintf(stderr, "runlog: %s:%lu: %s\n", w->file, line, msg);
}

static int parse_size(const char *s, int *w, int *h)
{
	char *end;
	long a = strtol(s, &end, 10), b;
	if (end == s || (*end != 'x' && *end != 'X'))
		return -1;
	s = end + 1;
	b = strtol(s, &end, 10);
	if (end == s || *end || a < 200 || b < 150 || a > 8000 || b > 8000)
		return -1;
	*w = (int)a;
	*h = (int)b;
	return 0;
}

static int parse_args(int argc, char **argv, struct options *o)
{
	enum { OPT_NO_CHARTS = 256, OPT_CHART_FORMAT, OPT_SIZE, OPT_STRICT, OPT_TODAY, OPT_DRAFT };
	static const struct option longopts[] = {
		{"format", required_argument, NULL, 'f'},
		{"out", required_argument, NULL, 'o'},
		{"no-charts", no_argument, NULL, OPT_NO_CHARTS},
		{"chart-format", required_argument, NULL, OPT_CHART_FORMAT},
		{"size", required_argument, NULL, OPT_SIZE},
		{"strict", no_argument, NULL, OPT_STRICT},
		{"today", required_argument, NULL, OPT_TODAY},
		{"draft", no_argument, NULL, OPT_DRAFT},
		{NULL, 0, NULL, 0},
	};
	const char *why;
	int c;

	*o = (struct options){.format = FORMAT_TEXT, .out = "plots", .charts = 1,
			      .chart = {.fmt = PLOT_PNG, .w = 1200, .h = 750, .scale = CHART_SCALE},
			      .today = date_today()};
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":f:o:", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (strcmp(optarg, "text") == 0)
				o->format = FORMAT_TEXT;
			else if (strcmp(optarg, "json") == 0)
				o->format = FORMAT_JSON;
			else
				return cli_error("--format: '%s' is not text or json", optarg), -1;
			break;
		case 'o':
			if (!*optarg)
				return cli_error("--out: the folder name is empty"), -1;
			o->out = optarg;
			break;
		case OPT_NO_CHARTS:
			o->charts = 0;
			break;
		case OPT_CHART_FORMAT:
			if (strcmp(optarg, "png") == 0)
				o->chart.fmt = PLOT_PNG;
			else if (strcmp(optarg, "svg") == 0)
				o->chart.fmt = PLOT_SVG;
			else
				return cli_error("--chart-format: '%s' is not png or svg", optarg), -1;
			break;
		case OPT_SIZE:
			if (parse_size(optarg, &o->chart.w, &o->chart.h))
				return cli_error("--size: '%s' is not WIDTHxHEIGHT in pixels "
						 "(200x150 to 8000x8000)", optarg), -1;
			break;
		case OPT_STRICT:
			o->strict = 1;
			break;
		case OPT_DRAFT:
			o->chart.scale = 1;
			break;
		case OPT_TODAY:
			if (date_parse_iso(optarg, &o->today, &why))
				return cli_error("--today: '%s' %s", optarg, why), -1;
			break;
		case ':':
			return cli_error("option '%s' needs a value", argv[optind - 1]), -1;
		default:
			return cli_error("unknown option '%s'", argv[optind - 1]), -1;
		}
	}
	if (optind >= argc)
		return cli_error("analyze: no log file given (see 'runlog help analyze')"), -1;
	if (optind + 1 < argc)
		return cli_error("analyze: one log at a time; '%s' is extra", argv[optind + 1]), -1;
	o->log = argv[optind];
	return 0;
}

static int ingest_exit(enum ingest_status st)
{
	switch (st) {
	case INGEST_ENOINPUT: return CLI_NOINPUT;
	case INGEST_EDATA: return CLI_DATAERR;
	case INGEST_EIO: return CLI_NOINPUT;
	default: return CLI_SOFTWARE;
	}
}

/* Draw every chart into a temporary file, then rename them all into place,
 * so a failure leaves no partial set. Fills paths[]. Returns an exit code. */
static int write_charts(const struct options *o, const struct chart_data *d,
			char paths[CHART_NKINDS][4096])
{
	struct outfile files[CHART_NKINDS] = {0};
	const char *ext = o->chart.fmt == PLOT_SVG ? "svg" : "png";
	int rc = CLI_OK;

	if (outfile_mkdirs(o->out) != 0) {
		cli_error("%s: cannot create the chart folder: %s", o->out, strerror(errno));
		return CLI_CANTCREAT;
	}
	for (int k = 0; k < CHART_NKINDS && rc == CLI_OK; k++) {
		snprintf(paths[k], 4096, "%s/%s.%s", o->out, chart_name((enum chart_kind)k), ext);
		if (outfile_open(&files[k], paths[k]) != 0) {
			cli_error("%s: cannot create: %s", paths[k], strerror(errno));
			rc = CLI_CANTCREAT;
		} else if (chart_draw((enum chart_kind)k, files[k].fp, &o->chart, d) != 0 ||
			   outfile_finish(&files[k]) != 0) {
			cli_error("%s: cannot write the chart: %s", paths[k],
				  errno ? strerror(errno) : "drawing failed");
			rc = CLI_IOERR;
		}
	}
	for (int k = 0; k < CHART_NKINDS && rc == CLI_OK; k++)
		if (outfile_publish(&files[k]) != 0) {
			cli_error("%s: cannot write: %s", paths[k], strerror(errno));
			rc = CLI_IOERR;
		}
	for (int k = 0; k < CHART_NKINDS; k++)
		outfile_abort(&files[k]);
	return rc;
}

static int analyze(const struct options *o, struct ingest_log *log, struct features *feat)
{
	struct warn_ctx warn = {.file = o->log};
	struct ingest_opts iopts = {.warn = warn_row, .warn_ctx = &warn, .today = o->today};
	struct ingest_error err;
	struct stats_result st;
	struct findings fd;
	char paths[CHART_NKINDS][4096];
	const char *chart_list[CHART_NKINDS];
	size_t n_charts = 0;
	enum ingest_status ist;

	ist = ingest_read(o->log, &iopts, log, &err);
	if (warn.count > MAX_WARNINGS)
		cli_error("%s: %lu more bad rows not shown", o->log, warn.count - MAX_WARNINGS);
	if (ist != INGEST_OK) {
		if (err.line)
			cli_error("%s:%lu: %s", o->log, err.line, err.msg);
		else
			cli_error("%s: %s", o->log, err.msg);
		return ingest_exit(ist);
	}
	if (o->strict && log->skipped) {
		cli_error("%s: %zu bad row%s; --strict writes nothing", o->log, log->skipped,
			  log->skipped == 1 ? "" : "s");
		return CLI_DATAERR;
	}
	if (features_build(log, feat) || stats_analyze(feat, &st)) {
		cli_error("out of memory");
		return CLI_SOFTWARE;
	}
	findings_build(&st, &fd);

	if (o->charts && st.scored > 0) {
		struct stats_series series;
		if (stats_series_build(feat, (log->columns & INGEST_HAS_DISTANCE) != 0, &series)) {
			cli_error("out of memory");
			return CLI_SOFTWARE;
		}
		struct chart_data cd = {.feat = feat, .st = &st, .series = &series, .fd = &fd,
					.has_distance = (log->columns & INGEST_HAS_DISTANCE) != 0};
		int rc = write_charts(o, &cd, paths);
		stats_series_free(&series);
		if (rc != CLI_OK)
			return rc;
		for (int k = 0; k < CHART_NKINDS; k++)
			chart_list[n_charts++] = paths[k];
	}

	struct report r = {.file = o->log, .log = log, .feat = feat, .st = &st, .fd = &fd,
			   .charts = chart_list, .n_charts = n_charts};
	if (o->format == FORMAT_JSON)
		report_json(stdout, &r);
	else
		report_text(stdout, &r);
	return CLI_OK;
}

int cmd_analyze(int argc, char **argv)
{
	struct options o;
	struct ingest_log log;
	struct features feat = {0};
	int rc;

	if (parse_args(argc, argv, &o) != 0)
		return CLI_USAGE;
	ingest_init(&log);
	rc = analyze(&o, &log, &feat);
	features_free(&feat);
	ingest_free(&log);
	return rc;
}
