# --tz takes only a zone of the zone database (TZDIR, else
# /usr/share/zoneinfo): a folder of zones, a table such as zone.tab, or a
# name that is not there is a usage error (exit 64) naming the nearest zone;
# UTC and a zone of the database are taken. First the system's database,
# then one of four zones.
$ runlog weekly samples/mylog.csv --tz Europe --week 2025-W10 --out $T/r -q; echo "Europe: $?"; z=$T/zi; mkdir -p $z/Europe $z/America; cp /usr/share/zoneinfo/Europe/Oslo /usr/share/zoneinfo/Europe/Paris $z/Europe; cp /usr/share/zoneinfo/America/New_York $z/America; cp /usr/share/zoneinfo/UTC /usr/share/zoneinfo/zone.tab $z; export TZDIR=$z; for tz in Europe zone.tab Mars/Base europe/oslo Paris UTC Europe/Oslo America/New_York; do runlog weekly samples/mylog.csv --tz $tz --week 2025-W10 --out $T/r -q 2>$T/err; echo "$tz: $?"; sed "s|$T|T|" $T/err; done
! runlog: --tz: 'Europe' is not a zone of /usr/share/zoneinfo (the nearest is 'Europe/Amsterdam')
> Europe: 64
> Europe: 64
> runlog: --tz: 'Europe' is not a zone of T/zi (the nearest is 'Europe/Oslo')
> zone.tab: 64
> runlog: --tz: 'zone.tab' is not a zone of T/zi (the nearest is 'UTC')
> Mars/Base: 64
> runlog: --tz: 'Mars/Base' is not a zone of T/zi (the nearest is 'Europe/Paris')
> europe/oslo: 64
> runlog: --tz: 'europe/oslo' is not a zone of T/zi (the nearest is 'Europe/Oslo')
> Paris: 64
> runlog: --tz: 'Paris' is not a zone of T/zi (the nearest is 'Europe/Paris')
> UTC: 0
> Europe/Oslo: 0
> America/New_York: 0
