# issue 18: runs.csv is safe to open in a spreadsheet: an athlete name that
# starts with = + - @ (OWASP's four examples) is written quoted with a single
# quote in front, so that it stays text (the log's spaces and tabs around a
# name are trimmed as it is read, so "  =1+1" is "=1+1"; a leading tab or CR
# is in the unit tests); a name with a separator is quoted; numbers
# (distance, pain) stay numbers
$ cd $T && printf 'athlete,date,distance_km,pain\n"=HYPERLINK(""http://evil"",""x"")",2025-03-01,2.5,1\n"+1+cmd|'"'"' /C calc'"'"'!A0",2025-03-02,3,2\n-2+3,2025-03-03,4,3\n@SUM(A1),2025-03-04,5,4\n"\tx",2025-03-05,6,5\n"  =1+1",2025-03-06,7,6\n"Smith; Jo",2025-03-07,8,7\nann,2025-03-08,9,8\n' > log.csv && runlog analyze log.csv --out o > /dev/null; echo "exit $?"; cat o/runs.csv
> exit 0
> athlete,date,distance_km,pain,streak,meal_before,meal_after,strength_7d,load_spike,long_run
> "'=HYPERLINK(""http://evil"",""x"")",2025-03-01,2.5,1,1,,,,,
> "'+1+cmd|' /C calc'!A0",2025-03-02,3,2,1,,,,,
> "'-2+3",2025-03-03,4,3,1,,,,,
> "'@SUM(A1)",2025-03-04,5,4,1,,,,,
> x,2025-03-05,6,5,1,,,,,
> "'=1+1",2025-03-06,7,6,1,,,,,
> "Smith; Jo",2025-03-07,8,7,1,,,,,
> ann,2025-03-08,9,8,1,,,,,
