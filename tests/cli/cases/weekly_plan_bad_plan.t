# issue 21: weekly reads the plan as analyze does: an edited row is bad
# data with the file and line (65), and no week is written
$ sed 's/^3,5,remedy/3,5,remedies/' tests/data/plan/plan.csv > "$T/plan.csv" && cd "$T" && runlog weekly "$OLDPWD/tests/data/plan/planted.csv" --plan plan.csv --today 2026-06-01 --out r; rc=$?; ls; exit $rc
? 65
! runlog: plan.csv:18: '3,5,remedies,2026-02-02,2026-02-08' is not the block the header's seed and dates plan ('3,5,remedy,2026-02-02,2026-02-08')
> plan.csv
