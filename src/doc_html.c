/* doc_html: a doc as one self-contained HTML page.
 *
 * Inline CSS, charts embedded (SVG inline, PNG as a data: URI), no
 * scripts, fonts or links to anything outside the file. It reads on a phone
 * (viewport meta, wide tables whose rows stack) and prints cleanly. */
#include <stdio.h>
#include <string.h>

#include "runlog/doc.h"
#include "runlog/safe.h"

static const char style[] =
	"body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;"
	"color:#222;background:#fff;max-width:60rem;margin:0 auto;padding:1rem}\n"
	"h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.2rem;margin:1.6rem 0 .4rem;"
	"border-bottom:1px solid #ddd}\n"
	"p{margin:.3rem 0}.scroll{overflow-x:auto}\n"
	"table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}\n"
	"th,td{padding:.25rem .6rem;border-bottom:1px solid #eee;white-space:nowrap}\n"
	"th{text-align:left;border-bottom:2px solid #ccc;white-space:normal;vertical-align:bottom}"
	".r{text-align:right}\n"
	".tag{display:inline-block;font-size:.8rem;font-weight:600;padding:0 .4rem;margin-right:.3rem;"
	"border-radius:.3rem;background:#eee}\n"
	".tag-strong{background:#d55e00;color:#fff}.tag-moderate{background:#e69f00}"
	".tag-weak{background:#56b4e9}\n"
	"figure{margin:1rem 0}figure img,figure svg{display:block;width:100%;height:auto}\n"
	"figure .narrow{display:none}\n"
	"figcaption{font-size:.9rem;color:#666}\n"
	".note{margin-top:2rem;padding:.6rem .8rem;border-left:4px solid #e69f00;background:#fdf6e3}\n"
	"@media print{body{max-width:none;padding:0}figure,table{break-inside:avoid}"
	"h2{break-after:avoid}.scroll{overflow:visible}}\n"
	"@media screen and (max-width:30rem){body{padding:1rem .5rem}figure{margin:1rem -.5rem}figcaption{padding:0 .5rem}}\n";

/* A table of this many columns or more is too wide for a phone: on a
 * narrow screen each of its rows stacks, one line a cell, the column's
 * head before the value, so that every number shows without scrolling
 * sideways. Fewer columns stay a table. */
#define STACK_COLS 5

/* On a narrow screen a figure's narrow layout replaces the full one, a
 * table's cells wrap, and the rows of a wide table stack (STACK_COLS). */
static void narrow_style(FILE *o)
{
	fprintf(o, "@media screen and (max-width:%dpx){figure .wide{display:none}"
		   "figure .narrow{display:block}\n"
		   "td{white-space:normal}\n"
		   ".stack table,.stack tbody,.stack tr,.stack td{display:block}"
		   ".stack tr:first-child{display:none}\n"
		   ".stack tr{padding:.3rem 0;border-bottom:2px solid #ccc}"
		   ".stack td{display:flex;justify-content:space-between;gap:1rem;padding:.1rem .3rem;"
		   "border:0;white-space:normal;text-align:right}\n"
		   ".stack td::before{content:attr(data-label);text-align:left;color:#666}"
		   ".stack td:first-child{font-weight:600;justify-content:flex-start}}\n",
		DOC_NARROW_SCREEN);
}

static void base64(FILE *o, const unsigned char *p, size_t n)
{
	static const char abc[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0) |
			     (i + 2 < n ? p[i + 2] : 0);
		fputc(abc[v >> 18 & 63], o);
		fputc(abc[v >> 12 & 63], o);
		fputc(i + 1 < n ? abc[v >> 6 & 63] : '=', o);
		fputc(i + 2 < n ? abc[v & 63] : '=', o);
	}
}

/* The first occurrence of needle in p..end, or NULL. */
static const char *find(const char *p, const char *end, const char *needle)
{
	size_t n = strlen(needle);
	for (; p + n <= end; p++)
		if (memcmp(p, needle, n) == 0)
			return p;
	return NULL;
}

/* An SVG drawing inline: its XML prolog and libplot's own title and
 * description dropped, its ids made unique to the figure (prefix id), in
 * class cls (or none), and sized by the page (the drawing keeps its
 * aspect). */
static void svg_inline(FILE *o, const struct doc_figure *f, const char *svg, size_t len, int w,
		       int h, const char *id, const char *cls)
{
	const char *p = svg, *end = svg + len;
	const char *start = find(p, end, "<svg");
	if (!start)
		return;
	fprintf(o, "<svg%s%s%s role=\"img\" aria-label=\"", cls ? " class=\"" : "", cls ? cls : "",
		cls ? "\"" : "");
	safe_html_put(o, f->title);
	fprintf(o, "\" style=\"aspect-ratio:%d/%d\"", w, h);
	p = start + 4;
	while (p < end) {
		const char *at = find(p, end, " id=\""), *title = find(p, end, "<title>");
		const char *desc = find(p, end, "<desc>");
		const char *q = at;
		if (title && (!q || title < q))
			q = title;
		if (desc && (!q || desc < q))
			q = desc;
		if (!q)
			break;
		fwrite(p, 1, (size_t)(q - p), o);
		if (q == at) {
			fprintf(o, " id=\"%s-", id);
			p = q + 5;
		} else {
			const char *close = find(q, end, q == title ? "</title>" : "</desc>");
			p = close ? close + strlen(q == title ? "</title>" : "</desc>") : end;
			if (p < end && *p == '\n')
				p++;
		}
	}
	fwrite(p, 1, (size_t)(end - p), o);
}

/* Figure k: its drawing, the narrow layout beside it when it has one. */
static void figure(FILE *o, const struct doc_figure *f, size_t k)
{
	char id[32];
	const char *wide = f->narrow && find(f->narrow, f->narrow + f->narrow_len, "<svg") ?
				   "wide" : NULL;

	fputs("<figure>", o);
	snprintf(id, sizeof id, "fig%zu", k);
	if (f->data && f->fmt == PLOT_SVG) {
		svg_inline(o, f, f->data, f->len, f->w, f->h, id, wide);
	} else if (f->data) {
		fprintf(o, "<img%s width=\"%d\" height=\"%d\" alt=\"", wide ? " class=\"wide\"" : "",
			f->w, f->h);
		safe_html_put(o, f->title);
		fputs("\" src=\"data:image/png;base64,", o);
		base64(o, (const unsigned char *)f->data, f->len);
		fputs("\">", o);
	}
	if (wide) {
		snprintf(id, sizeof id, "fig%zun", k);
		svg_inline(o, f, f->narrow, f->narrow_len, f->narrow_w, f->narrow_h, id, "narrow");
	}
	fputs("<figcaption>", o);
	safe_html_put(o, f->title);
	fputs("</figcaption></figure>\n", o);
}

/* Cell r, c of table b; in a table that stacks, a data cell carries its
 * column's head (if any), which the narrow style shows before it. */
static void cell(FILE *o, const struct doc_block *b, size_t r, size_t c, int stack)
{
	const char *tag = r ? "td" : "th";
	fprintf(o, "<%s", tag);
	if (stack && r && *doc_cell(b, 0, c)) {
		fputs(" data-label=\"", o);
		safe_html_put(o, doc_cell(b, 0, c));
		fputc('"', o);
	}
	fputs(b->align[c] == 'r' ? " class=\"r\">" : ">", o);
	const char *link = doc_cell_link(b, r, c);
	if (link) {
		fputs("<a href=\"", o);
		safe_html_put(o, link);
		fputs("\">", o);
	}
	safe_html_put(o, doc_cell(b, r, c));
	fprintf(o, "%s</%s>", link ? "</a>" : "", tag);
}

static void table(FILE *o, const struct doc_block *b)
{
	int stack = b->cols >= STACK_COLS;
	fprintf(o, "<div class=\"scroll%s\"><table>\n", stack ? " stack" : "");
	for (size_t r = 0; r < b->rows; r++) {
		fputs("<tr>", o);
		for (size_t c = 0; c < b->cols; c++)
			cell(o, b, r, c, stack);
		fputs("</tr>\n", o);
	}
	fputs("</table></div>\n", o);
}

void doc_render_html(FILE *o, const struct doc *d)
{
	const char *title = d->n && d->b[0].kind == DOC_TITLE ? d->b[0].text : "runlog report";
	int list = 0; /* 0 none, 'o' numbered, 'u' bullets */
	size_t figs = 0;

	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
	      o);
	safe_html_put(o, title);
	fprintf(o, "</title>\n<style>\n%s", style);
	narrow_style(o);
	fputs("</style>\n</head>\n<body>\n", o);
	for (size_t i = 0; i < d->n; i++) {
		const struct doc_block *b = &d->b[i];
		int want = b->kind != DOC_ITEM ? 0 : b->numbered ? 'o' : 'u';
		if (list && list != want)
			fprintf(o, "</%cl>\n", list);
		if (want && list != want)
			fprintf(o, "<%cl>\n", want);
		list = want;
		switch (b->kind) {
		case DOC_TITLE:
		case DOC_HEADING:
			fputs(b->kind == DOC_TITLE ? "<h1>" : "<h2>", o);
			safe_html_put(o, b->text);
			fputs(b->kind == DOC_TITLE ? "</h1>\n" : "</h2>\n", o);
			break;
		case DOC_PARA:
			fputs("<p>", o);
			safe_html_put(o, b->text);
			fputs("</p>\n", o);
			break;
		case DOC_ITEM:
			fputs("<li>", o);
			if (b->tag) {
				fprintf(o, "<span class=\"tag tag-%s\">", b->tag);
				safe_html_put(o, b->tag);
				fputs("</span>", o);
			}
			safe_html_put(o, b->text);
			fputs("</li>\n", o);
			break;
		case DOC_TABLE:
			table(o, b);
			break;
		case DOC_FIGURE:
			figure(o, b->fig, ++figs);
			break;
		case DOC_NOTE:
			fputs("<p class=\"note\"><strong>Caution:</strong> ", o);
			safe_html_put(o, b->text);
			fputs("</p>\n", o);
			break;
		}
	}
	if (list)
		fprintf(o, "</%cl>\n", list);
	fputs("</body>\n</html>\n", o);
}
