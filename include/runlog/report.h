/* report.h - the analysis as a report: text, Markdown, HTML or JSON.
 *
 * Last stage. report_analyze_doc writes the results into a doc (doc.h),
 * which renders as text, Markdown or HTML; report_json writes the same
 * results as JSON. A report formats what the earlier stages computed and
 * computes nothing of its own. Numbers are printed with a fixed format, so
 * the output is the same in every locale.
 */
#ifndef RUNLOG_REPORT_H
#define RUNLOG_REPORT_H

#include <stddef.h>
#include <stdio.h>

#include "runlog/athlete_folder.h"
#include "runlog/doc.h"
#include "runlog/features.h"
#include "runlog/findings.h"
#include "runlog/findings_plan.h"
#include "runlog/findings_week.h"
#include "runlog/ingest.h"
#include "runlog/stats.h"
#include "runlog/stats_model.h"
#include "runlog/stats_plan.h"
#include "runlog/stats_since.h"

struct json_writer; /* runlog/json.h */

/* One factor of an athlete's row: its finding's numbers, NAN when undefined. */
struct report_athlete_factor {
	double effect, ci_lo, ci_hi, marginal;
};

/* One athlete of a cohort log, analysed alone (--by athlete): only what
 * its table row and JSON object show (about 200 bytes, where the whole
 * results and findings took 9 KB: 2.4 GB for 260,000 athletes). Made by
 * report_athlete_set; a zeroed one is an athlete with no run. */
struct report_athlete {
	const char *name;     /* borrowed from the log */
	size_t runs, scored;
	double mean_pain;
	struct report_athlete_factor factor[STATS_NFACTORS];
	signed char evidence[STATS_NFACTORS]; /* enum findings_evidence */
	unsigned char judged;  /* bit k: factor k has a finding */
	unsigned char has_top; /* a finding explains the pain: remedy is its */
	unsigned char remedy;  /* enum findings_remedy */
};

/* Fill a with what the report shows of an athlete's results st and
 * findings fd; name is borrowed. */
void report_athlete_set(struct report_athlete *a, const char *name, const struct stats_result *st,
			const struct findings *fd);

/* Everything a report shows. The report borrows; it frees nothing. */
struct report {
	const char *file;                 /* the log as named on the command line */
	const char *diary;                /* the pain diary merged in, or NULL */
	const struct ingest_log *log;
	const struct features *feat;
	const struct stats_result *st;
	const struct findings *fd;
	const struct doc_figure *charts;  /* the charts written */
	size_t n_charts;
	const struct report_athlete *athletes; /* --by athlete, or NULL */
	size_t n_athletes;
	const struct stats_model *model;  /* the adjusted effects, or NULL */
	const struct stats_plan *plan;    /* --plan: the self-experiment, or NULL */
	const struct findings_plan *plan_fd; /* ... and its verdicts */
	const struct stats_since *since;  /* --since DATE's fit, or NULL */
	const struct stats_since_detected *detected; /* without --since, the
	                                  habits dropped (one athlete), or NULL */
};

/* "read activities.csv from export.zip" when file is a zip, then "read
 * as a Strava export: 439 runs, 44 strength sessions, ..." and, with a
 * diary, how it was merged: one to three paragraphs. */
void report_read_as(struct doc *d, const struct ingest_log *log, const char *file,
		    const char *diary);

/* Why the log (and its diary, when diary is not NULL) records nothing for
 * the columns cols (INGEST_HAS_*): "no strength column", "the diary D has
 * no ate_before or ate_after column" (with diary "", "the diary has no
 * ..."), "the ate_after column is empty", "no strength session in the
 * export, and ...", for an Apple Health export's meals "Apple Health does
 * not record meals; a pain diary with ... adds them" (with a diary, "Apple
 * Health does not record meals, and the diary ..."). diary is printed as
 * given. */
void report_missing_why(const struct ingest_log *log, const char *diary, unsigned cols, char *buf,
			size_t cap);

/* The factors the file does not record (stats_result.measured 0), each
 * with why, in the terms of the log and its diary (NULL when none), in
 * report order: "meals before and after runs (no ate_before
 * or ate_after column), strength sessions (no strength column)"; "" when
 * every factor is recorded. Returns buf. */
const char *report_not_recorded(const struct ingest_log *log, const char *diary, const struct stats_result *st,
				char *buf, size_t cap);

/* Append the analyze report to d. */
void report_analyze_doc(const struct report *r, struct doc *d);

/* The self-experiment's section of the analyze report (report_plan.c). */
void report_plan_doc(struct doc *d, const struct stats_plan *sp, const struct findings_plan *fp);

/* The verdict of one analysis of sp (t and f: as planned, sp->itt and
 * fp->itt, or as kept) in a runner's words, into buf (REPORT_PLAN_VERDICT_MAX
 * will do): "In your log, resting every other day went with 1.4 fewer pain
 * points (95% CI ...). Because the blocks ...", or how many more pairs it
 * needs. Returns buf. */
#define REPORT_PLAN_VERDICT_MAX 1024
const char *report_plan_verdict(const struct stats_plan *sp, const struct stats_plan_test *t,
				const struct findings_plan_one *f, char *buf, size_t cap);

/* The "experiment" member of the analyze JSON (see README "JSON output"). */
void report_plan_json(struct json_writer *w, const struct stats_plan *sp, const struct findings_plan *fp);

/* "Did it work?": r->since's change, or the habits r->detected lists
 * with the --since command for each (nothing when neither is set, or
 * r->detected lists none). */
void report_since_doc(const struct report *r, struct doc *d);

/* The keys "change" (r->since) and "changes_detected" (r->detected), each
 * when set. */
void report_since_json(struct json_writer *w, const struct report *r);

/* Write the JSON object (see README "JSON output"). Returns 0 or -1. */
int report_json(FILE *out, const struct report *r);

/* The data behind the charts: one CSV row per run, in athlete and date
 * order, with its factors (athlete, date, distance_km, pain, streak,
 * meal_before, meal_after, strength_7d, load_spike, long_run; yes, no or
 * empty when unknown), and notes, the diary's notes of the run's day
 * (ingest_note_of), when a run has some. Returns 0, or -1 on a stream
 * error. */
int report_runs_csv(FILE *out, const struct ingest_log *log, const struct features *f);

/* The last members of a report's JSON object: "charts" (each chart's path,
 * or with href its link relative to the report) and "caution". The caller
 * closes the object. */
void report_json_tail(struct json_writer *w, const struct doc_figure *charts, size_t n, int href);

/* The findings as a JSON array, one a line: the value of a key. */
void report_json_findings(struct json_writer *w, const struct findings *fd);

/* weekly --plan: the plan as the log has it, and where the week stands in
 * it (at the week's last day, or today when the week is not over). */
struct report_week_plan {
	const char *file;                 /* the plan as named on the command line */
	const struct stats_plan *sp;
	const struct findings_plan *fp;
	struct stats_plan_week at;
};

/* The week's section of a plan (report_plan.c): the block the week is in
 * (pair, arm, rule), whether it was kept so far, the blocks ended and left,
 * and once the plan is over the verdict as planned; one line for a week
 * before or after the plan. log is the log as named on the command line. */
void report_plan_week_doc(struct doc *d, const struct report_week_plan *wp, const char *log);

/* The same as the "plan" member of report.json (see README "JSON output"):
 * with the plan over, its "experiment" (report_plan_json) inside. */
void report_plan_week_json(struct json_writer *w, const struct report_week_plan *wp);

/* The same as one summary line for the terminal, at most 78 columns a
 * line ("  plan: block 3 of 8, pair 2, remedy (...), kept so far; 2 ended,
 * 6 left"), and the verdict under it once the plan is over. */
void report_plan_week_summary(FILE *o, const struct report_week_plan *wp);

/* One week, for runlog weekly. The report borrows; it frees nothing. */
struct report_week {
	const char *file;                 /* the log as named on the command line */
	const char *folder;               /* where the week's files go */
	const char *athlete;              /* --athlete NAME, or NULL */
	const char *diary;                /* the pain diary merged in, or NULL */
	const struct ingest_log *log;
	const struct features *feat;
	const struct stats_result *st;    /* the whole log */
	const struct findings *fd;
	const struct stats_week_report *wk;
	const struct findings_week *fw;
	const struct doc_figure *charts;
	size_t n_charts;
	int so_far;                       /* the week is not over: today is in it */
	int32_t end;                      /* the week's last day, or today when so_far */
	int quiet;                        /* the summary says only what cron must mail */
	const struct report_week_plan *plan; /* --plan, or NULL */
};

/* Append the weekly report to d. */
void report_week_doc(const struct report_week *r, struct doc *d);

/* The first members of a week's JSON object, report.json's and
 * roster.json's: "week", "start", "end", "so_far" and "log". */
void report_week_json_head(struct json_writer *w, int32_t monday, int so_far, const char *file);

/* report.json of the week. Returns 0 or -1. */
int report_week_json(FILE *out, const struct report_week *r);

/* The few lines cron mails: first a stale log ("no runs since DATE", even
 * when quiet) and runs with no pain score yet, then the week's main numbers
 * against the usual and the previous weeks, its top remedy, and where the
 * report is. Returns 0 or -1. */
int report_week_summary(FILE *out, const struct report_week *r);

/* "2025-W22 (2025-05-26 to 2025-06-01)" for the week of Monday monday,
 * and ", so far (to DATE)" with so_far, end being today. Returns buf. */
const char *report_week_title(int32_t monday, int so_far, int32_t end, char *buf, size_t cap);

/* One athlete's row of a coach's roster (runlog weekly --all): only what
 * the roster shows of the athlete's week. */
struct report_roster_row {
	const char *athlete;      /* borrowed from the log */
	char folder[ATHLETE_FOLDER_SIZE]; /* the athlete's folder (athlete_folder.h) */
	size_t runs;
	int32_t last_run;         /* the day of the last run to the week's end,
	                             or 0 when none */
	double km, mean_pain;     /* NAN when not known */
	const char *usual;        /* the mean pain against the usual
	                             (stats_usual_name), or NULL */
	int has_top;              /* the week's top remedy (findings_week) */
	enum findings_remedy top;
	unsigned flags;           /* enum findings_flag */
	int failed;               /* the athlete's week could not be written */
};

/* Fill row from the athlete's week wk, its events fw and its end (the
 * week's last day, or today when the week is not over). name is
 * borrowed; the folder is left as it is. */
void report_roster_set(struct report_roster_row *row, const char *name,
		       const struct stats_week_report *wk, const struct findings_week *fw, int32_t end);

/* A coach's roster: every athlete's week, in the log's order. Borrows. */
struct report_roster {
	const char *file;         /* the log as named on the command line */
	const char *folder;       /* DIR/YYYY-Www, where the roster goes */
	int32_t monday, end;      /* the week, and its end as in report_week */
	int so_far;
	int miles;                /* the log's distances were in miles */
	const struct report_roster_row *rows;
	const size_t *order;      /* the rows as shown (report_roster_order) */
	size_t n;
	int quiet;
};

/* The order rows are shown in, into order[n]: the flagged and failed
 * first, then the rest, each group in the log's order. */
void report_roster_order(const struct report_roster_row *rows, size_t n, size_t *order);

/* Append the roster to d: a table with a row per athlete, in r->order.
 * r must outlive d (its rows are made as d is rendered). */
void report_roster_doc(const struct report_roster *r, struct doc *d);

/* roster.json (see README "Weekly reports from cron"). Returns 0 or -1. */
int report_roster_json(FILE *out, const struct report_roster *r);

/* What cron mails: a line for the week, then one short line per athlete,
 * the flagged and failed first; with quiet only those. Names go through
 * safe_term_put. Returns 0 or -1. */
int report_roster_summary(FILE *out, const struct report_roster *r);

/* Shared number formats: fixed decimals and "-" when undefined, never
 * "-0.0"; a p-value as "<0.001" or three decimals; a CI as "lo to hi".
 * Each returns buf. */
const char *report_num(double x, int prec, char *buf, size_t cap);
const char *report_pval(double p, char *buf, size_t cap);
const char *report_ci(double lo, double hi, int prec, char *buf, size_t cap);

/* A CI of mean pain runs past the 0-10 scale (a t interval of a few runs
 * can): 1 when either end lies outside it. report_pain_ci shows such an
 * end at the scale's end, "1.0 to 10 (clipped)"; JSON keeps the interval as
 * computed and adds "clipped": true. */
int report_pain_clipped(double lo, double hi);
const char *report_pain_ci(double lo, double hi, int prec, char *buf, size_t cap);

#endif
