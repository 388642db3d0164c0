/* Sets of files published together, and folders opened without following
 * symlinks. */
#define _GNU_SOURCE /* renameat2, flock */
#include "runlog/outfile.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "outfile_live.h"

/* Keep errno across a cleanup call. */
#define KEEP_ERRNO(call) do { int e_ = errno; call; errno = e_; } while (0)

int outfile_lock_dir(const char *dir)
{
	if (outfile_mkdirs(dir) != 0)
		return -1;
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0 && flock(fd, LOCK_EX) != 0) {
		KEEP_ERRNO(close(fd));
		return -1;
	}
	return fd;
}

/* After an open with O_NOFOLLOW | O_DIRECTORY failed with ENOTDIR: ELOOP
 * when name is a symlink. */
static void name_symlink(int dirfd, const char *name)
{
	struct stat sb;
	if (errno == ENOTDIR && fstatat(dirfd, name, &sb, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(sb.st_mode))
		errno = ELOOP;
}

int outfile_subdir(int dirfd, const char *name)
{
	if (mkdirat(dirfd, name, 0777) != 0 && errno != EEXIST)
		return -1;
	int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		name_symlink(dirfd, name);
	return fd;
}

/* Point where at the set's folder, or at file in it. */
static void set_where(struct outfile_set *s, const char *file)
{
	const char *sep = file ? "/" : "";
	if (!file)
		file = "";
	if (s->kind == OUTFILE_SET_FOLDER)
		snprintf(s->where, sizeof s->where, "%s/%s%s%s", s->dir, s->name, sep, file);
	else
		snprintf(s->where, sizeof s->where, "%s%s%s", s->dir, sep, file);
}

/* The set's folder must be missing or a folder: never a symlink. */
static int check_folder(struct outfile_set *s)
{
	struct stat sb;
	set_where(s, NULL);
	if (fstatat(s->dirfd, s->name, &sb, AT_SYMLINK_NOFOLLOW) != 0)
		return errno == ENOENT ? 0 : -1;
	if (S_ISDIR(sb.st_mode))
		return 0;
	errno = S_ISLNK(sb.st_mode) ? ELOOP : ENOTDIR;
	return -1;
}

int outfile_set_open(struct outfile_set *s, enum outfile_set_kind kind, int dirfd, const char *dir,
		     const char *name)
{
	*s = (struct outfile_set){.kind = kind, .dirfd = dirfd, .stage = -1, .dir = dir, .name = name};
	outfile_clean_stale(dirfd, NULL);
	if (kind == OUTFILE_SET_FOLDER && check_folder(s) != 0)
		return -1;
	set_where(s, NULL);
	s->stage = outfile_mktemp(dirfd, name ? name : "runlog", s->stage_name, sizeof s->stage_name, 1);
	return s->stage < 0 ? -1 : 0;
}

FILE *outfile_set_add(struct outfile_set *s, const char *name)
{
	char *copy = NULL;
	FILE *fp = NULL;
	sigset_t old;
	set_where(s, name);
	if (s->n == OUTFILE_SET_MAX || !(copy = strdup(name))) {
		free(copy);
		errno = ENOMEM;
		return NULL;
	}
	outfile_hold(&old);
	int fd = openat(s->stage, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (fd >= 0) {
		s->files[s->n++] = copy;
		outfile_track(s->stage, copy, 0);
	}
	outfile_release(&old);
	if (fd < 0)
		KEEP_ERRNO(free(copy));
	else if (!(fp = fdopen(fd, "wb")))
		KEEP_ERRNO(close(fd));
	return fp;
}

int outfile_set_close(struct outfile_set *s, FILE *fp)
{
	(void)s; /* where still names the file added last */
	return outfile_close_stream(fp);
}

int outfile_set_write(struct outfile_set *s, const char *name, const void *data, size_t len)
{
	FILE *fp = outfile_set_add(s, name);
	if (!fp)
		return -1;
	if (len && fwrite(data, 1, len, fp) != len) {
		int e = errno ? errno : EIO;
		fclose(fp);
		errno = e;
		return -1;
	}
	return outfile_set_close(s, fp);
}

/* The name under which the old file is kept in the staging folder. */
static void backup_name(char *out, size_t cap, const char *name)
{
	snprintf(out, cap, "~%s", name);
}

/* Before any rename: the target of file i must be missing, a file or a
 * symlink; an old one is kept as a hard link (which fails on an immutable
 * file too), and a file keeps its mode. had[i] says whether there was one. */
static int prepare_file(struct outfile_set *s, size_t i, int *had)
{
	const char *name = s->files[i];
	char bak[300];
	struct stat sb;
	set_where(s, name);
	*had = 0;
	if (outfile_check_target(s->dirfd, name) != 0)
		return -1;
	if (fstatat(s->dirfd, name, &sb, AT_SYMLINK_NOFOLLOW) != 0)
		return errno == ENOENT ? 0 : -1;
	if (S_ISDIR(sb.st_mode)) {
		errno = EISDIR;
		return -1;
	}
	if (S_ISREG(sb.st_mode) && fchmodat(s->stage, name, sb.st_mode & 07777, 0) != 0)
		return -1;
	backup_name(bak, sizeof bak, name);
	if (linkat(s->dirfd, name, s->stage, bak, 0) != 0)
		return -1;
	*had = 1;
	return 0;
}

/* OUTFILE_SET_FILES: every check first, then the renames, undone should
 * one of them fail. */
static int publish_files(struct outfile_set *s)
{
	int had[OUTFILE_SET_MAX];
	char bak[300];
	size_t done;
	for (size_t i = 0; i < s->n; i++)
		if (prepare_file(s, i, &had[i]) != 0)
			return -1;
	if (fsync(s->stage) != 0 && errno != EINVAL)
		return -1;
	for (done = 0; done < s->n; done++)
		if (renameat(s->stage, s->files[done], s->dirfd, s->files[done]) != 0)
			break;
	if (done == s->n) {
		fsync(s->dirfd);
		return 0;
	}
	int e = errno;
	set_where(s, s->files[done]);
	while (done-- > 0) {
		backup_name(bak, sizeof bak, s->files[done]);
		if (had[done])
			renameat(s->stage, bak, s->dirfd, s->files[done]);
		else
			unlinkat(s->dirfd, s->files[done], 0);
	}
	errno = e;
	return -1;
}

/* File n of the old folder, which the set replaces, gives its mode to the
 * new one, and must be one runlog may replace: a hard link to it, made and
 * removed at once, fails on an immutable or append-only file as a rename
 * over it would not. */
static int replaceable(struct outfile_set *s, int old, const char *n, mode_t mode)
{
	char probe[300];
	backup_name(probe, sizeof probe, n);
	if (fchmodat(s->stage, n, mode & 07777, 0) != 0 || linkat(old, n, s->stage, probe, 0) != 0)
		return -1;
	return unlinkat(s->stage, probe, 0);
}

/* Keep in the staging folder what the old folder holds besides the set and
 * what dead runs left (hard links), and the modes of the old folder and of
 * its files. */
static int carry_over(struct outfile_set *s, int old)
{
	struct stat sb;
	struct dirent *e;
	DIR *d = outfile_read_folder(old);
	int rc = 0;
	if (!d)
		return -1;
	if (fstat(old, &sb) == 0)
		fchmod(s->stage, sb.st_mode & 07777);
	while (rc == 0 && (e = readdir(d)) != NULL) {
		const char *n = e->d_name;
		if (!strcmp(n, ".") || !strcmp(n, "..") || outfile_is_temp_name(n, NULL) ||
		    outfile_is_old_temp(old, n) || fstatat(old, n, &sb, AT_SYMLINK_NOFOLLOW) != 0)
			continue;
		set_where(s, n);
		if (S_ISDIR(sb.st_mode)) {
			errno = EISDIR;
			rc = -1;
		} else if (faccessat(s->stage, n, F_OK, AT_SYMLINK_NOFOLLOW) != 0) {
			rc = linkat(old, n, s->stage, n, 0);
		} else if (S_ISREG(sb.st_mode)) {
			rc = replaceable(s, old, n, sb.st_mode);
		}
	}
	KEEP_ERRNO(closedir(d));
	return rc;
}

/* Where renameat2 cannot exchange or refuse to replace (EINVAL: NFS, some
 * FUSE file systems), two renames: the old folder, if any, moves aside to a
 * fresh hidden name, then the staging folder into its place, and the old
 * one back should that fail. The old folder is whole throughout; a SIGKILL
 * between the two leaves the week's folder missing until the next run. */
static int swap_in_two(struct outfile_set *s, unsigned flags)
{
	char aside[OUTFILE_TEMP_NAME];
	if (flags == RENAME_NOREPLACE)
		return renameat(s->dirfd, s->stage_name, s->dirfd, s->name);
	int fd = outfile_mktemp(s->dirfd, s->name, aside, sizeof aside, 1), rc = -1;
	if (fd < 0)
		return -1;
	close(fd);
	if (renameat(s->dirfd, s->name, s->dirfd, aside) != 0) {
		KEEP_ERRNO(unlinkat(s->dirfd, aside, AT_REMOVEDIR));
	} else if (renameat(s->dirfd, s->stage_name, s->dirfd, s->name) != 0) {
		KEEP_ERRNO(renameat(s->dirfd, aside, s->dirfd, s->name));
	} else {
		/* The old folder is what outfile_set_free removes now. */
		memcpy(s->stage_name, aside, sizeof aside);
		rc = 0;
	}
	outfile_untrack(aside);
	return rc;
}

/* OUTFILE_SET_FOLDER: the staging folder takes the folder's place in one
 * rename; the old folder is left under the staging name, for
 * outfile_set_free. */
static int publish_folder(struct outfile_set *s)
{
	if (check_folder(s) != 0)
		return -1;
	int old = openat(s->dirfd, s->name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (old < 0 && errno != ENOENT) {
		name_symlink(s->dirfd, s->name);
		return -1;
	}
	if (old >= 0 && carry_over(s, old) != 0) {
		KEEP_ERRNO(close(old));
		return -1;
	}
	unsigned flags = old >= 0 ? RENAME_EXCHANGE : RENAME_NOREPLACE;
	if (old >= 0)
		close(old);
	set_where(s, NULL);
	if (fsync(s->stage) != 0 && errno != EINVAL)
		return -1;
	if (renameat2(s->dirfd, s->stage_name, s->dirfd, s->name, flags) != 0 &&
	    (errno != EINVAL || swap_in_two(s, flags) != 0))
		return -1;
	fsync(s->dirfd);
	return 0;
}

/* Remove the staging folder, or what is left under its name. */
static void remove_stage(struct outfile_set *s)
{
	int fd = openat(s->dirfd, s->stage_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd >= 0) {
		outfile_empty_folder(fd);
		unlinkat(s->dirfd, s->stage_name, AT_REMOVEDIR);
		close(fd);
	}
}

int outfile_set_publish(struct outfile_set *s)
{
	sigset_t old;
	outfile_hold(&old);
	int rc = s->kind == OUTFILE_SET_FOLDER ? publish_folder(s) : publish_files(s);
	/* Published, the staging folder's files are the set's: a signal must
	 * not remove them. What is left under the staging name (the backups,
	 * or the old folder) goes before the signals are let through. */
	if (rc == 0) {
		for (size_t i = 0; i < s->n; i++)
			outfile_untrack(s->files[i]);
		outfile_untrack(s->stage_name);
		remove_stage(s);
	}
	outfile_release(&old);
	return rc;
}

void outfile_set_free(struct outfile_set *s)
{
	sigset_t old;
	outfile_hold(&old);
	if (s->stage >= 0) {
		remove_stage(s);
		close(s->stage);
	}
	for (size_t i = 0; i < s->n; i++) {
		outfile_untrack(s->files[i]);
		free(s->files[i]);
	}
	outfile_untrack(s->stage_name);
	outfile_release(&old);
	s->n = 0;
	s->stage = -1;
}
