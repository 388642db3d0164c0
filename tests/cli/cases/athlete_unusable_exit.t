# an --athlete that cannot be used is a usage error (exit 64) in every
# command, whether the log has no rows for the name or no athlete column
$ for c in "analyze --no-charts" "weekly --out $T/r" "diary --strict"; do runlog ${c%% *} tests/data/cohort.csv --athlete zoe ${c#* } >/dev/null 2>&1; echo "${c%% *} unknown: $?"; runlog ${c%% *} samples/mylog.csv --athlete ann ${c#* } >/dev/null 2>&1; echo "${c%% *} no column: $?"; done; runlog weekly tests/data/cohort.csv --athlete zoe --out $T/r
? 64
! runlog: tests/data/cohort.csv: --athlete: no rows for an athlete named 'zoe' (names are matched exactly; the log has 'ann', 'bob')
> analyze unknown: 64
> analyze no column: 64
> weekly unknown: 64
> weekly no column: 64
> diary unknown: 64
> diary no column: 64
