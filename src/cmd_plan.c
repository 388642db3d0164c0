/* runlog plan: a self-experiment's plan, as CSV and iCalendar. */
#define _GNU_SOURCE /* getrandom */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "runlog/cli.h"
#include "runlog/date.h"
#include "runlog/findings_plan.h"
#include "runlog/outfile.h"
#include "runlog/plan.h"
#include "runlog/safe.h"

struct options {
	enum plan_remedy remedy;
	int32_t start;
	int weeks, block_weeks;
	uint64_t seed;
	int seed_given, start_given, help;
	const char *out;
};

enum { OPT_START = 256, OPT_WEEKS, OPT_BLOCK, OPT_SEED };

/* A whole number of weeks, for --weeks and --block. Returns 0, or -1. */
static int weeks_value(const char *arg, int *v)
{
	uint64_t u;
	if (plan_seed_parse(arg, &u) != 0 || u > 1000)
		return -1;
	*v = (int)u;
	return 0;
}

/* --start: exactly YYYY-MM-DD, a day of the calendar. */
static int start_option(const char *arg, struct options *o)
{
	const char *why = "is not a date (expected YYYY-MM-DD)";
	if (date_parse_iso(arg, &o->start, &why) != 0 || strlen(arg) != 10)
		return cli_error("--start: '%s' %s", arg, why), -1;
	o->start_given = 1;
	return 0;
}

static int option(int c, const char *arg, struct options *o)
{
	switch (c) {
	case 'h':
		o->help = 1;
		return 0;
	case OPT_START:
		return start_option(arg, o);
	case OPT_WEEKS:
		if (weeks_value(arg, &o->weeks) != 0)
			return cli_error("--weeks: '%s' is not a number of weeks", arg), -1;
		return 0;
	case OPT_BLOCK:
		if (strcmp(arg, "1") != 0 && strcmp(arg, "2") != 0)
			return cli_error("--block: '%s' is not 1 or 2 (weeks)", arg), -1;
		o->block_weeks = arg[0] - '0';
		return 0;
	case OPT_SEED:
		if (plan_seed_parse(arg, &o->seed) != 0)
			return cli_error("--seed: '%s' is not a whole number from 0 to %" PRIu64, arg,
					 UINT64_MAX), -1;
		o->seed_given = 1;
		return 0;
	case 'o':
		if (!*arg || arg[strlen(arg) - 1] == '/')
			return cli_error("--out: '%s' is not a file name (such as plan.csv)", arg), -1;
		o->out = arg;
		return 0;
	default:
		return 1;
	}
}

/* The remedy, after the options. Returns 0, or -1 after a usage error. */
static int remedy_arg(int argc, char **argv, struct options *o)
{
	if (optind >= argc)
		return cli_error("plan: no remedy given: rest, eat or strengthen"), -1;
	if (optind + 1 < argc)
		return cli_error("plan: one remedy at a time; '%s' is extra", argv[optind + 1]), -1;
	if (plan_remedy_parse(argv[optind], &o->remedy) != 0)
		return cli_error("plan: '%s' is not a remedy: rest, eat or strengthen", argv[optind]), -1;
	return 0;
}

/* --weeks must make whole pairs of blocks: say the nearest lengths that do. */
static int weeks_check(const struct options *o)
{
	int lo, hi;
	if (plan_weeks_check(o->weeks, o->block_weeks, &lo, &hi) == 0) {
		if (plan_fits(o->start, o->weeks) == 0)
			return 0;
		char day[16];
		cli_error("--start: '%s': a plan of %d weeks would end after 9999", date_format(o->start, day),
			  o->weeks);
		return -1;
	}
	if (lo && hi)
		cli_error("--weeks: '%d' is not a whole number of pairs of %d-week blocks; the nearest "
			  "are %d and %d", o->weeks, o->block_weeks, lo, hi);
	else if (hi)
		cli_error("--weeks: '%d' is not a whole number of pairs of %d-week blocks; the nearest "
			  "is %d", o->weeks, o->block_weeks, hi);
	else
		cli_error("--weeks: '%d' is more than %d weeks (two years); the nearest is %d", o->weeks,
			  PLAN_WEEKS_MAX, lo);
	return -1;
}

static int parse_args(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{"start", required_argument, NULL, OPT_START},
		{"weeks", required_argument, NULL, OPT_WEEKS},
		{"block", required_argument, NULL, OPT_BLOCK},
		{"seed", required_argument, NULL, OPT_SEED},
		{"out", required_argument, NULL, 'o'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	int c;
	*o = (struct options){.weeks = PLAN_WEEKS_DEFAULT, .block_weeks = 1};
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":ho:", longopts, NULL)) != -1) {
		int taken = option(c, optarg, o);
		if (taken < 0)
			return -1;
		if (taken > 0)
			return cli_bad_option(c, argv);
	}
	if (o->help)
		return -1;
	if (remedy_arg(argc, argv, o) != 0)
		return -1;
	if (!o->start_given)
		return cli_error("plan: --start DATE is needed: the plan's first day (YYYY-MM-DD)"), -1;
	if (!o->out)
		return cli_error("plan: --out FILE is needed (such as --out plan.csv)"), -1;
	return weeks_check(o);
}

/* A seed when none is given, below 2^32 so that it is short to copy. */
static uint64_t draw_seed(void)
{
	uint32_t r;
	struct timespec ts;
	if (getrandom(&r, sizeof r, GRND_NONBLOCK) == (ssize_t)sizeof r)
		return r;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint32_t)((uint64_t)ts.tv_sec * 1000003u ^ (uint64_t)ts.tv_nsec ^ (uint64_t)getpid());
}

/* The calendar's file name, into ics (size bytes): --out's, its .csv (if
 * any) replaced by .ics. Returns an exit code, after the error. */
static int ics_name(const char *out, char *ics, size_t size)
{
	size_t len = strlen(out), stem = len;
	struct stat sb;
	if (stat(out, &sb) == 0 && S_ISDIR(sb.st_mode))
		return cli_error("--out: '%s' is a folder; give the plan's file name, such as '%s/plan.csv'",
				 out, out), CLI_USAGE;
	if (len >= 4 && strcasecmp(out + len - 4, ".ics") == 0)
		return cli_error("--out: '%s' would be the calendar's name too; give the plan's CSV name, "
				 "such as 'plan.csv'", out), CLI_USAGE;
	if (len >= 4 && strcasecmp(out + len - 4, ".csv") == 0)
		stem = len - 4;
	if (stem + 5 > size)
		return cli_output_error(out, ENAMETOOLONG);
	snprintf(ics, size, "%.*s.ics", (int)stem, out);
	return CLI_OK;
}

/* One file of the plan into the set. Returns an exit code. */
static int add_file(struct outfile_set *set, const char *name, const struct plan *p, int ics)
{
	FILE *fp = outfile_set_add(set, name);
	if (!fp)
		return cli_output_error(set->where, errno);
	int bad = (ics ? plan_write_ics(fp, p) : plan_write_csv(fp, p)) != 0;
	int e = errno;
	if (outfile_set_close(set, fp) != 0 || bad)
		return cli_output_error(set->where, bad ? (e ? e : EIO) : errno);
	return CLI_OK;
}

/* plan.csv and plan.ics, both or neither (see outfile_set). Returns an
 * exit code. */
static int write_plan(const char *out, const char *ics, const struct plan *p)
{
	struct outfile_set set;
	const char *base, *ics_base = strrchr(ics, '/') ? strrchr(ics, '/') + 1 : ics;
	char dir[4096];
	int fd = outfile_open_parent(out, &base), rc = CLI_OK;
	if (fd < 0)
		return cli_output_error(out, errno);
	if (base == out || base == out + 1) /* "plan.csv", "/plan.csv" */
		snprintf(dir, sizeof dir, "%s", base == out ? "." : "/");
	else
		snprintf(dir, sizeof dir, "%.*s", (int)(base - out - 1), out);
	if (outfile_set_open(&set, OUTFILE_SET_FILES, fd, dir, NULL) != 0)
		rc = cli_output_error(set.where, errno);
	if (rc == CLI_OK)
		rc = add_file(&set, base, p, 0);
	if (rc == CLI_OK)
		rc = add_file(&set, ics_base, p, 1);
	if (rc == CLI_OK && outfile_set_publish(&set) != 0)
		rc = cli_output_error(set.where, errno);
	outfile_set_free(&set);
	close(fd);
	return rc;
}

/* What was written, the seed and the blocks, on stdout. */
static void print_plan(const char *out, const char *ics, const struct plan *p)
{
	const struct plan_text *t = plan_remedy_text(p->remedy);
	char a[16], b[16], cmd[PLAN_COMMAND_MAX];
	fputs("wrote ", stdout);
	safe_term_put(stdout, out, strlen(out));
	fputs(" and ", stdout);
	safe_term_put(stdout, ics, strlen(ics));
	printf("\n%s, %d weeks from %s to %s: %zu pairs of %d-week blocks\n", t->name, p->weeks,
	       date_format(p->start, a), date_format(p->blocks[p->n - 1].end, b), p->n / 2, p->block_weeks);
	/* The command, over two lines a shell joins, so that it fits in 80
	 * columns: its --seed (a number of up to 20 digits) starts the second. */
	plan_command(p, cmd, sizeof cmd);
	char *seed = strstr(cmd, " --seed ");
	*seed = '\0';
	printf("seed %" PRIu64 "; to make the same plan again:\n  %s \\\n    %s --out ", p->seed, cmd, seed + 1);
	safe_term_put(stdout, out, strlen(out));
	fputc('\n', stdout);
	/* The smallest p of the randomisation test is 1 / 2^pairs. */
	if (p->n / 2 < FINDINGS_PLAN_CLEAR_PAIRS)
		printf("note: with %zu pairs the randomisation p cannot go below 1/%lu, so this\n"
		       "  plan cannot tell clearly whether %s helps; --weeks %d or more can\n",
		       p->n / 2, 1ul << (p->n / 2), t->name, 2 * FINDINGS_PLAN_CLEAR_PAIRS * p->block_weeks);
	for (size_t i = 0; i < p->n; i++) {
		const struct plan_block *k = &p->blocks[i];
		printf("block %d  %s to %s  %s: %s\n", k->block, date_format(k->start, a), date_format(k->end, b),
		       plan_arm_name(k->arm), k->arm == PLAN_REMEDY ? t->rule : t->usual);
	}
}

int cmd_plan(int argc, char **argv)
{
	struct options o;
	struct plan p;
	if (parse_args(argc, argv, &o) != 0)
		return o.help ? CLI_HELP : CLI_USAGE;
	char ics[PATH_MAX];
	int rc = ics_name(o.out, ics, sizeof ics);
	if (rc != CLI_OK)
		return rc;
	plan_make(&p, o.remedy, o.start, o.weeks, o.block_weeks, o.seed_given ? o.seed : draw_seed());
	rc = write_plan(o.out, ics, &p);
	if (rc == CLI_OK)
		print_plan(o.out, ics, &p);
	return rc;
}
