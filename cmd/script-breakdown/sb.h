/*
 * sb.h: the shared vocabulary of script-breakdown: what the readers of the
 * three input formats (Fountain, Final Draft, text from a PDF) hand to the
 * breakdown builder, and what the builder hands, scene by scene, to the
 * writers of the CSV, the reports and the breakdown sheets.
 *
 * The pipeline streams: a reader produces elements, the builder turns them
 * into scenes, the paginator measures them, and each finished scene goes
 * to the sink and is freed, so memory does not grow with the screenplay.
 */
#ifndef SB_H
#define SB_H

#include <stddef.h>

#include "err.h"

/* Screenplay elements, as Fountain 1.1 names them. */
enum sb_kind {
	SB_BLANK,		/* an empty line between elements */
	SB_HEADING,
	SB_ACTION,
	SB_CHARACTER,
	SB_PARENTHETICAL,
	SB_DIALOGUE,
	SB_TRANSITION,
	SB_CENTERED,
	SB_LYRICS,
	SB_SHOT,		/* a line in capitals alone (afterwriting's "shot") */
	SB_SECTION,		/* # act, not printed */
	SB_SYNOPSIS,		/* = summary, not printed */
	SB_PAGEBREAK		/* === */
};

/* Element flags. */
enum {
	SB_F_DUAL = 1,		/* the second cue of dual dialogue (^) */
	SB_F_FORCED = 2,	/* a forced element (., @, !, >) */
	SB_F_CONT = 4		/* a further line of the same paragraph */
};

/* One element: for Fountain and text, one line; for Final Draft, one line
 * of a paragraph. text is borrowed for the duration of the call. */
struct sb_elem {
	enum sb_kind kind;
	const char *text;
	size_t len;
	unsigned line, col;	/* where it starts in the input */
	unsigned flags;
	const char *number;	/* a heading's scene number, or NULL */
	size_t numlen;
};

/* Strings allocated together and freed together: a scene's. */
struct sb_pool {
	struct sb_chunk *chunk;	/* the last chunk; each links the one
				   before */
};

/* A copy of s[0..len) (NUL-terminated) in p. */
char *sb_pool_strndup(struct sb_pool *p, const char *s, size_t len);
void sb_pool_free(struct sb_pool *p);
/* Empties p, keeping one chunk for what comes next. */
void sb_pool_reset(struct sb_pool *p);

/* A list of strings in first-seen order, without repeats. Items are
 * copied into pool when it is set (freed with it), else on the heap. */
struct sb_list {
	char **v;
	unsigned *count;	/* a number per item (extras), 0 when none */
	size_t n, cap;
	struct sb_pool *pool;
};

/* Empties l, keeping its arrays (its items must be pooled). */
void sb_list_empty(struct sb_list *l);
/* Adds s (len bytes) unless already there; returns its index. */
size_t sb_list_add(struct sb_list *l, const char *s, size_t len);
/* Index of s in l, or -1. */
long sb_list_find(const struct sb_list *l, const char *s, size_t len);
void sb_list_free(struct sb_list *l);
/* The items joined by sep into a new string the caller frees. */
char *sb_list_join(const struct sb_list *l, const char *sep);

/* What a speaking character did in one scene. */
struct sb_speech {
	unsigned speeches;	/* cues */
	unsigned lines;		/* printed lines of dialogue */
	unsigned words;		/* words of dialogue */
};

#define SB_MAXCAT 32

/* One scene, complete: content, measure and elements. */
struct sb_scene {
	unsigned id;		/* 1, 2, ... in script order */
	char *number;		/* scene number as written, or counted */
	char *heading;		/* as written, scene number removed */
	const char *int_ext;	/* "INT", "EXT", "INT/EXT" or "" */
	char *set, *subset;
	const char *time;	/* time-of-day code ("day"), or "" */
	const char *time_label;	/* French label ("JOUR"), or "" */
	const char *light;	/* day, night, dawn, dusk, or "" */
	char *synopsis;
	struct srcpos pos;	/* the heading */
	long page;		/* script page where the scene starts */
	unsigned lines;		/* printed lines it spans */
	unsigned eighths;	/* length in eighths of a page, at least 1 */
	int given;		/* page and eighths come from the file (FDX) */
	struct sb_list cast;	/* speaking characters */
	struct sb_speech *speech;	/* parallel to cast */
	size_t capspeech;
	struct sb_list mentioned;	/* characters seen in the action */
	struct sb_list silent;	/* mentioned or tagged, not speaking */
	struct sb_list absent;	/* tagged away from silent */
	struct sb_list silhouettes, figurants;
	int tagged_figurants;	/* tags replace the figurants found */
	unsigned extras;	/* figurants + silhouettes, as counted */
	struct sb_list elems[SB_MAXCAT];	/* tagged elements by category */
	struct sb_list suggestions;	/* "category: word" from the dictionary */
	struct sb_pool pool;	/* the lists' items */
};

/* The screenplay as a whole, known at the end. */
struct sb_doc {
	char *title;		/* from the title page, or NULL */
	char *credit, *authors, *draft;
	unsigned scenes;
	long pages;		/* script pages */
	unsigned long eighths;	/* sum of the scenes' eighths */
};

/* Where finished scenes go. start() (may be NULL) is called once, before
 * the first scene, with what is known of the screenplay by then (its
 * title page); scene() is called in script order, and the scene is freed
 * after it returns; finish() is called once at the end; free() (may be
 * NULL) frees ctx. */
struct sb_sink {
	void (*start)(void *ctx, const struct sb_doc *d);
	void (*scene)(void *ctx, const struct sb_scene *s);
	void (*finish)(void *ctx, const struct sb_doc *d);
	void (*free)(void *ctx);
	void *ctx;
};

/* Frees what s holds (sb_scene_clear) and s itself (sb_scene_free);
 * sb_scene_reset empties s for another scene, keeping its memory. */
void sb_scene_clear(struct sb_scene *s);
void sb_scene_reset(struct sb_scene *s);
void sb_scene_free(struct sb_scene *s);

#endif
