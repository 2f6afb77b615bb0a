"""The journal merge, in-process: union by id, field-wise plans, comments, convergence, conflicts.

Real git is in test_sync_git.py; here the merge is driven directly, through
`repair merge-driver` on files, and through `repair resolve` on files that
carry git's conflict markers.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from conftest import quick
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repairkit.journal import cache, validate
from repairkit import journal, sync
from repairkit.errors import JournalError, MergeError

HEADER = """\
# Our repair journal, kept by repairkit.
version: 1
people: [Sam, Alex]

# Plans: the pattern, one visible behavior, how to raise it, a check-in.
plans:
"""

PLAN = """\
  - id: {id}
    title: {title}
    opened: 2026-11-20
    repairing: Sam
    hurt: Alex
    pattern: When plans change I go quiet and turn up late.
    fear: reliability
    behavior: When plans change, I text as soon as I know.
    raise_it: Alex says "the text thing" and we talk that evening.
    check_in: 2026-12-04
    status: active
"""

LOG_HEADER = """
# Evidence, oldest first.
log:
"""


def entry(eid: str, day: int = 22, hour: int = 18, kind: str = "shown", by: str = "Alex", plan: str = "late",
          note: str | None = None) -> str:
    text = (f"  - id: {eid}\n    at: 2026-11-{day:02d}T{hour:02d}:05:00+01:00\n    plan: {plan}\n"
            f"    kind: {kind}\n    by: {by}\n")
    return text + (f"    note: {note}\n" if note else "")


def journal_text(entries: list[str] = (), plans: tuple[str, ...] = ("late",)) -> str:
    return HEADER + "".join(PLAN.format(id=p, title=f"Plan {p}") for p in plans) + LOG_HEADER + "".join(entries)


BASE = journal_text([entry("e1"), entry("e2", day=23, by="Sam", note="Texted from the train.")])


def same_as_a_parse(snap) -> None:
    """A record made from a merge's pieces (journal/assemble.py) is exactly what reading its bytes gives."""
    fresh, problems = validate.parse(snap.path, snap.data)
    assert not problems, problems
    assert snap.sha == fresh.sha
    assert (snap.contents.version, snap.contents.people) == (fresh.contents.version, fresh.contents.people)
    assert snap.contents.plans == fresh.contents.plans  # lines included
    assert snap.contents.entries == fresh.contents.entries
    assert snap.entry_rows() == [cache.entry_row(e) for e in fresh.contents.entries]
    assert snap.points == fresh.points and snap.plan_spans == fresh.plan_spans
    assert snap.doc_rows() == fresh.doc.rows()


@pytest.fixture(autouse=True)
def assembled(monkeypatch) -> list[bool]:
    """Every merge in these tests: when its record is made from the pieces instead of a parse, that
    record is checked against a parse. Returns, per clean merge, whether a record was made."""
    from repairkit.journal import assemble

    real, made = assemble.assemble, []

    def checked(parts, *, bom, shown):
        snap = real(parts, bom=bom, shown=shown)
        if snap is not None:
            same_as_a_parse(snap)
        made.append(snap is not None)
        return snap

    monkeypatch.setattr(assemble, "assemble", checked)
    return made


def merged(base: str | None, ours: str, theirs: str) -> sync.MergeResult:
    return sync.merge(base.encode() if base is not None else None, ours.encode(), theirs.encode())


def both_ways(base: str | None, ours: str, theirs: str) -> str:
    """Merge as each partner would, check they agree byte for byte, and that the result loads."""
    one = merged(base, ours, theirs)
    two = merged(base, theirs, ours)
    assert one.clean and two.clean, (one.conflicts, two.conflicts)
    assert one.data == two.data
    _, problems = validate.parse(Path("repair.yaml"), one.data, "")
    assert not problems, problems
    return one.data.decode()


def ids(text: str) -> list[str]:
    return re.findall(r"^\s*- id: (\S+)", text, re.MULTILINE)


def entry_ids(text: str) -> list[str]:
    return [i for i in ids(text) if i.startswith("e")]


# ------------------------------------------------------------------ log union ---

def test_both_append_entries_union_in_date_order():
    ours = BASE + entry("e3", day=24, by="Sam")
    theirs = BASE + entry("e4", day=23, hour=20, kind="missed")
    text = both_ways(BASE, ours, theirs)
    assert entry_ids(text) == ["e1", "e2", "e4", "e3"]
    assert text.startswith(BASE)  # everything that was there stays byte for byte


def test_each_side_keeps_its_own_order_when_interleaving():
    ours = BASE + entry("e5", day=25) + entry("e3", day=24)  # back-dated entry logged second
    theirs = BASE + entry("e4", day=24, hour=12)
    text = both_ways(BASE, ours, theirs)
    assert entry_ids(text) == ["e1", "e2", "e4", "e5", "e3"]


def test_one_side_unchanged_gives_the_other_side_exactly():
    theirs = BASE + entry("e3", day=21) + entry("e0", day=20)
    assert merged(BASE, BASE, theirs).data == theirs.encode()
    assert merged(BASE, theirs, BASE).data == theirs.encode()
    assert merged(BASE, theirs, theirs).data == theirs.encode()


def test_same_entry_added_on_both_sides_is_kept_once():
    new = entry("e3", day=24)
    text = both_ways(BASE, BASE + new, BASE + new + entry("e4", day=25))
    assert entry_ids(text) == ["e1", "e2", "e3", "e4"]


def test_first_entries_into_an_empty_log_in_each_style():
    for empty in ("log:\n", "log: []\n", "log: ~   # nothing yet\n"):
        base = journal_text().replace("log:\n", empty)
        ours = journal_text([entry("e1", day=22)])
        theirs = journal_text([entry("e2", day=21)])
        text = both_ways(base, ours, theirs)
        assert entry_ids(text) == ["e2", "e1"]


def test_no_common_ancestor_both_started_the_same_journal():
    start = journal_text()
    text = both_ways("", start + entry("e1"), start + entry("e2", day=21))
    assert entry_ids(text) == ["e2", "e1"]


def test_entries_travel_with_the_comments_above_them():
    ours = BASE + "  # the train was late again\n" + entry("e3", day=24, by="Sam")
    theirs = BASE + entry("e4", day=23, hour=20)
    text = both_ways(BASE, ours, theirs)
    assert "  - id: e4" in text.split("# the train was late again")[0]
    assert text.split("# the train was late again\n")[1].startswith("  - id: e3")


def test_comments_and_layout_kept_from_both_sides():
    ours = BASE.replace("# Our repair journal, kept by repairkit.", "# Our journal. Be kind.") + entry("e3", 24)
    theirs = BASE.replace("    title: Plan late\n", "    title: Plan late   # we named it together\n")
    text = both_ways(BASE, ours, theirs)
    assert "# Our journal. Be kind." in text and "# we named it together" in text and "  - id: e3" in text


def test_comment_changed_differently_on_both_sides_keeps_both():
    ours = BASE.replace("# Evidence, oldest first.", "# Evidence, oldest first. (Sam)")
    theirs = BASE.replace("# Evidence, oldest first.", "# Evidence, oldest first. (Alex)")
    text = both_ways(BASE, ours, theirs)
    assert "(Sam)" in text and "(Alex)" in text


def test_other_side_reindented_the_log():
    theirs = BASE.replace("\n  - id: e", "\n    - id: e").replace("\n    at:", "\n      at:") \
        .replace("\n    plan: late\n", "\n      plan: late\n").replace("\n    kind:", "\n      kind:") \
        .replace("\n    by:", "\n      by:").replace("\n    note:", "\n      note:")
    assert theirs != BASE
    assert validate.parse(Path("t"), theirs.encode(), "")[1] == []
    ours = BASE + entry("e3", day=24)
    text = both_ways(BASE, ours, theirs)
    assert entry_ids(text) == ["e1", "e2", "e3"]
    assert "\n    - id: e3\n      at: 2026-11-24" in text  # the new entry follows the new indentation


def test_crlf_and_bom_are_kept():
    def crlf(s: str) -> str:
        return "\ufeff" + s.replace("\n", "\r\n")

    text = both_ways(crlf(BASE), crlf(BASE + entry("e3", 24)), crlf(BASE + entry("e4", 25)))
    assert text.startswith("\ufeff") and "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert entry_ids(text) == ["e1", "e2", "e3", "e4"]


def test_no_final_newline_on_one_side():
    ours = (BASE + entry("e3", 24)).rstrip("\n")
    text = both_ways(BASE, ours, BASE + entry("e4", 25))
    assert entry_ids(text) == ["e1", "e2", "e3", "e4"]


def test_one_entry_edited_on_both_sides_merges_field_by_field():
    ours = BASE.replace("    note: Texted from the train.\n", "    note: Texted from the train, early.\n")
    theirs = BASE.replace("plan: late\n    kind: shown\n    by: Sam", "plan: late\n    kind: raised\n    by: Sam")
    text = both_ways(BASE, ours, theirs)
    assert "    kind: raised\n    by: Sam\n    note: Texted from the train, early.\n" in text


def test_block_scalars_merge_as_one_field():
    base = BASE.replace("    pattern: When plans change I go quiet and turn up late.\n",
                        "    pattern: |\n      When plans change\n      I go quiet.\n\n")
    ours = base.replace("I go quiet.", "I go quiet and turn up late.")
    theirs = base.replace("status: active", "status: paused")
    text = both_ways(base, ours, theirs)
    assert "      I go quiet and turn up late.\n\n    fear:" in text and "status: paused" in text


def test_a_flow_style_log_can_only_be_merged_whole():
    base = journal_text().replace("log:\n", "log: [{id: e1, at: 2026-11-22, plan: late, kind: shown}]\n")
    ours = base.replace("}]", "}, {id: e2, at: 2026-11-23, plan: late, kind: shown}]")
    theirs = base.replace("}]", "}, {id: e3, at: 2026-11-24, plan: late, kind: shown}]")
    result = merged(base, ours, theirs)
    assert [c.where for c in result.conflicts] == ["top-level `log`"]
    assert "e2" in result.data.decode() and "e3" in result.data.decode()


# -------------------------------------------------------------- deletions ---

def test_deleting_an_entry_by_hand_is_honoured():
    ours = BASE.replace(entry("e1"), "")
    theirs = BASE + entry("e3", day=24)
    text = both_ways(BASE, ours, theirs)
    assert entry_ids(text) == ["e2", "e3"]


def test_deleted_on_one_side_but_edited_on_the_other_is_kept():
    ours = BASE.replace(entry("e1"), "")
    theirs = BASE.replace("    by: Alex\n", "    by: Alex\n    note: Fixed a typo.\n", 1)
    one = merged(BASE, ours, theirs)
    assert one.clean and "e1" in entry_ids(one.data.decode())
    assert any("e1" in n and "removed" in n for n in one.notes)
    assert one.data == merged(BASE, theirs, ours).data


def test_deleted_plan_still_used_by_a_new_entry_is_kept():
    base = journal_text([entry("e1")], plans=("late", "calls"))
    ours = journal_text([entry("e1")], plans=("late",))
    theirs = journal_text([entry("e1"), entry("e2", plan="calls", day=24)], plans=("late", "calls"))
    one = merged(base, ours, theirs)
    assert one.clean and ids(one.data.decode()).count("calls") == 1
    assert any("calls" in n for n in one.notes)
    both_ways(base, ours, theirs)


def test_deleted_plan_nobody_uses_stays_deleted():
    base = journal_text([entry("e1")], plans=("late", "calls"))
    ours = journal_text([entry("e1")], plans=("late",))
    theirs = journal_text([entry("e1"), entry("e2", day=24)], plans=("late", "calls"))
    text = both_ways(base, ours, theirs)
    assert "calls" not in ids(text) and entry_ids(text) == ["e1", "e2"]


# ------------------------------------------------------------------ plans ---

def test_plan_added_on_one_side_is_carried_over():
    ours = journal_text([entry("e1"), entry("e2", day=23, by="Sam", note="Texted from the train.")],
                        plans=("late", "calls"))
    theirs = BASE + entry("e3", day=24)
    text = both_ways(BASE, ours, theirs)
    assert ids(text)[:2] == ["late", "calls"] and entry_ids(text) == ["e1", "e2", "e3"]


def test_plans_added_on_both_sides_both_land():
    ours = journal_text(plans=("late", "calls"))
    theirs = journal_text(plans=("late", "dishes"))
    text = both_ways(journal_text(), ours, theirs)
    assert [i for i in ids(text) if not i.startswith("e")] == ["late", "calls", "dishes"]


def test_different_fields_of_one_plan_merge():
    ours = BASE.replace("check_in: 2026-12-04", "check_in: 2026-12-11")
    theirs = BASE.replace("status: active", "status: paused") \
        .replace("    fear: reliability\n", "    fear: reliability\n    impact: Alex waited alone.\n")
    text = both_ways(BASE, ours, theirs)
    assert "check_in: 2026-12-11" in text and "status: paused" in text and "impact: Alex waited alone." in text


def test_same_change_on_both_sides_is_no_conflict():
    ours = BASE.replace("status: active", "status: repaired") + entry("e3", 24)
    theirs = BASE.replace("status: active", "status: repaired")
    assert "status: repaired" in both_ways(BASE, ours, theirs)


def test_reformatting_on_one_side_and_a_change_on_the_other():
    ours = BASE.replace("check_in: 2026-12-04", "check_in: '2026-12-04'")  # same date, quoted
    theirs = BASE.replace("check_in: 2026-12-04", "check_in: 2026-12-18")
    assert "check_in: 2026-12-18" in both_ways(BASE, ours, theirs)


def test_same_field_changed_differently_is_a_true_conflict_on_that_field_only():
    ours = BASE.replace("check_in: 2026-12-04", "check_in: 2026-12-11") + entry("e3", 24)
    theirs = BASE.replace("check_in: 2026-12-04", "check_in: 2026-12-18").replace("active", "paused")
    result = merged(BASE, ours, theirs)
    assert [(c.plan, c.field) for c in result.conflicts] == [("late", "check_in")]
    text = result.data.decode()
    assert text.count("<<<<<<<") == 1
    block = text[text.index("<<<<<<<"):text.index(">>>>>>>")]
    assert "check_in: 2026-12-11" in block and "check_in: 2026-12-18" in block
    assert "status" not in block and "e3" not in block
    assert "status: paused" in text and "  - id: e3" in text  # everything else is merged
    for keep in ("2026-12-11", "2026-12-18"):  # choosing either side gives a valid journal
        other = "2026-12-18" if keep == "2026-12-11" else "2026-12-11"
        chosen = re.sub(r"<<<<<<< .*\n|=======\n|>>>>>>> .*\n", "", text).replace(f"    check_in: {other}\n", "")
        assert validate.parse(Path("x"), chosen.encode(), "")[1] == []


def test_conflict_on_the_first_line_of_a_plan_keeps_the_dash_inside_the_markers():
    base = BASE.replace("  - id: late\n    title: Plan late\n", "  - title: Plan late\n    id: late\n")
    ours = base.replace("title: Plan late", "title: Late again")
    theirs = base.replace("title: Plan late", "title: Late, no text")
    result = merged(base, ours, theirs)
    assert [c.field for c in result.conflicts] == ["title"]
    assert "<<<<<<< ours: plan 'late', field `title`\n  - title: Late again\n=======\n  - title: Late, no text\n" \
        in result.data.decode()


def test_top_level_people_changed_differently_is_a_conflict():
    ours = BASE.replace("people: [Sam, Alex]", "people: [Sam, Alex, Kit]")
    theirs = BASE.replace("people: [Sam, Alex]", "people: [Sam, Alexandra]")
    result = merged(BASE, ours, theirs)
    assert [c.field for c in result.conflicts] == ["people"]


# -------------------------------------------------------- bad input ---

@pytest.mark.parametrize("broken", [
    "version: 1\nplans:\n  - id: late\n\ttitle: tab\n",  # not YAML
    BASE + "  - id: e9\n    at: 2026-11-30\n    plan: late\n    kind: shwn\n",  # not a valid journal
    "<<<<<<< HEAD\n" + BASE + "=======\n" + BASE + ">>>>>>> other\n",  # markers
    "",
])
def test_a_side_that_does_not_load_stops_the_merge(broken):
    for o, t, which in ((broken, BASE, "our version"), (BASE, broken, "their version")):
        with pytest.raises(sync.MergeError) as info:
            merged(BASE, o, t)
        assert which in info.value.message


def test_a_base_that_does_not_load_is_tolerated():
    text = both_ways("version: [", BASE + entry("e3", 24), BASE + entry("e4", 25))
    assert entry_ids(text) == ["e1", "e2", "e3", "e4"]


# --------------------------------------------------------- merge-driver ---

def write_three(tmp_path: Path, base: str, ours: str, theirs: str) -> tuple[Path, Path, Path]:
    paths = []
    for name, text in (("base", base), ("ours", ours), ("theirs", theirs)):
        p = tmp_path / f".merge_file_{name}"
        p.write_bytes(text.encode())
        paths.append(p)
    return tuple(paths)


def test_merge_driver_writes_the_merge_over_ours(run, tmp_path):
    b, o, t = write_three(tmp_path, BASE, BASE + entry("e3", 24), BASE + entry("e4", 25))
    result = run("merge-driver", str(b), str(o), str(t), "repair.yaml")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    assert entry_ids(o.read_text()) == ["e1", "e2", "e3", "e4"]
    assert t.read_text() == BASE + entry("e4", 25)


def test_merge_driver_true_conflict_exits_1_with_markers(run, tmp_path):
    ours = BASE.replace("status: active", "status: paused")
    theirs = BASE.replace("status: active", "status: repaired")
    b, o, t = write_three(tmp_path, BASE, ours, theirs)
    result = run("merge-driver", str(b), str(o), str(t), "notes/repair.yaml")
    assert result.exit_code == 1
    assert "notes/repair.yaml" in result.stderr and "plan 'late', field `status`" in result.stderr
    text = o.read_text()
    assert "<<<<<<< ours: plan 'late', field `status`\n    status: paused\n=======\n    status: repaired\n" in text


def test_merge_driver_refuses_a_broken_side_and_leaves_ours_alone(run, tmp_path):
    theirs = BASE + "  - id: e9\n    at: 2026-11-30\n    plan: nope\n    kind: shown\n"
    ours = BASE + entry("e3", 24)
    b, o, t = write_three(tmp_path, BASE, ours, theirs)
    result = run("merge-driver", str(b), str(o), str(t), "repair.yaml")
    assert result.exit_code == 3
    assert len(result.stderr.strip().splitlines()) == 1
    assert "their version" in result.stderr and "nope" in result.stderr and "left as it was" in result.stderr
    assert o.read_text() == ours and t.read_text() == theirs


def test_merge_driver_missing_base_file_means_no_common_ancestor(run, tmp_path):
    b, o, t = write_three(tmp_path, "", BASE + entry("e3", 24), BASE + entry("e4", 25))
    b.unlink()
    result = run("merge-driver", str(b), str(o), str(t))
    assert result.exit_code == 0, result.stderr
    assert entry_ids(o.read_text()) == ["e1", "e2", "e3", "e4"]


# ------------------------------------------------------------- resolve ---

def git_markers(ours: str, theirs: str, base: str | None = None) -> str:
    """What git leaves when both sides changed the end of the file (no driver)."""
    common = 0
    while common < min(len(ours), len(theirs)) and ours[common] == theirs[common]:
        common += 1
    common = ours.rfind("\n", 0, common) + 1
    middle = f"||||||| merged common ancestors\n{base[common:]}" if base is not None else ""
    return f"{ours[:common]}<<<<<<< HEAD\n{ours[common:]}{middle}=======\n{theirs[common:]}>>>>>>> origin/main\n"


def test_check_points_at_resolve(run, journal_path):
    journal_path.write_text(git_markers(BASE + entry("e3", 24), BASE + entry("e4", 25)))
    result = run("check")
    assert result.exit_code == 3
    assert "conflict markers" in result.stderr and "repair resolve" in result.stderr


def test_resolve_settles_git_markers(run, journal_path):
    journal_path.write_text(git_markers(BASE + entry("e3", 24), BASE + entry("e4", 23, hour=20)))
    journal_path.chmod(0o640)
    result = run("resolve")
    assert result.exit_code == 0, result.stderr
    assert "Resolved" in result.stdout and "git add" in result.stdout
    text = journal_path.read_text()
    assert entry_ids(text) == ["e1", "e2", "e4", "e3"]
    assert journal_path.stat().st_mode & 0o777 == 0o640
    assert run("check").exit_code == 0
    again = run("resolve")
    assert again.exit_code == 0 and "nothing to resolve" in again.stdout


def test_resolve_uses_the_common_version_when_the_markers_carry_it(run, journal_path):
    base = BASE + entry("e3", 24)
    ours = BASE  # e3 deleted by hand on our side
    theirs = base + entry("e4", 25)
    journal_path.write_text(git_markers(ours, theirs, base))
    assert run("resolve").exit_code == 0
    assert entry_ids(journal_path.read_text()) == ["e1", "e2", "e4"]


def test_resolve_true_conflict_exits_4_naming_plan_and_field(run, journal_path):
    ours = BASE.replace("check_in: 2026-12-04", "check_in: 2026-12-11") + entry("e3", 24)
    theirs = BASE.replace("check_in: 2026-12-04", "check_in: 2026-12-18") + entry("e4", 25)
    journal_path.write_text(git_markers(ours, theirs))
    result = run("resolve")
    assert result.exit_code == 4
    assert "plan 'late', field `check_in`" in result.stderr
    text = journal_path.read_text()
    assert text.count("<<<<<<<") == 1 and entry_ids(text) == ["e1", "e2", "e3", "e4"]  # the rest is settled
    checked = run("check")
    assert checked.exit_code == 3
    # Only a person can choose now, so `check` says how, and never sends them back to `repair resolve`.
    assert "plan 'late', field `check_in`" in checked.stderr and "repair resolve" not in checked.stderr
    assert "delete the three marker lines" in checked.stderr
    lines = text.splitlines(keepends=True)
    chosen = "".join(line for line in lines if not line.startswith(("<<<<<<<", "=======", ">>>>>>>"))
                     and "2026-12-18" not in line)
    journal_path.write_text(chosen)
    assert run("check").exit_code == 0


def test_resolve_refuses_a_broken_side_and_changes_nothing(run, journal_path):
    before = git_markers(BASE + entry("e3", 24), BASE + "  - id: e4\n    at: someday\n    plan: late\n    kind: x\n")
    journal_path.write_text(before)
    result = run("resolve")
    assert result.exit_code == 3 and "the other side of the conflict" in result.stderr
    assert journal_path.read_text() == before
    line = int(re.search(r"at line (\d+)", result.stderr).group(1))  # a line of the file as it is
    assert before.splitlines()[line - 1] in ("    at: someday", "    kind: x")


def test_resolve_unclosed_markers(run, journal_path):
    journal_path.write_text(BASE + "<<<<<<< HEAD\n" + entry("e3", 24))
    result = run("resolve")
    assert result.exit_code == 3 and "never closed" in result.stderr


def test_split_markers_handles_several_hunks():
    text = "a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> x\nd\n<<<<<<< HEAD\ne\n||||||| base\nf\n=======\n>>>>>>> x\n"
    sides = sync.split_markers(text, "f")
    assert sides.ours == "a\nb\nd\ne\n" and sides.theirs == "a\nc\nd\n" and sides.base is None
    assert sync.split_markers("a\nb\n", "f") is None
    with pytest.raises(JournalError):
        sync.split_markers("a\n=======\n", "f")


# ---------------------------------------------------- setup helpers ---

def test_driver_command_uses_this_python_quoted(monkeypatch):
    monkeypatch.setattr("sys.executable", "/opt/my tools/venv/bin/python")
    assert sync.driver_command() == "'/opt/my tools/venv/bin/python' -m repairkit merge-driver %O %A %B %P"


def test_attribute_patterns():
    assert sync._attr_pattern("repair.yaml") == "repair.yaml"
    assert sync._attr_pattern("notes/us/repair.yaml") == "notes/us/repair.yaml"
    assert sync._attr_pattern("our notes/j[1].yaml") == '"our notes/j\\\\[1].yaml"'


# ----------------------------------------------- convergence, randomised ---

def _apply(rng: random.Random, base_entries: list[tuple[str, str]], side: str, counter: list[int]):
    """One partner's random changes: entries (some back-dated, some with a comment), a hand deletion,
    a field edit or removal, a new plan, a comment at the top, or the whole log re-indented."""
    entries = list(base_entries)
    plans = [PLAN.format(id="late", title="Plan late")]
    for _ in range(rng.randint(0, 4)):
        counter[0] += 1
        eid = f"e{side.lower()}{counter[0]}"
        text = entry(eid, day=rng.randint(20, 28), hour=rng.randint(0, 23), by=side,
                     note=rng.choice([None, "Texted early.", "No text; an hour late."]))
        if rng.random() < 0.2:
            text = f"  # {side} wrote this one\n" + text
        entries.insert(len(entries) if rng.random() < 0.9 else rng.randint(0, len(entries)), (eid, text))
    if entries and rng.random() < 0.2:
        entries.pop(rng.randrange(len(entries)))
    field_edits = {"Sam": ("check_in: 2026-12-04", "check_in: 2026-12-18"),
                   "Alex": ("status: active", "status: paused")}
    if rng.random() < 0.3:
        plans[0] = plans[0].replace(*field_edits[side])
    if rng.random() < 0.1:
        plans[0] = plans[0].replace("    hurt: Alex\n", "")
    if rng.random() < 0.2:
        plans.append(PLAN.format(id=f"p{side.lower()}", title=f"Plan from {side}"))
    header = HEADER if rng.random() < 0.8 else HEADER.replace("version: 1", f"# {side} was here\nversion: 1")
    log = "".join(t for _, t in entries)
    if rng.random() < 0.1:
        log = "".join("  " + line if line.strip() else line for line in log.splitlines(keepends=True))
    return header + "".join(plans) + LOG_HEADER + log, {i for i, _ in entries}


@settings(max_examples=50 if quick() else 200, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_random_merges_converge_and_lose_nothing(seed):
    rng = random.Random(seed)
    counter = [0]
    base_entries = [(f"e{i}", entry(f"e{i}", day=20 + i % 8, hour=i % 24)) for i in range(rng.randint(0, 5))]
    base = HEADER + PLAN.format(id="late", title="Plan late") + LOG_HEADER + "".join(t for _, t in base_entries)
    ours, o_ids = _apply(rng, base_entries, "Sam", counter)
    theirs, t_ids = _apply(rng, base_entries, "Alex", counter)
    text = both_ways(base, ours, theirs)
    got = entry_ids(text)
    assert len(got) == len(set(got))
    base_ids = {i for i, _ in base_entries}
    expected = (o_ids | t_ids) - {i for i in base_ids if i not in o_ids or i not in t_ids}
    assert set(got) == expected
    # A partner merging the merge with their own side again changes nothing.
    assert merged(base, text, ours).data.decode() == text
    assert merged(base, theirs, text).data.decode() == text


def test_random_merges_are_recorded_from_their_pieces(assembled):
    """The merge makes the merged text's record from the sides' records (no second parse); the
    autouse fixture compares each with a parse. Most random merges are made that way."""
    for seed in range(60 if quick() else 200):
        test_random_merges_converge_and_lose_nothing.hypothesis.inner_test(seed)
    assert sum(assembled) > 0.8 * len(assembled), (sum(assembled), len(assembled))


@pytest.mark.parametrize("layout", ["below-dash", "unicode-bom", "wide", "unknown-keys",
                                    "flow-item", "quoted"])
def test_merged_records_in_other_layouts(assembled, layout, monkeypatch):
    monkeypatch.setenv("REPAIR_NO_CACHE", "1")  # both merges make their record (none is found in the cache)
    def entry_in(eid: str, day: int) -> str:
        plain = entry(eid, day=day, note="Texted early.")
        return {"below-dash": plain.replace("  - id:", "  -\n    id:"),
                "unicode-bom": plain.replace("Texted early.", "Schön — 日本 💬"),
                "wide": plain.replace("  - id:", "    -   id:").replace("\n    ", "\n        "),
                "unknown-keys": plain + "    mood: 3\n    tags: [a, b]\n",
                "flow-item": f"  - {{id: {eid}, at: 2026-11-{day:02d}, plan: late, kind: shown}}\n",
                "quoted": plain.replace("Texted early.", "'Texted: early'")}[layout]

    base = journal_text([entry_in("e1", 20), entry_in("e2", 21)])
    ours = journal_text([entry_in("e1", 20), entry_in("e2", 21), entry_in("e3", 22)])
    theirs = journal_text([entry_in("e1", 20), entry_in("e2", 21), entry_in("e4", 23)]).replace(
        "status: active", "status: paused")
    bom = layout == "unicode-bom"
    if bom:
        base, ours, theirs = ("\ufeff" + t for t in (base, ours, theirs))
    one = sync.merge(base.encode(), ours.encode(), theirs.encode())
    two = sync.merge(base.encode(), theirs.encode(), ours.encode())
    assert one.clean and one.data == two.data and one.entries == 4
    assert one.data.startswith(b"\xef\xbb\xbf") == bom
    # A flow item last in a list: where the next item's keys go is not in any record, so it is read.
    assert assembled == [layout != "flow-item"] * 2


def test_a_merge_that_would_not_validate_is_refused_not_recorded(monkeypatch, assembled):
    """The record made from pieces validates what is not word for word a side's: a merged entry that
    is not valid sends the merge to a full read, which refuses it (nothing is written)."""
    real = sync._Merger.item

    def broken(self, kind, base, ours, theirs):
        return [s.replace("kind: shown", "kind: bogus") if isinstance(s, str) else s
                for s in real(self, kind, base, ours, theirs)]

    monkeypatch.setattr(sync._Merger, "item", broken)
    ours = BASE.replace("    note: Texted from the train.\n", "    note: Texted from the train, early.\n")
    theirs = BASE.replace("    by: Alex\n", "    by: Alex\n    note: seen\n", 1)
    with pytest.raises(MergeError, match="would not load"):
        merged(BASE, ours, theirs)
    assert assembled == [False]


def test_a_merge_that_is_not_yaml_is_refused_not_recorded(monkeypatch, assembled):
    monkeypatch.setattr(sync._Merger, "piece", staticmethod(lambda base, ours, theirs, where: ["x: [never closed\n"]
                                                            if where == "the end of the file" else [ours]))
    with pytest.raises(MergeError, match="would not load"):
        merged(BASE, BASE + entry("e3"), BASE + entry("e4"))
    assert assembled == [False]


def test_the_same_merge_again_reads_its_record_from_the_cache(assembled):
    ours, theirs = BASE + entry("e3", day=24), BASE + entry("e4", day=25)
    first = merged(BASE, ours, theirs)
    again = merged(BASE, theirs, ours)
    assert first.data == again.data and assembled == [True]
    # What the next command reads from the cache (the record the merge stored) is what a parse finds.
    cached = journal.load(Path("repair.yaml"), data=first.data)
    fresh, problems = validate.parse(Path("repair.yaml"), first.data)
    assert cached.cache_depth == 0 and not problems
    assert cached.contents.plans == fresh.contents.plans and cached.contents.entries == fresh.contents.entries
    assert cached.points == fresh.points and cached.plan_spans == fresh.plan_spans
    assert cached.document().rows() == fresh.doc.rows()


def test_merges_of_every_generated_layout_are_recorded_as_a_parse_finds(tmp_path, assembled):
    """Journals of every layout the fuzzer generates (flow items, unindented lists, comments, BOM,
    CRLF, block scalars, unknown keys, unicode...), changed on two sides through the library's own
    writes (new entries and plans, plan edits, removals), then merged both ways: each record made
    from pieces is compared with a parse by the autouse fixture, and the merges agree."""
    import datetime as dt

    from fuzz_mutate import generate

    from repairkit.model import Entry, Plan

    rng = random.Random(20261202)
    merges = 0
    for n in range(40 if quick() else 160):
        g = generate(rng)
        if not g.plans:
            continue
        base = tmp_path / f"base{n}.yaml"
        base.write_bytes(g.data)
        try:
            journal.load(base)
        except JournalError:
            continue
        sides = []
        for side in ("o", "t"):
            path = tmp_path / f"{side}{n}.yaml"
            path.write_bytes(g.data)
            ids = [p["id"] for p in g.plans]
            try:
                for step in range(rng.randint(1, 4)):
                    with journal.writing(path) as w:
                        op = rng.random()
                        if op < 0.55:
                            w.add_entry(Entry(id=f"e{side}{n}x{step}", at=dt.datetime(2026, 11, rng.randint(1, 27), 9,
                                              tzinfo=dt.timezone.utc), plan=rng.choice(ids), kind="shown",
                                              by="Alex", note=rng.choice(["ok", "Schön — 日本", "a: b"])))
                        elif op < 0.8:
                            w.set_plan_fields(rng.choice(ids), {"check_in": dt.date(2026, 12, rng.randint(1, 28))}
                                              if side == "o" else {"status": rng.choice(["paused", "closed"])})
                        elif op < 0.9:
                            w.add_plan(Plan(id=f"q{side}{n}x{step}", title="New", fear="other",
                                            opened=dt.date(2026, 11, 1)))
                        elif w.contents.entries:
                            w.remove(rng.choice(w.contents.entries).id)
            except JournalError:
                pass  # a layout the tool doesn't add to (a flow top level, a tab): that side stays as it is
            sides.append(path.read_bytes())
        one = sync.merge(g.data, sides[0], sides[1])
        two = sync.merge(g.data, sides[1], sides[0])
        if one.clean:
            assert two.clean and one.data == two.data
            merges += 1
    assert merges > (15 if quick() else 60), merges
    # Most generated layouts have a block scalar or CRLF somewhere (read in full); the rest are recorded.
    assert sum(assembled) > (1 if quick() else 5), (sum(assembled), len(assembled))


def test_a_side_in_crlf_or_without_a_final_newline_is_recorded_as_a_parse_finds(assembled):
    ours = BASE + entry("e3", day=24, note="Schön")
    theirs = (BASE + entry("e4", day=25)).replace("\n", "\r\n")  # the partner's editor writes CRLF
    result = merged(BASE, ours, theirs)
    assert result.clean and b"\r\n" not in result.data and result.entries == 4
    no_newline = (BASE + entry("e5", day=26)).rstrip("\n")
    result = merged(BASE, ours, no_newline)
    assert result.clean and result.data.endswith(b"\n") and result.entries == 4
    assert assembled == [True, True]
