# a workout's day is its day as written, in its own offset; with --tz, its
# day in that zone (23:30 +0100 is the next morning in Tokyo); strength
# workouts are sessions, the day's highest LowerBackPain severity its pain
# (Mild 3, Severe 9; Unspecified has none), and runlog diary reads it too
$ w='<Workout workoutActivityType="HKWorkoutActivityType%s" duration="30" durationUnit="min" %s startDate="%s" endDate="%s"/>\n'; r='<Record type="HKCategoryTypeIdentifierLowerBackPain" sourceName="w" value="HKCategoryValueSeverity%s" startDate="%s" endDate="%s"/>\n'; { printf '<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_GB">\n'; printf "$r" Mild "2025-03-04 08:00:00 +0100" "2025-03-04 08:00:00 +0100"; printf "$r" Severe "2025-03-04 21:00:00 +0100" "2025-03-04 21:00:00 +0100"; printf "$r" Unspecified "2025-03-06 08:00:00 +0100" "2025-03-06 08:00:00 +0100"; printf "$w" Running 'totalDistance="3.1" totalDistanceUnit="mi"' "2025-03-04 23:30:00 +0100" "2025-03-05 00:00:00 +0100"; printf "$w" TraditionalStrengthTraining "" "2025-03-05 12:00:00 +0100" "2025-03-05 12:30:00 +0100"; printf "$w" Running 'totalDistance="5000" totalDistanceUnit="m"' "2025-03-06 07:00:00 +0100" "2025-03-06 07:30:00 +0100"; printf "$w" Yoga "" "2025-03-07 07:00:00 +0100" "2025-03-07 07:30:00 +0100"; printf '</HealthData>\n'; } > $T/export.xml; runlog diary $T/export.xml 2>$T/err; sed "s|$T|T|" $T/err; runlog diary $T/export.xml --tz Asia/Tokyo 2>/dev/null | sed -n 2p; runlog analyze $T/export.xml --no-charts --format json | grep -o '"runs": [0-9]*, "scored_runs": [0-9]*.*"mean_pain": [0-9.]*'
> date,pain,ate_before,ate_after,strength,notes
> 2025-03-04,,,,,1 run 5.0 km
> 2025-03-06,,,,,1 run 5.0 km
> runlog: T/export.xml: read as an Apple Health export: 2 runs on 2 days, 1 strength session, 1 other activity left out; fill in the pain column and give the diary with --diary
> 2025-03-05,,,,,1 run 5.0 km
> "runs": 2, "scored_runs": 1, "skipped_rows": 0, "set_aside_values": 0, "duplicate_rows": 0, "strength_only_days": 1, "first_date": "2025-03-04", "last_date": "2025-03-06", "mean_pain": 9
