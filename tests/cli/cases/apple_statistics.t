# newer exports give a run's distance as WorkoutStatistics: the workout's
# own (after its WorkoutActivity children) wins over an activity's, which
# counts when it is the only one; totalDistance, where given, wins over both
$ s='<WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="x" endDate="x" sum="%s" unit="%s"/>'; w='<Workout workoutActivityType="HKWorkoutActivityTypeRunning" %s startDate="2025-03-0%s 07:00:00 +0100" endDate="x">%s</Workout>\n'; { printf '<?xml version="1.0"?>\n<HealthData locale="en_GB">\n'; printf "$w" "" 3 "<WorkoutActivity>$(printf "$s" 2 km)</WorkoutActivity>$(printf "$s" 5.5 km)"; printf "$w" "" 4 "<WorkoutActivity>$(printf "$s" 4000 m)</WorkoutActivity>"; printf "$w" 'totalDistance="10" totalDistanceUnit="km"' 5 "$(printf "$s" 3 mi)"; printf '</HealthData>\n'; } > $T/export.xml; runlog diary $T/export.xml 2>/dev/null
> date,pain,ate_before,ate_after,strength,notes
> 2025-03-03,,,,,1 run 5.5 km
> 2025-03-04,,,,,1 run 4.0 km
> 2025-03-05,,,,,1 run 10.0 km
