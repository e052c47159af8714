/*
 * xml.c: writing the batch. The profile's tree is walked once for the
 * batch, and its repeated element once for each declaration; an element
 * whose value is empty is left out, and so is an element left empty.
 * Texts are converted to ISO-8859-1 here, the encoding the document
 * declares (the checks let no other character through).
 */
#include <string.h>

#include "buf.h"
#include "text.h"
#include "xml.h"

struct xml_out {
	const struct dpae_batch *b;
	FILE *f;
	struct buf tmp;
};

static int
has_content(const struct dpae_batch *b, const struct dpae_xnode *x,
    const struct dpae_decl *decl)
{
	size_t i;

	if (x->field >= 0)
		return *dpae_value(b, decl, (enum dpae_field)x->field) != '\0';
	if (x->repeat && decl == NULL) {
		for (i = 0; i < b->n; i++)
			if (dpae_decl_ok(b, &b->decls[i]) &&
			    has_content(b, x, &b->decls[i]))
				return 1;
		return 0;
	}
	for (i = 0; i < x->nkids; i++)
		if (has_content(b, &x->kids[i], decl))
			return 1;
	return 0;
}

/* Writes s escaped, in ISO-8859-1. */
static void
put_text(struct xml_out *o, const char *s)
{
	const char *p;

	buf_clear(&o->tmp);
	dpae_latin1(&o->tmp, s);
	for (p = buf_str(&o->tmp); *p != '\0'; p++) {
		switch (*p) {
		case '&': fputs("&amp;", o->f); break;
		case '<': fputs("&lt;", o->f); break;
		case '>': fputs("&gt;", o->f); break;
		case '"': fputs("&quot;", o->f); break;
		default:  putc(*p, o->f);
		}
	}
}

static void
indent(FILE *f, int depth)
{
	fprintf(f, "%*s", depth * 2, "");
}

static void write_node(struct xml_out *o, const struct dpae_xnode *x,
    const struct dpae_decl *decl, int depth);

static void
write_kids(struct xml_out *o, const struct dpae_xnode *x,
    const struct dpae_decl *decl, int depth)
{
	size_t i;

	for (i = 0; i < x->nkids; i++)
		write_node(o, &x->kids[i], decl, depth);
}

static void
write_node(struct xml_out *o, const struct dpae_xnode *x,
    const struct dpae_decl *decl, int depth)
{
	size_t i;

	if (x->repeat && decl == NULL) {
		for (i = 0; i < o->b->n; i++)
			if (dpae_decl_ok(o->b, &o->b->decls[i]))
				write_node(o, x, &o->b->decls[i], depth);
		return;
	}
	if (!has_content(o->b, x, decl))
		return;
	indent(o->f, depth);
	if (x->field >= 0) {
		fprintf(o->f, "<%s>", x->name);
		put_text(o, dpae_value(o->b, decl, (enum dpae_field)x->field));
		fprintf(o->f, "</%s>\n", x->name);
		return;
	}
	fprintf(o->f, "<%s>\n", x->name);
	write_kids(o, x, decl, depth + 1);
	indent(o->f, depth);
	fprintf(o->f, "</%s>\n", x->name);
}

void
dpae_xml_write(const struct dpae_batch *b, FILE *f)
{
	const struct dpae_profile *p = b->profile;
	struct xml_out o = { b, f, BUF_INIT };
	size_t i;

	fputs("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n", f);
	fprintf(f, "<%s", p->root.name);
	for (i = 0; i < p->nns; i++) {
		fprintf(f, "\n    xmlns:%s=\"", p->ns[i].prefix);
		put_text(&o, p->ns[i].uri);
		putc('"', f);
	}
	fputs(">\n", f);
	write_kids(&o, &p->root, NULL, 1);
	fprintf(f, "</%s>\n", p->root.name);
	buf_free(&o.tmp);
}
