# every bad value is named with FILE:LINE: a bad date or a row out of step
# with the header skips its row; any other bad value is set aside alone and
# its row stays a run (a bad pain: an unscored one)
$ runlog analyze tests/data/bad_rows.csv --no-charts --today 2025-12-01
! runlog: tests/data/bad_rows.csv:3: column 'pain': '11' is outside 0-10; set aside, the row is kept
! runlog: tests/data/bad_rows.csv:4: column 'pain': '-1' is outside 0-10; set aside, the row is kept
! runlog: tests/data/bad_rows.csv:5: column 'pain': 'nan' is not a number; set aside, the row is kept
! runlog: tests/data/bad_rows.csv:6: column 'pain': 'inf' is not a number; set aside, the row is kept
! runlog: tests/data/bad_rows.csv:7: column 'pain': '7,5' is not a number (use '.' as the decimal point); set aside, the row is kept
! runlog: tests/data/bad_rows.csv:8: column 'pain': '3/10' is not a number; set aside, the row is kept
! runlog: tests/data/bad_rows.csv:9: column 'pain': 'sore' is not a number; set aside, the row is kept
! runlog: tests/data/bad_rows.csv:10: column 'date': '2025-02-30' is not a day in the calendar
! runlog: tests/data/bad_rows.csv:11: column 'date': '3rd of March 2025' is not a date (expected YYYY-MM-DD)
! runlog: tests/data/bad_rows.csv:12: column 'date' is empty
! runlog: tests/data/bad_rows.csv:13: column 'date': '2052-01-01' is after today, 2025-12-01 (see --today)
! runlog: tests/data/bad_rows.csv:14: column 'ate_before': 'maybe' is not yes or no (--yes WORD, --no WORD add words); set aside, the row is kept
! runlog: tests/data/bad_rows.csv:15: column 'distance': '-3' is negative; set aside, the row is kept
! runlog: tests/data/bad_rows.csv:16: column 'distance': '1500' is more than 1000 km; set aside, the row is kept
! runlog: tests/data/bad_rows.csv:17: expected 4 fields as in the header, found 3
! runlog: tests/data/bad_rows.csv:18: expected 4 fields as in the header, found 5
~ 2025-03-01 to 2025-03-14 (14 days): 12 runs, 5 scored, mean pain 2.2
~ 6 rows skipped (each was named in a warning on stderr)
~ 10 values set aside: 7 pain, 2 distance, 1 ate_before
