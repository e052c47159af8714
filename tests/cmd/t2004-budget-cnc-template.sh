#!/bin/sh
# t2004-budget-cnc-template: the templates of share/templates, a
# producer's matrice that renames, removes and adds lines, and one
# fixture per message of a template.
. "$(dirname "$0")/lib.sh"

for t in cnc-long-metrage court-metrage tv-fiction tv-documentaire \
    tv-animation; do
	sed "s/TEMPLATE/$t/" budget-share.yaml >"$T_TMP/$t.yaml"
	tcase "share-$t" 0 budget-cnc -r template -f csv "$T_TMP/$t.yaml"
done
tcase matrice 0 budget-cnc -r template -f csv budget.yaml
tcase matrice-devis 0 budget-cnc -f table budget.yaml
tcase removed-lines 1 budget-cnc budget-removed.yaml
for f in budget-*.yaml; do
	case $f in budget-removed.yaml|budget-share.yaml) continue ;; esac
	name=${f#budget-}
	tcase "${name%.yaml}" 1 budget-cnc "$f"
done
# Nine templates, each extending the next: one too many.
i=0
while [ $i -lt 9 ]; do
	echo "extends: deep$((i + 1)).yaml" >"$T_TMP/deep$i.yaml"
	i=$((i + 1))
done
cp mini.yaml "$T_TMP/deep9.yaml"
printf 'title: t\ndate: 2026-03-01\ntemplate: deep0.yaml\nlines: []\n' \
    >"$T_TMP/deep.yaml"
tassert "extends 9 deep is refused" sh -c "budget-cnc '$T_TMP/deep.yaml' \
    2>&1 | grep -q 'extend each other more than 8 deep'"
tdone
