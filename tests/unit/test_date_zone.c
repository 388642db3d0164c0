/* date_zone.c: known zones and the nearest name, on a database of a few
 * made-up files in a temporary TZDIR (a zone is any file that starts with
 * "TZif"). */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runlog/date_zone.h"

struct db {
	char dir[64];
};

static void put(const struct db *db, const char *name, const char *bytes)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", db->dir, name);
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(bytes, fp);
	assert_int_equal(fclose(fp), 0);
}

static int setup(void **state)
{
	struct db *db = calloc(1, sizeof *db);
	char sub[128];
	snprintf(db->dir, sizeof db->dir, "/tmp/runlog-zones-XXXXXX");
	if (!mkdtemp(db->dir))
		return -1;
	static const char *const dirs[] = {"Europe", "America", "America/Argentina", "posix"};
	for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
		snprintf(sub, sizeof sub, "%s/%s", db->dir, dirs[i]);
		mkdir(sub, 0700);
	}
	put(db, "Europe/Oslo", "TZif2...");
	put(db, "Europe/Paris", "TZif2...");
	put(db, "America/Argentina/Salta", "TZif2...");
	put(db, "posix/Europe_Osla", "TZif2...");
	put(db, "zone.tab", "NO\t+5955+01045\tEurope/Oslo\n");
	put(db, "TZ", "TZi"); /* too short to be a zone */
	setenv("TZDIR", db->dir, 1);
	*state = db;
	return 0;
}

static int teardown(void **state)
{
	struct db *db = *state;
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", db->dir);
	int rc = system(cmd);
	unsetenv("TZDIR");
	free(db);
	return rc == 0 ? 0 : -1;
}

static void known_zones(void **state)
{
	(void)state;
	assert_true(date_zone_known("Europe/Oslo"));
	assert_true(date_zone_known("America/Argentina/Salta"));
	assert_true(date_zone_known("UTC")); /* the C library needs no file */
	assert_true(date_zone_known("GMT"));
	assert_false(date_zone_known("Europe"));     /* a folder */
	assert_false(date_zone_known("zone.tab"));   /* not TZif */
	assert_false(date_zone_known("TZ"));         /* too short */
	assert_false(date_zone_known("Mars/Base"));  /* not there */
	assert_false(date_zone_known("europe/oslo"));
	assert_false(date_zone_known(""));
	assert_false(date_zone_known("Europe/../Europe/Oslo"));
	assert_false(date_zone_known("/etc/localtime"));
}

static void expect_nearest(const char *zone, const char *want)
{
	char near[DATE_ZONE_NAME_MAX + 1];
	assert_int_equal(date_zone_nearest(zone, near, sizeof near), 0);
	assert_string_equal(near, want);
}

static void nearest_names(void **state)
{
	(void)state;
	expect_nearest("Europe/Olso", "Europe/Oslo"); /* two letters swapped: one edit */
	expect_nearest("europe/paris", "Europe/Paris"); /* case aside */
	expect_nearest("Salta", "America/Argentina/Salta"); /* the city alone */
	expect_nearest("Europe", "Europe/Oslo"); /* a folder: its first zone */
	expect_nearest("America", "America/Argentina/Salta");
	expect_nearest("Europe_Osla", "Europe/Oslo"); /* posix/ is left out */
	char tiny[4];
	assert_int_equal(date_zone_nearest("Oslo", tiny, sizeof tiny), 0);
	assert_string_equal(tiny, "Eur"); /* cut to the room given */
}

static void empty_database(void **state)
{
	struct db *db = *state;
	char near[16] = "x", empty[80];
	snprintf(empty, sizeof empty, "%s/Europe/Oslo", db->dir); /* a file, not a folder */
	setenv("TZDIR", empty, 1);
	assert_int_equal(date_zone_nearest("Europe/Oslo", near, sizeof near), -1);
	assert_string_equal(near, "");
	assert_false(date_zone_known("Oslo"));
	setenv("TZDIR", db->dir, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(known_zones),
		cmocka_unit_test(nearest_names),
		cmocka_unit_test(empty_database),
	};
	return cmocka_run_group_tests_name("date_zone", tests, setup, teardown);
}
