$ printf 'PK\003\004\024\000\006\000' > $T/log.xlsx; runlog analyze $T/log.xlsx --no-charts 2>&1 | sed "s|$T|T|"; exit $(runlog analyze $T/log.xlsx --no-charts 2>/dev/null; echo $?)
? 65
> runlog: T/log.xlsx: looks like a ZIP archive (an .xlsx spreadsheet?), not CSV: save it as CSV UTF-8 first
