/* json.c: the writer puts commas, line breaks and indentation itself. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "runlog/json.h"

/* A writer on a memory stream; done() closes it and checks the text. */
struct sink {
	char *buf;
	size_t len;
	FILE *o;
	struct json_writer w;
};

static struct json_writer *start(struct sink *s)
{
	s->o = open_memstream(&s->buf, &s->len);
	assert_non_null(s->o);
	json_init(&s->w, s->o);
	return &s->w;
}

static void done(struct sink *s, const char *want)
{
	assert_int_equal(fclose(s->o), 0);
	assert_string_equal(s->buf, want);
	free(s->buf);
}

static void empty_containers(void **state)
{
	struct sink s;
	struct json_writer *w = start(&s);
	(void)state;
	json_object(w, JSON_LINES);
	json_key(w, "a");
	json_array(w, JSON_LINES);
	json_end(w);
	json_key(w, "o");
	json_object(w, JSON_INLINE);
	json_end(w);
	json_end(w);
	done(&s, "{\n  \"a\": [],\n  \"o\": {}\n}\n");

	w = start(&s);
	json_object(w, JSON_LINES);
	json_end(w);
	done(&s, "{}\n");
}

static void inline_members(void **state)
{
	struct sink s;
	struct json_writer *w = start(&s);
	(void)state;
	json_object(w, JSON_INLINE);
	json_kv_str(w, "s", "x");
	json_kv_num(w, "n", 2.5);
	json_kv_int(w, "i", -42);
	json_kv_bool(w, "t", 1);
	json_kv_bool(w, "f", 0);
	json_kv_null(w, "z");
	json_kv_pair(w, "ci", -1, 0.25);
	json_kv_str(w, "none", NULL);
	json_end(w);
	done(&s, "{\"s\": \"x\", \"n\": 2.5, \"i\": -42, \"t\": true, \"f\": false, \"z\": null, "
		 "\"ci\": [-1, 0.25], \"none\": null}\n");
}

/* The shape of runlog's reports: a top object one member a line, holding
 * arrays of inline objects, nested two levels deep. */
static void nested_lines(void **state)
{
	struct sink s;
	struct json_writer *w = start(&s);
	(void)state;
	json_object(w, JSON_LINES);
	json_kv_int(w, "runs", 3);
	json_key(w, "streak");
	json_object(w, JSON_LINES);
	json_kv_num(w, "r", 0.5);
	json_key(w, "by_days");
	json_array(w, JSON_LINES);
	for (int i = 1; i <= 2; i++) {
		json_object(w, JSON_INLINE);
		json_kv_int(w, "days", i);
		json_end(w);
	}
	json_end(w);
	json_end(w);
	json_key(w, "charts");
	json_array(w, JSON_INLINE);
	json_str(w, "a.png");
	json_str(w, "b.png");
	json_end(w);
	json_end(w);
	done(&s, "{\n"
		 "  \"runs\": 3,\n"
		 "  \"streak\": {\n"
		 "    \"r\": 0.5,\n"
		 "    \"by_days\": [\n"
		 "      {\"days\": 1},\n"
		 "      {\"days\": 2}\n"
		 "    ]\n"
		 "  },\n"
		 "  \"charts\": [\"a.png\", \"b.png\"]\n"
		 "}\n");
}

/* json_wrap breaks an inline object's line before one member, indented as
 * a member one level down would be. */
static void wrap(void **state)
{
	struct sink s;
	struct json_writer *w = start(&s);
	(void)state;
	json_object(w, JSON_LINES);
	json_key(w, "adjusted");
	json_object(w, JSON_INLINE);
	json_kv_int(w, "terms", 2);
	json_wrap(w);
	json_key(w, "coefficients");
	json_object(w, JSON_INLINE);
	json_key(w, "x");
	json_object(w, JSON_INLINE);
	json_kv_num(w, "coef", 1);
	json_end(w);
	json_kv_null(w, "y");
	json_end(w);
	json_end(w);
	json_end(w);
	done(&s, "{\n  \"adjusted\": {\"terms\": 2,\n    \"coefficients\": {\"x\": {\"coef\": 1}, "
		 "\"y\": null}}\n}\n");
}

static void numbers(void **state)
{
	struct sink s;
	struct json_writer *w = start(&s);
	(void)state;
	json_array(w, JSON_INLINE);
	json_num(w, NAN);
	json_num(w, INFINITY);
	json_num(w, -INFINITY);
	json_num(w, -0.0);
	json_num(w, 1.0 / 3);
	json_num(w, 1e21);
	json_num(w, -2.5e-7);
	json_num(w, 123456789012345.0);
	json_int(w, 0);
	json_end(w);
	done(&s, "[null, null, null, 0, 0.333333333333, 1e+21, -2.5e-07, 1.23456789012e+14, 0]\n");
}

static void escapes(void **state)
{
	struct sink s;
	struct json_writer *w = start(&s);
	(void)state;
	json_object(w, JSON_INLINE);
	json_kv_str(w, "q\"k", "a\"b\\c\nd\re\tf\001g\037h\x7f\xc3\xa9");
	json_end(w);
	done(&s, "{\"q\\\"k\": \"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001fh\\u007f\xc3\xa9\"}\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(empty_containers),
		cmocka_unit_test(inline_members),
		cmocka_unit_test(nested_lines),
		cmocka_unit_test(wrap),
		cmocka_unit_test(numbers),
		cmocka_unit_test(escapes),
	};
	return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
