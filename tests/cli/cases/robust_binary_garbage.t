# binary garbage as the log (a fixed run of bytes without NUL, and the start of
# a PNG image): exit 65, the file named, no chart folder created
$ printf '\321\017\344\263\210\032\376\007\231,\300\252\013\n\362\344\021\210\377\036\265\217' > $T/junk.csv; printf '\211PNG\r\n\032\n\000\000\000\rIHDR' > $T/chart.csv; for f in junk chart; do runlog analyze $T/$f.csv --out $T/p 2>&1 | sed "s|$T|T|"; runlog analyze $T/$f.csv --out $T/p 2>/dev/null; echo "exit $?"; done; test -e $T/p || echo nothing written
> runlog: T/junk.csv:1: the header is not valid UTF-8 text (field 1): is this a CSV file? save it as CSV UTF-8
> exit 65
> runlog: T/chart.csv:1: the header is not valid UTF-8 text (field 1): is this a CSV file? save it as CSV UTF-8
> exit 65
> nothing written
