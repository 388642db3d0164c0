/* report.h - render the analysis as text or JSON.
 *
 * Last stage. A renderer formats what the earlier stages computed and
 * computes nothing of its own. Numbers are printed with a fixed format, so
 * the output is the same in every locale.
 */
#ifndef RUNLOG_REPORT_H
#define RUNLOG_REPORT_H

#include <stddef.h>
#include <stdio.h>

#include "runlog/features.h"
#include "runlog/findings.h"
#include "runlog/ingest.h"
#include "runlog/stats.h"

/* Everything a report shows. The report borrows; it frees nothing. */
struct report {
	const char *file;                 /* the log as named on the command line */
	const struct ingest_log *log;
	const struct features *feat;
	const struct stats_result *st;
	const struct findings *fd;
	const char *const *charts;        /* paths of the charts written */
	size_t n_charts;
};

/* Write the terminal report. Returns 0, or -1 when the stream failed. */
int report_text(FILE *out, const struct report *r);

/* Write the JSON object (see README "JSON output"). Returns 0 or -1. */
int report_json(FILE *out, const struct report *r);

#endif
