/* ingest: a log read from a path or a stream, by one reader or, for a
 * large file, one a thread (ingest_split.c). */
#include "runlog/ingest.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest_reader.h"
#include "ingest_apple.h"
#include "ingest_split.h"
#include "ingest_zip.h"

/* A log (CSV) from src, one reader. */
static enum ingest_status read_csv(struct ingest_source *src, const struct ingest_opts *opts,
				   struct ingest_log *log, struct ingest_error *err)
{
	struct ingest_pass ps = {.first = 1};
	struct reader *r = ingest_reader_new(opts, log, err);

	if (!r)
		return INGEST_ENOMEM;
	ingest_reader_read(r, src, &ps, ULLONG_MAX);
	ingest_reader_end(r, ps.any);
	ingest_reader_finish(r);
	enum ingest_status st = ingest_reader_status(r);
	ingest_reader_free(r);
	return st;
}

enum ingest_status ingest_stream(FILE *fp, const struct ingest_opts *opts, struct ingest_log *log,
				 struct ingest_error *err)
{
	struct ingest_source src = {.fp = fp};
	return read_csv(&src, opts, log, err);
}

/* The first bytes read to tell a zip or an export.xml from a CSV: room
 * for a byte-order mark and some blank lines before "<?xml". */
#define MAGIC_BYTES 64

/* A stream's first bytes, read to tell a zip or an export.xml from a CSV
 * as a file's are, then handed to the reader before the rest. */
struct peek {
	int fd;
	unsigned char head[MAGIC_BYTES];
	size_t n, at;
};

static long peek_get(void *ctx, char *buf, size_t want, int *error)
{
	struct peek *p = ctx;
	if (p->at < p->n) {
		size_t k = p->n - p->at < want ? p->n - p->at : want;
		memcpy(buf, p->head + p->at, k);
		p->at += k;
		return (long)k;
	}
	ssize_t n;
	do
		n = read(p->fd, buf, want);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		*error = errno;
	return (long)n;
}

/* The log on fd, a stream (standard input, a pipe): a zip, an export.xml
 * or a CSV, told by its first bytes. A zip on a descriptor that seeks
 * (standard input from a file) is read as a file is; from a pipe, it is
 * streamed, one local header after another. */
static enum ingest_status read_stream(int fd, const char *path, const struct ingest_opts *opts,
				      struct ingest_log *log, struct ingest_error *err)
{
	struct peek p = {.fd = fd};
	struct ingest_source src = {.fd = fd, .get = peek_get, .get_ctx = &p};
	while (p.n < sizeof p.head) {
		ssize_t k = read(fd, p.head + p.n, sizeof p.head - p.n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			err->line = 0;
			snprintf(err->msg, sizeof err->msg, "read error: %s", strerror(errno));
			return INGEST_EIO;
		}
		if (k == 0)
			break;
		p.n += (size_t)k;
	}
	if (ingest_zip_magic(p.head, p.n)) {
		struct ingest_source whole = {.fd = fd};
		int seeks = lseek(fd, 0, SEEK_CUR) == (off_t)p.n && lseek(fd, 0, SEEK_SET) == 0;
		return ingest_zip_read(seeks ? &whole : &src, path, opts, log, err);
	}
	if (ingest_apple_magic(p.head, p.n))
		return ingest_apple_read(&src, opts, log, err);
	return read_csv(&src, opts, log, err);
}

enum ingest_status ingest_read(const char *path, const struct ingest_opts *opts, struct ingest_log *log,
			       struct ingest_error *err)
{
	FILE *fp;
	enum ingest_status st;

	if (strcmp(path, "-") == 0)
		return read_stream(STDIN_FILENO, path, opts, log, err);
	fp = fopen(path, "rb");
	if (!fp) {
		err->line = 0;
		snprintf(err->msg, sizeof err->msg, "cannot open: %s", strerror(errno));
		return INGEST_ENOINPUT;
	}
	struct stat sb;
	if (fstat(fileno(fp), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		fclose(fp);
		err->line = 0;
		snprintf(err->msg, sizeof err->msg, "cannot read: is a directory");
		return INGEST_ENOINPUT;
	}
	/* Room for the runs at once, from the file's size (about 50 bytes a row),
	 * instead of growing by doubling and copying. */
	if (S_ISREG(sb.st_mode) && sb.st_size > (1 << 20) && !log->runs) {
		size_t guess = (size_t)sb.st_size / 50 + 1024;
		log->runs = malloc(guess * sizeof *log->runs);
		if (log->runs)
			log->cap_runs = guess;
	}
	unsigned char magic[MAGIC_BYTES];
	ssize_t got = S_ISREG(sb.st_mode) ? pread(fileno(fp), magic, sizeof magic, 0) : 0;
	struct ingest_source src = {.fd = fileno(fp)};
	int threads = ingest_threads(opts->threads);
	if (got > 0 && ingest_zip_magic(magic, (size_t)got))
		st = ingest_zip_read(&src, path, opts, log, err);
	else if (got > 0 && ingest_apple_magic(magic, (size_t)got))
		st = ingest_apple_read(&src, opts, log, err);
	else if (S_ISREG(sb.st_mode) && !opts->keep_notes && ingest_split_wanted((unsigned long long)sb.st_size, threads))
		st = ingest_read_split(fp, (unsigned long long)sb.st_size, threads, opts, log, err);
	else if (!S_ISREG(sb.st_mode))
		st = read_stream(fileno(fp), path, opts, log, err);
	else
		st = ingest_stream(fp, opts, log, err);
	fclose(fp);
	return st;
}
