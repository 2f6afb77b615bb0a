"""Safety, support and behavior coaching, the `start` check-in and the guides.

Pure library: standard library only, no I/O. The detectors are plain
regular expressions with explicit negative rules, tuned for precision on the
labelled sets in tests/data/ (see docs/safety-and-coaching.md and
bench/signals_eval.py). They read English text; they do not understand it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from repairkit.textsafe import safe_text

__all__ = [
    "DANGER_KINDS", "GUIDES", "RECOMMENDATION_KEYS", "SAFETY_TEXT", "START_QUESTIONS", "SUPPORT_KINDS",
    "SUPPORT_TEXT", "Question", "Recommendation", "Signal", "behavior_suggestions", "danger_signs",
    "parse_answers", "recommend", "support_signs", "vague_behavior",
]

DANGER_KINDS = ("physical", "threat", "coercion", "prevented_leaving", "fear_of_partner", "children",
                "money_control", "abuse")
SUPPORT_KINDS = ("affair", "betrayal", "intimidation", "boundaries", "long_history")


@dataclass
class Signal:
    kind: str   # one of DANGER_KINDS or SUPPORT_KINDS
    text: str   # the matched words as the person wrote them (one line, terminal-safe)
    why: str    # a short plain reason, for messages and --json


# --------------------------------------------------------------------------- text handling

_QUOTES = {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
           "\u201c": '"', "\u201d": '"'}


def _norm(text: str) -> str:
    """Lower-case, straight quotes, plain spaces; one character out for each one in,
    so match positions point into the original text."""
    out = []
    for ch in text:
        ch = _QUOTES.get(ch, ch)
        if ch.isspace():
            ch = " "
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


class _Lazy:
    """A regular expression compiled on first use: importing this module for the guides
    or the check-in should not pay for compiling a hundred-odd detector patterns."""

    __slots__ = ("compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self.compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str):
        if name in _Lazy.__slots__:
            raise AttributeError(name)
        if self.compiled is None:
            self.compiled = re.compile(self.source)
        return getattr(self.compiled, name)


_SENTENCE_END = _Lazy(r"[.!?;\n]|\s-\s|\s--\s")


_CONTEXT = 120  # characters of a sentence looked at before and after a match; a few words is all any rule needs


class _Sentences:
    """Sentence (or clause after a dash) bounds of one text, found once."""

    def __init__(self, norm: str) -> None:
        self.starts = [0]
        self.ends = []
        for m in _SENTENCE_END.finditer(norm):
            self.ends.append(m.start())
            self.starts.append(m.end())
        self.ends.append(len(norm))

    def around(self, start: int, end: int) -> tuple[int, int]:
        left = self.starts[bisect.bisect_right(self.starts, start) - 1]
        right = self.ends[bisect.bisect_left(self.ends, end)] if end <= self.ends[-1] else self.ends[-1]
        return max(left, start - _CONTEXT), min(right, end + _CONTEXT)


def _alt(*words: str) -> str:
    """A group of whole words."""
    return "(?:" + "|".join(words) + r")(?!\w)"


PARTNER = _alt("partner", "wife", "husband", "girlfriend", "boyfriend", r"fianc[eé]e?", "spouse", r"ex(?:-\w+)?")
KIDS = _alt("kids?", "children", "child", "sons?", "daughters?", "bab(?:y|ies)", "toddlers?", "little ones?")
# A person on the receiving end. `obj` lets the scanner spot "her" used as a possessive.
OBJ = (r"(?P<obj>(?:our|the|his|her|their|your|my)\s+" + KIDS + r"|my\s+" + PARTNER
       + r"|my\s+(?:mum|mom|mother|sister|brother)|me|him|her|them|us|you)(?!\w)")
BODY = _alt("arms?", "wrists?", "neck", "throat", "face", "hair", "shoulders?", "head", "jaw", "ribs?", "chest",
            "legs?", "collar", "shirt", "nose", "mouth", "lip", "back")
_BODY_VIOLENCE = (r"(?:slam(?:med|s|ming)?|bang(?:ed|s|ing)?|smash(?:ed|es|ing)?|hit|hits|punch(?:ed|es|ing)?|"
                  r"kick(?:ed|s|ing)?|bit|bites|biting|bitten|scratch(?:ed|es|ing)?|burn(?:ed|t|s|ing)?|"
                  r"stamp(?:ed|s|ing)?\s+on|stomp(?:ed|s|ing)?\s+on|squeez(?:e|ed|es|ing)|chok(?:e|ed|es|ing)|"
                  r"strangl(?:e|ed|es|ing)|slap(?:ped|s|ping)?|headbutt(?:ed|s|ing)?|kneed|knees|kneeing)")
_KID_WORD = _Lazy(r"\b" + KIDS + r"\b")

# "her" followed by one of these is a person, not a possessive ("hit her hard", "hit her.").
_HER_AS_PERSON = _Lazy(
    r"\s*(?:$|[,.!?;:)\"'-]|(?:and|or|but|with|in|on|across|so|until|till|again|hard|harder|twice|once|when|"
    r"while|because|after|before|back|against|into|onto|over|down|up|around|round|by|repeatedly|then|for|at|"
    r"to|too|really|badly|a|an|the|out|off|if|as|from|every|last|this|that|yesterday|today|tonight|during|"
    r"without|where|whenever|about|like|just|near|outside|inside|enough|anymore|even|several|many|more|"
    r"or|nor|myself|herself|himself|first|in\s+front)\b)")

# Words before a verb that show the doer is a thing, an idea, or someone outside the couple
# ("it hit me", "the rain forced us", "my boss forced me", "a car hit her").
_ADVERBS = (r"(?:\s+(?:\w+ly|has|had|have|just|really|kind of|sort of|then|also|even|always|never|actually|"
            r"suddenly|finally|first|once|nearly|almost|was|were|is|are|got|gets|can|could|would|will|"
            r"'s|'re|'ve|'d|be|been|kind|sort))*\s*$")
_NOT_A_PARTNER = _Lazy(
    r"(?:^|\b)(?:it|this|that|which|what|reality|life|work|traffic|everything|nothing|something|money|"
    r"circumstances|stress|illness|covid|bills|debt|worry|worries|fate|time|"
    r"(?:the|a|an|this|that)(?:\s+(?!(?:he|she|they|i|you|we|and|then|when)\b)[\w'-]+){1,2}|"
    r"(?:my|our|his|her|their|your)\s+(?:new\s+|old\s+|own\s+)?(?:boss|manager|supervisor|mum|mom|mother|dad|"
    r"father|parents?|brother|sister|friends?|colleagues?|co-?workers?|teachers?|coach|trainer|doctor|"
    r"therapist|dog|cat|puppy|sons?|daughters?|kids?|children|toddler|baby|back|knee|head|job|work|alarm|"
    r"phone|words?|comments?|remarks?|silence|tone|voice|reaction|message|text|email|news|schedule|"
    r"deadline|landlord|neighbou?rs?|grandma|grandmother|grandad|grandfather|aunt|uncle|cousin|in-laws)"
    r")" + _ADVERBS)
_SELF_AGENT = _Lazy(r"(?:^|\b)(?:i|we|i've|i'd|i'll|we've|we'd|i'm)" + _ADVERBS)
_NEGATED = _Lazy(r"(?:\bnever|\bnot|n't|\bno\s+longer|\bnobody|\bno\s+one|\bnothing)(?:\s+[\w']+){0,2}\s*$")
_STILL_HAPPENS = _Lazy(r"\s*(?:anymore|any more)\b")


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: _Lazy
    why: str
    not_before: _Lazy | None = None  # searched in the sentence before the match
    not_after: _Lazy | None = None   # matched at the start of the sentence after it
    negatable: bool = True           # "he never hit me" does not count
    thing_agent: bool = True         # "it hit me", "my boss forced me" do not count
    self_agent: bool = True          # False: "I took my passport" does not count
    need_after: _Lazy | None = None  # must match at the start of the sentence after it


def _rule(kind: str, pattern: str, why: str, *, not_before: str | None = None, not_after: str | None = None,
          negatable: bool = True, thing_agent: bool = True, self_agent: bool = True,
          need_after: str | None = None) -> _Rule:
    count = iter(range(100))
    pattern = re.sub(r"\(\?P<obj>", lambda _: f"(?P<obj{next(count)}>", pattern)
    return _Rule(kind, _Lazy(r"\b(?:" + pattern + ")"), why,
                 _Lazy(not_before + r"\s*$") if not_before else None,
                 _Lazy(r"\s*(?:" + not_after + ")") if not_after else None,
                 negatable, thing_agent, self_agent,
                 _Lazy(r"\s*(?:" + need_after + ")") if need_after else None)


def _accept(rule: _Rule, norm: str, m: re.Match[str], sentences: _Sentences) -> bool:
    left, right = sentences.around(m.start(), m.end())
    before, after = norm[left:m.start()], norm[m.end():right]
    for name, value in m.groupdict().items():
        if name.startswith("obj") and value == "her" and not _HER_AS_PERSON.match(norm, m.end(name)):
            return False  # "hit her car", "afraid of her reaction": a possessive, not a person
    if rule.need_after and not rule.need_after.match(after):
        return False
    if rule.not_after and rule.not_after.match(after):
        return False
    if rule.not_before and rule.not_before.search(before):
        return False
    if rule.thing_agent and _NOT_A_PARTNER.search(before):
        return False
    if not rule.self_agent and _SELF_AGENT.search(before):
        return False
    return not (rule.negatable and _NEGATED.search(before) and not _STILL_HAPPENS.match(after))


def _triggers_text(norm: str) -> str:
    """The normalised text with each run of spaces made one, where trigger words are looked for."""
    while "  " in norm:
        norm = norm.replace("  ", " ")
    return norm


def _may_match(groups: tuple[tuple[str, ...], ...], flat: str) -> bool:
    """Whether each group of a rule's trigger words has one in the text (`_triggers_text`)."""
    for words in groups:
        for word in words:
            if word in flat:
                break
        else:
            return False
    return True


def _scan(rules: list[_Rule], texts: tuple[str | None, ...],
          triggers: tuple[tuple[tuple[str, ...], ...], ...] | None = None) -> list[Signal]:
    """Every rule over every text. With `triggers` (one entry per rule: groups of words, each
    group needed for any match), a rule is skipped for a text that lacks one of its groups:
    it could not match there, and an ordinary note then compiles no pattern at all."""
    if triggers is not None and len(triggers) != len(rules):
        triggers = None  # a stale table is never trusted: check everything
    found: list[tuple[int, int, int, Signal]] = []
    for n, text in enumerate(texts):
        if not text:
            continue
        text = str(text)
        norm = _norm(text)
        chosen = rules
        if triggers is not None:
            flat = _triggers_text(norm)
            chosen = [rule for rule, groups in zip(rules, triggers) if _may_match(groups, flat)]
            if not chosen:
                continue
        sentences = _Sentences(norm)
        taken: list[tuple[int, int]] = []
        for rule in chosen:  # earlier rules win where two cover the same words
            for m in rule.pattern.finditer(norm):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                if not _accept(rule, norm, m, sentences):
                    continue
                taken.append((m.start(), m.end()))
                kind, why = rule.kind, rule.why
                if kind == "physical" and _KID_WORD.search(m.group()):
                    kind, why = "children", _WHY["children"]
                words = " ".join(safe_text(text[m.start():m.end()], one_line=True).split())
                found.append((n, m.start(), len(found), Signal(kind, words, why)))
    return [s for *_, s in sorted(found, key=lambda f: f[:3])]


# --------------------------------------------------------------------------- danger

_WHY = {
    "physical": "describes someone being hit, grabbed or physically hurt",
    "threat": "describes a threat of harm or something used to frighten",
    "coercion": "describes someone being forced or controlled",
    "prevented_leaving": "describes someone being stopped from leaving",
    "fear_of_partner": "describes being afraid of a partner",
    "children": "describes children being threatened, harmed or used against someone",
    "money_control": "describes money or papers being used to control someone",
    "abuse": "names abuse",
}

_HARM = _alt("kill", "hurt", "harm", "hit", "beat", "punch", "slap", "stab", "shoot", "burn", "strangle", "choke",
             "smash", "break", "attack")
_WILL = (r"(?:'d|'ll|\s+would|\s+will|\s+was\s+going\s+to|\s+were\s+going\s+to|\s+is\s+going\s+to|\s+are\s+going\s+to|"
         r"\s+was\s+gonna|\s+is\s+gonna|'s\s+going\s+to|'s\s+gonna)")
_HYPERBOLE = (r"if\s+(?:i|we|you)\s+(?:ever\s+)?(?:forget|forgot|'m\s+late|am\s+late|was\s+late|were\s+late|are\s+late|"
              r"'re\s+late|miss|missed|spill|spilled|spilt|eat|ate|lose|lost|break|broke|scratch|scratched|don't|"
              r"didn't|do\s+that\s+again|wear|wore|touch|touched|use|used|finish|finished|tell\s+(?:her|him)\s+i)|"
              r"when\s+(?:he|she|they)\s+(?:finds?\s+out|found\s+out|sees?|saw|hears?|heard|notices?|noticed|"
              r"gets?\s+the)|"
              r"for\s+(?:forgetting|being\s+late|eating|losing|breaking|this|that)")
_FEARFUL = _alt("scared", "afraid", "frightened", "terrified", "fearful", "petrified")

_DANGER_RULES: list[_Rule] = [
# ---- children first, so "threatened to take the kids" is named for what it is
_rule("children", r"threat\w*\s+(?:me\s+)?(?:to|that\s+(?:he|she|they)" + _WILL + r")\s+(?:take|keep|hurt|harm|"
      r"hit|kidnap|snatch|run\s+off\s+with|disappear\s+with|fight\s+(?:me\s+)?for|go\s+for|get)\s+(?:away\s+)?"
      r"(?:(?:the|my|our|his|her|their|your)\s+)?(?:(?:full|sole)\s+)?(?:" + KIDS + "|custody)",
      _WHY["children"], thing_agent=False),
_rule("children", r"never\s+see\s+(?:the|my|our|your|his|her)\s+" + KIDS + r"(?:\s+\w+)?\s+again", _WHY["children"],
      negatable=False, thing_agent=False),
_rule("children", r"take\s+(?:the|my|our|your)\s+" + KIDS + r"\s+away\s+from\s+(?:me|him|her|you|them|us)",
      _WHY["children"]),
_rule("children", r"(?:said|says|saying|told\s+me|tells\s+me|threaten\w*|warn\w*|swore|swears|shouted|screamed|"
      r"texted)\b[^.!?;]{0,50}?\b(?:(?:lose|losing|get|getting|take|taking|fight\s+for|go\s+for)\s+(?:full\s+|"
      r"sole\s+)?custody|take\s+(?:the|my|our|your)\s+" + KIDS + r"|(?:lose|losing)\s+(?:the|my|our|your)\s+"
      + KIDS + r")", _WHY["children"], thing_agent=False, negatable=False),
_rule("children", r"(?:turn|turns|turned|turning|make|makes|made|making)\s+(?:sure\s+)?(?:the|my|our|your|them|they)\s*"
      r"(?:" + KIDS + r")?\s+(?:hate|against|never\s+(?:see|speak\s+to|talk\s+to))\b", _WHY["children"],
      thing_agent=False),
_rule("children", r"(?:he|she|they|my\s+" + PARTNER + r")\s+(?:\w+\s+)?(?:hurt|hurts|harmed|harms|injured|injures|"
      r"abused|abuses)\s+(?:the|our|my|his|her|their)\s+" + KIDS + r"(?!')", _WHY["children"], thing_agent=False,
      not_after=r"(?:'s\s+)?feelings|by\b|when\s+(?:he|she|they)\s+(?:said|told|left|forgot|missed|didn't)"),
_rule("children", r"(?:use|uses|used|using)\s+(?:the|our|my|his|her)\s+" + KIDS + r"\s+(?:against|to\s+get\s+at|"
      r"to\s+punish|to\s+control|to\s+hurt)", _WHY["children"]),

# ---- money and papers
_rule("money_control", r"(?:controls?|controlled|controlling)\s+(?:all|every\s+(?:penny|cent|euro|pound|dollar)|"
      r"all\s+of)\s+(?:the\s+|our\s+|my\s+)?(?:money|finances|spending|bank\s+accounts?|accounts?|cards?)",
      _WHY["money_control"]),
_rule("money_control", r"(?:controls?|controlled|controlling)\s+my\s+(?:money|wages|salary|pay|finances|bank\s+"
      r"account|cards?|spending|savings)", _WHY["money_control"], self_agent=False),
_rule("money_control", r"(?:gives?|gave|giving)\s+(?:me|him|her)\s+(?:an|a\s+(?:weekly|monthly|small|tiny|daily))"
      r"\s+(?:allowance|pocket\s+money)|(?:puts?|put|keeps?|kept)\s+(?:me|him|her)\s+on\s+an\s+allowance",
      _WHY["money_control"]),
_rule("money_control", r"(?:takes|took|taking|taken|keeps|kept|holds|held|confiscated|confiscates)\s+(?:all\s+"
      r"(?:of\s+)?)?(?:my|her|his)\s+(?:whole\s+|entire\s+)?(?:wages|pay|paycheck|paycheque|pay\s+packet|salary|"
      r"earnings|benefits|"
      r"income|(?:bank\s+|debit\s+|credit\s+)?cards?|savings|pension)\b", _WHY["money_control"], self_agent=False),
_rule("money_control", r"(?:makes|made|make|forces|forced)\s+(?:me|him|her)\s+(?:hand\s+over|give\s+(?:him|her|"
      r"them))\s+(?:all\s+)?(?:of\s+)?(?:my|her|his)?\s*(?:wages|pay|paycheck|salary|earnings|money|cards?|"
      r"bank\s+card)", _WHY["money_control"]),
_rule("money_control", r"(?:took|takes|taken|taking|hid|hides|hidden|hiding|kept|keeps|keeping|holds|held|"
      r"holding|destroyed|destroys|burned|burnt|tore\s+up|ripped\s+up|confiscated|confiscates|withholds|"
      r"withheld|locked\s+away|locks\s+away|locked\s+up|locks\s+up)\s+(?:my|her|his|our)\s+(?:residence\s+|"
      r"immigration\s+|identity\s+|id\s+)?(?:passports?|papers|visas?|documents|id|id\s+cards?|identity\s+"
      r"cards?|residence\s+permit|permit|birth\s+certificate|green\s+card)\b", _WHY["money_control"],
      self_agent=False, not_after=r"from\s+the|to\s+(?:the|be)\b|for\s+(?:the|a)\s+(?:trip|flight|renewal)"),
_rule("money_control", r"(?:won't|wouldn't|refuses\s+to|refused\s+to)\s+(?:give|let)\s+(?:me|him|her)\s+(?:have\s+)?"
      r"(?:back\s+)?(?:my|her|his)\s+(?:passport|papers|documents|id|visa)", _WHY["money_control"]),
_rule("money_control", r"(?:call|report|phone|ring|calling|reporting)\s+(?:immigration|the\s+home\s+office|ice|"
      r"border\s+(?:force|control|patrol))\s+on|(?:have|get|getting|having)\s+(?:me|him|her)\s+deported|"
      r"(?:cancel|withdraw|revoke|pull)\s+(?:my|her|his|the)\s+(?:spousal\s+)?(?:visa|sponsorship)",
      _WHY["money_control"]),
_rule("money_control", r"no\s+access\s+to\s+(?:our|the|my|any)\s+(?:own\s+)?(?:money|bank\s+accounts?|bank|"
      r"accounts?|finances|cards?|savings|cash)", _WHY["money_control"], negatable=False, thing_agent=False),
_rule("money_control", r"(?:put|puts|putting|took|takes|taken)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|our\s+)?(?:bills|"
      r"debts?|loans?|contracts?|credit\s+cards?)\s+(?:out\s+)?in\s+(?:my|her|his)\s+name", _WHY["money_control"],
      self_agent=False),
_rule("money_control", r"(?:won't|wouldn't|doesn't|didn't|refuses\s+to|refused\s+to)\s+(?:give|let)\s+(?:me|him|"
      r"her)\s+(?:have\s+)?(?:my|her|his|a|an)\s+(?:own\s+)?(?:bank\s+card|cards?|bank\s+account|account|money|"
      r"debit\s+card|credit\s+card|pin)", _WHY["money_control"], negatable=False),
_rule("money_control", r"(?:i\s+get|i'm\s+given|i\s+am\s+given|i\s+receive|i\s+got|i\s+was\s+given|i'm\s+on|"
      r"i\s+am\s+on)"
      r"\s+(?:a\s+(?:weekly|monthly|small|tiny|daily)\s+|an\s+)allowance", _WHY["money_control"], thing_agent=False,
      negatable=False, not_after=r"from\s+(?:my|our)\s+(?:parents|mum|mom|dad|employer|work|job|company)|(?:at|"
                                 r"from)\s+work"),
_rule("money_control", r"(?:has|keeps|holds|took|takes|kept|held)\s+all\s+(?:of\s+)?(?:the|our|my)\s+(?:bank\s+)?"
      r"(?:cards|money|cash|accounts)\b", _WHY["money_control"], self_agent=False),
_rule("money_control", r"(?:checks|questions|monitors|controls|tracks|counts|checked|"
      r"questioned)\s+every\s+(?:single\s+)?"
      r"(?:penny|cent|pound|euro|dollar|purchase|receipt)\s+(?:i|she|he)\s+(?:spend|spent|make|buy|bought|earn)",
      _WHY["money_control"]),
_rule("money_control", r"(?:my|her|his)\s+(?:passport|papers|id|documents|visa|bank\s+card|cards?|"
      r"phone)\b[^.!?;]{0,60}?"
      r"\b(?:get|give|have|hand)\s+(?:it|them)\s+back\s+(?:when|if|once|only\s+if|only\s+when|after)\s+(?:i|you|she|"
      r"he)\s+(?:behave|do|stop|agree|apologi[sz]e|learn|listen|obey)", _WHY["money_control"], negatable=False,
      thing_agent=False),
_rule("money_control", r"(?:won't|wouldn't|doesn't|didn't|never)\s+let\s+(?:me|him|her)\s+(?:have|see|use|access|"
      r"touch|check|open)\s+(?:my\s+own|our|any|the|my|her|his)\s+(?:bank\s+)?(?:money|bank\s+accounts?|accounts?|"
      r"cards?|"
      r"finances|statements|salary|savings|cash|wages)", _WHY["money_control"], negatable=False),
_rule("money_control", r"(?:took|takes|taken|take|taking)\s+out\s+(?:a\s+)?(?:loans?|credit\s+cards?|debts?|"
      r"mortgages?|overdrafts?)\s+in\s+(?:my|her|his)\s+name|(?:ran|runs|run|running)\s+up\s+(?:\w+\s+)?"
      r"debts?\s+in\s+(?:my|her|his)\s+name|(?:opened|opens)\s+(?:a\s+|an\s+)?(?:credit\s+cards?|loans?|"
      r"accounts?)\s+in\s+(?:my|her|his)\s+name", _WHY["money_control"], self_agent=False),
_rule("money_control", r"(?:makes|made)\s+(?:me|him|her)\s+(?:ask|beg)\s+(?:him\s+|her\s+|them\s+)?for\s+"
      r"(?:money|cash|every\s+(?:penny|cent))|(?:have|had)\s+to\s+beg\s+(?:him|her|them)\s+for\s+(?:money|cash)",
      _WHY["money_control"]),
_rule("money_control", r"(?:have|had|has)\s+to\s+ask\s+(?:him|her|them|my\s+" + PARTNER + r")\s+for\s+(?:money|"
      r"cash|bus\s+fare|fare|petrol|gas\s+money|grocery\s+money|every\s+(?:penny|cent|euro|pound|dollar)|"
      r"anything\s+i\s+(?:buy|need))", _WHY["money_control"], thing_agent=False, negatable=False,
      need_after=r"(?!\s*(?:back|for\s+the\s+(?:bill|dinner)))"),
_rule("money_control", r"(?:get|have|getting|having)\s+(?:my|her|his)\s+(?:visa|papers|residence\s+permit|permit)\s+"
      r"(?:cancelled|canceled|revoked|taken\s+away|withdrawn)", _WHY["money_control"], negatable=False),

# ---- fear of the partner (before threat, so "scared he'll hurt me" reads as fear)
_rule("fear_of_partner", _FEARFUL + r"\s+of\s+(?:(?P<obj>him|her)|my\s+" + PARTNER + r"|what\s+(?:he|she|they)"
      r"(?:'ll|'d|\s+will|\s+would|\s+might|\s+could|\s+may|\s+is\s+going\s+to|'s\s+going\s+to)\s+do|"
      r"(?:his|her|their|my\s+" + PARTNER + r"'s)\s+(?:temper|anger|rage|violence|outbursts|fists))",
      _WHY["fear_of_partner"], thing_agent=False,
      not_after=r"(?!during\b|anything\b|something\b|everything\b|nothing\b)[a-z]+ing\b"),
_rule("fear_of_partner", _FEARFUL + r"\s+of\s+[^.!?;]{0,40}?\bwhat\s+(?:he|she|they)(?:'ll|'d|\s+will|\s+would|"
      r"\s+might|\s+could|\s+may|\s+is\s+going\s+to|'s\s+going\s+to)\s+do\b|(?:live|lives|living|lived)\s+in\s+"
      r"(?:constant\s+)?fear|(?:on\s+edge|walking\s+on\s+eggshells)\s+because\s+(?:he|she|they)\s+(?:might|could|"
      r"will|would)\s+(?:hurt|hit|explode|snap)", _WHY["fear_of_partner"], thing_agent=False),
_rule("fear_of_partner", _FEARFUL + r"\s+to\s+(?:say\s+no|tell\s+(?:him|her|them)\s+no|refuse\s+(?:him|her|them)|"
      r"disagree\s+with\s+(?:him|her|them))\b|because\s+of\s+what\s+(?:happened|he\s+did|she\s+did|they\s+did)\s+"
      r"(?:last\s+time|the\s+last\s+time|before)", _WHY["fear_of_partner"], thing_agent=False),
_rule("fear_of_partner", r"flinch(?:es|ed|ing)?\s+(?:\w+\s+)?(?:when|whenever|if|every\s+time)\s+(?:he|she|they|my\s+"
      + PARTNER + r")\s+(?:\w+\s+)?(?:moves?|raises?|lifts?|comes?|came|reaches?|reached|walks?|walked|"
      r"gets?\s+(?:angry|"
      r"close|near|up)|got\s+(?:angry|close|near|up)|stands?|stood|shouts?|shouted|yells?|yelled|slams?|slammed|"
      r"puts?|touch(?:es|ed)?|goes|went|raised|moved|lifted)\b", _WHY["fear_of_partner"], thing_agent=False),
_rule("fear_of_partner", r"(?:fear|afraid|scared|frightened|terrified|worried|worry|fearing)\s+for\s+(?:my|our|"
      r"the\s+kids'|the\s+children's|my\s+kids'|my\s+children's)\s+(?:life|lives|safety)", _WHY["fear_of_partner"],
      thing_agent=False),
_rule("fear_of_partner", _FEARFUL + r"\s+(?:to|of)\s+(?:go|going)\s+home|" + _FEARFUL + r"\s+(?:to|of)\s+"
      r"(?:be|being)\s+(?:alone|at\s+home)\s+with\s+(?:him|her|them)|" + _FEARFUL + r"\s+to\s+leave\s+(?:him|"
      r"her|them)\b", _WHY["fear_of_partner"], thing_agent=False),
_rule("fear_of_partner", r"(?:scared|afraid|frightened|terrified|worried)\s+(?:that\s+)?(?:he|she|they)" + _WILL
      + r"\s+(?:hurt|hit|kill|harm|attack|strangle|choke|beat|snap\s+and\s+hurt)\s+(?:me|us|the\s+kids|"
      r"the\s+children|my\s+\w+|our\s+\w+)", _WHY["fear_of_partner"], thing_agent=False),
_rule("fear_of_partner", r"(?:don't|do\s+not|never|no\s+longer|doesn't|didn't)\s+feel\s+safe\s+(?:at\s+home|"
      r"in\s+(?:my|our)\s+(?:own\s+)?(?:home|house|flat|apartment|bed)|(?:with|around)\s+(?:him|her|them|my\s+"
      + PARTNER + r"))|(?:feel|felt|am|i'm)\s+(?:unsafe|not\s+safe)\s+(?:at\s+home|(?:with|around)\s+(?:him|"
      r"her|them|my\s+" + PARTNER + r")|in\s+(?:my|our)\s+(?:own\s+)?(?:home|house|flat))",
      _WHY["fear_of_partner"], negatable=False, thing_agent=False),

# ---- threats
_rule("threat", r"threat(?:en|ens|ened|ening)\s+(?:me\s+|us\s+)?(?:again\s+)?(?:that\s+(?:he|she|they)" + _WILL +
      r"\s+|to\s+)(?:" + _HARM + r"|post|share|send|leak|publish|expose|out\s+me|ruin|destroy|wreck|"
      r"tell\s+(?:my|everyone|your|the\s+police|his|her)|report\s+me|have\s+me|get\s+me|throw\s+me|kick\s+me|"
      r"lock\s+me|put\s+me|make\s+me\s+pay|end\s+(?:his|her|their)\s+(?:own\s+)?life|take\s+(?:his|her|their)\s+"
      r"(?:own\s+)?life|leave\s+me\s+with\s+nothing|take\s+everything|do\s+something)", _WHY["threat"]),
_rule("threat", r"threat(?:en|ens|ened|ening)\s+" + OBJ + r"|threat(?:en|ens|ened|ening)\s+my\s+(?:life|safety|"
      r"family)", _WHY["threat"]),
_rule("threat", r"death\s+threats?|threats?\s+(?:of\s+violence|to\s+(?:kill|hurt)|against\s+(?:me|my|the\s+kids))|"
      r"(?:made|makes|making|sent|sends|sending|send|make)\s+(?:me\s+|us\s+)?threats", _WHY["threat"]),
_rule("threat", r"(?:he|she|they)" + _WILL + r"\s+(?:kill|hurt|hit|beat|strangle|choke|stab|shoot|burn)\s+" + OBJ,
      _WHY["threat"], not_after=_HYPERBOLE, thing_agent=False),
_rule("threat", r"(?:he|she|they)" + _WILL + r"\s+(?:break|smash)\s+(?:my|your|her|his)\s+(?:neck|arms?|legs?|"
      r"face|jaw|nose|head)", _WHY["threat"], thing_agent=False),
_rule("threat", r"(?:he|she|they)" + _WILL + r"\s+(?:burn|set\s+fire\s+to)\s+(?:the|our|my)\s+(?:house|flat|"
      r"home|place|car)|with\s+(?:me|us|the\s+kids|the\s+children)\s+(?:still\s+)?in\s+it", _WHY["threat"],
      thing_agent=False),
_rule("threat", r"(?:make\s+(?:my|your|her|his)\s+life\s+(?:a\s+)?(?:living\s+)?(?:hell|a\s+misery|misery|"
      r"unbearable)|ruin\s+(?:my|your|her|his)\s+life|destroy\s+(?:me|you|him|her)|come\s+after\s+(?:me|you|"
      r"him|her)|find\s+(?:me|you)\s+wherever|(?:kill|hurt|harm)\s+(?:me|you|him|her|himself|herself|themselves|"
      r"us|the\s+kids|the\s+children|the\s+(?:dog|cat)|my\s+\w+))[^.!?;]{0,40}?\bif\s+(?:i|you|we)\s+(?:ever\s+)?"
      r"(?:try\s+to\s+|tried\s+to\s+|dare\s+)?(?:leave|left|go|went|tell|told|call|called|report|reported|"
      r"break\s+up|broke\s+up|divorce|move\s+out|moved\s+out)", _WHY["threat"], thing_agent=False,
      negatable=False),
_rule("threat", r"(?:put|send|land)\s+(?:me|you|him|her)\s+in\s+(?:the\s+|a\s+)?(?:hospital|a\s+wheelchair|"
      r"the\s+ground|"
      r"a\s+grave|an\s+early\s+grave|a\s+coffin)|six\s+feet\s+under|(?:find|hunt|track)\s+(?:me|you)\s+(?:down\s+)?"
      r"(?:wherever|anywhere|no\s+matter\s+where)|(?:hunt|track)\s+(?:me|you)\s+down|(?:he|she|they)" + _WILL
      + r"\s+come\s+after\s+(?:me|you|us)", _WHY["threat"], thing_agent=False),
_rule("threat", r"(?:have|get)\s+(?:me|you|him|her)\s+(?:killed|beaten\s+up|hurt|sectioned|committed|arrested\s+on\s+"
      r"lies)|(?:gun|knife|bat|weapon|axe|hammer|machete)\b[^.!?;]{0,60}?\b(?:for\s+(?:me|you)\b|use\s+it\s+on\s+"
      r"(?:me|you))", _WHY["threat"], thing_agent=False),
_rule("threat", r"or\s+else(?=\s*(?:[.!?;,\"')]|$|\.\.\.))|(?:i'm|i\s+am|you're|you\s+are|i'd\s+be|you'd\s+be|"
      r"i'll\s+be|you'll\s+be)\s+(?:dead|a\s+dead\s+(?:man|woman))\s+if|make\s+(?:me|you|him|her)\s+disappear|"
      r"(?:burn|destroy|smash|trash|wreck|rip\s+up|cut\s+up)\s+(?:everything|all\s+(?:of\s+)?(?:my|your|her|his))\s*"
      r"(?:i|you|she|he)?\s*(?:own|owns|things|stuff|belongings|clothes)?", _WHY["threat"], thing_agent=False,
      negatable=False, not_after=r"[\"']?\s*,?\s*(?:as\s+a\s+joke|jokingly|joking|in\s+jest|laughing|with\s+a\s+"
                                 r"(?:smile|grin|wink))"),
_rule("threat", r"(?:showed|shows|showing|show|pointed|points|pointing|waved|waves|waving|brandished)\s+(?:me\s+)?"
      r"(?:a|an|his|her|their|the)\s+(?:gun|knife|weapon|blade|rifle|pistol)", _WHY["threat"]),
_rule("threat", r"if\s+(?:i|you)\s+(?:ever\s+)?(?:try\s+to\s+|tried\s+to\s+)?(?:leave|left|go|went|break\s+up|"
      r"broke\s+up)(?:\s+(?:him|her|them|me|you|this\s+house|the\s+house))?\s*,?\s+[^.!?;]{0,50}?\b(?:kill|"
      r"hurt|harm|ruin|destroy|never\s+see|end\s+it\s+all|make\s+(?:you|me)\s+pay)", _WHY["threat"],
      negatable=False, thing_agent=False),
_rule("threat", r"if\s+(?:i|you)\s+(?:ever\s+)?(?:tell|told|call|called|report|reported)\s+(?:anyone|anybody|"
      r"someone|the\s+police|the\s+cops|my\s+family|your\s+family|my\s+friends|a\s+friend)\b[^.!?;]{0,50}?\b"
      r"(?:kill|hurt|harm|ruin|destroy|never\s+see|make\s+(?:you|me)\s+pay)", _WHY["threat"],
      negatable=False, thing_agent=False),
_rule("threat", r"(?:raised|raises|raising|raise)\s+(?:his|her|their|a)\s+(?:fists?|hand)\s+(?:at|to|against|"
      r"over)\s+" + OBJ, _WHY["threat"]),
_rule("threat", r"(?:knife|gun|weapon|blade)\s+(?:on|at|to|against|toward|towards)\s+(?:me|him|her|them|us|"
      r"you|my\s+(?:throat|head|neck|face|chest))|came\s+at\s+(?:me|him|her|them|us)\s+with|(?:pulled|pulls)\s+"
      r"(?:a|an|his|her|the|their)\s+(?:knife|gun|weapon)", _WHY["threat"]),
_rule("threat", r"(?:punched|punches|punching|put\s+(?:his|her|their|a)\s+fists?\s+through)\s+(?:a\s+hole\s+in\s+"
      r")?(?:a|the|our|my)?\s*(?:walls?|doors?|windows?|windscreen|windshield)|(?:kicked|kicks|kicking)\s+"
      r"(?:the|a|our|my)\s+(?:\w+\s+)?doors?\s+(?:in|down)|(?:kicked|punched)\s+a\s+hole\s+in",
      _WHY["threat"]),
_rule("threat", r"(?:smashed|smashes|smashing|destroyed|destroys|destroying|ripped\s+up|tore\s+up)\s+(?:my|our|"
      r"her|his)\s+(?:phone|laptop|things|stuff|belongings|clothes|car)", _WHY["threat"], self_agent=False),
_rule("threat", r"(?:threw|throws|throwing|smashed|smashes|smashing|hurled|hurls)\s+(?:a\s+|the\s+|his\s+|her\s+|"
      r"my\s+|our\s+|some\s+)?(?:plates?|glass(?:es)?|chairs?|bottles?|mugs?|cups?|dishes|things|stuff|"
      r"furniture|phone|remote|lamp|vase)\s+(?:at\s+the\s+wall|across\s+the\s+(?:room|kitchen)|against\s+the\s+"
      r"wall|around|on\s+the\s+floor|everywhere)", _WHY["threat"]),

# ---- physical harm
_rule("physical", r"(?:threw|throws|throwing|thrown|hurled|hurls|chucked|chucks|flung|flings)\s+(?:(?!question|"
      r"idea|look|glance|smile|curveball|compliment|insult|accusation|word|shade|part|tantrum|fit\b|ball|"
      r"frisbee|pillow|cushion|snowball|balloon|confetti|kiss|wink|"
      r"remark|comment)[\w'-]+\s+){1,3}at\s+" + OBJ, _WHY["physical"]),
_rule("physical", r"(?:slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|shove[sd]?|shoving|smack(?:s|ed|ing)?|"
      r"whack(?:s|ed|ing)?|headbutt(?:s|ed|ing)?|strangle[sd]?|strangling|chok(?:e|es|ed|ing)|"
      r"throttl(?:e|es|ed|ing)|restrain(?:s|ed|ing)?|assault(?:s|ed|ing)?|bit|bites|biting|"
      r"scratch(?:es|ed|ing)?|shook|shakes|shaking)\s+" + OBJ, _WHY["physical"],
      not_after=r"on\s+the\s+(?:back|shoulder)|awake|up\b|off\b|(?:a\s+)?(?:high|low)[\s-]five|"
                r"to\s+the\s+core|like\s+a"),
_rule("physical", r"kick(?:s|ed|ing)?\s+" + OBJ, _WHY["physical"],
      not_after=r"out\b|off\b|under\s+the\s+table|by\s+accident|accidentally|in\s+(?:my|his|her|their|your)\s+"
                r"sleep|in\s+the\s+night|to\s+(?:stop|shut|warn|get)"),
_rule("physical", r"(?:hit|hits|hitting)\s+" + OBJ, _WHY["physical"],
      not_after=r"up\b|back\s+with|like\s+a|hard\s+(?:that|how|when)|"
                r"with\s+(?!(?:a|an|the|his|her|their|my|your)?\s*(?:[\w-]+\s+)?(?:belt|pans?|bottles?|plates?|shoes?|"
                r"boots?|fists?|sticks?|bats?|hammer|book|glass|cups?|mugs?|remote|controller|hands?|back|"
                r"hairbrush|chairs?|knife|phone|lamp|cord|cable|charger|door|car|vase|hanger|broom|kettle|"
                r"keys|bag|toy|iron|something|whatever|anything)\b)|"
                r"(?:that|how|then|later|all\s+at\s+once|out\s+of\s+nowhere)\b"),
_rule("physical", r"(?:beat|beats|beating|beaten)\s+" + OBJ, _WHY["physical"],
      not_after=r"(?:at|to|in|on|by)\b|it\b|every\s+time|hands\s+down|easily|again\s+at"),
_rule("physical", r"(?:push(?:ed|es|ing)?|shove[sd]?|shoving|threw|throws|throwing|slammed|slams|slamming)\s+"
      + OBJ + r"\s*(?=against|into\s+(?:the|a)\s+(?:wall|door|table|door\s*frame|counter|car|cupboard|fridge|"
      r"floor|ground|furniture|bookcase|radiator|mirror)|down\b(?!\s+(?:a|the)\s+(?:peg|notch))|onto|to\s+the\s+"
      r"(?:ground|floor)|off\s+(?:the|a)\s+(?:bed|sofa|couch|chair|step|stairs|balcony|porch)|out\s+of\s+(?:the|"
      r"a|my|his|her)\s+(?:car|moving\s+car|bed|way)|(?:so\s+)?hard\b|and\s+(?:i|he|she|they)\s+(?:fell|hit|"
      r"stumbled|landed|banged)|across\s+the\s+(?:room|kitchen|floor)|[.!;]|$)", _WHY["physical"]),
_rule("physical", r"grab(?:bed|s|bing)?\s+" + OBJ + r"\s*(?=by\s+the|around|round|hard\b|so\s+hard|and\s+"
      r"(?:shook|pulled|dragged|pushed|threw|shoved|pinned|held|slammed)|[.!;]|$)", _WHY["physical"]),
_rule("physical", r"(?:grab(?:bed|s|bing)?|yank(?:ed|s|ing)?|pull(?:ed|s|ing)|twist(?:ed|s|ing)?|squeez(?:ed|es|"
      r"ing|e)|pinch(?:ed|es|ing)?)\s+(?:my|her|his|their|your)\s+" + BODY, _WHY["physical"], self_agent=False,
      not_after=r"(?:to|into)\s+(?:come|go|do|join|help|agree)|(?:in|into)\s+(?:going|coming|doing|agreeing)"),
# Violence to a body part. "She hit her head" / "I hit my head" is an accident, not a sign.
*[_rule("physical", _BODY_VIOLENCE + r"\s+" + owner + r"\s+" + BODY, _WHY["physical"], self_agent=own != "i",
        not_before=(r"\b" + own + r"(?:\s+\w+)?") if own != "i" else None)
  for owner, own in (("(?:my|your)", "i"), ("her", "she"), ("his", "he"), ("their", "they"))],
_rule("physical", r"(?:attack(?:ed|s|ing)?|went\s+for|goes\s+for|lunged\s+at|lunges\s+at|came\s+at|comes\s+at)\s+"
      + OBJ + r"\s+(?:with\s+(?!(?:words|questions|accusations|criticism|comments|insults|her\s+words|his\s+words)"
      r"\b)|physically|in\s+(?:my|his|her|their)\s+sleep|from\s+behind|while\s+(?:i|he|she|they)\s+(?:was|were)\s+"
      r"(?:asleep|sleeping))", _WHY["physical"]),
_rule("physical", r"(?:push(?:ed|es|ing)?|shov(?:e|ed|es|ing)|knock(?:ed|s|ing)?|slap(?:ped|s|ping)?|throw(?:s|ing)?|"
      r"threw|kick(?:ed|s|ing)?)\s+" + OBJ + r"\s+(?:around|about)\b|rough(?:ed|s|ing)?\s+" + OBJ + r"\s+up\b",
      _WHY["physical"]),
_rule("physical", r"(?!(?:nudg|pok|tickl|kiss|caught|catch|look|saw|see|met|meet|told|tell|show|stabb|knif)\w*\s)"
      r"\w+\s+" + OBJ + r"\s+(?:hard\s+|right\s+)?in\s+the\s+(?:face|ribs|stomach|chest|head|mouth|eye|nose|jaw|"
      r"gut|groin|throat|neck|belly|kidneys|teeth)\b", _WHY["physical"]),
_rule("physical", r"(?:bruises?|bruised|marks|welts|scratches|cuts?|a\s+cut|black\s+eye|split\s+lip)\b[^.!?;]{0,40}?\b"
      r"(?:from|where|after|because|when)\s+(?:where\s+|when\s+)?(?:he|she|they|my\s+" + PARTNER + r")\s+(?:\w+\s+)?"
      r"(?:held|grabbed|hit|pushed|shoved|kicked|punched|squeezed|threw|pinned|slapped|bit|twisted|dragged|"
      r"choked|beat|hurt)", _WHY["physical"], thing_agent=False, negatable=False),
_rule("physical", r"hurt\s+(?:me|him|her)\b[^.!?;]{0,60}?\b(?:bruis\w*|a\s+cut\s+on|cuts\s+on|bleed\w*|blood|"
      r"hospital|stitches|injur\w*|a&e|emergency\s+room|broken\s+(?:arm|wrist|nose|rib|ribs|finger|jaw|bone))",
      _WHY["physical"], not_before=r"\b(?:it|that|this|what\s+(?:he|she|they)\s+said)(?:\s+\w+)?"),
_rule("physical", r"(?:sat|sits|sitting|knelt|kneels|kneeling|lay|lies|lying|pinned|pins|pinning)\s+on\s+(?:top\s+"
      r"of\s+)?(?:me|him|her|them|my\s+(?:chest|back|arms?|legs?))\b", _WHY["physical"]),
_rule("physical", r"(?:threw|throws|throwing|flung|flings|shoved|shoves|pushed|pushes)\s+" + OBJ + r"\s+(?:on|onto|"
      r"to|across|down|into|against|out\s+of\s+bed)\s+(?:the\s+|a\s+|my\s+|his\s+|her\s+)?(?:floor|ground|bed|"
      r"sofa|couch|wall|stairs|table|door|car|furniture|bookcase|counter)", _WHY["physical"]),
_rule("physical", r"(?:draw|drew|drawing)\s+blood|until\s+(?:i|he|she|they)\s+(?:nearly\s+|almost\s+)?"
      r"(?:blacked|passed)\s+out|until\s+(?:i|he|she|they)\s+(?:couldn't|could\s+not|can't)\s+breathe",
      _WHY["physical"], thing_agent=False, negatable=False),
_rule("physical", r"(?:he|she|they|you|my\s+" + PARTNER + r")\s+(?:is|are|was|were|gets|got|becomes|became|can\s+be|"
      r"could\s+be|'s|'re|has\s+been|have\s+been|turns|turned)\s+(?:\w+\s+)?violent|violent\s+(?:towards?|to|"
      r"with)\s+(?:me|him|her|them|us|the\s+kids|the\s+children)", _WHY["physical"], thing_agent=False),
_rule("physical", r"(?:hands?|fingers|arm)\s+(?:around|round|on|at|over)\s+(?:my|his|her|their|your)\s+(?:neck|"
      r"throat|mouth)|chokeholds?|choke\s+holds?", _WHY["physical"], thing_agent=False),
_rule("physical", r"(?:held|holds|holding|pinned|pins|pinning|pushed|pushes)\s+" + OBJ + r"\s+(?:down|against|"
      r"to\s+the\s+(?:floor|ground|bed|wall)|on\s+the\s+(?:floor|ground|bed))", _WHY["physical"],
      not_after=r"(?:a\s+)?(?:peg|notch)|(?:\w+\s+){0,3}?(?:tickl\w*|with\s+tickles|play[\s-]?fight\w*)"),
_rule("physical", r"(?:left|leaves|leaving)\s+(?:bruises|a\s+bruise|marks|a\s+mark|scratches)\s+on\s+(?:me|my|her|"
      r"his|him)|gave\s+(?:me|him|her|them)\s+a\s+(?:black\s+eye|bloody\s+nose|split\s+lip|concussion|fat\s+lip)",
      _WHY["physical"]),
_rule("physical", r"physically\s+(?:hurt|hurts|hurting|harmed|harms|harming|attacked|attacks|assaulted|"
      r"abused|abuses|abusive|violent|aggressive|forced|restrained|stops|stopped|stop|blocks|blocked|block|prevents|"
      r"prevented|holds|held|drags|dragged|pulls|pulled|pushes|pushed|carries|carried|removes|removed|threw|"
      r"throws)|hurt\s+" + OBJ + r"\s+physically",
      _WHY["physical"]),
_rule("physical", r"(?:he|she|they|you|my\s+" + PARTNER + r")\s+(?:\w+\s+)?(?:hurt|hurts|injured|injures|"
      r"twisted|twists|bruised|broke|sprained|cut)\s+my\s+(?:arm|wrist|neck|face|hand|ribs?|nose|jaw|lip|"
      r"leg|back|shoulder|fingers?|head|eye)", _WHY["physical"], thing_agent=False),
_rule("physical", r"(?:i|he|she|they|we)\s+(?:was|were|got|have\s+been|'ve\s+been|had\s+been|has\s+been|am|is|"
      r"'m|'s|are)\s+(?:\w+\s+)?(?:hit|slapped|punched|kicked|shoved|pushed|choked|strangled|beaten|grabbed|"
      r"attacked|assaulted|raped|bitten|headbutted|smacked|strangled|burned|burnt)\s+by\s+(?:him|her|them|"
      r"my\s+" + PARTNER + r"|(?:his|her)\s+" + PARTNER + r")", _WHY["physical"], thing_agent=False),
_rule("physical", r"dragged\s+" + OBJ + r"\s+(?:by\b|across|along|down\s+the\s+(?:hall|stairs|corridor)|out\s+of\s+"
      r"the\s+(?:car|house|flat|room))", _WHY["physical"]),
_rule("physical", r"(?:spat|spit|spits|spitting)\s+(?:at|on|in)\s+(?:me|him|her|them|my\s+face|his\s+face|"
      r"her\s+face|your\s+face)", _WHY["physical"]),
_rule("physical", r"(?:put|puts|putting|laid|lays|laying)\s+(?:his|her|their|a)\s+hands?\s+on\s+(?:me|him|her|"
      r"them|the\s+kids|the\s+children)", _WHY["physical"]),
_rule("physical", r"(?:burned|burnt|burns|burning)\s+" + OBJ + r"\s+with", _WHY["physical"]),

# ---- coercion, sex without consent, isolation
_rule("coercion", r"(?:raped|rapes|rape|sexually\s+assault\w*|sexual\s+assault)\b", "describes sex without consent",
      thing_agent=False),
_rule("coercion", r"(?:made|makes|make|pressured|pressures|pressuring|forced|forces|forcing|pushed|pushes|"
      r"guilted|guilts)\s+" + OBJ + r"\s+(?:(?:into\s+|to\s+)?(?:have|having|do|doing)\s+(?:\w+\s+)?|(?:into|for)\s+"
      r"(?:\w+\s+)?)(?:sex|sexual\s+\w+|things\s+in\s+bed)|(?:forced|forces)\s+"
      r"(?:himself|herself|themselves)\s+on|sex\s+(?:with\s+me\s+)?(?:when|while|after|even\s+though|though)\s+"
      r"(?:i|she|he)\s+(?:had\s+)?(?:said\s+no|was\s+asleep|was\s+crying|didn't\s+want|did\s+not\s+want|"
      r"told\s+(?:him|her|them)\s+no|was\s+drunk)|sex\s+(?:that\s+)?i\s+(?:don't|didn't|do\s+not|did\s+not)\s+"
      r"(?:want|agree\s+to|consent\s+to)", "describes sex without consent"),
_rule("coercion", r"(?:not|never|only)\s+allowed\s+to\s+(?:go\s+out|go\s+anywhere|leave\s+the\s+(?:house|flat)|see\s+"
      r"(?:my|any)|talk\s+to\s+(?:my|any|anyone|other)|have\s+(?:my\s+own|friends|a\s+job|a\s+phone|money)|"
      r"visit\s+my|call\s+my|text\s+my|wear|work|spend\s+(?:any|my\s+own)|drive|go\s+to\s+work)|"
      r"(?:decides|controls|dictates|chooses|tells\s+me|decide|control)\s+(?:who|where|what|when)\s+i(?:'m|\s+am)?\s+"
      r"(?:allowed\s+to\s+|can\s+|can't\s+|may\s+)?(?:see|talk|go|wear|eat|spend|text|call|meet|leave|do)\b",
      _WHY["coercion"], thing_agent=False, negatable=False,
      not_before=r"\b(?:at|in)\s+(?:work|school|the\s+office|the\s+gym|the\s+hospital)\b[^.!?;]*"),
_rule("coercion", r"prove\s+where\s+i\s+(?:am|was|'ve\s+been|have\s+been|'m)|account\s+for\s+every\s+(?:minute|hour|"
      r"second|penny|cent)|(?:makes|made|make)\s+me\s+(?:send|share|show)\s+(?:him|her|them)\s+(?:photos|pictures|"
      r"my\s+location|proof|videos)|(?:forbids|forbade|forbidden|forbid|bans|banned)\s+(?:me|him|her)\s+(?:from|to)\s+"
      r"(?:see|seeing|talk|talking|go|going|visit|visiting|work|working|leave|leaving|call|calling|contact|"
      r"contacting|text|texting|speak|speaking|wear|wearing|have|having)", _WHY["coercion"]),
_rule("coercion", r"stalk(?:s|ed|ing)?\s+" + OBJ + r"|(?:put|puts|installed|hid)\s+(?:a\s+)?(?:tracker|tracking\s+"
      r"(?:app|device)|spyware)\s+(?:on|in)\s+(?:my|her|his)", _WHY["coercion"]),
_rule("coercion", r"(?:forced|forces|forcing|force|coerced|coerces|coercing)\s+" + OBJ + r"\s+(?:to|into)\b",
      _WHY["coercion"], self_agent=False,
      not_after=r"(?:watch|watching|sit\s+through|sitting\s+through|listen\s+to|listening\s+to|try|trying|taste|"
                r"dance|dancing|sing|singing|play|playing)\b"),
_rule("coercion", r"(?:won't|wouldn't|doesn't|didn't|never|don't|refuses\s+to|refused\s+to)\s+let\s+(?:me|him|her|"
      r"us)\s+(?:see|talk\s+to|call|visit|meet|go\s+out\s+with|text|have|phone|speak\s+to)\s+(?:my|his|her|any|"
      r"our)\s+(?:own\s+)?(?:friends?|family|mum|mom|mother|dad|father|sister|brother|parents)",
      _WHY["coercion"], negatable=False),
_rule("coercion", r"(?:won't|wouldn't|doesn't|didn't)\s+let\s+(?:me|him|her)\s+(?:work|get\s+a\s+job|have\s+a\s+"
      r"job|keep\s+my\s+job|go\s+to\s+work|have\s+a\s+phone|have\s+my\s+own\s+(?:phone|money|account|friends))\b",
      _WHY["coercion"], negatable=False),
_rule("coercion", r"(?:made|makes|forced|forces)\s+(?:me|him|her)\s+(?:quit|give\s+up|leave)\s+(?:my|his|her|"
      r"their)\s+(?:job|work|studies|course|degree)", _WHY["coercion"]),
_rule("coercion", r"(?:have|had|need|needs|has)\s+to\s+ask\s+(?:his|her|their|him|her|them)\s*(?:for\s+)?"
      r"permission\s+(?:to|before)|(?:need|needs|have\s+to\s+get|must\s+get)\s+(?:his|her|their)\s+permission\s+"
      r"(?:to|before)\s+(?:go|see|leave|talk|call|visit|go\s+out|wear|eat|i\s+go)", _WHY["coercion"],
      thing_agent=False),
_rule("coercion", r"isolat(?:es|ed|ing)\s+(?:me|him|her|them)\b|cut(?:s|ting)?\s+(?:me|him|her|them)\s+off\s+from\s+"
      r"(?:my|his|her|their|all\s+(?:of\s+)?(?:my|his|her))?\s*(?:family|friends|everyone|people|parents|mum|mom|"
      r"mother|sister|brother)", _WHY["coercion"]),
_rule("coercion", r"(?:won't|wouldn't|doesn't|didn't)\s+let\s+(?:me|him|her)\s+sleep\s+until", _WHY["coercion"],
      negatable=False),
_rule("coercion", r"locked\s+" + OBJ + r"\s+out\s+of\s+(?:the|our|my)\s+(?:house|flat|home|apartment)",
      _WHY["coercion"]),
_rule("coercion", r"(?:took|takes|hid|hides|hidden|smashed|broke)\s+(?:my|her|his)\s+phone\b[^.!?;]{0,40}?\b"
      r"(?:call|leave|get\s+help|contact|reach)", _WHY["coercion"], self_agent=False),

# ---- prevented from leaving
_rule("prevented_leaving", r"(?:won't|wouldn't|doesn't|didn't|refuses\s+to|refused\s+to|never)\s+let\s+"
      r"(?P<obj>me|him|her|them|us|you)\s+(?:leave|go|get\s+out|out|drive\s+(?:away|off)|walk\s+(?:away|out)|"
      r"get\s+away|escape)\b", _WHY["prevented_leaving"],
      negatable=False,
      need_after=r"$|[,.!?;:]|(?:the\s+|our\s+|my\s+|his\s+|her\s+)?(?:house|flat|apartment|room|bedroom|car|"
                 r"building|home|kitchen|bathroom)\b|of\s+(?:the|our|my|his|her)\s+(?:house|flat|apartment|room|"
                 r"bedroom|car|building|home|kitchen|bathroom|sight)|until|unless|without|when|and|or|even|"
                 r"alone|anywhere|no\s+matter|at\s+night|by\s+myself|on\s+my\s+own|home|again|either|"
                 r"after|before|till|drive\s+(?:away|off)|walk\s+(?:away|out)|get\s+away|escape|go\s+anywhere"),
_rule("prevented_leaving", r"(?:stopped|stops|stopping|prevented|prevents|preventing|keeps|kept|keeping|blocked|"
      r"blocks|blocking)\s+" + OBJ + r"\s+from\s+(?:leaving|going|getting\s+out|walking\s+out|calling|phoning|"
      r"running|escaping|getting\s+away)", _WHY["prevented_leaving"]),
_rule("prevented_leaving", r"(?:blocked|blocks|blocking|block|barricaded|barred|bars)\s+(?:the|my|our)\s+(?:front\s+"
      r"|back\s+|bedroom\s+)?(?:door|doorway|exit|way\s+out|stairs|hallway)|(?:blocked|blocks|blocking)\s+"
      r"(?:my|her|his)\s+(?:way|path)|blocked\s+(?:me|him|her)\s+in\b", _WHY["prevented_leaving"],
      self_agent=False, not_after=r"with\s+(?:a|the)\s+(?:towel|draught|draft)"),
_rule("prevented_leaving", r"(?:stood|stands|standing|stand)\s+(?:in\s+front\s+of|in|at|across)\s+(?:the|my|our)\s+"
      r"(?:front\s+|back\s+|bedroom\s+)?(?:door|doorway|exit)", _WHY["prevented_leaving"], self_agent=False,
      need_after=r"(?:and|so|to)\b[^.!?;]{0,40}?\b(?:let|leave|go|get\s+out|stop|block)|until|blocking|"
                 r"[^.!?;]{0,40}?\bwouldn't\s+let"),
_rule("prevented_leaving", r"(?:when|as|whenever|every\s+time|each\s+time)\s+i\s+(?:tried|try|went|go|wanted|want|"
      r"got\s+up|"
      r"get\s+up|started|start|attempted|attempt)\s+to\s+(?:leave|go|get\s+out|walk\s+out|walk\s+away)\b[^.!?;]{0,40}?"
      r"\b(?:stood|stands|blocked|blocks|grabbed|grabs|pulled|pulls|locked|locks|took|takes|hid|hides|wouldn't|won't|"
      r"dragged|drags|pushed|pushes|shoved|shoves|got\s+in\s+front|gets\s+in\s+front|followed|follows|chased|"
      r"chases|sat|sits|held|holds)\b", _WHY["prevented_leaving"], negatable=False, thing_agent=False),
_rule("prevented_leaving", r"(?:keys|phone)\b[^.!?;]{0,40}?\b(?:locked\s+(?:the|all\s+the|our)\s+(?:front\s+|back\s+)?"
      r"doors?|(?:stood|stands|standing|sat|sits)\s+(?:in\s+front\s+of|in|at|against|by)\s+(?:the|my|our)\s+"
      r"(?:front\s+|back\s+)?(?:door|doorway))|"
      r"locked\s+(?:the|all\s+the|our)\s+(?:front\s+|back\s+)?doors?\b[^.!?;]{0,40}?\b(?:keys|so\s+i\s+(?:couldn't|"
      r"can't|could\s+not|cannot))", _WHY["prevented_leaving"], thing_agent=False, negatable=False),
_rule("prevented_leaving", r"locked\s+" + OBJ + r"\s+(?:in|inside)\b", _WHY["prevented_leaving"],
      not_after=r"(?:a|the)\s+(?:conversation|argument|debate|battle|struggle)"),
_rule("prevented_leaving", r"(?:took|takes|taken|taking|hid|hides|hidden|hiding|kept|keeps|keeping|confiscated)\s+"
      r"(?:my|her|his|the|our|all\s+the)\s+(?:car\s+)?(?:keys|shoes|coat|wallet|purse|bag|phone|passport|car|bike)\b"
      r"[^.!?;]{0,40}?\b(?:leave|go\s+anywhere|get\s+out|get\s+away|escape|drive\s+away|(?:can't|couldn't|cannot|"
      r"could\s+not)\s+(?:go|get\s+anywhere)|stuck\s+(?:at\s+home|in\s+the\s+(?:house|flat))|no\s+way\s+to\s+"
      r"(?:get|leave|go))\b",
      _WHY["prevented_leaving"], self_agent=False),

# ---- abuse named as such
_rule("abuse", r"(?:abusive|abused\s+" + OBJ + r"|abus(?:es|ing)\s+" + OBJ + r"|domestic\s+(?:abuse|violence)|"
      r"(?:physical|emotional|verbal|sexual|financial|economic)\s+abuse|(?:emotionally|verbally|sexually|"
      r"financially|psychologically)\s+abus\w+)", _WHY["abuse"],
      not_before=r"\b(?:substance|alcohol|drug|child\s+protection)",
      not_after=r"(?:trust|kindness|position|privileges?|generosity|patience|hospitality)\b"),
]


# Trigger words, one tuple per rule of _DANGER_RULES and in the same order: every string
# a rule's pattern can match contains one of its words (in `_triggers_text` of the text),
# so a rule is only compiled and run on a text holding one of them. Generated from the
# patterns, and proved to cover them, by tests/test_guidance_prefilter.py; after changing
# a rule, run `python tests/test_guidance_prefilter.py` and paste its table here.
_DANGER_TRIGGERS: tuple[tuple[tuple[str, ...], ...], ...] = (
    # 0 children
    (('threat',), ('babies', 'baby', 'child', 'custody', 'daughter', 'kid', 'little one', 'son', 'toddler'),),
    # 1 children
    (('never ',), (' see ',),),
    # 2 children
    (('take ',), (' from ',),),
    # 3 children
    ((' custody', 'lose ', 'losing ', 'take '), ('said', 'saying', 'says', 'screamed', 'shouted', 'swears',
     'swore', 'tells me', 'texted', 'threaten', 'told me', 'warn'),),
    # 4 children
    ((' against', ' hate', ' never see', ' never speak to', ' never talk to'), ('made', 'make', 'making',
     'turn'),),
    # 5 children
    (('abused ', 'abuses ', 'harmed ', 'harms ', 'hurt ', 'hurts ', 'injured ', 'injures '), (' babies',
     ' baby', ' child', ' daughter', ' kid', ' little one', ' son', ' toddler'),),
    # 6 children
    ((' against', ' to control', ' to get at', ' to hurt', ' to punish'), ('use ', 'used ', 'uses ',
     'using '),),
    # 7 money_control
    (('control ', 'controlled ', 'controlling ', 'controls '), (' account', ' card', ' finances', ' money',
     ' spending'),),
    # 8 money_control
    (('control ', 'controlled ', 'controlling ', 'controls '), (' bank account', ' card', ' finances',
     ' money', ' pay', ' salary', ' savings', ' spending', ' wages'),),
    # 9 money_control
    ((' allowance', ' pocket money'),),
    # 10 money_control
    ((' benefits', ' card', ' earnings', ' income', ' pay', ' pension', ' salary', ' savings', ' wages'),
     ('confiscated ', 'confiscates ', 'held ', 'holds ', 'keeps ', 'kept ', 'taken ', 'takes ', 'taking ',
     'took '),),
    # 11 money_control
    ((' give her ', ' give him ', ' give them ', ' hand over '),),
    # 12 money_control
    ((' birth certificate', ' documents', ' green card', ' id', ' papers', ' passport', ' permit', ' visa'),
     ('burned', 'burnt', 'confiscated', 'confiscates', 'destroyed', 'destroys', 'held', 'hid', 'holding',
     'holds', 'keeping', 'keeps', 'kept', 'locked away', 'locked up', 'locks away', 'locks up', 'ripped up',
     'taken', 'takes', 'taking', 'took', 'tore up'),),
    # 13 money_control
    ((' documents', ' id', ' papers', ' passport', ' visa'), (' give ', ' let '),),
    # 14 money_control
    ((' border control ', ' border force ', ' border patrol ', ' deported', ' ice ', ' immigration ',
     ' sponsorship', ' the home office ', ' visa'),),
    # 15 money_control
    ((' access ',),),
    # 16 money_control
    ((' name',), (' in ',),),
    # 17 money_control
    ((' give ', ' let '), (' account', ' card', ' money', ' pin'), (' her ', ' him ', ' me '),),
    # 18 money_control
    ((' a daily allowance', ' a monthly allowance', ' a small allowance', ' a tiny allowance',
     ' a weekly allowance', ' an allowance'), ('i am given ', 'i am on ', 'i get ', 'i got ', 'i receive ',
     'i was given ', "i'm given ", "i'm on "),),
    # 19 money_control
    ((' accounts', ' cards', ' cash', ' money'), ('has ', 'held ', 'holds ', 'keeps ', 'kept ', 'takes ',
     'took '),),
    # 20 money_control
    ((' cent ', ' dollar ', ' euro ', ' penny ', ' pound ', ' purchase ', ' receipt '), (' every ',),),
    # 21 money_control
    ((' back ',), (' card', ' documents', ' id', ' papers', ' passport', ' phone', ' visa'), ('get ', 'give ',
     'hand ', 'have '),),
    # 22 money_control
    ((' let ',), (' account', ' card', ' cash', ' finances', ' money', ' salary', ' savings', ' statements',
     ' wages'), (' her ', ' him ', ' me '),),
    # 23 money_control
    ((' name', 'opened ', 'opens ', 'ran up ', 'run up ', 'running up ', 'runs up '),),
    # 24 money_control
    ((' beg ', 'made ', 'makes '),),
    # 25 money_control
    (('had to ask ', 'has to ask ', 'have to ask '),),
    # 26 money_control
    ((' papers ', ' permit ', ' visa '),),
    # 27 fear_of_partner
    (('afraid of ', 'fearful of ', 'frightened of ', 'petrified of ', 'scared of ', 'terrified of '),
     (' anger', ' fists', ' he could ', ' he is going to ', ' he may ', ' he might ', ' he will ',
     ' he would ', " he'd ", " he'll ", " he's going to ", ' outbursts', ' rage', ' she could ',
     ' she is going to ', ' she may ', ' she might ', ' she will ', ' she would ', " she'd ", " she'll ",
     " she's going to ", ' temper', ' they could ', ' they is going to ', ' they may ', ' they might ',
     ' they will ', ' they would ', " they'd ", " they'll ", " they's going to ", ' violence', 'her', 'him',
     'my '),),
    # 28 fear_of_partner
    ((' fear', ' he could ', ' he is going to ', ' he may ', ' he might ', ' he will ', ' he would ', " he'd ",
     " he'll ", " he's going to ", ' she could ', ' she is going to ', ' she may ', ' she might ',
     ' she will ', ' she would ', " she'd ", " she'll ", " she's going to ", ' they could ',
     ' they is going to ', ' they may ', ' they might ', ' they will ', ' they would ', " they'd ",
     " they'll ", " they's going to ", 'on edge ', 'walking on eggshells '),),
    # 29 fear_of_partner
    ((' happened ', ' he did ', ' she did ', ' they did ', 'disagree with her', 'disagree with him',
     'disagree with them', 'refuse ', 'say no', 'tell her no', 'tell him no', 'tell them no'),),
    # 30 fear_of_partner
    (('flinch ', 'flinched ', 'flinches ', 'flinching '), ('came', 'come', 'get angry', 'get close',
     'get near', 'get up', 'gets angry', 'gets close', 'gets near', 'gets up', 'goes', 'got angry',
     'got close', 'got near', 'got up', 'lift', 'move', 'put', 'raise', 'reache', 'shout', 'slam', 'stand',
     'stood', 'touch', 'walk', 'went', 'yell'),),
    # 31 fear_of_partner
    ((' life', ' lives', ' safety'),),
    # 32 fear_of_partner
    ((' alone ', ' at home ', ' leave ', 'afraid ', 'fearful ', 'frightened ', 'petrified ', 'scared ',
     'terrified '),),
    # 33 fear_of_partner
    ((' he are going to ', ' he is going to ', ' he is gonna ', ' he was going to ', ' he was gonna ',
     ' he were going to ', ' he will ', ' he would ', " he'd ", " he'll ", " he's going to ", " he's gonna ",
     ' she are going to ', ' she is going to ', ' she is gonna ', ' she was going to ', ' she was gonna ',
     ' she were going to ', ' she will ', ' she would ', " she'd ", " she'll ", " she's going to ",
     " she's gonna ", ' they are going to ', ' they is going to ', ' they is gonna ', ' they was going to ',
     ' they was gonna ', ' they were going to ', ' they will ', ' they would ', " they'd ", " they'll ",
     " they's going to ", " they's gonna "), (' attack ', ' beat ', ' choke ', ' harm ', ' hit ', ' hurt ',
     ' kill ', ' strangle '),),
    # 34 fear_of_partner
    ((' safe ', ' unsafe '),),
    # 35 threat
    (('threaten ', 'threatened ', 'threatening ', 'threatens '),),
    # 36 threat
    (('threaten',),),
    # 37 threat
    (('death threat', 'made me threats', 'made threats', 'made us threats', 'make me threats', 'make threats',
     'make us threats', 'makes me threats', 'makes threats', 'makes us threats', 'making me threats',
     'making threats', 'making us threats', 'send me threats', 'send threats', 'send us threats',
     'sending me threats', 'sending threats', 'sending us threats', 'sends me threats', 'sends threats',
     'sends us threats', 'sent me threats', 'sent threats', 'sent us threats', 'threat against me',
     'threat against my', 'threat against the kids', 'threat of violence', 'threat to hurt', 'threat to kill',
     'threats against me', 'threats against my', 'threats against the kids', 'threats of violence',
     'threats to hurt', 'threats to kill'),),
    # 38 threat
    (('he are going to ', 'he is going to ', 'he is gonna ', 'he was going to ', 'he was gonna ',
     'he were going to ', 'he will ', 'he would ', "he'd ", "he'll ", "he's going to ", "he's gonna ",
     'they are going to ', 'they is going to ', 'they is gonna ', 'they was going to ', 'they was gonna ',
     'they were going to ', 'they will ', 'they would ', "they'd ", "they'll ", "they's going to ",
     "they's gonna "), (' beat ', ' burn ', ' choke ', ' hit ', ' hurt ', ' kill ', ' shoot ', ' stab ',
     ' strangle '),),
    # 39 threat
    (('he are going to ', 'he is going to ', 'he is gonna ', 'he was going to ', 'he was gonna ',
     'he were going to ', 'he will ', 'he would ', "he'd ", "he'll ", "he's going to ", "he's gonna ",
     'they are going to ', 'they is going to ', 'they is gonna ', 'they was going to ', 'they was gonna ',
     'they were going to ', 'they will ', 'they would ', "they'd ", "they'll ", "they's going to ",
     "they's gonna "), (' break ', ' smash '),),
    # 40 threat
    ((' burn ', ' set fire to ', 'with me in it', 'with me still in it', 'with the children in it',
     'with the children still in it', 'with the kids in it', 'with the kids still in it', 'with us in it',
     'with us still in it'),),
    # 41 threat
    ((' life ', ' wherever', 'come after her', 'come after him', 'come after me', 'come after you', 'destroy ',
     'harm ', 'hurt ', 'kill ', 'ruin '), (' break up', ' broke up', ' call', ' divorce', ' go', ' leave',
     ' left', ' move out', ' moved out', ' report', ' tell', ' told', ' went'), ('if ',),),
    # 42 threat
    ((' a coffin', ' a grave', ' a wheelchair', ' an early grave', ' anywhere', ' hospital',
     ' no matter where', ' the ground', ' wherever', 'he are going to ', 'he is going to ', 'he is gonna ',
     'he was going to ', 'he was gonna ', 'he were going to ', 'he will ', 'he would ', "he'd ", "he'll ",
     "he's going to ", "he's gonna ", 'hunt me down', 'hunt you down', 'six feet under', 'they are going to ',
     'they is going to ', 'they is gonna ', 'they was going to ', 'they was gonna ', 'they were going to ',
     'they will ', 'they would ', "they'd ", "they'll ", "they's going to ", "they's gonna ", 'track me down',
     'track you down'),),
    # 43 threat
    ((' arrested on lies', ' beaten up', ' committed', ' hurt', ' killed', ' sectioned', 'axe', 'bat', 'gun',
     'hammer', 'knife', 'machete', 'weapon'),),
    # 44 threat
    ((' dead ', ' disappear', 'burn ', 'cut up ', 'destroy ', 'or else', 'rip up ', 'smash ', 'trash ',
     'wreck '),),
    # 45 threat
    ((' blade', ' gun', ' knife', ' pistol', ' rifle', ' weapon'),),
    # 46 threat
    (('destroy', 'end it all', 'harm', 'hurt', 'kill', 'make me pay', 'make you pay', 'never see', 'ruin'),
     (' break up', ' broke up', ' go', ' leave', ' left', ' went'), ('if ',),),
    # 47 threat
    ((' a friend', ' anybody', ' anyone', ' my family', ' my friends', ' someone', ' the cops', ' the police',
     ' your family'), ('destroy', 'harm', 'hurt', 'kill', 'make me pay', 'make you pay', 'never see', 'ruin'),
     ('if ',),),
    # 48 threat
    ((' fist ', ' fists ', ' hand '), ('raise ', 'raised ', 'raises ', 'raising '),),
    # 49 threat
    ((' gun', ' knife', ' weapon', 'blade ', 'came at her with', 'came at him with', 'came at me with',
     'came at them with', 'came at us with', 'gun ', 'knife ', 'weapon '),),
    # 50 threat
    ((' hole ', 'door down', 'door in', 'doors down', 'doors in', 'punched ', 'punches ', 'punching ',
     'put a fist through ', 'put a fists through ', 'put her fist through ', 'put her fists through ',
     'put his fist through ', 'put his fists through ', 'put their fist through ',
     'put their fists through '),),
    # 51 threat
    (('destroyed ', 'destroying ', 'destroys ', 'ripped up ', 'smashed ', 'smashes ', 'smashing ',
     'tore up '),),
    # 52 threat
    ((' across the kitchen', ' across the room', ' against the wall', ' around', ' at the wall', ' everywhere',
     ' on the floor'), ('bottle', 'chair', 'cup', 'dishes', 'furniture', 'glass', 'lamp', 'mug', 'phone',
     'plate', 'remote', 'stuff', 'things', 'vase'),),
    # 53 physical
    (('chucked ', 'chucks ', 'flings ', 'flung ', 'hurled ', 'hurls ', 'threw ', 'throwing ', 'thrown ',
     'throws '), ('at ',),),
    # 54 physical
    (('assault', 'bit', 'choke', 'choking', 'headbutt', 'punch', 'restrain', 'scratch', 'shakes', 'shaking',
     'shook', 'shove', 'shoving', 'slap', 'smack', 'strangle', 'strangling', 'throttle', 'throttling',
     'whack'),),
    # 55 physical
    (('kick ', 'kicked ', 'kicking ', 'kicks '),),
    # 56 physical
    (('hit ', 'hits ', 'hitting '),),
    # 57 physical
    (('beat ', 'beaten ', 'beating ', 'beats '),),
    # 58 physical
    (('push ', 'pushed ', 'pushes ', 'pushing ', 'shove ', 'shoved ', 'shoves ', 'shoving ', 'slammed ',
     'slamming ', 'slams ', 'threw ', 'throwing ', 'throws '),),
    # 59 physical
    (('grab ', 'grabbed ', 'grabbing ', 'grabs '),),
    # 60 physical
    (('grab', 'pinch', 'pulled', 'pulling', 'pulls', 'squeeze', 'squeezing', 'twist', 'yank'), (' arm',
     ' back', ' chest', ' collar', ' face', ' hair', ' head', ' jaw', ' leg', ' lip', ' mouth', ' neck',
     ' nose', ' rib', ' shirt', ' shoulder', ' throat', ' wrist'),),
    # 61 physical
    (('bang', 'bit', 'burn', 'choke', 'choking', 'headbutt', 'hit', 'kick', 'kneed', 'kneeing', 'knees',
     'punch', 'scratch', 'slam', 'slap', 'smash', 'squeeze', 'squeezing', 'stamp on', 'stamped on',
     'stamping on', 'stamps on', 'stomp on', 'stomped on', 'stomping on', 'stomps on', 'strangle',
     'strangling'), (' arm', ' back', ' chest', ' collar', ' face', ' hair', ' head', ' jaw', ' leg', ' lip',
     ' mouth', ' neck', ' nose', ' rib', ' shirt', ' shoulder', ' throat', ' wrist'), (' my ', ' your '),),
    # 62 physical
    (('bang', 'bit', 'burn', 'choke', 'choking', 'headbutt', 'hit', 'kick', 'kneed', 'kneeing', 'knees',
     'punch', 'scratch', 'slam', 'slap', 'smash', 'squeeze', 'squeezing', 'stamp on', 'stamped on',
     'stamping on', 'stamps on', 'stomp on', 'stomped on', 'stomping on', 'stomps on', 'strangle',
     'strangling'), (' her ',), (' arm', ' back', ' chest', ' collar', ' face', ' hair', ' head', ' jaw',
     ' leg', ' lip', ' mouth', ' neck', ' nose', ' rib', ' shirt', ' shoulder', ' throat', ' wrist'),),
    # 63 physical
    ((' his ',), (' arm', ' back', ' chest', ' collar', ' face', ' hair', ' head', ' jaw', ' leg', ' lip',
     ' mouth', ' neck', ' nose', ' rib', ' shirt', ' shoulder', ' throat', ' wrist'),),
    # 64 physical
    ((' their ',),),
    # 65 physical
    (('attack', 'came at', 'comes at', 'goes for', 'lunged at', 'lunges at', 'went for'), (' asleep',
     ' sleeping', 'from behind', 'in her sleep', 'in his sleep', 'in my sleep', 'in their sleep', 'physically',
     'with '),),
    # 66 physical
    (('kick ', 'kicked ', 'kicking ', 'kicks ', 'knock ', 'knocked ', 'knocking ', 'knocks ', 'push ',
     'pushed ', 'pushes ', 'pushing ', 'rough ', 'roughed ', 'roughing ', 'roughs ', 'shove ', 'shoved ',
     'shoves ', 'shoving ', 'slap ', 'slapped ', 'slapping ', 'slaps ', 'threw ', 'throw ', 'throwing ',
     'throws '),),
    # 67 physical
    ((' belly', ' chest', ' eye', ' face', ' groin', ' gut', ' head', ' jaw', ' kidneys', ' mouth', ' neck',
     ' nose', ' ribs', ' stomach', ' teeth', ' throat'), (' in ',), (' the ',),),
    # 68 physical
    (('black eye', 'bruise', 'cut', 'marks', 'scratches', 'split lip', 'welts'), ('beat', 'bit', 'choked',
     'dragged', 'grabbed', 'held', 'hit', 'hurt', 'kicked', 'pinned', 'punched', 'pushed', 'shoved', 'slapped',
     'squeezed', 'threw', 'twisted'),),
    # 69 physical
    (('a cut on', 'a&e', 'bleed', 'blood', 'broken ', 'bruis', 'cuts on', 'emergency room', 'hospital',
     'injur', 'stitches'), ('hurt ',),),
    # 70 physical
    (('kneeling ', 'kneels ', 'knelt ', 'lay ', 'lies ', 'lying ', 'pinned ', 'pinning ', 'pins ', 'sat ',
     'sits ', 'sitting '), (' on ',),),
    # 71 physical
    (('flings ', 'flung ', 'pushed ', 'pushes ', 'shoved ', 'shoves ', 'threw ', 'throwing ', 'throws '),
     (' bed', ' bookcase', ' car', ' couch', ' counter', ' door', ' floor', ' furniture', ' ground', ' sofa',
     ' stairs', ' table', ' wall'), (' across ', ' against ', ' down ', ' into ', ' on ', ' onto ',
     ' out of bed ', ' to '),),
    # 72 physical
    ((' blacked ', ' blood', ' breathe', ' passed '),),
    # 73 physical
    (('violent',),),
    # 74 physical
    ((' mouth', ' neck', ' throat', 'choke hold', 'chokehold'),),
    # 75 physical
    (('held ', 'holding ', 'holds ', 'pinned ', 'pinning ', 'pins ', 'pushed ', 'pushes '), (' against',
     ' down', ' on the bed', ' on the floor', ' on the ground', ' to the bed', ' to the floor',
     ' to the ground', ' to the wall'),),
    # 76 physical
    ((' a bruise ', ' a mark ', ' black eye', ' bloody nose', ' bruises ', ' concussion', ' fat lip',
     ' marks ', ' scratches ', ' split lip'),),
    # 77 physical
    ((' physically', 'physically '),),
    # 78 physical
    (('broke ', 'bruised ', 'cut ', 'hurt ', 'hurts ', 'injured ', 'injures ', 'sprained ', 'twisted ',
     'twists '), (' my ',), (' arm', ' back', ' eye', ' face', ' finger', ' hand', ' head', ' jaw', ' leg',
     ' lip', ' neck', ' nose', ' rib', ' shoulder', ' wrist'),),
    # 79 physical
    ((' by ',), ('assaulted ', 'attacked ', 'beaten ', 'bitten ', 'burned ', 'burnt ', 'choked ', 'grabbed ',
     'headbutted ', 'hit ', 'kicked ', 'punched ', 'pushed ', 'raped ', 'shoved ', 'slapped ', 'smacked ',
     'strangled '),),
    # 80 physical
    (('dragged ',), (' across', ' along', ' by', ' down the corridor', ' down the hall', ' down the stairs',
     ' out of the car', ' out of the flat', ' out of the house', ' out of the room'),),
    # 81 physical
    (('spat ', 'spit ', 'spits ', 'spitting '),),
    # 82 physical
    ((' hand ', ' hands '), (' on ',),),
    # 83 physical
    (('burned ', 'burning ', 'burns ', 'burnt '),),
    # 84 coercion
    (('rape', 'sexual assault', 'sexually assault'),),
    # 85 coercion
    ((' herself ', ' himself ', ' themselves ', 'sex', 'things in bed'),),
    # 86 coercion
    ((' allowed ', 'chooses ', 'control ', 'controls ', 'decide ', 'decides ', 'dictates ', 'tells me '),),
    # 87 coercion
    ((' my location', ' photos', ' pictures', ' proof', ' videos', 'account for every cent',
     'account for every hour', 'account for every minute', 'account for every penny',
     'account for every second', 'banned', 'bans', 'forbade', 'forbid', "prove where i 'm",
     "prove where i 've been", 'prove where i am', 'prove where i have been', 'prove where i was'),),
    # 88 coercion
    (('spyware', 'stalk ', 'stalked ', 'stalking ', 'stalks ', 'tracker', 'tracking '),),
    # 89 coercion
    (('coerced', 'coerces', 'coercing', 'force', 'forcing'), (' into', ' to'),),
    # 90 coercion
    ((' let ',), (' call ', ' go out with ', ' have ', ' meet ', ' phone ', ' see ', ' speak to ', ' talk to ',
     ' text ', ' visit '), (' her ', ' him ', ' me ', ' us '),),
    # 91 coercion
    ((' let ',), (' get a job', ' have a job', ' have a phone', ' have my own account', ' have my own friends',
     ' have my own money', ' have my own phone', ' keep my job', ' work'), (' her ', ' him ', ' me '),),
    # 92 coercion
    ((' give up ', ' leave ', ' quit '), ('forced ', 'forces ', 'made ', 'makes '),),
    # 93 coercion
    (('permission ',),),
    # 94 coercion
    (('cut ', 'cuts ', 'cutting ', 'isolated ', 'isolates ', 'isolating '),),
    # 95 coercion
    ((' sleep ',), (' until',),),
    # 96 coercion
    (('locked ',), (' apartment', ' flat', ' home', ' house'),),
    # 97 coercion
    (('broke ', 'hid ', 'hidden ', 'hides ', 'smashed ', 'takes ', 'took '), (' phone',), ('call', 'contact',
     'get help', 'leave', 'reach'),),
    # 98 prevented_leaving
    ((' let ',), (' drive away', ' drive off', ' escape', ' get away', ' go', ' leave', ' out', ' walk away'),
     ("didn't ", "doesn't ", 'never ', 'refused to ', 'refuses to ', "won't ", "wouldn't "),),
    # 99 prevented_leaving
    (('blocked ', 'blocking ', 'blocks ', 'keeping ', 'keeps ', 'kept ', 'prevented ', 'preventing ',
     'prevents ', 'stopped ', 'stopping ', 'stops '), (' calling', ' escaping', ' getting away',
     ' getting out', ' going', ' leaving', ' phoning', ' running', ' walking out'),),
    # 100 prevented_leaving
    ((' door', ' exit', ' hallway', ' stairs', ' way out', 'locked ', 'locking ', 'locks '),),
    # 101 prevented_leaving
    ((' door', ' exit'), ('stand ', 'standing ', 'stands ', 'stood '),),
    # 102 prevented_leaving
    ((' attempt ', ' attempted ', ' get up ', ' go ', ' got up ', ' start ', ' started ', ' tried ', ' try ',
     ' want ', ' wanted ', ' went '), ('chased', 'chases', 'dragged', 'drags', 'followed', 'follows',
     'gets in front', 'got in front', 'grabbed', 'grabs', 'held', 'hid', 'holds', 'locked', 'locks', 'pulled',
     'pulls', 'pushed', 'pushes', 'sat', 'shoved', 'shoves', 'sits', 'stands', 'stood', 'takes', 'took',
     "won't", "wouldn't"), (' i ',),),
    # 103 prevented_leaving
    ((' door', 'keys', "so i can't", 'so i cannot', 'so i could not', "so i couldn't"),),
    # 104 prevented_leaving
    (('locked ',), (' in',),),
    # 105 prevented_leaving
    (("can't get anywhere", "can't go", 'cannot get anywhere', 'cannot go', 'could not get anywhere',
     'could not go', "couldn't get anywhere", "couldn't go", 'drive away', 'escape', 'get away', 'get out',
     'go anywhere', 'leave', 'no way to get', 'no way to go', 'stuck at home', 'stuck in the flat',
     'stuck in the house'), ('confiscated', 'hid', 'keeping', 'keeps', 'kept', 'taken', 'takes', 'taking',
     'took'),),
    # 106 abuse
    (('abused ', 'abuses ', 'abusing ', 'abusive', 'domestic ', 'economic abuse', 'emotional abuse',
     'emotionally abus', 'financial abuse', 'financially abus', 'physical abuse', 'psychologically abus',
     'sexual abuse', 'sexually abus', 'verbal abuse', 'verbally abus'),),
)


def danger_signs(*texts: str | None) -> list[Signal]:
    """Signs that someone may be hurt, threatened, controlled or afraid, in text order.

    Any finding means: write nothing, show SAFETY_TEXT. Precision matters as
    much as recall, so ordinary idioms ("I hit snooze", "the deadline is
    killing me", "pushed dinner back") are ruled out explicitly.
    """
    return _scan(_DANGER_RULES, texts, _DANGER_TRIGGERS)


# --------------------------------------------------------------------------- support

_REPEATED = (r"(?:again|keeps|kept|repeatedly|every\s+(?:single\s+)?time|over\s+and\s+over|still|even\s+after|"
             r"even\s+though|no\s+matter\s+how|anyway|regardless|another\s+time|once\s+more|yet\s+again|"
             r"(?:second|third|fourth|fifth|tenth|hundredth|umpteenth)\s+time|(?:many|several|multiple|so\s+many|"
             r"countless|too\s+many|a\s+hundred|a\s+dozen|dozens\s+of)\s+times|time\s+after\s+time|always|"
             r"never\s+stops)")
_BOUNDARY_NOUN = r"(?:boundary|boundaries|limits?|(?:a|the|that|my|our)\s+line)"
_BOUNDARY_VERB = (r"(?:cross(?:ed|es|ing)?|ignor(?:e|ed|es|ing)|push(?:ed|es|ing)?|br(?:oke|eak|eaks|eaking|oken)|"
                  r"violat(?:e|ed|es|ing)|overst(?:ep|epped|eps|epping)|disregard(?:s|ed|ing)?|trampl(?:e|ed|es|ing)|"
                  r"overr(?:ode|ide|ides|iding)|stepp?(?:ed|ing|s)?\s+over|walk(?:ed|s|ing)?\s+all\s+over|"
                  r"test(?:s|ed|ing)?)")

_SUPPORT_RULES: list[_Rule] = [
# ---- affair
_rule("affair", r"affairs?\b", "mentions an affair",
      not_before=r"\b(?:family|state\s+of|current|foreign|public|internal|world|business|financial|legal|money|"
                 r"household|private|small|quiet|simple|low[\s-]key|grand|lavish|modest|casual|formal|fancy|"
                 r"messy|long|short|drawn[\s-]out|tedious|boring|civil|dull|glamorous|costly|big|whole|"
                 r"(?:sort|sorting|sorted|put|putting|get|getting|got|manage|managing|handle|handling|settle|"
                 r"settling|tidy|tidying|order|ordering|wind|winding|look\s+after|looking\s+after)\s+(?:out\s+|up\s+)?"
                 r"(?:my|his|her|our|their|your|\w+'s)(?:\s+late)?(?:\s+\w+'s)?)",
      not_after=r"in\s+order|of\s+state|with\s+(?:the|a|an|my|our)\s+(?:new\s+|old\s+)?(?!(?:colleague|co-?worker|"
                r"boss|neighbou?r|friend|ex|man|woman|guy|girl|teacher|trainer|coach|nurse|doctor|student|client|"
                r"stranger|married|younger|older)\b)\w+\s+(?:was|is|were|has|had)\b",
      negatable=False, thing_agent=False),
_rule("affair", r"cheat(?:ed|ing|s)?\s+on\s+(?P<obj>me|him|her|them|you|us|my\s+" + PARTNER + r"|his\s+" + PARTNER +
      r"|her\s+" + PARTNER + r"|their\s+" + PARTNER + r"|your\s+" + PARTNER + r")", "mentions cheating",
      negatable=False, thing_agent=False),
_rule("affair", r"(?:he|she|they|i|you|we|my\s+" + PARTNER + r")\s+(?:\w+\s+)?(?:cheated|cheats|was\s+cheating|"
      r"is\s+cheating|were\s+cheating|had\s+cheated|has\s+cheated|have\s+cheated|'d\s+cheated|'s\s+cheated|"
      r"'ve\s+cheated|'s\s+cheating|'m\s+cheating|'re\s+cheating)\b", "mentions cheating",
      not_after=r"(?:at|in|on)\s+(?:the|a|an|my|his|her|their|our)?\s*(?!me\b|him\b|her\b|them\b|us\b|you\b)\w+|"
                r"death|out\s+of|the\s+system|at\b",
      negatable=False, thing_agent=False),
_rule("affair", r"(?:unfaithful|infidelity|infidelities|adultery|sexting|a\s+fling|(?:online|secret|emotional|"
      r"physical)\s+(?:relationship|thing|fling|connection))\b", "mentions unfaithfulness",
      negatable=False, thing_agent=False),
_rule("affair", r"(?:slept|sleeping|sleeps|hooked\s+up|hooking\s+up|hooks\s+up|had\s+sex|got\s+together|kissed)\s+"
      r"with\s+(?:someone|somebody|another\s+\w+|his\s+ex|her\s+ex|my\s+ex|their\s+ex|a\s+(?:co-?worker|colleague|"
      r"stranger|friend)|(?:his|her|my)\s+(?:boss|colleague|co-?worker|best\s+friend)|other\s+\w+)",
      "mentions being with someone else", negatable=False, thing_agent=False),
_rule("affair", r"(?:kissed|kisses|kissing|snogged|made\s+out\s+with|making\s+out\s+with|flirting\s+with|"
      r"sleeping\s+with|slept\s+with)\s+(?:someone|somebody|another\s+\w+|(?:his|her|my|their)\s+ex|a\s+"
      r"(?:co-?worker|colleague|stranger|friend|guy|girl|man|woman)|(?:his|her|my)\s+(?:boss|colleague|co-?worker|"
      r"best\s+friend|friend))\b", "mentions being with someone else", negatable=False, thing_agent=False,
      not_after=r"(?:goodbye|on\s+the\s+cheek|hello)\b"),
_rule("affair", r"(?:meeting|meets|met|seeing|sees|saw|visiting|visits|visited)\s+(?:a|an|some|another|"
      r"this)\s+(?:woman|"
      r"man|guy|girl|person|colleague|co-?worker)\b[^.!?;]{0,40}?\b(?:hotels?|in\s+secret|secretly|behind\s+my\s+back)|"
      r"secretly\s+(?:meeting|seeing|texting|messaging|sleeping\s+with|dating|met|saw)", "mentions someone else",
      negatable=False, thing_agent=False),
_rule("affair", r"(?:tinder|bumble|hinge|grindr|ashley\s+madison|feeld)\b", "mentions a dating app",
      negatable=False, thing_agent=False),
_rule("affair", r"(?:seeing|dating|texting|messaging|sleeping\s+with)\s+(?:someone|somebody)\s+else|(?:secret|"
      r"second)\s+(?:relationship|girlfriend|boyfriend|partner|lover)|dating\s+(?:apps?|sites?|profiles?)\b",
      "mentions someone else", negatable=False, thing_agent=False,
      not_before=r"\bbefore\s+(?:we|i)\s+(?:met|got)"),

# ---- betrayal
_rule("betrayal", r"betray(?:ed|al|als|s|ing)?\b", "describes a betrayal",
      not_before=r"\b(?:face|voice|expression|eyes|body|knees|legs|hands|smile|tone|memory|luck|instincts?|gut|"
                 r"stomach|nerves|words)(?:\s+\w+)?",
      not_after=r"(?:no|nothing|little|a\s+hint|a\s+flicker|a\s+trace|not\s+a|none|any)\b|by\s+(?:my|his|her|"
                r"their)\s+own\b|(?:my|his|her|their|our)\s+own\b|by\s+(?:the|my|his|her)\s+(?:weather|body|memory|"
                r"phone|car|legs|luck|knees|"
                r"train|bus|alarm|laptop)",
      negatable=False, thing_agent=False),
_rule("betrayal", r"(?:went|goes|going|gone|go)\s+behind\s+my\s+back", "describes going behind someone's back",
      negatable=False, thing_agent=False),
_rule("betrayal", r"(?:secret|hidden)\s+(?:debts?|loans?|credit\s+cards?|bank\s+accounts?|accounts?|phones?|"
      r"profiles?|savings|spending|gambling)|(?:hid|hidden|hiding|hides|concealed|conceals)\s+(?:\w+\s+)?"
      r"(?:debts?|loans?|gambling|a\s+credit\s+card|a\s+second\s+phone|an?\s+account)|gambling\s+debts?",
      "describes something important kept hidden", negatable=False, thing_agent=False),
_rule("betrayal", r"(?:told|tells|telling|shared|shares|sharing|posted|posts|showed|shows)\b[^.!?;]{0,40}?\b(?:our\s+"
      r"sex\s+life|what\s+i\s+(?:told|said\s+to)\s+(?:him|her|them)\s+in\s+confidence|in\s+confidence|(?:my|our)\s+"
      r"secrets?|private\s+(?:photos|pictures|messages|videos)|intimate\s+(?:photos|pictures|details|videos))",
      "describes a confidence broken", negatable=False, thing_agent=False),
_rule("betrayal", r"(?:lied|lying|lies|deceived|deceiving|deceives|hid|hidden|hiding|"
      r"kept\s+it\s+from\s+me)\b[^.!?;]{0,25}?"
      r"\bfor\s+(?:months|years|(?:two|three|four|five|six|several|many|\d+)\s+(?:months|years))\b",
      "describes something kept hidden for a long time", negatable=False, thing_agent=False),
_rule("betrayal", r"(?:read|reads|reading|went\s+through|goes\s+through|going\s+through)\s+my\s+(?:diary|journal|"
      r"private|"
      r"emails?|messages|letters)\b[^.!?;]{0,40}?\b(?:told|tells|showed|shows|shared|shares|posted|sent)|"
      r"(?:gambled|gambles|gambling)\s+(?:away\s+)?(?:our|the|my|all)", "describes a serious breach of trust",
      negatable=False, thing_agent=False),
_rule("betrayal", r"(?:emptied|empties|drained|drains|cleared\s+out|cleaned\s+out|withdrew\s+all|took\s+all)\s+"
      r"(?:(?:of\s+)?the\s+money\s+(?:from|in|out\s+of)\s+)?(?:our|the|my)\s+(?:joint\s+)?(?:savings|"
      r"(?:bank\s+|savings\s+)?accounts?)", "describes money taken", negatable=False, thing_agent=False),
_rule("betrayal", r"(?:stole|stolen|steals|stealing)\s+(?:from\s+(?:me|us|our|the\s+joint)|my\s+money|our\s+"
      r"(?:money|savings)|money\s+from)", "describes money taken", negatable=False, thing_agent=False),

# ---- intimidation
_rule("intimidation", r"intimidat\w*\s+" + OBJ, "describes intimidation", thing_agent=False),
_rule("intimidation", r"intimidation\b", "describes intimidation", thing_agent=False, negatable=False),
_rule("intimidation", r"(?:feel|felt|feeling|feels)\s+(?:so\s+|really\s+|very\s+|quite\s+)?intimidated\b",
      "describes feeling intimidated", thing_agent=False,
      not_after=r"(?:at|in|during|on|about)\s+(?:the|my|a|an|work|school|interviews?|meetings?|exams?|the\s+gym|"
                r"parties|job)|by\s+(?:the|a|an|my\s+(?:new|boss|manager|colleague|co-?worker|teacher)|how\s+much)"),
_rule("intimidation", r"(?:he|she|they|you|my\s+" + PARTNER + r")\s+(?:is|are|was|were|gets|got|can\s+be|could\s+"
      r"be|becomes|became|'s|'re|get)\s+(?:so\s+|really\s+|very\s+|quite\s+|pretty\s+|a\s+bit\s+|kind\s+of\s+)?"
      r"intimidating", "describes intimidation", thing_agent=False),
_rule("intimidation", r"(?:slam(?:med|s|ming)?|bang(?:ed|s|ing)?|thump(?:ed|s|ing)?|pound(?:ed|s|ing)?)\s+"
      r"(?:the|a|my|his|her|their)?\s*(?:car\s+|front\s+|back\s+|bedroom\s+|kitchen\s+)?(?:doors?|cupboards?|"
      r"fists?|hands?\s+(?:on|down)|table|counter|desk|things)", "describes slamming or banging in anger",
      thing_agent=False),
_rule("intimidation", r"(?:punch(?:ed|es|ing)?|hit|hits|hitting|kick(?:ed|s|ing)?|smash(?:ed|es|ing)?)\s+(?:the|a)\s+"
      r"(?:steering\s+wheel|dashboard|dash|table|counter|furniture|cupboards?|fridge|car)\b|(?:drives|drove|driving|"
      r"drive)\s+(?:too\s+fast|recklessly|dangerously|like\s+a\s+maniac|aggressively|really\s+fast)\s+(?:when|to|"
      r"because|if|whenever|after|with\s+me)", "describes anger taken out in a frightening way", thing_agent=False,
      not_after=r"(?:of|in)\s+(?:the|a)\s+game"),
_rule("intimidation", r"(?:yell(?:ed|s|ing)?|scream(?:ed|s|ing)?|shout(?:ed|s|ing)?|got|gets|getting|get)\s+"
      r"(?:right\s+)?in\s+(?:my|his|her|their)\s+face", "describes someone getting in another's face",
      thing_agent=False),
_rule("intimidation", r"physically\s+(?:imposing|intimidating|threatening|menacing)|(?:scared|afraid|frightened|"
      r"nervous|anxious)\s+to\s+(?:bring\s+(?:anything|things|it|stuff)\s+up|raise\s+(?:anything|things|it)|say\s+"
      r"anything|speak\s+up)\b[^.!?;]{0,40}?\b(?:because\s+of\s+how|how\s+(?:he|she|they)\s+(?:reacts?|gets)|"
      r"in\s+case\s+"
      r"(?:he|she|they))", "describes being wary of a partner's reaction", negatable=False, thing_agent=False),
_rule("intimidation", r"(?:until|till)\s+i\s+(?:go|went|am|was|'m)\s+(?:quiet|silent)|(?:until|till)\s+i\s+(?:back|"
      r"backed)\s+down|(?:until|till)\s+i\s+(?:shut\s+up|cry|cried|am\s+shaking|was\s+shaking|start\s+shaking)",
      "describes someone being worn down until they give way", negatable=False, thing_agent=False),
_rule("intimidation", r"(?:stood|stands|standing|tower(?:ed|s|ing)?|loom(?:ed|s|ing)?)\s+over\s+(?:me|him|her|"
      r"them)\b", "describes someone standing over another", thing_agent=False),
_rule("intimidation", r"(?:walk|walking|walked|walks|tread|treading|tiptoe|tiptoeing)\s+(?:around\s+)?on\s+"
      r"eggshells", "describes living on eggshells", thing_agent=False, negatable=False),

# ---- boundaries crossed again
_rule("boundaries", _BOUNDARY_VERB + r"\s+(?:\w+\s+){0,3}?" + _BOUNDARY_NOUN + r"[^.!?;]*?" + _REPEATED,
      "describes a boundary crossed more than once", thing_agent=False),
_rule("boundaries", r"(?:keeps|kept|keep|always)\s+" + _BOUNDARY_VERB + r"\s+(?:\w+\s+){0,3}?" + _BOUNDARY_NOUN,
      "describes a boundary crossed more than once", thing_agent=False),
_rule("boundaries", _REPEATED + r"[^.!?;]*?" + _BOUNDARY_VERB + r"\s+(?:\w+\s+){0,3}?" + _BOUNDARY_NOUN,
      "describes a boundary crossed more than once", thing_agent=False),
_rule("boundaries", r"(?:agreed|promised|said|swore)\s+(?:that\s+)?(?:he|she|they|you)\s+(?:wouldn't|would\s+not|"
      r"would\s+"
      r"stop|won't|will\s+not|would\s+never)\b[^.!?;]*?\b(?:again|(?:\w+|\d+)\s+more\s+times?|anyway|still|keeps|"
      r"kept|regardless|(?:many|several|so\s+many|countless|\d+|two|three|four|five)\s+times)\b",
      "describes an agreement broken more than once", negatable=False, thing_agent=False),
_rule("boundaries", r"(?:(?:asked|told|begged|reminded)\s+(?:him|her|them|you)\s+(?:(?:many|several|so\s+many|"
      r"countless|a\s+hundred)\s+times\s+)?(?:not\s+to|to\s+stop)|said\s+no)\b[^.!?;]*?\b(?:still|anyway|again|"
      r"keeps|kept|regardless|does\s+it|did\s+it|carries\s+on|"
      r"carried\s+on)\b", "describes a request ignored more than once", thing_agent=False,
      negatable=False),

# ---- a long history
_rule("long_history", r"for\s+(?:years|decades|(?:so|too)\s+many\s+years|(?:two|three|four|five|six|seven|eight|"
      r"nine|ten|several|many|\d+)\s+years)\b", "describes a hurt that has gone on for years",
      not_before=r"\b(?:together|married|dating|friends|known(?:\s+(?:each\s+other|him|her|them))?|lived|living|"
                 r"been\s+(?:here|there|together|married|friends)|worked|working|had\s+(?:this|that|my|our|the|it|a)|"
                 r"owned|used\s+(?:this|that|it|the)|saved|saving|wanted|planned|planning|dreamed|dreamt|"
                 r"talked\s+about|trying\s+for\s+a\s+baby|renting|waiting|this\s+(?:phone|car|job|house|flat))"
                 r"(?:\s+[\w']+){0,4}",
      negatable=False, thing_agent=False),
_rule("long_history", r"(?:going\s+on|happening|like\s+this|this\s+way|the\s+same)\s+for\s+(?:months|years|"
      r"ages|so\s+long|a\s+long\s+time)|(?:years|months)\s+(?:now|of\s+this|of\s+the\s+same)",
      "describes a hurt that has gone on for a long time", negatable=False, thing_agent=False),
_rule("long_history", r"since\s+(?:we\s+(?:first\s+)?met|day\s+one|the\s+(?:very\s+)?(?:beginning|start)|"
      r"the\s+day\s+we\s+met|we\s+(?:got\s+married|married|moved\s+in(?:\s+together)?|started\s+(?:dating|"
      r"going\s+out|seeing\s+each\s+other)))", "describes a pattern since the start", negatable=False,
      thing_agent=False, not_before=r"\b(?:happiest|best|first\s+time|loved|love)(?:\s+[\w']+){0,4}"),
_rule("long_history", r"every\s+(?:single\s+)?time\b", "describes something that happens every time",
      not_after=r"[^.!?;]*?\b(?:i'll|i\s+will|i'm\s+going\s+to|i\s+promise|from\s+now\s+on)|(?:is|was|will\s+be)\s+"
                r"different|i\s+(?:see|think\s+(?:of|about)|hear|look\s+at|remember)\b",
      negatable=False, thing_agent=False),
_rule("long_history", r"since\s+(?:19|20)\d\d\b", "describes a pattern going back years", thing_agent=False,
      negatable=False, need_after=r"(?!\s*,?\s*(?:when|after)\s+(?:we|i)\s+(?:moved|bought|got))",
      not_before=r"\b(?:together|married|dating|lived|living|worked|working|known|here|there|friends|owned|"
                 r"renting|job|house|flat)\b(?:\s+[\w']+){0,3}"),
_rule("long_history", r"every\s+single\s+(?:day|night|week|weekend|month|year|holiday|christmas|birthday|time|"
      r"argument|fight|visit)|(?:same|identical)\s+(?:story|fight|argument|thing|row|conversation|pattern)\s+every|"
      r"(?:for\s+)?as\s+long\s+as\s+i\s+(?:can|could)\s+remember|from\s+the\s+(?:very\s+)?(?:start|beginning)\s+"
      r"of\s+(?:us|our\s+(?:relationship|marriage))|for\s+(?:so|such\s+a)\s+long\s+(?:now|time)",
      "describes something that keeps happening", negatable=False, thing_agent=False),
_rule("long_history", r"for\s+(?:most|all|much)\s+of\s+(?:the|our)\s+(?:\w+\s+)?(?:years|relationship|marriage|time\s+"
      r"together)|(?:never|hasn't|has\s+not|hasn't\s+ever)\s+stopped|never\s+stops", "describes something that has "
      "gone on a long time", negatable=False, thing_agent=False,
      not_before=r"\b(?:love|loved|laugh|laughed|smile|smiled|support|supported|rain|rained)\w*(?:\s+\w+){0,4}"),
_rule("long_history", r"(?:don't|do\s+not|doesn't)\s+know\s+how\s+many\s+times|"
      r"lost\s+count\s+of\s+(?:how\s+many\s+times|"
      r"the\s+times)|how\s+many\s+times\s+(?:have\s+)?(?:we|i|you|he|she)(?:'ve|\s+have)?\s+(?:had|been\s+through|"
      r"done)\s+(?:this|the\s+same)", "describes something that keeps happening", negatable=False,
      thing_agent=False),
_rule("long_history", r"again\s+and\s+again|over\s+and\s+over|time\s+(?:after|and)\s+time|(?:for\s+)?the\s+"
      r"(?:hundredth|umpteenth|millionth|thousandth|nth|fifth|tenth|twentieth)\s+time|(?:countless|so\s+many|"
      r"too\s+many|dozens\s+of|hundreds\s+of|a\s+hundred|a\s+million|a\s+thousand)\s+times|yet\s+again",
      "describes something that keeps happening", negatable=False, thing_agent=False),
_rule("long_history", r"(?:he|she|they|you|i)\s+always\s+(?:does|do|did)\s+(?:this|that|it|the\s+same)|"
      r"(?:this|it)\s+always\s+happens|(?:it's|it\s+is|it\s+was)\s+always\s+the\s+same|(?:never|nothing\s+ever)\s+"
      r"changes|(?:keeps|kept)\s+happening|happens\s+all\s+the\s+time|(?:our|the)\s+(?:whole|entire)\s+"
      r"(?:relationship|marriage)|most\s+of\s+our\s+(?:relationship|marriage)",
      "describes something that keeps happening", negatable=False, thing_agent=False),
]


def support_signs(*texts: str | None) -> list[Signal]:
    """Signs that outside support would help: an affair, betrayal, intimidation,
    boundaries crossed again and again, or a long history. The plan is still written.

    Meant for what happened and the pattern (title, pattern, incident, impact,
    notes), not for the agreed behavior or raise_it, where "every time" is a
    trigger ("every time plans change, I text") rather than a history.
    """
    return _scan(_SUPPORT_RULES, texts)


# --------------------------------------------------------------------------- vague behavior

def _rx(*parts: str) -> _Lazy:
    return _Lazy(r"\b(?:" + "|".join(parts) + r")(?!\w)")


_TRAITS = (r"(?:considerate|reliable|honest|present|patient|supportive|thoughtful|open|attentive|loving|kind|caring|"
           r"understanding|available|emotionally\s+available|trustworthy|transparent|responsible|mature|calm|gentle|"
           r"engaged|involved|affectionate|romantic|appreciative|dependable|consistent|respectful|nice|careful|"
           r"sensitive|generous|empathetic|communicative|positive|helpful|vulnerable|grateful|tolerant|reasonable|"
           r"fair|humble|accountable|punctual|organi[sz]ed|selfless|forgiving|trusting|proactive|connected)")
_ROLE = (r"(?:partner|person|husband|wife|boyfriend|girlfriend|listener|friend|parent|father|mother|dad|mum|mom|"
         r"teammate|man|woman|communicator|spouse)")

# (reason template, pattern); the earliest match in the text names the reason.
_VAGUE: list[tuple[str, _Lazy]] = [
    ("'{m}' names a feeling, not something your partner could see or hear.", _rx(
        r"care\s+(?:more|enough|about\s+\w+\s+more)",
        r"(?:love|value|appreciate|cherish|respect|understand|trust|support|notice|consider|prioriti[sz]e)\s+"
        r"(?:her|him|them|you|us|my\s+\w+|our\s+\w+)(?:\s+\w+)?\s+(?:more|better|properly|enough)",
        r"(?:value|respect|appreciate|cherish|consider)\s+(?:her|his|their|your)\s+(?:opinions?|feelings|needs|time|"
        r"views|boundaries|space|work|family|ideas|choices)",
        r"show\s+(?:her\s+|him\s+|them\s+|you\s+)?(?:that\s+i\s+care|i\s+care|how\s+much\s+i\s+(?:care|love)\w*|"
        r"(?:more\s+)?(?:love|respect|care|affection|appreciation|interest|gratitude|kindness|empathy|warmth))",
        r"make\s+(?:her|him|them|you)\s+feel\s+\w+(?:\s+\w+)?",
        r"(?:prioriti[sz]e|put)\s+(?:her|him|them|you|us|the\s+relationship|our\s+relationship|my\s+family|"
        r"the\s+family|"
        r"our\s+family|my\s+partner|her\s+needs|his\s+needs|their\s+needs)(?:\s+first)?",
        r"be\s+there\s+for", r"think\s+(?:before|about|more|twice)",
        r"(?:be|being|stay)\s+(?:more\s+)?(?:mindful|aware|conscious)\s+of")),
    ("'{m}' names a quality, not an action: what would your partner see you do, and when?", _rx(
        r"(?:be|being|become|act|stop\s+being|not\s+be|start\s+being|to\s+be|am|i'm|i\s+am)\s+(?:a\s+)?"
        r"(?:much\s+|a\s+lot\s+|a\s+bit\s+|so\s+much\s+|far\s+|way\s+)?(?:(?:a\s+)?(?:better|good|great|more\s+\w+)\s+"
        + _ROLE + r"|more\s+(?:\w+\s+)?" + _TRAITS + r"|less\s+\w+|better|nicer|kinder|calmer|gentler|warmer|softer|"
        + _TRAITS + ")",
        r"stop\s+being\s+(?:so\s+)?\w+", r"(?:don't|do\s+not|never)\s+be\s+(?:so\s+)?\w+",
        r"(?:be|being)\s+so\s+\w+")),
    ("'{m}' describes effort, not what you would actually do differently.", _rx(
        r"try(?:ing)?\s+(?:harder|more|my\s+(?:best|hardest)|to\s+do\s+better|to\s+be|to\s+change|not\s+to|"
        r"to\s+listen|to\s+remember|to\s+understand)",
        r"(?:make|making|put\s+in|putting\s+in)\s+(?:more\s+of\s+|more\s+|a\s+bigger\s+|a\s+real\s+)?(?:an\s+)?effort",
        r"do\s+better", r"work\s+on\s+(?:myself|my\s+\w+|it|us|our\s+\w+|things|the\s+relationship|communication|"
        r"being|how)",
        r"improve", r"grow", r"change\s+my\s+(?:ways|attitude|behaviou?r|mindset)",
        r"(?:i'll|i\s+will|i'm\s+going\s+to|promise\s+to|going\s+to)\s+change", r"^\s*change")),
    ("'{m}' is a good aim, but it doesn't say what your partner would see or hear you do, or when.", _rx(
        r"communicat\w*\s+(?:better|more|openly|clearly|honestly|properly)",
        r"(?:listen|listening)\s+(?:better|more|properly|harder|carefully|to\s+(?:her|him|them|you)\s+(?:more|better|"
        r"properly))",
        r"open\s+up", r"pay\s+(?:more\s+|closer\s+|better\s+)?attention", r"(?:express|share)\s+(?:my\s+)?"
        r"(?:feelings|emotions)", r"talk\s+(?:more|better|things\s+through)")),
    ("'{m}' is a promise, not a behavior: say what you will do instead, and when.", _rx(
        r"(?:not|never)\s+(?:do\s+(?:it|that|this)\s+again|let\s+(?:it|that|this)\s+happen\s+again|hurt\s+(?:her|him|"
        r"you|them)\s+again)",
        r"keep\s+my\s+(?:promises|word)", r"(?:won't|will\s+not|never)\s+(?:happen|do\s+it)\s+again",
        r"stop\s+(?:hurting|disappointing|letting\s+(?:her|him|you|them)\s+down)",
        r"(?:take|taking)\s+(?:more\s+)?(?:responsibility|ownership|accountability)", r"own\s+(?:my|up)",
        r"apologi[sz]e\s+(?:properly|more|better|sincerely)")),
    ("'{m}' describes an inner state; your partner can only see what you do with it.", _rx(
        r"(?:stay|keep|remain)\s+(?:more\s+)?(?:calm|cool|patient|positive|level-?headed)",
        r"(?:control|manage|work\s+on|watch|check)\s+my\s+(?:temper|anger|tone|mood|emotions|reactions|words|mouth|"
        r"attitude)",
        r"(?:not|don't|stop|never)\s+(?:get|getting)\s+(?:so\s+)?(?:angry|upset|defensive|mad|jealous|annoyed|"
        r"frustrated)",
        r"careful\s+with\s+my\s+words")),
    ("'{m}' has no clear task or moment, so neither of you could tell whether it happened.", _rx(
        r"help\s+(?:out\s+)?more", r"(?:help|do)\s+more\s+(?:around|at|with)", r"spend\s+more\s+(?:quality\s+)?time",
        r"do\s+(?:my|more\s+of\s+my)\s+(?:share|part|bit)", r"pull\s+my\s+weight",
        r"(?:treat|treating)\s+(?:her|him|them|you)\s+(?:better|right|well|properly|with\s+(?:more\s+)?(?:respect|"
        r"kindness|care))")),
    ("'{m}' has no clear amount or moment, so neither of you could tell whether it happened.", _rx(
        r"more\s+often", r"more\s+regularly", r"more\s+frequently", r"a\s+(?:bit|lot)\s+more",
        r"(?:text|call|message|check\s+in|hug|compliment|thank|ask|visit)\w*\s+(?:(?:her|him|them|you)\s+)?more(?=\s*"
        r"(?:[.!]|$))")),
]

_OBSERVABLE = _rx(
    r"text(?:s|ed|ing)?", r"messag(?:e|es|ed|ing)", r"call(?:s|ed|ing)?", r"ring(?:s|ing)?\s+(?:her|him|you|them)",
    r"phone(?:s|d)?\s+(?:her|him|you|them)", r"email(?:s|ed)?", r"s(?:ay|ays|aid|aying)", r"tell(?:s|ing)?", r"told",
    r"ask(?:s|ed|ing)?", r"answer(?:s|ed|ing)?", r"repl(?:y|ies|ied)", r"writ(?:e|es|ing)", r"wrote",
    r"sen(?:d|ds|t|ding)",
    r"forward(?:s|ed|ing)?", r"mention(?:s|ed)?", r"remind(?:s|ed)?", r"updat(?:e|es|ed)\s+(?:her|him|you|them|the)",
    r"show(?:s|ed|ing)?\s+(?:her\s+|him\s+|you\s+|them\s+)?(?:the|my|our|a|an|every|any)",
    r"shar(?:e|es|ed|ing)\s+(?:the|my|our)\s+(?:location|calendar|statements?|receipts?|screen|passwords?|plans?|"
    r"messages|bank)",
    r"leav(?:e|es|ing)", r"left", r"put(?:s|ting)?\s+(?!(?:her|him|them|you|us|more|in|myself|effort)\b)\w+",
    r"set(?:s|ting)?\s+(?:a|an|the|my)\s+(?:alarm|reminder|timer|date|time)", r"book(?:s|ed|ing)?",
    r"schedul(?:e|es|ed|ing)", r"plan(?:s|ned|ning)?\s+(?:the|our|a|an|dinner|what)", r"cook(?:s|ed|ing)?",
    r"wash(?:es|ed|ing)?", r"clean(?:s|ed|ing)?", r"(?:un)?load(?:s|ed|ing)?", r"empt(?:y|ies|ied)", r"feed(?:s)?",
    r"iron(?:s|ed)?", r"fold(?:s|ed)?", r"water(?:s|ed)?\s+the", r"mow(?:s|ed)?", r"take(?:s)?\s+(?:out|the)",
    r"put(?:s)?\s+away", r"clos(?:e|es|ed)", r"shut(?:s)?", r"open(?:s|ed)?\s+(?:the|my|our)",
    r"tid(?:y|ies|ied)", r"hoover(?:s|ed)?", r"vacuum(?:s|ed)?",
    r"do(?:es)?\s+the\s+\w+", r"make(?:s)?\s+(?:breakfast|dinner|lunch|coffee|tea|the\s+bed)",
    r"pick(?:s|ed)?\s+(?:\w+\s+)?up", r"drop(?:s|ped)?\s+(?:\w+\s+)?off", r"collect(?:s|ed)?", r"pa(?:y|ys|id)",
    r"transfer(?:s|red)?", r"check(?:s|ed)?\s+(?:with|in)", r"look(?:s|ed)?\s+(?:at|up)", r"hug(?:s|ged)?",
    r"kiss(?:es|ed)?", r"hold\s+(?:her|his|your|their)\s+hand",
    r"sit(?:s|ting)?\s+(?:with|down|next\s+to|beside|on)", r"sat\s+(?:with|down)",
    r"stay(?:s|ed)?\s+(?:in\s+the\s+(?:room|conversation|kitchen|house)|with\s+(?:her|him|you|them)|next\s+to|beside|"
    r"at\s+the\s+table)",
    r"come(?:s)?\s+(?:back|home|and\s+find|to\s+bed)", r"came\s+(?:back|home)", r"go(?:es)?\s+to\s+bed",
    r"get(?:s)?\s+(?:home|up)", r"arriv(?:e|es|ed|ing)", r"home\s+by", r"back\s+by",
    r"turn(?:s|ed)?\s+(?:off|\w+\s+off|down)", r"switch(?:es|ed)?\s+(?:off|\w+\s+off)", r"mute(?:s|d)?",
    r"stop(?:s|ped)?\s+(?:talking|scrolling|typing|working|gaming|shouting|yelling|swearing|interrupting|checking|"
    r"walking\s+out|slamming|rolling|raising|and|what)",
    r"(?:don't|do\s+not|won't|never)\s+(?:shout|yell|swear|interrupt|check|scroll|walk\s+out|slam|roll\s+my\s+eyes|"
    r"raise\s+my\s+voice|bring\s+up|look\s+at|delete)",
    r"paus(?:e|es|ed)", r"take\s+a\s+(?:break|breath|walk|pause|minute)", r"repeat(?:s|ed)?", r"summari[sz](?:e|es|ed)",
    r"name\s+(?:what|it|the)", r"thank(?:s|ed)?", r"apologi[sz](?:e|es|ed)(?!\s+(?:properly|more|better|sincerely))",
    r"say\s+sorry", r"keep(?:s)?\s+my\s+voice", r"lower\s+my\s+voice",
    r"let(?:s)?\s+(?:her|him|you|them)\s+(?:finish|know|speak|talk|choose|decide|go\s+first)",
    r"bring(?:s)?", r"brought", r"buy(?:s)?", r"bought", r"giv(?:e|es)", r"gave", r"hand(?:s)?\s+(?:over|her|him|you)",
    r"invit(?:e|es|ed)", r"offer(?:s|ed)?", r"no\s+(?:phones?|screens?|laptops?|tv|gaming|devices)",
    r"(?:phones?|laptops?|tv|screens?|devices)\s+(?:go|goes|stay|stays|are|is|get|gets)\s+(?:in|away|off|out|on)",
    r"without\s+(?:checking|looking\s+at|interrupting)", r"listen(?:s)?\s+without",
    r"walk(?:s)?\s+(?:the|with|together)",
    r"join(?:s)?", r"attend(?:s)?", r"turn\s+up", r"show\s+up", r"read(?:s)?\s+(?:the|her|his|it)",
    r"spend(?:s)?\s+(?:the\s+)?(?:first|last|\d+|ten|twenty|thirty|fifteen|five)",
    r"use(?:s)?\s+(?:her|his|their)\s+name",
    r"go(?:es)?\s+through", r"wait(?:s)?\s+(?:until|for|before)", r"go\s+(?:for\s+a\s+walk|out\s+to|to)")

_TRIGGER = _rx(
    r"when", r"whenever", r"if", r"before", r"after", r"within", r"until", r"till", r"every", r"each", r"daily",
    r"weekly", r"nightly", r"monthly", r"once", r"twice", r"during", r"as\s+soon\s+as", r"instead\s+of",
    r"the\s+moment", r"right\s+away", r"straight\s+away", r"immediately", r"straight\s+after", r"any\s*time",
    r"first\s+thing", r"tonight", r"tomorrow", r"weeknights?", r"weekdays?", r"workdays?", r"weekends?",
    r"mornings?", r"evenings?", r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?", r"lunchtime", r"bedtime",
    r"dinnertime",
    r"by\s+(?:\d+|noon|midday|lunch|dinner|bedtime|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"tonight|tomorrow|then|the\s+(?:end|time))",
    r"at\s+(?:dinner|breakfast|lunch|night|the\s+table|the\s+end|\d+|noon|midday|the\s+weekend)",
    r"the\s+same\s+(?:day|evening|night|morning|time)", r"that\s+(?:day|evening|night|morning)",
    r"the\s+next\s+(?:day|morning|evening)",
    r"(?:\d+|a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|sixty)\s+(?:minutes?|hours?|days?|weeks?)",
    r"more\s+than\s+(?:\d+|ten|five|twenty|thirty|fifty|a\s+hundred)", r"over\s+(?:[€£$]?\d+|ten|fifty|a\s+hundred)",
    r"any\s+(?:purchase|message|plan)s?", r"without\s+(?:being\s+)?(?:asked|reminded|a\s+reminder|prompting)")


def vague_behavior(behavior: str) -> str | None:
    """None when the behavior names something observable and when it happens; else a short reason.

    Heuristic: a concrete behavior has an action another person could notice
    (text, say, ask, put the phone away, stay in the room...) and a trigger,
    time or frequency (when plans change, every Sunday, within the hour).
    Vague ones are built on feelings, traits, effort or promises.
    """
    text = (behavior or "").strip()
    if not text:
        return "there is no behavior yet; name one thing your partner could see you do."
    norm = _norm(text)
    vague: tuple[int, int, str] | None = None
    for template, pattern in _VAGUE:
        m = pattern.search(norm)
        if m and (vague is None or m.start() < vague[0]):
            vague = (m.start(), m.end(), template)
    observable = any(not (vague and vague[0] <= m.start() < vague[1]) for m in _OBSERVABLE.finditer(norm))
    if observable and _TRIGGER.search(norm):
        return None
    if vague:
        start, end, template = vague
        return template.format(m=text[start:end].strip(" .,!;:"))
    if not observable:
        return "there is no action in it that your partner could see or hear; name what you would do, and when."
    return ("it names an action but not when it happens; add the moment or how often "
            "(for example 'when plans change' or 'every Sunday').")


# --------------------------------------------------------------------------- suggestions

_SUGGESTIONS: dict[str, list[str]] = {
    # Reliability is repaired by visible reliability.
    "reliability": [
        "When plans change, I text you as soon as I know and say how it affects you.",
        "If I'm going to be more than ten minutes late, I call before the time we agreed, not after.",
        "When I say I'll do something, I put it in our shared calendar within the hour.",
        "If I can't keep a promise, I tell you before the deadline and offer a new time.",
        "Every Sunday evening I tell you what I've said yes to for the week, so nothing lands on you by surprise.",
    ],
    # Honesty is repaired by volunteered transparency.
    "honesty": [
        "I tell you about any purchase over the amount we agree, on the same day, without being asked.",
        ("When something happens that touches the old hurt, I tell you myself that evening, before you hear "
         "it another way."),
        "Every Sunday I show you the account statement and answer any question the first time you ask.",
        "If someone from that situation gets in touch, I show you the message the same day.",
        "When you ask me a question, I give you the whole answer the first time, not the smallest true part.",
    ],
    # Respect is repaired by tone under stress.
    "respect": [
        "When I feel my voice rising, I say \"I need ten minutes\" and come back within twenty.",
        "When we disagree, I let you finish before I answer and say back what I heard.",
        ("When I'm stressed, I keep my voice at normal volume and say \"I'm stressed, it's not you\" instead "
         "of snapping."),
        "Before I make plans that involve you, I ask you first.",
        "When I've been sharp with you, I name what I said and apologise within the hour.",
    ],
    # Feeling alone is repaired by staying present during conflict.
    "alone": [
        "During an argument I stay in the room, or say when I'll be back if I need a break.",
        "When you're upset, I put my phone away and sit with you before I try to fix anything.",
        "When things get tense, I say \"I'm still here\" instead of going quiet.",
        "Within an hour of a fight, I come and find you and ask what you need right now.",
        "The morning after a hard conversation, I ask you how you're feeling about it.",
    ],
    "other": [
        "When something is bothering me, I say so the same day in one or two sentences.",
        "When you bring up the hurt, I thank you for telling me before I give my side.",
        "Once a week I ask you what's one thing I did that helped, and write it down.",
        "If I notice the old pattern starting, I say so out loud and ask for a pause.",
    ],
}
_STOP = frozenset({"i", "you", "me", "my", "your", "the", "a", "an", "and", "or", "to", "of", "in", "on", "at", "for",
                   "it", "is", "be", "it's", "i'm", "that", "this", "with", "so", "as", "by", "when", "if", "we",
                   "our", "us", "her", "him", "them", "they", "she", "he", "what", "not", "do"})


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z']+", _norm(text)) if w not in _STOP and len(w) > 2}


def behavior_suggestions(fear: str | None, behavior: str = "") -> list[str]:
    """Concrete, observable behaviors suited to the fear (general ones for "other" or None).

    Suggestions sharing words with the behavior the person wrote come first,
    so a vague "be more reliable about being late" leads with the lateness one.
    """
    key = (fear or "other").strip().lower()
    ideas = list(_SUGGESTIONS.get(key, _SUGGESTIONS["other"]))
    said = _words(behavior or "")
    if said:
        ideas.sort(key=lambda idea: -len(said & _words(idea)))  # stable: ties keep their order
    return ideas


# --------------------------------------------------------------------------- texts

SAFETY_TEXT = """\
Nothing was saved.

What you wrote sounds like someone may be hurt, threatened, controlled or
afraid. When that is happening, safety comes before repair. Couples repair
is not advised while there is abuse: it needs both people to be able to
speak without fear. Nothing you typed has been saved to the shared journal.

If you are in danger right now, call your local emergency number
(911 in the US and Canada, 999 in the UK, 112 or 999 in Ireland,
000 in Australia, 112 across the EU).

Free, confidential support:
  US         National Domestic Violence Hotline: 1-800-799-7233,
             or text START to 88788
  UK         National Domestic Abuse Helpline: 0808 2000 247
  Ireland    Women's Aid: 1800 341 900
  Australia  1800RESPECT: 1800 737 732
  Elsewhere  your local emergency number and a local
             domestic-violence service

If you are the one being hurt, it is not your fault, and you don't need to
be sure it "counts" to call. If you are the one who hurt or frightened your
partner, these services can also point you to help.

If someone else uses this computer, the command you typed may still be in
your shell history.

More: repair guide safety
"""

SUPPORT_TEXT = """\
A thought before you go on: what you wrote sounds like more than one hard
night. An affair or other betrayal, feeling intimidated, boundaries crossed
again and again, or the same hurt going on for a long time are a lot for two
people to carry on their own. A counsellor or couples therapist can help you
both say the hard things and be heard. Suggesting it isn't a verdict on
either of you, and it isn't a failure; it's extra support. This doesn't stop
anything: your plan is saved as usual.
More: repair guide between-sessions
"""

_TRUST_REPAIR = """\
Repairing trust after it was hurt

Trust rarely breaks all at once. It wears thin through a pattern: plans that
change without a word, a sharp tone that shows up under stress, being left
alone in the middle of a fight, small things kept quiet. So a repair works
on the pattern, not only on the last bad night.

1. Stay with the impact first
   Before you explain anything, show that you understand what it was like
   for your partner. Describe it from their side, in plain words:
     "You sat at your parents' table for fifty minutes explaining where I
      was. That was embarrassing and lonely, and I put you there."
   If you want to say what you meant, say it later, and never after "but".

2. Name the fear underneath
   Most hurts carry a fear about next time. Find the one that fits:
     reliability   "I can't count on you."
     respect       "You don't take me seriously."
     alone         "When it gets hard, I'm on my own."
     honesty       "I find things out instead of being told."
   Then say it out loud: "I think what hurts most is not knowing whether
   you can count on me. That's fair, given how often this has happened."

3. Choose one behavior your partner could see
   Not a feeling and not a promise: something that either happens or
   doesn't.
     Vague:    "I'll be more considerate."
     Visible:  "When plans change, I text as soon as I know."
   Make it fit the fear: visible reliability for reliability, volunteered
   openness for honesty, a steady tone under stress for respect, staying
   in the room during conflict for feeling alone.

4. Agree how to raise it if the old pattern comes back
   A short phrase and a time: "If it happens, I'll say 'the text thing' and
   we talk about it that evening, not in the moment." That way the hurt
   partner doesn't have to build a case every time.

5. Set a check-in in one or two weeks
   Put a date on it. At the check-in, ask one honest question: did the
   behavior actually show up? What your partner noticed counts for more
   than what you think you did.

What tends to get in the way
  - Asking to be forgiven by a certain date. Forgiveness isn't owed on a
    schedule; steady evidence is what you can offer.
  - Leaving your partner to run the repair: reminding, checking, chasing.
  - Big gestures instead of small, repeated ones.
  - Treating one good week as the end of it.

If the hurt involves an affair, intimidation, or years of the same thing,
consider doing this alongside a counsellor or couples therapist.

Try it here
  repair plan                   write the pattern, fear, behavior, check-in
  repair log shown "..."        note when the behavior showed up
  repair review                 see what the evidence says so far
  repair apology-draft          draft an apology from the plan
"""

_AFTER_CONFLICT = """\
The hour after an argument

Straight after a fight, your body is still running hot: a fast heartbeat, a
tight jaw, a head full of the next thing to say. Very little good gets
decided in that state. The aim for this hour is small: calm down, stay
kind, and agree when you'll talk, without starting the same fight again.

The first ten minutes: cool down
  - If your heart is racing or you're rehearsing arguments in your head,
    take a break, and say where you're going and when you'll be back:
      "I'm too wound up to listen well. I'm going for a walk and I'll be
       back at half past."
    Walking out without a word feels like being abandoned; a break with a
    time attached doesn't.
  - Do something that slows your body down: a walk, a glass of water, a
    shower, a few slow breaths where the out-breath is longer than the in.
  - Try not to spend the break building your case. If you catch yourself
    at it, turn your attention to something you can see or hear.

Coming back: reconnect before you resolve
  - Come back when you said you would, even if it's only to say you need a
    little longer.
  - Start small and kind. Openers that tend to help:
      "I don't want us to be on opposite sides right now."
      "I said that too sharply. I'm sorry for how I said it."
      "Can we stop here for tonight and talk tomorrow after dinner?"
  - One thing each, not the whole history. If old grievances come up, park
    them: "That matters too. Can we keep it for another day?"

How not to restart the same fight
  - Don't re-argue who was right. Ask what each of you needs tonight.
  - Leave out "always" and "never"; they invite a counter-example, and off
    you go again.
  - No parting shot on the way out of the room.
  - Keep the replay out of text messages; tone gets lost and it escalates.
  - If it heats up again, pause again. Pausing twice is fine.

Before bed, or before you get on with the day
  - Agree a time to talk properly, ideally within a day or two.
  - It's fine to go to sleep still disagreeing. Try not to go to sleep
    still at war: "I'm still upset, and I'm still on your side" covers it.
  - If you'd like, each write down one sentence about what you want the
    other to understand. Bring it to the talk.

If fear is part of this
  If either of you felt afraid during the argument, or someone was
  threatened, pushed, or stopped from leaving, the next step is safety,
  not repair: repair guide safety

Try it here
  repair log note "..."            write down what to bring up later
  repair guide before-the-talk     get ready for the talk you agreed on
"""

_BEFORE_THE_TALK = """\
Getting ready for a hard conversation

Some conversations keep getting put off because they feel too big: trust
after it was broken, money, sex and closeness, your families, where the two
of you are heading. A little preparation makes it much less likely to
spiral.

Before: get clear on your own part (about twenty minutes, alone)
  1. Write one sentence about what you want to talk about. Just one.
       "I want us to talk about how we decide on big purchases."
  2. Write what you're hoping for, as a request rather than a verdict:
       "I'd like us to agree an amount above which we check with each
        other first."
  3. Write what you're afraid might happen in the talk. Naming it makes it
     easier to notice if it starts.
  4. Write one thing you appreciate about your partner in this area. You
     may want to say it out loud.

Agree the when and where
  - Ask, don't ambush: "There's something about money I'd like to talk
    about. Would Sunday morning work for you?"
  - Choose a time when you're both fed, rested and not on a deadline. Not
    late at night, not in the car, not with the children in earshot.
  - Agree a length: thirty to forty-five minutes is plenty. You can always
    carry on another day.

During the talk
  - Start gently and with "I": "I've been worried about..." rather than
    "You always...".
  - Take turns. While your partner speaks, your job is to understand, not
    to reply. Say back what you heard before you answer:
      "So when I ask about receipts, you feel watched. Is that right?"
  - Stay on one topic. If another comes up, write it down for next time.
  - If either of you gets flooded, take a break and name a time to come
    back.

Ways into the usual hard topics
  Trust:     "What would help you feel a little safer with me this month?"
  Money:     "What does money mean to you: safety, freedom, something else?"
  Intimacy:  "What's one thing that helps you feel close to me?"
  Family:    "Where would you like us to draw the line with your family,
              and with mine?"
  Future:    "When you picture us in five years, what do you see?"

Ending well
  - End on something agreed, even something small: a next step, or a date
    to carry on.
  - Thank each other for staying in it. Hard talks take courage on both
    sides.
  - If you keep hitting the same wall, that's a good moment to bring in a
    counsellor or couples therapist.

If one of you is afraid of the other, don't have this talk alone together;
see: repair guide safety
"""

_BETWEEN_SESSIONS = """\
Between therapy sessions

Sessions are where the big things get unpacked; the days in between are
where change actually shows up. Small steps repeated between appointments
often matter more than one perfect hour in the therapist's room.

The same day as a session (ten minutes)
  - Each of you writes down one thing you took from it, in your own words.
  - Agree one small thing to practise before the next session. One, not
    five, and something the other person could notice:
      "When I'm going to be home late, I text by six."
      "When you bring up the old hurt, I listen before I explain."

During the week
  - Keep a short note of when the practised thing happened and when it
    didn't. Facts rather than verdicts: "Tuesday: texted at 5:40."
  - Have one short check-in, fifteen minutes at a set time, with three
    questions:
      What did you notice me doing that helped?
      Was there a moment that was hard?
      Is there anything we want to take to the next session?
  - Save the big topics for the session. If one comes up, try: "This feels
    like one for Thursday. Shall we write it down?"

Before the next session
  - Look over your notes and choose the one or two things you most want to
    bring.
  - Be honest about what didn't happen. A missed week is useful information
    for your therapist, not a failure.

If you don't have outside support yet
  - Look for a counsellor or couples therapist who is registered with a
    professional body where you live. Many offer a short first call.
  - It's fine to ask how they work, what it costs, and whether they have
    experience with what you're facing: an affair, years of the same fight,
    a family crisis.
  - If one of you is afraid of the other, look for individual support
    first. Joint sessions are not advised while there is abuse.
  - Going isn't admitting defeat. It's choosing not to carry something
    heavy on your own.

Try it here
  repair plan               turn this week's practice into a plan
  repair log shown "..."    note when it happened
  repair review --since "last friday"
                            look back over the week before a session
"""

_SAFETY = """\
Safety comes first

Couples repair only works when both people can speak freely without being
afraid. If one of you is being hurt, threatened or controlled, or is scared
of the other, working on the relationship is not the next step, and couples
counselling is generally not advised while there is abuse. Safety is.

Signs that safety comes first
  - being hit, pushed, grabbed, choked, or hurt in any way
  - threats to hurt you, your children, your pets, or themselves
  - being stopped from leaving, or from seeing friends, family or work
  - money, your phone, your passport or papers kept from you or used
    against you
  - being afraid of what your partner might do, or changing what you do
    to avoid their reaction
  - being forced or pressured into sex
You don't have to be sure it "counts" to ask for help.

If you are in danger right now
  Call your local emergency number: 911 in the US and Canada, 999 in the
  UK, 112 or 999 in Ireland, 000 in Australia, 112 across the EU.

People you can talk to, free and confidential
  US         National Domestic Violence Hotline: 1-800-799-7233,
             or text START to 88788
  UK         National Domestic Abuse Helpline: 0808 2000 247
  Ireland    Women's Aid: 1800 341 900
  Australia  1800RESPECT: 1800 737 732
  Elsewhere  your local emergency number and a local domestic-violence
             service

Small steps that can help
  - Tell one person you trust what is happening.
  - Keep the important things where you can reach them quickly: ID, keys,
    bank cards, medication, a charged phone.
  - Think about which devices and accounts your partner can see. A shared
    journal, your shell history and message apps can all be read by
    someone else.
  - A helpline adviser can help you make a safety plan that fits your life.
    You don't need the right words to call. Any of these is enough:
      "I'm not sure if this counts, but I'm scared of my partner."
      "Something happened last night and I don't know what to do."

If you are the one who has hurt or frightened your partner
  Stepping back from couples repair is the right call for now. The
  services above can point you to help for people who want to stop
  hurting the person they love. "I've done something that frightened my
  partner and I want to stop" is a fine way to begin. Taking that step is
  a real way of taking responsibility.

What this tool does
  When repairkit sees signs like these in a plan or a note, it saves
  nothing to the shared journal and shows safety information instead.
"""

GUIDES: dict[str, tuple[str, str]] = {
    "trust-repair": ("Repairing trust: impact first, the fear underneath, one visible behavior.", _TRUST_REPAIR),
    "after-conflict": ("The hour after an argument: cool down without restarting the fight.", _AFTER_CONFLICT),
    "before-the-talk": ("Getting ready for a hard conversation: trust, money, intimacy, family, the future.",
                        _BEFORE_THE_TALK),
    "between-sessions": ("Small, repeatable work between therapy sessions, and finding support.", _BETWEEN_SESSIONS),
    "safety": ("When someone is hurt, threatened, controlled or afraid: safety before repair.", _SAFETY),
}


# --------------------------------------------------------------------------- the `start` check-in

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
]

RECOMMENDATION_KEYS = ("safety_first", "outside_support", "after_argument", "hard_talk", "repair_plan",
                       "between_sessions")


@dataclass
class Recommendation:
    key: str           # one of RECOMMENDATION_KEYS
    title: str
    why: str
    next_command: str  # the exact command to run next


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
                     "old pattern comes back, and set a check-in in a week or two. If there's no journal here "
                     "yet, run `repair init` first."),
                    "repair plan"),
}

_ALIASES = {
    "y": "yes", "yes": "yes", "true": "yes", "1": "yes", "on": "yes",
    "n": "no", "no": "no", "false": "no", "0": "no", "off": "no",
    "unsure": "unsure", "not-sure": "unsure", "not_sure": "unsure", "notsure": "unsure", "?": "unsure",
    "maybe": "unsure", "dont-know": "unsure", "don't-know": "unsure",
    "repair": "repair", "plan": "repair", "talk": "talk", "hard-talk": "talk", "hard_talk": "talk",
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


def recommend(answers: dict[str, str]) -> Recommendation:
    """Which conversation would help most now. Pure.

    Order: safety (yes or unsure) wins over everything; then outside support
    (unless you already have a counsellor); then a raw recent argument; then
    a hard talk; then between-sessions work if you see a counsellor; else a
    repair plan. Only the answers that decide the outcome are required, so a
    "yes" to safety needs nothing else. A missing needed answer or any
    invalid one raises ValueError naming the key.
    """
    given = {key: _choice(key, value) for key, value in answers.items()}

    def answer(key: str) -> str:
        if key not in given:
            raise ValueError(f"the check-in needs an answer for '{key}' "
                             f"({', '.join(v for v, _ in _QUESTIONS_BY_KEY[key].choices)}).")
        return given[key]

    def make(key: str, why_prefix: str = "") -> Recommendation:
        title, why, command = _RECOMMENDATIONS[key]
        return Recommendation(key, title, why_prefix + why, command)

    safety = answer("safety")
    if safety == "yes":
        return make("safety_first")
    if safety == "unsure":
        return make("safety_first", "You weren't sure, and that is reason enough to look at safety first. ")
    if answer("support") == "yes":
        if answer("therapy") == "yes":
            return make("between_sessions")
        return make("outside_support")
    if answer("recent") == "yes":
        return make("after_argument")
    if answer("need") == "talk":
        return make("hard_talk")
    if answer("therapy") == "yes":
        return make("between_sessions")
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
