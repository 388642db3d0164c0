/* json: strings, numbers and pairs, written the same in every locale. */
#include "runlog/json.h"

#include <math.h>

void json_str(FILE *o, const char *s)
{
	fputc('"', o);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", o); break;
		case '\\': fputs("\\\\", o); break;
		case '\n': fputs("\\n", o); break;
		case '\r': fputs("\\r", o); break;
		case '\t': fputs("\\t", o); break;
		default:
			if (*p < 0x20)
				fprintf(o, "\\u%04x", *p);
			else
				fputc(*p, o);
		}
	}
	fputc('"', o);
}

void json_num(FILE *o, double x)
{
	if (isnan(x) || isinf(x))
		fputs("null", o);
	else
		fprintf(o, "%.12g", x == 0 ? 0.0 : x);
}

void json_key(FILE *o, const char *k)
{
	json_str(o, k);
	fputs(": ", o);
}

void json_pair(FILE *o, double lo, double hi)
{
	fputc('[', o);
	json_num(o, lo);
	fputs(", ", o);
	json_num(o, hi);
	fputc(']', o);
}
