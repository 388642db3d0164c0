/* outfile.h - write a file whole or not at all.
 *
 * Output goes to a temporary file beside the target and is renamed over it
 * only when everything was written, so a reader never sees half a file and
 * a failed run leaves the old file (or none) in place. A run killed by a
 * signal removes its temporary files (outfile_clean_on_signals).
 */
#ifndef RUNLOG_OUTFILE_H
#define RUNLOG_OUTFILE_H

#include <stdio.h>

struct outfile {
	FILE *fp;     /* write here */
	char *path;   /* the target */
	char *tmp;    /* the temporary file beside it */
};

/* Create the temporary file for path. Returns 0, or -1 with errno set. */
int outfile_open(struct outfile *o, const char *path);

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

/* Whether files could be created in dir, without creating anything: dir,
 * or its nearest existing parent when dir is missing, must be a writable
 * folder. Returns 0, or -1 with errno set (ENOTDIR, EACCES, EROFS...). */
int outfile_check_dir(const char *dir);

/* Create dir and its missing parents, like mkdir -p. Returns 0 or -1. */
int outfile_mkdirs(const char *dir);

#endif
