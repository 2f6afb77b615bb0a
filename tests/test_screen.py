"""The private safety screen on the command line: asked before a first plan or note, on a terminal only,
with no default answer; a "yes" saves nothing (exit 5); only a marker that it was shown is kept."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PLAN_ARGS, repair_command, run_repair

from repairkit.care import screen
from repairkit.journal import screenmark

ENTER = "\r"
DOWN = "\x1b[B"
CTRL_C = "\x03"
ALL_NO = ["n" + ENTER] * len(screen.QUESTIONS)
# The same as [ENTER, *ALL_NO] as the questions' answers, for tests about what follows (the marker), not
# about reading keys: no prompt is drawn, which costs a tenth of a second per question set.
ANSWERED_NO = [screen.START, *[screen.NO] * len(screen.QUESTIONS)]
PAGE_NUMBERS = {"crisis": "Lifeline: 13 11 14", "safety": "0808 2000 247", "caused_harm": "0808 802 4040"}


def tree(*roots: Path) -> dict:
    """Every file and folder under the roots, with a hash of its bytes and its mode."""
    snap = {}
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                snap[str(p)] = (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mode)
            elif p.is_dir():
                snap[str(p)] = ("dir", p.stat().st_mode)
    return snap


def data_dir() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "repairkit"


def markers() -> list[Path]:
    return sorted(data_dir().glob(screenmark.PREFIX + "*")) if data_dir().is_dir() else []


class Terminal:
    """A pretend terminal: keys for each question in turn, and what was asked, in order. Values put in
    `answers` instead are what the next questions return, without a prompt (for tests about where the
    answers lead; reading the keys is tested with `keys`)."""

    def __init__(self, pipe) -> None:
        self.pipe = pipe
        self.keys: list[str] = []
        self.answers: list[str] = []
        self.asked: list[str] = []


@pytest.fixture
def term(monkeypatch):
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from repairkit.cli import common, prompts

    with create_pipe_input() as pipe:
        t = Terminal(pipe)
        monkeypatch.setattr(prompts, "PROMPT_IO", {"input": pipe, "output": DummyOutput()})
        monkeypatch.setattr(common, "interactive", lambda no_input=False: not no_input)
        real_ask = prompts._ask

        def ask(question):
            if not t.keys:
                raise AssertionError(f"asked more than expected, after: {t.asked}")
            pipe.send_text(t.keys.pop(0))
            return real_ask(question)

        monkeypatch.setattr(prompts, "_ask", ask)
        for name in ("select", "text", "yes_no", "confirm"):
            real = getattr(prompts, name)

            def recorded(message, *a, _real=real, **kw):
                t.asked.append(message)
                return t.answers.pop(0) if t.answers else _real(message, *a, **kw)

            monkeypatch.setattr(prompts, name, recorded)
        yield t


@pytest.fixture
def journal(run, journal_path) -> Path:
    """A fresh journal with one plan, written by a script (which is never asked)."""
    assert run("init", "--people", "Sam,Alex").exit_code == 0
    assert run("plan", *PLAN_ARGS, "--id", "late", "--no-input").exit_code == 0
    assert markers() == []
    return journal_path


def today():
    from repairkit import dates

    return dates.today()


# ------------------------------------------------------------ the question ---

@pytest.mark.parametrize("typed, answer", [
    ([ENTER, "n" + ENTER], "no"),          # Enter alone answers nothing; the n that follows does
    ([ENTER, ENTER, "y" + ENTER], "yes"),
    (["YES" + ENTER], "yes"),
    (["maybe" + ENTER, "\x7f" * 5 + "no" + ENTER], "no"),  # anything else answers nothing either
])
def test_a_safety_question_has_no_default(term, typed, answer):
    from repairkit.cli import prompts

    term.pipe.send_text("".join(typed))
    term.keys.append("")
    got = prompts.yes_no("Have you been afraid of a partner?", instruction="(y or n)", answers=screen.ANSWERS,
                         invalid=screen.ENTER_ALONE)
    assert got == answer


def test_enter_alone_then_ctrl_c_answers_nothing_and_saves_nothing(term, run, journal):
    before = tree(journal.parent)
    term.keys += [ENTER, ENTER + ENTER + CTRL_C]  # answer now; then Enter, Enter, Enter at the first question
    r = run("log", "shown", "Texted ahead.", "--by", "Alex")
    assert r.exit_code == 130 and r.stdout == ""
    assert len(term.asked) == 2  # the first question was never answered
    assert tree(journal.parent) == before and markers() == []


# ---------------------------------------------------------------- the flow ---

def test_no_to_all_goes_on_to_the_plan_prompts(term, run, journal):
    # After the screen: what happened and the impact (skipped), how to raise it, then the plan is shown.
    term.keys += [ENTER, *ALL_NO, ENTER, ENTER, "Alex says 'the text thing'." + ENTER, ENTER]
    args = [a for a in PLAN_ARGS if a not in ("--raise-it", "Alex says 'the text thing' and we talk that evening.")]
    r = run("plan", *args, "--id", "second")
    assert r.exit_code == 0, r.stderr
    assert term.asked[0] == "Answer them now?"
    assert len(term.asked) == 1 + len(screen.QUESTIONS) + 4
    assert term.asked[1 + len(screen.QUESTIONS)] == "What happened, in a sentence?"  # the plan's own questions, after
    assert term.asked[-2].startswith("How will Alex raise it") and term.asked[-1] == "Save this plan?"
    assert screen.INTRO.splitlines()[0] in r.stderr and screen.ALL_NO in r.stderr
    assert "id: second" in journal.read_text()
    [marker] = markers()
    assert marker.read_bytes() == screenmark.marker_bytes(today())
    assert oct(marker.stat().st_mode & 0o777) == "0o600" and oct(marker.parent.stat().st_mode & 0o777) == "0o700"


def outside_the_data_folder(snap: dict) -> dict:
    """Everything but the data folder (and the folders above it, which making it may create)."""
    root = str(Path(os.environ["XDG_DATA_HOME"]))
    return {k: v for k, v in snap.items()
            if not (k == root or k.startswith(root + os.sep) or (root.startswith(k + os.sep) and v[0] == "dir"))}


@pytest.mark.parametrize("question", screen.QUESTIONS, ids=lambda q: q.key)
@pytest.mark.parametrize("command", [["log", "shown", "Texted ahead.", "--by", "Alex"],
                                     ["log", "note", "--private", "Just for me.", "--plan", "late"],
                                     ["plan", *PLAN_ARGS, "--id", "second"]], ids=["log", "private", "plan"])
def test_each_yes_opens_its_path_and_saves_nothing(term, run, journal, tmp_path, question, command):
    before = tree(tmp_path)  # the journal, the cache, the home folder: everything
    if command[0] == "log" and "--private" not in command:  # typed, key by key
        term.keys += [ENTER, *[("y" if q is question else "n") + ENTER for q in screen.QUESTIONS]]
    else:  # the same answers, given straight back: where they lead is the same whatever asks them
        term.answers += [screen.START, *[screen.YES if q is question else screen.NO for q in screen.QUESTIONS]]
    r = run(*command)
    assert not term.answers and not term.keys and len(term.asked) == 1 + len(screen.QUESTIONS)
    assert r.exit_code == 5 and r.stdout == ""
    assert r.stderr.count("Nothing was saved") == 1 and "not something you wrote" in r.stderr
    assert "What you wrote" not in r.stderr and "shell history" not in r.stderr
    assert PAGE_NUMBERS[question.path] in r.stderr
    if question.path == "crisis":
        assert PAGE_NUMBERS["safety"] not in r.stderr and PAGE_NUMBERS["caused_harm"] not in r.stderr
    # Nothing written anywhere but the marker, whose bytes are the same as for "no" to all.
    after = tree(tmp_path)
    assert outside_the_data_folder(after) == outside_the_data_folder(before)
    [marker] = markers()
    assert [k for k in after if k.startswith(str(data_dir()) + os.sep)] == [str(marker)]
    assert marker.read_bytes() == screenmark.marker_bytes(today())


def test_the_marker_is_the_same_whatever_the_answers(term, run, journal):
    seen = set()
    n = len(screen.QUESTIONS)
    for answers in (ANSWERED_NO, [screen.START, *[screen.YES] * n], [screen.START, *ANSWERED_NO[1:7], screen.YES,
                                                                   *ANSWERED_NO[8:]]):
        for m in markers():
            m.unlink()
        term.answers += answers
        run("log", "note", "We talked it through.", "--by", "Alex")
        [marker] = markers()
        seen.add((marker.name, marker.read_bytes()))
    assert len(seen) == 1


def test_several_yes_answers_show_the_crisis_page_first_and_each_page_once(term, run, journal):
    term.keys += [ENTER] + [a + ENTER for a in "nyynnnynn"]  # afraid, sexual, wished_dead
    r = run("log", "note", "We talked.", "--by", "Alex")
    assert r.exit_code == 5 and r.stdout == ""
    crisis, safety = r.stderr.index("Lifeline: 13 11 14"), r.stderr.index("0808 2000 247")
    assert crisis < safety and r.stderr.count("Nothing was saved") == 1
    assert r.stderr.count("More: repair guide crisis") == 1 and r.stderr.count("More: repair guide safety") == 1
    # each page points to the other one only where it isn't shown already
    assert "there is help for that too, with its own helplines" not in r.stderr
    assert "please\nsee repair guide crisis" not in r.stderr


def test_not_now_asks_again_next_time_and_writes_nothing(term, run, journal):
    term.keys += [DOWN + ENTER]
    r = run("log", "shown", "Texted ahead.", "--by", "Alex")
    assert r.exit_code == 0, r.stderr
    assert screen.NOT_NOW_NOTE in r.stderr and markers() == []
    assert "Texted ahead." in journal.read_text()  # deferring doesn't stop what they came to do
    term.answers += ANSWERED_NO
    r = run("log", "shown", "Texted again.", "--by", "Alex")
    assert r.exit_code == 0 and term.asked.count("Answer them now?") == 2
    assert len(markers()) == 1


def test_answered_it_is_not_asked_again_for_a_month(term, run, journal, monkeypatch):
    term.answers += ANSWERED_NO
    assert run("log", "note", "We talked.", "--by", "Alex").exit_code == 0
    asked = len(term.asked)
    for when in ("2026-11-28T09:00:00+01:00", "2026-12-26T09:00:00+01:00"):  # the next day; 29 days on
        r = run("log", "note", "We talked again.", "--by", "Alex", "--at", "2026-11-27",
                env={"REPAIR_NOW": when})
        assert r.exit_code == 0, r.stderr
    assert len(term.asked) == asked
    term.answers += ANSWERED_NO  # 30 days on: offered again
    r = run("log", "note", "A month on.", "--by", "Alex", env={"REPAIR_NOW": "2026-12-27T09:00:00+01:00"})
    assert r.exit_code == 0 and term.asked.count("Answer them now?") == 2
    assert markers()[0].read_bytes() == screenmark.marker_bytes(__import__("datetime").date(2026, 12, 27))


def test_the_marker_is_kept_per_journal(term, run, journal, tmp_path):
    term.answers += ANSWERED_NO
    assert run("log", "note", "We talked.", "--by", "Alex").exit_code == 0
    other = tmp_path / "other" / "repair.yaml"
    other.parent.mkdir()
    assert run("--journal", str(other), "init", "--no-input").exit_code == 0
    assert run("--journal", str(other), "plan", *PLAN_ARGS, "--no-input").exit_code == 0
    term.keys += [DOWN + ENTER]
    r = run("--journal", str(other), "log", "note", "Elsewhere.", "--by", "Alex")
    assert r.exit_code == 0 and term.asked.count("Answer them now?") == 2


def test_a_note_with_no_plan_to_go_with_fails_before_any_question(term, run, journal_path):
    # Nothing could be saved, so the nine questions would be asked for nothing: the plan asks them next.
    assert run("init", "--people", "Sam,Alex").exit_code == 0
    r = run("log", "note", "Quiet evening.", "--by", "Alex")
    assert r.exit_code == 2 and "plan" in r.stderr
    assert term.asked == [] and markers() == []


def test_checkin_never_asks_it(term, run, journal):
    r = run("checkin", "--outcome", "keep", "--note", "Going well.", "--next", "in 2 weeks", "--by", "Sam")
    assert r.exit_code == 0, r.stderr
    assert term.asked == [] and markers() == []


@pytest.mark.parametrize("how", ["--no-input", "REPAIR_NO_INPUT", "no terminal"])
def test_scripts_are_never_asked_and_never_blocked(run, journal, how, monkeypatch):
    if how == "--no-input":
        from repairkit.cli import common

        monkeypatch.setattr(common, "interactive", lambda no_input=False: not no_input)
        r = run("log", "note", "We talked.", "--by", "Alex", "--no-input")
    elif how == "REPAIR_NO_INPUT":
        r = run("log", "note", "We talked.", "--by", "Alex")  # the tests' environment sets it
    else:
        monkeypatch.delenv("REPAIR_NO_INPUT")
        r = run("log", "note", "We talked.", "--by", "Alex")  # CliRunner's streams are not terminals
    assert r.exit_code == 0 and r.stdout.strip().startswith("e")
    assert "private questions" not in r.stderr and markers() == []


def test_a_broken_journal_is_said_before_anything_is_asked(term, run, journal):
    journal.write_text(journal.read_text() + "  - this is not an entry\n")
    r = run("log", "note", "We talked.", "--by", "Alex")
    assert r.exit_code == 3 and term.asked == [] and markers() == []
    r = run("--journal", str(journal.parent / "missing.yaml"), "log", "note", "We talked.")
    assert r.exit_code == 3 and term.asked == []


def test_a_marker_that_cant_be_written_is_said_and_the_command_goes_on(term, run, journal, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", "/dev/null/nowhere")
    term.answers += ANSWERED_NO
    r = run("log", "note", "We talked.", "--by", "Alex")
    assert r.exit_code == 0, r.stderr
    assert "will be asked again next time" in r.stderr and "We talked." in journal.read_text()


def test_the_marker_says_nothing_but_the_day(term, run, journal):
    term.answers += ANSWERED_NO
    run("log", "note", "We talked.", "--by", "Alex")
    [marker] = markers()
    assert marker.read_text() == screenmark.marker_bytes(today()).decode()
    assert marker.read_text().splitlines()[-1] == today().isoformat()
    assert "repair" not in marker.name.replace("safety-screen-", "")  # a hash, not the journal's path


# ---------------------------------------------------------- a real terminal ---

def spawn(args: list[str], cwd: Path, env: dict):
    pexpect = pytest.importorskip("pexpect")
    cmd = repair_command()
    child = pexpect.spawn(cmd[0], cmd[1:] + args, cwd=str(cwd), env=env, encoding="utf-8", timeout=20,
                          dimensions=(40, 100))
    child.logfile_read = sys.stdout if os.environ.get("PEXPECT_DEBUG") else None
    return child


@pytest.fixture
def shared(tmp_path, monkeypatch):
    """A fresh journal in a git repository, committed, as two partners would share it; and a terminal.
    (The home folder, with the cache and the data folder, is beside the repository, in tmp_path.)"""
    where = tmp_path / "us"
    where.mkdir()
    monkeypatch.setenv("REPAIR_JOURNAL", str(where / "repair.yaml"))
    subprocess.run(["git", "init", "-q", str(where)], check=True)
    assert run_repair("init", "--people", "Sam,Alex", cwd=where).returncode == 0
    subprocess.run(["git", "-C", str(where), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(where), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"],
                   check=True)
    env = {k: v for k, v in os.environ.items() if k != "REPAIR_NO_INPUT"}
    env.update(TERM="xterm", COLUMNS="100", LINES="40", REPAIR_AUTHOR="Sam")
    return where, env


def git_status(where: Path) -> str:
    return subprocess.run(["git", "-C", str(where), "status", "--porcelain", "--ignored"], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.slow
@pytest.mark.parametrize("question", screen.QUESTIONS, ids=lambda q: q.key)
def test_each_yes_on_a_real_terminal_opens_its_path_and_writes_nothing(shared, question):
    import pexpect

    where, env = shared
    before = tree(where.parent)  # the repository, the cache, the home folder: everything
    child = spawn(["plan", "--repairing", "Sam"], where, env)
    child.expect("A few private questions before you start")
    child.expect("Answer them now")
    child.send(ENTER)
    for n, q in enumerate(screen.QUESTIONS, 1):
        child.expect(rf"\({n} of 9")
        if n == 1:
            child.send(ENTER)  # a hurried Enter answers nothing
            child.expect("Type y for yes or n for no")
        child.send(("y" if q is question else "n") + ENTER)
    child.expect("Nothing was saved")
    child.expect(PAGE_NUMBERS[question.path])
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 5
    assert "short name" not in child.before  # no plan question was asked
    [marker] = markers()
    after = tree(where.parent)
    assert outside_the_data_folder(after) == outside_the_data_folder(before)
    assert [k for k in after if k.startswith(str(data_dir()) + os.sep)] == [str(marker)]
    assert marker.read_bytes() == screenmark.marker_bytes(today())
    assert git_status(where) == ""


@pytest.mark.slow
def test_not_now_then_no_to_all_on_a_real_terminal_goes_on_to_the_plan_prompts(shared):
    import pexpect

    where, env = shared
    child = spawn(["plan", "--repairing", "Sam"], where, env)
    child.expect("Answer them now")
    child.send(DOWN + ENTER)  # not now
    child.expect("asked again next time")
    child.expect("short name")
    child.sendcontrol("c")  # and then they stop, upset: nothing saved, nothing marked
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130 and markers() == []
    assert git_status(where) == ""

    child = spawn(["plan", "--repairing", "Sam"], where, env)
    child.expect("A few private questions")  # asked again
    child.send(ENTER)
    for n in range(1, 10):
        child.expect(rf"\({n} of 9")
        child.send("n" + ENTER)
    child.expect("Your answers weren't stored anywhere")
    child.expect("short name")
    child.send("Phone at dinner" + ENTER)
    child.expect("What happened")
    child.send(ENTER)  # skipped, as it may be at a hard moment
    child.expect("like for Alex")
    child.send(ENTER)
    child.expect("pattern")
    child.send("I check my phone while Alex talks about their day." + ENTER)
    child.expect("fear")
    child.send(DOWN + DOWN + ENTER)
    child.expect("visible behavior")
    child.send(ENTER)
    child.expect("raise it")
    child.send("Alex says 'phone' and I put it away." + ENTER)
    child.expect("Save this plan")
    child.send(ENTER)
    child.expect("Added plan phone-at-dinner")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and len(markers()) == 1
    assert git_status(where) == " M repair.yaml\n"  # the plan, and nothing else in the repository

    child = spawn(["log", "shown", "Phone stayed in the hall.", "--by", "Alex"], where, env)  # answered
    child.expect("Logged e")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and "private questions" not in child.before


@pytest.mark.slow
def test_ctrl_c_at_the_screen_on_a_real_terminal_saves_nothing(shared):
    import pexpect

    where, env = shared
    before = tree(where.parent)
    # a plan: the journal has none yet, and a note without one is refused before the questions
    child = spawn(["plan", "--repairing", "Sam"], where, env)
    child.expect("Answer them now")
    child.send(ENTER)
    child.expect(r"\(1 of 9")
    child.send("y" + ENTER)
    child.expect(r"\(2 of 9")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert tree(where.parent) == before and git_status(where) == ""


@pytest.mark.slow
def test_remove_on_a_real_terminal_asks_and_ctrl_c_keeps_everything(shared):
    import pexpect

    where, env = shared
    assert run_repair("plan", *PLAN_ARGS, cwd=where).returncode == 0
    entry = run_repair("log", "note", "Something I shouldn't have written.", "--by", "Sam", cwd=where).stdout.strip()
    before = (where / "repair.yaml").read_bytes()
    child = spawn(["remove", entry], where, env)
    child.expect(r"Take a note by Sam, dated Friday 27 November 2026 \(plan late-without-a-text\) out of repair\.yaml")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130 and (where / "repair.yaml").read_bytes() == before
    child = spawn(["remove", entry], where, env)
    child.expect("out of repair.yaml")
    child.send("y")
    child.expect("Taken out: a note by Sam")
    child.expect("Earlier versions in git history still hold it")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and entry not in (where / "repair.yaml").read_text()
