"""The fast line reader (journal/fastpath.py) builds exactly the nodes the exact composer builds.

Whenever the fast reader accepts a text that libyaml accepts, every node must match the exact
composer's: value, style, tag, character offsets, line and column. Checked on every journal in the
tests and examples, on the fuzzer's generated journals, and on journals written to stress the line
reader (odd indentation, comments, quoting, escapes, block scalars, flow items, CRLF, no final
newline) and mutated at random.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from _ruamel_yaml import CParser

from repairkit.journal.fastpath import compose_fast
from repairkit.journal.nodes import Mapping, Scalar, Sequence, compose_exact

ROOT = Path(__file__).resolve().parent.parent


def _kind(node) -> type:
    """A LeanMapping (the fast reader's plain item) is a Mapping whose pairs are made on demand."""
    return Mapping if isinstance(node, Mapping) else type(node)


def differs(a, b, where: str = "root") -> str | None:
    if _kind(a) is not _kind(b):
        return f"{where}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, Scalar):
        for f in ("value", "plain", "style", "tag", "start", "end", "line", "col"):
            if getattr(a, f) != getattr(b, f):
                return f"{where}: {f} {getattr(a, f)!r} vs {getattr(b, f)!r}"
        return None
    for f in ("flow", "start", "end", "content_end", "line", "col"):
        if getattr(a, f) != getattr(b, f):
            return f"{where}: {f} {getattr(a, f)!r} vs {getattr(b, f)!r}"
    if isinstance(a, Mapping):
        if len(a.pairs) != len(b.pairs):
            return f"{where}: {len(a.pairs)} keys vs {len(b.pairs)}"
        for (ka, va), (kb, vb) in zip(a.pairs, b.pairs):
            found = differs(ka, kb, f"{where}.key") or differs(va, vb, f"{where}.{ka.value}")
            if found:
                return found
        return None
    if len(a.items) != len(b.items):
        return f"{where}: {len(a.items)} items vs {len(b.items)}"
    for n, (x, y) in enumerate(zip(a.items, b.items)):
        found = differs(x, y, f"{where}[{n}]")
        if found:
            return found
    return None


def check(text: str) -> str:
    """"same", "declined", or "invalid"; fails the test on any difference."""
    fast = compose_fast(text)
    if fast is None:
        return "declined"
    try:
        CParser(text).raw_parse()
    except Exception:  # noqa: BLE001 - not YAML: the composer never uses the fast reader's tree then
        return "invalid"
    exact = compose_exact(text)
    found = differs(fast, exact)
    assert found is None, f"{found}\n{text!r}"
    return "same"


def journals_in_the_tree() -> list[Path]:
    return sorted([*ROOT.glob("tests/data/**/*.yaml"), *ROOT.glob("examples/*.yaml"),
                   *(ROOT.parent / "shared" / "checks" / "fixtures").glob("**/*.yaml")])


@pytest.mark.parametrize("path", journals_in_the_tree(), ids=lambda p: p.name)
def test_every_journal_in_the_tree(path):
    data = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8")
    check(text)


def test_the_common_layouts_are_read_by_the_fast_reader():
    """It is there to be used: the example journal and the bench's journals take the fast path."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from bench import make_journal  # noqa: PLC0415

    tmp = Path(__import__("tempfile").mkdtemp())
    make_journal(tmp / "j.yaml", 300)
    assert check((tmp / "j.yaml").read_text()) == "same"
    assert check((ROOT / "examples" / "repair.yaml").read_text()) == "same"


def test_the_fuzzers_generated_journals():
    from fuzz_mutate import generate

    rng = random.Random(7)
    seen = {"same": 0, "declined": 0, "invalid": 0}
    for _ in range(400):
        seen[check(generate(rng).text)] += 1
    assert seen["same"] > 100, seen


WORDS = ["Sam", "Alex", "late", "text", "#tag", "a#b", "x: y", "x:y", "http://a.b", "'q'", '"dq"', "yes", "no",
         "null", "~", "1", "01", "1e5", "0x1F", "3.5", ".inf", "2026-11-02", "2026-11-02T10:00:00+01:00", "é",
         "日本", "-", "-5", "?", "? x", "!", "&a", "*a", "%", "@", "`", "[x]", "{y}", ",", "a, b", "  ", "\t", "\\",
         "\\n", "it's", "ok ", " lead", "trail  ", "a  b", ": ", "-x", "--", "|", ">", "…", "\u2028"]


def _scalar(r: random.Random) -> str:
    w = " ".join(r.choice(WORDS) for _ in range(r.randint(1, 4)))
    k = r.random()
    if k < 0.55:
        return w
    if k < 0.7:
        return "'" + w.replace("'", "''") + "'"
    if k < 0.85:
        esc = r.choice(["", "\\n", "\\t", '\\"', "\\\\", "\\u00e9", "\\x41", "\\U0001F600", "\\/", "\\ ", "\\q"])
        return '"' + w.replace("\\", "\\\\").replace('"', '\\"') + esc + '"'
    if k < 0.92:
        return "[" + ", ".join(r.choice(["Sam", "Alex", "'A B'", '"C"', "x y"]) for _ in range(r.randint(0, 3))) + "]"
    if k < 0.96:
        return "{a: 1, b: " + r.choice(["x", "'y'", "[1]"]) + "}"
    return r.choice(["", "# just a comment", "  # c"])


def stress_journal(r: random.Random) -> str:
    nl = "\r\n" if r.random() < 0.15 else "\n"
    dash = r.choice([0, 2, 2, 2, 4])
    gap = r.choice([1, 1, 1, 2, 3])
    key = dash + 1 + gap
    lines = []
    if r.random() < 0.5:
        lines.append("# " + " ".join(r.choice(WORDS) for _ in range(3)))
    lines.append("version: " + r.choice(["1", "1", "'1'", "2"]))
    if r.random() < 0.7:
        lines.append("people: " + r.choice(["[Sam, Alex]", "[]", "", "['Sam', \"Alex\"]"]))
    for section in r.sample(["plans", "log", "extra"], r.randint(1, 3)):
        if section == "extra":
            lines.append("extra: " + _scalar(r))
            continue
        lines.append(section + r.choice(["", "", "  # c", " []", " ~"]).join([":", ""]))
        if lines[-1].endswith(("[]", "~")):
            continue
        for i in range(r.randint(0, 6)):
            if r.random() < 0.2:
                lines.append(" " * r.choice([0, dash, key]) + "# note")
            if r.random() < 0.15:
                lines.append("")
            if r.random() < 0.08:
                lines.append(" " * dash + "- {id: e" + str(i) + ", at: 2026-11-02, kind: " + r.choice(["shown", "'x y'"])
                             + "}")
                continue
            if r.random() < 0.05:
                lines.append(" " * dash + "- " + _scalar(r))
                continue
            first = True
            for f in r.sample(["id", "at", "plan", "kind", "by", "note", "title", "status", "x_unknown"],
                              r.randint(1, 6)):
                pre = " " * dash + "-" + " " * gap if first else " " * key
                first = False
                roll = r.random()
                if roll < 0.06:
                    lines.append(pre + f + ": " + r.choice([">-", "|", "|+", ">"]))
                    lines.extend(" " * (key + 2) + "some words" for _ in range(r.randint(1, 3)))
                elif roll < 0.1:
                    lines.append(pre + f + ":")
                    lines.append(" " * (key + 2) + r.choice(["sub: " + _scalar(r), "- " + _scalar(r), "more words"]))
                else:
                    lines.append(pre + f + ": " + _scalar(r) + (r.choice(["  # c", " #c", "#x", "   "])
                                                               if r.random() < 0.1 else ""))
    text = nl.join(lines)
    return text + nl if r.random() < 0.85 else text


def _mutate(r: random.Random, text: str) -> str:
    t = list(text)
    for _ in range(r.randint(1, 3)):
        if not t:
            break
        i = r.randrange(len(t))
        op = r.random()
        if op < 0.3:
            del t[i]
        elif op < 0.6:
            t.insert(i, r.choice(" -:#'\"\n[]{}\\\tax"))
        else:
            t[i] = r.choice(" -:#'\"\n[]{}\\ax")
    return "".join(t)


def _stress(seed: int, count: int) -> dict[str, int]:
    r = random.Random(seed)
    seen = {"same": 0, "declined": 0, "invalid": 0}
    for _ in range(count):
        text = stress_journal(r)
        if r.random() < 0.4:
            text = _mutate(r, text)
        seen[check(text)] += 1
    return seen


def test_stress_journals_and_their_mutations():
    seen = _stress(11, 3000)
    assert seen["same"] > 300, seen


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(4))
def test_stress_journals_and_their_mutations_at_length(seed):
    seen = _stress(1000 + seed, 15000)
    assert seen["same"] > 2000, seen


# ----------------------------------------------- plain items kept as data (LeanMapping) ---

def _read(text: str, lean: bool, monkeypatch) -> tuple:
    """What validate.parse gives for a text: every record, problem and place, with the fast reader's
    plain items kept as data (lean) or made into ordinary nodes as they are read."""
    from repairkit.journal import fastpath, validate
    from repairkit.journal.nodes import LeanMapping

    with monkeypatch.context() as m:
        if not lean:
            class Nodes:
                @staticmethod
                def make(*args):
                    node = LeanMapping.make(*args)
                    return Mapping(node.pairs, False, node.start, node.end, node.content_end, node.line, node.col)

            m.setattr(fastpath, "LeanMapping", Nodes)
        snap, problems = validate.parse(Path("j.yaml"), text.encode("utf-8"))
    if snap is None:
        return None, [(p.message, p.line, p.col, p.hint) for p in problems]
    return ((snap.contents.version, snap.contents.people, snap.contents.plans, snap.contents.entries,
             snap.points, snap.plan_spans, snap.doc.rows()), [])


PLAIN = {
    "id": ["e1", "e2", "e1", "a-b", "E1", "null", "true", "1abc", "~", "x--y", "q" * 70],
    "at": ["2026-11-02", "2026-11-02T18:05:00+01:00", "2026-1-2", "2026-13-01", "1800-01-01", "20261102", "~",
           "null", "yesterday", "2026-11-02 18:05"],
    "plan": ["p", "p", "q", "nope", "~", "null", "1"],
    "kind": ["shown", "missed", "raised", "note", "checkin", "bogus", "~"],
    "by": ["Sam", "Alex", "~", "null", "yes", "3.5"],
    "note": ["Texted ahead.", "no", "~", "0x1F", ".inf", "it's fine", "日本"],
    "outcome": ["keep", "adjust", "bogus", "~"],
    "next": ["2026-12-18", "~", "2026-02-30", "12"],
    "title": ["Late", "~", "yes"], "opened": ["2026-11-01", "~", "2026-11-31"],
    "fear": ["reliability", "other", "bogus"], "status": ["active", "paused", "nope"],
    "x_extra": ["1", "0x10", "true", "1.5e3", "~", "text", "-.inf", "0o17", "9" * 50],
}


def plain_journal(r: random.Random) -> str:
    """Journals in the common layout (`- key: plain value` items) whose values hit every check."""
    dash = r.choice([0, 2, 2, 4])
    key = dash + 2
    lines = ["version: 1", "people: [Sam, Alex]", "plans:"]
    for pid in ["p", *r.sample(["q", "r"], r.randint(0, 2))]:
        fields = ["id", *r.sample(["title", "opened", "fear", "status", "x_extra"], r.randint(0, 5))]
        for n, f in enumerate(fields):
            value = pid if f == "id" else r.choice(PLAIN[f][:2]) if r.random() < 0.9 else r.choice(PLAIN[f])
            lines.append((" " * dash + "- " if n == 0 else " " * key) + f"{f}: {value}")
    lines.append("log:")
    for i in range(r.randint(1, 12)):
        fields = [f for f in ("id", "at", "plan", "kind", "by", "note", "outcome", "next", "x_extra")
                  if r.random() < (0.97 if f in ("id", "at", "plan", "kind") else 0.4)]
        r.shuffle(fields) if r.random() < 0.1 else None
        for n, f in enumerate(fields):
            good = {"id": f"e{i}", "plan": "p"}.get(f) or r.choice(PLAIN[f][:2])
            value = good if r.random() < 0.96 else r.choice(PLAIN[f])
            lines.append((" " * dash + "- " if n == 0 else " " * key) + f"{f}: {value}")
            if r.random() < 0.03:
                lines.append(" " * key + "# a comment")
    return "\n".join(lines) + "\n"


def test_plain_items_kept_as_data_read_exactly_as_nodes(monkeypatch):
    """The validator and the text model read a LeanMapping's values directly (validate._lean_entry,
    text._lean_item): the records, problems, append points and text model are exactly what the same
    reader gives when every item is made of nodes, on generated, stressed and mutated journals."""
    from fuzz_mutate import generate

    r = random.Random(20261202)
    texts = []
    for path in journals_in_the_tree():
        try:
            texts.append(path.read_text(encoding="utf-8-sig"))
        except UnicodeDecodeError:
            continue
    texts += [generate(r).text for _ in range(150)]
    for _ in range(600):
        text = stress_journal(r)
        texts.append(_mutate(r, text) if r.random() < 0.4 else text)
    for _ in range(600):
        text = plain_journal(r)
        texts.append(_mutate(r, text) if r.random() < 0.2 else text)
    read = refused = 0
    for text in texts:
        lean = _read(text, True, monkeypatch)
        assert lean == _read(text, False, monkeypatch), text
        read += lean[0] is not None
        refused += lean[0] is None
    assert read > 300 and refused > 300, (read, refused)


def test_a_lean_item_answers_like_a_mapping():
    text = "version: 1\nlog:\n  - id: a\n    at: 2026-11-02\n  - id: b\n    at: 2026-11-03\n    by: Sam\n"
    root = compose_fast(text)
    item = root.get("log").items[1]
    assert type(item).__name__ == "LeanMapping" and isinstance(item, Mapping)
    assert item == compose_exact(text).get("log").items[1]
    assert item.get("by").value == "Sam" and item.get("by").col == 9 and item.key_node("at").line == 6
    assert item.get("nope") is None and item.fields() == {"id": "b", "at": "2026-11-03", "by": "Sam"}
