#!/bin/sh
# t5003-cost-report-sample: the sample production's cost-report section
# of its Makefile, and the EXAMPLES of cost-report(1) and ledger(5), run
# in a copy of samples/heures-creuses. The devis and the payroll ledger
# come from budget-cnc's and payslip's sections; here they are this
# folder's fixtures in budget(5) and ledger(5) shape (t5000's), put where
# those sections write them.
. "$(dirname "$0")/lib.sh"

S=$T_TMP/sample
F=$TOP/tests/cmd/t5000-cost-report-report
cp -R "$TOP/samples/heures-creuses" "$S"
rm -rf "$S/out"
mkdir -p "$S/out"
cp "$F/budget.csv" "$S/out/budget.csv"
cp "$F/paie-ledger.csv" "$S/out/paie-ledger.csv"

# -o: the two files stand as made (their sections' own inputs, such as
# the breakdown, may not be there)
tassert "make cost builds the cost report and the budget exécuté" \
    make -s -C "$S" -o out/budget.csv -o out/paie-ledger.csv cost
for f in cout.csv cout.html budget-execute.csv budget-execute.html \
    depenses.svg; do
	tassert "out/$f written" test -s "$S/out/$f"
done
# The sample's figures: the whole cost report and budget exécuté.
tcase cout 0 cat "$S/out/cout.csv"
tcase budget-execute 0 cat "$S/out/budget-execute.csv"
tassert "the Belgian sound post is spending abroad" grep -q \
    '^total,,Total,.*,13400.00,' "$S/out/budget-execute.csv"

# The man pages' examples (their only lines starting "$ "), with the devis
# from the fixture.
examples() {
	sed -n 's/^\$ //p' "$1" | sed 's/\\-/-/g; s/\\(aq/'"'"'/g'
}
for page in cost-report.1 ledger.5; do
	n=0
	examples "$TOP/man/$page" |
	    sed 's|^budget-cnc -f csv budget.yaml|cat out/budget.csv|' \
	    >"$T_TMP/examples"
	while IFS= read -r cmd; do
		n=$((n + 1))
		tassert "$page example $n: $cmd" sh -c "cd '$S' && $cmd >/dev/null"
	done <"$T_TMP/examples"
done
tassert "examples wrote the chart and the document" test -s "$S/spending.svg" \
    -a -s "$S/executed.html"
tdone
