#!/bin/sh
# t1001-script-breakdown-nyousefi: the 16 fixtures of the reference
# Fountain parser (nyousefi/Fountain, MIT: LICENSE and SOURCE in the
# folder), each broken down to its scene list; and their page counts,
# equal to those of afterwriting 1.17's PDF on both profiles (PDF pages
# less the title page, measured by bench/script-breakdown.sh).
. "$(dirname "$0")/lib.sh"

for f in *.fountain; do
	tcase "${f%.fountain}" 0 script-breakdown -f csv "$f"
done

# SceneHeaders: 17 headings; the 18th line that looks like one follows a
# heading without a blank line, which Fountain 1.1 and the reference
# parser do not read as a heading (afterwriting does). INT HOUSE DAY has no
# separator: its last word is the time of day.
tcase SceneHeaders-sets 0 script-breakdown -r sets -f csv SceneHeaders.fountain

# pages FILE PROFILE N: the summary says N pages.
pages() {
	tassert "pages $1 $2 = $3" sh -c "script-breakdown -p $2 -r summary \
	    -f csv '$1' | grep -qx 'pages,Pages,$3'"
}
for f in Boneyard CenteredText Dialogue DualDialogue ForcedElements \
    Indenting MultilineAction Notes SceneHeaders SceneNumbers \
    SectionHeaders Sections-Complex Synopses Transitions; do
	pages $f.fountain a4 1
	pages $f.fountain letter 1
done
pages PageBreaks.fountain a4 3
pages PageBreaks.fountain letter 3
pages Simple.fountain a4 2
pages Simple.fountain letter 2
tdone
