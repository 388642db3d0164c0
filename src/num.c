#include "runlog/num.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Powers of ten that a double holds exactly. */
static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
			       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* A log's numbers are short ("7.5", "10.48"): their digits make an integer
 * m below 2^53 and a scale 10^k with k <= 22, both exact in a double, so m /
 * 10^k is one correctly rounded division, the same double strtod gives.
 * Longer numbers go to strtod, which is only called on text already checked
 * to be [sign]digits[.digits]; the program never calls setlocale(), so it
 * reads '.' as the decimal point. */
int num_parse_decimal(const char *s, double *out)
{
	const char *p = s;
	int ndig = 0, frac = 0, neg = 0;
	unsigned long long m = 0;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	for (; *p >= '0' && *p <= '9'; p++, ndig++)
		m = m * 10 + (unsigned)(*p - '0');
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++, ndig++, frac++)
			m = m * 10 + (unsigned)(*p - '0');
	if (ndig == 0 || *p != '\0' || p - s > 64)
		return -1;
	if (ndig <= 15) {
		double v = (double)m / pow10[frac];
		*out = neg ? -v : v;
	} else {
		*out = strtod(s, NULL);
	}
	return 0;
}

/* s with its grouping mark group dropped and its decimal mark dec made
 * '.', into out (at least strlen(s) + 1 bytes): digits in groups of three
 * after a first group of one to three, then an optional fraction. -1 when
 * s is not so grouped (a mark must group at least once). */
static int ungroup(const char *s, char group, char dec, char *out)
{
	size_t n = 0, run = 0;
	int groups = 0;
	const char *p = s;
	if (*p == '-' || *p == '+')
		out[n++] = *p++;
	for (; *p && *p != dec; p++) {
		if (*p == group) {
			if ((groups ? run != 3 : run < 1 || run > 3))
				return -1;
			groups++;
			run = 0;
			continue;
		}
		if (*p < '0' || *p > '9')
			return -1;
		out[n++] = *p;
		run++;
	}
	if (!groups || run != 3)
		return -1;
	if (*p == dec)
		out[n++] = '.', p++;
	for (; *p; p++)
		if (*p < '0' || *p > '9')
			return -1;
		else
			out[n++] = *p;
	out[n] = '\0';
	return 0;
}

int num_parse_grouped(const char *s, enum num_comma comma, double *out)
{
	char plain[72];
	const char *c = strrchr(s, ','), *d = strrchr(s, '.');
	if (num_parse_decimal(s, out) == 0)
		return 0;
	if (strlen(s) >= sizeof plain || (!c && !d))
		return -1;
	if (comma == NUM_COMMA_THOUSANDS || (c && d && d > c))
		return ungroup(s, ',', '.', plain) ? -1 : num_parse_decimal(plain, out);
	if (c && (d || c != strchr(s, ',')))
		return ungroup(s, '.', ',', plain) ? -1 : num_parse_decimal(plain, out);
	if (!c)
		return ungroup(s, '.', ',', plain) ? -1 : num_parse_decimal(plain, out);
	strcpy(plain, s);
	plain[c - s] = '.';
	return num_parse_decimal(plain, out);
}

/* The next character of s, folded: ASCII letters and the accented letters
 * of Latin-1 (UTF-8 C3 80-9E, but for the multiplication sign) to lower
 * case, a byte at a time; other bytes as they are. */
static unsigned char fold(const unsigned char *s, size_t i)
{
	unsigned char c = s[i];
	if (c >= 'A' && c <= 'Z')
		return (unsigned char)(c + 32);
	if (i > 0 && s[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
		return (unsigned char)(c + 32);
	return c;
}

int num_words_equal(const char *a, const char *b)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
	size_t i = 0;
	for (; x[i] && y[i]; i++)
		if (fold(x, i) != fold(y, i))
			return 0;
	return x[i] == y[i];
}

/* The words for yes and no, the one table of them (README.md and runlog.1
 * list it): English, marks, then German, French, Spanish, Italian, Dutch,
 * Danish, Swedish and Norwegian, each word once ("ja" serves six languages,
 * "no" three). Folded as fold() folds, so that any case matches. */
static const struct bool_word {
	const char *word;
	int yes;
} bool_words[] = {
	{"yes", 1}, {"y", 1}, {"true", 1}, {"1", 1},
	{"no", 0}, {"n", 0}, {"false", 0}, {"0", 0},
	{"x", 1}, {"\xE2\x9C\x93", 1}, {"\xE2\x9C\x94", 1},   /* check marks U+2713, U+2714 */
	{"-", 0}, {"\xE2\x9C\x97", 0}, {"\xE2\x9C\x98", 0},   /* ballot x U+2717, U+2718 */
	{"ja", 1}, {"nein", 0},                                /* de; ja: nl, da, sv, no */
	{"oui", 1}, {"non", 0},                                /* fr */
	{"s\xC3\xAD", 1}, {"si", 1}, {"s\xC3\xAC", 1},           /* es si, it si */
	{"nee", 0}, {"nej", 0}, {"nei", 0},                    /* nl; da, sv; no */
};

static int find_word(const char *s, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (num_words_equal(s, words[i]))
			return 1;
	return 0;
}

int num_parse_bool(const char *s, const struct num_words *more)
{
	/* The usual spellings first, without a case-folding compare; a word
	 * of the runner's own comes before the table's. */
	if (!more && s[0] == 'y' && s[1] == 'e' && s[2] == 's' && !s[3])
		return 1;
	if (!more && s[0] == 'n' && s[1] == 'o' && !s[2])
		return 0;
	if (more && find_word(s, more->yes, more->n_yes))
		return 1;
	if (more && find_word(s, more->no, more->n_no))
		return 0;
	for (size_t i = 0; i < sizeof bool_words / sizeof *bool_words; i++)
		if (num_words_equal(s, bool_words[i].word))
			return bool_words[i].yes;
	return -1;
}

static int parse_uint(const char **p, long *v)
{
	const char *s = *p;
	long x = 0;
	if (*s < '0' || *s > '9')
		return -1;
	for (; *s >= '0' && *s <= '9'; s++) {
		x = x * 10 + (*s - '0');
		if (x > 100000000L)
			return -1;
	}
	*p = s;
	*v = x;
	return 0;
}

int num_parse_duration(const char *s, double *minutes)
{
	if (!strchr(s, ':')) {
		double m;
		if (num_parse_decimal(s, &m) || m < 0)
			return -1;
		*minutes = m;
		return 0;
	}
	long part[3];
	int n = 0;
	const char *p = s;
	for (;;) {
		if (n == 3 || parse_uint(&p, &part[n]))
			return -1;
		n++;
		if (*p != ':')
			break;
		p++;
	}
	double frac = 0;
	if (*p == '.') {
		double f;
		char buf[32] = "0";
		size_t len = strlen(p);
		if (len >= sizeof buf - 1 || num_parse_decimal(strcpy(buf + 1, p) - 1, &f))
			return -1;
		frac = f;
		p += len;
	}
	if (*p != '\0' || n < 2)
		return -1;
	/* In h:mm:ss and mm:ss the later parts are below 60. */
	for (int i = 1; i < n; i++)
		if (part[i] > 59)
			return -1;
	double sec = (double)part[n - 1] + frac + 60.0 * (double)part[n - 2];
	if (n == 3)
		sec += 3600.0 * (double)part[0];
	*minutes = sec / 60.0;
	return 0;
}

int num_parse_milli(const char *s, size_t len, unsigned max, unsigned *out)
{
	uint64_t m = 0; /* ten digits and three more places: no wrap on any build */
	size_t i = 0, ndig = 0;
	if (len == 0 || len > 10)
		return -1;
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, ndig++)
		m = m * 10 + (unsigned)(s[i] - '0');
	int frac = 0;
	if (i < len && s[i] == '.')
		for (i++; i < len && s[i] >= '0' && s[i] <= '9' && frac < 3; i++, ndig++, frac++)
			m = m * 10 + (unsigned)(s[i] - '0');
	if (ndig == 0 || i != len)
		return -1;
	for (; frac < 3; frac++)
		m *= 10;
	if (m > max)
		return -1;
	*out = (unsigned)m;
	return 0;
}

int num_parse_clock(const char *s, size_t len, long *secs)
{
	if (len != 7 && len != 8)
		return -1;
	const unsigned char *t = (const unsigned char *)s + len - 6; /* ":mm:ss" */
	unsigned h = (unsigned char)s[0] - '0', h2 = len == 8 ? (unsigned char)s[1] - '0' : 0;
	unsigned m1 = t[1] - '0', m2 = t[2] - '0', s1 = t[4] - '0', s2 = t[5] - '0';
	/* Unsigned: a byte below '0' wraps to a large value. */
	if (t[0] != ':' || t[3] != ':' || h > 9 || h2 > 9 || m1 > 5 || m2 > 9 || s1 > 5 || s2 > 9)
		return -1;
	if (len == 8)
		h = h * 10 + h2;
	*secs = 3600L * h + 60L * (m1 * 10 + m2) + (s1 * 10 + s2);
	return 0;
}
