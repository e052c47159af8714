#!/bin/sh
# t7000-recoup-sample: the sample production's report, flows, statements
# and explanations as at 31 December 2027, with the checks an auditor
# makes: the flows of each period add up to its receipts, the authors'
# statements are private files.
. "$(dirname "$0")/lib.sh"

S=$TOP/samples/heures-creuses
W=$S/waterfall.yaml
R=$S/receipts.csv
A='-a 2027-12-31'

tcase check 0 recoup check $A "$W" "$R"
tcase report 0 recoup report $A -f csv "$W" "$R"
tcase report-table 0 recoup report $A -f table "$W" "$R"
tcase report-year 0 recoup report $A -p year -f csv "$W" "$R"
tcase flows 0 recoup flows $A -f csv "$W" "$R"
tcase statement-nordlicht 0 recoup statement $A -P nordlicht "$W" "$R"
tcase statement-ourlet 0 recoup statement $A -P ourlet "$W" "$R"
tcase statement-lisiere 0 recoup statement $A -P lisiere "$W" "$R"
tcase statement-aubert 0 recoup statement $A -P aubert "$W" "$R"
tcase statement-ferhat-html 0 recoup statement $A -f html -P ferhat "$W" "$R"
tcase explain-nordlicht 0 recoup explain $A nordlicht "$W" "$R"
tcase explain-ourlet 0 recoup explain $A ourlet "$W" "$R"
tcase explain-aubert 0 recoup explain $A aubert "$W" "$R"

# The receipts from standard input give the same report.
tcase_stdin report 0 "$R" recoup report $A -f csv "$W"

# Every statement, one a page: five parties have a position.
tassert "statements of all parties, one a page" sh -c \
	"recoup statement $A '$W' '$R' | grep -c '^Destinataire' | grep -qx 5"

# Auditor's check: for each period the flows add up to the receipts
# (amounts in cents to avoid rounding in awk).
tassert "flows add up to the receipts in each period" sh -c "
	recoup flows $A -f csv '$W' '$R' | awk -F, 'NR > 1 {
		v = \$10; sub(/\\./, \"\", v); f[\$1] += v }
		END { for (p in f) print p, f[p] }' | sort >'$T_TMP/flows'
	awk -F, 'NR > 1 { split(\$1, d, \"-\"); q = d[1] \"-Q\" int((d[2] + 2) / 3)
		v = \$5; sub(/\\./, \"\", v); r[q] += v }
		END { for (p in r) print p, r[p] }' '$R' | sort >'$T_TMP/receipts'
	diff '$T_TMP/receipts' '$T_TMP/flows'"

# The authors' statements hold their remuneration: 0600.
umask 022
tassert "author's statement is written 0600" sh -c "
	recoup statement $A -P aubert -o '$T_TMP/aubert.txt' '$W' '$R' &&
	[ \"\$(stat -c %a '$T_TMP/aubert.txt')\" = 600 ]"
tassert "coproducer's statement is written 0644" sh -c "
	recoup statement $A -P nordlicht -o '$T_TMP/n.txt' '$W' '$R' &&
	[ \"\$(stat -c %a '$T_TMP/n.txt')\" = 644 ]"
tassert "flows are written 0644" sh -c "
	recoup flows $A -o '$T_TMP/f.csv' '$W' '$R' &&
	[ \"\$(stat -c %a '$T_TMP/f.csv')\" = 644 ]"
tdone
