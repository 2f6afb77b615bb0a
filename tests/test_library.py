"""The library API on its own (no command line): docs/library.md's example runs as written, and the
calls a notes-repository script relies on behave as documented."""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import sys
from pathlib import Path

import pytest

from repairkit import Journal
from repairkit.errors import JournalError, SafetyStop, UsageError

DOC = Path(__file__).resolve().parent.parent / "docs" / "library.md"


def _blocks(text: str, lang: str) -> list[str]:
    """The fenced blocks of one language ("" for none), in order."""
    blocks, current, inside = [], [], None
    for line in text.splitlines(keepends=True):
        if line.startswith("```"):
            if inside is None:
                inside, current = line[3:].strip(), []
            else:
                if inside == lang:
                    blocks.append("".join(current))
                inside = None
        elif inside is not None:
            current.append(line)
    return blocks


def test_the_documented_example_runs_and_prints_what_the_page_says(tmp_path):
    text = DOC.read_text(encoding="utf-8")
    code, shown = _blocks(text, "python")[0], _blocks(text, "")[0]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, str(DOC), "exec"), {"folder": str(tmp_path)})  # noqa: S102 - our own docs
    assert printed.getvalue() == shown


def test_writes_keep_every_other_byte_and_read_back(tmp_path):
    j = Journal.create(tmp_path / "repair.yaml", people=["Sam", "Alex"])
    before = j.path.read_bytes()
    plan = j.add_plan(title="Phone at dinner", fear="alone", pattern="I scroll at dinner.",
                      behavior="On weeknights I leave my phone in the hall during dinner.",
                      raise_it="Alex says 'phone' and I put it away.", by="Sam").plan
    after = j.path.read_bytes()
    assert after.startswith(before.split(b"plans:")[0])  # nothing above the new lines changed
    entry = j.log("shown", "Phone in the hall all week.", plan=plan.id, by="Alex").entry
    assert Journal(j.path).entries[-1].id == entry.id
    assert j.remove(entry.id).id == entry.id
    assert [e.id for e in Journal(j.path).entries] == []


def test_every_write_runs_the_safety_net_and_saves_nothing_when_it_stops(tmp_path):
    j = Journal.create(tmp_path / "repair.yaml", people=["Sam", "Alex"])
    plan = j.add_plan(title="Late", fear="reliability", pattern="I turn up late.",
                      behavior="When plans change, I text as soon as I know.", raise_it="'the text thing'",
                      by="Sam").plan
    before = j.path.read_bytes()
    with pytest.raises(SafetyStop) as stop:
        j.log("note", "he grabbed me by the throat last night", plan=plan.id, by="Alex")
    assert stop.value.exit_code == 5 and stop.value.page in ("safety", "caused_harm", "crisis")
    with pytest.raises(SafetyStop):
        j.checkin("keep", plan=plan.id, note="I've been thinking about ending it all", by="Sam")
    assert j.path.read_bytes() == before


def test_errors_carry_the_command_lines_exit_codes(tmp_path):
    j = Journal.create(tmp_path / "repair.yaml")
    with pytest.raises(UsageError):
        j.plan("nothing-here")
    (tmp_path / "broken.yaml").write_text("version: 1\nlog: [\n")
    with pytest.raises(JournalError) as bad:
        _ = Journal(tmp_path / "broken.yaml").plans
    assert bad.value.exit_code == 3 and bad.value.line is not None


def test_importing_the_library_loads_no_command_line_or_prompts():
    import subprocess

    code = ("import sys, repairkit; j = repairkit.Journal; import repairkit.journal.api; "
            "bad = [m for m in ('click', 'questionary', 'prompt_toolkit') if m in sys.modules]; assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)
