"""Shared fixtures: every test gets its own home, journal path, cache and a fixed "now"."""
from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

FIXED_NOW = "2026-11-27T10:00:00+01:00"  # a Friday
ROOT = Path(__file__).resolve().parent.parent
SHARED_FIXTURES = ROOT.parent / "shared" / "checks" / "fixtures"
DATA = Path(__file__).resolve().parent / "data"


SYSTEM_TMP = tempfile.gettempdir()


def pytest_configure(config: pytest.Config) -> None:
    """The quick loop (`-m "not slow"`) runs the property tests and random sweeps with fewer cases;
    CI's full run (no -m) runs them all. REPAIR_QUICK=0 or 1 overrides the choice."""
    if "REPAIR_QUICK" not in os.environ:
        os.environ["REPAIR_QUICK"] = "1" if config.option.markexpr.replace(" ", "") == "notslow" else "0"
    _QUICK["quick"] = os.environ["REPAIR_QUICK"] == "1"
    keep_bytecode_out_of_the_tree(config)


def keep_bytecode_out_of_the_tree(config: pytest.Config) -> None:
    """With PYTHONDONTWRITEBYTECODE set (as in some development shells), every `repair` the tests start
    and every xdist worker would compile repairkit's sources afresh: 50-100 ms more per subprocess, a
    few seconds per worker. Keep the bytecode in .pytest_cache/ instead, so the source tree stays as
    clean as the setting asks and each module is compiled once. Runs before xdist starts its workers,
    which inherit the environment; an installed `repair` has its bytecode too, so this is also closer to
    what people run."""
    if not (os.environ.get("PYTHONDONTWRITEBYTECODE") or sys.dont_write_bytecode) or not hasattr(config, "cache"):
        return
    prefix = os.environ.get("PYTHONPYCACHEPREFIX") or str(config.cache.mkdir("pycache"))
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = sys.pycache_prefix = prefix
    sys.dont_write_bytecode = False


def quick() -> bool:
    """Whether this is the quick loop: sweeps that fuzz run a quarter of their cases. Decided once, at
    start-up: inside a test `isolated_env` has removed every REPAIR_ variable, this one included."""
    return _QUICK.get("quick", os.environ.get("REPAIR_QUICK") == "1")


_QUICK: dict[str, bool] = {}


@pytest.fixture(autouse=True, scope="session")
def suite_tmpdir(tmp_path_factory: pytest.TempPathFactory):
    """The commands' own temporary files go to a folder of the suite's, removed at the end.

    `repair edit` keeps an edited copy that failed to save, on purpose (it is
    the person's work), so any test of that, in-process or in a subprocess,
    would otherwise leave `repair-edit-*` folders in the real temp folder.
    pytest's own folders are placed first, so they stay where they always are.
    """
    tmp_path_factory.getbasetemp()
    folder = tempfile.mkdtemp(prefix="repairkit-tests-")
    old_env, old_tempdir = os.environ.get("TMPDIR"), tempfile.tempdir
    os.environ["TMPDIR"] = tempfile.tempdir = folder
    try:
        yield folder
    finally:
        tempfile.tempdir = old_tempdir
        if old_env is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = old_env
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    for key in list(os.environ):
        if key.startswith("REPAIR_") or key.startswith("GIT_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("REPAIR_NO_INPUT", "1")
    monkeypatch.setenv("REPAIR_NOW", FIXED_NOW)
    monkeypatch.setenv("REPAIR_JOURNAL", str(tmp_path / "repair.yaml"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "repair.yaml"


class Run:
    """CliRunner with stdout, stderr and the exit code kept apart."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, env: dict | None = None):
        from repairkit.cli import cli

        return self.runner.invoke(cli, list(args), input=input, env=env, catch_exceptions=False)


@pytest.fixture
def run() -> Run:
    return Run()


PLAN_ARGS = ["--title", "Late without a text", "--fear", "reliability",
             "--pattern", "When plans change I go quiet and turn up late.",
             "--behavior", "When plans change, I text Alex as soon as I know.",
             "--raise-it", "Alex says 'the text thing' and we talk that evening.",
             "--repairing", "Sam", "--hurt", "Alex"]


@pytest.fixture
def with_plan(run: Run, journal_path: Path) -> str:
    """A journal for Sam and Alex with one active plan; returns the plan id."""
    assert run("init", "--people", "Sam,Alex").exit_code == 0
    result = run("plan", *PLAN_ARGS, "--check-in", "2026-12-04")
    assert result.exit_code == 0, result.stderr
    return result.stdout.strip()


def mark_screen_answered(journal: Path | None = None) -> None:
    """As if the private safety screen had been answered today for the journal (default: the test's
    $REPAIR_JOURNAL), so that a test about other prompts on a terminal isn't asked it first."""
    from repairkit import dates
    from repairkit.journal import screenmark

    screenmark.mark_shown(Path(journal or os.environ["REPAIR_JOURNAL"]), dates.today())


def repair_command() -> list[str]:
    """The installed `repair`, as a user runs it."""
    exe = shutil.which("repair")
    return [exe] if exe else [sys.executable, "-m", "repairkit"]


def run_repair(*args: str, cwd: Path, env: dict | None = None, input: str | None = None,
               timeout: float = 60, **popen) -> subprocess.CompletedProcess:
    """The installed `repair` in a subprocess. `popen` goes to subprocess.run (preexec_fn, stdin, or
    stdout, in which case only stderr is captured)."""
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    streams = {"stderr": subprocess.PIPE} | ({} if "stdout" in popen else {"stdout": subprocess.PIPE})
    return subprocess.run(repair_command() + list(args), cwd=cwd, env=full_env, input=input,
                          text=True, timeout=timeout, check=False, **streams, **popen)


@functools.cache
def dev_verdicts() -> dict:
    """The safety net's verdict on each text of its development set (bench/safety_data.py), worked out
    once per test process: several tests of test_safety_net.py and test_safety_stops.py read them all."""
    sys.path.insert(0, str(ROOT / "bench"))
    import safety_data

    from repairkit.care import safety

    return {item.text: safety.check_texts(item.text) for item in safety_data.dev()}
