/*
 * fountain.c: Fountain 1.1, line by line.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "fountain.h"
#include "heading.h"
#include "source.h"
#include "text.h"
#include "xalloc.h"

enum { ST_START, ST_TITLE, ST_BODY };

/* A note found on a line, delivered after that line's element. */
struct pnote {
	char *text;
	size_t len;
	unsigned line, col;
};

struct notes {
	struct pnote *v;
	size_t n, cap;
};

struct sb_fountain {
	struct sb_builder *b;
	const struct sb_rules *r;
	struct diag *d;
	const char *name;
	int state;
	int in_bone, in_note;
	struct srcpos bone_at, note_at;
	struct buf note;		/* a note spanning lines */
	struct buf tkey, tval;		/* the title page entry being read */
	struct buf clean;		/* the line without boneyard and notes */
	struct notes cur_notes;
	struct buf pend;		/* the line waiting for the next */
	size_t pend_zeroed;		/* its capacity zeroed */
	unsigned pend_line;
	int have_pend;
	struct notes pend_notes;
	int blank_before;		/* before the pending line */
	int in_dialogue;
};

struct sb_fountain *
sb_fountain_new(struct sb_builder *b, const struct sb_rules *r,
    struct diag *d, const char *name)
{
	struct sb_fountain *f = xcalloc(1, sizeof *f);

	f->b = b;
	f->r = r;
	f->d = d;
	f->name = name;
	f->blank_before = 1;
	return f;
}

static void
notes_clear(struct notes *n)
{
	size_t i;

	for (i = 0; i < n->n; i++)
		free(n->v[i].text);
	n->n = 0;
}

void
sb_fountain_free(struct sb_fountain *f)
{
	if (f == NULL)
		return;
	notes_clear(&f->cur_notes);
	notes_clear(&f->pend_notes);
	free(f->cur_notes.v);
	free(f->pend_notes.v);
	buf_free(&f->note);
	buf_free(&f->tkey);
	buf_free(&f->tval);
	buf_free(&f->clean);
	buf_free(&f->pend);
	free(f);
}

/* --- boneyard and notes -------------------------------------------------- */

static void
note_done(struct sb_fountain *f)
{
	struct pnote *p;

	xgrow(&f->cur_notes.v, &f->cur_notes.cap, f->cur_notes.n + 1,
	    sizeof *f->cur_notes.v);
	p = &f->cur_notes.v[f->cur_notes.n++];
	p->len = f->note.len;
	p->text = xmalloc(p->len + 1);
	memcpy(p->text, buf_str(&f->note), p->len + 1);
	p->line = f->note_at.line;
	p->col = f->note_at.col;
	buf_clear(&f->note);
	f->in_note = 0;
}

/* The first "/" "*" or "[[" in s[i..len), or len. */
static size_t
next_open(const char *s, size_t len, size_t i)
{
	const char *a, *b;

	for (;;) {
		a = memchr(s + i, '/', len - i);
		b = memchr(s + i, '[', len - i);
		if (a == NULL && b == NULL)
			return len;
		if (a == NULL || (b != NULL && b < a))
			a = b;
		i = (size_t)(a - s);
		if (i + 1 < len && ((s[i] == '/' && s[i + 1] == '*') ||
		    (s[i] == '[' && s[i + 1] == '[')))
			return i;
		if (++i >= len)
			return len;
	}
}

static const char *
find2(const char *s, size_t len, size_t i, const char *pair)
{
	const char *p;

	while (i + 1 < len && (p = memchr(s + i, pair[0], len - i - 1))) {
		if (p[1] == pair[1])
			return p;
		i = (size_t)(p - s) + 1;
	}
	return NULL;
}

/* The end of a boneyard in s[i..len): boneyards nest, as in
 * afterwriting's parser (aw-parser@1.17 parser.js reduce_comment [V]);
 * f->in_bone is the depth. Returns the index after the closing "*" "/",
 * or len when the boneyard goes on. */
static size_t
bone_end(struct sb_fountain *f, const char *s, size_t len, size_t i)
{
	const char *open, *close;

	while (i < len) {
		close = find2(s, len, i, "*/");
		open = find2(s, len, i, "/*");
		if (close == NULL)
			return len;
		if (open != NULL && open < close) {
			f->in_bone++;
			i = (size_t)(open - s) + 2;
			continue;
		}
		i = (size_t)(close - s) + 2;
		if (--f->in_bone == 0)
			return i;
	}
	return len;
}

/* The rest of a note in s[i..len): added to f->note; returns the index
 * after "]]", or len when the note goes on. */
static size_t
note_end(struct sb_fountain *f, const char *s, size_t len, size_t i)
{
	const char *end = find2(s, len, i, "]]");
	size_t k = end != NULL ? (size_t)(end - s) : len;

	buf_add(&f->note, s + i, k - i);
	if (end == NULL) {
		buf_addc(&f->note, '\n');
		return len;
	}
	note_done(f);
	return k + 2;
}

/* Copies s without boneyard and notes into f->clean; returns 1 when
 * something was taken out. */
static int
strip_copy(struct sb_fountain *f, const char *s, size_t len, unsigned line)
{
	size_t i = 0, k;
	int removed = 0;

	buf_clear(&f->clean);
	while (i < len) {
		if (f->in_bone || f->in_note) {
			removed = 1;
			i = f->in_bone ? bone_end(f, s, len, i) :
			    note_end(f, s, len, i);
			continue;
		}
		k = next_open(s, len, i);
		buf_add(&f->clean, s + i, k - i);
		if (k == len)
			break;
		removed = 1;
		if (s[k] == '/') {
			f->in_bone = 1;
			f->bone_at.line = line;
			f->bone_at.col = 1 + (unsigned)sb_cp_count(s, k);
		} else {
			f->in_note = 1;
			f->note_at.line = line;
			f->note_at.col = 1 + (unsigned)sb_cp_count(s, k);
		}
		i = k + 2;
	}
	if (f->in_note && len == 0)
		buf_addc(&f->note, '\n');
	if (removed)
		while (f->clean.len > 0 && (f->clean.s[f->clean.len - 1] ==
		    ' ' || f->clean.s[f->clean.len - 1] == '\t'))
			f->clean.s[--f->clean.len] = '\0';
	return removed;
}

/* The line without boneyard and notes: s itself when it has none (most
 * lines: the line reader says whether it has a '/' or a '['), else
 * f->clean. *vanished is set when the line had text and all of it was
 * taken out: it is then no line at all, not a blank one. */
static const char *
strip(struct sb_fountain *f, const char *s, size_t *len, unsigned line,
    unsigned flags, int *vanished)
{
	const char *t;

	*vanished = 0;
	if (!f->in_bone && !f->in_note && (!(flags & SB_LINE_OPEN) ||
	    next_open(s, *len, 0) == *len))
		return s;
	if (strip_copy(f, s, *len, line)) {
		t = buf_str(&f->clean);
		*vanished = sb_trim(&t, f->clean.len) == 0;
	}
	*len = f->clean.len;
	return buf_str(&f->clean);
}

static void
deliver(struct sb_fountain *f, struct notes *n)
{
	size_t i;

	for (i = 0; i < n->n; i++)
		sb_builder_note(f->b, n->v[i].text, n->v[i].len,
		    n->v[i].line, n->v[i].col);
	notes_clear(n);
}

static void
unterminated(struct sb_fountain *f, struct srcpos *at, const char *what,
    const char *hint)
{
	at->file = f->name;
	diag_error(f->d, at, hint, "unterminated %s", what);
}

/* --- the title page ---------------------------------------------------- */

static const char *const title_keys[] = {
	"title", "credit", "author", "authors", "source", "notes",
	"draft date", "date", "contact", "contact info", "copyright",
	"revision", "watermark", "font", "tl", "tc", "tr", "cc", "br", "bl",
	"header", "footer", NULL
};

/* The length of the key when s starts "Key:", else 0. known: the key
 * must be one of title_keys (for the first line of the file). */
static size_t
title_key(const char *s, size_t len, int known)
{
	const char *colon = memchr(s, ':', len);
	size_t n, i;

	if (colon == NULL || colon == s || s[0] == ' ' || s[0] == '\t')
		return 0;
	n = (size_t)(colon - s);
	if (!known)
		return n;
	for (i = 0; title_keys[i] != NULL; i++)
		if (strlen(title_keys[i]) == n &&
		    strncasecmp(s, title_keys[i], n) == 0)
			return n;
	return 0;
}

static void
title_flush(struct sb_fountain *f)
{
	if (f->tkey.len > 0)
		sb_builder_title(f->b, f->tkey.s, f->tkey.len,
		    buf_str(&f->tval), f->tval.len);
	buf_clear(&f->tkey);
	buf_clear(&f->tval);
}

/* A line of the title page; 0 when the title page has ended. */
static int
title_line(struct sb_fountain *f, const char *s, size_t len)
{
	const char *v = s;
	size_t k = title_key(s, len, 0), vlen = len;

	if (sb_trim(&v, vlen) == 0) {	/* v moved: not used again */
		title_flush(f);
		return 0;
	}
	v = s;
	if (k > 0) {
		title_flush(f);
		buf_add(&f->tkey, s, k);
		v = s + k + 1;
		vlen = len - k - 1;
	}
	vlen = sb_trim(&v, vlen);
	if (vlen > 0)
		buf_addf(&f->tval, "%s%.*s", f->tval.len ? "\n" : "",
		    (int)vlen, v);
	return 1;
}

/* --- classification -------------------------------------------------- */

static void
emit(struct sb_fountain *f, enum sb_kind kind, const char *s, size_t len,
    unsigned flags)
{
	struct sb_elem e = { kind, s, len, f->pend_line, 1, flags, NULL, 0 };

	sb_builder_elem(f->b, &e, NULL);
}

/* A scene heading, forced or matched, with its scene number. */
static int
heading(struct sb_fountain *f, const char *s, size_t len, int forced)
{
	struct sb_elem e = { SB_HEADING, s, len, f->pend_line, 1, 0, NULL, 0 };
	struct sb_heading h;
	struct sb_span num;
	int rc;

	if (!forced && !f->r->heading_start[(unsigned char)s[0]])
		return 0;	/* no heading starts so (starts.c) */
	if (sb_heading_scene_number(s, &e.len, &num)) {
		e.number = s + num.off;
		e.numlen = num.len;
	}
	rc = e.len > 0 ? sb_heading_match(f->r, s, e.len, &h) : 0;
	if (!forced && rc != 1)
		return 0;
	if (forced)
		e.flags = SB_F_FORCED;
	sb_builder_elem(f->b, &e, rc == 1 ? &h : NULL);
	return 1;
}

/* Fountain 1.1: in capitals, ending in "TO:", or one of the reference
 * parser's FADE OUT. / CUT TO BLACK. / FADE TO BLACK. */
static int
transition(const char *s, size_t len)
{
	if (len >= 3 && memcmp(s + len - 3, "TO:", 3) == 0)
		return sb_is_caps(s, len);
	return (len == 9 && memcmp(s, "FADE OUT.", 9) == 0) ||
	    (len == 13 && memcmp(s, "CUT TO BLACK.", 13) == 0) ||
	    (len == 14 && memcmp(s, "FADE TO BLACK.", 14) == 0);
}

/* A cue: the name (before any extension) has a letter and no lower-case
 * letter. Fountain 1.1 "Character". */
static int
cue_like(const char *s, size_t len)
{
	const char *p = memchr(s, '(', len);

	if (p != NULL)
		len = (size_t)(p - s);
	while (len > 0 && (s[len - 1] == '^' || s[len - 1] == ' '))
		len--;
	return len > 0 && sb_is_caps(s, len);
}

static void
cue(struct sb_fountain *f, const char *s, size_t len)
{
	size_t n = len;

	while (n > 0 && s[n - 1] == ' ')
		n--;
	emit(f, SB_CHARACTER, s, len, n > 0 && s[n - 1] == '^' ? SB_F_DUAL :
	    0);
	f->in_dialogue = 1;
}

/* Elements marked by their first character. Returns 1 when handled. */
static int
forced(struct sb_fountain *f, const char *t, size_t len, int has_next)
{
	switch (t[0]) {
	case '!':
		emit(f, SB_ACTION, t + 1, len - 1, SB_F_FORCED);
		return 1;
	case '@':
		if (!has_next)
			return 0;
		cue(f, t, len);
		return 1;
	case '~':
		emit(f, SB_LYRICS, t + 1, len - 1, 0);
		return 1;
	case '>':
		if (len > 1 && t[len - 1] == '<') {
			t++;
			len = sb_trim(&t, len - 2);
			emit(f, SB_CENTERED, t, len, 0);
		} else {
			t++;
			len = sb_trim(&t, len - 1);
			emit(f, SB_TRANSITION, t, len, SB_F_FORCED);
		}
		return 1;
	case '.':
		return len > 1 && t[1] != '.' && f->blank_before &&
		    heading(f, t + 1, len - 1, 1);
	case '#':
		emit(f, SB_SECTION, t, len, 0);
		return 1;
	case '=':
		if (len >= 3 && strspn(t, "=") == len)
			emit(f, SB_PAGEBREAK, t, len, 0);
		else if (t[1] != '=')
			emit(f, SB_SYNOPSIS, t + 1, len - 1, 0);
		else
			return 0;
		return 1;
	}
	return 0;
}

/* Classifies the pending line s (raw) knowing the next line (NULL at the
 * end of the file). */
static void
classify(struct sb_fountain *f, const char *s, size_t len, const char *next,
    size_t nlen)
{
	const char *t = s;
	size_t tlen = sb_trim(&t, len);
	int has_next = next != NULL && sb_trim(&next, nlen) > 0;

	if (tlen == 0) {
		if (!(f->in_dialogue && len >= 2))	/* "  " in dialogue */
			emit(f, SB_BLANK, s, 0, 0);
		f->in_dialogue = f->in_dialogue && len >= 2;
		f->blank_before = !f->in_dialogue;
		return;
	}
	if (f->in_dialogue)
		emit(f, t[0] == '(' && t[tlen - 1] == ')' ? SB_PARENTHETICAL :
		    SB_DIALOGUE, t, tlen, 0);
	else if (forced(f, t, tlen, has_next))
		;
	else if (f->blank_before && heading(f, t, tlen, 0))
		;
	else if (f->blank_before && !has_next && transition(t, tlen))
		emit(f, SB_TRANSITION, t, tlen, 0);
	else if (f->blank_before && has_next && cue_like(t, tlen))
		cue(f, t, tlen);
	else if (f->blank_before && !has_next && sb_is_caps(t, tlen))
		emit(f, SB_SHOT, t, tlen, 0);
	else
		emit(f, SB_ACTION, s, len, 0);
	f->blank_before = 0;
}

/* --- lines in ---------------------------------------------------------- */

static void
body_line(struct sb_fountain *f, const char *s, size_t len, unsigned line)
{
	size_t i;

	if (f->have_pend) {
		classify(f, buf_str(&f->pend), f->pend.len, s, len);
		deliver(f, &f->pend_notes);
	}
	if (len < f->pend.cap) {	/* the usual case: no growing */
		memcpy(f->pend.s, s, len);
		f->pend.s[len] = '\0';
		f->pend.len = len;
	} else {
		buf_clear(&f->pend);
		buf_add(&f->pend, s, len);
		sb_zero_slack(&f->pend, &f->pend_zeroed);
	}
	f->pend_line = line;
	f->have_pend = 1;
	for (i = 0; i < f->cur_notes.n; i++) {
		xgrow(&f->pend_notes.v, &f->pend_notes.cap,
		    f->pend_notes.n + 1, sizeof *f->pend_notes.v);
		f->pend_notes.v[f->pend_notes.n++] = f->cur_notes.v[i];
	}
	f->cur_notes.n = 0;
}

/* Notes of a line that vanished go with the line before it. */
static void
vanished(struct sb_fountain *f)
{
	size_t i;

	if (!f->have_pend || f->state != ST_BODY) {
		deliver(f, &f->cur_notes);
		return;
	}
	for (i = 0; i < f->cur_notes.n; i++) {
		xgrow(&f->pend_notes.v, &f->pend_notes.cap,
		    f->pend_notes.n + 1, sizeof *f->pend_notes.v);
		f->pend_notes.v[f->pend_notes.n++] = f->cur_notes.v[i];
	}
	f->cur_notes.n = 0;
}

void
sb_fountain_line(void *fountain, const char *text, size_t len,
    unsigned line, unsigned flags)
{
	struct sb_fountain *f = fountain;
	const char *s, *t;
	size_t n = len;
	int gone;

	s = strip(f, text, &n, line, flags, &gone);
	if (gone) {
		vanished(f);
		return;
	}
	t = s;
	if (f->state == ST_START && sb_trim(&t, n) == 0)
		return;
	if (f->state == ST_START)
		f->state = title_key(s, n, 1) > 0 ? ST_TITLE : ST_BODY;
	if (f->state == ST_TITLE) {
		if (!title_line(f, s, n))
			f->state = ST_BODY;
		deliver(f, &f->cur_notes);
		return;
	}
	body_line(f, s, n, line);
}

void
sb_fountain_finish(struct sb_fountain *f)
{
	if (f->state == ST_TITLE)
		title_flush(f);
	if (f->have_pend) {
		classify(f, buf_str(&f->pend), f->pend.len, NULL, 0);
		deliver(f, &f->pend_notes);
		f->have_pend = 0;
	}
	if (f->in_bone)
		unterminated(f, &f->bone_at, "boneyard '/*'",
		    "close it with '*/'");
	if (f->in_note)
		unterminated(f, &f->note_at, "note '[['", "close it with ']]'");
	f->in_bone = f->in_note = 0;
}
