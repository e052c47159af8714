#!/bin/sh
# t2000-budget-cnc-usage: options, operands and system errors (exit 2).
. "$(dirname "$0")/lib.sh"

tcase help 0 budget-cnc -h
tcase help-long 0 budget-cnc --help
tcase no-operand 2 budget-cnc
tcase three-operands 2 budget-cnc budget.yaml budget.yaml budget.yaml
tcase bad-option 2 budget-cnc -x budget.yaml
tcase bad-format 2 budget-cnc -f xml budget.yaml
tcase bad-format-summary 2 budget-cnc -r summary -f xlsx budget.yaml
tcase bad-report 2 budget-cnc -r topsheet budget.yaml
tcase bad-global 2 budget-cnc -g days budget.yaml
tcase bad-global-name 2 budget-cnc -g 2days=3 budget.yaml
tcase plan-without-financing 2 budget-cnc -r plan budget.yaml
tcase missing-file 2 budget-cnc missing.yaml
tcase missing-financing 2 budget-cnc budget.yaml missing.yaml
tcase missing-breakdown 2 budget-cnc -b missing.csv budget.yaml
tcase diff-one-operand 2 budget-cnc diff budget.yaml
tcase missing-data 2 budget-cnc -D nowhere budget.yaml
# Nothing is left behind when the output cannot be written.
tcase unwritable-output 2 budget-cnc -o nowhere/devis.csv budget.yaml
tdone
