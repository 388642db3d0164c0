/* The ingest stage (src/ingest*.c): CSV text in (through fmemopen), typed
 * runs out. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/ingest.h"

#define KM_PER_MILE 1.609344
#define TOL 1e-12

/* Day numbers of March 2025: 2025-01-01 is day 20089 (55 years since 1970,
 * 14 of them leap), + 31 + 28 gives 2025-03-01 = 20148. */
#define MAR(d) (20148 + (d) - 1)

struct warnings {
	size_t n;
	unsigned long line[16];
	char msg[16][256];
};

static void collect(void *ctx, unsigned long line, const char *msg)
{
	struct warnings *w = ctx;
	if (w->n < 16) {
		w->line[w->n] = line;
		snprintf(w->msg[w->n], sizeof w->msg[w->n], "%s", msg);
	}
	w->n++;
}

/* Read text as a log; warnings (if w) are collected. */
static enum ingest_status ingest_text(const char *text, size_t len, struct warnings *w,
				      struct ingest_log *log, struct ingest_error *err)
{
	struct ingest_opts opts = {.need_pain = 1};
	FILE *fp;
	enum ingest_status st;

	if (w) {
		memset(w, 0, sizeof *w);
		opts.warn = collect;
		opts.warn_ctx = w;
	}
	/* fmemopen() of zero bytes is not portable: use an empty temporary file. */
	fp = len ? fmemopen((void *)text, len, "r") : tmpfile();
	assert_non_null(fp);
	ingest_init(log);
	st = ingest_stream(fp, &opts, log, err);
	fclose(fp);
	return st;
}

#define INGEST(text, w, log, err) ingest_text((text), sizeof(text) - 1, (w), (log), (err))

/* text must fail as a whole file, on line `line`, with exactly msg. */
static void expect_edata(const char *text, size_t len, unsigned long line, const char *msg)
{
	struct ingest_log log;
	struct ingest_error err;
	assert_int_equal(ingest_text(text, len, NULL, &log, &err), INGEST_EDATA);
	assert_int_equal(err.line, line);
	assert_string_equal(err.msg, msg);
	ingest_free(&log);
}

#define EXPECT_EDATA(text, line, msg) expect_edata((text), sizeof(text) - 1, (line), (msg))

static void check_norm(const char *in, const char *want, int want_miles)
{
	char out[64];
	int miles = -1;
	ingest_normalize_name(in, out, sizeof out, &miles);
	if (strcmp(out, want) != 0 || miles != want_miles)
		fail_msg("'%s' -> '%s' miles %d, expected '%s' miles %d", in, out, miles, want,
			 want_miles);
}

static void normalize_names(void **state)
{
	char small[5];
	int miles = -1;
	(void)state;
	check_norm(" Pain (0-10) ", "pain", 0);
	check_norm("ATE-BEFORE", "ate_before", 0);
	check_norm("Distance (mi)", "distance", 1);
	check_norm("Distance (miles)", "distance", 1);
	check_norm("Distance ( MI )", "distance", 1);
	check_norm("Distance (km)", "distance", 0);
	check_norm("distance_km", "distance_km", 0);
	check_norm("Ate After", "ate_after", 0);
	check_norm("  ate -  after  ", "ate_after", 0); /* a run of separators is one '_' */
	check_norm("_date_", "date", 0);
	check_norm("Heart Rate", "heart_rate", 0);
	check_norm("", "", 0);
	/* cap counts the NUL: 5 bytes hold 4 characters. */
	ingest_normalize_name("Distance", small, sizeof small, &miles);
	assert_string_equal(small, "dist");
	assert_int_equal(miles, 0);
}

/* The header of tests/data/quirks.csv: odd case, spaces, units, an unknown
 * column; distances are miles. */
static void header_quirks_and_miles(void **state)
{
	static const char text[] =
		" Date , Pain (0-10) ,Distance (mi),ATE-BEFORE,Ate After,Strength,Notes,Heart Rate\n"
		"2025-03-03T07:30:00,4,3.1,No,Y,FALSE,,150\n"
		"2025-03-01 06:00,2,5,yes,yes,true,\"hills, wind\",140\n"
		"2025-03-02,3,,1,0,0,,145\n";
	struct ingest_log log;
	struct ingest_error err;
	struct warnings w;
	(void)state;
	assert_int_equal(INGEST(text, &w, &log, &err), INGEST_OK);
	assert_int_equal(w.n, 0);
	assert_int_equal(log.columns, INGEST_HAS_DISTANCE | INGEST_HAS_ATE_BEFORE |
					      INGEST_HAS_ATE_AFTER | INGEST_HAS_STRENGTH |
					      INGEST_HAS_NOTES);
	assert_int_equal(log.rows, 3);
	assert_int_equal(log.n_runs, 3);
	assert_int_equal(log.skipped, 0);

	const struct ingest_run *r = log.runs;
	assert_int_equal(r[0].day, MAR(3));
	assert_int_equal(ingest_run_line(&log, 0), 2);
	assert_close(ingest_pain(&r[0]), 4, TOL);
	/* 3.1 mi is 4.9889664 km, kept to the metre. */
	assert_close(ingest_km(&r[0]), 3.1 * KM_PER_MILE, 0.0005);
	assert_close(ingest_km(&r[0]), 4.989, TOL);
	assert_int_equal(r[0].ate_before, INGEST_NO);
	assert_int_equal(r[0].ate_after, INGEST_YES);
	assert_int_equal(r[0].strength, INGEST_NO);

	assert_int_equal(r[1].day, MAR(1));
	assert_int_equal(ingest_run_line(&log, 1), 3);
	assert_close(ingest_km(&r[1]), 8.047, TOL); /* 5 mi: 8.04672 km, to the metre */
	assert_int_equal(r[1].strength, INGEST_YES);

	assert_int_equal(r[2].day, MAR(2));
	assert_nan(ingest_km(&r[2]));
	assert_int_equal(r[2].ate_before, INGEST_YES);
	assert_int_equal(r[2].ate_after, INGEST_NO);

	/* The one strength session (2025-03-01) is a run's own: its flag, not
	 * a separate session. */
	assert_int_equal(log.sessions, 1);
	assert_int_equal(log.n_strength, 0);
	assert_int_equal(log.strength_only, 0);
	ingest_free(&log);
	assert_null(log.runs);
	assert_int_equal(log.n_runs, 0);
}

static void kilometres_and_durations(void **state)
{
	static const char text[] =
		"date,km,duration,pain\n"
		"2025-03-01,5.5,1:02:03,1\n"
		"2025-03-02,10,42:30,\n"
		"2025-03-03,,,0\n";
	struct ingest_log log;
	struct ingest_error err;
	(void)state;
	assert_int_equal(INGEST(text, NULL, &log, &err), INGEST_OK);
	assert_int_equal(log.columns, INGEST_HAS_DISTANCE | INGEST_HAS_DURATION);
	assert_int_equal(log.n_runs, 3);
	assert_close(ingest_km(&log.runs[0]), 5.5, TOL);
	assert_close(ingest_km(&log.runs[1]), 10, TOL);
	assert_nan(ingest_pain(&log.runs[1])); /* a run by its distance, with no score */
	assert_nan(ingest_km(&log.runs[2]));
	assert_close(ingest_pain(&log.runs[2]), 0, TOL); /* pain 0 is a score */
	assert_int_equal(log.runs[2].ate_before, INGEST_UNKNOWN);
	ingest_free(&log);
}

/* A row with pain or distance is a run; strength = yes and neither is a
 * strength-only day; anything else is another row. */
static void row_kinds(void **state)
{
	static const char text[] =
		"date,pain,distance,strength\n"
		"2025-03-01,2,,\n"       /* 2: run by pain */
		"2025-03-02,,6,no\n"     /* 3: run by distance */
		"2025-03-03,,,yes\n"     /* 4: strength-only */
		"2025-03-04,,,no\n"      /* 5: other */
		"2025-03-05,,,\n"        /* 6: other */
		"2025-03-06,3,5,yes\n"   /* 7: run, and a strength session */
		"\n"                     /* 8: blank, not a row */
		"2025-03-07,,,Yes\n";    /* 9: strength-only */
	struct ingest_log log;
	struct ingest_error err;
	(void)state;
	assert_int_equal(INGEST(text, NULL, &log, &err), INGEST_OK);
	assert_int_equal(log.rows, 7);
	assert_int_equal(log.n_runs, 3);
	assert_int_equal(log.strength_only, 2);
	assert_int_equal(log.other_rows, 2);
	assert_int_equal(log.skipped, 0);
	assert_int_equal(log.runs[0].day, MAR(1));
	assert_int_equal(log.runs[1].day, MAR(2));
	assert_int_equal(log.runs[2].day, MAR(6));
	assert_int_equal(ingest_run_line(&log, 2), 7);
	/* Three sessions: two strength-only rows, and line 7's run. */
	assert_int_equal(log.sessions, 3);
	assert_int_equal(log.n_strength, 2);
	assert_int_equal(log.strength_days[0], MAR(3));
	assert_int_equal(log.strength_days[1], MAR(7));
	assert_int_equal(log.runs[2].strength, INGEST_YES);
	ingest_free(&log);
}

/* Quoted notes spanning lines: each row's line is where the row starts. */
static void lines_after_multiline_notes(void **state)
{
	static const char text[] =
		"date,pain,notes\n"                 /* 1 */
		"2025-03-01,2,\"first\n"            /* 2 */
		"second, still notes\n"             /* 3 */
		"third\"\n"                         /* 4 */
		"2025-03-02,3,ok\n"                 /* 5 */
		"2025-03-03,4,\"a \"\"quoted\"\"\n" /* 6 */
		"\n"                                /* 7: blank line inside the quotes */
		"b\"\n"                             /* 8 */
		"\n"                                /* 9: blank line between rows */
		"2025-03-04,5,\n";                  /* 10 */
	struct ingest_log log;
	struct ingest_error err;
	struct warnings w;
	(void)state;
	assert_int_equal(INGEST(text, &w, &log, &err), INGEST_OK);
	assert_int_equal(w.n, 0);
	assert_int_equal(log.rows, 4);
	assert_int_equal(log.n_runs, 4);
	assert_int_equal(ingest_run_line(&log, 0), 2);
	assert_int_equal(ingest_run_line(&log, 1), 5);
	assert_int_equal(ingest_run_line(&log, 2), 6);
	assert_int_equal(ingest_run_line(&log, 3), 10);
	assert_close(ingest_pain(&log.runs[3]), 5, TOL);
	ingest_free(&log);
}

static void warning_for_bad_pain(void **state)
{
	static const char text[] =
		"date,pain,notes\n"             /* 1 */
		"2025-03-01,2,\"two\n"          /* 2 */
		"lines\"\n"                     /* 3 */
		"2025-03-02,11,\"too\n"         /* 4: bad, starts here */
		"much\"\n"                      /* 5 */
		"2025-03-03,\"7,5\",\n"         /* 6: decimal comma */
		"2025-03-04,-1,\n"              /* 7 */
		"2025-03-05,10,\n"              /* 8: 10 is allowed */
		"2025-03-06,0,\n";              /* 9: 0 is allowed */
	struct ingest_log log;
	struct ingest_error err;
	struct warnings w;
	(void)state;
	assert_int_equal(INGEST(text, &w, &log, &err), INGEST_OK);
	assert_int_equal(w.n, 3);
	assert_int_equal(w.line[0], 4);
	assert_string_equal(w.msg[0], "column 'pain': '11' is outside 0-10; set aside, the row is kept");
	assert_int_equal(w.line[1], 6);
	assert_string_equal(w.msg[1], "column 'pain': '7,5' is not a number (use '.' as the decimal "
				      "point); set aside, the row is kept");
	assert_int_equal(w.line[2], 7);
	assert_string_equal(w.msg[2], "column 'pain': '-1' is outside 0-10; set aside, the row is kept");
	/* A bad pain is set aside: the run stays, unscored, on its line. */
	assert_int_equal(log.rows, 6);
	assert_int_equal(log.skipped, 0);
	assert_int_equal(log.set_aside[INGEST_VALUE_PAIN], 3);
	assert_int_equal(ingest_set_aside(&log), 3);
	assert_int_equal(log.n_runs, 6);
	static const unsigned long line[6] = {2, 4, 6, 7, 8, 9};
	for (size_t i = 0; i < 6; i++)
		assert_int_equal(ingest_run_line(&log, i), line[i]);
	assert_true(isnan(ingest_pain(&log.runs[1])));
	assert_close(ingest_pain(&log.runs[4]), 10, 0);
	ingest_free(&log);
}

static void warnings_for_other_bad_values(void **state)
{
	static const char text[] =
		"date,pain,ate_before,duration\n" /* 1 */
		"2025-02-30,1,yes,30\n"           /* 2 */
		"2025-03-01,1,maybe,30\n"         /* 3 */
		"2025-03-02,1,yes,1:75:00\n"      /* 4 */
		"2025-03-03,1,yes\n"              /* 5: a field short */
		",1,yes,30\n"                     /* 6 */
		"2025-03-04,1,yes,30\n";          /* 7: fine */
	struct ingest_log log;
	struct ingest_error err;
	struct warnings w;
	(void)state;
	assert_int_equal(INGEST(text, &w, &log, &err), INGEST_OK);
	assert_int_equal(w.n, 5);
	assert_int_equal(w.line[0], 2);
	assert_string_equal(w.msg[0], "column 'date': '2025-02-30' is not a day in the calendar");
	assert_int_equal(w.line[1], 3);
	assert_string_equal(w.msg[1], "column 'ate_before': 'maybe' is not yes or no (--yes WORD, "
				      "--no WORD add words); set aside, the row is kept");
	assert_int_equal(w.line[2], 4);
	assert_string_equal(w.msg[2], "column 'duration': '1:75:00' is not a duration (h:mm:ss, "
				      "mm:ss or minutes); set aside, the row is kept");
	assert_int_equal(w.line[3], 5);
	assert_string_equal(w.msg[3], "expected 4 fields as in the header, found 3");
	assert_int_equal(w.line[4], 6);
	assert_string_equal(w.msg[4], "column 'date' is empty");
	/* Only the date and the fields out of step cost their rows. */
	assert_int_equal(log.skipped, 3);
	assert_int_equal(log.set_aside[INGEST_VALUE_ATE_BEFORE], 1);
	assert_int_equal(log.set_aside[INGEST_VALUE_DURATION], 1);
	assert_int_equal(log.n_runs, 3);
	assert_int_equal(ingest_run_line(&log, 0), 3);
	assert_int_equal(log.runs[0].ate_before, INGEST_UNKNOWN);
	assert_int_equal(ingest_run_line(&log, 1), 4);
	assert_int_equal(log.runs[1].ate_before, INGEST_YES);
	assert_int_equal(ingest_run_line(&log, 2), 7);
	ingest_free(&log);
}

/* opts.today: a date more than INGEST_DAYS_AHEAD (1) day after it is a
 * typo, on the quick path and the general one (a date with a time). */
static void future_dates(void **state)
{
	static const char text[] =
		"date,pain\n"
		"2025-03-02,1\n"        /* MAR(1) + 1: the day of slack */
		"2025-03-03,1\n"        /* MAR(1) + 2: too far */
		"2025-03-02 23:59,2\n"  /* MAR(1) + 1, with a time */
		"2025-03-03T00:00,2\n"; /* MAR(1) + 2, with a time: too far */
	struct ingest_opts opts = {0};
	struct ingest_log log;
	struct ingest_error err;
	struct warnings w = {0};
	FILE *fp = fmemopen((void *)text, sizeof text - 1, "r");
	(void)state;
	assert_non_null(fp);
	opts.warn = collect;
	opts.warn_ctx = &w;
	opts.today = MAR(1);
	ingest_init(&log);
	assert_int_equal(ingest_stream(fp, &opts, &log, &err), INGEST_OK);
	fclose(fp);
	assert_int_equal(log.n_runs, 2);
	assert_int_equal(log.runs[0].day, MAR(1) + 1);
	assert_int_equal(log.runs[1].day, MAR(1) + 1);
	assert_int_equal(log.skipped, 2);
	assert_int_equal(w.n, 2);
	assert_int_equal(w.line[0], 3);
	assert_string_equal(w.msg[0],
			    "column 'date': '2025-03-03' is after today, 2025-03-01 (see --today)");
	assert_int_equal(w.line[1], 5);
	assert_string_equal(w.msg[1], "column 'date': '2025-03-03T00:00' is after today, "
				      "2025-03-01 (see --today)");
	ingest_free(&log);
}

static void crlf_and_bom(void **state)
{
	static const char crlf[] =
		"\xEF\xBB\xBF" "Date,Pain,Notes\r\n"
		"2025-03-01,2,\"two\r\nlines\"\r\n"
		"2025-03-02,3,\r\n"
		"\r\n"
		"2025-03-03,4,x\r\n";
	static const char cr[] = "date,pain\r2025-03-01,2\r2025-03-02,3\r";
	struct ingest_log log;
	struct ingest_error err;
	struct warnings w;
	(void)state;
	assert_int_equal(INGEST(crlf, &w, &log, &err), INGEST_OK);
	assert_int_equal(w.n, 0);
	assert_int_equal(log.columns, INGEST_HAS_NOTES);
	assert_int_equal(log.rows, 3);
	assert_int_equal(log.n_runs, 3);
	assert_int_equal(ingest_run_line(&log, 0), 2);
	assert_int_equal(ingest_run_line(&log, 1), 4);
	assert_int_equal(ingest_run_line(&log, 2), 6);
	assert_int_equal(log.runs[0].day, MAR(1));
	assert_close(ingest_pain(&log.runs[2]), 4, TOL);
	ingest_free(&log);

	/* Old Mac line ends: a lone CR ends a line too. */
	assert_int_equal(INGEST(cr, &w, &log, &err), INGEST_OK);
	assert_int_equal(w.n, 0);
	assert_int_equal(log.n_runs, 2);
	assert_int_equal(ingest_run_line(&log, 0), 2);
	assert_int_equal(ingest_run_line(&log, 1), 3);
	assert_close(ingest_pain(&log.runs[1]), 3, TOL);
	ingest_free(&log);
}

static void no_final_newline_and_header_only(void **state)
{
	static const char last[] = "date,pain\n2025-03-01,2\n2025-03-02,3";
	static const char header_only[] = "date,pain\n";
	struct ingest_log log;
	struct ingest_error err;
	(void)state;
	assert_int_equal(INGEST(last, NULL, &log, &err), INGEST_OK);
	assert_int_equal(log.n_runs, 2);
	assert_int_equal(ingest_run_line(&log, 1), 3);
	assert_close(ingest_pain(&log.runs[1]), 3, TOL);
	ingest_free(&log);

	assert_int_equal(INGEST(header_only, NULL, &log, &err), INGEST_OK);
	assert_int_equal(log.rows, 0);
	assert_int_equal(log.n_runs, 0);
	ingest_free(&log);
}

static void duplicate_column(void **state)
{
	static const char same[] = "date,pain,Pain\n2025-03-01,1,2\n";
	static const char alias[] = "date,pain,km,Distance (mi)\n2025-03-01,1,2,3\n";
	struct ingest_log log;
	struct ingest_error err;
	(void)state;
	assert_int_equal(INGEST(same, NULL, &log, &err), INGEST_EDATA);
	assert_int_equal(err.line, 1);
	assert_string_equal(err.msg, "column 'pain' appears twice in the header (fields 2 and 3)");
	assert_int_equal(log.n_runs, 0);
	ingest_free(&log);

	/* km and distance_mi both name the distance. */
	EXPECT_EDATA(alias, 1, "column 'distance' appears twice in the header (fields 3 and 4)");
}

static void missing_required_column(void **state)
{
	static const char no_pain[] = "date,distance\n2025-03-01,5\n";
	static const char no_date[] = "when,pain\n2025-03-01,5\n";
	(void)state;
	EXPECT_EDATA(no_pain, 1,
		     "the header has no 'pain' column, so there is nothing to analyse: add a pain "
		     "column (0-10), or keep a pain diary and give it with --diary FILE ('runlog diary "
		     "LOG' starts one); found 'date', 'distance'");
	EXPECT_EDATA(no_date, 1,
		     "the header has no 'date' column: runlog reads its own log (date, pain, distance, "
		     "duration, ate_before, ate_after, strength, notes), a Strava activities.csv or a "
		     "Garmin Activities.csv; found 'when', 'pain'");
}

static void unterminated_quote(void **state)
{
	/* tests/data/unterminated.csv: the quote opens on line 3. */
	static const char plain[] =
		"date,pain,notes\n"
		"2025-03-01,2,ok\n"
		"2025-03-02,3,\"unclosed\n"
		"2025-03-03,4,fine\n";
	/* After a closed multi-line field; the open quote is the row's first field. */
	static const char later[] =
		"date,pain,notes\n"       /* 1 */
		"2025-03-01,2,\"a\n"      /* 2 */
		"b\"\n"                   /* 3 */
		"\"2025-03-02,3,x\n"      /* 4: opens here */
		"2025-03-03,4,y\n";       /* 5 */
	/* The open quote is in a row that started on an earlier line. */
	static const char mid[] =
		"date,notes,pain,more\n"  /* 1 */
		"2025-03-01,\"a\n"        /* 2 */
		"b\",2,\"open\n"          /* 3: opens here */
		"c\n";                    /* 4 */
	(void)state;
	EXPECT_EDATA(plain, 3, "unterminated quote: a field opened on line 3 has no closing '\"'");
	EXPECT_EDATA(later, 4, "unterminated quote: a field opened on line 4 has no closing '\"'");
	EXPECT_EDATA(mid, 3, "unterminated quote: a field opened on line 3 has no closing '\"'");
}

static void empty_and_headerless_input(void **state)
{
	static const char blank[] = "\n  \n\r\n";
	static const char headerless[] = "2025-03-01,2\n2025-03-02,3\n";
	struct ingest_log log;
	struct ingest_error err;
	(void)state;
	assert_int_equal(ingest_text("", 0, NULL, &log, &err), INGEST_EDATA);
	assert_int_equal(err.line, 0);
	assert_string_equal(err.msg, "the file is empty");
	assert_int_equal(log.rows, 0);
	ingest_free(&log);

	assert_int_equal(INGEST(blank, NULL, &log, &err), INGEST_EDATA);
	assert_string_equal(err.msg, "the file is empty");
	ingest_free(&log);

	assert_int_equal(INGEST(headerless, NULL, &log, &err), INGEST_EDATA);
	assert_int_equal(err.line, 1);
	assert_non_null(strstr(err.msg, "no header row: the first row starts with the date "
					"'2025-03-01'"));
	ingest_free(&log);
}

static void not_csv(void **state)
{
	static const char json[] = "  [{\"date\": \"2025-03-01\"}]\n";
	static const char nul[] = "date,pain\n2025-03-01,2\n\0\0\0\n";
	static const char zip[] = "PK\x03\x04rest";
	struct ingest_log log;
	struct ingest_error err;
	(void)state;
	assert_int_equal(INGEST(json, NULL, &log, &err), INGEST_EDATA);
	assert_non_null(strstr(err.msg, "looks like JSON"));
	ingest_free(&log);

	assert_int_equal(INGEST(nul, NULL, &log, &err), INGEST_EDATA);
	assert_int_equal(err.line, 3);
	assert_non_null(strstr(err.msg, "NUL byte"));
	ingest_free(&log);

	assert_int_equal(INGEST(zip, NULL, &log, &err), INGEST_EDATA);
	assert_non_null(strstr(err.msg, "ZIP archive"));
	ingest_free(&log);
}

/* A cell longer than 64 bytes is a bad value, whatever it holds; the message
 * shows its first 40 bytes and "...". Here 65 bytes (10 x 6 + 5). */
static void overlong_cell(void **state)
{
	static const char text[] =
		"date,pain\n"
		"2025-03-01,11111111112222222222333333333344444444445555555555666666666677777\n"
		"2025-03-02,2\n";
	static const char sixty_four[] =
		"date,pain\n"
		"2025-03-01,1111111111222222222233333333334444444444555555555566666666667777\n";
	struct ingest_log log;
	struct ingest_error err;
	struct warnings w;
	(void)state;
	assert_int_equal(INGEST(text, &w, &log, &err), INGEST_OK);
	assert_int_equal(w.n, 1);
	assert_int_equal(w.line[0], 2);
	assert_string_equal(w.msg[0], "column 'pain': "
				      "'1111111111222222222233333333334444444444...' is not a number; set aside, the row is kept");
	assert_int_equal(log.n_runs, 2);
	assert_true(isnan(ingest_pain(&log.runs[0])));
	assert_int_equal(ingest_run_line(&log, 1), 3);
	ingest_free(&log);

	/* 64 bytes is not too long: read as a number, 1.1e63, outside 0-10. */
	assert_int_equal(INGEST(sixty_four, &w, &log, &err), INGEST_OK);
	assert_int_equal(w.n, 1);
	assert_string_equal(w.msg[0], "column 'pain': "
				      "'1111111111222222222233333333334444444444...' is outside 0-10; set aside, the row is kept");
	ingest_free(&log);
}

/* ingest reads 256 KiB at a time (READ_CHUNK in ingest_state.h). Put a CRLF's CR
 * as the last byte of the first chunk and its LF as the first of the next,
 * optionally inside a quoted field, and check the line numbers after it. */
#define CHUNK 262144u

static void across_chunk_boundary(int quoted)
{
	size_t cap = CHUNK + 4096, len = 0, k = 0, pad;
	char *buf = malloc(cap);
	struct ingest_log log;
	struct ingest_error err;
	struct warnings w;
	static const char prefix[] = "2025-03-02,2,"; /* 13 bytes */

	assert_non_null(buf);
	len += (size_t)sprintf(buf + len, "date,pain,notes\r\n"); /* line 1 */
	/* k rows of 15 bytes, on lines 2 .. k+1, each on its own day (one
	 * row repeated would be dropped as a copy) */
	while (CHUNK - 1 - len - (sizeof prefix - 1) > 20) {
		char day[11];
		len += (size_t)sprintf(buf + len, "%s,1,n\r\n",
				       date_format(date_from_ymd(1980, 1, 1) + (int32_t)k, day));
		k++;
	}
	/* line k+2: its CR lands on index CHUNK-1 */
	pad = CHUNK - 1 - len - (sizeof prefix - 1) - (size_t)(quoted != 0);
	len += (size_t)sprintf(buf + len, "%s%s", prefix, quoted ? "\"" : "");
	memset(buf + len, 'x', pad);
	len += pad;
	assert_int_equal(buf[CHUNK - 2], 'x');
	len += (size_t)sprintf(buf + len, "\r\n");
	assert_int_equal(buf[CHUNK - 1], '\r');
	assert_int_equal(buf[CHUNK], '\n');
	if (quoted)
		len += (size_t)sprintf(buf + len, "end of notes\"\r\n"); /* line k+3 */
	/* then, with q = 1 when quoted: */
	len += (size_t)sprintf(buf + len, "2025-03-03,3,\"multi\r\nline\"\r\n"); /* k+3+q, 2 lines */
	len += (size_t)sprintf(buf + len, "2025-03-04,11,\r\n");                  /* k+5+q: bad */
	len += (size_t)sprintf(buf + len, "2025-03-05,5,end\r\n");                /* k+6+q */

	assert_int_equal(ingest_text(buf, len, &w, &log, &err), INGEST_OK);
	size_t q = quoted != 0;
	assert_int_equal(w.n, 1);
	assert_int_equal(w.line[0], k + 5 + q);
	assert_string_equal(w.msg[0], "column 'pain': '11' is outside 0-10; set aside, the row is kept");
	assert_int_equal(log.rows, k + 4);
	assert_int_equal(log.n_runs, k + 4); /* the bad pain's run stays, unscored */
	assert_int_equal(ingest_run_line(&log, k - 1), k + 1);
	assert_int_equal(ingest_run_line(&log, k), k + 2);
	assert_close(ingest_pain(&log.runs[k]), 2, 0);
	assert_int_equal(ingest_run_line(&log, k + 1), k + 3 + q);
	assert_close(ingest_pain(&log.runs[k + 1]), 3, 0);
	assert_int_equal(ingest_run_line(&log, k + 2), k + 5 + q);
	assert_true(isnan(ingest_pain(&log.runs[k + 2])));
	assert_int_equal(ingest_run_line(&log, k + 3), k + 6 + q);
	assert_close(ingest_pain(&log.runs[k + 3]), 5, 0);
	ingest_free(&log);
	free(buf);
}

static void crlf_split_across_chunks(void **state)
{
	(void)state;
	across_chunk_boundary(0);
}

static void quoted_crlf_split_across_chunks(void **state)
{
	(void)state;
	across_chunk_boundary(1);
}

/* The read tallies the order, the runs that share a day and the strength
 * flags as it goes: what it then says equals a look at the runs. */
static void order_and_sessions_as_read(void **state)
{
	static const struct {
		const char *text;
		int sorted;
		size_t runs, duplicates, sessions;
	} c[] = {
		/* In order, a second run on a day (not a copy), a copy, a
		 * strength-only row. */
		{"athlete,date,pain,strength\nann,2025-03-01,1,yes\nann,2025-03-01,2,no\n"
		 "ann,2025-03-02,3,yes\nann,2025-03-02,3,yes\nann,2025-03-03,,yes\nbob,2025-03-01,4,no\n",
		 1, 4, 1, 3},
		/* In order, one run a day: nothing to look for. */
		{"date,pain,strength\n2025-03-01,1,yes\n2025-03-02,2,no\n2025-03-04,,yes\n", 1, 2, 0, 2},
		/* Days back in time within an athlete, and an athlete again after another. */
		{"athlete,date,pain,strength\nann,2025-03-02,1,yes\nann,2025-03-01,2,no\n"
		 "bob,2025-03-01,3,yes\nann,2025-03-05,3,yes\nann,2025-03-05,3,yes\n",
		 0, 4, 1, 3},
		/* Slash dates decided after the read: the tally no longer holds;
		 * the copy out of order dropped, the rest is in order. */
		{"date,pain,strength\n03/02/2025,1,yes\n13/02/2025,2,no\n03/02/2025,1,yes\n", 1, 2, 1, 1},
	};
	(void)state;
	for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
		struct ingest_log log;
		struct ingest_error err;
		assert_int_equal(ingest_text(c[i].text, strlen(c[i].text), NULL, &log, &err), INGEST_OK);
		assert_int_equal(log.n_runs, c[i].runs);
		assert_int_equal(log.duplicates, c[i].duplicates);
		assert_int_equal(log.sessions, c[i].sessions);
		if (log.order != INGEST_ORDER_UNKNOWN)
			assert_int_equal(log.order, c[i].sorted ? INGEST_ORDER_SORTED : INGEST_ORDER_UNSORTED);
		assert_int_equal(ingest_sorted(&log), ingest_in_order(log.runs, log.n_runs));
		/* A log built by hand says nothing: ingest_sorted looks. */
		log.order = INGEST_ORDER_UNKNOWN;
		assert_int_equal(ingest_sorted(&log), c[i].sorted);
		ingest_free(&log);
	}
}

/* The reader's fast path (quick_field) reads the usual spellings itself;
 * a blank before a value sends it to the general parser instead. Both must
 * give the same runs and the same messages, at each INGEST_* bound and
 * just past it. */
static void fast_path_as_general(void **state)
{
	static const char *const row[] = {
		"2025-03-01,10,1000,72:00:00",     "2025-03-01,10.001,1,1:00:00",
		"2025-03-01,1,1000.001,1:00:00",   "2025-03-01,1,1,72:00:01",
		"2026-03-02,0.125,5.25,0:30:00",   "2026-03-03,1,1,1:00:00",
		"2025-03-01,3.5,0.3,0:00:30",      "2025-03-01,3.5,1,0:02:30",
		"2025-03-01,3.5,1,0:15:00",        "2025-03-01,3.5,1,0:30:01",
	};
	(void)state;
	for (size_t i = 0; i < sizeof row / sizeof *row; i++) {
		struct ingest_log log[2];
		struct warnings w[2];
		for (int slow = 0; slow < 2; slow++) {
			char text[128], cells[64], *p = cells;
			struct ingest_opts opts = {.warn = collect, .warn_ctx = &w[slow], .today = MAR(1)};
			struct ingest_error err;
			/* " x" for every cell, when slow */
			for (const char *c = row[i]; ; c++) {
				if (slow && (c == row[i] || c[-1] == ','))
					*p++ = ' ';
				if (!(*p++ = *c))
					break;
			}
			int n = snprintf(text, sizeof text, "date,pain,distance_km,duration\n%s\n", cells);
			FILE *fp = fmemopen(text, (size_t)n, "r");
			assert_non_null(fp);
			memset(&w[slow], 0, sizeof w[slow]);
			ingest_init(&log[slow]);
			assert_int_equal(ingest_stream(fp, &opts, &log[slow], &err), INGEST_OK);
			fclose(fp);
		}
		assert_int_equal(log[0].n_runs, log[1].n_runs);
		for (size_t k = 0; k < log[0].n_runs; k++) {
			const struct ingest_run *a = &log[0].runs[k], *b = &log[1].runs[k];
			assert_int_equal(a->day, b->day);
			assert_int_equal(a->pain_m, b->pain_m);
			assert_int_equal(a->km_m, b->km_m);
		}
		assert_int_equal(w[0].n, w[1].n);
		for (size_t k = 0; k < w[0].n && k < 16; k++)
			assert_string_equal(w[0].msg[k], w[1].msg[k]);
		ingest_free(&log[0]);
		ingest_free(&log[1]);
	}
}

/* Read text with --athlete name (NULL: every athlete). */
static void read_as(const char *text, const char *name, struct ingest_log *log)
{
	struct ingest_opts opts = {.need_pain = 1, .athlete = name};
	struct ingest_error err;
	FILE *fp = fmemopen((void *)text, strlen(text), "r");
	assert_non_null(fp);
	ingest_init(log);
	assert_int_equal(ingest_stream(fp, &opts, log, &err), INGEST_OK);
	fclose(fp);
}

/* weekly --all reads a cohort log once, groups it by athlete and takes
 * each athlete's part from it: each part is what reading the file with
 * --athlete gives, runs, sessions and strength column alike. The log
 * interleaves its athletes; Bo records no strength at all, Cy's sessions
 * are rows of their own. */
static void athlete_part_as_read(void **state)
{
	(void)state;
	static const char text[] =
		"athlete,date,distance_km,pain,strength\n"
		"Al,2025-03-03,5,1,yes\n"
		"Bo,2025-03-03,6,2,\n"
		"Cy,2025-03-04,,3,no\n"
		"Al,2025-03-05,7,,no\n"
		"Cy,2025-03-05,,,yes\n"
		"Bo,2025-03-06,8,4,\n"
		"Cy,2025-03-02,4,5,no\n"
		"Al,2025-03-07,9,6,yes\n";
	static const char *const names[] = {"Al", "Bo", "Cy"};
	struct ingest_log all, one, part;
	struct ingest_by_athlete ix;
	read_as(text, NULL, &all);
	assert_int_equal(all.n_athletes, 3);
	assert_int_equal(ingest_group_athletes(&all, &ix), 0);
	for (uint32_t k = 0; k < 3; k++) {
		read_as(text, names[k], &one);
		ingest_init(&part);
		assert_int_equal(ingest_athlete(&all, &ix, k, &part), 0);
		assert_string_equal(part.athletes[0], names[k]);
		assert_int_equal(part.n_athletes, 1);
		assert_int_equal(part.n_runs, one.n_runs);
		for (size_t i = 0; i < one.n_runs; i++)
			assert_true(ingest_run_same(&part.runs[i], &one.runs[i]));
		assert_int_equal(part.n_strength, one.n_strength);
		for (size_t i = 0; i < one.n_strength; i++)
			assert_int_equal(part.strength_days[i], one.strength_days[i]);
		assert_int_equal(part.sessions, one.sessions);
		assert_int_equal(part.columns, one.columns);
		assert_true(part.other_athletes > 0 && one.other_athletes > 0);
		assert_int_equal((part.columns & INGEST_HAS_STRENGTH) != 0, k != 1);
		assert_int_equal(part.n_strength, k == 2);
		ingest_free(&part);
		ingest_free(&one);
	}
	assert_int_equal(ix.runs[3], all.n_runs);
	ingest_by_athlete_free(&ix);
	ingest_free(&all);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(normalize_names),
		cmocka_unit_test(header_quirks_and_miles),
		cmocka_unit_test(kilometres_and_durations),
		cmocka_unit_test(row_kinds),
		cmocka_unit_test(lines_after_multiline_notes),
		cmocka_unit_test(warning_for_bad_pain),
		cmocka_unit_test(warnings_for_other_bad_values),
		cmocka_unit_test(future_dates),
		cmocka_unit_test(crlf_and_bom),
		cmocka_unit_test(no_final_newline_and_header_only),
		cmocka_unit_test(duplicate_column),
		cmocka_unit_test(missing_required_column),
		cmocka_unit_test(unterminated_quote),
		cmocka_unit_test(empty_and_headerless_input),
		cmocka_unit_test(not_csv),
		cmocka_unit_test(overlong_cell),
		cmocka_unit_test(crlf_split_across_chunks),
		cmocka_unit_test(quoted_crlf_split_across_chunks),
		cmocka_unit_test(order_and_sessions_as_read),
		cmocka_unit_test(fast_path_as_general),
		cmocka_unit_test(athlete_part_as_read),
	};
	return cmocka_run_group_tests_name("ingest", tests, NULL, NULL);
}
