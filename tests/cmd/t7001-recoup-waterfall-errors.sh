#!/bin/sh
# t7001-recoup-waterfall-errors: one fixture a message for waterfall.yaml.
# Each NAME.yaml has one defect (several-errors.yaml several, all
# reported): recoup exits 1 with NAME.err and writes nothing. The warn-*
# fixtures are accepted with a warning.
. "$(dirname "$0")/lib.sh"

for f in *.yaml; do
	name=${f%.yaml}
	case $name in
	warn-*) want=0 ;;
	*) want=1 ;;
	esac
	tcase "$name" $want recoup check "$f" receipts.csv
done

# Nothing is written when the input is rejected.
tassert "rejected input writes no file" sh -c "
	! recoup report -o '$T_TMP/out.csv' unknown-party.yaml receipts.csv \
		2>/dev/null && [ ! -e '$T_TMP/out.csv' ]"
tdone
