/* runlog diary: a pain diary to fill in, one row per running day of a log,
 * or new rows added to a diary kept so far (--update). */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/cli.h"
#include "runlog/date.h"
#include "runlog/features.h"
#include "runlog/ingest.h"
#include "runlog/ingest_update.h"
#include "runlog/outfile.h"

enum { OPT_UPDATE = 400 };

/* Where diary writes: the diary to update, or the new template's file. */
struct target {
	const char *update; /* --update FILE, or NULL */
	const char *output; /* -O FILE, or NULL: stdout */
};

/* diary's own options (cli_option_fn): --update, -O, and --diary refused. */
static int own_option(int c, const char *arg, void *ctx)
{
	struct target *t = ctx;
	if (c == CLI_OPT_DIARY)
		return cli_error("diary: --diary is for analyze and weekly; to add the new running "
				 "days to a diary, give --update %s", arg), -1;
	if (c == 'O') {
		if (!*arg)
			return cli_error("--output: the file name is empty"), -1;
		t->output = strcmp(arg, "-") == 0 ? NULL : arg;
		return 0;
	}
	if (c != OPT_UPDATE)
		return 1;
	if (!*arg)
		return cli_error("--update: the file name is empty"), -1;
	t->update = arg;
	return 0;
}

static int parse_args(int argc, char **argv, struct cli_input *in, struct target *t)
{
	static const struct option longopts[] = {
		CLI_INPUT_OPTIONS,
		{"update", required_argument, NULL, OPT_UPDATE},
		{"output", required_argument, NULL, 'O'},
		{NULL, 0, NULL, 0},
	};
	*t = (struct target){0};
	if (cli_parse(argc, argv, "diary", ":hO:", longopts, own_option, t, in))
		return -1;
	in->columns_elsewhere = t->update != NULL;
	if (t->update && t->output)
		return cli_error("diary: --update writes the diary in place; give --update or "
				 "--output, not both"), -1;
	if (t->update && cli_is_input(in, t->update))
		return cli_error("--update: '%s' is the log itself, not its diary", t->update), -1;
	return 0;
}

/* The note of the running day that starts at run i (its runs and
 * distance, to help remember the day); returns the first run after it. */
static size_t day_note(const struct ingest_log *log, const struct features *f, size_t i,
		       char *note, size_t cap)
{
	size_t j = i;
	double km = 0;
	while (j < f->n && f->runs[j].day == f->runs[i].day) {
		if (!isnan(features_km(&f->runs[j])))
			km += features_km(&f->runs[j]);
		j++;
	}
	int n = j - i > 1 ? snprintf(note, cap, "%zu runs", j - i) : snprintf(note, cap, "1 run");
	if (log->columns & INGEST_HAS_DISTANCE)
		snprintf(note + n, cap - (size_t)n, " %.1f %s", log->miles ? km / INGEST_KM_PER_MILE : km,
			 log->miles ? "mi" : "km");
	return j;
}

/* The template: the diary's columns, then each running day with its note. */
static size_t print(FILE *o, const struct ingest_log *log, const struct features *f)
{
	char d[11], note[64];
	size_t days = 0;
	fputs("date,pain,ate_before,ate_after,strength,notes\n", o);
	for (size_t i = 0; i < f->n; days++) {
		size_t j = day_note(log, f, i, note, sizeof note);
		fprintf(o, "%s,,,,,%s\n", date_format(f->runs[i].day, d), note);
		i = j;
	}
	return days;
}

static int cmp_day(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

/* The days the diary has a row for, sorted; NULL when out of memory. */
static int32_t *diary_days(const struct ingest_diary_file *d)
{
	int32_t *days = malloc((d->n_rows ? d->n_rows : 1) * sizeof *days);
	if (!days)
		return NULL;
	for (size_t i = 0; i < d->n_rows; i++)
		days[i] = d->rows[i].day;
	qsort(days, d->n_rows, sizeof *days, cmp_day);
	return days;
}

/* A new row in the diary's own shape: its separator and line end, the
 * date and the note in their fields, the others empty. */
static void new_row(FILE *o, const struct ingest_diary_file *d, int32_t day, const char *note)
{
	char buf[11];
	for (size_t k = 0; k < d->n_fields; k++) {
		if (k)
			fputc(d->sep, o);
		if ((int)k == d->date_field)
			fputs(date_format(day, buf), o);
		else if ((int)k == d->notes_field)
			fputs(note, o);
	}
	fputs(d->eol, o);
}

/* The diary's rows as they are, with a row for each running day it has
 * no row for, placed before the first row of a later day. Returns the
 * rows added. */
static size_t merge(FILE *o, const struct ingest_diary_file *d, const int32_t *have,
		    const struct ingest_log *log, const struct features *f)
{
	size_t added = 0, r = 0, i = 0;
	int at_line_start = 1;
	char note[64];
	while (r < d->n_rows || i < f->n) {
		int32_t day = i < f->n ? f->runs[i].day : 0;
		const struct ingest_diary_row *row = r < d->n_rows ? &d->rows[r] : NULL;
		if (row && (i >= f->n || r == 0 || row->day == INGEST_DIARY_NO_DAY || row->day <= day)) {
			fwrite(d->bytes + row->off, 1, row->len, o);
			at_line_start = row->len && strchr("\r\n", d->bytes[row->off + row->len - 1]);
			r++;
			continue;
		}
		size_t j = day_note(log, f, i, note, sizeof note);
		if (!bsearch(&day, have, d->n_rows, sizeof *have, cmp_day)) {
			if (!at_line_start)
				fputs(d->eol, o);
			new_row(o, d, day, note);
			at_line_start = 1;
			added++;
		}
		i = j;
	}
	return added;
}

/* Write the diary and its backup (path~) all or nothing. Returns an exit code. */
static int publish(const char *path, const struct ingest_diary_file *d, const char *data, size_t len)
{
	struct outfile o[2] = {{0}};
	char *bak = malloc(strlen(path) + 2);
	int rc = CLI_OK;
	if (!bak)
		return cli_error("out of memory"), CLI_SOFTWARE;
	sprintf(bak, "%s~", path);
	if (outfile_write(&o[0], bak, d->bytes, d->len) || outfile_write(&o[1], path, data, len) ||
	    outfile_publish_all(o, 2)) {
		cli_error("%s: cannot write the diary: %s; nothing was changed", path, strerror(errno));
		rc = CLI_IOERR;
	}
	outfile_abort(&o[0]);
	outfile_abort(&o[1]);
	free(bak);
	return rc;
}

/* runlog diary LOG --update PATH. Returns an exit code. */
static int update(const struct cli_input *in, const char *path, const struct ingest_log *log,
		  const struct features *f)
{
	struct ingest_diary_file d = {0};
	struct ingest_error err;
	struct ingest_opts o = cli_diary_opts(in, log);
	char *data = NULL;
	size_t len = 0, added = 0;
	int rc = cli_ingest_error(path, ingest_diary_load(path, &o, &d, &err), &err);
	if (rc == CLI_USAGE)
		cli_error("%s: nor in the log: found %s", in->log, log->header_found);
	int32_t *have = rc == CLI_OK ? diary_days(&d) : NULL;
	FILE *mem = have ? open_memstream(&data, &len) : NULL;
	if (rc == CLI_OK && !mem) {
		cli_error("out of memory");
		rc = CLI_SOFTWARE;
	}
	if (mem) {
		added = merge(mem, &d, have, log, f);
		if (fclose(mem) != 0) {
			cli_error("out of memory");
			rc = CLI_SOFTWARE;
		}
	}
	size_t kept = d.n_rows ? d.n_rows - 1 : 0;
	if (rc == CLI_OK && added == 0)
		cli_error("%s: no new running days: %zu row%s kept as %s, nothing written", path,
			  kept, kept == 1 ? "" : "s", kept == 1 ? "it was" : "they were");
	else if (rc == CLI_OK && (rc = publish(path, &d, data, len)) == CLI_OK)
		cli_error("%s: %zu row%s added for new running days, %zu kept as %s; the previous "
			  "diary is in %s~", path, added, added == 1 ? "" : "s", kept,
			  kept == 1 ? "it was" : "they were", path);
	free(data);
	free(have);
	ingest_diary_file_free(&d);
	return rc;
}

/* Read the log, then print the template on out, or update the diary.
 * Returns an exit code. */
static int diary(struct cli_input *in, const struct target *t, FILE *out)
{
	struct ingest_log log;
	struct features f = {0};
	int rc;

	ingest_init(&log);
	rc = cli_read(in, 0, &log);
	if (rc == CLI_OK && log.n_athletes > 1) {
		cli_error("%s: %zu athletes share this log; a pain diary is one runner's: give "
			  "--athlete NAME", in->log, log.n_athletes);
		rc = CLI_USAGE;
	}
	if (rc == CLI_OK && features_build(&log, &f) != 0) {
		cli_error("out of memory");
		rc = CLI_SOFTWARE;
	}
	if (rc == CLI_OK && log.n_runs == 0) {
		/* An empty template helps nobody: say why there is nothing. */
		cli_error("%s: no runs found (a run is a row with a distance above 0, or a pain "
			  "score%s), so there is no diary to start", in->log,
			  log.format >= INGEST_FORMAT_STRAVA ? ", or a running activity" : "");
		rc = CLI_DATAERR;
	}
	if (rc == CLI_OK && t->update) {
		rc = update(in, t->update, &log, &f);
	} else if (rc == CLI_OK) {
		size_t days = print(out, &log, &f);
		cli_error("%s%s%s: read as %s %s: %zu run%s on %zu day%s, %zu strength session%s, %zu "
			  "other activit%s left out%s; fill in the pain column and give the diary with "
			  "--diary", in->log, *log.member ? ":" : "", log.member,
			  ingest_format_article(log.format), ingest_format_name(log.format), log.n_runs,
			  log.n_runs == 1 ? "" : "s",
			  days, days == 1 ? "" : "s", log.sessions, log.sessions == 1 ? "" : "s",
			  log.other_activities, log.other_activities == 1 ? "y" : "ies",
			  log.miles_guessed ? "; distances read as miles (--units km to override)" : "");
	}
	features_free(&f);
	ingest_free(&log);
	return rc;
}

/* diary, with the template on stdout, or with -O in a temporary file beside
 * FILE (made first, so an unusable FILE fails before any work) that
 * replaces FILE only when the run succeeded. */
int cmd_diary(int argc, char **argv)
{
	struct cli_input in;
	struct target t;
	struct outfile o = {0};

	if (parse_args(argc, argv, &in, &t) != 0)
		return in.help ? CLI_HELP : CLI_USAGE;
	if (!t.output)
		return diary(&in, &t, stdout);
	if (cli_is_input(&in, t.output)) {
		cli_error("%s: is the log itself; runlog will not write over it", t.output);
		return CLI_CANTCREAT;
	}
	if (outfile_open(&o, t.output) != 0)
		return cli_output_error(t.output, errno);
	int rc = diary(&in, &t, o.fp);
	if (rc == CLI_OK && outfile_commit(&o) != 0)
		rc = cli_output_error(t.output, errno);
	outfile_abort(&o);
	return rc;
}
