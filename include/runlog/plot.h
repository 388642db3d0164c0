/* plot.h - a small drawing layer over GNU libplot.
 *
 * One code path draws both PNG and SVG. libplot writes SVG; a PNG is that
 * SVG rasterised by librsvg (anti-aliased, with real fonts: the same
 * picture) and encoded with libpng, so the same chart gives the same bytes
 * every time. A draft PNG goes through libplot's faster "pnm" plotter
 * instead (stroke fonts, no smoothing); libplot's own "png" plotter would
 * stamp the time into each file.
 *
 * Coordinates: pixels from the bottom-left corner of the canvas. A frame
 * (plot_frame) maps data values into the plotting area.
 */
#ifndef RUNLOG_PLOT_H
#define RUNLOG_PLOT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum plot_format { PLOT_PNG, PLOT_SVG };

/* The canvas the charts are laid out for, in pixels. Another canvas shows
 * the layout zoomed by the smaller of its two ratios to this one (text,
 * lines, markers and margins follow it: twice the size, twice the text);
 * the layout fills the rest of the other side. Below this size the zoom
 * stops at PLOT_ZOOM_MIN, where the smallest text (14 units) is still 9 px
 * high, and a smaller canvas gets fewer layout units instead: the charts
 * then wrap titles and legends and thin their ticks to fit. */
#define PLOT_LAYOUT_W 1200
#define PLOT_LAYOUT_H 750
#define PLOT_ZOOM_MIN (2.0 / 3.0)

/* The smallest canvas (before plot_open's scale) at which every chart lays out
 * without clipped or overlapping text (tests/unit/test_chart.c checks it
 * there, and at 600x400, 1200x750 and 2400x1500), and the largest. */
#define PLOT_MIN_W 480
#define PLOT_MIN_H 320
#define PLOT_MAX_SIDE 8000

/* The largest scale: the same layout at this many times the pixels. */
#define PLOT_SCALE_MAX 8

/* A text's box as drawn, in pixels from the bottom-left corner. */
struct plot_box {
	double x0, y0, x1, y1;
	char text[40]; /* its start, to say which */
};

/* The text boxes of a drawing, recorded when plot_open is given a list
 * (for tests of the layout). plot_boxes_free releases box; a list that ran
 * out of memory has failed set. */
struct plot_boxes {
	struct plot_box *box;
	size_t n, cap;
	int failed;
	double frame_x1; /* the frame's right edge, in pixels, as plot_frame set it last */
};
void plot_boxes_free(struct plot_boxes *b);

/* A colour as 0xRRGGBB. */
typedef uint32_t plot_color;

#define PLOT_INK 0x222222u
#define PLOT_GRID 0xdddddd
#define PLOT_MUTED 0x666666u

struct plot {
	const struct plot_lib *lib; /* libplot's functions */
	void *pl;             /* plPlotter */
	void *params;         /* plPlotterParams */
	FILE *out, *mem;
	char *buf;            /* the drawing as libplot wrote it */
	size_t buf_len;
	enum plot_format fmt;
	double w, h;          /* the layout's canvas: the size in pixels / zoom */
	double zoom;          /* pixels per layout unit */
	int px_w, px_h;       /* the size in pixels */
	struct plot_boxes *boxes; /* where to record text boxes, or NULL */
	double head;          /* the header's height so far (plot_title, plot_legend) */
	double top_min;       /* the top margin plot_frame was given */
	double hx, lx;        /* the header's left edge; the next legend entry's */
	double ly;            /* the legend row's centre, or 0 before the first */
	int raster;           /* a PNG from the SVG through librsvg (not a draft) */
	double fx0, fy0, fx1, fy1; /* the frame, in pixels */
	double x0, x1, y0, y1;     /* the data range it shows */
	double y2lo, y2hi;         /* the right-hand axis's range (plot_y2axis) */
};

/* GNU libplot, loaded with dlopen only when something is drawn (see
 * src/plot_lib.h for why). Whoever draws opens it once and gives it to
 * every plot_open; there is no hidden copy. */
struct plot_lib;

/* Load libplot, and with raster set librsvg too (which smooth PNGs need).
 * Returns it (plot_lib_close releases it), or NULL with the reason in why
 * (cap bytes; why may be NULL). */
struct plot_lib *plot_lib_open(int raster, char *why, size_t cap);
void plot_lib_close(struct plot_lib *lib); /* NULL is ignored */

/* Begin a w x h canvas at scale times the pixels (1 for 0; the layout is
 * that of w x h), written to out, drawn with lib, which must outlive p.
 * Everything after is in the layout's units (p->w x p->h; see
 * PLOT_LAYOUT_W). A PNG is rasterised by librsvg (lib opened with raster),
 * or with draft set drawn by libplot's PNM plotter, without smoothing.
 * With boxes set, each text's box is added to it. Returns 0 or -1. */
int plot_open(struct plot *p, const struct plot_lib *lib, FILE *out, enum plot_format fmt, int w,
	      int h, double scale, int draft, struct plot_boxes *boxes);

/* Finish the drawing and write it to out. Returns 0, or -1 when the image
 * could not be produced or written. Always releases p. */
int plot_close(struct plot *p);

/* Set the plotting area (margins in layout units: left, right, bottom, and
 * the least top, below which plot_title and plot_legend push the frame's
 * top to make room) and the data range it shows. It may be set again after
 * the header, to fit the frame to the room left. */
void plot_frame(struct plot *p, double left, double right, double bottom, double top, double x0,
		double x1, double y0, double y1);

/* Data to pixels in the current frame. */
double plot_px(const struct plot *p, double x);
double plot_py(const struct plot *p, double y);

/* "Nice" tick step (1, 2 or 5 times a power of ten) for about n ticks over
 * span. A span that is not between 1e-300 and 1e300, or n < 1, gets 1. */
double plot_nice_step(double span, int n);

/* Horizontal gridlines and labels at every step of y from y0 to y1 (or a
 * multiple of step, where the frame is too short for them all), with the
 * axis label written vertically at the left. */
void plot_yaxis(struct plot *p, double step, const char *label);

/* A tick on a date axis. */
struct plot_tick {
	int32_t day;
	char label[24]; /* "Mar 3", "Mar 2025", "Apr" or "2025" */
};

/* The ticks for days d0..d1, at most max of them, the step chosen by the
 * span: every day or other day up to 3 weeks, Mondays up to 4 months, the
 * first of every 1, 2, 3 or 6 months up to about 6 years, then January 1st
 * every 1, 2, 5... years. The first tick, and the first in each new year,
 * carries the year ("Mar 3, 2025", "Mar 2025"). Returns the number written. */
size_t plot_date_ticks(int32_t d0, int32_t d1, struct plot_tick *t, size_t max);

/* A day's label for a date axis: "Mar 3", or "Mar 3, 2025" when prev (the
 * day labelled before it on the axis, or PLOT_NO_DAY for none) is in
 * another year. Returns buf (at least 16 bytes). */
#define PLOT_NO_DAY INT32_MIN
const char *plot_day_label(int32_t day, int32_t prev, char *buf, size_t cap);

/* Ticks and labels for a date axis whose data x is a day number: every
 * tick plot_date_ticks gives, or every 2nd, 3rd... where the labels would
 * touch (a label then names the year when its year differs from the last). */
void plot_xaxis_dates(struct plot *p);

/* Ticks and labels at the n days given (ascending), labelled and thinned
 * as plot_xaxis_dates does: for an axis whose own days matter more than
 * the calendar's (a plan's blocks). Returns 0, or -1 when out of memory. */
int plot_xaxis_days(struct plot *p, const int32_t *days, size_t n);

/* Vertical gridlines and labels at every step of x (or a multiple, where
 * the labels would touch), with the axis label centred below. */
void plot_xaxis(struct plot *p, double step, const char *label);

/* A second scale for the right-hand side, with its ticks and label. */
void plot_y2axis(struct plot *p, double lo, double hi, double step, const char *label);
double plot_py2(const struct plot *p, double y);

/* A label centred under data x, `row` text lines below the frame. */
void plot_xlabel(struct plot *p, double x, int row, const char *text);

/* Title (and an optional subtitle) at the top, from the frame's left edge
 * (or 90 units, whichever is less), wrapped at spaces to end no further
 * right than the frame does. */
void plot_title(struct plot *p, const char *title, const char *subtitle);

/* A filled bar from data y = base to y, centred at data x, width in data units. */
void plot_bar(struct plot *p, double x, double width, double base, double y, plot_color fill);

/* The same bar hatched: its outline and diagonal lines in fill on white,
 * for a figure not final yet. */
void plot_bar_hatched(struct plot *p, double x, double width, double base, double y,
		      plot_color fill);

/* A vertical error whisker at data x from lo to hi, drawn only within min
 * to max (a scale's ends, such as pain's 0-10) and the frame: an end cut
 * there gets an arrowhead instead of a cap, so the reader sees it runs on. */
void plot_whisker(struct plot *p, double x, double lo, double hi, double min, double max);

/* A horizontal whisker at data y from x = lo to hi, in colour c, cut at the
 * frame with an arrowhead. */
void plot_hwhisker(struct plot *p, double y, double lo, double hi, plot_color c);

/* A straight line between two data points. */
void plot_segment(struct plot *p, double x0, double y0, double x1, double y1, double width_px,
		  plot_color c);

/* A "not enough data" panel: the message centred in the frame, wrapped. */
void plot_message(struct plot *p, const char *text);

/* A marker at data (x, y): shape 'o' filled circle, 'O' hollow circle,
 * '^' triangle, 's' square. */
void plot_marker(struct plot *p, double x, double y, char shape, double size_px, plot_color fill);

/* The same with y on the right-hand scale (plot_y2axis). */
void plot_marker2(struct plot *p, double x, double y, char shape, double size_px, plot_color fill);

/* A line through the points (data units), broken at NAN values. With
 * right set, y is on the right-hand scale. */
void plot_line(struct plot *p, const double *x, const double *y, size_t n, double width_px,
	       plot_color color, int right);

/* Text at (px, py) in layout units; halign 'l', 'c' or 'r'; valign 'b',
 * 'c' or 't'. Centred text that would cross the canvas's side is moved in. */
void plot_text(struct plot *p, double px, double py, char halign, char valign, double size_px,
	       plot_color color, const char *text);

/* The width of text at size, in layout units. */
double plot_text_width(struct plot *p, double size, const char *text);

/* A legend entry under the title: a marker of shape/fill, then the text,
 * after the entries before it, or on a new row where the width runs out.
 * Call before drawing in the frame: the frame's top moves down. */
void plot_legend(struct plot *p, char shape, plot_color fill, const char *text);

#endif
