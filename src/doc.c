/* doc: building a report's blocks, and choosing the renderer. */
#include "runlog/doc.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void doc_init(struct doc *d)
{
	memset(d, 0, sizeof *d);
}

static void block_free(struct doc_block *b)
{
	free(b->text);
	free(b->tag);
	for (size_t i = 0; i < doc_stored_rows(b) * b->cols; i++)
		free(b->cell[i]);
	free(b->cell);
	free(b->align);
	free(b->lazy);
}

void doc_free(struct doc *d)
{
	for (size_t i = 0; i < d->n; i++)
		block_free(&d->b[i]);
	free(d->b);
	memset(d, 0, sizeof *d);
}

static char *vformat(const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int len = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	char *s = len < 0 ? NULL : malloc((size_t)len + 1);
	if (s)
		vsnprintf(s, (size_t)len + 1, fmt, ap);
	return s;
}

static struct doc_block *push(struct doc *d, enum doc_kind kind)
{
	if (d->failed)
		return NULL;
	if (d->n == d->cap) {
		size_t cap = d->cap ? 2 * d->cap : 32;
		struct doc_block *b = realloc(d->b, cap * sizeof *b);
		if (!b) {
			d->failed = 1;
			return NULL;
		}
		d->b = b;
		d->cap = cap;
	}
	struct doc_block *b = &d->b[d->n++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	return b;
}

void doc_add(struct doc *d, enum doc_kind kind, const char *fmt, ...)
{
	struct doc_block *b = push(d, kind);
	va_list ap;
	if (!b)
		return;
	va_start(ap, fmt);
	b->text = vformat(fmt, ap);
	va_end(ap);
	if (!b->text)
		d->failed = 1;
}

void doc_item(struct doc *d, int numbered, const char *tag, const char *fmt, ...)
{
	struct doc_block *b = push(d, DOC_ITEM);
	va_list ap;
	if (!b)
		return;
	b->numbered = numbered;
	va_start(ap, fmt);
	b->text = vformat(fmt, ap);
	va_end(ap);
	b->tag = tag ? strdup(tag) : NULL;
	if (!b->text || (tag && !b->tag))
		d->failed = 1;
}

void doc_table(struct doc *d, size_t cols, const char *align)
{
	struct doc_block *b = push(d, DOC_TABLE);
	if (!b)
		return;
	b->cols = cols;
	b->align = strndup(align, cols);
	if (!b->align)
		d->failed = 1;
}

void doc_row(struct doc *d, const char *const *cells)
{
	struct doc_block *b = d->n ? &d->b[d->n - 1] : NULL;
	char **cell;
	if (d->failed || !b || b->kind != DOC_TABLE || b->lazy)
		return;
	cell = realloc(b->cell, (b->rows + 1) * b->cols * sizeof *cell);
	if (!cell) {
		d->failed = 1;
		return;
	}
	b->cell = cell;
	for (size_t c = 0; c < b->cols; c++) {
		cell[b->rows * b->cols + c] = strdup(cells[c] ? cells[c] : "");
		if (!cell[b->rows * b->cols + c])
			d->failed = 1;
	}
	b->rows++;
}

void doc_figure(struct doc *d, const struct doc_figure *fig)
{
	struct doc_block *b = push(d, DOC_FIGURE);
	if (b)
		b->fig = fig;
}

int doc_render(FILE *out, const struct doc *d, enum doc_format fmt)
{
	if (d->failed)
		return -1;
	switch (fmt) {
	case DOC_TEXT: doc_render_text(out, d); break;
	case DOC_MARKDOWN: doc_render_markdown(out, d); break;
	case DOC_HTML: doc_render_html(out, d); break;
	}
	return ferror(out) ? -1 : 0;
}
