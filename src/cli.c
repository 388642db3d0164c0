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
