/* What dead runs left: runlog's temporary names, recognised and removed. */
#define _DEFAULT_SOURCE /* flock */
#include "runlog/outfile.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "outfile_live.h"

/* Runlog before commit d48b140 wrote "NAME.tmp.XXXXXX" beside NAME
 * (mkstemp's six letters) and held no lock on it. */
#define OLD_TEMP_MARK ".tmp."

/* Where n ends in mark and OUTFILE_TEMP_RANDOM letters or digits, with at
 * least min bytes before: the mark's place in n, or NULL. */
static const char *temp_mark(const char *n, const char *mark, size_t min)
{
	size_t len = strlen(n), m = strlen(mark);
	if (len < min + m + OUTFILE_TEMP_RANDOM)
		return NULL;
	const char *at = n + len - OUTFILE_TEMP_RANDOM - m;
	if (memcmp(at, mark, m) != 0)
		return NULL;
	for (const char *p = at + m; *p; p++)
		if (!isalnum((unsigned char)*p))
			return NULL;
	return at;
}

/* Whether n is ".X.runlog-XXXXXX", X being base (cut as outfile_mktemp
 * cuts it) or, when base is NULL, any name. */
int outfile_is_temp_name(const char *n, const char *base)
{
	const char *mark = n[0] == '.' ? temp_mark(n, OUTFILE_TEMP_MARK, 2) : NULL;
	if (!mark)
		return 0;
	size_t b = base ? strlen(base) : 0;
	b = b > OUTFILE_TEMP_BASE_MAX ? OUTFILE_TEMP_BASE_MAX : b;
	return !base || ((size_t)(mark - n - 1) == b && memcmp(n + 1, base, b) == 0);
}

/* Whether n is an older runlog's "X.tmp.XXXXXX", X being base or, when
 * base is NULL, a visible name with the extension of a file runlog writes. */
static int is_old_temp_name(const char *n, const char *base)
{
	static const char *const ext[] = {".csv", ".png", ".svg", ".md", ".html", ".json"};
	const char *mark = n[0] != '.' ? temp_mark(n, OLD_TEMP_MARK, 1) : NULL;
	if (!mark)
		return 0;
	size_t b = (size_t)(mark - n);
	if (base)
		return strlen(base) == b && memcmp(n, base, b) == 0;
	for (size_t k = 0; k < sizeof ext / sizeof *ext; k++) {
		size_t e = strlen(ext[k]);
		if (b > e && memcmp(mark - e, ext[k], e) == 0)
			return 1;
	}
	return 0;
}

/* Whether sb is a file of this user's that an older runlog may have left
 * and that has been dead long enough (OUTFILE_OLD_TEMP_AGE). */
static int old_temp_dead(const struct stat *sb)
{
	return S_ISREG(sb->st_mode) && sb->st_uid == geteuid() &&
	       sb->st_mtime <= time(NULL) - OUTFILE_OLD_TEMP_AGE;
}

int outfile_is_old_temp(int dirfd, const char *name)
{
	struct stat sb;
	return is_old_temp_name(name, NULL) &&
	       fstatat(dirfd, name, &sb, AT_SYMLINK_NOFOLLOW) == 0 && old_temp_dead(&sb);
}

/* The entries of folder fd, read through a descriptor of their own (one
 * that shares fd's offset would start where the last reading ended).
 * Returns NULL with errno set. */
DIR *outfile_read_folder(int fd)
{
	int own = openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = own >= 0 ? fdopendir(own) : NULL;
	if (!d && own >= 0) {
		int e = errno;
		close(own);
		errno = e;
	}
	return d;
}

/* Unlink every entry of folder fd but its subfolders. */
void outfile_empty_folder(int fd)
{
	DIR *d = outfile_read_folder(fd);
	struct dirent *e;
	if (!d)
		return;
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			unlinkat(fd, e->d_name, 0);
	closedir(d);
}

/* Remove name in dirfd when it is a file or folder of this user that no
 * live run holds locked; when old, an older runlog's file only, and only
 * once dead (old_temp_dead). */
static void remove_stale(int dirfd, const char *name, int old)
{
	struct stat sb;
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return;
	if (fstat(fd, &sb) == 0 && sb.st_uid == geteuid() && (!old || old_temp_dead(&sb)) &&
	    flock(fd, LOCK_EX | LOCK_NB) == 0) {
		if (S_ISDIR(sb.st_mode)) {
			outfile_empty_folder(fd);
			unlinkat(dirfd, name, AT_REMOVEDIR);
		} else if (S_ISREG(sb.st_mode)) {
			unlinkat(dirfd, name, 0);
		}
	}
	close(fd);
}

void outfile_clean_stale(int dirfd, const char *base)
{
	DIR *d = outfile_read_folder(dirfd);
	struct dirent *e;
	if (!d)
		return;
	while ((e = readdir(d)) != NULL)
		if (outfile_is_temp_name(e->d_name, base))
			remove_stale(dirfd, e->d_name, 0);
		else if (is_old_temp_name(e->d_name, base))
			remove_stale(dirfd, e->d_name, 1);
	closedir(d);
}
