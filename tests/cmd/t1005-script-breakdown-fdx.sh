#!/bin/sh
# t1005-script-breakdown-fdx: a Final Draft file written for the tests,
# with the structure of screenplay.md §3: numbered scene headings with
# SceneProperties (Length "1 3/8" = 11 eighths, "5/8", page), a summary in
# two paragraphs, text in several runs, dual dialogue, an omitted scene
# (left out), a General paragraph, a scene without properties (measured),
# and TagData whose categories are matched by name: Props, Vehicles,
# Animals (an empty label takes the tagged words), Background Actors
# ("6 passants": 6 extras), Cast Members (not speaking: silent), Greenery
# (set dressing), Script Day (read and left aside), and Unicorns, unknown:
# warned once, with its line.
. "$(dirname "$0")/lib.sh"

tcase scenes 0 script-breakdown -f csv nuit.fdx
tcase elements 0 script-breakdown -r elements -f csv nuit.fdx
tcase summary 0 script-breakdown -r summary -f csv nuit.fdx
tcase sheets 0 script-breakdown -r sheets nuit.fdx
# Found by content, named otherwise, and from standard input with -i.
tcase by-content 0 script-breakdown -f csv nuit.xml
tcase_stdin stdin 0 nuit.fdx script-breakdown -i fdx -f csv
# Rejections: nothing on standard output, exit 1.
tcase truncated 1 script-breakdown truncated.fdx
tcase not-final-draft 1 script-breakdown not-final-draft.fdx
tcase bad-entity 1 script-breakdown bad-entity.fdx
tcase fountain-named-fdx 1 script-breakdown fountain-named.fdx
tcase fountain-named-fdx-forced 0 script-breakdown -i fountain -f csv \
    fountain-named.fdx
tdone
