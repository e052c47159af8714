#!/bin/sh
# t4002-dpae-errors: one fixture for each problem dpae reports in
# crew.yaml and production.yaml, with its message and place; the public
# test vectors (python-stdnum's NIRs, La Poste's SIRET) pass; a bad record
# does not stop the others from being checked, and --partial writes the
# good ones and exits 1.
. "$(dirname "$0")/lib.sh"

# the person's fields R1221-1 asks for
for f in missing-birth-place missing-birth-date missing-birth-department \
    bad-birth-department long-department missing-sex; do
	tcase "$f" 1 dpae check -c "$f.yaml"
done
# the NIR: its key and form (common/ids.c), then against the identity
for f in nir-key nir-format nir-sex nir-year nir-month nir-department \
    nir-twice; do
	tcase "$f" 1 dpae check -c "$f.yaml"
done
# texts the format cannot carry
for f in surname-char usual-name-char first-names-long birth-place-char; do
	tcase "$f" 1 dpae check -c "$f.yaml"
done
# the contract
for f in missing-start-time start-time-24 born-after-start; do
	tcase "$f" 1 dpae check -c "$f.yaml"
done
# the employer
for f in prod-missing prod-codes prod-siret; do
	tcase "$f" 1 dpae check -p "$f.yaml" -c public-vectors.yaml
done
# trial period where it applies; a NIR not known yet
tcase trial 0 dpae list -f csv --show-nir -c trial.yaml
tcase public-vectors 0 dpae check -c public-vectors.yaml
tcase laposte 0 dpae check -p laposte.yaml -c public-vectors.yaml

# nothing is written when a declaration is rejected...
tcase partial-refused 1 dpae xml -c partial.yaml -o "$T_TMP/none.xml"
tassert "partial-refused writes nothing" test ! -e "$T_TMP/none.xml"
# ...unless --partial: the good ones are written, the others named
tcase partial-xml 1 dpae xml --partial -c partial.yaml -o "$T_TMP/part.xml"
tassert "partial-xml has perrin-1 and dasilva-1" sh -c "
	test \$(grep -c '<FR_EmployeeGroup>' '$T_TMP/part.xml') = 2 &&
	grep -q '<rxpers:FR_PersonIdentity.Surname.Text>DA SILVA<' '$T_TMP/part.xml' &&
	! grep -q DIALLO '$T_TMP/part.xml' &&
	xmllint --noout '$T_TMP/part.xml'"
tcase partial-list 1 dpae list --partial -f csv -c partial.yaml
# the employer's problems leave nothing to declare, even with --partial
tcase partial-employer 1 dpae xml --partial -p prod-missing.yaml \
	-c partial.yaml -o "$T_TMP/emp.xml"
tassert "partial-employer writes nothing" test ! -e "$T_TMP/emp.xml"
# the loader's problems anywhere in the files reject; --partial writes
# what was asked for
tcase partial-selected 1 dpae list --partial -f csv -c partial.yaml \
	perrin-1 dasilva
# the declaration's checks run on the contracts asked for only
tcase selection-all 1 dpae check -c selection.yaml
tcase selection-one 0 dpae check -c selection.yaml perrin-1
tdone
