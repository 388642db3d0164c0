/* plot_lib.h - GNU libplot's functions, loaded on demand (private to
 * plot.c and plot_lib.c; plot_lib_open in runlog/plot.h loads them).
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
	X(fillcolor_r)

/* Behind plot.h's struct plot_lib: the dlopen handle and the functions. */
struct plot_lib {
	void *handle;
#define PLOT_LIB_FIELD(f) __typeof__(pl_##f) *f;
	PLOT_LIB_FUNCS(PLOT_LIB_FIELD)
#undef PLOT_LIB_FIELD
};

#endif
