#include "runlog/plot.h"

#include <math.h>
#include <png.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"
#include "plot_lib.h"

#define DRAFT_FONT "HersheySans"
#define PL(p) ((plPlotter *)(p)->pl)

/* Layout units: the header's left edge at most, the gap under the header,
 * the least room between text and the canvas's side, and text sizes. */
#define HEAD_X 90.0
#define FRAME_GAP 24.0
#define EDGE 4.0
#define TICK_SIZE 15.0
#define AXIS_SIZE 16.0
#define TITLE_SIZE 26.0
#define SUB_SIZE 16.0
#define LINE_GAP 1.25 /* line pitch over text size */

static void pen(struct plot *p, plot_color c)
{
	p->lib->pencolor_r(PL(p), (int)((c >> 16) & 0xff) * 257, (int)((c >> 8) & 0xff) * 257,
			   (int)(c & 0xff) * 257);
}

static void fill(struct plot *p, plot_color c)
{
	p->lib->fillcolor_r(PL(p), (int)((c >> 16) & 0xff) * 257, (int)((c >> 8) & 0xff) * 257,
			    (int)(c & 0xff) * 257);
}

int plot_open(struct plot *p, const struct plot_lib *lib, FILE *out, enum plot_format fmt, int w,
	      int h, double scale, int draft, struct plot_boxes *boxes)
{
	char size[64];

	memset(p, 0, sizeof *p);
	p->lib = lib;
	p->out = out;
	p->fmt = fmt;
	p->boxes = boxes;
	/* Zoom the layout to the canvas, down to a legible floor (see
	 * PLOT_LAYOUT_W), then by the scale. */
	scale = scale > 0 ? scale : 1;
	p->zoom = fmax(fmin((double)w / PLOT_LAYOUT_W, (double)h / PLOT_LAYOUT_H), PLOT_ZOOM_MIN);
	p->zoom *= scale;
	p->px_w = w = (int)lround(w * scale);
	p->px_h = h = (int)lround(h * scale);
	p->w = w / p->zoom;
	p->h = h / p->zoom;
	p->raster = fmt == PLOT_PNG && !draft;
	if (p->raster && !lib->rsvg_handle)
		return -1;
	p->params = p->lib->newplparams();
	if (!p->params)
		return -1;
	snprintf(size, sizeof size, "%dx%d", w, h);
	p->lib->setplparam(p->params, "BITMAPSIZE", size);
	p->lib->setplparam(p->params, "BG_COLOR", "white");
	if (fmt == PLOT_SVG || p->raster) {
		snprintf(size, sizeof size, "a4,xsize=%.2fin,ysize=%.2fin", w / 100.0, h / 100.0);
		p->lib->setplparam(p->params, "PAGESIZE", size);
	}
	/* Every format is finished in plot_close: SVG touched up (and for a
	 * smooth PNG rasterised), a draft's PNM encoded. */
	p->mem = open_memstream(&p->buf, &p->buf_len);
	if (!p->mem) {
		p->lib->deleteplparams(p->params);
		return -1;
	}
	p->pl = p->lib->newpl_r(fmt == PLOT_SVG || p->raster ? "svg" : "pnm", NULL, p->mem, NULL,
				p->params);
	if (!p->pl || p->lib->openpl_r(PL(p)) < 0) {
		fclose(p->mem);
		free(p->buf);
		p->lib->deleteplparams(p->params);
		return -1;
	}
	p->lib->fspace_r(PL(p), 0, 0, p->w, p->h);
	p->lib->erase_r(PL(p));
	/* The SVG plotter lays text out with Helvetica's metrics (see
	 * write_svg for the fonts that draw it); the PNM plotter knows only
	 * stroke fonts. */
	p->lib->fontname_r(PL(p), fmt == PLOT_SVG || p->raster ? "Helvetica" : DRAFT_FONT);
	p->lib->joinmod_r(PL(p), "round");
	p->lib->capmod_r(PL(p), "round");
	return 0;
}

/* libplot's PNM plotter writes the smallest of PBM (P4, black and white),
 * PGM (P5, greys) and PPM (P6). Decode any of them into RGB; caller frees. */
static unsigned char *pnm_to_rgb(const char *buf, size_t len, int *w, int *h)
{
	const char *p = buf, *end = buf + len;
	long v[3] = {0, 0, 1};
	int kind, nval;
	if (len < 2 || p[0] != 'P' || p[1] < '4' || p[1] > '6')
		return NULL;
	kind = p[1] - '0';
	nval = kind == 4 ? 2 : 3;
	p += 2;
	for (int i = 0; i < nval; i++) {
		for (;;) {
			while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
				p++;
			if (p < end && *p == '#') {
				while (p < end && *p != '\n')
					p++;
				continue;
			}
			break;
		}
		char *q;
		v[i] = strtol(p, &q, 10);
		if (q == p)
			return NULL;
		p = q;
	}
	p++; /* the single whitespace byte after the header */
	if (v[0] <= 0 || v[1] <= 0 || v[0] > 100000 || v[1] > 100000 || (kind != 4 && v[2] != 255))
		return NULL;
	size_t W = (size_t)v[0], H = (size_t)v[1];
	size_t row = kind == 4 ? (W + 7) / 8 : kind == 5 ? W : W * 3;
	if (p > end || (size_t)(end - p) < row * H)
		return NULL;
	unsigned char *rgb = malloc(W * H * 3);
	if (!rgb)
		return NULL;
	const unsigned char *src = (const unsigned char *)p;
	for (size_t y = 0; y < H; y++)
		for (size_t x = 0; x < W; x++) {
			unsigned char *d = rgb + (y * W + x) * 3;
			const unsigned char *r = src + y * row;
			if (kind == 6) {
				memcpy(d, r + x * 3, 3);
			} else {
				unsigned char g = kind == 5 ? r[x] : (r[x / 8] >> (7 - x % 8)) & 1 ? 0 : 255;
				d[0] = d[1] = d[2] = g;
			}
		}
	*w = (int)W;
	*h = (int)H;
	return rgb;
}

static int write_png(FILE *out, const unsigned char *rgb, int w, int h)
{
	png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
	png_infop info = png ? png_create_info_struct(png) : NULL;
	if (!info) {
		png_destroy_write_struct(&png, NULL);
		return -1;
	}
	if (setjmp(png_jmpbuf(png))) {
		png_destroy_write_struct(&png, &info);
		return -1;
	}
	png_init_io(png, out);
	/* The cheapest setting within 10% of libpng's default size
	 * (adaptive filters, level 6), by tests/bench/png_settings.c on the
	 * ten charts of the sample and a 12-year log: no row filter and zlib
	 * level 3 encode in a quarter of the default's time, for 1.6% more
	 * bytes. */
	png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
	png_set_compression_level(png, 3);
	png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
		     PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	png_write_info(png, info);
	for (int y = 0; y < h; y++)
		png_write_row(png, (png_const_bytep)(rgb + (size_t)y * (size_t)w * 3));
	png_write_end(png, NULL);
	png_destroy_write_struct(&png, &info);
	return 0;
}

/* Fonts with Helvetica's metrics, which libplot lays text out with, so
 * that centred and right-aligned labels stay put. A browser takes the first
 * it has; a smooth PNG names one, which fontconfig must find (Debian's
 * fonts-liberation2; `fc-match "Liberation Sans"` shows what it takes). */
#define SVG_FONTS "Helvetica, Arial, 'Liberation Sans', sans-serif"
#define RASTER_FONT "Liberation Sans"

/* libplot's SVG names Helvetica and sizes the page in cm: name the fonts
 * instead, and give the size in pixels. */
static int write_svg(FILE *out, const char *svg, size_t len, int w, int h, const char *fonts)
{
	static const char font[] = "font-family=\"Helvetica,sans-serif\"";
	const char *p = svg, *end = svg + len;
	const char *size = strstr(svg, " width=\"");
	const char *vb = size ? strstr(size, " viewBox=") : NULL;

	if (size && vb) {
		fwrite(p, 1, (size_t)(size - p), out);
		fprintf(out, " width=\"%d\" height=\"%d\"", w, h);
		p = vb;
	}
	for (const char *q; (q = strstr(p, font)) != NULL; p = q + sizeof font - 1) {
		fwrite(p, 1, (size_t)(q - p), out);
		fprintf(out, "font-family=\"%s\"", fonts);
	}
	fwrite(p, 1, (size_t)(end - p), out);
	return ferror(out) ? -1 : 0;
}

/* The SVG in p->buf as a w x h PNG, through librsvg. */
static int write_raster(struct plot *p)
{
	char *svg = NULL;
	size_t len = 0;
	unsigned char *rgb = NULL;
	FILE *mem = open_memstream(&svg, &len);
	int rc = mem ? write_svg(mem, p->buf, p->buf_len, p->px_w, p->px_h, RASTER_FONT) : -1;

	if (mem && fclose(mem) != 0)
		rc = -1;
	if (!rc)
		rgb = plot_raster_rgb(p->lib, svg, len, p->px_w, p->px_h);
	rc = rgb ? write_png(p->out, rgb, p->px_w, p->px_h) : -1;
	free(rgb);
	free(svg);
	return rc;
}

/* A draft: libplot's PNM in p->buf as a PNG. */
static int write_pnm(struct plot *p)
{
	int w, h;
	unsigned char *rgb = pnm_to_rgb(p->buf, p->buf_len, &w, &h);
	int rc = rgb ? write_png(p->out, rgb, w, h) : -1;
	free(rgb);
	return rc;
}

int plot_close(struct plot *p)
{
	int rc = 0;
	if (p->lib->closepl_r(PL(p)) < 0)
		rc = -1;
	p->lib->deletepl_r(PL(p));
	p->lib->deleteplparams(p->params);
	if (fclose(p->mem) != 0)
		rc = -1;
	if (!rc && p->fmt == PLOT_SVG)
		rc = write_svg(p->out, p->buf, p->buf_len, p->px_w, p->px_h, SVG_FONTS);
	else if (!rc)
		rc = p->raster ? write_raster(p) : write_pnm(p);
	free(p->buf);
	return rc || ferror(p->out) ? -1 : 0;
}

/* The frame's top: below the header, if there is one. */
static void fit_top(struct plot *p)
{
	double top = p->head > 0 ? p->head + FRAME_GAP : 0;
	p->fy1 = p->h - (top > p->top_min ? top : p->top_min);
}

void plot_frame(struct plot *p, double left, double right, double bottom, double top, double x0,
		double x1, double y0, double y1)
{
	p->fx0 = left;
	p->fx1 = p->w - right;
	p->fy0 = bottom;
	p->top_min = top;
	p->hx = left < HEAD_X ? left : HEAD_X;
	if (p->boxes)
		p->boxes->frame_x1 = p->fx1 * p->zoom;
	fit_top(p);
	p->x0 = x0;
	p->x1 = x1 > x0 ? x1 : x0 + 1;
	p->y0 = y0;
	p->y1 = y1 > y0 ? y1 : y0 + 1;
}

double plot_px(const struct plot *p, double x)
{
	return p->fx0 + (x - p->x0) / (p->x1 - p->x0) * (p->fx1 - p->fx0);
}

double plot_py(const struct plot *p, double y)
{
	return p->fy0 + (y - p->y0) / (p->y1 - p->y0) * (p->fy1 - p->fy0);
}

double plot_nice_step(double span, int n)
{
	/* Outside 1e-300..1e300 a power of ten at the step's size under- or
	 * overflows; no chart comes near, so such spans get 1. */
	if (!(span >= 1e-300 && span <= 1e300) || n < 1)
		return 1;
	double raw = span / n, mag = pow(10, floor(log10(raw))), f = raw / mag;
	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

double plot_text_width(struct plot *p, double size, const char *text)
{
	p->lib->ffontsize_r(PL(p), size);
	return p->lib->flabelwidth_r(PL(p), text);
}

/* Add the box of text (w units wide, size high, at (x, y) aligned by
 * halign and valign; with vertical set, turned a quarter anticlockwise). */
static void record_box(struct plot *p, double x, double y, char halign, char valign, double w,
		       double size, int vertical, const char *text)
{
	struct plot_boxes *b = p->boxes;
	double along = halign == 'l' ? 0 : halign == 'r' ? -w : -w / 2;
	double across = valign == 't' ? -size : valign == 'c' ? -size / 2 : -size * 0.22;
	if (b->n == b->cap) {
		size_t cap = b->cap ? 2 * b->cap : 64;
		struct plot_box *nb = realloc(b->box, cap * sizeof *nb);
		if (!nb) {
			b->failed = 1;
			return;
		}
		b->box = nb;
		b->cap = cap;
	}
	struct plot_box *r = &b->box[b->n++];
	double bx = vertical ? x - across - size : x + along, by = vertical ? y + along : y + across;
	r->x0 = bx * p->zoom;
	r->y0 = by * p->zoom;
	r->x1 = (bx + (vertical ? size : w)) * p->zoom;
	r->y1 = (by + (vertical ? w : size)) * p->zoom;
	snprintf(r->text, sizeof r->text, "%s", text);
}

void plot_boxes_free(struct plot_boxes *b)
{
	free(b->box);
	memset(b, 0, sizeof *b);
}

static void text_at(struct plot *p, double px, double py, char halign, char valign, double size,
		    plot_color color, const char *text, int vertical)
{
	double w = plot_text_width(p, size, text);
	if (halign == 'c' && !vertical) /* keep centred text on the canvas */
		px = fmax(fmin(px, p->w - EDGE - w / 2), EDGE + w / 2);
	pen(p, color);
	p->lib->ftextangle_r(PL(p), vertical ? 90 : 0);
	p->lib->fmove_r(PL(p), px, py);
	p->lib->alabel_r(PL(p), halign, valign, text);
	p->lib->ftextangle_r(PL(p), 0);
	if (p->boxes)
		record_box(p, px, py, halign, valign, w, size, vertical, text);
}

void plot_text(struct plot *p, double px, double py, char halign, char valign, double size_px,
	       plot_color color, const char *text)
{
	text_at(p, px, py, halign, valign, size_px, color, text, 0);
}

static void tick_label(char *buf, size_t cap, double v, double step);

static void seg(struct plot *p, double x0, double y0, double x1, double y1, double width,
		plot_color c)
{
	pen(p, c);
	p->lib->flinewidth_r(PL(p), width);
	p->lib->filltype_r(PL(p), 0);
	p->lib->fline_r(PL(p), x0, y0, x1, y1);
	p->lib->endpath_r(PL(p));
}

/* step, or a multiple of it (2, 5, 10...) where n ticks per step would
 * take more room than there is (room and need in layout units). */
static double thin_step(double step, double span, double room, double need)
{
	static const double k[] = {1, 2, 5, 10, 20, 50};
	for (size_t i = 0; i < sizeof k / sizeof k[0]; i++)
		if (span / (step * k[i]) * need <= room)
			return step * k[i];
	return step * 100;
}

void plot_yaxis(struct plot *p, double step, const char *label)
{
	char buf[32];
	step = thin_step(step, p->y1 - p->y0, p->fy1 - p->fy0, TICK_SIZE * 1.4);
	for (double y = ceil(p->y0 / step) * step; y <= p->y1 + step * 1e-9; y += step) {
		double py = plot_py(p, y);
		seg(p, p->fx0, py, p->fx1, py, 1, PLOT_GRID);
		tick_label(buf, sizeof buf, y, step);
		plot_text(p, p->fx0 - 8, py, 'r', 'c', TICK_SIZE, PLOT_MUTED, buf);
	}
	seg(p, p->fx0, p->fy0, p->fx1, p->fy0, 1.5, PLOT_INK);
	text_at(p, p->fx0 - 52, (p->fy0 + p->fy1) / 2, 'c', 'c', AXIS_SIZE, PLOT_INK, label, 1);
}

void plot_xlabel(struct plot *p, double x, int row, const char *text)
{
	plot_text(p, plot_px(p, x), p->fy0 - 10 - 20 * row, 'c', 't', TICK_SIZE, PLOT_INK, text);
}

static const char *const month[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
				     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static size_t add_tick(struct plot_tick *t, size_t n, size_t max, int32_t day, const char *label)
{
	if (n < max) {
		t[n].day = day;
		snprintf(t[n].label, sizeof t[n].label, "%s", label);
	}
	return n + 1;
}

const char *plot_day_label(int32_t day, int32_t prev, char *buf, size_t cap)
{
	int y, m, d, py = 0, pm, pd;
	date_to_ymd(day, &y, &m, &d);
	if (prev != PLOT_NO_DAY)
		date_to_ymd(prev, &py, &pm, &pd);
	if (prev == PLOT_NO_DAY || py != y)
		snprintf(buf, cap, "%s %d, %d", month[m - 1], d, y);
	else
		snprintf(buf, cap, "%s %d", month[m - 1], d);
	return buf;
}

size_t plot_date_ticks(int32_t d0, int32_t d1, struct plot_tick *t, size_t max)
{
	int32_t span = d1 - d0;
	size_t n = 0;
	char buf[24];
	int y, m, d;

	if (span < 0)
		return 0;
	if (span <= 120) { /* every day or other day; Mondays, every week or two */
		int every = span <= 10 ? 1 : span <= 21 ? 2 : span <= 63 ? 7 : 14;
		int32_t first = span <= 21 ? d0 : d0 + (8 - date_weekday(d0)) % 7;
		for (int32_t day = first, prev = PLOT_NO_DAY; day <= d1; prev = day, day += every)
			n = add_tick(t, n, max, day, plot_day_label(day, prev, buf, sizeof buf));
		return n < max ? n : max;
	}
	/* First days of months (1, 2, 3 or 6 apart), or of years (a nice step). */
	int months = span <= 270 ? 1 : span <= 550 ? 2 : span <= 1100 ? 3 : span <= 2200 ? 6 : 0;
	int years = months ? 1 : (int)plot_nice_step(span / 365.25, 8);
	date_to_ymd(d0, &y, &m, &d);
	if (d > 1 && ++m > 12)
		m = 1, y++;
	for (int32_t day; (day = date_from_ymd(y, m, 1)) <= d1;) {
		if (months && (m - 1) % months == 0) {
			/* The year on the first tick and on every January. */
			if (m == 1 || n == 0)
				snprintf(buf, sizeof buf, "%s %d", month[m - 1], y);
			else
				snprintf(buf, sizeof buf, "%s", month[m - 1]);
			n = add_tick(t, n, max, day, buf);
		} else if (!months && m == 1 && y % years == 0) {
			snprintf(buf, sizeof buf, "%d", y);
			n = add_tick(t, n, max, day, buf);
		}
		if (++m > 12)
			m = 1, y++;
	}
	return n < max ? n : max;
}

/* A tick's label, with the year added when a thinned axis skipped the
 * tick that named it: "Mar" becomes "Mar 2025", "Mar 3" "Mar 3, 2025". */
static const char *with_year(const struct plot_tick *t, int32_t prev, char *buf, size_t cap)
{
	int y, m, d, py, pm, pd;
	date_to_ymd(t->day, &y, &m, &d);
	date_to_ymd(prev, &py, &pm, &pd);
	if (py == y || strchr(t->label, ',') || strlen(t->label) == 4 ||
	    (strchr(t->label, ' ') && strlen(strchr(t->label, ' ')) > 3))
		return t->label;
	if (strchr(t->label, ' '))
		return plot_day_label(t->day, prev, buf, cap);
	snprintf(buf, cap, "%.3s %d", t->label, y);
	return buf;
}

/* The label of tick i of an axis showing every `every`th tick. */
static const char *date_label(const struct plot_tick *t, size_t i, size_t every, char *buf,
			      size_t cap)
{
	return i ? with_year(&t[i], t[i - every].day, buf, cap) : t[i].label;
}

/* 1 when every `every`th of the n ticks leaves a gap between labels. */
static int dates_fit(struct plot *p, const struct plot_tick *t, size_t n, size_t every)
{
	char a[24], b[24];
	for (size_t i = every; i < n; i += every) {
		double wa = plot_text_width(p, TICK_SIZE, date_label(t, i - every, every, a, sizeof a));
		double wb = plot_text_width(p, TICK_SIZE, date_label(t, i, every, b, sizeof b));
		if (plot_px(p, t[i].day) - plot_px(p, t[i - every].day) < (wa + wb) / 2 + 12)
			return 0;
	}
	return 1;
}

/* Label the n ticks t, every one or every 2nd, 3rd... that fits. */
static void date_axis(struct plot *p, const struct plot_tick *t, size_t n)
{
	char buf[24];
	size_t every = 1;
	while (every < n && !dates_fit(p, t, n, every))
		every++;
	for (size_t i = 0; i < n; i += every)
		plot_xlabel(p, t[i].day, 0, date_label(t, i, every, buf, sizeof buf));
}

void plot_xaxis_dates(struct plot *p)
{
	struct plot_tick t[64];
	date_axis(p, t, plot_date_ticks((int32_t)ceil(p->x0), (int32_t)floor(p->x1), t, 64));
}

int plot_xaxis_days(struct plot *p, const int32_t *days, size_t n)
{
	struct plot_tick *t = malloc((n ? n : 1) * sizeof *t);
	char buf[24];
	if (!t)
		return -1;
	for (size_t i = 0; i < n; i++)
		add_tick(t, i, n, days[i], plot_day_label(days[i], i ? days[i - 1] : PLOT_NO_DAY, buf,
							  sizeof buf));
	date_axis(p, t, n);
	free(t);
	return 0;
}

/* Text at size in lines no wider than width, broken at spaces, left-aligned
 * at x from y down (y the first line's top, in units from the top
 * edge; centred in the frame with y negative). Returns the height used. */
static double wrapped(struct plot *p, double x, double y, double width, double size, plot_color c,
		      const char *text)
{
	char line[256];
	size_t nlines = 0, len = 0;
	const char *s = text;
	double pitch = size * LINE_GAP;
	char lines[8][256];
	while (*s && nlines < 8) {
		const char *sp = strchr(s, ' ');
		size_t word = sp ? (size_t)(sp - s) : strlen(s);
		snprintf(line + len, sizeof line - len, "%s%.*s", len ? " " : "", (int)word, s);
		if (len && plot_text_width(p, size, line) > width) {
			line[len] = '\0';
			memcpy(lines[nlines++], line, len + 1);
			len = 0;
			continue; /* the word again, on a new line */
		}
		len = strlen(line);
		s += word + (sp != NULL);
		if (!*s)
			memcpy(lines[nlines++], line, len + 1);
	}
	double top = y < 0 ? (p->fy0 + p->fy1 + pitch * (double)nlines) / 2 : p->h - y;
	for (size_t i = 0; i < nlines; i++)
		plot_text(p, x, top - pitch * ((double)i + 0.5), y < 0 ? 'c' : 'l', 'c', size, c,
			  lines[i]);
	return pitch * (double)nlines;
}

void plot_title(struct plot *p, const char *title, const char *subtitle)
{
	/* Lines end where the frame does, not at the canvas's edge. */
	double right = p->fx1 > p->hx ? p->fx1 : p->w - EDGE;
	double width = right - p->hx;
	p->head = 22;
	p->head += wrapped(p, p->hx, p->head, width, TITLE_SIZE, PLOT_INK, title);
	if (subtitle)
		p->head += 6 + wrapped(p, p->hx, p->head + 6, width, SUB_SIZE, PLOT_MUTED, subtitle);
	fit_top(p);
}

void plot_bar(struct plot *p, double x, double width, double base, double y, plot_color c)
{
	pen(p, c);
	fill(p, c);
	p->lib->filltype_r(PL(p), 1);
	p->lib->flinewidth_r(PL(p), 1);
	p->lib->fbox_r(PL(p), plot_px(p, x - width / 2), plot_py(p, base), plot_px(p, x + width / 2),
		  plot_py(p, y));
	p->lib->filltype_r(PL(p), 0);
}

#define HATCH_PX 9 /* between a hatched bar's lines, across them */

void plot_bar_hatched(struct plot *p, double x, double width, double base, double y, plot_color c)
{
	double x0 = plot_px(p, x - width / 2), x1 = plot_px(p, x + width / 2);
	double y0 = fmin(plot_py(p, base), plot_py(p, y)), y1 = fmax(plot_py(p, base), plot_py(p, y));
	double step = HATCH_PX * sqrt(2.0);
	/* Lines x - y = k, from k = x0 - y1 (the top-left corner) to x1 - y0,
	 * each cut to the box. */
	for (double k = x0 - y1 + step / 2; k < x1 - y0; k += step) {
		double a = fmax(x0, y0 + k), b = fmin(x1, y1 + k);
		if (a < b)
			seg(p, a, a - k, b, b - k, 2.5, c);
	}
	pen(p, c);
	p->lib->filltype_r(PL(p), 0);
	p->lib->flinewidth_r(PL(p), 2);
	p->lib->fbox_r(PL(p), x0, y0, x1, y1);
	p->lib->endpath_r(PL(p));
}

/* A filled arrowhead in colour c whose tip is at u (along the axis) and a
 * (across it), pointing to larger u when dir > 0. */
static void arrowhead(struct plot *p, int horizontal, double u, double a, int dir, double cap,
		      plot_color c)
{
	double pt[3][2] = {{u, a}, {u - dir * cap * 1.4, a - cap * 0.75},
			   {u - dir * cap * 1.4, a + cap * 0.75}};
	pen(p, c);
	fill(p, c);
	p->lib->filltype_r(PL(p), 1);
	p->lib->flinewidth_r(PL(p), 1);
	for (int i = 0; i < 3; i++) {
		double x = pt[i][horizontal ? 0 : 1], y = pt[i][horizontal ? 1 : 0];
		if (i == 0)
			p->lib->fmove_r(PL(p), x, y);
		else
			p->lib->fcont_r(PL(p), x, y);
	}
	p->lib->closepath_r(PL(p));
	p->lib->endpath_r(PL(p));
	p->lib->filltype_r(PL(p), 0);
}

/* An error whisker from v[0] to v[1] across the data axis (vertical: along
 * y at data x; horizontal: along x at data y), drawn only within lim[0] to
 * lim[1] and the frame. An end cut there gets an arrowhead, not a cap. */
static void whisker(struct plot *p, int horizontal, double at, const double v[2],
		    const double lim[2], double width, double cap, plot_color c)
{
	double min = horizontal ? p->x0 : p->y0, max = horizontal ? p->x1 : p->y1;
	double (*to_px)(const struct plot *, double) = horizontal ? plot_px : plot_py;
	double a = horizontal ? plot_py(p, at) : plot_px(p, at);
	if (isnan(v[0]) || isnan(v[1]))
		return;
	min = lim[0] > min ? lim[0] : min;
	max = lim[1] < max ? lim[1] : max;
	int cut[2] = {v[0] < min, v[1] > max};
	double ends[2] = {to_px(p, cut[0] ? min : v[0]), to_px(p, cut[1] ? max : v[1])};

	if (horizontal)
		seg(p, ends[0], a, ends[1], a, width, c);
	else
		seg(p, a, ends[0], a, ends[1], width, c);
	for (int i = 0; i < 2; i++) {
		if (cut[i])
			arrowhead(p, horizontal, ends[i], a, i ? 1 : -1, cap, c);
		else if (horizontal)
			seg(p, ends[i], a - cap, ends[i], a + cap, width, c);
		else
			seg(p, a - cap, ends[i], a + cap, ends[i], width, c);
	}
}

void plot_whisker(struct plot *p, double x, double lo, double hi, double min, double max)
{
	whisker(p, 0, x, (double[2]){lo, hi}, (double[2]){min, max}, 2, 8, PLOT_INK);
}

static void marker_px(struct plot *p, double px, double py, char shape, double s, plot_color c)
{
	pen(p, 0xffffff);
	fill(p, c);
	p->lib->filltype_r(PL(p), 1);
	p->lib->flinewidth_r(PL(p), 1);
	switch (shape) {
	case '^':
		p->lib->fmove_r(PL(p), px - s * 0.6, py - s * 0.45);
		p->lib->fcont_r(PL(p), px + s * 0.6, py - s * 0.45);
		p->lib->fcont_r(PL(p), px, py + s * 0.6);
		p->lib->closepath_r(PL(p));
		p->lib->endpath_r(PL(p));
		break;
	case 's':
		p->lib->fbox_r(PL(p), px - s / 2, py - s / 2, px + s / 2, py + s / 2);
		break;
	case 'O': /* hollow: a ring in the colour, white inside */
		pen(p, c);
		fill(p, 0xffffff);
		p->lib->flinewidth_r(PL(p), s / 5);
		p->lib->fcircle_r(PL(p), px, py, s / 2 - s / 10);
		break;
	default:
		p->lib->fcircle_r(PL(p), px, py, s / 2);
	}
	p->lib->filltype_r(PL(p), 0);
}

void plot_marker(struct plot *p, double x, double y, char shape, double size_px, plot_color c)
{
	marker_px(p, plot_px(p, x), plot_py(p, y), shape, size_px, c);
}

void plot_marker2(struct plot *p, double x, double y, char shape, double size_px, plot_color c)
{
	marker_px(p, plot_px(p, x), plot_py2(p, y), shape, size_px, c);
}

void plot_line(struct plot *p, const double *x, const double *y, size_t n, double width_px,
	       plot_color color, int right)
{
	double (*py)(const struct plot *, double) = right ? plot_py2 : plot_py;
	int open = 0;
	pen(p, color);
	p->lib->flinewidth_r(PL(p), width_px);
	p->lib->filltype_r(PL(p), 0);
	for (size_t i = 0; i < n; i++) {
		if (isnan(y[i])) {
			if (open)
				p->lib->endpath_r(PL(p));
			open = 0;
			continue;
		}
		if (open)
			p->lib->fcont_r(PL(p), plot_px(p, x[i]), py(p, y[i]));
		else
			p->lib->fmove_r(PL(p), plot_px(p, x[i]), py(p, y[i]));
		open = 1;
	}
	if (open)
		p->lib->endpath_r(PL(p));
}

void plot_legend(struct plot *p, char shape, plot_color c, const char *text)
{
	double w = 14 + plot_text_width(p, TICK_SIZE, text);
	if (p->ly == 0 || (p->lx + w > p->w - EDGE && p->lx > p->hx + 6)) { /* a new row */
		p->head += p->ly == 0 ? 12 : 4;
		p->ly = p->h - p->head - 10;
		p->head += 20;
		p->lx = p->hx + 6;
		fit_top(p);
	}
	marker_px(p, p->lx, p->ly, shape, 12, c);
	plot_text(p, p->lx + 14, p->ly, 'l', 'c', TICK_SIZE, PLOT_INK, text);
	p->lx += w + 36;
}

double plot_py2(const struct plot *p, double y)
{
	double span = p->y2hi > p->y2lo ? p->y2hi - p->y2lo : 1;
	return p->fy0 + (y - p->y2lo) / span * (p->fy1 - p->fy0);
}

/* Tick label: %g, with -0 shown as 0. */
static void tick_label(char *buf, size_t cap, double v, double step)
{
	snprintf(buf, cap, "%g", fabs(v) < fabs(step) * 1e-9 ? 0.0 : v);
}

void plot_xaxis(struct plot *p, double step, const char *label)
{
	char buf[32];
	double widest = 0;
	for (int i = 0; i < 2; i++) {
		tick_label(buf, sizeof buf, i ? p->x1 : p->x0, step);
		widest = fmax(widest, plot_text_width(p, TICK_SIZE, buf));
	}
	step = thin_step(step, p->x1 - p->x0, p->fx1 - p->fx0, widest + 16);
	for (double x = ceil(p->x0 / step - 1e-9) * step; x <= p->x1 + step * 1e-9; x += step) {
		double px = plot_px(p, x);
		seg(p, px, p->fy0, px, p->fy1, 1, PLOT_GRID);
		tick_label(buf, sizeof buf, x, step);
		plot_text(p, px, p->fy0 - 10, 'c', 't', TICK_SIZE, PLOT_MUTED, buf);
	}
	seg(p, p->fx0, p->fy0, p->fx1, p->fy0, 1.5, PLOT_INK);
	plot_text(p, (p->fx0 + p->fx1) / 2, p->fy0 - 40, 'c', 't', AXIS_SIZE, PLOT_INK, label);
}

void plot_y2axis(struct plot *p, double lo, double hi, double step, const char *label)
{
	char buf[32];
	p->y2lo = lo;
	p->y2hi = hi > lo ? hi : lo + 1;
	step = thin_step(step, p->y2hi - lo, p->fy1 - p->fy0, TICK_SIZE * 1.4);
	for (double y = ceil(lo / step - 1e-9) * step; y <= p->y2hi + step * 1e-9; y += step) {
		tick_label(buf, sizeof buf, y, step);
		plot_text(p, p->fx1 + 8, plot_py2(p, y), 'l', 'c', TICK_SIZE, PLOT_MUTED, buf);
	}
	text_at(p, p->fx1 + 52, (p->fy0 + p->fy1) / 2, 'c', 'c', AXIS_SIZE, PLOT_INK, label, 1);
}

void plot_segment(struct plot *p, double x0, double y0, double x1, double y1, double width_px,
		  plot_color c)
{
	seg(p, plot_px(p, x0), plot_py(p, y0), plot_px(p, x1), plot_py(p, y1), width_px, c);
}

void plot_hwhisker(struct plot *p, double y, double lo, double hi, plot_color c)
{
	whisker(p, 1, y, (double[2]){lo, hi}, (double[2]){-HUGE_VAL, HUGE_VAL}, 3, 9, c);
}

void plot_message(struct plot *p, const char *text)
{
	pen(p, PLOT_GRID);
	p->lib->filltype_r(PL(p), 0);
	p->lib->flinewidth_r(PL(p), 2);
	p->lib->fbox_r(PL(p), p->fx0, p->fy0, p->fx1, p->fy1);
	wrapped(p, (p->fx0 + p->fx1) / 2, -1, p->fx1 - p->fx0 - 20, 22, PLOT_MUTED, text);
}
