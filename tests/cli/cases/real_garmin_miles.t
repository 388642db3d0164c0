# a Garmin export in miles, which its header does not say: --units mi
# reads 5.10 mi as 8.2 km (shown in miles, as the log gives them); its
# paces (median over 9:00 per km read as km) guess miles without --units
# too; --units km reads 5.10 as km; other sports (Yoga) are left out,
# Strength Training counts as a session, and '--' is an empty value
$ printf "date,pain\n2022-12-15,3\n" > $T/d.csv; runlog analyze tests/data/real/garmin_mi.csv --diary $T/d.csv --units mi --no-charts | sed -n 2,3p; runlog diary tests/data/real/garmin_mi.csv --units mi 2>/dev/null | sed -n 2p; runlog diary tests/data/real/garmin_mi.csv 2>/dev/null | sed -n 2p; runlog diary tests/data/real/garmin_mi.csv --units km 2>/dev/null | sed -n 2p
>   read as a Garmin export: 12 runs, 1 strength session, 1 other activity left
>   out
> 2022-11-29,,,,,1 run 5.1 mi
> 2022-11-29,,,,,1 run 5.1 mi
> 2022-11-29,,,,,1 run 5.1 km
