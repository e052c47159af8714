#!/bin/sh
# bench/payslip.sh: a synthetic year of 100,000 payslips (8,334 people,
# each with a contract of 5 worked days every month of 2026: technicians by
# the week and the hour, artists by the cachet, some nights and Sundays),
# paid by payslip into the employer-cost ledger and into the summary. The
# target is under 2 seconds. No peer tool computes French intermittents'
# payslips from plain files, so the same run compares payslip with PyYAML
# (its C loader) merely loading the same crew.yaml, and with awk merely
# counting the 500,000 timesheet rows.
set -u
W=${BENCH_WORK:-bench/work}/payslip
mkdir -p "$W"
N=${PAYSLIP_BENCH_PEOPLE:-8334}

gen() {
	cp "$TOP/samples/heures-creuses/production.yaml" "$W/production.yaml"
	awk -v n="$N" -v crew="$W/crew.yaml" -v ts="$W/timesheets.csv" '
	BEGIN {
		print "people:" > crew
		print "person,date,start,end,break,cachets" > ts
		for (i = 1; i <= n; i++) {
			id = sprintf("p%05d", i)
			k = i % 3
			kind = k == 2 ? "artist" : "technician"
			fn = k == 0 ? "scripte" : k == 1 ? "chef électricien" : "rôle"
			printf "  - id: %s\n    surname: S%d\n    first_names: F\n", id, i > crew
			printf "    kind: %s\n    function: %s\n    contracts:\n", kind, fn > crew
			for (m = 1; m <= 12; m++) {
				basis = k == 0 ? "week" : k == 1 ? "hour" : "cachet"
				rate = k == 0 ? "1400.00" : k == 1 ? "30.00" : "500.00"
				printf "      - {start: 2026-%02d-02, end: 2026-%02d-08, basis: %s, rate: %s, budget_code: \"25100\"}\n", m, m, basis, rate > crew
				for (d = 2; d <= 6; d++) {
					if (k == 2)
						printf "%s,2026-%02d-%02d,,,,1\n", id, m, d > ts
					else if (d == 4)
						printf "%s,2026-%02d-%02d,18:00,04:00,01:00,\n", id, m, d > ts
					else
						printf "%s,2026-%02d-%02d,08:00,19:00,01:00,\n", id, m, d > ts
				}
			}
		}
	}'
}

# "real cpu" seconds of a command: wall clock, and user + system time
# (the machine is shared: the CPU time says more than the wall clock).
timed() {
	/usr/bin/time -f '%e %U %S' -o "$W/time" "$@" >/dev/null ||
		{ echo "payslip bench: '$*' failed" >&2; exit 1; }
	awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$W/time"
}

[ -f "$W/timesheets.csv" ] && [ "$(sed -n '$=' "$W/timesheets.csv")" -eq $((N * 60 + 1)) ] || gen
cd "$W" || exit 2
floor=$(timed awk -F, 'NR > 1 && $3 != "" { n++ } END { print n }' timesheets.csv)
pyyaml=0
/usr/bin/python3 -c 'import yaml' 2>/dev/null &&
	pyyaml=$(timed /usr/bin/python3 -c 'import yaml
yaml.load(open("crew.yaml"), Loader=yaml.CSafeLoader)')
ledger=$(timed payslip -L -a 2026-12-31 -o ledger.csv timesheets.csv)
summary=$(timed payslip -S -f csv -o summary.csv timesheets.csv)
slips=$(($(sed -n '$=' ledger.csv) / 2))
echo "payslip: $slips payslips, $(sed -n '$=' timesheets.csv) timesheet rows"
echo "$ledger $summary $floor $pyyaml" | awk '{
	printf "  ledger   %5.2f s real, %5.2f s CPU\n", $1, $2
	printf "  summary  %5.2f s real, %5.2f s CPU\n", $3, $4
	if ($8 > 0)
		printf "  PyYAML loading crew.yaml alone: %5.2f s CPU; payslip / PyYAML %.2f\n", $8, $2 / $8
	else
		print "  PyYAML is not installed: no comparison with it"
	printf "  awk counting the timesheet rows: %5.2f s CPU; payslip / awk %.0f\n", $6, $2 / $6
	printf "  target, under 2 s of CPU: %s\n", ($2 < 2 && $4 < 2) ? "met" : "not met"
}'
