"""`repair checkin`, `repair start`, `repair guide`: the conversation around the evidence."""
from __future__ import annotations

import datetime as dt

import click

from repairkit.cli import common
from repairkit.cli.common import emit_json, out
from repairkit.errors import UsageError
from repairkit.model import OUTCOMES
from repairkit.textsafe import safe_text


@click.command("checkin")
@click.argument("plan_ref", metavar="[PLAN]", required=False, shell_complete=common.complete_plan_ids)
@click.option("--outcome", type=click.Choice(OUTCOMES),
              help="keep going, adjust the plan, repaired, or needs outside support.")
@click.option("--next", "next_when", metavar="WHEN", help="The next check-in for keep/adjust (default: in 14 days).")
@click.option("--note", help="What you agreed, in a sentence.")
@click.option("--by", metavar="NAME", help="Who is writing (default: $REPAIR_AUTHOR, then git user.name).")
@click.option("--at", "at", metavar="WHEN", help="When the talk happened (default: now).")
@click.option("--no-input", is_flag=True, help="Never prompt.")
@click.pass_context
def checkin_cmd(ctx, plan_ref, outcome, next_when, note, by, at, no_input) -> None:
    """Record the check-in talk and set the next one.

    \b
      repair checkin --outcome keep --next "in 2 weeks" --note "Going well; keep going."
      repair checkin late-texts --outcome repaired
      repair checkin --outcome support --note "We'll find a couples counsellor."

    keep/adjust move the plan's check-in to --next (default: 14 days from
    today); repaired and support set the plan's status. Prints the entry id.

    Also spelled `repair check-in`.
    """
    confirmed = common.screened(note, by)  # safety first: before the journal is even read
    when = common.parse_date_option(at, direction="past", want="any", option="--at")
    next_date = common.parse_date_option(next_when, direction="future", option="--next")
    if next_date is not None and outcome in ("repaired", "support"):
        raise UsageError(f"--next goes with keep or adjust, not {outcome}")
    j = common.journal(ctx)
    plan = common.resolve_plan(j, plan_ref, no_input=no_input)
    if not common.evidence_date_ok(at, when, plan, no_input=no_input):
        return
    changes: dict[str, str] = {}
    if outcome is None:
        if not common.interactive(no_input):
            raise UsageError("missing --outcome", hint="one of: " + ", ".join(OUTCOMES))
        outcome, note, next_date, changes = _ask_checkin(plan, note, next_date)
        confirmed = common.screened(note, by, *changes.values())
    who = common.author(j, by, no_input=no_input)
    logged = j.checkin(outcome, plan=plan.id, next=next_date, note=note, by=who.name, at=when, changes=changes,
                       confirmed_safe=confirmed)
    entry = logged.entry
    common.warn_unknown_people(logged.unknown_people, j)
    if not common.stdout_is_terminal() or common.quiet():
        common.saved(entry.id)
        common.remember_author(who)
        return

    def say(text: str) -> None:
        out("\n".join(common.wrap(text, min(common.columns(), 78))))

    if outcome == "repaired":
        say(f"Recorded. {plan.id} is marked repaired: the evidence stays in the journal, and no more check-ins "
            "are planned for it.")
    elif outcome == "support":
        say(f"Recorded. {plan.id} is marked as needing outside support; no more check-ins are planned for it "
            "here.")
        out("")
        say(SUPPORT_NEXT)
        out("")
        out("  repair guide between-sessions")
    else:
        if changes:
            say(f"Recorded, and the plan now says what you changed ({' and '.join(ADJUSTED[k] for k in changes)}).")
        say(f"Next check-in for {plan.id}: {common.long_date(entry.next)}.")
    common.remember_author(who)


SUPPORT_NEXT = ("Asking for outside help is a way of taking this seriously, not a sign it has failed. A "
                "counsellor or couples therapist can hold the hardest parts of this conversation, so neither "
                "of you has to carry them alone. The between-sessions guide has ways to find one, and small "
                "things to keep doing in the meantime:")
ADJUSTED = {"behavior": "the behavior", "raise_it": "how it's raised"}


def _ask_checkin(plan, note: str | None, next_date):
    """The check-in, through the prompts: the outcome, then what that outcome needs."""
    from repairkit.cli import prompts
    from repairkit.journal.api import CHECK_IN_DAYS

    outcome = prompts.select("How did the check-in go?", [
        ("keep", "keep: it's working; keep going as agreed"),
        ("adjust", "adjust: keep going, with a change to the plan"),
        ("repaired", "repaired: trust feels rebuilt here"),
        ("support", "support: we need outside help with this"),
    ])
    changes: dict[str, str] = {}
    if outcome == "adjust":
        what = prompts.select("What changes?", [
            ("behavior", "The behavior: " + _short(plan.behavior)),
            ("raise_it", "How it's raised: " + _short(plan.raise_it)),
            ("both", "Both of those"),
            ("other", "Something else (I'll say in the note)"),
        ])
        if what in ("behavior", "both"):
            changes["behavior"] = prompts.behavior("The behavior from now on:", plan.fear, incident=plan.incident,
                                                   pattern=plan.pattern, title=plan.title, current=plan.behavior)
        if what in ("raise_it", "both"):
            changes["raise_it"] = prompts.text("How will it be raised from now on?", default=plan.raise_it or "",
                                               instruction="(a word, and when you'll talk)")
        changes = {k: v for k, v in changes.items() if v and v != getattr(plan, k)}
    if note is None:
        ask = {"keep": "Anything you want to remember from the talk?",
               "adjust": "What did you agree to change, in a sentence?" if not changes
               else "Anything else you agreed?",
               "repaired": "Anything you want to remember about how it was repaired?",
               "support": "Anything to note, like who you'll contact?"}[outcome]
        required = outcome == "adjust" and not changes
        note = prompts.text(ask, required=required,
                            instruction="(a sentence)" if required else "(a sentence; Enter to skip)") or None
    if outcome in ("keep", "adjust") and next_date is None:
        next_date = common.ask_check_in("When's the next check-in?",
                                        common.today() + dt.timedelta(days=CHECK_IN_DAYS))
    return outcome, note, next_date, changes


def _short(text: str | None, limit: int = 60) -> str:
    return common.fit_line(safe_text(text or "(not written yet)", one_line=True), limit)


@click.command("start")
@click.option("--answers", metavar="KEY=VALUE,...", help="Answer without prompts: safety=no,support=no,recent=yes…")
@click.option("--json", "as_json", is_flag=True, help="Print the recommendation as one JSON document.")
@click.option("--no-input", is_flag=True, help="Never prompt; needs --answers.")
def start_cmd(answers, as_json, no_input) -> None:
    """A short check-in: which conversation would help now?

    \b
      repair start
      repair start --answers safety=no,support=no,recent=yes
      repair start --answers safety=no,support=no,recent=no,therapy=no,need=talk --json

    On a terminal it begins with a few private safety questions (answer
    them where your partner can't see the screen; nothing is kept), then
    says which kind of conversation would help and the command to run
    next. Nothing is saved anywhere. A "yes" to a safety question (or
    safety=yes or safety=unsure) shows where to get help instead, on
    stderr, and exits 5. --answers also takes the private questions' keys
    (put_down, afraid, sexual, hurt, neck, weapon, wished_dead,
    suicide_thoughts, caused_fear).
    """
    from repairkit.care import screen, start
    from repairkit.errors import ScreenStop

    journal = _journal_state()
    if answers is not None:
        try:
            private, rest = screen.split_answers(answers)
            paths = screen.outcome(private)
            given = start.parse_answers(rest) if rest or not paths else {}
        except ValueError as e:
            raise UsageError(str(e), hint="keys: " + ", ".join(q.key for q in start.START_QUESTIONS)
                             + "; and the private questions' keys: " + ", ".join(q.key for q in screen.QUESTIONS)) \
                from None
        stop = given.get("safety") if given.get("safety") in ("yes", "unsure") else None
        if paths or stop:
            raise ScreenStop(paths, start_answer=stop, typed=True)
        if len(private) == len(screen.QUESTIONS):  # "no" to every private question answers this one
            given.setdefault("safety", "no")
        try:
            rec = start.recommend(given, journal=journal)
        except ValueError as e:
            raise UsageError(str(e), hint="keys: " + ", ".join(q.key for q in start.START_QUESTIONS)) from None
    elif common.interactive(no_input):
        paths = common.ask_screen(remembered=False)
        if paths is None:
            return
        common.finish_screen(paths)
        given, rec = _ask_start(journal)
    else:
        raise UsageError("missing --answers (there is no terminal to ask on)",
                         hint="for example: repair start --answers safety=no,support=no,recent=yes")
    if rec.key == "safety_first":  # safety first is never a recommendation printed as a success
        raise ScreenStop((), start_answer="yes" if given.get("safety") == "yes" else "unsure",
                         typed=answers is not None)
    if as_json:
        emit_json({"recommendation": rec.key, "title": rec.title, "why": rec.why,
                   "next_command": rec.next_command, "right_now": rec.right_now, "answers": given})
        return
    out(common.style(rec.title, bold=True))
    out("\n".join(common.wrap(rec.why, min(common.columns(), 78))))
    out("")
    if rec.right_now:
        out(f"Right now: {rec.right_now}")
    out(f"Next: {rec.next_command}")


def _journal_state() -> str | None:
    """What `start` should know of the journal: "none" (there isn't one), "empty" (no active plan),
    "plans" (an active plan), or None when it can't be read (then it says nothing either way)."""
    import os

    from repairkit.errors import RepairError
    from repairkit.journal.api import Journal

    try:
        j = Journal.find(click.get_current_context().find_root().params.get("journal"))
    except RepairError:
        return "none"  # no repair.yaml here or above, and none in the config
    if not os.path.lexists(j.path):
        return "none"
    try:
        return "plans" if any(p.status == "active" for p in j.plans) else "empty"
    except RepairError:
        return None


def _ask_start(journal: str | None):
    """Ask in order, stopping as soon as the answers decide the recommendation. The private screen was
    just answered "no" throughout, which answers the safety question."""
    from repairkit.care import start
    from repairkit.cli import prompts

    given: dict[str, str] = {"safety": "no"}
    for question in start.START_QUESTIONS:
        if question.key in given:
            continue
        if question.key == "closest" and given.get("need") != "unsure":
            continue
        try:
            return given, start.recommend(given, journal=journal)
        except ValueError:
            pass
        given[question.key] = prompts.select(question.text, question.choices)
    return given, start.recommend(given, journal=journal)


@click.command("guide")
@click.argument("topic", metavar="[TOPIC]", required=False, type=click.Choice(
    ["trust-repair", "after-conflict", "before-the-talk", "between-sessions", "safety", "crisis"]))
@click.option("--json", "as_json", is_flag=True, help="Print the page (or the list) as one JSON document.")
@click.option("--no-pager", is_flag=True, help="Print straight to the terminal.")
def guide_cmd(topic, as_json, no_pager) -> None:
    """Practical guidance: repairing, calming down, hard talks.

    \b
      repair guide
      repair guide after-conflict
      repair guide safety --no-pager
      repair guide crisis

    With no TOPIC, the list of topics. On a terminal the page opens in your
    pager.
    """
    from repairkit.care import texts

    if topic is None:
        if as_json:
            emit_json({"topics": [{"topic": name, "summary": summary} for name, summary in texts.GUIDES.items()]})
            return
        width = max(len(name) for name in texts.GUIDES)
        out("Guides (`repair guide TOPIC`):")
        for name, summary in texts.GUIDES.items():
            out(f"  {name:<{width}}  {summary}")
        return
    summary, text = texts.GUIDES[topic], texts.guide(topic)
    if as_json:
        emit_json({"topic": topic, "summary": summary, "text": text})
    elif common.stdout_is_terminal() and not no_pager:
        click.echo_via_pager(text)
    else:
        out(text.rstrip("\n"))
