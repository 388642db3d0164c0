# --athlete NAME analyses one athlete alone (bob: streaks 1,2,3, his strength
# session counts); --by athlete adds a table of each athlete alone, in text and
# JSON; an unknown athlete (the message lists the names the log has), or
# --athlete on a log without the column, is a usage error (exit 64);
# weekly on a cohort asks for --athlete, and writes each athlete's week into
# the athlete's own folder (ann's and bob's reports side by side, each
# naming its athlete)
$ runlog analyze tests/data/cohort.csv --no-charts --athlete bob | sed -n "2,3p"; runlog analyze tests/data/cohort.csv --no-charts --by athlete | sed -n "/By athlete/,/bob/p"; runlog analyze tests/data/cohort.csv --no-charts --by athlete --format json | grep -c "\"athlete\": \"\(ann\|bob\)\", \"runs\""; runlog analyze tests/data/cohort.csv --no-charts --athlete zoe; echo "exit $?"; runlog analyze samples/mylog.csv --no-charts --athlete ann; echo "exit $?"; runlog weekly tests/data/cohort.csv --week 2025-W10 --out $T/r 2>&1 | sed "s|$T|T|"; runlog weekly tests/data/cohort.csv --week 2025-W10 --out $T/r --athlete ann -q; runlog weekly tests/data/cohort.csv --week 2025-W10 --out $T/r --athlete bob -q; ls $T/r/ann/2025-W10 $T/r/bob/2025-W10 | grep -c report; grep -h '"athlete"' $T/r/*/2025-W10/report.json
! runlog: tests/data/cohort.csv: --athlete: no rows for an athlete named 'zoe' (names are matched exactly; the log has 'ann', 'bob')
! runlog: samples/mylog.csv: --athlete: the log has no athlete column (athlete, runner or name)
>   read as a runlog log: 3 runs, 1 strength session; athlete bob alone
>   2025-03-02 to 2025-03-04 (3 days): 3 runs, 3 scored, mean pain 3.3
> By athlete
>   athlete  runs  pain  streak              before              after               strength        load  long  remedy
>   ann         4   2.5  (4.0) insufficient  (3.3) insufficient  (0.0) insufficient  - insufficient  -     -     -
>   bob         3   3.3  (4.0) insufficient  - insufficient      (4.0) insufficient  - insufficient  -     -     -
> 2
> exit 64
> exit 64
> runlog: tests/data/cohort.csv: 2 athletes share this log; a weekly report is for one: give --athlete NAME
> 6
>   "athlete": "ann",
>   "athlete": "bob",
