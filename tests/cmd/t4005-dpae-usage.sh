#!/bin/sh
# t4005-dpae-usage: the command line (exit 2 and the usage), files that
# cannot be read (exit 2), reference data that is broken (exit 2), a crew
# file that cannot be parsed (exit 1), and another format profile.
. "$(dirname "$0")/lib.sh"

tcase no-args 2 dpae
tcase help 0 dpae -h
tcase help-verb 0 dpae due --help
tcase unknown-verb 2 dpae send
tcase unknown-option 2 dpae check --frobnicate
tcase wrong-option 2 dpae due --partial
tcase wrong-short-option 2 dpae record -o x.xml DPAE-X aubert-1
tcase no-value 2 dpae list -f
tcase no-long-value 2 dpae due --today
tcase bad-today 2 dpae due --today 2026-13-01
tcase bad-format 2 dpae list -f xlsx
tcase no-crew 2 dpae check -c nothere.yaml
tcase no-production 2 dpae xml -p nothere.yaml
tcase no-data 2 dpae check -d nodata
tcase bad-profile 2 dpae check -P profile.yaml
tcase syntax 1 dpae check -c syntax.yaml
tcase no-output-folder 2 dpae xml -o no/such/folder.xml
# the profile decides the form of dates: another one for a test
sed -e 's/employee.surnames/employee.surname/' \
    -e 's/^date: .*/date: dd\/mm\/yyyy/' profile.yaml >"$T_TMP/p2.yaml"
tcase other-profile 0 dpae xml -P "$T_TMP/p2.yaml" perrin
tdone
