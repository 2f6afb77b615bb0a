"""The `repair start` check-in: a few questions, safety first, that say which conversation would help."""
from __future__ import annotations

import re
from dataclasses import dataclass
@dataclass
class Question:
    key: str
    text: str
    choices: list[tuple[str, str]]  # (value, label)


_YES_NO = [("no", "No"), ("yes", "Yes")]

START_QUESTIONS: list[Question] = [
    Question("safety",
             "This one is just for you; answer it where your partner can't see the screen. Is anyone in the "
             "relationship afraid for their safety, or being threatened, controlled or hurt?",
             [("no", "No"), ("yes", "Yes"), ("unsure", "I'm not sure")]),
    Question("support",
             "Is this about an affair or another betrayal, someone feeling intimidated, boundaries crossed again "
             "and again, or the same hurt going on for years?", list(_YES_NO)),
    Question("recent", "Did you two argue in the last day or so, and does it still feel raw?", list(_YES_NO)),
    Question("therapy", "Are you seeing a counsellor or couples therapist at the moment, together or on your own?",
             list(_YES_NO)),
    Question("need", "What would help most right now?",
             [("repair", "Mending something that hurt trust, a pattern that keeps coming back"),
              ("talk", "Getting ready for a hard conversation (trust, money, intimacy, family, the future)"),
              ("unsure", "I'm not sure yet")]),
    Question("closest", "That's all right. Which of these is closest to where you are?",
             [("hurt", "Something hurt trust between us, and the same thing keeps coming back"),
              ("talk", "There's something we need to talk about, and I'm dreading it"),
              ("lost", "I don't know where to begin")]),
]

RECOMMENDATION_KEYS = ("safety_first", "outside_support", "after_argument", "hard_talk", "repair_plan",
                       "between_sessions", "read_first")


@dataclass
class Recommendation:
    key: str           # one of RECOMMENDATION_KEYS
    title: str
    why: str
    next_command: str  # the exact command to run next
    right_now: str | None = None  # a command for before that one, when a fight is still raw


_RECOMMENDATIONS = {
    "safety_first": ("Safety first",
                     ("When someone is afraid, threatened, controlled or hurt, working on the relationship has to "
                      "wait. What matters now is that you are safe and have someone on your side. The safety page "
                      "lists people you can call or text, day or night."),
                     "repair guide safety"),
    "outside_support": ("Bring in outside support",
                        ("An affair or betrayal, intimidation, boundaries crossed again and again, or a hurt that "
                         "has lasted years are a lot for two people to carry alone. A counsellor or couples "
                         "therapist can hold the conversation so neither of you has to. Asking for that help is a "
                         "sign you're taking this seriously, not a failure."),
                        "repair guide between-sessions"),
    "after_argument": ("The hour after an argument",
                       ("Straight after a fight is not the moment to solve it. The after-conflict guide helps you "
                        "calm down, stay kind and agree when to talk, without starting the same fight again."),
                       "repair guide after-conflict"),
    "hard_talk": ("Get ready for the hard talk",
                  ("A little preparation keeps a hard conversation from spiralling: what you want to say, what "
                   "you're hoping for, and a good time to have it."),
                  "repair guide before-the-talk"),
    "between_sessions": ("Work between sessions",
                         ("You already have outside support. Small, repeatable steps between sessions are where "
                          "the change shows up; the guide suggests a rhythm for the week."),
                         "repair guide between-sessions"),
    "repair_plan": ("Make a repair plan",
                    ("Name the pattern, choose one behavior your partner could see, agree how to raise it if the "
                     "old pattern comes back, and set a check-in in a week or two."),
                    "repair plan"),
    "read_first": ("Start by getting your bearings",
                   ("Not knowing where to begin is common after a hard stretch, and there's no rush. The "
                    "trust-repair guide takes a few minutes to read: what usually helps, what usually doesn't, "
                    "and what a repair looks like when it works. Come back to `repair start` whenever you like."),
                   "repair guide trust-repair"),
}
# How the plan recommendation ends, by what is already in the journal (None: unknown, say nothing).
_PLAN_ENDINGS = {
    "none": " There's no journal here yet: `repair init` starts one, then `repair plan` asks the questions.",
    "empty": "",
}
_HAS_PLANS = ("You already have a repair plan in this journal. Keep logging what each of you notices; "
              "`repair review` shows whether the agreed behavior has been showing up, ready for the check-in. "
              "If this is about a different hurt, a new plan can sit alongside it.")
_STILL_RAW = ("The argument is still raw, so first let things settle: take a break of at least twenty "
              "minutes, say when you'll come back to it (within a day), and leave the big questions until "
              "you're both calmer. ")

_ALIASES = {
    "y": "yes", "yes": "yes", "true": "yes", "1": "yes", "on": "yes",
    "n": "no", "no": "no", "false": "no", "0": "no", "off": "no",
    "unsure": "unsure", "not-sure": "unsure", "not_sure": "unsure", "notsure": "unsure", "?": "unsure",
    "maybe": "unsure", "dont-know": "unsure", "don't-know": "unsure",
    "repair": "repair", "plan": "repair", "talk": "talk", "hard-talk": "talk", "hard_talk": "talk",
    "hurt": "hurt", "lost": "lost", "dont-know-where-to-begin": "lost",
}
_QUESTIONS_BY_KEY = {q.key: q for q in START_QUESTIONS}


def _choice(key: str, value: str) -> str:
    question = _QUESTIONS_BY_KEY.get(key)
    if question is None:
        raise ValueError(f"'{key}' is not one of the check-in questions; the keys are "
                         f"{', '.join(_QUESTIONS_BY_KEY)}.")
    allowed = [v for v, _ in question.choices]
    raw = str(value).strip().lower()
    normal = _ALIASES.get(raw, raw)
    if normal not in allowed:
        raise ValueError(f"'{value}' is not an answer to '{key}'; choose one of: {', '.join(allowed)}.")
    return normal


def recommend(answers: dict[str, str], *, journal: str | None = None) -> Recommendation:
    """Which conversation would help most now. Pure.

    Order: safety (yes or unsure) wins over everything; then outside support
    (unless you already have a counsellor), keeping the calming-down guide
    alongside it when an argument is still raw; then a raw recent argument;
    then a hard talk; then between-sessions work if you see a counsellor;
    then, for "not sure", what is closest (a repair plan, a hard talk, or
    reading first); else a repair plan. Only the answers that decide the
    outcome are required, so a "yes" to safety needs nothing else. A missing
    needed answer or any invalid one raises ValueError naming the key.

    `journal` says what is already there: "none" (no journal), "empty" (no
    active plan) or "plans" (an active plan), so a plan isn't suggested twice.
    """
    given = {key: _choice(key, value) for key, value in answers.items()}

    def answer(key: str) -> str:
        if key not in given:
            raise ValueError(f"the check-in needs an answer for '{key}' "
                             f"({', '.join(v for v, _ in _QUESTIONS_BY_KEY[key].choices)}).")
        return given[key]

    def make(key: str, why_prefix: str = "") -> Recommendation:
        title, why, command = _RECOMMENDATIONS[key]
        if key == "repair_plan" and journal == "plans":
            return Recommendation(key, "Keep the plan you have going", why_prefix + _HAS_PLANS, "repair review")
        if key == "repair_plan":
            why += _PLAN_ENDINGS.get(journal or "", "")
        return Recommendation(key, title, why_prefix + why, command)

    safety = answer("safety")
    if safety == "yes":
        return make("safety_first")
    if safety == "unsure":
        return make("safety_first", "You weren't sure, and that is reason enough to look at safety first. ")
    if answer("support") == "yes":
        raw = given.get("recent") == "yes"  # asked before therapy; --answers may leave it out
        rec = make("between_sessions" if answer("therapy") == "yes" else "outside_support",
                   _STILL_RAW if raw else "")
        if raw:
            rec.right_now = "repair guide after-conflict"
        return rec
    if answer("recent") == "yes":
        return make("after_argument")
    need = answer("need")
    if need == "talk":
        return make("hard_talk")
    if answer("therapy") == "yes":
        return make("between_sessions")
    if need == "unsure":
        closest = answer("closest")
        return make({"hurt": "repair_plan", "talk": "hard_talk", "lost": "read_first"}[closest])
    return make("repair_plan")


def parse_answers(spec: str) -> dict[str, str]:
    """Answers for `repair start --answers "safety=no,recent=yes,..."`.

    Commas, semicolons or spaces separate answers; values are case-blind and
    y/n, true/false work for yes/no questions. Only the given keys are
    returned; recommend() says which missing one it needs.
    """
    items = [item for item in re.split(r"[,;\s]+", re.sub(r"\s*=\s*", "=", spec or "")) if item]
    if not items:
        raise ValueError("no answers given; write them as key=value pairs, for example "
                         "safety=no,support=no,recent=yes.")
    answers: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip().lower()
        if not sep or not key or not value.strip():
            raise ValueError(f"'{item}' is not an answer; write each one as key=value, for example safety=no.")
        if key in answers:
            raise ValueError(f"'{key}' is answered twice; give each answer once.")
        answers[key] = _choice(key, value)
    return answers
