/* plot_raster: libplot's SVG drawn into pixels by librsvg and cairo. */
#include "plot_lib.h"

#include <stdlib.h>

/* cairo's RGB24 pixel is a native-endian 32-bit 0x00RRGGBB. */
static void rgb24_to_rgb(const unsigned char *data, int stride, int w, int h, unsigned char *rgb)
{
	for (int y = 0; y < h; y++) {
		const unsigned char *row = data + (size_t)y * (size_t)stride;
		for (int x = 0; x < w; x++) {
			unsigned v = *(const unsigned *)(const void *)(row + (size_t)x * 4);
			unsigned char *d = rgb + ((size_t)y * (size_t)w + (size_t)x) * 3;
			d[0] = (unsigned char)(v >> 16);
			d[1] = (unsigned char)(v >> 8);
			d[2] = (unsigned char)v;
		}
	}
}

/* Render the handle onto a white w x h surface; 0 or -1. */
static int render(const struct plot_lib *lib, void *handle, void *surface, int w, int h)
{
	struct plot_gerror *err = NULL;
	const struct plot_rsvg_rect viewport = {0, 0, w, h};
	void *cr = lib->cairo_create(surface);
	int ok;

	lib->cairo_set_source_rgb(cr, 1, 1, 1);
	lib->cairo_paint(cr);
	ok = lib->rsvg_handle_render_document(handle, cr, &viewport, &err);
	lib->cairo_destroy(cr);
	if (err)
		lib->g_error_free(err);
	lib->cairo_surface_flush(surface);
	return ok && !lib->cairo_surface_status(surface) ? 0 : -1;
}

unsigned char *plot_raster_rgb(const struct plot_lib *lib, const char *svg, size_t len, int w,
			       int h)
{
	struct plot_gerror *err = NULL;
	unsigned char *rgb = NULL;
	void *handle, *surface;

	if (!lib->rsvg_handle || w <= 0 || h <= 0)
		return NULL;
	handle = lib->rsvg_handle_new_from_data((const unsigned char *)svg, len, &err);
	if (!handle) {
		if (err)
			lib->g_error_free(err);
		return NULL;
	}
	surface = lib->cairo_image_surface_create(PLOT_CAIRO_FORMAT_RGB24, w, h);
	if (!lib->cairo_surface_status(surface) && !render(lib, handle, surface, w, h) &&
	    (rgb = malloc((size_t)w * (size_t)h * 3)) != NULL)
		rgb24_to_rgb(lib->cairo_image_surface_get_data(surface),
			     lib->cairo_image_surface_get_stride(surface), w, h, rgb);
	lib->cairo_surface_destroy(surface);
	lib->g_object_unref(handle);
	return rgb;
}
