#!/bin/sh
# t2006-budget-cnc-checks: each check of the devis and its plan, once
# firing and once passing, with the rule it applies (share/budget).
#
# feature.yaml (cnc-long-metrage, 2026-03-01, no FG nor imprévus):
#   12100 300 000 for Ana and Bo (150 000 each), 13100 40 000 (Ana),
#   22100 10 weeks x 10 000 = 100 000 (Ana), 24100 20 x 5 000 = 100 000,
#   52100 1 400 000, 53100 60 000: cost 2 000 000.00, all French, all
#   lines counting for the tax credit.
#
# pay-cap (CNC, 15 % of the cost up to 4 M€): 15 % x 2 000 000 =
#   300 000; Ana 150 000 + 40 000 + 100 000 = 290 000 passes.
#   paycap-over.yaml: 13100 at 100 000 and no 53100 (cost 2 000 000):
#   Ana 350 000 > 300 000 fires. documentary.yaml: the cap does not apply.
# tax-credit (30 %, French version; base at most 80 % of the cost):
#   eligible 2 000 000 less subsidies 300 000 = 1 700 000, capped at
#   0.8 x 2 000 000 = 1 600 000; 30 % = 480 000. plan-ok.yaml counts
#   480 000 (passes), plan-tax-high.yaml 500 000 (fires). Without a plan
#   the estimate is given (info). short.yaml: a short film gets no tax
#   credit, so plan-short-film.yaml's 10 000 fires.
#   tv-fiction.yaml: 520 000 for 52 minutes = 10 000 €/min, not under
#   10 000, so 1 500 €/min x 52 = 78 000 caps 25 % x min(520 000,
#   416 000) = 104 000: estimate 78 000 (104 000 without a running time).
# aid-intensity (2026: over the participation française, 50 %, 80 % for
#   difficult works, 60 % when they also get the tax credit):
#   plan-ok: (300 000 + 480 000) / 2 000 000 = 39 % passes;
#   (plan-aid-high's 600 000 of subsidies lower the tax-credit base to
#   1 400 000, estimate 420 000: its 480 000 fires the tax-credit check)
#   plan-aid-high: (600 000 + 480 000) / 2 000 000 = 54 % fires, but
#   passes for a difficult work (feature-difficult.yaml, 60 % with the
#   tax credit); plan-foreign: 780 000 / (2 000 000 - 500 000 from the
#   Belgian coproducer) = 52 % fires; the same in 2024 (RGA 211-16,
#   over the cost) is 39 % and passes. plan-foreign-aid: the Belgian
#   coproducer brings 300 000 and a Belgian aid of 200 000: over the
#   participation française only the French aid counts, 780 000 /
#   1 500 000 = 52 % (with the Belgian aid it would be 65 %).
# total: plan-short leaves 2 000 000 - 1 300 000 = 700 000 to finance;
#   plan-over's sources without the balance come to 2 100 000, 100 000
#   over the devis: the balance stays at 0 and the check fires.
# annex3 (IDCC 3097 annex III, from 2025-04-11: at most 3.1 M€ without
#   imprévus and frais financiers; technicians' wages at least 18 % of
#   French spending): annex3-ratio.yaml: 200 000 / 2 000 000 = 10 %
#   fires; annex3-ok.yaml adds 25100 200 000: 400 000 / 2 200 000 =
#   18.18 % passes; annex3-budget.yaml: 52100 at 3 000 000, cost
#   3 800 000 > 3 100 000 fires. Not asked for, it is information.
. "$(dirname "$0")/lib.sh"

tcase feature-alone 0 budget-cnc -r checks -f table feature.yaml
tcase plan-ok 0 budget-cnc -r checks -f table feature.yaml plan-ok.yaml
tcase plan-ok-csv 0 budget-cnc -r checks -f csv feature.yaml plan-ok.yaml
tcase paycap-fires 0 sh -c 'budget-cnc -r checks paycap-over.yaml 2>&1 | grep -i pay'
tcase paycap-documentary 0 sh -c 'budget-cnc -r checks documentary.yaml | grep ^pay-cap'
tcase tax-high 0 sh -c 'budget-cnc -r checks feature.yaml plan-tax-high.yaml 2>&1 | grep -i "tax"'
tcase tax-tv 0 sh -c 'budget-cnc -r checks tv-fiction.yaml | grep ^tax-credit'
tcase tax-tv-no-minutes 0 sh -c 'budget-cnc -r checks tv-fiction-no-minutes.yaml | grep ^tax-credit'
tcase tax-short-film 0 sh -c 'budget-cnc -r checks short.yaml plan-short-film.yaml 2>&1 | grep -i "tax"'
tcase aid-high 0 sh -c 'budget-cnc -r checks feature.yaml plan-aid-high.yaml 2>&1 | grep -i aid'
tcase aid-difficult 0 sh -c 'budget-cnc -r checks feature-difficult.yaml plan-aid-high.yaml 2>&1 | grep -i aid'
tcase aid-foreign 0 sh -c 'budget-cnc -r checks feature.yaml plan-foreign.yaml 2>&1 | grep -i aid'
tcase aid-foreign-public 0 sh -c 'budget-cnc -r checks feature.yaml plan-foreign-aid.yaml 2>/dev/null | grep ^aid-intensity'
tcase aid-foreign-2024 0 sh -c 'budget-cnc -r checks feature-2024.yaml plan-foreign.yaml 2>&1 | grep -i aid'
tcase total-short 0 sh -c 'budget-cnc -r checks feature.yaml plan-short.yaml 2>&1 | grep -i total'
tcase total-over 0 sh -c 'budget-cnc -r checks feature.yaml plan-over.yaml 2>&1 | grep -i total'
tcase annex3-ratio 0 sh -c 'budget-cnc -r checks annex3-ratio.yaml 2>&1 | grep -i annex'
tcase annex3-ok 0 sh -c 'budget-cnc -r checks annex3-ok.yaml 2>&1 | grep -i annex'
tcase annex3-budget 0 sh -c 'budget-cnc -r checks annex3-budget.yaml 2>&1 | grep -i annex'
# --strict: a failed check rejects; nothing is written.
tcase strict-fires 1 budget-cnc --strict -o "$T_TMP/devis.csv" paycap-over.yaml plan-ok.yaml
tassert "--strict wrote nothing" test ! -e "$T_TMP/devis.csv"
tcase strict-passes 0 budget-cnc -s -o "$T_TMP/devis.csv" feature.yaml plan-ok.yaml
tassert "--strict wrote the devis" test -s "$T_TMP/devis.csv"
# Without --strict the warnings leave the status at 0.
tcase warnings-pass 0 budget-cnc -o "$T_TMP/devis2.csv" paycap-over.yaml plan-ok.yaml
tdone
