/* ingest_fast: a plain line cut into fields without libcsv (see
 * ingest_fast.h for what plain means and how this is checked). */
#include <string.h>

#include "ingest_fast.h"

static int blank(char c)
{
	return c == ' ' || c == '\t'; /* libcsv's spaces, which it trims */
}

/* The end of a bare field from s: the next separator or e; NULL when a
 * quote comes first (libcsv, strict, refuses it or reads it its way). */
static const char *bare_end(const char *s, const char *e, char sep)
{
	for (; s < e; s++) {
		if (*s == sep)
			return s;
		if (*s == '"')
			return NULL;
	}
	return e;
}

int ingest_fast_split(const char *p, size_t n, unsigned char sep, struct ingest_fields *f)
{
	const char *e = p + n, *s = p;
	if (n < 2 || (e[-1] != '\n' && e[-1] != '\r'))
		return 0;
	e -= e[-1] == '\n' && e[-2] == '\r' ? 2 : 1;
	if (e == p)
		return 0; /* an empty line is no record */
	f->n = 0;
	for (;;) {
		const char *b = s, *t;
		if (f->n == INGEST_FAST_FIELDS)
			return 0;
		if (s < e && *s == '"') {
			b = s + 1;
			if (!(t = memchr(b, '"', (size_t)(e - b))) || (t + 1 < e && t[1] != (char)sep))
				return 0; /* unclosed, a doubled quote, or text after it */
			s = t + 1;
		} else {
			if (!(t = bare_end(s, e, (char)sep)) || (t > s && (blank(*s) || blank(t[-1]))))
				return 0;
			s = t;
		}
		f->at[f->n] = b;
		f->len[f->n++] = (size_t)(t - b);
		if (s == e)
			return 1;
		s++; /* the separator */
	}
}
