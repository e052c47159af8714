"""check_ics.py ICS EXPECT [ALARMS]: checks an iCalendar file the way a
calendar application reads it, with Debian's python3-icalendar.

The raw file first (RFC 5545 section 3.1): every line ends with CRLF, no
line is longer than 75 octets, and no fold splits a UTF-8 sequence (each
physical line decodes on its own). Then the parsed calendar: VERSION and
PRODID once; each event with a UID (unique), a DTSTAMP in UTC and a
DTSTART; an all-day event ends the next day; each timed event's zone has
a VTIMEZONE, and that VTIMEZONE, read by icalendar itself, puts the event
at the same UTC moment as the tz database; each event has ALARMS display
alarms (2 by default) some days before. EXPECT lists "UID DTSTART" lines,
DTSTART a date or a UTC moment; the events must be exactly those.
"""
import datetime
import sys

import icalendar
import pytz


def fail(msg):
    print("check_ics: " + msg)
    sys.exit(1)


def check_raw(data):
    if not data.endswith(b"\r\n"):
        fail("the file does not end with CRLF")
    for n, line in enumerate(data[:-2].split(b"\r\n"), 1):
        if b"\n" in line or b"\r" in line:
            fail("line %d: a bare LF or CR" % n)
        if len(line) > 75:
            fail("line %d: %d octets" % (n, len(line)))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail("line %d: a fold splits a UTF-8 sequence" % n)


def utc(value, vtz):
    """The UTC moment of a DTSTART, by pytz and by the file's VTIMEZONE."""
    by_db = value.astimezone(pytz.utc)
    naive = value.replace(tzinfo=None)
    by_file = vtz.to_tz().localize(naive).astimezone(pytz.utc)
    if by_db != by_file:
        fail("VTIMEZONE %s puts %s at %s, the tz database at %s"
             % (vtz["TZID"], naive, by_file, by_db))
    return by_db.strftime("%Y-%m-%dT%H:%M:%SZ")


def check_event(ev, zones, alarms):
    for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
        if key not in ev:
            fail("an event without %s" % key)
    uid = str(ev["UID"])
    if not ev.decoded("DTSTAMP").tzinfo or \
            ev.decoded("DTSTAMP").utcoffset() != datetime.timedelta(0):
        fail("%s: DTSTAMP not in UTC" % uid)
    start = ev.decoded("DTSTART")
    if isinstance(start, datetime.datetime):
        tzid = ev["DTSTART"].params.get("TZID")
        if tzid not in zones:
            fail("%s: no VTIMEZONE for %s" % (uid, tzid))
        when = utc(start, zones[tzid])
    else:
        if ev.decoded("DTEND") != start + datetime.timedelta(days=1):
            fail("%s: an all-day event should end the next day" % uid)
        when = start.isoformat()
    found = ev.walk("VALARM")
    if len(found) != alarms:
        fail("%s: %d alarms, expected %d" % (uid, len(found), alarms))
    for a in found:
        if str(a["ACTION"]) != "DISPLAY" or "DESCRIPTION" not in a or \
                a.decoded("TRIGGER") > datetime.timedelta(0):
            fail("%s: a bad alarm" % uid)
    return uid, when


def main():
    data = open(sys.argv[1], "rb").read()
    alarms = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    check_raw(data)
    cal = icalendar.Calendar.from_ical(data)
    lines = data.split(b"\r\n")
    for key in (b"VERSION:", b"PRODID:"):
        if sum(1 for l in lines if l.startswith(key)) != 1:
            fail("%s should appear once" % key.decode())
    zones = {str(z["TZID"]): z for z in cal.walk("VTIMEZONE")}
    got = {}
    for ev in cal.walk("VEVENT"):
        uid, when = check_event(ev, zones, alarms)
        if uid in got:
            fail("UID %s appears twice" % uid)
        got[uid] = when
    want = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            uid, when = line.split()
            want[uid] = when
    if got != want:
        for uid in sorted(set(got) | set(want)):
            if got.get(uid) != want.get(uid):
                print("check_ics: %s: got %s, expected %s"
                      % (uid, got.get(uid), want.get(uid)))
        sys.exit(1)


main()
