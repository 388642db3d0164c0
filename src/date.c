#include "runlog/date.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* Howard Hinnant's days_from_civil / civil_from_days. */
int32_t date_from_ymd(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (int32_t)(era * 146097 + (int)doe - 719468);
}

void date_to_ymd(int32_t day, int *y, int *m, int *d)
{
	int32_t z = day + 719468;
	int32_t era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)yoe + era * 400 + (*m <= 2);
}

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_valid(int y, int m, int d)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] + (m == 2 && is_leap(y));
}

static int digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* After the date: nothing, or 'T'/' ' then HH:MM[:SS[.fff]] and an optional
 * 'Z' or +hh:mm offset. */
static int valid_time_suffix(const char *s)
{
	int hh, mm, ss;
	if (*s == '\0')
		return 1;
	if (*s != 'T' && *s != ' ')
		return 0;
	s++;
	if (digits(s, 2, &hh) || s[2] != ':' || digits(s + 3, 2, &mm) || hh > 24 || mm > 59)
		return 0;
	s += 5;
	if (*s == ':') {
		if (digits(s + 1, 2, &ss) || ss > 60)
			return 0;
		s += 3;
		if (*s == '.' || *s == ',')
			for (s++; *s >= '0' && *s <= '9'; s++)
				;
	}
	if (*s == 'Z')
		s++;
	else if (*s == '+' || *s == '-') {
		if (digits(s + 1, 2, &hh))
			return 0;
		s += 3;
		if (*s == ':')
			s++;
		if (*s && (digits(s, 2, &mm) || (s += 2, 0)))
			return 0;
	}
	return *s == '\0';
}

int date_parse_ymd(const char *s, size_t len, int32_t *day)
{
	int y, m, d;
	if (len != 10 || digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &m) || s[7] != '-' ||
	    digits(s + 8, 2, &d) || !date_valid(y, m, d))
		return -1;
	*day = date_from_ymd(y, m, d);
	return 0;
}

int date_parse_iso(const char *s, int32_t *day, const char **why)
{
	int y, m, d;
	if (digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &m) || s[7] != '-' ||
	    digits(s + 8, 2, &d) || !valid_time_suffix(s + 10)) {
		*why = "is not a date (expected YYYY-MM-DD)";
		return -1;
	}
	if (!date_valid(y, m, d)) {
		*why = "is not a day in the calendar";
		return -1;
	}
	*day = date_from_ymd(y, m, d);
	return 0;
}

/* v in n decimal digits at p, with leading zeros; a year is kept to
 * 0000-9999 (the readers take no other), a month, day or week is one. */
static void put_digits(char *p, int v, int n)
{
	unsigned u = v < 0 ? 0 : v > 9999 ? 9999 : (unsigned)v;
	for (int i = n - 1; i >= 0; i--, u /= 10)
		p[i] = (char)('0' + u % 10);
}

char *date_format(int32_t day, char *buf)
{
	int y, m, d;
	date_to_ymd(day, &y, &m, &d);
	put_digits(buf, y, 4), buf[4] = '-';
	put_digits(buf + 5, m, 2), buf[7] = '-';
	put_digits(buf + 8, d, 2), buf[10] = '\0';
	return buf;
}

int32_t date_today(void)
{
	time_t now = time(NULL);
	struct tm tm;
	if (!localtime_r(&now, &tm))
		return (int32_t)(now / 86400);
	return date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

void date_iso_week(int32_t day, int *year, int *week)
{
	int32_t thursday = date_monday(day) + 3;
	int m, d;
	date_to_ymd(thursday, year, &m, &d);
	*week = (int)((thursday - date_from_ymd(*year, 1, 1)) / 7 + 1);
}

/* Weeks in ISO year y: 53 when its January 1st is a Thursday, or a
 * Wednesday in a leap year. */
static int iso_weeks(int y)
{
	int jan1 = date_weekday(date_from_ymd(y, 1, 1));
	return jan1 == 4 || (jan1 == 3 && is_leap(y)) ? 53 : 52;
}

int date_parse_iso_week(const char *s, int32_t *monday, const char **why)
{
	int y, w;
	if (digits(s, 4, &y) || s[4] != '-' || (s[5] != 'W' && s[5] != 'w') || digits(s + 6, 2, &w) ||
	    s[8] != '\0') {
		*why = "is not an ISO week (expected YYYY-Www, such as 2025-W09)";
		return -1;
	}
	if (y < 1 || w < 1 || w > iso_weeks(y)) {
		*why = "is not a week of that year";
		return -1;
	}
	/* Week 1 is the week with January 4th in it. */
	*monday = date_monday(date_from_ymd(y, 1, 4)) + 7 * (w - 1);
	return 0;
}

char *date_format_week(int32_t day, char *buf)
{
	int y, w;
	date_iso_week(day, &y, &w);
	put_digits(buf, y, 4), buf[4] = '-', buf[5] = 'W';
	put_digits(buf + 6, w, 2), buf[8] = '\0';
	return buf;
}

/* The months' names, one line a month: each language's long name (English,
 * German, French, Spanish, Italian, Dutch, Danish, Norwegian, Swedish,
 * Portuguese),
 * the spellings without accents that people type, and the short forms
 * that are no beginning of a long one ("mrz", "mrt"). A word names a month
 * when it begins one of its names, with at least three letters, and no
 * other month's: "okt", "sept", "janv", "févr" and "fevr" do, "jui"
 * (juin or juillet) does not. Lower case, accents in UTF-8. */
static const char *const month_names[12] = {
	"january januar janvier enero gennaio januari jänner janeiro",
	"february februar février fevrier febrero febbraio februari fevereiro",
	"march märz maerz marz mars marzo maart marts março marco mrz mrt",
	"april avril abril aprile",
	"may mai mayo maggio mei maj maio",
	"june juni juin junio giugno junho",
	"july juli juillet julio luglio julho",
	"august août aout agosto augustus augusti",
	"september septembre septiembre setiembre settembre setembro",
	"october oktober octobre octubre ottobre outubro",
	"november novembre noviembre novembro",
	"december dezember décembre decembre diciembre dicembre desember dezembro",
};

/* The end of the word of letters at s: ASCII letters and the bytes of
 * UTF-8 letters (accents). */
static const char *word_end(const char *s)
{
	for (;; s++) {
		unsigned char c = (unsigned char)(*s | 0x20);
		if (!((c >= 'a' && c <= 'z') || (unsigned char)*s >= 0x80))
			return s;
	}
}

/* w[0..n) in lower case into out (cap bytes), the Latin-1 capitals of
 * UTF-8 (C3 80-9E) too. Returns the letters, or -1 when it is too long. */
static int fold_word(const char *w, size_t n, char *out, size_t cap)
{
	int letters = 0;
	if (n >= cap)
		return -1;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		else if (i > 0 && (unsigned char)w[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
			c += 0x20;
		out[i] = (char)c;
		letters += (c & 0xC0) != 0x80;
	}
	out[n] = '\0';
	return letters;
}

/* The month that w[0..n) names (see month_names), or 0. */
static int month_named(const char *w, size_t n)
{
	char low[16];
	int found = 0;
	if (fold_word(w, n, low, sizeof low) < 3)
		return 0;
	for (int m = 0; m < 12; m++)
		for (const char *name = month_names[m]; *name; name += strcspn(name, " "), name += *name == ' ')
			if (strncmp(name, low, n) == 0 && n <= strcspn(name, " ")) {
				if (found && found != m + 1)
					return 0;
				found = m + 1;
				break;
			}
	return found;
}

/* Digits at *p, at most max of them; advances *p. -1 when there are none. */
static int number(const char **p, int max)
{
	int v = 0, n = 0;
	while (n < max && **p >= '0' && **p <= '9')
		v = v * 10 + (*(*p)++ - '0'), n++;
	return n ? v : -1;
}

/* "H:MM[:SS[.fff]]" with an optional " AM"/" PM", then an optional 'Z' or
 * +hh[:mm]. Fills secs, zone and offset. Returns the rest, or NULL. */
static const char *clock_time(const char *p, struct date_stamp *st)
{
	int h = number(&p, 2), m, sec = 0;
	if (h < 0 || *p++ != ':' || (m = number(&p, 2)) < 0 || m > 59)
		return NULL;
	if (*p == ':') {
		p++;
		if ((sec = number(&p, 2)) < 0 || sec > 60)
			return NULL;
		if (*p == '.' || *p == ',')
			for (p++; *p >= '0' && *p <= '9'; p++)
				;
	}
	while (*p == ' ')
		p++;
	if ((p[0] == 'A' || p[0] == 'P' || p[0] == 'a' || p[0] == 'p') && (p[1] == 'M' || p[1] == 'm')) {
		if (h < 1 || h > 12)
			return NULL;
		h = h % 12 + ((p[0] == 'P' || p[0] == 'p') ? 12 : 0);
		p += 2;
	}
	if (h > 24)
		return NULL;
	st->secs = h * 3600 + m * 60 + sec;
	if (*p == 'Z') {
		st->zone = 1;
		p++;
	} else if ((*p == '+' || *p == '-') && p[1] >= '0' && p[1] <= '9') {
		int sign = *p++ == '-' ? -1 : 1, oh = number(&p, 2), om = 0;
		if (*p == ':')
			p++;
		if (*p >= '0' && *p <= '9')
			om = number(&p, 2);
		st->zone = 1;
		st->offset = sign * (oh * 60 + om);
	}
	return p;
}

/* The blanks, '-' and '/' between the parts of a date in words, and the
 * Spanish "de" ("6 de octubre de 2022"). */
static const char *gap(const char *p)
{
	for (;;) {
		while (*p == ' ' || *p == '-' || *p == '/')
			p++;
		if ((p[0] | 0x20) != 'd' || (p[1] | 0x20) != 'e' || p[2] != ' ')
			return p;
		p += 3;
	}
}

/* A month's name at *p (month_named), with its abbreviation's dot:
 * returns the month and moves *p past it, or 0. */
static int month_word(const char **p)
{
	const char *e = word_end(*p);
	int m = month_named(*p, (size_t)(e - *p));
	if (m)
		*p = e + (*e == '.');
	return m;
}

/* A day of the month: one or two digits, and no more. -1 when none. */
static int day_of(const char **p)
{
	int d = number(p, 2);
	return **p >= '0' && **p <= '9' ? -1 : d;
}

/* A year of four digits, or of two (19xx from 70 on, else 20xx, as
 * spreadsheets read them); -1 for other lengths. */
static int year_of(const char **p)
{
	const char *start = *p;
	int y = number(p, 4);
	if (y < 0 || (**p >= '0' && **p <= '9') || (*p - start != 4 && *p - start != 2))
		return -1;
	return *p - start == 2 ? date_two_digit_year(y) : y;
}

/* A date with its month in words, after an optional weekday: "6 Okt
 * 2022", "6. Okt. 2022", "06-Oct-22", "6 de octubre de 2022", "lun., 30
 * juin 2014", "Oct 6, 2022". Returns what follows it (after a comma and
 * blanks), or NULL. */
static const char *words_date(const char *p, int *y, int *m, int *d)
{
	const char *e = word_end(p);
	if (e > p && (e[*e == '.'] == ',' || !month_named(p, (size_t)(e - p)))) {
		p = e + (*e == '.');
		p += *p == ',';
		while (*p == ' ')
			p++;
	}
	if ((*m = month_word(&p)) != 0) {
		p = gap(p);
		if ((*d = day_of(&p)) < 0)
			return NULL;
		p += *p == '.' || *p == ',';
	} else {
		if ((*d = day_of(&p)) < 0)
			return NULL;
		p = gap(p + (*p == '.'));
		if (!(*m = month_word(&p)))
			return NULL;
	}
	p = gap(p);
	if ((*y = year_of(&p)) < 0)
		return NULL;
	p += *p == ',';
	while (*p == ' ')
		p++;
	return p;
}

int date_parse_stamp(const char *s, struct date_stamp *st, const char **why)
{
	const char *p = s;
	int y, m, d;

	st->secs = -1;
	st->zone = 0;
	st->offset = 0;
	*why = "is not a date (expected YYYY-MM-DD)";
	if (!digits(s, 4, &y) && s[4] == '-' && !digits(s + 5, 2, &m) && s[7] == '-' &&
	    !digits(s + 8, 2, &d)) {
		/* ISO: YYYY-MM-DD, then 'T' or ' ' and a time. */
		p = s + 10;
		if ((*p == 'T' || *p == ' ') && !(p = clock_time(p + 1, st)))
			return -1;
	} else if (!(p = words_date(s, &y, &m, &d)) || (*p && !(p = clock_time(p, st)))) {
		return -1;
	}
	while (*p == ' ')
		p++;
	if (*p)
		return -1;
	if (!date_valid(y, m, d)) {
		*why = "is not a day in the calendar";
		return -1;
	}
	st->day = date_from_ymd(y, m, d);
	return 0;
}

int32_t date_local_day(const struct date_stamp *st)
{
	if (st->secs < 0 || !st->zone)
		return st->day;
	time_t t = (time_t)st->day * 86400 + st->secs - (time_t)st->offset * 60;
	struct tm tm;
	if (!localtime_r(&t, &tm))
		return st->day;
	return date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

int date_split_slash(const char *s, struct date_slash *out)
{
	const char *p = s;
	for (int i = 0; i < 3; i++) {
		const char *start = p;
		int v = number(&p, 4);
		if (v < 0)
			return -1;
		out->f[i] = v;
		out->len[i] = (int)(p - start);
		if (i == 0 && *p != '/' && *p != '.' && *p != '-')
			return -1;
		if (i == 0)
			out->sep = *p;
		if (i < 2 && *p++ != out->sep)
			return -1;
	}
	/* YYYY-MM-DD is ISO's, times and zones and all (date_parse_stamp). */
	if (out->sep == '-' && out->len[0] == 4 && out->len[1] == 2 && out->len[2] == 2)
		return -1;
	out->st.secs = -1;
	out->st.zone = 0;
	out->st.offset = 0;
	p += *p == ',';
	if (*p == ' ' || *p == 'T') {
		while (*p == ' ' || *p == 'T')
			p++;
		if (!(p = clock_time(p, &out->st)))
			return -1;
	}
	while (*p == ' ')
		p++;
	if (*p)
		return -1;
	/* Y/M/D, or two short fields and a year of 2 or 4 digits. */
	if (out->len[0] == 4)
		return out->len[1] <= 2 && out->len[2] <= 2 ? 0 : -1;
	if (out->len[0] > 2 || out->len[1] > 2 || (out->len[2] != 2 && out->len[2] != 4))
		return -1;
	return 0;
}

int date_from_slash(const struct date_slash *d, enum date_order order, int32_t *day)
{
	int y, m, dd;
	if (d->len[0] == 4) {
		y = d->f[0], m = d->f[1], dd = d->f[2];
	} else {
		y = d->f[2];
		if (d->len[2] == 2)
			y = date_two_digit_year(y);
		m = order == DATE_DMY ? d->f[1] : d->f[0];
		dd = order == DATE_DMY ? d->f[0] : d->f[1];
	}
	if (!date_valid(y, m, dd))
		return -1;
	*day = date_from_ymd(y, m, dd);
	return 0;
}
