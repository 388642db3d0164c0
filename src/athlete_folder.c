/* athlete_folder.c: an athlete's folder name; the rule is in the header. */
#include "runlog/athlete_folder.h"

#include <stdio.h>
#include <string.h>

uint32_t athlete_folder_hash(const char *bytes, size_t len)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)bytes[i];
		h *= 16777619u;
	}
	return h;
}

/* The code point of the well-formed UTF-8 character at p, and its length
 * (2 to 4), or 0 for anything else (ASCII, overlong, a surrogate...). */
static size_t utf8_char(const unsigned char *p, uint32_t *cp)
{
	static const uint32_t min[5] = {0, 0, 0x80, 0x800, 0x10000};
	size_t len = p[0] >= 0xF5 ? 0 : p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC2 ? 2 : 0;
	if (len == 0)
		return 0;
	*cp = p[0] & (0x7F >> len);
	for (size_t i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		*cp = *cp << 6 | (p[i] & 0x3F);
	}
	if (*cp < min[len] || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF))
		return 0;
	return len;
}

/* A character beyond ASCII that a folder keeps: see the header. */
static int kept_code_point(uint32_t c)
{
	return c >= 0xC0 && c != 0xD7 && c != 0xF7 && c != 0x34F && c != 0x61C && c != 0x115F &&
	       c != 0x1160 && c != 0x1680 && c != 0x180E && c != 0x3164 && c != 0xFEFF &&
	       c != 0xFFA0 && !(c >= 0x17B4 && c <= 0x17B5) && !(c >= 0x2000 && c <= 0x206F) &&
	       !(c >= 0x3000 && c <= 0x303F) && !(c >= 0xE000 && c <= 0xF8FF) &&
	       !(c >= 0xFDD0 && c <= 0xFDEF) && !(c >= 0xFE00 && c <= 0xFE0F) &&
	       !(c >= 0xFFF0 && c <= 0xFFFF) && !(c >= 0xE0000 && c <= 0xE01EF) && c < 0xF0000;
}

/* The length of the kept character at p, or 0 when it is not one. */
static size_t kept_len(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;
	if (p[0] < 0x80)
		return (p[0] >= 'a' && p[0] <= 'z') || (p[0] >= 'A' && p[0] <= 'Z') ||
		       (p[0] >= '0' && p[0] <= '9') || p[0] == '-' || p[0] == '_' || p[0] == '.';
	size_t len = utf8_char(p, &cp);
	return len && kept_code_point(cp) ? len : 0;
}

/* The readable part of name into out (ATHLETE_FOLDER_READABLE bytes and a
 * NUL). Returns 1 when name is all kept characters and fits whole. */
static int readable(const char *name, char *out)
{
	size_t n = 0;
	int whole = 1, gap = 0;
	for (const char *p = name; *p;) {
		size_t k = kept_len(p);
		if (k == 0) {
			whole = 0;
			gap = 1;
			p++;
			continue;
		}
		if (n == 0 && (*p == '.' || *p == '-' || *p == '_')) {
			p++;
			continue;
		}
		size_t sep = gap && n > 0;
		if (n + sep + k > ATHLETE_FOLDER_READABLE) {
			whole = 0;
			break;
		}
		if (sep)
			out[n++] = '_';
		memcpy(out + n, p, k);
		n += k;
		p += k;
		gap = 0;
	}
	while (n > 0 && out[n - 1] == '_')
		n--;
	out[n] = '\0';
	return whole;
}

/* Ends as a hashed folder does: '-' and 8 lower-case hex digits. */
static int ends_like_hash(const char *name)
{
	size_t len = strlen(name);
	if (len < 9 || name[len - 9] != '-')
		return 0;
	for (size_t i = len - 8; i < len; i++)
		if (!((name[i] >= '0' && name[i] <= '9') || (name[i] >= 'a' && name[i] <= 'f')))
			return 0;
	return 1;
}

int athlete_folder_name(const char *name, char *out, size_t cap)
{
	if (cap < ATHLETE_FOLDER_SIZE) {
		if (cap)
			*out = '\0';
		return -1;
	}
	int whole = readable(name, out);
	if (whole && *name && strcmp(out, name) == 0 && !ends_like_hash(name))
		return 0;
	size_t n = strlen(out);
	if (n == 0)
		n = (size_t)snprintf(out, cap, "athlete");
	snprintf(out + n, cap - n, "-%08x", (unsigned)athlete_folder_hash(name, strlen(name)));
	return 0;
}
