#define _DEFAULT_SOURCE /* flock, fchmodat */
#include "runlog/outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "outfile_live.h"

/* Signal-handler state, and the only mutable file-scope variable runlog
 * keeps: a handler has no caller to be given a struct. These are the
 * temporary files and folders in flight, for on_signal to remove; volatile,
 * so that a store to a slot is never kept in a register or dropped. A slot
 * is filled (its name last) with the fatal signals held, once the entry
 * exists, and emptied before its name is freed, so the handler never sees a
 * freed name. */
#define MAX_LIVE 64
static volatile struct live_slot {
	int dirfd;
	int dir;
	const char *name;
} live[MAX_LIVE];

void outfile_track(int dirfd, const char *name, int dir)
{
	sigset_t old;
	outfile_hold(&old);
	for (size_t i = 0; i < MAX_LIVE; i++)
		if (!live[i].name) {
			live[i].dirfd = dirfd;
			live[i].dir = dir;
			live[i].name = name;
			break;
		}
	outfile_release(&old);
}

void outfile_untrack(const char *name)
{
	sigset_t old;
	outfile_hold(&old);
	for (size_t i = 0; name && i < MAX_LIVE; i++)
		if (live[i].name == name)
			live[i].name = NULL;
	outfile_release(&old);
}

static void on_signal(int sig)
{
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < MAX_LIVE; i++)
			if (live[i].name && live[i].dir == pass)
				unlinkat(live[i].dirfd, live[i].name, pass ? AT_REMOVEDIR : 0);
	signal(sig, SIG_DFL);
	raise(sig);
}

static const int fatal_signals[] = {SIGINT, SIGTERM, SIGHUP};
#define N_FATAL (sizeof fatal_signals / sizeof *fatal_signals)

void outfile_hold(sigset_t *old)
{
	sigset_t set;
	sigemptyset(&set);
	for (size_t i = 0; i < N_FATAL; i++)
		sigaddset(&set, fatal_signals[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

void outfile_release(const sigset_t *old)
{
	int e = errno;
	sigprocmask(SIG_SETMASK, old, NULL);
	errno = e;
}

void outfile_clean_on_signals(void)
{
	struct sigaction sa = {.sa_handler = on_signal};
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < N_FATAL; i++)
		sigaddset(&sa.sa_mask, fatal_signals[i]);
	for (size_t i = 0; i < N_FATAL; i++) {
		struct sigaction old;
		/* Keep a signal the caller's shell chose to ignore ignored. */
		if (sigaction(fatal_signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(fatal_signals[i], &sa, NULL);
	}
	/* Over a file-size limit (ulimit -f), a write fails with EFBIG and
	 * runlog reports it and removes its temporary files, instead of dying
	 * of SIGXFSZ with a truncated one left behind. */
	signal(SIGXFSZ, SIG_IGN);
}

/* OUTFILE_TEMP_RANDOM letters or digits, different on every call. */
static void random_suffix(char *out, unsigned attempt)
{
	static const char digits[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	uint64_t r = 0;
	struct timespec ts;
	if (getrandom(&r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r) {
		clock_gettime(CLOCK_REALTIME, &ts);
		r = (uint64_t)ts.tv_nsec * 2654435761u ^ (uint64_t)getpid() << 20 ^ attempt;
	}
	for (int i = 0; i < OUTFILE_TEMP_RANDOM; i++, r /= 62)
		out[i] = digits[r % 62];
	out[OUTFILE_TEMP_RANDOM] = '\0';
}

/* Create name in dirfd as a file or a folder; returns its descriptor. */
static int create_entry(int dirfd, const char *name, int dir)
{
	if (!dir)
		return openat(dirfd, name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (mkdirat(dirfd, name, 0777) != 0)
		return -1;
	int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		int e = errno;
		unlinkat(dirfd, name, AT_REMOVEDIR);
		errno = e;
	}
	return fd;
}

int outfile_mktemp(int dirfd, const char *base, char *name, size_t cap, int dir)
{
	size_t n = strlen(base) > OUTFILE_TEMP_BASE_MAX ? OUTFILE_TEMP_BASE_MAX : strlen(base);
	char rnd[OUTFILE_TEMP_RANDOM + 1];
	int fd = -1;
	for (unsigned attempt = 0; fd < 0 && attempt < 100; attempt++) {
		random_suffix(rnd, attempt);
		snprintf(name, cap, ".%.*s" OUTFILE_TEMP_MARK "%s", (int)n, base, rnd);
		/* No signal between creating the entry and recording its name. */
		sigset_t old;
		outfile_hold(&old);
		fd = create_entry(dirfd, name, dir);
		if (fd >= 0)
			outfile_track(dirfd, name, dir);
		outfile_release(&old);
		if (fd < 0 && errno != EEXIST)
			return -1;
	}
	if (fd >= 0)
		flock(fd, LOCK_EX | LOCK_NB);
	return fd;
}

int outfile_mode_of(int dirfd, const char *name)
{
	struct stat sb;
	if (fstatat(dirfd, name, &sb, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(sb.st_mode))
		return -1;
	return (int)(sb.st_mode & 07777);
}

int outfile_check_target(int dirfd, const char *name)
{
	struct stat sb;
	if (fstatat(dirfd, name, &sb, AT_SYMLINK_NOFOLLOW) != 0)
		return errno == ENOENT ? 0 : -1;
	if (S_ISREG(sb.st_mode) || S_ISLNK(sb.st_mode) || S_ISDIR(sb.st_mode))
		return 0; /* a folder fails the rename, as it always has */
	errno = EEXIST;
	return -1;
}

int outfile_open_parent(const char *path, const char **base)
{
	const char *slash = strrchr(path, '/');
	if (!slash) {
		*base = path;
		return open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	}
	*base = slash + 1;
	char *dir = strndup(path, slash == path ? 1 : (size_t)(slash - path));
	if (!dir)
		return -1;
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(dir);
	return fd;
}

int outfile_open(struct outfile *o, const char *path)
{
	const char *base;
	memset(o, 0, sizeof *o);
	o->dirfd = -1;
	o->path = strdup(path);
	o->tmp = calloc(1, OUTFILE_TEMP_NAME); /* "" until outfile_mktemp names it */
	if (!o->path || !o->tmp) {
		outfile_abort(o);
		errno = ENOMEM;
		return -1;
	}
	if (!*path || path[strlen(path) - 1] == '/' || (o->dirfd = outfile_open_parent(o->path, &base)) < 0) {
		int e = *path && path[strlen(path) - 1] != '/' ? errno : EISDIR;
		outfile_abort(o);
		errno = e;
		return -1;
	}
	o->base = base;
	if (outfile_check_target(o->dirfd, base) != 0) {
		int e = errno;
		outfile_abort(o);
		errno = e;
		return -1;
	}
	outfile_clean_stale(o->dirfd, base);
	int fd = outfile_mktemp(o->dirfd, base, o->tmp, OUTFILE_TEMP_NAME, 0);
	if (fd < 0) {
		int e = errno;
		free(o->tmp);
		o->tmp = NULL;
		outfile_abort(o);
		errno = e;
		return -1;
	}
	/* A file replaced keeps its permissions; a new one has the umask's. */
	int mode = outfile_mode_of(o->dirfd, base);
	if (mode >= 0)
		fchmod(fd, (mode_t)mode);
	if (!(o->fp = fdopen(fd, "wb"))) {
		int e = errno;
		close(fd);
		outfile_abort(o);
		errno = e;
		return -1;
	}
	return 0;
}

int outfile_close_stream(FILE *fp)
{
	int e = 0;
	if (fflush(fp) != 0 || ferror(fp))
		e = errno ? errno : EIO;
	else if (fsync(fileno(fp)) != 0 && errno != EINVAL)
		e = errno;
	if (fclose(fp) != 0 && !e)
		e = errno ? errno : EIO;
	errno = e;
	return e ? -1 : 0;
}

int outfile_finish(struct outfile *o)
{
	if (!o->fp)
		return 0;
	FILE *fp = o->fp;
	o->fp = NULL;
	return outfile_close_stream(fp);
}

int outfile_publish(struct outfile *o)
{
	if (renameat(o->dirfd, o->tmp, o->dirfd, o->base) != 0)
		return -1;
	outfile_untrack(o->tmp);
	free(o->tmp);
	o->tmp = NULL;
	outfile_abort(o);
	return 0;
}

int outfile_commit(struct outfile *o)
{
	if (outfile_finish(o) || outfile_publish(o)) {
		int e = errno;
		outfile_abort(o);
		errno = e;
		return -1;
	}
	return 0;
}

void outfile_abort(struct outfile *o)
{
	/* A zeroed o has no path, and its dirfd 0 is not its own. */
	int own = o->path && o->dirfd >= 0;
	if (o->fp)
		fclose(o->fp);
	if (o->tmp && *o->tmp && own)
		unlinkat(o->dirfd, o->tmp, 0);
	outfile_untrack(o->tmp);
	free(o->tmp);
	free(o->path);
	if (own)
		close(o->dirfd);
	memset(o, 0, sizeof *o);
}

int outfile_write(struct outfile *o, const char *path, const void *data, size_t len)
{
	if (outfile_open(o, path) != 0)
		return -1;
	if ((len && fwrite(data, 1, len, o->fp) != len) || outfile_finish(o) != 0) {
		int e = errno ? errno : EIO;
		outfile_abort(o);
		errno = e;
		return -1;
	}
	return 0;
}

int outfile_publish_all(struct outfile *o, size_t n)
{
	sigset_t old;
	int rc = 0;
	outfile_hold(&old);
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = outfile_publish(&o[i]);
	outfile_release(&old);
	return rc;
}

int outfile_mkdirs(const char *dir)
{
	char *p;
	struct stat sb;
	if (*dir == '\0') {
		errno = ENOENT;
		return -1;
	}
	p = strdup(dir);
	if (!p)
		return -1;
	for (char *s = p + 1;; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, 0755) != 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = c;
		if (c == '\0')
			break;
	}
	free(p);
	if (stat(dir, &sb) != 0)
		return -1;
	if (!S_ISDIR(sb.st_mode)) {
		errno = ENOTDIR;
		return -1;
	}
	return 0;
}

int outfile_same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	int got_b = strcmp(b, "-") == 0 ? fstat(STDIN_FILENO, &sb) : stat(b, &sb);
	return stat(a, &sa) == 0 && got_b == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

int outfile_check_dir(const char *dir)
{
	struct stat sb;
	size_t len = strlen(dir);
	char *p = strdup(*dir ? dir : ".");
	int rc = -1;

	if (!p)
		return -1;
	for (;;) {
		if (stat(p, &sb) == 0) {
			if (!S_ISDIR(sb.st_mode))
				errno = ENOTDIR;
			else if (access(p, W_OK | X_OK) == 0)
				rc = 0;
			break;
		}
		if (errno != ENOENT || strcmp(p, ".") == 0 || strcmp(p, "/") == 0)
			break;
		/* Up one level: drop trailing slashes, then the last name. */
		while (len > 1 && p[len - 1] == '/')
			p[--len] = '\0';
		while (len > 0 && p[len - 1] != '/')
			p[--len] = '\0';
		if (len == 0) {
			strcpy(p, ".");
			len = 1;
		} else if (len > 1) {
			p[--len] = '\0';
		}
	}
	free(p);
	return rc;
}
