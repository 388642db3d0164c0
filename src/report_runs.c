/* report_runs_csv: the data behind the charts, one row per run. */
#include <stdio.h>

#include "runlog/date.h"
#include "runlog/report.h"
#include "runlog/safe.h"

static const char *yes_no(int v)
{
	return v == INGEST_YES ? "yes" : v == INGEST_NO ? "no" : "";
}

/* Whether a run of f has the diary's notes. */
static int any_notes(const struct ingest_log *log, const struct features *f)
{
	for (size_t i = 0; log->n_notes && i < f->n; i++)
		if (ingest_note_of(log, f->runs[i].day))
			return 1;
	return 0;
}

int report_runs_csv(FILE *out, const struct ingest_log *log, const struct features *f)
{
	int athletes = (log->columns & INGEST_HAS_ATHLETE) != 0, notes = any_notes(log, f);
	char date[16];
	fprintf(out, "%sdate,distance_km,pain,streak,meal_before,meal_after,strength_7d,load_spike,long_run%s\n",
		athletes ? "athlete," : "", notes ? ",notes" : "");
	for (size_t i = 0; i < f->n; i++) {
		const struct features_run *r = &f->runs[i];
		if (athletes) {
			safe_csv_put(out, log->athletes[r->athlete]);
			fputc(',', out);
		}
		fprintf(out, "%s,", date_format(r->day, date));
		if (r->km_m != INGEST_KM_NONE)
			fprintf(out, "%g", features_km(r));
		fputc(',', out);
		if (r->pain_m != INGEST_PAIN_NONE)
			fprintf(out, "%g", features_pain(r));
		fprintf(out, ",%d,%s,%s,%s,%s,%s", r->streak, yes_no(r->meal_before), yes_no(r->meal_after),
			yes_no(f->has_strength ? r->strength : INGEST_UNKNOWN), yes_no(r->load_spike),
			yes_no(r->long_run));
		const char *note = notes ? ingest_note_of(log, r->day) : NULL;
		if (notes)
			fputc(',', out);
		if (note)
			safe_csv_put(out, note);
		fputc('\n', out);
	}
	return ferror(out) ? -1 : 0;
}
