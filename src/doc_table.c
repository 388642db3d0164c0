/* doc_table: a table's rows made as they are rendered (doc_rows), and a
 * cell of any table (doc_cell), for the renderers. */
#include "runlog/doc.h"

#include <stdint.h>
#include <stdlib.h>

/* A lazy table's rows, and the one made last. */
struct doc_lazy {
	doc_row_fn *row;
	const void *ctx;
	size_t n;    /* the last n rows of the table */
	size_t made; /* the row in cells, or SIZE_MAX */
	size_t link; /* the column that links (doc_link_column), or SIZE_MAX */
	const char *cells[DOC_LAZY_COLS + 1]; /* and the row's link */
	char buf[DOC_ROW_BUF];
};

size_t doc_stored_rows(const struct doc_block *b)
{
	return b->rows - (b->lazy ? b->lazy->n : 0);
}

void doc_rows(struct doc *d, size_t n, doc_row_fn *row, const void *ctx)
{
	struct doc_block *b = d->n ? &d->b[d->n - 1] : NULL;
	if (d->failed || !b || b->kind != DOC_TABLE || b->lazy)
		return;
	if (b->cols > DOC_LAZY_COLS || !(b->lazy = malloc(sizeof *b->lazy))) {
		d->failed = 1;
		return;
	}
	*b->lazy = (struct doc_lazy){.row = row, .ctx = ctx, .n = n, .made = SIZE_MAX, .link = SIZE_MAX};
	b->rows += n;
}

void doc_link_column(struct doc *d, size_t col)
{
	struct doc_block *b = d->n ? &d->b[d->n - 1] : NULL;
	if (!d->failed && b && b->kind == DOC_TABLE && b->lazy && col < b->cols)
		b->lazy->link = col;
}

/* Make lazy row r (counted in the whole table) unless it is made. */
static void make_row(const struct doc_block *b, size_t r)
{
	struct doc_lazy *z = b->lazy;
	if (z->made != r - doc_stored_rows(b)) {
		z->made = r - doc_stored_rows(b);
		for (size_t k = 0; k < b->cols; k++)
			z->cells[k] = "";
		z->cells[b->cols] = NULL;
		z->row(z->ctx, z->made, z->cells, z->buf, sizeof z->buf);
	}
}

const char *doc_cell(const struct doc_block *b, size_t r, size_t c)
{
	if (r < doc_stored_rows(b))
		return b->cell[r * b->cols + c];
	make_row(b, r);
	return b->lazy->cells[c] ? b->lazy->cells[c] : "";
}

const char *doc_cell_link(const struct doc_block *b, size_t r, size_t c)
{
	if (r < doc_stored_rows(b) || b->lazy->link != c)
		return NULL;
	make_row(b, r);
	return b->lazy->cells[b->cols];
}
