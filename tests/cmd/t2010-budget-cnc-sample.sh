#!/bin/sh
# t2010-budget-cnc-sample: the budget-cnc section of the sample
# production's Makefile builds the devis (budget.csv, text, HTML, XLSX),
# the plan and the checks, with --strict, from a breakdown in the shape
# script-breakdown writes (a fixture here: 8 scenes, 6 sets, 8 extras on
# the bus depot day).
#
# Without a breakdown the devis comes to 180 584,36 € with 13 912,50 €
# spent in Belgium (the sound post-production of Nordlicht Productions
# and its share of the imprévus). The breakdown's 6 sets replace
# budget.yaml's 7 (52100: 6 x 300 = 1 800,00), so the total is
# 300 x 1.12 = 336,00 € lower, 180 248,36 €, and the producer's cash,
# the balance, 25 248,36 €.
. "$(dirname "$0")/lib.sh"

cp -R "$TOP/samples/heures-creuses" "$T_TMP/sample"
mkdir -p "$T_TMP/sample/out"
cp breakdown.csv "$T_TMP/sample/out/breakdown.csv"
docs="out/budget.csv out/devis.txt out/devis.html out/devis.xlsx \
    out/financement.html out/controles.txt"
tassert "make builds the budget documents" sh -c \
    "cd '$T_TMP/sample' && make -s $docs >'$T_TMP/make.log' 2>&1 ||
    { cat '$T_TMP/make.log'; exit 1; }"
tcase budget-csv 0 cat "$T_TMP/sample/out/budget.csv"
tcase devis-txt 0 cat "$T_TMP/sample/out/devis.txt"
tcase controles 0 cat "$T_TMP/sample/out/controles.txt"
tcase plan 0 sh -c "cd '$T_TMP/sample' && budget-cnc -r plan -f csv \
    -b out/breakdown.csv budget.yaml financing.yaml"
tcase xlsx 0 python3 ../t2007-budget-cnc-xlsx/xlsxcheck.py "$T_TMP/sample/out/devis.xlsx"
tassert "the HTML devis is a document in French" grep -q \
    '<html lang="fr">' "$T_TMP/sample/out/devis.html"
tassert "the plan names the balance" grep -q \
    'Films de la Lisière, apport en numéraire' "$T_TMP/sample/out/financement.html"
# Every devis code of the bible is a line of the devis.
for code in 12100 13100 14100 22100 23100 23200 24100 25100 25200 25300 \
    26100 27100 28100 31100 31200 32100 34100 41100 43100; do
	tassert "the devis has $code" grep -q "^$code," "$T_TMP/sample/out/budget.csv"
done
tdone
