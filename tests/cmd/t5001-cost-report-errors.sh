#!/bin/sh
# t5001-cost-report-errors: one fixture per message. A rejected input
# exits 1, says file:line and writes nothing (not even with -o); a usage
# or system error exits 2; a warning leaves the report as it is.
. "$(dirname "$0")/lib.sh"

# The budget (budget(5)).
for f in b-missing-column b-bad-amount b-split b-duplicate b-tax-credit \
    b-empty-code b-no-chapter b-no-post b-chapter-label b-post-chapter \
    b-empty b-ragged; do
	tcase "$f" 1 cost-report -f csv "$f.csv" ledger.csv
done

# The ledgers (ledger(5)).
for f in l-missing-column l-not-a-number l-three-decimals l-ambiguous \
    l-bad-vat l-date-range l-date-form l-status l-territory l-empty-code \
    l-unknown-code l-ragged l-utf8 l-quote l-overflow l-several l-empty; do
	tcase "$f" 1 cost-report -f csv budget.csv "$f.csv"
done
# every ledger is checked, and the errors of each are reported
tcase two-bad-ledgers 1 cost-report -f csv budget.csv l-status.csv \
    ledger.csv l-territory.csv
# from stdin, the file is named <stdin>
tcase_stdin stdin-bad 1 l-status.csv cost-report -f csv budget.csv

# Estimates and previous report.
for f in e-unknown e-amount e-twice e-missing; do
	tcase "$f" 1 cost-report -f csv -e "$f.csv" budget.csv ledger.csv
done
tcase p-amount 1 cost-report -f csv -p p-amount.csv budget.csv ledger.csv

# Warnings: the report is written.
tcase l-duplicate 0 cost-report -f csv -d chapter budget.csv l-duplicate.csv
tcase p-gone 0 cost-report -f csv -d chapter -p p-gone.csv budget.csv \
    ledger.csv
tcase unknown-allowed 0 cost-report -f csv -u budget.csv l-unknown-code.csv

# Nothing written: -o leaves an existing file as it was.
echo before >"$T_TMP/report.csv"
tcase rejected-no-output 1 cost-report -f csv -o "$T_TMP/report.csv" \
    budget.csv l-status.csv
tassert "rejected: -o file untouched" grep -qx before "$T_TMP/report.csv"

# Duplicates across spilled runs are found too: 2.2 million rows, one
# fingerprint buffer holds 2^20, the repeat is 2 million rows later.
awk 'BEGIN { print "date,code,label,party,amount,vat,status,reference,territory"
	for (i = 1; i <= 2200000; i++)
		printf "2026-03-02,22100,x,P,1.00,,paid,R%d,france\n", i
	print "2026-03-02,22100,x,P,1.00,,paid,R7,france" }' >"$T_TMP/big.csv"
tassert "duplicate across spilled runs" sh -c "cost-report -f csv \
    budget.csv '$T_TMP/big.csv' 2>&1 >/dev/null | grep -q \
    'big.csv:2200002: warning: same party, reference and code as .*big.csv:8\$'"

# Usage and system errors.
tcase usage-no-operand 2 cost-report
tcase usage-format 2 cost-report -f pdf budget.csv ledger.csv
tcase usage-depth 2 cost-report -d scene budget.csv ledger.csv
tcase usage-week 2 cost-report -w 2026-W54 budget.csv ledger.csv
tcase usage-date 2 cost-report -t 2026-02-30 budget.csv ledger.csv
tcase usage-period 2 cost-report -s 2026-04-01 -t 2026-03-01 budget.csv \
    ledger.csv
tcase usage-stdin-twice 2 cost-report - -
tcase usage-option 2 cost-report -z budget.csv ledger.csv
tcase missing-budget 2 cost-report nothing.csv ledger.csv
tcase missing-ledger 2 cost-report budget.csv nothing.csv
tdone
