"""`repair export --format html`: the page to look at together at a check-in.

Fast tests read the page with the standard library's HTML parser; the slow ones open it in a real
headless browser (Debian's `chromium`), read back the DOM it built and take screenshots.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import random
import re
import shutil
import stat
import struct
import subprocess
import sys
import tempfile
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import FIXED_NOW, ROOT

from repairkit.export import html as page
from repairkit.model import Entry, Contents, Plan

NOW = dt.datetime.fromisoformat(FIXED_NOW)
EXAMPLE = ROOT / "examples" / "repair.yaml"


# ------------------------------------------------------------------ reading ---

class Node:
    def __init__(self, tag: str, attrs: dict, parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node] = []
        self.parts: list[str | Node] = []  # text and children, in document order

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, tag: str | None = None, cls: str | None = None, **attrs) -> list[Node]:
        return [n for n in self.walk() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes())
                and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def content(self) -> str:
        """All text inside, as a reader would see it."""
        return "".join(p if isinstance(p, str) else p.content() for p in self.parts)


VOID = {"meta", "link", "br", "img", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "param",
        "track"}


class Tree(HTMLParser):
    """A small DOM from the standard library's parser; SVG's self-closing tags close themselves."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = self.node = Node("#document", {}, None)
        self.tags: list[tuple[str, dict]] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        node = Node(tag, dict(attrs), self.node)
        self.node.children.append(node)
        self.node.parts.append(node)
        if tag not in VOID:
            self.node = node

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        node = Node(tag, dict(attrs), self.node)
        self.node.children.append(node)
        self.node.parts.append(node)

    def handle_endtag(self, tag):
        node = self.node
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.node = node.parent

    def handle_data(self, data):
        self.node.parts.append(data)


def plans_of(tree: Tree) -> dict[str, Node]:
    return {n.attrs["data-plan"]: n for n in tree.root.find("section", "plan")}


def marks(section: Node) -> Counter:
    return Counter(g.attrs["data-mark"] for g in section.find("g", "day") if "data-mark" in g.attrs)


# ----------------------------------------------------------------- journals ---

def load(path: Path) -> Contents:
    from repairkit import journal

    return journal.load(path).journal


def example_page(**kw) -> str:
    return page.to_html(load(EXAMPLE), now=NOW, **kw)


# What `repair review` draws for the example on 2026-11-27 (docs and README show the same):
#   late-texts       02 Nov ··●○···✗!·●·····●··●··○●··
#   tone-when-tired  09 Nov ··○··●···●·●···●···
#   phone-at-dinner  12 Nov ·●···○·●··✗!·●●·
EXAMPLE_MARKS = {
    "late-texts": {"shown_witnessed": 5, "shown_self": 2, "missed": 1, "raised": 1, "none": 17},
    "tone-when-tired": {"shown_witnessed": 4, "shown_self": 1, "missed": 0, "raised": 0, "none": 14},
    "phone-at-dinner": {"shown_witnessed": 4, "shown_self": 1, "missed": 1, "raised": 1, "none": 9},
}
EXAMPLE_VERDICTS = {
    "late-texts": "mixed: the behavior showed up, and so did the old pattern",
    "tone-when-tired": "showing up: noticed by the other partner, and no misses",
    "phone-at-dinner": "mixed: the behavior showed up, and so did the old pattern",
}

HOSTILE_NOTES = [
    "<script>document.title='ran'</script>",
    "<img src=x onerror=\"document.title='ran'\">",
    "</style><style>body{display:none}</style>",
    "\" onmouseover=\"document.title='ran'\" x=\"",
    "'><svg onload=alert(1)>",
    "</title></svg><script>alert(1)</script>",
    "<!-- not a comment --> &amp; stays &amp;",
    "red \x1b[31malert\x1b[0m and \u202eevil\u202c bidi",
]


def hostile_journal(path: Path) -> Path:
    """A journal whose every free-text field tries to become markup."""
    def q(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\x1b", "\\e") + '"'

    entries = "".join(f"  - id: e{i}x\n    at: 2026-11-{10 + i}\n    plan: p\n    kind: {kind}\n    by: Alex\n"
                      f"    note: {q(note)}\n"
                      for i, (note, kind) in enumerate(zip(HOSTILE_NOTES, ["shown", "missed", "raised", "note"] * 2)))
    path.write_text(f"""version: 1
people: [{q('<b>Sam</b>')}, Alex]
plans:
  - id: p
    title: {q('<script>alert(1)</script> title')}
    opened: 2026-11-09
    repairing: {q('<b>Sam</b>')}
    hurt: Alex
    pattern: {q('<i onmouseover=alert(1)>pattern</i>')}
    fear: reliability
    behavior: {q('Text <em>first</em>')}
    raise_it: {q("</dd></dl><script>alert(1)</script>")}
    check_in: 2026-11-30
log:
{entries}""", encoding="utf-8")
    return path


def big_journal(entries: int, *, days: int, plans: int = 3, seed: int = 3) -> Contents:
    """A journal kept for a long time, built in memory: `entries` spread over the last `days` days."""
    rng = random.Random(seed)
    first = NOW.date() - dt.timedelta(days=days - 1)
    ps = [Plan(f"plan-{n}", title=f"Plan {n}", opened=first, repairing="Sam", hurt="Alex", pattern="p",
               behavior="b", raise_it="r", fear="reliability", check_in=NOW.date() + dt.timedelta(days=5))
          for n in range(plans)]
    kinds = ["shown", "shown", "shown", "missed", "raised", "note", "checkin"]
    log = []
    for i in range(entries):
        day = first + dt.timedelta(days=rng.randrange(days))
        at = dt.datetime.combine(day, dt.time(rng.randrange(24), rng.randrange(60)), NOW.tzinfo)
        log.append(Entry(f"e{i}", at, f"plan-{rng.randrange(plans)}", rng.choice(kinds), rng.choice(["Sam", "Alex"]),
                         f"Entry {i}"))
    return Contents("repair.yaml", people=["Sam", "Alex"], plans=ps, entries=log)


# ------------------------------------------------------------ the renderer ---

def test_page_is_one_self_contained_document_that_loads_nothing():
    html = example_page()
    assert html.startswith("<!doctype html>\n<html lang=\"en\">")
    tree = Tree(html)
    tags = Counter(tag for tag, _ in tree.tags)
    assert tags["style"] == 1 and tags["html"] == 1 and tags["body"] == 1
    for tag in ("script", "img", "link", "iframe", "object", "embed", "image", "use", "foreignobject", "a"):
        assert tags[tag] == 0, tag
    for _, attrs in tree.tags:
        assert not {"src", "href", "xlink:href", "style"} & set(attrs), attrs
        assert not any(name.startswith("on") for name in attrs), attrs
    assert not re.search(r"https?:|url\(|@import|@font-face", html, re.IGNORECASE)
    # The policy lets this exact style sheet apply and nothing else load or run.
    css = tree.root.find("style")[0].content()
    policy = tree.root.find("meta", http_equiv="Content-Security-Policy")[0].attrs["content"]
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy
    assert "@media print" in css and "prefers-color-scheme:dark" in css
    assert tree.root.find("meta", name="viewport") and tree.root.find("meta", name="color-scheme")


def test_each_plan_has_its_words_verdict_and_two_described_charts():
    tree = Tree(example_page())
    sections = plans_of(tree)
    assert list(sections) == ["late-texts", "tone-when-tired", "phone-at-dinner"]
    for plan_id, section in sections.items():
        verdict = section.find("p", "verdict")
        assert len(verdict) == 1 and verdict[0].content() == EXAMPLE_VERDICTS[plan_id]
        for kind in ("days", "weeks"):
            charts = section.find("svg", kind)
            assert len(charts) == 1, (plan_id, kind)
            svg = charts[0]
            assert svg.attrs["role"] == "img"
            ids = svg.attrs["aria-labelledby"].split()
            assert [n.tag for n in svg.children[:2]] == ["title", "desc"]
            assert [n.attrs["id"] for n in svg.children[:2]] == ids
            assert all(n.content().strip() for n in svg.children[:2])
        assert section.find("table"), "a table holds the charts' numbers"
        assert section.find("ul", "key")
    late = sections["late-texts"]
    facts = dict(zip((n.content() for n in late.find("dt")), (n.content() for n in late.find("dd"))))
    assert facts["Pattern"] == "When plans change I go quiet and turn up late."
    assert facts["Visible behavior"] == "When plans change, I text as soon as I know and say how it affects Alex."
    assert facts["If it comes back"] == 'Alex says "the text thing" and we talk that evening, not in the moment.'
    assert facts["Check-in"] == "Mon 30 Nov 2026, in 3 days"
    evidence = late.find("p", "evidence")[0].content()
    assert "7 shown (5 noticed by Alex, 2 self-reported), 1 missed, 1 raised, 1 note" in evidence


def test_verdicts_use_the_words_of_repair_review(run, journal_path):
    shutil.copy(EXAMPLE, journal_path)
    text = run("review").stdout
    said = re.findall(r"^  Verdict:   (.*)$", text, re.MULTILINE)
    shown = [s.find("p", "verdict")[0].content() for s in plans_of(Tree(example_page())).values()]
    assert said == shown


def test_day_marks_match_the_text_timeline(run, journal_path):
    shutil.copy(EXAMPLE, journal_path)
    text = run("review").stdout  # NO_COLOR and no terminal: the Unicode marks, one a day
    lines = re.findall(r"^  Timeline:  \d\d \w\w\w (\S+)$", text, re.MULTILINE)
    names = {"●": "shown_witnessed", "○": "shown_self", "✗": "missed", "!": "raised", "·": "none"}
    sections = plans_of(Tree(example_page()))
    for (plan_id, section), line in zip(sections.items(), lines):
        drawn = marks(section)
        assert drawn == Counter({names[c]: n for c, n in Counter(line).items()}), plan_id
        assert {k: drawn[k] for k in page.MARKS} == EXAMPLE_MARKS[plan_id]
        days = [g.attrs["data-date"] for g in section.find("g", "day") if "data-mark" in g.attrs]
        assert days == sorted(days) and len(days) == len(line)
        # every kind of mark has its own shape, not only its own colour
        shapes = {g.attrs["data-mark"]: (g.children[2].tag, frozenset(g.children[2].classes()))
                  for g in section.find("g", "day") if "data-mark" in g.attrs}
        assert len(set(shapes.values())) == len(shapes)


def test_check_ins_are_marked_held_and_planned():
    sections = plans_of(Tree(example_page()))
    late = sections["late-texts"]
    held = [g for g in late.find("g", "day") if any(n.classes() == {"ci"} for n in g.children)]
    planned = [g for g in late.find("g", "day") if any(n.classes() == {"ci", "plan"} for n in g.children)]
    assert [g.attrs["data-date"] for g in held] == ["2026-11-16"]
    assert [g.attrs["data-date"] for g in planned] == ["2026-11-30"]  # 3 days ahead: drawn, with no mark
    assert "data-mark" not in planned[0].attrs
    rows = late.find("svg", "weeks")[0].find("g", "row")
    assert [r.attrs["data-first"] for r in rows] == ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23",
                                                     "2026-11-30"]
    assert [bool(r.find("rect", "ci")) for r in rows] == [False, False, True, False, True]
    phone = sections["phone-at-dinner"]  # check-in on 10 Dec, 13 days ahead
    assert [g.attrs["data-date"] for g in phone.find("g", "day")
            if any("plan" in n.classes() for n in g.children)] == ["2026-12-10"]


def test_week_rows_add_up_to_the_review_counts():
    from repairkit.review import review

    j = load(EXAMPLE)
    for r, section in zip(review(j.plans, j.entries, today=NOW.date()), plans_of(Tree(example_page())).values()):
        rows = section.find("g", "row")
        total = {k: sum(int(row.attrs["data-" + k.replace("_", "-")]) for row in rows)
                 for k in ("shown_witnessed", "shown_self", "missed", "raised")}
        c = r.counts
        assert total == {"shown_witnessed": c.shown_witnessed, "shown_self": c.shown_self, "missed": c.missed,
                         "raised": c.raised}


def test_log_lists_entries_with_their_notes_in_order():
    late = plans_of(Tree(example_page()))["late-texts"]
    entries = late.find("li", "entry")
    assert len(entries) == 11  # every entry of late-texts: its window fits in the day-by-day weeks
    first = entries[0]
    assert first.find("span", "when")[0].content() == "Wed 4 Nov 2026, 18:05"
    assert first.find("span", "what")[0].content().strip() == "shown, noticed by Alex"
    assert first.find("span", "note")[0].content() == "Texted 40 minutes ahead that the train was delayed."
    missed = next(e for e in entries if e.attrs["data-kind"] == "missed")
    assert missed.find("span", "note")[0].content() == 'Came home an hour late.\nNo text; phone was "on silent".'
    checkin = next(e for e in entries if e.attrs["data-kind"] == "checkin")
    assert "check-in (keep, next Mon 30 Nov 2026), by Sam" in checkin.content()


def test_partner_text_is_escaped_everywhere(journal_path):
    html = page.to_html(load(hostile_journal(journal_path)), now=NOW)
    tree = Tree(html)
    tags = Counter(tag for tag, _ in tree.tags)
    for tag in ("script", "img", "i", "b", "em"):
        assert tags[tag] == 0, tag
    assert tags["style"] == 1 and html.count("</style>") == 1
    assert tags["title"] == 1 + 2 + len(tree.root.find("g", "day")) + len(tree.root.find("g", "row"))
    names = {name for _, attrs in tree.tags for name in attrs}
    assert names <= {name for _, attrs in Tree(example_page()).tags for name in attrs}  # none added by text
    assert not any(name.startswith("on") for name in names)
    assert "\x1b" not in html and "\u202e" not in html and "\u202c" not in html
    notes = [n.content() for n in tree.root.find("span", "note")]
    expected = [n.replace("\x1b", "\\x1b").replace("\u202e", "\\u202e").replace("\u202c", "\\u202c")
                for n in HOSTILE_NOTES]
    assert notes == expected  # exactly as written: shown as text, nothing lost
    section = plans_of(tree)["p"]
    assert section.find("h2")[0].content() == "<script>alert(1)</script> title"
    assert "<b>Sam</b>" in tree.root.find("p", "lede")[0].content()
    assert section.find("dd")[0].content() == "<i onmouseover=alert(1)>pattern</i>"
    svg_title = section.find("svg", "days")[0].children[0].content()
    assert svg_title.startswith("<script>alert(1)</script> title: day by day")


def test_lone_surrogates_and_controls_cannot_break_the_page():
    plan = Plan("p", title="a\ud800b\x00c\x85d", opened=NOW.date(), behavior="\u2028line\u2029")
    j = Contents("repair.yaml", people=["\x07Sam"], plans=[plan],
                entries=[Entry("e1", NOW, "p", "shown", "Alex", "x\udfffy")])
    html = page.to_html(j, now=NOW)
    html.encode("utf-8")  # must not raise
    assert "a\\ud800b\\x00c\\x85d" in html and "x\\udfffy" in html and "\\x07Sam" in html
    assert "\u2028" not in html and "\\u2028line\\u2029" in html


def test_private_notes_only_when_given_and_each_marked():
    from repairkit.journal.private import PrivateNote

    notes = [PrivateNote("/j", "late-texts", "2026-11-20T21:00:00+01:00", "note", "I <b>hide</b> it when tired"),
             PrivateNote("/j", "late-texts", "2026-10-01", "note", "before the window"),
             PrivateNote("/j", "tone-when-tired", "2026-11-21", "shown", "mine only")]
    plain = example_page()
    assert "private" not in Tree(plain).root.find("body")[0].content().lower()
    assert "hide" not in plain and "mine only" not in plain
    tree = Tree(example_page(private_notes=notes))
    assert "private notes" in tree.root.find("p", "warning")[0].content()
    sections = plans_of(tree)
    late = sections["late-texts"].find("section", "private")[0]
    items = late.find("li", "entry")
    assert len(items) == 1  # the note from before the window is left out, as in `review --private`
    assert items[0].find("span", "badge")[0].content() == "private"
    assert items[0].find("span", "note")[0].content() == "I <b>hide</b> it when tired"
    assert items[0].find("span", "when")[0].content() == "Fri 20 Nov 2026, 21:00"
    assert sections["tone-when-tired"].find("section", "private")[0].find("span", "note")[0].content() == "mine only"
    assert "No private notes in this window." in sections["phone-at-dinner"].find("section", "private")[0].content()
    assert not Tree(example_page(private_notes=notes)).root.find("b")


def test_a_big_journal_draws_recent_days_and_sums_older_weeks():
    j = big_journal(20000, days=3 * 365)
    html = page.to_html(j, now=NOW)
    assert len(html.encode()) < 5_000_000
    tree = Tree(html)
    from repairkit.review import review

    for r, section in zip(review(j.plans, j.entries, today=NOW.date()), plans_of(tree).values()):
        days = [g for g in section.find("g", "day") if "data-mark" in g.attrs]
        first_monday = NOW.date() - dt.timedelta(days=NOW.weekday(), weeks=page.DAILY_WEEKS - 1)
        assert days[0].attrs["data-date"] == first_monday.isoformat()
        assert len(days) == (NOW.date() - first_monday).days + 1  # the last 8 weeks, to today
        weeks = section.find("svg", "weeks")[0].find("g", "row")
        assert len(weeks) == page.WEEKLY_WEEKS + 1  # and the week of the check-in, 5 days ahead
        months = section.find("svg", "months")[0].find("g", "row")
        assert 10 < len(months) <= page.MONTHLY_LIMIT
        rows = weeks + months
        for key, value in (("shown-witnessed", r.counts.shown_witnessed), ("shown-self", r.counts.shown_self),
                           ("missed", r.counts.missed), ("raised", r.counts.raised)):
            assert sum(int(row.attrs["data-" + key]) for row in rows) == value, key
        firsts = sorted(row.attrs["data-first"] for row in rows)
        assert len(set(firsts)) == len(firsts)
        logged = section.find("li", "entry")
        assert len(logged) == page.LOG_LIMIT
        assert "earlier entries of this window are in the counts above" in section.content()


def test_years_of_journal_are_summed_by_year():
    j = big_journal(3000, days=6 * 365, plans=1)
    section = plans_of(Tree(page.to_html(j, now=NOW)))["plan-0"]
    years = section.find("svg", "years")[0].find("g", "row")
    labels = [row.find("text")[0].content() for row in years]
    assert labels == [str(y) for y in range(NOW.year - 6, NOW.year + 1)][-len(labels):] and len(labels) >= 5
    assert not section.find("svg", "months")


def test_since_and_until_choose_the_window():
    html = example_page(since=dt.date(2026, 11, 16), until=dt.date(2026, 11, 22))
    tree = Tree(html)
    assert tree.root.find("h1")[0].content() == "Repair journal, 16 Nov to 22 Nov 2026"
    late = plans_of(tree)["late-texts"]
    days = [g.attrs["data-date"] for g in late.find("g", "day") if "data-mark" in g.attrs]
    assert days[0] == "2026-11-16" and days[-1] == "2026-11-22"
    assert marks(late) == Counter({"none": 5, "shown_witnessed": 2})
    assert [e.attrs["data-kind"] for e in late.find("li", "entry")] == ["checkin", "shown", "shown"]


def test_an_empty_window_and_an_empty_journal_say_so():
    html = example_page(since=dt.date(2026, 11, 20), until=dt.date(2026, 11, 10))
    assert "Nothing to show: this window starts on Fri 20 Nov 2026, after it ends on Tue 10 Nov 2026." in html
    assert "<svg class=\"chart" not in html
    empty = page.to_html(Contents("repair.yaml"), now=NOW)
    assert "No plans yet." in empty and "Shared by" not in empty


def test_a_bare_plan_still_renders():
    j = Contents("repair.yaml", plans=[Plan("bare")])
    tree = Tree(page.to_html(j, now=NOW))
    section = plans_of(tree)["bare"]
    assert section.find("h2")[0].content() == "bare"
    assert section.find("p", "verdict")[0].content() == "no evidence yet: nothing shown or missed has been " \
                                                         "logged in this window"
    assert marks(section) == Counter({"none": 1})
    assert "the other partner" in section.find("svg", "days")[0].children[1].content()


def test_the_renderer_imports_no_click():
    code = ("import sys, repairkit.export.html; "
            "print([m for m in ('click', 'questionary', 'prompt_toolkit') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# ---------------------------------------------------------- command line ---

def test_format_follows_html_and_htm_and_the_file_is_private(run, journal_path, tmp_path):
    shutil.copy(EXAMPLE, journal_path)
    for name in ("page.html", "page.HTM"):
        r = run("export", "--out", name)
        assert r.exit_code == 0, r.stderr
        data = (tmp_path / name).read_text(encoding="utf-8")
        assert data.startswith("<!doctype html>") and data == example_page()
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    again = run("export", "--out", "page.html")
    assert again.exit_code == 2 and "not replacing" in again.stderr and "hint: pass --yes" in again.stderr
    assert run("export", "-f", "html").stdout == example_page()


def test_plan_since_until_reach_the_page(run, journal_path):
    shutil.copy(EXAMPLE, journal_path)
    r = run("export", "-f", "html", "--plan", "phone", "--since", "2026-11-20", "--until", "2026-11-26")
    assert r.exit_code == 0, r.stderr
    tree = Tree(r.stdout)
    assert list(plans_of(tree)) == ["phone-at-dinner"]
    assert tree.root.find("h1")[0].content() == "Repair journal, 20 Nov to 26 Nov 2026"
    bad = run("export", "-f", "html", "--plan", "nope")
    assert bad.exit_code == 2 and "Traceback" not in bad.stderr


def test_private_is_only_for_html_and_shows_the_users_notes(run, journal_path):
    shutil.copy(EXAMPLE, journal_path)
    assert run("log", "note", "--private", "I go quiet when I'm ashamed", "--plan", "late-texts").exit_code == 0
    for fmt in ("markdown", "json", "ics"):
        r = run("export", "-f", fmt, "--private")
        assert r.exit_code == 2 and "--private is for --format html" in r.stderr and r.stdout == ""
    assert "ashamed" not in run("export", "-f", "html").stdout
    r = run("export", "-f", "html", "--private")
    assert r.exit_code == 0 and r.stderr == ""  # stdout: nothing to warn about
    section = plans_of(Tree(r.stdout))["late-texts"].find("section", "private")[0]
    assert section.find("span", "note")[0].content() == "I go quiet when I'm ashamed"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_private_page_inside_a_git_work_tree_gets_a_warning(run, journal_path, tmp_path):
    shutil.copy(EXAMPLE, journal_path)
    subprocess.run(["git", "init", "-q", str(tmp_path / "notes")], check=True)
    (tmp_path / "outside").mkdir()
    r = run("export", "--private", "--out", "outside/page.html")
    assert r.exit_code == 0 and "git" not in r.stderr
    r = run("export", "--private", "--out", "notes/page.html")
    assert r.exit_code == 0
    assert "inside a git repository" in r.stderr and "private notes" in r.stderr
    r = run("export", "--out", "notes/plain.html")
    assert r.exit_code == 0 and r.stderr == ""  # no private notes, nothing to warn about
    (tmp_path / "notes" / ".gitignore").write_text("ignored.html\n")
    r = run("export", "--private", "--out", "notes/ignored.html")
    assert r.exit_code == 0 and r.stderr == ""  # git would never commit it


# ---------------------------------------------------------------- browser ---

def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def browser(exe: str, profile: Path, *args: str, timeout: float = 90) -> subprocess.CompletedProcess:
    flags = ["--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}"]
    if os.geteuid() == 0:
        flags.append("--no-sandbox")  # Chromium refuses to start as root with its sandbox
    return subprocess.run([exe, *flags, *args], capture_output=True, text=True, timeout=timeout, check=False)


def cannot_run(reason: str):
    """Skip, unless CI installed the browser (.ci/run sets REPAIRKIT_REQUIRE_BROWSER): then it is a failure."""
    if os.environ.get("REPAIRKIT_REQUIRE_BROWSER"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def chromium(tmp_path_factory) -> str:
    exe = find_chromium()
    if exe is None:
        cannot_run("no chromium on this machine: `apt-get install chromium` (.ci/run installs it)")
    folder = tmp_path_factory.mktemp("smoke")
    (folder / "smoke.html").write_text("<!doctype html><title>t</title><p id=x>ok</p>")
    try:
        r = browser(exe, folder / "profile", "--dump-dom", (folder / "smoke.html").as_uri())
    except (OSError, subprocess.TimeoutExpired) as e:
        cannot_run(f"chromium cannot run here: {e}")
    if r.returncode != 0 or 'id="x"' not in r.stdout:
        cannot_run(f"chromium cannot run here (exit {r.returncode}): {r.stderr.strip()[-300:]}")
    return exe


def export_page(journal: Path, out: Path, *args: str) -> Path:
    from conftest import run_repair

    r = run_repair("--journal", str(journal), "export", "--out", str(out), *args, cwd=out.parent,
                   env={"REPAIR_NOW": FIXED_NOW})
    assert r.returncode == 0, r.stderr
    return out


def dump_dom(exe: str, file: Path, tmp_path: Path) -> Tree:
    with tempfile.TemporaryDirectory(dir=tmp_path) as profile:
        r = browser(exe, Path(profile), "--dump-dom", file.as_uri())
    assert r.returncode == 0, r.stderr[-500:]
    return Tree(r.stdout)


@pytest.mark.slow
def test_browser_builds_the_example_page_we_meant(chromium, tmp_path):
    file = export_page(EXAMPLE, tmp_path / "example.html")
    tree = dump_dom(chromium, file, tmp_path)
    sections = plans_of(tree)
    assert list(sections) == list(EXAMPLE_MARKS)
    for plan_id, section in sections.items():
        assert len(section.find("svg", "days")) == 1 and len(section.find("svg", "weeks")) == 1
        drawn = marks(section)
        assert {k: drawn[k] for k in page.MARKS} == EXAMPLE_MARKS[plan_id], plan_id
        assert section.find("p", "verdict")[0].content() == EXAMPLE_VERDICTS[plan_id]
    assert tree.root.find("title")[0].content() == "Repair journal"


@pytest.mark.slow
def test_browser_shows_hostile_notes_as_text_and_runs_nothing(chromium, tmp_path):
    journal = hostile_journal(tmp_path / "hostile.yaml")
    file = export_page(journal, tmp_path / "hostile.html")
    tree = dump_dom(chromium, file, tmp_path)
    tags = Counter(n.tag for n in tree.root.walk())
    assert tags["script"] == 0 and tags["img"] == 0 and tags["style"] == 1
    assert tree.root.find("title")[0].content() == "Repair journal"  # no script changed it
    notes = [n.content() for n in tree.root.find("span", "note")]
    assert "<script>document.title='ran'</script>" in notes
    assert "<img src=x onerror=\"document.title='ran'\">" in notes
    assert all(not any(a.startswith("on") for a in n.attrs) for n in tree.root.walk())


def png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB or RGBA PNG (as Chromium writes them) into rows of RGB bytes."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat.append(chunk)
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line) if bpp == 3 else bytes(b for i, b in enumerate(line) if i % 4 != 3))
        prev = line
    return width, height, rows


def colours(path: Path) -> tuple[int, Counter]:
    """(pixel width, how often each colour appears, sampled on every other pixel of every other row)."""
    width, _, rows = png_pixels(path)
    seen: Counter = Counter()
    for row in rows[::2]:
        seen.update(row[i:i + 3] for i in range(0, len(row), 6))
    return width, seen


def brightness(rgb: bytes) -> float:
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]


@pytest.mark.slow
def test_browser_screenshots_at_phone_and_laptop_width_and_in_dark_mode(chromium, tmp_path):
    file = export_page(EXAMPLE, tmp_path / "example.html")
    shots = {"phone": (390, 1800, ()), "laptop": (1280, 1000, ()), "dark": (1280, 1000, ("--force-dark-mode",
                                                                       "--blink-settings=preferredColorScheme=0"))}
    kept = os.environ.get("REPAIRKIT_SCREENSHOTS")  # a folder to keep them in, to look at
    for name, (width, height, extra) in shots.items():
        png = tmp_path / f"{name}.png"
        with tempfile.TemporaryDirectory(dir=tmp_path) as profile:
            r = browser(chromium, Path(profile), f"--window-size={width},{height}", f"--screenshot={png}", *extra,
                        file.as_uri())
        assert r.returncode == 0 and png.is_file(), r.stderr[-500:]
        if kept:
            shutil.copy(png, Path(kept) / png.name)
        got_width, seen = colours(png)
        assert got_width == width
        background, share = seen.most_common(1)[0]
        total = sum(seen.values())
        assert len(seen) > 50, f"{name}: only {len(seen)} colours: blank?"
        assert share / total < 0.9, f"{name}: {share / total:.0%} of the screenshot is one colour"
        # the marks' own colours are there: the blue of what was shown and the orange of a miss
        blue = sum(n for rgb, n in seen.items() if rgb[2] > rgb[0] + 60 and rgb[2] > 120)
        orange = sum(n for rgb, n in seen.items() if rgb[0] > rgb[2] + 80 and rgb[0] > 150)
        assert blue > 50 and orange > 5, (name, blue, orange)
        if name == "dark":
            assert brightness(background) < 50, f"dark mode background {background.hex()}"
        else:
            assert brightness(background) > 220, f"{name} background {background.hex()}"
