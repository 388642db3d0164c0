/* runlog today: ingest -> features -> stats -> findings -> today -> report. */
#include <stdio.h>
#include <string.h>

#include "runlog/cli.h"
#include "runlog/report_today.h"

struct options {
	int json;
	int ate_before; /* INGEST_YES, INGEST_NO or INGEST_UNKNOWN */
	struct cli_input in;
};

enum { OPT_ATE_BEFORE = 256 };

/* One option of today's own (cli_option_fn). */
static int own_option(int c, const char *arg, void *ctx)
{
	struct options *o = ctx;
	if (c != 'f' && c != OPT_ATE_BEFORE)
		return 1;
	if (c == 'f') {
		if (strcmp(arg, "json") != 0 && strcmp(arg, "text") != 0)
			return cli_error("--format: '%s' is not text or json", arg), -1;
		o->json = strcmp(arg, "json") == 0;
		return 0;
	}
	if (strcmp(arg, "yes") != 0 && strcmp(arg, "no") != 0)
		return cli_error("--ate-before: '%s' is not yes or no", arg), -1;
	o->ate_before = strcmp(arg, "yes") == 0 ? INGEST_YES : INGEST_NO;
	return 0;
}

static int parse_args(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{"format", required_argument, NULL, 'f'},
		{"ate-before", required_argument, NULL, OPT_ATE_BEFORE},
		CLI_INPUT_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	*o = (struct options){.ate_before = INGEST_UNKNOWN};
	return cli_parse(argc, argv, "today", ":hf:", longopts, own_option, o, &o->in);
}

/* The answer on stdout. Returns an exit code. */
static int print_today(const struct options *o, const struct today *t, const char *athlete)
{
	struct doc doc;
	if (o->json) {
		report_today_json(stdout, t, athlete);
		return CLI_OK;
	}
	doc_init(&doc);
	report_today_doc(t, athlete, &doc);
	int rc = doc.failed ? CLI_SOFTWARE : CLI_OK;
	if (rc == CLI_OK)
		doc_render(stdout, &doc, DOC_TEXT);
	else
		cli_error("out of memory");
	doc_free(&doc);
	return rc;
}

static int today(const struct options *o, struct ingest_log *log, struct features *feat)
{
	struct stats_result st;
	struct stats_model model;
	struct findings fd;
	struct today t;
	int rc = cli_load(&o->in, log, feat, &st, &model, &fd);
	if (rc != CLI_OK)
		return rc;
	if (log->n_athletes > 1) {
		/* The runner's own level and trend: one runner at a time. */
		cli_error("%s: %zu athletes share this log; today is one runner's: give --athlete NAME",
			  o->in.log, log->n_athletes);
		return CLI_USAGE;
	}
	if (today_build(feat, &model, &fd, o->in.today, o->ate_before, &t) != 0) {
		cli_error("out of memory");
		return CLI_SOFTWARE;
	}
	return print_today(o, &t, log->n_athletes == 1 ? log->athletes[0] : NULL);
}

int cmd_today(int argc, char **argv)
{
	struct options o;
	struct ingest_log log;
	struct features feat = {0};
	if (parse_args(argc, argv, &o) != 0)
		return o.in.help ? CLI_HELP : CLI_USAGE;
	ingest_init(&log);
	int rc = today(&o, &log, &feat);
	features_free(&feat);
	ingest_free(&log);
	return rc;
}
