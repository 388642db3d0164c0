# words for yes and no in runners' languages, in any case (ASCII and the
# accented letters), and the marks x/-, check marks and ballot crosses, give
# the same runs.csv and JSON as the log in yes/no; --yes and --no add the
# runner's own words (here jo, tak, nie), and a word given to both is a
# usage error (exit 64); without them those words are set aside
$ cd $T; printf 'date,pain,distance_km,ate_before,ate_after,strength\n2025-03-01,1,5,ja,nein,nee\n2025-03-02,2,5,OUI,Non,nej\n2025-03-03,3,5,S\303\255,no,NEI\n2025-03-04,4,5,s\303\254,NO,false\n2025-03-05,5,5,x,-,\342\234\227\n2025-03-06,6,5,\342\234\223,\342\234\230,\342\234\224\n2025-03-07,7,5,JA,NEIN,\n2025-03-08,2,5,S\303\214,S\303\215,jo\n2025-03-09,1,5,Y,tak,nie\n' > w.csv; printf 'date,pain,distance_km,ate_before,ate_after,strength\n2025-03-01,1,5,yes,no,no\n2025-03-02,2,5,yes,no,no\n2025-03-03,3,5,yes,no,no\n2025-03-04,4,5,yes,no,no\n2025-03-05,5,5,yes,no,no\n2025-03-06,6,5,yes,no,yes\n2025-03-07,7,5,yes,no,\n2025-03-08,2,5,yes,yes,yes\n2025-03-09,1,5,yes,yes,no\n' > e.csv; runlog analyze w.csv --out w --yes jo --yes TAK --no NIE > /dev/null; runlog analyze e.csv --out e > /dev/null; cmp w/runs.csv e/runs.csv && echo runs.csv the same; runlog analyze w.csv --no-charts --format json --yes jo --yes TAK --no NIE | sed 1,2d > w.json; runlog analyze e.csv --no-charts --format json | sed 1,2d > e.json; cmp w.json e.json && echo JSON the same; runlog analyze w.csv --no-charts --yes x --no X; echo "exit $?"; runlog analyze w.csv --no-charts > /dev/null
! runlog: --no: 'X' is also given to --yes
! runlog: w.csv:9: column 'strength': 'jo' is not yes or no (--yes WORD, --no WORD add words); set aside, the row is kept
! runlog: w.csv:10: column 'ate_after': 'tak' is not yes or no (--yes WORD, --no WORD add words); set aside, the row is kept
! runlog: w.csv:10: column 'strength': 'nie' is not yes or no (--yes WORD, --no WORD add words); set aside, the row is kept
> runs.csv the same
> JSON the same
> exit 64
