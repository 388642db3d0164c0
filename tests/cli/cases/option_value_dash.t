# an option's value is never taken for an option, as with tar and cp:
# --out -h writes into the folder '-h' (analyze's charts, weekly's week),
# and a value such as '-h' or '--help' for any option that takes one is
# that option's value, checked as such (exit 64 when it is not valid)
$ L=$PWD/samples/mylog.csv; cd $T; runlog analyze $L --out -h --format json > /dev/null; echo "analyze: $?"; ls -- -h | wc -l; runlog weekly $L --week 2025-W10 --out -h -q; echo "weekly: $?"; ls -- -h/2025-W10 | wc -l; runlog analyze $L --units -h; echo "units: $?"; runlog diary $L --date-format --help
? 64
! runlog: --units: '-h' is not km or mi
! runlog: --date-format: '--help' is not DMY, MDY or YMD
> analyze: 0
> 6
> weekly: 0
> 5
> units: 64
