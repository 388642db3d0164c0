/* floor_halves: the libcsv floor on two threads, for make bench.
 *
 * usage: floor_halves FILE.csv
 * Parses the file with libcsv in two halves at once, the second from the
 * first line past the middle, counting rows and fields and doing nothing
 * else: what a reader of two fixed halves can at best reach on two cores
 * (../shared/bench/csv_floor.c is the same on one). A quoted field with a
 * line break across the middle would be split wrongly; the bench's logs
 * have none. build: cc -O2 floor_halves.c -lcsv -lpthread */
#include <csv.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

struct half {
	const char *path;
	long from, to; /* bytes [from, to) of the file */
	long rows, fields;
	int failed;
};

static void on_field(void *s, size_t n, void *data)
{
	(void)s, (void)n;
	((struct half *)data)->fields++;
}

static void on_row(int c, void *data)
{
	(void)c;
	((struct half *)data)->rows++;
}

static void *parse(void *arg)
{
	static _Thread_local char buf[1 << 20];
	struct half *h = arg;
	struct csv_parser p;
	FILE *f = fopen(h->path, "rb");
	long left = h->to - h->from;

	if (!f || fseek(f, h->from, SEEK_SET) != 0 || csv_init(&p, 0) != 0) {
		h->failed = 1;
		if (f)
			fclose(f);
		return NULL;
	}
	while (!h->failed && left > 0) {
		size_t n = fread(buf, 1, left < (long)sizeof buf ? (size_t)left : sizeof buf, f);
		h->failed = n == 0 || csv_parse(&p, buf, n, on_field, on_row, h) != n;
		left -= (long)n;
	}
	csv_fini(&p, on_field, on_row, h);
	csv_free(&p);
	fclose(f);
	return NULL;
}

/* middle: the offset of the first line past the middle of the file */
static long middle(const char *path, long size)
{
	FILE *f = fopen(path, "rb");
	long at = size / 2;
	int c = 0;

	if (!f || fseek(f, at, SEEK_SET) != 0)
		return size;
	while ((c = getc(f)) != EOF && c != '\n')
		at++;
	fclose(f);
	return c == EOF ? size : at + 1;
}

int main(int argc, char **argv)
{
	struct stat st;
	struct half h[2];
	pthread_t t;

	if (argc != 2 || stat(argv[1], &st) != 0) {
		fprintf(stderr, "usage: floor_halves FILE.csv\n");
		return 66;
	}
	h[0] = (struct half){ argv[1], 0, middle(argv[1], st.st_size), 0, 0, 0 };
	h[1] = (struct half){ argv[1], h[0].to, st.st_size, 0, 0, 0 };
	if (pthread_create(&t, NULL, parse, &h[1]) != 0)
		return 71;
	parse(&h[0]);
	pthread_join(t, NULL);
	if (h[0].failed || h[1].failed) {
		fprintf(stderr, "floor_halves: %s: cannot read or parse\n", argv[1]);
		return 65;
	}
	printf("%ld rows, %ld fields\n", h[0].rows + h[1].rows, h[0].fields + h[1].fields);
	return 0;
}
