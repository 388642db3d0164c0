/* ingest_names: the one table of the app exports' header names and
 * activity types, in each language the apps write them.
 *
 * To read another language, or a renamed column, add a line here: the
 * names as the export's header writes them (ingest_layout.c normalises
 * both sides: case, blanks, '_' and '-', "(km)"), and the activity types
 * as its rows do. Nothing else changes. */
#include "ingest_layout.h"
#include "runlog/date.h"
#include "runlog/num.h"

/* One line per app and language. A Strava export is known by its date,
 * type and distance columns; a Garmin export needs its time column too.
 * Strava's lines come first: its Danish and Norwegian type columns are
 * Garmin's too. Then how the export writes numbers (num_parse_grouped) and
 * dates in numbers: LOCAL, a decimal comma ("2,81", "1.234,5") and the
 * day first ("21.07.2026"); ENGLISH, thousands grouped with commas
 * ("1,337") and the order the column shows. */
#define LOCAL NUM_COMMA_DECIMAL, DATE_DMY
#define ENGLISH NUM_COMMA_THOUSANDS, DATE_AUTO
const struct ingest_export ingest_exports[] = {
	/* format, language, date, activity type, distance, duration, numbers and dates */
	{INGEST_FORMAT_STRAVA, "English", "Activity Date", "Activity Type", "Distance", "Elapsed Time", ENGLISH},
	{INGEST_FORMAT_STRAVA, "German", "Aktivitätsdatum", "Aktivitätsart", "Distanz", "Verstrichene Zeit", LOCAL},
	{INGEST_FORMAT_STRAVA, "French", "Date de l'activité", "Type d'activité", "Distance", "Temps écoulé", LOCAL},
	{INGEST_FORMAT_STRAVA, "Spanish", "Fecha de la actividad", "Tipo de actividad", "Distancia",
	 "Tiempo transcurrido", LOCAL},
	{INGEST_FORMAT_STRAVA, "Italian", "Data dell'attività", "Tipo di attività", "Distanza", "Tempo trascorso", LOCAL},
	{INGEST_FORMAT_STRAVA, "Dutch", "Datum van activiteit", "Type activiteit", "Afstand", "Verstreken tijd", LOCAL},
	{INGEST_FORMAT_STRAVA, "Danish", "Aktivitetsdato", "Aktivitetstype", "Distance", "Forløbet tid", LOCAL},
	{INGEST_FORMAT_STRAVA, "Norwegian", "Aktivitetsdato", "Aktivitetstype", "Distanse", "Medgått tid", LOCAL},
	{INGEST_FORMAT_STRAVA, "Swedish", "Aktivitetsdatum", "Aktivitetstyp", "Distans", "Förfluten tid", LOCAL},
	{INGEST_FORMAT_STRAVA, "Portuguese", "Data da atividade", "Tipo de atividade", "Distância",
	 "Tempo decorrido", LOCAL},
	{INGEST_FORMAT_GARMIN, "English", "Date", "Activity Type", "Distance", "Time", ENGLISH},
	{INGEST_FORMAT_GARMIN, "German", "Datum", "Aktivitätstyp", "Distanz", "Zeit", LOCAL},
	{INGEST_FORMAT_GARMIN, "French", "Date", "Type d'activité", "Distance", "Durée", LOCAL},
	/* Garmin Connect's list pages in 2014, pasted into a table. */
	{INGEST_FORMAT_GARMIN, "French (2014)", "date", "Type", "Distance", "Temps", LOCAL},
	{INGEST_FORMAT_GARMIN, "Spanish", "Fecha", "Tipo de actividad", "Distancia", "Tiempo", LOCAL},
	{INGEST_FORMAT_GARMIN, "Italian", "Data", "Tipo di attività", "Distanza", "Tempo", LOCAL},
	{INGEST_FORMAT_GARMIN, "Dutch", "Datum", "Activiteittype", "Afstand", "Tijd", LOCAL},
	/* Garmin's Danish export writes numbers as its English one ("6.29"). */
	{INGEST_FORMAT_GARMIN, "Danish", "Dato", "Aktivitetstype", "Distance", "Tid", NUM_COMMA_THOUSANDS,
	 DATE_DMY},
	{INGEST_FORMAT_GARMIN, "Norwegian", "Dato", "Aktivitetstype", "Distanse", "Tid", LOCAL},
	{INGEST_FORMAT_GARMIN, "Swedish", "Datum", "Aktivitetstyp", "Distans", "Tid", LOCAL},
	{INGEST_FORMAT_GARMIN, "Portuguese", "Data", "Tipo de atividade", "Distância", "Tempo", LOCAL},
	/* intervals.icu's activities.csv, named as its API names the fields:
	 * local times, distances in metres, durations in seconds. */
	{INGEST_FORMAT_INTERVALS, "English", "start_date_local", "type", "distance", "elapsed_time", ENGLISH},
};

const size_t ingest_n_exports = sizeof ingest_exports / sizeof *ingest_exports;

/* Activity types that are runs or strength sessions, whole, in any case.
 * English types need no line: any type with "run" in it is a run, with
 * "strength" or "weight" a strength session (ingest_activity). */
const struct ingest_activity_name ingest_activity_names[] = {
	{"Lauf", ACTIVITY_RUN}, {"Laufen", ACTIVITY_RUN}, {"Laufband", ACTIVITY_RUN},
	{"Laufbandtraining", ACTIVITY_RUN}, {"Traillauf", ACTIVITY_RUN}, {"Virtueller Lauf", ACTIVITY_RUN},
	{"Krafttraining", ACTIVITY_STRENGTH}, {"Gewichtstraining", ACTIVITY_STRENGTH},
	{"Course à pied", ACTIVITY_RUN}, {"Course", ACTIVITY_RUN}, {"Course sur tapis roulant", ACTIVITY_RUN},
	{"Course virtuelle", ACTIVITY_RUN}, {"Trail", ACTIVITY_RUN},
	{"Musculation", ACTIVITY_STRENGTH}, {"Renforcement musculaire", ACTIVITY_STRENGTH},
	{"Carrera", ACTIVITY_RUN}, {"Correr", ACTIVITY_RUN}, {"Carrera virtual", ACTIVITY_RUN},
	{"Carrera en cinta", ACTIVITY_RUN}, {"Carrera por montaña", ACTIVITY_RUN},
	{"Entrenamiento de fuerza", ACTIVITY_STRENGTH}, {"Entrenamiento con pesas", ACTIVITY_STRENGTH},
	{"Corsa", ACTIVITY_RUN}, {"Corsa virtuale", ACTIVITY_RUN}, {"Corsa su tapis roulant", ACTIVITY_RUN},
	{"Allenamento di forza", ACTIVITY_STRENGTH}, {"Allenamento con i pesi", ACTIVITY_STRENGTH},
	{"Hardlopen", ACTIVITY_RUN}, {"Hardloop", ACTIVITY_RUN}, {"Virtuele hardloop", ACTIVITY_RUN},
	{"Loopband", ACTIVITY_RUN}, {"Krachttraining", ACTIVITY_STRENGTH},
	{"Løb", ACTIVITY_RUN}, {"Løbebånd", ACTIVITY_RUN}, {"Trailløb", ACTIVITY_RUN},
	{"Styrketræning", ACTIVITY_STRENGTH},
	{"Løping", ACTIVITY_RUN}, {"Løp", ACTIVITY_RUN}, {"Tredemølle", ACTIVITY_RUN},
	{"Styrketrening", ACTIVITY_STRENGTH},
	{"Löpning", ACTIVITY_RUN}, {"Löpband", ACTIVITY_RUN}, {"Terränglöpning", ACTIVITY_RUN},
	{"Styrketräning", ACTIVITY_STRENGTH},
	{"Corrida", ACTIVITY_RUN}, {"Corrida virtual", ACTIVITY_RUN}, {"Corrida na esteira", ACTIVITY_RUN},
	{"Treino de força", ACTIVITY_STRENGTH}, {"Musculação", ACTIVITY_STRENGTH},
	{"Treinamento com pesos", ACTIVITY_STRENGTH},
};

const size_t ingest_n_activity_names = sizeof ingest_activity_names / sizeof *ingest_activity_names;
