/* date_zone.c: which names the zone database holds, and the nearest one. */
#include "runlog/date_zone.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { WALK_DEPTH = 3 }; /* Area/Country/City, such as America/Argentina/Salta */

const char *date_zone_dir(void)
{
	const char *dir = getenv("TZDIR");
	return dir && *dir ? dir : "/usr/share/zoneinfo";
}

/* A regular file that starts with "TZif" (RFC 8536). Opened without
 * blocking, so that a FIFO planted in the folder cannot hang runlog. */
static int is_tzif(const char *path)
{
	char magic[4];
	struct stat sb;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return 0;
	int ok = fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) &&
		 read(fd, magic, sizeof magic) == (ssize_t)sizeof magic &&
		 memcmp(magic, "TZif", sizeof magic) == 0;
	close(fd);
	return ok;
}

int date_zone_known(const char *zone)
{
	char path[PATH_MAX];
	if (strcmp(zone, "UTC") == 0 || strcmp(zone, "GMT") == 0)
		return 1;
	if (!*zone || zone[0] == '/' || strstr(zone, "..") || strlen(zone) > DATE_ZONE_NAME_MAX)
		return 0;
	if ((size_t)snprintf(path, sizeof path, "%s/%s", date_zone_dir(), zone) >= sizeof path)
		return 0;
	return is_tzif(path);
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Edits from a to b, case aside: insertions, deletions, changes and swaps
 * of two neighbours (optimal string alignment), over at most
 * DATE_ZONE_NAME_MAX bytes of each. */
static int distance(const char *a, const char *b)
{
	int rows[3][DATE_ZONE_NAME_MAX + 1];
	size_t na = strnlen(a, DATE_ZONE_NAME_MAX), nb = strnlen(b, DATE_ZONE_NAME_MAX);
	int *pp = rows[0], *prev = rows[1], *cur = rows[2];
	for (size_t j = 0; j <= nb; j++)
		prev[j] = (int)j;
	for (size_t i = 1; i <= na; i++) {
		cur[0] = (int)i;
		for (size_t j = 1; j <= nb; j++) {
			int same = lower(a[i - 1]) == lower(b[j - 1]);
			int d = prev[j - 1] + !same;
			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
			    lower(a[i - 2]) == lower(b[j - 1]) && pp[j - 2] + 1 < d)
				d = pp[j - 2] + 1;
			cur[j] = d;
		}
		int *t = pp;
		pp = prev;
		prev = cur;
		cur = t;
	}
	return prev[nb];
}

/* How far name (a zone of the database) is from want: see date_zone.h. */
static int score(const char *want, const char *name)
{
	size_t n = strlen(want);
	if (strncmp(name, want, n) == 0 && name[n] == '/')
		return 1;
	int d = distance(want, name);
	const char *city = strrchr(name, '/');
	if (city && distance(want, city + 1) + 1 < d)
		d = distance(want, city + 1) + 1;
	return d;
}

/* The walk of the database: path holds the folder's path, of which the
 * first root bytes and a '/' are the database's. */
struct search {
	const char *want;
	char path[PATH_MAX];
	size_t root;
	char best[DATE_ZONE_NAME_MAX + 1];
	int best_score;
};

static void consider(struct search *s, const char *name)
{
	if (strlen(name) > DATE_ZONE_NAME_MAX || !is_tzif(s->path))
		return;
	int d = score(s->want, name);
	if (!*s->best || d < s->best_score || (d == s->best_score && strcmp(name, s->best) < 0)) {
		memcpy(s->best, name, strlen(name) + 1);
		s->best_score = d;
	}
}

static int left_out(const char *entry, int depth)
{
	return entry[0] == '.' ||
	       (depth == 0 && (strcmp(entry, "posix") == 0 || strcmp(entry, "right") == 0 ||
			       strcmp(entry, "localtime") == 0 || strcmp(entry, "posixrules") == 0));
}

static void walk(struct search *s, int depth)
{
	size_t len = strlen(s->path);
	DIR *dir = opendir(s->path);
	struct dirent *e;
	struct stat sb;
	if (!dir)
		return;
	while ((e = readdir(dir)) != NULL) {
		if (left_out(e->d_name, depth) ||
		    (size_t)snprintf(s->path + len, sizeof s->path - len, "/%s", e->d_name) >=
			    sizeof s->path - len)
			continue;
		if (stat(s->path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
			if (depth + 1 < WALK_DEPTH)
				walk(s, depth + 1);
		} else {
			consider(s, s->path + s->root + 1);
		}
		s->path[len] = '\0';
	}
	closedir(dir);
}

int date_zone_nearest(const char *zone, char *near, size_t cap)
{
	struct search *s = calloc(1, sizeof *s);
	if (cap)
		*near = '\0';
	if (!s)
		return -1;
	s->want = zone;
	s->root = strlen(date_zone_dir());
	int rc = -1;
	if (s->root < sizeof s->path) {
		memcpy(s->path, date_zone_dir(), s->root + 1);
		walk(s, 0);
		rc = *s->best ? 0 : -1;
		if (cap)
			snprintf(near, cap, "%s", s->best);
	}
	free(s);
	return rc;
}
