/* ingest_hash: the hash of a record's bytes (see ingest_hash.h). */
#include "ingest_hash.h"

#include <string.h>

#define SEED 2166136261u /* any constant; this is FNV's basis */
#define MUL 0x9E3779B97F4A7C15ULL

/* Bytes as a little-endian number on any machine, so that a word loaded
 * whole equals the same bytes added one at a time. */
static uint64_t le64(const unsigned char *c)
{
	uint64_t w;
	memcpy(&w, c, 8);
#if defined __BYTE_ORDER__ && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w);
#endif
	return w;
}

static uint64_t le32(const unsigned char *c)
{
	uint32_t w;
	memcpy(&w, c, 4);
#if defined __BYTE_ORDER__ && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap32(w);
#endif
	return w;
}

/* The n bytes at c (1 to 7) as a little-endian number, by loads of a
 * fixed size that may overlap (each overlapping byte lands on the same
 * bits from either), not a loop the length decides. */
static uint64_t short_word(const unsigned char *c, size_t n)
{
	if (n >= 4)
		return le32(c) | le32(c + n - 4) << 8 * (n - 4);
	return (uint64_t)c[0] | (uint64_t)c[n / 2] << 8 * (n / 2) | (uint64_t)c[n - 1] << 8 * (n - 1);
}

static uint64_t mix(uint64_t x, uint64_t w)
{
	x = (x ^ w) * MUL;
	return x ^ x >> 29;
}

void ingest_hash_start(struct ingest_hash *h)
{
	*h = (struct ingest_hash){.x = SEED};
}

void ingest_hash_add(struct ingest_hash *h, const void *p, size_t n)
{
	const unsigned char *c = p;
	h->len += n;
	for (; h->have && n; c++, n--) { /* the word a piece before began */
		h->word |= (uint64_t)*c << 8 * h->have;
		if (++h->have == 8)
			h->x = mix(h->x, h->word), h->word = 0, h->have = 0;
	}
	for (; n >= 8; c += 8, n -= 8)
		h->x = mix(h->x, le64(c));
	if (n)
		h->word = short_word(c, n), h->have = (unsigned)n;
}

void ingest_hash_piece(struct ingest_hash *h, const char *p, size_t n)
{
	if (h->cr && n == 1 && *p == '\n') { /* the LF of a CRLF cut between two reads */
		h->cr = 0;
		return;
	}
	size_t k = n;
	while (k && (p[k - 1] == '\n' || p[k - 1] == '\r'))
		k--;
	if (h->line_end && n) /* text, or a line end of its own (an empty line) */
		ingest_hash_add(h, "\n", 1), h->line_end = 0;
	ingest_hash_add(h, p, k);
	if (k < n)
		h->line_end = 1;
	h->cr = n && p[n - 1] == '\r';
}

uint32_t ingest_hash_end(const struct ingest_hash *h)
{
	uint64_t x = (h->x ^ h->word ^ h->len << 56) * MUL;
	return (uint32_t)(x ^ x >> 32);
}
