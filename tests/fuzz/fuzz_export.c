/* libFuzzer harness for the readers of an app's export as downloaded:
 * the zip (ingest_zip.c, libarchive) and Apple Health's export.xml
 * (ingest_apple.c, libxml2), beside the CSV and UTF-16 readers they lead to.
 *
 * The input goes into a file (a memfd) that ingest_read opens by its name,
 * as `runlog analyze FILE` does, so the reader is chosen from the file's
 * first bytes as it is there (zip, XML, UTF-16, CSV); a log it accepts goes
 * through the stages after ingest (fuzz_pipeline.c). The first byte picks
 * the file: one of the modes in wraps[] packs the rest into a valid zip,
 * as the member that mode names, so that the mutator works on the XML or
 * CSV inside rather than on the zip's envelope; any other first byte
 * leaves the input as it is (a zip, an XML file or a CSV itself). Inputs
 * whose size is odd are read with --tz given (a time with its own offset
 * falls on its day in UTC). A crash, a sanitizer report or a timeout is a
 * bug.
 *
 * Built by `make fuzz` with clang -fsanitize=fuzzer,address,undefined. */
#define _GNU_SOURCE /* memfd_create */
#include <archive.h>
#include <archive_entry.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "runlog/date.h"
#include "runlog/ingest.h"

#include "fuzz_pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A first byte that wraps the rest into a zip: the member's name, a member
 * the archive holds before it (or NULL), and whether the member is stored
 * rather than deflated. */
static const struct wrap {
	uint8_t mode;
	const char *member, *before;
	int stored;
} wraps[] = {
	{1, "apple_health_export/export.xml", NULL, 0},
	{2, "activities.csv", NULL, 0},
	{3, "apple_health_export/export.xml", "apple_health_export/export_cda.xml", 1},
	{4, "Activities.csv", "activities/9014.gpx", 1},
};

static int add_member(struct archive *a, const char *name, const void *p, size_t n)
{
	struct archive_entry *e = archive_entry_new();
	if (!e)
		return -1;
	archive_entry_set_pathname(e, name);
	archive_entry_set_filetype(e, AE_IFREG);
	archive_entry_set_perm(e, 0644);
	archive_entry_set_size(e, (la_int64_t)n);
	archive_entry_set_mtime(e, 1764547200, 0); /* fixed: the same bytes each time */
	int rc = archive_write_header(a, e) == ARCHIVE_OK &&
			 (n == 0 || archive_write_data(a, p, n) == (la_ssize_t)n)
		     ? 0
		     : -1;
	archive_entry_free(e);
	return rc;
}

/* The bytes at p as w's member of a zip written to fd. Returns 0 or -1. */
static int write_zip(int fd, const struct wrap *w, const uint8_t *p, size_t n)
{
	struct archive *a = archive_write_new();
	if (!a)
		return -1;
	int rc = archive_write_set_format_zip(a) == ARCHIVE_OK &&
			 (w->stored ? archive_write_zip_set_compression_store(a)
				    : archive_write_zip_set_compression_deflate(a)) == ARCHIVE_OK &&
			 archive_write_set_bytes_per_block(a, 0) == ARCHIVE_OK &&
			 archive_write_open_fd(a, fd) == ARCHIVE_OK &&
			 (!w->before || add_member(a, w->before, "<ClinicalDocument/>\n", 20) == 0) &&
			 add_member(a, w->member, p, n) == 0 && archive_write_close(a) == ARCHIVE_OK
		     ? 0
		     : -1;
	archive_write_free(a);
	return rc;
}

static int write_all(int fd, const uint8_t *p, size_t n)
{
	while (n) {
		ssize_t k = write(fd, p, n);
		if (k <= 0)
			return -1;
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

/* The file the input stands for, into fd. */
static int write_input(int fd, const uint8_t *data, size_t size)
{
	for (size_t i = 0; size && i < sizeof wraps / sizeof *wraps; i++)
		if (data[0] == wraps[i].mode)
			return write_zip(fd, &wraps[i], data + 1, size - 1);
	return write_all(fd, data, size);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int fd = memfd_create("fuzz_export", MFD_CLOEXEC);
	if (fd < 0)
		return 0;
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	if (write_input(fd, data, size) == 0) {
		struct ingest_log log;
		struct ingest_error err;
		struct ingest_opts opts = {.warn = fuzz_warn, .today = date_from_ymd(2026, 11, 24),
					   .zone_given = (int)(size & 1)};
		ingest_init(&log);
		if (ingest_read(path, &opts, &log, &err) == INGEST_OK)
			fuzz_pipeline(&log, (size >> 1) & 1, "export.zip");
		ingest_free(&log);
	}
	close(fd);
	return 0;
}
