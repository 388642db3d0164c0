/* outfile.h - write a file whole or not at all.
 *
 * Output goes to a temporary file beside the target and is renamed over it
 * only when everything was written, so a reader never sees half a file and
 * a failed run leaves the old file (or none) in place.
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

/* Create dir and its missing parents, like mkdir -p. Returns 0 or -1. */
int outfile_mkdirs(const char *dir);

#endif
