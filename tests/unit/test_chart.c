/* chart.c: what the charts draw, read back from the PNG.
 *
 * Logs go through the real pipeline (ingest_stream on fmemopen'd CSV,
 * features_build, stats_analyze, findings_build, stats_series_build), each
 * chart is drawn into a tmpfile() as a draft PNG (no anti-aliasing, so
 * a bar's pixels are exactly its colour), and libpng decodes it again.
 *
 * The pain-by-streak bars are found by scanning the image, not by copying
 * the chart's margins (see find_bars): runs of columns of the bar colours
 * (0x0072b2 for days 1-2, 0xd55e00 for day 3 on) standing on the lowest
 * bar-coloured row, each bar's top the highest row of its colour over its
 * columns (the black whisker covers only the centre ones).
 */
#include "testutil.h"

#include <math.h>
#include <png.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "runlog/chart.h"
#include "runlog/cli.h"
#include "runlog/date.h"
#include "runlog/features.h"
#include "runlog/findings.h"
#include "runlog/ingest.h"
#include "runlog/stats.h"

#define W 1200
#define H 750
#define BLUE 0x0072b2u
#define ORANGE 0xd55e00u
#define MIN_BAR_PX 40
#define MAX_BARS 16

/* ---- a CSV log written line by line ---- */

struct csv {
	char text[32768];
	size_t len;
};

static void csv_add(struct csv *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(c->text + c->len, sizeof c->text - c->len, fmt, ap);
	va_end(ap);
	assert_true(n >= 0 && (size_t)n < sizeof c->text - c->len);
	c->len += (size_t)n;
}

/* "YYYY-MM-DD" of a day number, written into buf. */
static const char *iso(int32_t day, char buf[11])
{
	return date_format(day, buf);
}

/* ---- the pipeline ---- */

struct analysis {
	struct ingest_log log;
	struct features feat;
	struct stats_result st;
	struct findings fd;
	struct stats_series series;
	struct chart_data cd;
};

static void analyze_stream(struct analysis *a, FILE *fp)
{
	struct ingest_opts opts = {0};
	struct ingest_error err;
	assert_non_null(fp);
	memset(a, 0, sizeof *a);
	ingest_init(&a->log);
	assert_int_equal(ingest_stream(fp, &opts, &a->log, &err), INGEST_OK);
	fclose(fp);
	assert_int_equal(a->log.skipped, 0);
	int has_distance = (a->log.columns & INGEST_HAS_DISTANCE) != 0;
	assert_int_equal(features_build(&a->log, &a->feat), 0);
	assert_int_equal(stats_analyze(&a->feat, &a->st), 0);
	findings_build(&a->st, &a->fd);
	assert_int_equal(stats_series_build(&a->feat, has_distance, &a->series), 0);
	a->cd = (struct chart_data){.feat = &a->feat, .st = &a->st, .series = &a->series, .fd = &a->fd,
				    .has_distance = has_distance};
}

static void analyze(struct analysis *a, const struct csv *c)
{
	analyze_stream(a, fmemopen((void *)c->text, c->len, "r"));
}

static void analysis_free(struct analysis *a)
{
	stats_series_free(&a->series);
	features_free(&a->feat);
	ingest_free(&a->log);
}

/* ---- drawing and decoding ---- */

static FILE *draw_sized(enum chart_kind k, const struct chart_data *d, enum plot_format fmt,
			int draft, int w, int h)
{
	struct chart_opts o = {.fmt = fmt, .w = w, .h = h, .draft = draft};
	FILE *fp = tmpfile();
	assert_non_null(fp);
	struct plot_lib *lib = plot_lib_open(chart_needs_raster(&o), NULL, 0);
	assert_non_null(lib);
	if (chart_draw(lib, k, fp, &o, d) != 0)
		fail_msg("chart_draw(%s) failed", chart_name(k));
	plot_lib_close(lib);
	assert_int_equal(fflush(fp), 0);
	rewind(fp);
	return fp;
}

static FILE *draw(enum chart_kind k, const struct chart_data *d, enum plot_format fmt, int draft)
{
	return draw_sized(k, d, fmt, draft, W, H);
}

static unsigned char *slurp(FILE *fp, size_t *len)
{
	size_t cap = 1 << 16, n = 0, got;
	unsigned char *buf = malloc(cap);
	assert_non_null(buf);
	rewind(fp);
	while ((got = fread(buf + n, 1, cap - n, fp)) > 0) {
		n += got;
		if (n == cap) {
			unsigned char *bigger = realloc(buf, cap *= 2);
			assert_non_null(bigger);
			buf = bigger;
		}
	}
	assert_false(ferror(fp));
	*len = n;
	return buf;
}

struct image {
	int w, h;
	unsigned char *rgb; /* w * h * 3, top row first */
};

/* Decode a PNG stream into 8-bit RGB. Returns 0, or -1 when it is not a PNG
 * libpng can read. */
static int png_decode(FILE *fp, struct image *img)
{
	unsigned char sig[8];
	img->w = img->h = 0;
	img->rgb = NULL;
	if (fread(sig, 1, 8, fp) != 8 || png_sig_cmp(sig, 0, 8) != 0)
		return -1;
	png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
	png_infop info = png ? png_create_info_struct(png) : NULL;
	if (!info) {
		png_destroy_read_struct(&png, NULL, NULL);
		return -1;
	}
	if (setjmp(png_jmpbuf(png))) {
		png_destroy_read_struct(&png, &info, NULL);
		free(img->rgb);
		img->rgb = NULL;
		return -1;
	}
	png_init_io(png, fp);
	png_set_sig_bytes(png, 8);
	png_read_info(png, info);
	png_set_expand(png);
	png_set_strip_16(png);
	png_set_strip_alpha(png);
	png_set_gray_to_rgb(png);
	int passes = png_set_interlace_handling(png);
	png_read_update_info(png, info);
	png_uint_32 w = png_get_image_width(png, info), h = png_get_image_height(png, info);
	if (w == 0 || h == 0 || w > 100000 || h > 100000 || png_get_rowbytes(png, info) != (size_t)w * 3) {
		png_destroy_read_struct(&png, &info, NULL);
		return -1;
	}
	img->rgb = malloc((size_t)w * h * 3);
	if (!img->rgb)
		png_error(png, "out of memory");
	for (int pass = 0; pass < passes; pass++)
		for (png_uint_32 y = 0; y < h; y++)
			png_read_row(png, img->rgb + (size_t)y * w * 3, NULL);
	png_read_end(png, NULL);
	png_destroy_read_struct(&png, &info, NULL);
	img->w = (int)w;
	img->h = (int)h;
	return 0;
}

static void decode_chart(FILE *fp, enum chart_kind k, struct image *img)
{
	rewind(fp);
	if (png_decode(fp, img) != 0)
		fail_msg("%s: not a readable PNG", chart_name(k));
	if (img->w != W || img->h != H)
		fail_msg("%s: %dx%d, expected %dx%d", chart_name(k), img->w, img->h, W, H);
}

static plot_color pixel(const struct image *img, int x, int y)
{
	const unsigned char *p = img->rgb + ((size_t)y * (size_t)img->w + (size_t)x) * 3;
	return (plot_color)p[0] << 16 | (plot_color)p[1] << 8 | p[2];
}

static int cmp_color(const void *a, const void *b)
{
	plot_color x = *(const plot_color *)a, y = *(const plot_color *)b;
	return (x > y) - (x < y);
}

/* Distinct colours in the image, and how many pixels are not white. */
static size_t distinct_colors(const struct image *img, size_t *inked)
{
	size_t n = (size_t)img->w * (size_t)img->h, k = 0;
	plot_color *c = malloc(n * sizeof *c);
	assert_non_null(c);
	*inked = 0;
	for (int y = 0; y < img->h; y++)
		for (int x = 0; x < img->w; x++) {
			plot_color v = pixel(img, x, y);
			c[(size_t)y * (size_t)img->w + (size_t)x] = v;
			*inked += v != 0xffffffu;
		}
	qsort(c, n, sizeof *c, cmp_color);
	for (size_t i = 0; i < n; i++)
		k += i == 0 || c[i] != c[i - 1];
	free(c);
	return k;
}

/* ---- finding the bars ---- */

struct bar {
	int x0, x1;      /* columns, inclusive */
	int top, bottom; /* rows from the top of the image, inclusive */
	plot_color color;
};

static double bar_centre(const struct bar *b)
{
	return (b->x0 + b->x1) / 2.0;
}

static int bar_height(const struct bar *b)
{
	return b->bottom - b->top + 1;
}

static int bar_colored(plot_color c)
{
	return c == BLUE || c == ORANGE;
}

/* The bars standing on the base line: the lowest row that holds a bar colour
 * is where every bar starts (data y = 0). A bar is a run of adjacent columns
 * whose pixel on that row has one bar colour, at least MIN_BAR_PX wide (gaps
 * of up to 3 columns, where a whisker reaching the base cuts through, are
 * bridged); its top is the highest row reached by an unbroken column of that
 * colour going up from the base. The legend swatches, above the frame, never
 * touch the base line. Left to right; returns how many. */
static size_t find_bars(const struct image *img, struct bar *bars, size_t max)
{
	int base = -1;
	for (int y = img->h - 1; y >= 0 && base < 0; y--)
		for (int x = 0; x < img->w; x++)
			if (bar_colored(pixel(img, x, y))) {
				base = y;
				break;
			}
	if (base < 0)
		return 0;

	size_t n = 0;
	int open = 0, gap = 0;
	struct bar cur = {0};
	for (int x = 0; x <= img->w; x++) {
		plot_color c = x < img->w ? pixel(img, x, base) : 0;
		if (bar_colored(c) && open && c != cur.color) {
			/* A bar of the other colour right next to this one: close it. */
			if (cur.x1 - cur.x0 + 1 >= MIN_BAR_PX && n++ < max)
				bars[n - 1] = cur;
			open = 0;
		}
		if (bar_colored(c)) {
			int top = base;
			while (top > 0 && pixel(img, x, top - 1) == c)
				top--;
			if (!open)
				cur = (struct bar){.x0 = x, .top = top, .bottom = base, .color = c};
			open = 1;
			cur.x1 = x;
			cur.top = top < cur.top ? top : cur.top;
			gap = 0;
			continue;
		}
		if (open && ++gap <= 3 && x < img->w)
			continue;
		if (open && cur.x1 - cur.x0 + 1 >= MIN_BAR_PX && n++ < max)
			bars[n - 1] = cur;
		open = 0;
		gap = 0;
	}
	return n;
}

/* The drawn bars match the non-empty streak bins: as many, in bin order,
 * coloured by bin (days 1-2 blue, 3+ orange), on one base line, with heights
 * in the order of the means and proportional to them. */
static void check_streak_bars(const struct stats_result *st, const struct image *img)
{
	struct bar bar[MAX_BARS];
	int bin[STATS_STREAK_BINS];
	size_t nbins = 0;

	for (int i = 0; i < STATS_STREAK_BINS; i++)
		if (st->by_streak[i].n > 0)
			bin[nbins++] = i;
	size_t n = find_bars(img, bar, MAX_BARS);
	if (n != nbins)
		fail_msg("%zu bars drawn, %zu non-empty streak bins", n, nbins);

	int tallest = 0;
	for (size_t j = 0; j < n; j++) {
		int i = bin[j];
		plot_color want = i >= 2 ? ORANGE : BLUE;
		if (bar[j].color != want)
			fail_msg("bar %zu (streak %d) is %06x, expected %06x", j, i + 1, bar[j].color, want);
		if (abs(bar[j].bottom - bar[0].bottom) > 1)
			fail_msg("bar %zu stands on row %d, bar 0 on row %d", j, bar[j].bottom, bar[0].bottom);
		if (bar_height(&bar[j]) > bar_height(&bar[tallest]))
			tallest = (int)j;
	}
	for (size_t j = 0; j < n; j++)
		for (size_t k = 0; k < n; k++) {
			double mj = st->by_streak[bin[j]].mean, mk = st->by_streak[bin[k]].mean;
			int hj = bar_height(&bar[j]), hk = bar_height(&bar[k]);
			if (mj > mk && !(hj > hk))
				fail_msg("streak %d (mean %g) is %d px high, streak %d (mean %g) %d px", bin[j] + 1,
					 mj, hj, bin[k] + 1, mk, hk);
			if (mj == mk && abs(hj - hk) > 1)
				fail_msg("equal means, heights %d and %d px", hj, hk);
		}
	/* Heights proportional to the means (bars start at 0). */
	double px_per_point = bar_height(&bar[tallest]) / st->by_streak[bin[tallest]].mean;
	for (size_t j = 0; j < n; j++) {
		double want = st->by_streak[bin[j]].mean * px_per_point;
		if (fabs(bar_height(&bar[j]) - want) > 3)
			fail_msg("streak %d: bar %d px high, expected about %.1f", bin[j] + 1,
				 bar_height(&bar[j]), want);
	}
	/* Bar centres on one linear x scale of the bin number. */
	if (n >= 2) {
		double per_bin = (bar_centre(&bar[n - 1]) - bar_centre(&bar[0])) / (bin[n - 1] - bin[0]);
		assert_true(per_bin > MIN_BAR_PX);
		for (size_t j = 0; j < n; j++) {
			double want = bar_centre(&bar[0]) + per_bin * (bin[j] - bin[0]);
			if (fabs(bar_centre(&bar[j]) - want) > 2)
				fail_msg("streak %d: bar centred at column %.1f, expected %.1f", bin[j] + 1,
					 bar_centre(&bar[j]), want);
		}
	}
}

/* ---- the logs ---- */

/* Blocks of 4 running days after a rest day: streaks 1, 2, 3, 4 with pain
 * 1, 3, 5, 7 give or take 0.5 (alternating blocks), so each streak's mean
 * is exactly 1, 3, 5, 7 over 6 runs, and streaks 5+ are empty. */
static void rising_log(struct csv *c)
{
	char d[11];
	int32_t day = date_from_ymd(2025, 3, 3);
	memset(c, 0, sizeof *c);
	csv_add(c, "date,distance_km,pain,ate_before,ate_after\n");
	for (int b = 0; b < 6; b++, day += 5)
		for (int k = 0; k < 4; k++)
			csv_add(c, "%s,%d,%.1f,%s,yes\n", iso(day + k, d), 5 + k, 1 + 2 * k + (b % 2 ? 0.5 : -0.5),
				(b + k) % 3 ? "yes" : "no");
}

/* Blocks of 4 days whose second run has a distance but no pain score: it
 * still counts for the streak, so streak 2 has no scored run. Means: streak 1
 * 6, streak 3 2, streak 4 4 (each 6 +/- 1 alternating over 6 blocks). */
static void gapped_log(struct csv *c)
{
	static const double mean[4] = {6, 0, 2, 4};
	char d[11];
	int32_t day = date_from_ymd(2024, 11, 4);
	memset(c, 0, sizeof *c);
	csv_add(c, "date,distance_km,pain\n");
	for (int b = 0; b < 6; b++, day += 6)
		for (int k = 0; k < 4; k++) {
			if (k == 1)
				csv_add(c, "%s,8,\n", iso(day + k, d));
			else
				csv_add(c, "%s,8,%.1f\n", iso(day + k, d), mean[k] + (b % 2 ? 1 : -1));
		}
}

static void one_run_log(struct csv *c)
{
	memset(c, 0, sizeof *c);
	csv_add(c, "date,distance_km,pain,ate_before,ate_after\n2025-03-01,5,3,yes,no\n");
}

/* Every pain the same: two runs on the first day, then streaks 2 and 1. */
static void flat_log(struct csv *c)
{
	memset(c, 0, sizeof *c);
	csv_add(c, "date,distance_km,pain,ate_before,ate_after\n"
		   "2025-03-01,5,3,yes,yes\n2025-03-01,4,3,no,yes\n2025-03-02,6,3,yes,no\n"
		   "2025-03-04,5,3,yes,yes\n2025-03-05,5,3,no,yes\n2025-03-06,5,3,yes,yes\n");
}

/* No meal columns, no distance: eight weeks of runs. */
static void no_meals_log(struct csv *c)
{
	char d[11];
	int32_t day = date_from_ymd(2025, 1, 6);
	memset(c, 0, sizeof *c);
	csv_add(c, "date,pain\n");
	for (int i = 0; i < 40; i++)
		if (i % 7 != 3)
			csv_add(c, "%s,%d\n", iso(day + i + i / 2, d), (i * 7) % 11);
}

/* ---- tests ---- */

static void streak_bars_rise_with_the_means(void **state)
{
	struct csv c;
	struct analysis a;
	struct image img;
	(void)state;
	rising_log(&c);
	analyze(&a, &c);
	static const double want[4] = {1, 3, 5, 7};
	for (int i = 0; i < STATS_STREAK_BINS; i++) {
		assert_int_equal(a.st.by_streak[i].n, i < 4 ? 6 : 0);
		if (i < 4)
			assert_close(a.st.by_streak[i].mean, want[i], 1e-12);
	}
	FILE *fp = draw(CHART_PAIN_BY_STREAK, &a.cd, PLOT_PNG, 1);
	decode_chart(fp, CHART_PAIN_BY_STREAK, &img);
	fclose(fp);

	struct bar bar[MAX_BARS];
	assert_int_equal(find_bars(&img, bar, MAX_BARS), 4);
	for (int j = 1; j < 4; j++)
		assert_true(bar_height(&bar[j]) > bar_height(&bar[j - 1]));
	check_streak_bars(&a.st, &img);
	free(img.rgb);
	analysis_free(&a);
}

static void streak_bars_skip_empty_bins(void **state)
{
	struct csv c;
	struct analysis a;
	struct image img;
	(void)state;
	gapped_log(&c);
	analyze(&a, &c);
	assert_int_equal(a.st.runs, 24);
	assert_int_equal(a.st.scored, 18);
	assert_int_equal(a.st.by_streak[0].n, 6);
	assert_int_equal(a.st.by_streak[1].n, 0);
	assert_int_equal(a.st.by_streak[2].n, 6);
	assert_int_equal(a.st.by_streak[3].n, 6);
	assert_close(a.st.by_streak[0].mean, 6, 1e-12);
	assert_close(a.st.by_streak[2].mean, 2, 1e-12);
	assert_close(a.st.by_streak[3].mean, 4, 1e-12);
	FILE *fp = draw(CHART_PAIN_BY_STREAK, &a.cd, PLOT_PNG, 1);
	decode_chart(fp, CHART_PAIN_BY_STREAK, &img);
	fclose(fp);

	struct bar bar[MAX_BARS];
	assert_int_equal(find_bars(&img, bar, MAX_BARS), 3);
	/* streak 1 (6) > streak 4 (4) > streak 3 (2); a gap where streak 2 is. */
	assert_true(bar_height(&bar[0]) > bar_height(&bar[2]));
	assert_true(bar_height(&bar[2]) > bar_height(&bar[1]));
	assert_true(bar[1].x0 - bar[0].x1 > bar[2].x0 - bar[1].x1 + MIN_BAR_PX);
	check_streak_bars(&a.st, &img);
	free(img.rgb);
	analysis_free(&a);
}

/* Every chart kind of a log: drawn, a 1200x750 PNG, not a blank canvas. */
static void check_every_kind(const struct analysis *a, const char *what)
{
	for (int k = 0; k < CHART_NANALYZE; k++) {
		struct image img;
		size_t inked;
		FILE *fp = draw((enum chart_kind)k, &a->cd, PLOT_PNG, 1);
		decode_chart(fp, (enum chart_kind)k, &img);
		fclose(fp);
		size_t colors = distinct_colors(&img, &inked);
		if (colors < 2 || inked < 500)
			fail_msg("%s: %s has %zu colours, %zu inked pixels", what, chart_name((enum chart_kind)k),
				 colors, inked);
		if (k == CHART_PAIN_BY_STREAK)
			check_streak_bars(&a->st, &img);
		free(img.rgb);
	}
}

static void every_kind_one_run(void **state)
{
	struct csv c;
	struct analysis a;
	(void)state;
	one_run_log(&c);
	analyze(&a, &c);
	assert_int_equal(a.st.scored, 1);
	check_every_kind(&a, "one run");
	analysis_free(&a);
}

static void every_kind_flat_pain(void **state)
{
	struct csv c;
	struct analysis a;
	(void)state;
	flat_log(&c);
	analyze(&a, &c);
	assert_int_equal(a.st.scored, 6);
	assert_int_equal(a.st.by_streak[0].n, 3);
	assert_int_equal(a.st.by_streak[1].n, 2);
	assert_int_equal(a.st.by_streak[2].n, 1);
	check_every_kind(&a, "flat pain"); /* three bars of one height */
	analysis_free(&a);
}

static void every_kind_no_meals(void **state)
{
	struct csv c;
	struct analysis a;
	struct image img;
	struct bar bar[MAX_BARS];
	(void)state;
	no_meals_log(&c);
	analyze(&a, &c);
	assert_int_equal(a.log.columns & (INGEST_HAS_ATE_BEFORE | INGEST_HAS_ATE_AFTER), 0);
	check_every_kind(&a, "no meals");
	/* The meals chart has nothing to compare: a message, no bars. */
	FILE *fp = draw(CHART_PAIN_BY_MEALS, &a.cd, PLOT_PNG, 1);
	decode_chart(fp, CHART_PAIN_BY_MEALS, &img);
	fclose(fp);
	assert_int_equal(find_bars(&img, bar, MAX_BARS), 0);
	free(img.rgb);
	analysis_free(&a);
}

/* The same chart drawn twice gives the same bytes, smooth or draft. */
static void same_chart_same_bytes(void **state)
{
	struct csv c;
	struct analysis a;
	(void)state;
	rising_log(&c);
	analyze(&a, &c);
	for (int draft = 0; draft <= 1; draft++)
		for (int k = 0; k < CHART_NANALYZE; k++) {
			size_t n1, n2;
			FILE *f1 = draw((enum chart_kind)k, &a.cd, PLOT_PNG, draft);
			FILE *f2 = draw((enum chart_kind)k, &a.cd, PLOT_PNG, draft);
			unsigned char *b1 = slurp(f1, &n1), *b2 = slurp(f2, &n2);
			fclose(f1);
			fclose(f2);
			assert_true(n1 > 8);
			if (n1 != n2 || memcmp(b1, b2, n1) != 0)
				fail_msg("%s (draft %d): %zu and %zu bytes, not identical",
					 chart_name((enum chart_kind)k), draft, n1, n2);
			free(b1);
			free(b2);
		}
	analysis_free(&a);
}

/* A CI past the pain scale stops at 10: the sample's 7+ bin (2 runs, CI
 * -5.8 to 13.3) gets no ink above the gridline of 10 in its bar's centre
 * column (the arrowhead's tip is on it), where the frame reaches 10.5. The
 * gridline is found beside the whisker, clear of it. */
static void whisker_stops_at_ten(void **state)
{
	struct analysis a;
	struct image img;
	struct bar bar[MAX_BARS];
	(void)state;
	analyze_stream(&a, fopen("samples/mylog.csv", "r"));
	assert_true(a.st.by_streak[STATS_STREAK_BINS - 1].ci_hi > 10);
	FILE *fp = draw(CHART_PAIN_BY_STREAK, &a.cd, PLOT_PNG, 1);
	decode_chart(fp, CHART_PAIN_BY_STREAK, &img);
	fclose(fp);
	size_t n = find_bars(&img, bar, MAX_BARS);
	assert_int_equal(n, STATS_STREAK_BINS);
	int x = (int)bar_centre(&bar[n - 1]), grid = -1, ink = -1;
	for (int y = 0; y < img.h && grid < 0; y++)
		if (pixel(&img, x + 12, y) == PLOT_GRID)
			grid = y;
	for (int y = 0; y < img.h && ink < 0; y++)
		for (int dx = -1; dx <= 1; dx++)
			if (pixel(&img, x + dx, y) == PLOT_INK)
				ink = y;
	assert_true(grid > 0);
	if (ink < grid - 1)
		fail_msg("the 7+ whisker reaches row %d, above the gridline of 10 at row %d", ink, grid);
	free(img.rgb);
	analysis_free(&a);
}

/* Smooth PNGs (librsvg) of the sample log: anti-aliased edges and text
 * give each chart hundreds of colours, where the old 2x supersampled
 * libplot PNGs had 29 to 42 (issue 20). Run from the repository root. */
static void sample_charts_are_smooth(void **state)
{
	struct analysis a;
	(void)state;
	analyze_stream(&a, fopen("samples/mylog.csv", "r"));
	for (int k = 0; k < CHART_NANALYZE; k++) {
		struct image img;
		size_t inked;
		FILE *fp = draw((enum chart_kind)k, &a.cd, PLOT_PNG, 0);
		decode_chart(fp, (enum chart_kind)k, &img);
		fclose(fp);
		size_t colors = distinct_colors(&img, &inked);
		if (colors < 200)
			fail_msg("%s: %zu colours, expected at least 200", chart_name((enum chart_kind)k),
				 colors);
		free(img.rgb);
	}
	analysis_free(&a);
}

/* The grey levels across a diagonal line drawn in ink on white, over the
 * columns x0..x1 (each a few rows either side of y = y0 + slope * x, rows
 * from the bottom). */
static size_t coverage_levels(const struct image *img, int x0, int x1, double y0, double slope)
{
	int seen[256] = {0};
	size_t n = 0;
	for (int x = x0; x <= x1; x++) {
		int centre = img->h - 1 - (int)lround(y0 + slope * x);
		for (int y = centre - 4; y <= centre + 4; y++) {
			plot_color c = pixel(img, x, y);
			n += !seen[c & 0xff]++;
		}
	}
	return n;
}

/* A diagonal line through the smooth path has many coverage levels along
 * its edges (a 2x box filter gives at most 5; cairo's rasteriser, 17x15
 * samples a pixel, far more). */
static void diagonal_is_smooth(void **state)
{
	struct plot p;
	struct image img;
	FILE *fp = tmpfile();
	struct plot_lib *lib = plot_lib_open(1, NULL, 0);
	(void)state;
	assert_non_null(fp);
	assert_non_null(lib);
	assert_int_equal(plot_open(&p, lib, fp, PLOT_PNG, W, H, 1, 0, NULL), 0);
	plot_frame(&p, 0, 0, 0, 0, 0, W, 0, H);
	plot_segment(&p, 100, 100, 1100, 650, 2, 0);
	assert_int_equal(plot_close(&p), 0);
	plot_lib_close(lib);
	rewind(fp);
	assert_int_equal(png_decode(fp, &img), 0);
	fclose(fp);
	size_t levels = coverage_levels(&img, 300, 900, 100 - 100 * 0.55, 0.55);
	if (levels < 8)
		fail_msg("%zu coverage levels along the diagonal, expected at least 8", levels);
	free(img.rgb);
}

/* The rows of the title's ink (darker than the muted subtitle's 0x666666
 * can be), in the top band of a w x h smooth factors chart. */
static int title_height(const struct chart_data *d, int w, int h)
{
	struct image img;
	FILE *fp = draw_sized(CHART_FACTORS, d, PLOT_PNG, 0, w, h);
	int first = -1, last = -1;
	assert_int_equal(png_decode(fp, &img), 0);
	fclose(fp);
	assert_int_equal(img.w, w);
	for (int y = 0; y < 55 * h / H; y++)
		for (int x = 0; x < img.w; x++)
			if (img.rgb[((size_t)y * (size_t)img.w + (size_t)x) * 3] < 0x50) {
				first = first < 0 ? y : first;
				last = y;
				break;
			}
	free(img.rgb);
	return first < 0 ? 0 : last - first + 1;
}

/* Above the default size the layout zooms: twice the canvas, twice the
 * title (issue 20: at 2400x1500 the text was tiny on an empty canvas). */
static void title_grows_with_canvas(void **state)
{
	struct csv c;
	struct analysis a;
	(void)state;
	rising_log(&c);
	analyze(&a, &c);
	int h1 = title_height(&a.cd, W, H), h2 = title_height(&a.cd, 2 * W, 2 * H);
	if (h1 < 15 || h2 < 2 * h1 - 3 || h2 > 2 * h1 + 3)
		fail_msg("the title is %d rows high at %dx%d and %d at %dx%d", h1, W, H, h2, 2 * W, 2 * H);
	analysis_free(&a);
}

/* An SVG chart as a string; caller frees. */
static char *svg_text(enum chart_kind k, const struct chart_data *d)
{
	size_t n;
	FILE *fp = draw(k, d, PLOT_SVG, 1);
	unsigned char *b = slurp(fp, &n);
	fclose(fp);
	char *text = malloc(n + 1);
	assert_non_null(text);
	memcpy(text, b, n);
	text[n] = '\0';
	free(b);
	return text;
}

/* ---- the layout: text boxes (issue 20) ---- */

static uint32_t xorshift(uint32_t *r)
{
	*r ^= *r << 13;
	*r ^= *r >> 17;
	*r ^= *r << 5;
	return *r;
}

/* A 10-year log of one runner, about four runs a week from 2012 on, pain
 * following streaks and skipped meals (tests/bench/gen_log.py's recipe,
 * with its own deterministic generator), in a tmpfile. */
static FILE *ten_year_log(void)
{
	FILE *fp = tmpfile();
	uint32_t r = 7;
	char day[11];
	int streak = 0, prev_after = 1;
	assert_non_null(fp);
	fputs("date,distance_km,pain,ate_before,ate_after,strength\n", fp);
	for (int32_t d = date_from_ymd(2012, 1, 2), end = date_from_ymd(2021, 12, 31); d <= end;) {
		static const int gaps[] = {1, 1, 1, 2, 2, 3};
		int gap = gaps[xorshift(&r) % 6], before = xorshift(&r) % 5 != 0, after = xorshift(&r) % 4 != 0;
		streak = gap == 1 ? streak + 1 : 1;
		d += gap;
		int pain = 1 + (streak < 6 ? streak : 6) / 2 + 2 * !before + !prev_after + (int)(xorshift(&r) % 3) - 1;
		fprintf(fp, "%s,%.1f,%d,%s,%s,%s\n", iso(d, day), 4 + (double)(xorshift(&r) % 140) / 10,
			pain < 0 ? 0 : pain > 10 ? 10 : pain, before ? "yes" : "no", after ? "yes" : "no",
			xorshift(&r) % 10 ? "no" : "yes");
		prev_after = after;
	}
	rewind(fp);
	return fp;
}

static int overlap(const struct plot_box *a, const struct plot_box *b)
{
	const double slack = 0.5; /* pixels: boxes that only touch do not overlap */
	return a->x0 < b->x1 - slack && b->x0 < a->x1 - slack && a->y0 < b->y1 - slack &&
	       b->y0 < a->y1 - slack;
}

/* Draw chart k at w x h recording its text boxes; fail when one lies
 * outside the canvas or over another. Returns the title's height. */
static double check_boxes(const struct chart_data *d, enum chart_kind k, int w, int h,
			  const char *what)
{
	struct plot_boxes b = {0};
	/* SVG: the same layout as a smooth PNG (both lay text out with
	 * Helvetica's metrics), without rasterising it. */
	struct chart_opts o = {.fmt = PLOT_SVG, .w = w, .h = h, .boxes = &b};
	FILE *fp = tmpfile();
	struct plot_lib *lib = plot_lib_open(0, NULL, 0);
	assert_non_null(fp);
	assert_non_null(lib);
	assert_int_equal(chart_draw(lib, k, fp, &o, d), 0);
	plot_lib_close(lib);
	fclose(fp);
	assert_false(b.failed);
	if (b.n < 3)
		fail_msg("%s: %s at %dx%d: %zu text boxes", what, chart_name(k), w, h, b.n);
	for (size_t i = 0; i < b.n; i++) {
		const struct plot_box *x = &b.box[i];
		if (x->x0 < 0 || x->y0 < 0 || x->x1 > w || x->y1 > h)
			fail_msg("%s: %s at %dx%d: '%s' at %.0f,%.0f-%.0f,%.0f is outside the canvas", what,
				 chart_name(k), w, h, x->text, x->x0, x->y0, x->x1, x->y1);
		for (size_t j = 0; j < i; j++)
			if (overlap(x, &b.box[j]))
				fail_msg("%s: %s at %dx%d: '%s' lies over '%s'", what, chart_name(k), w, h,
					 x->text, b.box[j].text);
	}
	double title = b.box[0].y1 - b.box[0].y0; /* the title (its first line) comes first */
	assert_int_equal(strncmp(b.box[0].text, chart_title(k), strlen(b.box[0].text)), 0);
	/* The title's and subtitle's lines (drawn first, from the title's left
	 * edge) end where the frame does, not at the canvas's edge. */
	for (size_t i = 0; i < b.n && fabs(b.box[i].x0 - b.box[0].x0) < 0.01; i++)
		if (b.box[i].x1 > b.frame_x1 + 0.5)
			fail_msg("%s: %s at %dx%d: the header line '%s' ends at %.0f, past the frame's "
				 "right edge at %.0f", what, chart_name(k), w, h, b.box[i].text,
				 b.box[i].x1, b.frame_x1);
	plot_boxes_free(&b);
	return title;
}

/* Every chart at the least size, 600x400, 1200x750 and 2400x1500, two
 * lopsided sizes and the HTML page's narrow layout (CLI_NARROW_W): no
 * clipped or overlapping text, and the title twice as high at 2400x1500
 * as at 1200x750, and at the least size no lower than the legible floor. */
static void check_layout(struct analysis *a, const char *what)
{
	static const int size[][2] = {{PLOT_MIN_W, PLOT_MIN_H}, {600, 400}, {1200, 750}, {2400, 1500},
				      {PLOT_MIN_W, 3 * PLOT_MIN_H}, {4 * PLOT_MIN_W, PLOT_MIN_H},
				      {CLI_NARROW_W, CLI_NARROW_H}};
	struct stats_week_report wk;
	struct plan plan;
	struct stats_plan sp;
	int has_distance = a->cd.has_distance;
	stats_week_build(&a->feat, has_distance, date_monday(a->feat.last_day), &wk);
	a->cd.week = &wk;
	/* The plan chart: a plan over the log's last 8 weeks. */
	plan_make(&plan, PLAN_REST, date_monday(a->feat.last_day) - 7 * 7, 8, 1, 1);
	stats_plan_analyze(&a->feat, &plan, &sp);
	a->cd.plan = &sp;
	struct stats_since since; /* the change chart: a date mid-log */
	assert_int_equal(stats_since_fit(&a->feat, a->feat.first_day + (a->feat.last_day - a->feat.first_day) / 2,
					 &since), 0);
	a->cd.since = &since;
	/* Both as a finished week and as one not over yet ("so far", "to come"). */
	for (int so_far = 0; so_far <= 1; so_far++) {
		a->cd.so_far = so_far;
		a->cd.today = so_far ? a->feat.last_day : date_monday(a->feat.last_day) + 6;
		for (int k = 0; k < CHART_NKINDS; k++) {
			double title[7];
			for (int i = 0; i < 7; i++)
				title[i] = check_boxes(&a->cd, (enum chart_kind)k, size[i][0],
						       size[i][1], what);
			if (fabs(title[3] - 2 * title[2]) > 0.01 ||
			    title[0] < 26 * PLOT_ZOOM_MIN - 0.01)
				fail_msg("%s: %s: the title is %.1f px high at %dx%d, %.1f at 1200x750, "
					 "%.1f at 2400x1500", what, chart_name((enum chart_kind)k),
					 title[0], size[0][0], size[0][1], title[2], title[3]);
		}
	}
	a->cd.so_far = 0;
	a->cd.week = NULL;
	a->cd.plan = NULL;
	a->cd.since = NULL;
}

static void sample_layout_is_clean(void **state)
{
	struct analysis a;
	(void)state;
	analyze_stream(&a, fopen("samples/mylog.csv", "r"));
	check_layout(&a, "the sample");
	analysis_free(&a);
}

static void ten_year_layout_is_clean(void **state)
{
	struct analysis a;
	(void)state;
	analyze_stream(&a, ten_year_log());
	assert_true(a.feat.last_day - a.feat.first_day > 3600);
	check_layout(&a, "a 10-year log");
	analysis_free(&a);
}

/* SVG output of every kind: drawn, and a complete SVG document. */
static void every_kind_svg(void **state)
{
	struct csv c;
	struct analysis a;
	(void)state;
	rising_log(&c);
	analyze(&a, &c);
	for (int k = 0; k < CHART_NANALYZE; k++) {
		char *text = svg_text((enum chart_kind)k, &a.cd);
		assert_non_null(strstr(text, "<svg"));
		assert_non_null(strstr(text, "</svg>"));
		free(text);
	}
	analysis_free(&a);
}

/* The week not over yet (issue 19): the trend chart says "so far" under
 * its last bar, and the days after today say "to come", not "rest"; a
 * whole week says neither. rising_log's last run is on a Monday. */
static void week_charts_mark_so_far(void **state)
{
	struct csv c;
	struct analysis a;
	struct stats_week_report wk;
	(void)state;
	rising_log(&c);
	analyze(&a, &c);
	int32_t monday = date_monday(a.feat.last_day);
	assert_int_equal(date_weekday(a.feat.last_day), 1);
	stats_week_build(&a.feat, a.cd.has_distance, monday, &wk);
	a.cd.week = &wk;
	for (int so_far = 0; so_far <= 1; so_far++) {
		a.cd.so_far = so_far;
		a.cd.today = so_far ? a.feat.last_day : monday + 6;
		char *trend = svg_text(CHART_WEEK_TREND, &a.cd), *days = svg_text(CHART_WEEK_DAYS, &a.cd);
		assert_int_equal(strstr(trend, ">so far</text>") != NULL, so_far);
		assert_int_equal(strstr(days, ">to come</text>") != NULL, so_far);
		assert_int_equal(strstr(days, ">rest</text>") != NULL, !so_far);
		free(trend);
		free(days);
	}
	analysis_free(&a);
}

/* A plan that starts in January after the 1st, longer than the 4 months
 * that date axes mark by month: each block's first day is a tick, so the
 * first names January and its year, and every block has its tick. */
static void plan_ticks_at_blocks(void **state)
{
	struct analysis a;
	struct plan plan;
	struct stats_plan sp;
	(void)state;
	analyze_stream(&a, fopen("samples/mylog.csv", "r"));
	plan_make(&plan, PLAN_REST, date_from_ymd(2026, 1, 5), 20, 2, 1);
	stats_plan_analyze(&a.feat, &plan, &sp);
	a.cd.plan = &sp;
	char *text = svg_text(CHART_PLAN, &a.cd);
	assert_non_null(strstr(text, ">Jan 5, 2026</text>"));
	assert_non_null(strstr(text, ">Jan 19</text>"));
	assert_non_null(strstr(text, ">May 11</text>"));
	free(text);
	a.cd.plan = NULL;
	analysis_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(streak_bars_rise_with_the_means),
		cmocka_unit_test(streak_bars_skip_empty_bins),
		cmocka_unit_test(every_kind_one_run),
		cmocka_unit_test(every_kind_flat_pain),
		cmocka_unit_test(every_kind_no_meals),
		cmocka_unit_test(same_chart_same_bytes),
		cmocka_unit_test(every_kind_svg),
		cmocka_unit_test(sample_charts_are_smooth),
		cmocka_unit_test(diagonal_is_smooth),
		cmocka_unit_test(whisker_stops_at_ten),
		cmocka_unit_test(title_grows_with_canvas),
		cmocka_unit_test(week_charts_mark_so_far),
		cmocka_unit_test(sample_layout_is_clean),
		cmocka_unit_test(ten_year_layout_is_clean),
		cmocka_unit_test(plan_ticks_at_blocks),
	};
	return cmocka_run_group_tests_name("chart", tests, NULL, NULL);
}
