/* json: a writer that puts the commas and indentation, the same in every locale. */
#include "runlog/json.h"
#include "runlog/safe.h"

#include <assert.h>
#include <inttypes.h>
#include <math.h>

/* -0 prints as 0. */
static void put_num(FILE *o, double x)
{
	if (isnan(x) || isinf(x))
		fputs("null", o);
	else
		fprintf(o, "%.12g", x == 0 ? 0.0 : x);
}

static void indent(const struct json_writer *w, int level)
{
	fputc('\n', w->out);
	for (int i = 0; i < level; i++)
		fputs("  ", w->out);
}

/* What goes before a value or a key: nothing right after a key or at the
 * top; else a comma unless it is the first member, then a line break or,
 * inline, a space. */
static void separate(struct json_writer *w)
{
	if (w->after_key) {
		w->after_key = 0;
		return;
	}
	if (w->depth == 0)
		return;
	int first = w->empty[w->depth];
	if (!first)
		fputc(',', w->out);
	if (w->lines[w->depth] || w->wrap)
		indent(w, w->depth);
	else if (!first)
		fputc(' ', w->out);
	w->empty[w->depth] = 0;
	w->wrap = 0;
}

void json_init(struct json_writer *w, FILE *out)
{
	*w = (struct json_writer){.out = out};
}

static void begin(struct json_writer *w, enum json_layout layout, char open_c, char close_c)
{
	separate(w);
	assert(w->depth < JSON_MAX_DEPTH);
	w->depth++;
	w->lines[w->depth] = layout == JSON_LINES;
	w->empty[w->depth] = 1;
	w->close[w->depth] = close_c;
	fputc(open_c, w->out);
}

void json_object(struct json_writer *w, enum json_layout layout)
{
	begin(w, layout, '{', '}');
}

void json_array(struct json_writer *w, enum json_layout layout)
{
	begin(w, layout, '[', ']');
}

void json_end(struct json_writer *w)
{
	assert(w->depth > 0 && !w->after_key);
	if (w->lines[w->depth] && !w->empty[w->depth])
		indent(w, w->depth - 1);
	fputc(w->close[w->depth], w->out);
	w->depth--;
	w->wrap = 0;
	if (w->depth == 0)
		fputc('\n', w->out);
}

void json_wrap(struct json_writer *w)
{
	w->wrap = 1;
}

void json_key(struct json_writer *w, const char *key)
{
	assert(w->depth > 0 && w->close[w->depth] == '}' && !w->after_key);
	separate(w);
	safe_json_put(w->out, key);
	fputs(": ", w->out);
	w->after_key = 1;
}

void json_str(struct json_writer *w, const char *s)
{
	separate(w);
	if (s)
		safe_json_put(w->out, s);
	else
		fputs("null", w->out);
}

void json_num(struct json_writer *w, double x)
{
	separate(w);
	put_num(w->out, x);
}

void json_int(struct json_writer *w, intmax_t n)
{
	separate(w);
	fprintf(w->out, "%" PRIdMAX, n);
}

void json_bool(struct json_writer *w, int b)
{
	separate(w);
	fputs(b ? "true" : "false", w->out);
}

void json_null(struct json_writer *w)
{
	separate(w);
	fputs("null", w->out);
}

void json_pair(struct json_writer *w, double lo, double hi)
{
	json_array(w, JSON_INLINE);
	json_num(w, lo);
	json_num(w, hi);
	json_end(w);
}

void json_kv_str(struct json_writer *w, const char *key, const char *s)
{
	json_key(w, key);
	json_str(w, s);
}

void json_kv_num(struct json_writer *w, const char *key, double x)
{
	json_key(w, key);
	json_num(w, x);
}

void json_kv_int(struct json_writer *w, const char *key, intmax_t n)
{
	json_key(w, key);
	json_int(w, n);
}

void json_kv_bool(struct json_writer *w, const char *key, int b)
{
	json_key(w, key);
	json_bool(w, b);
}

void json_kv_null(struct json_writer *w, const char *key)
{
	json_key(w, key);
	json_null(w);
}

void json_kv_pair(struct json_writer *w, const char *key, double lo, double hi)
{
	json_key(w, key);
	json_pair(w, lo, hi);
}
