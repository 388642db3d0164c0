# bad values for the reading options are usage errors (exit 64)
$ for o in "--tz Nowhere/City" "--units furlongs" "--date-format DDMM"; do runlog analyze samples/mylog.csv $o; echo "exit $?"; done
! runlog: --tz: 'Nowhere/City' is not a time zone (such as Europe/Paris or UTC)
! runlog: --units: 'furlongs' is not km or mi
! runlog: --date-format: 'DDMM' is not DMY, MDY or YMD
> exit 64
> exit 64
> exit 64
