"""Every `$ repair ...` transcript in README.md and docs/ runs, and prints what the page shows.

How the runner reads a page
  A transcript is a fenced code block with at least one line that starts
  with `$ `. Each `$ ` line (with the lines after it, while a line ends in
  `\\`) is a command, run by bash; the lines after it, up to the next `$ `
  line or the end of the block, are what it printed: stdout and stderr
  together, in the order they were written, as a terminal shows them.
  Commands that are not `repair` (`echo ... > mine.txt`) run too, so a page
  can set up what it shows.

  All transcripts of one page run in one fresh folder, top to bottom, so a
  page builds its journal step by step as a reader would. PAGES says what
  the folder holds before the first one and which folder the page shows;
  BLOCKS gives a transcript a folder of its own when it needs one (a broken
  journal, say).

The fixed environment
  REPAIR_NOW=2026-11-27T10:00:00+01:00 (TZ Europe/Paris), COLUMNS=80,
  NO_COLOR=1, REPAIR_AUTHOR=Sam, no REPAIR_JOURNAL, HOME, XDG_* and TMPDIR
  of the folder's own, no git configuration from this machine, and the
  `repair` installed beside the Python running the tests first on PATH
  (after the folder's own bin/, which holds stand-ins such as `nano`, and
  `repair` itself when it is not installed). The whole check takes a few
  seconds, so it is not marked slow: a stale page fails the quick loop too.

What is normalised before comparing
  The folder's real path is shown as the page's folder (`/tmp/walk` in the
  README), its TMPDIR as `/tmp`. Generated entry ids (`e` and 8 hex digits)
  and `repair-edit-XXXXXXXX` folders are random: the first time the runner
  meets one it pairs it with the one the page shows in the same place, and
  from then on expects that one, so a page that logs an entry and later
  shows it must use the same id both times; a later command that names
  that id (`repair remove e…`) runs with the real one. Trailing spaces and trailing
  blank lines are ignored, and a line on the page that starts and ends
  with `…` (`…two more entries…`) stands for any number of lines. Exit
  codes are not shown on the pages, so they are not checked.

Skipped (SKIPPED below, and every ```console block)
  - ```console blocks are the git-sharing walkthroughs (README.md "Sharing
    with your partner", docs/sharing.md): two clones, a remote, pushes and
    pulls, `cd ~/notes`. tests/test_sync_git.py walks the same steps with
    real git: init --git, git-setup, logging on both sides, pull, the
    conflicts, check and resolve.
  - docs/conventions.md's `<TAB>` lines show what a shell offers when you
    press TAB; tests/test_conventions.py asks the completion for the same.

When output changes on purpose
  python tests/test_transcripts.py            check every page, print diffs
  python tests/test_transcripts.py --update   write the real output into the pages
  Only the output under commands whose output changed is rewritten (ids the
  page already shows are kept, a `…` line is not); read the diff before you
  commit it.
"""
from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXED_NOW = "2026-11-27T10:00:00+01:00"

_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([\w+-]*)\s*$")
_RANDOM = re.compile(r"\be[0-9a-f]{8}\b|repair-edit-[A-Za-z0-9_]{8}")


# --------------------------------------------------------------------------- reading a page

@dataclass
class Command:
    text: str  # as bash gets it: continuation lines included
    expected: list[str]  # the lines the page shows, dedented
    start: int  # where the shown output starts in the page (0-based line index)
    end: int  # one past its last line


@dataclass
class Block:
    page: str
    heading: str
    lang: str
    indent: str
    commands: list[Command] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.page, self.heading, self.commands[0].text.split("\n")[0]


def read_blocks(page: str, lines: list[str]) -> list[Block]:
    """The transcripts of a page, in order."""
    blocks: list[Block] = []
    heading = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        fence = _FENCE.match(line)
        if not fence:
            if line.startswith("#"):
                heading = line.lstrip("#").strip()
            i += 1
            continue
        indent, marker, lang = fence.groups()
        body_start = i + 1
        j = body_start
        while j < len(lines) and not (lines[j].strip() == marker and lines[j].startswith(indent)):
            j += 1
        block = Block(page, heading, lang, indent)
        body = [row[len(indent):] if row.startswith(indent) else row.lstrip() for row in lines[body_start:j]]
        k = 0
        while k < len(body):
            if not body[k].startswith("$ "):
                k += 1
                continue
            text = [body[k][2:]]
            while text[-1].endswith("\\") and k + 1 < len(body):
                k += 1
                text.append(body[k])
            k += 1
            out_start = k
            while k < len(body) and not body[k].startswith("$ "):
                k += 1
            block.commands.append(Command("\n".join(text), body[out_start:k], body_start + out_start,
                                          body_start + k))
        if block.commands:
            blocks.append(block)
        i = j + 1
    return blocks


# --------------------------------------------------------------------------- the pages' folders

def _copy_examples(folder: Path) -> None:
    (folder / "examples").mkdir()
    shutil.copy(ROOT / "examples" / "repair.yaml", folder / "examples" / "repair.yaml")


def _first_yaml_block(page: str) -> str:
    text = (ROOT / page).read_text(encoding="utf-8")
    return re.search(r"^```yaml\n(.*?)^```", text, re.MULTILINE | re.DOTALL).group(1)


def _conventions_folder(folder: Path) -> None:
    # "All output below is real, from this journal": the YAML the page shows first.
    (folder / "repair.yaml").write_text(_first_yaml_block("docs/conventions.md"), encoding="utf-8")
    os.chmod(folder / "repair.yaml", 0o600)
    # `EDITOR=nano repair edit`: a stand-in for a person in nano, who adds a comment and saves.
    _script(folder / "bin" / "nano", 'printf "# talked it through on Sunday\\n" >> "$1"\n')
    # `EDITOR=./typo.sh repair edit`: an editor session that leaves a typo in the fear.
    _script(folder / "typo.sh", 'sed -i "s/fear: reliability/fear: reliabilty/" "$1"\n')


def _script(path: Path, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(0o755)


def _broken_journal(folder: Path) -> Path:
    """A copy of the page's journal with one kind mistyped by hand, in a folder of its own."""
    broken = folder / "broken"
    broken.mkdir()
    text = (folder / "repair.yaml").read_text(encoding="utf-8")
    (broken / "repair.yaml").write_text(text.replace("kind: raised", "kind: forgave", 1), encoding="utf-8")
    return broken


@dataclass
class Page:
    shows: str  # the folder the page's output shows for the real one
    setup: Callable[[Path], None]


PAGES: dict[str, Page] = {
    "README.md": Page("/tmp/walk", _copy_examples),
    "docs/conventions.md": Page("/home/sam/notes/us", _conventions_folder),
}

# (page, heading above the block, first command): what the transcript needs; returns where it runs.
BLOCKS: dict[tuple[str, str, str], Callable[[Path], Path]] = {
    ("README.md", "For scripts", "repair check"): _broken_journal,
}

SKIPPED: dict[tuple[str, str, str], str] = {
    ("docs/conventions.md", "Shell completion",
     ("repair export --plan <TAB>            # zsh shows each plan with its title")):
        "what a shell offers on TAB; tests/test_conventions.py asks the completion itself",
}
CONSOLE_SKIP = "git sharing between two clones; tests/test_sync_git.py walks these steps with real git"


def transcript_pages() -> list[str]:
    """README.md and every page under docs/ but the generated command pages (tested in test_docs.py)."""
    pages = ["README.md"] + sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").rglob("*.md")
                                   if "commands" not in p.relative_to(ROOT / "docs").parts)
    return [p for p in pages if read_blocks(p, (ROOT / p).read_text(encoding="utf-8").splitlines())]


def skip_reason(block: Block) -> str | None:
    if block.lang == "console":
        return CONSOLE_SKIP
    return SKIPPED.get(block.key)


# --------------------------------------------------------------------------- running a page

@dataclass
class Mismatch:
    block: Block
    command: Command
    actual: list[str]

    def diff(self) -> str:
        return "\n".join(difflib.unified_diff(self.command.expected, self.actual, "the page shows",
                                              "the command prints", lineterm=""))


def environment(folder: Path) -> dict[str, str]:
    home = folder / ".home"
    tmp = _tmp_of(folder)
    for path in (home, tmp, folder / "bin"):
        path.mkdir(exist_ok=True)
    if not (Path(sys.executable).parent / "repair").exists():
        _script(folder / "bin" / "repair", f'exec "{sys.executable}" -m repairkit "$@"\n')
    keep = {k: v for k, v in os.environ.items()
            if k in ("LANG", "LC_ALL", "SYSTEMROOT") or k.startswith("PYTHON") and k != "PYTHONPATH"}
    return {
        **keep,
        "PATH": os.pathsep.join([str(folder / "bin"), str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
        "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"), "TMPDIR": str(tmp),
        "REPAIR_NOW": FIXED_NOW, "TZ": "Europe/Paris", "COLUMNS": "80", "LINES": "24", "NO_COLOR": "1",
        "REPAIR_AUTHOR": "Sam", "PYTHONUNBUFFERED": "1", "LC_ALL": os.environ.get("LC_ALL", "C.UTF-8"),
        "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
    }


def _tmp_of(folder: Path) -> Path:
    """The page's TMPDIR: beside its folder, not in it, so paths in it are shown whole, as /tmp's are."""
    return folder.with_name(folder.name + "-tmp")


def matches(expected: list[str], actual: list[str]) -> bool:
    """Line for line, except that a line `…like this…` on the page stands for any number of lines."""
    if not any(_is_elision(line) for line in expected):
        return expected == actual
    pattern = "".join(r"(?:.*\n)*?" if _is_elision(line) else re.escape(line) + r"\n" for line in expected)
    return re.fullmatch(pattern, "".join(line + "\n" for line in actual)) is not None


def _is_elision(line: str) -> bool:
    text = line.strip()
    return len(text) > 1 and text.startswith("…") and text.endswith("…")


def run_page(page: str, folder: Path) -> tuple[list[Mismatch], int]:
    """Run every transcript of a page in `folder`; what differs, and how many commands ran."""
    config = PAGES.get(page)
    lines = (ROOT / page).read_text(encoding="utf-8").splitlines()
    blocks = [b for b in read_blocks(page, lines) if skip_reason(b) is None]
    if not blocks:
        return [], 0
    assert config is not None, f"{page} has transcripts: add it to PAGES in {Path(__file__).name}"
    folder.mkdir(parents=True, exist_ok=True)
    env = environment(folder)
    config.setup(folder)
    shown_paths = [(str(_tmp_of(folder)), "/tmp"), (str(folder), config.shows)]
    pairs: dict[str, str] = {}  # random name the command printed -> the one the page shows
    mismatches: list[Mismatch] = []
    ran = 0
    for block in blocks:
        cwd = BLOCKS[block.key](folder) if block.key in BLOCKS else folder
        for command in block.commands:
            # A command may name an id the page showed earlier (`repair remove e…`): run it with the real one.
            shown_to_real = {shown: real for real, shown in pairs.items()}
            text = _RANDOM.sub(lambda m: shown_to_real.get(m.group(0), m.group(0)), command.text)
            result = subprocess.run(["bash", "-c", text], cwd=cwd, env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, text=True, timeout=120, check=False)
            ran += 1
            output = result.stdout
            for real, shown in shown_paths:
                output = output.replace(real, shown)
            actual = [line.rstrip() for line in output.splitlines()]
            expected = [line.rstrip() for line in command.expected]
            while actual and not actual[-1]:
                actual.pop()
            while expected and not expected[-1]:
                expected.pop()
            for real, shown in zip(_RANDOM.findall("\n".join(actual)), _RANDOM.findall("\n".join(expected))):
                same_kind = real.startswith("repair-edit-") == shown.startswith("repair-edit-")
                if real not in pairs and shown not in pairs.values() and same_kind:
                    pairs[real] = shown
            actual = [_RANDOM.sub(lambda m: pairs.get(m.group(0), m.group(0)), line) for line in actual]
            if not matches(expected, actual):
                mismatches.append(Mismatch(block, command, actual))
    return mismatches, ran


def update_page(page: str, mismatches: list[Mismatch]) -> None:
    path = ROOT / page
    lines = path.read_text(encoding="utf-8").splitlines()
    for m in sorted(mismatches, key=lambda m: m.command.start, reverse=True):
        lines[m.command.start:m.command.end] = [m.block.indent + line if line else "" for line in m.actual]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_pages(folder: Path, *, update: bool = False, pages: list[str] | None = None) -> list[str]:
    """Run the pages; a report per page that differs (and, with `update`, write the real output)."""
    reports = []
    for page in pages or transcript_pages():
        mismatches, _ = run_page(page, folder / page.replace("/", "-"))
        if mismatches and update:
            update_page(page, mismatches)
        for m in mismatches:
            reports.append(f"{page}, under \"{m.block.heading}\": $ {m.command.text}\n{m.diff()}")
    return reports


# --------------------------------------------------------------------------- the tests

def test_the_runner_reads_commands_outputs_and_continuations():
    page = ["# Title", "", "```", "$ repair plan --title x \\", "    --fear y", "late-x", "$ repair status",
            "```", "", "```console", "$ git pull", "```", "```sh", "repair review", "```"]
    first, second = read_blocks("p.md", page)
    assert first.key == ("p.md", "Title", "repair plan --title x \\")
    assert [c.text for c in first.commands] == ["repair plan --title x \\\n    --fear y", "repair status"]
    assert first.commands[0].expected == ["late-x"] and first.commands[1].expected == []
    assert (first.commands[0].start, first.commands[0].end) == (5, 6)
    assert second.lang == "console" and skip_reason(second) == CONSOLE_SKIP


def test_an_elision_line_stands_for_any_lines():
    assert matches(["{", "  …two more…", "}"], ["{", "a", "b", "}"])
    assert matches(["{", "  …two more…", "}"], ["{", "}"])
    assert not matches(["{", "  …two more…", "}"], ["{", "a", "]"])
    assert not matches(["a"], ["a", "b"])


def test_the_runner_catches_stale_output_and_update_rewrites_only_that(tmp_path, monkeypatch):
    docs = tmp_path / "root"
    (docs / "docs").mkdir(parents=True)
    page = ("Intro.\n\n```\n$ echo hello from $PWD\nhello from /tmp/walk\n$ echo e0123abcd; echo again\n"
            "e99999999\nagian\n$ echo e0123abcd\ne99999999\n```\n")
    (docs / "README.md").write_text(page)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", docs)
    monkeypatch.setitem(PAGES, "README.md", Page("/tmp/walk", lambda folder: None))
    reports = check_pages(tmp_path / "run")
    assert len(reports) == 1 and "-agian" in reports[0] and "+again" in reports[0]  # the id pairs, the typo doesn't
    check_pages(tmp_path / "run2", update=True)
    assert (docs / "README.md").read_text() == page.replace("agian", "again")
    assert check_pages(tmp_path / "run3") == []


def test_every_skip_and_setup_names_a_real_transcript():
    keys = {b.key for page in transcript_pages()
            for b in read_blocks(page, (ROOT / page).read_text(encoding="utf-8").splitlines())}
    assert set(SKIPPED) <= keys, f"SKIPPED names transcripts no page has: {set(SKIPPED) - keys}"
    assert set(BLOCKS) <= keys, f"BLOCKS names transcripts no page has: {set(BLOCKS) - keys}"


@pytest.mark.parametrize("page", transcript_pages())
def test_the_page_shows_what_the_commands_print(page, tmp_path):
    mismatches, ran = run_page(page, tmp_path / "folder")
    assert not mismatches, (
        f"{len(mismatches)} command(s) in {page} print something else now:\n\n"
        + "\n\n".join(f"under \"{m.block.heading}\": $ {m.command.text}\n{m.diff()}" for m in mismatches)
        + "\n\nIf the change is meant, run `python tests/test_transcripts.py --update` and read the diff.")
    if page in PAGES:
        assert ran > 0


def main(argv: list[str]) -> int:
    import tempfile

    update = "--update" in argv
    with tempfile.TemporaryDirectory(prefix="repair-transcripts-") as folder:
        reports = check_pages(Path(folder), update=update)
    for report in reports:
        print(report, end="\n\n")
    if update:
        print(f"Updated {len(reports)} command output(s)." if reports else "Every page is up to date.")
        return 0
    print(f"{len(reports)} command output(s) differ." if reports else "Every page shows what its commands print.")
    return 1 if reports else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
