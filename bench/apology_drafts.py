"""Print every apology draft for twelve varied plans, and check each one.

    python bench/apology_drafts.py          # drafts and checks
    python bench/apology_drafts.py --quiet  # checks only

Checks (the quality bar in docs/apology.md; tests/test_apology.py mirrors them):
at most 180 words; no quotation of a plan field and no "as we wrote"; the
partner's name at most once in the body; names the agreed behavior, how to raise
it and the check-in date; no two drafts share more than three sentences; every
draft passes its own check with no findings. Also times `--check` on a 2,000-word
text (target under 0.3 s). Exits 1 when a check fails.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from repairkit.care.apology import check_apology, draft_apology  # noqa: E402
from repairkit.model import Plan  # noqa: E402

TODAY = dt.date(2026, 11, 27)
MAX_WORDS = 180
MAX_SHARED = 3


def plans() -> list[Plan]:
    """Every fear, with and without incident and impact, short and long time frames."""
    d = dt.date
    return [
        Plan(id="late-texts", repairing="Sam", hurt="Alex", fear="reliability",
             incident="Dinner with Alex's parents; I arrived 50 minutes late.",
             impact="Alex sat alone explaining where I was.",
             pattern="When plans change I go quiet and turn up late.",
             behavior="When plans change, I text as soon as I know and say how it affects Alex.",
             raise_it='Alex says "the text thing" and we talk that evening.', check_in=d(2026, 12, 4)),
        Plan(id="forgot-birthday", repairing="Jo", hurt="Priya", fear="reliability",
             pattern="I forget the dates that matter to Priya.",
             behavior="I put every date that matters to Priya in the shared calendar with two reminders.",
             raise_it="Priya mentions the calendar and I check it with her that day.", check_in=d(2026, 12, 11)),
        Plan(id="party-joke", repairing="Tom", hurt="Mia", fear="respect",
             incident="At Dan's party I made a joke about Mia's accent and everyone laughed.",
             impact="Mia felt mocked in front of people she had just met.",
             pattern="I make jokes at Mia's expense when we're with friends.",
             behavior="I keep jokes about Mia out of conversations with other people.",
             raise_it="Mia touches my arm and I stop mid-sentence.", check_in=d(2026, 12, 6)),
        Plan(id="phone-check", repairing="Chris", hurt="Sam", fear="respect",
             incident="I went through Sam's phone while Sam was asleep.",
             pattern="When I'm anxious I check instead of asking.",
             behavior="When I'm anxious, I tell Sam what I'm worried about instead of checking.",
             raise_it="Sam says 'you're checking' and I put the phone down.", check_in=d(2026, 12, 9)),
        Plan(id="snapping", repairing="Ana", hurt="Lee", fear="respect",
             impact="Lee felt shouted down in their own kitchen.",
             pattern="When I'm tired I snap and raise my voice.",
             behavior="When I feel it rising, I say I need ten minutes and leave the room.",
             raise_it="Lee says 'ten minutes' and I go.", check_in=d(2026, 12, 2)),
        Plan(id="walkout", repairing="Ben", hurt="Kai", fear="alone",
             incident="I walked out in the middle of our argument and didn't answer for two hours.",
             impact="Kai didn't know where I was or whether I was coming back.",
             pattern="When an argument gets hard I leave and go silent.",
             behavior="If I need a break I say how long I'll be and come back when I said.",
             raise_it="Kai says 'come back' and I sit down again.", check_in=d(2026, 12, 3)),
        Plan(id="family-backing", repairing="Rob", hurt="Ellie", fear="alone",
             incident="When my mum criticised Ellie's job at lunch, I said nothing.",
             pattern="I stay quiet when my family has a go at Ellie.",
             behavior="When my family criticises Ellie, I say out loud that I disagree.",
             raise_it="Ellie looks at me and says 'your turn'.", check_in=d(2027, 1, 8)),
        Plan(id="scan-alone", repairing="Nia", hurt="Omar", fear="alone",
             impact="Omar sat through the scan on his own.",
             pattern="I let work come before the appointments that matter to Omar.",
             behavior="I block out Omar's appointments in my work calendar the day they're booked.",
             raise_it="Omar forwards me the appointment and I reply with 'blocked'.", check_in=d(2026, 12, 15)),
        Plan(id="hidden-card", repairing="Dee", hurt="Sam", fear="honesty",
             incident="For three months I hid a credit card and £2,000 of spending from Sam.",
             impact="Sam found the statements and felt lied to.",
             pattern="When I'm ashamed about money I hide it.",
             behavior="I show Sam every statement on the first Sunday of the month, before Sam asks.",
             raise_it="Sam asks 'anything new?' and I answer straight away.", check_in=d(2026, 12, 13)),
        Plan(id="messages", repairing="Lou", hurt="Jay", fear="honesty",
             incident="For months I kept messaging my ex and deleted the messages.",
             pattern="I keep things from Jay that I know would upset Jay.",
             behavior="I tell Jay the same day when my ex gets in touch.",
             raise_it="Jay asks and I show my phone without arguing.", check_in=d(2026, 12, 20)),
        Plan(id="dishes", repairing="Max", hurt="Rin", fear="other",
             incident="I said I'd clean up after the dinner party and left it all for Rin.",
             impact="Rin was up until one doing it alone.",
             pattern="I say yes to jobs at home and then leave them.",
             behavior="I finish the washing up the same night, before I sit down.",
             raise_it="Rin says 'dishes' and I get up.", check_in=d(2026, 12, 5)),
        Plan(id="other-bare", repairing="Kim", hurt="Ash", fear="other",
             pattern="I make decisions for both of us without asking Ash.",
             behavior="Before I book or buy anything for both of us, I ask Ash first.",
             raise_it="Ash says 'did we talk about this?' and I cancel until we do.", check_in=d(2026, 12, 18)),
        Plan(id="laptop-evenings", fear="alone",
             pattern="I spend our evenings on my laptop.",
             behavior="My laptop is closed by eight on weeknights.",
             raise_it="You point at the clock and I close it.", check_in=d(2026, 12, 10)),
    ]


def sentences(text: str) -> list[str]:
    body = "\n".join(line for line in text.splitlines() if not line.startswith("— "))
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", body) if s.strip()]


def body_words(text: str) -> int:
    return len(" ".join(line for line in text.splitlines() if not line.startswith("— ")).split())


def problems(plan: Plan, draft: str) -> list[str]:
    out = []
    if body_words(draft) > MAX_WORDS:
        out.append(f"{body_words(draft)} words (at most {MAX_WORDS})")
    for name in ("incident", "impact", "pattern", "behavior", "raise_it"):
        value = getattr(plan, name)
        if value and (f"“{value}”" in draft or f'"{value}"' in draft):
            out.append(f"quotes the plan's {name}")
    if re.search(r"\bas we wrote\b|\bour plan\b|\bword for word\b|\bin the plan\b", draft, re.IGNORECASE):
        out.append("refers to the plan's paperwork")
    body = "\n".join(line for line in draft.splitlines() if not line.startswith("— "))
    if plan.hurt and len(re.findall(rf"\b{re.escape(plan.hurt)}\b", body)) > 1:
        out.append("uses the partner's name more than once")
    if re.search(r"\[[^\]]*\]", draft):
        out.append("has a bracketed blank")
    lower = draft.lower()
    if not any(k in lower for k in ("doing from now on", "going to do", "you'll see from me", "change i'm making")):
        out.append("doesn't name the agreed behavior")
    if plan.raise_it and not any(k in lower for k in ("raise it", "happens again", "old pattern", "it slips")):
        out.append("doesn't say how to raise it")
    if plan.check_in and f"{plan.check_in.day} {plan.check_in:%B}" not in draft:
        out.append("doesn't name the check-in date")
    result = check_apology(draft)
    if result.findings:
        out.append("its own check finds: " + ", ".join(f"{f.category} «{f.text}»" for f in result.findings))
    return out


def shared_sentences(drafts: dict[str, str]) -> list[str]:
    out = []
    for (a, da), (b, db) in itertools.combinations(drafts.items(), 2):
        common = set(sentences(da)) & set(sentences(db))
        if len(common) > MAX_SHARED:
            out.append(f"{a} and {b} share {len(common)} sentences")
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    quiet = "--quiet" in argv
    drafts = {}
    failed = []
    for plan in plans():
        draft = draft_apology(plan, today=TODAY)
        drafts[plan.id] = draft
        found = problems(plan, draft)
        failed += [f"{plan.id}: {p}" for p in found]
        if not quiet:
            print(f"=== {plan.id} ({plan.fear}; incident {'yes' if plan.incident else 'no'}, "
                  f"impact {'yes' if plan.impact else 'no'}; {body_words(draft)} words)")
            print(draft)
    failed += shared_sentences(drafts)
    distinct = len({s for d in drafts.values() for s in sentences(d)})
    total = sum(len(sentences(d)) for d in drafts.values())
    print(f"{len(drafts)} drafts, {distinct} distinct sentences of {total}; "
          f"words {min(map(body_words, drafts.values()))}-{max(map(body_words, drafts.values()))}")
    text = " ".join(("I'm sorry I was late again, but the trains were a mess. You waited and felt alone. " * 120).split()[:2000])
    start = time.perf_counter()
    check_apology(text)
    print(f"--check on a 2,000-word text: {(time.perf_counter() - start) * 1000:.0f} ms (target under 300 ms)")
    print("checks: " + ("all passed" if not failed else "FAILED\n  " + "\n  ".join(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
