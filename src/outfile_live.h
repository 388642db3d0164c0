/* outfile_live.h - what outfile.c and outfile_set.c share: the temporary
 * names in flight, which a fatal signal removes, and how they are made. */
#ifndef RUNLOG_OUTFILE_LIVE_H
#define RUNLOG_OUTFILE_LIVE_H

#include <dirent.h>
#include <signal.h>
#include <sys/types.h>

/* How much of a name a temporary name keeps, and its random letters. */
#define OUTFILE_TEMP_BASE_MAX 64
#define OUTFILE_TEMP_RANDOM 6

/* Hold SIGINT, SIGTERM and SIGHUP back (until outfile_release), saving the
 * mask in old. */
void outfile_hold(sigset_t *old);
void outfile_release(const sigset_t *old);

/* Record name in folder dirfd (a folder when dir) for the signal handler to
 * remove, or forget it; name must stay valid until forgotten. A signal
 * removes every file before any folder. */
void outfile_track(int dirfd, const char *name, int dir);
void outfile_untrack(const char *name);

/* Create a fresh hidden name beside base in dirfd, ".BASE.runlog-XXXXXX"
 * (base cut to OUTFILE_TEMP_BASE_MAX bytes), written to name (cap at least 96): a file open
 * for writing with mode 0666 less the umask, or, when dir, a folder (0777
 * less the umask) open for reading. The new entry is tracked and flock()ed,
 * which tells a later run that it is live. Returns the descriptor, or -1
 * with errno set. */
int outfile_mktemp(int dirfd, const char *base, char *name, size_t cap, int dir);

/* The permission bits of the regular file name in dirfd, or -1 when there
 * is none (no file, or a symlink, folder or other thing). */
int outfile_mode_of(int dirfd, const char *name);

/* Whether n is ".X.runlog-XXXXXX", X being base (cut as outfile_mktemp
 * cuts it) or, when base is NULL, any name. */
int outfile_is_temp_name(const char *n, const char *base);

/* Whether name in dirfd is a temporary file an older runlog left (see
 * outfile_clean_stale) and that is dead: a file of this user's, unchanged
 * for some minutes. */
int outfile_is_old_temp(int dirfd, const char *name);

/* The entries of folder fd, read through a descriptor of their own (one
 * that shares fd's offset would start where the last reading ended); the
 * caller closedir()s. Returns NULL with errno set. */
DIR *outfile_read_folder(int fd);

/* Unlink every entry of folder fd but its subfolders. */
void outfile_empty_folder(int fd);

#endif
