#!/bin/sh
# bench/budget-cnc.sh: a generated devis of 5,000 lines (a producer's
# template that adds them to the CNC feature-film template, quantities
# over globals, a France/abroad split on some) with a financing plan of
# 40 sources, computed and rendered by budget-cnc in each format; the
# target is well under 50 ms. For scale, awk summing the same 5,000
# lines of budget.csv runs in the same loop.
set -u
: "${BENCH_WORK:=$(dirname "$0")/work}"
w=$BENCH_WORK/budget-cnc
mkdir -p "$w"
runs=${RUNS:-20}

# Posts 51 to 55 of chapter 5 hold 1,000 lines each.
awk 'BEGIN {
	print "name: bench\nlabel: Bench\nextends: cnc-long-metrage"
	print "remove: [\"51\", \"52\", \"53\", \"54\", \"55\"]\nadd:"
	for (i = 0; i < 5000; i++) {
		post = 51 + int(i / 1000)
		if (i % 1000 == 0)
			printf "  - {code: \"%d%03d\", label: Ligne %d, post_label: Poste %d}\n", post, i % 1000, i, post
		else
			printf "  - {code: \"%d%03d\", label: Ligne %d}\n", post, i % 1000, i
	}
}' >"$w/template.yaml"
awk 'BEGIN {
	print "title: Bench\ndate: 2026-03-01\ntemplate: template.yaml"
	print "frais_generaux: 7%\nimprevus: 5%"
	print "globals:\n  shoot_days: 32\n  prep_weeks: 6\n  weeks: shoot_days / 5 + prep_weeks"
	print "lines:"
	for (i = 0; i < 5000; i++) {
		post = 51 + int(i / 1000)
		code = sprintf("%d%03d", post, i % 1000)
		if (i % 3 == 0)
			printf "  - {code: \"%s\", quantity: weeks, unit: week, persons: %d, rate: %d.%02d}\n", code, 1 + i % 4, 100 + i % 900, i % 100
		else if (i % 3 == 1)
			printf "  - {code: \"%s\", quantity: shoot_days * %d / 7, unit: day, rate: %d, abroad: %d%%}\n", code, 1 + i % 5, 50 + i % 400, i % 50
		else
			printf "  - {code: \"%s\", amount: %d.%02d}\n", code, 1000 + i, i % 100
	}
}' >"$w/budget.yaml"
awk 'BEGIN {
	print "coproducers:\n  - {name: Prod, country: FR, delegate: true}\n  - {name: Copro, country: BE}\nsources:"
	for (i = 0; i < 39; i++)
		printf "  - {label: \"Source %d\", family: %s, status: acquis, amount: %d}\n", i, (i % 2 ? "public" : "tv"), 10000 + i
	print "  - {label: Producteur, family: producer, status: acquis, amount: balance}"
}' >"$w/financing.yaml"

cd "$w" || exit 2
budget-cnc -f csv -o budget.csv budget.yaml financing.yaml || exit 1
lines=$(($(wc -l <budget.csv) - 1))

# CPU milliseconds (user + system) per run, the median of $runs runs:
# the machine's load changes wall times much more than CPU times.
median_ms() {
	i=0
	while [ $i -lt "$runs" ]; do
		/usr/bin/time -f '%U %S' -o "$w/time" "$@" >/dev/null 2>&1
		awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$w/time"
		i=$((i + 1))
	done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

awk_ms=$(median_ms awk -F, 'NR > 1 { s += $12 } END { print s }' budget.csv)
echo "budget-cnc: $lines budget lines, 40 sources; CPU ms (10 ms steps),"
echo "median of $runs runs"
printf '%-34s %8s\n' "run" "ms"
for args in "-f csv budget.yaml financing.yaml" \
    "-f table budget.yaml financing.yaml" \
    "-f html budget.yaml financing.yaml" \
    "-f xlsx budget.yaml financing.yaml" \
    "-r plan -f table budget.yaml financing.yaml" \
    "-r checks -f csv budget.yaml financing.yaml"; do
	# shellcheck disable=SC2086
	printf '%-34s %8s\n' "${args% budget.yaml*}" \
	    "$(median_ms budget-cnc $args)"
done
printf '%-34s %8s\n' "awk sums budget.csv" "$awk_ms"
# Instructions are the same from one run to the next, whatever the load.
if command -v valgrind >/dev/null 2>&1; then
	valgrind --tool=callgrind --callgrind-out-file=/dev/null budget-cnc \
	    -f csv -o /dev/null budget.yaml financing.yaml 2>&1 |
	    awk '/Collected/ { printf "instructions, -f csv: %.0f M\n", $4 / 1e6 }'
fi
