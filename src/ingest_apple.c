/* ingest_apple: Apple Health's export.xml, one element at a time through
 * libxml2's streaming reader (xmlTextReader), never a DOM: the reader
 * frees each element once past it, so memory does not grow with the file,
 * which is often hundreds of MB. Workouts become runs and strength
 * sessions through the reader's own store (ingest_reader_add), so copies,
 * sessions and strength-only days are found as for a CSV log. */
#include "ingest_apple.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runlog/date.h"
#include "runlog/num.h"

#include "ingest_lib.h"
#include "ingest_log.h"
#include "ingest_state.h"

#define RUNNING "HKWorkoutActivityTypeRunning"
#define BACK_PAIN "HKCategoryTypeIdentifierLowerBackPain"
#define SEVERITY "HKCategoryValueSeverity"
#define DISTANCE_STAT "HKQuantityTypeIdentifierDistanceWalkingRunning"

/* The highest pain of a day, in thousandths. */
struct day_pain {
	int32_t day;
	unsigned pain_m;
};

/* The workout being read, from its start tag to its end. */
struct workout {
	int open;
	enum { W_RUN, W_STRENGTH, W_OTHER } kind;
	int32_t day;      /* INT32_MIN: its date is bad (warned) */
	double km;        /* NAN: none yet */
	int km_depth;     /* the depth it came from: the workout's own
	                     statistic (2) wins over an activity's (3) */
	unsigned long line;
	uint32_t hash;
};

struct apple {
	struct ingest_xml_lib *lib;
	xmlTextReaderPtr x;
	struct ingest_source *src;
	struct reader *r;
	const struct ingest_opts *opts;
	struct ingest_log *log;
	struct day_pain *pain;
	size_t n_pain, cap_pain;
	struct workout w;
	char xml_why[240];       /* libxml2's first error, and its line */
	unsigned long xml_line;
	int durations;           /* some workout had a duration */
};

int ingest_apple_magic(const unsigned char *p, size_t n)
{
	size_t i = n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
		i++;
	return n - i >= 5 && memcmp(p + i, "<?xml", 5) == 0;
}

static int read_cb(void *ctx, char *buf, int len)
{
	struct ingest_source *src = ctx;
	long n;
	if (src->get) {
		n = src->get(src->get_ctx, buf, (size_t)len, &src->error);
	} else {
		do
			n = (long)read(src->fd, buf, (size_t)len);
		while (n < 0 && errno == EINTR);
		if (n < 0)
			src->error = errno;
	}
	return n < 0 ? -1 : (int)n;
}

static void xml_error(void *ctx, const char *msg, xmlParserSeverities sev, xmlTextReaderLocatorPtr loc)
{
	struct apple *a = ctx;
	if (*a->xml_why || (sev != XML_PARSER_SEVERITY_ERROR && sev != XML_PARSER_SEVERITY_VALIDITY_ERROR))
		return;
	a->xml_line = (unsigned long)a->lib->xmlTextReaderLocatorLineNumber(loc);
	snprintf(a->xml_why, sizeof a->xml_why, "%s", msg);
	size_t n = strlen(a->xml_why);
	while (n && (a->xml_why[n - 1] == '\n' || a->xml_why[n - 1] == ' '))
		a->xml_why[--n] = '\0';
}

/* Free what libxml2 allocated (an attribute's value). */
static void xfree(const struct apple *a, void *p)
{
	(*a->lib->free_fn)(p);
}

/* The current element's line (the parser may be read ahead of it). */
static unsigned long line_of(const struct apple *a)
{
	xmlNodePtr n = a->lib->xmlTextReaderCurrentNode(a->x);
	long line = n ? a->lib->xmlGetLineNo(n) : -1;
	if (line <= 0)
		line = a->lib->xmlTextReaderGetParserLineNumber(a->x);
	return line > 0 ? (unsigned long)line : 0;
}

/* An attribute of the current element, or NULL; the caller frees it. */
static char *attr(const struct apple *a, const char *name)
{
	return (char *)a->lib->xmlTextReaderGetAttribute(a->x, (const xmlChar *)name);
}

/* "2025-03-04 07:12:33 +0100": the day as written, or with --tz the day
 * of that moment in TZ. Returns 0, or -1 when s is not such a stamp. */
static int stamp_day(const struct apple *a, const char *s, int32_t *day)
{
	int32_t d;
	if (!s || strlen(s) != 25 || date_parse_ymd(s, 10, &d) || s[10] != ' ' || s[19] != ' ' ||
	    (s[20] != '+' && s[20] != '-'))
		return -1;
	int v[5];
	static const int at[5] = {11, 14, 17, 21, 23};
	for (int i = 0; i < 5; i++) {
		if (s[at[i]] < '0' || s[at[i]] > '9' || s[at[i] + 1] < '0' || s[at[i] + 1] > '9')
			return -1;
		v[i] = (s[at[i]] - '0') * 10 + s[at[i] + 1] - '0';
	}
	if (s[13] != ':' || s[16] != ':' || v[0] > 23 || v[1] > 59 || v[2] > 60 || v[4] > 59)
		return -1;
	struct date_stamp st = {.day = d, .secs = v[0] * 3600 + v[1] * 60 + v[2], .zone = 1,
				.offset = (s[20] == '-' ? -1 : 1) * (v[3] * 60 + v[4])};
	*day = a->opts->zone_given ? date_local_day(&st) : d;
	return 0;
}

/* The day of the current element's startDate, or -1 after a warning (the
 * element is skipped). */
static int element_day(struct apple *a, const char *what, int32_t *day)
{
	char *s = attr(a, "startDate"), msg[200], why[64];
	int bad = stamp_day(a, s, day);
	if (bad)
		snprintf(msg, sizeof msg, "a %s's startDate: '%.40s' is not a date (expected "
			 "YYYY-MM-DD hh:mm:ss +hhmm)", what, s ? s : "");
	else if (ingest_too_far(a->opts, *day))
		snprintf(msg, sizeof msg, "a %s's startDate: '%.40s' %s", what, s,
			 ingest_too_far_why(a->opts, why, sizeof why));
	bad = bad || ingest_too_far(a->opts, *day);
	if (bad) {
		a->log->skipped++;
		ingest_reader_warn(a->r, line_of(a), msg, 0, 0);
	}
	xfree(a, s);
	return bad ? -1 : 0;
}

/* A distance and its unit (km, mi, m) in km; NAN when either is missing
 * or unreadable, or the distance is out of range (warned). */
static double distance_km(struct apple *a, const char *v, const char *unit)
{
	double x;
	char msg[160];
	if (!v || !unit || num_parse_decimal(v, &x))
		return NAN;
	double km = strcmp(unit, "km") == 0   ? x
		    : strcmp(unit, "mi") == 0 ? x * INGEST_KM_PER_MILE
		    : strcmp(unit, "m") == 0  ? x / 1000
					      : NAN;
	if (!isnan(km) && (km < 0 || km > INGEST_KM_MAX)) {
		snprintf(msg, sizeof msg, "a Workout's distance: '%.30s %.8s' is outside 0-%d km" INGEST_SET_ASIDE_NOTE,
			 v, unit, INGEST_KM_MAX);
		a->log->set_aside[INGEST_VALUE_DISTANCE]++;
		ingest_reader_warn(a->r, line_of(a), msg, 0, 0);
		return NAN;
	}
	return km;
}

static void workout_start(struct apple *a)
{
	char *type = attr(a, "workoutActivityType"), *start = attr(a, "startDate");
	char *dur = attr(a, "duration"), *dist = attr(a, "totalDistance");
	char *unit = attr(a, "totalDistanceUnit");
	const char *t = type ? type : "";
	struct workout *w = &a->w;
	a->log->rows++;
	*w = (struct workout){.open = 1, .km = NAN, .line = line_of(a), .kind = W_OTHER};
	if (strcmp(t, RUNNING) == 0)
		w->kind = W_RUN;
	else if (strcmp(t, "HKWorkoutActivityTypeTraditionalStrengthTraining") == 0 ||
		 strcmp(t, "HKWorkoutActivityTypeFunctionalStrengthTraining") == 0)
		w->kind = W_STRENGTH;
	const char *const fields[] = {t, start ? start : "", dur ? dur : "", dist ? dist : ""};
	w->hash = ingest_reader_hash(fields, 4);
	if (w->kind != W_OTHER && element_day(a, "Workout", &w->day))
		w->open = 0;
	else if (w->kind == W_RUN && !isnan(w->km = distance_km(a, dist, unit)))
		w->km_depth = 1;
	a->durations = a->durations || (w->kind == W_RUN && dur);
	xfree(a, type), xfree(a, start), xfree(a, dur), xfree(a, dist), xfree(a, unit);
}

/* Newer exports give a run's distance as a statistic of the workout, and
 * of each of its WorkoutActivity children. */
static void workout_statistic(struct apple *a)
{
	char *type = attr(a, "type");
	int depth = a->lib->xmlTextReaderDepth(a->x);
	if (a->w.open && a->w.kind == W_RUN && (isnan(a->w.km) || depth < a->w.km_depth) && type &&
	    strcmp(type, DISTANCE_STAT) == 0) {
		char *sum = attr(a, "sum"), *unit = attr(a, "unit");
		double km = distance_km(a, sum, unit);
		if (!isnan(km))
			a->w.km = km, a->w.km_depth = depth;
		xfree(a, sum), xfree(a, unit);
	}
	xfree(a, type);
}

static void workout_end(struct apple *a)
{
	struct workout *w = &a->w;
	if (!w->open)
		return;
	w->open = 0;
	if (w->kind == W_OTHER) {
		a->log->other_activities++;
		return;
	}
	unsigned km_m = w->kind == W_RUN ? ingest_milli(w->km, INGEST_KM_NONE) : INGEST_KM_NONE;
	ingest_reader_add(a->r, w->line, w->hash, w->day, km_m, w->kind == W_STRENGTH);
}

/* "HKCategoryValueSeverityMild": its score in thousandths, or -1. */
static long severity(const char *v)
{
	static const struct {
		const char *name;
		int score;
	} scale[] = {{"NotPresent", INGEST_APPLE_NONE}, {"Mild", INGEST_APPLE_MILD},
		     {"Moderate", INGEST_APPLE_MODERATE}, {"Severe", INGEST_APPLE_SEVERE}};
	size_t n = strlen(SEVERITY);
	if (!v || strncmp(v, SEVERITY, n) != 0)
		return -1;
	for (size_t i = 0; i < sizeof scale / sizeof *scale; i++)
		if (strcmp(v + n, scale[i].name) == 0)
			return scale[i].score * 1000L;
	return -1;
}

/* A LowerBackPain record: its day's pain, the highest of the day's. */
static void pain_record(struct apple *a)
{
	char *v = attr(a, "value");
	long m = severity(v);
	int32_t day;
	xfree(a, v);
	if (m < 0 || element_day(a, "Record", &day))
		return; /* Unspecified, or a severity Apple may add: no score */
	if (a->n_pain && a->pain[a->n_pain - 1].day == day) {
		if ((unsigned)m > a->pain[a->n_pain - 1].pain_m)
			a->pain[a->n_pain - 1].pain_m = (unsigned)m;
		return;
	}
	if (a->n_pain == a->cap_pain) {
		struct day_pain *p = ingest_grow(a->pain, &a->cap_pain, sizeof *p, 256);
		if (!p) {
			ingest_reader_fail(a->r, INGEST_ENOMEM, 0, "out of memory");
			return;
		}
		a->pain = p;
	}
	a->pain[a->n_pain++] = (struct day_pain){day, (unsigned)m};
}

static int cmp_pain(const void *x, const void *y)
{
	const struct day_pain *p = x, *q = y;
	return (p->day > q->day) - (p->day < q->day);
}

/* Each run's pain: its day's highest severity, or none. */
static void apply_pain(struct apple *a)
{
	size_t w = 0;
	if (a->n_pain) /* no pain record: a->pain may be NULL, which qsort may not take */
		qsort(a->pain, a->n_pain, sizeof *a->pain, cmp_pain);
	for (size_t i = 0; i < a->n_pain; i++) {
		if (w && a->pain[w - 1].day == a->pain[i].day) {
			if (a->pain[i].pain_m > a->pain[w - 1].pain_m)
				a->pain[w - 1].pain_m = a->pain[i].pain_m;
		} else {
			a->pain[w++] = a->pain[i];
		}
	}
	for (size_t i = 0; i < a->log->n_runs; i++) {
		struct ingest_run *run = &a->log->runs[i];
		struct day_pain key = {run->day, 0}, *p = w ? bsearch(&key, a->pain, w, sizeof key, cmp_pain) : NULL;
		if (p)
			*run = ingest_run_make(run->day, run->hash, p->pain_m, run->athlete, run->km_m,
					       run->ate_before, run->ate_after, run->strength);
	}
}

/* An entity declared in the DOCTYPE could expand a few bytes into
 * gigabytes ("billion laughs"); Apple's export declares none, so any is
 * refused before the first element is read. */
static int declares_entities(struct apple *a)
{
	/* The DOCTYPE node itself: xmlTextReaderCurrentDoc would keep the
	 * whole document from being freed as it is read. */
	xmlNodePtr n = a->lib->xmlTextReaderCurrentNode(a->x);
	xmlDtdPtr dtd = n && n->type == XML_DTD_NODE ? (xmlDtdPtr)n : NULL;
	return dtd && ((dtd->entities && a->lib->xmlHashSize(dtd->entities) > 0) ||
		       (dtd->pentities && a->lib->xmlHashSize(dtd->pentities) > 0));
}

/* One node of the document. */
static void node(struct apple *a)
{
	int type = a->lib->xmlTextReaderNodeType(a->x), depth = a->lib->xmlTextReaderDepth(a->x);
	const char *name = (const char *)a->lib->xmlTextReaderConstLocalName(a->x);
	if (!name)
		return;
	if (type == XML_READER_TYPE_DOCUMENT_TYPE && declares_entities(a)) {
		ingest_reader_fail(a->r, INGEST_EDATA, 0, "the DOCTYPE declares entities: runlog refuses "
				   "them (they can expand without end; Apple's export has none)");
	} else if (type == XML_READER_TYPE_ELEMENT && depth == 0 && strcmp(name, "HealthData") != 0) {
		char msg[160];
		snprintf(msg, sizeof msg, "the root element is '%.40s', not 'HealthData': not an Apple "
			 "Health export", name);
		ingest_reader_fail(a->r, INGEST_EDATA, line_of(a), msg);
	} else if (type == XML_READER_TYPE_ELEMENT && depth == 1 && strcmp(name, "Workout") == 0) {
		workout_start(a);
		if (a->lib->xmlTextReaderIsEmptyElement(a->x))
			workout_end(a);
	} else if (type == XML_READER_TYPE_END_ELEMENT && depth == 1 && strcmp(name, "Workout") == 0) {
		workout_end(a);
	} else if (type == XML_READER_TYPE_ELEMENT && depth >= 2 && strcmp(name, "WorkoutStatistics") == 0) {
		workout_statistic(a);
	} else if (type == XML_READER_TYPE_ELEMENT && depth == 1 && strcmp(name, "Record") == 0) {
		char *kind = attr(a, "type");
		if (kind && strcmp(kind, BACK_PAIN) == 0)
			pain_record(a);
		xfree(a, kind);
	}
}

/* The document, node by node, until its end, an error, or a failure. */
static void walk(struct apple *a)
{
	int rc = 0;
	while (!ingest_reader_status(a->r) && (rc = a->lib->xmlTextReaderRead(a->x)) == 1)
		node(a);
	if (ingest_reader_status(a->r))
		return;
	if (rc < 0 && a->src->error)
		ingest_reader_fail(a->r, INGEST_EIO, 0, strerror(a->src->error));
	else if (rc < 0)
		ingest_fail(a->r, INGEST_EDATA, a->xml_line ? a->xml_line : line_of(a),
			    "cannot be read as XML: %s", *a->xml_why ? a->xml_why : "not well-formed");
}

/* The document, read with libxml2's reader, into a->r's log. Returns 0,
 * or -1 when out of memory. */
static int parse(struct apple *a)
{
	/* No network, no external DTD, entities left as references (no
	 * XML_PARSE_NOENT, DTDLOAD or HUGE): libxml2's own limits stand. */
	a->x = a->lib->xmlReaderForIO(read_cb, NULL, a->src, NULL, NULL,
				      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
					      XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES);
	if (!a->x)
		return -1;
	a->lib->xmlTextReaderSetErrorHandler(a->x, xml_error, a);
	walk(a);
	a->lib->xmlFreeTextReader(a->x);
	return 0;
}

enum ingest_status ingest_apple_read(struct ingest_source *src, const struct ingest_opts *opts,
				     struct ingest_log *log, struct ingest_error *err)
{
	struct apple a = {.src = src, .opts = opts, .log = log};
	char why[400];
	if (!(a.lib = ingest_xml_lib_open(why, sizeof why))) {
		err->line = 0;
		snprintf(err->msg, sizeof err->msg, "reading Apple Health's export needs libxml2: %s", why);
		return INGEST_ENOINPUT;
	}
	a.r = ingest_reader_new(opts, log, err);
	log->format = INGEST_FORMAT_APPLE;
	if (!a.r || parse(&a) != 0) {
		ingest_reader_free(a.r);
		ingest_xml_lib_close(a.lib);
		return INGEST_ENOMEM;
	}
	log->columns = log->named = INGEST_HAS_DISTANCE | INGEST_HAS_STRENGTH |
				    (a.durations ? INGEST_HAS_DURATION : 0u);
	if (!ingest_reader_status(a.r)) {
		apply_pain(&a);
		ingest_reader_finish(a.r);
	}
	enum ingest_status st = ingest_reader_status(a.r);
	ingest_reader_free(a.r);
	ingest_xml_lib_close(a.lib);
	free(a.pain);
	return st;
}
