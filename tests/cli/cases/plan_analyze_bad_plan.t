# a plan whose row was edited (an arm that is not remedy or usual) is bad
# data: the file and line, the row and what the seed plans there; exit 65
$ sed 's/^3,5,remedy/3,5,remedies/' tests/data/plan/plan.csv > "$T/plan.csv" && cd "$T" && runlog analyze "$OLDPWD/tests/data/plan/planted.csv" --plan plan.csv --no-charts
? 65
! runlog: plan.csv:18: '3,5,remedies,2026-02-02,2026-02-08' is not the block the header's seed and dates plan ('3,5,remedy,2026-02-02,2026-02-08')
