/* runlog diary: a pain diary to fill in, one row per running day of a log. */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "runlog/cli.h"
#include "runlog/date.h"
#include "runlog/features.h"
#include "runlog/ingest.h"

static int parse_args(int argc, char **argv, struct cli_input *in)
{
	static const struct option longopts[] = {
		CLI_INPUT_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	int c;

	cli_input_init(in);
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		int shared = c == CLI_OPT_DIARY ? 0 : cli_input_option(c, optarg, in);
		if (shared < 0)
			return -1;
		if (shared)
			continue;
		if (c == ':')
			return cli_error("option '%s' needs a value", argv[optind - 1]), -1;
		return cli_error("unknown option '%s'", argv[optind - 1]), -1;
	}
	if (optind >= argc)
		return cli_error("diary: no log file given (see 'runlog help diary')"), -1;
	if (optind + 1 < argc)
		return cli_error("diary: one log at a time; '%s' is extra", argv[optind + 1]), -1;
	in->log = argv[optind];
	return 0;
}

/* The template: the diary's columns, then each running day with its runs
 * and distance as a note, to help remember the day. */
static size_t print(const struct ingest_log *log, const struct features *f)
{
	char d[11];
	size_t days = 0;
	puts("date,pain,ate_before,ate_after,strength,notes");
	for (size_t i = 0; i < f->n;) {
		size_t j = i;
		double km = 0;
		while (j < f->n && f->runs[j].day == f->runs[i].day) {
			if (!isnan(features_km(&f->runs[j])))
				km += features_km(&f->runs[j]);
			j++;
		}
		printf("%s,,,,,", date_format(f->runs[i].day, d));
		if (j - i > 1)
			printf("%zu runs", j - i);
		else
			printf("1 run");
		if (log->columns & INGEST_HAS_DISTANCE)
			printf(" %.1f km", km);
		putchar('\n');
		i = j;
		days++;
	}
	return days;
}

int cmd_diary(int argc, char **argv)
{
	struct cli_input in;
	struct ingest_log log;
	struct features f = {0};
	int rc;

	if (parse_args(argc, argv, &in) != 0)
		return CLI_USAGE;
	ingest_init(&log);
	rc = cli_read(&in, 0, &log);
	if (rc == CLI_OK && log.n_athletes > 1) {
		cli_error("%s: %zu athletes share this log; a pain diary is one runner's: give "
			  "--athlete NAME", in.log, log.n_athletes);
		rc = CLI_USAGE;
	}
	if (rc == CLI_OK && features_build(&log, &f) != 0) {
		cli_error("out of memory");
		rc = CLI_SOFTWARE;
	}
	if (rc == CLI_OK && log.n_runs == 0) {
		/* An empty template helps nobody: say why there is nothing. */
		cli_error("%s: no runs found (a run is a row with a distance above 0, or a pain "
			  "score%s), so there is no diary to start", in.log,
			  log.format >= INGEST_FORMAT_STRAVA ? ", or a running activity" : "");
		rc = CLI_DATAERR;
	}
	if (rc == CLI_OK) {
		size_t days = print(&log, &f);
		cli_error("%s: read as a %s: %zu run%s on %zu day%s, %zu strength session%s, %zu other "
			  "activit%s left out; fill in the pain column and give the diary with --diary",
			  in.log, ingest_format_name(log.format), log.n_runs, log.n_runs == 1 ? "" : "s",
			  days, days == 1 ? "" : "s", log.sessions, log.sessions == 1 ? "" : "s",
			  log.other_activities, log.other_activities == 1 ? "y" : "ies");
	}
	features_free(&f);
	ingest_free(&log);
	return rc;
}
