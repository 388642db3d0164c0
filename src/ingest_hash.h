/* ingest_hash.h - private to the reader: the hash that finds copied rows.
 *
 * A row is a copy of another when its record repeats the other's bytes
 * (a row pasted twice), but for the line ending: CRLF, LF and CR end a
 * line alike, and a line end inside a quoted field counts as one '\n'.
 * The hash is of those bytes, a word of eight at a time; runs whose
 * hashes are equal are then compared value by value (ingest_run_same).
 * The bytes may come in pieces, cut anywhere: the hash is the same as of
 * the bytes at once, so a record the reader gets across two reads, or
 * through libcsv rather than the plain-line path, hashes alike.
 */
#ifndef RUNLOG_INGEST_HASH_H
#define RUNLOG_INGEST_HASH_H

#include <stddef.h>
#include <stdint.h>

struct ingest_hash {
	uint64_t x;    /* the whole words so far, mixed */
	uint64_t word; /* the bytes after them (have of them), little-endian */
	uint64_t len;  /* bytes added */
	unsigned have;
	int line_end;  /* a line ended: a '\n' goes before any more bytes */
	int cr;        /* the last piece ended with a CR (its LF may follow alone) */
};

/* A new record's hash. */
void ingest_hash_start(struct ingest_hash *h);

/* Add bytes p[0..n) to the record. */
void ingest_hash_add(struct ingest_hash *h, const void *p, size_t n);

/* Add a physical line, or a part of one, as the reader feeds it: its line
 * end is not added, but noted (see above). */
void ingest_hash_piece(struct ingest_hash *h, const char *p, size_t n);

/* The record's hash. */
uint32_t ingest_hash_end(const struct ingest_hash *h);

#endif
