/* outfile.h - write a file, or a set of files, whole or not at all.
 *
 * Output goes to a temporary file beside the target and is renamed over it
 * only when everything was written, so a reader never sees half a file and
 * a failed run leaves the old file (or none) in place. A run killed by a
 * signal removes its temporary files (outfile_clean_on_signals); what a
 * killed run leaves (SIGKILL) the next run removes (outfile_clean_stale).
 *
 * Every temporary name runlog makes is hidden and marked as runlog's:
 * ".NAME.runlog-XXXXXX" beside NAME. New files get mode 0666 less the
 * umask; a file replaced keeps its mode.
 */
#ifndef RUNLOG_OUTFILE_H
#define RUNLOG_OUTFILE_H

#include <stddef.h>
#include <stdio.h>

/* What marks a temporary name as runlog's, and room for one. */
#define OUTFILE_TEMP_MARK ".runlog-"
#define OUTFILE_TEMP_NAME 96

/* Seconds an older runlog's temporary file ("NAME.tmp.XXXXXX", no lock
 * held) must stand unchanged before outfile_clean_stale takes it as dead. */
#define OUTFILE_OLD_TEMP_AGE (15 * 60)

struct outfile {
	FILE *fp;          /* write here */
	char *path;        /* the target */
	char *tmp;         /* the temporary file's name, in dirfd */
	const char *base;  /* the target's name, in dirfd (inside path) */
	int dirfd;         /* the target's folder */
};

/* Create the temporary file for path (its folder reached as given), after
 * removing the temporary files of path that dead runs left. Returns 0, or
 * -1 with errno set. */
int outfile_open(struct outfile *o, const char *path);

/* The folder of path, opened as the user gave it ("." when path has no
 * slash), and *base set to path's last name (inside path). Returns the
 * folder's descriptor (the caller closes it), or -1 with errno set. */
int outfile_open_parent(const char *path, const char **base);

/* Whether name in dirfd may be replaced by a rename: it is missing, a
 * file or a symlink. Returns 0, or -1 with errno set: EEXIST for a device,
 * a pipe or a socket, whose place a rename would give to a file (as root,
 * /dev/null's). */
int outfile_check_target(int dirfd, const char *name);

/* Flush, sync and close the temporary file and rename it to the target.
 * Returns 0, or -1 with errno set (the temporary file is then removed). */
int outfile_commit(struct outfile *o);

/* Remove the temporary file and release o. Safe on a committed or zeroed o. */
void outfile_abort(struct outfile *o);

/* Close and check the temporary file without renaming it yet: the first
 * half of outfile_commit, for writing several files all or nothing.
 * Returns 0, or -1 with errno set. */
int outfile_finish(struct outfile *o);

/* Rename a finished file into place. Returns 0, or -1 with errno set. */
int outfile_publish(struct outfile *o);

/* Write len bytes of data to a temporary file for path and finish it,
 * ready for outfile_publish_all. Returns 0, or -1 with errno set (o is
 * then released). */
int outfile_write(struct outfile *o, const char *path, const void *data, size_t len);

/* Rename n finished files into place with SIGINT, SIGTERM and SIGHUP held
 * back, so a signal cannot leave half of a set renamed. Stops at the first
 * failure. Returns 0, or -1 with errno set. */
int outfile_publish_all(struct outfile *o, size_t n);

/* On SIGINT, SIGTERM or SIGHUP, remove every temporary file still open,
 * then die of the signal as usual. Call once, early in main. */
void outfile_clean_on_signals(void);

/* 1 when a and b name the same existing file (hard links and symlinks
 * included), else 0. b may be "-": the file on standard input. */
int outfile_same_file(const char *a, const char *b);

/* Flush, sync and close fp, checking each step. Returns 0, or -1 with
 * errno set; fp is closed either way. */
int outfile_close_stream(FILE *fp);

/* Whether files could be created in dir, without creating anything: dir,
 * or its nearest existing parent when dir is missing, must be a writable
 * folder. Returns 0, or -1 with errno set (ENOTDIR, EACCES, EROFS...). */
int outfile_check_dir(const char *dir);

/* Create dir and its missing parents, like mkdir -p. Returns 0 or -1. */
int outfile_mkdirs(const char *dir);

/* Create dir (as given, with its missing parents) and lock it with flock,
 * waiting while another run holds it. Returns the locked folder's
 * descriptor (the caller closes it, which unlocks), or -1 with errno set. */
int outfile_lock_dir(const char *dir);

/* The folder name in dirfd, created when missing, opened without following
 * a symlink. Returns its descriptor, or -1 with errno set: ELOOP when name
 * is a symlink, ENOTDIR when it is some other thing. */
int outfile_subdir(int dirfd, const char *name);

/* Remove what dead runs left in dirfd: entries named ".X.runlog-XXXXXX"
 * (X being base, or any name when base is NULL), owned by this user, that
 * no live run holds (see outfile_mktemp); a folder with the files in it.
 * Also the files older runlogs left, "X.tmp.XXXXXX" (X being base, or when
 * base is NULL a name ending in .csv, .png, .svg, .md, .html or .json),
 * owned by this user and unchanged for OUTFILE_OLD_TEMP_AGE. */
void outfile_clean_stale(int dirfd, const char *base);

/* A set of files published together, all or nothing. The files are
 * written into a fresh hidden staging folder, then:
 *  - OUTFILE_SET_FILES: renamed one by one into a folder that may hold other
 *    files. Everything that can fail is done first (each target must be
 *    missing, a file or a symlink, and the old one is kept as a hard link in
 *    the staging folder); should a rename still fail, the files already
 *    renamed are put back. The fatal signals are held back meanwhile.
 *  - OUTFILE_SET_FOLDER: the staging folder becomes the folder name in one
 *    rename (an exchange with the old folder, which is then removed); files
 *    in the old folder that are not in the set are kept (hard links).
 * Neither writes through a symlink: a symlink at the folder is an error. */
enum outfile_set_kind { OUTFILE_SET_FILES, OUTFILE_SET_FOLDER };

#define OUTFILE_SET_MAX 8

struct outfile_set {
	enum outfile_set_kind kind;
	int dirfd;                      /* the folder published into (not owned) */
	int stage;                      /* the staging folder, or -1 */
	const char *dir;                /* dirfd's path, for messages */
	const char *name;               /* OUTFILE_SET_FOLDER: the folder in dirfd */
	char stage_name[OUTFILE_TEMP_NAME];
	char *files[OUTFILE_SET_MAX];   /* the names written so far */
	size_t n;
	char where[4096 + 512];         /* after a failure: the path it concerns */
};

/* Start a set in dirfd (path dir, for messages): for OUTFILE_SET_FOLDER the
 * folder name (which must not be a symlink or a file), else NULL. Removes
 * what dead runs left in dirfd first. Returns 0, or -1 with errno and
 * where set. */
int outfile_set_open(struct outfile_set *s, enum outfile_set_kind kind, int dirfd, const char *dir,
		     const char *name);

/* A new file name in the set, to stream into; close it with
 * outfile_set_close. Returns the stream, or NULL with errno and where set. */
FILE *outfile_set_add(struct outfile_set *s, const char *name);

/* Flush, sync and close a stream of the set. Returns 0, or -1 with errno
 * and where set. */
int outfile_set_close(struct outfile_set *s, FILE *fp);

/* Add a file name holding len bytes of data. Returns 0, or -1 with errno
 * and where set. */
int outfile_set_write(struct outfile_set *s, const char *name, const void *data, size_t len);

/* Make the set visible, as its kind says. Returns 0, or -1 with errno and
 * where set, and then every file in dirfd is as it was before. */
int outfile_set_publish(struct outfile_set *s);

/* Remove the staging folder and release s. Safe after publish, and on a
 * set whose open failed. */
void outfile_set_free(struct outfile_set *s);

#endif
