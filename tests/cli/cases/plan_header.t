# plan.csv's header lines start with '#': the remedy, its rule, the seed, the
# plan's shape (which analyze --plan reads back), the command that makes it
# again, what to do in each kind of block and what to log in which column
$ cd "$T" && runlog plan eat --start 2026-03-02 --weeks 8 --block 2 --seed 42 --out plan.csv > /dev/null && sed -n '3,9p;12p' plan.csv && grep '^#' plan.csv | cut -d: -f1
> # remedy: eat
> # rule: a meal before and after every run
> # seed: 42
> # start: 2026-03-02
> # weeks: 8
> # block weeks: 2
> # reproduce: runlog plan eat --start 2026-03-02 --weeks 8 --block 2 --seed 42 --out plan.csv
> # log, in every block: every run as a row with its date, its pain (0-10) in the pain column, and yes or no in the ate_before and ate_after columns
> # runlog plan
> # for the remedy and the other for your usual habit; the order is the seed's.
> # remedy
> # rule
> # seed
> # start
> # weeks
> # block weeks
> # reproduce
> # remedy blocks
> # usual blocks
> # log, in every block
