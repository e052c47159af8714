/*
 * bulletin.h: the bulletin de salaire as a document, in French, with the
 * mentions of C. trav. art. R3243-1 and the layout of the bulletin
 * clarifié: as plain text, and as printable HTML (A4).
 */
#ifndef PAYSLIP_BULLETIN_H
#define PAYSLIP_BULLETIN_H

#include <stdio.h>

#include "people.h"
#include "slip.h"

/* One bulletin as text; bulletins follow each other separated by a form
 * feed when first is 0. */
void bulletin_text(FILE *f, const struct slip *s, const struct employer *e,
    int first);
/* One bulletin as an HTML page (a div); the caller writes html_begin and
 * html_end around the pages. */
void bulletin_html(FILE *f, const struct slip *s, const struct employer *e);
/* The stylesheet to give html_begin for bulletins. */
const char *bulletin_css(void);

#endif
