"""Coaching for the agreed behavior: is it something the partner could see, and concrete ideas
suited to the fear when it is not.
"""
from __future__ import annotations

import re

from repairkit.care.textrules import _Lazy, _norm
def _rx(*parts: str) -> _Lazy:
    return _Lazy(r"\b(?:" + "|".join(parts) + r")(?!\w)")


_TRAITS = (r"(?:considerate|reliable|honest|present|patient|supportive|thoughtful|open|attentive|loving|kind|caring|"
           r"understanding|available|emotionally\s+available|trustworthy|transparent|responsible|mature|calm|gentle|"
           r"engaged|involved|affectionate|romantic|appreciative|dependable|consistent|respectful|nice|careful|"
           r"sensitive|generous|empathetic|communicative|positive|helpful|vulnerable|grateful|tolerant|reasonable|"
           r"fair|humble|accountable|punctual|organi[sz]ed|selfless|forgiving|trusting|proactive|connected)")
_ROLE = (r"(?:partner|person|husband|wife|boyfriend|girlfriend|listener|friend|parent|father|mother|dad|mum|mom|"
         r"teammate|man|woman|communicator|spouse)")

# (reason template, pattern); the earliest match in the text names the reason (the first listed on a tie).
_VAGUE: list[tuple[str, _Lazy]] = [
    ("'{m}' names a feeling, not something your partner could see or hear.", _rx(
        r"care\s+(?:more|enough|about\s+\w+\s+more)",
        r"(?:love|appreciate|cherish)\s+(?:her|him|them|you|us|my\s+\w+|our\s+\w+)(?:\s+\w+)?\s+"
        r"(?:more|better|properly|enough)",
        r"show\s+(?:her\s+|him\s+|them\s+|you\s+)?(?:that\s+i\s+care|i\s+care|how\s+much\s+i\s+(?:care|love)\w*|"
        r"(?:more\s+)?(?:love|care|affection|kindness|empathy|warmth))",
        r"make\s+(?:her|him|them|you)\s+feel\s+\w+(?:\s+\w+)?")),
    ("'{m}' is a good principle, but your partner can't see a principle: which boundary, and what will you "
     "do (or not do) when it comes up?", _rx(
        r"(?:respect|honou?r|accept|value|consider|mind|protect)\s+(?:her|his|their|your|my\s+partner's|[a-z]+'s)\s+"
        r"(?:boundar(?:y|ies)|limits?|privacy|space|wishes|no)")),
    ("'{m}' names an attitude, not an action: what would your partner see you do, or stop doing, and when?", _rx(
        r"(?:value|respect|understand|trust|support|notice|consider|prioriti[sz]e|honou?r)\s+"
        r"(?:her|him|them|you|us|my\s+\w+|our\s+\w+)(?:\s+\w+)?\s+(?:more|better|properly|enough)",
        r"(?:value|respect|appreciate|consider|honou?r)\s+(?:her|his|their|your)\s+(?:opinions?|feelings|needs|time|"
        r"views|work|family|ideas|choices|decisions)",
        r"(?:prioriti[sz]e|put)\s+(?:her|him|them|you|us|the\s+relationship|our\s+relationship|my\s+family|"
        r"the\s+family|"
        r"our\s+family|my\s+partner|her\s+needs|his\s+needs|their\s+needs)(?:\s+first)?",
        r"be\s+there\s+for",
        r"show\s+(?:her\s+|him\s+|them\s+|you\s+)?(?:more\s+)?(?:respect|interest|appreciation|gratitude)",
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
        r"think\s+(?:before|about|more|twice)",
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
    r"go(?:es)?\s+through", r"wait(?:s)?\s+(?:until|for|before)", r"go\s+(?:for\s+a\s+walk|out\s+to|to)",
    # Things said about or to the partner, which others notice, done or not done ("I don't tease you").
    r"jok(?:e|es|ed|ing)", r"mak(?:e|es|ing)\s+(?:\w+\s+)?(?:jokes?|fun|comments?|remarks?|digs?|cracks?)",
    r"teas(?:e|es|ed|ing)", r"mock(?:s|ed|ing)?", r"criti(?:ci[sz](?:e|es|ed|ing))",
    r"put(?:s|ting)?\s+(?:you|her|him|them)\s+down", r"comment(?:s|ed|ing)?\s+on", r"laugh(?:s|ed|ing)?\s+(?:at|along)",
    r"correct(?:s|ed|ing)?\s+(?:it|that|myself|the\s+record|how|what|you|her|him)", r"interrupt(?:s|ed|ing)?",
    r"talk(?:s|ed|ing)?\s+over", r"rais(?:e|es|ed|ing)\s+my\s+voice", r"swear(?:s|ing)?\s+at",
    r"roll(?:s|ed|ing)?\s+my\s+eyes", r"post(?:s|ed|ing)?\s+(?:about|photos|pictures|anything)")

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
    r"any\s+(?:purchase|message|plan)s?", r"without\s+(?:being\s+)?(?:asked|reminded|a\s+reminder|prompting)",
    # Where it happens is a moment too: "in company, I don't make jokes about you".
    r"in\s+company", r"in\s+front\s+of", r"in\s+public", r"on\s+the\s+spot",
    r"with\s+(?:(?:your|my|our|her|his|their)\s+)?(?:friends|family|parents|colleagues|kids|children|others|guests|"
    r"mates|in-laws)",
    r"at\s+(?:parties|a\s+party|the\s+party|work|family\s+\w+|gatherings|dinners|the\s+pub)",
    r"around\s+(?:others|other\s+people|people|friends|(?:your|my|our)\s+(?:friends|family|parents))")


# Where a quoted phrase ends: punctuation, or a word that starts another clause.
_CLAUSE_END = _rx(r"[,.;:!?()\"]", r"\s(?:when|whenever|if|because|but|and|or|so|while|after|until|unless|instead|"
                  r"since|though|although|then)\b")
_PHRASE_WORDS = 8  # at most this many words are added after the words that matched


_LEAD_WORDS = 4  # words before the match, in the same clause, that are part of the phrase ("Not", "Learn to")


def _phrase_start(norm: str, start: int) -> int:
    """Carry a quote back to the start of its clause when only a few words come before it."""
    bounds = [m.end() for m in _CLAUSE_END.finditer(norm, 0, start)]
    clause = bounds[-1] if bounds else 0
    if len(norm[clause:start].split()) <= _LEAD_WORDS:
        return clause
    return start


def _phrase_end(norm: str, end: int) -> int:
    """Carry a quote on to the end of its phrase, so "Stop being such" becomes "Stop being such a jerk"."""
    stop = _CLAUSE_END.search(norm, end)
    limit = stop.start() if stop else len(norm)
    words = list(re.finditer(r"\S+", norm[end:limit]))
    if len(words) > _PHRASE_WORDS:
        return end + words[_PHRASE_WORDS - 1].end()
    return limit


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
    # An action inside the vague phrase is part of it ("think before I say something hurtful").
    inside = (vague[0], _phrase_end(norm, vague[1])) if vague else None
    observable = any(not (inside and inside[0] <= m.start() < inside[1]) for m in _OBSERVABLE.finditer(norm))
    if observable and _TRIGGER.search(norm):
        return None
    if vague:
        start, end, template = vague
        return template.format(m=text[_phrase_start(norm, start):_phrase_end(norm, end)].strip(" .,!;:"))
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


# What a plan is about, read from its incident, pattern, title and behavior, with ideas that fit it.
# A cruel joke at a party should lead to ideas about jokes and company, whatever the fear.
# Settings (where it happened) rank after what happened there.
_SETTINGS = frozenset({"company"})
_TOPICS: dict[str, tuple[_Lazy, list[str]]] = {
    "jokes": (_rx(r"jok(?:e|es|ed|ing)", r"teas(?:e|es|ed|ing)", r"mock\w*", r"(?:make|made|making)\s+fun",
                  r"sarcas\w*", r"put(?:s|ting)?\s+(?:you|her|him|me|them)\s+down", r"belittl\w*", r"humiliat\w*",
                  r"embarrass\w*", r"laugh(?:ed|ing)?\s+at", r"digs?\s+at"), [
        "In company, I don't make jokes about you; if I slip, I correct it on the spot and apologise that evening.",
        "When I notice I'm about to tease you in front of others, I stop and change the subject.",
        "If you tell me a joke hurt, I say sorry the same day, without explaining what I meant.",
        "Before a party or a dinner with friends, I ask you if there's anything you'd rather I didn't bring up.",
        "When someone else makes a joke at your expense, I don't laugh along; I say \"not funny\" and change the "
        "subject.",
    ]),
    "company": (_rx(r"in\s+front\s+of", r"in\s+company", r"in\s+public", r"part(?:y|ies)", r"birthday",
                    r"(?:our|my|your)\s+friends", r"colleagues", r"guests", r"everyone"), [
        "When we're with friends, I don't correct or contradict you in front of them; I say it at home if it matters.",
        "At parties, I check in with you at least once and ask if you're having an OK time.",
        "If something you say in company bothers me, I wait until we're home to raise it.",
    ]),
    "voice": (_rx(r"shout\w*", r"yell\w*", r"scream\w*", r"raised?\s+my\s+voice", r"rais(?:e|es|ed|ing)\s+(?:my|his|her)\s+"
                  r"voice", r"lost\s+my\s+temper", r"snap(?:s|ped|ping)?", r"swor(?:e|n)", r"slamm?\w*", r"temper"), [
        "When I feel my voice rising, I say \"I need ten minutes\" and come back within twenty.",
        "When I notice I'm raising my voice, I stop mid-sentence, say \"let me start again\" and lower it.",
        "When I've been sharp with you, I name what I said and apologise within the hour.",
    ]),
    "withdrawal": (_rx(r"silent\s+treatment", r"(?:went|go|goes|going)\s+(?:quiet|silent)", r"silen(?:t|ce)",
                       r"shut(?:s|ting)?\s+down", r"stonewall\w*", r"walk(?:ed|s|ing)?\s+out", r"left\s+the\s+room",
                       r"ignor(?:e|ed|es|ing)", r"stop\s+talking", r"disappear\w*", r"withdr[ae]w\w*"), [
        "During an argument I stay in the room, or say when I'll be back if I need a break.",
        "When things get tense, I say \"I'm still here\" instead of going quiet.",
        "Within an hour of a fight, I come and find you and ask what you need right now.",
    ]),
    "phone": (_rx(r"phones?", r"scroll\w*", r"screens?", r"laptop", r"gaming", r"instagram", r"tiktok", r"\btv\b"), [
        "When you start talking to me, I put my phone face down and look at you.",
        "At dinner, our phones stay in the hall until we've finished eating.",
        "After 9pm, I keep my laptop closed unless we've agreed otherwise that day.",
    ]),
    "money": (_rx(r"money", r"spen[dt]\w*", r"bought", r"purchase\w*", r"debts?", r"loans?", r"credit\s+card",
                  r"gambl\w*", r"\bbets?\b", r"savings", r"bank"), [
        "I tell you about any purchase over the amount we agree, on the same day, without being asked.",
        "Every Sunday I show you the account statement and answer any question the first time you ask.",
        "Before I lend or spend more than we agreed, I ask you first and wait for your answer.",
    ]),
    "hiding": (_rx(r"li(?:e|ed|es)\b", r"lying", r"hid(?:e|den|ing)?\b", r"secrets?", r"delet\w*", r"behind\s+(?:your|my|her|"
                   r"his)\s+back", r"didn't\s+tell", r"kept\s+(?:it|this|that)\s+from"), [
        "When something happens that touches the old hurt, I tell you myself that evening, before you hear it another way.",
        "When you ask me a question, I give you the whole answer the first time, not the smallest true part.",
        "If I'm tempted to leave something out, I tell you that I was tempted, the same day.",
    ]),
    "late": (_rx(r"\blate\b", r"on\s+time", r"plans?\s+change", r"cancel\w*", r"stood\s+(?:me|you|her|him)\s+up",
                 r"no\s+text", r"didn't\s+(?:call|text)", r"forg[oe]t\w*"), [
        "When plans change, I text you as soon as I know and say how it affects you.",
        "If I'm going to be more than ten minutes late, I call before the time we agreed, not after.",
        "When I say I'll do something, I put it in our shared calendar within the hour.",
    ]),
    "chores": (_rx(r"dishes", r"chores?", r"laundry", r"housework", r"clean\w*", r"\bbins?\b", r"hoover\w*",
                   r"vacuum\w*", r"tidy\w*", r"groceries", r"shopping"), [
        "When I say I'll do the dishes, I do them the same evening, before I sit down.",
        "Every Sunday evening we split the week's chores, and I tell you on the day if one of mine will slip.",
        "If I can't do a chore I said I'd do, I tell you before the evening and say when I will.",
    ]),
    "family": (_rx(r"mother", r"father", r"\bmum\b", r"\bmom\b", r"\bdad\b", r"parents", r"in-laws?", r"(?:my|your|his|her)\s+"
                   r"family", r"sister", r"brother"), [
        "When my family criticises you, I say on the spot that I see it differently, in front of them.",
        "Before a visit to my family, we agree on a time to leave, and I keep to it.",
        "After a family visit, I ask you how it was for you, that evening, before anything else.",
    ]),
    "decisions": (_rx(r"without\s+asking", r"didn't\s+ask", r"decided\s+(?:without|for)", r"made\s+plans",
                      r"booked", r"invited\s+\w+\s+without"), [
        "Before I make plans that involve you, I ask you first.",
        "When a decision affects us both, I tell you the options before I say yes to anyone.",
        "If I've already agreed to something for us, I tell you the same day and offer to undo it.",
    ]),
}


def topic_suggestions() -> dict[str, list[str]]:
    """The ideas kept for each topic a plan can be about (for tests and the docs)."""
    return {name: list(ideas) for name, (_, ideas) in _TOPICS.items()}


def _topics(text: str) -> list[str]:
    """Topics found in the text: what happened before where, and the one with most matches first
    (ties keep _TOPICS' order)."""
    norm = _norm(text)
    hits = [(len(pattern.findall(norm)), name) for name, (pattern, _) in _TOPICS.items()]
    ranked = sorted(hits, key=lambda hit: (hit[1] in _SETTINGS, -hit[0]))
    return [name for count, name in ranked if count]


def behavior_suggestions(fear: str | None, behavior: str = "", *, incident: str | None = None,
                         pattern: str | None = None, title: str | None = None) -> list[str]:
    """Concrete, observable behaviors suited to what happened and to the fear.

    With the plan's incident, pattern or title, ideas for what the plan is
    about come first (a cruel joke at a party leads with jokes and company),
    then the ones for the fear (general ones for "other" or None). Within each,
    suggestions sharing words with the behavior the person wrote come first,
    so a vague "be more reliable about being late" leads with the lateness
    one. Called with the fear and behavior only, it gives the fear's ideas.
    """
    key = (fear or "other").strip().lower()
    ideas = list(_SUGGESTIONS.get(key, _SUGGESTIONS["other"]))
    said = _words(behavior or "")
    if said:
        ideas.sort(key=lambda idea: -len(said & _words(idea)))  # stable: ties keep their order
    about = " . ".join(t for t in (incident, pattern, title, behavior) if t)
    if not (incident or pattern or title) or not about.strip():
        return ideas
    first: list[str] = []
    for topic in _topics(about):
        topic_ideas = list(_TOPICS[topic][1])
        if said:
            topic_ideas.sort(key=lambda idea: -len(said & _words(idea)))
        first += topic_ideas
    return list(dict.fromkeys(first + ideas))
