/* png_settings PNG...: the bytes and the CPU time of re-encoding the given
 * charts with each of libpng's row filters, zlib levels and strategies,
 * one line each, for the choice in src/plot.c (write_png): the cheapest
 * setting whose files stay within 10% of libpng's default (adaptive
 * filters, level 6). Each setting encodes all the charts 3 times; the time
 * is one pass's CPU time.
 *
 * usage: cc -O2 -o png_settings tests/bench/png_settings.c -lpng
 *        ./png_settings OUT/factors.png OUT/weekly.png ... | sort -k8 -n */
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define MAX_IMAGES 64

struct image {
	unsigned char *rgb;
	int w, h;
};

static int load(const char *path, struct image *im)
{
	FILE *fp = fopen(path, "rb");
	png_structp p = fp ? png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL) : NULL;
	png_infop info = p ? png_create_info_struct(p) : NULL;
	if (!info || setjmp(png_jmpbuf(p))) {
		fprintf(stderr, "png_settings: %s: cannot read\n", path);
		return -1;
	}
	png_init_io(p, fp);
	png_read_info(p, info);
	png_set_strip_alpha(p);
	png_set_expand(p);
	png_set_strip_16(p);
	png_set_gray_to_rgb(p);
	png_read_update_info(p, info);
	im->w = (int)png_get_image_width(p, info);
	im->h = (int)png_get_image_height(p, info);
	size_t row = png_get_rowbytes(p, info);
	if (!(im->rgb = malloc(row * (size_t)im->h)))
		return -1;
	for (int y = 0; y < im->h; y++)
		png_read_row(p, im->rgb + (size_t)y * row, NULL);
	png_destroy_read_struct(&p, &info, NULL);
	fclose(fp);
	return 0;
}

static void count(png_structp p, png_bytep data, png_size_t n)
{
	(void)data;
	*(size_t *)png_get_io_ptr(p) += n;
}

static void flush(png_structp p)
{
	(void)p;
}

/* The bytes of im as a PNG; a setting below 0 is libpng's default. */
static size_t encode(const struct image *im, int filter, int level, int strategy)
{
	size_t bytes = 0;
	png_structp p = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
	png_infop info = p ? png_create_info_struct(p) : NULL;
	if (!info || setjmp(png_jmpbuf(p)))
		exit(1);
	png_set_write_fn(p, &bytes, count, flush);
	if (filter >= 0)
		png_set_filter(p, PNG_FILTER_TYPE_BASE, filter);
	if (level >= 0)
		png_set_compression_level(p, level);
	if (strategy >= 0)
		png_set_compression_strategy(p, strategy);
	png_set_IHDR(p, info, (png_uint_32)im->w, (png_uint_32)im->h, 8, PNG_COLOR_TYPE_RGB,
		     PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	png_write_info(p, info);
	for (int y = 0; y < im->h; y++)
		png_write_row(p, im->rgb + (size_t)y * (size_t)im->w * 3);
	png_write_end(p, NULL);
	png_destroy_write_struct(&p, &info);
	return bytes;
}

static double cpu_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
	static const int filter[] = {-1, PNG_FILTER_NONE, PNG_FILTER_SUB, PNG_FILTER_UP, PNG_FILTER_PAETH};
	static const char *const filter_name[] = {"adaptive", "none", "sub", "up", "paeth"};
	static const int level[] = {-1, 1, 2, 3, 4, 6, 9};
	static const int strategy[] = {-1, 0, 1, 3}; /* zlib's default, filtered, RLE */
	static const char *const strategy_name[] = {"libpng", "default", "filtered", "rle"};
	struct image im[MAX_IMAGES];
	int n = argc - 1;
	if (n < 1 || n > MAX_IMAGES) {
		fprintf(stderr, "usage: png_settings PNG... (at most %d)\n", MAX_IMAGES);
		return 64;
	}
	for (int k = 0; k < n; k++)
		if (load(argv[k + 1], &im[k]))
			return 66;
	for (int f = 0; f < 5; f++)
		for (int l = 0; l < 7; l++)
			for (int s = 0; s < 4; s++) {
				size_t bytes = 0;
				double t0 = cpu_ms();
				for (int rep = 0; rep < 3; rep++) {
					bytes = 0;
					for (int k = 0; k < n; k++)
						bytes += encode(&im[k], filter[f], level[l], strategy[s]);
				}
				printf("%-8s level %2d %-8s bytes %9zu ms %7.1f\n", filter_name[f], level[l],
				       strategy_name[s], bytes, (cpu_ms() - t0) / 3);
			}
	return 0;
}
