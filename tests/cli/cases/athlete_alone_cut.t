# a long athlete name in the "athlete NAME alone" line is cut at 40 bytes,
# never inside a UTF-8 character (the old cut left half of an 'é' as \xC3)
$ n=$(printf 'A%.0s' $(seq 39))é; printf 'date,pain,athlete\n2025-01-01,1,%s\n2025-01-02,2,bob\n' "$n" > $T/l.csv && runlog analyze $T/l.csv --athlete "$n" --no-charts | sed -n 3p
>   AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA alone
