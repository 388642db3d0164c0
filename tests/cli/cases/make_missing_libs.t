# a plain make on a machine without a library's -dev package names it and
# the commands that install it, and installs nothing itself (a header that
# no machine has stands in for the missing package)
$ make -s -B build/libs.ok BUILD_HEADERS='csv.h:libcsv-dev nothere.h:libnothere-dev' 2>&1 | sed 's/:[0-9]*:/:N:/'
> runlog: missing libnothere-dev; 'make demo' or 'make test' installs them (or: apt-get install libnothere-dev)
> make: *** [Makefile:N: build/libs.ok] Error 1
