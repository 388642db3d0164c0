# issue 19: runlog weekly --all on a 12-athlete club log (tests/data/club/
# club.csv; make_club.py says how each athlete's pain goes) writes 12
# athlete folders with the week and one roster (md, html, json) in the
# week's folder, whose rows and flags are exactly: high_pain for a mean of
# 4 or more (Ben, the hostile name) or above the usual (Cara, Kim), rising
# for the 4 weeks' mean 1 point over the 4 before (Cara, Dev: typical this
# week, under 4), stale for no run in the 14 days to Sunday (Eve); Fay's
# pain goes with skipped meals, and her week's top remedy is eat
$ runlog weekly tests/data/club/club.csv --all --week 2025-W22 --today 2025-06-04 --out $T/r > /dev/null; echo "exit $?"; ls $T/r/*/2025-W22/report.json | wc -l; ls $T/r/2025-W22; /usr/bin/python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["week"], len(d["athletes"])); [print(ascii(a["athlete"]), a["folder"], a["runs"], a["mean_pain"], a["usual"], a["top_remedy"], ",".join(a["flags"]) or "-", "failed" if a["failed"] else "ok") for a in d["athletes"]]' $T/r/2025-W22/roster.json
> exit 0
> 12
> roster.html
> roster.json
> roster.md
> 2025-W22 12
> 'Ann' Ann 4 1.5 typical None - ok
> 'Ben' Ben 4 5 typical None high_pain ok
> 'Cara' Cara 4 4.5 above None high_pain,rising ok
> 'Dev' Dev 4 2 typical None rising ok
> 'Eve' Eve 0 None None None stale ok
> '<b>Zed</b> & "Jo", \x1b[2J' b_Zed_b_Jo_2J-d8088258 4 6 typical None high_pain ok
> 'Fay' Fay 4 2.5 typical eat - ok
> 'Gus' Gus 4 1.5 typical None - ok
> 'Hal' Hal 4 1.5 typical None - ok
> 'Ida' Ida 4 1.5 typical None - ok
> 'Jon' Jon 4 1.5 typical None - ok
> 'Kim' Kim 4 2.5 above None high_pain ok
