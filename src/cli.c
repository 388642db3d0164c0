/* Helpers shared by the commands. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runlog/date.h"
#include "runlog/date_zone.h"
#include "runlog/num.h"

#include "runlog/cli.h"
#include "runlog/outfile.h"
#include "runlog/safe.h"

void cli_error(const char *fmt, ...)
{
	char buf[1024], *msg = buf;
	va_list ap, again;
	va_start(ap, fmt);
	va_copy(again, ap);
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	if (n >= (int)sizeof buf && (msg = malloc((size_t)n + 1)) != NULL)
		vsnprintf(msg, (size_t)n + 1, fmt, again);
	else
		msg = buf; /* it fits, or out of memory: cut short */
	if (n < 0)
		buf[0] = '\0';
	va_end(again);
	va_end(ap);
	fputs("runlog: ", stderr);
	safe_term_put(stderr, msg, strlen(msg));
	fputc('\n', stderr);
	if (msg != buf)
		free(msg);
}

int cli_draw_chart(struct cli_charts *c, enum chart_kind k, const struct chart_opts *o,
		   const struct chart_data *d, char **data, size_t *len)
{
	FILE *mem;
	*data = NULL;
	*len = 0;
	mem = open_memstream(data, len);
	if (!mem)
		return -1;
	if (!c->lib)
		c->lib = plot_lib_open(chart_needs_raster(o), c->why, sizeof c->why);
	int rc = c->lib ? chart_draw(c->lib, k, mem, o, d) : -1;
	if (fclose(mem) != 0)
		rc = -1;
	if (rc != 0) {
		free(*data);
		*data = NULL;
		*len = 0;
	}
	return rc;
}

int cli_draw_page_chart(struct cli_charts *c, enum chart_kind k, const struct chart_opts *o,
			const struct chart_data *d, struct doc_figure *f, char *own[2])
{
	struct chart_opts svg = {.fmt = PLOT_SVG, .w = o->w, .h = o->h};
	own[0] = own[1] = NULL;
	if (o->fmt != PLOT_SVG) {
		if (cli_draw_chart(c, k, &svg, d, &own[0], &f->len) != 0)
			return -1;
		f->fmt = PLOT_SVG;
		f->data = own[0];
	}
	if (o->w <= CLI_NARROW_W)
		return 0;
	svg.w = CLI_NARROW_W;
	svg.h = CLI_NARROW_H;
	if (cli_draw_chart(c, k, &svg, d, &own[1], &f->narrow_len) != 0)
		return -1;
	f->narrow = own[1];
	f->narrow_w = svg.w;
	f->narrow_h = svg.h;
	return 0;
}

void cli_chart_error(const struct cli_charts *c, const char *path)
{
	const char *why = c->lib ? "" : c->why;
	cli_error("%s: cannot draw the chart%s%s", path, *why ? ": " : "", why);
}

void cli_charts_free(struct cli_charts *c)
{
	plot_lib_close(c->lib);
	c->lib = NULL;
}

/* One file being read: ingest's context for both the row warnings and the
 * progress line, which share the terminal's last line. */
struct reading {
	const char *file;
	const struct ingest_log *log; /* its member, once a zip's is found */
	unsigned long warnings;   /* bad rows so far */
	unsigned long long size;  /* the file's bytes, for the progress line */
	int shown;                /* the last percentage drawn, or -1 */
	int drawn;                /* a progress line is on the terminal */
};

/* Clear the progress line, if one is drawn. */
static void clear_progress(struct reading *r)
{
	if (r->drawn)
		fputs("\r\033[K", stderr);
	r->drawn = 0;
}

static void warn_row(void *data, unsigned long line, const char *msg)
{
	struct reading *r = data;
	clear_progress(r);
	if (++r->warnings <= CLI_MAX_WARNINGS)
		cli_error("%s%s%s:%lu: %s", r->file, *r->log->member ? ":" : "", r->log->member, line,
			  msg);
}

static int ingest_exit(enum ingest_status st)
{
	switch (st) {
	case INGEST_ENOINPUT: return CLI_NOINPUT;
	case INGEST_EDATA: return CLI_DATAERR;
	case INGEST_EIO: return CLI_NOINPUT;
	case INGEST_EUSAGE: return CLI_USAGE;
	default: return CLI_SOFTWARE;
	}
}

int cli_ingest_error(const char *path, enum ingest_status st, const struct ingest_error *err)
{
	if (st == INGEST_OK)
		return CLI_OK;
	if (st == INGEST_ENOMEM)
		cli_error("out of memory");
	else if (err->line)
		cli_error("%s:%lu: %s", path, err->line, err->msg);
	else
		cli_error("%s: %s", path, err->msg);
	return ingest_exit(st);
}

void cli_input_init(struct cli_input *in)
{
	*in = (struct cli_input){.today = date_today()};
}

/* --tz ZONE: a zone of the system's database, or a usage error that names
 * the nearest one. Returns 1, or -1 after the error. */
static int zone_option(const char *zone, struct cli_input *in)
{
	char near[DATE_ZONE_NAME_MAX + 1];
	if (!*zone)
		return cli_error("--tz: the zone is empty"), -1;
	if (!date_zone_known(zone)) {
		if (date_zone_nearest(zone, near, sizeof near) == 0)
			cli_error("--tz: '%s' is not a zone of %s (the nearest is '%s')", zone,
				  date_zone_dir(), near);
		else
			cli_error("--tz: '%s' is not a time zone (such as Europe/Paris or UTC)", zone);
		return -1;
	}
	/* The day of a UTC time is its day in this zone (see date_local_day). */
	setenv("TZ", zone, 1);
	tzset();
	in->zone_given = 1;
	if (!in->today_given) /* today in the log's zone */
		in->today = date_today();
	return 1;
}

/* A word of --yes or --no (which = 1 or 0), unless it is empty, one too
 * many, or the other option's too. Returns 1, or -1 after a usage error. */
static int add_word(struct cli_input *in, int which, const char *word)
{
	const char *opt = which ? "--yes" : "--no", *other = which ? "--no" : "--yes";
	const char **mine = which ? in->yes : in->no, *const *theirs = which ? in->no : in->yes;
	size_t *n = which ? &in->n_yes : &in->n_no, n_theirs = which ? in->n_no : in->n_yes;
	if (!*word)
		return cli_error("%s: the word is empty", opt), -1;
	for (size_t i = 0; i < n_theirs; i++)
		if (num_words_equal(word, theirs[i]))
			return cli_error("%s: '%s' is also given to %s", opt, word, other), -1;
	if (*n == CLI_WORDS_MAX)
		return cli_error("%s: more than %d words", opt, CLI_WORDS_MAX), -1;
	mine[(*n)++] = word;
	return 1;
}

/* --column ROLE=HEADER. Returns 1, or -1 after a usage error. */
static int column_option(const char *arg, struct cli_input *in)
{
	const char *eq = strchr(arg, '=');
	char role[32];
	if (!eq || eq == arg || !eq[1] || (size_t)(eq - arg) >= sizeof role)
		return cli_error("--column: '%s' is not ROLE=HEADER (such as pain=Soreness)", arg), -1;
	memcpy(role, arg, (size_t)(eq - arg));
	role[eq - arg] = '\0';
	/* An unknown role is kept as ROLE=HEADER: the read of the log refuses
	 * it with the roles and the log's headers (ingest_layout.c). */
	const char *name = ingest_column_role(role);
	if (!name)
		name = arg;
	if (in->n_columns == INGEST_COLUMNS_MAX)
		return cli_error("--column: at most %d of them", INGEST_COLUMNS_MAX), -1;
	in->columns[in->n_columns].role = name;
	in->columns[in->n_columns++].header = eq + 1;
	return 1;
}

static int threads_option(const char *arg, struct cli_input *in)
{
	char *end;
	errno = 0;
	long n = strtol(arg, &end, 10);
	if (end == arg || *end || errno || n < 1 || n > INGEST_THREADS_MAX)
		return cli_error("--threads: '%s' is not a number from 1 to %d", arg, INGEST_THREADS_MAX), -1;
	in->threads = (int)n;
	return 1;
}

int cli_input_option(int c, const char *arg, struct cli_input *in)
{
	const char *why;
	switch (c) {
	case CLI_OPT_STRICT:
		in->strict = 1;
		return 1;
	case 'h':
		in->help = 1;
		return 1;
	case CLI_OPT_TODAY:
		if (date_parse_iso(arg, &in->today, &why))
			return cli_error("--today: '%s' %s", arg, why), -1;
		in->today_given = 1;
		return 1;
	case CLI_OPT_UNITS:
		if (strcmp(arg, "km") == 0)
			in->units = INGEST_UNITS_KM;
		else if (strcmp(arg, "mi") == 0)
			in->units = INGEST_UNITS_MI;
		else
			return cli_error("--units: '%s' is not km or mi", arg), -1;
		return 1;
	case CLI_OPT_DATE_FORMAT:
		if (strcmp(arg, "DMY") == 0 || strcmp(arg, "dmy") == 0)
			in->date_order = DATE_DMY;
		else if (strcmp(arg, "MDY") == 0 || strcmp(arg, "mdy") == 0)
			in->date_order = DATE_MDY;
		else if (strcmp(arg, "YMD") == 0 || strcmp(arg, "ymd") == 0)
			in->date_order = DATE_YMD;
		else
			return cli_error("--date-format: '%s' is not DMY, MDY or YMD", arg), -1;
		return 1;
	case CLI_OPT_ATHLETE:
		if (!*arg)
			return cli_error("--athlete: the name is empty"), -1;
		in->athlete = arg;
		return 1;
	case CLI_OPT_YES:
	case CLI_OPT_NO:
		return add_word(in, c == CLI_OPT_YES, arg);
	case CLI_OPT_COLUMN:
		return column_option(arg, in);
	case CLI_OPT_DIARY:
		if (!*arg)
			return cli_error("--diary: the file name is empty"), -1;
		in->diary = arg;
		return 1;
	case CLI_OPT_TZ:
		return zone_option(arg, in);
	case CLI_OPT_THREADS:
		return threads_option(arg, in);
	default:
		return 0;
	}
}

int cli_is_input(const struct cli_input *in, const char *path)
{
	return outfile_same_file(path, in->log) || (in->diary && outfile_same_file(path, in->diary));
}

int cli_output_error(const char *path, int err)
{
	if (err == ELOOP)
		cli_error("%s: is a symbolic link; runlog will not write through it", path);
	else if (err == EISDIR)
		cli_error("%s: is a folder; runlog will not replace it", path);
	else if (err == EEXIST) /* outfile_check_target */
		cli_error("%s: is not a file (a device or a pipe); runlog will not replace it", path);
	else
		cli_error("%s: cannot write: %s", path, strerror(err));
	return err == ENOSPC || err == EIO || err == EDQUOT || err == EFBIG ? CLI_IOERR : CLI_CANTCREAT;
}

/* Progress on stderr while a large log is read, when stderr is a terminal
 * and only then: "runlog: reading LOG: 45%", redrawn in place. */
#define PROGRESS_MIN_BYTES (32ull << 20)

static void show_progress(void *ctx, unsigned long long bytes)
{
	struct reading *r = ctx;
	int pct = (int)(bytes * 100 / r->size);
	if (pct > 100)
		pct = 100;
	if (pct == r->shown)
		return;
	r->shown = pct;
	r->drawn = 1;
	fputs("\rrunlog: reading ", stderr);
	safe_term_put(stderr, r->file, strlen(r->file));
	fprintf(stderr, ": %d%%", pct);
	fflush(stderr);
}

/* Read one file; prints what went wrong. Returns an exit code. */
static int read_one(const char *path, const struct ingest_opts *base, struct ingest_log *log)
{
	struct reading rd = {.file = path, .log = log, .shown = -1};
	struct ingest_opts iopts = *base;
	struct ingest_error err;
	struct stat sb;
	iopts.warn = warn_row;
	iopts.warn_ctx = &rd;
	if (isatty(STDERR_FILENO) && strcmp(path, "-") != 0 && stat(path, &sb) == 0 &&
	    S_ISREG(sb.st_mode) && (unsigned long long)sb.st_size >= PROGRESS_MIN_BYTES) {
		rd.size = (unsigned long long)sb.st_size;
		iopts.progress = show_progress;
		iopts.progress_ctx = &rd;
	}
	enum ingest_status ist = ingest_read(path, &iopts, log, &err);
	clear_progress(&rd); /* the line is gone before anything else prints */

	if (rd.warnings > CLI_MAX_WARNINGS)
		cli_error("%s: %lu more warnings not shown", path, rd.warnings - CLI_MAX_WARNINGS);
	if (ist != INGEST_OK) {
		const char *sep = *log->member ? ":" : "";
		if (err.line)
			cli_error("%s%s%s:%lu: %s", path, sep, log->member, err.line, err.msg);
		else
			cli_error("%s%s%s: %s", path, sep, log->member, err.msg);
		return ingest_exit(ist);
	}
	return CLI_OK;
}

static int strict_check(const char *path, const struct ingest_log *log)
{
	size_t bad = log->skipped + log->duplicates, values = ingest_set_aside(log);
	if (bad && values)
		cli_error("%s: %zu bad row%s and %zu bad value%s; --strict writes nothing", path, bad,
			  bad == 1 ? "" : "s", values, values == 1 ? "" : "s");
	else if (bad || values)
		cli_error("%s: %zu bad %s%s; --strict writes nothing", path, bad + values,
			  bad ? "row" : "value", bad + values == 1 ? "" : "s");
	return bad || values ? CLI_DATAERR : CLI_OK;
}

struct ingest_opts cli_diary_opts(const struct cli_input *in, const struct ingest_log *log)
{
	return (struct ingest_opts){.today = in->today, .need_pain = 1, .date_order = in->date_order,
				    .keep_notes = 1,
				    .meal_entries = log->format == INGEST_FORMAT_APPLE, .threads = in->threads,
				    .columns = in->columns, .n_columns = in->n_columns,
				    .columns_needed = ((1u << in->n_columns) - 1) & ~log->column_hits};
}

int cli_read(const struct cli_input *in, int need_pain, struct ingest_log *log)
{
	const struct num_words words = {in->yes, in->n_yes, in->no, in->n_no};
	const struct num_words *more = in->n_yes || in->n_no ? &words : NULL;
	unsigned all = (1u << in->n_columns) - 1, unknown = 0;
	for (size_t k = 0; k < in->n_columns; k++)
		unknown |= (unsigned)!ingest_column_role(in->columns[k].role) << k;
	struct ingest_opts opts = {.today = in->today, .units = in->units,
				   .need_pain = need_pain && !in->diary, .date_order = in->date_order,
				   .athlete = in->athlete, .words = more, .zone_given = in->zone_given,
				   .threads = in->threads,
				   .columns = in->columns, .n_columns = in->n_columns,
				   .columns_needed = (in->diary || in->columns_elsewhere ? 0 : all) | unknown};
	int rc = read_one(in->log, &opts, log);
	if (rc == CLI_OK && in->athlete && !(log->columns & INGEST_HAS_ATHLETE)) {
		cli_error("%s: --athlete: the log has no athlete column (athlete, runner or name)",
			  in->log);
		rc = CLI_USAGE;
	} else if (rc == CLI_OK && in->athlete && log->n_athletes == 0) {
		char names[512] = "";
		size_t used = 0;
		for (size_t i = 0; i < log->n_other_names && used < sizeof names; i++)
			used += (size_t)snprintf(names + used, sizeof names - used, "%s'%s'", i ? ", " : "",
						 log->other_names[i]);
		if (log->n_other_names)
			cli_error("%s: --athlete: no rows for an athlete named '%s' (names are matched "
				  "exactly; the log has %s%s)", in->log, in->athlete, names,
				  log->n_other_names == INGEST_OTHER_NAMES ? " and maybe more" : "");
		else
			cli_error("%s: --athlete: no rows for an athlete named '%s'", in->log, in->athlete);
		rc = CLI_USAGE; /* as for a log without the column: --athlete is wrong */
	}
	if (rc == CLI_OK && in->strict)
		rc = strict_check(in->log, log);
	if (rc == CLI_OK && in->diary && log->n_athletes > 1) {
		/* A diary day's pain would land on every runner who ran that day. */
		cli_error("%s: %zu athletes share this log; a pain diary is one runner's: give "
			  "--athlete NAME", in->log, log->n_athletes);
		rc = CLI_USAGE;
	}
	if (rc == CLI_OK && in->diary) {
		struct ingest_log diary;
		struct ingest_opts dopts = cli_diary_opts(in, log);
		dopts.words = more;
		ingest_init(&diary);
		rc = read_one(in->diary, &dopts, &diary);
		if (rc == CLI_USAGE)
			cli_error("%s: nor in the log: found %s", in->log, log->header_found);
		if (rc == CLI_OK && in->strict)
			rc = strict_check(in->diary, &diary);
		if (rc == CLI_OK && ingest_merge_diary(log, &diary) != 0) {
			cli_error("out of memory");
			rc = CLI_SOFTWARE;
		}
		log->diary_utf16 = diary.utf16;
		if (rc == CLI_OK && log->diary_shift)
			cli_error("%s: %zu of %zu diary days fall one day %s a run's day: the day of a "
				  "time depends on the zone; give the same --tz as when the diary was made",
				  in->diary, log->diary_shifted, log->diary_days + log->diary_unmatched,
				  log->diary_shift > 0 ? "before" : "after");
		ingest_free(&diary);
	}
	return rc;
}

int cli_load(const struct cli_input *in, struct ingest_log *log, struct features *feat,
	     struct stats_result *st, struct stats_model *model, struct findings *fd)
{
	int rc = cli_read(in, 1, log);
	return rc == CLI_OK ? cli_analyze(log, feat, st, model, fd) : rc;
}

int cli_analyze(struct ingest_log *log, struct features *feat, struct stats_result *st,
		struct stats_model *model, struct findings *fd)
{
	/* The features hold what the rest needs: they take the runs' memory. */
	if (features_take(log, feat)) {
		cli_error("out of memory");
		return CLI_SOFTWARE;
	}
	/* RUNLOG_MODEL=0 leaves the adjusted model out: make bench times what
	 * the model adds. Not for reports: the findings then lack their basis. */
	const char *m = getenv("RUNLOG_MODEL");
	int fit = !(m && strcmp(m, "0") == 0);
	memset(model, 0, sizeof *model);
	if (stats_analyze(feat, st) || (fit && stats_model_fit(feat, model))) {
		cli_error("out of memory");
		return CLI_SOFTWARE;
	}
	findings_build(st, fd);
	findings_adjust(st, model, fd);
	return CLI_OK;
}

int cli_bad_option(int c, char **argv)
{
	if (c == ':')
		cli_error("option '%s' needs a value", argv[optind - 1]);
	else
		cli_error("unknown option '%s'", argv[optind - 1]);
	return -1;
}

int cli_parse(int argc, char **argv, const char *cmd, const char *shortopts, const struct option *longopts,
	      cli_option_fn *own, void *ctx, struct cli_input *in)
{
	int c;
	cli_input_init(in);
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		int taken = own(c, optarg, ctx);
		if (taken <= 0) {
			if (taken < 0)
				return -1;
			continue;
		}
		taken = cli_input_option(c, optarg, in);
		if (taken < 0)
			return -1;
		if (taken)
			continue;
		return cli_bad_option(c, argv);
	}
	if (in->help)
		return -1;
	if (optind >= argc)
		return cli_error("%s: no log file given (see 'runlog help %s')", cmd, cmd), -1;
	if (optind + 1 < argc)
		return cli_error("%s: one log at a time; '%s' is extra", cmd, argv[optind + 1]), -1;
	in->log = argv[optind];
	return 0;
}

int cli_plan_option(const char *arg, const char **file)
{
	if (!*arg)
		return cli_error("--plan: the file name is empty"), -1;
	*file = arg;
	return 0;
}

int cli_read_plan(const char *file, struct plan *p)
{
	struct plan_error err;
	FILE *fp = fopen(file, "r");
	if (!fp) {
		cli_error("%s: cannot open the plan: %s", file, strerror(errno));
		return CLI_NOINPUT;
	}
	int bad = plan_read(fp, p, &err);
	fclose(fp);
	if (!bad)
		return CLI_OK;
	if (err.line)
		cli_error("%s:%lu: %s", file, err.line, err.msg);
	else
		cli_error("%s: %s", file, err.msg);
	return CLI_DATAERR;
}
