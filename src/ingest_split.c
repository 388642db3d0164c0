/* ingest_split: a large file read in chunks on N threads.
 *
 * The file is cut at line starts into chunks, more of them than threads.
 * The main reader takes the header and the first chunk; the other chunks
 * are taken in turn from a queue by the worker threads (and by the main
 * thread while it waits), each parsed by a reader of its own with the main
 * reader's header, read with pread on the main reader's descriptor (the
 * file is opened once, so a log renamed over meanwhile is not read half old,
 * half new). A chunk keeps its warnings until it is known which line it
 * started on.
 *
 * The main reader then joins the chunks in file order. A chunk joins when
 * the main reader stands exactly between two records at its start (the cut
 * was not inside a quoted field: only the main reader, which has read
 * everything before, knows), and the chunk read to its end without a fatal
 * error and ended between two records. Otherwise the main reader reads the
 * chunk's bytes itself. Either way the log, and every message with its
 * line, are those of one reader going through the file.
 *
 * At most CHUNKS_AHEAD chunks a thread are parsed and not yet joined, so the
 * memory held beyond the log is that of the chunks in flight.
 */
#define _DEFAULT_SOURCE /* madvise */
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ingest_log.h"
#include "ingest_reader.h"
#include "ingest_split.h"

#define CHUNK_MIN (1ull << 20) /* a chunk's bytes: file / (threads * 4), within these */
#define CHUNK_MAX (8ull << 20)
#define CHUNKS_AHEAD 2        /* chunks a thread parsed and not yet joined, at most */
#define CUT_WINDOW 65536      /* bytes past a cut searched for a line end */
#define JOIN_STEP 8192        /* runs copied between page releases */
#define HEAD_CHUNK 65536      /* read before the workers start: the header */

int ingest_threads(int asked)
{
	long n = asked > 0 ? asked : sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1)
		n = 1;
	return n > INGEST_THREADS_MAX ? INGEST_THREADS_MAX : (int)n;
}

/* The bytes of a chunk of a file of size bytes on threads threads. */
static unsigned long long chunk_bytes(unsigned long long size, int threads)
{
	/* RUNLOG_CHUNK=BYTES sets it, for tests of the joins on small files. */
	const char *env = getenv("RUNLOG_CHUNK");
	if (env && *env) {
		char *end;
		unsigned long long n = strtoull(env, &end, 10);
		if (*end == '\0' && n >= 64)
			return n;
	}
	unsigned long long n = size / ((unsigned long long)threads * 4);
	return n < CHUNK_MIN ? CHUNK_MIN : n > CHUNK_MAX ? CHUNK_MAX : n;
}

int ingest_split_wanted(unsigned long long size, int threads)
{
	return threads >= 2 && size >= 2 * chunk_bytes(size, threads);
}

/* A warning of a chunk, on its line counted from the chunk's start, with
 * the chunk's date cells read by then and those of them no date. */
struct note {
	unsigned long line;
	char *msg;
	size_t dates, bad_dates;
};

struct notes {
	const struct reader *r; /* the chunk's reader */
	struct note *v;
	size_t n, cap, bytes;
	int full; /* out of memory, or over NOTES_MAX: the chunk does not join */
};

/* A chunk's warnings kept at most: past this the main reader reads the
 * chunk (and warns) itself rather than hold a junk file's warnings. */
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
	ns->v[ns->n] = (struct note){line, copy, 0, 0};
	ingest_reader_dates(ns->r, &ns->v[ns->n].dates, &ns->v[ns->n].bad_dates);
	ns->n++;
}

struct pool;

/* A chunk, the bytes lo..hi (the last: lo to the end), and its reader. */
struct chunk {
	struct pool *pool;
	unsigned long long lo, hi, read;
	unsigned long long counted; /* of read, in the pool's parsed */
	int last;
	int whole; /* read to hi and ended between two records (the last: ended) */
	int done;  /* parsed, under the pool's lock */
	struct reader *r;
	struct ingest_log log;
	struct ingest_error err;
	struct ingest_opts opts;
	struct notes notes;
};

/* The chunks and the threads that parse them. */
struct pool {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct chunk *c;
	size_t n, next, joined, ahead; /* next to take; chunks before joined are done with */
	const struct reader *model;    /* the header every chunk's reader starts from */
	const struct ingest_opts *opts;
	int fd;
	atomic_int stop;
	/* Progress: the bytes every chunk's reader parsed, and (the main
	 * thread's alone) the main reader's bytes, of which joined_bytes were
	 * parsed by chunks' readers. Shown by the main thread only. */
	atomic_ullong parsed;
	pthread_t main;
	unsigned long long main_bytes, joined_bytes;
};

/* Show the bytes read so far, by every reader. Main thread only. */
static void show(struct pool *p)
{
	if (p->opts->progress)
		p->opts->progress(p->opts->progress_ctx,
				  p->main_bytes + atomic_load(&p->parsed) - p->joined_bytes);
}

static void main_read(void *ctx, unsigned long long bytes)
{
	struct pool *p = ctx;
	p->main_bytes = bytes;
	show(p);
}

static void chunk_read(void *ctx, unsigned long long bytes)
{
	struct chunk *c = ctx;
	atomic_fetch_add(&c->pool->parsed, bytes - c->counted);
	c->counted = bytes;
	if (pthread_equal(pthread_self(), c->pool->main))
		show(c->pool);
	else if (c->pool->opts->progress)
		pthread_cond_broadcast(&c->pool->cv); /* the main thread shows it (wait_for) */
}

static void free_chunk(struct chunk *c)
{
	for (size_t i = 0; i < c->notes.n; i++)
		free(c->notes.v[i].msg);
	free(c->notes.v);
	c->notes = (struct notes){0};
	ingest_reader_free(c->r);
	c->r = NULL;
	ingest_free(&c->log);
}

static void parse_chunk(struct pool *p, struct chunk *c)
{
	c->opts = *p->opts;
	c->opts.warn = keep_note;
	c->opts.warn_ctx = &c->notes;
	c->pool = p;
	c->opts.progress = chunk_read;
	c->opts.progress_ctx = c;
	ingest_init(&c->log);
	if (!(c->r = ingest_reader_follow(p->model, &c->opts, &c->log, &c->err, &p->stop)))
		return;
	c->notes.r = c->r;
	size_t guess = (size_t)(c->hi - c->lo) / 50 + 1024;
	c->log.runs = malloc(guess * sizeof *c->log.runs);
	c->log.cap_runs = c->log.runs ? guess : 0;
	struct ingest_source src = {.fd = p->fd, .off = c->lo};
	struct ingest_pass ps = {0};
	ingest_reader_read(c->r, &src, &ps, c->last ? ULLONG_MAX : c->hi - c->lo);
	c->read = ps.total;
	if (c->last && !atomic_load(&p->stop))
		ingest_reader_end(c->r, 1);
	c->whole = !ingest_reader_status(c->r) && !atomic_load(&p->stop) &&
		   (c->last || (ps.total == c->hi - c->lo && ingest_reader_between(c->r) && !ps.pending_cr));
}

/* The next chunk to parse, under the lock, or p->n when there is none
 * (wait: block until one may be taken, or there will be none). */
static size_t take(struct pool *p, int wait)
{
	for (;;) {
		if (atomic_load(&p->stop) || p->next == p->n)
			return p->n;
		if (p->next < p->joined + p->ahead)
			return p->next++;
		if (!wait)
			return p->n;
		pthread_cond_wait(&p->cv, &p->mu);
	}
}

/* Parse chunk k outside the lock (held on entry and on return). */
static void parse_locked(struct pool *p, size_t k)
{
	pthread_mutex_unlock(&p->mu);
	parse_chunk(p, &p->c[k]);
	pthread_mutex_lock(&p->mu);
	p->c[k].done = 1;
	pthread_cond_broadcast(&p->cv);
}

static void *worker(void *arg)
{
	struct pool *p = arg;
	pthread_mutex_lock(&p->mu);
	for (size_t k; (k = take(p, 1)) < p->n;)
		parse_locked(p, k);
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/* Wait until chunk k is parsed, parsing others meanwhile, and showing
 * the progress of the others. */
static void wait_for(struct pool *p, size_t k)
{
	pthread_mutex_lock(&p->mu);
	while (!p->c[k].done) {
		size_t j = take(p, 0);
		if (j < p->n) {
			parse_locked(p, j);
		} else {
			pthread_cond_wait(&p->cv, &p->mu);
			show(p);
		}
	}
	pthread_mutex_unlock(&p->mu);
}

/* Chunks before k are done with: more may be taken. */
static void done_with(struct pool *p, size_t k)
{
	pthread_mutex_lock(&p->mu);
	p->joined = k;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

/* The first line start at or after at, or 0 when there is none near it
 * or it is the end of the file. */
static unsigned long long line_start(int fd, unsigned long long at, unsigned long long size)
{
	char buf[CUT_WINDOW];
	ssize_t n = pread(fd, buf, sizeof buf, (off_t)at);
	for (ssize_t i = 0; i < n; i++)
		if (buf[i] == '\n')
			return at + (unsigned long long)i + 1 < size ? at + (unsigned long long)i + 1 : 0;
	return 0;
}

/* Cut the file into chunks of about step bytes at line starts: *n chunks
 * (at least 2), or NULL (no cut found, or out of memory). */
static struct chunk *cut(int fd, unsigned long long size, unsigned long long step, size_t *n)
{
	size_t cap = (size_t)(size / step) + 1, k = 0;
	struct chunk *c = calloc(cap, sizeof *c);
	if (!c)
		return NULL;
	unsigned long long lo = 0;
	for (unsigned long long at = step; at < size && k + 1 < cap; at += step) {
		unsigned long long s = at > lo ? line_start(fd, at, size) : 0;
		if (s > lo) {
			c[k++] = (struct chunk){.lo = lo, .hi = s};
			lo = s;
			at = s;
		}
	}
	if (k == 0) {
		free(c);
		return NULL;
	}
	c[k++] = (struct chunk){.lo = lo, .hi = size, .last = 1};
	*n = k;
	return c;
}

/* Give back the whole pages inside [p, p + len) while the block is still
 * allocated: the runs already copied out of a chunk's array. */
static void release(void *p, size_t len)
{
	uintptr_t pg = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t lo = ((uintptr_t)p + pg - 1) & ~(pg - 1), hi = ((uintptr_t)p + len) & ~(pg - 1);
	if (hi > lo)
		madvise((void *)lo, hi - lo, MADV_DONTNEED);
}

/* Append src's runs to log (room reserved), athletes renumbered by map
 * (NULL: the same), a step at a time, handing the copied pages back, so
 * the runs are never held twice; each run written whole (tag-run-whole in
 * ingest.h). */
static void append_runs(struct ingest_log *log, struct ingest_log *src, const uint32_t *map)
{
	struct ingest_run *dst = log->runs + log->n_runs;
	for (size_t i = 0; i < src->n_runs; i += JOIN_STEP) {
		size_t k = src->n_runs - i < JOIN_STEP ? src->n_runs - i : JOIN_STEP;
		if (!map) {
			memcpy(&dst[i], &src->runs[i], k * sizeof *dst);
		} else {
			for (size_t j = i; j < i + k; j++)
				dst[j] = ingest_run_renumbered(&src->runs[j], map[src->runs[j].athlete]);
		}
		release(&src->runs[i], k * sizeof *dst);
	}
	log->n_runs += src->n_runs;
}

/* Room in log for n more runs. Returns 0, or -1 when out of memory. */
static int reserve_runs(struct ingest_log *log, size_t n)
{
	if (log->n_runs + n <= log->cap_runs)
		return 0;
	size_t cap = log->cap_runs * 2 > log->n_runs + n ? log->cap_runs * 2 : log->n_runs + n;
	struct ingest_run *p = realloc(log->runs, cap * sizeof *p);
	if (!p)
		return -1;
	log->runs = p;
	log->cap_runs = cap;
	return 0;
}

/* Whether chunk c can join the log: it read whole without a fatal error,
 * kept all its warnings, and the two together stay within the athlete
 * limit (else the main reader reads on and stops at the very row one
 * reader would). */
static int joinable(const struct ingest_log *log, const struct chunk *c)
{
	return c->r && c->whole && !c->notes.full &&
	       log->n_athletes + c->log.n_athletes < INGEST_ATHLETES_MAX;
}

/* Join chunk c to the main reader a, whose log is log, with its lines
 * moved by off and its athletes renumbered; its warnings are given
 * (through a) once the memory for the join is there. On failure a has
 * failed. */
static void join(struct reader *a, struct ingest_log *log, struct chunk *c, unsigned long off)
{
	uint32_t *map;
	int rising;

	if (ingest_reader_map_athletes(a, &c->log, &map, &rising))
		return;
	if (reserve_runs(log, c->log.n_runs)) {
		free(map);
		ingest_reader_fail(a, INGEST_ENOMEM, 0, "out of memory");
		return;
	}
	for (size_t i = 0; i < c->notes.n; i++)
		ingest_reader_warn(a, c->notes.v[i].line + off, c->notes.v[i].msg, c->notes.v[i].dates,
				   c->notes.v[i].bad_dates);
	append_runs(log, &c->log, map);
	ingest_reader_join(a, c->r, map, rising, off);
	free(map);
}

/* Start the pool's threads - 1 workers; *started of them start. */
static void start(struct pool *p, pthread_t *t, int threads, int *started)
{
	*started = 0;
	for (int i = 0; i + 1 < threads; i++)
		if (pthread_create(&t[*started], NULL, worker, p) == 0)
			++*started;
}

/* Stop the pool's workers and free every chunk not yet done with. */
static void stop(struct pool *p, pthread_t *t, int started)
{
	atomic_store(&p->stop, 1);
	pthread_mutex_lock(&p->mu);
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	for (int i = 0; i < started; i++)
		pthread_join(t[i], NULL);
	for (size_t k = 0; k < p->n; k++)
		free_chunk(&p->c[k]);
}

/* The main reader a, at the end of the first chunk, through the others in
 * order: each joined, or read by a itself. Returns whether the last was
 * joined (then a has not ended yet, nor needs to). */
static int join_all(struct reader *a, struct pool *p, struct ingest_source *src,
		    struct ingest_pass *ps, struct ingest_log *log)
{
	for (size_t k = 1; k < p->n && !ingest_reader_status(a); k++) {
		struct chunk *c = &p->c[k];
		done_with(p, k);
		wait_for(p, k);
		int edge = ps->total == c->lo && ingest_reader_between(a) && !ps->pending_cr;
		if (edge && joinable(log, c)) {
			join(a, log, c, ingest_reader_line(a) - 1);
			ps->total = src->off = c->lo + c->read;
			p->joined_bytes += c->read;
			main_read(p, ps->total);
			if (c->last)
				return !ingest_reader_status(a);
		} else {
			ingest_reader_read(a, src, ps, c->last ? ULLONG_MAX : c->hi);
		}
		free_chunk(c);
	}
	return 0;
}

/* Whether a, having read the start of the file, may hand the rest to
 * other readers: it has the header, in UTF-8, within the first chunk. */
static int may_split(const struct reader *a, const struct ingest_pass *ps, const struct pool *p)
{
	return !ingest_reader_status(a) && ingest_reader_has_header(a) && !ingest_reader_utf16(a) &&
	       ps->total <= p->c[0].hi;
}

enum ingest_status ingest_read_split(FILE *fp, unsigned long long size, int threads,
				     const struct ingest_opts *opts, struct ingest_log *log,
				     struct ingest_error *err)
{
	struct ingest_pass ps = {.first = 1};
	struct ingest_source src = {.fd = fileno(fp)};
	struct pool p = {.fd = fileno(fp), .opts = opts, .ahead = (size_t)threads * CHUNKS_AHEAD + 1,
			 .joined = 1, .main = pthread_self()};
	struct ingest_opts own = *opts;
	own.progress = main_read;
	own.progress_ctx = &p;
	struct reader *a = ingest_reader_new(&own, log, err), *model = NULL;
	struct ingest_log model_log;
	struct ingest_error model_err;
	pthread_t t[INGEST_THREADS_MAX];
	int started = 0, ended = 0;

	atomic_init(&p.stop, 0);
	atomic_init(&p.parsed, 0);
	if (!a)
		return INGEST_ENOMEM;
	ingest_init(&model_log);
	p.c = cut(p.fd, size, chunk_bytes(size, threads), &p.n);
	p.next = 1;
	ingest_reader_read(a, &src, &ps, p.c && p.c[0].hi < HEAD_CHUNK ? p.c[0].hi : HEAD_CHUNK);
	if (p.c && may_split(a, &ps, &p) &&
	    (model = ingest_reader_follow(a, opts, &model_log, &model_err, NULL)) != NULL) {
		p.model = model;
		pthread_mutex_init(&p.mu, NULL);
		pthread_cond_init(&p.cv, NULL);
		start(&p, t, threads, &started);
		ingest_reader_read(a, &src, &ps, p.c[0].hi);
		ended = join_all(a, &p, &src, &ps, log);
		stop(&p, t, started);
		pthread_cond_destroy(&p.cv);
		pthread_mutex_destroy(&p.mu);
	}
	if (!ended) {
		ingest_reader_read(a, &src, &ps, ULLONG_MAX);
		ingest_reader_end(a, ps.any);
	}
	ingest_reader_finish(a);
	enum ingest_status st = ingest_reader_status(a);
	ingest_reader_free(model);
	ingest_free(&model_log);
	ingest_reader_free(a);
	free(p.c);
	return st;
}
