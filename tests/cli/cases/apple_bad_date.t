# a workout whose startDate is not a day is skipped with a warning at its
# own line, the others read
$ printf '<?xml version="1.0"?>\n<HealthData locale="en">\n<Workout workoutActivityType="HKWorkoutActivityTypeRunning" totalDistance="5" totalDistanceUnit="km" startDate="2025-13-01 07:00:00 +0100" endDate="x"/>\n<Workout workoutActivityType="HKWorkoutActivityTypeRunning" totalDistance="6" totalDistanceUnit="km" startDate="2025-03-01 07:00:00 -0500" endDate="x"\n/>\n</HealthData>\n' > $T/export.xml; runlog diary $T/export.xml 2>&1 >/dev/null | sed "s|$T|T|"
> runlog: T/export.xml:3: a Workout's startDate: '2025-13-01 07:00:00 +0100' is not a date (expected YYYY-MM-DD hh:mm:ss +hhmm)
> runlog: T/export.xml: read as an Apple Health export: 1 run on 1 day, 0 strength sessions, 0 other activities left out; fill in the pain column and give the diary with --diary
