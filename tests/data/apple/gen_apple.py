"""Write a synthetic Apple Health export and the runlog log it must equal
(run with Debian's /usr/bin/python3; every value is made up):

    gen_apple.py DIR [--years N] [--seed S] [--pad-mb MB]

DIR/export.xml   an export.xml as Health's "Export All Health Data" writes
                 it: the XML declaration, the DOCTYPE with Apple's internal
                 subset, HealthData with its locale, ExportDate, Me, Records
                 of many types (LowerBackPain among them, with MetadataEntry
                 children), Workouts with their attributes (older exports:
                 totalDistance on the Workout; newer: a WorkoutStatistics
                 child), WorkoutEvents, WorkoutRoutes, ActivitySummaries
DIR/export.zip   that export as downloaded: apple_health_export/export.xml
                 beside export_cda.xml and workout-routes/
DIR/runlog.csv   the same runs, strength sessions and pain as runlog's own
                 log: what export.zip must give, input description aside

The runs' days are the days as written, in each record's own offset
(+0100 in winter, +0200 in summer, some at 23:xx so that UTC is the next
day). A day's pain is its highest LowerBackPain severity, NotPresent 0,
Mild 3, Moderate 6, Severe 9; Unspecified is left out. --pad-mb adds
heart-rate Records until export.xml is about that many MB (for measuring
memory on a large export).
"""
import argparse
import datetime as dt
import math
import os
import random
import zipfile

DTD = """<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 12 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord|Audiogram|VisionPrescription)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
<!ELEMENT Me EMPTY>
<!ATTLIST Me
  HKCharacteristicTypeIdentifierDateOfBirth         CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBiologicalSex       CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBloodType           CDATA #REQUIRED
  HKCharacteristicTypeIdentifierFitzpatrickSkinType CDATA #REQUIRED
  HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse CDATA #IMPLIED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!-- Note: Any Records that appear as children of a correlation also appear as top-level records in this document. -->
<!ELEMENT Correlation ((MetadataEntry|Record)*)>
<!ATTLIST Correlation
  type          CDATA #REQUIRED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute|WorkoutStatistics)*)>
<!ATTLIST Workout
  workoutActivityType   CDATA #REQUIRED
  duration              CDATA #IMPLIED
  durationUnit          CDATA #IMPLIED
  totalDistance         CDATA #IMPLIED
  totalDistanceUnit     CDATA #IMPLIED
  totalEnergyBurned     CDATA #IMPLIED
  totalEnergyBurnedUnit CDATA #IMPLIED
  sourceName            CDATA #REQUIRED
  sourceVersion         CDATA #IMPLIED
  device                CDATA #IMPLIED
  creationDate          CDATA #IMPLIED
  startDate             CDATA #REQUIRED
  endDate               CDATA #REQUIRED
>
<!ELEMENT WorkoutEvent EMPTY>
<!ATTLIST WorkoutEvent
  type         CDATA #REQUIRED
  date         CDATA #REQUIRED
  duration     CDATA #IMPLIED
  durationUnit CDATA #IMPLIED
>
<!ELEMENT WorkoutStatistics EMPTY>
<!ATTLIST WorkoutStatistics
  type       CDATA #REQUIRED
  startDate  CDATA #REQUIRED
  endDate    CDATA #REQUIRED
  average    CDATA #IMPLIED
  minimum    CDATA #IMPLIED
  maximum    CDATA #IMPLIED
  sum        CDATA #IMPLIED
  unit       CDATA #IMPLIED
>
<!ELEMENT WorkoutRoute ((MetadataEntry|FileReference)*)>
<!ATTLIST WorkoutRoute
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT FileReference EMPTY>
<!ATTLIST FileReference
  path CDATA #REQUIRED
>
<!ELEMENT ActivitySummary EMPTY>
<!ATTLIST ActivitySummary
  dateComponents           CDATA #IMPLIED
  activeEnergyBurned       CDATA #IMPLIED
  activeEnergyBurnedGoal   CDATA #IMPLIED
  activeEnergyBurnedUnit   CDATA #IMPLIED
  appleMoveTime            CDATA #IMPLIED
  appleMoveTimeGoal        CDATA #IMPLIED
  appleExerciseTime        CDATA #IMPLIED
  appleExerciseTimeGoal    CDATA #IMPLIED
  appleStandHours          CDATA #IMPLIED
  appleStandHoursGoal      CDATA #IMPLIED
>
<!ELEMENT MetadataEntry EMPTY>
<!ATTLIST MetadataEntry
  key   CDATA #REQUIRED
  value CDATA #REQUIRED
>
<!-- Note: Heart Rate Variability records captured by Apple Watch may include an associated list of instantaneous beats-per-minute readings. -->
<!ELEMENT HeartRateVariabilityMetadataList (InstantaneousBeatsPerMinute*)>
<!ELEMENT InstantaneousBeatsPerMinute EMPTY>
<!ATTLIST InstantaneousBeatsPerMinute
  bpm  CDATA #REQUIRED
  time CDATA #REQUIRED
>
]>
"""

WATCH = ('&lt;&lt;HKDevice: 0x283c2d1d0&gt;, name:Apple Watch, manufacturer:Apple Inc., '
         'model:Watch, hardware:Watch6,2, software:9.1&gt;')
SEVERITY = [("NotPresent", 0), ("Mild", 3), ("Moderate", 6), ("Severe", 9), ("Unspecified", None)]
KM_PER_MI = 1.609344


def stamp(t, off):
    return t.strftime("%Y-%m-%d %H:%M:%S ") + off


def offset(day):
    return "+0200" if 4 <= day.month <= 10 else "+0100"


def record(kind, t, off, value, unit=None, children=""):
    u = f' unit="{unit}"' if unit else ""
    head = (f' <Record type="{kind}" sourceName="Ana\'s Apple Watch" sourceVersion="9.1" '
            f'device="{WATCH}"{u} creationDate="{stamp(t, off)}" startDate="{stamp(t, off)}" '
            f'endDate="{stamp(t + dt.timedelta(minutes=1), off)}" value="{value}"')
    return head + (f">\n{children} </Record>\n" if children else "/>\n")


def workout(kind, t, off, minutes, dist=None, newer=False):
    """A Workout element; dist is (value text, unit) or None."""
    end = t + dt.timedelta(minutes=minutes)
    attrs = (f' <Workout workoutActivityType="{kind}" duration="{minutes:.4f}" durationUnit="min"')
    if dist and not newer:
        attrs += f' totalDistance="{dist[0]}" totalDistanceUnit="{dist[1]}"'
    attrs += (f' totalEnergyBurned="{minutes * 11:.3f}" totalEnergyBurnedUnit="kcal" '
              f'sourceName="Ana\'s Apple Watch" sourceVersion="9.1" device="{WATCH}" '
              f'creationDate="{stamp(end, off)}" startDate="{stamp(t, off)}" endDate="{stamp(end, off)}">\n')
    body = '  <MetadataEntry key="HKIndoorWorkout" value="0"/>\n'
    body += f'  <WorkoutEvent type="HKWorkoutEventTypeSegment" date="{stamp(t, off)}" duration="5" durationUnit="min"/>\n'
    if dist and newer:
        body += (f'  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" '
                 f'startDate="{stamp(t, off)}" endDate="{stamp(end, off)}" sum="{dist[0]}" unit="{dist[1]}"/>\n')
    body += (f'  <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="{stamp(t, off)}" '
             f'endDate="{stamp(end, off)}" average="151" minimum="98" maximum="176" unit="count/min"/>\n')
    if kind.endswith("Running"):
        body += (f'  <WorkoutRoute sourceName="Ana\'s Apple Watch" sourceVersion="9.1" '
                 f'creationDate="{stamp(end, off)}" startDate="{stamp(t, off)}" endDate="{stamp(end, off)}">\n'
                 f'   <FileReference path="/workout-routes/route_{t:%Y-%m-%d_%H.%M}.gpx"/>\n  </WorkoutRoute>\n')
    return attrs + body + " </Workout>\n"


def metres(text, unit):
    """The metres runlog keeps for a distance, as it computes them: km,
    miles times 1.609344 or metres over 1000, then lround(km * 1000)."""
    x = float(text)
    v = {"km": x, "mi": x * KM_PER_MI, "m": x / 1000}[unit] * 1000
    return math.floor(v) + (v - math.floor(v) >= 0.5)


def simulate(rng, years):
    """(records, workouts, csv rows): records and workouts as XML text, each
    list in date order as Health writes them; rows for runlog.csv."""
    records, workouts, rows = [], [], []
    first = dt.date(2024, 1, 1)
    for n in range(365 * years):
        day = first + dt.timedelta(days=n)
        off = offset(day)
        base = dt.datetime(day.year, day.month, day.day)
        for h in (9, 13, 18):
            records.append(record("HKQuantityTypeIdentifierStepCount", base.replace(hour=h), off,
                                  rng.randrange(200, 4000), "count"))
        records.append(record("HKQuantityTypeIdentifierRestingHeartRate", base.replace(hour=7), off,
                              rng.randrange(48, 60), "count/min"))
        pain = None
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            name, score = rng.choice(SEVERITY)
            meta = '  <MetadataEntry key="HKWasUserEntered" value="1"/>\n'
            records.append(record("HKCategoryTypeIdentifierLowerBackPain",
                                  base.replace(hour=rng.randrange(6, 23)), off,
                                  "HKCategoryValueSeverity" + name, children=meta))
            if score is not None:
                pain = score if pain is None else max(pain, score)
        if rng.random() < 0.3:
            records.append(record("HKCategoryTypeIdentifierSleepAnalysis", base.replace(hour=1), off,
                                  "HKCategoryValueSleepAnalysisAsleepCore"))
        run_today = rng.random() < 0.5
        if run_today:
            hour = rng.choice([6, 7, 18, 23])
            t = base.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))
            km = rng.uniform(4, 16)
            unit = rng.choice(["km", "km", "mi", "m"])
            value = {"km": f"{km:.5f}", "mi": f"{km / KM_PER_MI:.5f}", "m": f"{km * 1000:.2f}"}[unit]
            minutes = km * rng.uniform(4.8, 6.5)
            kind = rng.choice(["HKWorkoutActivityTypeRunning"] * 9 + ["HKWorkoutActivityTypeRunning"])
            workouts.append(workout(kind, t, off, minutes, (value, unit), newer=day.year >= 2025))
            secs = round(minutes * 60)
            m = metres(value, unit)
            rows.append(f"{day},{m // 1000}.{m % 1000:03d},{secs // 3600}:{secs // 60 % 60:02d}:{secs % 60:02d},"
                        f"{'' if pain is None else pain},no")
        if rng.random() < 0.2:
            kind = rng.choice(["HKWorkoutActivityTypeTraditionalStrengthTraining",
                               "HKWorkoutActivityTypeFunctionalStrengthTraining"])
            workouts.append(workout(kind, base.replace(hour=12), off, rng.uniform(20, 45)))
            rows.append(f"{day},,,,yes")
        if rng.random() < 0.25:
            kind = rng.choice(["HKWorkoutActivityTypeWalking", "HKWorkoutActivityTypeCycling",
                               "HKWorkoutActivityTypeYoga"])
            dist = (f"{rng.uniform(2, 30):.4f}", "km") if "Yoga" not in kind else None
            workouts.append(workout(kind, base.replace(hour=16), off, rng.uniform(20, 90), dist))
    return records, workouts, rows


def padding(rng, mb, start):
    """Heart-rate Records, about mb MB of them."""
    t, size = start, 0
    while size < mb * 1_000_000:
        r = record("HKQuantityTypeIdentifierHeartRate", t, offset(t), rng.randrange(50, 180), "count/min",
                   children='  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n')
        size += len(r)
        t += dt.timedelta(seconds=17)
        yield r


def write_xml(path, records, workouts, pad):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n' + DTD)
        f.write('<HealthData locale="en_GB">\n <ExportDate value="2026-01-02 09:00:00 +0100"/>\n')
        f.write(' <Me HKCharacteristicTypeIdentifierDateOfBirth="1988-05-14" '
                'HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale" '
                'HKCharacteristicTypeIdentifierBloodType="HKBloodTypeNotSet" '
                'HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet" '
                'HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse="None"/>\n')
        f.writelines(records)
        f.writelines(pad)
        f.writelines(workouts)
        f.write(' <ActivitySummary dateComponents="2025-12-31" activeEnergyBurned="512.2" '
                'activeEnergyBurnedGoal="500" activeEnergyBurnedUnit="Cal" appleMoveTime="0" '
                'appleMoveTimeGoal="0" appleExerciseTime="41" appleExerciseTimeGoal="30" '
                'appleStandHours="11" appleStandHoursGoal="12"/>\n</HealthData>\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--years", type=int, default=2)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--pad-mb", type=int, default=0)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    records, workouts, rows = simulate(rng, a.years)
    xml = os.path.join(a.dir, "export.xml")
    write_xml(xml, records, workouts, padding(rng, a.pad_mb, dt.datetime(2024, 1, 1)))
    with zipfile.ZipFile(os.path.join(a.dir, "export.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("apple_health_export/export_cda.xml", '<?xml version="1.0"?>\n<ClinicalDocument/>\n')
        z.writestr("apple_health_export/workout-routes/route_2024-01-01_06.10.gpx", "<gpx/>\n")
        z.write(xml, "apple_health_export/export.xml")
    with open(os.path.join(a.dir, "runlog.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("date,distance_km,duration,pain,strength\n")
        f.write("".join(r + "\n" for r in rows))


main()
