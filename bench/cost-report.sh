#!/bin/sh
# bench/cost-report.sh: per-code sums of a 10-million-row ledger, in one
# run, by cost-report (the whole report: every check, the duplicate
# references, TSV out), Miller (mlr stats1 sum by code, CSV in, JSON out)
# and a plain awk (which ignores CSV quoting and sums in floating point).
# Prints elapsed and CPU seconds, the ratios, and the peak memory of
# cost-report on 1 and 10 million rows (flat: it holds the budget, not
# the ledger). ROWS=n changes the size.
set -u
: "${BUILD:?run through bench/run or make bench}"
work=${BENCH_WORK:-$TOP/bench/work}
rows=${ROWS:-10000000}
budget=$TOP/tests/cmd/t5000-cost-report-report/budget.csv
mkdir -p "$work"

if ! command -v mlr >/dev/null 2>&1; then
	echo "cost-report bench: installing miller"
	sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get install -y -qq miller >/dev/null 2>&1 ||
	    { echo "cost-report bench: cannot install miller" >&2; exit 1; }
fi

# A ledger of n rows on the budget's line codes: unique references,
# amounts up to 5 000.00, the three statuses, the Belgian sound post
# (posts 84 and 85 of the sample's devis) abroad. Made again when the
# budget is newer.
gen() {	# rows file
	[ -s "$2" ] && [ "$2" -nt "$budget" ] && return
	awk -F, -v n="$1" 'NR > 1 && $1 ~ /^[0-9]+$/ { c[++k] = $1 }
	END {
		srand(7)
		print "date,code,label,party,amount,vat,status,reference,territory"
		split("committed invoiced paid", st, " ")
		for (i = 1; i <= n; i++) {
			j = 1 + int(rand() * k); a = int(rand() * 500000)
			printf "2026-%02d-%02d,%s,Fourniture %d,Fournisseur %d," \
			    "%d.%02d,%d.%02d,%s,F-%d,%s\n", 1 + i % 12,
			    1 + i % 28, c[j], i % 5000, i % 997, a / 100,
			    a % 100, a / 500, (a / 5) % 100, st[1 + i % 3], i,
			    (c[j] ~ /^8[45]/) ? "abroad" : "france"
		}
	}' "$budget" >"$2.tmp" && mv "$2.tmp" "$2"
}

gen "$rows" "$work/ledger-$rows.csv"
gen $((rows / 10)) "$work/ledger-$((rows / 10)).csv"
big=$work/ledger-$rows.csv

# Runs a command three times, keeps the fastest: "elapsed cpu maxrss_kb".
measure() {
	best=
	for i in 1 2 3; do
		/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" \
		    >"$work/out" 2>/dev/null || { echo "failed: $*" >&2; exit 1; }
		t=$(awk '{ printf "%.2f %.2f %d", $1, $2 + $3, $4 }' "$work/time")
		if [ -z "$best" ] || [ "$(echo "$t $best" |
		    awk '{ print ($1 < $4) }')" = 1 ]; then best=$t; fi
	done
	echo "$best"
}

cr=$(measure cost-report -f tsv "$budget" "$big") || exit 1
cp "$work/out" "$work/cr.tsv"
mlr=$(measure mlr --icsv --ojson stats1 -a sum -f amount -g code "$big") ||
    exit 1
awk=$(measure awk -F, '{s[$2]+=$5} END {for (k in s) printf "%s,%.2f\n", k, s[k]}' "$big") ||
    exit 1
cp "$work/out" "$work/awk.csv"
small=$(measure cost-report -f tsv "$budget" "$work/ledger-$((rows / 10)).csv") ||
    exit 1

# The same sums, to the cent.
awk -F '\t' '$1 == "line" && $5 != "0.00" { print $2 "," $5 }' "$work/cr.tsv" |
    sort >"$work/cr.sums"
grep -v '^code,' "$work/awk.csv" | sort >"$work/awk.sums"
if cmp -s "$work/cr.sums" "$work/awk.sums"; then sums=agree; else sums=DIFFER; fi

echo "$cr $mlr $awk $small" | awk -v rows="$rows" -v sums="$sums" '{
	printf "rows: %d; per-code sums of cost-report and awk %s\n", rows, sums
	printf "%-12s %8s %8s %10s\n", "", "elapsed", "cpu", "max RSS"
	printf "%-12s %7.2fs %7.2fs %8d kB\n", "cost-report", $1, $2, $3
	printf "%-12s %7.2fs %7.2fs %8d kB\n", "mlr", $4, $5, $6
	printf "%-12s %7.2fs %7.2fs %8d kB\n", "awk", $7, $8, $9
	printf "Miller / cost-report: %.1fx elapsed, %.1fx cpu (target >= 10)\n",
	    $4 / $1, $5 / $2
	printf "awk / cost-report: %.2fx elapsed, %.2fx cpu (target >= 1)\n",
	    $7 / $1, $8 / $2
	printf "cost-report memory on %d rows: %d kB; on %d rows: %d kB\n",
	    rows / 10, $12, rows, $3
}'
[ "$sums" = agree ]
