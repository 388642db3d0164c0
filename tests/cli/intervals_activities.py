"""Write tests/data/real/strava.csv (a Strava export, UTC times) as
intervals.icu's activities.csv, its fields named as its API names them:
start_date_local in the runner's zone (America/Chicago, CST in the
fixture's weeks), type (Run, WeightTraining, Walk), distance in metres,
elapsed_time and moving_time in seconds, and fields runlog does not read.
Run with Debian's /usr/bin/python3: intervals_activities.py IN OUT."""
import csv
import datetime as dt
import sys

CST = dt.timezone(dt.timedelta(hours=-6))
TYPES = {"Run": "Run", "Walk": "Walk", "Weight Training": "WeightTraining"}
src, out = sys.argv[1:]
rows = list(csv.reader(open(src, newline="")))
with open(out, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "start_date_local", "type", "name", "distance", "moving_time", "elapsed_time",
                "icu_training_load", "average_heartrate"])
    for r in rows[1:]:
        utc = dt.datetime.strptime(r[1], "%b %d, %Y, %I:%M:%S %p").replace(tzinfo=dt.timezone.utc)
        local = utc.astimezone(CST).strftime("%Y-%m-%dT%H:%M:%S")
        w.writerow(["i" + r[0], local, TYPES[r[3]], r[2], r[9], r[5], r[5], "42", ""])
