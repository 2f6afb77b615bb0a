"""Evaluate the apology checker: development texts and the frozen holdout, side by side.

    python bench/apology_eval.py              # development, regression floor, holdout, timing
    python bench/apology_eval.py --dev-only   # no holdout (use this while tuning)
    python bench/apology_eval.py --dev-only -v  # plus every development miss
    python bench/apology_eval.py --dev-only --rules-only   # the rules without the learned models
    python bench/apology_eval.py --timing     # only the timing of `--check` on a 2,000-word text
    python bench/apology_eval.py --holdouts holdout-3   # development and only the holdouts named

Sets of texts:

  development  eval/apology/dev.yaml (public statements, partner-style texts, minimal pairs),
            dev-extra.yaml, dev-brief.yaml (brief sound apologies), fresh-*.yaml (batches
            written before they were tuned on; their first runs are in FRESH_RUNS.md) and
            public-real.yaml, public-real-2.yaml (real public statements with published verdicts). The
            learned models are trained on all of them, so these figures show fit, not how the
            checker does on new texts: `python bench/train_apology_model.py --cv` gives the
            cross-validated figures for that.
  holdout   eval/apology/holdout.yaml: frozen and checksummed. Only aggregate figures
            are ever printed for it (overall, per set, per category), never an item,
            an id or a miss; per-set cells under three texts are not shown. Run it
            rarely: every run is recorded in docs/apology.md. It has been run often
            enough to be worn, so:
  holdout-2 eval/apology/holdout-2.yaml: the second frozen holdout (fifth round), written
            and checksummed before that round changed the checker; the same rules.
  holdout-3 eval/apology/holdout-3.yaml: the third (seventh round: 61 real public statements,
            60 partner texts), written and checksummed before that round's first run.
  floor     tests/data/apology_eval.yaml: the older tuned set, kept as a regression
            floor (every flawed text flagged, at most 10% of good ones flagged).

A text is *flagged* when it gets any finding; the *main flaw is found* when the
item's `main` category is among the findings. Exits 1 when a holdout target is
missed (or, with --dev-only, a development target).
"""
from __future__ import annotations

import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from repairkit.care.apology import CATEGORIES, check_apology

EVAL = ROOT / "eval" / "apology"
DEV = EVAL / "dev.yaml"
EXTRA = EVAL / "dev-extra.yaml"
BRIEF = EVAL / "dev-brief.yaml"
REAL = EVAL / "public-real.yaml"
REAL2 = EVAL / "public-real-2.yaml"
HOLDOUT = EVAL / "holdout.yaml"
HOLDOUT2 = EVAL / "holdout-2.yaml"
HOLDOUT3 = EVAL / "holdout-3.yaml"
HOLDOUTS = (HOLDOUT, HOLDOUT2, HOLDOUT3)
FLOOR = ROOT / "tests" / "data" / "apology_eval.yaml"
SETS = ("public", "partner", "pair")

# The targets from issue 12, for the holdout.
TARGETS = {"flagged": 0.85, "main": 0.75, "good_max": 0.10, "public_flagged": 0.80, "public_good_max": 0.20}


def load(path: Path) -> list[dict]:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))["items"] or []


def holdout_checksum_ok(path: Path = HOLDOUT) -> bool:
    sums = {}
    for line in (EVAL / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            sums[name.strip()] = digest
    return hashlib.sha256(path.read_bytes()).hexdigest() == sums.get(path.name)


def development_files() -> list[Path]:
    return [DEV, EXTRA, BRIEF, *sorted(EVAL.glob("fresh-*.yaml")), REAL, REAL2]


def run(items: list[dict], learned: bool = True) -> list[dict]:
    """One row per item: its labels and the categories the checker found."""
    rows = []
    for item in items:
        found = {f.category for f in check_apology(item["text"], learned=learned).findings}
        rows.append({"id": item.get("id"), "set": item.get("set", "partner"), "good": bool(item["good"]),
                     "main": item.get("main"), "flaws": set(item.get("flaws") or []), "found": found,
                     "pair": item.get("pair")})
    return rows


class Figures:
    def __init__(self, rows: list[dict]) -> None:
        self.rows = rows

    def subset(self, set_name: str | None = None) -> Figures:
        return Figures([r for r in self.rows if set_name is None or r["set"] == set_name])

    @property
    def flawed(self) -> list[dict]:
        return [r for r in self.rows if not r["good"]]

    @property
    def good(self) -> list[dict]:
        return [r for r in self.rows if r["good"]]

    def flagged(self) -> tuple[int, int]:
        return sum(bool(r["found"]) for r in self.flawed), len(self.flawed)

    def main_found(self) -> tuple[int, int]:
        return sum(r["main"] in r["found"] for r in self.flawed), len(self.flawed)

    def good_flagged(self) -> tuple[int, int]:
        return sum(bool(r["found"]) for r in self.good), len(self.good)

    def by_main(self, category: str) -> tuple[tuple[int, int], tuple[int, int]]:
        sub = [r for r in self.flawed if r["main"] == category]
        return (sum(bool(r["found"]) for r in sub), len(sub)), (sum(category in r["found"] for r in sub), len(sub))

    def present_caught(self, category: str) -> tuple[int, int]:
        sub = [r for r in self.flawed if category in r["flaws"]]
        return sum(category in r["found"] for r in sub), len(sub)

    def false_alarms(self, category: str) -> tuple[int, int]:
        """Good texts that got this category."""
        return sum(category in r["found"] for r in self.good), len(self.good)


def share(pair: tuple[int, int]) -> float:
    n, d = pair
    return n / d if d else 0.0


def cell(pair: tuple[int, int], min_n: int = 1) -> str:
    n, d = pair
    if not d:
        return "-"
    if d < min_n:
        return f"(n={d})"
    return f"{n}/{d} {100 * n / d:3.0f}%"


def table(columns: list[tuple[str, Figures, int]]) -> str:
    width = max(16, *(len(name) + 2 for name, _, _ in columns))
    head = f"{'':<22}" + "".join(f"{name:>{width}}" for name, _, _ in columns)
    lines = [head]

    def row(label: str, get) -> None:
        lines.append(f"{label:<22}" + "".join(f"{get(fig, min_n):>{width}}" for _, fig, min_n in columns))

    for set_name in (None, *SETS):
        title = set_name or "all"
        lines.append(f"-- {title}")
        row("  flawed flagged", lambda f, m, s=set_name: cell(f.subset(s).flagged(), m))
        row("  main flaw found", lambda f, m, s=set_name: cell(f.subset(s).main_found(), m))
        row("  good flagged", lambda f, m, s=set_name: cell(f.subset(s).good_flagged(), m))
    lines.append("-- by main flaw: flagged / main flaw found")
    for c in CATEGORIES:
        row(f"  {c}", lambda f, m, c=c: "{} | {}".format(*(cell(x, m).split()[0] for x in f.by_main(c))))
    lines.append("-- every flawed text with the flaw present: caught")
    for c in CATEGORIES:
        row(f"  {c}", lambda f, m, c=c: cell(f.present_caught(c), m))
    lines.append("-- good texts given this category")
    for c in CATEGORIES:
        row(f"  {c}", lambda f, m, c=c: cell(f.false_alarms(c), m))
    return "\n".join(lines)


def target_problems(fig: Figures) -> list[str]:
    public = fig.subset("public")
    checks = [
        (share(fig.flagged()) >= TARGETS["flagged"], "flawed flagged"),
        (share(fig.main_found()) >= TARGETS["main"], "main flaw found"),
        (share(fig.good_flagged()) <= TARGETS["good_max"], "good flagged"),
        (share(public.flagged()) >= TARGETS["public_flagged"], "public flawed flagged"),
        (share(public.good_flagged()) <= TARGETS["public_good_max"], "public good flagged"),
    ]
    return [name for ok, name in checks if not ok]


def floor_figures() -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    """The old tuned set: (flawed flagged, good flagged, every expected category found)."""
    items = load(FLOOR)
    flawed = [i for i in items if i.get("expect")]
    good = [i for i in items if not i.get("expect")]
    found = {i["id"]: {f.category for f in check_apology(i["text"]).findings} for i in items}
    return ((sum(bool(found[i["id"]]) for i in flawed), len(flawed)),
            (sum(bool(found[i["id"]]) for i in good), len(good)),
            (sum(set(i["expect"]) <= found[i["id"]] for i in flawed), len(flawed)))


def misses(rows: list[dict]) -> list[str]:
    out = []
    for r in rows:
        if r["good"] and r["found"]:
            out.append(f"  good flagged   {r['id']}: {', '.join(sorted(r['found']))}")
        elif not r["good"] and r["main"] not in r["found"]:
            out.append(f"  main missed    {r['id']}: main {r['main']}; found {', '.join(sorted(r['found'])) or '-'}")
    return out


def long_text(words: int = 2000) -> str:
    """A 2,000-word text made of the development texts in order (varied sentences, many findings).

    It trips the safety net (some development texts describe harm), so the command stops before the
    check: use `passing_long_text` to time the check itself."""
    out: list[str] = []
    for path in development_files():
        for item in load(path):
            out += item["text"].split()
            if len(out) >= words:
                return " ".join(out[:words])
    return " ".join((out * (words // max(len(out), 1) + 1))[:words])


def passing_long_text(words: int = 2000) -> str:
    """A 2,000-word text of development texts in order, flawed and sound, leaving out every text the
    safety net would not let through, so `--check` times the check and not a safety stop."""
    from repairkit.care import safety

    out: list[str] = []
    for path in development_files():
        for item in load(path):
            if not safety.check_texts(item["text"]).clear:
                continue
            out += item["text"].split()
            if len(out) >= words:
                text = " ".join(out[:words])
                if not safety.check_texts(text).clear:
                    raise RuntimeError("the 2,000-word bench text no longer passes the safety net")
                return text
    raise RuntimeError("not enough development texts pass the safety net for a 2,000-word text")


def timing() -> dict[str, float]:
    """The check of a 2,000-word text in a fresh process, in seconds (median of five processes):
    importing the checker, the first check (rules and models read on first use), a warm check, and
    the safety net on the same text (which the command runs first)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(passing_long_text(), encoding="utf-8")
        code = ("import json, sys, time\n"
                "text = open(sys.argv[1], encoding='utf-8').read()\n"
                "t0 = time.perf_counter()\n"
                "from repairkit.care.apology import check_apology\n"
                "t1 = time.perf_counter()\n"
                "check_apology(text)\n"
                "t2 = time.perf_counter()\n"
                "check_apology(text)\n"
                "t3 = time.perf_counter()\n"
                "from repairkit.journal.api import screen\n"
                "screen(text)\n"
                "t4 = time.perf_counter()\n"
                "print(json.dumps({'import': t1 - t0, 'first': t2 - t1, 'warm': t3 - t2, 'safety': t4 - t3}))\n")
        runs = []
        for _ in range(5):
            out = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True,
                                 check=True, env=_timing_env()).stdout
            runs.append(json.loads(out.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def _timing_env() -> dict[str, str]:
    """Bytecode written and read as in an installed package (PYTHONDONTWRITEBYTECODE recompiles every import)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def command_timing(runs: int = 11, *, kept: bool = True) -> float:
    """Seconds for the whole command, `repair apology-draft --check FILE` on a 2,000-word text that
    passes the safety net, from starting Python to the answer (median of ``runs``; the first run
    warms the disk and bytecode caches, and keeps the compiled patterns, and is not counted).
    ``kept=False``: with REPAIR_NO_CACHE, every run compiles its patterns, as the first run ever does."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(passing_long_text(), encoding="utf-8")
        code = "import sys; from repairkit.cli import main; sys.argv = ['repair', 'apology-draft', '--check', sys.argv[1]]; main()"
        times = []
        for _ in range(runs + 1):
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, check=False,
                                  env=_timing_env() | ({} if kept else {"REPAIR_NO_CACHE": "1"}))
            times.append(time.perf_counter() - start)
            if done.returncode not in (0, 1):
                raise RuntimeError(f"the command stopped with exit {done.returncode}, not a check result")
        return statistics.median(times[1:])


def print_timing() -> None:
    parts = timing()
    whole = command_timing()
    cold = command_timing(kept=False)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"checking a 2,000-word text that passes the safety net: the whole command {whole * 1000:.0f} ms "
          f"(target under 300 ms; load average {load:.1f} on {os.cpu_count()} cores); "
          f"with no compiled patterns kept (a first run, or REPAIR_NO_CACHE) {cold * 1000:.0f} ms")
    print(f"  in process: import {parts['import'] * 1000:.0f} ms, first check {parts['first'] * 1000:.0f} ms, "
          f"warm check {parts['warm'] * 1000:.0f} ms; the safety net on the same text "
          f"{parts['safety'] * 1000:.0f} ms ({100 * parts['safety'] / whole:.0f}% of the command)")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    dev_only = "--dev-only" in argv
    verbose = "-v" in argv or "--verbose" in argv
    learned = "--rules-only" not in argv
    holdouts = list(HOLDOUTS)
    if "--holdouts" in argv:  # every run wears a holdout: run only the ones asked for
        names = argv[argv.index("--holdouts") + 1].split(",")
        holdouts = [EVAL / f"{name.removesuffix('.yaml')}.yaml" for name in names]
        unknown = [p.name for p in holdouts if p not in HOLDOUTS]
        if unknown:
            print(f"no such holdout: {', '.join(unknown)}", file=sys.stderr)
            return 2
    if "--timing" in argv:
        print_timing()
        return 0
    dev = run(load(DEV), learned)
    extra = run(load(EXTRA), learned)
    later = [row for path in development_files()[2:] for row in run(load(path), learned)]
    columns = [("dev", Figures(dev), 1), ("dev-extra", Figures(extra), 1), ("brief+fresh+real", Figures(later), 1)]
    held: list[tuple[str, Figures]] = []
    if not dev_only:
        for path in holdouts:
            if not holdout_checksum_ok(path):
                print(f"{path.name} does not match SHA256SUMS: its figures would not be comparable", file=sys.stderr)
                return 2
        held = [(path.stem, Figures(run(load(path), learned))) for path in holdouts]
        columns += [(name, fig, 3) for name, fig in held]
    print("apology checker" + ("" if learned else ", rules alone") +
          ": flawed flagged, main flaw among the findings, good flagged")
    print("(development texts are trained on: `python bench/train_apology_model.py --cv` for cross-validated figures)\n")
    print(table(columns))
    flagged, good, expected = floor_figures()
    print(f"\nregression floor ({FLOOR.relative_to(ROOT)}): flawed flagged {cell(flagged)}, "
          f"good flagged {cell(good)}, every expected category found {cell(expected)}")
    print_timing()
    if held:
        problems = []
        for name, fig in held:
            missed = target_problems(fig)
            problems += missed
            print(f"\ntargets on {name}: " + ("all met" if not missed else "MISSED: " + ", ".join(missed)))
    else:
        problems = target_problems(Figures(dev + extra + later))
        print("\ntargets on development texts: " + ("all met" if not problems else "MISSED: " + ", ".join(problems)))
    if verbose:
        print("\ndevelopment misses (never the holdout's):")
        print("\n".join(misses(dev + extra + later)) or "  none")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
