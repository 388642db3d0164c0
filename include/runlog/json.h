/* json.h - a JSON writer that keeps the syntax, locale-proof.
 *
 * Part of the report stage; git's json-writer is the model. The caller only
 * says "object", "key", "value", "end": the writer puts the commas, the
 * line breaks and the indentation. Each object or array is laid out either
 * on one line ({"a": 1, "b": 2}) or one member a line, indented two spaces
 * a level. Numbers use 12 significant digits and are null when undefined
 * (NAN or infinite); strings are written by safe_json_put(), so the
 * output is valid JSON whatever bytes they hold.
 */
#ifndef RUNLOG_JSON_H
#define RUNLOG_JSON_H

#include <stdint.h>
#include <stdio.h>

/* How deep objects and arrays may nest; the reports use four levels. */
#define JSON_MAX_DEPTH 8

enum json_layout {
	JSON_INLINE, /* {"a": 1, "b": 2} */
	JSON_LINES,  /* one member a line, the closing bracket on its own */
};

/* The writer's state; callers declare one and json_init() it. */
struct json_writer {
	FILE *out;
	int depth;                                /* open objects and arrays */
	int after_key;                            /* a key waits for its value */
	int wrap;                                 /* the next member starts a line */
	unsigned char lines[JSON_MAX_DEPTH + 1];  /* layout of each open level */
	unsigned char empty[JSON_MAX_DEPTH + 1];  /* no member yet at that level */
	char close[JSON_MAX_DEPTH + 1];           /* '}' or ']' */
};

/* Start writing one JSON value to out. The writer owns nothing. */
void json_init(struct json_writer *w, FILE *out);

/* Open an object or an array, as a value (after json_key(), in an array,
 * or at the top). Nesting deeper than JSON_MAX_DEPTH is a bug (assert). */
void json_object(struct json_writer *w, enum json_layout layout);
void json_array(struct json_writer *w, enum json_layout layout);

/* Close the innermost object or array. Closing the outermost one ends the
 * document with a newline. */
void json_end(struct json_writer *w);

/* Start the next member of an inline object on a line of its own, indented
 * as if the object were laid out one member a line. */
void json_wrap(struct json_writer *w);

/* "key": in the open object; the next call writes its value. */
void json_key(struct json_writer *w, const char *key);

/* Values: a member's after json_key(), an array's element otherwise.
 * json_str writes null for a NULL string; json_pair writes [lo, hi]. */
void json_str(struct json_writer *w, const char *s);
void json_num(struct json_writer *w, double x);
void json_int(struct json_writer *w, intmax_t n);
void json_bool(struct json_writer *w, int b);
void json_null(struct json_writer *w);
void json_pair(struct json_writer *w, double lo, double hi);

/* A key and its value in one call. */
void json_kv_str(struct json_writer *w, const char *key, const char *s);
void json_kv_num(struct json_writer *w, const char *key, double x);
void json_kv_int(struct json_writer *w, const char *key, intmax_t n);
void json_kv_bool(struct json_writer *w, const char *key, int b);
void json_kv_null(struct json_writer *w, const char *key);
void json_kv_pair(struct json_writer *w, const char *key, double lo, double hi);

#endif
