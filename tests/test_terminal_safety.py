"""Terminal safety: what a partner wrote can never move the cursor, retitle the window, clear the
screen, hide text or reorder it. Every text output neutralises control characters, escape
sequences, C1 controls, lone CRs, bidi controls and invisible characters; JSON escapes them and
round-trips the exact original strings.

The hostile text goes into every text field (through the commands that write it, and by hand
as YAML escapes), into unknown keys, into values that errors quote, and into the file path.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

# Independent of repairkit.textsafe on purpose: what must never reach a terminal raw.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
                    "\ufff9-\ufffb\U000e0000-\U000e007f]")
SGR = re.compile("\x1b\\[[0-9;]*m")  # the tool's own colours, with --color always

PAYLOAD = ("\x1b[2J\x1b[H\x1b]0;owned\x07\x1b]8;;https://evil.invalid\x1b\\link\x1b]8;;\x1b\\\x9b31m\x9d0;t\x9c"
           "\x85ok\rEVIL\x08\x7f\u202eevil\u202c\u202a\u2066x\u2069\u061c\u200b\u200d\ufeff\U000e0041\u2028\u2029end"
           "\x07")


def hostile(label: str) -> str:
    return f"{label} {PAYLOAD}"


def assert_safe(text: str, what: str = "", *, crlf: bool = False, colour: bool = False) -> None:
    if crlf:
        text = text.replace("\r\n", "\n")
    if colour:
        text = SGR.sub("", text)
    m = UNSAFE.search(text)
    assert m is None, f"{what}: raw {m.group()!r} at {m.start()}: {text[max(0, m.start() - 60):m.start() + 20]!r}"


@pytest.fixture
def hostile_journal(run, tmp_path: Path) -> Path:
    """A journal whose every text field, written through the commands, carries the payload."""
    path = tmp_path / "repair.yaml"
    assert run("init", "--people", f"Sam,{hostile('Alex')}").exit_code == 0
    r = run("plan", "--id", "p", "--title", hostile("title"), "--pattern", hostile("pattern"), "--fear", "alone",
            "--behavior", hostile("When I am late, I text"), "--raise-it", hostile("raise"),
            "--incident", hostile("incident"), "--impact", hostile("impact"), "--repairing", "Sam",
            "--hurt", hostile("Alex"), "--check-in", "2026-12-04")
    assert r.exit_code == 0, r.stderr
    assert_safe(r.stdout + r.stderr, "plan")
    for args in (["log", "shown", hostile("note"), "--plan", "p", "--by", hostile("Alex"), "--at", "yesterday"],
                 ["log", "missed", hostile("missed"), "--plan", "p", "--by", "Sam", "--at", "2026-11-25"],
                 ["log", "note", "--private", hostile("private"), "--plan", "p"],
                 ["checkin", "p", "--outcome", "keep", "--note", hostile("checkin"), "--by", hostile("Alex")]):
        r = run(*args)
        assert r.exit_code == 0, (args, r.stderr)
        assert_safe(r.stdout + r.stderr, args[0])
    # What the tool wrote holds the payload only as escapes: `cat` and `git diff` show nothing raw.
    text = path.read_text()
    assert_safe(text, "the journal file")
    assert "\\u202e" in text and "\\U000e0041" in text
    # By hand, as a partner editing the file would: YAML escapes, an unknown key, a comment.
    text = text.replace("  - id: p\n", '  - id: p\n    mood: "\\e[5m\\a blink \\u202e"\n    # \u202e comment\n', 1)
    path.write_text(text)
    assert run("check").exit_code == 0
    return path


TEXT_COMMANDS = [
    ["review"], ["review", "--all"], ["review", "p"], ["review", "--private"], ["review", "--markdown"],
    ["review", "--since", "2026-11-01"], ["status"], ["check"], ["export"], ["export", "--format", "markdown"],
    ["apology-draft", "p"], ["log", "shown", "--plan", "p", hostile("another")], ["--color", "always", "review"],
    ["--color", "always", "status"],
]


@pytest.mark.parametrize("args", TEXT_COMMANDS, ids=lambda a: " ".join(a)[:40])
def test_every_text_output_neutralises_partner_text(run, hostile_journal, args):
    r = run(*args)
    assert r.exit_code in (0, 1), r.stderr
    assert_safe(r.stdout, "stdout", colour="always" in args)
    assert_safe(r.stderr, "stderr")
    if args[0] in ("review", "export", "apology-draft") and "--json" not in args:
        assert "\\x1b" in r.stdout or "\\u202e" in r.stdout, "the payload should be shown, made visible"


def test_icalendar_neutralises_partner_text(run, hostile_journal):
    r = run("export", "--format", "ics")
    assert r.exit_code == 0
    assert_safe(r.stdout, "ics", crlf=True)
    assert "SUMMARY:" in r.stdout


def test_files_written_for_people_are_neutralised_too(run, hostile_journal, tmp_path):
    """Markdown pages and apology drafts are read with `cat` as often as in an editor."""
    r = run("export", "--per-plan", "--out", str(tmp_path / "pages"), "--yes")
    assert r.exit_code == 0, r.stderr
    for page in (tmp_path / "pages").iterdir():
        assert_safe(page.read_text(), page.name)
    r = run("export", "--out", str(tmp_path / "all.md"), "--yes")
    assert r.exit_code == 0 and (assert_safe((tmp_path / "all.md").read_text(), "all.md") is None)
    r = run("apology-draft", "p", "--out", str(tmp_path / "draft.md"))
    assert r.exit_code == 0, r.stderr
    assert_safe((tmp_path / "draft.md").read_text(), "draft")
    assert_safe(r.stderr, "apology-draft stderr")
    check = run("apology-draft", "--check", str(tmp_path / "draft.md"))
    assert_safe(check.stdout + check.stderr, "apology-draft --check")


def test_apology_check_neutralises_the_text_and_the_file_name(run, tmp_path):
    name = tmp_path / f"mine{PAYLOAD.replace(chr(0), '')[:12]}.txt"
    name.write_text("I'm sorry if you felt \x1b[2Jhurt, but I was \u202etired. Can we move on?\n")
    r = run("apology-draft", "--check", str(name))
    assert r.exit_code == 1
    assert_safe(r.stdout + r.stderr, "check")
    r = run("apology-draft", "--check", "-", input=hostile("sorry if you felt bad"))
    assert_safe(r.stdout + r.stderr, "check stdin")
    r = run("apology-draft", "--check", "-", "--json", input=hostile("sorry if you felt bad"))
    doc = json.loads(r.stdout)
    assert_safe(r.stdout, "check --json")
    assert any("\x1b" in f["text"] or "sorry if you felt" in f["text"] for f in doc["findings"])


# ------------------------------------------------------------------- JSON ---

def test_json_escapes_everything_and_round_trips_the_exact_text(run, hostile_journal):
    review = run("review", "--json", "--private")
    assert review.exit_code == 0
    assert_safe(review.stdout, "review --json")
    plan = json.loads(review.stdout)["plans"][0]
    assert plan["title"] == hostile("title") and plan["behavior"] == hostile("When I am late, I text")
    assert plan["private"][0]["note"] == hostile("private")

    status = run("status", "--json")
    assert_safe(status.stdout, "status --json")
    assert json.loads(status.stdout)["plans"][0]["title"] == hostile("title")

    export = run("export", "--format", "json")
    assert_safe(export.stdout, "export json")
    doc = json.loads(export.stdout)
    assert doc["people"] == ["Sam", hostile("Alex")]
    p = doc["plans"][0]
    for key, label in (("title", "title"), ("pattern", "pattern"), ("raise_it", "raise"), ("incident", "incident"),
                       ("impact", "impact"), ("hurt", "Alex")):
        assert p[key] == hostile(label), key
    assert p["extra"] == {"mood": "\x1b[5m\x07 blink \u202e"}
    notes = {e["note"] for e in doc["log"]}
    assert {hostile("note"), hostile("missed"), hostile("checkin")} <= notes
    assert hostile("Alex") in {e["by"] for e in doc["log"]}

    check = run("check", "--json")
    assert_safe(check.stdout, "check --json")
    assert json.loads(check.stdout)["valid"] is True


def test_json_for_surrogate_pairs_and_every_code_point_class(run, tmp_path):
    """json_safe's escapes parse back to the same text, astral characters included."""
    from repairkit.textsafe import json_safe

    sample = "".join(chr(c) for c in list(range(0x250)) + list(range(0x2000, 0x2070)) + [0xfeff, 0xfff9, 0xfffb]
                     + list(range(0xe0000, 0xe0080)) + [0x1f600])
    dumped = json_safe(json.dumps(sample, ensure_ascii=False))
    assert json.loads(dumped) == sample
    assert_safe(dumped, "json_safe")


# ------------------------------------------------- errors that quote the file ---

QUOTED = {
    "an unknown kind": ('log:\n  - {id: e1, at: 2026-11-01, plan: p, kind: "\\e[2Jforgave\\u202e"}\n',
                        "unknown kind '\x1b[2Jforgave\u202e'"),
    "an unknown fear": ('plans:\n  - id: q\n    fear: "\\x9b31mscared\\a"\n', "unknown fear '\x9b31mscared\x07'"),
    "a bad date": ('plans:\n  - id: q\n    opened: "2026-11-01\\rEVIL"\n', "is not a date"),
    "an unknown plan": ('log:\n  - {id: e1, at: 2026-11-01, plan: "q\\u202eevil", kind: shown}\n',
                        "log entry for plan 'q\u202eevil'"),
    "a hostile id": ('plans:\n  - id: "late\\e[2J"\n', "is not a valid id"),
    "a duplicate key": ('plans:\n  - id: q\n    "\\e[2Jk": 1\n    "\\e[2Jk": 2\n', "duplicate key '\x1b[2Jk'"),
    "a bad version": ('version2: 1\n', "no `version`"),
}


@pytest.mark.parametrize("name", sorted(QUOTED))
def test_errors_that_quote_the_file_neutralise_it(run, journal_path, name):
    body, message = QUOTED[name]
    journal_path.write_text("version: 1\npeople: [Sam]\nplans:\n  - id: p\n" + body
                            if not body.startswith(("plans", "version2")) else
                            ("version: 1\n" if not body.startswith("version2") else "") + body)
    for args in (["check"], ["review"], ["status"], ["log", "shown", "x", "--plan", "p"], ["export"]):
        r = run(*args)
        assert r.exit_code == 3, (args, r.stdout, r.stderr)
        assert_safe(r.stdout + r.stderr, " ".join(args))
    r = run("check", "--json")
    assert_safe(r.stdout, "check --json")
    problems = json.loads(r.stdout)["problems"]
    assert any(message in p["message"] for p in problems), problems


def test_usage_errors_that_echo_input_neutralise_it(run, with_plan):
    for args in (["log", "shown", "x", "--plan", hostile("nope")], ["review", hostile("nope")],
                 ["apology-draft", hostile("nope")], ["checkin", hostile("nope"), "--outcome", "keep"],
                 ["review", "--since", hostile("when")], ["log", "shown", "x", "--at", hostile("when")],
                 ["plan", "--id", hostile("id"), "--title", "T", "--pattern", "P", "--fear", "alone",
                  "--behavior", "I text first.", "--raise-it", "R"]):
        r = run(*args)
        assert r.exit_code == 2, (args, r.stderr)
        assert_safe(r.stdout + r.stderr, args[0])


def test_unknown_person_warning_neutralises_the_names(run, journal_path):
    run("init", "--people", f"Sam,{hostile('Alex')}")
    run("plan", "--id", "p", "--title", "T", "--pattern", "P", "--fear", "alone", "--behavior",
        "When I am late, I text first.", "--raise-it", "R", "--repairing", "Sam")
    r = run("log", "shown", "x", "--plan", "p", "--by", hostile("Stranger"))
    assert r.exit_code == 0 and "is not in this journal's people" in r.stderr
    assert_safe(r.stderr, "warning")


# ------------------------------------------------------------- the path ---

def test_a_hostile_file_path_is_neutralised(run, tmp_path):
    folder = tmp_path / "notes\x1b[31m\u202eevil\x07"
    folder.mkdir()
    path = folder / "repair.yaml"
    env = {"REPAIR_JOURNAL": str(path)}
    for args in (["init", "--people", "Sam,Alex"], ["check"], ["review"], ["status"],
                 ["plan", "--id", "p", "--title", "T", "--pattern", "P", "--fear", "alone",
                  "--behavior", "When I am late, I text first.", "--raise-it", "R"],
                 ["log", "shown", "x", "--plan", "nope"], ["export", "--out", str(folder / "out.md")],
                 ["apology-draft", "p", "--out", str(folder / "draft.md")]):
        r = run(*args, env=env)
        assert r.exit_code in (0, 2), (args, r.stderr)
        assert_safe(r.stdout + r.stderr, " ".join(args))
    r = run("review", "--json", env=env)
    assert json.loads(r.stdout)["journal"] == str(path)
    assert_safe(r.stdout, "review --json")
    path.write_text("version: 1\nlog: ~\nlog: ~\n")
    r = run("check", env=env)
    assert r.exit_code == 3 and "duplicate key" in r.stderr
    assert_safe(r.stderr, "error with a hostile path")


def test_safe_text_makes_every_payload_character_visible():
    from repairkit.textsafe import safe_text

    shown = safe_text(PAYLOAD)
    assert_safe(shown.replace("\n", ""), "safe_text")
    for ch in "\x1b\x07\x9b\x85\r\x08\x7f\u202e\u2066\u061c\u200b\ufeff\U000e0041\u2028":
        code = ord(ch)
        escape = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
        assert escape in shown, escape
    assert safe_text("one\ntwo\r\nthree\tfour", one_line=True) == "one two three four"


def test_markdown_front_matter_stays_valid_yaml(run, hostile_journal, tmp_path):
    """Front matter holds the payload as YAML escapes that a YAML reader takes back exactly."""
    from repairkit.journal.nodes import compose

    r = run("export", "--per-plan", "--out", str(tmp_path / "pages"), "--yes")
    assert r.exit_code == 0, r.stderr
    page = (tmp_path / "pages" / "p.md").read_text()
    front = page.split("---\n")[1]
    assert compose(front, "front matter").get("title").value == hostile("title")
