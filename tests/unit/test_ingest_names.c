/* ingest_names.c, the table of the app exports' names in each language:
 * every line is recognised from a header of its own names, none is hidden
 * by an earlier line, and every activity type reads as its line says. */
#include "testutil.h"

#include <string.h>

#include "../../src/ingest_layout.h"
#include "runlog/num.h"

/* The names of line e, normalised as the layout compares them. */
static void names_of(const struct ingest_export *e, char out[4][128])
{
	const char *name[4] = {e->date, e->type, e->distance, e->duration};
	int mi;
	for (int k = 0; k < 4; k++)
		ingest_normalize_name(name[k], out[k], 128, &mi);
}

static int in(char set[4][128], const char *name)
{
	for (int k = 0; k < 4; k++)
		if (strcmp(set[k], name) == 0)
			return 1;
	return 0;
}

static void each_line_is_recognised(void **state)
{
	(void)state;
	for (size_t i = 0; i < ingest_n_exports; i++) {
		const struct ingest_export *e = &ingest_exports[i];
		char *hdr[5] = {(char *)e->date, (char *)e->type, (char *)e->distance, (char *)e->duration,
				"Kalorien"};
		struct ingest_opts opts = {0};
		struct ingest_layout l;
		char msg[512];
		if (ingest_layout_build(hdr, 5, &opts, &l, msg, sizeof msg) != 0)
			fail_msg("%s %s: %s", ingest_format_name(e->format), e->language, msg);
		assert_int_equal(l.format, e->format);
		assert_int_equal(l.field_of[COL_DATE], 0);
		assert_int_equal(l.field_of[COL_TYPE], 1);
		assert_int_equal(l.field_of[COL_DISTANCE], 2);
		assert_int_equal(l.field_of[COL_DURATION], 3);
		assert_int_equal(l.comma, e->comma == NUM_COMMA_DECIMAL);
		assert_int_equal(l.date_order, e->dates);
		ingest_layout_free(&l);
	}
}

/* An earlier line that a later line's header matches would take it. */
static void no_line_is_hidden(void **state)
{
	(void)state;
	for (size_t j = 0; j < ingest_n_exports; j++) {
		char later[4][128];
		names_of(&ingest_exports[j], later);
		for (size_t i = 0; i < j; i++) {
			char early[4][128];
			names_of(&ingest_exports[i], early);
			int needs_time = ingest_exports[i].format == INGEST_FORMAT_GARMIN;
			if (in(later, early[0]) && in(later, early[1]) && in(later, early[2]) &&
			    (!needs_time || in(later, early[3])))
				fail_msg("%s %s is hidden by %s %s", ingest_format_name(ingest_exports[j].format),
					 ingest_exports[j].language, ingest_format_name(ingest_exports[i].format),
					 ingest_exports[i].language);
		}
	}
}

static void activity_types(void **state)
{
	(void)state;
	for (size_t i = 0; i < ingest_n_activity_names; i++)
		if (ingest_activity(ingest_activity_names[i].name) != ingest_activity_names[i].kind)
			fail_msg("'%s' is not read as its line says", ingest_activity_names[i].name);
	/* Any case; English by its words; other sports are neither. */
	assert_int_equal(ingest_activity("LAUF"), ACTIVITY_RUN);
	assert_int_equal(ingest_activity("l\xC3\x98" "b"), ACTIVITY_RUN); /* lØb */
	assert_int_equal(ingest_activity("COURSE \xC3\x80 PIED"), ACTIVITY_RUN);
	assert_int_equal(ingest_activity("Trail Running"), ACTIVITY_RUN);
	assert_int_equal(ingest_activity("WeightTraining"), ACTIVITY_STRENGTH);
	static const char *const other[] = {"Radfahrt", "Randonn\xC3\xA9" "e p\xC3\xA9" "destre",
					    "Skilanglauf", "Cykling", "Yoga", "Caminata", ""};
	for (size_t i = 0; i < sizeof other / sizeof *other; i++)
		if (ingest_activity(other[i]) != ACTIVITY_OTHER)
			fail_msg("'%s' is not another sport", other[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(each_line_is_recognised),
		cmocka_unit_test(no_line_is_hidden),
		cmocka_unit_test(activity_types),
	};
	return cmocka_run_group_tests_name("ingest_names", tests, NULL, NULL);
}
