"""The journal engine: loading, validation and byte-preserving writes, in-process."""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import os
import stat
from pathlib import Path

import pytest

from repairkit.journal import store
from repairkit.journal import cache, validate
from repairkit import journal
from repairkit.errors import JournalError
from repairkit.model import Entry, Plan

PLAN_BLOCK = """\
  - id: p
    title: T
    opened: 2026-11-01
    repairing: Sam
    hurt: Alex
    pattern: P
    fear: reliability
    behavior: I text when plans change.
    raise_it: R
    check_in: 2026-11-15
"""

LAYOUTS = {
    "plain": "version: 1\npeople: [Sam, Alex]\nplans:\n" + PLAN_BLOCK + "log:\n  - {id: a1, at: 2026-11-02, plan: p, kind: shown, by: Alex}\n",
    "no-final-newline": "version: 1\nplans:\n" + PLAN_BLOCK + "log:\n  - id: a1\n    at: 2026-11-02\n    plan: p\n    kind: shown",
    "crlf": ("version: 1\nplans:\n" + PLAN_BLOCK + "log:\n  - id: a1\n    at: 2026-11-02\n    plan: p\n    kind: shown\n").replace("\n", "\r\n"),
    "log-before-plans": "version: 1\nlog:\n  - id: a1\n    at: 2026-11-02\n    plan: p\n    kind: shown\n\nplans:\n" + PLAN_BLOCK,
    "no-log-yet": "version: 1\nplans:\n" + PLAN_BLOCK + "# nothing logged yet\n",
    "empty-log": "version: 1\nplans:\n" + PLAN_BLOCK + "log:\n",
    "null-log": "version: 1\nplans:\n" + PLAN_BLOCK + "log: ~   # none yet\n# trailing comment\n",
    "empty-flow-log": "version: 1\nplans:\n" + PLAN_BLOCK + "log: []\n",
    "unindented": "version: 1\nplans:\n- id: p\n  title: T\n  fear: respect\nlog:\n- id: a1\n  at: 2026-11-02\n  plan: p\n  kind: shown\n",
    "doc-markers": "%YAML 1.2\n---\nversion: 1\nplans:\n" + PLAN_BLOCK + "log:\n  - {id: a1, at: 2026-11-02, plan: p, kind: shown}\n...\n",
    "unicode-bom": "\ufeff# Zoë & Jürgen 💬\nversion: 1\npeople: [Zoë, Jürgen]\nplans:\n" + PLAN_BLOCK.replace("Sam", "Zoë") + "log:\n  - id: a1\n    at: 2026-11-02\n    plan: p\n    kind: shown\n    note: \"Schön — 日本\"\n",
    "flow-log": "version: 1\nplans:\n" + PLAN_BLOCK + "log: [{id: a1, at: 2026-11-02, plan: p, kind: shown}]  # flow\n",
    "block-scalar-last": "version: 1\nplans:\n" + PLAN_BLOCK + "log:\n  - id: a1\n    at: 2026-11-02\n    plan: p\n    kind: missed\n    note: |\n      two\n      lines\n\n# end\n",
    "wide-indent": "version: 1\nplans:\n    -   id: p\n        title: T\nlog:\n    -   id: a1\n        at: 2026-11-02\n        plan: p\n        kind: shown\n",
    "comments-between": "version: 1\n# plans below\nplans:\n" + PLAN_BLOCK + "\n\n# the log\nlog:\n  # first one\n  - id: a1   # hello\n    at: 2026-11-02\n    plan: p\n    kind: shown\n    # a comment inside\n# after\n",
}


def changed_lines(before: str, after: str) -> list:
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    if a and not a[-1].endswith(("\n", "\r\n")):
        a[-1] += "\r\n" if "\r\n" in before else "\n"
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    return [(tag, a[i1:i2]) for tag, i1, i2, _, _ in ops if tag in ("replace", "delete")]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "repair.yaml"
    path.write_bytes(text.encode("utf-8"))
    return path


def add_entry(path: Path, eid: str, note: str = "Added by the test") -> None:
    with journal.writing(path) as w:
        w.add_entry(Entry(id=eid, at=dt.date(2026, 11, 20), plan="p", kind="shown", by="Alex", note=note))


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_append_keeps_every_existing_line(tmp_path, name):
    text = LAYOUTS[name]
    path = write(tmp_path, text)
    add_entry(path, "enew1")
    add_entry(path, "enew2", note="Second: with a colon, and # hash")
    after = path.read_bytes().decode("utf-8")
    if name in ("null-log", "empty-flow-log", "flow-log"):
        # The empty marker (`~`, `[]`) or the flow list line itself is the one line that changes.
        assert len(changed_lines(text, after)) <= 1
    else:
        assert changed_lines(text, after) == []
    loaded = journal.load(path, use_cache=False)
    ids = [e.id for e in loaded.journal.entries]
    assert ids[-2:] == ["enew1", "enew2"]
    assert loaded.journal.entries[-1].note == "Second: with a colon, and # hash"
    if "\r\n" in text:
        assert after.count("\r\n") == after.count("\n")
    if text.startswith("\ufeff"):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_append_plan_keeps_every_existing_line(tmp_path, name):
    text = LAYOUTS[name]
    path = write(tmp_path, text)
    with journal.writing(path) as w:
        w.add_plan(Plan(id="second", title="Phone at dinner", opened=dt.date(2026, 11, 20), fear="respect",
                        behavior="I leave my phone in the hall.", check_in=dt.date(2026, 12, 4)))
    add_entry(path, "enew1")
    after = path.read_bytes().decode("utf-8")
    assert len(changed_lines(text, after)) <= (1 if name in ("null-log", "empty-flow-log", "flow-log") else 0)
    j = journal.load(path, use_cache=False).journal
    assert [p.id for p in j.plans] == ["p", "second"]
    assert j.plans[1].check_in == dt.date(2026, 12, 4)


@pytest.mark.parametrize("value", [
    "plain words", "colon: inside", "hash # inside", "#leading hash", "- dash", "yes", "no", "null", "~",
    "true", "12", "1e5", "0x1F", "2026-11-20", "  spaces  ", "quote \" and ' both", "back\\slash",
    "line\nbreak", "tab\tinside", "ESC \x1b[31m red", "C1 \x85 \x9b", "bidi \u202e reversed", "emoji 💬 ok",
    "[brackets]", "{braces}", "a, b, c", "@at", "`tick", "%percent", "&anchor", "*alias", "!tag", "|pipe", ">gt",
    "? question", "ends with colon:", "", "'", '"',
])
def test_any_text_reads_back_exactly(tmp_path, value):
    path = write(tmp_path, LAYOUTS["plain"])
    add_entry(path, "enew1", note=value)
    entries = journal.load(path, use_cache=False).journal.entries
    assert entries[-1].note == (value if value != "" else None) or (value == "" and entries[-1].note == "")


def test_new_journal_is_private_and_refuses_overwrite(tmp_path):
    path = tmp_path / "repair.yaml"
    old = os.umask(0o022)
    try:
        store.create_new(path, b"version: 1\nplans:\nlog:\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(JournalError):
        store.create_new(path, b"version: 1\n")


def test_write_keeps_the_files_mode(tmp_path):
    path = write(tmp_path, LAYOUTS["plain"])
    path.chmod(0o640)
    add_entry(path, "enew1")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_write_leaves_no_temp_files(tmp_path):
    path = write(tmp_path, LAYOUTS["plain"])
    add_entry(path, "enew1")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "repair.yaml"]


def test_stale_temp_from_a_killed_write_is_removed(tmp_path):
    path = write(tmp_path, LAYOUTS["plain"])
    stale = tmp_path / (store.TEMP_PREFIX + "abc")
    stale.write_text("half a journal")
    add_entry(path, "enew1")
    assert not stale.exists()


def test_invalid_journal_is_never_written(tmp_path):
    text = LAYOUTS["plain"].replace("kind: shown", "kind: forgave")
    path = write(tmp_path, text)
    with pytest.raises(JournalError) as info:
        add_entry(path, "enew1")
    assert info.value.line == 15 and "forgave" in info.value.message
    assert path.read_text() == text


def test_edit_plan_fields_touches_only_those_values(tmp_path):
    text = LAYOUTS["comments-between"]
    path = write(tmp_path, text)
    with journal.writing(path) as w:
        w.set_plan_fields("p", {"check_in": dt.date(2026, 12, 1), "status": "repaired"})
    after = path.read_text()
    changed = changed_lines(text, after)
    assert changed == [("replace", ["    check_in: 2026-11-15\n"])]
    assert "    status: repaired\n" in after
    plan = journal.load(path, use_cache=False).journal.plans[0]
    assert (plan.check_in, plan.status) == (dt.date(2026, 12, 1), "repaired")


def test_cache_is_used_only_for_identical_bytes(tmp_path):
    path = write(tmp_path, LAYOUTS["plain"])
    first = journal.load(path)
    cache_files = list((tmp_path / "home" / ".cache" / "repairkit" / "journals").iterdir())
    assert len(cache_files) == 1 and stat.S_IMODE(cache_files[0].stat().st_mode) == 0o600
    # Same length, different content: must be parsed afresh, not served from the cache.
    path.write_text(LAYOUTS["plain"].replace("kind: shown", "kind: mssed"))
    with pytest.raises(JournalError):
        journal.load(path)
    assert first.journal.entries[0].kind == "shown"


def test_cache_after_append_matches_a_fresh_parse(tmp_path):
    path = write(tmp_path, LAYOUTS["log-before-plans"])
    journal.load(path)
    add_entry(path, "enew1")
    with journal.writing(path) as w:
        w.add_plan(Plan(id="q", title="Q", fear="honesty"))
    add_entry(path, "enew2")
    cached = journal.load(path)
    fresh = journal.load(path, use_cache=False)
    def without_lines(records):
        return [dataclasses.replace(r, line=None) for r in records]

    assert without_lines(cached.journal.entries) == without_lines(fresh.journal.entries)
    assert without_lines(cached.journal.plans) == without_lines(fresh.journal.plans)
    assert cached.points == fresh.points and cached.plan_spans == fresh.plan_spans


def test_stored_dates_in_every_written_form(tmp_path):
    text = LAYOUTS["plain"] + "".join(
        f"  - id: d{i}\n    at: {v}\n    plan: p\n    kind: note\n" for i, v in enumerate([
            "2026-11-02", "'2026-11-02'", '"2026-11-02T18:05"', "2026-11-02T18:05:00+01:00",
            "2026-11-02 18:05:00", "2026-11-02T18:05:00Z", "2026-1-2", "2026-11-02T18:05:00.123-05:30"]))
    path = write(tmp_path, text)
    entries = journal.load(path, use_cache=False).journal.entries
    assert [e.day for e in entries[1:]] == [dt.date(2026, 11, 2)] * 6 + [dt.date(2026, 1, 2), dt.date(2026, 11, 2)]
    assert entries[4].at.utcoffset() == dt.timedelta(hours=1)
    assert entries[8].at.utcoffset() == dt.timedelta(hours=-5, minutes=-30)


def test_cache_delta_chain_survives_many_appends_and_pruning(tmp_path):
    path = write(tmp_path, LAYOUTS["plain"])
    journal.load(path)
    for n in range(cache.MAX_CHAIN + 5):
        add_entry(path, f"echain{n}")
    cached = journal.load(path)
    assert [e.id for e in cached.journal.entries][-3:] == [f"echain{n}" for n in range(cache.MAX_CHAIN + 2,
                                                                                        cache.MAX_CHAIN + 5)]
    assert len(cached.journal.entries) == cache.MAX_CHAIN + 6
    # Lose every cache file but the newest: the chain is broken, so the journal is parsed afresh.
    folder = tmp_path / "home" / ".cache" / "repairkit" / "journals"
    add_entry(path, "elast")
    newest = max(folder.iterdir(), key=lambda p: p.stat().st_mtime)
    for f in folder.iterdir():
        if f != newest:
            f.unlink()
    again = journal.load(path)
    assert [e.id for e in again.journal.entries][-1] == "elast"
    assert len(again.journal.entries) == cache.MAX_CHAIN + 7


ROUNDTRIP = Path(__file__).resolve().parent / "data" / "roundtrip"


@pytest.mark.parametrize("name", sorted([*LAYOUTS, *(f"file:{p.name}" for p in ROUNDTRIP.glob("*.yaml"))]))
def test_cached_text_model_after_writes_matches_a_fresh_parse(tmp_path, name):
    """The parse cache keeps the text model (where every section and item is) and moves it along with
    each append and plan edit instead of reading the file again: it must be what a fresh read finds."""
    text = (ROUNDTRIP / name[5:]).read_text(encoding="utf-8-sig") if name.startswith("file:") else LAYOUTS[name]
    path = write(tmp_path, text)
    try:
        first = journal.load(path)
    except JournalError:
        pytest.skip("this layout is not a valid journal on its own")
    plan_id = first.contents.plans[0].id if first.contents.plans else None
    simple = all(p.mode == "block" and p.lead == "" and not p.remove for p in first.points.values())
    for n in range(3):
        if plan_id is None:
            break
        with journal.writing(path) as w:
            w.add_entry(Entry(id=f"ecache{n}", at=dt.datetime(2026, 11, 20, 9, n, tzinfo=dt.timezone.utc),
                              plan=plan_id, kind="shown", by="Alex", note=f"Note {n}, ü"))
            if n == 1:
                w.set_plan_fields(plan_id, {"check_in": dt.date(2026, 12, 24), "status": "paused"})
    with journal.writing(path) as w:
        w.add_plan(Plan(id="qcache", title="Q é", fear="honesty", opened=dt.date(2026, 11, 1)))
    cached = journal.load(path)
    fresh, problems = validate.parse(path, path.read_bytes())
    assert not problems, problems
    model = cached.document()
    if model is None:  # a change the cache can't describe simply (a list's first item, a line without
        assert not simple  # its newline, a new `log:` key): the next read parses afresh
        return
    assert model.rows() == fresh.doc.rows()
    for a, b in zip(model.sections, fresh.doc.sections):
        assert (a.lead, a.body, a.header, a.header_open) == (b.lead, b.body, b.header, b.header_open)
        assert [(i.id, i.lead, i.own, i.dash, i.plan, i.when) for i in a.items or []] == \
            [(i.id, i.lead, i.own, i.dash, i.plan, i.when) for i in b.items or []]


def test_random_writes_through_the_cache_read_back_as_a_fresh_parse(tmp_path):
    """Generated journals of every layout the fuzzer makes, then random sequences of appends, plan
    edits and new plans, each write starting from what the cache holds: what a command then reads
    (records, append points, plan places, the text model) is what a fresh read of the bytes finds."""
    import random

    from fuzz_mutate import generate

    from conftest import quick

    rng = random.Random(20261202)
    checked = 0
    for n in range(30 if quick() else 120):
        g = generate(rng)
        if not g.plans:
            continue
        path = tmp_path / f"j{n}.yaml"
        path.write_bytes(g.data)
        try:
            journal.load(path)
        except JournalError:
            continue
        ids = [p["id"] for p in g.plans]
        for step in range(rng.randint(1, 6)):
            try:
                with journal.writing(path) as w:
                    for _ in range(rng.randint(1, 3)):
                        op = rng.random()
                        if op < 0.6:
                            w.add_entry(Entry(id=f"e{n}x{step}x{rng.randrange(10**6)}", at=dt.date(2026, 11, 20),
                                              plan=rng.choice(ids), kind="shown", by="Alex", note="ok"))
                        elif op < 0.85:
                            w.set_plan_fields(rng.choice(ids), {"check_in": dt.date(2026, 12, rng.randint(1, 28)),
                                                                "status": rng.choice(["active", "paused"])})
                        else:
                            new = f"q{n}x{step}x{rng.randrange(10**6)}"
                            w.add_plan(Plan(id=new, title="New", fear="other", opened=dt.date(2026, 11, 1)))
                            ids.append(new)
            except JournalError:
                break  # a layout the tool refuses to add to (a tab, a flow top level): nothing written
            cached = journal.load(path)
            fresh, problems = validate.parse(path, path.read_bytes())
            assert not problems, (problems, path.read_text())
            key = lambda r: dataclasses.replace(r, line=None)  # noqa: E731
            assert [key(p) for p in cached.contents.plans] == [key(p) for p in fresh.contents.plans]
            assert [key(e) for e in cached.contents.entries] == [key(e) for e in fresh.contents.entries]
            assert cached.points == fresh.points and cached.plan_spans == fresh.plan_spans
            model = cached.document()
            if model is not None:
                assert model.rows() == fresh.doc.rows()
            checked += 1
    assert checked > (25 if quick() else 100)


def test_cache_rows_make_back_the_very_same_entries():
    import datetime as dt

    from repairkit.journal import cache
    from repairkit.model import Entry

    tz = dt.timezone(dt.timedelta(hours=-5))
    entries = [
        Entry("e-1", dt.date(2026, 3, 4), "late", "shown", by="Alex", note="Texted.", line=12),
        Entry("e-2", dt.datetime(2026, 3, 4, 21, 5), "late", "missed"),
        Entry("e-3", dt.datetime(2026, 3, 5, 8, 0, 30, tzinfo=tz), "late", "checkin", by="Sam", note="Fine.",
              outcome="adjust", next=dt.date(2026, 3, 19), line=40, extra={"mood": "calm"}),
    ]
    rows = [cache.entry_row(e) for e in entries]
    assert cache.entries_from_rows(rows) == entries
    assert [type(e.at) for e in cache.entries_from_rows(rows)] == [dt.date, dt.datetime, dt.datetime]
