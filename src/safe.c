/* safe: text from a log or the user, written for its destination. */
#include "runlog/safe.h"

#include <string.h>

#define ILL_FORMED (-1L) /* the code point of an ill-formed subsequence */

/* The character at s (n >= 1 bytes left): its length, with *cp its code
 * point; or, when it is not well-formed UTF-8 (Unicode table 3-7), the
 * length of its maximal ill-formed subpart, with *cp ILL_FORMED. */
static size_t next(const unsigned char *s, size_t n, long *cp)
{
	unsigned char b = s[0], lo = 0x80, hi = 0xBF;
	size_t need;
	long v;
	if (b < 0x80)
		return *cp = b, 1;
	if (b >= 0xC2 && b <= 0xDF)
		need = 1, v = b & 0x1F;
	else if (b >= 0xE0 && b <= 0xEF)
		need = 2, v = b & 0x0F, lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
	else if (b >= 0xF0 && b <= 0xF4)
		need = 3, v = b & 0x07, lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
	else
		return *cp = ILL_FORMED, 1;
	for (size_t i = 1; i <= need; i++) {
		if (i >= n || s[i] < lo || s[i] > hi)
			return *cp = ILL_FORMED, i;
		v = v << 6 | (s[i] & 0x3F);
		lo = 0x80, hi = 0xBF;
	}
	*cp = v;
	return need + 1;
}

/* Whether a code point may reach a screen as it is: not a control
 * character, nor one that moves or reorders the text around it. */
static int shown(long cp)
{
	if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
		return 0;
	return !(cp == 0x061C || cp == 0x200E || cp == 0x200F || cp == 0x2028 || cp == 0x2029 ||
		 (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069));
}

/* n bytes as \xNN each, every backslash after lead (Markdown's "\"). */
static void put_hex(FILE *out, const unsigned char *s, size_t n, const char *lead)
{
	for (size_t i = 0; i < n; i++)
		fprintf(out, "%s\\x%02X", lead, s[i]);
}

size_t safe_utf8_cut(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	while (max && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

void safe_term_put(FILE *out, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	while (p < end) {
		long cp;
		size_t k = next(p, (size_t)(end - p), &cp);
		if (cp != ILL_FORMED && shown(cp))
			fwrite(p, 1, k, out);
		else
			put_hex(out, p, k, "");
		p += k;
	}
}

size_t safe_term_width(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	size_t w = 0;
	while (p < end) {
		long cp;
		size_t k = next(p, (size_t)(end - p), &cp);
		w += cp != ILL_FORMED && shown(cp) ? 1 : 4 * k;
		p += k;
	}
	return w;
}

/* At the start of a Markdown line, the bytes that would open a block: a
 * list marker or rule (- + =), an ordered list's "12." or "12)", or
 * leading spaces (an indented code block). Writes them neutralised and
 * returns how many of s it wrote. */
static size_t md_line_start(FILE *out, const char *s)
{
	size_t n = strspn(s, " "), digits = strspn(s, "0123456789");
	if (n) {
		for (size_t i = 0; i < n; i++)
			fputs("&#32;", out);
	} else if (s[0] && strchr("-+=", s[0])) {
		fprintf(out, "\\%c", s[0]);
		n = 1;
	} else if (digits && digits <= 9 && (s[digits] == '.' || s[digits] == ')')) {
		fprintf(out, "%.*s\\%c", (int)digits, s, s[digits]);
		n = digits + 1;
	}
	return n;
}

void safe_md_put(FILE *out, const char *s, int line_start)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);
	if (line_start)
		p += md_line_start(out, s);
	while (p < end) {
		long cp;
		size_t k = next(p, (size_t)(end - p), &cp);
		if (cp == ILL_FORMED || !shown(cp))
			put_hex(out, p, k, "\\");
		else if (cp < 0x80 && (strchr("\\`*_[]<>#&~|$", (int)cp) ||
				       (cp == ':' && p[1] == '/' && p[2] == '/')))
			fputc('\\', out), fputc((int)cp, out);
		else
			fwrite(p, 1, k, out);
		p += k;
	}
}

void safe_md_url_put(FILE *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (strchr(" ()<>%\\", *p) || *p < 0x20 || *p == 0x7F)
			fprintf(out, "%%%02X", *p);
		else
			fputc(*p, out);
	}
}

void safe_html_put(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);
	while (p < end) {
		long cp;
		size_t k = next(p, (size_t)(end - p), &cp);
		switch (cp) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		default:
			if (cp == ILL_FORMED || !shown(cp))
				put_hex(out, p, k, "");
			else
				fwrite(p, 1, k, out);
		}
		p += k;
	}
}

/* Whether a spreadsheet would read the cell s as a formula: its first
 * character after any spaces is = + - @, a tab or a CR, or the full-width
 * = + - @ (U+FF1D, U+FF0B, U+FF0D, U+FF20) some spreadsheets take too. */
static int csv_formula(const char *s)
{
	static const char *const wide[] = {"\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"};
	s += strspn(s, " ");
	if (*s && strchr("=+-@\t\r", *s))
		return 1;
	for (size_t i = 0; i < sizeof wide / sizeof *wide; i++)
		if (strncmp(s, wide[i], 3) == 0)
			return 1;
	return 0;
}

void safe_csv_put(FILE *out, const char *s)
{
	int formula = csv_formula(s);
	if (!formula && !s[strcspn(s, ",;\"\t\n\r")]) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	if (formula)
		fputc('\'', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

/* One character of a JSON string that is not written as it is. */
static void json_escape(FILE *out, long cp)
{
	switch (cp) {
	case '"': fputs("\\\"", out); break;
	case '\\': fputs("\\\\", out); break;
	case '\n': fputs("\\n", out); break;
	case '\r': fputs("\\r", out); break;
	case '\t': fputs("\\t", out); break;
	case ILL_FORMED: fputs("\xEF\xBF\xBD", out); break;
	default: fprintf(out, "\\u%04lx", (unsigned long)cp);
	}
}

void safe_json_put(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);
	fputc('"', out);
	while (p < end) {
		long cp;
		size_t k = next(p, (size_t)(end - p), &cp);
		if (cp == '"' || cp == '\\' || cp == ILL_FORMED || !shown(cp))
			json_escape(out, cp);
		else
			fwrite(p, 1, k, out);
		p += k;
	}
	fputc('"', out);
}
