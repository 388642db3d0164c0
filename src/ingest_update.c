/* ingest_update: a pain diary split into the bytes of its rows, each with
 * its date, for runlog diary --update. */
#include "runlog/ingest_update.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "runlog/date.h"
#include "ingest_layout.h"

#define DIARY_MAX (64u << 20) /* a larger file is no diary */
#define DATE_MAX 40           /* a longer date cell is no date */

/* The split: libcsv fed one physical line at a time, so that each record
 * ends at the end of the line that completes it. */
struct split {
	struct ingest_diary_file *d;
	char **hdr;       /* the header's fields, while it is read */
	size_t n_hdr, cap_hdr;
	size_t field;     /* fields of this record so far */
	char date[DATE_MAX + 1];
	int done, failed; /* a record ended; out of memory */
};

static void on_field(void *s, size_t len, void *data)
{
	struct split *sp = data;
	size_t i = sp->field++;
	if (sp->d->n_rows == 0) {
		if (sp->n_hdr == sp->cap_hdr) {
			size_t cap = sp->cap_hdr ? 2 * sp->cap_hdr : 16;
			char **h = realloc(sp->hdr, cap * sizeof *h);
			if (!h) {
				sp->failed = 1;
				return;
			}
			sp->hdr = h;
			sp->cap_hdr = cap;
		}
		char *copy = malloc(len + 1);
		if (!copy) {
			sp->failed = 1;
			return;
		}
		memcpy(copy, s, len);
		copy[len] = '\0';
		sp->hdr[sp->n_hdr++] = copy;
	} else if ((int)i == sp->d->date_field) {
		const char *p = s;
		ingest_trim(&p, &len);
		len = len > DATE_MAX ? DATE_MAX : len;
		memcpy(sp->date, p, len);
		sp->date[len] = '\0';
	}
}

static void on_row(int c, void *data)
{
	struct split *sp = data;
	(void)c;
	sp->done = 1;
}

/* The separator of the header line, as the reader chooses it: the most
 * frequent of ',', ';' and tab outside quotes, ',' on a tie (tab loses a
 * tie with ';'). */
static char header_sep(const char *p, size_t n)
{
	size_t comma = 0, semi = 0, tab = 0;
	int quoted = 0;
	for (size_t i = 0; i < n && p[i] != '\n' && p[i] != '\r'; i++) {
		quoted ^= p[i] == '"';
		comma += !quoted && p[i] == ',';
		semi += !quoted && p[i] == ';';
		tab += !quoted && p[i] == '\t';
	}
	if (semi > comma && semi >= tab)
		return ';';
	return tab > comma && tab > semi ? '\t' : ',';
}

/* The header's fields into a layout: which is the date, which the notes. */
static enum ingest_status map_header(struct split *sp, const struct ingest_opts *opts,
				     struct ingest_error *err)
{
	struct ingest_layout lay;
	if (ingest_layout_build(sp->hdr, sp->n_hdr, opts, &lay, err->msg, sizeof err->msg)) {
		err->line = 1;
		return INGEST_EDATA;
	}
	sp->d->n_fields = sp->n_hdr;
	sp->d->date_field = lay.field_of[COL_DATE];
	sp->d->notes_field = lay.field_of[COL_NOTES];
	ingest_layout_free(&lay);
	return INGEST_OK;
}

/* The record that ended at end: a row, with its day. */
static enum ingest_status add_row(struct split *sp, size_t off, size_t end, unsigned long line,
				  struct ingest_error *err)
{
	struct ingest_diary_file *d = sp->d;
	int32_t day = INGEST_DIARY_NO_DAY;
	const char *why;
	if (d->n_rows && sp->date[0] && date_parse_iso(sp->date, &day, &why)) {
		err->line = line;
		snprintf(err->msg, sizeof err->msg,
			 "column 'date': '%s' is not a date --update can place (YYYY-MM-DD, as runlog "
			 "diary writes it); nothing was changed",
			 sp->date);
		return INGEST_EDATA;
	}
	if (d->n_rows == d->cap_rows) {
		size_t cap = d->cap_rows ? 2 * d->cap_rows : 64;
		struct ingest_diary_row *r = realloc(d->rows, cap * sizeof *r);
		if (!r)
			return INGEST_ENOMEM;
		d->rows = r;
		d->cap_rows = cap;
	}
	d->rows[d->n_rows++] = (struct ingest_diary_row){off, end - off, line, day};
	sp->field = 0;
	sp->date[0] = '\0';
	sp->done = 0;
	return INGEST_OK;
}

/* The end of the physical line that starts at p: after its LF, CRLF or
 * lone CR, or the end of the file. */
static size_t line_end(const char *b, size_t p, size_t n)
{
	while (p < n && b[p] != '\n' && b[p] != '\r')
		p++;
	if (p < n && b[p] == '\r' && p + 1 < n && b[p + 1] == '\n')
		p++;
	return p < n ? p + 1 : n;
}

static int blank_line(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!ingest_is_blank(p[i]) && p[i] != '\r' && p[i] != '\n')
			return 0;
	return 1;
}

/* The line end of the line that ends at e (none: "\n"). */
static void line_end_of(const char *b, size_t e, char eol[3])
{
	if (e >= 2 && b[e - 2] == '\r' && b[e - 1] == '\n')
		memcpy(eol, "\r\n", 3);
	else
		memcpy(eol, e && b[e - 1] == '\r' ? "\r" : "\n", 2);
}

/* A record ended at e: the header (mapped) or a row. */
static enum ingest_status end_record(struct split *sp, size_t start, size_t e, unsigned long line,
				     const struct ingest_opts *opts, struct ingest_error *err)
{
	enum ingest_status st = INGEST_OK;
	if (sp->d->n_rows == 0) {
		st = map_header(sp, opts, err);
		line_end_of(sp->d->bytes, e, sp->d->eol);
	}
	return st ? st : add_row(sp, start, e, line, err);
}

/* Feed the file a line at a time and cut it into rows where libcsv ends
 * a record. */
static enum ingest_status split_rows(struct split *sp, struct csv_parser *csv,
				     const struct ingest_opts *opts, struct ingest_error *err)
{
	struct ingest_diary_file *d = sp->d;
	size_t bom = d->len >= 3 && memcmp(d->bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	size_t start = 0;
	unsigned long line = 1, row_line = 0;
	enum ingest_status st = INGEST_OK;
	for (size_t p = bom; p < d->len && !st; line++) {
		size_t e = line_end(d->bytes, p, d->len);
		if (!row_line && !blank_line(d->bytes + p, e - p))
			row_line = line;
		if (csv_parse(csv, d->bytes + p, e - p, on_field, on_row, sp) != e - p || sp->failed)
			return INGEST_ENOMEM;
		if (sp->done) {
			st = end_record(sp, start, e, row_line, opts, err);
			start = e;
			row_line = 0;
		}
		p = e;
	}
	if (!st && (csv_fini(csv, on_field, on_row, sp) != 0 || sp->failed))
		return INGEST_ENOMEM;
	if (!st && sp->done)
		st = end_record(sp, start, d->len, row_line, opts, err);
	else if (!st && start < d->len && d->n_rows) /* blank lines at the end */
		d->rows[d->n_rows - 1].len = d->len - d->rows[d->n_rows - 1].off;
	return st;
}

/* The first warning the read gives, which stops the update. */
static void first_warning(void *ctx, unsigned long line, const char *msg)
{
	struct ingest_error *e = ctx;
	if (e->line)
		return;
	size_t n = strlen(msg), k = strlen(INGEST_SET_ASIDE_NOTE);
	if (n >= k && strcmp(msg + n - k, INGEST_SET_ASIDE_NOTE) == 0)
		n -= k; /* the update stops: nothing is set aside */
	e->line = line;
	snprintf(e->msg, sizeof e->msg, "%.*s; nothing was changed", (int)n, msg);
}

/* Read the bytes as a diary, as ingest_read does: INGEST_OK when every
 * row reads whole. */
static enum ingest_status check_rows(struct ingest_diary_file *d, const struct ingest_opts *opts,
				     struct ingest_error *err)
{
	struct ingest_opts o = *opts;
	struct ingest_error warned = {0};
	struct ingest_log log;
	FILE *fp = fmemopen(d->bytes, d->len ? d->len : 1, "rb");
	if (!fp)
		return INGEST_ENOMEM;
	if (!d->len)
		fgetc(fp); /* fmemopen takes no empty buffer: read its one byte */
	o.warn = first_warning;
	o.warn_ctx = &warned;
	o.progress = NULL;
	ingest_init(&log);
	enum ingest_status st = ingest_stream(fp, &o, &log, err);
	fclose(fp);
	ingest_free(&log);
	if (st == INGEST_OK && warned.line) {
		*err = warned;
		st = INGEST_EDATA;
	}
	return st;
}

static enum ingest_status slurp(const char *path, struct ingest_diary_file *d, struct ingest_error *err)
{
	FILE *fp = fopen(path, "rb");
	struct stat sb;
	err->line = 0;
	if (!fp || fstat(fileno(fp), &sb) != 0 || !S_ISREG(sb.st_mode)) {
		snprintf(err->msg, sizeof err->msg, "cannot open: %s",
			 fp ? "not a regular file" : strerror(errno));
		if (fp)
			fclose(fp);
		return INGEST_ENOINPUT;
	}
	if ((unsigned long long)sb.st_size > DIARY_MAX) {
		fclose(fp);
		snprintf(err->msg, sizeof err->msg, "over %u MiB: not a pain diary", DIARY_MAX >> 20);
		return INGEST_EDATA;
	}
	d->bytes = malloc((size_t)sb.st_size + 1);
	if (!d->bytes) {
		fclose(fp);
		return INGEST_ENOMEM;
	}
	d->len = fread(d->bytes, 1, (size_t)sb.st_size, fp);
	int bad = ferror(fp) || d->len != (size_t)sb.st_size;
	fclose(fp);
	if (bad) {
		snprintf(err->msg, sizeof err->msg, "read error");
		return INGEST_EIO;
	}
	return INGEST_OK;
}

enum ingest_status ingest_diary_load(const char *path, const struct ingest_opts *opts,
				     struct ingest_diary_file *d, struct ingest_error *err)
{
	struct split sp = {.d = d};
	struct csv_parser csv;
	enum ingest_status st = slurp(path, d, err);
	if (!st)
		st = check_rows(d, opts, err);
	if (st)
		return st;
	d->sep = header_sep(d->bytes, d->len);
	d->notes_field = -1;
	if (csv_init(&csv, 0) != 0)
		return INGEST_ENOMEM;
	csv_set_delim(&csv, (unsigned char)d->sep);
	st = split_rows(&sp, &csv, opts, err);
	csv_free(&csv);
	for (size_t i = 0; i < sp.n_hdr; i++)
		free(sp.hdr[i]);
	free(sp.hdr);
	if (st == INGEST_ENOMEM)
		snprintf(err->msg, sizeof err->msg, "out of memory");
	return st;
}

void ingest_diary_file_free(struct ingest_diary_file *d)
{
	free(d->bytes);
	free(d->rows);
	memset(d, 0, sizeof *d);
}
