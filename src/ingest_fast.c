/* ingest_fast: a plain line cut into fields without libcsv (see
 * ingest_fast.h for what plain means and how this is checked).
 *
 * The line is read 64 bytes at a time as bit masks (bit i for byte i):
 * its separators, quotes and blanks. A prefix XOR of the quotes marks the
 * bytes inside quotes, so the separators that count are known without a
 * branch a byte, and the rules of a plain line become tests on whole
 * masks: an opening quote starts a field, a closing quote ends one, and a
 * blank outside quotes does neither. Then a loop runs once a field, not
 * once a byte. */
#include <stdint.h>
#include <string.h>
#if defined __SSE2__ && !defined INGEST_FAST_PORTABLE
#include <emmintrin.h>
#endif

#include "ingest_fast.h"

/* One block of up to 64 bytes as masks. */
struct block {
	uint64_t sep, quote, blank;
};

#if !defined __SSE2__ || defined INGEST_FAST_PORTABLE
/* The masks of the 64 bytes at b: the definition, and the code where
 * SSE2 is not there (or INGEST_FAST_PORTABLE asks for it). */
static void block_of(const unsigned char *b, unsigned char sep, struct block *m)
{
	*m = (struct block){0};
	for (int i = 0; i < 64; i++) {
		m->sep |= (uint64_t)(b[i] == sep) << i;
		m->quote |= (uint64_t)(b[i] == '"') << i;
		m->blank |= (uint64_t)(b[i] == ' ' || b[i] == '\t') << i; /* libcsv's spaces */
	}
}
#else
/* The same masks 16 bytes at a time (SSE2, on every x86-64): an
 * optimisation of the byte loop above, which test_ingest_fast checks
 * against it (built with INGEST_FAST_PORTABLE). */
static void block_of(const unsigned char *b, unsigned char sep, struct block *m)
{
	const __m128i s = _mm_set1_epi8((char)sep), q = _mm_set1_epi8('"');
	const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
	*m = (struct block){0};
	for (int k = 0; k < 4; k++) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(b + 16 * k));
		__m128i bl = _mm_or_si128(_mm_cmpeq_epi8(x, sp), _mm_cmpeq_epi8(x, tab));
		m->sep |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, s)) << 16 * k;
		m->quote |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, q)) << 16 * k;
		m->blank |= (uint64_t)(unsigned)_mm_movemask_epi8(bl) << 16 * k;
	}
}
#endif

/* The index of the lowest set bit of x (x != 0). */
static unsigned lowest(uint64_t x)
{
#ifdef __GNUC__
	return (unsigned)__builtin_ctzll(x);
#else
	unsigned i = 0;
	for (; !(x & 1); x >>= 1)
		i++;
	return i;
#endif
}

/* Bit i: the XOR of bits 0..i of x (an odd count of quotes up to i). */
static uint64_t prefix_xor(uint64_t x)
{
	x ^= x << 1;
	x ^= x << 2;
	x ^= x << 4;
	x ^= x << 8;
	x ^= x << 16;
	return x ^ x << 32;
}

/* What one block leaves for the next: bit 0 of the next block is a
 * field's start (after a separator), must be a separator or the end
 * (after a closing quote), or must not be one (after a blank). */
struct carry {
	uint64_t inside; /* all ones while a quote is open */
	uint64_t start, must_end, must_not_end;
};

/* The bytes p[off..off + k) (k <= 64) as masks, from a copy when the block
 * is short (the bytes past the line are not read). */
static void load(const char *p, size_t len, size_t off, unsigned char sep, struct block *m)
{
	unsigned char tail[64];
	const unsigned char *b = (const unsigned char *)p + off;
	size_t k = len - off;
	if (k < 64 && len >= 64) {
		/* The last 64 bytes of the line, shifted down: no copy. */
		block_of(b - (64 - k), sep, m);
		m->sep >>= 64 - k, m->quote >>= 64 - k, m->blank >>= 64 - k;
	} else if (k < 64) {
		memcpy(tail, b, k);
		memset(tail + k, 0, 64 - k); /* no separator (',', ';' or tab), quote or blank */
		block_of(tail, sep, m);
	} else {
		block_of(b, sep, m);
	}
	m->blank &= ~m->sep; /* a tab that separates is no blank */
}

/* The fields that end at the separators seps (bits of the block at off)
 * into f, without the quotes of a quoted one (the rules above leave a field
 * that starts with a quote ending with its closing one; an empty field's
 * first byte is its separator, or the line's end). *start: where the
 * current field began. 0 past INGEST_FAST_FIELDS. */
static int cut(const char *p, size_t off, uint64_t seps, size_t end, size_t *start, struct ingest_fields *f)
{
	size_t n = f->n, b = *start;
	for (;;) {
		size_t at = seps ? off + lowest(seps) : end;
		if (at == SIZE_MAX)
			break;
		if (n == INGEST_FAST_FIELDS)
			return 0;
		size_t quoted = p[b] == '"';
		f->at[n] = p + b + quoted;
		f->len[n++] = at - b - 2 * quoted;
		b = at + 1;
		if (!seps)
			break;
		seps &= seps - 1;
	}
	f->n = n;
	*start = b;
	return 1;
}

int ingest_fast_split(const char *p, size_t n, unsigned char sep, struct ingest_fields *f)
{
	if (n < 2 || (p[n - 1] != '\n' && p[n - 1] != '\r'))
		return 0;
	size_t len = n - (p[n - 1] == '\n' && p[n - 2] == '\r' ? 2 : 1), start = 0;
	if (!len)
		return 0; /* an empty line is no record */
	struct carry c = {0, 1, 0, 0};
	f->n = 0;
	f->text = len;
	for (size_t off = 0; off < len; off += 64) {
		struct block m;
		load(p, len, off, sep, &m);
		uint64_t in = prefix_xor(m.quote) ^ c.inside; /* inside quotes, with the opening one */
		uint64_t seps = m.sep & ~in, open = m.quote & in, close = m.quote & ~in;
		uint64_t blank = m.blank & ~in, starts = seps << 1 | c.start;
		uint64_t ends = seps | (len - off < 64 ? (uint64_t)1 << (len - off) : 0);
		uint64_t must_end = close << 1 | c.must_end, must_not_end = blank << 1 | c.must_not_end;
		if ((open & ~starts) | (blank & starts) | (must_end & ~ends) | (must_not_end & ends))
			return 0;
		c = (struct carry){(uint64_t)0 - (in >> 63), seps >> 63, close >> 63, blank >> 63};
		/* The line's last field ends at its end: no quote left open, and
		 * no blank before it. */
		int last = len - off <= 64;
		if (last && (c.inside | c.must_not_end))
			return 0;
		if (!cut(p, off, seps, last ? len : SIZE_MAX, &start, f))
			return 0;
	}
	return 1;
}
