/*
 * output.c: atomic output files and a checked standard output.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"
#include "output.h"
#include "xalloc.h"

struct out {
	FILE *f;
	char *path;	/* the target; NULL for standard output */
	char *tmp;	/* the temporary beside it */
};

static mode_t
apply_umask(mode_t mode)
{
	mode_t mask = umask(0);

	umask(mask);
	return mode & ~mask;
}

/* "dir/.name.XXXXXX" for path "dir/name". */
static char *
temp_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xasprintf(".%s.XXXXXX", path);
	return xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path,
	    slash + 1);
}

struct out *
out_open(const char *path, mode_t mode)
{
	struct out *o = xcalloc(1, sizeof *o);
	int fd;

	if (path == NULL || strcmp(path, "-") == 0) {
		o->f = stdout;
		return o;
	}
	o->path = xstrdup(path);
	o->tmp = temp_name(path);
	if ((fd = mkstemp(o->tmp)) < 0) {
		err_warn_errno("cannot create a file beside %s", path);
		goto fail;
	}
	if (fchmod(fd, mode == OUT_MODE_PRIVATE ? mode : apply_umask(mode))
	    < 0 || (o->f = fdopen(fd, "w")) == NULL) {
		err_warn_errno("%s", o->tmp);
		close(fd);
		unlink(o->tmp);
		goto fail;
	}
	return o;
fail:
	free(o->path);
	free(o->tmp);
	free(o);
	return NULL;
}

FILE *
out_file(const struct out *o)
{
	return o->f;
}

static void
out_free(struct out *o)
{
	free(o->path);
	free(o->tmp);
	free(o);
}

int
out_commit(struct out *o)
{
	int bad;

	if (o->path == NULL) {
		bad = fflush(stdout) != 0 || ferror(stdout);
		if (bad)
			err_warn_errno("standard output");
		free(o);
		return bad ? -1 : 0;
	}
	bad = fflush(o->f) != 0 || ferror(o->f) || fsync(fileno(o->f)) != 0;
	if (fclose(o->f) != 0)
		bad = 1;
	if (bad || rename(o->tmp, o->path) != 0) {
		err_warn_errno("%s", o->path);
		unlink(o->tmp);
		out_free(o);
		return -1;
	}
	out_free(o);
	return 0;
}

void
out_abort(struct out *o)
{
	if (o == NULL)
		return;
	if (o->path != NULL) {
		fclose(o->f);
		unlink(o->tmp);
	}
	out_free(o);
}

int
out_finish(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		err_warn_errno("standard output");
		return EXIT_TROUBLE;
	}
	if (fclose(stdout) != 0 && errno != EBADF) {
		err_warn_errno("standard output");
		return EXIT_TROUBLE;
	}
	return status;
}
