/* ingest_parse: a record's cells and quick values into the values of a
 * row, with a message for the first bad one. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "runlog/date.h"
#include "runlog/num.h"
#include "runlog/safe.h"
#include "ingest_state.h"

#define STR_(x) #x
#define STR(x) STR_(x) /* a bound's digits, for a message */

/* Copy v for a message: its first 40 bytes, cut at a character, as the
 * file has them; whoever shows the message makes it safe (safe.h). */
static const char *shown(const struct cell *c, char *buf, size_t cap)
{
	size_t n = safe_utf8_cut(c->s, c->len, cap - 4 < 40 ? cap - 4 : 40);
	memcpy(buf, c->s, n);
	if (c->too_long || n < c->len) {
		memcpy(buf + n, "...", 3);
		n += 3;
	}
	buf[n] = '\0';
	return buf;
}

static int bad(char *msg, size_t cap, enum col c, const struct cell *v, const char *why)
{
	char buf[64];
	snprintf(msg, cap, "column '%s': '%s' %s", ingest_col_name[c], shown(v, buf, sizeof buf), why);
	return -1;
}

int ingest_parse_missing(const struct cell *v)
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

static int parse_number(const struct reader *r, const struct cell *v, enum col c, double *out,
			char *msg, size_t cap)
{
	char plain[CELL_MAX + 1];
	*out = NAN;
	if (!v->set || v->len == 0 || ingest_parse_missing(v))
		return 0;
	if (!v->too_long && num_parse_decimal(v->s, out) == 0)
		return 0;
	/* An English export groups thousands with commas; a file in the
	 * runner's language, or one with ';' between fields, writes a
	 * decimal comma. */
	if (!v->too_long && r->lay.thousands && num_parse_grouped(v->s, NUM_COMMA_THOUSANDS, out) == 0)
		return 0;
	if (!v->too_long && (r->decimal_comma || r->lay.comma) &&
	    num_parse_grouped(v->s, NUM_COMMA_DECIMAL, out) == 0)
		return 0;
	if (!v->too_long) {
		double x;
		memcpy(plain, v->s, v->len + 1);
		char *comma = strchr(plain, ',');
		if (comma && (*comma = '.', num_parse_decimal(plain, &x) == 0))
			return bad(msg, cap, c, v, "is not a number (use '.' as the decimal point)");
	}
	return bad(msg, cap, c, v, "is not a number");
}

static int parse_bool(const struct reader *r, const struct cell *v, enum col c, int8_t *out,
		      char *msg, size_t cap)
{
	*out = INGEST_UNKNOWN;
	if (!v->set || v->len == 0 || ingest_parse_missing(v))
		return 0;
	int b = v->too_long ? -1 : num_parse_bool(v->s, r->opts->words);
	if (b < 0)
		return bad(msg, cap, c, v, "is not yes or no (--yes WORD, --no WORD add words)");
	*out = (int8_t)b;
	return 0;
}

/* The INGEST_PACE_* bounds in minutes per km, exact in a double. A pace
 * outside them is only warned about: a typo in the duration or the
 * distance is as likely as a wrong row, and neither feeds the analysis. */
#define PACE_MIN (INGEST_PACE_MIN / 60.0)
#define PACE_MAX (INGEST_PACE_MAX / 60.0)
#define PACE_ODD (INGEST_PACE_ODD / 60.0)

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

/* Whole seconds and metres are compared in integers, without three
 * divisions a row; at a bound exactly, and for other values, the pace is
 * minutes / km in doubles. */
int ingest_parse_pace(const struct row *row, int *odd, int *bad)
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

int ingest_parse_pace_above(const struct row *row, double bound)
{
	if (row->km_exact && row->secs > 0 && row->km_m > 0 && row->km_m != INGEST_KM_NONE) {
		/* secs * 1000 against metres * bound, a product and no division:
		 * the first is exact and the second within 2^-53 of the truth,
		 * and the division below within 2^-50, so a gap above 2^-48 is
		 * decided alike by both; a closer one goes to the division. */
		double x = (double)row->secs * 1000, y = (double)row->km_m * bound;
		if (fabs(x - y) > y * 0x1p-48)
			return x > y;
	}
	double km = row_km(row), minutes = row_minutes(row);
	return km > 0 && minutes > 0 && minutes * 60 / km > bound;
}

void ingest_parse_pace_note(const struct row *run, char *note, size_t cap)
{
	double km = row_km(run), minutes = row_minutes(run), pace = minutes / km;
	/* Rounded away from the plausible range, so that a pace just outside
	 * it is not shown as its bound (2:29.9 as 2:29, not 2:30). */
	long secs = pace < PACE_MIN ? (long)floor(pace * 60) : (long)ceil(pace * 60);
	snprintf(note, cap, "a pace of %ld:%02ld per km (%.2f km in %.0f minutes) is implausible; "
			    "the run is kept",
		 secs / 60, secs % 60, km, minutes);
}

/* A date in numbers in the order the options or a four-digit year give,
 * or else waiting (encoded in the day) until the whole column has
 * decided: a field above 12 is the day, and tells the column's order. */
static int parse_slash(struct reader *r, const struct date_slash *sl, int32_t *day, char *msg,
		       size_t cap)
{
	const struct cell *dc = &r->cell[COL_DATE];
	struct ingest_seen *seen = &r->seen;
	int order = sl->len[0] == 4 ? DATE_YMD : r->opts->date_order;
	if (order == DATE_AUTO)
		order = r->lay.date_order;
	if (order != DATE_AUTO) {
		struct date_stamp st = sl->st;
		if (date_from_slash(sl, (enum date_order)order, &st.day))
			return bad(msg, cap, COL_DATE, dc, "is not a day in the calendar");
		/* Strava's "21.07.2026, 15:09:27" is UTC, as its English dates. */
		st.zone |= r->lay.utc && st.secs >= 0;
		*day = date_local_day(&st);
		return 0;
	}
	if (sl->f[0] < 1 || sl->f[1] < 1 || sl->f[0] > 31 || sl->f[1] > 31 ||
	    (sl->f[0] > 12 && sl->f[1] > 12))
		return bad(msg, cap, COL_DATE, dc, "is not a day in the calendar");
	if (sl->f[0] > 12 && !seen->dmy_line) {
		seen->dmy_line = r->row_line;
		snprintf(seen->dmy_seen, sizeof seen->dmy_seen, "%.20s", dc->s);
	}
	if (sl->f[1] > 12 && !seen->mdy_line) {
		seen->mdy_line = r->row_line;
		snprintf(seen->mdy_seen, sizeof seen->mdy_seen, "%.20s", dc->s);
	}
	int y = sl->len[2] == 2 ? date_two_digit_year(sl->f[2]) : sl->f[2];
	*day = ingest_pending_encode(sl->sep, y, sl->f[0], sl->f[1]);
	seen->pending++;
	seen->pending_dots += sl->sep == '.';
	return 0;
}

/* A date that is no date: counted, and the first kept for the message
 * of a column that is mostly such (ingest_reader_finish). */
static int not_a_date(struct reader *r, const char *why, char *msg, size_t cap)
{
	const struct cell *dc = &r->cell[COL_DATE];
	struct ingest_seen *seen = &r->seen;
	if (!seen->bad_dates++) {
		seen->bad_date_line = r->row_line;
		shown(dc, seen->bad_date_seen, sizeof seen->bad_date_seen);
	}
	return bad(msg, cap, COL_DATE, dc, why);
}

static int parse_date(struct reader *r, int32_t *day, char *msg, size_t cap)
{
	const struct cell *dc = &r->cell[COL_DATE];
	struct date_slash sl;
	struct date_stamp st;
	const char *why = "is not a date (expected YYYY-MM-DD)";
	char why_buf[64];

	r->seen.dates += (r->quick.mask & BIT(COL_DATE)) || dc->len;
	if (r->quick.mask & BIT(COL_DATE)) {
		*day = r->quick.day;
	} else if (dc->len == 0) {
		snprintf(msg, cap, "column 'date' is empty");
		return -1;
	} else if (!dc->too_long && date_split_slash(dc->s, &sl) == 0) {
		if (parse_slash(r, &sl, day, msg, cap))
			return -1;
	} else {
		if (dc->too_long || date_parse_stamp(dc->s, &st, &why))
			return strcmp(why, "is not a day in the calendar") == 0
				       ? bad(msg, cap, COL_DATE, dc, why)
				       : not_a_date(r, why, msg, cap);
		/* A UTC time (Strava's, or one marked Z) falls on its local day. */
		if (r->lay.utc && st.secs >= 0)
			st.zone = 1;
		*day = date_local_day(&st);
	}
	if (!IS_PENDING(*day) && ingest_too_far(r->opts, *day))
		return bad(msg, cap, COL_DATE, dc, ingest_too_far_why(r->opts, why_buf, sizeof why_buf));
	return 0;
}

/* A quick value is exact in thousandths: its double (m / 1000, one
 * correctly rounded division, the very double its text parses to) is only
 * made when a message needs it. Each parse_* leaves its value unknown when
 * it returns -1. */
static int parse_pain(const struct reader *r, struct row *row, char *msg, size_t cap)
{
	const struct cell *v = &r->cell[COL_PAIN];
	double pain;
	if (r->quick.mask & BIT(COL_PAIN)) {
		row->pain_m = r->quick.pain_m;
		row->has_pain = 1;
		return 0;
	}
	row->pain_m = INGEST_PAIN_NONE;
	row->has_pain = 0;
	if (parse_number(r, v, COL_PAIN, &pain, msg, cap))
		return -1;
	if (r->lay.levels && !isnan(pain)) {
		if (pain != 1 && pain != 2 && pain != 3 && pain != 4)
			return bad(msg, cap, COL_PAIN, v, "is not a wellness level 1-4");
		pain = INGEST_LEVEL_STEP * (pain - 1);
	}
	if (!isnan(pain) && (pain < 0 || pain > INGEST_PAIN_MAX))
		return bad(msg, cap, COL_PAIN, v, "is outside 0-" STR(INGEST_PAIN_MAX));
	row->pain_m = ingest_milli(pain, INGEST_PAIN_NONE);
	row->has_pain = !isnan(pain);
	return 0;
}

/* "12 km", "7.5mi", "3 miles": the number before a unit into *num, and
 * whether the unit is miles. -1 when v does not end in one of them. */
static int split_unit(const struct cell *v, struct cell *num, int *miles)
{
	static const struct {
		const char *unit;
		int miles;
	} unit[] = {{"km", 0}, {"mi", 1}, {"mile", 1}, {"miles", 1}};
	size_t e = v->len;
	while (e && ((v->s[e - 1] | 0x20) >= 'a' && (v->s[e - 1] | 0x20) <= 'z'))
		e--;
	for (size_t i = 0; !v->too_long && e && e < v->len && i < sizeof unit / sizeof *unit; i++) {
		if (strcasecmp(v->s + e, unit[i].unit) != 0)
			continue;
		*miles = unit[i].miles;
		while (e && ingest_is_blank(v->s[e - 1]))
			e--;
		*num = *v;
		num->len = e;
		num->s[e] = '\0';
		return 0;
	}
	return -1;
}

/* A distance with a unit is read when the unit is the column's; in the
 * other unit it is set aside, since the runner's unit and the column's
 * then disagree and one of them is wrong. */
static int parse_unit_distance(const struct reader *r, const struct cell *v, double *km,
			       char *msg, size_t cap)
{
	struct cell num;
	int miles;
	char ignored[8];
	if (split_unit(v, &num, &miles) || parse_number(r, &num, COL_DISTANCE, km, ignored, sizeof ignored) ||
	    isnan(*km))
		return -1;
	if (miles != r->lay.miles)
		return *km = NAN, bad(msg, cap, COL_DISTANCE, v,
				      r->lay.miles ? "is in km, but the column is in miles"
						   : "is in miles, but the column is in km");
	return 0;
}

static int parse_distance(const struct reader *r, struct row *row, char *msg, size_t cap)
{
	const struct cell *v = &r->cell[COL_DISTANCE];
	if (r->quick.mask & BIT(COL_DISTANCE)) {
		row->km_m = r->quick.km_m;
		row->km_exact = 1;
		return 0;
	}
	row->km_m = INGEST_KM_NONE;
	if (parse_number(r, v, COL_DISTANCE, &row->km, msg, cap) &&
	    parse_unit_distance(r, v, &row->km, msg, cap))
		return row->km = NAN, -1;
	if (r->lay.miles)
		row->km *= INGEST_KM_PER_MILE;
	if (r->lay.metres)
		row->km /= 1000;
	if (row->km < 0 || row->km > INGEST_KM_MAX) {
		const char *why = row->km < 0 ? "is negative" : "is more than " STR(INGEST_KM_MAX) " km";
		row->km = NAN;
		return bad(msg, cap, COL_DISTANCE, v, why);
	}
	row->km_m = ingest_milli(row->km, INGEST_KM_NONE);
	return 0;
}

static int parse_duration(const struct reader *r, struct row *row, char *msg, size_t cap)
{
	const struct cell *v = &r->cell[COL_DURATION];
	row->minutes = NAN;
	row->secs = -1;
	if (r->quick.mask & BIT(COL_DURATION)) {
		row->secs = r->quick.secs;
		return 0;
	}
	if (!v->len || ingest_parse_missing(v))
		return 0;
	if (v->too_long || num_parse_duration(v->s, &row->minutes))
		return row->minutes = NAN,
		       bad(msg, cap, COL_DURATION, v, "is not a duration (h:mm:ss, mm:ss or minutes)");
	/* Strava gives a plain number of seconds. */
	if (r->lay.seconds && !strchr(v->s, ':'))
		row->minutes /= 60;
	if (row->minutes > INGEST_HOURS_MAX * 60)
		return row->minutes = NAN,
		       bad(msg, cap, COL_DURATION, v, "is more than " STR(INGEST_HOURS_MAX) " hours");
	return 0;
}

/* Set the bad value of column c aside: it is counted and warned about,
 * and the row keeps its other values and its place among the runs (the
 * one place a value is set aside; see ingest_parse_row). */
static void set_aside(const struct reader *r, enum col c, const char *why)
{
	char msg[320];
	r->log->set_aside[c - COL_PAIN]++;
	snprintf(msg, sizeof msg, "%s" INGEST_SET_ASIDE_NOTE, why);
	if (r->opts->warn)
		r->opts->warn(r->opts->warn_ctx, r->row_line, msg);
}

/* ate_before, ate_after and strength. */
static void parse_flags(const struct reader *r, struct row *row, char *msg, size_t cap)
{
	int8_t *flag[3] = {&row->ate_before, &row->ate_after, &row->strength};
	for (int c = COL_ATE_BEFORE; c <= COL_STRENGTH; c++)
		if (r->quick.mask & BIT(c))
			*flag[c - COL_ATE_BEFORE] = r->quick.flag[c - COL_ATE_BEFORE];
		else if (parse_bool(r, &r->cell[c], (enum col)c, flag[c - COL_ATE_BEFORE], msg, cap))
			set_aside(r, (enum col)c, msg);
}

_Static_assert(COL_PAIN + INGEST_VALUE_STRENGTH == COL_STRENGTH &&
		       COL_PAIN + INGEST_VALUE_DURATION == COL_DURATION,
	       "a value's column is COL_PAIN + its number");

const char *ingest_value_name(enum ingest_value v)
{
	return ingest_col_name[COL_PAIN + v];
}

/* Only a bad date, or fields out of step with the header, cost the row:
 * any other bad value is set aside alone, and the run stays a run (a pain
 * or a distance that was there, even unreadable, makes the row one). */
int ingest_parse_row(struct reader *r, struct row *row, char *msg, size_t cap)
{
	if (r->nfields != r->n_hdr) {
		snprintf(msg, cap, "expected %zu fields as in the header, found %zu", r->n_hdr, r->nfields);
		return -1;
	}
	if (parse_date(r, &row->day, msg, cap))
		return -1;
	if (parse_pain(r, row, msg, cap))
		set_aside(r, COL_PAIN, msg), row->given = 1;
	if (parse_distance(r, row, msg, cap))
		set_aside(r, COL_DISTANCE, msg), row->given = 1;
	if (parse_duration(r, row, msg, cap))
		set_aside(r, COL_DURATION, msg);
	parse_flags(r, row, msg, cap);
	return 0;
}
