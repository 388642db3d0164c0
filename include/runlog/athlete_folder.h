/* athlete_folder.h - the folder of an athlete's reports, from the name.
 *
 * weekly writes an athlete's weeks into OUT/FOLDER/. The folder depends on
 * the name alone, so it stays the same when other athletes join the log,
 * and two names never share one:
 *
 *   - A name made only of kept characters, at most ATHLETE_FOLDER_READABLE
 *     bytes, that starts with none of '.', '-' and '_', and ends neither
 *     in '_' nor like a suffix below, is the folder as it is ("ann",
 *     "Smith_Jo", "Zoë", "山田").
 *   - Any other name is its readable part, a '-', and 8 hex digits of the
 *     32-bit FNV-1a hash of the whole name's bytes: "Smith, Jo" is
 *     "Smith_Jo-" and its hash, ".." is "athlete-" and its hash. The
 *     readable part is the name with each run of other characters made one
 *     '_', cut to ATHLETE_FOLDER_READABLE bytes (at a character's end),
 *     without a leading '.', '-' or '_' or a trailing '_'; "athlete" when
 *     nothing is left.
 *
 * Kept characters: ASCII letters and digits, '-', '_', '.', and each
 * well-formed UTF-8 character from U+00C0 on (letters of every script,
 * "é", "山") except the invisible and layout ones: U+00D7 and U+00F7,
 * spaces, joiners and direction marks (U+2000-U+206F, U+3000-U+303F,
 * U+1680, U+180E, U+034F, U+061C, U+FEFF), Hangul fillers, variation
 * selectors, tags, private use, U+FDD0-U+FDEF and U+FFF0-U+FFFF.
 *
 * So a folder is never ".", "..", hidden, or a path; a name kept as it is
 * never ends as a hashed one does, and two hashed names share a folder
 * only when their readable parts and their 32-bit hashes are both equal.
 * (On a file system that folds case or Unicode forms, "Ann" and "ann", or
 * the composed and decomposed "Zoë", would still meet.)
 */
#ifndef RUNLOG_ATHLETE_FOLDER_H
#define RUNLOG_ATHLETE_FOLDER_H

#include <stddef.h>
#include <stdint.h>

/* The longest readable part, in bytes, and the room a folder name needs:
 * the readable part, '-', 8 hex digits and the NUL. */
#define ATHLETE_FOLDER_READABLE 64
#define ATHLETE_FOLDER_SIZE (ATHLETE_FOLDER_READABLE + 10)

/* The 32-bit FNV-1a hash of len bytes (offset basis 2166136261, prime
 * 16777619). */
uint32_t athlete_folder_hash(const char *bytes, size_t len);

/* The folder of the athlete name (NUL-terminated, any bytes) into out,
 * which holds cap bytes. Returns 0, or -1 (and out "") when cap is less
 * than ATHLETE_FOLDER_SIZE. */
int athlete_folder_name(const char *name, char *out, size_t cap);

#endif
