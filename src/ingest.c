#include "runlog/ingest.h"

#include <csv.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "runlog/date.h"
#include "runlog/num.h"
#include "ingest_layout.h"
#include "ingest_reader.h"

#define STR_(x) #x
#define STR(x) STR_(x) /* a bound's digits, for a message */

#define RECORD_MAX (1u << 20) /* a record longer than this ends the read */
#define KM_PER_MILE 1.609344

/* A slash date waits, encoded in the day, until the whole column has
 * decided its order: year, first and second field. */
#define PENDING_BASE (-(1 << 30))
#define IS_PENDING(day) ((day) < PENDING_BASE / 2)

static int32_t pending_encode(int y, int a, int b)
{
	return PENDING_BASE + (y << 10 | a << 5 | b);
}

static void pending_decode(int32_t day, struct date_slash *d)
{
	int32_t v = day - PENDING_BASE;
	*d = (struct date_slash){.f = {v >> 5 & 31, v & 31, v >> 10}, .len = {1, 1, 4}};
}

#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u

/* The row hash: the field's bytes eight at a time, then its length, so
 * "a,b" and "ab," differ. Only equal hashes are compared field by field. */
static uint32_t mix(uint32_t h, const void *p, size_t n)
{
	const unsigned char *c = p;
	uint64_t x = h, w = 0;
	size_t len = n;
	for (; n >= 8; n -= 8, c += 8) {
		memcpy(&w, c, 8);
		x = (x ^ w) * 0x9E3779B97F4A7C15ULL;
		x ^= x >> 29;
	}
	/* The last 0 to 7 bytes in one word, by fixed-size loads that may
	 * overlap: equal bytes of equal length give an equal word. */
	if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, c, 4);
		memcpy(&b, c + n - 4, 4);
		w = a | (uint64_t)b << 32;
	} else if (n) {
		w = c[0] | (uint64_t)c[n / 2] << 8 | (uint64_t)c[n - 1] << 16;
	} else {
		w = 0;
	}
	x = (x ^ w ^ (uint64_t)len << 56) * 0x9E3779B97F4A7C15ULL;
	return (uint32_t)(x ^ x >> 32);
}

static uint32_t fnv(uint32_t h, const void *p, size_t n)
{
	for (const unsigned char *c = p; n--; c++)
		h = (h ^ *c) * FNV_PRIME;
	return h;
}

static void fail(struct reader *r, enum ingest_status st, unsigned long line, const char *fmt, ...)
{
	va_list ap;
	if (r->status)
		return;
	r->status = st;
	r->err->line = line;
	va_start(ap, fmt);
	vsnprintf(r->err->msg, sizeof r->err->msg, fmt, ap);
	va_end(ap);
}

void ingest_init(struct ingest_log *log)
{
	memset(log, 0, sizeof *log);
}

void ingest_free(struct ingest_log *log)
{
	free(log->runs);
	free(log->marks);
	free(log->strength_days);
	free(log->strength_athlete);
	for (size_t i = 0; i < log->n_athletes; i++)
		free(log->athletes[i]);
	free(log->athletes);
	for (size_t i = 0; i < log->n_other_names; i++)
		free(log->other_names[i]);
	ingest_init(log);
}

void ingest_release_runs(struct ingest_log *log)
{
	free(log->runs);
	free(log->marks);
	free(log->strength_days);
	free(log->strength_athlete);
	log->marks = NULL;
	log->n_marks = log->cap_marks = 0;
	log->runs = NULL;
	log->strength_days = NULL;
	log->strength_athlete = NULL;
	log->cap_runs = log->cap_strength = 0;
}

static int is_blank(int c)
{
	return c == ' ' || c == '\t';
}

void ingest_normalize_name(const char *name, char *out, size_t cap, int *miles)
{
	size_t n = 0;
	int pending_sep = 0;
	*miles = 0;
	if (cap == 0)
		return;
	for (const char *p = name; *p; p++) {
		unsigned char c = (unsigned char)*p;
		/* Strava once leaked HTML into its header: <span ...>Type</span>. */
		if (c == '<' && strchr(p, '>')) {
			p = strchr(p, '>');
			continue;
		}
		if (c == '(') {
			const char *close = strchr(p, ')');
			const char *u = p + 1;
			size_t ulen;
			if (!close)
				break;
			while (is_blank(*u))
				u++;
			ulen = (size_t)(close - u);
			while (ulen && is_blank(u[ulen - 1]))
				ulen--;
			if ((ulen == 2 && strncasecmp(u, "mi", 2) == 0) ||
			    (ulen == 5 && strncasecmp(u, "miles", 5) == 0))
				*miles = 1;
			p = close;
			pending_sep = n > 0;
			continue;
		}
		if (c == '_' || c == '-' || is_blank(c)) {
			pending_sep = n > 0;
			continue;
		}
		if (pending_sep && n + 1 < cap)
			out[n++] = '_';
		pending_sep = 0;
		if (n + 1 < cap)
			out[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	out[n] = '\0';
}

/* Copy v for a message: at most 40 bytes, control bytes shown as '?'. */
static const char *shown(const struct cell *c, char *buf, size_t cap)
{
	size_t n = 0;
	for (size_t i = 0; i < c->len && n + 4 < cap && i < 40; i++) {
		unsigned char ch = (unsigned char)c->s[i];
		buf[n++] = ch < 0x20 || ch == 0x7f ? '?' : (char)ch;
	}
	if (c->too_long || c->len > 40) {
		memcpy(buf + n, "...", 3);
		n += 3;
	}
	buf[n] = '\0';
	return buf;
}

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
			fail(r, INGEST_ENOMEM, 0, "out of memory");
			return;
		}
		r->hdr = h;
	}
	char *copy = malloc(len + 1);
	if (!copy) {
		fail(r, INGEST_ENOMEM, 0, "out of memory");
		return;
	}
	memcpy(copy, s, len);
	copy[len] = '\0';
	r->hdr[r->n_hdr++] = copy;
}

#define BIT(c) (1u << (c))

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
		if (num_parse_milli(s, len, INGEST_PAIN_MAX * 1000, &q->pain_m))
			return 0;
		break;
	case COL_DISTANCE:
		if (r->lay.miles || num_parse_milli(s, len, INGEST_KM_MAX * 1000, &q->km_m))
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
		 * that at random. */
		int yes = len == 3 && (s[0] == 'y') & (s[1] == 'e') & (s[2] == 's');
		int no = len == 2 && (s[0] == 'n') & (s[1] == 'o');
		if (!(yes | no))
			return 0;
		q->flag[col - COL_ATE_BEFORE] = yes ? INGEST_YES : INGEST_NO;
		break;
	}
	case COL_ATHLETE: {
		/* A cohort log lists one athlete's runs together: the last name
		 * again, compared here (names are short, a call costs more). */
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
	/* The field and its end, so "a,b" and "ab," hash apart. */
	r->row_hash = mix(r->row_hash, s, len);
	if (!r->have_header) {
		on_header_field(r, s, len);
		return;
	}
	int col;
	if (idx >= r->n_hdr || (col = r->lay.map[idx]) < 0 || col == COL_NOTES || quick_field(r, col, s, len))
		return;
	struct cell *c = &r->cell[col];
	const char *p = s;
	while (len && is_blank(*p))
		p++, len--;
	while (len && is_blank(p[len - 1]))
		len--;
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
		fail(r, INGEST_EDATA, line,
		     "no header row: the first row starts with the date '%.40s'; "
		     "add a header such as 'date,distance_km,pain,ate_before,ate_after,strength'",
		     r->hdr[0]);
		return;
	}
	for (size_t i = 0; i < r->n_hdr; i++)
		if (!valid_utf8(r->hdr[i], strlen(r->hdr[i]))) {
			fail(r, INGEST_EDATA, line,
			     "the header is not valid UTF-8 text (field %zu): is this a CSV file?", i + 1);
			return;
		}
	if (ingest_layout_build(r->hdr, r->n_hdr, r->opts, &r->lay, msg, sizeof msg) != 0) {
		fail(r, INGEST_EDATA, line, "%s", msg);
		return;
	}
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
	r->log->format = r->lay.format;
	r->have_header = 1;
}

static int bad(char *msg, size_t cap, enum col c, const struct cell *v, const char *why)
{
	char buf[64];
	snprintf(msg, cap, "column '%s': '%s' %s", ingest_col_name[c], shown(v, buf, sizeof buf), why);
	return -1;
}

/* Cells that spreadsheets and exports write for "no value". */
static int missing(const struct cell *v)
{
	/* Every marker starts with one of these: most cells end here. */
	if (v->s[0] != '-' && v->s[0] != '#' && v->s[0] != 'N')
		return 0;
	static const char *const marker[] = {"--", "--:--:--", "--:--", "#NUM!", "#N/A", "#VALUE!",
					     "N/A", "NA"};
	for (size_t i = 0; i < sizeof marker / sizeof *marker; i++)
		if (strcmp(v->s, marker[i]) == 0)
			return 1;
	return 0;
}

/* "1,337" or "12,345.6": digits in groups of three, in an app export. */
static int drop_thousands(const char *s, char *out)
{
	size_t n = 0, group = 0;
	int seen_comma = 0;
	const char *p = s;
	if (*p == '-')
		out[n++] = *p++;
	for (; *p && *p != '.'; p++) {
		if (*p == ',') {
			if ((!seen_comma && (group < 1 || group > 3)) || (seen_comma && group != 3))
				return -1;
			seen_comma = 1;
			group = 0;
			continue;
		}
		if (*p < '0' || *p > '9')
			return -1;
		out[n++] = *p;
		group++;
	}
	if (!seen_comma || group != 3)
		return -1;
	strcpy(out + n, p);
	return 0;
}

static int parse_number(const struct reader *r, const struct cell *v, enum col c, double *out,
			char *msg, size_t cap)
{
	char plain[CELL_MAX + 1];
	*out = NAN;
	if (!v->set || v->len == 0 || missing(v))
		return 0;
	if (!v->too_long && num_parse_decimal(v->s, out) == 0)
		return 0;
	if (!v->too_long && r->lay.thousands && drop_thousands(v->s, plain) == 0 &&
	    num_parse_decimal(plain, out) == 0)
		return 0;
	if (!v->too_long && r->decimal_comma && strchr(v->s, ',') == strrchr(v->s, ',')) {
		memcpy(plain, v->s, v->len + 1);
		char *comma = strchr(plain, ',');
		if (comma && (*comma = '.', num_parse_decimal(plain, out) == 0))
			return 0;
	}
	if (!v->too_long) {
		double x;
		memcpy(plain, v->s, v->len + 1);
		char *comma = strchr(plain, ',');
		if (comma && (*comma = '.', num_parse_decimal(plain, &x) == 0))
			return bad(msg, cap, c, v, "is not a number (use '.' as the decimal point)");
	}
	return bad(msg, cap, c, v, "is not a number");
}

static int parse_bool(const struct cell *v, enum col c, int8_t *out, char *msg, size_t cap)
{
	*out = INGEST_UNKNOWN;
	if (!v->set || v->len == 0 || missing(v))
		return 0;
	int b = v->too_long ? -1 : num_parse_bool(v->s);
	if (b < 0)
		return bad(msg, cap, c, v, "is not yes or no");
	*out = (int8_t)b;
	return 0;
}

/* The INGEST_PACE_* bounds in minutes per km, exact in a double. A pace
 * outside them is only warned about: a typo in the duration or the
 * distance is as likely as a wrong row, and neither feeds the analysis. */
#define PACE_MIN (INGEST_PACE_MIN / 60.0)
#define PACE_MAX (INGEST_PACE_MAX / 60.0)
#define PACE_ODD (INGEST_PACE_ODD / 60.0)

/* A row's values as parsed, before they are packed into a run. */
struct row {
	int32_t day;
	int has_pain;
	unsigned pain_m, km_m;    /* in thousandths, for the run */
	int km_exact;             /* km_m is the distance exactly: km is not set */
	double km, minutes;       /* NAN when not given; minutes unset when secs is */
	long secs;                /* the duration in whole seconds, or -1 */
	int8_t ate_before, ate_after, strength;
};

static double row_km(const struct row *row)
{
	return !row->km_exact ? row->km : row->km_m == INGEST_KM_NONE ? NAN : row->km_m / 1000.0;
}

static double row_minutes(const struct row *row)
{
	return row->secs >= 0 ? (double)row->secs / 60.0 : row->minutes;
}

/* The pace against a bound in seconds a km: 1 above, -1 below, 0 at it.
 * From whole seconds and metres the pace is secs * 1000 / metres exactly,
 * so integers compare it; two such values that differ differ by far more
 * than a double's rounding, so the doubles would agree. */
static int pace_side(long secs, unsigned metres, long bound)
{
	int64_t x = (int64_t)secs * 1000, y = (int64_t)metres * bound;
	return (x > y) - (x < y);
}

/* Whether the row has a pace; then *odd: it is outside PACE_MIN..PACE_ODD,
 * and *bad: outside PACE_MIN..PACE_MAX. Whole seconds and metres are
 * compared in integers, without three divisions a row; at a bound exactly,
 * and for other values, the pace is minutes / km in doubles. */
static int pace_check(const struct row *row, int *odd, int *bad)
{
	if (row->km_exact && row->secs > 0 && row->km_m > 0 && row->km_m != INGEST_KM_NONE) {
		int lo = pace_side(row->secs, row->km_m, INGEST_PACE_MIN),
		    mid = pace_side(row->secs, row->km_m, INGEST_PACE_ODD),
		    hi = pace_side(row->secs, row->km_m, INGEST_PACE_MAX);
		if (lo && mid && hi) {
			*odd = lo < 0 || mid > 0;
			*bad = lo < 0 || hi > 0;
			return 1;
		}
	}
	double km = row_km(row), minutes = row_minutes(row), pace = minutes / km;
	if (!(km > 0) || !(minutes > 0))
		return 0;
	*odd = pace < PACE_MIN || pace > PACE_ODD;
	*bad = !(pace >= PACE_MIN && pace <= PACE_MAX);
	return 1;
}

static void pace_note(const struct row *run, char *note, size_t cap)
{
	double km = row_km(run), minutes = row_minutes(run), pace = minutes / km;
	/* Rounded away from the plausible range, so that a pace just outside
	 * it is not shown as its bound (2:29.9 as 2:29, not 2:30). */
	long secs = pace < PACE_MIN ? (long)floor(pace * 60) : (long)ceil(pace * 60);
	snprintf(note, cap, "a pace of %ld:%02ld per km (%.2f km in %.0f minutes) is implausible; "
			    "the run is kept",
		 secs / 60, secs % 60, km, minutes);
}

static int parse_row(struct reader *r, struct row *run, char *msg, size_t cap)
{
	const struct cell *cell = r->cell;
	const struct quick *q = &r->quick;
	const char *why;

	if (r->nfields != r->n_hdr) {
		snprintf(msg, cap, "expected %zu fields as in the header, found %zu", r->n_hdr, r->nfields);
		return -1;
	}
	struct date_slash sl;
	const struct cell *dc = &cell[COL_DATE];
	if (q->mask & BIT(COL_DATE)) {
		run->day = q->day;
	} else if (cell[COL_DATE].len == 0) {
		snprintf(msg, cap, "column 'date' is empty");
		return -1;
	} else if (!dc->too_long && date_split_slash(dc->s, &sl) == 0) {
		int order = sl.len[0] == 4 ? DATE_YMD : r->opts->date_order;
		if (order == DATE_AUTO) {
			/* A field above 12 is the day: it tells the column's order. */
			if (sl.f[0] < 1 || sl.f[1] < 1 || sl.f[0] > 31 || sl.f[1] > 31 ||
			    (sl.f[0] > 12 && sl.f[1] > 12))
				return bad(msg, cap, COL_DATE, dc, "is not a day in the calendar");
			if (sl.f[0] > 12 && !r->dmy_line)
				r->dmy_line = r->row_line, snprintf(r->dmy_seen, sizeof r->dmy_seen, "%.20s", dc->s);
			if (sl.f[1] > 12 && !r->mdy_line)
				r->mdy_line = r->row_line, snprintf(r->mdy_seen, sizeof r->mdy_seen, "%.20s", dc->s);
			int y = sl.f[2] + (sl.len[2] == 2 ? (sl.f[2] < 70 ? 2000 : 1900) : 0);
			run->day = pending_encode(y, sl.f[0], sl.f[1]);
			r->pending++;
		} else if (date_from_slash(&sl, (enum date_order)order, &run->day)) {
			return bad(msg, cap, COL_DATE, dc, "is not a day in the calendar");
		}
	} else {
		struct date_stamp st;
		if (dc->too_long || date_parse_stamp(dc->s, r->lay.format == INGEST_FORMAT_STRAVA, &st, &why))
			return bad(msg, cap, COL_DATE, dc,
				   dc->too_long ? "is not a date (expected YYYY-MM-DD)" : why);
		/* A UTC time (Strava's, or one marked Z) falls on its local day. */
		if (r->lay.utc && st.secs >= 0)
			st.zone = 1;
		run->day = date_local_day(&st);
	}
	if (!IS_PENDING(run->day) && ingest_too_far(r->opts, run->day))
		return bad(msg, cap, COL_DATE, dc, "is more than a year in the future");

	/* A quick value is exact in thousandths: its double (m / 1000, one
	 * correctly rounded division, the very double its text parses to) is
	 * only made when a message needs it. */
	if (q->mask & BIT(COL_PAIN)) {
		run->pain_m = q->pain_m;
		run->has_pain = 1;
	} else {
		double pain;
		if (parse_number(r, &cell[COL_PAIN], COL_PAIN, &pain, msg, cap))
			return -1;
		if (!isnan(pain) && (pain < 0 || pain > INGEST_PAIN_MAX))
			return bad(msg, cap, COL_PAIN, &cell[COL_PAIN], "is outside 0-" STR(INGEST_PAIN_MAX));
		run->pain_m = ingest_milli(pain, INGEST_PAIN_NONE);
		run->has_pain = !isnan(pain);
	}

	if (q->mask & BIT(COL_DISTANCE)) {
		run->km_m = q->km_m;
		run->km_exact = 1;
	} else {
		if (parse_number(r, &cell[COL_DISTANCE], COL_DISTANCE, &run->km, msg, cap))
			return -1;
		if (r->lay.miles)
			run->km *= KM_PER_MILE;
		if (run->km < 0)
			return bad(msg, cap, COL_DISTANCE, &cell[COL_DISTANCE], "is negative");
		if (run->km > INGEST_KM_MAX)
			return bad(msg, cap, COL_DISTANCE, &cell[COL_DISTANCE],
				   "is more than " STR(INGEST_KM_MAX) " km");
		run->km_m = ingest_milli(run->km, INGEST_KM_NONE);
	}

	run->minutes = NAN;
	run->secs = -1;
	if (q->mask & BIT(COL_DURATION)) {
		run->secs = q->secs;
	} else if (cell[COL_DURATION].len && !missing(&cell[COL_DURATION])) {
		const struct cell *v = &cell[COL_DURATION];
		if (v->too_long || num_parse_duration(v->s, &run->minutes))
			return bad(msg, cap, COL_DURATION, v, "is not a duration (h:mm:ss, mm:ss or minutes)");
		/* Strava gives a plain number of seconds. */
		if (r->lay.seconds && !strchr(v->s, ':'))
			run->minutes /= 60;
		if (run->minutes > INGEST_HOURS_MAX * 60)
			return bad(msg, cap, COL_DURATION, v, "is more than " STR(INGEST_HOURS_MAX) " hours");
	}
	int8_t *flag[3] = {&run->ate_before, &run->ate_after, &run->strength};
	for (int c = COL_ATE_BEFORE; c <= COL_STRENGTH; c++)
		if (q->mask & BIT(c))
			*flag[c - COL_ATE_BEFORE] = q->flag[c - COL_ATE_BEFORE];
		else if (parse_bool(&cell[c], (enum col)c, flag[c - COL_ATE_BEFORE], msg, cap))
			return -1;
	return 0;
}

void *ingest_grow(void *p, size_t *cap, size_t elem, size_t first)
{
	size_t c = *cap ? *cap * 2 : first;
	void *q = realloc(p, c * elem);
	if (q)
		*cap = c;
	return q;
}

/* Note that run i starts on line, unless the last mark says so already. */
static int mark_line(struct ingest_log *log, size_t i, unsigned long line)
{
	if (log->n_marks) {
		const struct ingest_line_mark *m = &log->marks[log->n_marks - 1];
		if ((unsigned long)m->line + (i - m->run) == line)
			return 0;
	}
	if (log->n_marks == log->cap_marks) {
		struct ingest_line_mark *p = ingest_grow(log->marks, &log->cap_marks, sizeof *p, 16);
		if (!p)
			return -1;
		log->marks = p;
	}
	log->marks[log->n_marks++] = (struct ingest_line_mark){(uint32_t)i, (uint32_t)line};
	return 0;
}

unsigned long ingest_run_line(const struct ingest_log *log, size_t i)
{
	size_t lo = 0, hi = log->n_marks;
	if (!log->n_marks)
		return 0;
	/* The last mark at or before run i. */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (log->marks[mid].run <= i)
			lo = mid;
		else
			hi = mid;
	}
	return (unsigned long)log->marks[lo].line + (i - log->marks[lo].run);
}

/* Remove the runs marked in drop, keeping file order and every kept run's
 * line. Returns 0, or -1 when out of memory. */
static int drop_runs(struct ingest_log *log, const unsigned char *drop)
{
	struct ingest_log kept = {.marks = NULL};
	size_t w = 0;
	for (size_t i = 0; i < log->n_runs; i++) {
		if (drop[i])
			continue;
		if (mark_line(&kept, w, ingest_run_line(log, i))) {
			free(kept.marks);
			return -1;
		}
		log->runs[w++] = log->runs[i];
	}
	free(log->marks);
	log->marks = kept.marks;
	log->n_marks = kept.n_marks;
	log->cap_marks = kept.cap_marks;
	log->n_runs = w;
	return 0;
}

/* A new run at the end of the log, for the caller to fill in place, in
 * one literal (a record built aside a field at a time and then copied whole
 * is read back before its parts are stored, which stalls). NULL when out of
 * memory. */
static struct ingest_run *push_run(struct ingest_log *log, unsigned long line)
{
	if (mark_line(log, log->n_runs, line))
		return NULL;
	if (log->n_runs == log->cap_runs) {
		struct ingest_run *p = ingest_grow(log->runs, &log->cap_runs, sizeof *p, 256);
		if (!p)
			return NULL;
		log->runs = p;
	}
	return &log->runs[log->n_runs++];
}

int ingest_sorted(const struct ingest_log *log)
{
	if (log->order)
		return log->order == INGEST_ORDER_SORTED;
	return ingest_in_order(log->runs, log->n_runs);
}

int ingest_in_order(const struct ingest_run *runs, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		const struct ingest_run *a = &runs[i - 1], *b = &runs[i];
		if (a->athlete > b->athlete || (a->athlete == b->athlete && a->day > b->day))
			return 0;
	}
	return 1;
}

int ingest_note_other(struct ingest_log *log, const char *name)
{
	if (log->n_other_names == INGEST_OTHER_NAMES)
		return 0;
	for (size_t i = 0; i < log->n_other_names; i++)
		if (strcmp(log->other_names[i], name) == 0)
			return 0;
	if (!(log->other_names[log->n_other_names] = strdup(name)))
		return -1;
	log->n_other_names++;
	return 0;
}

int ingest_add_strength(struct ingest_log *log, int32_t day, uint32_t athlete)
{
	if (log->n_strength == log->cap_strength) {
		size_t cap = log->cap_strength ? log->cap_strength * 2 : 64;
		int32_t *p = realloc(log->strength_days, cap * sizeof *p);
		if (!p)
			return -1;
		log->strength_days = p;
		uint32_t *a = realloc(log->strength_athlete, cap * sizeof *a);
		if (!a)
			return -1;
		log->strength_athlete = a;
		log->cap_strength = cap;
	}
	log->strength_athlete[log->n_strength] = athlete;
	log->strength_days[log->n_strength++] = day;
	return 0;
}

/* The index of an athlete's name, adding it when new. A small open-
 * addressing table of indices keeps the lookup O(1). */
static int athlete_index(struct reader *r, const char *name, uint32_t *out)
{
	struct ingest_log *log = r->log;
	if (2 * (log->n_athletes + 1) > r->cap_ath) {
		size_t cap = r->cap_ath ? 2 * r->cap_ath : 64;
		uint32_t *t = malloc(cap * sizeof *t);
		char **names = realloc(log->athletes, cap / 2 * sizeof *names);
		if (!t || !names) {
			free(t);
			if (names)
				log->athletes = names;
			return -1;
		}
		log->athletes = names;
		for (size_t i = 0; i < cap; i++)
			t[i] = UINT32_MAX;
		for (size_t a = 0; a < log->n_athletes; a++) {
			size_t h = fnv(FNV_BASIS, names[a], strlen(names[a])) & (cap - 1);
			while (t[h] != UINT32_MAX)
				h = (h + 1) & (cap - 1);
			t[h] = (uint32_t)a;
		}
		free(r->ath);
		r->ath = t;
		r->cap_ath = cap;
	}
	size_t h = fnv(FNV_BASIS, name, strlen(name)) & (r->cap_ath - 1);
	for (; r->ath[h] != UINT32_MAX; h = (h + 1) & (r->cap_ath - 1))
		if (strcmp(log->athletes[r->ath[h]], name) == 0) {
			*out = r->ath[h];
			return 0;
		}
	char *copy = strdup(name);
	if (!copy)
		return -1;
	r->ath[h] = (uint32_t)log->n_athletes;
	*out = (uint32_t)log->n_athletes;
	log->athletes[log->n_athletes++] = copy;
	return 0;
}

static void process_row(struct reader *r)
{
	struct ingest_log *log = r->log;
	struct row row = {0};
	uint32_t athlete = 0;
	char msg[256];

	log->rows++;
	if (r->quick.mask & BIT(COL_ATHLETE)) {
		athlete = r->quick.athlete;
	} else if (r->lay.field_of[COL_ATHLETE] >= 0) {
		const struct cell *a = &r->cell[COL_ATHLETE];
		if (r->opts->athlete && strcmp(a->s, r->opts->athlete) != 0) {
			log->other_athletes++;
			if (ingest_note_other(log, a->s))
				fail(r, INGEST_ENOMEM, 0, "out of memory");
			return;
		}
		if (a->len == 0 || a->too_long) {
			log->skipped++;
			if (r->opts->warn)
				r->opts->warn(r->opts->warn_ctx, r->row_line,
					      a->len ? "column 'athlete': the name is longer than 64 bytes"
						     : "column 'athlete' is empty");
			return;
		}
		if (ingest_reader_athlete(r, a->s, &athlete))
			return;
	}
	enum activity kind = ACTIVITY_RUN;
	if (r->lay.field_of[COL_TYPE] >= 0) {
		kind = ingest_activity(r->cell[COL_TYPE].s);
		if (kind == ACTIVITY_OTHER) {
			log->other_activities++;
			return;
		}
	}
	/* A spreadsheet's empty template row: no date, no pain, no distance. */
	if (!(r->quick.mask & (BIT(COL_DATE) | BIT(COL_PAIN) | BIT(COL_DISTANCE))) &&
	    r->cell[COL_DATE].len == 0 && (r->cell[COL_PAIN].len == 0 || missing(&r->cell[COL_PAIN])) &&
	    (r->cell[COL_DISTANCE].len == 0 || missing(&r->cell[COL_DISTANCE]))) {
		log->other_rows++;
		return;
	}
	if (parse_row(r, &row, msg, sizeof msg)) {
		log->skipped++;
		if (r->opts->warn)
			r->opts->warn(r->opts->warn_ctx, r->row_line, msg);
		return;
	}
	int odd, implausible;
	if (pace_check(&row, &odd, &implausible)) {
		r->paced++;
		r->odd_pace += odd;
		if (implausible && r->opts->warn) {
			pace_note(&row, msg, sizeof msg);
			r->opts->warn(r->opts->warn_ctx, r->row_line, msg);
		}
	}
	/* A rest day kept as a row (distance 0, no pain) is not a run. In an
	 * app export the activity type decides. */
	int is_run = row.has_pain || (row.km_exact ? row.km_m > 0 && row.km_m != INGEST_KM_NONE : row.km > 0);
	if (r->lay.field_of[COL_TYPE] >= 0) {
		is_run = kind == ACTIVITY_RUN;
		if (kind == ACTIVITY_STRENGTH)
			row.strength = INGEST_YES;
	}
	if (!is_run && row.strength == INGEST_YES && ingest_add_strength(log, row.day, athlete)) {
		fail(r, INGEST_ENOMEM, 0, "out of memory");
		return;
	}
	if (is_run) {
		struct ingest_run *run = push_run(log, r->row_line);
		if (!run) {
			fail(r, INGEST_ENOMEM, 0, "out of memory");
			return;
		}
		*run = (struct ingest_run){.day = row.day, .hash = r->row_hash, .pain_m = row.pain_m,
					   .athlete = athlete, .km_m = row.km_m,
					   .ate_before = row.ate_before, .ate_after = row.ate_after,
					   .strength = row.strength};
		ingest_tally_run(&r->tally, log->n_runs > 1 ? run - 1 : NULL, run);
	} else if (row.strength == INGEST_YES) {
		log->strength_only++;
	} else {
		log->other_rows++;
	}
}

static void row_cb(int c, void *data)
{
	struct reader *r = data;
	(void)c;
	if (!r->status && r->nonempty) {
		if (r->have_header)
			process_row(r);
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
	r->nfields = 0;
	r->nonempty = 0;
	r->at_row_start = 1;
	r->row_bytes = 0;
	r->row_hash = FNV_BASIS;
}

/* Read the waiting slash dates in the order the column decided, or fail
 * when it decided both ways or not at all. A date that is then no day, or
 * too far ahead, drops its row with a warning. */
static void resolve_dates(struct reader *r)
{
	struct ingest_log *log = r->log;
	enum date_order order = r->dmy_line ? DATE_DMY : DATE_MDY;

	if (!r->pending)
		return;
	if (r->dmy_line && r->mdy_line) {
		fail(r, INGEST_EDATA, r->mdy_line,
		     "the dates are day first on line %lu ('%s') but month first here ('%s'); give "
		     "--date-format DMY or MDY",
		     r->dmy_line, r->dmy_seen, r->mdy_seen);
		return;
	}
	/* Nothing decided the order. When the other dates are ISO, the few
	 * slash dates among them are skipped with a warning each; when every
	 * date is a slash date, the log cannot be read without the order. */
	int undecided = !r->dmy_line && !r->mdy_line;
	if (undecided && r->pending >= log->n_runs + log->n_strength) {
		fail(r, INGEST_EDATA, 0,
		     "every date could be day/month or month/day (no day above 12); give "
		     "--date-format DMY or MDY");
		return;
	}
	unsigned char *drop = NULL;
	for (size_t i = 0; i < log->n_runs; i++) {
		struct ingest_run *run = &log->runs[i];
		if (IS_PENDING(run->day)) {
			struct date_slash d;
			pending_decode(run->day, &d);
			char msg[160];
			int bad_day = undecided || date_from_slash(&d, order, &run->day) != 0;
			if (bad_day || ingest_too_far(r->opts, run->day)) {
				if (undecided)
					snprintf(msg, sizeof msg, "column 'date': the date %d/%d/%d could be day/month or "
						 "month/day; give --date-format DMY or MDY", d.f[0], d.f[1], d.f[2]);
				else
					snprintf(msg, sizeof msg, "column 'date': %d/%d/%d read as %s %s", d.f[0],
						 d.f[1], d.f[2],
						 order == DATE_DMY ? "day/month/year" : "month/day/year",
						 bad_day ? "is not a day in the calendar"
							 : "is more than a year in the future");
				if (r->opts->warn)
					r->opts->warn(r->opts->warn_ctx, ingest_run_line(log, i), msg);
				log->skipped++;
				if (!drop && !(drop = calloc(log->n_runs, 1))) {
					fail(r, INGEST_ENOMEM, 0, "out of memory");
					return;
				}
				drop[i] = 1;
			}
		}
	}
	if (drop && drop_runs(log, drop))
		fail(r, INGEST_ENOMEM, 0, "out of memory");
	free(drop);
	size_t w = 0;
	for (size_t i = 0; i < log->n_strength; i++) {
		int32_t day = log->strength_days[i];
		struct date_slash d;
		if (IS_PENDING(day)) {
			pending_decode(day, &d);
			if (undecided || date_from_slash(&d, order, &day))
				continue;
		}
		log->strength_athlete[w] = log->strength_athlete[i];
		log->strength_days[w++] = day;
	}
	log->n_strength = w;
}

static int same_run(const struct ingest_run *a, const struct ingest_run *b)
{
	return a->hash == b->hash && a->day == b->day && a->athlete == b->athlete &&
	       a->pain_m == b->pain_m && a->km_m == b->km_m &&
	       a->ate_before == b->ate_before && a->ate_after == b->ate_after &&
	       a->strength == b->strength;
}

static const struct ingest_run *sort_base;

static int cmp_dup(const void *x, const void *y)
{
	const struct ingest_run *a = &sort_base[*(const uint32_t *)x];
	const struct ingest_run *b = &sort_base[*(const uint32_t *)y];
	if (a->athlete != b->athlete)
		return a->athlete < b->athlete ? -1 : 1;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	return a < b ? -1 : a > b;
}

/* A copy and the run it copies. */
struct copy_of {
	uint32_t copy, first;
};

/* Copies in the order of their athlete, day and line: the warnings'
 * order, which must not depend on the hash that found them. */
static int cmp_copy(const void *x, const void *y)
{
	const struct copy_of *a = x, *b = y;
	const struct ingest_run *ra = &sort_base[a->copy], *rb = &sort_base[b->copy];
	if (ra->athlete != rb->athlete)
		return ra->athlete < rb->athlete ? -1 : 1;
	if (ra->day != rb->day)
		return ra->day < rb->day ? -1 : 1;
	return (a->copy > b->copy) - (a->copy < b->copy);
}

/* Warn about and mark in *drop (made on the first copy) the copies among
 * the runs idx[0..k), which cmp_dup has sorted; the first of each set of
 * copies stays. Returns the number marked, or -1 when out of memory. */
static long mark_copies(struct reader *r, const uint32_t *idx, size_t k, unsigned char **drop)
{
	struct ingest_log *log = r->log;
	struct copy_of *found = NULL;
	size_t first = idx[0], n = 0;
	for (size_t i = 1; i < k; i++) {
		if (!same_run(&log->runs[first], &log->runs[idx[i]])) {
			first = idx[i];
			continue;
		}
		if (!found && !(found = malloc(k * sizeof *found)))
			return -1;
		found[n++] = (struct copy_of){idx[i], (uint32_t)first};
	}
	if (!n)
		return 0;
	if (!*drop && !(*drop = calloc(log->n_runs, 1))) {
		free(found);
		return -1;
	}
	qsort(found, n, sizeof *found, cmp_copy);
	for (size_t i = 0; i < n; i++) {
		char msg[96];
		snprintf(msg, sizeof msg, "an exact copy of line %lu; counted once",
			 ingest_run_line(log, found[i].first));
		if (r->opts->warn)
			r->opts->warn(r->opts->warn_ctx, ingest_run_line(log, found[i].copy), msg);
		(*drop)[found[i].copy] = 1;
	}
	free(found);
	return (long)n;
}

/* Runs that repeat an earlier row byte for byte (a row pasted twice) count
 * once: each later copy is warned about and dropped. A copy has the same
 * athlete and date, so sorting by them and the row's hash puts it beside
 * the first. A log in order needs only each day's few runs sorted. */
static void drop_duplicates(struct reader *r)
{
	struct ingest_log *log = r->log;
	size_t n = log->n_runs, n_dup = 0, cap = 0;
	uint32_t *idx = NULL;
	unsigned char *drop = NULL;
	long got = 0;

	/* The tally knows the order, unless slash dates were decided since or
	 * the halves' athletes were numbered apart. */
	int known = !r->pending && !r->tally.stale;
	int ordered = known ? r->tally.unsorted == 0 : ingest_in_order(log->runs, n);
	log->order = ordered ? INGEST_ORDER_SORTED : INGEST_ORDER_UNSORTED;
	if (ordered && known && r->tally.same_day == 0) {
		log->duplicates = 0; /* no two runs share an athlete and a day */
		return;
	}
	sort_base = log->runs;
	for (size_t i = 0, j; i < n && got >= 0; i = j) {
		j = n;
		if (ordered)
			for (j = i + 1; j < n && log->runs[j].day == log->runs[i].day &&
					log->runs[j].athlete == log->runs[i].athlete;
			     j++)
				;
		if (j - i < 2)
			continue;
		if (j - i > cap) {
			free(idx);
			cap = j - i;
			if (!(idx = malloc(cap * sizeof *idx))) {
				got = -1;
				break;
			}
		}
		for (size_t k = i; k < j; k++)
			idx[k - i] = (uint32_t)k;
		qsort(idx, j - i, sizeof *idx, cmp_dup);
		if ((got = mark_copies(r, idx, j - i, &drop)) > 0)
			n_dup += (size_t)got;
	}
	free(idx);
	if (got < 0 || (drop && drop_runs(log, drop)))
		fail(r, INGEST_ENOMEM, 0, "out of memory");
	else
		log->duplicates = n_dup;
	/* Dropping keeps the order of the rest: a sorted log stays sorted, and
	 * an unsorted one may have lost what put it out of order. */
	if (!ordered && n_dup)
		log->order = INGEST_ORDER_UNKNOWN;
	free(drop);
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
		fail(r, INGEST_EDATA, 0, "looks like a ZIP archive (an .xlsx spreadsheet?), not CSV: "
			"save it as CSV first");
		return;
	}
	if (n >= 4 && memcmp(p, "\xD0\xCF\x11\xE0", 4) == 0) {
		fail(r, INGEST_EDATA, 0, "looks like an .xls spreadsheet, not CSV: save it as CSV first");
		return;
	}
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
		i++;
	if (i < n && (p[i] == '{' || p[i] == '['))
		fail(r, INGEST_EDATA, 0, "looks like JSON, not CSV: runlog reads a CSV log with a header row");
}

static int has_text(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!is_blank(p[i]) && p[i] != '\r' && p[i] != '\n')
			return 1;
	return 0;
}

static void feed(struct reader *r, const char *p, size_t n)
{
	if (r->at_row_start && has_text(p, n)) {
		r->row_line = r->line;
		r->at_row_start = 0;
		r->row_bytes = 0; /* blank lines before a record are not part of it */
	}
	r->row_bytes += n;
	if (csv_parse(&r->csv, p, n, field_cb, row_cb, r) != n)
		fail(r, INGEST_ENOMEM, r->line, "%s", csv_strerror(csv_error(&r->csv)));
	else if (!r->at_row_start && r->row_bytes > RECORD_MAX && r->line > r->row_line)
		/* Only a quoted field runs over a line end. */
		fail(r, INGEST_EDATA, r->row_line,
		     "record longer than 1 MiB (is a quote left open on line %lu?)", r->row_line);
	else if (!r->at_row_start && r->row_bytes > RECORD_MAX)
		fail(r, INGEST_EDATA, r->row_line, "line longer than 1 MiB");
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
			fail(r, INGEST_EDATA, r->line, "NUL byte: this is a binary file, not CSV text");
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

int ingest_reader_init(struct reader *r, const struct ingest_opts *opts, struct ingest_log *log,
		       struct ingest_error *err)
{
	memset(r, 0, sizeof *r);
	r->opts = opts;
	r->log = log;
	r->err = err;
	r->line = 1;
	r->at_row_start = 1;
	r->row_hash = FNV_BASIS;
	r->owns_header = 1;
	for (int c = 0; c < NCOL; c++)
		r->lay.field_of[c] = -1;
	err->line = 0;
	err->msg[0] = '\0';
	if (csv_init(&r->csv, 0) != 0 || !(r->buf = malloc(READ_CHUNK)))
		return -1;
	return 0;
}

void ingest_reader_read(struct reader *r, FILE *fp, struct ingest_pass *ps, unsigned long long limit)
{
	char *buf = r->buf;
	size_t n;
	while (!r->status && ps->total < limit && !(r->stop && atomic_load(r->stop))) {
		size_t want = limit - ps->total < READ_CHUNK ? (size_t)(limit - ps->total) : READ_CHUNK;
		if ((n = fread(buf, 1, want, fp)) == 0)
			break;
		const char *p = buf;
		if (ps->first) {
			ps->first = 0;
			if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
				p += 3;
			sniff(r, (const unsigned char *)p, n - (size_t)(p - buf));
			unsigned char sep = separator(p, n - (size_t)(p - buf));
			csv_set_delim(&r->csv, sep);
			r->decimal_comma = sep != ',';
		}
		ps->any = ps->any || has_text(p, n - (size_t)(p - buf));
		feed_chunk(r, p, buf + n, &ps->pending_cr);
		ps->total += n;
		if (ps->shared)
			atomic_store(ps->shared, ps->total);
		if (r->opts->progress)
			r->opts->progress(r->opts->progress_ctx,
					  ps->total + (ps->peer ? atomic_load(ps->peer) : 0));
	}
	if (!r->status && ferror(fp))
		fail(r, INGEST_EIO, 0, "read error: %s", strerror(errno));
}

void ingest_reader_end(struct reader *r, int any)
{
	/* Lenient while reading (a stray quote inside a field is text), strict
	 * at the end, where an open quoted field means the file is cut short. */
	csv_set_opts(&r->csv, CSV_STRICT | CSV_STRICT_FINI);
	if (!r->status && csv_fini(&r->csv, field_cb, row_cb, r) != 0)
		fail(r, INGEST_EDATA, r->nfields ? r->field_line : r->row_line,
		     "unterminated quote: a field opened on line %lu has no closing '\"'",
		     r->nfields ? r->field_line : r->row_line);
	if (!r->status && !r->have_header)
		fail(r, INGEST_EDATA, 0, any ? "no header row" : "the file is empty");
}

void ingest_reader_finish(struct reader *r)
{
	struct ingest_log *log = r->log;
	if (!r->status)
		resolve_dates(r);
	/* Most paces implausible: the distances are likely in the other unit. */
	if (!r->status && r->paced >= 3 && r->odd_pace * 2 > r->paced && r->opts->warn) {
		char msg[200];
		snprintf(msg, sizeof msg, "%zu of %zu runs have a pace outside %d:%02d-%d:%02d per km: if "
					 "the distances are in %s, give --units %s",
			 r->odd_pace, r->paced, INGEST_PACE_MIN / 60, INGEST_PACE_MIN % 60,
			 INGEST_PACE_ODD / 60, INGEST_PACE_ODD % 60, r->lay.miles ? "km" : "miles",
			 r->lay.miles ? "km" : "mi");
		r->opts->warn(r->opts->warn_ctx, 1, msg);
	}
	size_t before = log->n_runs;
	if (!r->status)
		drop_duplicates(r);
	log->sessions = log->n_strength;
	if (log->n_runs == before && !r->pending && !r->tally.stale) {
		log->sessions += r->tally.strength_runs;
	} else {
		for (size_t i = 0; i < log->n_runs; i++)
			log->sessions += log->runs[i].strength == INGEST_YES;
	}
}

void ingest_reader_free(struct reader *r)
{
	if (r->owns_header) {
		for (size_t i = 0; i < r->n_hdr; i++)
			free(r->hdr[i]);
		free(r->hdr);
		ingest_layout_free(&r->lay);
	}
	free(r->ath);
	free(r->buf);
	csv_free(&r->csv);
	r->hdr = NULL;
	r->n_hdr = 0;
	r->ath = NULL;
	r->buf = NULL;
}

int ingest_reader_athlete(struct reader *r, const char *name, uint32_t *out)
{
	/* A cohort log lists one athlete's runs together: the last name again
	 * needs no hashing. */
	if (r->log->n_athletes && strcmp(r->log->athletes[r->last_athlete], name) == 0) {
		*out = r->last_athlete;
		return 0;
	}
	if (athlete_index(r, name, out)) {
		fail(r, INGEST_ENOMEM, 0, "out of memory");
		return -1;
	}
	if (*out >= INGEST_ATHLETES_MAX) {
		fail(r, INGEST_EDATA, r->row_line, "more than %u athletes: split the log",
		     INGEST_ATHLETES_MAX);
		return -1;
	}
	r->last_athlete = *out;
	r->last_len = strlen(name);
	return 0;
}

int ingest_reader_mark(struct ingest_log *log, size_t i, unsigned long line)
{
	return mark_line(log, i, line);
}

void ingest_reader_fail(struct reader *r, enum ingest_status st, const char *msg)
{
	fail(r, st, 0, "%s", msg);
}

enum ingest_status ingest_stream(FILE *fp, const struct ingest_opts *opts, struct ingest_log *log,
				 struct ingest_error *err)
{
	struct reader r;
	struct ingest_pass ps = {.first = 1};

	if (ingest_reader_init(&r, opts, log, err)) {
		ingest_reader_free(&r);
		return INGEST_ENOMEM;
	}
	ingest_reader_read(&r, fp, &ps, ULLONG_MAX);
	ingest_reader_end(&r, ps.any);
	ingest_reader_finish(&r);
	ingest_reader_free(&r);
	return r.status;
}

enum ingest_status ingest_read(const char *path, const struct ingest_opts *opts, struct ingest_log *log,
			       struct ingest_error *err)
{
	FILE *fp;
	enum ingest_status st;

	if (strcmp(path, "-") == 0)
		return ingest_stream(stdin, opts, log, err);
	fp = fopen(path, "rb");
	if (!fp) {
		err->line = 0;
		snprintf(err->msg, sizeof err->msg, "cannot open: %s", strerror(errno));
		return INGEST_ENOINPUT;
	}
	struct stat sb;
	if (fstat(fileno(fp), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		fclose(fp);
		err->line = 0;
		snprintf(err->msg, sizeof err->msg, "cannot read: is a directory");
		return INGEST_ENOINPUT;
	}
	/* Room for the runs at once, from the file's size (about 50 bytes a row),
	 * instead of growing by doubling and copying. */
	if (S_ISREG(sb.st_mode) && sb.st_size > (1 << 20) && !log->runs) {
		size_t guess = (size_t)sb.st_size / 50 + 1024;
		log->runs = malloc(guess * sizeof *log->runs);
		if (log->runs)
			log->cap_runs = guess;
	}
	if (S_ISREG(sb.st_mode) && ingest_split_wanted((unsigned long long)sb.st_size))
		st = ingest_read_split(fp, path, (unsigned long long)sb.st_size, opts, log, err);
	else
		st = ingest_stream(fp, opts, log, err);
	fclose(fp);
	return st;
}
