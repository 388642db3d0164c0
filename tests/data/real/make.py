"""Write the small export-shaped fixtures in this folder (run from here with
Debian's /usr/bin/python3). They copy the shapes of real Strava and Garmin
exports and hand-kept spreadsheets, not their data: every value is made up.

strava.csv     a Strava activities.csv: the 2 Distance and 2 Elapsed Time
               columns, UTC times in "Oct 6, 2022, 11:19:20 PM" form, rows
               in upload order, a multi-line description, other sports
diary.csv      a pain diary for it, by local (America/Chicago) day
runlog.csv     the same runs as runlog's own log, by local day, with the
               diary's pain and meals: what strava.csv + diary.csv must equal
garmin_mi.csv  a Garmin Activities.csv in miles (it does not say so),
               newest first, "--" for missing values, quoted thousands
sheet_dmy.csv  a hand log with D/M/YYYY dates and mm:ss times
sheet_mdy.csv  a spreadsheet with M/D/YY dates, Distance (mi), rest rows and
               empty template rows with #NUM! cells
semicolon.csv  runlog's own columns, ';'-separated, with decimal commas
"""
import datetime as dt
import random

rng = random.Random(7)
CHICAGO = dt.timezone(dt.timedelta(hours=-6))  # CST: the fixture stays in winter

runs = []  # (local datetime, km, seconds, pain, ate_before, ate_after)
day = dt.datetime(2022, 11, 1, 18, 30)
while len(runs) < 30:
    day += dt.timedelta(days=rng.choice([1, 1, 2]))
    # Evening runs at 19:00-20:30 local are 01:00-02:30 UTC the next day.
    t = day.replace(hour=rng.choice([7, 19, 20]), minute=rng.randrange(60))
    km = round(rng.uniform(4, 14), 2)
    sec = int(km * rng.uniform(300, 390))
    runs.append((t, km, sec, rng.choice([0, 1, 2, 3, 4, 5, 6]), rng.choice("yyyn"), rng.choice("yyn")))
strength = [dt.datetime(2022, 11, 3, 17, 0), dt.datetime(2022, 11, 10, 17, 0), dt.datetime(2022, 11, 24, 17, 0)]


def strava_date(t):
    u = t.replace(tzinfo=CHICAGO).astimezone(dt.timezone.utc)
    return u.strftime("%b ") + str(u.day) + u.strftime(", %Y, ") + str(int(u.strftime("%I"))) + u.strftime(":%M:%S %p")


yn = {"y": "yes", "n": "no"}
rows = []
for i, (t, km, sec, pain, b, a) in enumerate(runs):
    rows.append([str(9000 + i), strava_date(t), "Evening Run" if t.hour >= 19 else "Morning Run", "Run",
                 "" if i % 5 else "felt the back,\nstiff after", str(sec), "%.2f" % km, "",
                 str(float(sec)), "%.1f" % (km * 1000)])
for i, t in enumerate(strength):
    rows.append([str(9100 + i), strava_date(t), "Back day", "Weight Training", "pull-ups, rows", "2400",
                 "0.00", "", "2400.0", "0.0"])
for i in range(4):
    t = runs[i * 7][0] + dt.timedelta(hours=3)
    rows.append([str(9200 + i), strava_date(t), "Walk", "Walk", "", "1800", "2.10", "", "1800.0", "2100.0"])
rng.shuffle(rows)
with open("strava.csv", "w", newline="") as f:
    f.write("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,"
            "Elapsed Time,Distance,Max Heart Rate,Elapsed Time,Distance\n")
    for r in rows:
        f.write(",".join('"%s"' % c if ("," in c or "\n" in c) else c for c in r) + "\n")

with open("diary.csv", "w") as f:
    f.write("date,pain,ate_before,ate_after,notes\n")
    seen = set()
    for t, km, sec, pain, b, a in runs:
        if t.date() in seen:
            continue
        seen.add(t.date())
        f.write("%s,%d,%s,%s,\n" % (t.date(), pain, yn[b], yn[a]))
    f.write("2022-12-25,2,yes,yes,a diary day with no run\n")

with open("runlog.csv", "w") as f:
    f.write("date,distance_km,duration,pain,ate_before,ate_after,strength\n")
    first = {}
    for t, km, sec, pain, b, a in runs:
        first.setdefault(t.date(), (pain, b, a))
    for t, km, sec, pain, b, a in sorted(runs):
        p, fb, fa = first[t.date()]  # a diary day's values apply to every run that day
        f.write("%s,%.2f,%d:%02d:%02d,%d,%s,%s,no\n" % (t.date(), km, sec // 3600, sec // 60 % 60, sec % 60,
                                                       p, yn[fb], yn[fa]))
    for t in strength:
        f.write("%s,,,,,,yes\n" % t.date())

with open("garmin_mi.csv", "w", newline="") as f:
    f.write("Activity Type,Date,Favorite,Title,Distance,Calories,Time,Avg HR,Total Ascent\r\n")
    for t, km, sec, pain, b, a in sorted(runs, reverse=True)[:12]:
        f.write('Running,%s,false,"Eugene Running","%.2f","%s","%d:%02d:%02d.%d","150","%s"\r\n'
                % (t.strftime("%Y-%m-%d %H:%M:%S"), km / 1.609344, "{:,}".format(int(km * 70)),
                   sec // 3600, sec // 60 % 60, sec % 60, rng.randrange(10), "{:,}".format(rng.randrange(900, 1400))))
    f.write('Strength Training,2022-11-03 17:00:00,false,"Back, Biceps & Core","0.00","200","00:40:00","--","--"\r\n')
    f.write('Yoga,2022-11-04 17:00:00,false,"Yoga","--","100","00:30:00","--","--"\r\n')

with open("sheet_dmy.csv", "w") as f:
    f.write("date,distance_km,time_mmss,pain\n")
    for t, km, sec, pain, b, a in sorted(runs)[:10]:
        f.write("%d/%d/%d,%.1f,%d:%02d,%d\n" % (t.day, t.month, t.year, km, sec // 60, sec % 60, pain))

with open("sheet_mdy.csv", "w", newline="") as f:
    f.write("Date,Day of Week,Distance (mi),Run Type,Moving Time,Pain\r\n")
    d = dt.date(2023, 7, 9)
    for i in range(16):
        rest = i % 3 == 0
        f.write("%d/%d/%s,%s,%s,%s,%s,%s\r\n" % (d.month, d.day, d.strftime("%y"), d.strftime("%a"),
                                               "0.00" if rest else "%.2f" % (3 + i % 4), "Rest" if rest else "Easy",
                                               "" if rest else "0:%02d:00" % (30 + i), "" if rest else str(i % 5)))
        d += dt.timedelta(days=1)
    for i in range(5):
        f.write(",,,,#NUM!,#NUM!\r\n")

with open("semicolon.csv", "w") as f:
    f.write("date;distance_km;duration;pain;ate_before\n")
    for t, km, sec, pain, b, a in sorted(runs)[:8]:
        f.write(("%s;%.2f;%d:%02d;%d,5;%s\n" % (t.date(), km, sec // 60, sec % 60, pain % 5, yn[b])).replace(".", ","))
