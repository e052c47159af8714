#!/bin/sh
# t1008-script-breakdown-formats: every report in every format it offers,
# standard input, -o (atomic, and the same bytes as standard output), a
# UTF-8 byte-order mark with CRLF line ends, and the empty cases: an empty
# file, or a title page alone, gives the header and zero scenes on no
# page (afterwriting would print one blank page).
. "$(dirname "$0")/lib.sh"

for r in scenes sets characters elements summary; do
	for f in table csv tsv html; do
		tcase $r-$f 0 script-breakdown -r $r -f $f french.fountain
	done
done
tcase_stdin stdin 0 french.fountain script-breakdown -f csv
tcase_stdin stdin-dash 0 french.fountain script-breakdown -f csv -
tcase crlf-bom 0 script-breakdown -f csv crlf-bom.fountain
tcase empty 0 script-breakdown -f csv empty.fountain
tcase empty-summary 0 script-breakdown -r summary -f csv empty.fountain
tcase empty-sheets 0 script-breakdown -r sheets empty.fountain
tcase title-only 0 script-breakdown -r summary -f csv title-only.fountain

# -o: the file has what standard output would have; without -f, a file is
# not a terminal and gets CSV.
mkdir "$T_TMP/o"
tcase out 0 script-breakdown -o "$T_TMP/o/b.csv" french.fountain
script-breakdown -f csv french.fountain >"$T_TMP/stdout.csv"
tassert "-o writes the CSV of standard output" cmp "$T_TMP/o/b.csv" \
    "$T_TMP/stdout.csv"
tassert "-o leaves no temporary file" sh -c \
    "[ \"\$(ls -A '$T_TMP/o')\" = b.csv ]"
tdone
