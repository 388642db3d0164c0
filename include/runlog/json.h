/* json.h - the few pieces of JSON the reports write, locale-proof.
 *
 * Part of the report stage. Numbers use 12 significant digits and are
 * null when undefined (NAN or infinite); strings are escaped per RFC 8259.
 */
#ifndef RUNLOG_JSON_H
#define RUNLOG_JSON_H

#include <stdio.h>

void json_str(FILE *o, const char *s);
void json_num(FILE *o, double x);
/* "key": */
void json_key(FILE *o, const char *k);
/* [lo, hi] */
void json_pair(FILE *o, double lo, double hi);

#endif
