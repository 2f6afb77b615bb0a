"""The library API: everything the `repair` command does to a journal, callable from Python.

    from repairkit import Journal

    journal = Journal.find()                      # as `repair` finds it (or Journal("notes/repair.yaml"))
    plan = journal.add_plan(title="Late without a text", fear="reliability",
                            pattern="When plans change I go quiet and turn up late.",
                            behavior="When plans change, I text as soon as I know.",
                            raise_it="Alex says 'the text thing' and we talk that evening.",
                            by="Sam").plan
    journal.log("shown", "Texted when the train was late", plan=plan.id, by="Alex")
    for r in journal.review():
        print(r.plan.id, r.verdict, r.check_in.state)

Every write is locked, atomic, changes only the bytes it must, and runs the same safety net as the
command line: text that suggests someone may not be safe raises SafetyStop and nothing is saved, so
a script can't write what a person typing couldn't. Errors are RepairError subclasses with a message,
file/line/column where there is one, a hint, and the exit code the command line uses.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from repairkit import dates
from repairkit.errors import JournalError, SafetyStop, UsageError
from repairkit.model import FEARS, KINDS, LOG_KINDS, OUTCOMES, Contents, Entry, Plan
from repairkit.review import PlanReview, review

INIT_TEMPLATE = """\
# Our repair journal, kept by repairkit (`repair --help`).
# It is plain YAML: edit it by hand whenever you like; `repair check` says
# if anything is off. Your comments and layout are kept on every write.
version: 1
people: {people}

# A plan: the pattern being changed, one visible behavior that would show
# the change, how to raise it if the old pattern comes back, and a check-in.
# Add one with `repair plan`.
plans:

# Evidence, oldest first. Either of you adds to it with `repair log`.
log:
"""
CHECK_IN_DAYS = 14
ADJUSTABLE = ("behavior", "raise_it")  # what a check-in's `adjust` may rewrite in the plan


def screen(*texts: str | None, confirmed_safe: bool = False) -> None:
    """The safety net over everything a write would save; SafetyStop when it stops (nothing is saved).

    `confirmed_safe` is for a person who, asked on a terminal, said an unsure text is not about
    their safety; it never overrides a stop.
    """
    from repairkit.care import safety

    verdict = safety.check_texts(*texts)
    if verdict.level == "stop" or (verdict.level == "unsure" and not confirmed_safe):
        raise SafetyStop(verdict, unsure=verdict.level == "unsure")


def default_author(path: Path | None = None) -> str | None:
    """Who is writing when nobody says: $REPAIR_AUTHOR › `author:` in the config file › git user.name."""
    env = os.environ.get("REPAIR_AUTHOR")
    if env:
        return env
    from repairkit import config

    configured = config.load().author
    if configured:
        return configured
    from repairkit import sync

    folder = Path(path).parent if path is not None and str(Path(path).parent) else Path(".")
    return sync.user_name(folder) if folder.is_dir() else None


@dataclass
class PlanAdded:
    """A new plan, and what the person might want to hear about it."""

    plan: Plan
    vague: str | None = None  # why the behavior sounds vague, if it does
    suggestions: list[str] = field(default_factory=list)  # concrete behaviors to pick from, when vague
    needs_support: bool = False  # signs that outside support would help (the plan is still saved)
    unknown_people: list[str] = field(default_factory=list)  # names not in the journal's `people`


@dataclass
class Logged:
    entry: Entry
    unknown_people: list[str] = field(default_factory=list)


class PlanNotFound(UsageError):
    """No plan, or more than one, answers to what was given (exit 2); `choices` are the plans to pick from."""

    def __init__(self, message: str, *, hint: str | None = None, choices: list[Plan] | None = None) -> None:
        super().__init__(message, hint=hint)
        self.choices = choices or []


class Journal:
    """One journal file and everything the tool does with it. Cheap to make; reads the file when asked."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._snap = None

    def __repr__(self) -> str:
        return f"Journal({str(self.path)!r})"

    # ---------------------------------------------------------------- finding ---

    @classmethod
    def find(cls, explicit: str | os.PathLike[str] | None = None, *, cwd: Path | None = None) -> Journal:
        """--journal › $REPAIR_JOURNAL › the nearest repair.yaml here or above › `journal:` in the config file."""
        from repairkit.journal.store import find_journal

        try:
            return cls(find_journal(explicit, cwd))
        except JournalError:
            from repairkit import config

            configured = config.load().journal
            if configured is None:
                raise
            return cls(configured)

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, people: list[str] | tuple[str, ...] = ()) -> Journal:
        """A new journal (0600, commented); refuses to overwrite anything at `path` (exit 3)."""
        from repairkit.journal import render
        from repairkit.journal.store import create_new, display_path, locked

        path = Path(path)
        names = [n.strip() for n in people if n and n.strip()]
        for name in names:
            screen(name)
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise JournalError(f"folder {display_path(folder)} does not exist", hint="create it first")
        with locked(path) as lock:
            create_new(path, INIT_TEMPLATE.format(people=render.flow_list(names)).encode("utf-8"), lock=lock)
        return cls(path)

    def set_people(self, people: list[str] | tuple[str, ...]) -> list[str]:
        """Name who shares a journal that doesn't say yet (`people: []`, as `repair init` once left it).

        Returns the names now listed. A journal that already lists the same names is left as it is;
        one that lists others is not changed (JournalError, exit 3): that is for `repair edit`.
        """
        from repairkit.journal.store import display_path

        names = list(dict.fromkeys(n.strip() for n in people if n and n.strip()))
        if not names:
            raise UsageError("no names given", hint='for example: repair init --people "Sam,Alex"')
        screen(*names)
        with self._writing() as w:
            listed = w.contents.people
            if listed:
                if listed == names:
                    return listed
                raise JournalError(f"{display_path(self.path)} already lists its people ({', '.join(listed)}); "
                                   "not changing them", hint="use `repair edit` to change who shares the journal")
            w.set_people(names)
        self._done(w)
        return names

    # ---------------------------------------------------------------- reading ---

    def snapshot(self, *, fresh: bool = False):
        """The journal as it is now on disk (parsed once per change of its bytes, through the cache)."""
        from repairkit import journal as core

        if self._snap is None or fresh:
            self._snap = core.load(self.path)
        return self._snap

    @property
    def contents(self) -> Contents:
        return self.snapshot().contents

    @property
    def people(self) -> list[str]:
        return self.contents.people

    @property
    def plans(self) -> list[Plan]:
        return self.contents.plans

    @property
    def entries(self) -> list[Entry]:
        return self.contents.entries

    def check(self) -> list[JournalError]:
        """Every problem in the journal (an empty list when it is valid)."""
        from repairkit import journal as core

        snap, problems = core.check(self.path)
        if snap is not None and not problems:
            self._snap = snap
        return problems

    def plan(self, ref: str | None = None) -> Plan:
        """A plan by id or unique id prefix; with none, the only active plan. PlanNotFound otherwise."""
        plans = self.plans
        if ref is not None:
            for p in plans:
                if p.id == ref:
                    return p
            matches = [p for p in plans if p.id.startswith(ref)]
            if len(matches) == 1:
                return matches[0]
            if matches:
                raise PlanNotFound(f"'{ref}' could be any of: {_ids(matches)}", hint="type more of the id",
                                   choices=matches)
            close = similar_plans(ref, plans)
            raise PlanNotFound(f"no plan '{ref[:60]}'", choices=close or plans,
                               hint=(f"did you mean {_ids(close, ' or ')}? " if close else "")
                               + f"plans in this journal: {_ids(plans) or 'none yet'}")
        active = [p for p in plans if p.status == "active"]
        if len(active) == 1:
            return active[0]
        if not plans:
            raise PlanNotFound("this journal has no plans yet", hint="add one with `repair plan`")
        raise PlanNotFound("which plan? pass --plan ID" if active else "no active plan; pass --plan ID",
                           hint=f"active plans: {_ids(active)}" if active else f"plans: {_ids(plans)}",
                           choices=active or plans)

    def review(self, plans: list[Plan] | None = None, *, since: dt.date | None = None,
               until: dt.date | None = None, today: dt.date | None = None,
               include_inactive: bool = False) -> list[PlanReview]:
        """Did each plan's behavior show up? Default: every active plan, up to today."""
        contents = self.contents
        if plans is None:
            plans = [p for p in contents.plans if include_inactive or p.status == "active"]
        return review(plans, contents.entries, today=today or dates.today(), since=since, until=until,
                      people=contents.people)

    def export(self, fmt: str, *, now: dt.datetime | None = None, plans: list[Plan] | None = None,
               since: dt.date | None = None, until: dt.date | None = None, **options: Any) -> str:
        """The journal as `markdown`, `json`, `ics` or `html` text (html takes `private_notes`)."""
        now = now or dates.now()
        contents = self.contents
        if fmt == "markdown":
            from repairkit.export.markdown import to_markdown

            return to_markdown(contents, now=now, plans=plans, since=since, until=until, **options)
        if fmt == "json":
            from repairkit.export.json import to_json

            return to_json(contents, now=now, journal_file=str(self.path), plans=plans, since=since, until=until)
        if fmt == "ics":
            from repairkit.export.ics import to_ics

            return to_ics(contents, now=now, plans=plans)
        if fmt == "html":
            from repairkit.export.html import to_html

            return to_html(contents, now=now, plans=plans, since=since, until=until, **options)
        raise UsageError(f"unknown export format '{fmt}'", hint="markdown, json, ics or html")

    def author(self, by: str | None = None) -> str | None:
        """--by › $REPAIR_AUTHOR › `author:` in the config file › git user.name."""
        return by or default_author(self.path)

    # ---------------------------------------------------------------- writing ---

    def _writing(self, **kw: Any):
        from repairkit import journal as core

        return core.writing(self.path, self._snap, **kw)

    def _done(self, writer) -> None:
        self._snap = None  # the next read sees the new bytes (through the cache the write just filled)

    def add_plan(self, *, title: str, pattern: str, fear: str, behavior: str, raise_it: str,
                 check_in: dt.date | None = None, repairing: str | None = None, hurt: str | None = None,
                 incident: str | None = None, impact: str | None = None, id: str | None = None,
                 by: str | None = None, opened: dt.date | None = None, strict: bool = False,
                 confirmed_safe: bool = False) -> PlanAdded:
        """Add a plan. The text is screened first; a vague behavior is noted (or refused with `strict`)."""
        from repairkit import ids
        from repairkit.care import coaching, support
        from repairkit.ids import is_valid_id, suggest_id

        screen(title, pattern, behavior, raise_it, incident, impact, repairing, hurt, confirmed_safe=confirmed_safe)
        missing = [name for name, value in (("title", title), ("pattern", pattern), ("fear", fear),
                                            ("behavior", behavior), ("raise_it", raise_it)) if not value]
        if missing:
            raise UsageError(f"a plan needs {', '.join(missing)}")
        if fear not in FEARS:
            raise UsageError(f"unknown fear '{fear}'", hint="one of: " + ", ".join(FEARS))
        if id is not None and not is_valid_id(id):
            raise UsageError(f"--id '{id[:60]}' is not a valid id: it must start with a lowercase letter and use only "
                             "lowercase letters, digits and single hyphens (at most 64 characters)",
                             hint=f"for example --id {suggest_id(id)}")
        vague = coaching.vague_behavior(behavior)
        ideas = coaching.behavior_suggestions(fear, behavior, incident=incident, pattern=pattern,
                                              title=title) if vague else []
        if vague and strict:
            raise UsageError(f"the behavior sounds vague: {vague}",
                             hint=f"rewrite it as something your partner could see, e.g. \"{ideas[0]}\"")
        today = dates.today()
        person = self.author(by)
        repairing = repairing or person
        with self._writing() as w:
            people = w.contents.people
            if not hurt and repairing and len(people) == 2 and repairing in people:
                hurt = next((p for p in people if p != repairing), None)  # `people: [Sam, Sam]` names no one
            taken = {p.id for p in w.plans}
            if id is not None and id in taken:
                raise UsageError(f"there is already a plan '{id}'", hint="choose another --id")
            plan = Plan(id=id or ids.unique_id(ids.slug(title), taken), title=title, opened=opened or today,
                        repairing=repairing, hurt=hurt, incident=incident, impact=impact, pattern=pattern,
                        fear=fear, behavior=behavior, raise_it=raise_it,
                        check_in=check_in or today + dt.timedelta(days=CHECK_IN_DAYS), status="active")
            w.add_plan(plan)
        self._done(w)
        return PlanAdded(plan, vague, ideas, bool(support.support_signs(title, pattern, incident, impact)),
                         _unknown(people, repairing, hurt))

    def log(self, kind: str, note: str | None = None, *, plan: str | None = None, by: str | None = None,
            at: dt.date | dt.datetime | None = None, confirmed_safe: bool = False) -> Logged:
        """Log evidence: `shown`, `missed`, `raised` or a `note`, for a plan (id, prefix, or the only active one)."""
        if kind not in LOG_KINDS:
            raise UsageError(f"unknown kind '{kind}'", hint="one of: " + ", ".join(LOG_KINDS))
        screen(note, by, confirmed_safe=confirmed_safe)
        chosen = self.plan(plan)
        person = self.author(by)
        when = at or dates.now()
        return self._add_entry(chosen, lambda data: Entry(id=_entry_id(data), at=when, plan=chosen.id, kind=kind,
                                                          by=person, note=note))

    def checkin(self, outcome: str, *, plan: str | None = None, next: dt.date | None = None,
                note: str | None = None, by: str | None = None, at: dt.date | dt.datetime | None = None,
                changes: dict[str, str] | None = None, confirmed_safe: bool = False) -> Logged:
        """Record the check-in talk. keep/adjust move the plan's check-in (default: in 14 days);
        repaired and support set its status. With `adjust`, `changes` may also rewrite the plan's
        behavior or raise_it, in the same write as the entry."""
        if outcome not in OUTCOMES:
            raise UsageError(f"unknown outcome '{outcome}'", hint="one of: " + ", ".join(OUTCOMES))
        if next is not None and outcome in ("repaired", "support"):
            raise UsageError(f"--next goes with keep or adjust, not {outcome}")
        changes = {k: v for k, v in (changes or {}).items() if v is not None}
        if changes and outcome != "adjust":
            raise UsageError(f"the plan's wording changes with adjust, not {outcome}")
        unknown = [k for k in changes if k not in ADJUSTABLE]
        if unknown or not all(isinstance(v, str) and v.strip() for v in changes.values()):
            raise UsageError(f"an adjust can rewrite {' and '.join(ADJUSTABLE)}, each as text",
                             hint=f"not: {', '.join(unknown)}" if unknown else None)
        screen(note, by, *changes.values(), confirmed_safe=confirmed_safe)
        chosen = self.plan(plan)
        person = self.author(by)
        when = at or dates.now()
        if outcome in ("keep", "adjust") and next is None:
            next = dates.today() + dt.timedelta(days=CHECK_IN_DAYS)
        changes = {"status": outcome} if outcome in ("repaired", "support") else {**changes, "check_in": next}
        return self._add_entry(chosen, lambda data: Entry(id=_entry_id(data), at=when, plan=chosen.id,
                                                          kind="checkin", by=person, note=note, outcome=outcome,
                                                          next=next), plan_changes=changes)

    def _add_entry(self, plan: Plan, make, plan_changes: dict[str, Any] | None = None) -> Logged:
        with self._writing() as w:
            if not any(p.id == plan.id for p in w.plans):
                raise UsageError(f"plan '{plan.id}' was removed while this command ran")
            entry = make(w.data)
            w.add_entry(entry)
            if plan_changes:
                w.set_plan_fields(plan.id, plan_changes)
            people = w.contents.people
        self._done(w)
        return Logged(entry, _unknown(people, entry.by))

    def remove(self, item_id: str) -> Plan | Entry:
        """Take one entry (or a plan nothing refers to) out of the journal, with the comments just above it."""
        with self._writing() as w:
            removed = w.remove(item_id)
        self._done(w)
        return removed

    def replace(self, data: bytes, *, expected: bytes, confirmed_safe: bool = False) -> Contents:
        """Replace the whole journal with edited bytes (what `repair edit` saves): only when they are a
        valid journal, only if nobody changed the file since `expected` was read, and only after the
        safety net has read everything the edit added or changed."""
        from repairkit import journal as core
        from repairkit.journal import store
        from repairkit.journal.validate import parse

        snap, problems = parse(self.path, data)
        if problems:
            raise core._first(problems)
        old, _ = parse(self.path, expected)
        screen(*_new_text(old.contents if old is not None else None, snap.contents), confirmed_safe=confirmed_safe)
        shown = store.display_path(self.path)
        with store.locked(self.path) as lock:
            current = store.read_bytes(self.path)
            if current != expected:
                raise JournalError(f"{shown} was changed by someone else while you were editing; "
                                   "your edit was not saved over it")
            store.atomic_write(self.path, data, lock=lock)
        self._snap = None
        return snap.contents


def _ids(plans: list[Plan], sep: str = ", ") -> str:
    return sep.join(p.id for p in plans)


def similar_plans(ref: str, plans: list[Plan]) -> list[Plan]:
    """Plans whose id holds what was typed, or is close to it: shown as a hint, never acted on."""
    import difflib

    typed = ref.strip().lower()
    if not typed:
        return []
    inside = [p for p in plans if typed in p.id]
    close = difflib.get_close_matches(typed, [p.id for p in plans], n=3, cutoff=0.6)
    chosen = inside + [p for p in plans if p.id in close and p not in inside]
    return chosen[:3]


def _unknown(people: list[str], *names: str | None) -> list[str]:
    if not people:
        return []
    return [n for n in dict.fromkeys(names) if n and n not in people]


def _entry_id(data: bytes) -> str:
    from repairkit.ids import new_entry_id

    return new_entry_id(data)


def _new_text(old: Contents | None, new: Contents) -> list[str | None]:
    """The text an edit added or changed: plans' fields, entries' notes and names, people."""
    from repairkit.journal.validate import TEXT_FIELDS

    texts: list[str | None] = []
    old_plans = {p.id: p for p in old.plans} if old else {}
    old_entries = {e.id: e for e in old.entries} if old else {}
    for p in new.plans:
        before = old_plans.get(p.id)
        for name in (*TEXT_FIELDS, "pattern"):
            value = getattr(p, name, None)
            if before is None or getattr(before, name, None) != value:
                texts.append(value)
    for e in new.entries:
        before = old_entries.get(e.id)
        if before is None or before.note != e.note or before.by != e.by:
            texts.extend([e.note, e.by])
    known = set(old.people) if old else set()
    texts.extend(n for n in new.people if n not in known)
    return texts


__all__ = ["INIT_TEMPLATE", "Journal", "KINDS", "Logged", "PlanAdded", "PlanNotFound", "default_author",
           "screen", "similar_plans"]
