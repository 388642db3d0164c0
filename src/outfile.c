#include "runlog/outfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
	fd = mkstemp(o->tmp);
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
	free(o->tmp);
	free(o->path);
	memset(o, 0, sizeof *o);
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
