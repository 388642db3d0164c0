/* doc_text: a doc as a plain terminal report, 78 columns wide. */
#include <stdio.h>
#include <string.h>

#include "runlog/doc.h"
#include "runlog/safe.h"

#define WIDTH 78
#define INDENT 2

/* Print text wrapped at WIDTH: the first line after lead, padded to indent
 * columns; the rest after indent spaces. Every byte of text goes through
 * safe_term_put(), so a newline in a name from the log is shown as \x0A. */
static void wrap(FILE *o, const char *lead, size_t indent, const char *text)
{
	size_t col = (size_t)fprintf(o, "%-*s", (int)indent, lead);
	int fresh = col <= indent; /* nothing printed after the indent yet */
	for (const char *p = text; *p;) {
		size_t len = strcspn(p, " ");
		if (!fresh && col + 1 + safe_term_width(p, len) > WIDTH) {
			col = (size_t)fprintf(o, "\n%*s", (int)indent, "") - 1;
			fresh = 1;
		}
		if (!fresh)
			col += (size_t)fprintf(o, " ");
		safe_term_put(o, p, len);
		col += safe_term_width(p, len);
		fresh = 0;
		p += len;
		while (*p == ' ')
			p++;
	}
	fputc('\n', o);
}

static void table(FILE *o, const struct doc_block *b)
{
	size_t w[32] = {0};
	size_t cols = b->cols < 32 ? b->cols : 32;
	for (size_t r = 0; r < b->rows; r++)
		for (size_t c = 0; c < cols; c++) {
			const char *s = doc_cell(b, r, c);
			size_t n = safe_term_width(s, strlen(s));
			w[c] = n > w[c] ? n : w[c];
		}
	for (size_t r = 0; r < b->rows; r++) {
		fprintf(o, "%*s", (int)INDENT, "");
		for (size_t c = 0; c < cols; c++) {
			const char *s = doc_cell(b, r, c);
			size_t pad = w[c] - safe_term_width(s, strlen(s));
			if (c)
				fputs("  ", o);
			if (b->align[c] == 'r')
				fprintf(o, "%*s", (int)pad, "");
			safe_term_put(o, s, strlen(s));
			/* No trailing spaces after the last column. */
			if (b->align[c] != 'r' && c + 1 < cols)
				fprintf(o, "%*s", (int)pad, "");
		}
		fputc('\n', o);
	}
}

void doc_render_text(FILE *o, const struct doc *d)
{
	size_t item = 0;
	for (size_t i = 0; i < d->n; i++) {
		const struct doc_block *b = &d->b[i];
		item = b->kind == DOC_ITEM ? item + 1 : 0;
		switch (b->kind) {
		case DOC_TITLE:
		case DOC_HEADING:
			if (b->kind == DOC_HEADING)
				fputc('\n', o);
			safe_term_put(o, b->text, strlen(b->text));
			fputc('\n', o);
			break;
		case DOC_PARA:
			wrap(o, "", INDENT, b->text);
			break;
		case DOC_ITEM: {
			char lead[64];
			int n = b->numbered ? snprintf(lead, sizeof lead, "  %zu. ", item)
					    : snprintf(lead, sizeof lead, "  - ");
			if (b->tag)
				snprintf(lead + n, sizeof lead - (size_t)n, "[%s]", b->tag);
			wrap(o, lead, INDENT + (b->numbered ? 4 : 2), b->text);
			break;
		}
		case DOC_TABLE:
			table(o, b);
			break;
		case DOC_FIGURE:
			fprintf(o, "%*s", (int)INDENT, "");
			safe_term_put(o, b->fig->path, strlen(b->fig->path));
			fputc('\n', o);
			break;
		case DOC_NOTE:
			fputc('\n', o);
			wrap(o, "Caution:", 9, b->text);
			break;
		}
	}
}
