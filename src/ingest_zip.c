/* ingest_zip: the known member of a zip, streamed out of the archive by
 * libarchive straight into the reader, one chunk at a time: nothing is
 * unpacked to disk, and memory does not grow with the member. */
#include "ingest_zip.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ingest_apple.h"
#include "ingest_lib.h"
#include "ingest_reader.h"

/* The members runlog knows, by their name in any folder, case aside:
 * Strava's activities.csv (beside its activities/ folder), Garmin's
 * Activities.csv, Apple Health's apple_health_export/export.xml (not its
 * export_cda.xml). The first of the archive's members that is one is read. */
static const char *const known[] = {"activities.csv", "export.xml"};
#define KNOWN "Strava's or Garmin's activities.csv, Apple Health's export.xml"

#define STR_(x) #x
#define STR(x) STR_(x)

/* How many of the other members a message names. */
#define LISTED 8

int ingest_zip_magic(const unsigned char *p, size_t n)
{
	return n >= 4 && (memcmp(p, "PK\x03\x04", 4) == 0 || memcmp(p, "PK\x05\x06", 4) == 0);
}

/* A member's bytes as the reader asks for them, capped at INGEST_ZIP_MAX. */
struct member {
	const struct ingest_zip_lib *lib;
	struct archive *a;
	unsigned long long read;
	int over;        /* INGEST_ZIP_MAX was reached */
	int ratio;       /* ... INGEST_ZIP_RATIO */
	char why[200];   /* libarchive's message for a failed read */
};

static long member_get(void *ctx, char *buf, size_t want, int *error)
{
	struct member *m = ctx;
	if (m->read >= INGEST_ZIP_MAX) {
		m->over = 1;
		*error = EFBIG;
		return -1;
	}
	if (want > INGEST_ZIP_MAX - m->read)
		want = (size_t)(INGEST_ZIP_MAX - m->read) + 1;
	la_int64_t packed = m->lib->archive_filter_bytes(m->a, -1);
	if (m->read > INGEST_ZIP_FREE && packed > 0 &&
	    m->read / INGEST_ZIP_RATIO > (unsigned long long)packed) {
		m->ratio = 1;
		*error = EFBIG;
		return -1;
	}
	la_ssize_t n = m->lib->archive_read_data(m->a, buf, want);
	if (n < 0) {
		snprintf(m->why, sizeof m->why, "%s", m->lib->archive_error_string(m->a));
		*error = EIO;
		return -1;
	}
	m->read += (unsigned long long)n;
	return (long)n;
}

static const char *base_name(const char *name)
{
	const char *slash = strrchr(name, '/');
	return slash ? slash + 1 : name;
}

static int is_known(const char *name)
{
	for (size_t i = 0; i < sizeof known / sizeof *known; i++)
		if (strcasecmp(base_name(name), known[i]) == 0)
			return 1;
	return 0;
}

/* Note a member that is not known, among the first LISTED. */
static void note_member(char *list, size_t cap, size_t *n, const char *name)
{
	size_t used = strlen(list);
	if (++*n <= LISTED && used < cap)
		snprintf(list + used, cap - used, "%s'%s'", used ? ", " : "", name);
}

static int looks_xlsx(const char *path, const char *name)
{
	size_t n = strlen(path);
	return (n >= 5 && strcasecmp(path + n - 5, ".xlsx") == 0) ||
	       strcmp(name, "[Content_Types].xml") == 0 || strncmp(name, "xl/", 3) == 0;
}

static enum ingest_status fail(struct ingest_error *err, enum ingest_status st, const char *fmt,
			       const char *a, const char *b)
{
	err->line = 0;
	snprintf(err->msg, sizeof err->msg, fmt, a, b);
	return st;
}

/* Stream the member the archive stands at into log. */
static enum ingest_status read_member(const struct ingest_zip_lib *lib, struct archive *a,
				      const struct ingest_opts *opts, struct ingest_log *log,
				      struct ingest_error *err)
{
	struct member m = {.lib = lib, .a = a};
	struct ingest_source src = {.get = member_get, .get_ctx = &m};
	struct ingest_pass ps = {.first = 1};
	enum ingest_status st;
	size_t n = strlen(log->member);
	if (n >= 4 && strcasecmp(log->member + n - 4, ".xml") == 0) {
		st = ingest_apple_read(&src, opts, log, err);
	} else {
		struct reader *r = ingest_reader_new(opts, log, err);
		if (!r)
			return INGEST_ENOMEM;
		ingest_reader_read(r, &src, &ps, ULLONG_MAX);
		ingest_reader_end(r, ps.any);
		ingest_reader_finish(r);
		st = ingest_reader_status(r);
		ingest_reader_free(r);
	}
	char cap[32];
	snprintf(cap, sizeof cap, "%llu GiB", INGEST_ZIP_MAX >> 30);
	if (m.over)
		st = fail(err, INGEST_EDATA, "unpacks to more than %s%s: runlog stops there (a zip bomb?)",
			  cap, "");
	else if (m.ratio)
		st = fail(err, INGEST_EDATA, "unpacks to more than %s times the bytes read from the zip%s: "
			  "runlog stops there (a zip bomb?)", STR(INGEST_ZIP_RATIO), "");
	else if (*m.why && st == INGEST_EIO)
		st = fail(err, INGEST_EDATA, "cannot be unpacked%s: %s", "", m.why);
	return st;
}

/* Find the known member; read it, or say what the archive holds. */
static enum ingest_status find_member(const struct ingest_zip_lib *lib, struct archive *a,
				      const char *path, const struct ingest_opts *opts,
				      struct ingest_log *log, struct ingest_error *err)
{
	struct archive_entry *e;
	char list[400] = "";
	size_t others = 0;
	int xlsx = 0, rc;
	while ((rc = lib->archive_read_next_header(a, &e)) == ARCHIVE_OK || rc == ARCHIVE_WARN) {
		const char *name = lib->archive_entry_pathname(e);
		if (!name)
			name = "";
		xlsx = xlsx || looks_xlsx(path, name);
		if (lib->archive_entry_filetype(e) == AE_IFREG && is_known(name)) {
			snprintf(log->member, sizeof log->member, "%s", name);
			return read_member(lib, a, opts, log, err);
		}
		note_member(list, sizeof list, &others, name);
	}
	if (xlsx || (rc != ARCHIVE_EOF && looks_xlsx(path, "")))
		return fail(err, INGEST_EDATA, "looks like a ZIP archive (an .xlsx spreadsheet?), not "
			    "CSV: save it as CSV UTF-8 first%s%s", "", "");
	if (rc != ARCHIVE_EOF)
		return fail(err, INGEST_EDATA, "cannot be read as a zip: %s%s", lib->archive_error_string(a), "");
	if (!others)
		return fail(err, INGEST_EDATA, "the zip is empty: runlog reads %s from it%s", KNOWN, "");
	char more[48] = "";
	if (others > LISTED)
		snprintf(more, sizeof more, " and %zu more", others - LISTED);
	return fail(err, INGEST_EDATA, "the zip holds no file runlog reads (" KNOWN "); it holds "
		    "%s%s", list, more);
}

/* A zip streamed from src->get, a block at a time. */
struct stream {
	const struct ingest_zip_lib *lib;
	struct ingest_source *src;
	char buf[1 << 16];
};

static la_ssize_t stream_read(struct archive *a, void *ctx, const void **out)
{
	struct stream *s = ctx;
	long n = s->src->get(s->src->get_ctx, s->buf, sizeof s->buf, &s->src->error);
	if (n < 0)
		s->lib->archive_set_error(a, s->src->error, "read error: %s", strerror(s->src->error));
	*out = s->buf;
	return n;
}

/* The zip in src, read with lib's functions. */
static enum ingest_status read_zip(const struct ingest_zip_lib *lib, struct ingest_source *src,
				   const char *path, const struct ingest_opts *opts,
				   struct ingest_log *log, struct ingest_error *err)
{
	struct archive *a = lib->archive_read_new();
	struct stream *s = src->get ? malloc(sizeof *s) : NULL;
	if (!a || (src->get && !s)) {
		lib->archive_read_free(a);
		return INGEST_ENOMEM;
	}
	enum ingest_status st;
	lib->archive_read_support_format_zip(a);
	if (s)
		s->lib = lib, s->src = src;
	if ((s ? lib->archive_read_open(a, s, NULL, stream_read, NULL)
	       : lib->archive_read_open_fd(a, src->fd, 1 << 16)) != ARCHIVE_OK)
		st = fail(err, INGEST_EDATA, "cannot be read as a zip: %s%s",
			  lib->archive_error_string(a), "");
	else
		st = find_member(lib, a, path, opts, log, err);
	lib->archive_read_free(a);
	free(s);
	return st;
}

enum ingest_status ingest_zip_read(struct ingest_source *src, const char *path,
				   const struct ingest_opts *opts, struct ingest_log *log,
				   struct ingest_error *err)
{
	char why[400];
	struct ingest_zip_lib *lib = ingest_zip_lib_open(why, sizeof why);
	if (!lib)
		return fail(err, INGEST_ENOINPUT, "reading a zip needs libarchive: %s%s", why, "");
	enum ingest_status st = read_zip(lib, src, path, opts, log, err);
	ingest_zip_lib_close(lib);
	return st;
}
