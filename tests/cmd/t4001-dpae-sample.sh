#!/bin/sh
# t4001-dpae-sample: dpae on the sample production (samples/heures-creuses):
# it checks clean; its XML is the expected file, is parsed back by xmllint
# (libxml2) with the values the bible gives, and is private (0600); the
# listing, the due list of a past day and of today, and selections.
. "$(dirname "$0")/lib.sh"

S=$TOP/samples/heures-creuses
in="-c $S/crew.yaml -p $S/production.yaml -l $S/dpae-log.csv"
x() {	# xpath on an element's local name
	xmllint --xpath "$1" "$T_TMP/d.xml"
}

tcase check 0 dpae check $in
tcase xml 0 dpae xml $in
dpae xml $in -o "$T_TMP/d.xml"
tassert "xml is well-formed ISO-8859-1" sh -c "
	xmllint --noout '$T_TMP/d.xml' &&
	head -1 '$T_TMP/d.xml' | grep -q 'encoding=\"ISO-8859-1\"' &&
	! grep -q 'Lisière' '$T_TMP/d.xml' &&
	iconv -f ISO-8859-1 -t UTF-8 '$T_TMP/d.xml' | grep -q 'Lisière'"
tassert "xml has the 17 contracts of the bible" \
	test "$(x 'count(//*[local-name()="FR_EmployeeGroup"])')" = 17
tassert "xml employer name decoded by libxml2" \
	test "$(x 'string(//*[local-name()="FR_Organization.Designation.Text"])')" \
	= "Films de la Lisière"
tassert "xml Lucie Perrin born in 2A" test "$(x 'string(//*[local-name()="FR_NNI.NIR.Identifier"][starts-with(., "29009")])')" = 290092A004051
tassert "xml Malik Diallo born abroad" test "$(x 'string(//*[local-name()="FR_EmployeeGroup"][.//*[local-name()="FR_PersonIdentity.Surname.Text"]="DIALLO"][1]//*[local-name()="FR_EmployeeComplement.Birth_Department.Code"])')" = 99
tassert "xml is 0600 (NIRs)" test "$(stat -c %a "$T_TMP/d.xml")" = 600
tcase xml-test 0 dpae xml --test $in aubert-2

tcase list 0 dpae list -f csv $in
tcase list-show-nir 0 dpae list -f csv --show-nir $in morel perrin-1
tcase list-table 0 dpae list -f table $in diallo
tcase unknown-id 1 dpae list -f csv $in nobody aubert-9 aubert

# 26 November 2026: everything was declared, nothing printed
tcase due-today 0 dpae due --today 2026-11-26 $in
dpae due --today 2026-11-26 $in -o "$T_TMP/due.csv"
tassert "due with nothing due writes an empty file" test ! -s "$T_TMP/due.csv"
# Thursday 5 March 2026: the shooting week's hires, filed on Friday 6th
tcase due-0305 0 dpae due -f csv --today 2026-03-05 $in
tcase xml-due-0305 0 sh -c "dpae xml --due --today 2026-03-05 $in |
	xmllint --xpath 'count(//*[local-name()=\"FR_EmployeeGroup\"])' -"
tcase xml-due-none 0 dpae xml --due --today 2026-11-26 $in -o "$T_TMP/none.xml"
tassert "xml with nothing due writes no file" test ! -e "$T_TMP/none.xml"
tcase list-due-none 0 dpae list --due --today 2026-11-26 $in
tdone
