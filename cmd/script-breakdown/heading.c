/*
 * heading.c: scene headings read with the patterns of headings.yaml.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "heading.h"
#include "text.h"
#include "xalloc.h"

static void
take_group(struct re *re, const char *name, struct sb_span *s)
{
	if (!re_named(re, name, &s->off, &s->len)) {
		s->off = 0;
		s->len = 0;
	}
}

int
sb_heading_match(const struct sb_rules *r, const char *text, size_t len,
    struct sb_heading *h)
{
	size_t i;
	int rc;

	if (len == 0 || !r->heading_start[(unsigned char)text[0]] ||
	    (r->heading_any != NULL && re_match(r->heading_any, text, len,
	    0) == 0))
		return 0;
	for (i = 0; i < r->nheadings; i++) {
		if (r->headings[i].re == NULL)
			continue;
		if ((rc = re_match(r->headings[i].re, text, len, 0)) < 0)
			return -1;
		if (rc == 0)
			continue;
		take_group(r->headings[i].re, "number", &h->number);
		take_group(r->headings[i].re, "ie", &h->ie);
		take_group(r->headings[i].re, "time", &h->time);
		take_group(r->headings[i].re, "rest", &h->rest);
		if (h->rest.len == 0 && h->ie.len == 0) {
			h->rest.off = 0;
			h->rest.len = len;
		}
		return 1;
	}
	return 0;
}

/* The value of the first pattern of v[0..n) matching text, or NULL. */
static const struct sb_pattern *
first_match(const struct sb_pattern *v, size_t n, const char *text,
    size_t len)
{
	size_t i;

	len = sb_trim(&text, len);
	for (i = 0; i < n; i++)
		if (v[i].re != NULL && re_match(v[i].re, text, len, 0) == 1)
			return &v[i];
	return NULL;
}

const struct sb_pattern *
sb_heading_time(const struct sb_rules *r, const char *text, size_t len)
{
	size_t i, off, glen;

	if (r->time_any == NULL)
		return first_match(r->times, r->ntimes, text, len);
	len = sb_trim(&text, len);
	if (re_match(r->time_any, text, len, 0) != 1)
		return NULL;
	for (i = 0; i < r->ntimes; i++)
		if (re_group(r->time_any, r->time_group[i], &off, &glen))
			return &r->times[i];
	return NULL;
}

/* Up to 16 parts of text split by the separators pattern. */
#define MAXPARTS 16

static size_t
split_parts(const struct sb_rules *r, const char *text, size_t len,
    struct sb_span *parts)
{
	size_t n = 0, at = 0, off, mlen;

	while (n < MAXPARTS - 1 && r->separators != NULL &&
	    re_match(r->separators, text, len, at) == 1 &&
	    re_group(r->separators, 0, &off, &mlen) && mlen > 0) {
		if (off > at) {
			parts[n].off = at;
			parts[n++].len = off - at;
		}
		at = off + mlen;
	}
	if (at < len) {
		parts[n].off = at;
		parts[n++].len = len - at;
	}
	return n;
}

/* "INT HOUSE DAY" (SceneHeaders.fountain of the reference parser): with
 * no separator, a last word that is a time of day is the time. */
static size_t
split_last_word(const struct sb_rules *r, const char *text,
    struct sb_span *parts, struct sb_heading_parts *p)
{
	const char *s = text + parts[0].off;
	size_t len = parts[0].len, i;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	for (i = len; i > 0 && s[i - 1] != ' '; i--)
		;
	if (i == 0 || (p->time = sb_heading_time(r, s + i, len - i)) == NULL)
		return 1;
	parts[0].len = i;
	return 1;
}

static char *
trimmed_dup(const char *s, size_t len)
{
	len = sb_trim(&s, len);
	while (len > 0 && (s[len - 1] == '.' || s[len - 1] == ':'))
		len--;
	len = sb_trim(&s, len);
	return xstrndup(s, len);
}

/* Set, sub-sets and time from the parts of the heading's rest: the
 * last part that is a time of day gives the time; the parts between the
 * set and it are the sub-sets. */
static void
read_rest(const struct sb_rules *r, const char *text, size_t len,
    struct sb_heading_parts *p)
{
	struct sb_span parts[MAXPARTS];
	struct buf sub = BUF_INIT;
	size_t n = split_parts(r, text, len, parts), i, end;

	if (n == 1 && p->time == NULL)
		n = split_last_word(r, text, parts, p);
	end = n;
	if (p->time == NULL)
		for (i = n; i-- > 1;)
			if ((p->time = sb_heading_time(r, text + parts[i].off,
			    parts[i].len)) != NULL) {
				end = i;
				break;
			}
	p->set = n > 0 ? trimmed_dup(text + parts[0].off, parts[0].len) :
	    xstrdup("");
	for (i = 1; i < end; i++) {
		char *s = trimmed_dup(text + parts[i].off, parts[i].len);

		buf_addf(&sub, "%s%s", sub.len ? " - " : "", s);
		free(s);
	}
	p->subset = sub.s != NULL ? buf_take(&sub) : xstrdup("");
}

void
sb_heading_read(const struct sb_rules *r, const char *text, size_t len,
    const struct sb_heading *h, struct sb_heading_parts *p)
{
	const struct sb_pattern *ie;

	memset(p, 0, sizeof *p);
	p->int_ext = "";
	if (h == NULL) {
		read_rest(r, text, len, p);
		return;
	}
	if (h->number.len > 0)
		p->number = xstrndup(text + h->number.off, h->number.len);
	if (h->ie.len > 0 && (ie = first_match(r->int_ext, r->nint_ext,
	    text + h->ie.off, h->ie.len)) != NULL)
		p->int_ext = ie->value;
	if (h->time.len > 0)
		p->time = sb_heading_time(r, text + h->time.off, h->time.len);
	read_rest(r, text + h->rest.off, h->rest.len, p);
}

void
sb_heading_parts_free(struct sb_heading_parts *p)
{
	free(p->number);
	free(p->set);
	free(p->subset);
}

int
sb_heading_scene_number(const char *text, size_t *len, struct sb_span *num)
{
	size_t n = *len, end, i;

	while (n > 0 && isspace((unsigned char)text[n - 1]))
		n--;
	if (n < 2 || text[n - 1] != '#')
		return 0;
	end = n - 1;
	for (i = end; i-- > 0;) {
		if (text[i] == '#')
			break;
		if (!isalnum((unsigned char)text[i]) && text[i] != '-' &&
		    text[i] != '.')
			return 0;
	}
	if (i == (size_t)-1 || i + 1 == end)
		return 0;
	num->off = i + 1;
	num->len = end - i - 1;
	while (i > 0 && isspace((unsigned char)text[i - 1]))
		i--;
	*len = i;
	return 1;
}
