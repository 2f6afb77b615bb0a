"""Signs that a repair needs outside support: an affair or other betrayal, intimidation,
boundaries crossed again and again, or a long history. A gentle note; the plan is still written.
"""
from __future__ import annotations

from repairkit.care.textrules import OBJ, PARTNER, Signal, _rule, _Rule, _scan  # noqa: F401

SUPPORT_KINDS = ("affair", "betrayal", "intimidation", "boundaries", "long_history")
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
