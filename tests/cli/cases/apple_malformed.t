# an export.xml that is not well-formed stops the read at the line libxml2
# names (where the unclosed element starts): exit 65
$ printf '<?xml version="1.0"?>\n<HealthData locale="en_GB">\n <Workout workoutActivityType="HKWorkoutActivityTypeRunning" startDate="2025-01-01 07:00:00 +0100">\n</HealthData>\n' > $T/export.xml; runlog analyze $T/export.xml --no-charts 2>&1 | sed "s|$T|T|"; exit $(runlog analyze $T/export.xml --no-charts 2>/dev/null; echo $?)
? 65
> runlog: T/export.xml:3: cannot be read as XML: Opening and ending tag mismatch: Workout line 3 and HealthData
