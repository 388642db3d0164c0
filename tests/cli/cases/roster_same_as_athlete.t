# issue 19: weekly --all reads the log once, and writes each athlete's week
# byte for byte as weekly --athlete NAME does (reports and charts), for
# all 12 athletes of the club log, the hostile name too
$ runlog weekly tests/data/club/club.csv --all --week 2025-W22 --today 2025-06-04 --out $T/all > /dev/null && /usr/bin/python3 -c 'import json, sys; sys.stdout.write("\0".join(a["athlete"] for a in json.load(open(sys.argv[1]))["athletes"]))' $T/all/2025-W22/roster.json > $T/names && rm -r $T/all/2025-W22 && xargs -0 -I{} runlog weekly tests/data/club/club.csv --athlete {} --week 2025-W22 --today 2025-06-04 --out $T/one -q < $T/names > /dev/null; ls $T/one | wc -l; diff -r $T/all $T/one && echo same
> 12
> same
