#!/bin/sh
# t5000-cost-report-report: the reports of the sample production (its
# invoices and a payroll ledger in payslip's shape, on a devis in
# budget-cnc's shape) in every format, from files and from stdin.
. "$(dirname "$0")/lib.sh"

L=$TOP/samples/heures-creuses/ledger.csv

tcase line-table 0 cost-report -f table budget.csv "$L" paie-ledger.csv
tcase post-csv 0 cost-report -f csv -d post budget.csv "$L" paie-ledger.csv
tcase chapter-tsv 0 cost-report -f tsv -d chapter budget.csv "$L" \
    paie-ledger.csv
tcase week-post 0 cost-report -f csv -d post -w 2026-W12 budget.csv "$L" \
    paie-ledger.csv
tcase from-to 0 cost-report -f csv -d chapter -s 2026-03-01 -t 2026-03-31 \
    budget.csv "$L" paie-ledger.csv
tcase estimates 0 cost-report -f csv -d chapter \
    -e "$TOP/samples/heures-creuses/estimates.csv" budget.csv "$L"
tcase executed-csv 0 cost-report -x -f csv -a 2026-01-05 budget.csv "$L" \
    paie-ledger.csv
tcase executed-table 0 cost-report -x -f table -d chapter budget.csv "$L" \
    paie-ledger.csv
tcase cost-html 0 cost-report -f html -n 'Les Heures creuses' \
    -t 2026-11-26 budget.csv "$L" paie-ledger.csv
tcase executed-html 0 cost-report -x -f html -n 'Les Heures creuses' \
    -a 2026-01-05 budget.csv "$L" paie-ledger.csv
tcase chart-svg 0 cost-report -f svg -n 'Les Heures creuses' \
    -t 2026-11-26 budget.csv "$L" paie-ledger.csv

# The payroll ledger from a pipe, as "payslip ... | cost-report budget".
tcase_stdin stdin-ledger 0 paie-ledger.csv cost-report -f csv -d chapter \
    budget.csv
tcase_stdin stdin-dash 0 paie-ledger.csv cost-report -f csv -d chapter \
    budget.csv "$L" -
tcase_stdin stdin-budget 0 budget.csv cost-report -f csv -d chapter - "$L"
tassert "several ledgers add up: stdin or files, same report" sh -c \
    "cost-report -f csv budget.csv '$L' paie-ledger.csv >'$T_TMP/a' &&
    cost-report -f csv budget.csv '$L' - <paie-ledger.csv >'$T_TMP/b' &&
    cmp '$T_TMP/a' '$T_TMP/b'"

# The chart is well-formed XML and the HTML documents are in French.
tassert "svg parses as XML" /usr/bin/python3 -c "import sys, \
    xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" chart-svg.out
tassert "html is French and A4" sh -c 'grep -q "<html lang=\"fr\">" \
    executed-html.out && grep -q "size: A4 landscape" executed-html.out'

# -o: written atomically, 0600 (a line can be one person's pay).
tassert "-o writes the report with mode 0600" sh -c "cost-report -f csv \
    -o '$T_TMP/r.csv' budget.csv '$L' && [ \"\$(stat -c %a \
    '$T_TMP/r.csv')\" = 600 ] && cmp -s '$T_TMP/r.csv' post-csv.out ||
    cost-report -f csv budget.csv '$L' | cmp -s - '$T_TMP/r.csv'"
tcase help 0 cost-report -h
tdone
