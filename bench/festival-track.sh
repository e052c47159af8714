#!/bin/sh
# bench/festival-track.sh: festival-track against the tools a producer
# would otherwise script, on the same generated files in the same run:
#   due     vs Python 3 (PyYAML's C loader and zoneinfo) computing the
#           same deadlines' closing moments and days left
#   ics     vs python3-icalendar building and writing the same events
#   status  vs awk keeping the last status and summing the fees of each
#           submission
# The database has FESTIVALS festivals of 3 sections and 6 deadlines in
# 9 time zones; the log LINES lines. Times are CPU seconds, the best of
# 3 runs; ratios above 1 mean festival-track is faster. Needs /usr/bin/time
# and python3-yaml besides what the tests need.
set -u
FESTIVALS=${FESTIVALS:-2000}
LINES=${LINES:-100000}
W=${BENCH_WORK:-bench/work}/festival-track
PY=/usr/bin/python3
mkdir -p "$W"
cd "$W" || exit 2

$PY - "$FESTIVALS" "$LINES" <<'PY'
import random, sys
n, lines = int(sys.argv[1]), int(sys.argv[2])
zones = ["Europe/Paris", "Europe/Berlin", "Europe/Zurich", "Europe/London",
         "America/Los_Angeles", "America/New_York", "America/Toronto",
         "Pacific/Auckland", "Asia/Tokyo"]
r = random.Random(8)
with open("db.yaml", "w") as f:
    f.write("festivals:\n")
    for i in range(n):
        f.write("  - id: f%d\n    name: Festival %d\n    country: FR\n"
                "    tz: %s\n    currency: EUR\n" % (i, i, zones[i % 9]))
        f.write("    sections:\n"
                "      - {id: shorts, name: Shorts, runtime_max: 30}\n"
                "      - {id: medium, name: Medium, runtime_min: 30,\n"
                "         runtime_max: 59}\n"
                "      - {id: features, name: Features, runtime_min: 60}\n")
        f.write("    editions:\n      - year: 2027\n        start: 2027-12-01\n"
                "        deadlines:\n")
        for g, secs in (("s", "[shorts, medium]"), ("f", "[features]")):
            for k, tier in enumerate(("early", "regular", "late")):
                m, d = 1 + (i + k * 2) % 11, 1 + (i * 7 + k) % 28
                t = ', time: "12:00"' if (i + k) % 2 else ""
                f.write("          - {tier: %s, date: 2027-%02d-%02d%s, "
                        "sections: %s, fees: [{runtime_max: 40, fee: %d}, "
                        "{fee: %d}], source: bench, checked: 2026-11-01}\n"
                        % (tier, m, d, t, secs, 10 + k * 10, 50 + k * 20))
with open("film.yaml", "w") as f:
    f.write("title: Bench\nruntime: 19\ncompleted: 2026-10-15\n"
            "genre: fiction\ncountries: [FR]\n")
statuses = ["submitted", "incomplete", "submitted", "selected",
            "not-selected"]
with open("submissions.csv", "w") as f:
    f.write("date,festival,edition,section,status,fee,currency,notes\n")
    for j in range(lines):
        fest = r.randrange(n)
        day = j * 336 // lines        # in order, over 12 months of 28 days
        f.write("2026-%02d-%02d,f%d,2027,%s,%s,%s,,\n"
                % (1 + day // 28, 1 + day % 28, fest,
                   ("shorts", "features")[fest % 2], statuses[j % 5],
                   "12.50" if j % 5 == 0 else ""))
PY

cat >due.py <<'PY'
import datetime, sys, yaml, zoneinfo
paris = zoneinfo.ZoneInfo("Europe/Paris")
today = datetime.date(2026, 11, 26)
now = datetime.datetime(2026, 11, 26, tzinfo=paris)
db = yaml.load(open("db.yaml"), Loader=yaml.CSafeLoader)
out = []
for f in db["festivals"]:
    z = zoneinfo.ZoneInfo(f["tz"])
    secs = {s["id"]: s for s in f["sections"]}
    for e in f["editions"]:
        for d in e["deadlines"]:
            if not any(secs[s].get("runtime_max", 999) >= 19 and
                       secs[s].get("runtime_min", 0) <= 19
                       for s in d["sections"]):
                continue
            h, m = map(int, d.get("time", "24:00").split(":"))
            close = datetime.datetime.combine(
                d["date"], datetime.time(0), z) + datetime.timedelta(
                hours=h, minutes=m)
            local = (close - datetime.timedelta(seconds=1)).astimezone(paris)
            days = (local.date() - today).days
            if close > now and days <= 365:
                fee = d["fees"][0]["fee"]
                out.append((close, "%d,%s,%s,%s,%d.00" % (
                    days, local.date(), f["name"], d["tier"], fee)))
out.sort(key=lambda x: x[0])
sys.stdout.write("".join(line + "\n" for _, line in out))
PY

cat >ics.py <<'PY'
import datetime, sys, yaml, zoneinfo, icalendar
db = yaml.load(open("db.yaml"), Loader=yaml.CSafeLoader)
cal = icalendar.Calendar()
cal.add("prodid", "-//bench//EN")
cal.add("version", "2.0")
for f in db["festivals"]:
    z = zoneinfo.ZoneInfo(f["tz"])
    for e in f["editions"]:
        for d in e["deadlines"]:
            ev = icalendar.Event()
            ev.add("uid", "%s.%s.%s@bench" % (f["id"], e["year"], d["tier"]))
            ev.add("dtstamp", datetime.datetime(2026, 11, 25, 23, 0,
                   tzinfo=datetime.timezone.utc))
            if "time" in d:
                h, m = map(int, d["time"].split(":"))
                ev.add("dtstart", datetime.datetime.combine(
                    d["date"], datetime.time(h, m), z))
            else:
                ev.add("dtstart", d["date"])
            ev.add("summary", "Deadline: %s %s" % (f["name"], d["tier"]))
            for n in (7, 1):
                a = icalendar.Alarm()
                a.add("action", "DISPLAY")
                a.add("description", "deadline in %d days" % n)
                a.add("trigger", datetime.timedelta(days=-n))
                ev.add_component(a)
            cal.add_component(ev)
sys.stdout.buffer.write(cal.to_ical())
PY

cat >status.awk <<'AWK'
BEGIN { FS = "," }
NR > 1 {
	k = $2 "," $3 "," $4
	if (!(k in last)) order[++n] = k
	last[k] = $5; since[k] = $1; fee[k] += $6; spent += $6
	count[k]++
}
END {
	for (i = 1; i <= n; i++) {
		k = order[i]; by[last[k]]++
		printf "%s,%s,%s,%.2f\n", k, last[k], since[k], fee[k]
	}
	for (s in by) printf "total,%s,%d\n", s, by[s]
	printf "fees spent,%.2f,EUR\n", spent
}
AWK

# The best of 3 runs of "$@" in CPU seconds (user + system): the machine
# is shared, and CPU time moves less with its load than wall time.
best() {
	b=
	for _ in 1 2 3; do
		/usr/bin/time -f '%U %S' -o time.out "$@" >/dev/null 2>&1 || {
			echo "bench: failed: $*" >&2; exit 1; }
		b=$(awk -v b="${b:-999}" \
		    '{ t = $1 + $2; print (t < b ? t : b) }' time.out)
	done
	echo "$b"
}
FT="festival-track -N -D db.yaml -t 2026-11-26 -z Europe/Paris"
ratio() {	# name ours theirs peer
	printf '%-7s festival-track %6.2f s  %-17s %6.2f s  ratio %5.1f\n' \
	    "$1" "$2" "$4" "$3" "$(echo "$2 $3" | awk '{ print $2 / $1 }')"
}

echo "festival-track: $FESTIVALS festivals, $((FESTIVALS * 6)) deadlines," \
    "$LINES log lines"
ratio due "$(best $FT -s /dev/null -w 365 -f csv due)" \
    "$(best $PY due.py)" "python3+zoneinfo"
ratio ics "$(best $FT -s /dev/null ics)" "$(best $PY ics.py)" \
    "python3-icalendar"
ratio status "$(best $FT -f csv status)" \
    "$(best awk -f status.awk submissions.csv)" "awk"
