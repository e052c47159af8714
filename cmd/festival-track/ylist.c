/*
 * ylist.c: the YAML values festival-track's files share: country codes
 * and lists of strings.
 */
#include <stdlib.h>
#include <string.h>

#include "ft.h"
#include "xalloc.h"
#include "ydoc.h"

int
ft_is_country(const char *s)
{
	return strlen(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' &&
	    s[1] >= 'A' && s[1] <= 'Z';
}

void
ft_get_list(struct ynode *map, const char *key, unsigned flags,
    int countries, const char ***out, size_t *n)
{
	struct ynode *seq, *it;
	size_t i;
	const char *s;

	if (ynode_seq(map, key, flags, &seq) <= 0)
		return;
	free(*out);
	*out = xcalloc(ynode_len(seq) + 1, sizeof **out);
	*n = 0;
	for (i = 0; i < ynode_len(seq); i++) {
		it = ynode_item(seq, i);
		if (ynode_as_str(it, &s) < 0)
			continue;
		if (countries && !ft_is_country(s)) {
			ynode_error(it, "use ISO 3166 codes of two capital "
			    "letters, such as FR", "'%s' is not a country "
			    "code", s);
			continue;
		}
		(*out)[(*n)++] = s;
	}
}
