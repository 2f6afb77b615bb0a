"""Record every answer the safety net gives, to show a speed change altered none of them.

    python bench/safety_identity.py record FILE    # before the change
    python bench/safety_identity.py compare FILE   # after it, on the texts recorded: exits 1 on any difference
    python bench/safety_identity.py compare FILE --kept   # the same, with the checks' patterns from kept code

For every labelled text (eval/safety/dev.yaml, the holdout: outputs only, never printed or
named, the old tuned set, the ordinary texts of the other sets, the apology development
texts), the string literals of the safety tests, variants of them (upper case, lower case
without apostrophes, curly quotes, odd spacing, neighbours joined), and long concatenations
of benign texts with and without a danger text inside, it records `check_texts` (level,
pages, signals), the phrase rules' findings (with who did it), the learned scores of the
text and of its most dangerous piece, and a few texts checked together. A mismatch is
reported by its key; for the holdout only the number of mismatches is printed.
No timings here: bench/bench.py and bench/apology_eval.py measure speed.
"""
from __future__ import annotations

import ast
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _path in (str(ROOT), str(ROOT / "bench")):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import safety_data  # noqa: E402
from identity import report, variants  # noqa: E402

from repairkit.care import learned, safety  # noqa: E402

TEST_FILES = ("test_safety_net.py", "test_safety_stops.py", "test_guidance_prefilter.py", "test_screen.py",
              "test_guidance.py")
APOLOGY_HOLDOUTS = ("holdout.yaml", "holdout-2.yaml", "holdout-3.yaml")


def _long(texts: list[str], words: int) -> list[str]:
    """The texts run together, in order, cut into pieces of about `words` words."""
    out, current, count = [], [], 0
    for text in texts:
        current.append(text)
        count += len(text.split())
        if count >= words:
            out.append(" ".join(current))
            current, count = [], 0
    if current:
        out.append(" ".join(current))
    return out


def texts() -> dict[str, str]:
    """Every text to check, by a stable key (holdout keys start with "holdout:")."""
    out: dict[str, str] = {}
    dev = safety_data.dev()
    labelled = dev + safety_data.old_set() + safety_data.ordinary_extras()
    for i, item in enumerate(labelled):
        out[f"{item.source}:{i}"] = item.text
    for i, item in enumerate(safety_data.holdout()):
        out[f"holdout:{i}"] = item.text
    from ruamel.yaml import YAML

    apology: list[str] = []
    for path in sorted((ROOT / "eval" / "apology").glob("*.yaml")):
        if path.name in APOLOGY_HOLDOUTS:
            continue
        items = YAML(typ="safe").load(path.read_text(encoding="utf-8"))["items"] or []
        for i, item in enumerate(items):
            out[f"apology-{path.name}:{i}"] = item["text"]
            apology.append(item["text"])
    strings: list[str] = []
    for name in TEST_FILES:
        tree = ast.parse((ROOT / "tests" / name).read_text(encoding="utf-8"))
        found = sorted({node.value for node in ast.walk(tree)
                        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip()})
        for s in found:
            out[f"{name}:{hashlib.sha256(s.encode()).hexdigest()[:16]}"] = s
            strings.append(s)
    base = [item.text for item in labelled]
    for i, text in enumerate(base):
        for kind, variant in variants(text).items():
            out[f"variant-{kind}:{i}"] = variant
        if i:
            out[f"joined:{i}"] = base[i - 1] + "\n\n" + text
            out[f"run-on:{i}"] = base[i - 1].rstrip(".!? ") + " and " + text
    benign = [item.text for item in dev if not item.danger]
    danger = [item.text for item in dev if item.danger]
    for size in (80, 300, 2000):
        for i, text in enumerate(_long(benign, size)):
            out[f"long-benign-{size}:{i}"] = text
            out[f"long-benign-{size}-texting:{i}"] = variants(text)["texting"]
            out[f"long-benign-{size}-upper:{i}"] = variants(text)["upper"]
            half = len(text) // 2
            cut = text.find(". ", half)
            if cut > 0:
                out[f"long-mixed-{size}:{i}"] = text[:cut + 2] + danger[i % len(danger)] + " " + text[cut + 2:]
    for i, text in enumerate(_long(apology, 2000)):
        out[f"long-apology:{i}"] = text
    for i, text in enumerate(_long(base, 2000)):
        out[f"long-all:{i}"] = text
    sys.path.insert(0, str(ROOT / "bench"))
    import apology_eval

    out["long:apology-development"] = apology_eval.long_text()
    out["long:apology-passing"] = apology_eval.passing_long_text()
    return out


def _found(text: str) -> list:
    return [[list(f.signal), f.rule.kind, f.rule.weak, f.before, f.matched, f.after, safety._by_writer(f)]
            for f in safety._findings((text,))]


def answer(text: str) -> list:
    verdict = safety.check_texts(text)
    scores, piece = learned.score(text)
    return [verdict.level, verdict.path, list(verdict.pages), [list(s) for s in verdict.signals],
            [list(s) for s in safety._rule_signals(text)], _found(text), list(map(repr, scores)),
            hashlib.sha256(piece.encode()).hexdigest()]


def answers(every: dict[str, str]) -> dict[str, object]:
    out: dict[str, object] = {key: answer(text) for key, text in every.items()}
    keys = sorted(k for k in every if not k.startswith(("long", "holdout")))
    for n, (a, b, c) in enumerate(zip(keys[::37], keys[11::37], keys[23::37])):
        verdict = safety.check_texts(every[a], None, every[b], "", every[c])
        out[f"together:{n}"] = [verdict.level, list(verdict.pages), [list(s) for s in verdict.signals]]
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
    if argv[0] == "record":
        every = texts()
        now = answers(every)
        kept = {k: v for k, v in every.items() if not k.startswith("holdout:")}  # the holdout is read again
        path.write_text(json.dumps({"texts": kept, "answers": now}, sort_keys=True, ensure_ascii=False, indent=0),
                        encoding="utf-8")
        print(f"recorded {len(now)} answers to {path} (sha256 {_digest(now)[:16]})")
        return 0
    recorded = json.loads(path.read_text(encoding="utf-8"))
    every = dict(recorded["texts"])  # the same texts, however the tests' strings have changed since
    every.update((f"holdout:{i}", item.text) for i, item in enumerate(safety_data.holdout()))
    before = recorded["answers"]
    now = answers({k: every[k] for k in before if k in every})
    return report(before, now, lambda key: key.startswith("holdout:"),
                  f"{len(before)} answers recorded (sha256 {_digest(before)[:16]}), {len(now)} now "
                  f"(sha256 {_digest(now)[:16]})")

def _digest(answers: dict) -> str:
    return hashlib.sha256(json.dumps(answers, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
