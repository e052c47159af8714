#!/bin/sh
# t7002-recoup-receipts-errors: one fixture a message for receipts.csv
# against waterfall.yaml: recoup reports each bad row with its line, all
# of them, exits 1 and writes nothing.
. "$(dirname "$0")/lib.sh"

for f in *.csv; do
	tcase "${f%.csv}" 1 recoup check waterfall.yaml "$f"
done

# Receipts dated after --as-of are still checked.
tcase after-as-of-checked 1 recoup check -a 2026-12-31 waterfall.yaml \
	bad-date.csv
tassert "rejected receipts write no file" sh -c "
	! recoup flows -o '$T_TMP/f.csv' waterfall.yaml unknown-stream.csv \
		2>/dev/null && [ ! -e '$T_TMP/f.csv' ]"
tdone
