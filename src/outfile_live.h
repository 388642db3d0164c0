/* outfile_live.h - what outfile.c and outfile_set.c share: the temporary
 * names in flight, which a fatal signal removes, and how they are made. */
#ifndef RUNLOG_OUTFILE_LIVE_H
#define RUNLOG_OUTFILE_LIVE_H

#include <signal.h>
#include <sys/types.h>

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
 * (base cut to 64 bytes), written to name (cap at least 96): a file open
 * for writing with mode 0666 less the umask, or, when dir, a folder (0777
 * less the umask) open for reading. The new entry is tracked and flock()ed,
 * which tells a later run that it is live. Returns the descriptor, or -1
 * with errno set. */
int outfile_mktemp(int dirfd, const char *base, char *name, size_t cap, int dir);

/* The permission bits of the regular file name in dirfd, or -1 when there
 * is none (no file, or a symlink, folder or other thing). */
int outfile_mode_of(int dirfd, const char *name);

#endif
