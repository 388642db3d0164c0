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
#include <unistd.h>

#include "outfile_live.h"

/* Whether n is ".X.runlog-XXXXXX", X being base (cut as outfile_mktemp
 * cuts it) or, when base is NULL, any name. */
int outfile_is_temp_name(const char *n, const char *base)
{
	size_t len = strlen(n), m = strlen(OUTFILE_TEMP_MARK);
	if (n[0] != '.' || len < 2 + m + OUTFILE_TEMP_RANDOM)
		return 0;
	const char *mark = n + len - OUTFILE_TEMP_RANDOM - m;
	if (memcmp(mark, OUTFILE_TEMP_MARK, m) != 0)
		return 0;
	for (const char *p = mark + m; *p; p++)
		if (!isalnum((unsigned char)*p))
			return 0;
	size_t b = base ? strlen(base) : 0;
	b = b > OUTFILE_TEMP_BASE_MAX ? OUTFILE_TEMP_BASE_MAX : b;
	return !base || ((size_t)(mark - n - 1) == b && memcmp(n + 1, base, b) == 0);
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
 * live run holds locked. */
static void remove_stale(int dirfd, const char *name)
{
	struct stat sb;
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return;
	if (fstat(fd, &sb) == 0 && sb.st_uid == geteuid() && flock(fd, LOCK_EX | LOCK_NB) == 0) {
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
			remove_stale(dirfd, e->d_name);
	closedir(d);
}
