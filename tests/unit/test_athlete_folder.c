/* athlete_folder.c: folder names from athletes' names.
 *
 * Hashes from Python:
 *   def fnv(b):
 *       h = 2166136261
 *       for c in b: h = ((h ^ c) * 16777619) % 2**32
 *       return "%08x" % h
 *   fnv(b"") == "811c9dc5", fnv(b"a") == "e40c292c" (the FNV test vectors),
 *   fnv("Smith, Jo".encode()) == "1f44ab37", fnv(b"Smith Jo") == "c72ae4b3",
 *   fnv(b"..") == "a3d4a70d", fnv(b"../x") == "5c237dda",
 *   fnv(b"ann-0123abcd") == "550f7f0b", fnv(b"a\xe2\x80\xaeb") == "f22a56d6"
 */
#include "testutil.h"

#include <string.h>

#include "runlog/athlete_folder.h"

static void expect(const char *name, const char *want)
{
	char out[ATHLETE_FOLDER_SIZE];
	assert_int_equal(athlete_folder_name(name, out, sizeof out), 0);
	assert_string_equal(out, want);
}

static void fnv1a_vectors(void **state)
{
	(void)state;
	assert_int_equal(athlete_folder_hash("", 0), 0x811c9dc5u);
	assert_int_equal(athlete_folder_hash("a", 1), 0xe40c292cu);
	assert_int_equal(athlete_folder_hash("Smith, Jo", 9), 0x1f44ab37u);
}

static void safe_names_kept(void **state)
{
	(void)state;
	expect("ann", "ann");
	expect("Smith_Jo", "Smith_Jo");
	expect("J.R.R-2", "J.R.R-2");
	expect("Zo\xc3\xab", "Zo\xc3\xab");                  /* Zoë */
	expect("Zo\xc3\xa9", "Zo\xc3\xa9");                  /* Zoé */
	expect("\xe5\xb1\xb1\xe7\x94\xb0", "\xe5\xb1\xb1\xe7\x94\xb0"); /* 山田 */
	expect("a..b", "a..b");
}

static void colliding_names_hashed(void **state)
{
	(void)state;
	expect("Smith, Jo", "Smith_Jo-1f44ab37");
	expect("Smith Jo", "Smith_Jo-c72ae4b3");
	expect("..", "athlete-a3d4a70d");
	expect("../x", "x-5c237dda");
}

/* Never ".", "..", hidden, a path, or a name a hashed one could take. */
static void never_unsafe(void **state)
{
	(void)state;
	static const char *const names[] = {".", "..", ".hidden", "-rf", "_x", "x_", "a/b", "/",
					    "", " ", "x\n", "\xff\xfe", "\xc0\xaf",
					    "a\xe2\x80\xae" "b", /* U+202E reverses text */
					    "ann-0123abcd"};
	char out[ATHLETE_FOLDER_SIZE];
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		assert_int_equal(athlete_folder_name(names[i], out, sizeof out), 0);
		assert_true(strlen(out) > 9);
		assert_int_equal(out[strlen(out) - 9], '-');
		assert_true(out[0] != '.' && out[0] != '-' && out[0] != '_');
		assert_null(strchr(out, '/'));
		assert_null(strstr(out, "\xe2\x80\xae"));
	}
	expect("ann-0123abcd", "ann-0123abcd-550f7f0b");
	expect("a\xe2\x80\xae" "b", "a_b-f22a56d6");
}

static void long_names_cut_at_a_character(void **state)
{
	(void)state;
	char name[200], out[ATHLETE_FOLDER_SIZE];
	memset(name, 'a', 63);
	strcpy(name + 63, "\xc3\xa9\xc3\xa9"); /* 'é' would straddle byte 64 */
	assert_int_equal(athlete_folder_name(name, out, sizeof out), 0);
	assert_int_equal(strlen(out), 63 + 9);
	assert_memory_equal(out, name, 63);
	memset(name, 'a', 64);
	name[64] = '\0';
	expect(name, name); /* 64 bytes fit whole */
	char small[ATHLETE_FOLDER_SIZE - 1] = "x";
	assert_int_equal(athlete_folder_name("ann", small, sizeof small), -1);
	assert_string_equal(small, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fnv1a_vectors),
		cmocka_unit_test(safe_names_kept),
		cmocka_unit_test(colliding_names_hashed),
		cmocka_unit_test(never_unsafe),
		cmocka_unit_test(long_names_cut_at_a_character),
	};
	return cmocka_run_group_tests_name("athlete_folder", tests, NULL, NULL);
}
