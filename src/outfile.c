#include "runlog/outfile.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Signal-handler state, and the only mutable file-scope variable runlog
 * keeps: a handler has no caller to be given a struct. These are the
 * temporary files in flight, for on_signal to unlink; volatile, so that a
 * store to a slot is never kept in a register or dropped. A slot is filled
 * once the file exists and emptied before its name is freed, so the
 * handler never sees a freed name. */
#define MAX_LIVE 64
static char *volatile live[MAX_LIVE];

static void track(char *tmp)
{
	for (size_t i = 0; i < MAX_LIVE; i++)
		if (!live[i]) {
			live[i] = tmp;
			return;
		}
}

static void untrack(const char *tmp)
{
	for (size_t i = 0; tmp && i < MAX_LIVE; i++)
		if (live[i] == tmp)
			live[i] = NULL;
}

static void on_signal(int sig)
{
	for (size_t i = 0; i < MAX_LIVE; i++)
		if (live[i])
			unlink(live[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

static const int fatal_signals[] = {SIGINT, SIGTERM, SIGHUP};

/* Hold the fatal signals back (until release), saving the mask in old. */
static void hold(sigset_t *old)
{
	sigset_t set;
	sigemptyset(&set);
	for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
		sigaddset(&set, fatal_signals[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

static void release(const sigset_t *old)
{
	int e = errno;
	sigprocmask(SIG_SETMASK, old, NULL);
	errno = e;
}

void outfile_clean_on_signals(void)
{
	struct sigaction sa = {.sa_handler = on_signal};
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
		sigaddset(&sa.sa_mask, fatal_signals[i]);
	for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) {
		struct sigaction old;
		/* Keep a signal the caller's shell chose to ignore ignored. */
		if (sigaction(fatal_signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(fatal_signals[i], &sa, NULL);
	}
}

int outfile_open(struct outfile *o, const char *path)
{
	size_t len = strlen(path);
	int fd;

	memset(o, 0, sizeof *o);
	o->path = strdup(path);
	o->tmp = malloc(len + 16);
	if (!o->path || !o->tmp) {
		outfile_abort(o);
		errno = ENOMEM;
		return -1;
	}
	memcpy(o->tmp, path, len);
	memcpy(o->tmp + len, ".tmp.XXXXXX", 12);
	/* No signal between creating the file and recording its name. */
	sigset_t old;
	hold(&old);
	fd = mkstemp(o->tmp);
	if (fd >= 0)
		track(o->tmp);
	release(&old);
	if (fd < 0) {
		int e = errno;
		free(o->tmp);
		o->tmp = NULL;
		outfile_abort(o);
		errno = e;
		return -1;
	}
	fchmod(fd, 0644);
	o->fp = fdopen(fd, "wb");
	if (!o->fp) {
		int e = errno;
		close(fd);
		outfile_abort(o);
		errno = e;
		return -1;
	}
	return 0;
}

int outfile_finish(struct outfile *o)
{
	int e = 0;
	if (!o->fp)
		return 0;
	if (fflush(o->fp) != 0 || ferror(o->fp))
		e = errno ? errno : EIO;
	else if (fsync(fileno(o->fp)) != 0 && errno != EINVAL)
		e = errno;
	if (fclose(o->fp) != 0 && !e)
		e = errno ? errno : EIO;
	o->fp = NULL;
	if (e) {
		errno = e;
		return -1;
	}
	return 0;
}

int outfile_publish(struct outfile *o)
{
	if (rename(o->tmp, o->path) != 0)
		return -1;
	untrack(o->tmp);
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
	if (o->fp)
		fclose(o->fp);
	if (o->tmp)
		unlink(o->tmp);
	untrack(o->tmp);
	free(o->tmp);
	free(o->path);
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
	hold(&old);
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = outfile_publish(&o[i]);
	release(&old);
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
