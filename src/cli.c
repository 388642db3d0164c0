/* Helpers shared by the commands. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "runlog/cli.h"

void cli_error(const char *fmt, ...)
{
	va_list ap;
	fputs("runlog: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_draw_chart(enum chart_kind k, const struct chart_opts *o, const struct chart_data *d,
		   char **data, size_t *len)
{
	FILE *mem;
	*data = NULL;
	*len = 0;
	mem = open_memstream(data, len);
	if (!mem)
		return -1;
	int rc = chart_draw(k, mem, o, d);
	if (fclose(mem) != 0)
		rc = -1;
	if (rc != 0) {
		free(*data);
		*data = NULL;
		*len = 0;
	}
	return rc;
}

struct warn_ctx {
	const char *file;
	unsigned long count;
};

static void warn_row(void *data, unsigned long line, const char *msg)
{
	struct warn_ctx *w = data;
	if (++w->count <= CLI_MAX_WARNINGS)
		fprintf(stderr, "runlog: %s:%lu: %s\n", w->file, line, msg);
}

static int ingest_exit(enum ingest_status st)
{
	switch (st) {
	case INGEST_ENOINPUT: return CLI_NOINPUT;
	case INGEST_EDATA: return CLI_DATAERR;
	case INGEST_EIO: return CLI_NOINPUT;
	default: return CLI_SOFTWARE;
	}
}

int cli_load(const char *path, int strict, int32_t today, struct ingest_log *log,
	     struct features *feat, struct stats_result *st, struct findings *fd)
{
	struct warn_ctx warn = {.file = path};
	struct ingest_opts iopts = {.warn = warn_row, .warn_ctx = &warn, .today = today};
	struct ingest_error err;
	enum ingest_status ist = ingest_read(path, &iopts, log, &err);

	if (warn.count > CLI_MAX_WARNINGS)
		cli_error("%s: %lu more bad rows not shown", path, warn.count - CLI_MAX_WARNINGS);
	if (ist != INGEST_OK) {
		if (err.line)
			cli_error("%s:%lu: %s", path, err.line, err.msg);
		else
			cli_error("%s: %s", path, err.msg);
		return ingest_exit(ist);
	}
	size_t bad = log->skipped + log->duplicates;
	if (strict && bad) {
		cli_error("%s: %zu bad row%s; --strict writes nothing", path, bad, bad == 1 ? "" : "s");
		return CLI_DATAERR;
	}
	if (features_build(log, feat) || stats_analyze(feat, st)) {
		cli_error("out of memory");
		return CLI_SOFTWARE;
	}
	findings_build(st, fd);
	return CLI_OK;
}
