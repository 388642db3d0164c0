/* cli.h - the command layer: exit codes and the commands main dispatches.
 *
 * Only this layer prints errors and decides exit codes; the stages below
 * return a status.
 */
#ifndef RUNLOG_CLI_H
#define RUNLOG_CLI_H

#define RUNLOG_VERSION "0.1.0"

/* Exit codes, from BSD sysexits.h so cron and shell users recognise them. */
enum cli_exit {
	CLI_OK = 0,
	CLI_USAGE = 64,     /* bad command line */
	CLI_DATAERR = 65,   /* the log is not usable, or a bad row under --strict */
	CLI_NOINPUT = 66,   /* the log cannot be opened */
	CLI_SOFTWARE = 70,  /* internal error, out of memory */
	CLI_CANTCREAT = 73, /* an output file or folder cannot be created */
	CLI_IOERR = 74,     /* an output could not be written */
	CLI_HELP = -1,      /* not an exit code: a command's -h or --help, whose
	                       help main prints */
};

/* A command: argv[0] is the command's name. Returns an exit code. */
typedef int cli_command_fn(int argc, char **argv);

cli_command_fn cmd_analyze;
cli_command_fn cmd_weekly;
cli_command_fn cmd_diary;
cli_command_fn cmd_today;
cli_command_fn cmd_plan;


#include <getopt.h>
#include <stddef.h>

#include "runlog/chart.h"
#include "runlog/doc.h"
#include "runlog/features.h"
#include "runlog/findings.h"
#include "runlog/ingest.h"
#include "runlog/plan.h"
#include "runlog/stats.h"
#include "runlog/stats_model.h"

/* How to read the log: the options analyze and weekly share. */
struct cli_input {
	const char *log;
	const char *diary;       /* --diary FILE, or NULL */
	int strict;
	int32_t today;
	int today_given;         /* --today: --tz leaves today alone */
	int zone_given;          /* --tz */
	enum ingest_units units;
	int date_order;          /* enum date_order */
	const char *athlete;     /* --athlete NAME, or NULL */
#define CLI_WORDS_MAX 32
	const char *yes[CLI_WORDS_MAX], *no[CLI_WORDS_MAX]; /* --yes WORD, --no WORD */
	size_t n_yes, n_no;
	struct ingest_column columns[INGEST_COLUMNS_MAX]; /* --column ROLE=HEADER */
	size_t n_columns;
	int columns_elsewhere;   /* a file read after the log may have the headers
	                            --column names (diary --update) */
	int threads;             /* --threads N (0: one per online core) */
	int help;                /* -h or --help was given */
};

/* The shared options, for a command's getopt_long table, and their codes.
 * They take -h and --help too: a command's short options start with 'h'.
 * getopt_long gives an option that needs a value the next argument, even
 * one that starts with '-' (--out -h is the folder '-h'), so --help is
 * seen only where it is an option; parsing goes on after it, and the
 * command then returns CLI_HELP. */
enum {
	CLI_OPT_STRICT = 300, CLI_OPT_TODAY, CLI_OPT_UNITS, CLI_OPT_TZ, CLI_OPT_DIARY,
	CLI_OPT_DATE_FORMAT, CLI_OPT_ATHLETE, CLI_OPT_YES, CLI_OPT_NO, CLI_OPT_COLUMN,
	CLI_OPT_THREADS,
};
#define CLI_INPUT_OPTIONS                                          \
	{"strict", no_argument, NULL, CLI_OPT_STRICT},             \
	{"today", required_argument, NULL, CLI_OPT_TODAY},         \
	{"units", required_argument, NULL, CLI_OPT_UNITS},         \
	{"tz", required_argument, NULL, CLI_OPT_TZ},               \
	{"diary", required_argument, NULL, CLI_OPT_DIARY},         \
	{"date-format", required_argument, NULL, CLI_OPT_DATE_FORMAT}, \
	{"athlete", required_argument, NULL, CLI_OPT_ATHLETE},     \
	{"yes", required_argument, NULL, CLI_OPT_YES},             \
	{"no", required_argument, NULL, CLI_OPT_NO},               \
	{"column", required_argument, NULL, CLI_OPT_COLUMN},       \
	{"threads", required_argument, NULL, CLI_OPT_THREADS},     \
	{"help", no_argument, NULL, 'h'}

/* Defaults: today is today, the rest off. */
void cli_input_init(struct cli_input *in);

/* Take option c with its argument if it is a shared one. Returns 1 when
 * taken, 0 when c is not a shared option, -1 after printing a usage error. */
int cli_input_option(int c, const char *arg, struct cli_input *in);

/* A command's own option c with its argument: 0 when taken, 1 when it is
 * not the command's own, -1 after a usage error. */
typedef int cli_option_fn(int c, const char *arg, void *ctx);

/* After getopt_long (shortopts starting with ':') returned c, an option
 * no one takes: say that it needs a value (c is ':') or is unknown.
 * Returns -1. */
int cli_bad_option(int c, char **argv);

/* Parse a command's argv with getopt_long (shortopts starting with ':'):
 * each option to own with ctx first, then, when not its own, to the
 * shared ones (into in, cli_input_init'ed here); then the one log file
 * into in->log. cmd names the command in the errors. Returns 0, or -1
 * after printing a usage error, or with in->help set for -h or --help. */
int cli_parse(int argc, char **argv, const char *cmd, const char *shortopts, const struct option *longopts,
	      cli_option_fn *own, void *ctx, struct cli_input *in);

/* Read the log and run it through features, stats and findings. Bad rows
 * are warned about (the first CLI_MAX_WARNINGS, then a count); with
 * strict, any bad row is an error. log must be initialised; log and feat
 * are the caller's to free. Returns an exit code. */
#define CLI_MAX_WARNINGS 20
int cli_load(const struct cli_input *in, struct ingest_log *log, struct features *feat,
	     struct stats_result *st, struct stats_model *model, struct findings *fd);

/* The part of cli_load after the read: log (read with cli_read, or an
 * athlete's part of one, ingest_athlete) through features, stats and
 * findings; the features take the log's runs. Returns an exit code. */
int cli_analyze(struct ingest_log *log, struct features *feat, struct stats_result *st,
		struct stats_model *model, struct findings *fd);

/* How to read the diary of the log read with in: every --column mapping
 * the log did not take must be in the diary's header. */
struct ingest_opts cli_diary_opts(const struct cli_input *in, const struct ingest_log *log);

/* Only the reading part of cli_load, with or without a pain column. */
int cli_read(const struct cli_input *in, int need_pain, struct ingest_log *log);

/* Say what went wrong reading path (nothing for INGEST_OK), as
 * "runlog: PATH:LINE: MSG". Returns the exit code for st. */
int cli_ingest_error(const char *path, enum ingest_status st, const struct ingest_error *err);

/* 1 when path is the log or the diary (which runlog never writes over). */
int cli_is_input(const struct cli_input *in, const char *path);

/* Say why output path failed with errno err, and return the exit code:
 * 74 (CLI_IOERR) when the bytes could not be written (no space, an I/O
 * error, a quota, a file-size limit), else 73 (CLI_CANTCREAT): a symlink
 * where runlog will not write through one (ELOOP), a folder where a file
 * goes (EISDIR), no permission. */
int cli_output_error(const char *path, int err);

/* Read --plan FILE into p, telling why not ("FILE:LINE: ...", or "FILE:
 * cannot open the plan: ..."). Returns an exit code: CLI_OK, CLI_NOINPUT
 * or CLI_DATAERR. */
int cli_read_plan(const char *file, struct plan *p);

/* The value of --plan into *file: 0, or -1 after saying why (an empty
 * name). */
int cli_plan_option(const char *arg, const char **file);

/* The charts one command draws. libplot is loaded with the first of them,
 * kept here for the rest, and released by cli_charts_free. Start zeroed. */
struct cli_charts {
	struct plot_lib *lib;
	char why[256]; /* why libplot could not be loaded, or "" */
};

/* Draw chart k into memory: *data (malloc'd) holds the file's bytes.
 * Returns 0, or -1 when drawing failed. */
int cli_draw_chart(struct cli_charts *c, enum chart_kind k, const struct chart_opts *o,
		   const struct chart_data *d, char **data, size_t *len);

/* The canvas of a chart's narrow layout in the HTML reports (see
 * doc_figure). Below PLOT_LAYOUT_W the text stops shrinking at
 * PLOT_ZOOM_MIN, so the narrower the canvas, the larger its text looks
 * once the page fits it to a phone's width: on a 390-pixel phone the axis
 * numbers (15 layout units) of a 1200x750 chart are 4.5 CSS pixels high,
 * of a 600x400 one 6.5, of this one 9.7. Below PLOT_MIN_W, so
 * tests/unit/test_chart.c checks the layout at this size too. */
#define CLI_NARROW_W 400
#define CLI_NARROW_H 267

/* Draw chart k as the HTML page shows it into f: as SVG at o's size
 * (unless o draws SVG already, whose bytes f->data then holds), and when o
 * is wider than CLI_NARROW_W, laid out at CLI_NARROW_W x CLI_NARROW_H as
 * f's narrow layout. own[0] and own[1] hold the drawings; the caller frees
 * them, whatever the result. Returns 0, or -1 when drawing failed. */
int cli_draw_page_chart(struct cli_charts *c, enum chart_kind k, const struct chart_opts *o,
			const struct chart_data *d, struct doc_figure *f, char *own[2]);

/* Say that the chart for path could not be drawn, and why when libplot
 * could not be loaded. */
void cli_chart_error(const struct cli_charts *c, const char *path);

/* Release the charts' libplot; c may be used again. */
void cli_charts_free(struct cli_charts *c);

/* Print "runlog: " and the formatted message to stderr, the message
 * through safe_term_put(): a control byte in a name, a header cell or an
 * option's value is shown as \xNN, never sent to the terminal. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
