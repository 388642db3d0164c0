/* fuzz_pipeline.h - what both libFuzzer harnesses (fuzz_ingest.c,
 * fuzz_export.c) do with a log once it is read. */
#ifndef RUNLOG_FUZZ_PIPELINE_H
#define RUNLOG_FUZZ_PIPELINE_H

#include "runlog/ingest.h"

/* An ingest_warn_fn that drops the warning (the fuzzer wants no output). */
void fuzz_warn(void *ctx, unsigned long line, const char *msg);

/* Every stage after ingest that draws nothing, on log: the features (from
 * the log when take is 0, over its runs when 1), the adjusted model,
 * stats, findings, the rolling series and the log's last week, and both
 * reports in every format, written to /dev/null. file is the log's name
 * in the reports. log is the caller's to free. */
void fuzz_pipeline(struct ingest_log *log, int take, const char *file);

#endif
