# runlog: hand-written Makefile.  `make` builds ./runlog and nothing else;
# `make demo` and `make test` first install any missing Debian packages (see
# README.md), then build.

CC      ?= cc
PREFIX  ?= /usr/local
DESTDIR ?=
# librsvg2-2 rasterises the PNG charts (loaded with dlopen: no -dev
# package), in Liberation Sans, whose metrics are the Helvetica ones libplot
# lays text out with (fonts-liberation2).
# libarchive reads an app's export as downloaded, a zip; libxml2 streams
# Apple Health's export.xml.
PKGS     = libcsv-dev libplot-dev libgsl-dev libcmocka-dev libpng-dev pkg-config \
	   librsvg2-2 fonts-liberation2 libarchive-dev libxml2-dev
# The reference checks compare runlog's numbers with scipy and pandas;
# groff checks that the man page renders; fc-match (fontconfig) shows the
# charts' font; icalendar reads runlog plan's calendar.
TEST_PKGS = python3-scipy python3-pandas python3-statsmodels groff-base fontconfig python3-icalendar

WARN     = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla
ifeq ($(CI),true)
WARN    += -Werror
endif
CFLAGS  ?= -O3 -g
# Hardening, for runlog and the unit tests (make check-hardening shows it):
# bounds-checked libc calls where the size is known, a canary in every
# function with an array, stack probes so the stack cannot jump its guard
# page, a position-independent executable, and relocations read-only
# after start-up. _FORTIFY_SOURCE=3 falls back to 2 where the compiler
# lacks it (glibc's features.h); it needs optimisation, so an -O0 build
# goes without (and make check-hardening says so).
FORTIFY  = $(if $(filter -O0,$(CFLAGS)),,-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3)
HARDEN   = $(FORTIFY) -fstack-protector-strong -fstack-clash-protection -fPIE
HARDEN_LDFLAGS = -pie -Wl,-z,relro,-z,now
ALL_CFLAGS = -std=c11 -pthread -D_POSIX_C_SOURCE=200809L $(WARN) -Iinclude $(PC_CFLAGS) -MMD -MP $(HARDEN) $(CFLAGS)
PC_PKGS  = libarchive libxml-2.0
PC_CFLAGS := $(shell pkg-config --cflags $(PC_PKGS) 2>/dev/null)
PC_LIBS  := $(shell pkg-config --libs $(PC_PKGS) 2>/dev/null || echo -larchive -lxml2)
# libarchive and libxml2 are loaded with dlopen when a zip or an export.xml
# is first met (src/ingest_lib.c): runlog links neither, and needs only
# their headers to build. The fuzz harnesses link them (FUZZ_LIBS).
LIBS     = -lcsv -lpng -lgsl -lgslcblas -lm -pthread -ldl

SRC      = $(wildcard src/*.c)
OBJ      = $(SRC:src/%.c=build/%.o)
LIBOBJ   = $(filter-out build/main.o,$(OBJ))
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=build/tests/%)

.PHONY: all deps test-deps demo test check check-threads check-hardening test-browser fuzz fuzz-coverage fuzz-regress bench check-asan check-valgrind install uninstall clean

all: runlog

# Install what is missing, and only that: one apt-get update, then install.
install_missing = \
	missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null || exit 1; \
	fi

deps:
	@$(call install_missing,$(PKGS))

# One list, so a fresh machine needs only one apt-get update.
test-deps:
	@$(call install_missing,$(PKGS) $(TEST_PKGS))

runlog: $(OBJ)
	$(CC) $(ALL_CFLAGS) $(HARDEN_LDFLAGS) -o $@ $^ $(LIBS)

# A plain `make` installs nothing: it names what is missing, and the two
# commands that install it, before anything is compiled.
BUILD_HEADERS = csv.h:libcsv-dev png.h:libpng-dev gsl/gsl_cdf.h:libgsl-dev archive.h:libarchive-dev libxml/xmlreader.h:libxml2-dev
build/libs.ok: | build
	@missing=""; for hp in $(BUILD_HEADERS); do \
	  printf '#include <%s>\n' "$${hp%%:*}" | $(CC) $(PC_CFLAGS) -E -x c - >/dev/null 2>&1 || missing="$$missing $${hp#*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "runlog: missing$$missing; 'make demo' or 'make test' installs them (or: apt-get install$$missing)" >&2; \
	  exit 1; \
	fi; touch $@

# The compiler and its flags as a file that changes only when they do, so
# that a change of flags (a new HARDEN, CFLAGS=-O1) rebuilds every object.
build/flags: FORCE | build
	@printf '%s\n' '$(CC) $(ALL_CFLAGS) $(HARDEN_LDFLAGS)' | cmp -s - $@ || \
	  printf '%s\n' '$(CC) $(ALL_CFLAGS) $(HARDEN_LDFLAGS)' > $@
FORCE:

build/%.o: src/%.c build/flags | build/libs.ok
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

build/tests/%: tests/unit/%.c $(LIBOBJ) | build/tests
	$(CC) $(ALL_CFLAGS) $(HARDEN_LDFLAGS) -Itests/unit -o $@ $< $(filter %.o,$^) $(LIBS) -lcmocka

build build/tests:
	@mkdir -p $@

# Install first, then build in a make of its own, so that `make -j2 test`
# never compiles before the headers are there.
demo: deps
	@$(MAKE) --no-print-directory runlog
	./runlog analyze samples/mylog.csv --out plots

test: test-deps
	@$(MAKE) --no-print-directory check

# The tests alone, with nothing installed.
check: runlog $(UNIT_BIN)
	@fail=0; sh tests/style.sh || fail=1; \
	sh tests/hardening.sh runlog $(UNIT_BIN) >/dev/null || fail=1; \
	for t in $(UNIT_BIN); do $$t || fail=1; done; \
	sh tests/cli/run.sh || fail=1; \
	sh tests/reference/run.sh || fail=1; \
	/usr/bin/python3 tests/fuzz/mutate.py ./runlog samples/mylog.csv 300 1 || fail=1; \
	exit $$fail

# Every output on 2, 3 and 8 threads against one (tests/threads.sh, about
# 10 minutes on a loaded machine; make check runs a fast subset, the
# split_same and threads_same cases). RUNLOG_REAL: a folder of real exports.
check-threads: runlog
	@sh tests/threads.sh ./runlog

# Each binary's hardening, from readelf: PIE, full RELRO (BIND_NOW),
# the stack protector, fortified libc calls and (from the debug info's
# compiler flags) stack clash protection. Fails when one is missing.
check-hardening: runlog $(UNIT_BIN)
	@sh tests/hardening.sh runlog $(UNIT_BIN)

# The HTML reports in headless Chromium: no broken image, no external
# reference. Screenshots land in build/browser/. Not part of `make test`,
# since it needs a browser; it installs one when it is missing.
test-browser: all
	@$(call install_missing,chromium)
	@sh tests/browser/run.sh

# libFuzzer with ASan and UBSan, two harnesses: fuzz_ingest over ingest, the
# parsers and the stages after them; fuzz_export over the readers of an
# app's export (a zip, Apple Health's export.xml) reached as `runlog analyze
# FILE` reaches them. Each runs for FUZZ_SECONDS in turn (make fuzz takes
# twice that). New inputs go to build/fuzz/corpus and build/fuzz/corpus_export
# (the first folder given: never a tests/ one); crashes to build/fuzz/ (each
# one then becomes a case in tests/fuzz/regress/ or tests/fuzz/regress_export/).
# tests/fuzz/export.dict gives fuzz_export the names the readers look for.
FUZZ_SECONDS ?= 60
FUZZ_CC ?= clang
FUZZ_FLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude $(PC_CFLAGS) -g -O1 \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_COV_FLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude $(PC_CFLAGS) -g -O1 -fsanitize=fuzzer \
	-fprofile-instr-generate -fcoverage-mapping
FUZZ_SRC = $(filter-out src/main.c src/cmd_%.c src/cli.c src/chart.c src/plot.c,$(SRC))
FUZZ_LIBS = -lcsv -lgsl -lgslcblas -lm -pthread -ldl $(PC_LIBS)
FUZZ_RUN = -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=1024 \
	  -max_len=65536 -artifact_prefix=build/fuzz/ -print_final_stats=1
HEADERS  = $(wildcard include/runlog/*.h src/*.h)

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_pipeline.c tests/fuzz/fuzz_pipeline.h $(FUZZ_SRC) $(HEADERS) | build
	@$(call install_missing,clang libclang-rt-dev)
	@mkdir -p build/fuzz/corpus build/fuzz/corpus_export
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $(filter %.c,$^) $(FUZZ_LIBS)

fuzz: build/fuzz/fuzz_ingest build/fuzz/fuzz_export
	build/fuzz/fuzz_ingest $(FUZZ_RUN) build/fuzz/corpus tests/fuzz/corpus
	build/fuzz/fuzz_export $(FUZZ_RUN) -dict=tests/fuzz/export.dict \
	  build/fuzz/corpus_export tests/fuzz/corpus_export

# Line coverage of both fuzz corpora (seeds and what make fuzz found), with
# clang's source-based coverage: one report over both harnesses.
build/fuzz/cov_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_pipeline.c tests/fuzz/fuzz_pipeline.h $(FUZZ_SRC) $(HEADERS) | build
	@$(call install_missing,clang libclang-rt-dev llvm)
	@mkdir -p build/fuzz/corpus build/fuzz/corpus_export
	$(FUZZ_CC) $(FUZZ_COV_FLAGS) -o $@ $(filter %.c,$^) $(FUZZ_LIBS)

fuzz-coverage: build/fuzz/cov_ingest build/fuzz/cov_export
	LLVM_PROFILE_FILE=build/fuzz/cov_ingest.profraw build/fuzz/cov_ingest -runs=0 \
	  build/fuzz/corpus tests/fuzz/corpus > build/fuzz/cov.log 2>&1
	LLVM_PROFILE_FILE=build/fuzz/cov_export.profraw build/fuzz/cov_export -runs=0 \
	  build/fuzz/corpus_export tests/fuzz/corpus_export >> build/fuzz/cov.log 2>&1
	llvm-profdata merge -sparse build/fuzz/cov_ingest.profraw build/fuzz/cov_export.profraw \
	  -o build/fuzz/cov.profdata
	llvm-cov report build/fuzz/cov_ingest -object build/fuzz/cov_export \
	  -instr-profile=build/fuzz/cov.profdata $(FUZZ_SRC)

# Every input the fuzzers ever crashed on, and the seeds, replayed once
# through their harness. (make test also runs each through the real binary:
# tests/cli/cases/fuzz_inputs.t.)
fuzz-regress: build/fuzz/fuzz_ingest build/fuzz/fuzz_export
	build/fuzz/fuzz_ingest $(wildcard tests/fuzz/regress/*) tests/fuzz/corpus/*
	build/fuzz/fuzz_export $(wildcard tests/fuzz/regress_export/*) tests/fuzz/corpus_export/*

# Speed: runlog on a 10-year log and on cohorts, beside the peers when they
# are there. BASE=path/to/another/runlog times that build in turn with this
# one and prints the ratios (how a change moved the figures). The peers
# need Python's matplotlib, pandas and scipy (BENCH_PKGS); the peer scripts
# themselves are looked for in ../shared/bench (PEERS=DIR elsewhere).
# The Polars peer (tests/bench/peer_polars.mjs) needs nodejs-polars, which
# npm installs into build/bench when it is missing; npm may skip the native
# part, an optional dependency, hence both names.
BENCH_PKGS = bc python3-matplotlib python3-pandas python3-scipy
BENCH_NPM = nodejs-polars@0.25.2 nodejs-polars-linux-x64-gnu@0.25.2
bench: all
	@$(call install_missing,$(BENCH_PKGS))
	@[ -d build/bench/node_modules/nodejs-polars-linux-x64-gnu ] || ! command -v npm > /dev/null || \
	  { echo "installing: $(BENCH_NPM) (npm, into build/bench)"; mkdir -p build/bench && \
	    (cd build/bench && npm install -E --no-audit --no-fund --silent $(BENCH_NPM)); } || \
	  echo "npm could not install $(BENCH_NPM): Polars is not run"
	@BASE="$(BASE)" PEERS="$(PEERS)" sh tests/bench/run.sh
	@echo
	@BASE="$(BASE)" PEERS="$(PEERS)" sh tests/bench/cohort.sh
	@echo
	@PEERS="$(PEERS)" sh tests/bench/peers.sh

# libplot's SVG plotter leaks a few hundred bytes of its own, and
# fontconfig (under librsvg) keeps its caches to the end; tests/lsan.supp
# names only those.
check-asan:
	$(MAKE) clean
	RUNLOG_SANITIZED=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 UBSAN_OPTIONS=halt_on_error=1 \
	  $(MAKE) test CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer"

# The end-to-end cases with every runlog under valgrind: any memory error or
# leak makes runlog exit 99, which fails its case.
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
	--suppressions=$(CURDIR)/tests/valgrind.supp
check-valgrind: all
	@$(call install_missing,valgrind)
	RUNLOG_WRAP="$(VALGRIND)" sh tests/cli/run.sh

MANDIR ?= $(PREFIX)/share/man

install: runlog
	install -D -m 755 runlog $(DESTDIR)$(PREFIX)/bin/runlog
	install -D -m 644 runlog.1 $(DESTDIR)$(MANDIR)/man1/runlog.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/runlog $(DESTDIR)$(MANDIR)/man1/runlog.1

clean:
	rm -rf build runlog

-include $(OBJ:.o=.d) $(UNIT_BIN:=.d)
