/* report_missing: the factors a log does not record, in the file's terms. */
#include <stdio.h>
#include <string.h>

#include "runlog/report.h"

/* The column behind each factor, as the header spells it. */
static unsigned column_of(enum stats_factor k)
{
	switch (k) {
	case STATS_MEAL_BEFORE: return INGEST_HAS_ATE_BEFORE;
	case STATS_MEAL_AFTER: return INGEST_HAS_ATE_AFTER;
	case STATS_STRENGTH: return INGEST_HAS_STRENGTH;
	case STATS_LOAD_SPIKE: return INGEST_HAS_DISTANCE; /* and long_run's, said with it */
	default: return 0;
	}
}

/* "ate_before or ate_after" (join "or") or "ate_before and ate_after". */
static const char *names_of(unsigned cols, const char *join, char *buf, size_t cap)
{
	static const struct { unsigned bit; const char *name; } col[] = {
		{INGEST_HAS_ATE_BEFORE, "ate_before"}, {INGEST_HAS_ATE_AFTER, "ate_after"},
		{INGEST_HAS_STRENGTH, "strength"}, {INGEST_HAS_DISTANCE, "distance"},
	};
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < sizeof col / sizeof col[0]; i++)
		if ((cols & col[i].bit) && used < cap)
			used += (size_t)snprintf(buf + used, cap - used, "%s%s", used ? join : "", col[i].name);
	return buf;
}

static int several(unsigned cols)
{
	return (cols & (cols - 1)) != 0;
}

/* Why the log itself holds nothing for cols: "" when the diary says it all. */
static void log_part(const struct ingest_log *log, const char *diary, unsigned cols, char *buf, size_t cap)
{
	char n[64];
	int app = log->format >= INGEST_FORMAT_STRAVA;
	const unsigned meals = INGEST_HAS_ATE_BEFORE | INGEST_HAS_ATE_AFTER;
	buf[0] = '\0';
	if (log->format == INGEST_FORMAT_APPLE && !(cols & ~meals))
		snprintf(buf, cap, "Apple Health does not record meals%s",
			 diary ? "" : "; a pain diary with ate_before and ate_after columns, given with "
				      "--diary FILE, adds them");
	else if (cols == INGEST_HAS_STRENGTH && app && (log->named & cols))
		snprintf(buf, cap, "no strength session in the export");
	else if (log->named & cols)
		snprintf(buf, cap, "the %s%s column%s %s empty", diary ? "log's " : "",
			 names_of(cols, " and ", n, sizeof n), several(cols) ? "s" : "",
			 several(cols) ? "are" : "is");
	else if (!diary)
		snprintf(buf, cap, "no %s column", names_of(cols, " or ", n, sizeof n));
	else if (cols == INGEST_HAS_DISTANCE)
		snprintf(buf, cap, "the log has no distance column");
}

void report_missing_why(const struct ingest_log *log, const char *diary, unsigned cols, char *buf,
			size_t cap)
{
	char n[64], part[160];
	log_part(log, diary, cols, part, sizeof part);
	if (!diary || cols == INGEST_HAS_DISTANCE) {
		snprintf(buf, cap, "%s", part);
		return;
	}
	if (log->diary_named & cols)
		snprintf(buf, cap, "%s%sthe diary's %s column%s %s empty", part, *part ? ", and " : "",
			 names_of(cols, " and ", n, sizeof n), several(cols) ? "s" : "",
			 several(cols) ? "are" : "is");
	else
		snprintf(buf, cap, "%s%sthe diary%s%s has no %s column", part, *part ? ", and " : "",
			 *diary ? " " : "", diary, names_of(cols, " or ", n, sizeof n));
}

/* The two meals say one thing when neither is recorded and both columns
 * are in the same files. */
static int meals_as_one(const struct ingest_log *log, const char *diary, const struct stats_result *st)
{
	const unsigned both = INGEST_HAS_ATE_BEFORE | INGEST_HAS_ATE_AFTER;
	unsigned in_log = log->named & both, in_diary = diary ? log->diary_named & both : 0;
	return !st->measured[STATS_MEAL_BEFORE] && !st->measured[STATS_MEAL_AFTER] &&
	       (in_log == 0 || in_log == both) && (in_diary == 0 || in_diary == both);
}

const char *report_not_recorded(const struct ingest_log *log, const char *diary, const struct stats_result *st,
				char *buf, size_t cap)
{
	static const char *const label[STATS_NFACTORS] = {
		"", "meals before runs", "meals after runs", "strength sessions",
		"jumps in distance and long runs", ""};
	int one = meals_as_one(log, diary, st);
	size_t used = 0;
	buf[0] = '\0';
	for (int k = 0; k < STATS_NFACTORS && used < cap; k++) {
		char why[512];
		unsigned cols = column_of((enum stats_factor)k);
		if (st->measured[k] || !cols || (one && k == STATS_MEAL_AFTER))
			continue;
		if (one && k == STATS_MEAL_BEFORE)
			cols |= INGEST_HAS_ATE_AFTER;
		report_missing_why(log, diary, cols, why, sizeof why);
		used += (size_t)snprintf(buf + used, cap - used, "%s%s (%s)", used ? ", " : "",
					 one && k == STATS_MEAL_BEFORE ? "meals before and after runs" : label[k], why);
	}
	return buf;
}
