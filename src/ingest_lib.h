/* ingest_lib.h - libxml2's and libarchive's functions, loaded on demand
 * (private to the ingest stage: ingest_apple.c and ingest_zip.c open the
 * one they need when they first meet an export.xml or a zip).
 *
 * libxml2 brings ICU (libicuuc, libicudata, and libstdc++ through it), and
 * libarchive a compressor library for each format it knows: about 2.4 MB
 * of memory and a dozen mappings at every start, which a CSV log never
 * uses. Loaded on demand, they cost a CSV nothing. The tables hold the
 * libraries' own functions, typed from their headers (the -dev packages
 * stay build dependencies; the runtime ones are what runlog needs).
 */
#ifndef RUNLOG_INGEST_LIB_H
#define RUNLOG_INGEST_LIB_H

#include <stddef.h>

#include <archive.h>
#include <archive_entry.h>
#include <libxml/hash.h>
#include <libxml/xmlreader.h>

#define INGEST_XML_FUNCS(X)                                                                        \
	X(xmlReaderForIO) X(xmlFreeTextReader) X(xmlTextReaderSetErrorHandler)                    \
	X(xmlTextReaderRead) X(xmlTextReaderNodeType) X(xmlTextReaderDepth)                       \
	X(xmlTextReaderConstLocalName) X(xmlTextReaderIsEmptyElement)                             \
	X(xmlTextReaderGetAttribute) X(xmlTextReaderCurrentNode)                                  \
	X(xmlTextReaderGetParserLineNumber) X(xmlTextReaderLocatorLineNumber) X(xmlGetLineNo)     \
	X(xmlHashSize)

#define INGEST_ZIP_FUNCS(X)                                                                        \
	X(archive_read_new) X(archive_read_free) X(archive_read_support_format_zip)               \
	X(archive_read_open) X(archive_read_open_fd) X(archive_read_next_header)                  \
	X(archive_read_data) X(archive_filter_bytes) X(archive_error_string) X(archive_set_error) \
	X(archive_entry_pathname) X(archive_entry_filetype)

/* libxml2's functions, and its deallocator: xmlFree is a variable that
 * xmlMemSetup may change, so the table holds its address. */
struct ingest_xml_lib {
#define INGEST_LIB_FIELD(f) __typeof__(f) *f;
	INGEST_XML_FUNCS(INGEST_LIB_FIELD)
	xmlFreeFunc *free_fn;
};

/* libarchive's functions. */
struct ingest_zip_lib {
	INGEST_ZIP_FUNCS(INGEST_LIB_FIELD)
#undef INGEST_LIB_FIELD
};

/* Load libxml2 (libarchive): the table, which the caller releases with
 * ingest_xml_lib_close (ingest_zip_lib_close), or NULL with why filled in
 * (the loader's message and the package that provides the library, or
 * "out of memory"). The library stays mapped until the process exits. */
struct ingest_xml_lib *ingest_xml_lib_open(char *why, size_t cap);
void ingest_xml_lib_close(struct ingest_xml_lib *lib);
struct ingest_zip_lib *ingest_zip_lib_open(char *why, size_t cap);
void ingest_zip_lib_close(struct ingest_zip_lib *lib);

#endif
