"""Write tests/data/real/strava.csv (an English Strava export) as Strava
writes it in another language: its header names, its date spelling, decimal
commas in quoted cells and the activity types in the account's language.
Run with Debian's /usr/bin/python3: strava_lang.py LANG IN OUT, LANG one of
de (92 columns, as one version of the German export has), fr, es."""
import csv
import datetime as dt
import sys

# The German export's 92 columns: the names runlog reads, repeated as
# Strava repeats them (Verstrichene Zeit, Distanz, ...), among the others.
DE = ("Aktivitäts-ID,Aktivitätsdatum,Name der Aktivität,Aktivitätsart,Aktivitätsbeschreibung,"
      "Verstrichene Zeit,Distanz,Max. Herzfrequenz,Relative Leistung,Pendelfahrt,"
      "Private Notiz zur Aktivität,Aktivitätsausrüstung,Dateiname,Sportlergewicht,Fahrradgewicht,"
      "Verstrichene Zeit,Bewegungszeit,Distanz,Max. Geschwindigkeit,Durchschnittsgeschwindigkeit,"
      "Höhenzunahme,Höhenunterschied,Min. Höhe,Max. Höhe,Max. Steigung,Durchschnittliche Steigung,"
      "Durchschnittliche positive Steigung,Durchschnittliche negative Steigung,Max. Trittfrequenz,"
      "Durchschnittliche Trittfrequenz,Max. Herzfrequenz,Durchschnittliche Herzfrequenz,Max. Watt,"
      "Durchschnittliche Watt,Kalorien,Max. Temperatur,Durchschnittliche Temperatur,Relative Leistung,"
      "Gesamtarbeit,Anzahl der Läufe,Zeit bergauf,Zeit bergab,Andere Zeit,Wahrgenommene Anstrengung,"
      "Typ,Startzeit,Gewichtete durchschnittliche Leistung,Leistungszählung,"
      "Wahrgenommene Anstrengung bevorzugen,Wahrgenommene relative Leistung,Pendelfahrt,"
      "Gesamtgewicht gehoben,Vom Upload,Steigungsangepasste Distanz,Wetterbeobachtungszeit,"
      "Wetterbedingung,Wettertemperatur,Gefühlte Temperatur,Taupunkt,Feuchtigkeit,Luftdruck,"
      "Windgeschwindigkeit,Windböe,Windrichtung,Niederschlagsintensität,Sonnenaufgang,"
      "Sonnenuntergang,Mondphase,Fahrrad,Ausrüstung,Niederschlagswahrscheinlichkeit,"
      "Niederschlagsart,Bewölkung,Sichtweite,UV-Index,Ozon,Sprunganzahl,Gesamtanstrengung,"
      "Durchschnittlicher Flow,Markiert,Durchschnittliche verstrichene Geschwindigkeit,"
      "Distanz unbefestigt,Neu erkundete Distanz,Neu erkundete unbefestigte Distanz,"
      "Anzahl der Aktivitäten,Schritte gesamt,CO2 eingespart,Beckenlänge,Trainingsbelastung,"
      "Intensität,Durchschnittliche steigungsangepasste Pace,Medien").split(",")
# The French export's first 21 columns, as a French export's header is
# quoted in a public project's tests: the second Temps écoulé and Distance
# come after Nom du fichier, with Durée de déplacement between them.
FR = ["ID de l'activité", "Date de l'activité", "Nom de l'activité", "Type d'activité",
      "Description de l'activité", "Temps écoulé", "Distance", "Fréquence cardiaque max.",
      "Effort relatif", "Déplacement-transport", "Note privée sur les activités",
      "Matériel utilisé pour l'activité", "Nom du fichier", "Poids de l'athlète", "Poids du vélo",
      "Temps écoulé", "Durée de déplacement", "Distance", "Vitesse max.", "Vitesse moyenne",
      "Dénivelé positif"]
ES = ["ID de actividad", "Fecha de la actividad", "Nombre de la actividad", "Tipo de actividad",
      "Descripción de la actividad", "Tiempo transcurrido", "Distancia", "Frecuencia cardiaca máxima",
      "Tiempo transcurrido", "Distancia"]
TYPES = {"de": {"Run": "Lauf", "Walk": "Radfahrt", "Weight Training": "Krafttraining"},
         "fr": {"Run": "Course à pied", "Walk": "Marche", "Weight Training": "Musculation"},
         "es": {"Run": "Carrera", "Walk": "Caminata", "Weight Training": "Entrenamiento de fuerza"}}
MOIS = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()


def when(lang, s):
    t = dt.datetime.strptime(s, "%b %d, %Y, %I:%M:%S %p")
    if lang == "de":
        return t.strftime("%d.%m.%Y, %H:%M:%S")
    if lang == "fr":
        return "%d %s %d, %s" % (t.day, MOIS[t.month - 1], t.year, t.strftime("%H:%M:%S"))
    return t.strftime("%d/%m/%Y, %H:%M:%S")


def comma(s):
    return s.replace(".", ",")


lang, src, out = sys.argv[1:]
rows = list(csv.reader(open(src, newline="")))
header = {"de": DE, "fr": FR, "es": ES}[lang]
assert lang != "de" or len(DE) == 92
with open(out, "w", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    w.writerow(header)
    for r in rows[1:]:
        row = [""] * len(header)
        row[:8] = [r[0], when(lang, r[1]), r[2], TYPES[lang][r[3]], r[4], r[5], comma(r[6]), r[7]]
        # The second Verstrichene Zeit and Distanz: seconds and metres.
        later = [i for i, h in enumerate(header) if h == header[5]][1], \
            [i for i, h in enumerate(header) if h == header[6]][1]
        row[later[0]], row[later[1]] = comma(r[8]), comma(r[9])
        w.writerow(row)
