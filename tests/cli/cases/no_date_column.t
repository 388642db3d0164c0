$ runlog analyze tests/data/no_date.csv --no-charts
? 65
! runlog: tests/data/no_date.csv:1: the header has no 'date' column: runlog reads its own log (date, pain, distance, duration, ate_before, ate_after, strength, notes), a Strava activities.csv or a Garmin Activities.csv; found 'pain', 'distance'
