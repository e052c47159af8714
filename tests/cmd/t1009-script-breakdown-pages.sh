#!/bin/sh
# t1009-script-breakdown-pages: page counts and eighths computed by hand
# on the A4 profile (57 lines a page, action 58 characters; Letter: 55
# and 61).
#
# one-page: heading + blank + 55 lines of action = 57 lines: one page,
#   ceil(8 x 57 / 57) = 8 eighths, "1". On Letter (55 lines) the action
#   block breaks after its 53rd line: page 1 holds 55 lines, page 2 the
#   last 2: the scene takes the rest of page 1 (55) and 2 lines,
#   ceil(8 x 57 / 55) = 9 eighths, "1 1/8", on 2 pages.
# split: scene A = heading + blank + 30 lines = 32 lines: 5/8 (32 x 8 /
#   57 = 4.49, up). Scene B starts on line 33 of page 1 (its blank line
#   first): 25 lines on page 1, to the bottom as it goes on, 18 lines on
#   page 2: 43 lines, ceil(8 x 43 / 57) = 7, "7/8", page 1.
# wrap: 116 letters with no space wrap as 57 + 57 + 2 characters (a hard
#   cut after max - 1 = 57, afterwriting's liner): heading + blank + 3 = 5
#   lines, 1/8. On Letter (61): 60 + 56, 4 lines.
# more: heading, blank, 50 lines of action, blank, the cue on line 54 and
#   10 lines of dialogue: 64 lines. The page can only end inside the
#   dialogue: after its 2nd line "(MORE)" ends the page (line 57) and the
#   cue comes again with "(CONT'D)" on page 2, before the 8 lines left:
#   57 + 9 = 66 lines, ceil(8 x 66 / 57) = 10 eighths, "1 2/8". On Letter
#   the page ends before the cue (a cue never ends a page, dialogue lines
#   stay together): 52 lines, the scene takes the page (55) and 11 lines:
#   ceil(8 x 66 / 55) = 10.
# dual: the second column (cue + 4 lines) is taller than the first (cue +
#   1 line) by 3 lines: heading, blank, 2 + 3, blank, "Fin." = 9 lines,
#   2/8 (afterwriting would count 6 lines: 1/8).
. "$(dirname "$0")/lib.sh"

for f in one-page split wrap more dual; do
	tcase $f 0 script-breakdown -f csv $f.fountain
	tcase $f-letter 0 script-breakdown -p letter -f csv $f.fountain
done
tcase split-summary 0 script-breakdown -r summary -f csv split.fountain
tdone
