"""`repair export`: Markdown for notes, JSON of the whole journal, iCalendar read back with `icalendar`."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from pathlib import Path

import pytest

from conftest import run_repair

JOURNAL = """\
# Our journal, edited by hand
version: 1
people: [Sam, Alex]
plans:
  - id: late-texts
    title: Late without a text
    opened: 2026-11-20
    repairing: Sam
    hurt: Alex
    incident: Dinner with Alex's parents; I arrived 50 minutes late.
    pattern: When plans change I go quiet and turn up late.
    fear: reliability
    behavior: When plans change, I text as soon as I know and say how it affects Alex.
    raise_it: Alex says "the text thing" and we talk that evening, not in the moment.
    check_in: 2026-12-04
    status: active
    mood: hopeful
  - id: phone
    title: "Phone at dinner \\e[31m <b>*loud*</b> [[link]] | pipe"
    opened: 2026-11-01
    repairing: Alex
    hurt: Sam
    pattern: I scroll while Sam talks about work; it happens at nearly every dinner, and this sentence is long.
    fear: respect
    behavior: Phone face down in the hall during dinner, every evening this week, with no exceptions at all.
    raise_it: Sam taps the table twice; we talk after the dishes, calmly, with tea, in the kitchen.
    check_in: 2026-11-27
  - id: old
    title: Finished one
    opened: 2026-10-01
    fear: honesty
    check_in: 2026-12-10
    status: repaired
  - id: overdue
    title: Missed the talk
    opened: 2026-10-01
    fear: alone
    check_in: 2026-11-20
log:
  - id: e3f9c2a1b
    at: 2026-11-22T18:05:00+01:00
    plan: late-texts
    kind: shown
    by: Alex
    note: Texted 40 minutes ahead that the train was delayed; *great*.
  - id: e77a01c3e
    at: 2026-11-25
    plan: late-texts
    kind: missed
    by: Sam
    note: "Forgot \\e]0;pwned\\a to text | again"
  - id: ea1
    at: 2026-11-10
    plan: phone
    kind: shown
    by: Alex
    tag: [a, b]
"""


@pytest.fixture
def journal(journal_path: Path) -> Path:
    journal_path.write_text(JOURNAL, encoding="utf-8")
    return journal_path


# ----------------------------------------------------------------- markdown ---

def test_markdown_is_one_page_with_front_matter_and_a_section_per_plan(run, journal):
    r = run("export", "--format", "markdown")
    assert r.exit_code == 0, r.stderr
    md = r.stdout
    assert md.startswith("---\ntitle: \"Repair journal\"\ngenerated: 2026-11-27T10:00:00+01:00\n")
    assert 'people: ["Sam", "Alex"]\nplans: ["late-texts", "phone", "old", "overdue"]\ntags: [repair]\n---\n' in md
    assert "\n# Repair journal\n" in md
    assert "\n## Late without a text\n" in md and "\n## Finished one\n" in md
    assert "- **Plan:** `late-texts` · active · opened 2026-11-20\n" in md
    assert "- **Check-in:** 2026-12-04 (in 7 days)\n" in md
    assert "- **Check-in:** 2026-11-20 (7 days overdue)\n" in md
    assert "- **Verdict:** mixed" in md
    assert "| 1 | 0 | 1 | 0 | 0 |" in md
    # dates are ISO; a time is shown as the writer saw it
    assert "- 2026-11-22 18:05 · **shown** · by Alex: Texted 40 minutes ahead that the train was delayed; " \
           "\\*great\\*.\n" in md
    assert "- 2026-11-25 · **missed** · by Sam:" in md
    assert r.stderr == ""


def test_markdown_front_matter_is_yaml_that_reads_back(run, journal):
    from ruamel.yaml import YAML

    md = run("export").stdout
    front = md.split("---\n")[1]
    data = YAML(typ="safe").load(front)
    assert data["plans"] == ["late-texts", "phone", "old", "overdue"]
    assert data["people"] == ["Sam", "Alex"] and data["tags"] == ["repair"]


def test_markdown_escapes_partner_text_and_has_no_terminal_escapes(run, journal):
    r = run("--color", "always", "export")
    md = r.stdout
    assert "\x1b" not in md and "\x07" not in md
    assert "## Phone at dinner \\\\x1b\\[31m \\<b\\>\\*loud\\*\\</b\\> \\[\\[link\\]\\] \\| pipe\n" in md
    assert "Forgot \\\\x1b\\]0;pwned\\\\x07 to text \\| again" in md


def test_markdown_since_narrows_the_log_and_names_the_window(run, journal):
    md = run("export", "--since", "2026-11-24", "--no-front-matter").stdout
    assert md.startswith("# Repair journal, 2026-11-24 to 2026-11-27\n")
    assert "2026-11-25 · **missed**" in md and "2026-11-22 18:05" not in md
    assert "### Evidence, 2026-11-24 to 2026-11-27" in md


def test_markdown_per_plan_writes_a_page_each_with_front_matter(run, journal, tmp_path):
    r = run("export", "--per-plan", "--out", "vault/repair")
    assert r.exit_code == 0, r.stderr
    folder = tmp_path / "vault" / "repair"
    assert sorted(p.name for p in folder.iterdir()) == ["late-texts.md", "old.md", "overdue.md", "phone.md"]
    page = (folder / "late-texts.md").read_text()
    assert page.startswith('---\nid: "late-texts"\ntitle: "Late without a text"\nstatus: active\nfear: reliability\n')
    assert "check_in: 2026-12-04\ncheck_in_state: upcoming\nverdict: mixed\n" in page
    assert "\n# Late without a text\n" in page and "\n## Log\n" in page
    assert stat.S_IMODE((folder / "late-texts.md").stat().st_mode) == 0o600
    # the written paths are printed (not a terminal): one per line
    assert r.stdout.splitlines() == [str(Path("vault/repair") / n) for n in
                                     ("late-texts.md", "phone.md", "old.md", "overdue.md")]


def test_per_plan_file_names_cannot_escape_the_folder():
    from repairkit.export.common import safe_filename

    taken: set[str] = set()
    assert safe_filename("../../etc/passwd", taken) == "etc-passwd.md"
    assert safe_filename("..", taken) == "plan.md"
    assert safe_filename("ETC-passwd", taken) == "ETC-passwd-2.md"  # case-insensitive file systems


def test_per_plan_needs_a_folder_and_markdown(run, journal):
    assert run("export", "--per-plan").exit_code == 2
    r = run("export", "--per-plan", "-f", "json", "--out", "x")
    assert r.exit_code == 2 and "--per-plan" in r.stderr


def test_plan_option_chooses_plans_by_prefix(run, journal):
    md = run("export", "--plan", "late", "--plan", "ph").stdout
    assert "## Late without a text" in md and "## Phone at dinner" in md and "Finished one" not in md
    r = run("export", "--plan", "nope")
    assert r.exit_code == 2 and "late-texts" in r.stderr


# --------------------------------------------------------------------- json ---

def test_json_is_the_whole_journal_in_the_documented_shape(run, journal):
    r = run("export", "-f", "json")
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    assert list(doc) == ["export_version", "generated", "journal", "version", "people", "since", "until",
                         "plans", "log"]
    assert doc["export_version"] == 1 and doc["version"] == 1
    assert doc["generated"] == "2026-11-27T10:00:00+01:00"
    assert doc["journal"] == str(journal)
    assert [p["id"] for p in doc["plans"]] == ["late-texts", "phone", "old", "overdue"]
    plan = doc["plans"][0]
    assert list(plan) == ["id", "title", "opened", "repairing", "hurt", "incident", "impact", "pattern", "fear",
                          "behavior", "raise_it", "check_in", "status", "extra"]
    assert plan["opened"] == "2026-11-20" and plan["impact"] is None and plan["extra"] == {"mood": "hopeful"}
    assert doc["plans"][1]["status"] == "active"  # the default, spelled out
    assert [e["id"] for e in doc["log"]] == ["e3f9c2a1b", "e77a01c3e", "ea1"]
    entry = doc["log"][0]
    assert list(entry) == ["id", "at", "plan", "kind", "by", "note", "outcome", "next", "extra"]
    assert entry["at"] == "2026-11-22T18:05:00+01:00" and doc["log"][1]["at"] == "2026-11-25"
    assert doc["log"][2]["extra"] == {"tag": ["a", "b"]}
    assert "\x1b" in doc["log"][1]["note"]  # data is exact in JSON; the escape is JSON's \u001b
    assert "\x1b" not in r.stdout


def test_json_is_stable_between_runs(run, journal):
    assert run("export", "-f", "json").stdout == run("export", "-f", "json").stdout


def test_json_since_until_and_plan_filter_the_log(run, journal):
    doc = json.loads(run("export", "-f", "json", "--since", "2026-11-21", "--until", "2026-11-24").stdout)
    assert doc["since"] == "2026-11-21" and doc["until"] == "2026-11-24"
    assert [e["id"] for e in doc["log"]] == ["e3f9c2a1b"]
    doc = json.loads(run("export", "-f", "json", "--plan", "phone").stdout)
    assert [p["id"] for p in doc["plans"]] == ["phone"] and [e["id"] for e in doc["log"]] == ["ea1"]


# ---------------------------------------------------------------------- ics ---

def _calendar(data: bytes):
    icalendar = pytest.importorskip("icalendar")
    return icalendar.Calendar.from_ical(data)


def test_ics_follows_rfc_5545_and_reads_back_with_icalendar(run, journal):
    r = run("export", "-f", "ics")
    assert r.exit_code == 0, r.stderr
    data = r.stdout_bytes
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//repairkit//")
    assert data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")
    assert b"\n" not in b"".join(lines), "every line ends in CRLF"
    assert all(len(line) <= 75 for line in lines), "lines are folded at 75 octets"
    assert any(line.startswith(b" ") for line in lines), "the long descriptions were folded"
    cal = _calendar(data)
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"]).startswith("-//repairkit//")
    events = list(cal.walk("VEVENT"))
    # active plans with a check-in today or later; not the repaired one, not the overdue one
    assert [str(e["UID"]) for e in events] == ["checkin-phone-20261127@repairkit.invalid",
                                               "checkin-late-texts-20261204@repairkit.invalid"]
    late = events[1]
    assert late["DTSTART"].dt == dt.date(2026, 12, 4) and late["DTEND"].dt == dt.date(2026, 12, 5)
    assert late["DTSTART"].params["VALUE"] == "DATE"
    assert b"DTSTART;VALUE=DATE:20261204\r\n" in data
    assert late["DTSTAMP"].dt == dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.timezone.utc)
    assert str(late["SUMMARY"]) == "Repair check-in: Late without a text"
    description = str(late["DESCRIPTION"])
    assert "When plans change, I text as soon as I know and say how it affects Alex." in description
    assert 'Alex says "the text thing" and we talk that evening, not in the moment.' in description
    assert "repair checkin late-texts" in description and "\n" in description


def test_ics_uids_are_unique_and_stable(run, journal, monkeypatch):
    first = run("export", "-f", "ics").stdout_bytes
    monkeypatch.setenv("REPAIR_NOW", "2026-11-28T08:00:00+01:00")
    later = run("export", "-f", "ics").stdout_bytes
    uids = [str(e["UID"]) for e in _calendar(first).walk("VEVENT")]
    assert len(uids) == len(set(uids))
    assert "checkin-late-texts-20261204@repairkit.invalid" in [str(e["UID"]) for e in _calendar(later).walk("VEVENT")]
    assert run("export", "-f", "ics").stdout_bytes == later  # byte-identical when nothing changed


def test_ics_folding_keeps_multibyte_text_whole_and_escapes_text(run, journal_path):
    title = "Café ☕ talks; plans, promises \\ and 🌧 " * 4
    quoted = json.dumps(title, ensure_ascii=False)
    journal_path.write_text(JOURNAL.replace("title: Late without a text", f"title: {quoted}"))
    data = run("export", "-f", "ics").stdout_bytes
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # no character was cut in half
    assert b"talks\\; plans\\, promises \\\\ and" in data.replace(b"\r\n ", b"")
    summaries = [str(e["SUMMARY"]) for e in _calendar(data).walk("VEVENT")]
    assert "Repair check-in: " + title in summaries


def test_fold_is_exact_at_the_limits():
    from repairkit.export.ics import fold

    assert fold("A" * 75) == "A" * 75
    assert fold("A" * 76) == "A" * 75 + "\r\n A"
    folded = fold("é" * 100).split("\r\n")
    assert all(len(part.encode()) <= 75 for part in folded)
    assert "".join(p[1:] if i else p for i, p in enumerate(folded)) == "é" * 100


def test_ics_control_characters_never_reach_the_file(run, journal):
    data = run("export", "-f", "ics").stdout_bytes
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", data)


def test_ics_refuses_since(run, journal):
    r = run("export", "-f", "ics", "--since", "yesterday")
    assert r.exit_code == 2 and "--since" in r.stderr


# ---------------------------------------------------------------- --out ---

def test_out_dash_is_stdout_and_format_follows_the_extension(run, journal, tmp_path):
    assert run("export", "--out", "-").stdout.startswith("---\n")
    r = run("export", "--out", "cal.ics")
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / "cal.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert r.stdout == "cal.ics\n"
    run("export", "--out", "all.json")
    assert json.loads((tmp_path / "all.json").read_text())["export_version"] == 1
    assert stat.S_IMODE((tmp_path / "all.json").stat().st_mode) == 0o600


def test_out_refuses_to_overwrite_without_yes(run, journal, tmp_path):
    target = tmp_path / "notes.md"
    target.write_text("my own notes\n")
    os.chmod(target, 0o644)
    r = run("export", "--out", "notes.md")
    assert r.exit_code == 2
    assert "notes.md already exists" in r.stderr and "--yes" in r.stderr
    assert target.read_text() == "my own notes\n"
    r = run("export", "--out", "notes.md", "--yes")
    assert r.exit_code == 0, r.stderr
    assert target.read_text().startswith("---\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # the file's mode is kept
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".repair-export-")]


def test_quiet_drops_the_written_paths_but_never_the_data(run, journal, tmp_path):
    r = run("-q", "export", "--out", "x.md")
    assert r.exit_code == 0 and r.stdout == "" and (tmp_path / "x.md").exists()
    assert run("-q", "export").stdout.startswith("---\n")


def test_export_of_a_broken_journal_is_exit_3(run, journal_path):
    journal_path.write_text("version: 1\nplans: [\n")
    r = run("export")
    assert r.exit_code == 3 and r.stdout == "" and "repair.yaml:" in r.stderr


def test_empty_journal_exports_cleanly(run, journal_path):
    journal_path.write_text("version: 1\nplans:\nlog:\n")
    assert "No plans yet." in run("export").stdout
    assert json.loads(run("export", "-f", "json").stdout)["plans"] == []
    events = list(_calendar(run("export", "-f", "ics").stdout_bytes).walk("VEVENT"))
    assert events == []


@pytest.mark.slow
def test_installed_command_exports_ics_that_icalendar_reads(tmp_path, journal):
    r = run_repair("export", "--format", "ics", "--out", "check-ins.ics", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    data = (tmp_path / "check-ins.ics").read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")
    events = list(_calendar(data).walk("VEVENT"))
    assert len(events) == 2
