# libarchive and libxml2 are loaded only when a zip or an export.xml is met:
# with either library hidden (/dev/null mounted over it in a mount namespace
# of its own), a CSV log is read as ever, and an export that needs the
# missing one fails with the loader's message and the package to install
# (Debian's libarchive links libxml2 itself, for its xar reader: without
# libxml2 no zip is read either, and libarchive13's package brings both)
$ [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null || { echo "skip: needs root and unshare -m to hide a library"; exit 77; }; /usr/bin/python3 tests/data/apple/gen_apple.py $T && cp samples/mylog.csv $T && cd $T && for so in libarchive.so.13 libxml2.so.2; do lib=$(ldconfig -p | awk -v so=$so '$1 == so { print $NF; exit }'); for f in mylog.csv export.zip export.xml; do unshare -m sh -c "mount --bind /dev/null $lib && runlog analyze $f --no-charts --format json >/dev/null; echo \"$so hidden, $f: exit \$?\"" 2>&1 | sed "s|/[^ ]*/$so|$so|"; done; done
> libarchive.so.13 hidden, mylog.csv: exit 0
> runlog: export.zip: reading a zip needs libarchive: libarchive.so.13: file too short (apt-get install libarchive13)
> libarchive.so.13 hidden, export.zip: exit 66
> libarchive.so.13 hidden, export.xml: exit 0
> libxml2.so.2 hidden, mylog.csv: exit 0
> runlog: export.zip: reading a zip needs libarchive: libxml2.so.2: file too short (apt-get install libarchive13)
> libxml2.so.2 hidden, export.zip: exit 66
> runlog: export.xml: reading Apple Health's export needs libxml2: libxml2.so.2: file too short (apt-get install libxml2)
> libxml2.so.2 hidden, export.xml: exit 66
