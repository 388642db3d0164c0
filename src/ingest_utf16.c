/* ingest_utf16: UTF-16 bytes to UTF-8 with iconv, a chunk at a time. */
#include "ingest_utf16.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

/* A character is 2 bytes, or 4 for a surrogate pair: at most 3 bytes of
 * one wait for the next chunk. */
#define CARRY_MAX 3

struct ingest_utf16 {
	iconv_t cd;
	char *in;      /* the bytes a call left, then the chunk */
	size_t carry;  /* how many it left */
	char *out;     /* the chunk's UTF-8 */
	size_t cap_out;
};

int ingest_utf16_bom(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
		return 'L';
	if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
		return 'B';
	return 0;
}

struct ingest_utf16 *ingest_utf16_new(int order, size_t chunk)
{
	struct ingest_utf16 *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->cd = iconv_open("UTF-8", order == 'B' ? "UTF-16BE" : "UTF-16LE");
	/* Two bytes become at most three; four (a pair) become four. */
	c->cap_out = (chunk + CARRY_MAX + 1) / 2 * 3;
	c->in = malloc(chunk + CARRY_MAX);
	c->out = malloc(c->cap_out);
	if (c->cd == (iconv_t)-1 || !c->in || !c->out) {
		ingest_utf16_free(c);
		return NULL;
	}
	return c;
}

long ingest_utf16_convert(struct ingest_utf16 *c, const char *in, size_t n, const char **out)
{
	char *ip = c->in, *op = c->out;
	size_t left = c->carry + n, room = c->cap_out;
	memcpy(c->in + c->carry, in, n);
	/* EINVAL: a character cut at the end, which waits. */
	if (iconv(c->cd, &ip, &left, &op, &room) == (size_t)-1 && errno != EINVAL)
		return -1;
	if (left > CARRY_MAX)
		return -1;
	memmove(c->in, ip, left);
	c->carry = left;
	*out = c->out;
	return (long)(op - c->out);
}

int ingest_utf16_end(const struct ingest_utf16 *c)
{
	return c->carry ? -1 : 0;
}

void ingest_utf16_free(struct ingest_utf16 *c)
{
	if (!c)
		return;
	if (c->cd != (iconv_t)-1 && c->cd)
		iconv_close(c->cd);
	free(c->in);
	free(c->out);
	free(c);
}
