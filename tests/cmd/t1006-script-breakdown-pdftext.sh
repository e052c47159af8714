#!/bin/sh
# t1006-script-breakdown-pdftext: screenplays as pdftotext -layout writes
# them from a PDF (SOURCE in the folder). The public-domain screenplay,
# printed by afterwriting on A4, gives back the breakdown of its Fountain
# file: scenes on pages 1, 1 and 7, 2/8 + 6 5/8 + 1 1/8 = 8 pages, and the
# title page is not counted. The French one has a title page, dual
# dialogue (two cues on one line) and accents. The hand-written shooting
# script has scene numbers on both sides of the headings, printed page
# numbers, (CONTINUED), CONTINUED: and (MORE) marks: scene 12 goes on to
# page 2, so it takes the rest of page 1 (57 lines) and 6 lines of page 2:
# ceil(8 x 63 / 57) = 9 eighths, 1 1/8.
. "$(dirname "$0")/lib.sh"

tcase library 0 script-breakdown -f csv library.txt
tcase library-summary 0 script-breakdown -r summary -f csv library.txt
tcase french 0 script-breakdown -f csv french.txt
tcase french-characters 0 script-breakdown -r characters -f csv french.txt
tcase numbered 0 script-breakdown -f csv numbered.txt
tcase numbered-summary 0 script-breakdown -r summary -f csv numbered.txt
# The form feeds make it text; -i text reads it from standard input.
tcase_stdin stdin 0 numbered.txt script-breakdown -i text -f csv
tdone
