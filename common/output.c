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
	char *tmp;	/* the temporary beside it; NULL when writing
			   straight to a device or a pipe */
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
	struct stat st;
	int fd;

	if (path == NULL || strcmp(path, "-") == 0) {
		o->f = stdout;
		return o;
	}
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		/* /dev/null, a FIFO: renaming over it would replace it */
		o->path = xstrdup(path);
		if ((o->f = fopen(path, "w")) == NULL) {
			err_warn_errno("%s", path);
			goto fail;
		}
		return o;
	}
	/* through a symbolic link, replace the file it points to */
	o->path = lstat(path, &st) == 0 && S_ISLNK(st.st_mode) ?
	    realpath(path, NULL) : NULL;
	if (o->path == NULL)
		o->path = xstrdup(path);
	o->tmp = temp_name(o->path);
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
	bad = fflush(o->f) != 0 || ferror(o->f) ||
	    (o->tmp != NULL && fsync(fileno(o->f)) != 0);
	if (fclose(o->f) != 0)
		bad = 1;
	if (o->tmp == NULL) {
		if (bad)
			err_warn_errno("%s", o->path);
		out_free(o);
		return bad ? -1 : 0;
	}
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
		if (o->tmp != NULL)
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
