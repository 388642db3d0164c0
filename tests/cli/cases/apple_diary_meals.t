# beside an Apple Health export, a diary gives the meals: a day with meals
# and no pain keeps Health's pain (Mild 3), a day with a pain in the diary
# takes it (2 over Severe 9), and a day without an entry keeps Health's
# (Moderate 6)
$ cd $T; w='<Workout workoutActivityType="HKWorkoutActivityTypeRunning" totalDistance="5" totalDistanceUnit="km" startDate="%s 07:00:00 +0100" endDate="x"/>\n'; r='<Record type="HKCategoryTypeIdentifierLowerBackPain" value="HKCategoryValueSeverity%s" startDate="%s 08:00:00 +0100" endDate="x"/>\n'; { printf '<?xml version="1.0"?>\n<HealthData locale="en">\n'; printf "$r" Mild 2025-03-04; printf "$r" Severe 2025-03-06; printf "$r" Moderate 2025-03-07; for d in 2025-03-04 2025-03-06 2025-03-07; do printf "$w" $d; done; printf '</HealthData>\n'; } > export.xml; printf 'date,pain,ate_before,ate_after,strength,notes\n2025-03-04,,no,yes,,\n2025-03-06,2,yes,,,\n' > diary.csv; runlog analyze export.xml --diary diary.csv --out p --chart-format svg | sed -n 2,3p; cat p/runs.csv
>   read as an Apple Health export: 3 runs, 0 strength sessions
>   pain from the diary diary.csv: 2 days with runs, 0 diary days with no run
> date,distance_km,pain,streak,meal_before,meal_after,strength_7d,load_spike,long_run
> 2025-03-04,5,3,1,no,,no,,
> 2025-03-06,5,2,1,yes,yes,no,,
> 2025-03-07,5,6,2,,,no,,
