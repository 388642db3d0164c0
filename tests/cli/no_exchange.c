/* LD_PRELOAD shim for tests/cli/cases/weekly_no_exchange.t: renameat2 as on
 * a file system without RENAME_EXCHANGE or RENAME_NOREPLACE (NFS). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>

int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned flags)
{
	if (flags) {
		errno = EINVAL;
		return -1;
	}
	return renameat(olddirfd, oldpath, newdirfd, newpath);
}
