/* num.h - locale-proof parsing of the values a run log holds. */
#ifndef RUNLOG_NUM_H
#define RUNLOG_NUM_H

/* Parse a plain decimal number: optional sign, digits, optional '.' and
 * digits ("7", "7.5", ".5", "-2"). No exponent, no "nan"/"inf", no ','
 * separator, no surrounding text. Independent of LC_NUMERIC.
 * Returns 0 and sets *out, or -1. */
int num_parse_decimal(const char *s, double *out);

/* Parse a yes/no value: yes/no, y/n, true/false, 1/0, in any case.
 * Returns 1 for yes, 0 for no, -1 for anything else. */
int num_parse_bool(const char *s);

/* Parse a duration into minutes: "h:mm:ss", "mm:ss" or a number of minutes
 * ("42.5"). Seconds may carry a fraction ("00:09:25.5").
 * Returns 0 and sets *minutes, or -1. */
int num_parse_duration(const char *s, double *minutes);

#endif
