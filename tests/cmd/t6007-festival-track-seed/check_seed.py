"""check_seed.py FILE: every deadline of the seed database names its
source, the day it was checked and a confidence tag (V, S, K, D or U);
every festival has a time zone, and the seed holds the 19 festivals of
shared/domain/festivals.md section 2."""
import sys

import yaml

WANT = {"cannes", "quinzaine", "semaine", "berlinale", "venice", "locarno",
        "san-sebastian", "tiff", "sundance", "clermont-ferrand", "annecy",
        "iffr", "idfa", "sheffield", "cinema-du-reel", "premiers-plans",
        "brive", "cote-court", "lussas"}

db = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
bad = []
ids = set()
for f in db["festivals"]:
    ids.add(f["id"])
    if "tz" not in f:
        bad.append("%s: no tz" % f["id"])
    for e in f.get("editions", []):
        for d in e.get("deadlines", []):
            where = "%s %s %s" % (f["id"], e["year"], d.get("tier"))
            for key in ("source", "checked"):
                if not d.get(key):
                    bad.append("%s: no %s" % (where, key))
            if d.get("confidence") not in ("V", "S", "K", "D", "U"):
                bad.append("%s: confidence %r" % (where, d.get("confidence")))
if ids != WANT:
    bad.append("festivals: missing %s, extra %s"
               % (sorted(WANT - ids), sorted(ids - WANT)))
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
