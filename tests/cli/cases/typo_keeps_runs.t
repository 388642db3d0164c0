# a typo in each optional column (ate_before 'yse', strength 'gym', ate_after
# '?', distance 'twelve', duration '45 min', pain 'n/a') sets that value
# aside alone: runs.csv (streaks, meals, strength windows, load) is the very
# file of the same log with those cells left empty, and every streak is the
# clean log's; --strict counts the six values and exits 65
$ cd $T; f=$OLDPWD/samples/mylog.csv; awk -F, -v OFS=, 'NR==10{$5="yse"} NR==20{$7="gym"} NR==30{$6="?"} NR==41{$2="twelve"} NR==50{$3="45 min"} NR==70{$4="n/a"} {print}' $f > typo.csv; awk -F, -v OFS=, 'NR==10{$5=""} NR==20{$7=""} NR==30{$6=""} NR==41{$2=""} NR==50{$3=""} NR==70{$4=""} {print}' $f > blank.csv; runlog analyze typo.csv --out t > /dev/null; runlog analyze blank.csv --out b > /dev/null 2>&1; runlog analyze $f --out c > /dev/null; cmp t/runs.csv b/runs.csv && echo runs.csv the same; cut -d, -f1,4 t/runs.csv > t.streak; cut -d, -f1,4 c/runs.csv > c.streak; cmp t.streak c.streak && echo streaks the same; wc -l < t/runs.csv; runlog analyze typo.csv --strict --no-charts > /dev/null 2>&1; echo "--strict: exit $?"
! runlog: typo.csv:10: column 'ate_before': 'yse' is not yes or no (--yes WORD, --no WORD add words); set aside, the row is kept
! runlog: typo.csv:20: column 'strength': 'gym' is not yes or no (--yes WORD, --no WORD add words); set aside, the row is kept
! runlog: typo.csv:30: column 'ate_after': '?' is not yes or no (--yes WORD, --no WORD add words); set aside, the row is kept
! runlog: typo.csv:41: column 'distance': 'twelve' is not a number; set aside, the row is kept
! runlog: typo.csv:50: column 'duration': '45 min' is not a duration (h:mm:ss, mm:ss or minutes); set aside, the row is kept
! runlog: typo.csv:70: column 'pain': 'n/a' is not a number; set aside, the row is kept
> runs.csv the same
> streaks the same
> 173
> --strict: exit 65
