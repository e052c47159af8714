/*
 * builder.h: turns the stream of screenplay elements into scenes. It
 * reads each heading (set, INT/EXT, time of day), collects the speaking
 * cast, the characters and extras seen in the action, the tagged elements
 * and the dictionary's suggestions, hands printable lines to the
 * paginator, and passes each scene to the sink once it is measured.
 */
#ifndef SB_BUILDER_H
#define SB_BUILDER_H

#include <stddef.h>

#include "dict.h"
#include "err.h"
#include "heading.h"
#include "rules.h"
#include "sb.h"

struct sb_builder;

/* A builder over the rules (and dictionary, may be NULL), reporting into
 * d with name as the file's name. With paginate, scenes are measured by
 * the paginator on the rules' profile; without, the reader measures them
 * with sb_builder_segment and sb_builder_done_before (text from a PDF). */
struct sb_builder *sb_builder_new(const struct sb_rules *r,
    const struct sb_dict *dict, const struct sb_sink *sink, struct diag *d,
    const char *name, int paginate);
void sb_builder_free(struct sb_builder *b);

/* Counts the printed lines and the words of each character's dialogue
 * (the characters report); off by default, as it costs a pass over every
 * line of dialogue. */
void sb_builder_count_speech(struct sb_builder *b);

/* A title page entry ("Title", "Author", ...). */
void sb_builder_title(struct sb_builder *b, const char *key, size_t klen,
    const char *val, size_t vlen);
/* The next element. A heading may come with its parse (h, from the
 * reader's recognition), else the builder parses it. */
void sb_builder_elem(struct sb_builder *b, const struct sb_elem *e,
    const struct sb_heading *h);
/* The text of a note ([[...]] in Fountain) found at line:col: breakdown
 * tags when it starts with a category. */
void sb_builder_note(struct sb_builder *b, const char *text, size_t len,
    unsigned line, unsigned col);
/* An element of category code (see rules.h) tagged in the file (FDX). */
void sb_builder_tag(struct sb_builder *b, int code, const char *item,
    size_t len, unsigned line);
/* The current scene's page and length given by the file (FDX); either may
 * be 0 (unknown). */
void sb_builder_given(struct sb_builder *b, long page, unsigned eighths);
/* The current scene's summary, when the file gives one. */
void sb_builder_synopsis(struct sb_builder *b, const char *text,
    size_t len);

/* Measures: scene (an id; 0 is what comes before the first heading)
 * takes lines printed lines on page; starts says its heading is there. */
void sb_builder_segment(struct sb_builder *b, unsigned scene, long page,
    unsigned lines, int starts);
/* Every scene before scene is measured completely. */
void sb_builder_done_before(struct sb_builder *b, unsigned scene);
/* The id of the scene elements go to now (0 before the first heading). */
unsigned sb_builder_current(const struct sb_builder *b);
/* The number of pages, for readers that count them (text from a PDF). */
void sb_builder_pages(struct sb_builder *b, long pages);

/* Ends the screenplay: flushes the paginator, hands out the last scenes
 * and calls the sink's finish. */
void sb_builder_finish(struct sb_builder *b);

#endif
