/* doc.h - a report as a list of blocks, rendered as text, Markdown or HTML.
 *
 * Part of the report stage. A report builder (report_analyze, report_week)
 * turns the results into a doc: every number formatted, every sentence
 * written. A renderer only lays the doc out in its format, so the three
 * formats always carry the same content.
 *
 * A block's text is one paragraph, on one line: it may hold names and
 * values from the log as they are, and each renderer writes every text
 * through its destination's writer in safe.h, so a newline or any other
 * control character in it is shown as \xNN and markup is neutralised.
 */
#ifndef RUNLOG_DOC_H
#define RUNLOG_DOC_H

#include <stddef.h>
#include <stdio.h>

#include "runlog/plot.h"

enum doc_format { DOC_TEXT, DOC_MARKDOWN, DOC_HTML };

enum doc_kind {
	DOC_TITLE,   /* the report's first line */
	DOC_HEADING, /* a section */
	DOC_PARA,    /* a line or paragraph */
	DOC_ITEM,    /* a list item; consecutive items form one list */
	DOC_TABLE,   /* rows x cols cells, the first row the header */
	DOC_FIGURE,  /* a chart */
	DOC_NOTE,    /* the closing caution */
};

/* A chart as the report shows it. The HTML page embeds data (SVG inline,
 * PNG as a data: URI) and, when narrow is set, shows the narrow layout
 * instead on a screen narrower than DOC_NARROW_SCREEN: on a phone the
 * full-size chart would shrink its text to a third. */
struct doc_figure {
	const char *path;    /* as written, for the text report */
	const char *href;    /* link relative to the report, for Markdown */
	const char *title;   /* alt text and caption */
	enum plot_format fmt;
	const char *data;    /* the drawing the HTML page embeds; may be NULL */
	size_t len;
	int w, h;            /* pixels */
	const char *narrow;  /* the chart laid out on a smaller canvas, as SVG, or NULL */
	size_t narrow_len;
	int narrow_w, narrow_h; /* pixels */
};

/* The widest screen, in CSS pixels, that shows a figure's narrow layout.
 * A 1200-pixel chart drawn any narrower would shrink its axis text
 * (15 pixels on the canvas) below 9 CSS pixels. */
#define DOC_NARROW_SCREEN 768

struct doc_lazy; /* doc.c */

struct doc_block {
	enum doc_kind kind;
	char *text;          /* TITLE, HEADING, PARA, ITEM, NOTE */
	char *tag;           /* ITEM: a short tag shown first ("strong"), or NULL */
	int numbered;        /* ITEM: in a numbered list */
	size_t rows, cols;   /* TABLE */
	char **cell;         /* TABLE: row-major, rows x cols */
	char *align;         /* TABLE: 'l' or 'r' per column */
	const struct doc_figure *fig; /* FIGURE: borrowed */
	struct doc_lazy *lazy; /* TABLE: rows made as they are rendered (doc_rows), or NULL */
};

struct doc {
	struct doc_block *b;
	size_t n, cap;
	int failed;          /* out of memory: the doc is incomplete */
};

void doc_init(struct doc *d);
void doc_free(struct doc *d);

/* Append a block of kind with printf-formatted text. */
void doc_add(struct doc *d, enum doc_kind kind, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Append a list item with its tag (may be NULL). */
void doc_item(struct doc *d, int numbered, const char *tag, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Begin a table of cols columns; align holds 'l' or 'r' for each. The
 * header and every row are then added with doc_row. */
void doc_table(struct doc *d, size_t cols, const char *align);
/* Append a row to the last table: cols strings. */
void doc_row(struct doc *d, const char *const *cells);

/* Make row i of a lazy table: set cells[0..cols) to strings that stay
 * valid until the next call, in buf (cap bytes, DOC_ROW_BUF) or static. */
typedef void doc_row_fn(const void *ctx, size_t i, const char **cells, char *buf, size_t cap);

/* Room doc_row_fn has for one row's text. */
#define DOC_ROW_BUF 1024

/* End the last table with n rows that are made by row(ctx, i, ...) each
 * time a renderer reads them, never stored: a table of many rows takes
 * no memory of its own. ctx is borrowed and must outlive the doc; no
 * doc_row may follow. At most DOC_LAZY_COLS columns. */
#define DOC_LAZY_COLS 16
void doc_rows(struct doc *d, size_t n, doc_row_fn *row, const void *ctx);

/* Make column col of the last table, a lazy one (doc_rows), a link: its
 * row function then sets cells[cols] to the row's link, relative to the
 * report (NULL for none). Markdown and HTML show the link; text does not. */
void doc_link_column(struct doc *d, size_t col);

/* The text of row r, column c of table b, stored or lazy. Valid until the
 * next doc_cell on b. */
const char *doc_cell(const struct doc_block *b, size_t r, size_t c);

/* The link of row r, column c of table b (see doc_link_column), or NULL.
 * Valid until the next doc_cell or doc_cell_link on b. */
const char *doc_cell_link(const struct doc_block *b, size_t r, size_t c);
/* The rows of table b stored as text: all but the lazy ones. */
size_t doc_stored_rows(const struct doc_block *b);

void doc_figure(struct doc *d, const struct doc_figure *fig);

/* Render d to out. Returns 0, or -1 when the doc is incomplete or the
 * stream failed. */
int doc_render(FILE *out, const struct doc *d, enum doc_format fmt);

/* The renderers doc_render dispatches to. */
void doc_render_text(FILE *out, const struct doc *d);
void doc_render_markdown(FILE *out, const struct doc *d);
void doc_render_html(FILE *out, const struct doc *d);

#endif
