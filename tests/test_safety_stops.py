"""The text net on every text that enters the tool, and what every safety stop looks like: nothing on
stdout (also with --json), exit 5, the page(s) on stderr, nothing written anywhere. And the routing:
a stop the rules don't clearly explain shows the crisis page too."""
from __future__ import annotations

import hashlib
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PLAN_ARGS, ROOT, dev_verdicts, mark_screen_answered, run_repair

from repairkit.care import safety, screen, texts

sys.path.insert(0, str(ROOT / "bench"))
import safety_data
import safety_eval

THROAT = "I'm sorry I put my hands around your throat last night"
GRABBED = "He grabbed my arm and won't let me leave the flat when we argue."
UNSURE = "I'm sorry I called you a stalker."  # a word that is only a hint: the net is unsure
CRISIS_LINES = ["call or text 988", "Samaritans: 116 123", "Lifeline: 13 11 14"]
DV_LINES = ["1-800-799-7233", "0808 2000 247", "1800 341 900", "1800 737 732"]


def tree(root: Path) -> dict:
    return {str(p): (hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir", p.stat().st_mode)
            for p in sorted(root.rglob("*"))}


def test_the_preconditions_hold():
    assert safety.check_texts(THROAT).pages == ("caused_harm",)
    assert safety.check_texts(GRABBED).level == "stop"
    assert safety.check_texts(UNSURE).level == "unsure"


# ---------------------------------------------------------- apology-draft --check ---

@pytest.mark.parametrize("as_json", [[], ["--json"]])
@pytest.mark.parametrize("source", ["file", "stdin"])
def test_an_apology_about_harm_gets_help_not_wording_advice(run, tmp_path, as_json, source):
    before = tree(tmp_path)
    if source == "file":
        draft = tmp_path / "apology.txt"
        draft.write_text(THROAT + "\n")
        before = tree(tmp_path)
        r = run("apology-draft", "--check", str(draft), *as_json)
    else:
        r = run("apology-draft", "--check", "-", *as_json, input=THROAT + "\n")
    assert r.exit_code == 5 and r.stdout == ""
    assert "0808 802 4040" in r.stderr and "Couples repair is not the right tool" in r.stderr
    assert "conditional" not in r.stderr and "acknowledges" not in r.stderr  # no wording advice anywhere
    assert tree(tmp_path) == before


def test_an_ordinary_apology_is_still_checked(run):
    r = run("apology-draft", "--check", "-", "--json", input="I'm sorry I was late and didn't text.\n")
    assert r.exit_code in (0, 1) and "findings" in json.loads(r.stdout)


def test_an_unsure_apology_stops_off_a_terminal(run):
    r = run("apology-draft", "--check", "-", input=UNSURE + "\n")
    assert r.exit_code == 5 and r.stdout == ""


@pytest.fixture
def terminal(monkeypatch):
    """A terminal whose one select answers as told; records the choices offered."""
    from repairkit.cli import common, prompts

    offered: list = []
    answer = {"value": "stop"}

    def select(message, choices, *, default=None):
        offered.append((message, choices, default))
        return answer["value"]

    monkeypatch.setattr(common, "interactive", lambda no_input=False: not no_input)
    monkeypatch.setattr(prompts, "select", select)
    mark_screen_answered()
    return offered, answer


def test_an_unsure_apology_on_a_terminal_asks_whether_to_check_it(run, terminal):
    offered, answer = terminal
    r = run("apology-draft", "--check", "-", input=UNSURE + "\n")
    assert r.exit_code == 5 and r.stdout == ""
    [(message, choices, default)] = offered
    assert "about your safety" in message and default == "stop"
    assert dict(choices)["save"].endswith("check it") and "don't check it" in dict(choices)["stop"]
    answer["value"] = "save"
    r = run("apology-draft", "--check", "-", input=UNSURE + "\n")
    assert r.exit_code in (0, 1) and r.stdout  # checked, as asked


def test_what_the_draft_asks_for_is_read_by_the_net(run, with_plan, monkeypatch):
    from repairkit.cli import common, prompts

    monkeypatch.setattr(common, "interactive", lambda no_input=False: not no_input)
    typed = iter(["I pushed her down the stairs.", "She was terrified."])
    monkeypatch.setattr(prompts, "text", lambda *a, **kw: next(typed))
    r = run("apology-draft", with_plan)
    assert r.exit_code == 5 and r.stdout == "" and "0808 802 4040" in r.stderr


# --------------------------------------------------------------- every writer ---

def test_a_checkin_note_is_read_by_the_net(run, with_plan, journal_path):
    before = journal_path.read_bytes()
    r = run("checkin", "--outcome", "keep", "--note", GRABBED)
    assert r.exit_code == 5 and r.stdout == "" and journal_path.read_bytes() == before


def test_what_an_edit_adds_is_read_by_the_net(run, with_plan, journal_path, tmp_path, monkeypatch):
    editor = tmp_path / "editor.py"
    editor.write_text("import os, sys\nwith open(sys.argv[1], 'a') as f:\n    f.write(os.environ['ADDED'])\n")
    monkeypatch.setenv("ADDED", f"  - id: e1\n    at: 2026-11-26\n    plan: {with_plan}\n    kind: note\n"
                                f"    note: \"{GRABBED}\"\n")
    monkeypatch.setenv("EDITOR", f"{shlex.quote(sys.executable)} {shlex.quote(str(editor))}")
    before = tree(tmp_path)
    r = run("edit")
    assert r.exit_code == 5 and r.stdout == "", r.stderr
    assert tree(tmp_path) == before  # the journal, and no copy of the edit kept anywhere here


def test_what_the_plan_prompts_take_in_is_read_by_the_net(run, journal_path, monkeypatch):
    from repairkit.cli import common, prompts

    assert run("init", "--people", "Sam,Alex").exit_code == 0
    before = journal_path.read_bytes()
    monkeypatch.setattr(common, "interactive", lambda no_input=False: not no_input)
    mark_screen_answered()
    monkeypatch.setattr(prompts, "text", lambda *a, **kw: "He locks me in the bedroom when I try to leave.")
    args = [a for a in PLAN_ARGS if a not in ("--pattern", "When plans change I go quiet and turn up late.")]
    r = run("plan", *args)
    # stdout holds only the conversation so far (the prompts' own lines), never a saved plan's id
    assert r.exit_code == 5 and "Added" not in r.stdout and journal_path.read_bytes() == before
    assert "Nothing was saved" in r.stderr


@pytest.mark.parametrize("args", [
    ["log", "note", GRABBED],
    ["log", "note", "--private", GRABBED],
    ["checkin", "--outcome", "keep", "--note", GRABBED],
    ["plan", *PLAN_ARGS[:2], "--fear", "respect", "--pattern", GRABBED, "--behavior", "I text.", "--raise-it", "R"],
    ["apology-draft", "--check", "-", "--json"],
    ["start", "--answers", "safety=yes", "--json"],
    ["start", "--answers", "wished_dead=yes"],
    ["log", "note", UNSURE],  # unsure off a terminal stops too
])
@pytest.mark.slow
def test_every_safety_stop_of_the_installed_command(tmp_path, args):
    where = tmp_path / "us"
    where.mkdir()
    subprocess.run(["git", "init", "-q", str(where)], check=True)
    env = {"REPAIR_JOURNAL": str(where / "repair.yaml")}
    assert run_repair("init", "--people", "Sam,Alex", cwd=where, env=env).returncode == 0
    assert run_repair("plan", *PLAN_ARGS, cwd=where, env=env).returncode == 0
    subprocess.run(["git", "-C", str(where), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(where), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"],
                   check=True)
    before = tree(tmp_path)  # the repository, the cache and the data folder
    r = run_repair(*args, cwd=where, env=env, input=THROAT + "\n")
    assert r.returncode == 5, r.stderr
    assert r.stdout == ""
    assert r.stderr.startswith("Nothing was saved.\n") and r.stderr.count("Nothing was saved") == 1
    assert tree(tmp_path) == before
    status = subprocess.run(["git", "-C", str(where), "status", "--porcelain", "--ignored"], capture_output=True,
                            text=True, check=True).stdout
    assert status == ""


# -------------------------------------------------------------------- routing ---

def test_a_stop_clearly_explained_by_one_kind_shows_its_page_alone():
    assert safety.check_texts("He grabbed my arm so hard it left bruises.").pages == ("safety",)
    assert safety.check_texts("I'm so sorry I slapped you.").pages == ("caused_harm",)
    assert safety.check_texts("I don't want to be alive any more.").pages == ("crisis",)


def test_crisis_signals_lead_and_the_other_page_follows():
    assert safety.check_texts("He hit me again.", "I don't want to be alive any more.").pages == ("crisis", "safety")


def test_an_unsure_stop_shows_the_crisis_page_too():
    verdict = safety.check_texts(UNSURE)
    assert verdict.pages == ("safety", "crisis") and verdict.path == "safety"


def test_signals_of_several_kinds_show_the_crisis_page_too():
    verdict = safety.check_texts("He threatened to take the kids and he reads my messages and he hit me.")
    kinds = {s.kind for s in verdict.signals}
    assert len(kinds) > 1 and "crisis" in verdict.pages


def test_every_stop_of_the_development_set_follows_the_routing_rules():
    """Checked on every text of the development set that stops, from what the net found."""
    seen = {"alone": 0, "with crisis": 0}
    for item in safety_data.dev():
        verdict = dev_verdicts()[item.text]
        if verdict.clear:
            continue
        pages = verdict.pages
        assert pages and pages[0] == verdict.path and len(set(pages)) == len(pages) <= 2
        assert set(pages) <= set(safety.PATHS)
        found = safety._findings((item.text,))
        kinds = {f.signal.kind for f in found}
        if kinds & safety.CRISIS_KINDS:
            assert pages[0] == "crisis", item.text
        clearly = found and not (kinds & safety.CRISIS_KINDS) and len(kinds) == 1 and \
            all(not f.rule.weak for f in found)
        if not clearly:
            assert "crisis" in pages, item.text
            seen["with crisis"] += 1
        elif pages == (verdict.path,):
            seen["alone"] += 1
    assert seen["alone"] > 50 and seen["with crisis"] > 50  # both kinds of stop are well represented


def test_the_crisis_page_is_reached_by_structure_when_the_net_knows_nothing_of_crisis():
    """With the crisis rules and the crisis score switched off, the development set's self-harm and
    suicide texts that still stop reach the crisis page through the routing alone, nearly all of them
    (the few that don't are each explained by one sure rule of another kind: "punched the wall")."""
    fig = safety_eval.evaluate(safety_data.dev(), safety_eval.blind_crisis(safety.check_texts))
    assert fig.crisis_texts >= 40
    assert fig.crisis_routed / fig.crisis_texts >= 0.9


def test_every_crisis_text_of_the_development_set_that_stops_is_shown_the_crisis_page():
    fig = safety_eval.evaluate(safety_data.dev(), dev_verdicts().__getitem__)
    assert fig.crisis_routed == fig.crisis_texts > 80


# ---------------------------------------------------------------------- pages ---

@pytest.mark.parametrize("paths", [("safety", "crisis"), ("crisis", "safety"), ("caused_harm", "crisis"),
                                   ("crisis", "caused_harm")])
def test_several_pages_read_as_one(paths):
    text = texts.pages_for(paths)
    assert text.startswith("Nothing was saved.\n\n") and text.count("Nothing was saved") == 1
    assert text.count("If someone else uses this computer") == 1
    assert text.count("This check reads words") == (1 if "safety" in paths else 0)
    assert all(len(line) <= 78 for line in text.splitlines())
    assert all(n in text for n in CRISIS_LINES)
    if "safety" in paths:
        assert all(n in text for n in DV_LINES) and "Couples repair is not\nadvised" in text
        assert "there is help for that too, with its own helplines" not in text
    assert "see repair guide crisis, or call 988" not in text  # no pointer to a page shown here already
    headings = [texts._HEADINGS[p] for p in paths]
    assert [text.index(h) for h in headings] == sorted(text.index(h) for h in headings)
    assert text.rstrip().splitlines()[-1] == "More: " + ", ".join(
        f"repair guide {'crisis' if p == 'crisis' else 'safety'}" for p in dict.fromkeys(
            "crisis" if p == "crisis" else "safety" for p in paths))


def test_one_page_is_printed_as_it_is():
    for path in safety.PATHS:
        assert texts.pages_for((path,)) == texts.page_for(path)


def test_a_stop_that_isnt_clear_shows_both_pages_on_the_command_line(run, with_plan, journal_path):
    before = journal_path.read_bytes()
    r = run("log", "note", UNSURE)
    assert r.exit_code == 5 and r.stdout == ""
    assert all(n in r.stderr for n in CRISIS_LINES + DV_LINES)
    assert r.stderr.index("1-800-799-7233") < r.stderr.index("call or text 988")  # safety first here
    assert journal_path.read_bytes() == before


def test_the_screen_result_drops_pointers_to_a_page_it_shows():
    both = screen.result(("crisis", "safety"))
    assert "there is help for that too, with its own helplines" not in both
    assert "see repair guide crisis, or call 988" not in both
    assert "there is help for that too, with its own helplines" in screen.result(("crisis",))
