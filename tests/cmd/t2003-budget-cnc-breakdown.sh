#!/bin/sh
# t2003-budget-cnc-breakdown: the globals a breakdown (script-breakdown's
# CSV) gives a budget.
#
# breakdown.csv: 5 scenes of 12 + 3 + 20 + 9 + 5 = 49 eighths, so
#   scenes 5 (69100: 5 x 10 = 50.00), eighths 49 (65100: 49.00),
#   pages 49/8 = 6.125 -> 6.13 x 10 = 61.30 (76100),
#   est_shoot_days = 49 / 10 a day, rounded up = 5 (71100: 5 000.00);
#   with the practice pace of 24 eighths (share/budget/practice.yaml) 3,
#   sets BOULANGERIE, RUE, APPARTEMENT, DÉPÔT DE BUS = 4 (52100: 400.00),
#   speaking_roles MATHILDE, PATRON, YANN, CHEF DE DÉPÔT = 4 (32100:
#   2 000.00), silent_roles PASSANT, CONDUCTEUR = 2 (33200: 600.00),
#   extras_days 4 + 8 + 2 = 14 (34100: 1 498.00).
# The breakdown replaces budget.yaml's sets (7) and extras_days (20).
. "$(dirname "$0")/lib.sh"

tcase globals 0 budget-cnc -b breakdown.csv -f csv budget.yaml
tcase default-pace 0 sh -c 'budget-cnc -b breakdown.csv default-pace.yaml | grep ^71100,'
tcase_stdin stdin 0 breakdown.csv budget-cnc -b - -f csv budget.yaml
# Without -b the file's values serve: 7 sets, 20 extras-days.
tcase no-breakdown 0 budget-cnc -f csv no-breakdown.yaml
# -g wins over the breakdown.
tcase option-wins 0 sh -c 'budget-cnc -b breakdown.csv -g sets=9 budget.yaml | grep ^52100,'
tcase empty 0 sh -c 'budget-cnc -b empty.csv budget.yaml | grep -E "^(69100|71100),"'
tcase bad-numbers 1 budget-cnc -b bad-numbers.csv budget.yaml
tcase missing-column 1 budget-cnc -b missing-column.csv budget.yaml
tcase bad-quote 1 budget-cnc -b bad-quote.csv budget.yaml
tdone
