/*
 * xml.h: a batch of declarations written as the format profile's XML
 * tree, in ISO-8859-1.
 */
#ifndef DPAE_XML_H
#define DPAE_XML_H

#include <stdio.h>

#include "decl.h"

/* Writes the declarations of b that can be declared (dpae_decl_ok) as one
 * document. */
void dpae_xml_write(const struct dpae_batch *b, FILE *f);

#endif
