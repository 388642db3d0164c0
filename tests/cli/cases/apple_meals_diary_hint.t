# an Apple Health export records no meals: the report says so and points to
# a pain diary with ate_before and ate_after (--diary FILE), in every text
# format and on the meals chart; with a diary that has no meals either, it
# says both
$ cd $T; w='<Workout workoutActivityType="HKWorkoutActivityTypeRunning" totalDistance="5" totalDistanceUnit="km" startDate="%s 07:00:00 +0100" endDate="x"/>\n'; r='<Record type="HKCategoryTypeIdentifierLowerBackPain" value="HKCategoryValueSeverity%s" startDate="%s 08:00:00 +0100" endDate="x"/>\n'; { printf '<?xml version="1.0"?>\n<HealthData locale="en">\n'; printf "$r" Mild 2025-03-04; printf "$r" Severe 2025-03-06; printf "$r" Moderate 2025-03-07; for d in 2025-03-04 2025-03-06 2025-03-07; do printf "$w" $d; done; printf '</HealthData>\n'; } > export.xml; printf 'date,pain,notes\n2025-03-04,,sore\n' > diary.csv; for f in markdown html; do runlog analyze export.xml --no-charts --format $f | grep -o 'Not recorded: meals[^<]*'; done; runlog analyze export.xml --out p --chart-format svg --format json | grep not_recorded; grep -o '>no meals recorded[^<]*<' p/pain_by_meals.svg; runlog analyze export.xml --diary diary.csv --no-charts --format markdown | grep -o 'Not recorded: meals.*'
> Not recorded: meals before and after runs (Apple Health does not record meals; a pain diary with ate\_before and ate\_after columns, given with --diary FILE, adds them)
> Not recorded: meals before and after runs (Apple Health does not record meals; a pain diary with ate_before and ate_after columns, given with --diary FILE, adds them)
>   "not_recorded": ["meal_before", "meal_after"],
> >no meals recorded: Apple Health does not record meals; a pain diary with ate_before and ate_after<
> Not recorded: meals before and after runs (Apple Health does not record meals, and the diary diary.csv has no ate\_before or ate\_after column)
