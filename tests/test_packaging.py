"""What a packager expects: a licence that matches the metadata, and a wheel that works on its own.

The slow test builds the sdist and, from it, the wheel (`python -m build`,
as a packager would), installs the wheel (not editable) into a fresh
virtualenv outside the source tree, and runs the installed `repair` there.
An editable install reads the guides and the safety model straight from the
source tree, so it hides package data the wheel forgot; this test does not.
It needs the package index (or pip's cache) for the build tools and the
dependencies, as `pip install -e '.[test]'` did.
"""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import FIXED_NOW, ROOT

import repairkit
from repairkit.care import texts


def test_the_licence_matches_the_metadata():
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    assert config["metadata"]["license"] == "MIT"
    assert config["metadata"]["license_files"].split() == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Copyright (c) 2026 the repairkit authors" in text
    assert 'THE SOFTWARE IS PROVIDED "AS IS"' in text


# What the build copies; the rest (virtualenvs, caches, earlier builds) stays behind.
_LEFT_OUT = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__",
                                   ".pytest_cache", ".hypothesis", "out")


def _run(args: list, *, cwd: Path, env: dict, timeout: float = 600) -> subprocess.CompletedProcess:
    r = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                       check=False)
    assert r.returncode == 0, f"{' '.join(map(str, args))} exited {r.returncode}:\n{r.stdout}\n{r.stderr}"
    return r


@pytest.mark.slow
def test_the_wheel_installs_and_runs_outside_the_tree(tmp_path):
    pytest.importorskip("build", reason="`build` comes with the test extra: pip install -e '.[test]'")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIP_REQUIRE", "VIRTUAL_ENV"))}
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=_LEFT_OUT)
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "build", "--outdir", dist, source], cwd=tmp_path, env=env)

    sdist, = dist.glob("repairkit-*.tar.gz")
    wheel, = dist.glob("repairkit-*-py3-none-any.whl")
    with tarfile.open(sdist) as tar:
        names = {Path(n).relative_to(Path(n).parts[0]).as_posix() for n in tar.getnames() if len(Path(n).parts) > 1}
    assert {"LICENSE", "README.md", "setup.cfg", "pyproject.toml"} <= names
    with zipfile.ZipFile(wheel) as whl:
        inside = set(whl.namelist())
    data = {f"repairkit/care/texts/guide-{topic}.md" for topic in texts.GUIDES} | {
        "repairkit/care/texts/safety-stop.md", "repairkit/care/safety_model.txt"}
    assert data <= inside, f"the wheel is missing {sorted(data - inside)}"
    assert any(n.endswith((".dist-info/licenses/LICENSE", ".dist-info/LICENSE")) for n in inside)

    fresh = tmp_path / "fresh-venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(fresh)
    python = fresh / "bin" / "python"
    _run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel], cwd=tmp_path, env=env)

    away = tmp_path / "elsewhere"  # neither the source tree nor its copy
    (away / "examples").mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "repair.yaml", away / "examples" / "repair.yaml")
    run_env = {**env, "REPAIR_NOW": FIXED_NOW, "NO_COLOR": "1", "COLUMNS": "80", "REPAIR_NO_INPUT": "1"}
    run_env.pop("REPAIR_JOURNAL", None)
    where = _run([python, "-c", "import repairkit; print(repairkit.__file__)"], cwd=away, env=run_env).stdout
    assert Path(where.strip()).is_relative_to(fresh), f"repairkit came from {where.strip()}, not the wheel"

    repair = fresh / "bin" / "repair"
    here = [sys.executable, "-m", "repairkit"]  # the same commands from the source tree, for comparison

    def both(*args: str) -> str:
        installed = _run([repair, *args], cwd=away, env=run_env).stdout
        assert installed == _run([*here, *args], cwd=away, env=run_env).stdout, args
        return installed

    assert both("--version").split()[-1] == repairkit.__version__
    assert "1-800-799-7233" in both("guide", "safety")
    for topic in texts.GUIDES:
        assert both("guide", topic).strip(), topic
    review = both("--journal", "examples/repair.yaml", "review")
    assert "late-texts — Late without a text" in review and "Legend:" in review
