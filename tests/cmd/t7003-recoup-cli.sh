#!/bin/sh
# t7003-recoup-cli: usage errors (exit 2, nothing read or written),
# options, standard input, empty receipts.
. "$(dirname "$0")/lib.sh"

S=$TOP/samples/heures-creuses
W=$S/waterfall.yaml
R=$S/receipts.csv

tcase no-args 2 recoup
tcase help 0 recoup -h
tcase help-command 0 recoup report -h
tcase unknown-command 2 recoup summary "$W" "$R"
tcase bad-as-of 2 recoup report -a 2027-13-01 "$W" "$R"
tcase bad-period 2 recoup report -p weekly "$W" "$R"
tcase bad-format 2 recoup report -f text "$W" "$R"
tcase statement-format 2 recoup statement -f csv "$W" "$R"
tcase explain-format 2 recoup explain -f csv nordlicht "$W" "$R"
tcase party-on-report 2 recoup report -P nordlicht "$W" "$R"
tcase unknown-party 2 recoup statement -P nordlict "$W" "$R"
tcase party-without-position 2 recoup explain ftv "$W" "$R"
tcase explain-no-party 2 recoup explain "$W"
tcase too-many-operands 2 recoup check "$W" "$R" "$R"
tcase both-stdin 2 recoup check - -
tcase missing-waterfall 2 recoup check nowhere.yaml "$R"
tcase missing-receipts 2 recoup check "$W" nowhere.csv
tcase missing-data 2 recoup check -D /nonexistent "$W" "$R"
tcase output-folder-missing 2 recoup flows -o /nonexistent/f.csv "$W" "$R"

# Receipts on standard input, explicitly or not.
tcase_stdin stdin-dash 0 "$R" recoup report -a 2027-06-30 -f csv "$W" -
tcase_stdin stdin-implicit 0 "$R" recoup report -a 2027-06-30 -f csv "$W"
# --as-of cuts the last period; long options.
tcase as-of-mid-quarter 0 recoup report --as-of=2027-05-15 --format=csv \
	"$W" "$R"
tcase period-half-year 0 recoup flows --period half-year -f csv "$W" "$R"
tcase period-month-tsv 0 recoup report -p month -f tsv -a 2027-03-31 \
	"$W" "$R"
tcase report-html 0 recoup report -f html -a 2027-03-31 "$W" "$R"
# No receipt yet: an empty report, and a statement that says so.
tcase empty-report 0 recoup report -f csv small.yaml empty.csv
tcase empty-statement 0 recoup statement -P a small.yaml empty.csv
# Accounts made before anything happened: one empty period.
tcase as-of-before 0 recoup report -a 2020-01-15 -f csv small.yaml empty.csv
tdone
