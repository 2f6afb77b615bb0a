"""Record every answer the apology checker gives, to show a speed change altered none of them.

    python bench/apology_identity.py record FILE    # before the change
    python bench/apology_identity.py compare FILE   # after it: exits 1 on any difference
    python bench/apology_identity.py compare FILE --kept   # the same, with the checks' patterns from kept code

For every text in eval/apology/*.yaml (both holdouts included: outputs only, never
printed), tests/data/apology*.yaml, the string literals of the apology tests, the
drafts of bench/apology_drafts.py, the 2,000-word bench texts, and variants of the
development texts (upper case, lower case without apostrophes, curly quotes, odd
spacing, neighbours joined), it records `check_apology(text).to_json()` with and
without the learned models, and the human output of `format_findings`. A mismatch
is reported by its key; for the holdouts only the number of mismatches is printed.
No timings here: bench/apology_eval.py measures speed.
"""
from __future__ import annotations

import ast
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _path in (str(ROOT), str(ROOT / "bench")):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from identity import report, variants  # noqa: E402

from repairkit.care.apology import check_apology, draft_apology, format_findings  # noqa: E402

EVAL = ROOT / "eval" / "apology"
HOLDOUTS = ("holdout.yaml", "holdout-2.yaml", "holdout-3.yaml")
TEST_FILES = ("test_apology.py", "test_apology_model.py", "test_cli_apology.py")


def _load(path: Path) -> list[dict]:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))["items"] or []


def texts() -> dict[str, str]:
    """Every text to check, by a stable key."""
    out: dict[str, str] = {}
    development: list[str] = []
    for path in sorted(EVAL.glob("*.yaml")):
        for i, item in enumerate(_load(path)):
            out[f"{path.name}:{i}"] = item["text"]
            if path.name not in HOLDOUTS:
                development.append(item["text"])
    for path in sorted((ROOT / "tests" / "data").glob("apology*.yaml")):
        for i, item in enumerate(_load(path)):
            out[f"{path.name}:{i}"] = item["text"]
            development.append(item["text"])
    for name in TEST_FILES:
        tree = ast.parse((ROOT / "tests" / name).read_text(encoding="utf-8"))
        strings = sorted({node.value for node in ast.walk(tree)
                          if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip()})
        for s in strings:
            out[f"{name}:{hashlib.sha256(s.encode()).hexdigest()[:16]}"] = s
    import apology_drafts
    import apology_eval

    for plan in apology_drafts.plans():
        draft = draft_apology(plan, today=apology_drafts.TODAY)
        out[f"draft:{plan.id}"] = draft
        out[f"draft-today:{plan.id}"] = draft_apology(plan, today=dt.date(2027, 3, 1))
    out["long:development"] = apology_eval.long_text()
    if hasattr(apology_eval, "passing_long_text"):
        out["long:passing"] = apology_eval.passing_long_text()
    for i, text in enumerate(development):
        for kind, variant in variants(text).items():
            out[f"variant-{kind}:{i}"] = variant
        if i:
            out[f"joined:{i}"] = development[i - 1] + "\n\n" + text
            out[f"run-on:{i}"] = development[i - 1].rstrip(".!? ") + " and " + text
    return out


def answers() -> dict[str, object]:
    out: dict[str, object] = {}
    for key, text in texts().items():
        if key.startswith(("draft:", "draft-today:")):
            out[key + ":draft"] = text
        result = check_apology(text)
        out[key] = [result.to_json(), check_apology(text, learned=False).to_json(), format_findings(result, "f")]
    return out


def main(argv: list[str]) -> int:
    if "--kept" in argv:  # the checks' patterns made from kept code, as the command line makes them
        from repairkit.care import compiled

        compiled.seed(compiled.all_fixed())
        argv = [a for a in argv if a != "--kept"]
    if len(argv) != 2 or argv[0] not in ("record", "compare"):
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[1])
    now = answers()
    if argv[0] == "record":
        path.write_text(json.dumps(now, sort_keys=True, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"recorded {len(now)} answers to {path}")
        return 0
    before = json.loads(path.read_text(encoding="utf-8"))
    return report(before, now, lambda key: key.split(":")[0] in HOLDOUTS,
                  f"{len(before)} answers recorded, {len(now)} now")

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
