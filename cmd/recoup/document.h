/*
 * document.h: a statement as blocks (title, fields, headings, paragraphs,
 * tables) that can be written as plain text or as printable HTML.
 */
#ifndef RECOUP_DOCUMENT_H
#define RECOUP_DOCUMENT_H

#include <stdio.h>

#include "table.h"

struct document;

/* A new document; title is the HTML page title. rdoc_free frees it and
 * the tables given to it. */
struct document *rdoc_new(const char *title);
void rdoc_free(struct document *d);

void rdoc_title(struct document *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void rdoc_subtitle(struct document *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void rdoc_heading(struct document *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void rdoc_para(struct document *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* "label : value"; consecutive fields line up. */
void rdoc_field(struct document *d, const char *label, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Takes t over. */
void rdoc_table(struct document *d, struct table *t);

void rdoc_write_text(const struct document *d, FILE *f);
/* The document as one <div class="page"> (html_begin comes first). */
void rdoc_write_html_body(const struct document *d, FILE *f);
/* The extra stylesheet for html_begin. */
extern const char rdoc_css[];

#endif
