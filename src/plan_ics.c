/* A plan as an iCalendar file (RFC 5545), for a phone's calendar.
 *
 * Each block is an all-day event: DTSTART;VALUE=DATE on its first day and
 * DTEND on the day after its last (the end of an all-day event is
 * exclusive). Its UID is made of what fixes the block (remedy, start,
 * block length, seed and the block's number), so importing the same plan
 * again updates the events instead of adding copies. DTSTAMP, which RFC
 * 5545 requires in every event, would usually be the time of writing; it
 * is the plan's first day at midnight UTC instead, so that a seed gives
 * the same bytes every time (tests compare them) and a calendar sees a
 * re-imported event as the same version, not a newer one.
 */
#include "runlog/plan.h"

#include <inttypes.h>
#include <string.h>

#include "runlog/date.h"

/* RFC 5545 3.1: a content line is folded after at most 75 octets; each
 * further piece starts with one space, which counts. */
#define ICS_LINE_OCTETS 75

/* Write line (name, ':' and value already joined) folded, ending in CRLF.
 * A fold never splits a UTF-8 sequence. */
static void put_folded(FILE *out, const char *line, size_t len)
{
	size_t room = ICS_LINE_OCTETS;
	while (len > room) {
		size_t cut = room;
		while (cut > 1 && ((unsigned char)line[cut] & 0xC0) == 0x80)
			cut--;
		fwrite(line, 1, cut, out);
		fputs("\r\n ", out);
		line += cut;
		len -= cut;
		room = ICS_LINE_OCTETS - 1;
	}
	fwrite(line, 1, len, out);
	fputs("\r\n", out);
}

/* A property whose value is TEXT (RFC 5545 3.3.11): backslash, semicolon,
 * comma and newline escaped. */
static void put_text(FILE *out, const char *name, const char *value)
{
	size_t n = strlen(name), cap = n + 2 + 2 * strlen(value), len = n + 1;
	char buf[4096];
	if (cap > sizeof buf)
		cap = sizeof buf; /* the plan's texts are far shorter */
	memcpy(buf, name, n);
	buf[n] = ':';
	for (const char *v = value; *v && len + 2 < cap; v++) {
		if (*v == '\\' || *v == ';' || *v == ',' || *v == '\n')
			buf[len++] = '\\';
		buf[len++] = *v == '\n' ? 'n' : *v;
	}
	put_folded(out, buf, len);
}

/* A date as iCalendar writes it: YYYYMMDD. */
static char *ics_date(int32_t day, char *buf)
{
	int y, m, d;
	date_to_ymd(day, &y, &m, &d);
	snprintf(buf, 16, "%04d%02d%02d", y, m, d);
	return buf;
}

static void put_event(FILE *out, const struct plan *p, const struct plan_block *b)
{
	const struct plan_text *t = plan_remedy_text(p->remedy);
	char line[1024], a[16], c[16];
	int remedy = b->arm == PLAN_REMEDY;

	put_folded(out, "BEGIN:VEVENT", 12);
	snprintf(line, sizeof line, "UID:runlog-plan-%s-%s-%dw-%" PRIu64 "-block%d@runlog", t->name,
		 ics_date(p->start, a), p->block_weeks, p->seed, b->block);
	put_folded(out, line, strlen(line));
	snprintf(line, sizeof line, "DTSTAMP:%sT000000Z", ics_date(p->start, a));
	put_folded(out, line, strlen(line));
	snprintf(line, sizeof line, "DTSTART;VALUE=DATE:%s", ics_date(b->start, a));
	put_folded(out, line, strlen(line));
	snprintf(line, sizeof line, "DTEND;VALUE=DATE:%s", ics_date(b->end + 1, c));
	put_folded(out, line, strlen(line));
	snprintf(line, sizeof line, "runlog %s: %s (block %d of %zu)", t->name, remedy ? t->rule : t->usual,
		 b->block, p->n);
	put_text(out, "SUMMARY", line);
	snprintf(line, sizeof line,
		 "%s\nLog %s.\nBlock %d of %zu of your %s experiment: in pair %d one block is for the "
		 "remedy and one for your usual habit, in an order drawn at random (seed %" PRIu64 ").",
		 remedy ? t->remedy_do : t->usual_do, t->log, b->block, p->n, t->name, b->pair, p->seed);
	put_text(out, "DESCRIPTION", line);
	put_folded(out, "TRANSP:TRANSPARENT", 18);
	put_folded(out, "END:VEVENT", 10);
}

int plan_write_ics(FILE *out, const struct plan *p)
{
	char name[64];
	fputs("BEGIN:VCALENDAR\r\n"
	      "VERSION:2.0\r\n"
	      "PRODID:-//runlog//runlog plan//EN\r\n"
	      "CALSCALE:GREGORIAN\r\n"
	      "METHOD:PUBLISH\r\n",
	      out);
	snprintf(name, sizeof name, "runlog: %s experiment", plan_remedy_text(p->remedy)->name);
	put_text(out, "X-WR-CALNAME", name);
	for (size_t i = 0; i < p->n; i++)
		put_event(out, p, &p->blocks[i]);
	fputs("END:VCALENDAR\r\n", out);
	return ferror(out) ? -1 : 0;
}
