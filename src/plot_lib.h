/* plot_lib.h - GNU libplot's and librsvg's functions, loaded on demand
 * (private to plot.c, plot_lib.c and plot_raster.c; plot_lib_open in
 * runlog/plot.h loads them).
 *
 * libplot carries an X11 plotter that runlog never uses, and with it a dozen
 * X libraries that take about 1.2 MB of memory and a mapping each at every
 * start. Loaded on demand, they cost an analysis without charts nothing. The
 * table holds libplot's own functions, typed from its header.
 */
#ifndef RUNLOG_PLOT_LIB_H
#define RUNLOG_PLOT_LIB_H

#include <stdio.h>
#include <plot.h>

#include "runlog/plot.h"

#define PLOT_LIB_FUNCS(X)                                                                          \
	X(newplparams) X(setplparam) X(deleteplparams) X(newpl_r) X(deletepl_r) X(openpl_r)       \
	X(closepl_r) X(fspace_r) X(erase_r) X(fontname_r) X(joinmod_r) X(capmod_r) X(ffontsize_r) \
	X(fmove_r) X(alabel_r) X(flinewidth_r) X(filltype_r) X(fline_r) X(endpath_r)              \
	X(ftextangle_r) X(fbox_r) X(fcont_r) X(closepath_r) X(fcircle_r) X(pencolor_r)            \
	X(fillcolor_r) X(flabelwidth_r)

/* librsvg 2.54 and the cairo and GLib functions it brings along, found
 * through its handle (dlsym searches a library's dependencies too). They
 * are typed here from rsvg.h, cairo.h and glib's gerror.h rather than
 * included, so that runlog needs only the runtime package (librsvg2-2), not
 * librsvg2-dev and its 35 development packages. Only opaque pointers, ints,
 * doubles and the two structs below cross the boundary, all stable ABI. */
struct plot_rsvg_rect { /* RsvgRectangle */
	double x, y, width, height;
};
struct plot_gerror { /* GError */
	unsigned domain;
	int code;
	char *message;
};
#define PLOT_CAIRO_FORMAT_RGB24 1 /* cairo_format_t: 32 bits, the top 8 unused */

#define PLOT_RSVG_FUNCS(X)                                                                         \
	X(void *, rsvg_handle_new_from_data, (const unsigned char *, size_t, struct plot_gerror **)) \
	X(int, rsvg_handle_render_document,                                                         \
	  (void *, void *, const struct plot_rsvg_rect *, struct plot_gerror **))                  \
	X(void, g_object_unref, (void *))                                                          \
	X(void, g_error_free, (struct plot_gerror *))                                              \
	X(void *, cairo_image_surface_create, (int, int, int))                                    \
	X(int, cairo_surface_status, (void *))                                                     \
	X(void, cairo_surface_flush, (void *))                                                     \
	X(void, cairo_surface_destroy, (void *))                                                   \
	X(unsigned char *, cairo_image_surface_get_data, (void *))                                 \
	X(int, cairo_image_surface_get_stride, (void *))                                           \
	X(void *, cairo_create, (void *))                                                          \
	X(void, cairo_destroy, (void *))                                                           \
	X(void, cairo_set_source_rgb, (void *, double, double, double))                            \
	X(void, cairo_paint, (void *))

/* Behind plot.h's struct plot_lib: the dlopen handles and the functions.
 * rsvg_handle is NULL unless plot_lib_open was asked for raster output. */
struct plot_lib {
	void *handle;
#define PLOT_LIB_FIELD(f) __typeof__(pl_##f) *f;
	PLOT_LIB_FUNCS(PLOT_LIB_FIELD)
#undef PLOT_LIB_FIELD
	void *rsvg_handle;
#define PLOT_RSVG_FIELD(ret, f, args) ret(*f) args;
	PLOT_RSVG_FUNCS(PLOT_RSVG_FIELD)
#undef PLOT_RSVG_FIELD
};

/* libplot's SVG of a w x h canvas (len bytes), rasterised by librsvg onto
 * white: w * h * 3 bytes of RGB, which the caller frees, or NULL (lib
 * opened without raster, a bad SVG, out of memory). */
unsigned char *plot_raster_rgb(const struct plot_lib *lib, const char *svg, size_t len, int w,
			       int h);

#endif
