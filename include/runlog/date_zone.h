/* date_zone.h - the names of the system's time zone database.
 *
 * The database is the folder TZDIR names, else /usr/share/zoneinfo (where
 * the C library looks too). A zone is a file in it that starts with the
 * TZif magic: a folder such as "Europe", or a table such as "zone.tab", is
 * not one.
 */
#ifndef RUNLOG_DATE_ZONE_H
#define RUNLOG_DATE_ZONE_H

#include <stddef.h>

/* The longest zone name looked at, and so the longest one known. */
#define DATE_ZONE_NAME_MAX 255

/* The database's folder: TZDIR, else /usr/share/zoneinfo. */
const char *date_zone_dir(void);

/* 1 when zone names a zone of the database, or is "UTC" or "GMT" (which
 * the C library knows without one); 0 otherwise, also for an empty name,
 * one that starts with '/' or holds "..". */
int date_zone_known(const char *zone);

/* The database's zone name nearest to zone, copied into near (cap bytes;
 * "" when there is none): the fewest letters to change, case aside, in the
 * whole name or in its city ("Oslo" is near "Europe/Oslo"), and a zone
 * inside a folder of that name ("Europe" is near "Europe/Amsterdam"); of
 * equally near names, the first in byte order. The folders "posix" and
 * "right" (copies of the others) are left out. Returns 0, or -1 when the
 * database holds no zone. */
int date_zone_nearest(const char *zone, char *near, size_t cap);

#endif
