/* plot_lib: GNU libplot loaded with dlopen when the first chart is drawn. */
#include "plot_lib.h"

#include <dlfcn.h>
#include <stdio.h>

#define PLOT_LIB_SONAME "libplot.so.2" /* Debian's libplot2c2 */

static struct plot_lib lib;
static int loaded;
static char error[256];

const struct plot_lib *plot_lib_load(void)
{
	if (loaded)
		return &lib;
	void *h = dlopen(PLOT_LIB_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		snprintf(error, sizeof error, "%s", dlerror());
		return NULL;
	}
	/* POSIX lets a data pointer from dlsym become a function pointer. */
#define PLOT_LIB_LOOKUP(f)                                                                         \
	if (!(*(void **)&lib.f = dlsym(h, "pl_" #f))) {                                            \
		snprintf(error, sizeof error, "%s: no function pl_%s", PLOT_LIB_SONAME, #f);       \
		dlclose(h);                                                                        \
		return NULL;                                                                       \
	}
	PLOT_LIB_FUNCS(PLOT_LIB_LOOKUP)
#undef PLOT_LIB_LOOKUP
	loaded = 1;
	return &lib;
}

const char *plot_lib_error(void)
{
	return error[0] ? error : NULL;
}
