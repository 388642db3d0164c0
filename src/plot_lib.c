/* plot_lib: GNU libplot (and librsvg for smooth PNGs) loaded with dlopen
 * when a command first draws. */
#include "plot_lib.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#define PLOT_LIB_SONAME "libplot.so.2" /* Debian's libplot2c2 */
#define PLOT_RSVG_SONAME "librsvg-2.so.2" /* Debian's librsvg2-2 */

static struct plot_lib *fail(struct plot_lib *lib, char *why, size_t cap, const char *fmt,
			     const char *what)
{
	if (why && cap)
		snprintf(why, cap, fmt, what);
	if (lib->rsvg_handle)
		dlclose(lib->rsvg_handle);
	if (lib->handle)
		dlclose(lib->handle);
	free(lib);
	return NULL;
}

/* librsvg, and cairo and GLib through it. Returns lib, or NULL (freed). */
static struct plot_lib *open_rsvg(struct plot_lib *lib, char *why, size_t cap)
{
	if (!(lib->rsvg_handle = dlopen(PLOT_RSVG_SONAME, RTLD_NOW | RTLD_LOCAL)))
		return fail(lib, why, cap, "%s (apt-get install librsvg2-2)", dlerror());
#define PLOT_RSVG_LOOKUP(ret, f, args)                                                             \
	if (!(*(void **)&lib->f = dlsym(lib->rsvg_handle, #f)))                                    \
		return fail(lib, why, cap, PLOT_RSVG_SONAME ": no function %s", #f);
	PLOT_RSVG_FUNCS(PLOT_RSVG_LOOKUP)
#undef PLOT_RSVG_LOOKUP
	return lib;
}

struct plot_lib *plot_lib_open(int raster, char *why, size_t cap)
{
	struct plot_lib *lib = calloc(1, sizeof *lib);
	if (!lib) {
		if (why && cap)
			snprintf(why, cap, "out of memory");
		return NULL;
	}
	if (!(lib->handle = dlopen(PLOT_LIB_SONAME, RTLD_NOW | RTLD_LOCAL)))
		return fail(lib, why, cap, "%s", dlerror());
	/* POSIX lets a data pointer from dlsym become a function pointer. */
#define PLOT_LIB_LOOKUP(f)                                                                         \
	if (!(*(void **)&lib->f = dlsym(lib->handle, "pl_" #f)))                                   \
		return fail(lib, why, cap, PLOT_LIB_SONAME ": no function pl_%s", #f);
	PLOT_LIB_FUNCS(PLOT_LIB_LOOKUP)
#undef PLOT_LIB_LOOKUP
	return raster ? open_rsvg(lib, why, cap) : lib;
}

/* The libraries stay mapped until the process exits: libplot leaks a few
 * bytes of its own (its SVG plotter), fontconfig, pango and GLib keep caches
 * for the life of the process, and the leak checkers can only tell them
 * from runlog's while their symbols are there (tests/lsan.supp and
 * tests/valgrind.supp name them). A command draws once; unloading would
 * buy nothing. */
void plot_lib_close(struct plot_lib *lib)
{
	free(lib);
}
