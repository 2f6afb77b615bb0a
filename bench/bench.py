#!/usr/bin/env python3
"""Speed benchmark for the installed `repair` command. Prints medians and ratios against targets.

    python bench/bench.py            # the full run (about a minute)
    python bench/bench.py --quick    # fewer repetitions

Targets (SPEC section 3):
  - `repair log` at 20,000 entries takes at most 1.5x its time at 100 entries;
  - `repair review --json` at 20,000 entries: under 1 s warm, under 5 s right after an
    outside edit (cache miss); peak memory under 200 MB;
  - `repair --help` costs little more than importing click.
Timings never go in tests; this script is where they live.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FEARS = ["reliability", "respect", "alone", "honesty"]
KINDS = ["shown", "shown", "shown", "missed", "raised", "note"]


def make_journal(path: Path, entries: int, seed: int = 7) -> None:
    """A realistic journal: three plans, comments, entries spread over two years."""
    rng = random.Random(seed)
    lines = ["# Benchmark journal", "version: 1", "people: [Sam, Alex]", "", "plans:"]
    for n in range(3):
        lines += [f"  - id: plan-{n}", f"    title: Plan number {n}", "    opened: 2025-01-01",
                  "    repairing: Sam", "    hurt: Alex", "    pattern: When plans change I go quiet.",
                  f"    fear: {FEARS[n]}", "    behavior: When plans change, I text as soon as I know.",
                  "    raise_it: Alex says 'the text thing'.", "    check_in: 2026-12-20", "    status: active"]
    lines += ["", "log:"]
    for i in range(entries):
        day = 1 + rng.randrange(690)
        month, dom = 1 + (day // 28) % 12, 1 + day % 28
        year = 2025 + day // 336
        lines += [f"  - id: e{rng.getrandbits(32):08x}",
                  f"    at: {year}-{month:02d}-{dom:02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00+01:00",
                  f"    plan: plan-{rng.randrange(3)}", f"    kind: {rng.choice(KINDS)}",
                  f"    by: {rng.choice(['Sam', 'Alex'])}",
                  f"    note: Entry {i}, texted ahead when the train was late."]
        if i % 500 == 0:
            lines.append("  # a comment now and then, as people write")
    path.write_text("\n".join(lines) + "\n")
    path.chmod(0o600)


def repair_cmd() -> list[str]:
    exe = shutil.which("repair")
    return [exe] if exe else [sys.executable, "-m", "repairkit"]


def timed(cmd: list[str], env: dict, cwd: Path) -> tuple[float, int]:
    """Wall time in seconds and peak RSS in MB of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[:400]}")
    return elapsed, usage.ru_maxrss // 1024


def median_of(runs: int, cmd: list[str], env: dict, cwd: Path, before=None) -> tuple[float, int]:
    times, peaks = [], []
    for _ in range(runs):
        if before:
            before()
        t, peak = timed(cmd, env, cwd)
        times.append(t)
        peaks.append(peak)
    return statistics.median(times), max(peaks)


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = ap.parse_args()
    runs = 3 if args.quick else 7
    rk = repair_cmd()
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("REPAIR_")}
        env.update(NO_COLOR="1", REPAIR_NO_INPUT="1", XDG_CACHE_HOME=str(root / "cache"),
                   REPAIR_AUTHOR="Alex")
        sizes = {100: None, 5000: None, 20000: None}
        for n in sizes:
            folder = root / f"j{n}"
            folder.mkdir()
            make_journal(folder / "repair.yaml", n)
            sizes[n] = folder
        print(f"repair: {' '.join(rk)}    runs per figure: {runs} (median)")

        log = rk + ["log", "shown", "Texted when the train was late", "--plan", "plan-0"]
        log_times = {}
        for n, folder in sizes.items():
            timed(log, env, folder)  # warm the cache, as any earlier command would
            log_times[n], _ = median_of(runs, log, env, folder)
            print(f"  repair log            {n:>6} entries  {log_times[n] * 1000:7.0f} ms")
        ratio = log_times[20000] / log_times[100]
        ok = ratio <= 1.5
        failed += not ok
        print(f"  log 20,000 / log 100 = {ratio:.2f}x  (target <= 1.5x)  {verdict(ok)}")

        review = rk + ["review", "--json", "--all"]
        big = sizes[20000]
        timed(review, env, big)
        warm, peak_warm = median_of(runs, review, env, big)
        ok = warm < 1.0
        failed += not ok
        print(f"  review --json  20,000 entries, warm       {warm * 1000:7.0f} ms  (target < 1000 ms)  {verdict(ok)}")

        journal = big / "repair.yaml"
        edits = [0]

        def outside_edit():  # what a hand edit or a git pull does: new bytes, so no cache entry
            edits[0] += 1
            with open(journal, "a") as f:
                f.write(f"# edited outside the tool ({edits[0]})\n")

        cold, peak_cold = median_of(max(3, runs // 2), review, env, big, before=outside_edit)
        ok = cold < 5.0
        failed += not ok
        print(f"  review --json  20,000 entries, after edit {cold * 1000:7.0f} ms  (target < 5000 ms)  {verdict(ok)}")
        peak = max(peak_warm, peak_cold)
        ok = peak < 200
        failed += not ok
        print(f"  review --json  20,000 entries, peak memory {peak:6d} MB  (target < 200 MB)  {verdict(ok)}")

        help_time, _ = median_of(runs, rk + ["--help"], env, root)
        click_time, _ = median_of(runs, [sys.executable, "-c", "import click"], env, root)
        print(f"  repair --help {help_time * 1000:.0f} ms vs python -c 'import click' {click_time * 1000:.0f} ms"
              f" = {help_time / click_time:.2f}x")
        version_time, _ = median_of(runs, rk + ["--version"], env, root)
        print(f"  repair --version {version_time * 1000:.0f} ms")
    print("all targets met" if not failed else f"{failed} target(s) missed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
