/* safe.h - text from a log or from the user, made safe for where it goes.
 *
 * A leaf module every stage may use: one writer per destination, so that a
 * name, a header cell, a file name or an option's value is made harmless
 * in one place, at the point where it leaves runlog. Nothing here
 * allocates or keeps state; each writer writes to out, and the caller
 * checks ferror(out) as for any other write.
 *
 * What each destination shows for a character it cannot take as it is:
 * a control character (C0, DEL, a C1 character U+0080-U+009F), a line or
 * paragraph separator (U+2028, U+2029), a bidirectional control (U+061C,
 * U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) and a byte that is not
 * well-formed UTF-8 (a stray or missing continuation byte, an overlong
 * form, a surrogate, anything above U+10FFFF) are written visibly as their
 * bytes, \xNN each ("\x1B", "\xC2\x9B", "\xFF"): on the terminal, in
 * Markdown and in HTML. JSON takes the character escaped (\u001b) and
 * replaces ill-formed UTF-8 with U+FFFD (Unicode's "maximal subpart"
 * rule: one U+FFFD for each maximal ill-formed subsequence).
 */
#ifndef RUNLOG_SAFE_H
#define RUNLOG_SAFE_H

#include <stddef.h>
#include <stdio.h>

/* The length of s's longest prefix of at most max of its len bytes that
 * does not end inside a UTF-8 character: where to cut a long value. */
size_t safe_utf8_cut(const char *s, size_t len, size_t max);

/* Terminal (stderr, stdout's text report and summaries): the len bytes of
 * s, printable characters as they are, the others as \xNN. Backslashes
 * are kept, so the writer is idempotent. */
void safe_term_put(FILE *out, const char *s, size_t len);

/* The columns safe_term_put() takes for the same bytes: one a character,
 * four an escaped byte. */
size_t safe_term_width(const char *s, size_t len);

/* Markdown (CommonMark and GitHub's): s as literal text. Markup characters
 * (\ ` * _ [ ] < > # & ~ | $) are backslash-escaped, "://" is broken so
 * that no autolink forms, and a character not shown as it is is written
 * as \\xNN, so no newline ever leaves it. With line_start, s begins a line
 * (a paragraph or a list item), and what would start a block there (a
 * list marker -, + or "1.", a setext or thematic rule, leading spaces) is
 * neutralised as well. */
void safe_md_put(FILE *out, const char *s, int line_start);

/* A Markdown link target: space, ( ) < > % \ and control bytes
 * (C0, DEL) percent-encoded. */
void safe_md_url_put(FILE *out, const char *s);

/* HTML text or an attribute value in double quotes: & < > " as
 * entities, a character not shown as it is as \xNN. */
void safe_html_put(FILE *out, const char *s);

/* A text cell of a CSV file meant for spreadsheets (runs.csv's athlete).
 * A cell that holds a separator (',' or ';'), a quote, a tab or a line end
 * is quoted, its quotes doubled. A cell a spreadsheet would read as a
 * formula (its first character after any spaces is =, +, -, @, a tab or a
 * CR, or their full-width forms) gets a single quote in front and is
 * quoted, as OWASP's "CSV Injection" page advises: =1+2 is written
 * "'=1+2". Numbers are not text cells and must not come here. */
void safe_csv_put(FILE *out, const char *s);

/* A JSON string, quotes included, always valid RFC 8259 JSON: " and \
 * escaped, \n \r \t as such, any other character not shown as it is as
 * \u00XX or \uXXXX, and ill-formed UTF-8 replaced with U+FFFD. */
void safe_json_put(FILE *out, const char *s);

#endif
