/* ingest_split: a large file read in two halves at once, one per core.
 *
 * The first reader takes the header and the first half. A second thread
 * reads from the first line start past the middle to the end, with pread
 * on the first reader's descriptor (the file is opened once, so a log
 * renamed over meanwhile is not read half old, half new), keeping its
 * warnings until it is known which line it started on. The halves join only
 * when the first reader ends its half exactly at the end of a record (the
 * middle was not inside a quoted field) and the second half read without a
 * fatal error. Otherwise the first reader reads on over the second half
 * itself. Either way the log, and every message with its line, are those of
 * one reader going through the file.
 */
#define _DEFAULT_SOURCE /* madvise */
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "runlog/halves.h"
#include "ingest_log.h"
#include "ingest_reader.h"
#include "ingest_split.h"

#define SPLIT_MIN (16ull << 20) /* files from 16 MiB on */
#define SPLIT_WINDOW 65536      /* bytes past the middle searched for a line end */
#define JOIN_STEP 8192          /* runs copied between page releases */
#define HEAD_CHUNK 65536        /* read before the second half starts: the header */

int ingest_split_wanted(unsigned long long size)
{
	/* RUNLOG_SPLIT=BYTES sets the size from which files are split (0:
	 * never), for tests on small files and for timing one reader. */
	const char *env = getenv("RUNLOG_SPLIT");
	if (env && *env) {
		char *end;
		unsigned long long min = strtoull(env, &end, 10);
		if (*end == '\0')
			return min && size >= min;
	}
	return size >= SPLIT_MIN && sysconf(_SC_NPROCESSORS_ONLN) >= 2;
}

/* A warning of the second half, on its line counted from the split. */
struct note {
	unsigned long line;
	char *msg;
};

struct notes {
	struct note *v;
	size_t n, cap, bytes;
	int full; /* out of memory, or over NOTES_MAX: the halves do not join */
};

/* The second half's warnings kept at most: past this the first reader
 * reads on (and warns) itself rather than hold a junk file's warnings. */
#define NOTES_MAX (8u << 20)

static void keep_note(void *ctx, unsigned long line, const char *msg)
{
	struct notes *ns = ctx;
	size_t len = strlen(msg) + 1;
	if (ns->full || (ns->full = ns->bytes + len + sizeof *ns->v > NOTES_MAX))
		return;
	if (ns->n == ns->cap) {
		struct note *v = ingest_grow(ns->v, &ns->cap, sizeof *v, 64);
		if (!v) {
			ns->full = 1;
			return;
		}
		ns->v = v;
	}
	char *copy = malloc(len);
	if (!copy) {
		ns->full = 1;
		return;
	}
	memcpy(copy, msg, len);
	ns->bytes += len + sizeof *ns->v;
	ns->v[ns->n++] = (struct note){line, copy};
}

/* The second half and its reader. */
struct half {
	pthread_t thread;
	struct reader *r;
	struct ingest_log log;
	struct ingest_error err;
	struct ingest_opts opts;
	struct ingest_pass ps;
	struct notes notes;
	struct ingest_source src;
	atomic_int stop;
	atomic_ullong bytes;
};

static void *read_half(void *arg)
{
	struct half *h = arg;
	ingest_reader_read(h->r, &h->src, &h->ps, ULLONG_MAX);
	if (!atomic_load(&h->stop))
		ingest_reader_end(h->r, 1);
	return NULL;
}

static void free_half(struct half *h)
{
	for (size_t i = 0; i < h->notes.n; i++)
		free(h->notes.v[i].msg);
	free(h->notes.v);
	ingest_reader_free(h->r);
	ingest_free(&h->log);
	free(h);
}

/* The first line start past the middle of the file, or 0 when there is
 * none near it. */
static unsigned long long find_split(FILE *fp, unsigned long long size)
{
	char buf[SPLIT_WINDOW];
	unsigned long long mid = size / 2;
	ssize_t n = pread(fileno(fp), buf, sizeof buf, (off_t)mid);
	for (ssize_t i = 0; i < n; i++)
		if (buf[i] == '\n')
			return mid + (unsigned long long)i + 1 < size ? mid + (unsigned long long)i + 1 : 0;
	return 0;
}

/* Start a thread reading fd from split to the end with a reader that has
 * the first reader's header. NULL when it cannot start: then there is no
 * split. */
static struct half *start_half(const struct reader *a, const struct ingest_opts *opts,
			       int fd, unsigned long long split, unsigned long long size)
{
	struct half *h = calloc(1, sizeof *h);
	if (!h)
		return NULL;
	h->opts = *opts;
	h->opts.warn = keep_note;
	h->opts.warn_ctx = &h->notes;
	h->opts.progress = NULL;
	ingest_init(&h->log);
	atomic_init(&h->stop, 0);
	atomic_init(&h->bytes, 0);
	h->r = ingest_reader_follow(a, &h->opts, &h->log, &h->err, &h->stop);
	h->ps.shared = &h->bytes;
	size_t guess = (size_t)(size - split) / 50 + 1024;
	h->log.runs = malloc(guess * sizeof *h->log.runs);
	h->log.cap_runs = h->log.runs ? guess : 0;
	h->src = (struct ingest_source){.fd = fd, .off = split};
	if (!h->r || pthread_create(&h->thread, NULL, read_half, h) != 0) {
		free_half(h);
		return NULL;
	}
	return h;
}

/* Give back the whole pages inside [p, p + len) while the block is still
 * allocated: the runs already copied out of the second half's array. */
static void release(void *p, size_t len)
{
	uintptr_t pg = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t lo = ((uintptr_t)p + pg - 1) & ~(pg - 1), hi = ((uintptr_t)p + len) & ~(pg - 1);
	if (hi > lo)
		madvise((void *)lo, hi - lo, MADV_DONTNEED);
}

/* Runs lo..hi of the second half's array, copied into the joined log's
 * with their athletes renumbered. */
struct copy {
	struct ingest_run *dst;
	struct ingest_run *src;
	const uint32_t *map; /* NULL: the same numbers */
	size_t lo, hi;
};

/* A step at a time, handing the copied pages back, so the runs are never
 * held twice; each run written whole (tag-run-whole in ingest.h). */
static void *copy_runs(void *arg)
{
	const struct copy *c = arg;
	for (size_t i = c->lo; i < c->hi; i += JOIN_STEP) {
		size_t k = c->hi - i < JOIN_STEP ? c->hi - i : JOIN_STEP;
		if (!c->map) {
			memcpy(&c->dst[i], &c->src[i], k * sizeof *c->src);
		} else {
			for (size_t j = i; j < i + k; j++)
				c->dst[j] = ingest_run_renumbered(&c->src[j], c->map[c->src[j].athlete]);
		}
		release(&c->src[i], k * sizeof *c->src);
	}
	return NULL;
}

/* Whether the second half can join the first: it read to the end without
 * a fatal error, kept all its warnings, and the two together stay within
 * the athlete limit (else the first reader reads on and stops at the very
 * row one reader would). */
static int joinable(const struct ingest_log *log, const struct half *h)
{
	return !ingest_reader_status(h->r) && !h->notes.full &&
	       log->n_athletes + h->log.n_athletes < INGEST_ATHLETES_MAX;
}

/* Room in log for n more runs. Returns 0, or -1 when out of memory. */
static int reserve_runs(struct ingest_log *log, size_t n)
{
	if (log->n_runs + n <= log->cap_runs)
		return 0;
	struct ingest_run *p = realloc(log->runs, (log->n_runs + n) * sizeof *p);
	if (!p)
		return -1;
	log->runs = p;
	log->cap_runs = log->n_runs + n;
	return 0;
}

/* Append lb's runs to log (room reserved), athletes renumbered by map
 * (NULL: the same), the two halves of the copy at once, at a step's edge. */
static void append_runs(struct ingest_log *log, struct ingest_log *lb, const uint32_t *map)
{
	size_t na = log->n_runs, nb = lb->n_runs;
	size_t mid = nb / 2 / JOIN_STEP * JOIN_STEP;
	struct copy part[2] = {{log->runs + na, lb->runs, map, 0, mid},
			       {log->runs + na, lb->runs, map, mid, nb}};
	halves_run(copy_runs, &part[0], mid, &part[1], nb - mid);
	log->n_runs = na + nb;
}

/* Join the second half to the first reader a, whose log is log, with its
 * lines moved by off and its athletes renumbered; its warnings are given
 * (through a) once the memory for the join is there. On failure a has
 * failed. */
static void join(struct reader *a, struct ingest_log *log, struct half *h, unsigned long off)
{
	uint32_t *map;
	int rising;

	if (ingest_reader_map_athletes(a, &h->log, &map, &rising))
		return;
	if (reserve_runs(log, h->log.n_runs)) {
		free(map);
		ingest_reader_fail(a, INGEST_ENOMEM, 0, "out of memory");
		return;
	}
	for (size_t i = 0; i < h->notes.n; i++)
		ingest_reader_warn(a, h->notes.v[i].line + off, h->notes.v[i].msg);
	append_runs(log, &h->log, map);
	ingest_reader_join(a, h->r, map, rising, off);
	free(map);
}

enum ingest_status ingest_read_split(FILE *fp, unsigned long long size,
				     const struct ingest_opts *opts, struct ingest_log *log,
				     struct ingest_error *err)
{
	struct ingest_pass ps = {.first = 1};
	struct ingest_source src = {.fp = fp};
	struct half *h = NULL;
	int joined = 0;
	struct reader *a = ingest_reader_new(opts, log, err);

	if (!a)
		return INGEST_ENOMEM;
	/* The header comes with the first chunk (at most the first half); then
	 * the second half starts. */
	unsigned long long split = find_split(fp, size);
	ingest_reader_read(a, &src, &ps, split && split < HEAD_CHUNK ? split : HEAD_CHUNK);
	if (!ingest_reader_status(a) && ingest_reader_has_header(a) && !ingest_reader_utf16(a) &&
	    split >= ps.total && (h = start_half(a, opts, fileno(fp), split, size)) != NULL)
		ps.peer = &h->bytes;
	ingest_reader_read(a, &src, &ps, h ? split : ULLONG_MAX);
	if (h) {
		/* The halves meet at a record boundary, or the split is void. */
		int boundary = !ingest_reader_status(a) && ps.total == split && ingest_reader_between(a) &&
			       !ps.pending_cr;
		if (!boundary)
			atomic_store(&h->stop, 1);
		pthread_join(h->thread, NULL);
		if (boundary && joinable(log, h)) {
			join(a, log, h, ingest_reader_line(a) - 1);
			joined = 1;
			if (opts->progress)
				opts->progress(opts->progress_ctx, ps.total + atomic_load(&h->bytes));
		} else {
			ps.peer = NULL;
			ingest_reader_read(a, &src, &ps, ULLONG_MAX);
		}
		free_half(h);
	}
	if (!joined)
		ingest_reader_end(a, ps.any);
	ingest_reader_finish(a);
	enum ingest_status st = ingest_reader_status(a);
	ingest_reader_free(a);
	return st;
}
