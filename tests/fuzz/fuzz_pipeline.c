/* fuzz_pipeline: the stages after ingest, shared by both libFuzzer
 * harnesses (fuzz_pipeline.h). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "runlog/date.h"
#include "runlog/doc.h"
#include "runlog/features.h"
#include "runlog/findings.h"
#include "runlog/findings_week.h"
#include "runlog/ingest.h"
#include "runlog/report.h"
#include "runlog/stats.h"
#include "runlog/stats_model.h"

#include "fuzz_pipeline.h"

void fuzz_warn(void *ctx, unsigned long line, const char *msg)
{
	(void)ctx;
	(void)line;
	(void)msg;
}

void fuzz_pipeline(struct ingest_log *log, int take, const char *file)
{
	struct features f;
	struct stats_result st;
	struct findings fd;
	struct stats_series series;
	struct stats_week_report wk;
	struct findings_week fw;

	/* Both ways to build the features: from the log, or over its runs. */
	if ((take ? features_take(log, &f) : features_build(log, &f)) != 0)
		return;
	struct stats_model model;
	if (stats_analyze(&f, &st) == 0 && stats_model_fit(&f, &model) == 0) {
		findings_build(&st, &fd);
		findings_adjust(&st, &model, &fd);
		if (stats_series_build(&f, 1, &series) == 0)
			stats_series_free(&series);
		int32_t monday = f.n ? date_monday(f.last_day) : 0;
		stats_week_build(&f, 1, monday, &wk);
		findings_week_build(&f, &wk, &fd, &fw);

		/* --by athlete's rows, each from the pooled results (the
		 * summaries and the lazy table are what is under test). */
		struct report_athlete *ra = calloc(log->n_athletes ? log->n_athletes : 1, sizeof *ra);
		for (size_t a = 0; ra && a < log->n_athletes; a++)
			if (a % 2 == 0)
				report_athlete_set(&ra[a], log->athletes[a], &st, &fd);
			else
				ra[a].name = log->athletes[a];
		struct report r = {.file = file, .log = log, .feat = &f, .st = &st, .fd = &fd,
				   .model = &model, .athletes = ra, .n_athletes = ra ? log->n_athletes : 0};
		struct doc d;
		doc_init(&d);
		report_analyze_doc(&r, &d);
		struct report_week rw = {.file = file, .folder = "reports/x", .log = log,
					 .feat = &f, .st = &st, .fd = &fd, .wk = &wk, .fw = &fw};
		struct doc dw;
		doc_init(&dw);
		report_week_doc(&rw, &dw);
		FILE *sink = fopen("/dev/null", "w");
		if (sink) {
			for (int fmt = DOC_TEXT; fmt <= DOC_HTML; fmt++) {
				doc_render(sink, &d, (enum doc_format)fmt);
				doc_render(sink, &dw, (enum doc_format)fmt);
			}
			report_json(sink, &r);
			report_week_json(sink, &rw);
			report_week_summary(sink, &rw);
			report_runs_csv(sink, log, &f);
			fclose(sink);
		}
		doc_free(&d);
		doc_free(&dw);
		free(ra);
	}
	features_free(&f);
}
