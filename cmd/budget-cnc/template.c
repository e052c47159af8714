/*
 * template.c: loading devis templates. A template file either lists the
 * nine chapters with their posts and lines, or extends another template
 * and renames, removes and adds lines. Files are merged into a model
 * indexed by code, then frozen into sorted arrays.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data.h"
#include "template.h"
#include "xalloc.h"
#include "ydoc.h"

#define EXTENDS_MAX 8
#define NCODES 100000

const char *const bcnc_kind_names[] = {
	"technician", "artist", "author", "permanent", "provider", "expense",
	"charges", "overhead", "contingency", NULL
};
const char *const bcnc_kind_labels_fr[] = {
	"technicien intermittent", "artiste intermittent", "auteur",
	"permanent", "prestataire", "dépense", "charges sociales",
	"frais généraux", "imprévus", NULL
};
const char *const bcnc_work_names[] = { "feature", "short", "tv", NULL };
const char *const bcnc_work_labels_fr[] = {
	"long métrage", "court métrage", "œuvre audiovisuelle", NULL
};
const char *const bcnc_genre_names[] = {
	"fiction", "documentary", "animation", NULL
};
const char *const bcnc_genre_labels_fr[] = {
	"fiction", "documentaire", "animation", NULL
};

int
bcnc_kind_is_salary(enum bcnc_kind k)
{
	return k == BCNC_TECHNICIAN || k == BCNC_ARTIST || k == BCNC_PERMANENT;
}

int
bcnc_code_valid(const char *s)
{
	return strlen(s) == 5 && strspn(s, "0123456789") == 5 && s[0] != '0';
}

/* --- the model being built ------------------------------------------- */

struct mpost {
	char code[3];
	char *label;
	int financial, kind, tax_credit;
	int defined;
};

struct mline {
	char code[6];
	char *label;
	int kind, tax_credit, charges;
	int removed;
};

struct model {
	char *name, *label;
	int work, genre;
	char *chlabel[9];
	struct mpost post[100];		/* by post number */
	struct mline *lines;
	size_t nlines, caplines;
	int32_t *line_at;		/* code -> index in lines, or -1 */
	const char *datadir;
	struct diag *d;
	const char *stack[EXTENDS_MAX + 1];	/* files being read */
	int depth;
};

static void
model_init(struct model *m, const char *datadir, struct diag *d)
{
	memset(m, 0, sizeof *m);
	m->line_at = xmalloc(NCODES * sizeof *m->line_at);
	memset(m->line_at, 0xff, NCODES * sizeof *m->line_at);
	m->datadir = datadir;
	m->d = d;
}

static void
model_free(struct model *m)
{
	size_t i;

	free(m->name);
	free(m->label);
	for (i = 0; i < 9; i++)
		free(m->chlabel[i]);
	for (i = 0; i < 100; i++)
		free(m->post[i].label);
	for (i = 0; i < m->nlines; i++)
		free(m->lines[i].label);
	free(m->lines);
	free(m->line_at);
}

static void
set_str(char **dst, const char *s)
{
	free(*dst);
	*dst = xstrdup(s);
}

/* --- reading codes and defaults -------------------------------------- */

/* Reads a code of ndigits digits at n into out; the first digit is 1..9. */
static int
read_code(struct ynode *n, size_t ndigits, char *out)
{
	const char *s;

	if (ynode_as_str(n, &s) < 0)
		return -1;
	if (strlen(s) != ndigits || strspn(s, "0123456789") != ndigits ||
	    s[0] == '0') {
		ynode_error(n, ndigits == 5 ? "a line code has five digits, "
		    "the first two being its post (24100 is in post 24)" :
		    NULL, "'%s' is not a %s code", s, ndigits == 5 ? "line" :
		    ndigits == 2 ? "post" : "chapter");
		return -1;
	}
	memcpy(out, s, ndigits + 1);
	return 0;
}

/* kind and tax_credit of a chapter, post or line map, over defaults. */
static void
read_defaults(struct ynode *map, int *kind, int *tax_credit)
{
	int k, b;

	if (ynode_enum(map, "kind", 0, bcnc_kind_names, &k) == 1) {
		if (k >= BCNC_USER_KINDS)
			ynode_error(ynode_get(map, "kind"), "computed lines "
			    "say 'charges: KIND' instead", "kind '%s' is not "
			    "for template lines", bcnc_kind_names[k]);
		else
			*kind = k;
	}
	if (ynode_bool(map, "tax_credit", 0, &b) == 1)
		*tax_credit = b;
}

/* --- adding lines and posts ------------------------------------------ */

static struct mline *
add_line(struct model *m, struct ynode *at, const char *code)
{
	int32_t c = (int32_t)atoi(code);
	struct mline *l;

	if (m->line_at[c] >= 0 && !m->lines[m->line_at[c]].removed) {
		ynode_error(at, NULL, "line '%s' is already in the template",
		    code);
		return NULL;
	}
	xgrow(&m->lines, &m->caplines, m->nlines + 1, sizeof *m->lines);
	l = &m->lines[m->nlines];
	memset(l, 0, sizeof *l);
	memcpy(l->code, code, 6);
	l->charges = -1;
	m->line_at[c] = (int32_t)m->nlines++;
	return l;
}

/* Reads one line map into the model, in post pn. */
static void
read_line(struct model *m, struct ynode *map, int pn)
{
	char code[6];
	const char *label = NULL;
	struct mline *l;
	struct ynode *cn = ynode_get(map, "code");
	int kind = m->post[pn].kind, tc = m->post[pn].tax_credit, ch = -1;

	if (cn == NULL) {
		ynode_error(map, NULL, "missing key 'code'");
		return;
	}
	if (read_code(cn, 5, code) < 0)
		return;
	if (atoi(code) / 1000 != pn) {
		ynode_error(cn, NULL, "line '%s' is not in post '%02d'", code,
		    pn);
		return;
	}
	(void)ynode_str(map, "label", Y_REQUIRED, &label);
	read_defaults(map, &kind, &tc);
	if (ynode_enum(map, "charges", 0, bcnc_kind_names, &ch) == 1 &&
	    ch != BCNC_TECHNICIAN && ch != BCNC_ARTIST) {
		ynode_error(ynode_get(map, "charges"), "the contribution "
		    "tables cover intermittents: technician or artist",
		    "charges of '%s' are not computed", bcnc_kind_names[ch]);
		ch = -1;
	}
	if (ch >= 0)
		kind = BCNC_CHARGES;
	(void)ynode_check_unknown(map);
	if (label == NULL || (l = add_line(m, cn, code)) == NULL)
		return;
	l->label = xstrdup(label);
	l->kind = kind;
	l->tax_credit = tc;
	l->charges = ch;
}

static void
read_post(struct model *m, struct ynode *map, int chapter, int kind, int tc)
{
	char code[3];
	const char *label = NULL;
	struct ynode *cn = ynode_get(map, "post"), *lines = NULL;
	struct mpost *p;
	size_t i;
	int pn, fin = 0;

	if (cn == NULL || read_code(cn, 2, code) < 0) {
		if (cn == NULL)
			ynode_error(map, NULL, "missing key 'post'");
		return;
	}
	pn = atoi(code);
	if (pn / 10 != chapter) {
		ynode_error(cn, NULL, "post '%s' is not in chapter %d", code,
		    chapter);
		return;
	}
	p = &m->post[pn];
	if (p->defined)
		ynode_error(cn, NULL, "post '%s' is listed twice", code);
	(void)ynode_str(map, "label", Y_REQUIRED, &label);
	(void)ynode_bool(map, "financial", 0, &fin);
	read_defaults(map, &kind, &tc);
	(void)ynode_get(map, "source");
	(void)ynode_get(map, "confidence");
	(void)ynode_seq(map, "lines", 0, &lines);
	(void)ynode_check_unknown(map);
	p->defined = 1;
	memcpy(p->code, code, 3);
	set_str(&p->label, label != NULL ? label : "");
	p->financial = fin;
	p->kind = kind;
	p->tax_credit = tc;
	for (i = 0; lines != NULL && i < ynode_len(lines); i++)
		read_line(m, ynode_item(lines, i), pn);
}

static void
read_chapter(struct model *m, struct ynode *map)
{
	long long num = 0;
	const char *label = NULL;
	struct ynode *posts = NULL;
	int kind = BCNC_EXPENSE, tc = 0;
	size_t i;

	if (ynode_int(map, "chapter", Y_REQUIRED, &num) != 1)
		return;
	if (num < 1 || num > 9) {
		ynode_error(ynode_get(map, "chapter"), "the CNC devis has "
		    "chapters 1 to 9", "no chapter %lld", num);
		return;
	}
	if (m->chlabel[num - 1] != NULL)
		ynode_error(ynode_get(map, "chapter"), NULL,
		    "chapter %lld is listed twice", num);
	(void)ynode_str(map, "label", Y_REQUIRED, &label);
	read_defaults(map, &kind, &tc);
	(void)ynode_get(map, "source");
	(void)ynode_get(map, "confidence");
	(void)ynode_seq(map, "posts", 0, &posts);
	(void)ynode_check_unknown(map);
	set_str(&m->chlabel[num - 1], label != NULL ? label : "");
	for (i = 0; posts != NULL && i < ynode_len(posts); i++)
		read_post(m, ynode_item(posts, i), (int)num, kind, tc);
}

/* --- changes made by an extending template --------------------------- */

static void
remove_code(struct model *m, struct ynode *n)
{
	const char *s;
	size_t i;
	int pn;

	if (ynode_as_str(n, &s) < 0)
		return;
	if (bcnc_code_valid(s) && m->line_at[atoi(s)] >= 0 &&
	    !m->lines[m->line_at[atoi(s)]].removed) {
		m->lines[m->line_at[atoi(s)]].removed = 1;
		return;
	}
	if (strlen(s) == 2 && strspn(s, "0123456789") == 2 &&
	    m->post[pn = atoi(s)].defined) {
		m->post[pn].defined = 0;
		for (i = 0; i < m->nlines; i++)
			if (atoi(m->lines[i].code) / 1000 == pn)
				m->lines[i].removed = 1;
		return;
	}
	ynode_error(n, NULL, "cannot remove '%s': no such line or post", s);
}

static void
rename_code(struct model *m, struct ynode *key, struct ynode *val)
{
	const char *code = ynode_text(key, NULL), *label;
	size_t len = strlen(code);
	char **dst = NULL;

	if (ynode_as_str(val, &label) < 0)
		return;
	if (strspn(code, "0123456789") == len && code[0] != '0') {
		if (len == 1)
			dst = &m->chlabel[code[0] - '1'];
		else if (len == 2 && m->post[atoi(code)].defined)
			dst = &m->post[atoi(code)].label;
		else if (len == 5 && m->line_at[atoi(code)] >= 0 &&
		    !m->lines[m->line_at[atoi(code)]].removed)
			dst = &m->lines[m->line_at[atoi(code)]].label;
	}
	if (dst == NULL || *dst == NULL) {
		ynode_error(key, NULL, "cannot rename '%s': no such chapter, "
		    "post or line", code);
		return;
	}
	set_str(dst, label);
}

/* An added line whose post is new names the post with post_label. */
static void
add_one(struct model *m, struct ynode *map)
{
	struct ynode *cn = ynode_get(map, "code");
	const char *plabel = NULL, *s;
	int pn;

	(void)ynode_str(map, "post_label", 0, &plabel);
	s = cn != NULL && ynode_kind(cn) == YNODE_SCALAR ?
	    ynode_text(cn, NULL) : NULL;
	if (s == NULL || !bcnc_code_valid(s)) {
		read_line(m, map, 0);	/* reports the bad code */
		return;
	}
	pn = atoi(s) / 1000;
	if (!m->post[pn].defined) {
		if (plabel == NULL) {
			ynode_error(cn, "give it a 'post_label' to create "
			    "the post", "post '%02d' is not in the template",
			    pn);
			return;
		}
		m->post[pn].code[0] = (char)('0' + pn / 10);
		m->post[pn].code[1] = (char)('0' + pn % 10);
		set_str(&m->post[pn].label, plabel);
		m->post[pn].defined = 1;
		m->post[pn].kind = BCNC_EXPENSE;
	}
	read_line(m, map, pn);
}

static void
apply_changes(struct model *m, struct ynode *root)
{
	struct ynode *n;
	size_t i;

	if (ynode_seq(root, "remove", 0, &n) == 1)
		for (i = 0; i < ynode_len(n); i++)
			remove_code(m, ynode_item(n, i));
	if (ynode_map(root, "rename", 0, &n) == 1)
		for (i = 0; i < ynode_len(n); i++)
			rename_code(m, ynode_pair_key(n, i),
			    ynode_pair_value(n, i));
	if (ynode_seq(root, "add", 0, &n) == 1)
		for (i = 0; i < ynode_len(n); i++)
			add_one(m, ynode_item(n, i));
}

/* --- files ----------------------------------------------------------- */

/* 1 when ref names a template of the data folder, not a file. */
static int
is_template_name(const char *ref)
{
	size_t n = strlen(ref);

	return strchr(ref, '/') == NULL && (n < 5 ||
	    strcmp(ref + n - 5, ".yaml") != 0);
}

/* The file ref names, seen from the file from. */
static char *
resolve(const char *ref, const char *from, const char *datadir)
{
	if (is_template_name(ref)) {
		char *rel = xasprintf("templates/%s.yaml", ref);
		char *path = data_path(datadir, rel);

		free(rel);
		return path;
	}
	return bcnc_path_near(ref, from);
}

char *
bcnc_path_near(const char *ref, const char *from)
{
	const char *slash;

	if (ref[0] == '/' || from == NULL || strcmp(from, "-") == 0 ||
	    (slash = strrchr(from, '/')) == NULL)
		return xstrdup(ref);
	return xasprintf("%.*s/%s", (int)(slash - from), from, ref);
}

static int read_file(struct model *m, const char *ref, const char *path,
    const struct srcpos *at);

static void
read_header(struct model *m, struct ynode *root)
{
	const char *s;
	int e;

	if (ynode_str(root, "name", 0, &s) == 1)
		set_str(&m->name, s);
	if (ynode_str(root, "label", 0, &s) == 1)
		set_str(&m->label, s);
	if (ynode_enum(root, "work", 0, bcnc_work_names, &e) == 1)
		m->work = e;
	if (ynode_enum(root, "genre", 0, bcnc_genre_names, &e) == 1)
		m->genre = e;
	(void)ynode_get(root, "source");
	(void)ynode_get(root, "confidence");
}

static void
read_root(struct model *m, struct ynode *root, const char *path)
{
	struct ynode *ext = ynode_get(root, "extends"), *chapters = NULL;
	const char *ref;
	size_t i;

	if (ext != NULL && ynode_as_str(ext, &ref) == 0) {
		char *base = resolve(ref, path, m->datadir);
		struct srcpos at = ynode_pos(ext);

		(void)read_file(m, ref, base, &at);
		free(base);
	}
	read_header(m, root);
	if (ext == NULL) {
		if (ynode_seq(root, "chapters", Y_REQUIRED, &chapters) == 1)
			for (i = 0; i < ynode_len(chapters); i++)
				read_chapter(m, ynode_item(chapters, i));
	} else {
		apply_changes(m, root);
	}
	(void)ynode_check_unknown(root);
}

static int
read_file(struct model *m, const char *ref, const char *path,
    const struct srcpos *at)
{
	int is_name = is_template_name(ref);
	struct ydoc *doc;
	int i;

	for (i = 0; i < m->depth; i++)
		if (strcmp(m->stack[i], path) == 0) {
			diag_error(m->d, at, NULL, "templates extend each "
			    "other in a cycle through '%s'", path);
			return -1;
		}
	if (m->depth >= EXTENDS_MAX) {
		diag_error(m->d, at, NULL, "templates extend each other more "
		    "than %d deep", EXTENDS_MAX);
		return -1;
	}
	if (is_name && access(path, F_OK) != 0) {
		diag_error(m->d, at, "templates are in the data folder's "
		    "templates/, or name a file of your own", "unknown "
		    "template '%s'", ref);
		return -1;
	}
	if ((doc = ydoc_load(path, m->d)) == NULL)
		return -1;
	m->stack[m->depth++] = path;
	read_root(m, ydoc_root(doc), path);
	m->depth--;
	ydoc_free(doc);
	return 0;
}

/* --- freezing the model ---------------------------------------------- */

static int
cmp_line(const void *a, const void *b)
{
	return strcmp(((const struct bcnc_tline *)a)->code,
	    ((const struct bcnc_tline *)b)->code);
}

static void
freeze_lines(struct model *m, struct bcnc_template *t)
{
	size_t i;

	t->lines = xcalloc(m->nlines + 1, sizeof *t->lines);
	for (i = 0; i < m->nlines; i++) {
		struct mline *l = &m->lines[i];
		struct bcnc_tline *tl;

		if (l->removed || !m->post[atoi(l->code) / 1000].defined)
			continue;
		tl = &t->lines[t->nlines++];
		memcpy(tl->code, l->code, 6);
		tl->label = l->label;
		l->label = NULL;
		tl->kind = (enum bcnc_kind)l->kind;
		tl->tax_credit = l->tax_credit;
		tl->charges = l->charges;
	}
	if (t->nlines > 1)
		qsort(t->lines, t->nlines, sizeof *t->lines, cmp_line);
}

static void
freeze_posts(struct model *m, struct bcnc_template *t)
{
	size_t i, li = 0, c;

	t->posts = xcalloc(100, sizeof *t->posts);
	for (c = 0; c < 9; c++) {
		t->chapters[c].num = (int)c + 1;
		t->chapters[c].label = m->chlabel[c];
		m->chlabel[c] = NULL;
		t->chapters[c].first = t->nposts;
		for (i = (c + 1) * 10; i < (c + 2) * 10; i++) {
			struct bcnc_tpost *p;

			if (!m->post[i].defined)
				continue;
			p = &t->posts[t->nposts];
			memcpy(p->code, m->post[i].code, 3);
			p->label = m->post[i].label;
			m->post[i].label = NULL;
			p->financial = m->post[i].financial;
			p->chapter = c;
			p->first = li;
			while (li < t->nlines &&
			    atoi(t->lines[li].code) / 1000 == (int)i)
				t->lines[li++].post = t->nposts;
			p->n = li - p->first;
			t->nposts++;
		}
		t->chapters[c].n = t->nposts - t->chapters[c].first;
	}
}

static struct bcnc_template *
freeze(struct model *m, const struct srcpos *at)
{
	struct bcnc_template *t;
	int c;

	for (c = 0; c < 9; c++)
		if (m->chlabel[c] == NULL) {
			diag_error(m->d, at, "a template lists the nine "
			    "chapters of the CNC devis", "template has no "
			    "chapter %d", c + 1);
			return NULL;
		}
	t = xcalloc(1, sizeof *t);
	t->name = m->name != NULL ? m->name : xstrdup("");
	t->label = m->label != NULL ? m->label : xstrdup(t->name);
	m->name = m->label = NULL;
	t->work = (enum bcnc_work)m->work;
	t->genre = (enum bcnc_genre)m->genre;
	freeze_lines(m, t);
	freeze_posts(m, t);
	return t;
}

struct bcnc_template *
bcnc_template_load(const char *ref, const char *from, const char *datadir,
    const struct srcpos *at, struct diag *d)
{
	struct model m;
	struct bcnc_template *t = NULL;
	unsigned before = d->errors;
	char *path = resolve(ref, from, datadir);
	struct srcpos where;

	model_init(&m, datadir, d);
	if (read_file(&m, ref, path, at) == 0 && d->errors == before) {
		where.file = path;
		where.line = where.col = 0;
		t = freeze(&m, &where);
	}
	model_free(&m);
	free(path);
	return t;
}

struct bcnc_template *
bcnc_template_load_mem(const char *name, const char *text, size_t len,
    const char *datadir, struct diag *d)
{
	struct model m;
	struct bcnc_template *t = NULL;
	unsigned before = d->errors;
	struct ydoc *doc = ydoc_load_mem(name, text, len, d);
	struct srcpos where = { name, 0, 0 };

	if (doc == NULL)
		return NULL;
	model_init(&m, datadir, d);
	m.stack[m.depth++] = name;
	read_root(&m, ydoc_root(doc), name);
	if (d->errors == before)
		t = freeze(&m, &where);
	model_free(&m);
	ydoc_free(doc);
	return t;
}

void
bcnc_template_free(struct bcnc_template *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < 9; i++)
		free(t->chapters[i].label);
	for (i = 0; i < t->nposts; i++)
		free(t->posts[i].label);
	for (i = 0; i < t->nlines; i++)
		free(t->lines[i].label);
	free(t->posts);
	free(t->lines);
	free(t->name);
	free(t->label);
	free(t);
}

const struct bcnc_tline *
bcnc_template_line(const struct bcnc_template *t, const char *code)
{
	struct bcnc_tline key;

	if (strlen(code) != 5)
		return NULL;
	memcpy(key.code, code, 6);
	return bsearch(&key, t->lines, t->nlines, sizeof *t->lines,
	    cmp_line);
}

const struct bcnc_tpost *
bcnc_template_post(const struct bcnc_template *t, const char *code)
{
	size_t i;

	for (i = 0; i < t->nposts; i++)
		if (strcmp(t->posts[i].code, code) == 0)
			return &t->posts[i];
	return NULL;
}
