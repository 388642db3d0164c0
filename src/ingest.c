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

enum ingest_status ingest_stream(FILE *fp, const struct ingest_opts *opts, struct ingest_log *log,
				 struct ingest_error *err)
{
	struct ingest_pass ps = {.first = 1};
	struct reader *r = ingest_reader_new(opts, log, err);

	if (!r)
		return INGEST_ENOMEM;
	struct ingest_source src = {.fp = fp};
	ingest_reader_read(r, &src, &ps, ULLONG_MAX);
	ingest_reader_end(r, ps.any);
	ingest_reader_finish(r);
	enum ingest_status st = ingest_reader_status(r);
	ingest_reader_free(r);
	return st;
}

enum ingest_status ingest_read(const char *path, const struct ingest_opts *opts, struct ingest_log *log,
			       struct ingest_error *err)
{
	FILE *fp;
	enum ingest_status st;

	if (strcmp(path, "-") == 0)
		return ingest_stream(stdin, opts, log, err);
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
	unsigned char magic[8];
	ssize_t got = S_ISREG(sb.st_mode) ? pread(fileno(fp), magic, sizeof magic, 0) : 0;
	struct ingest_source src = {.fd = fileno(fp)};
	int threads = ingest_threads(opts->threads);
	if (got > 0 && ingest_zip_magic(magic, (size_t)got))
		st = ingest_zip_read(fileno(fp), path, opts, log, err);
	else if (got > 0 && ingest_apple_magic(magic, (size_t)got))
		st = ingest_apple_read(&src, opts, log, err);
	else if (S_ISREG(sb.st_mode) && ingest_split_wanted((unsigned long long)sb.st_size, threads))
		st = ingest_read_split(fp, (unsigned long long)sb.st_size, threads, opts, log, err);
	else
		st = ingest_stream(fp, opts, log, err);
	fclose(fp);
	return st;
}
