/* main: dispatch `runlog COMMAND ...` from one table, so that `runlog help X`,
 * `runlog X --help` and an unknown command are all answered here. */
#include <stdio.h>
#include <string.h>

#include "runlog/cli.h"
#include "runlog/outfile.h"

#define STRING(x) #x
#define NUMBER(x) STRING(x) /* a number's macro as text */

/* The options that read the log, as analyze and weekly both take them
 * (cli.c's CLI_INPUT_OPTIONS), ending each command's help. */
#define HELP_INPUT_OPTIONS                                                                          \
	"      --athlete NAME    only this athlete's runs, in a log with an athlete column\n"          \
	"      --diary FILE      take pain (and meals) from a pain diary, merged by date\n"            \
	"      --date-format DMY|MDY|YMD  read slash dates (3/4/2025) in this order\n"                \
	"                        (default: decided from the whole date column)\n"                     \
	"      --units km|mi     the unit of a distance column that does not say\n"                   \
	"      --yes WORD, --no WORD  a word of yours for yes or no (repeatable), beside\n"      \
	"                        yes/no, ja/nein, oui/non, si/no, ja/nee, ja/nej, x/-...\n"      \
	"      --column ROLE=HEADER  read the column HEADER (of the log or the diary)\n"        \
	"                        as ROLE: date, pain, distance, duration, ate_before,\n"          \
	"                        ate_after, strength, notes or athlete\n"                          \
	"      --tz ZONE         the time zone of the runs' days (default: TZ, or the\n"              \
	"                        system's): a UTC time falls on its day there\n"                      \
	"      --threads N       read a large log on N threads, 1 to "                          \
	NUMBER(INGEST_THREADS_MAX) " (default: one\n"                                                \
	"                        per online core); every output is the same for any N\n"         \
	"  -h, --help            show this help\n"

static const struct command {
	const char *name;
	cli_command_fn *fn;
	const char *summary;
	const char *help;
} commands[] = {
	{"analyze", cmd_analyze, "what goes with your back pain: report and charts",
	 "usage: runlog analyze LOG.csv [options]\n"
	 "\n"
	 "Read a run log and report how back pain goes with consecutive running\n"
	 "days, skipped meals and strength training, with the remedy for each\n"
	 "finding. LOG.csv may be '-' for standard input.\n"
	 "\n"
	 "The log is CSV with a header row. Required columns: date (YYYY-MM-DD)\n"
	 "and pain (0-10, empty for no score). Optional: distance (or distance_km,\n"
	 "km; distance_mi, miles), duration (h:mm:ss, mm:ss or minutes), ate_before,\n"
	 "ate_after, strength (yes/no), notes, and athlete (or runner, name) for a log\n"
	 "of many runners, whose runs are pooled; streaks stay within one athlete.\n"
	 "\n"
	 "options:\n"
	 "  -f, --format FMT      report format: text (default), markdown, html or json\n"
	 "  -o, --out DIR         write the charts into DIR (default: plots)\n"
	 "  -O, --output FILE     write the report into FILE, whole or not at all\n"
	 "      --no-charts       do not draw charts\n"
	 "      --chart-format F  png (default) or svg\n"
	 "      --size WxH        chart size in pixels (default 1200x750, least 480x320)\n"
	 "      --scale N         the same charts at N times the pixels (1 to 8)\n"
	 "      --dpi D           the same as --scale D/96\n"
	 "      --draft           faster PNG charts, without smoothing\n"
	 "      --by athlete      add a table of each athlete analysed alone\n"
	 "      --plan PLAN.csv   analyse the self-experiment runlog plan made\n"
	 "      --since DATE      did a change made on DATE go with less pain? (or --change)\n"
	 "      --strict          any bad row is an error (exit 65) and nothing is written\n"
	 "      --today DATE      treat DATE as today (later dates are typos)\n"
	 HELP_INPUT_OPTIONS},
	{"weekly", cmd_weekly, "a report on one week, for cron",
	 "usage: runlog weekly LOG.csv [options]\n"
	 "\n"
	 "Report on one ISO week (Monday to Sunday): its runs, distance and pain\n"
	 "against the 4 weeks before, what happened and which remedy it calls for,\n"
	 "and the whole log's findings in brief. By default the week is the last\n"
	 "complete one before today. Writes DIR/YYYY-Www/ with report.md,\n"
	 "report.html, report.json, week_runs.png and last_12_weeks.png, and prints\n"
	 "a short summary for cron to mail. A week with no runs still gets its\n"
	 "folder, and the summary says \"no runs in YYYY-Www\".\n"
	 "\n"
	 "Files are written whole or not at all: all go into a hidden staging\n"
	 "folder that then takes the week's folder's place in one rename. A run that\n"
	 "fails or is killed leaves the earlier reports as they were. Two runs at\n"
	 "once take turns (a lock on DIR). The same log and --today give the same\n"
	 "bytes.\n"
	 "\n"
	 "options:\n"
	 "      --week YYYY-Www   report on this ISO week (such as 2025-W14)\n"
	 "      --today DATE      treat DATE (YYYY-MM-DD) as today, to pick the week\n"
	 "  -o, --out DIR         write the week's folder into DIR (default: reports)\n"
	 "  -q, --quiet           print nothing unless something is wrong\n"
	 "      --all             every athlete's week, into DIR/ATHLETE/YYYY-Www/, and\n"
	 "                        a roster in DIR/YYYY-Www/roster.{md,html,json}\n"
	 "      --plan PLAN.csv   add where the week stands in the plan runlog plan made\n"
	 "      --strict          any bad row is an error (exit 65) and nothing is written\n"
	 HELP_INPUT_OPTIONS},
	{"today", cmd_today, "what your log says about running today",
	 "usage: runlog today LOG.csv [options]\n"
	 "\n"
	 "What the log says about running today, for a morning mail: the run today\n"
	 "(its day in a row, the meal before it, the last strength session), the\n"
	 "distance of the last 7 and 28 days, and the pain the model of 'runlog\n"
	 "analyze' expects if you run today against if you rest today and run\n"
	 "tomorrow, each with a 95% prediction interval. Then one line of advice:\n"
	 "it names a remedy (rest, eat, strengthen) only when the run today has a\n"
	 "factor whose whole-log evidence is moderate or strong, and otherwise\n"
	 "says why it names none. In a log of many runners, give --athlete NAME.\n"
	 "\n"
	 "options:\n"
	 "  -f, --format FMT      text (default) or json\n"
	 "      --ate-before yes|no  whether you have eaten before the run (default:\n"
	 "                        not given; the log's share of runs without a meal)\n"
	 "      --today DATE      treat DATE as today (later dates are typos)\n"
	 "      --strict          any bad row is an error (exit 65)\n"
	 HELP_INPUT_OPTIONS},
	{"plan", cmd_plan, "a self-experiment: when to try a remedy, as CSV and calendar",
	 "usage: runlog plan rest|eat|strengthen --start DATE --out FILE.csv [options]\n"
	 "\n"
	 "Plan a self-experiment with one remedy: pairs of blocks of 1 or 2 weeks,\n"
	 "the remedy in one block of each pair and your usual habit in the other,\n"
	 "in an order drawn at random for each pair. The remedies: rest = no two\n"
	 "running days in a row; eat = a meal before and after every run;\n"
	 "strengthen = two strength sessions a week.\n"
	 "\n"
	 "Writes FILE.csv (lines starting with '#' that say what the plan is and what\n"
	 "to log in which column, then pair,block,arm,start,end: one row a block,\n"
	 "arm remedy or usual, dates inclusive) and FILE.ics beside it, one all-day\n"
	 "event a block for a phone's calendar; both or neither. Prints the blocks\n"
	 "and the seed: the same seed gives the same plan, byte for byte.\n"
	 "\n"
	 "options:\n"
	 "      --start DATE      the first day of the plan (YYYY-MM-DD)\n"
	 "      --weeks N         the plan's length (default: 8), a multiple of 2 blocks\n"
	 "      --block 1|2       weeks a block (default: 1)\n"
	 "      --seed N          draw the order from N (0 to 2^64-1; default: a new\n"
	 "                        seed, printed)\n"
	 "  -o, --out FILE.csv    the plan's file; the calendar is FILE.ics\n"
	 "  -h, --help            show this help\n"},
	{"diary", cmd_diary, "a pain diary to fill in, for a log without pain scores",
	 "usage: runlog diary LOG.csv [options] > diary.csv\n"
	 "\n"
	 "Print a pain diary for LOG: the header date,pain,ate_before,ate_after,\n"
	 "strength,notes and one row per running day, with an empty pain column\n"
	 "to fill in (0-10). LOG may be any log runlog reads, such as a Strava or\n"
	 "Garmin export. Then: runlog analyze LOG --diary diary.csv\n"
	 "\n"
	 "In a log of many runners, a diary is one runner's: give --athlete NAME.\n"
	 "\n"
	 "With --update FILE, add to the diary FILE a row for each running day it\n"
	 "has none for, keeping its rows byte for byte; FILE~ keeps the previous\n"
	 "file. A diary row runlog cannot read stops it, and nothing changes.\n"
	 "\n"
	 "options:\n"
	 "  -O, --output FILE     write the diary into FILE, whole or not at all\n"
	 "      --update FILE     add the new running days to the diary FILE, in place\n"
	 "      --strict          any bad row is an error (exit 65)\n"
	 "      --athlete NAME    only this athlete's runs, in a log with an athlete column\n"
	 "      --today DATE      treat DATE as today (later dates are typos)\n"
	 "      --date-format DMY|MDY|YMD  read slash dates (3/4/2025) in this order\n"
	 "                        (default: decided from the whole date column)\n"
	 "      --units km|mi     the unit of a distance column that does not say\n"
	 "      --yes WORD, --no WORD  a word of yours for yes or no (repeatable)\n"
	 "      --column ROLE=HEADER  read the column HEADER (of the log or the diary)\n"
	 "                        as ROLE: date, pain, distance, duration, ate_before,\n"
	 "                        ate_after, strength, notes or athlete\n"
	 "      --tz ZONE         the time zone of the runs' days\n"
	 "  -h, --help            show this help\n"},
};

#define NCOMMANDS (sizeof commands / sizeof *commands)

static const char exit_codes[] =
	"exit status:\n"
	"  0   success\n"
	"  64  usage error\n"
	"  65  the log is not usable (or a bad row with --strict)\n"
	"  66  the log cannot be opened\n"
	"  70  internal error\n"
	"  73  an output file or folder cannot be created\n"
	"  74  an output could not be written\n";

static void usage(FILE *o)
{
	fputs("usage: runlog COMMAND [options]\n"
	      "       runlog help COMMAND | runlog --help | runlog --version\n"
	      "\n"
	      "runlog reads a runner's CSV log and finds what goes with back pain.\n"
	      "\n"
	      "commands:\n",
	      o);
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(o, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fputs("\nRun 'runlog help COMMAND' for a command's options.\n\n", o);
	fputs(exit_codes, o);
}

static const struct command *find(const char *name)
{
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

static int finish_stdout(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cli_error("write error on standard output");
		return CLI_IOERR;
	}
	return rc;
}

static int help(const char *name)
{
	const struct command *c = find(name);
	if (!c) {
		cli_error("no such command '%s'", name);
		usage(stderr);
		return CLI_USAGE;
	}
	fputs(c->help, stdout);
	fputc('\n', stdout);
	fputs(exit_codes, stdout);
	return finish_stdout(CLI_OK);
}

int main(int argc, char **argv)
{
	const struct command *c;

	if (argc < 2) {
		usage(stderr);
		return CLI_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return finish_stdout(CLI_OK);
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
		puts("runlog " RUNLOG_VERSION);
		return finish_stdout(CLI_OK);
	}
	if (strcmp(argv[1], "help") == 0) {
		if (argc < 3) {
			usage(stdout);
			return finish_stdout(CLI_OK);
		}
		return help(argv[2]);
	}
	c = find(argv[1]);
	if (!c) {
		cli_error("'%s' is not a runlog command", argv[1]);
		usage(stderr);
		return CLI_USAGE;
	}
	outfile_clean_on_signals();
	/* The command's getopt finds -h and --help, and only where they are
	 * options, not an option's value (--out -h). */
	int rc = c->fn(argc - 1, argv + 1);
	return rc == CLI_HELP ? help(c->name) : finish_stdout(rc);
}
