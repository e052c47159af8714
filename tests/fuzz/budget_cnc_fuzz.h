/*
 * budget_cnc_fuzz.h: a small template for the budget-cnc fuzz targets,
 * so that they need no data folder.
 */
#ifndef BUDGET_CNC_FUZZ_H
#define BUDGET_CNC_FUZZ_H

#include <string.h>

#include "../../cmd/budget-cnc/template.h"

static const char fuzz_template[] =
    "name: fuzz\nlabel: Fuzz\nwork: feature\nchapters:\n"
    "  - {chapter: 1, label: A, kind: author, tax_credit: true, posts: ["
    "{post: '12', label: S, lines: [{code: '12100', label: S}]}]}\n"
    "  - {chapter: 2, label: B, kind: technician, posts: ["
    "{post: '22', label: R, lines: [{code: '22100', label: R}]},"
    "{post: '24', label: P, lines: [{code: '24100', label: D},"
    "{code: '24200', label: A, kind: permanent}]}]}\n"
    "  - {chapter: 3, label: C, kind: artist, posts: ["
    "{post: '31', label: R, lines: [{code: '31100', label: R}]}]}\n"
    "  - {chapter: 4, label: D, posts: [{post: '41', label: C, lines: ["
    "{code: '41100', label: C, charges: technician}]}]}\n"
    "  - {chapter: 5, label: E, posts: [{post: '52', label: N, lines: ["
    "{code: '52100', label: N}]}]}\n"
    "  - {chapter: 6, label: F, posts: []}\n"
    "  - {chapter: 7, label: G, posts: [{post: '71', label: C, lines: ["
    "{code: '71100', label: C}]}]}\n"
    "  - {chapter: 8, label: H, posts: [{post: '85', label: M, lines: ["
    "{code: '85100', label: M}]}]}\n"
    "  - {chapter: 9, label: I, posts: [{post: '94', label: F, "
    "financial: true, lines: [{code: '94100', label: F}]}]}\n";

static struct bcnc_template *
fuzz_load_template(struct diag *d)
{
	return bcnc_template_load_mem("fuzz-template.yaml", fuzz_template,
	    strlen(fuzz_template), "/nonexistent", d);
}

#endif
