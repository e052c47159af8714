#!/bin/sh
# t1002-script-breakdown-screenplain: the 17 Fountain fixtures of
# screenplain (vilcans/screenplain, MIT: LICENSE.txt and SOURCE in the
# folder), each broken down to its scene list, and their page counts,
# equal to those of afterwriting 1.17's PDF on both profiles.
. "$(dirname "$0")/lib.sh"

for f in *.fountain; do
	tcase "${f%.fountain}" 0 script-breakdown -f csv "$f"
done

# The title page is read (and not printed); a byte-order mark is dropped
# (afterwriting misses the heading after one).
tcase title-page-summary 0 script-breakdown -r summary -f csv title-page.fountain
tcase utf-8-bom-summary 0 script-breakdown -r summary -f csv utf-8-bom.fountain

pages() {
	tassert "pages $1 $2 = $3" sh -c "script-breakdown -p $2 -r summary \
	    -f csv '$1' | grep -qx 'pages,Pages,$3'"
}
for f in *.fountain; do
	n=1
	[ "$f" = page-break.fountain ] && n=2
	pages "$f" a4 $n
	pages "$f" letter $n
done
tdone
