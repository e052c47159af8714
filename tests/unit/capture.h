/*
 * capture.h: catches what a test's code writes to standard error, so that
 * tests can check the exact diagnostic.
 */
#ifndef CINEPROD_CAPTURE_H
#define CINEPROD_CAPTURE_H

#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct capture {
	int saved;
	FILE *f;
	char text[8192];
};

static __attribute__((unused)) void
capture_start(struct capture *c)
{
	fflush(stderr);
	c->saved = dup(2);
	c->f = tmpfile();
	dup2(fileno(c->f), 2);
}

/* Stops capturing; returns what was written (also in c->text). */
static __attribute__((unused)) const char *
capture_end(struct capture *c)
{
	size_t n;

	fflush(stderr);
	dup2(c->saved, 2);
	close(c->saved);
	rewind(c->f);
	n = fread(c->text, 1, sizeof c->text - 1, c->f);
	c->text[n] = '\0';
	fclose(c->f);
	return c->text;
}

#endif
