/*
 * html.h: printable HTML documents (A4, French), shared by every command
 * that writes one: the devis, bulletins de salaire, relevés, breakdown
 * sheets. One stylesheet, so the documents look like one family.
 */
#ifndef CINEPROD_HTML_H
#define CINEPROD_HTML_H

#include <stdio.h>

/* Writes s with &, <, >, " and ' escaped. */
void html_text(FILE *f, const char *s);
/* The doctype, head (title, charset, the A4 print stylesheet plus css when
 * not NULL) and an open <body>; lang is "fr". */
void html_begin(FILE *f, const char *title, const char *css);
/* Closes the body and the document. */
void html_end(FILE *f);

#endif
