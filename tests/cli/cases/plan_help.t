# runlog plan --help and runlog help plan show the same help; runlog --help
# lists the command
$ runlog plan --help > "$T/a" && runlog help plan > "$T/b" && cmp "$T/a" "$T/b" && cat "$T/a" && runlog --help | grep '^  plan'
~ usage: runlog plan rest|eat|strengthen --start DATE --out FILE.csv [options]
~       --block 1|2       weeks a block (default: 1)
~   plan       a self-experiment: when to try a remedy, as CSV and calendar
