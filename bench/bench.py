#!/usr/bin/env python3
"""Speed benchmark for the installed `repair` command, side by side with jrnl. Prints medians against targets.

    python bench/bench.py              # the full run (a few minutes)
    python bench/bench.py --quick      # fewer repetitions
    python bench/bench.py --no-jrnl    # repair's own figures only
    python bench/bench.py --repair PATH   # another `repair` script (default: the one beside this Python)

Targets (SPEC section 3, and the tighter ones of issue 14):
  - `repair log` at 20,000 entries takes at most 1.5x its time at 100 entries;
  - `repair review --json` at 20,000 entries: under 0.25 s warm (SPEC: 1 s), under 1 s right
    after an outside edit (cache miss; SPEC: 5 s); peak memory under 200 MB;
  - `repair merge-driver` and `repair resolve` on two 20,000-entry journals: under 2 s and
    150 MB peak. The merge driver runs as git runs it, after the repair commands that read your
    own version and the last shared one (so those two are in the parse cache, as they are in
    use); the partner's version is new to this computer and is read in full. The figure with
    nothing cached at all is printed beside it, for information;
  - `repair export --format html` at 20,000 entries: under 1 s warm, and a page under 5 MB
    (docs/conventions.md: old weeks are summed, not drawn day by day);
  - side by side with jrnl 4 on journals of 5,000 entries: `repair log` at most half of
    jrnl's append time, `repair review --json` no slower than `jrnl -n 10`;
  - `repair --help` costs little more than importing click (information only);
  - the safety net (repairkit.care.safety: its import, its model's first read and one check of
    an everyday note) adds under 10 ms to `repair log`.

jrnl is installed once, only into this benchmark's own virtual environment
($XDG_CACHE_HOME/repairkit-bench/jrnl-venv, outside the repository), and runs with
its own config and journals in a temporary HOME, so it never touches your files.
Each figure is the median of several runs; the competitors' runs are interleaved
so that load from other work on the machine falls on both alike, and the spread
(min-max) is printed beside each median. Exit status 1 when a target is missed.
Timings never go in tests; this script is where they live.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

FEARS = ["reliability", "respect", "alone", "honesty"]
KINDS = ["shown", "shown", "shown", "missed", "raised", "note"]
NOTE = "Texted when the train was late"
JRNL_SPEC = "jrnl==4.*"


# ------------------------------------------------------------------ journals ---

def _entries(entries: int, seed: int):
    """The same evidence for both tools: (datetime, plan, kind, by, number), oldest first."""
    rng = random.Random(seed)
    rows = []
    for i in range(entries):
        day = 1 + rng.randrange(690)
        month, dom = 1 + (day // 28) % 12, 1 + day % 28
        year = 2025 + day // 336
        bits = rng.getrandbits(32)
        when = dt.datetime(year, month, dom, rng.randrange(24), rng.randrange(60))
        rows.append((when, bits, rng.randrange(3), rng.choice(KINDS), rng.choice(["Sam", "Alex"]), i))
    return rows


def make_journal(path: Path, entries: int, seed: int = 7) -> None:
    """A realistic journal: three plans, comments, entries spread over two years.

    Written line by line, so this process stays small: a child's peak memory as the
    kernel reports it is never below its parent's size when it started.
    """
    with open(path, "w") as f:
        f.write("# Benchmark journal\nversion: 1\npeople: [Sam, Alex]\n\nplans:\n")
        for n in range(3):
            f.write(f"  - id: plan-{n}\n    title: Plan number {n}\n    opened: 2025-01-01\n"
                    "    repairing: Sam\n    hurt: Alex\n    pattern: When plans change I go quiet.\n"
                    f"    fear: {FEARS[n]}\n    behavior: When plans change, I text as soon as I know.\n"
                    "    raise_it: Alex says 'the text thing'.\n    check_in: 2026-12-20\n    status: active\n")
        f.write("\nlog:\n")
        for when, bits, plan, kind, by, i in _entries(entries, seed):
            f.write(f"  - id: e{bits:08x}\n    at: {when:%Y-%m-%dT%H:%M}:00+01:00\n    plan: plan-{plan}\n"
                    f"    kind: {kind}\n    by: {by}\n    note: Entry {i}, texted ahead when the train was late.\n")
            if i % 500 == 0:
                f.write("  # a comment now and then, as people write\n")
    path.chmod(0o600)


FAST_TIME = "%Y-%m-%d %H:%M"  # a format strptime reads: jrnl's fast path when loading entries
DEFAULT_TIME = "%F %r"        # jrnl's default: strptime cannot read it, so jrnl parses every date with dateutil


def make_jrnl_journal(path: Path, entries: int, tags: bool, timeformat: str = FAST_TIME, seed: int = 7) -> None:
    """jrnl's plain-text format with the same entries: a title line and the note as the body."""
    def entry(when, plan, kind, by, i) -> str:
        title = f"Entry {i}, {kind} for plan {plan} by {by}."
        if tags:
            title += f" @plan{plan} @{kind} @{by.lower()}"
        return f"[{when.strftime(timeformat)}] {title}\nTexted ahead when the train was late.\n\n"

    with open(path, "w") as f:
        f.writelines(entry(when, plan, kind, by, i) for when, _, plan, kind, by, i in sorted(_entries(entries, seed)))


# ------------------------------------------------------------------- running ---

@dataclass
class Figure:
    times: list[float] = field(default_factory=list)
    peaks: list[int] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def peak(self) -> int:
        return max(self.peaks)

    def ms(self) -> str:
        """'123 ms (110-140)': the median and the spread of the runs."""
        return f"{self.median * 1000:5.0f} ms ({min(self.times) * 1000:.0f}-{max(self.times) * 1000:.0f})"


class Failed(Exception):
    pass


def timed(cmd: list[str], env: dict, cwd: Path) -> tuple[float, int]:
    """Wall time in seconds and peak RSS in MB of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise Failed(f"{' '.join(cmd)} failed: {err[:400]}")
    return elapsed, usage.ru_maxrss // 1024


def measure(runs: int, jobs: dict[str, tuple[list[str], dict, Path]], before=None) -> dict[str, Figure]:
    """Run every job once per round, in turn, for `runs` rounds; `before(name)` runs ahead of each."""
    figures = {name: Figure() for name in jobs}
    for _ in range(runs):
        for name, (cmd, env, cwd) in jobs.items():
            if before:
                before(name)
            t, peak = timed(cmd, env, cwd)
            figures[name].times.append(t)
            figures[name].peaks.append(peak)
    return figures


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def repair_cmd(given: str | None) -> list[str]:
    """The real `repair` script: beside this Python (not a version manager's shell shim), else on PATH."""
    if given:
        return [given]
    beside = Path(sys.executable).parent / "repair"
    if beside.is_file():
        return [str(beside)]
    exe = shutil.which("repair")
    return [exe] if exe else [sys.executable, "-m", "repairkit"]


def interpreter_of(script: str) -> str | None:
    try:
        with open(script, "rb") as f:
            first = f.readline().decode(errors="replace").strip()
    except OSError:
        return None
    if first.startswith("#!") and "python" in first:
        return first[2:].strip().split()[0]
    return None


def cache_home() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


def jrnl_install(log) -> tuple[Path | None, str]:
    """jrnl in the benchmark's own venv, installed on first use. (path to jrnl, version) or (None, reason)."""
    venv = cache_home() / "repairkit-bench" / "jrnl-venv"
    exe = venv / "bin" / "jrnl"
    if not exe.is_file():
        log(f"  installing {JRNL_SPEC} into {venv} (once; outside the repository) ...")
        try:
            shutil.rmtree(venv, ignore_errors=True)
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True, timeout=300)
            subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", JRNL_SPEC], check=True,
                           capture_output=True, timeout=600)
        except (OSError, subprocess.SubprocessError) as e:
            detail = getattr(e, "stderr", b"") or b""
            detail = detail.decode(errors="replace").strip().splitlines()[-1:] if detail else [str(e)]
            return None, f"could not be installed ({detail[0][:200] if detail else e})"
    try:
        out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60, check=False,
                             env=dict(os.environ, HOME=tempfile.gettempdir()))
        version = out.stdout.split()[1].lstrip("v") if out.returncode == 0 and len(out.stdout.split()) > 1 else "?"
    except (OSError, subprocess.SubprocessError) as e:
        return None, f"does not run ({e})"
    return exe, version


JRNL_CONFIG = """\
colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '{timeformat}'
version: '{version}'
"""


def jrnl_env(root: Path, name: str, journal: Path, version: str, base: dict, timeformat: str = FAST_TIME) -> dict:
    """A private HOME and config for one jrnl journal, so jrnl never sees the user's own."""
    home = root / f"jrnl-{name}"
    (home / "config" / "jrnl").mkdir(parents=True)
    (home / "config" / "jrnl" / "jrnl.yaml").write_text(
        JRNL_CONFIG.format(journal=journal, version=version, timeformat=timeformat))
    env = {k: v for k, v in base.items() if not k.startswith(("REPAIR_", "JRNL"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), NO_COLOR="1", TERM="dumb")
    return env


# ------------------------------------------------------------ the safety net ---

# In a fresh interpreter that has already loaded what `repair log` loads before it reaches the
# net: the net's import, the first read of its model, and one check of an everyday note.
_NET_COST = """
import time
import click, repairkit.cli, repairkit.cli.common, repairkit.journal, repairkit.model
t = time.perf_counter()
from repairkit.care import safety
safety.check_texts({note!r})
print((time.perf_counter() - t) * 1000)
"""


def safety_net_cost(python: str, env: dict, runs: int) -> int:
    """Median milliseconds the safety net adds to `repair log`; returns 1 when over the 10 ms target."""
    code = _NET_COST.format(note=NOTE)
    subprocess.run([python, "-c", code], env=env, check=True, capture_output=True)  # bytecode, page cache
    costs = sorted(float(subprocess.run([python, "-c", code], env=env, check=True, capture_output=True,
                                        text=True).stdout) for _ in range(runs))
    median = statistics.median(costs)
    ok = median < 10.0
    print(f"  safety net: import + model read + one check   {median:.1f} ms ({costs[0]:.1f}-{costs[-1]:.1f})  "
          f"(target < 10 ms)  {verdict(ok)}")
    return int(not ok)


# ------------------------------------------------------------------- merging ---

def _merge_versions(folder: Path, big: Path) -> dict[str, Path]:
    """Three versions of a 20,000-entry journal: the last shared one, and each partner's since, with
    entries added on both sides and a plan's check-in moved on one (what a pull usually meets)."""
    base = big.read_text()

    def added(tag: str, n: int) -> str:
        return "".join(f"  - id: e{tag}{i:07d}\n    at: 2026-11-{i % 27 + 1:02d}T10:00:00+01:00\n    plan: plan-1\n"
                       f"    kind: shown\n    by: Alex\n    note: New on one side, {i}.\n" for i in range(n))

    versions = {"base": base, "ours": base + added("a", 40),
                "theirs": (base + added("b", 40)).replace("check_in: 2026-12-20", "check_in: 2027-01-08", 1)}
    paths = {}
    for name, text in versions.items():
        paths[name] = folder / f"{name}.yaml"
        paths[name].write_text(text)
    marked = base + "<<<<<<< ours\n" + added("a", 40) + "=======\n" + added("b", 40) + ">>>>>>> theirs\n"
    paths["conflicted"] = folder / "conflicted.yaml"
    paths["conflicted"].write_text(marked)
    return paths


def merges(rk: list[str], env: dict, root: Path, big: Path, runs: int) -> int:
    """`repair merge-driver` and `repair resolve` on 20,000-entry journals; returns targets missed."""
    folder = root / "merge"
    folder.mkdir()
    v = _merge_versions(folder, big)
    work = folder / "ours-copy.yaml"
    driver = rk + ["merge-driver", str(v["base"]), str(work), str(v["theirs"]), "repair.yaml"]

    def fresh_copy(_name=None):
        shutil.copyfile(v["ours"], work)

    def nothing_cached(_name=None):
        fresh_copy()
        shutil.rmtree(Path(env["XDG_CACHE_HOME"]) / "repairkit", ignore_errors=True)

    def as_in_use(_name=None):
        nothing_cached()
        for name in ("base", "ours"):  # what `repair` commands in this clone read before the pull
            subprocess.run(rk + ["--journal", str(v[name]), "check"], env=env, cwd=folder, check=True,
                           capture_output=True)

    failed = 0
    in_use = measure(runs, {"merge": (driver, env, folder)}, before=as_in_use)["merge"]
    ok = in_use.median < 2.0 and in_use.peak < 150
    failed += not ok
    print(f"  merge-driver   20,000 + 40 each side, in use  {in_use.ms()}, peak {in_use.peak} MB  "
          f"(target < 2000 ms, < 150 MB)  {verdict(ok)}")
    cold = measure(max(3, runs // 2), {"merge": (driver, env, folder)}, before=nothing_cached)["merge"]
    print(f"  merge-driver   the same, nothing cached        {cold.ms()}, peak {cold.peak} MB  (information)")
    settle = folder / "repair.yaml"
    resolve = rk + ["--journal", str(settle), "resolve"]

    def conflicted(_name=None):
        shutil.copyfile(v["conflicted"], settle)

    got = measure(runs, {"resolve": (resolve, env, folder)}, before=conflicted)["resolve"]
    ok = got.median < 2.0 and got.peak < 150
    failed += not ok
    print(f"  resolve        20,000 + 40 each side          {got.ms()}, peak {got.peak} MB  "
          f"(target < 2000 ms, < 150 MB)  {verdict(ok)}")
    return failed


# ---------------------------------------------------------------------- main ---

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument("--no-jrnl", action="store_true", help="skip the side-by-side comparison with jrnl")
    ap.add_argument("--repair", metavar="PATH", help="the repair script to time (default: the one beside this Python)")
    args = ap.parse_args()
    runs = 3 if args.quick else 7
    side_runs = 7 if args.quick else 15
    rk = repair_cmd(args.repair)
    failed = 0
    print(f"machine: {os.cpu_count()} cores, {platform.system()} {platform.machine()}, Python "
          f"{platform.python_version()}; load average at start {os.getloadavg()[0]:.2f}")
    if rk[0].endswith("repair") and interpreter_of(rk[0]) is None:
        print(f"  note: {rk[0]} is not a Python script (a shell shim?); its own start-up is included below")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        # What an installed package has: compiled bytecode. PYTHONDONTWRITEBYTECODE in a developer's
        # shell would make every run recompile the sources and time that instead.
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env = {k: v for k, v in base.items() if not k.startswith("REPAIR_")}
        env.update(NO_COLOR="1", REPAIR_NO_INPUT="1", XDG_CACHE_HOME=str(root / "cache"), REPAIR_AUTHOR="Alex")
        sizes: dict[int, Path] = {}
        for n in (100, 5000, 20000):
            folder = root / f"j{n}"
            folder.mkdir()
            make_journal(folder / "repair.yaml", n)
            sizes[n] = folder
        print(f"repair: {' '.join(rk)}    runs per figure: {runs} (median, min-max in brackets)")
        floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"  (peak memory is the kernel's figure for each run, which never reads below this script's own "
              f"{floor} MB)")

        log = rk + ["log", "shown", NOTE, "--plan", "plan-0"]
        for folder in sizes.values():
            timed(log, env, folder)  # warm the parse cache, as any earlier command would
        logs = measure(runs, {n: (log, env, folder) for n, folder in sizes.items()})
        for n, fig in logs.items():
            print(f"  repair log            {n:>6} entries  {fig.ms()}")
        ratio = logs[20000].median / logs[100].median
        ok = ratio <= 1.5
        failed += not ok
        print(f"  log 20,000 / log 100 = {ratio:.2f}x  (target <= 1.5x)  {verdict(ok)}")
        failed += safety_net_cost(interpreter_of(rk[0]) or sys.executable, env, runs * 5)

        review = rk + ["review", "--json", "--all"]
        big = sizes[20000]
        timed(review, env, big)
        warm = measure(runs, {"warm": (review, env, big)})["warm"]
        ok = warm.median < 0.25
        failed += not ok
        print(f"  review --json  20,000 entries, warm        {warm.ms()}  (target < 250 ms)  {verdict(ok)}")

        edits = [0]

        def outside_edit(_name=None):  # what a hand edit or a git pull does: new bytes, so no cache entry
            edits[0] += 1
            with open(big / "repair.yaml", "a") as f:
                f.write(f"# edited outside the tool ({edits[0]})\n")

        cold = measure(max(3, runs // 2), {"cold": (review, env, big)}, before=outside_edit)["cold"]
        ok = cold.median < 1.0
        failed += not ok
        print(f"  review --json  20,000 entries, after edit  {cold.ms()}  (target < 1000 ms)  {verdict(ok)}")
        peak = max(warm.peak, cold.peak)
        ok = peak < 200
        failed += not ok
        print(f"  review --json  20,000 entries, peak memory {peak:5d} MB (warm {warm.peak} MB, after edit "
              f"{cold.peak} MB)  (target < 200 MB)  {verdict(ok)}")

        failed += merges(rk, env, root, big / "repair.yaml", runs)

        page = rk + ["export", "--format", "html"]
        timed(page, env, big)  # the outside edits above left the cache cold; warm it as any command would
        html = measure(runs, {"html": (page, env, big)})["html"]
        ok = html.median < 1.0
        failed += not ok
        print(f"  export --format html 20,000 entries, warm  {html.ms()}  (target < 1000 ms)  {verdict(ok)}")
        size = len(subprocess.run(page, cwd=big, env=env, capture_output=True, check=True).stdout)
        ok = size < 5_000_000
        failed += not ok
        print(f"  export --format html 20,000 entries, page  {size / 1000:5.0f} KB  (target < 5000 KB)  {verdict(ok)}")

        python = interpreter_of(rk[0]) or sys.executable
        basics = measure(runs, {"help": (rk + ["--help"], env, root),
                                "version": (rk + ["--version"], env, root),
                                "click": ([python, "-c", "import click"], env, root),
                                "python": ([python, "-c", "pass"], env, root)})
        print(f"  repair --help {basics['help'].median * 1000:.0f} ms vs python -c 'import click' "
              f"{basics['click'].median * 1000:.0f} ms = {basics['help'].median / basics['click'].median:.2f}x")
        print(f"  repair --version {basics['version'].median * 1000:.0f} ms; "
              f"python -c pass (interpreter start-up) {basics['python'].ms()}")

        if args.no_jrnl:
            print("jrnl: skipped (--no-jrnl)")
        else:
            failed += side_by_side(root, rk, env, base, sizes[5000], side_runs)
        print(f"load average at end {os.getloadavg()[0]:.2f}")
    print("all targets met" if not failed else f"{failed} target(s) missed")
    return 1 if failed else 0


def side_by_side(root: Path, rk: list[str], env: dict, base: dict, folder: Path, runs: int) -> int:
    """repair and jrnl on journals of 5,000 entries; returns the number of targets missed."""
    print(f"side by side with jrnl, 5,000 entries, runs interleaved: {runs} (median, min-max)")
    exe, version = jrnl_install(print)
    if exe is None:
        print(f"  jrnl {version}: the comparison is not measured; repair's figures are above")
        return 0
    journals = {"plain": (False, FAST_TIME), "tagged": (True, FAST_TIME), "default": (False, DEFAULT_TIME)}
    jenv, files = {}, {}
    for name, (tags, timeformat) in journals.items():
        files[name] = root / f"jrnl-{name}.txt"
        make_jrnl_journal(files[name], 5000, tags=tags, timeformat=timeformat)
        jenv[name] = jrnl_env(root, name, files[name], version, base, timeformat)
    python = Path(exe).parent / "python"
    jobs = {
        "repair log": (rk + ["log", "shown", NOTE, "--plan", "plan-0"], env, folder),
        "jrnl append": ([str(exe), NOTE], jenv["plain"], root),
        "jrnl append, tags": ([str(exe), NOTE + " @plan0 @shown"], jenv["tagged"], root),
        "jrnl append, %F %r": ([str(exe), NOTE], jenv["default"], root),
        "repair review --json": (rk + ["review", "--json"], env, folder),
        "jrnl -n 10": ([str(exe), "-n", "10"], jenv["plain"], root),
        "jrnl -n 10, tags": ([str(exe), "-n", "10"], jenv["tagged"], root),
        "jrnl -n 10, %F %r": ([str(exe), "-n", "10"], jenv["default"], root),
        "jrnl --version": ([str(exe), "--version"], jenv["plain"], root),
        "jrnl's python -c pass": ([str(python), "-c", "pass"], jenv["plain"], root),
    }
    try:
        for cmd, e, cwd in jobs.values():  # warm-up: caches, bytecode, jrnl's first-run config check
            timed(cmd, e, cwd)
        figs = measure(runs, jobs)
    except Failed as e:
        print(f"  jrnl {version} did not run: {e}; the comparison is not measured")
        return 0
    size = (folder / "repair.yaml").stat().st_size // 1024
    print(f"  jrnl {version} ({exe}); files: repair.yaml {size} KB, jrnl "
          + ", ".join(f"{name} {path.stat().st_size // 1024} KB" for name, path in files.items()))
    print(f"  jrnl's journals: time format {FAST_TIME} (its fast path), one with @tags; \"%F %r\" is jrnl's "
          "default format, which it reads through dateutil")
    for name, fig in figs.items():
        print(f"  {name:<24} {fig.ms()}   peak {fig.peak} MB")
    missed = 0
    # Against jrnl at its fastest (strptime dates, no tags): the stricter comparison.
    ratio = figs["repair log"].median / figs["jrnl append"].median
    ok = ratio <= 0.5
    missed += not ok
    print(f"  repair log / jrnl append = {ratio:.2f}  (target <= 0.50)  {verdict(ok)}")
    ratio = figs["repair review --json"].median / figs["jrnl -n 10"].median
    ok = ratio <= 1.0
    missed += not ok
    print(f"  repair review --json / jrnl -n 10 = {ratio:.2f}  (target <= 1.00)  {verdict(ok)}")
    return missed


if __name__ == "__main__":
    sys.exit(main())
