# plan.csv and plan.ics are written both or neither: a folder where the
# calendar goes stops the plan too (exit 73), and nothing is left behind
$ cd "$T" && mkdir plan.ics && runlog plan rest --start 2026-01-05 --seed 3 --out plan.csv; echo "exit $?"; ls -A
! runlog: ./plan.ics: is a folder; runlog will not replace it
> exit 73
> plan.ics
