#!/bin/sh
# t2002-budget-cnc-errors: budget.yaml rejected, one fixture per message:
# file:line:col, exit 1, nothing written. many-errors.yaml shows that one
# run reports every problem.
. "$(dirname "$0")/lib.sh"

for f in *.yaml; do
	tcase "${f%.yaml}" 1 budget-cnc -f csv "$f"
done
budget-cnc -o "$T_TMP/devis.csv" many-errors.yaml 2>/dev/null
tassert "nothing written when rejected" test ! -e "$T_TMP/devis.csv"
tdone
