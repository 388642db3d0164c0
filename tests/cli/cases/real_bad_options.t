# bad values for the reading options are usage errors (exit 64)
$ for o in "--tz Europe/Olso" "--units furlongs" "--date-format DDMM"; do runlog analyze samples/mylog.csv $o; echo "exit $?"; done
! runlog: --tz: 'Europe/Olso' is not a zone of /usr/share/zoneinfo (the nearest is 'Europe/Oslo')
! runlog: --units: 'furlongs' is not km or mi
! runlog: --date-format: 'DDMM' is not DMY, MDY or YMD
> exit 64
> exit 64
> exit 64
