"""Sharing one journal through git: setup, the merge driver, settling conflicts.

Each partner keeps a clone and pulls and pushes whenever they like. git lets
a repository name a merge program for a file (`.gitattributes`), and each
clone says which command that is (`git config`, never shared). With both in
place, a pull that meets the journal runs `repair merge-driver`, which merges
it as a journal rather than as lines of text:

- plans, log entries and top-level keys are matched by id (or key), not by
  line, so two partners appending at the same time is not a conflict;
- something changed on one side only takes that side's change; something
  changed on both sides is merged field by field against the common
  ancestor; only the same field changed in two different ways is a conflict,
  and only that field gets conflict markers;
- something deleted on one side stays deleted, unless the other side changed
  it (or, for a plan, still logs against it): then it is kept, and we say so;
- comments travel with the plan, entry or field below them; comment lines
  changed differently on both sides are both kept;
- the result is the same bytes whichever partner merges: everything that
  exists on both sides keeps its text, new items land after the item they
  followed, and new items from both sides are interleaved by date
  (`at` for entries, `opened` for plans), then id.

Nothing is written that does not read back as a valid journal; a side that
does not parse stops the merge with the reason and leaves the file as it was.
"""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from repairkit.errors import ConflictError, JournalError, MergeError
from repairkit.journal.assemble import Mark, Source
from repairkit.journal.text import Document, Field, Item, Section
from repairkit.model import ENTRY_FIELDS, PLAN_FIELDS

DRIVER = "repairkit"
ATTRIBUTE = f"merge={DRIVER}"
DRIVER_LABEL = "repairkit journal merge (entries by id, plans field by field)"
GIT_TIMEOUT = 20

_SECTION_ORDER = ("version", "people", "plans", "log")
_MARKER = re.compile(r"(<{7}|\|{7}|={7}|>{7})(?:[ \t].*)?")


# --------------------------------------------------------------------- git ---

def _git(args: list[str], cwd: Path, *, check: bool = False) -> subprocess.CompletedProcess:
    try:
        result = subprocess.run(["git", *args], check=False, cwd=cwd, capture_output=True, text=True, timeout=GIT_TIMEOUT)
    except FileNotFoundError:
        raise JournalError("git is not installed (or not on PATH)",
                           hint="install git first; sharing the journal goes through a git repository") from None
    except (OSError, subprocess.SubprocessError) as e:
        raise JournalError(f"could not run git: {e}") from None
    if check and result.returncode != 0:
        detail = (result.stderr.strip().splitlines() or ["no details"])[-1]
        raise JournalError(f"`git {' '.join(args)}` failed: {detail}")
    return result


def driver_command() -> str:
    """The command git runs to merge the journal, not relying on PATH or an activated virtualenv."""
    python = sys.executable
    if python and os.path.isabs(python):
        program = f"{shlex.quote(python)} -m repairkit"
    else:  # an embedded interpreter: fall back to the installed script
        import shutil

        script = shutil.which("repair")
        program = shlex.quote(os.path.abspath(script)) if script else "repair"
    # git quotes %P itself; %O %A %B are temp-file names it makes.
    return f"{program} merge-driver %O %A %B %P"


def _quiet_git(args: list[str], cwd: Path, timeout: float = 5) -> subprocess.CompletedProcess | None:
    """git for a question whose answer is optional (a warning, a default): None when git can't run."""
    try:
        return subprocess.run(["git", *args], check=False, cwd=cwd, capture_output=True, text=True,
                              timeout=timeout)
    except (OSError, subprocess.SubprocessError, ValueError):
        return None


def configured_driver(folder: Path) -> str | None:
    """The merge driver command this clone's git config names, or None (also when git can't say)."""
    result = _quiet_git(["config", "--get", f"merge.{DRIVER}.driver"], folder)
    if result is None or result.returncode != 0:
        return None
    return result.stdout.strip() or None


def driver_warning(journal_path: Path) -> str | None:
    """A one-line note when this clone's .gitattributes name our merge driver but its config lacks it.

    Runs before most commands, so it stays nearly free: it reads only the
    .gitattributes files from the journal's folder up to the work tree's top,
    and asks git only when one of them mentions the driver.
    """
    try:
        folder = Path(journal_path).parent.resolve()
    except (OSError, RuntimeError):
        return None
    mentions = False
    for d in (folder, *folder.parents):
        try:
            with open(d / ".gitattributes", "rb") as f:
                if ATTRIBUTE.encode() in f.read(1 << 20):
                    mentions = True
        except OSError:
            pass
        if os.path.lexists(d / ".git"):
            break
    else:
        return None  # not in a git work tree
    if not mentions or not folder.is_dir():
        return None
    probe = _quiet_git(["config", "--get", f"merge.{DRIVER}.driver"], folder)
    if probe is None or probe.returncode not in (0, 1):
        return None
    configured = probe.stdout.strip() if probe.returncode == 0 else ""
    if not configured:
        return ("this clone isn't set up to merge the journal yet: run `repair git-setup` once here "
                "(git doesn't copy that setting between clones, so each of you runs it)")
    try:
        program = shlex.split(configured)[0]
    except (ValueError, IndexError):
        return None
    if os.path.isabs(program) and not os.path.exists(program):
        return (f"this clone's journal merge driver points at {program}, which is gone (was repairkit "
                "reinstalled or moved?); run `repair git-setup` again here")
    return None


def driver_configured(journal_path: Path) -> bool:
    """Whether git in the journal's clone knows how to run the merge driver."""
    return configured_driver(Path(journal_path).parent) is not None


def user_name(folder: Path) -> str | None:
    """`git config user.name` where the journal is, the default author of what is written."""
    result = _quiet_git(["config", "user.name"], folder)
    if result is None or result.returncode != 0:
        return None
    return result.stdout.strip() or None


def inside_work_tree(folder: Path) -> bool:
    result = _quiet_git(["rev-parse", "--is-inside-work-tree"], folder)
    return result is not None and result.returncode == 0 and result.stdout.strip() == "true"


def would_be_shared(path: Path) -> bool:
    """Would this file land in a git work tree, where a commit could share it? A file git ignores
    would not be committed, so it does not count; without git, a .git folder above it does."""
    folder = Path(os.path.realpath(path)).parent
    if not folder.is_dir():
        return False  # writing will say what is wrong
    inside = _quiet_git(["rev-parse", "--is-inside-work-tree"], folder, timeout=10)
    if inside is None:  # no git on this machine: look for a repository's folder instead
        return any((d / ".git").exists() for d in (folder, *folder.parents))
    if inside.returncode != 0 or inside.stdout.strip() != "true":
        return False
    ignored = _quiet_git(["check-ignore", "-q", "--", os.path.basename(path)], folder, timeout=10)
    return ignored is None or ignored.returncode != 0


def repository_identity(journal_path: Path) -> tuple[str, str] | None:
    """(first commit, the journal's path inside the work tree): the same in every clone, wherever it
    lives, and saying nothing about the person. None outside git or before the first commit."""
    folder = Path(journal_path).resolve().parent
    top = _quiet_git(["rev-parse", "--show-toplevel"], folder)
    first = _quiet_git(["rev-list", "--max-parents=0", "HEAD"], folder)
    if top is None or first is None or top.returncode != 0 or first.returncode != 0:
        return None
    roots = sorted(first.stdout.split())
    if not roots:
        return None
    try:
        inside = Path(journal_path).resolve().relative_to(Path(top.stdout.strip()).resolve()).as_posix()
    except ValueError:
        return None
    return roots[0], inside


@dataclass
class SetupResult:
    root: Path
    journal: str  # the journal's path inside the work tree
    attributes: Path
    added_line: str | None  # the .gitattributes line added, or None when git already applied it
    driver: str
    driver_changed: bool

    @property
    def changed(self) -> bool:
        return self.added_line is not None or self.driver_changed


def _attr_pattern(rel: str) -> str:
    """A .gitattributes pattern matching exactly this path, read literally by git.

    Wildcards are escaped; a leading `!` (which git reads as a negative pattern) or `#` (a comment)
    gets a backslash; a name with spaces, quotes or control characters is written C-quoted, as
    git's own quoting reads it.
    """
    escaped = re.sub(r"([*?\[\\])", r"\\\1", rel)
    if escaped.startswith(("!", "#")):
        escaped = "\\" + escaped
    if re.search(r"[\s\"\x00-\x1f\x7f]", escaped):
        inner = []
        for ch in escaped:
            if ch in ('"', "\\"):
                inner.append("\\" + ch)
            elif ch == "\n":
                inner.append("\\n")
            elif ch == "\t":
                inner.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) == 0x7F:
                inner.append(f"\\{ord(ch):03o}")
            else:
                inner.append(ch)
        return '"' + "".join(inner) + '"'
    return escaped


def _merge_attribute(root: Path, rel: str) -> str | None:
    result = _git(["check-attr", "-z", "merge", "--", rel], root)
    if result.returncode != 0:
        return None
    parts = result.stdout.split("\0")
    return parts[2] if len(parts) >= 3 else None


def _add_attribute_line(attributes: Path, line: str) -> None:
    """Add our line to .gitattributes, atomically, never through a symlink (git won't read one either)."""
    from repairkit.errors import FileProblem
    from repairkit.journal.store import write_file

    if os.path.islink(attributes):
        raise FileProblem(f"{attributes} is a symbolic link (to {os.path.realpath(attributes)}); "
                          "not writing through it", hint="git ignores a .gitattributes that is a link; "
                          "replace it with a real file, then run `repair git-setup` again")
    try:
        existing = attributes.read_bytes() if attributes.exists() else b""
    except OSError as e:
        from repairkit.journal.store import os_problem

        raise os_problem(e, "read", attributes) from None
    if line.encode() in existing.splitlines():
        return  # there already, and git still doesn't apply it: the caller says why
    sep = b"\n" if existing and not existing.endswith(b"\n") else b""
    new = existing + sep + f"# Let git merge the repair journal entry by entry (`repair git-setup`).\n{line}\n".encode()
    write_file(attributes, new, replace=True, mode=None, temp_prefix=".repair-attr-")


def git_setup(journal_path: Path) -> SetupResult:
    """Make this clone merge the journal with repairkit. Idempotent; safe to run again after a reinstall."""
    from repairkit.journal.store import display_path

    path = Path(os.path.abspath(journal_path))
    folder = path.parent
    if not folder.is_dir():
        raise JournalError(f"folder {display_path(folder)} does not exist")
    top = _git(["rev-parse", "--show-toplevel"], folder)
    if top.returncode != 0 or not top.stdout.strip():
        raise JournalError(f"{display_path(path)} is not inside a git repository",
                           hint="run `git init` in the folder you share (or clone your shared repository), "
                                "then `repair git-setup`")
    root = Path(top.stdout.strip())
    try:
        rel = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise JournalError(f"{display_path(path)} is outside the git work tree at {root}",
                           hint="keep the journal inside the repository you share") from None
    attributes = root / ".gitattributes"
    added = None
    if _merge_attribute(root, rel) != DRIVER:
        added = f"{_attr_pattern(rel)} {ATTRIBUTE}"
        _add_attribute_line(attributes, added)
        if _merge_attribute(root, rel) != DRIVER:
            raise JournalError(f"added `{added}` to {attributes}, but git still doesn't apply it to {rel}",
                               hint="another .gitattributes line (perhaps in a folder closer to the journal) "
                                    f"overrides it; make that line say `{ATTRIBUTE}` for the journal")
    command = driver_command()
    changed = configured_driver(root) != command
    if changed:
        _git(["config", f"merge.{DRIVER}.driver", command], root, check=True)
    if _git(["config", "--get", f"merge.{DRIVER}.name"], root).stdout.strip() != DRIVER_LABEL:
        _git(["config", f"merge.{DRIVER}.name", DRIVER_LABEL], root, check=True)
    return SetupResult(root=root, journal=rel, attributes=attributes, added_line=added, driver=command,
                       driver_changed=changed)


# ------------------------------------------------------------------ merging ---

class _Clash:
    """Marker for "both sides changed this differently"."""


CLASH = _Clash()


def _choose(base, ours, theirs):
    """Three-way choice of one value: the side that changed wins; CLASH when both changed differently."""
    if ours == theirs:
        return ours
    if ours == base:
        return theirs
    if theirs == base:
        return ours
    return CLASH


def _comments(base: str | None, ours: str, theirs: str) -> str:
    """Comment and blank lines: the side that changed wins; when both changed, a line-by-line merge
    that keeps what either side added and drops what either side removed (they are only comments)."""
    chosen = _choose(base, ours, theirs)
    if chosen is not CLASH:
        return chosen

    def keyed(text: str | None) -> list[str]:
        seen: dict[str, int] = {}
        keys = []
        for line in (text or "").splitlines(keepends=True):
            seen[line] = seen.get(line, 0) + 1
            keys.append(f"{seen[line]}\0{line}")
        return keys

    b, o, t = keyed(base if base != "\0" else None), keyed(ours), keyed(theirs)
    keep = (set(o) & set(t)) | ((set(o) | set(t)) - set(b))
    lines = merge_order(b, o, t, keep, lambda k: k.split("\0", 1)[1])
    return "".join(k.split("\0", 1)[1] for k in lines)


@dataclass
class Conflict:
    """Both sides changed the same field (or value) differently."""

    where: str  # "plan 'late-texts', field `check_in`"
    plan: str | None = None
    field: str | None = None
    entry: str | None = None


@dataclass
class _Seg:
    """A stretch of the merged text that is in conflict: ours and theirs, each whole lines."""

    ours: str
    theirs: str
    conflict: Conflict


Segs = list  # list of str | _Seg


def _reindent(text: str, delta: int) -> str:
    if not delta:
        return text
    lines = text.splitlines(keepends=True)
    out = []
    for line in lines:
        if not line.strip():
            out.append(line)
        elif delta > 0:
            out.append(" " * delta + line)
        else:
            strip = min(-delta, len(line) - len(line.lstrip(" ")))
            out.append(line[strip:])
    return "".join(out)


def _reindent_segs(segs: Segs, delta: int) -> Segs:
    if not delta:
        return segs
    return [_reindent(s, delta) if isinstance(s, str) else s if isinstance(s, Mark) else
            _Seg(_reindent(s.ours, delta), _reindent(s.theirs, delta), s.conflict) for s in segs]


_MISSING = object()


def merge_order(base: list[str], ours: list[str], theirs: list[str], keep: set[str],
                sort_key: Callable[[str], str]) -> list[str]:
    """The merged order of keyed pieces, the same whichever side is `ours`.

    Pieces that were in `base` keep the order of the side that reordered them
    (base order if neither or both did); pieces new since `base` follow the
    piece they followed on their side, and where both sides added after the
    same piece, the two runs are interleaved by `sort_key`, then key.
    """
    base = list(dict.fromkeys(base))  # a hand-edited ancestor may repeat an id
    base_set = set(base)
    old = [k for k in base if k in keep]
    old_set = set(old)

    def old_seq(side: list[str]) -> list[str]:
        return [k for k in side if k in old_set]

    def reordered(seq: list[str]) -> bool:
        present = set(seq)
        return seq != [k for k in old if k in present]

    so, st = old_seq(ours), old_seq(theirs)
    ro, rt = reordered(so), reordered(st)
    if ro and not rt:
        primary = so
    elif rt and not ro:
        primary = st
    elif ro and rt and so == st:
        primary = so
    else:
        primary = old
    if len(primary) != len(old):
        placed = list(primary)
        for i, k in enumerate(old):
            if k in placed:
                continue
            j = i - 1
            while j >= 0 and old[j] not in placed:
                j -= 1
            placed.insert(placed.index(old[j]) + 1 if j >= 0 else 0, k)
        primary = placed
    position = {k: i for i, k in enumerate(primary)}

    def anchors(side: list[str]) -> dict:
        found, last = {}, None
        for k in side:
            if k in old_set:
                last = k
            elif k in keep and k not in base_set:
                found.setdefault(k, last)
        return found

    ao, at = anchors(ours), anchors(theirs)
    anchor = {}
    for k in set(ao) | set(at):
        candidates = [a for a in (ao.get(k, _MISSING), at.get(k, _MISSING)) if a is not _MISSING]
        anchor[k] = max(candidates, key=lambda a: -1 if a is None else position[a])

    runs: dict = {}
    for n, side in enumerate((ours, theirs)):
        for k in side:
            if k in anchor:
                runs.setdefault(anchor[k], ([], []))[n].append(k)

    def group(a) -> list[str]:
        run_o, run_t = runs.get(a, ((), ()))
        merged, seen, i, j = [], set(), 0, 0
        while True:
            while i < len(run_o) and run_o[i] in seen:
                i += 1
            while j < len(run_t) and run_t[j] in seen:
                j += 1
            if i == len(run_o) and j == len(run_t):
                return merged
            if i == len(run_o):
                pick = run_t[j]
            elif j == len(run_t):
                pick = run_o[i]
            else:
                pick = min(run_o[i], run_t[j], key=lambda k: (sort_key(k), k))
            merged.append(pick)
            seen.add(pick)

    result = group(None)
    for k in primary:
        result.append(k)
        result.extend(group(k))
    return result


@dataclass
class _Merger:
    notes: list[str] = field(default_factory=list)
    # Ours and theirs as journal.assemble sees them: the merged text is marked with where each piece
    # came from, so that its record can be made from the sides' records instead of reading it again.
    sides: tuple[Source | None, Source | None] = (None, None)

    def _word_for_word(self, segs: Segs, ours: Item | None, theirs: Item | None) -> Mark:
        """The mark before a merged item: which side's item it is word for word, if any."""
        if all(isinstance(s, str) for s in segs):
            text = "".join(segs)
            for item, side in ((ours, self.sides[0]), (theirs, self.sides[1])):
                if item is not None and side is not None and text == item.text:
                    return Mark("item", item.kind, item, side)
        kind = (ours or theirs).kind
        return Mark("item", kind)

    # -- keyed pieces: which survive, in what order --

    def members(self, what: Callable[[str], str], base: list, ours: list, theirs: list, *, key: Callable,
                sort_key: Callable, same: Callable, force_keep: Iterable[str] = ()) -> tuple[list[str], dict,
                                                                                            dict, dict]:
        """Which pieces survive and in what order; returns (order, base, ours, theirs), each by key."""
        b = {key(x): x for x in base}
        o = {key(x): x for x in ours}
        t = {key(x): x for x in theirs}
        force = set(force_keep)
        keep = set()
        for k in set(o) | set(t):
            if k in o and k in t or k not in b:
                keep.add(k)
                continue
            present = o[k] if k in o else t[k]
            if not same(present, b[k]):
                self.notes.append(f"kept {what(k)}: one side removed it while the other changed it")
            elif k in force:
                self.notes.append(f"kept {what(k)}: one side removed it while the other still logs against it")
            else:
                continue  # removed on one side, untouched on the other: it stays removed
            keep.add(k)

        def order_of(k: str) -> str:
            return min(sort_key(x[k]) for x in (o, t) if k in x)

        order = merge_order([key(x) for x in base], [key(x) for x in ours], [key(x) for x in theirs], keep,
                            order_of)
        return order, b, o, t

    # -- one plan or entry that both sides have --

    def item(self, kind: str, base: Item | None, ours: Item, theirs: Item) -> Segs:
        """The merged item, indented like ours."""
        label = "plan" if kind == "plans" else "log entry"

        def like_ours(it: Item, text: str) -> str:
            return _reindent(text, ours.dash - it.dash)

        o_text, t_text = ours.text, theirs.text
        chosen = _choose(base.text if base else None, o_text, t_text)
        if chosen is not CLASH:
            return [chosen if chosen is o_text else like_ours(theirs, chosen)]
        lead = _comments(base.lead if base else None, ours.lead, like_ours(theirs, theirs.lead))
        chosen = _choose(base.own if base else None, ours.own, theirs.own)
        if chosen is not CLASH:
            return [lead + (chosen if chosen is ours.own else like_ours(theirs, chosen))]
        if ours.fields is None or theirs.fields is None:
            if ours.value == theirs.value or (base is not None and theirs.value == base.value):
                return [lead + ours.own]
            if base is not None and ours.value == base.value:
                return [lead + like_ours(theirs, theirs.own)]
            where = Conflict(f"{label} '{ours.id}'", plan=ours.id if kind == "plans" else None,
                             entry=ours.id if kind == "log" else None)
            return [lead, _Seg(ours.own, like_ours(theirs, theirs.own), where)]
        head = _choose(base.head if base else None, ours.head, theirs.head)
        if head is CLASH:
            head = min(ours.head, theirs.head)
        col = len(head)
        names = PLAN_FIELDS if kind == "plans" else ENTRY_FIELDS
        order, b, o, t = self.members(
            lambda k: f"field `{k}` of {label} '{ours.id}'",
            base.fields if base is not None and base.fields is not None else [], ours.fields, theirs.fields,
            key=lambda f: f.name,
            sort_key=lambda f: f"{names.index(f.name):02d}" if f.name in names else f"99{f.name}",
            same=lambda x, y: x.body == y.body or x.value == y.value)
        segs: Segs = []
        for n, name in enumerate(order):
            if name in o and name in t:
                f_lead = _comments(_reindent(b[name].lead, col - b[name].col) if name in b else None,
                                   _reindent(o[name].lead, col - o[name].col),
                                   _reindent(t[name].lead, col - t[name].col))
                where = Conflict(f"{label} '{ours.id}', field `{name}`", field=name,
                                 plan=ours.id if kind == "plans" else None, entry=ours.id if kind == "log" else None)
                body = self.field_body(b.get(name), o[name], t[name], col, where)
            else:
                only = o.get(name) or t.get(name)
                f_lead, body = _reindent(only.lead, col - only.col), _reindent(only.body, col - only.col)
            if n == 0:  # the first key shares the dash's line
                segs.append(f_lead)
                if isinstance(body, _Seg):
                    segs.append(_Seg(head + body.ours[col:], head + body.theirs[col:], body.conflict))
                else:
                    segs.append(head + body[col:])
            else:
                segs.extend([f_lead, body])
        head_dash = len(head) - len(head.lstrip(" "))
        return [lead, *_reindent_segs([s for s in segs if s != ""], ours.dash - head_dash)]

    @staticmethod
    def field_body(base: Field | None, ours: Field, theirs: Field, col: int, where: Conflict) -> str | _Seg:
        bo, bt = _reindent(ours.body, col - ours.col), _reindent(theirs.body, col - theirs.col)
        bb = _reindent(base.body, col - base.col) if base else None
        chosen = _choose(bb, bo, bt)
        if chosen is not CLASH:
            return chosen
        if ours.value == theirs.value:
            return min(bo, bt)  # the same value, written two ways: either, but the same either way
        if base is not None and ours.value == base.value:
            return bt
        if base is not None and theirs.value == base.value:
            return bo
        return _Seg(bo, bt, where)

    # -- the list of plans or of entries --

    def items(self, kind: str, base: Section | None, ours: Section, theirs: Section,
              force_keep: Iterable[str] = ()) -> tuple[Segs, set[str]]:
        """The merged list (its `plans:`/`log:` line and items), and the plans its entries use."""
        label = "plan" if kind == "plans" else "log entry"
        order, b, o, t = self.members(lambda k: f"{label} '{k}'", base.items if base else [], ours.items,
                                      theirs.items, key=lambda i: i.id, sort_key=lambda i: i.order,
                                      same=lambda x, y: x.text == y.text or x.value == y.value,
                                      force_keep=force_keep)

        def first_dash(s: Section | None) -> int | None:
            return s.items[0].dash if s is not None and s.items else None

        db, do, dt_ = first_dash(base), first_dash(ours), first_dash(theirs)
        if do is None or dt_ is None or do == dt_:
            dash = do if do is not None else dt_
        else:
            dash = _choose(db, do, dt_)
            dash = min(do, dt_) if dash is CLASH else dash
        dash = 2 if dash is None else dash
        header = _choose(base.header if base else None, ours.header, theirs.header)
        header = min(ours.header, theirs.header) if header is CLASH else header
        if order:  # a list with items: drop an empty value (`[]`, `~`) from the key's line
            header = ours.header_open if header == ours.header else theirs.header_open
        segs: Segs = [header]
        ours_side = self.sides[0]
        for k in order:
            if k in o and k in t:
                item = o[k]
                text = item.text
                if item.dash == dash and ours_side is not None and text == t[k].text:
                    # The same on both sides, as most of a long log is: ours, word for word (what
                    # `item` gives then, without cutting it into fields).
                    segs.append(Mark("item", kind, item, ours_side))
                    segs.append(text)
                    continue
                merged, source = self.item(kind, b.get(k), o[k], t[k]), o[k]
            else:
                source = o.get(k) or t.get(k)
                merged = [source.text]
            merged = _reindent_segs(merged, dash - source.dash)
            segs.append(self._word_for_word(merged, o.get(k), t.get(k)))
            segs.extend(merged)
        kept = set(order)
        return segs, {i.plan for i in (*o.values(), *t.values()) if i.id in kept and i.plan}

    # -- the whole file --

    @staticmethod
    def piece(base: str | None, ours: str, theirs: str, where: str) -> Segs:
        chosen = _choose(base, ours, theirs)
        if chosen is not CLASH:
            return [chosen]
        if all(not line.strip() or line.lstrip().startswith("#") for line in (ours + theirs).splitlines()):
            return [_comments(base, ours, theirs)]
        return [_Seg(ours, theirs, Conflict(where))]

    def section(self, base: Section | None, ours: Section, theirs: Section) -> Segs:
        lead = _comments(base.lead if base else None, ours.lead, theirs.lead)
        chosen = _choose(base.body if base else None, ours.body, theirs.body)
        if chosen is CLASH:
            if ours.value == theirs.value:
                chosen = min(ours.body, theirs.body)
            elif base is not None and ours.value == base.value:
                chosen = theirs.body
            elif base is not None and theirs.value == base.value:
                chosen = ours.body
            else:
                return [lead, Mark("key", ours.name),
                        _Seg(ours.body, theirs.body, Conflict(f"top-level `{ours.name}`", field=ours.name))]
        side = self.sides[0] if chosen is ours.body else self.sides[1] if chosen is theirs.body else None
        return [lead, Mark("key", ours.name, side), chosen]

    def doc(self, base: Document, ours: Document, theirs: Document) -> Segs:
        order, b, o, t = self.members(lambda k: f"top-level `{k}`", base.sections, ours.sections,
                                      theirs.sections, key=lambda s: s.name,
                                      sort_key=lambda s: str(_SECTION_ORDER.index(s.name))
                                      if s.name in _SECTION_ORDER else f"9{s.name}",
                                      same=lambda x, y: x.text == y.text or x.value == y.value)
        merged: dict[str, Segs] = {}
        uses: set[str] = set()
        for name in sorted(order, key=lambda n: n != "log"):  # the log first: the plans it uses are kept
            if name in o and name in t:
                bs = b.get(name)
                if name in ("plans", "log") and o[name].items is not None and t[name].items is not None:
                    lead = _comments(bs.lead if bs else None, o[name].lead, t[name].lead)
                    segs, found = self.items(name, bs if bs is not None and bs.items is not None else None,
                                             o[name], t[name], force_keep=uses if name == "plans" else ())
                    uses = found if name == "log" else uses
                    merged[name] = [lead, Mark("key", name), *segs]
                else:
                    merged[name] = self.section(bs, o[name], t[name])
            else:
                only = o.get(name) or t.get(name)
                merged[name] = [only.lead, Mark("key", name, self.sides[0] if name in o else self.sides[1]),
                                only.body]
                if name == "log" and only.items is not None:
                    uses = {i.plan for i in only.items if i.plan}
        segs: Segs = self.piece(base.preamble, ours.preamble, theirs.preamble, "the lines before the first key")
        for name in order:
            segs.append(Mark("section", name))
            segs.extend(merged[name])
        segs.append(Mark("tail"))
        segs.extend(self.piece(base.tail, ours.tail, theirs.tail, "the end of the file"))
        return [s for s in segs if s != ""]


def _intersection(ours: Document, theirs: Document) -> Document:
    """A stand-in common ancestor when none is known: what both sides have, word for word."""
    t_sections = {s.name: s for s in theirs.sections}
    sections = []
    for s in ours.sections:
        other = t_sections.get(s.name)
        if other is None:
            continue
        lead = s.lead if s.lead == other.lead else "\0"
        body = s.body if s.body == other.body else "\0"
        common = Section(s.name, lead, body, node=s.node, _value=None if body != "\0" else "\0")
        if s.items is not None and other.items is not None:
            t_items = {i.text: i for i in other.items}
            common.header = s.header if s.header == other.header else "\0"
            common.header_open = common.header
            common.items = [i for i in s.items if i.text in t_items]
        sections.append(common)
    return Document("", bom=ours.bom, newline=ours.newline,
                    preamble=ours.preamble if ours.preamble == theirs.preamble else "\0",
                    sections=sections, tail=ours.tail if ours.tail == theirs.tail else "\0")


def _merged_ids(merger: _Merger, segs: Segs, data: bytes, newline: str, bom: bool,
                shown: str) -> tuple[set[str], set[str]]:
    """The plan and entry ids of a merge without conflicts, from its pieces (journal.assemble: the
    record of the merged text made from the versions' records, and validated); read in full, as
    `_ids` does, when the pieces can't tell (see assemble.py). The pieces and the versions are let
    go on the way (`data` holds the merged text), so that they don't add to the memory it takes."""
    from repairkit import journal
    from repairkit.journal import cache
    from repairkit.journal.assemble import assemble
    from repairkit.journal.validate import sha_of

    if cache.has(sha_of(data)):  # the same merge made before (`resolve` run again, a rebase): its record
        segs.clear()
        merger.sides = (None, None)
        return _ids(data)
    snap = assemble(segs, bom=bom, shown=shown) if newline == "\n" else None
    segs.clear()
    merger.sides = (None, None)
    if snap is None or snap.data != data:
        return _ids(data)
    snap.data = data  # the same bytes: one copy is enough
    journal.remember(snap)
    return {p.id for p in snap.contents.plans}, snap.entry_ids()


def _ids(data: bytes) -> tuple[set[str], set[str]]:
    """The plan and entry ids of the merged text, read back as any command reads a journal (and kept in
    the parse cache, so the first command after the pull needn't read it again)."""
    from repairkit import journal

    snap = journal.load(Path("merged"), data=data)
    return {p.id for p in snap.contents.plans}, snap.entry_ids()


def pieces(data: bytes, shown: str, snap=None) -> Document:
    """A version of the journal cut into the pieces the merge works on (text.py's model).

    The merge works on LF text ending in a line break; the result gets the
    version's own line ending and BOM back when it is rendered. A Snapshot of
    the same bytes lends its pieces when no normalising was needed.
    """
    from repairkit.journal.nodes import compose
    from repairkit.journal.text import decompose
    from repairkit.journal.validate import decode

    text = decode(data, shown)
    newline = "\r\n" if "\r\n" in text else ("\n" if "\n" in text else None)
    norm = text.replace("\r\n", "\n")
    if norm and not norm.endswith("\n"):
        norm += "\n"
    doc = snap.document() if snap is not None and norm == text else None
    if doc is None:
        import gc

        enabled = gc.isenabled()
        gc.disable()  # as in validate.parse: many small objects, no cycles
        try:
            doc = decompose(norm, compose(norm, shown))
        finally:
            if enabled:
                gc.enable()
    if doc.sections is None:
        raise JournalError("the top level is not a block mapping (`version: 1` on its own line, and so on)",
                           path=shown, line=1, col=1)
    doc.bom = data.startswith(b"\xef\xbb\xbf")
    doc.newline = newline
    return doc


@dataclass
class MergeResult:
    data: bytes
    conflicts: list[Conflict]
    notes: list[str]
    plans: int = 0
    entries: int = 0
    from_ours: int = 0  # entries in the result that only ours had
    from_theirs: int = 0
    removed: tuple[set[str], set[str]] = field(default_factory=lambda: (set(), set()))  # ids one side deleted

    @property
    def clean(self) -> bool:
        return not self.conflicts


def _side_error(e: JournalError, which: str, shown: str, lines: Sequence[int] | None) -> MergeError:
    line = e.line
    if line and lines and line <= len(lines):
        line = lines[line - 1]  # where that line is in the file with the markers
    where = f" at line {line}" + (f", column {e.col}" if e.col else "") if line else ""
    return MergeError(f"{which} has a problem{where}: {e.message}", path=shown,
                      hint=e.hint if e.hint and "repair resolve" not in e.hint else None)


def _check_side(data: bytes, which: str, shown: str,
                lines: Sequence[int] | None = None) -> tuple[Document, tuple[set[str], set[str]], object]:
    """One side, cut into pieces, with its plan and entry ids and its Snapshot; MergeError if it is not
    a valid journal."""
    from repairkit import journal

    try:
        snap = journal.load(Path(shown), data=data)  # through the parse cache: a version seen before is not read again
        ids = ({p.id for p in snap.contents.plans}, snap.entry_ids())
        snap.rows_only()  # the merge needs the entries' rows, not a record per entry
        return pieces(data, shown, snap), ids, snap
    except JournalError as e:
        raise _side_error(e, which, shown, lines) from None


def _base_doc(data: bytes | None, shown: str) -> Document | None:
    """The common ancestor's pieces; it need not be a valid journal (None when it doesn't even parse)."""
    from repairkit import journal

    if not data or not data.strip():
        return None
    try:
        return pieces(data, shown, journal.load(Path(shown), data=data))
    except JournalError:
        pass
    try:
        return pieces(data, shown)
    except JournalError:
        return None


def _render(segs: Segs, newline: str, bom: bool, pick: str | None, labels: tuple[str, str]) -> bytes:
    from repairkit.textsafe import safe_text

    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(s)
        elif isinstance(s, Mark):
            continue
        elif pick == "ours":
            out.append(s.ours)
        elif pick == "theirs":
            out.append(s.theirs)
        else:
            what = safe_text(s.conflict.where, one_line=True)
            out.append(f"<<<<<<< {labels[0]}: {what}\n{s.ours}=======\n{s.theirs}>>>>>>> {labels[1]}: {what}\n")
    text = "".join(out)
    if newline != "\n":
        text = text.replace("\n", newline)
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def merge(base: bytes | None, ours: bytes, theirs: bytes, shown: str = "repair.yaml", *,
          ours_name: str = "our version", theirs_name: str = "their version",
          labels: tuple[str, str] = ("ours", "theirs"),
          line_maps: tuple[Sequence[int] | None, Sequence[int] | None] = (None, None)) -> MergeResult:
    """Merge two versions of a journal against their common ancestor (None or b"" if there is none).

    Raises MergeError when either side does not load as a valid journal, or
    when the merge could not be made safely; never returns bytes that do not
    read back as a journal, apart from conflict markers when there are
    conflicts (and then taking either side of every conflict reads back).
    """
    # Theirs first: it is usually the version new to this computer, read in full, and the memory that
    # reading takes and gives back is then reused for ours (from the cache) instead of adding to it.
    try:
        t_doc, t_ids, t_snap = _check_side(theirs, theirs_name, shown, line_maps[1])
        t_error = None
    except MergeError as e:
        t_error = e
    o_doc, o_ids, o_snap = _check_side(ours, ours_name, shown, line_maps[0])  # a problem in ours is told first
    if t_error is not None:
        raise t_error
    if ours == theirs or theirs == base:
        return MergeResult(ours, [], [], plans=len(o_ids[0]), entries=len(o_ids[1]))
    if ours == base:
        return MergeResult(theirs, [], [], plans=len(t_ids[0]), entries=len(t_ids[1]))
    b_doc = _base_doc(base, shown) or _intersection(o_doc, t_doc)
    merger = _Merger(sides=(Source(o_snap, o_doc), Source(t_snap, t_doc)))
    del o_snap, t_snap
    segs = merger.doc(b_doc, o_doc, t_doc)
    if o_doc.newline == t_doc.newline:
        newline = o_doc.newline or "\n"
    else:
        newline = b_doc.newline if b_doc.newline in (o_doc.newline, t_doc.newline) else "\n"
    bom = o_doc.bom if o_doc.bom == t_doc.bom else b_doc.bom
    conflicts = [s.conflict for s in segs if isinstance(s, _Seg)]
    b_ids = ({i.id for s in b_doc.sections if s.name == "plans" and s.items for i in s.items},
             {i.id for s in b_doc.sections if s.name == "log" and s.items for i in s.items})
    del o_doc, t_doc, b_doc
    kept: tuple[set[str], set[str]] = (set(), set())
    for pick in ("ours", "theirs") if conflicts else (None,):
        try:
            if conflicts:
                got = _ids(_render(segs, newline, bom, pick, labels))
            else:
                data = _render(segs, newline, bom, None, labels)
                got = _merged_ids(merger, segs, data, newline, bom, shown)
        except JournalError as e:
            raise MergeError(f"could not merge {shown} safely: the result would not load ({e.message})",
                             hint="please report this as a bug; both versions are still in git") from None
        for n, what in enumerate(("plans", "entries")):
            kept[n].update(got[n])
            lost = (o_ids[n] | t_ids[n]) - got[n] - b_ids[n]
            if lost and not conflicts:  # only what was there before may go (deleted on one side)
                raise MergeError(f"could not merge {shown} safely: {what} {', '.join(sorted(lost))} would be "
                                 "lost", hint="please report this as a bug; both versions are still in git")
    removed = ((o_ids[0] | t_ids[0]) - kept[0], (o_ids[1] | t_ids[1]) - kept[1])
    if removed[0] or removed[1]:
        merger.notes += removal_notes(removed, [(ours, o_ids), (theirs, t_ids)], shown)
    result = MergeResult(_render(segs, newline, bom, None, labels) if conflicts else data, conflicts, merger.notes,
                         removed=removed)
    if not conflicts:
        result.plans, result.entries = len(got[0]), len(got[1])
        result.from_ours = len((o_ids[1] - t_ids[1]) & got[1])
        result.from_theirs = len((t_ids[1] - o_ids[1]) & got[1])
    return result


MAX_REMOVAL_NOTES = 20  # then one line that counts the rest by author


def removal_notes(removed: tuple[set[str], set[str]], sides: list[tuple[bytes, tuple[set[str], set[str]]]],
                  shown: str, *, hint: bool = True) -> list[str]:
    """One line per plan and log entry the merge left out (deleted on one side, unchanged on the
    other), naming its id and who wrote it, so that neither partner's hand deletion of the other's
    words goes by unnoticed. Read from the side that still has it (through the parse cache)."""
    from repairkit import journal
    from repairkit.textsafe import clip

    removed = (set(removed[0]), set(removed[1]))  # what is left to find
    found: list[tuple[str, str, str]] = []  # (author, id, the line)
    for data, ids in sides:
        wanted = (removed[0] & ids[0], removed[1] & ids[1])
        if not wanted[0] and not wanted[1]:
            continue
        try:
            contents = journal.load(Path(shown), data=data).contents
        except JournalError:  # both sides loaded a moment ago; say what we can without the details
            contents = None
        for plan in contents.plans if contents else ():
            if plan.id in wanted[0]:
                people = ", ".join(f"{clip(who)} {role}" for who, role in ((plan.repairing, "repairing"),
                                                                           (plan.hurt, "hurt")) if who)
                title = f"\"{clip(plan.title)}\"" if plan.title else "no title"
                line = f"plan '{plan.id}' ({title}{', ' + people if people else ''})"
                found.append((plan.repairing or "", plan.id, line))
                removed[0].discard(plan.id)
        for entry in contents.entries if contents else ():
            if entry.id in wanted[1]:
                when = entry.at.isoformat()[:16].replace("T", " ") if entry.at is not None else "no date"
                by = f"by {clip(entry.by)}" if entry.by else "no author named"
                line = f"log entry '{entry.id}' ({entry.kind} for {entry.plan}, {when}, {by})"
                found.append((entry.by or "", entry.id, line))
                removed[1].discard(entry.id)
    found += [("", i, f"plan '{i}'") for i in sorted(removed[0])] + \
        [("", i, f"log entry '{i}'") for i in sorted(removed[1])]
    notes = [f"the merge removed {line}: one side deleted it and the other left it as it was"
             for _, _, line in found[:MAX_REMOVAL_NOTES]]
    if len(found) > MAX_REMOVAL_NOTES:
        rest: dict[str, int] = {}
        for author, _, _ in found[MAX_REMOVAL_NOTES:]:
            rest[author] = rest.get(author, 0) + 1
        counts = ", ".join(f"{n} {'by ' + clip(a) if a else 'with no author named'}" for a, n in sorted(rest.items()))
        notes.append(f"the merge removed {len(found) - MAX_REMOVAL_NOTES} more ({counts}) the same way")
    if found and hint:
        notes.append(f"if a removal was not meant, the text is still in git's history: `git log -p -S ID -- "
                     f"{shlex.quote(shown)}` finds it, and `repair edit` puts it back")
    return notes


# ---------------------------------------------------------- merge driver ---

def merge_files(base: Path, ours: Path, theirs: Path, shown: str) -> MergeResult:
    """What git's merge driver does: merge, and write the result over OURS (unless the merge failed)."""
    from repairkit.journal.store import atomic_write

    def read(p: Path, which: str) -> bytes:
        try:
            return p.read_bytes()
        except OSError as e:
            raise MergeError(f"could not read {which} of {shown}: {e.strerror or e}") from None

    b = read(base, "the common version") if base.exists() else b""
    result = merge(b, read(ours, "our version"), read(theirs, "their version"), shown)
    if result.data != read(ours, "our version"):
        atomic_write(ours, result.data)
    return result


# --------------------------------------------------------------- resolve ---

@dataclass
class Sides:
    ours: str
    theirs: str
    base: str | None  # when every conflict carried the common version too (diff3 style)
    # Line numbers in the file, for messages; arrays of machine integers (a list of 100,000 line
    # numbers is 4 MB of int objects).
    ours_lines: Sequence[int] = field(default_factory=list)
    theirs_lines: Sequence[int] = field(default_factory=list)


def split_markers(text: str, shown: str) -> Sides | None:
    """The two (or three) versions inside a file with git conflict markers; None if it has none."""
    ours: list[str] = []
    theirs: list[str] = []
    base: list[str] = []
    ours_lines = array("l")
    theirs_lines = array("l")
    every_hunk_has_base = True
    hunks = 0
    state = None  # None, "ours", "base" or "theirs"
    opened_at = 0
    for n, line in enumerate(text.splitlines(keepends=True), start=1):
        m = _MARKER.fullmatch(line.rstrip("\r\n"))
        mark = m.group(1)[0] if m else None
        if mark == "<" and state is None:
            state, opened_at, hunks, hunk_base = "ours", n, hunks + 1, False
        elif mark == "|" and state == "ours":
            state, hunk_base = "base", True
        elif mark == "=" and state in ("ours", "base"):
            every_hunk_has_base = every_hunk_has_base and hunk_base
            state = "theirs"
        elif mark == ">" and state == "theirs":
            state = None
        elif mark is not None:
            raise JournalError(f"a conflict marker out of place ({line.strip()[:7]})", path=shown, line=n, col=1,
                               hint="the markers come in order: <<<<<<<, (|||||||,) =======, >>>>>>>; "
                                    "fix them, or edit the conflict by hand")
        elif state is None:
            ours.append(line)
            theirs.append(line)
            base.append(line)
            ours_lines.append(n)
            theirs_lines.append(n)
        else:
            {"ours": ours, "base": base, "theirs": theirs}[state].append(line)
            {"ours": ours_lines, "theirs": theirs_lines}.get(state, []).append(n)
    if state is not None:
        raise JournalError("a conflict that is never closed (no >>>>>>> line)", path=shown, line=opened_at,
                           col=1, hint="restore the missing marker, or edit the conflict by hand")
    if not hunks:
        return None
    return Sides("".join(ours), "".join(theirs), "".join(base) if every_hunk_has_base else None,
                 ours_lines, theirs_lines)


def _index_base(path: Path, stage: int = 1) -> bytes | None:
    """A version git keeps in its index during a conflicted merge: the common ancestor (stage 1),
    ours (2) or theirs (3), if any."""
    try:
        result = subprocess.run(["git", "show", f":{stage}:./{path.name}"], check=False, cwd=path.parent,
                                capture_output=True, timeout=GIT_TIMEOUT)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 and result.stdout.strip() else None


def _removed_before_resolve(path: Path, merged: MergeResult, shown: str) -> list[str]:
    """What git's own line-by-line merge already left out before `resolve` saw the file: a plan or
    entry that one whole side (git's stage 2 or 3) has, that the common ancestor had, and that the
    settled file lacks. Said like the merge's own removals; nothing when git has no stages."""
    if merged.conflicts:
        return []
    from repairkit import journal

    ids: list[tuple[set[str], set[str]]] = []
    versions: list[tuple[bytes, tuple[set[str], set[str]]]] = []
    for stage in (1, 2, 3):
        data = _index_base(path, stage)
        if data is None:
            return []
        try:
            contents = journal.load(Path(shown), data=data).contents
        except JournalError:
            return []
        ids.append(({p.id for p in contents.plans}, {e.id for e in contents.entries}))
        if stage > 1:
            versions.append((data, ids[-1]))
    try:
        now = _ids(merged.data)
    except JournalError:
        return []
    gone = tuple((ids[0][n] & (ids[1][n] | ids[2][n])) - now[n] - merged.removed[n] for n in (0, 1))
    if not gone[0] and not gone[1]:
        return []
    return removal_notes(gone, versions, shown, hint=not (merged.removed[0] or merged.removed[1]))


@dataclass
class ResolveResult:
    path: Path
    had_markers: bool
    merge: MergeResult | None = None
    base_from: str | None = None  # "markers", "git", or None (what both sides share)


def resolve(path: Path) -> ResolveResult:
    """Settle a journal that has git's conflict markers, in place and atomically."""
    from repairkit.journal.store import atomic_write, display_path, locked, read_bytes
    from repairkit.journal.validate import decode

    shown = display_path(path)
    with locked(path, wait_for_git=False):  # part of the merge: git may hold its index lock meanwhile
        data = read_bytes(path)
        sides = split_markers(decode(data, shown), shown)
        if sides is None:
            return ResolveResult(path, had_markers=False)
        bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
        base: bytes | None = None
        base_from = None
        if sides.base is not None:
            base, base_from = bom + sides.base.encode("utf-8"), "markers"
        else:
            staged = _index_base(path)
            if staged is not None:
                base, base_from = staged, "git"
        ours, theirs = bom + sides.ours.encode("utf-8"), bom + sides.theirs.encode("utf-8")
        sides.ours = sides.theirs = sides.base = None  # only the bytes from here on (they are megabytes)
        result = merge(base, ours, theirs, shown,
                       ours_name="your side of the conflict (between <<<<<<< and =======)",
                       theirs_name="the other side of the conflict (between ======= and >>>>>>>)",
                       line_maps=(sides.ours_lines, sides.theirs_lines))
        if result.data != data:
            atomic_write(path, result.data)
    earlier = _removed_before_resolve(path, result, shown)
    if earlier and (result.removed[0] or result.removed[1]):
        result.notes[-1:-1] = earlier  # before the merge's own last line, the hint about git's history
    else:
        result.notes += earlier
    return ResolveResult(path, had_markers=True, merge=result, base_from=base_from)


def conflict_error(shown: str, conflicts: list[Conflict]) -> ConflictError:
    if len(conflicts) == 1:
        what = f"both of you changed {conflicts[0].where} differently"
    else:
        what = f"both of you changed {len(conflicts)} things differently (listed above)"
    return ConflictError(f"{shown}: {what}",
                         hint="everything else is merged; in the file, keep the version you both want between "
                              "<<<<<<< and >>>>>>>, delete the marker lines, then `repair check`")
