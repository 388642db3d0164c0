/* Helpers shared by the commands. */
#include <stdarg.h>
#include <stdio.h>

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
