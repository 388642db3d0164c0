/* plan.h - a self-experiment (an N-of-1 trial) for one remedy.
 *
 * A plan is made of pairs of blocks of 1 or 2 weeks: in one block of each
 * pair the runner follows the remedy, in the other their usual habit, in
 * an order drawn at random for each pair. `runlog plan` makes one and
 * writes it as CSV (plan_write_csv) and iCalendar (plan_write_ics);
 * `runlog analyze --plan` reads the CSV back (plan_read).
 *
 * The random order comes from splitmix64 (Steele, Lea and Flood, "Fast
 * splittable pseudorandom number generators", OOPSLA 2014; Vigna's
 * public-domain splitmix64.c), implemented here with 64-bit unsigned
 * arithmetic only, so that a seed gives the same plan on every machine:
 * pair k (from 1) takes the k-th output of the generator started at the
 * seed, and its top bit set puts the remedy first.
 */
#ifndef RUNLOG_PLAN_H
#define RUNLOG_PLAN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* The remedies a plan can test, in the order the article gives them. */
enum plan_remedy { PLAN_REST, PLAN_EAT, PLAN_STRENGTHEN, PLAN_NREMEDIES };

/* The arm of a block: the runner's usual habit, or the remedy. */
enum plan_arm { PLAN_USUAL, PLAN_REMEDY };

/* The arm's name in a plan's rows: "usual" or "remedy". */
const char *plan_arm_name(enum plan_arm a);

/* Limits: the default length, and the longest plan (two years). */
#define PLAN_WEEKS_DEFAULT 8
#define PLAN_WEEKS_MAX 104
#define PLAN_BLOCKS_MAX PLAN_WEEKS_MAX

/* One block: dates are day numbers (date.h), start and end inclusive. */
struct plan_block {
	int pair;          /* from 1 */
	int block;         /* from 1, over the whole plan */
	enum plan_arm arm;
	int32_t start, end;
};

struct plan {
	enum plan_remedy remedy;
	uint64_t seed;
	int32_t start;     /* the first day */
	int weeks;         /* the whole plan */
	int block_weeks;   /* 1 or 2 */
	size_t n;          /* blocks: weeks / block_weeks */
	struct plan_block blocks[PLAN_BLOCKS_MAX];
};

/* The next output of splitmix64, advancing *state. */
uint64_t plan_rng_next(uint64_t *state);

/* The remedy named name ("rest", "eat" or "strengthen"). Returns 0, or -1
 * when name is none of them. */
int plan_remedy_parse(const char *name, enum plan_remedy *r);

/* What a plan says about its remedy, in a runner's words: one definition
 * for the CSV's header, the calendar's events and the command's output. */
struct plan_text {
	const char *name;      /* "rest", as plan_remedy_parse reads it */
	const char *rule;      /* "no two running days in a row" */
	const char *doing;     /* the remedy as a subject: "resting every other day" */
	const char *remedy_do; /* what to do in a remedy block, and why */
	const char *usual_do;  /* what to do in a usual block */
	const char *usual;     /* the usual block's title ("your usual running") */
	const char *log;       /* what to log in which column of the log */
};

/* The words for remedy r. */
const struct plan_text *plan_remedy_text(enum plan_remedy r);

/* Read a seed: decimal digits only, 0 to UINT64_MAX. Returns 0, or -1. */
int plan_seed_parse(const char *s, uint64_t *seed);

/* Whether weeks is a valid length for blocks of block_weeks (1 or 2): a
 * multiple of 2 * block_weeks from 2 * block_weeks to PLAN_WEEKS_MAX.
 * Returns 0, or -1 with *lower and *upper set to the nearest valid
 * lengths below and above it (*lower is 0 when there is none below, and
 * *upper 0 when there is none above). */
int plan_weeks_check(int weeks, int block_weeks, int *lower, int *upper);

/* Whether a plan of weeks from start ends by 9999-12-31, the last day a
 * YYYY-MM-DD date can name. Returns 0, or -1. */
int plan_fits(int32_t start, int weeks);

/* Fill p with the plan for remedy from start, weeks long (checked with
 * plan_weeks_check first) in blocks of block_weeks, in the order seed
 * draws. */
void plan_make(struct plan *p, enum plan_remedy remedy, int32_t start, int weeks, int block_weeks,
	       uint64_t seed);

/* The command that makes p again, without its --out, into buf (size
 * PLAN_COMMAND_MAX will do). Returns buf. */
#define PLAN_COMMAND_MAX 128
char *plan_command(const struct plan *p, char *buf, size_t size);

/* Write p as CSV: '#' lines saying what the plan is, how to reproduce it
 * and what to log in which column of the log, then the header
 * pair,block,arm,start,end and one row a block. Returns 0, or -1 when
 * the stream failed. */
int plan_write_csv(FILE *out, const struct plan *p);

/* Write p as an iCalendar file (RFC 5545): one all-day event a block.
 * The bytes depend on p alone (see plan_ics.c for the UID and DTSTAMP).
 * Returns 0, or -1 when the stream failed. */
int plan_write_ics(FILE *out, const struct plan *p);

/* Why plan_read refused a file: the line (0 for the whole file) and what. */
struct plan_error {
	unsigned long line;
	char msg[256];
};

/* Read a plan written by plan_write_csv from in, and check it: the
 * header lines for remedy, seed, start, weeks and block weeks, then one
 * row a block, pairs in order, each with one remedy and one usual block,
 * the blocks back to back from the start, block_weeks long. Returns 0, or
 * -1 with err set (p is then unspecified). */
int plan_read(FILE *in, struct plan *p, struct plan_error *err);

#endif
