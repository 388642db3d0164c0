/* ingest_split: a large file read in two halves at once, one per core.
 *
 * The first reader takes the header and the first half. A second thread
 * reads from the first line start past the middle to the end, keeping its
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

#include "ingest_reader.h"
#include "runlog/halves.h"

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
	struct reader r;
	struct ingest_log log;
	struct ingest_error err;
	struct ingest_opts opts;
	struct ingest_pass ps;
	struct notes notes;
	FILE *fp;
	atomic_int stop;
	atomic_ullong bytes;
};

static void *read_half(void *arg)
{
	struct half *h = arg;
	ingest_reader_read(&h->r, h->fp, &h->ps, ULLONG_MAX);
	if (!atomic_load(&h->stop))
		ingest_reader_end(&h->r, 1);
	return NULL;
}

static void free_half(struct half *h)
{
	for (size_t i = 0; i < h->notes.n; i++)
		free(h->notes.v[i].msg);
	free(h->notes.v);
	ingest_reader_free(&h->r);
	ingest_free(&h->log);
	if (h->fp)
		fclose(h->fp);
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

/* Start a thread reading from split to the end with a reader that has the
 * first reader's header. NULL when it cannot start: then there is no split. */
static struct half *start_half(struct reader *a, const char *path, unsigned long long split,
			       unsigned long long size)
{
	struct half *h = calloc(1, sizeof *h);
	if (!h)
		return NULL;
	h->opts = *a->opts;
	h->opts.warn = keep_note;
	h->opts.warn_ctx = &h->notes;
	h->opts.progress = NULL;
	ingest_init(&h->log);
	int bad = ingest_reader_init(&h->r, &h->opts, &h->log, &h->err);
	h->r.have_header = 1;
	h->r.owns_header = 0;
	h->r.hdr = a->hdr;
	h->r.n_hdr = a->n_hdr;
	h->r.lay = a->lay;
	h->r.decimal_comma = a->decimal_comma;
	h->r.stop = &h->stop;
	h->ps.shared = &h->bytes;
	atomic_init(&h->stop, 0);
	atomic_init(&h->bytes, 0);
	size_t guess = (size_t)(size - split) / 50 + 1024;
	h->log.runs = malloc(guess * sizeof *h->log.runs);
	h->log.cap_runs = h->log.runs ? guess : 0;
	csv_set_delim(&h->r.csv, csv_get_delim(&a->csv));
	h->fp = fopen(path, "rb");
	if (bad || !h->fp || fseeko(h->fp, (off_t)split, SEEK_SET) != 0 ||
	    pthread_create(&h->thread, NULL, read_half, h) != 0) {
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
 * held twice; each run written whole, in one literal (a record stored a
 * field at a time and read back whole stalls). */
static void *copy_runs(void *arg)
{
	const struct copy *c = arg;
	for (size_t i = c->lo; i < c->hi; i += JOIN_STEP) {
		size_t k = c->hi - i < JOIN_STEP ? c->hi - i : JOIN_STEP;
		if (!c->map) {
			memcpy(&c->dst[i], &c->src[i], k * sizeof *c->src);
		} else {
			for (size_t j = i; j < i + k; j++) {
				struct ingest_run r = c->src[j];
				c->dst[j] = (struct ingest_run){.day = r.day, .hash = r.hash, .pain_m = r.pain_m,
								.athlete = c->map[r.athlete], .km_m = r.km_m,
								.ate_before = r.ate_before, .ate_after = r.ate_after,
								.strength = r.strength};
			}
		}
		release(&c->src[i], k * sizeof *c->src);
	}
	return NULL;
}

/* Whether the second half can join the first: it read to the end without
 * a fatal error, kept all its warnings, and the two together stay within
 * the athlete limit (else the first reader reads on and stops at the very
 * row one reader would). */
static int joinable(const struct reader *a, const struct half *h)
{
	return !h->r.status && !h->notes.full &&
	       a->log->n_athletes + h->log.n_athletes < INGEST_ATHLETES_MAX;
}

/* Append the second half's log to the first reader's, with its lines moved
 * by off and its athletes renumbered; its warnings are given once the
 * memory for the join is there. On failure the first reader has failed. */
static void join(struct reader *a, struct half *h, unsigned long off)
{
	struct ingest_log *log = a->log, *lb = &h->log;
	uint32_t *map = NULL;

	if (lb->n_athletes && !(map = malloc(lb->n_athletes * sizeof *map))) {
		ingest_reader_fail(a, INGEST_ENOMEM, "out of memory");
		return;
	}
	/* Renumbered in rising order, the second half's athletes keep the
	 * order its tally counted in; otherwise the tally does not hold. */
	int rising = 1;
	for (size_t i = 0; i < lb->n_athletes; i++) {
		if (ingest_reader_athlete(a, lb->athletes[i], &map[i])) {
			free(map);
			return;
		}
		rising &= i == 0 || map[i] > map[i - 1];
	}
	size_t na = log->n_runs, nb = lb->n_runs;
	if (na + nb > log->cap_runs) {
		struct ingest_run *p = realloc(log->runs, (na + nb) * sizeof *p);
		if (!p) {
			free(map);
			ingest_reader_fail(a, INGEST_ENOMEM, "out of memory");
			return;
		}
		log->runs = p;
		log->cap_runs = na + nb;
	}
	for (size_t i = 0; i < h->notes.n && a->opts->warn; i++)
		a->opts->warn(a->opts->warn_ctx, h->notes.v[i].line + off, h->notes.v[i].msg);
	/* The two halves of the copy at once, at a step's edge. */
	size_t mid = nb / 2 / JOIN_STEP * JOIN_STEP;
	struct copy part[2] = {{log->runs + na, lb->runs, map, 0, mid},
			       {log->runs + na, lb->runs, map, mid, nb}};
	halves_run(copy_runs, &part[0], mid, &part[1], nb - mid);
	log->n_runs = na + nb;
	/* The tallies add up, with the second half's first run now after the
	 * first half's last (its strength flag is in its own half's tally). */
	const struct ingest_tally *tb = &h->r.tally;
	a->tally.unsorted += tb->unsorted;
	a->tally.same_day += tb->same_day;
	a->tally.strength_runs += tb->strength_runs;
	a->tally.stale |= tb->stale || !rising;
	if (na && nb) {
		struct ingest_tally edge = {0};
		ingest_tally_run(&edge, &log->runs[na - 1], &log->runs[na]);
		a->tally.unsorted += edge.unsorted;
		a->tally.same_day += edge.same_day;
	}
	int oom = 0;
	for (size_t i = 0; i < lb->n_marks && !oom; i++)
		oom = ingest_reader_mark(log, na + lb->marks[i].run, lb->marks[i].line + off) != 0;
	for (size_t i = 0; i < lb->n_strength && !oom; i++)
		oom = ingest_add_strength(log, lb->strength_days[i],
					  map ? map[lb->strength_athlete[i]] : 0) != 0;
	free(map);
	if (oom) {
		ingest_reader_fail(a, INGEST_ENOMEM, "out of memory");
		return;
	}
	log->rows += lb->rows;
	log->skipped += lb->skipped;
	log->strength_only += lb->strength_only;
	log->other_rows += lb->other_rows;
	log->other_activities += lb->other_activities;
	log->other_athletes += lb->other_athletes;
	for (size_t i = 0; i < lb->n_other_names; i++)
		if (ingest_note_other(log, lb->other_names[i])) {
			ingest_reader_fail(a, INGEST_ENOMEM, "out of memory");
			return;
		}
	const struct reader *b = &h->r;
	a->pending += b->pending;
	a->paced += b->paced;
	a->odd_pace += b->odd_pace;
	if (!a->dmy_line && b->dmy_line) {
		a->dmy_line = b->dmy_line + off;
		memcpy(a->dmy_seen, b->dmy_seen, sizeof a->dmy_seen);
	}
	if (!a->mdy_line && b->mdy_line) {
		a->mdy_line = b->mdy_line + off;
		memcpy(a->mdy_seen, b->mdy_seen, sizeof a->mdy_seen);
	}
	a->line = b->line + off;
}

enum ingest_status ingest_read_split(FILE *fp, const char *path, unsigned long long size,
				     const struct ingest_opts *opts, struct ingest_log *log,
				     struct ingest_error *err)
{
	struct reader a;
	struct ingest_pass ps = {.first = 1};
	struct half *h = NULL;
	int joined = 0;

	if (ingest_reader_init(&a, opts, log, err)) {
		ingest_reader_free(&a);
		return INGEST_ENOMEM;
	}
	/* The header comes with the first chunk (at most the first half); then
	 * the second half starts. */
	unsigned long long split = find_split(fp, size);
	ingest_reader_read(&a, fp, &ps, split && split < HEAD_CHUNK ? split : HEAD_CHUNK);
	if (!a.status && a.have_header && split >= ps.total &&
	    (h = start_half(&a, path, split, size)) != NULL)
		ps.peer = &h->bytes;
	ingest_reader_read(&a, fp, &ps, h ? split : ULLONG_MAX);
	if (h) {
		/* The halves meet at a record boundary, or the split is void. */
		int boundary = !a.status && ps.total == split && a.at_row_start && a.nfields == 0 &&
			       !ps.pending_cr;
		if (!boundary)
			atomic_store(&h->stop, 1);
		pthread_join(h->thread, NULL);
		if (boundary && joinable(&a, h)) {
			join(&a, h, a.line - 1);
			joined = 1;
			if (opts->progress)
				opts->progress(opts->progress_ctx, ps.total + atomic_load(&h->bytes));
		} else {
			ps.peer = NULL;
			ingest_reader_read(&a, fp, &ps, ULLONG_MAX);
		}
		free_half(h);
	}
	if (!joined)
		ingest_reader_end(&a, ps.any);
	ingest_reader_finish(&a);
	ingest_reader_free(&a);
	return a.status;
}
