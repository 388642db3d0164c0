# issue 19: weekly --all with a symlink planted at one athlete's folder
# (r/Cara -> ../elsewhere): that athlete fails, named on stderr, nothing is
# written through the link; the 11 others and the roster are written, the
# roster marks Cara failed, and the exit code is 73 (an output failed)
$ mkdir -p $T/r $T/elsewhere; ln -s ../elsewhere $T/r/Cara; runlog weekly tests/data/club/club.csv --all --week 2025-W22 --today 2025-06-04 --out $T/r -q > /dev/null 2> $T/err; echo "exit $?"; sed "s|$T|T|" $T/err; echo "elsewhere: $(ls -A $T/elsewhere | wc -l) files"; ls $T/r/*/2025-W22/report.json | wc -l; /usr/bin/python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["week"], len(d["athletes"])); [print(ascii(a["athlete"]), a["folder"], a["runs"], a["mean_pain"], a["usual"], a["top_remedy"], ",".join(a["flags"]) or "-", "failed" if a["failed"] else "ok") for a in d["athletes"]]' $T/r/2025-W22/roster.json | grep -c ' ok$'; /usr/bin/python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["week"], len(d["athletes"])); [print(ascii(a["athlete"]), a["folder"], a["runs"], a["mean_pain"], a["usual"], a["top_remedy"], ",".join(a["flags"]) or "-", "failed" if a["failed"] else "ok") for a in d["athletes"]]' $T/r/2025-W22/roster.json | grep failed
> exit 73
> runlog: T/r/Cara: is a symbolic link; runlog will not write through it
> runlog: athlete 'Cara': the week was not written; the others go on
> elsewhere: 0 files
> 11
> 11
> 'Cara' Cara 4 4.5 above None high_pain,rising failed
