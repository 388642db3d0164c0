"""The adjusted model of `runlog analyze --format json` (stdin), in a few lines.

For the degenerate_*.t cases: the fit, the aliased terms, every kept
coefficient (coef/se) on one line, every effect (effect/se/p/Holm p) on one
line, then each finding's evidence and reason; numbers to 6 decimals, null
as null.

usage: runlog analyze LOG --format json | /usr/bin/python3 tests/cli/model_summary.py
"""
import json
import sys


def num(x):
    return "null" if x is None else "%.6f" % (round(x, 6) + 0.0)


def main():
    r = json.load(sys.stdin)
    a = r["adjusted"]
    print("fitted", a["fitted"], "runs", a["runs"], "terms", a["terms"], "exact", a["exact"],
          "aliased", json.dumps(a["aliased"], sort_keys=True))
    print("coef", " ".join("%s=%s/%s" % (k, num(c["coef"]), num(c["se"])) for k, c in a["coefficients"].items()))
    print("effect", " ".join("%s=%s" % (k, "null" if e is None else "/".join(
        num(e[x]) for x in ("effect", "se", "p_value", "p_holm"))) for k, e in a["effects"].items()))
    for f in r["findings"]:
        print("finding", f["factor"], f["evidence"], "reason:", f["reason"])
    print("unexplained:", "yes" if r["unexplained_pain"] else "no")


if __name__ == "__main__":
    main()
