/* ingest_reader: a file's bytes through libcsv into records, each taken
 * by ingest_row.c; the reader's life from ingest_reader_new to _free. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runlog/date.h"
#include "runlog/num.h"
#include "ingest_fast.h"
#include "ingest_hash.h"
#include "ingest_log.h"
#include "ingest_state.h"
#include "ingest_utf16.h"

#define RECORD_MAX (1u << 20) /* a record longer than this ends the read */

static int valid_utf8(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	while (p < end) {
		int extra;
		if (*p < 0x80)
			extra = 0;
		else if ((*p & 0xE0) == 0xC0 && *p >= 0xC2)
			extra = 1;
		else if ((*p & 0xF0) == 0xE0)
			extra = 2;
		else if ((*p & 0xF8) == 0xF0 && *p <= 0xF4)
			extra = 3;
		else
			return 0;
		if (end - p <= extra)
			return 0;
		for (int i = 1; i <= extra; i++)
			if ((p[i] & 0xC0) != 0x80)
				return 0;
		p += extra + 1;
	}
	return 1;
}

static void on_header_field(struct reader *r, const char *s, size_t len)
{
	if (r->n_hdr == r->cap_hdr) {
		char **h = ingest_grow(r->hdr, &r->cap_hdr, sizeof *h, 32);
		if (!h) {
			ingest_fail(r, INGEST_ENOMEM, 0, "out of memory");
			return;
		}
		r->hdr = h;
	}
	char *copy = malloc(len + 1);
	if (!copy) {
		ingest_fail(r, INGEST_ENOMEM, 0, "out of memory");
		return;
	}
	memcpy(copy, s, len);
	copy[len] = '\0';
	r->hdr[r->n_hdr++] = copy;
}

/* A plain date: one month's dates come together in a log, so the last
 * month's day number and length answer most rows without the calendar
 * arithmetic. Returns 0 with *day, or -1 as date_parse_ymd does. */
static int quick_day(struct reader *r, const char *s, size_t len, int32_t *day)
{
	if (len == 10 && r->month_len && memcmp(s, r->month_key, 8) == 0) {
		unsigned d1 = (unsigned char)s[8] - '0', d2 = (unsigned char)s[9] - '0';
		unsigned d = d1 * 10 + d2;
		if (d1 <= 9 && d2 <= 9 && d >= 1 && d <= r->month_len) {
			*day = r->month_start + (int32_t)d - 1;
			return 0;
		}
	}
	if (date_parse_ymd(s, len, day))
		return -1;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
	memcpy(r->month_key, s, 8);
	r->month_start = *day - (d - 1);
	r->month_len = (unsigned)(date_from_ymd(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - r->month_start);
	return 0;
}

/* Read a field of column col in its usual spelling into r->quick; 0 when it
 * is spelled otherwise, or out of range, and goes to its cell instead.
 *
 * This is only an optimisation: it accepts a subset of the spellings that
 * parse_row accepts, within the same INGEST_* bounds (scaled to
 * thousandths, metres and seconds), and gives the same value for them. The
 * answer is the same if it always returns 0; test_ingest pins the two. */
static int quick_field(struct reader *r, int col, const char *s, size_t len)
{
	struct quick *q = &r->quick;
	switch (col) {
	case COL_DATE:
		if (quick_day(r, s, len, &q->day) || ingest_too_far(r->opts, q->day))
			return 0;
		break;
	case COL_PAIN:
		if (r->lay.levels || num_parse_milli(s, len, INGEST_PAIN_MAX * 1000, &q->pain_m))
			return 0;
		break;
	case COL_DISTANCE:
		if (r->lay.miles || r->lay.metres || num_parse_milli(s, len, INGEST_KM_MAX * 1000, &q->km_m))
			return 0;
		break;
	case COL_DURATION:
		if (num_parse_clock(s, len, &q->secs) || q->secs > INGEST_HOURS_MAX * 3600L)
			return 0;
		break;
	case COL_ATE_BEFORE:
	case COL_ATE_AFTER:
	case COL_STRENGTH: {
		/* yes or no, taken without a branch on which: the log decides
		 * that at random. The runner's own words may say otherwise. */
		if (r->opts->words)
			return 0;
		int yes = len == 3 && (s[0] == 'y') & (s[1] == 'e') & (s[2] == 's');
		int no = len == 2 && (s[0] == 'n') & (s[1] == 'o');
		if (!(yes | no))
			return 0;
		q->flag[col - COL_ATE_BEFORE] = yes ? INGEST_YES : INGEST_NO;
		break;
	}
	case COL_ATHLETE: {
		/* The last name again (see ingest_row_athlete), compared here:
		 * names are short, and a call costs more. */
		if (r->opts->athlete || !r->log->n_athletes || len != r->last_len)
			return 0;
		const char *name = r->log->athletes[r->last_athlete];
		size_t i = 0;
		while (i < len && s[i] == name[i])
			i++;
		if (i < len)
			return 0;
		q->athlete = r->last_athlete;
		break;
	}
	default:
		return 0;
	}
	q->mask |= BIT(col);
	return 1;
}

static void field_cb(void *s, size_t len, void *data)
{
	struct reader *r = data;
	size_t idx = r->nfields++;
	if (r->status)
		return;
	r->field_line = r->line;
	if (len)
		r->nonempty = 1;
	if (!r->have_header) {
		on_header_field(r, s, len);
		return;
	}
	if (r->opts->keep_notes && idx < r->n_hdr)
		ingest_row_note_field(r, idx, s, len);
	int col;
	if (idx >= r->n_hdr || (col = r->lay.map[idx]) < 0 || col == COL_NOTES || quick_field(r, col, s, len))
		return;
	struct cell *c = &r->cell[col];
	const char *p = s;
	ingest_trim(&p, &len);
	c->set = 1;
	c->too_long = len > CELL_MAX;
	c->len = c->too_long ? CELL_MAX : len;
	memcpy(c->s, p, c->len);
	c->s[c->len] = '\0';
	r->cells_set |= BIT(col);
}

static void process_header(struct reader *r)
{
	unsigned long line = r->row_line;
	int32_t day;
	const char *why;
	char msg[sizeof r->err->msg];

	if (r->n_hdr && date_parse_iso(r->hdr[0], &day, &why) == 0) {
		ingest_fail(r, INGEST_EDATA, line,
			    "no header row: the first row starts with the date '%.40s'; "
			    "add a header such as 'date,distance_km,pain,ate_before,ate_after,strength'",
			    r->hdr[0]);
		return;
	}
	for (size_t i = 0; i < r->n_hdr; i++)
		if (!valid_utf8(r->hdr[i], strlen(r->hdr[i]))) {
			ingest_fail(r, INGEST_EDATA, line,
				    "the header is not valid UTF-8 text (field %zu): is this a CSV file? "
				    "save it as CSV UTF-8", i + 1);
			return;
		}
	int built = ingest_layout_build(r->hdr, r->n_hdr, r->opts, &r->lay, msg, sizeof msg);
	if (built != 0) {
		ingest_fail(r, built == -2 ? INGEST_EUSAGE : INGEST_EDATA, line, "%s", msg);
		return;
	}
	r->log->column_hits = r->lay.hits;
	if (r->opts->n_columns)
		ingest_layout_names(r->hdr, r->n_hdr, r->log->header_found, sizeof r->log->header_found);
	static const unsigned has[NCOL] = {
		[COL_DISTANCE] = INGEST_HAS_DISTANCE, [COL_DURATION] = INGEST_HAS_DURATION,
		[COL_ATE_BEFORE] = INGEST_HAS_ATE_BEFORE, [COL_ATE_AFTER] = INGEST_HAS_ATE_AFTER,
		[COL_STRENGTH] = INGEST_HAS_STRENGTH, [COL_NOTES] = INGEST_HAS_NOTES, [COL_ATHLETE] = INGEST_HAS_ATHLETE,
	};
	for (int c = 0; c < NCOL; c++)
		if (r->lay.field_of[c] >= 0)
			r->log->columns |= has[c];
	/* In an app export, strength sessions come from the activity type. */
	if (r->lay.field_of[COL_TYPE] >= 0)
		r->log->columns |= INGEST_HAS_STRENGTH;
	r->log->named = r->log->columns;
	r->log->format = r->lay.format;
	r->have_header = 1;
}

static void row_cb(int c, void *data)
{
	struct reader *r = data;
	(void)c;
	r->row_hash = ingest_hash_end(&r->hash);
	if (!r->status && r->nonempty) {
		if (r->have_header)
			ingest_row_take(r);
		else
			process_header(r);
	}
	if (!r->have_header && !r->status) {
		for (size_t i = 0; i < r->n_hdr; i++)
			free(r->hdr[i]);
		r->n_hdr = 0;
	}
	for (int i = 0; r->cells_set; i++)
		if (r->cells_set & BIT(i)) {
			r->cell[i].set = 0, r->cell[i].len = 0, r->cell[i].s[0] = '\0';
			r->cells_set &= ~BIT(i);
		}
	r->quick.mask = 0;
	r->note_len = r->note_more_len = 0;
	r->note[0] = r->note_more[0] = '\0';
	r->nfields = 0;
	r->nonempty = 0;
	r->at_row_start = 1;
	r->row_bytes = 0;
}

/* The field separator, from the first line: the most frequent of ',',
 * ';' and tab outside quotes (',' on a tie). */
static unsigned char separator(const char *p, size_t n)
{
	size_t count[3] = {0};
	int quoted = 0;
	for (size_t i = 0; i < n && p[i] != '\n' && p[i] != '\r'; i++) {
		if (p[i] == '"')
			quoted = !quoted;
		else if (!quoted)
			count[0] += p[i] == ',', count[1] += p[i] == ';', count[2] += p[i] == '\t';
	}
	if (count[1] > count[0] && count[1] >= count[2])
		return ';';
	if (count[2] > count[0] && count[2] > count[1])
		return '\t';
	return ',';
}

/* The first bytes tell a file that is plainly not CSV. */
static void sniff(struct reader *r, const unsigned char *p, size_t n)
{
	size_t i = 0;
	if (n >= 4 && memcmp(p, "PK\x03\x04", 4) == 0) {
		ingest_fail(r, INGEST_EDATA, 0, "looks like a ZIP archive (an .xlsx spreadsheet?), not CSV: "
			"save it as CSV UTF-8 first");
		return;
	}
	if (n >= 4 && memcmp(p, "\xD0\xCF\x11\xE0", 4) == 0) {
		ingest_fail(r, INGEST_EDATA, 0, "looks like an .xls spreadsheet, not CSV: save it as CSV UTF-8 first");
		return;
	}
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
		i++;
	if (i < n && (p[i] == '{' || p[i] == '['))
		ingest_fail(r, INGEST_EDATA, 0, "looks like JSON, not CSV: runlog reads a CSV log with a header row");
}

static int has_text(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!ingest_is_blank(p[i]) && p[i] != '\r' && p[i] != '\n')
			return 1;
	return 0;
}

/* A plain line between two records, cut without libcsv (ingest_fast.h):
 * the same calls of field_cb and row_cb as libcsv would make. 0 when the
 * line is libcsv's to read. */
static int feed_plain(struct reader *r, const char *p, size_t n)
{
	struct ingest_fields f;
	if (!r->fast || !r->at_row_start || r->nfields || n > RECORD_MAX ||
	    !ingest_fast_split(p, n, r->sep, &f))
		return 0;
	r->row_line = r->line;
	r->at_row_start = 0;
	r->row_bytes = n;
	ingest_hash_start(&r->hash);
	ingest_hash_add(&r->hash, p, f.text);
	for (size_t i = 0; i < f.n; i++)
		field_cb((void *)f.at[i], f.len[i], r);
	row_cb(p[n - 1], r);
	return 1;
}

static void feed(struct reader *r, const char *p, size_t n)
{
	if (feed_plain(r, p, n))
		return;
	if (r->at_row_start && has_text(p, n)) {
		r->row_line = r->line;
		r->at_row_start = 0;
		r->row_bytes = 0; /* blank lines before a record are not part of it */
		ingest_hash_start(&r->hash);
	}
	r->row_bytes += n;
	if (!r->at_row_start)
		ingest_hash_piece(&r->hash, p, n); /* before libcsv ends the record */
	if (csv_parse(&r->csv, p, n, field_cb, row_cb, r) != n)
		ingest_fail(r, INGEST_ENOMEM, r->line, "%s", csv_strerror(csv_error(&r->csv)));
	else if (!r->at_row_start && r->row_bytes > RECORD_MAX && r->line > r->row_line)
		/* Only a quoted field runs over a line end. */
		ingest_fail(r, INGEST_EDATA, r->row_line,
			    "record longer than 1 MiB (is a quote left open on line %lu?)", r->row_line);
	else if (!r->at_row_start && r->row_bytes > RECORD_MAX)
		ingest_fail(r, INGEST_EDATA, r->row_line, "line longer than 1 MiB");
}

/* The first LF, CR or NUL from q, or end: eight bytes at a time while
 * none of the three is among them (a byte b is zero in w ^ b*0x0101...,
 * which the borrow of the subtraction finds). */
static const char *line_end(const char *q, const char *end)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	while (end - q >= 8) {
		uint64_t w;
		memcpy(&w, q, 8);
		uint64_t lf = w ^ ones * '\n', cr = w ^ ones * '\r';
		if ((((w - ones) & ~w) | ((lf - ones) & ~lf) | ((cr - ones) & ~cr)) & highs)
			break;
		q += 8;
	}
	while (q < end && *q != '\n' && *q != '\r' && *q != '\0')
		q++;
	return q;
}

/* Feed one chunk to libcsv a physical line at a time, so that every record
 * knows the line it starts on. CRLF, LF and a lone CR each end a line. */
static void feed_chunk(struct reader *r, const char *p, const char *end,
		       int *pending_cr)
{
	if (*pending_cr && p < end) {
		*pending_cr = 0;
		if (*p == '\n')
			feed(r, p++, 1);
	}
	/* Most chunks hold neither a CR nor a NUL: then each line ends at
	 * the next LF, which memchr finds fastest. */
	int lf_only = !memchr(p, '\r', (size_t)(end - p)) && !memchr(p, '\0', (size_t)(end - p));
	while (p < end && !r->status) {
		const char *q = lf_only ? memchr(p, '\n', (size_t)(end - p)) : line_end(p, end);
		if (!q)
			q = end;
		if (q < end && *q == '\0') {
			ingest_fail(r, INGEST_EDATA, r->line, "NUL byte: this is a binary file, not CSV text: save it as CSV UTF-8");
			return;
		}
		if (q == end) {
			feed(r, p, (size_t)(end - p));
			return;
		}
		if (*q == '\r') {
			if (q + 1 < end && q[1] == '\n')
				q++;
			else if (q + 1 == end)
				*pending_cr = 1;
		}
		feed(r, p, (size_t)(q + 1 - p));
		r->line++;
		p = q + 1;
	}
}

/* Warnings wait while most dates read so far are no dates: if most of the
 * column's are at the end, the read fails with one message that says so
 * (ingest_reader_finish) instead of a warning a row. Once the dates are
 * mostly good they go out, in order; past HOLD_MAX bytes waiting, they go
 * out and none waits any more. */
#define HOLD_MAX (1u << 20)

static int mostly_no_dates(const struct ingest_seen *s)
{
	return s->bad_dates * 2 > s->dates;
}

/* The waiting warnings, given to the caller's warn when deliver is set. */
static void release_held(struct reader *r, int deliver)
{
	for (size_t i = 0; i < r->n_held; i++) {
		if (deliver)
			r->user->warn(r->user->warn_ctx, r->held[i].line, r->held[i].msg);
		free(r->held[i].msg);
	}
	r->n_held = 0;
	r->held_bytes = 0;
}

/* Keep a warning. Returns 0, or -1 when it cannot wait. */
static int hold(struct reader *r, unsigned long line, const char *msg)
{
	size_t len = strlen(msg) + 1;
	if (r->held_bytes + len + sizeof *r->held > HOLD_MAX)
		return -1;
	if (r->n_held == r->cap_held) {
		struct held_note *v = ingest_grow(r->held, &r->cap_held, sizeof *v, 16);
		if (!v)
			return -1;
		r->held = v;
	}
	char *copy = malloc(len);
	if (!copy)
		return -1;
	memcpy(copy, msg, len);
	r->held_bytes += len + sizeof *r->held;
	r->held[r->n_held++] = (struct held_note){line, copy};
	return 0;
}

static void hold_warn(void *ctx, unsigned long line, const char *msg)
{
	struct reader *r = ctx;
	if (!r->hold_off && mostly_no_dates(&r->seen)) {
		if (hold(r, line, msg) == 0)
			return;
		r->hold_off = 1;
	}
	release_held(r, 1);
	r->user->warn(r->user->warn_ctx, line, msg);
}

struct reader *ingest_reader_new(const struct ingest_opts *opts, struct ingest_log *log,
				 struct ingest_error *err)
{
	struct reader *r = calloc(1, sizeof *r);
	err->line = 0;
	err->msg[0] = '\0';
	if (!r)
		return NULL;
	r->user = opts;
	r->own = *opts;
	if (opts->warn) {
		r->own.warn = hold_warn;
		r->own.warn_ctx = r;
	}
	r->opts = &r->own;
	r->log = log;
	r->err = err;
	r->line = 1;
	r->at_row_start = 1;
	r->owns_header = 1;
	/* RUNLOG_CSV_FAST=0: every line through libcsv, for the checks. */
	const char *fast = getenv("RUNLOG_CSV_FAST");
	r->fast = !(fast && strcmp(fast, "0") == 0);
	for (int c = 0; c < NCOL; c++)
		r->lay.field_of[c] = -1;
	if (csv_init(&r->csv, 0) != 0) {
		free(r);
		return NULL;
	}
	if (!(r->buf = malloc(READ_CHUNK))) {
		ingest_reader_free(r);
		return NULL;
	}
	return r;
}

struct reader *ingest_reader_follow(const struct reader *a, const struct ingest_opts *opts,
				    struct ingest_log *log, struct ingest_error *err,
				    const atomic_int *stop)
{
	struct reader *r = ingest_reader_new(opts, log, err);
	if (!r)
		return NULL;
	r->opts = opts; /* its warnings wait in the caller (ingest_split.c) */
	r->have_header = 1;
	r->owns_header = 0;
	r->hdr = a->hdr;
	r->n_hdr = a->n_hdr;
	r->lay = a->lay;
	r->decimal_comma = a->decimal_comma;
	r->stop = stop;
	r->sep = a->sep;
	csv_set_delim(&r->csv, a->sep);
	return r;
}

/* The start of a file: a UTF-16 byte-order mark starts the conversion
 * (the file is UTF-16 from there on); *p moves past it. */
static void start_utf16(struct reader *r, const char **p, size_t n)
{
	int order = ingest_utf16_bom(*p, n);
	if (!order)
		return;
	if (!(r->utf16 = ingest_utf16_new(order, READ_CHUNK))) {
		ingest_fail(r, INGEST_ENOMEM, 0, "cannot convert UTF-16 text: out of memory, or iconv "
						 "has no UTF-16");
		return;
	}
	*p += 2;
	r->log->utf16 = 1;
}

/* A UTF-16 chunk [*p, *end) as UTF-8 (in the converter). Returns 0, or -1
 * when the reader has failed. */
static int from_utf16(struct reader *r, const char **p, const char **end)
{
	const char *out;
	long n = ingest_utf16_convert(r->utf16, *p, (size_t)(*end - *p), &out);
	if (n < 0) {
		ingest_fail(r, INGEST_EDATA, r->line, "not valid UTF-16 text (a lone surrogate): "
			    "save it as CSV UTF-8");
		return -1;
	}
	*p = out;
	*end = out + n;
	return 0;
}

/* The start of the text: a UTF-8 byte-order mark is skipped, a file that
 * is plainly not CSV fails, and the first line tells the separator. */
static void start_text(struct reader *r, const char **p, const char *end)
{
	if (end - *p >= 3 && memcmp(*p, "\xEF\xBB\xBF", 3) == 0)
		*p += 3;
	sniff(r, (const unsigned char *)*p, (size_t)(end - *p));
	unsigned char sep = separator(*p, (size_t)(end - *p));
	csv_set_delim(&r->csv, sep);
	r->sep = sep;
	r->decimal_comma = sep != ',';
}

/* Up to want bytes of src into buf; 0 at the end or on an error. */
static size_t source_read(struct ingest_source *src, char *buf, size_t want)
{
	if (src->fp)
		return fread(buf, 1, want, src->fp);
	ssize_t n;
	if (src->get)
		n = src->get(src->get_ctx, buf, want, &src->error);
	else
		do
			n = pread(src->fd, buf, want, (off_t)src->off);
		while (n < 0 && errno == EINTR);
	if (n <= 0) {
		src->error = n < 0 ? (src->get ? src->error : errno) : 0;
		src->eof = n == 0;
		return 0;
	}
	src->off += (unsigned long long)n;
	return (size_t)n;
}

void ingest_reader_read(struct reader *r, struct ingest_source *src, struct ingest_pass *ps,
			unsigned long long limit)
{
	char *buf = r->buf;
	size_t n;
	while (!r->status && ps->total < limit && !(r->stop && atomic_load(r->stop))) {
		size_t want = limit - ps->total < READ_CHUNK ? (size_t)(limit - ps->total) : READ_CHUNK;
		if ((n = source_read(src, buf, want)) == 0)
			break;
		const char *p = buf, *end = buf + n;
		int first = ps->first;
		ps->first = 0;
		if (first)
			start_utf16(r, &p, n);
		if (r->status || (r->utf16 && from_utf16(r, &p, &end)))
			break;
		if (first)
			start_text(r, &p, end);
		ps->any = ps->any || has_text(p, (size_t)(end - p));
		feed_chunk(r, p, end, &ps->pending_cr);
		ps->total += n;
		if (r->opts->progress)
			r->opts->progress(r->opts->progress_ctx, ps->total);
	}
	if (!r->status && (src->fp ? ferror(src->fp) : src->error != 0))
		ingest_fail(r, INGEST_EIO, 0, "read error: %s", strerror(src->fp ? errno : src->error));
	else if (!r->status && r->utf16 && (src->fp ? feof(src->fp) : src->eof) && ingest_utf16_end(r->utf16))
		ingest_fail(r, INGEST_EDATA, r->line, "the UTF-16 text ends inside a character: "
			    "save it as CSV UTF-8");
}

int ingest_reader_utf16(const struct reader *r)
{
	return r->utf16 != NULL;
}

void ingest_reader_end(struct reader *r, int any)
{
	/* Lenient while reading (a stray quote inside a field is text), strict
	 * at the end, where an open quoted field means the file is cut short. */
	csv_set_opts(&r->csv, CSV_STRICT | CSV_STRICT_FINI);
	if (!r->status && csv_fini(&r->csv, field_cb, row_cb, r) != 0)
		ingest_fail(r, INGEST_EDATA, r->nfields ? r->field_line : r->row_line,
			    "unterminated quote: a field opened on line %lu has no closing '\"'",
			    r->nfields ? r->field_line : r->row_line);
	if (!r->status && !r->have_header)
		ingest_fail(r, INGEST_EDATA, 0, any ? "no header row" : "the file is empty");
}

void ingest_reader_finish(struct reader *r)
{
	int unread = !r->status && r->seen.bad_dates && mostly_no_dates(&r->seen);
	release_held(r, !unread);
	if (unread)
		ingest_fail(r, INGEST_EDATA, r->seen.bad_date_line,
			    "column 'date': %zu of %zu dates cannot be read, such as '%s'; runlog reads "
			    DATE_SPELLINGS, r->seen.bad_dates, r->seen.dates, r->seen.bad_date_seen);
	ingest_finish(r);
}

void ingest_reader_warn(struct reader *r, unsigned long line, const char *msg, size_t dates,
			size_t bad_dates)
{
	if (!r->opts->warn)
		return;
	r->seen.dates += dates;
	r->seen.bad_dates += bad_dates;
	r->opts->warn(r->opts->warn_ctx, line, msg);
	r->seen.dates -= dates;
	r->seen.bad_dates -= bad_dates;
}

void ingest_reader_dates(const struct reader *r, size_t *dates, size_t *bad_dates)
{
	*dates = r->seen.dates;
	*bad_dates = r->seen.bad_dates;
}

void ingest_reader_free(struct reader *r)
{
	if (!r)
		return;
	if (r->owns_header) {
		for (size_t i = 0; i < r->n_hdr; i++)
			free(r->hdr[i]);
		free(r->hdr);
		ingest_layout_free(&r->lay);
	}
	release_held(r, 0);
	free(r->held);
	ingest_utf16_free(r->utf16);
	free(r->ath);
	free(r->buf);
	csv_free(&r->csv);
	free(r);
}

enum ingest_status ingest_reader_status(const struct reader *r)
{
	return r->status;
}

int ingest_reader_has_header(const struct reader *r)
{
	return r->have_header;
}

int ingest_reader_between(const struct reader *r)
{
	return r->at_row_start && r->nfields == 0;
}

unsigned long ingest_reader_line(const struct reader *r)
{
	return r->line;
}

void ingest_reader_fail(struct reader *r, enum ingest_status st, unsigned long line,
			const char *msg)
{
	ingest_fail(r, st, line, "%s", msg);
}

uint32_t ingest_reader_hash(const char *const *fields, size_t n)
{
	struct ingest_hash h;
	ingest_hash_start(&h);
	for (size_t i = 0; i < n; i++) {
		uint64_t len = strlen(fields[i]); /* each field's length first: "a","bc" is not "ab","c" */
		ingest_hash_add(&h, &len, sizeof len);
		ingest_hash_add(&h, fields[i], len);
	}
	return ingest_hash_end(&h);
}

int ingest_reader_map_athletes(struct reader *a, const struct ingest_log *b, uint32_t **map,
			       int *rising)
{
	*map = NULL;
	*rising = 1;
	if (!b->n_athletes)
		return 0;
	if (!(*map = malloc(b->n_athletes * sizeof **map))) {
		ingest_fail(a, INGEST_ENOMEM, 0, "out of memory");
		return -1;
	}
	for (size_t i = 0; i < b->n_athletes; i++) {
		if (ingest_row_athlete(a, b->athletes[i], &(*map)[i])) {
			free(*map);
			*map = NULL;
			return -1;
		}
		*rising &= i == 0 || (*map)[i] > (*map)[i - 1];
	}
	return 0;
}

/* Add b's to a's, with b's lines moved by off. The first line of each
 * order counts; b's tally runs on from a's last run (na of them) to b's
 * first, and holds only when b's athletes kept their order (rising). */
static void seen_join(struct ingest_seen *a, const struct ingest_seen *b, unsigned long off,
		      const struct ingest_log *log, size_t na, int rising)
{
	a->pending += b->pending;
	a->pending_dots += b->pending_dots;
	a->dates += b->dates;
	if (!a->bad_dates && b->bad_dates) {
		a->bad_date_line = b->bad_date_line + off;
		memcpy(a->bad_date_seen, b->bad_date_seen, sizeof a->bad_date_seen);
	}
	a->bad_dates += b->bad_dates;
	if (!a->dmy_line && b->dmy_line) {
		a->dmy_line = b->dmy_line + off;
		memcpy(a->dmy_seen, b->dmy_seen, sizeof a->dmy_seen);
	}
	if (!a->mdy_line && b->mdy_line) {
		a->mdy_line = b->mdy_line + off;
		memcpy(a->mdy_seen, b->mdy_seen, sizeof a->mdy_seen);
	}
	a->paced += b->paced;
	a->odd_pace += b->odd_pace;
	a->slow_km += b->slow_km;
	a->slow_mi += b->slow_mi;
	a->tally.unsorted += b->tally.unsorted;
	a->tally.same_day += b->tally.same_day;
	a->tally.strength_runs += b->tally.strength_runs;
	a->tally.stale |= b->tally.stale || !rising;
	if (na && na < log->n_runs) {
		/* b's first run's strength flag is in b's tally already. */
		struct ingest_tally edge = {0};
		ingest_tally_run(&edge, &log->runs[na - 1], &log->runs[na]);
		a->tally.unsorted += edge.unsorted;
		a->tally.same_day += edge.same_day;
	}
}

void ingest_reader_join(struct reader *a, const struct reader *b, const uint32_t *map, int rising,
			unsigned long off)
{
	size_t na = a->log->n_runs - b->log->n_runs;
	seen_join(&a->seen, &b->seen, off, a->log, na, rising);
	if (ingest_log_join(a->log, b->log, map, off))
		ingest_fail(a, INGEST_ENOMEM, 0, "out of memory");
	a->line = b->line + off;
}
