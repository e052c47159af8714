#!/bin/sh
# bench/dpae.sh: the declarations of a large crew (PEOPLE people, two
# contracts each: 10 000 declarations by default), in one run, by
#   dpae check  (load, every check: NIR key and consistency, texts, dates)
#   dpae xml    (the same, then the ISO-8859-1 XML batch)
#   dpae due    (load, then the due list of a day)
# against peers the issue does not name, chosen as what a production
# office would otherwise use: PyYAML with libyaml (CSafeLoader) only
# loading the same crew.yaml; a Python script (PyYAML + string templates,
# as the public DPAE generators do) writing the same XML without checks;
# and xmllint (libxml2) only parsing the XML dpae wrote.
# Prints the fastest of three runs (elapsed, CPU) and the ratios of CPU
# time.
set -u
: "${BUILD:?run through bench/run or make bench}"
work=${BENCH_WORK:-$TOP/bench/work}
people=${PEOPLE:-5000}
S=$TOP/samples/heures-creuses
mkdir -p "$work"
crew=$work/dpae-crew-$people.yaml

# n people with valid NIRs (key = 97 - first 13 digits mod 97; 13 digits
# fit a double exactly), born 1960-1999 in departments 01-95.
gen() {
	[ -s "$crew" ] && return
	awk -v n="$people" 'BEGIN {
		srand(11)
		print "people:"
		for (i = 1; i <= n; i++) {
			sex = 1 + i % 2; y = 60 + i % 40; m = 1 + i % 12
			dep = 1 + i % 95; if (dep == 20) dep = 21
			body = sprintf("%d%02d%02d%02d%03d%03d", sex, y, m, dep,
			    1 + i % 900, 1 + int(i / 900))
			key = 97 - (body + 0) % 97
			sx = sex == 1 ? "M" : "F"
			printf "  - id: p%d\n    surname: Lefèvre-%c\n" \
			    "    first_names: Inès\n    sex: %s\n" \
			    "    birth_date: 19%02d-%02d-%02d\n" \
			    "    birth_place: Saint-Étienne\n" \
			    "    birth_department: \"%02d\"\n    nir: %s%02d\n" \
			    "    kind: technician\n    function: machiniste\n" \
			    "    contracts:\n", i, 65 + i % 26, sx, y, m,
			    1 + i % 28, dep, body, key
			for (c = 0; c < 2; c++)
				printf "      - {start: 2026-%02d-%02d, end: " \
				    "2026-%02d-%02d, start_time: \"08:00\", " \
				    "basis: day, rate: 250.00}\n", 3 + 4 * c,
				    1 + i % 28, 3 + 4 * c, 1 + i % 28
		}
	}' >"$crew.tmp" && mv "$crew.tmp" "$crew"
}

cat >"$work/dpae-peer.py" <<'PY'
# The XML of every contract from crew.yaml, as a template-based generator
# writes it: no checks, names upper-cased, ISO-8859-1.
import sys, unicodedata, yaml
def up(s):
    s = unicodedata.normalize("NFD", str(s).upper())
    return "".join(c for c in s if not unicodedata.combining(c))
def esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
crew = yaml.load(open(sys.argv[1], encoding="utf-8"), Loader=yaml.CSafeLoader)
out = ['<?xml version="1.0" encoding="ISO-8859-1"?>\n<FR_DUE_Upload>\n'
       '<FR_DUE_Upload.Test.Indicator>120</FR_DUE_Upload.Test.Indicator>\n<FR_DuesGroup>\n']
for p in crew["people"]:
    nir = str(p["nir"]).replace(" ", "")
    for c in p["contracts"]:
        out.append("<FR_EmployeeGroup><FR_Employee><FR_EmployeeIdentity>"
            f"<rxpers:FR_PersonIdentity.Surname.Text>{esc(up(p['surname']))}</rxpers:FR_PersonIdentity.Surname.Text>"
            f"<rxpers:FR_PersonIdentity.ChristianName.Text>{esc(up(p['first_names']))}</rxpers:FR_PersonIdentity.ChristianName.Text>"
            f"<rxpers:FR_NNI.NIR.Identifier>{nir[:13]}</rxpers:FR_NNI.NIR.Identifier>"
            f"<rxpers:FR_NNI.NIRKey.Text>{nir[13:]}</rxpers:FR_NNI.NIRKey.Text>"
            f"<rxpers:FR_Birth.Date>{p['birth_date']}</rxpers:FR_Birth.Date>"
            f"<rxpers:FR_Birth.Town.Text>{esc(up(p['birth_place']))}</rxpers:FR_Birth.Town.Text>"
            "</FR_EmployeeIdentity></FR_Employee><FR_Contract>"
            f"<FR_Contract.StartContract.Date>{c['start']}</FR_Contract.StartContract.Date>"
            f"<FR_Contract.StartContract.Time>{c['start_time']}:00</FR_Contract.StartContract.Time>"
            f"<FR_Contract.EndContract.Date>{c['end']}</FR_Contract.EndContract.Date>"
            "</FR_Contract></FR_EmployeeGroup>\n")
out.append("</FR_DuesGroup>\n</FR_DUE_Upload>\n")
sys.stdout.buffer.write("".join(out).encode("iso-8859-1"))
PY

# Runs a command three times, keeps the fastest: "elapsed cpu".
measure() {
	best=
	for i in 1 2 3; do
		/usr/bin/time -f "%e %U %S" -o "$work/time" "$@" \
		    >"$work/out" 2>/dev/null || { echo "failed: $*" >&2; exit 1; }
		t=$(awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$work/time")
		if [ -z "$best" ] || [ "$(echo "$t $best" |
		    awk '{ print ($1 < $3) }')" = 1 ]; then best=$t; fi
	done
	echo "$best"
}

gen
in="-c $crew -p $S/production.yaml -l $work/none.csv"
dpae xml $in -o "$work/dpae.xml" || exit 1
n=$(grep -c '<FR_EmployeeGroup>' "$work/dpae.xml")
check=$(measure dpae check $in)
xml=$(measure dpae xml $in)
due=$(measure dpae due --today 2026-03-01 $in)
load=$(measure /usr/bin/python3 -c "import sys, yaml; \
yaml.load(open(sys.argv[1], encoding='utf-8'), Loader=yaml.CSafeLoader)" "$crew")
peer=$(measure /usr/bin/python3 "$work/dpae-peer.py" "$crew")
lint=$(measure xmllint --noout "$work/dpae.xml")

echo "$people people, $n declarations ($(wc -c <"$crew") bytes of crew.yaml)"
printf '%-44s %8s %8s\n' "" elapsed cpu
printf '%-44s %8s %8s\n' "dpae check" $check
printf '%-44s %8s %8s\n' "dpae xml" $xml
printf '%-44s %8s %8s\n' "dpae due" $due
printf '%-44s %8s %8s\n' "PyYAML CSafeLoader, load only" $load
printf '%-44s %8s %8s\n' "Python template generator, no checks" $peer
printf '%-44s %8s %8s\n' "xmllint --noout on dpae's XML" $lint
# ratios of CPU time, steadier than elapsed time on a shared machine
echo "$xml $check $load $peer $lint" | awk '{
	printf "cpu ratio dpae xml / Python generator: %.2f\n", $2 / $8
	printf "cpu ratio dpae check / PyYAML load only: %.2f\n", $4 / $6
	printf "cpu ratio dpae xml / xmllint parse of it: %.2f\n", $2 / $10 }'
