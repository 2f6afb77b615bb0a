"""Mistakes people make editing the journal by hand get a plain message, the right line, and a fix.

Issue 13, item 14: a colon inside a value, an unclosed bracket reported far
below where it opened, and (in test_sync.py) the field conflict that `check`
used to send back to `repair resolve`.
"""
from __future__ import annotations

import pytest

HEAD = """\
version: 1
people: [Sam, Alex]
plans:
  - id: late
    title: Late without a text
    opened: 2026-11-20
    repairing: Sam
    hurt: Alex
    pattern: When plans change I go quiet and turn up late.
    fear: reliability
    behavior: When plans change, I text as soon as I know.
    raise_it: Alex says 'the text thing'.
    check_in: 2026-12-04
log:
  - id: e1
    at: 2026-11-22
    plan: late
    kind: shown
    by: Alex
"""


def error_lines(result) -> tuple[str, str]:
    assert result.exit_code == 3, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("repair: error: repair.yaml:") and lines[1].startswith("hint: ")
    return lines[0], " ".join(line.strip() for line in lines[1:])


@pytest.mark.parametrize(("value", "quoted"), [
    ("Note: said it kindly this time.", '"Note: said it kindly this time."'),
    ('He said "fine": and meant it.', '\'He said "fine": and meant it.\''),
    ('"No": I\'m sure.', '"\\"No\\": I\'m sure."'),
])
def test_a_colon_in_a_value_gets_a_plain_message_and_the_value_quoted(run, journal_path, value, quoted):
    journal_path.write_text(HEAD + f"    note: {value}\n")
    message, hint = error_lines(run("check"))
    assert "mapping values" not in message
    assert message.startswith("repair: error: repair.yaml:20:")
    assert "`note` has ': ' in it" in message
    assert hint == f"hint: put the whole value in quotes: note: {quoted}"
    # The hint is the fix: doing what it says gives a journal that checks.
    journal_path.write_text(HEAD + f"    note: {quoted}\n")
    assert run("check").exit_code == 0


@pytest.mark.parametrize(("opened", "bracket", "what"), [
    ("    title: [Late without a text\n", "[", "list"),
    ("    pattern: {When plans change I go quiet,\n      and turn up late.\n", "{", "mapping"),
])
def test_an_unclosed_bracket_is_reported_where_it_opened(run, journal_path, opened, bracket, what):
    lines = HEAD.splitlines(keepends=True)
    where = 5 if bracket == "[" else 9  # the title's line, the pattern's line
    lines[where - 1] = opened
    journal_path.write_text("".join(lines))
    message, hint = error_lines(run("check"))
    col = opened.index(bracket) + 1
    assert message == f"repair: error: repair.yaml:{where}:{col}: a {what} opened with '{bracket}' here is never closed"
    assert "closing" in hint and "quote the value" in hint


def test_an_unclosed_bracket_many_lines_up_still_points_at_its_line(run, journal_path):
    journal_path.write_text(HEAD.replace("people: [Sam, Alex]", "people: [Sam, Alex,\n  Jordan"))
    message, _ = error_lines(run("check"))
    assert message.startswith("repair: error: repair.yaml:2:9: a list opened with '['")


def test_a_colon_in_a_continued_line_still_says_to_quote(run, journal_path):
    journal_path.write_text(HEAD + "    note: It went well\n      and then: it didn't.\n")
    message, hint = error_lines(run("check"))
    assert "mapping values" not in message and "new field" in message
    assert "quotes" in hint
