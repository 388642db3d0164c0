/* ingest_utf16.h - private to the reader (ingest_reader.c): a UTF-16
 * file's bytes as UTF-8, a chunk at a time, through glibc's iconv.
 *
 * Excel's "Unicode Text" is UTF-16 with a byte-order mark. The reader
 * converts each chunk as it reads it, so memory stays one chunk and its
 * UTF-8 whatever the file's size, and the rest of the reader sees UTF-8
 * text as from any other file.
 */
#ifndef RUNLOG_INGEST_UTF16_H
#define RUNLOG_INGEST_UTF16_H

#include <stddef.h>

struct ingest_utf16;

/* 'L' when p[0..n) starts with the UTF-16 little-endian byte-order mark
 * (FF FE), 'B' with the big-endian one (FE FF), else 0. */
int ingest_utf16_bom(const char *p, size_t n);

/* A converter from UTF-16 in byte order 'L' or 'B' (without the mark) for
 * chunks of at most chunk bytes. NULL when out of memory or when iconv
 * cannot convert UTF-16. Release with ingest_utf16_free. */
struct ingest_utf16 *ingest_utf16_new(int order, size_t chunk);

/* Convert the next n bytes (n <= chunk); a character cut at the end of
 * them waits for the next call. Sets *out to the UTF-8, which is the
 * converter's and valid until the next call, and returns its length; -1
 * when the bytes are not UTF-16 (a lone surrogate). */
long ingest_utf16_convert(struct ingest_utf16 *c, const char *in, size_t n, const char **out);

/* At the end of the file: 0, or -1 when it ended inside a character. */
int ingest_utf16_end(const struct ingest_utf16 *c);

void ingest_utf16_free(struct ingest_utf16 *c);

#endif
