#!/bin/sh
# t2005-budget-cnc-financing: the plan de financement against the devis
# of t2001 (36 338,03 €), and one fixture per message of financing.yaml.
#
# The balance line takes 36 338.03 - (10 000 + 5 000 + 8 000 + 6 000 +
# 2 000) = 5 338.03. Shares in hundredths of a percent, largest
# remainder: 10 000 / 36 338.03 = 27.519378..% and so on; the floors
# 2751 + 1375 + 2201 + 1651 + 1468 + 550 = 9996 leave 4 hundredths, to
# the largest remainders .9927 (balance), .9689 (Région), .9378 (CNC),
# .5503 (Canal+): 27.52 + 13.76 + 22.02 + 16.51 + 14.69 + 5.50 = 100.00.
# Families: public 15 000.00 (41.28 %), tv 8 000.00, foreign 6 000.00,
# producer 7 338.03 (20.19 %). Status: acquis 10 000 + 6 000 + 5 338.03 +
# 2 000 = 23 338.03; en cours 5 000; espéré 8 000. Nature: deferred
# 2 000, cash 34 338.03. Part étrangère (Brusselmans, BE) 6 000.00, part
# française 30 338.03.
. "$(dirname "$0")/lib.sh"

tcase plan-table 0 budget-cnc -r plan -f table budget.yaml financing.yaml
tcase plan-csv 0 budget-cnc -r plan -f csv budget.yaml financing.yaml
tcase plan-html 0 budget-cnc -r plan -f html budget.yaml financing.yaml
# The devis in HTML carries the plan on its last page.
tcase devis-html-plan 0 sh -c 'budget-cnc -f html budget.yaml financing.yaml |
    grep -c "<h2>Plan de financement</h2>"'
for f in bad-*.yaml; do
	name=${f#bad-}
	tcase "${name%.yaml}" 1 budget-cnc -r plan budget.yaml "$f"
done
tdone
