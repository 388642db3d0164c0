/* A self-experiment's plan: its random order and its CSV. */
#include "runlog/plan.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/date.h"

/* The article's three remedies, paraphrased for a runner with a calendar. */
static const struct plan_text texts[PLAN_NREMEDIES] = {
	[PLAN_REST] = {
		.name = "rest",
		.rule = "no two running days in a row",
		.doing = "resting every other day",
		.remedy_do = "Never run two days in a row: after every running day, take a day off "
			     "running (a walk is fine). The day off gives your back muscles time to "
			     "mend before the next run.",
		.usual_do = "Run on the days you usually would, back-to-back days included.",
		.usual = "your usual running days",
		.log = "every run as a row with its date and its pain (0-10) in the pain column; "
		       "runlog counts the days in a row from the dates",
	},
	[PLAN_EAT] = {
		.name = "eat",
		.rule = "a meal before and after every run",
		.doing = "eating a meal before and after every run",
		.remedy_do = "Eat a proper meal before every run and another one after it: some "
			     "protein, some carbohydrate, fruit or vegetables. The meal before shields "
			     "the muscle; the one after helps it mend.",
		.usual_do = "Eat around your runs as you usually do.",
		.usual = "your usual meals around runs",
		.log = "every run as a row with its date, its pain (0-10) in the pain column, and "
		       "yes or no in the ate_before and ate_after columns",
	},
	[PLAN_STRENGTHEN] = {
		.name = "strengthen",
		.rule = "two strength sessions a week",
		.doing = "doing two strength sessions a week",
		.remedy_do = "Fit two strength sessions for your back into every week: pull-ups, "
			     "reverse dumbbell flys and deadlifts. A stronger back holds you steadier "
			     "and takes more of each stride's jolt.",
		.usual_do = "Keep to your usual routine: no strength work beyond what you usually do.",
		.usual = "your usual routine",
		.log = "every run as a row with its date and its pain (0-10) in the pain column, "
		       "and every strength session as yes in the strength column (a row of its own "
		       "with the date, or the run's row on a running day)",
	},
};

uint64_t plan_rng_next(uint64_t *state)
{
	uint64_t z = (*state += UINT64_C(0x9e3779b97f4a7c15));
	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

int plan_remedy_parse(const char *name, enum plan_remedy *r)
{
	for (int i = 0; i < PLAN_NREMEDIES; i++)
		if (strcmp(name, texts[i].name) == 0) {
			*r = (enum plan_remedy)i;
			return 0;
		}
	return -1;
}

const struct plan_text *plan_remedy_text(enum plan_remedy r)
{
	return &texts[r];
}

int plan_weeks_check(int weeks, int block_weeks, int *lower, int *upper)
{
	int pair = 2 * block_weeks, max = PLAN_WEEKS_MAX / pair * pair;
	if (weeks >= pair && weeks <= max && weeks % pair == 0)
		return 0;
	if (weeks > max) {
		*lower = max;
		*upper = 0;
	} else {
		*lower = weeks < pair ? 0 : weeks / pair * pair;
		*upper = weeks < pair ? pair : *lower + pair;
	}
	return -1;
}

int plan_fits(int32_t start, int weeks)
{
	return start + 7 * (int32_t)weeks - 1 <= date_from_ymd(9999, 12, 31) ? 0 : -1;
}

void plan_make(struct plan *p, enum plan_remedy remedy, int32_t start, int weeks, int block_weeks,
	       uint64_t seed)
{
	uint64_t state = seed;
	int32_t days = 7 * block_weeks;
	*p = (struct plan){.remedy = remedy, .seed = seed, .start = start, .weeks = weeks,
			   .block_weeks = block_weeks, .n = (size_t)(weeks / block_weeks)};
	for (size_t i = 0; i < p->n; i += 2) {
		int remedy_first = (int)(plan_rng_next(&state) >> 63);
		for (size_t j = 0; j < 2; j++) {
			struct plan_block *b = &p->blocks[i + j];
			b->pair = (int)(i / 2) + 1;
			b->block = (int)(i + j) + 1;
			b->arm = (j == 0) == remedy_first ? PLAN_REMEDY : PLAN_USUAL;
			b->start = start + (int32_t)(i + j) * days;
			b->end = b->start + days - 1;
		}
	}
}

/* The header lines plan_read reads back: "# KEY: VALUE". */
enum key { KEY_REMEDY, KEY_SEED, KEY_START, KEY_WEEKS, KEY_BLOCK, NKEYS };
static const char *const keys[NKEYS] = {"remedy", "seed", "start", "weeks", "block weeks"};

/* The columns of a block's row, in order. */
#define PLAN_COLUMNS "pair,block,arm,start,end"
static const char *const arms[] = {[PLAN_USUAL] = "usual", [PLAN_REMEDY] = "remedy"};

static void write_keys(FILE *out, const struct plan *p)
{
	const struct plan_text *t = plan_remedy_text(p->remedy);
	char day[16];
	fprintf(out, "# %s: %s\n", keys[KEY_REMEDY], t->name);
	fprintf(out, "# rule: %s\n", t->rule);
	fprintf(out, "# %s: %" PRIu64 "\n", keys[KEY_SEED], p->seed);
	fprintf(out, "# %s: %s\n", keys[KEY_START], date_format(p->start, day));
	fprintf(out, "# %s: %d\n", keys[KEY_WEEKS], p->weeks);
	fprintf(out, "# %s: %d\n", keys[KEY_BLOCK], p->block_weeks);
}

char *plan_command(const struct plan *p, char *buf, size_t size)
{
	char day[16];
	snprintf(buf, size, "runlog plan %s --start %s --weeks %d --block %d --seed %" PRIu64,
		 plan_remedy_text(p->remedy)->name, date_format(p->start, day), p->weeks, p->block_weeks,
		 p->seed);
	return buf;
}

int plan_write_csv(FILE *out, const struct plan *p)
{
	const struct plan_text *t = plan_remedy_text(p->remedy);
	char a[16], b[16], cmd[PLAN_COMMAND_MAX];
	fputs("# runlog plan: a self-experiment. In each pair of blocks, one (drawn at random) is\n"
	      "# for the remedy and the other for your usual habit; the order is the seed's.\n",
	      out);
	write_keys(out, p);
	fprintf(out, "# reproduce: %s --out plan.csv\n", plan_command(p, cmd, sizeof cmd));
	fprintf(out, "# remedy blocks: %s\n", t->remedy_do);
	fprintf(out, "# usual blocks: %s\n", t->usual_do);
	fprintf(out, "# log, in every block: %s\n", t->log);
	fputs(PLAN_COLUMNS "\n", out);
	for (size_t i = 0; i < p->n; i++) {
		const struct plan_block *k = &p->blocks[i];
		fprintf(out, "%d,%d,%s,%s,%s\n", k->pair, k->block, arms[k->arm],
			date_format(k->start, a), date_format(k->end, b));
	}
	return ferror(out) ? -1 : 0;
}

const char *plan_arm_name(enum plan_arm a)
{
	return arms[a];
}

int plan_seed_parse(const char *s, uint64_t *seed)
{
	uint64_t v = 0;
	if (!*s)
		return -1;
	for (; *s; s++) {
		unsigned d = (unsigned)(*s - '0');
		if (d > 9 || v > (UINT64_MAX - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	*seed = v;
	return 0;
}

/* What plan_read has seen so far. */
struct reader {
	struct plan *p;
	struct plan_error *err;
	unsigned long line;
	unsigned have;       /* a bit per key read */
	int in_rows;         /* past the PLAN_COLUMNS line */
	size_t rows;
	struct plan want;    /* the plan the keys describe */
};

static int fail(struct reader *r, unsigned long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(struct reader *r, unsigned long line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	r->err->line = line;
	vsnprintf(r->err->msg, sizeof r->err->msg, fmt, ap);
	va_end(ap);
	return -1;
}

/* A small whole number in s, for weeks and block weeks. */
static int small_number(const char *s, int *v)
{
	uint64_t u;
	if (plan_seed_parse(s, &u) != 0 || u > PLAN_WEEKS_MAX * 10)
		return -1;
	*v = (int)u;
	return 0;
}

/* "# KEY: VALUE": take the value of a key plan_read needs. */
static int read_key(struct reader *r, const char *s)
{
	for (int k = 0; k < NKEYS; k++) {
		size_t len = strlen(keys[k]);
		if (strncmp(s, "# ", 2) != 0 || strncmp(s + 2, keys[k], len) != 0 || strncmp(s + 2 + len, ": ", 2))
			continue;
		const char *v = s + 4 + len;
		int bad = 0;
		if (k == KEY_REMEDY)
			bad = plan_remedy_parse(v, &r->p->remedy);
		else if (k == KEY_SEED)
			bad = plan_seed_parse(v, &r->p->seed);
		else if (k == KEY_START)
			bad = date_parse_ymd(v, strlen(v), &r->p->start);
		else
			bad = small_number(v, k == KEY_WEEKS ? &r->p->weeks : &r->p->block_weeks);
		if (k == KEY_BLOCK && !bad)
			bad = r->p->block_weeks != 1 && r->p->block_weeks != 2;
		if (bad)
			return fail(r, r->line, "%s: '%s' cannot be read", keys[k], v);
		r->have |= 1u << k;
	}
	return 0;
}

/* The PLAN_COLUMNS line: every key must be known, and describe a plan. */
static int start_rows(struct reader *r)
{
	struct plan *p = r->p;
	int lo, hi;
	for (int k = 0; k < NKEYS; k++)
		if (!(r->have & (1u << k)))
			return fail(r, r->line, "no '# %s:' line before the header", keys[k]);
	if (plan_weeks_check(p->weeks, p->block_weeks, &lo, &hi) != 0)
		return fail(r, r->line, "weeks: '%d' is not a whole number of pairs of %d-week blocks", p->weeks,
			    p->block_weeks);
	if (plan_fits(p->start, p->weeks) != 0)
		return fail(r, r->line, "weeks: a plan of %d weeks from its start would end after 9999", p->weeks);
	plan_make(&r->want, p->remedy, p->start, p->weeks, p->block_weeks, p->seed);
	r->in_rows = 1;
	return 0;
}

/* One block's row, which must be the block the seed planned. */
static int read_row(struct reader *r, char *s)
{
	char *f[5], *save = NULL, want[64], got[64], a[16], b[16], whole[80];
	int nf = 0;
	snprintf(whole, sizeof whole, "%s", s);
	for (char *t = strtok_r(s, ",", &save); t && nf < 5; t = strtok_r(NULL, ",", &save))
		f[nf++] = t;
	if (nf != 5 || strtok_r(NULL, ",", &save))
		return fail(r, r->line, "'%s' is not a row of %s", whole, PLAN_COLUMNS);
	if (r->rows == r->want.n)
		return fail(r, r->line, "a row past the plan's %zu blocks", r->want.n);
	const struct plan_block *k = &r->want.blocks[r->rows];
	snprintf(want, sizeof want, "%d,%d,%s,%s,%s", k->pair, k->block, arms[k->arm], date_format(k->start, a),
		 date_format(k->end, b));
	snprintf(got, sizeof got, "%.9s,%.9s,%.9s,%.12s,%.12s", f[0], f[1], f[2], f[3], f[4]);
	if (strcmp(want, got) != 0)
		return fail(r, r->line, "'%s' is not the block the header's seed and dates plan ('%s')", got, want);
	r->p->blocks[r->rows++] = *k;
	return 0;
}

static int read_line(struct reader *r, char *s)
{
	size_t len = strlen(s);
	while (len && (s[len - 1] == '\n' || s[len - 1] == '\r'))
		s[--len] = '\0';
	if (!len)
		return 0;
	if (r->in_rows)
		return read_row(r, s);
	if (s[0] == '#')
		return read_key(r, s);
	if (strcmp(s, PLAN_COLUMNS) != 0)
		return fail(r, r->line, "'%s' is not the header %s", s, PLAN_COLUMNS);
	return start_rows(r);
}

int plan_read(FILE *in, struct plan *p, struct plan_error *err)
{
	struct reader r = {.p = p, .err = err};
	char *buf = NULL;
	size_t cap = 0;
	int rc = 0;
	*p = (struct plan){0};
	*err = (struct plan_error){0};
	while (rc == 0 && getline(&buf, &cap, in) != -1) {
		r.line++;
		rc = read_line(&r, buf);
	}
	free(buf);
	if (rc == 0 && ferror(in))
		rc = fail(&r, 0, "cannot be read");
	else if (rc == 0 && !r.in_rows)
		rc = fail(&r, 0, "no header %s", PLAN_COLUMNS);
	else if (rc == 0 && r.rows < r.want.n)
		rc = fail(&r, 0, "rows for %zu of the plan's %zu blocks", r.rows, r.want.n);
	p->n = r.rows;
	return rc;
}
