/* date.h - calendar days as plain integers, locale-free.
 *
 * A day is the number of days since 1970-01-01 (negative before it), so
 * "consecutive days" is plain integer arithmetic.
 */
#ifndef RUNLOG_DATE_H
#define RUNLOG_DATE_H

#include <stddef.h>
#include <stdint.h>

/* Day number of a proleptic Gregorian date. Does not validate. */
int32_t date_from_ymd(int y, int m, int d);

/* Split a day number back into year, month (1-12) and day (1-31). */
void date_to_ymd(int32_t day, int *y, int *m, int *d);

/* 1 when y-m-d names a real calendar date (2025-02-30 does not). */
int date_valid(int y, int m, int d);

/* ISO weekday: 1 = Monday ... 7 = Sunday. Inline, with date_monday: the
 * model keys each run's week cluster with them. */
static inline int date_weekday(int32_t day)
{
	/* 1970-01-01 was a Thursday (4). */
	return (int)((day % 7 + 7 + 3) % 7) + 1;
}

/* Parse an ISO date "YYYY-MM-DD", optionally followed by a time that starts
 * with 'T' or a space ("2025-03-01T07:30", "2025-03-01 07:30:00Z").
 * Returns 0 and sets *day, or -1 when s is not such a date or names a day
 * that does not exist; *why then says which ("not a date", "no such day"). */
int date_parse_iso(const char *s, int32_t *day, const char **why);

/* Exactly "YYYY-MM-DD" in len bytes that need no NUL, naming a real day:
 * the reader's usual case. Returns 0 and sets *day, or -1 (the general
 * parser then decides, with its message). */
int date_parse_ymd(const char *s, size_t len, int32_t *day);

/* A date as logged, with its time of day when there is one. */
struct date_stamp {
	int32_t day;   /* the calendar day as written */
	int32_t secs;  /* seconds into that day; -1 without a time */
	int zone;      /* the time is UTC ('Z'), or has an offset */
	int offset;    /* minutes east of UTC */
};

/* Parse a date with an optional time: ISO ("2025-03-01", "2025-03-01
 * 07:30", "2025-03-01T07:30:00.123Z", "...+02:00"), or a date with its
 * month's name in English, German, French, Spanish, Italian, Dutch,
 * Danish, Norwegian, Swedish or Portuguese, short or long, any case, with or without
 * the abbreviation's dot, the day first or the month first, after an
 * optional weekday, and with an optional time after it: "6 Okt 2022",
 * "6. Okt. 2022", "6. oktober 2022", "6 janv. 2023", "6 févr. 2023",
 * "06-Oct-22", "6 de octubre de 2022", "lun., 30 juin 2014 7:03", Strava's
 * "Oct 6, 2022, 11:19:20 PM". Returns 0, or -1 with *why set ("is not a
 * date (expected YYYY-MM-DD)" or "is not a day in the calendar"). */
int date_parse_stamp(const char *s, struct date_stamp *st, const char **why);

/* The local calendar day (TZ, or the system zone) of a stamp whose time is
 * UTC or carries an offset; other stamps keep their day. */
int32_t date_local_day(const struct date_stamp *st);

/* The date spellings runlog reads, for a message that lists them. */
#define DATE_SPELLINGS                                                          \
	"YYYY-MM-DD, D/M/YYYY or M/D/YYYY, D.M.YYYY, D-M-YYYY, YYYY/MM/DD (also " \
	"with a 2-digit year), or a month's name ('6 Oct 2022', '6. Okt. 2022', " \
	"'Oct 6, 2022'), each with or without a time after it"

/* The order of a date written in numbers. */
enum date_order { DATE_AUTO, DATE_DMY, DATE_MDY, DATE_YMD };

/* A date written in numbers, split but not yet read: its three numbers
 * in the order written, their digit counts, the separator ('/', '.' or
 * '-') and the time after it. */
struct date_slash {
	int f[3], len[3];
	char sep;
	struct date_stamp st;
};

/* Split "12/5/2021", "7/9/23 11:59", "2025/03/01", "6.10.2022",
 * "06.10.22", "6-10-2022" or "21.07.2026, 15:09:27": three numbers with
 * the same separator, '/', '.' or '-', then optionally a comma, and a
 * time. YYYY-MM-DD is left to date_parse_stamp. Returns 0, or -1 when s is
 * not of that form. */
int date_split_slash(const char *s, struct date_slash *out);

/* A year written with two digits, as spreadsheets read it: 19xx from 70
 * on, else 20xx. */
static inline int date_two_digit_year(int yy)
{
	return yy + (yy < 70 ? 2000 : 1900);
}

/* The day of a split date read in order (AUTO reads M/D). A first field
 * of 4 digits is always Y/M/D; a two-digit year is read by
 * date_two_digit_year. Returns 0, or -1 when that is no calendar day. */
int date_from_slash(const struct date_slash *d, enum date_order order, int32_t *day);

/* Write "YYYY-MM-DD" into buf (at least 11 bytes); a year outside 0000-9999,
 * which no reader takes, as the nearest. Returns buf. */
char *date_format(int32_t day, char *buf);

/* Today's day number in the local time zone. */
int32_t date_today(void);

/* The Monday of day's ISO week. */
static inline int32_t date_monday(int32_t day)
{
	return day - (date_weekday(day) - 1);
}

/* ISO 8601 week-numbering year and week (1-53) of day. */
void date_iso_week(int32_t day, int *year, int *week);

/* Parse "YYYY-Www" (week 01-53, as the year has) into the day number of
 * its Monday. Returns 0, or -1 with *why set. */
int date_parse_iso_week(const char *s, int32_t *monday, const char **why);

/* Write "YYYY-Www" for day's ISO week into buf (at least 9 bytes), the year
 * as date_format writes it. */
char *date_format_week(int32_t day, char *buf);

#endif
