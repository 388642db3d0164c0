/* ingest_lib: libxml2 and libarchive loaded with dlopen when a read first
 * meets an export.xml or a zip, as plot_lib.c loads libplot. */
#include "ingest_lib.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A library and where each of its symbols goes in its table. */
struct sym {
	const char *name;
	size_t at; /* offsetof the table's field */
};
struct lib_spec {
	const char *soname, *package;
	size_t size; /* of the table */
	const struct sym *syms;
	size_t n_syms;
};

#define INGEST_XML_SYM(f) {#f, offsetof(struct ingest_xml_lib, f)},
static const struct sym xml_syms[] = {INGEST_XML_FUNCS(INGEST_XML_SYM){
	"xmlFree", offsetof(struct ingest_xml_lib, free_fn)}};
#define INGEST_ZIP_SYM(f) {#f, offsetof(struct ingest_zip_lib, f)},
static const struct sym zip_syms[] = {INGEST_ZIP_FUNCS(INGEST_ZIP_SYM)};

static const struct lib_spec xml_spec = {"libxml2.so.2", "libxml2", sizeof(struct ingest_xml_lib),
					 xml_syms, sizeof xml_syms / sizeof *xml_syms};
static const struct lib_spec zip_spec = {"libarchive.so.13", "libarchive13",
					 sizeof(struct ingest_zip_lib), zip_syms,
					 sizeof zip_syms / sizeof *zip_syms};

static void *fail(void *lib, void *handle, char *why, size_t cap, const char *fmt, const char *a,
		  const char *b)
{
	if (why && cap)
		snprintf(why, cap, fmt, a, b);
	if (handle)
		dlclose(handle);
	free(lib);
	return NULL;
}

/* The library's table, every symbol found, or NULL (why says).
 *
 * The library stays mapped until the process exits: libxml2 keeps its
 * dictionaries and encoders for the life of the process, the leak checkers
 * tell them from runlog's only while their symbols are there (as plot_lib.c
 * says of libplot), and a command reads one file; unloading would buy
 * nothing. */
static void *load(const struct lib_spec *spec, char *why, size_t cap)
{
	void *lib = calloc(1, spec->size), *handle;
	if (!lib)
		return fail(NULL, NULL, why, cap, "out of memory%s%s", "", "");
	if (!(handle = dlopen(spec->soname, RTLD_NOW | RTLD_LOCAL)))
		return fail(lib, NULL, why, cap, "%s (apt-get install %s)", dlerror(), spec->package);
	for (size_t i = 0; i < spec->n_syms; i++) {
		/* POSIX lets a data pointer from dlsym become a function pointer;
		 * each field is one, typed from the library's header. */
		void *p = dlsym(handle, spec->syms[i].name);
		if (!p)
			return fail(lib, handle, why, cap, "%s: no symbol %s", spec->soname,
				    spec->syms[i].name);
		memcpy((char *)lib + spec->syms[i].at, &p, sizeof p);
	}
	return lib;
}

struct ingest_xml_lib *ingest_xml_lib_open(char *why, size_t cap)
{
	return load(&xml_spec, why, cap);
}

void ingest_xml_lib_close(struct ingest_xml_lib *lib)
{
	free(lib);
}

struct ingest_zip_lib *ingest_zip_lib_open(char *why, size_t cap)
{
	return load(&zip_spec, why, cap);
}

void ingest_zip_lib_close(struct ingest_zip_lib *lib)
{
	free(lib);
}
