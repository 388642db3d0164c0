/* report_roster: a coach's roster of one week, as a doc, as JSON, and as
 * the summary cron mails. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runlog/date.h"
#include "runlog/json.h"
#include "runlog/report.h"
#include "runlog/safe.h"

void report_roster_set(struct report_roster_row *row, const char *name,
		       const struct stats_week_report *wk, const struct findings_week *fw, int32_t end)
{
	row->athlete = name;
	row->runs = wk->n;
	row->last_run = wk->has_last_run ? wk->last_run : 0;
	row->km = wk->v[WEEK_DISTANCE];
	row->mean_pain = wk->v[WEEK_MEAN_PAIN];
	row->usual = wk->n ? stats_usual_name(&wk->usual[WEEK_MEAN_PAIN]) : NULL;
	row->has_top = fw->has_top;
	row->top = fw->top;
	row->flags = findings_week_flags(wk, end);
}

/* Whether a row goes first: flagged, or its week was not written. */
static int first(const struct report_roster_row *row)
{
	return row->flags || row->failed;
}

/* "high_pain, rising", "failed" first when it failed; "" when none. */
static const char *flag_words(const struct report_roster_row *row, char *buf, size_t cap)
{
	size_t used = (size_t)snprintf(buf, cap, "%s", row->failed ? "failed" : "");
	for (int i = 0; i < FINDINGS_NFLAGS && used < cap; i++)
		if (row->flags & (1u << i))
			used += (size_t)snprintf(buf + used, cap - used, "%s%s", used ? ", " : "",
						 findings_flag_name(i));
	return buf;
}

static double in_unit(const struct report_roster *r, double km)
{
	return r->miles ? km / INGEST_KM_PER_MILE : km;
}

void report_roster_order(const struct report_roster_row *rows, size_t n, size_t *order)
{
	size_t w = 0;
	for (int pass = 0; pass < 2; pass++)
		for (size_t k = 0; k < n; k++)
			if (first(&rows[k]) == !pass)
				order[w++] = k;
}

static void row_cells(const void *ctx, size_t i, const char **cells, char *buf, size_t cap)
{
	const struct report_roster *r = ctx;
	const struct report_roster_row *row = &r->rows[r->order[i]];
	size_t part = cap / 5;
	char week[9];
	snprintf(buf, part, "%zu", row->runs);
	report_num(in_unit(r, row->km), 1, buf + part, part);
	report_num(row->mean_pain, 1, buf + 2 * part, part);
	cells[0] = row->athlete;
	cells[1] = flag_words(row, buf + 3 * part, part);
	cells[2] = buf + 2 * part;
	cells[3] = row->usual ? row->usual : "-";
	cells[4] = buf;
	cells[5] = buf + part;
	cells[6] = row->has_top ? findings_remedy_name(row->top) : "none";
	/* The name links to the athlete's report, unless it was not written. */
	if (!row->failed && (size_t)snprintf(buf + 4 * part, part, "../%s/%s/report.html", row->folder,
					     date_format_week(r->monday, week)) < part)
		cells[7] = buf + 4 * part;
}

void report_roster_doc(const struct report_roster *r, struct doc *d)
{
	char t[64], week[9];
	size_t flagged = 0;
	for (size_t k = 0; k < r->n; k++)
		flagged += first(&r->rows[k]) != 0;
	date_format_week(r->monday, week);
	doc_add(d, DOC_TITLE, "runlog roster: %s", report_week_title(r->monday, r->so_far, r->end, t, sizeof t));
	doc_add(d, DOC_PARA, "log: %s; %zu athlete%s, %zu flagged or failed", r->file, r->n,
		r->n == 1 ? "" : "s", flagged);
	/* The flags and the pain first: on a phone each row stacks, and they
	 * come right under the athlete's name. */
	doc_table(d, 7, "llrlrrl");
	const char *head[] = {"athlete", "flags", "mean pain", "against usual", "runs",
			      r->miles ? "distance (mi)" : "distance (km)", "top remedy"};
	doc_row(d, head);
	doc_rows(d, r->n, row_cells, r);
	doc_link_column(d, 0);
	doc_add(d, DOC_PARA, "Flags: high_pain, a mean pain of %g or more, or above the runner's usual; "
			     "rising, the mean of the weekly mean pains of the last %d weeks at least %g "
			     "point%s above that of the %d weeks before; stale, no runs in the %d days to "
			     "the week's end; failed, the athlete's reports could not be written (see the "
			     "error). A name links to the athlete's week, in ../FOLDER/%s/ from this folder "
			     "(roster.json names each folder).", FINDINGS_HIGH_PAIN, FINDINGS_RISING_WEEKS,
		FINDINGS_RISING_POINTS, FINDINGS_RISING_POINTS > 1 ? "s" : "", FINDINGS_RISING_WEEKS,
		STATS_STALE_DAYS, week);
	doc_add(d, DOC_NOTE, "%s", findings_caution);
}

static void row_json(struct json_writer *w, const struct report_roster_row *row)
{
	json_object(w, JSON_INLINE);
	json_kv_str(w, "athlete", row->athlete);
	json_kv_str(w, "folder", row->folder);
	json_kv_int(w, "runs", (intmax_t)row->runs);
	json_kv_num(w, "distance_km", row->km);
	json_kv_num(w, "mean_pain", row->mean_pain);
	json_kv_str(w, "usual", row->usual);
	json_kv_str(w, "top_remedy", row->has_top ? findings_remedy_name(row->top) : NULL);
	json_key(w, "flags");
	json_array(w, JSON_INLINE);
	for (int i = 0; i < FINDINGS_NFLAGS; i++)
		if (row->flags & (1u << i))
			json_str(w, findings_flag_name(i));
	json_end(w);
	json_kv_bool(w, "failed", row->failed);
	json_end(w);
}

int report_roster_json(FILE *o, const struct report_roster *r)
{
	struct json_writer w;

	json_init(&w, o);
	json_object(&w, JSON_LINES);
	report_week_json_head(&w, r->monday, r->so_far, r->file);
	json_key(&w, "athletes");
	json_array(&w, JSON_LINES);
	for (size_t k = 0; k < r->n; k++)
		row_json(&w, &r->rows[k]);
	json_end(&w);
	json_end(&w);
	return ferror(o) ? -1 : 0;
}

/* "  ! NAME: 5 runs, 40.2 km, mean pain 4.5 (above): high_pain" */
static void summary_line(FILE *o, const struct report_roster *r, const struct report_roster_row *row)
{
	char v[32], f[64];
	fputs(first(row) ? "  ! " : "    ", o);
	safe_term_put(o, row->athlete, strlen(row->athlete));
	fprintf(o, ": %zu run%s", row->runs, row->runs == 1 ? "" : "s");
	if (!row->runs && row->last_run)
		fprintf(o, ", none since %s", date_format(row->last_run, v));
	if (row->runs && !isnan(row->km))
		fprintf(o, ", %s %s", report_num(in_unit(r, row->km), 1, v, sizeof v), r->miles ? "mi" : "km");
	if (!isnan(row->mean_pain))
		fprintf(o, ", mean pain %s", report_num(row->mean_pain, 1, v, sizeof v));
	if (row->usual)
		fprintf(o, " (%s%s)", row->usual, strcmp(row->usual, "typical") ? " your usual" : "");
	if (first(row))
		fprintf(o, ": %s", flag_words(row, f, sizeof f));
	fputc('\n', o);
}

int report_roster_summary(FILE *o, const struct report_roster *r)
{
	char t[64];
	size_t flagged = 0;
	for (size_t k = 0; k < r->n; k++)
		flagged += first(&r->rows[k]) != 0;
	if (!r->quiet)
		fprintf(o, "%s: %zu athlete%s, %zu flagged or failed\n",
			report_week_title(r->monday, r->so_far, r->end, t, sizeof t), r->n, r->n == 1 ? "" : "s",
			flagged);
	for (size_t i = 0; i < r->n; i++) {
		const struct report_roster_row *row = &r->rows[r->order[i]];
		if (first(row) || !r->quiet)
			summary_line(o, r, row);
	}
	if (!r->quiet) {
		fputs("  roster: ", o);
		safe_term_put(o, r->folder, strlen(r->folder));
		fputs("/roster.html\n", o);
	}
	return ferror(o) ? -1 : 0;
}
