/* doc_markdown: a doc as GitHub-flavoured Markdown. */
#include <stdio.h>
#include <string.h>

#include "runlog/doc.h"
#include "runlog/safe.h"

static void table(FILE *o, const struct doc_block *b)
{
	for (size_t r = 0; r < b->rows; r++) {
		for (size_t c = 0; c < b->cols; c++) {
			const char *link = doc_cell_link(b, r, c);
			fputs(c ? " | " : "| ", o);
			fputs(link ? "[" : "", o);
			safe_md_put(o, doc_cell(b, r, c), 0);
			if (link) {
				fputs("](", o);
				safe_md_url_put(o, link);
				fputs(")", o);
			}
		}
		fputs(" |\n", o);
		if (r == 0) {
			for (size_t c = 0; c < b->cols; c++)
				fputs(b->align[c] == 'r' ? "|---:" : "|:---", o);
			fputs("|\n", o);
		}
	}
}

void doc_render_markdown(FILE *o, const struct doc *d)
{
	size_t item = 0;
	for (size_t i = 0; i < d->n; i++) {
		const struct doc_block *b = &d->b[i];
		if (b->kind != DOC_ITEM && item)
			fputc('\n', o); /* end of a list */
		item = b->kind == DOC_ITEM ? item + 1 : 0;
		switch (b->kind) {
		case DOC_TITLE:
			fputs("# ", o);
			safe_md_put(o, b->text, 0);
			fputs("\n\n", o);
			break;
		case DOC_HEADING:
			fputs("## ", o);
			safe_md_put(o, b->text, 0);
			fputs("\n\n", o);
			break;
		case DOC_PARA:
			safe_md_put(o, b->text, 1);
			fputs("\n\n", o);
			break;
		case DOC_ITEM:
			if (b->numbered)
				fprintf(o, "%zu. ", item);
			else
				fputs("- ", o);
			if (b->tag) {
				fputs("**", o);
				safe_md_put(o, b->tag, 0);
				fputs("** ", o);
			}
			safe_md_put(o, b->text, !b->tag);
			fputc('\n', o);
			break;
		case DOC_TABLE:
			table(o, b);
			fputc('\n', o);
			break;
		case DOC_FIGURE:
			fputs("![", o);
			safe_md_put(o, b->fig->title, 0);
			fputs("](", o);
			safe_md_url_put(o, b->fig->href);
			fputs(")\n\n", o);
			break;
		case DOC_NOTE:
			fputs("> **Caution:** ", o);
			safe_md_put(o, b->text, 0);
			fputc('\n', o);
			break;
		}
	}
	if (item)
		fputc('\n', o);
}
