# the date forms runlog reads: ISO with a time, a T, a Z or milliseconds;
# Y/M/D with slashes; M/D/YY with a time; a date in words in any log, not
# only in a Strava export (see dates_spellings for every spelling)
$ printf "date,pain\n2025-03-01,1\n2025-03-02T07:30,2\n2025-03-03 07:30:00Z,3\n2025-03-04T23:59:59.999Z,4\n2025/03/05,5\n" > $T/iso.csv; runlog diary $T/iso.csv 2>/dev/null | cut -d, -f1; printf "date,pain\n3/6/25 11:59,1\n3/13/25 6:05 PM,2\n" > $T/us.csv; runlog diary $T/us.csv 2>/dev/null | cut -d, -f1; printf "date,pain\n\"March 3, 2025\",1\n" > $T/words.csv; runlog diary $T/words.csv 2>/dev/null | cut -d, -f1
> date
> 2025-03-01
> 2025-03-02
> 2025-03-03
> 2025-03-04
> 2025-03-05
> date
> 2025-03-06
> 2025-03-13
> date
> 2025-03-03
