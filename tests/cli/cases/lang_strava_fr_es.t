# French and Spanish Strava exports ("24 nov. 2022, 13:31:00" and
# "24/11/2022, 13:31:00", UTC; decimal commas; Course à pied, Musculation,
# Carrera, Entrenamiento de fuerza) give the same JSON as runlog's own log
$ for l in fr es; do /usr/bin/python3 tests/cli/strava_lang.py $l tests/data/real/strava.csv $T/$l.csv; runlog analyze $T/$l.csv --diary tests/data/real/diary.csv --tz America/Chicago --no-charts --format json | sed 1,3d > $T/$l.json; runlog analyze tests/data/real/runlog.csv --no-charts --format json | sed 1,3d | cmp -s - $T/$l.json && echo "$l: the same JSON" || echo "$l: differs"; done; sed -n 2p $T/fr.csv | cut -d, -f2-5; sed -n 2p $T/es.csv | cut -d, -f2-5
> fr: the same JSON
> es: the same JSON
> "24 nov. 2022, 13:31:00","Morning Run","Course à pied"
> "24/11/2022, 13:31:00","Morning Run","Carrera"
