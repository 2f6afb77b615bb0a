"""The safety net: does a text suggest someone is unsafe, and which page should the person see?

Three outcomes (`Verdict.level`): "clear" (save as usual), "stop" (save nothing, show the page) and
"unsure" (the net can't call it: the command line asks "is this about your safety?" on a terminal and
stops off one). The page (`Verdict.path`) is "crisis" for self-harm or suicidal thoughts, "caused_harm"
when the writer describes hurting or frightening their partner, otherwise "safety".

Two nets, one after the other, both pure Python and standard library only:

1. Phrase rules: plain regular expressions with negative context (textrules.py), tuned on
   eval/safety/dev.yaml and tests/data/safety_eval.yaml. They name what they saw, in the person's words.
   A rule is only compiled and run on a text holding its trigger words (`_DANGER_TRIGGERS`).
2. A learned model (learned.py) that scores the wording as a whole, for the many ways of saying it
   that no phrase list holds. Its weights are package data, read on first use.

They read English text; they do not understand it. See docs/safety-and-coaching.md for the figures,
and for what the net deliberately does not catch.
"""
from __future__ import annotations

from typing import NamedTuple

from repairkit.care.textrules import (  # noqa: F401  (the prefilter's tests reach these through this module)
    _BODY_VIOLENCE,
    _KID_WORD,
    BODY,
    KIDS,
    OBJ,
    PARTNER,
    Found,
    Signal,
    _alt,
    _Lazy,
    _may_match,
    _norm,
    _Rule,
    _rule,
    _scan,
    _scan_found,
    _triggers_text,
)

PATHS = ("safety", "caused_harm", "crisis")
LEVELS = ("clear", "unsure", "stop")
KINDS = ("physical", "strangulation", "weapon", "threat", "fear", "monitoring", "stalking", "isolation", "coercion",
         "sexual", "self_harm", "suicide", "caused_harm", "children", "property_intimidation", "wording")
CRISIS_KINDS = frozenset({"self_harm", "suicide"})

_WHY = {
    "physical": "describes someone being hit, grabbed or physically hurt",
    "strangulation": "describes pressure on someone's neck or throat, or their breath being stopped",
    "weapon": "describes a weapon used or shown to frighten someone",
    "threat": "describes a threat of harm or something used to frighten",
    "fear": "describes being afraid of a partner",
    "monitoring": "describes someone's phone, messages or whereabouts being watched",
    "stalking": "describes being followed, watched or contacted against their wishes",
    "isolation": "describes someone being cut off from friends, family or work",
    "coercion": "describes someone being forced or controlled, or kept short of money or papers",
    "sexual": "describes sex or intimate images without consent",
    "self_harm": "describes someone hurting themselves",
    "suicide": "describes thoughts of ending a life",
    "caused_harm": "describes the writer hurting or frightening their partner",
    "children": "describes children being threatened, harmed or used against someone",
    "property_intimidation": "describes things broken, pets hurt or driving used to frighten someone",
    "wording": "the words together read like someone may be hurt, afraid or controlled",
    # the kinds the older rules were written with; `_relabel` turns them into the kinds above
    "prevented_leaving": "describes someone being stopped from leaving",
    "fear_of_partner": "describes being afraid of a partner",
    "money_control": "describes money or papers being used to control someone",
    "abuse": "names abuse",
}

_HARM = _alt("kill", "hurt", "harm", "hit", "beat", "punch", "slap", "stab", "shoot", "burn", "strangle", "choke",
             "smash", "break", "attack")
_WILL = (r"(?:'d|'ll|\s+would|\s+will|\s+was\s+going\s+to|\s+were\s+going\s+to|\s+is\s+going\s+to|\s+are\s+going\s+to|"
         r"\s+was\s+gonna|\s+is\s+gonna|'s\s+going\s+to|'s\s+gonna)")
_HYPERBOLE = (r"if\s+(?:i|we|you)\s+(?:ever\s+)?(?:forget|forgot|'m\s+late|am\s+late|was\s+late|were\s+late|are\s+late|"
              r"'re\s+late|miss|missed|spill|spilled|spilt|eat|ate|lose|lost|break|broke|scratch|scratched|don't|"
              r"didn't|do\s+that\s+again|wear|wore|touch|touched|use|used|finish|finished|tell\s+(?:her|him)\s+i|"
              r"play|played|sing|sang|mention|mentioned|spoil|spoiled|spoilt)|"
              r"when\s+(?:he|she|they)\s+(?:finds?\s+out|found\s+out|sees?|saw|hears?|heard|notices?|noticed|"
              r"gets?\s+the)|"
              r"for\s+(?:forgetting|being\s+late|eating|losing|breaking|this|that)")
_FEARFUL = _alt("scared", "afraid", "frightened", "terrified", "fearful", "petrified")

_DANGER_RULES: list[_Rule] = [
# ---- self-harm and suicidal thoughts: first, so they name the words they share with other rules
# ("punched the wall on purpose"), and always lead to the crisis page
_rule("suicide", r"suicid\w*", _WHY["suicide"], thing_agent=False, negatable=False,
      not_after=r"(?:squad|prevention|awareness|training|bomb\w*|doors?|pact\s+(?:film|book|song))\b"),
_rule("suicide", r"(?:kill|killing|kil|end|ending|take|taking|took|ended|killed)\s+(?:my\s*self|meself|my\s+(?:own\s+)?"
      r"life)|(?:end|ending|ended)\s+it\s+all|(?:thinking|thought|think|thinks)\s+(?:about|of)\s+(?:ending|ending\s+"
      r"things|ending\s+it|not\s+being\s+(?:here|around|alive))", _WHY["suicide"], thing_agent=False,
      not_after=r"(?:laughing|with\s+laughter|(?:at|with|over|for)\s+(?:the\s+)?(?:gym|work|training|this|that|"
                r"the\s+(?:project|deadline|exam))|on\s+the\s+(?:bike|treadmill)|to\s+(?:get|finish|make|keep|"
                r"pay|meet))"),
_rule("suicide", r"(?:want|wanna|wanted|wish|wished|wishing|wanting)\s+(?:to\s+)?(?:die|be\s+dead|i\s+(?:was|were)\s+"
      r"dead|i\s+(?:wasn't|wasnt|weren't|was\s+not)\s+(?:here|alive|around|born)|i\s+(?:could|would)\s+(?:just\s+)?"
      r"(?:die|disappear|not\s+wake\s+up|stop\s+existing)|i\s+(?:had|hadn't|hadnt)\s+(?:never\s+)?been\s+born|"
      r"(?:it|this|everything|things)\s+(?:would|to)\s+(?:all\s+)?(?:stop|end)\s+(?:for\s+good|forever))",
      _WHY["suicide"], thing_agent=False),
_rule("suicide", r"better\s+off\s+(?:without\s+me|if\s+i\s+(?:was|were|wasn't|wasnt|weren't)\s*(?:n't|not)?\s*"
      r"(?:here|around|alive|gone|dead)?|dead|if\s+i\s+(?:died|was\s+gone|were\s+gone|disappeared))|"
      r"(?:don't|dont|do\s+not|didn't)\s+want\s+to\s+(?:be\s+here|be\s+alive|live|exist|wake\s+up|be\s+around)\s*"
      r"(?:any\s*more|now|at\s+all)?(?!\s+(?:on|at|in|for|when|with|tonight|tomorrow|this|next|if))|"
      r"(?:no|not\s+any|isn't\s+any|isnt\s+any)\s+(?:point|reason)\s+(?:in\s+)?(?:me\s+)?(?:being\s+(?:here|alive|"
      r"around)|living|going\s+on|carrying\s+on|existing|to\s+live|staying\s+alive)|"
      r"(?:tired|sick)\s+of\s+(?:being\s+alive|living|existing|life\s+itself)|"
      r"(?:wouldn't|wouldnt|won't|wont|never|not|don't|dont)\s+(?:to\s+)?wake\s+up(?!\s+(?:early|in\s+time|on\s+time|for|"
      r"before|till|until|when))|"
      r"disappear\s+(?:for\s+good|forever|permanently|for\s+ever)|(?:goodbye|suicide)\s+(?:letters?|notes?)|"
      r"(?:a|my|the)\s+burden\s+(?:to|on)\s+(?:everyone|everybody|him|her|them|my|the\s+family)|"
      r"(?:nobody|no\s+one|noone)\s+would\s+(?:miss|notice|care\s+if)\s+(?:me|i)",
      _WHY["suicide"], thing_agent=False, negatable=False),
_rule("suicide", r"(?:not|won't|wont|will\s+not)\s+(?:\w+\s+)?(?:still\s+)?(?:be\s+)?(?:here|around|alive)\s+(?:for|by|"
      r"at|much\s+longer|next|when)\b[^.!?;]{0,30}?(?:check-?in|week|month|christmas|birthday|longer|review)|"
      r"(?:how\s+many|enough)\s+(?:of\s+(?:my|the|these)\s+)?(?:pills|tablets|paracetamol|sleeping\s+pills)\s+"
      r"(?:it\s+)?(?:would|it'd|to)|(?:took|taken|take|taking|had)\s+an\s+overdose|(?:stockpil\w*|hoard\w*|sav\w*\s+up|saving)\s+(?:my\s+)?"
      r"(?:pills|tablets|meds|medication)|(?:engine|car)\s+running\s+in\s+the\s+garage|in\s+the\s+garage\s+with\s+"
      r"the\s+engine\s+running|(?:jump|jumping|throw\s+myself)\s+(?:off|from|in\s+front\s+of)\s+(?:a|the)\s+"
      r"(?:bridge|train|building|car\s+park|cliff|roof)|(?:drive|driving|crash|crashing|steer\w*)\s+(?:my\s+car\s+)?"
      r"(?:into|off)\s+(?:a|the)\s+(?:wall|tree|bridge|cliff|lorry|truck|river)",
      _WHY["suicide"], thing_agent=False, negatable=False,
      not_after=r"(?:[^.!?;]{0,40}?\b(?:if\s+(?:i|he|she|we|they|you)|kidding|joking|lol|haha))"),
_rule("suicide", r"(?:taking|take|took|swallow\w*)\s+all\s+(?:of\s+)?my\s+(?:pills|tablets|meds|medication|"
      r"antidepressants|painkillers|sleeping\s+pills)|nothing\s+(?:left\s+)?to\s+live\s+for|a\s+plan\s+and\s+a\s+"
      r"date|(?:rather|sooner)\s+(?:be\s+dead|die)\s+than\s+(?:keep|carry|go\s+on|live|be\s+here|face)|"
      r"(?:don't|dont|do\s+not|can't|cant)\s+see\s+(?:the|any)\s+point\s+(?:of|in)\s+(?:carrying\s+on|going\s+on|"
      r"living|being\s+here|anything|any\s+of\s+it|life|me)|(?:easier|better|happier)\s+(?:for\s+everyone\s+)?"
      r"(?:if|when)\s+i\s+(?:just\s+)?(?:didn't|didnt|did\s+not|wasn't|wasnt|was\s+not|weren't)\s+(?:exist|here|"
      r"around|alive|born)|(?:happier|better\s+off|easier)\s+(?:if|when|once)\s+i\s+(?:was|were|am|'m)\s+(?:gone|"
      r"dead|not\s+here|not\s+around)|(?:because|cos|cause|coz)\s+i'm\s+gone|(?:i'll|ill|i\s+will)\s+be\s+gone\s+"
      r"(?:by|before)", _WHY["suicide"], thing_agent=False, negatable=False),
_rule("suicide", r"what'?s\s+the\s+point\s+(?:any\s*more|of\s+(?:anything|any\s+of\s+it|it\s+all|living|me|going\s+on|"
      r"carrying\s+on|life|being\s+here|being\s+alive))|(?:want|wish|need)\s+(?:it\s+all|everything|it|this)\s+to\s+"
      r"(?:stop|end)\s+(?:permanently|for\s+good|forever|for\s+ever)|(?:googl\w*|look(?:ed|ing)?\s+up|research\w*|"
      r"search\w*)\s+(?:\w+\s+){0,3}?(?:ways|how)\s+to\s+(?:do\s+it|die|end\s+it|kill\s+(?:my|him|her)self|overdose|"
      r"hang)|(?:tried|try|trying|attempt\w*)\s+to\s+(?:end\s+it|end\s+my\s+life|kill\s+myself|take\s+my\s+(?:own\s+)?"
      r"life)|suicide\s+attempts?|noose|(?:think|thinking|thought|thinks)\s+about\s+(?:dying|death|not\s+existing|"
      r"not\s+being\s+alive|my\s+(?:own\s+)?funeral)|(?:won't|wont|not|don't|dont)\s+(?:think\s+i'll\s+)?be\s+around\s+"
      r"(?:much\s+)?(?:longer|for\s+long)|(?:hope|hoping|hopes)\s+i\s+(?:don't|dont|won't|wont|never)\s+wake\s+up|"
      r"(?:pills|tablets|meds)\s+saved\s+up|(?:top|topping|off|offing)\s+(?:him|her|my|them)sel(?:f|ves)|"
      r"(?:isn't|isnt|is\s+not|not)\s+worth\s+living|(?:step|stepping|stepped|walk|walking)\s+(?:out\s+)?in\s+front\s+"
      r"of\s+(?:a|the)\s+(?:bus|train|car|lorry|truck)|(?:you'll|you\s+will|they'll|everyone\s+will|you'd|they'd)\s+"
      r"(?:all\s+)?be\s+better\s+off|(?:talking|talks|talked|talk|said|says)\s+about\s+(?:death|dying|suicide|"
      r"killing\s+(?:him|her|my)self)|(?:doesn't|doesnt|does\s+not)\s+want\s+to\s+(?:be\s+alive|live|be\s+here)|"
      r"how\s+much\s+(?:of\s+)?(?:his|her|my)\s+(?:meds|medication|pills|tablets)\s+(?:would|it\s+would|it'd)|"
      r"(?:not\s+sure|don't\s+know\s+if|dont\s+know\s+if|doubt)\s+i'?ll\s+(?:still\s+)?be\s+(?:here|around|alive)|"
      r"(?:relieved|happier|better|easier|glad)\s+if\s+i\s+(?:just\s+)?(?:died|was\s+dead|were\s+dead|killed\s+myself|"
      r"was\s+gone|were\s+gone|disappeared)|planning\s+how\s+i'?d\s+(?:do\s+it|die|end\s+it|kill\s+myself)",
      _WHY["suicide"], thing_agent=False, negatable=False),
_rule("suicide", r"(?:can't|cant|cannot)\s+(?:keep\s+)?(?:living|live|go\s+on)\s+like\s+this|rope\s+in\s+the\s+"
      r"(?:garage|shed|loft|attic)|saying\s+goodbye\s+in\s+a\s+(?:weird|strange|odd)|(?:want|wish)\s+(?:it\s+all|"
      r"everything)\s+to\s+(?:stop|end)", _WHY["suicide"], thing_agent=False, weak=True, negatable=False),
_rule("self_harm", r"urge\s+to\s+(?:cut|hurt\s+myself|harm\s+myself|burn|self)|(?:burn\w*|cut|cutting|hit\w*|punch\w*|"
      r"scratch\w*|bit|bite|biting|bang\w*)\s+(?:\w+\s+){0,4}?(?:on\s+purpose|deliberately|to\s+feel\s+something)|"
      r"(?:bite|bit|biting)\s+my\s+(?:arm|hand|wrist)s?\s+(?:til|till|until)|(?:cutting|hurting|harming|burning|"
      r"starving)\s+(?:him|her|them)sel(?:f|ves)|bangs?\s+(?:his|her)\s+(?:own\s+)?head\s+(?:on|off|against)\s+"
      r"the\s+wall|scratch\w*\s+my\s+(?:wrists?|arms?)", _WHY["self_harm"], thing_agent=False, negatable=False),
_rule("self_harm", r"my\s+arms\s+are\s+a\s+mess", _WHY["self_harm"], thing_agent=False, weak=True, negatable=False),
_rule("suicide", r"(?:giving|gave|given|give)\s+(?:all\s+)?(?:of\s+)?my\s+(?:stuff|things|belongings|possessions)\s+"
      r"away|(?:can't|cant|cannot)\s+see\s+(?:a|any)\s+future|done\s+with\s+(?:everything|life|it\s+all|"
      r"living)|(?:waste\s+of\s+space|waste\s+of\s+oxygen)|(?:stood|standing|stand)\s+on\s+(?:the|a)\s+(?:bridge|"
      r"edge|platform\s+edge|roof)|(?:train\s+tracks|railway\s+line|tallest\s+(?:car\s+park|building|bridge))|"
      r"(?:wrote|written|writing)\s+(?:a|my)\s+(?:note|letter)\b[^.!?;]{0,30}?\b(?:last\s+night|goodbye|"
      r"didn't\s+do|didnt\s+do|still\s+have)", _WHY["suicide"], thing_agent=False, weak=True, negatable=False),
_rule("suicide", r"overdos\w*", _WHY["suicide"], thing_agent=False, weak=True, negatable=False),
_rule("suicide", r"(?:kill|killing|end|ending|take|taking|hurt|hurting|harm|harming)\s+(?:him|her|them)self\b|"
      r"(?:end|ending|take|taking)\s+(?:his|her|their)\s+(?:own\s+)?life", "describes someone thinking of "
      "ending their life", thing_agent=False, negatable=False),
_rule("suicide", r"(?:can't|cant|cannot|can\s+not)\s+(?:do\s+this|go\s+on|keep\s+going|carry\s+on|cope)\s*"
      r"(?:any\s*more|much\s+longer)", "may describe someone at the end of what they can bear",
      thing_agent=False, weak=True),
_rule("self_harm", r"(?:hurt|hurting|hurts|harm|harmed|harming|cut|cuts|cutting|burn|burned|burnt|burning|punish|"
      r"punished|punishing|scratch\w*|bang\w*|hit|hitting|bit|biting|starv\w*)\s+(?:my\s*self|meself)\b",
      _WHY["self_harm"], thing_agent=False,
      not_after=r"(?:[^.!?;]{0,30}?\b(?:lifting|shaving|cooking|chopping|playing|gardening|moving|at\s+(?:the\s+)?"
                r"(?:gym|work|football|training)|on\s+(?:the|a)\b|by\s+accident|accidentally|in\s+the\s+kitchen|"
                r"with\s+(?:the|a)\s+(?:drill|knife|saw|iron|kettle|oven|pan)|doing\s+(?:the|a)))"),
_rule("self_harm", r"self[\s-]*harm\w*|(?:went|gone|going|been)\s+back\s+to\s+(?:cutting|burning|hurting\s+myself)|"
      r"(?:cutting|cut)\s+(?:again|my\s+(?:arms?|wrists?|legs?|thighs?|skin|stomach))|relapsed\s+(?:with|on)\s+"
      r"(?:the\s+)?(?:blades?|razors?|cutting)|(?:carved|carving)\s+[^.!?;]{0,20}?\binto\s+my|"
      r"(?:burning|burnt|burned|cutting|scratching|scratched|scarring)\s+my\s+(?:arms?|skin|wrists?|legs?|thighs?|"
      r"stomach|hands?)\s+(?:with|till|until|again)|(?:bang\w*|hitting|hit|smash\w*)\s+my\s+(?:own\s+)?head\s+"
      r"(?:off|against|on|into)\s+(?:the|a)\s+(?:wall|floor|door)|(?:took|taking|take|taken)\s+more\s+(?:tablets|"
      r"pills|painkillers|paracetamol)\s+than|my\s+(?:arms?|legs?|wrists?)\s+(?:all\s+)?cut\s+up|"
      r"(?:digging|dig|dug)\s+my\s+nails\s+into\s+my|(?:pulling|pulled|pull)\s+my\s+(?:own\s+)?hair\s+out\s+"
      r"(?:in\s+clumps|till|until)",
      _WHY["self_harm"], thing_agent=False, negatable=False),
_rule("self_harm", r"razor\s+blades?\s+in\s+my|(?:burn|cut|scratch)\s+marks\s+on\s+(?:his|her|their)\s+"
      r"(?:arms?|wrists?|legs?)|(?:found|saw|seen|noticed)\s+(?:fresh\s+)?(?:cuts|scars|burns)\s+on\s+(?:his|her|"
      r"their|my\s+\w+'?s?)\s+(?:arms?|wrists?|legs?|thighs?)", _WHY["self_harm"], thing_agent=False, weak=True, negatable=False),

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
      r"(?:of\s+)?)?(?:my|her|his)\s+(?:whole\s+|entire\s+)?(?:wages|wage|pay|paycheck|paycheque|pay\s+packet|salary|"
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
      _WHY["threat"], not_after=r"(?:[^.!?;]{0,30}?\b(?:by\s+accident|accidentally|putting\s+up|drilling|oops))"),
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
      not_after=r"(?:to|into)\s+(?:come|go|do|join|help|agree)|(?:in|into)\s+(?:going|coming|doing|agreeing)|"
                r"out\b|(?:[^.!?;]{0,30}?\b(?:at\s+the\s+gym|lifting|training|in\s+my\s+sleep|stretching))"),
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
_rule("physical", r"(?:threw|throws|throwing|flung|flings|shoved|shoves|pushed|pushes|slammed|slams)\s+" + OBJ +
      r"\s+(?:on|onto|to|across|down|into|against|out\s+of\s+bed)\s+(?:the\s+|a\s+|my\s+|his\s+|her\s+)?(?:\w+\s+)?"
      r"(?:floor|ground|bed|sofa|couch|wall|stairs|table|door|car|furniture|bookcase|counter|wardrobe|cupboard|"
      r"fridge|radiator|bann?isters?|door\s*frame|window|mirror|dresser|cabinet|sink|bath|oven|worktop|railings?|"
      r"fence|pavement|road|glass|kerb|curb|corner|desk|chair|tv|telly)\b", _WHY["physical"]),
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

# ---- strangulation: the strongest known marker of danger to life
_rule("strangulation", r"(?:hands?|fingers|thumbs?|arms?|forearm|knee|elbow)\s+(?:around|round|on|across|against|"
      r"over|into)\s+(?:my|his|her|their|your)\s+(?:neck|throat|windpipe)|(?:by|round|around)\s+(?:the|my|her|"
      r"his)\s+(?:throat|neck)\b|(?:pressed|pressing|presses|pushed|pushing|squeez\w*)\s+(?:down\s+)?(?:on\s+)?"
      r"(?:my|her|his)\s+(?:neck|throat|windpipe)|pillow\s+over\s+(?:my|her|his)\s+face|headlock|"
      r"(?:cut|cuts|cutting)\s+off\s+my\s+(?:air|breathing)", _WHY["strangulation"], thing_agent=False,
      not_after=r"(?:[^.!?;]{0,30}?\b(?:bjj|jiu|judo|wrestl\w*|training|sparring|class|mma|match|the\s+mat))"),
_rule("strangulation", r"(?:red\s+)?(?:marks?|bruis\w*|fingermarks|finger\s+marks)\s+(?:on|round|around|under|"
      r"either\s+side\s+of)\s+(?:my|her|his)\s+(?:neck|throat|jaw)|(?:saw|seeing|see)\s+(?:spots|stars)|"
      r"(?:nearly|almost)\s+(?:passed|blacked)\s+out|(?:blacked|passed)\s+out\b",
      _WHY["strangulation"], thing_agent=False, weak=True,
      not_after=r"(?:[^.!?;]{0,30}?\b(?:drunk|drinking|pints|heat|sun|gym|blood\s+test|needle|exam|hungover))"),

# ---- weapons
_rule("weapon", r"(?:held|holding|holds|hold|pointed|pointing|points|point|waved|waving|waves|pulled|pulls|pulling|"
      r"put|puts|pressed|presses|raised|came\s+at\s+me\s+with|came\s+at\s+(?:him|her)\s+with|threatened\s+"
      r"(?:me|him|her)\s+with|stood\s+over\s+me\s+with)\s+(?:a|the|his|her|my|our)?\s*(?:\w+\s+)?(?:knife|knives|"
      r"gun|rifle|shotgun|pistol|blade|hammer|machete|axe|bat|screwdriver|scissors|weapon|crowbar|cleaver|"
      r"bottle|lighter)\b[^.!?;]{0,30}?(?:\b(?:at|to|against|in|on|over|near|towards)\s+(?:me|my|him|her|his|"
      r"us|the\s+kids)\b|\bin\s+my\s+face)", _WHY["weapon"], thing_agent=False),
_rule("weapon", r"(?:knife|knives|gun|rifle|shotgun|pistol|blade|hammer|machete|axe|scissors|weapon)\s+(?:to|at|"
      r"against|in)\s+(?:my|me|her|him|his)\s*(?:throat|neck|head|face|stomach|chest|back|side)?\b|"
      r"(?:pulled|pulls|drew|draws)\s+(?:a|the|his|her)\s+(?:knife|gun|blade|weapon)\s+on\s+(?:me|him|her|us)|"
      r"came\s+at\s+(?:me|him|her|us)\s+with\s+(?:a|the|his|her)\s+\w+",
      _WHY["weapon"], thing_agent=False,
      not_after=r"(?:[^.!?;]{0,20}?\b(?:sharpen\w*|class|course|lesson|chopping|carv(?:e|ing)\s+the))"),
_rule("weapon", r"(?:bought|got|keeps|keeping|has|brought|carries|carrying|sleeps\s+with|slept\s+with|left)\s+"
      r"(?:a|the|his|her)\s+(?:\w+\s+)?(?:gun|rifle|shotgun|pistol|machete|knife|blade)\b[^.!?;]{0,60}?\b(?:since\s+"
      r"(?:i|we)|after\s+(?:i|we)|bedside|pillow|mattress|separate|divorce|so\s+i\s+know|when\s+we\s+(?:argue|"
      r"fight|row))", _WHY["weapon"], thing_agent=False, weak=True,
      not_after=r"(?:[^.!?;]{0,20}?\b(?:locked|cabinet|licen[cs]e|farm|hunting\s+season|club|range))"),

# ---- monitoring and stalking
_rule("monitoring", r"(?:tracks?|tracking|tracked|monitors?|monitoring|monitored)\s+(?:my|me|her|him)\b"
      r"(?!\s+(?:steps|sleep|runs?|running|workouts?|fitness|calories|heart|periods?|cycle|parcel|order|delivery|"
      r"spending|money|budget|progress|habits|mood|weight|food|time|hours|expenses|own))|"
      r"(?:tracker|airtag|air\s+tag|tile|gps|spyware|tracking\s+app|stalkerware)\s+(?:\w+\s+){0,2}?(?:on|in|under|"
      r"to|onto|inside)\s+(?:my|her|his|the)\s+(?:car|phone|bag|coat|keys|handbag|seat)|(?:makes|made|make|forces|"
      r"forced)\s+me\s+(?:to\s+)?(?:share|send|leave|keep|turn\s+on)\s+(?:my\s+)?(?:location|photos?|pictures?|"
      r"screenshots?|live\s+location)|not\s+allowed\s+(?:a|to\s+have\s+a|to\s+use\s+a)\s+(?:passcode|password|"
      r"lock|pin)|(?:logged|logs|logging|hacked|hacks|broke)\s+into\s+my\s+(?:email|account|phone|facebook|"
      r"instagram|whatsapp|icloud|bank)|(?:has|knows|demands|demanded|took|takes|wants)\s+(?:all\s+)?(?:of\s+)?"
      r"my\s+(?:passwords|passcodes|logins)|(?:app|software)\s+on\s+my\s+phone\s+(?:that\s+)?i\s+(?:didn't|didnt|"
      r"never)\s+(?:install|put)", _WHY["monitoring"], thing_agent=False, self_agent=False),
_rule("monitoring", r"(?:reads?|reading|read|goes\s+through|went\s+through|going\s+through|checks?|checking|checked|"
      r"screenshots?|listens\s+to)\s+(?:all\s+)?(?:of\s+)?my\s+(?:messages|texts|phone|emails?|whatsapps?|dms|"
      r"diary|chats|call\s+log|voice\s+notes|mileage|browser\s+history|search\s+history)",
      _WHY["monitoring"], thing_agent=False, self_agent=False, weak=True,
      not_before=r"(?:\bi(?:'m|\s+am|\s+was|\s+kept|\s+keep|\s+stopped|\s+stop|\s+kept\s+on)?(?:\s+\w+ly)?|"
                 r"\b(?:without|instead\s+of|stop|stopped|avoid|avoided|avoiding|not|never|no\s+more))",
      not_after=r"(?:[^.!?;]{0,30}?\b(?:recipe|weather|score|directions|map|out\s+loud|for\s+me|asked|because\s+i))"),
_rule("stalking", r"(?:follows?|followed|following)\s+me\s+(?:to|home|around|everywhere|from|into|when)|"
      r"(?:barring|restraining|protection|protective|non-molestation|no-contact|no\s+contact)\s+order|"
      r"won't\s+leave\s+me\s+alone|wont\s+leave\s+me\s+alone|(?:new|different|fake|another|other|burner)\s+"
      r"(?:numbers?|accounts?|profiles?)\b[^.!?;]{0,40}?\b(?:follow|contact|message|text|ring|call|reach|watch)\w*\s+me|"
      r"(?:\d{2,}|dozens\s+of|loads\s+of|hundreds\s+of)\s+(?:missed\s+)?(?:calls|texts|messages)",
      _WHY["stalking"], thing_agent=False),
_rule("stalking", r"(?:stalk|stalks|stalked|stalking|stalker)\b", _WHY["stalking"], thing_agent=False, weak=True,
      not_after=r"(?:song|film|movie|podcast|book|series|show|documentary)"),
_rule("stalking", r"(?:turn(?:s|ed|ing)?\s+up|shows?\s+up|showed\s+up|waits?|waited|waiting|sat|sits|sitting|parks?|"
      r"parked|parking|drives?\s+past|drove\s+past|driving\s+past|walks?\s+past|walked\s+past|hangs?\s+around|"
      r"hung\s+around)\s+(?:\w+\s+){0,4}?(?:outside|at|by|near|across\s+from|round)\s+(?:my|the)\s+(?:work|office|"
      r"flat|house|place|mum'?s|mam'?s|mom'?s|school|gym|door|new\s+place|job|street|road)\b[^.!?;]{0,60}?"
      r"\b(?:since|after|even\s+though|again|every|keeps|hours|blocked|split|broke\s+up|left|moved|uninvited|"
      r"never\s+told|didn't\s+tell|no\s+contact|watching|staring)",
      _WHY["stalking"], thing_agent=False, weak=True,
      not_after=r"(?:[^.!?;]{0,40}?\b(?:as\s+agreed|like\s+we\s+agreed|i\s+asked|surprise|lunch|to\s+walk\s+me))"),

# ---- isolation and control
_rule("isolation", r"(?:made|makes|make|forced|forces)\s+me\s+(?:delete|block|unfriend|stop\s+seeing|cut\s+off|give\s+"
      r"up\s+(?:my|seeing))|(?:cut|cuts|cutting)\s+me\s+off\s+from|(?:not|never)\s+allowed\s+(?:out|to\s+see|to\s+"
      r"go\s+out|to\s+talk|to\s+speak|to\s+ring|to\s+call|to\s+visit|to\s+have\s+friends)|"
      r"(?:won't|wont|doesn't|doesnt|never|wouldn't)\s+let\s+me\s+(?:see|go\s+out|talk\s+to|speak\s+to|visit|ring|"
      r"call|have)\s+(?:my|any|anyone|friends|family)|(?:answers|reads|screens)\s+(?:my|her|his)\s+(?:phone|calls)\s+"
      r"for\s+(?:me|her|him)", _WHY["isolation"], thing_agent=False),
_rule("coercion", r"(?:account|answer)\s+for\s+every\s+(?:minute|penny|hour|cent|pound|euro)|(?:have|had|need)\s+to\s+"
      r"ask\s+(?:him|her|them)?\s*(?:for\s+)?(?:permission|money|cash)\s+(?:to|for|before)|(?:not|never)\s+allowed\s+"
      r"to\s+(?:eat|sleep|spend|buy|wear|leave|drive|work|study)|(?:takes|took|keeps|kept|has)\s+(?:my|all\s+my|her|"
      r"his)\s+(?:whole\s+|entire\s+)?(?:wage|wages|pay|salary|payslip|paycheck|money|bank\s+cards?|cards?|passport|"
      r"visa|papers)\b|(?:checks|questions|goes\s+through)\s+every\s+(?:receipt|purchase|penny|transaction|"
      r"bank\s+statement)|(?:put|puts|took|takes|taken)\s+(?:out\s+)?(?:a|the)?\s*(?:loans?|debts?|credit\s+cards?|"
      r"mortgage)\s+(?:out\s+)?in\s+my\s+name|(?:cuts?|cut)\s+up\s+my\s+(?:bank\s+)?cards?|"
      r"(?:makes|made|make)\s+(?:me|her|him)\s+beg\b",
      _WHY["coercion"], thing_agent=False, self_agent=False),
_rule("coercion", r"(?:decides?|decided|chooses|chose|picks|controls?|controlled)\s+what\s+i\s+(?:wear|eat|do|say|"
      r"spend|buy|watch)|(?:punish\w*)\s+me\b|(?:won't|wont)\s+let\s+me\s+(?:sleep|eat)\b",
      _WHY["coercion"], thing_agent=False, weak=True),

# ---- sex without consent
_rule("sexual", r"(?:said|say|saying|told\s+(?:him|her|them))\s+(?:no|stop)\b[^.!?;]{0,20}?\b(?:and|but)\s+(?:he|she|"
      r"they)\s+(?:didn't|did\s+not|wouldn't|won't|kept|carried|just|still|did\s+it\s+anyway)|"
      r"(?:didn't|did\s+not|wouldn't|won't|doesn't|does\s+not|never)\s+stop\s+when\s+i\s+(?:said|told|asked|"
      r"begged|cried)|(?:owe|owed|owes)\s+(?:him|her|them)\s+(?:sex|it)\b|"
      r"(?:nudes|intimate\s+(?:photos|pictures|images|videos)|naked\s+(?:photos|pictures|pics)|sex\s+tape)\b|"
      r"(?:send|sends|sent|share|shares|shared|show|shows|showed|post|posts|posted)\s+(?:my\s+)?(?:pics|photos|"
      r"pictures|videos)\s+of\s+me\b[^.!?;]{0,30}?(?:never\s+agreed|didn't\s+agree|without\s+asking|mates|friends)|"
      r"(?:having\s+sex\s+with\s+me|had\s+sex\s+with\s+me|on\s+top\s+of\s+me)\s+(?:while|when|before)\s+i\s+(?:was\s+)?"
      r"(?:asleep|sleeping|woke|passed\s+out|drunk|unconscious)|(?:woke|wake)\s+up\s+(?:and|to)\s+(?:him|her)\s+"
      r"(?:already\s+)?(?:having\s+sex|on\s+top|touching)|filmed\s+(?:us|me)\b[^.!?;]{0,20}?(?:without|didn't|"
      r"never)|(?:won't|wont|doesn't|doesnt)\s+take\s+no\s+for\s+an\s+answer\s+in\s+bed|"
      r"(?:go|goes|went|going)\s+along\s+with\s+(?:it|sex)\s+(?:so|to|because)",
      _WHY["sexual"], thing_agent=False, negatable=False),

# ---- the person writing caused the harm
_rule("caused_harm", r"(?:she|he|they)(?:'s|\s+is|\s+was|s|\s+has\s+been|'s\s+been|\s+gets|\s+got)\s+(?:\w+\s+)?"
      r"(?:scared|afraid|terrified|frightened|petrified)\s+of\s+me\b|(?:i|i've)\s+(?:\w+\s+)?(?:scared|frightened|"
      r"terrified)\s+(?:her|him|them|my\s+(?:wife|husband|partner|girlfriend|boyfriend)|the\s+kids)\b"
      r"(?!\s+(?:with\s+(?:a|the|my)\s+(?:mask|costume|story|prank)|on\s+halloween|by\s+(?:jumping|hiding)))|"
      r"(?:flinch\w*|jumps|cowers|shrinks)\s+(?:\w+\s+)?(?:when|whenever|if|every\s+time)\s+i\b|"
      r"(?:someone|a\s+person)\s+my\s+(?:wife|husband|partner|girlfriend|boyfriend)\s+is\s+(?:scared|afraid)\s+of",
      _WHY["caused_harm"], thing_agent=False, negatable=False),

# ---- things broken, pets hurt, and driving to frighten
_rule("property_intimidation", r"(?:smash\w*|broke|breaks|breaking|threw|throws|throwing|ripped|rips|tore|tears|"
      r"wreck\w*|destroy\w*|bleach\w*|stamped\s+on|stamps\s+on|cut\s+up|snapped|binned|burn\w*)\s+(?:up\s+)?(?:all\s+)?"
      r"(?:of\s+)?my\s+(?:phone|things|stuff|clothes|glasses|laptop|guitar|car|certificates|photos|belongings|"
      r"books|jewellery|jewelry|passport|tablet|ipad|keys|plants|paintings|records)",
      _WHY["property_intimidation"], thing_agent=False, self_agent=False,
      not_after=r"(?:[^.!?;]{0,30}?\b(?:by\s+accident|accidentally|dropping|dropped|oops|charity|recycling|"
                r"clear(?:ing)?\s+out))"),
_rule("property_intimidation", r"(?:kick\w*|hurt|hit|hits|threw|throws|throwing|strangl\w*|chok\w*|punch\w*|drown\w*|"
      r"stamp\w*\s+on|stomp\w*\s+on)\s+(?:the|my|our|her|his)\s+(?:cat|dog|puppy|kitten|pet|rabbit|bird)\b"
      r"(?!\s+(?:a\s+ball|a\s+treat|the\s+ball|a\s+stick|toys?))", _WHY["property_intimidation"],
      thing_agent=False),
_rule("property_intimidation", r"(?:drove|driving|drives|drive|speeding|sped)\s+(?:\w+\s+){0,4}?(?:fast|at\s+\d+|"
      r"like\s+a\s+maniac|recklessly|dangerously)\b[^.!?;]{0,60}?\b(?:scare|frighten|teach\s+me|punish|screaming|"
      r"begging|to\s+make\s+a\s+point)|(?:grab|grabbed|yank\w*|pull\w*)\s+the\s+(?:steering\s+)?wheel",
      _WHY["property_intimidation"], thing_agent=False),
]


# Trigger words, one tuple per rule of _DANGER_RULES and in the same order: every string
# a rule's pattern can match contains one of its words (in `_triggers_text` of the text),
# so a rule is only compiled and run on a text holding one of them. Generated from the
# patterns, and proved to cover them, by tests/test_guidance_prefilter.py; after changing
# a rule, run `python tests/test_guidance_prefilter.py` and paste its table here.
_DANGER_TRIGGERS: tuple[tuple[tuple[str, ...], ...], ...] = (
    # 0 suicide
    (('suicid',),),
    # 1 suicide
    ((' ending', ' life', ' not being alive', ' not being around', ' not being here', 'end it all',
     'ended it all', 'ending it all', 'eself', 'y self', 'yself'),),
    # 2 suicide
    ((' alive', ' around', ' born', ' disappear', ' for good', ' forever', ' here', ' not wake up',
     ' stop existing', 'be dead', 'die', 'i was dead', 'i were dead'), ('anna', 'ant', 'ish'),),
    # 3 suicide
    ((' burden ', ' dead', ' if i died', ' if i disappeared', ' if i was', ' if i were', ' life itself',
     ' living', ' point ', ' reason ', ' wake ', ' without me', 'be around', 'be here', 'disappear ', 'exist',
     'goodbye ', 'live', 'no one ', 'nobody ', 'noone ', 'suicide ', 'wake up'),),
    # 4 suicide
    ((' bridge', ' cliff', ' lorry', ' medication', ' meds', ' overdose', ' pills', ' river', ' tablets',
     ' tree', ' truck', ' wall', 'alive ', 'around ', 'car running in the garage',
     'engine running in the garage', 'enough ', 'here ', 'how many ', 'in the garage with the engine running',
     'jump ', 'jumping ', 'throw myself '),),
    # 5 suicide
    ((' alive', ' antidepressants', ' around', ' be dead ', ' born', ' die ', ' exist', ' here', ' live ',
     ' medication', ' meds', ' painkillers', ' pills', ' point ', ' tablets', 'a plan and a date',
     'better off ', "cause i'm gone", "cos i'm gone", "coz i'm gone", 'easier ', 'happier ',
     "i'll be gone before", "i'll be gone by", 'ill be gone before', 'ill be gone by'),),
    # 6 suicide
    ((' death', ' died', ' disappeared', ' dying', ' for ever', ' for good', ' for long', ' forever',
     ' herself', ' herselves', ' himself', ' himselves', ' life', ' longer', ' medication ', ' meds ',
     ' my funeral', ' my own funeral', ' myself', ' myselves', ' not existing', ' permanently', ' pills ',
     ' point ', ' suicide', ' tablets ', ' themself', ' themselves', ' wake ', ' was dead', ' was gone',
     ' were dead', ' were gone', ' worth ', 'be here', "don't know if ", 'dont know if ', 'doubt ', 'end it',
     'everyone will ', 'googl', 'live', 'look up', 'looked up', 'looking up', 'meds saved up', 'noose',
     'not sure ', 'pills saved up', "planning how i'd die", "planning how i'd do it", 'planning how id die',
     'planning how id do it', 'search', 'step ', 'stepped ', 'stepping ', 'suicide attempt',
     'tablets saved up', "they'd ", "they'll ", 'walk ', 'walking ', 'you will ', "you'd ", "you'll "),),
    # 7 suicide
    ((' go on ', ' goodbye ', ' live ', ' living ', 'rope ', 'want everything to end',
     'want everything to stop', 'want it all to end', 'want it all to stop', 'wish everything to end',
     'wish everything to stop', 'wish it all to end', 'wish it all to stop'),),
    # 8 self_harm
    ((' arm ', ' arms ', ' hand ', ' hands ', ' head ', ' wrist ', ' wrists ', 'burning ', 'cutting ',
     'deliberately', 'harming ', 'hurting ', 'on purpose', 'scratch', 'starving ', 'to feel something',
     'urge to burn', 'urge to cut', 'urge to harm myself', 'urge to hurt myself', 'urge to self'),),
    # 9 self_harm
    (('my arms are a mess',),),
    # 10 suicide
    ((' belongings ', ' bridge', ' edge', ' future', ' possessions ', ' roof', ' stuff ', ' things ',
     'done with everything', 'done with it all', 'done with life', 'done with living', 'railway line',
     'tallest ', 'train tracks', 'waste of oxygen', 'waste of space', 'writing ', 'written ', 'wrote '),),
    # 11 suicide
    (('overdos',),),
    # 12 suicide
    ((' herself', ' himself', ' life', ' themself'),),
    # 13 suicide
    (('any more', 'anymore', 'much longer'),),
    # 14 self_harm
    ((' meself', ' my self', ' myself'), ('bang', 'bit', 'burn', 'cut', 'harm', 'hit', 'hurt', 'punish',
     'scratch', 'starv'),),
    # 15 self_harm
    ((' arm ', ' arms ', ' burning', ' cutting', ' hair ', ' head ', ' hurting myself', ' leg ', ' legs ',
     ' nails ', ' painkillers ', ' paracetamol ', ' pills ', ' tablets ', ' wrist ', ' wrists ', 'burned ',
     'burning ', 'burnt ', 'cut ', 'cutting ', 'harm', 'into my', 'relapsed ', 'scarring ', 'scratched ',
     'scratching '),),
    # 16 self_harm
    ((' burns ', ' cuts ', ' marks ', ' scars ', 'razor '),),
    # 17 children
    (('threat',), ('babies', 'baby', 'child', 'custody', 'daughter', 'kid', 'little one', 'son', 'toddler'),),
    # 18 children
    (('never ',), (' see ',),),
    # 19 children
    (('take ',), (' from ',),),
    # 20 children
    ((' custody', 'lose ', 'losing ', 'take '), ('said', 'saying', 'says', 'screamed', 'shouted', 'swears',
     'swore', 'tells me', 'texted', 'threaten', 'told me', 'warn'),),
    # 21 children
    ((' against', ' hate', ' never see', ' never speak to', ' never talk to'), ('made', 'make', 'making',
     'turn'),),
    # 22 children
    (('abused ', 'abuses ', 'harmed ', 'harms ', 'hurt ', 'hurts ', 'injured ', 'injures '), (' babies',
     ' baby', ' child', ' daughter', ' kid', ' little one', ' son', ' toddler'),),
    # 23 children
    ((' against', ' to control', ' to get at', ' to hurt', ' to punish'), ('use ', 'used ', 'uses ',
     'using '),),
    # 24 money_control
    (('control ', 'controlled ', 'controlling ', 'controls '), (' account', ' card', ' finances', ' money',
     ' spending'),),
    # 25 money_control
    (('control ', 'controlled ', 'controlling ', 'controls '), (' bank account', ' card', ' finances',
     ' money', ' pay', ' salary', ' savings', ' spending', ' wages'),),
    # 26 money_control
    ((' allowance', ' pocket money'),),
    # 27 money_control
    ((' benefits', ' card', ' earnings', ' income', ' pay', ' pension', ' salary', ' savings', ' wage'),
     ('confiscated ', 'confiscates ', 'held ', 'holds ', 'keeps ', 'kept ', 'taken ', 'takes ', 'taking ',
     'took '),),
    # 28 money_control
    ((' give her ', ' give him ', ' give them ', ' hand over '),),
    # 29 money_control
    ((' birth certificate', ' documents', ' green card', ' id', ' papers', ' passport', ' permit', ' visa'),
     ('burned', 'burnt', 'confiscated', 'confiscates', 'destroyed', 'destroys', 'held', 'hid', 'holding',
     'holds', 'keeping', 'keeps', 'kept', 'locked away', 'locked up', 'locks away', 'locks up', 'ripped up',
     'taken', 'takes', 'taking', 'took', 'tore up'),),
    # 30 money_control
    ((' documents', ' id', ' papers', ' passport', ' visa'), (' give ', ' let '),),
    # 31 money_control
    ((' border control ', ' border force ', ' border patrol ', ' deported', ' ice ', ' immigration ',
     ' sponsorship', ' the home office ', ' visa'),),
    # 32 money_control
    ((' access ',),),
    # 33 money_control
    ((' name',), (' in ',),),
    # 34 money_control
    ((' give ', ' let '), (' account', ' card', ' money', ' pin'), (' her ', ' him ', ' me '),),
    # 35 money_control
    ((' a daily allowance', ' a monthly allowance', ' a small allowance', ' a tiny allowance',
     ' a weekly allowance', ' an allowance'), ('i am given ', 'i am on ', 'i get ', 'i got ', 'i receive ',
     'i was given ', "i'm given ", "i'm on "),),
    # 36 money_control
    ((' accounts', ' cards', ' cash', ' money'), ('has ', 'held ', 'holds ', 'keeps ', 'kept ', 'takes ',
     'took '),),
    # 37 money_control
    ((' cent ', ' dollar ', ' euro ', ' penny ', ' pound ', ' purchase ', ' receipt '), (' every ',),),
    # 38 money_control
    ((' back ',), (' card', ' documents', ' id', ' papers', ' passport', ' phone', ' visa'), ('get ', 'give ',
     'hand ', 'have '),),
    # 39 money_control
    ((' let ',), (' account', ' card', ' cash', ' finances', ' money', ' salary', ' savings', ' statements',
     ' wages'), (' her ', ' him ', ' me '),),
    # 40 money_control
    ((' name', 'opened ', 'opens ', 'ran up ', 'run up ', 'running up ', 'runs up '),),
    # 41 money_control
    ((' beg ', 'made ', 'makes '),),
    # 42 money_control
    (('had to ask ', 'has to ask ', 'have to ask '),),
    # 43 money_control
    ((' papers ', ' permit ', ' visa '),),
    # 44 fear_of_partner
    (('afraid of ', 'fearful of ', 'frightened of ', 'petrified of ', 'scared of ', 'terrified of '),
     (' anger', ' fists', ' he could ', ' he is going to ', ' he may ', ' he might ', ' he will ',
     ' he would ', " he'd ", " he'll ", " he's going to ", ' outbursts', ' rage', ' she could ',
     ' she is going to ', ' she may ', ' she might ', ' she will ', ' she would ', " she'd ", " she'll ",
     " she's going to ", ' temper', ' they could ', ' they is going to ', ' they may ', ' they might ',
     ' they will ', ' they would ', " they'd ", " they'll ", " they's going to ", ' violence', 'her', 'him',
     'my '),),
    # 45 fear_of_partner
    ((' fear', ' he could ', ' he is going to ', ' he may ', ' he might ', ' he will ', ' he would ', " he'd ",
     " he'll ", " he's going to ", ' she could ', ' she is going to ', ' she may ', ' she might ',
     ' she will ', ' she would ', " she'd ", " she'll ", " she's going to ", ' they could ',
     ' they is going to ', ' they may ', ' they might ', ' they will ', ' they would ', " they'd ",
     " they'll ", " they's going to ", 'on edge ', 'walking on eggshells '),),
    # 46 fear_of_partner
    ((' happened ', ' he did ', ' she did ', ' they did ', 'disagree with her', 'disagree with him',
     'disagree with them', 'refuse ', 'say no', 'tell her no', 'tell him no', 'tell them no'),),
    # 47 fear_of_partner
    (('flinch ', 'flinched ', 'flinches ', 'flinching '), ('came', 'come', 'get angry', 'get close',
     'get near', 'get up', 'gets angry', 'gets close', 'gets near', 'gets up', 'goes', 'got angry',
     'got close', 'got near', 'got up', 'lift', 'move', 'put', 'raise', 'reache', 'shout', 'slam', 'stand',
     'stood', 'touch', 'walk', 'went', 'yell'),),
    # 48 fear_of_partner
    ((' life', ' lives', ' safety'),),
    # 49 fear_of_partner
    ((' alone ', ' at home ', ' leave ', 'afraid ', 'fearful ', 'frightened ', 'petrified ', 'scared ',
     'terrified '),),
    # 50 fear_of_partner
    ((' he are going to ', ' he is going to ', ' he is gonna ', ' he was going to ', ' he was gonna ',
     ' he were going to ', ' he will ', ' he would ', " he'd ", " he'll ", " he's going to ", " he's gonna ",
     ' she are going to ', ' she is going to ', ' she is gonna ', ' she was going to ', ' she was gonna ',
     ' she were going to ', ' she will ', ' she would ', " she'd ", " she'll ", " she's going to ",
     " she's gonna ", ' they are going to ', ' they is going to ', ' they is gonna ', ' they was going to ',
     ' they was gonna ', ' they were going to ', ' they will ', ' they would ', " they'd ", " they'll ",
     " they's going to ", " they's gonna "), (' attack ', ' beat ', ' choke ', ' harm ', ' hit ', ' hurt ',
     ' kill ', ' strangle '),),
    # 51 fear_of_partner
    ((' safe ', ' unsafe '),),
    # 52 threat
    (('threaten ', 'threatened ', 'threatening ', 'threatens '),),
    # 53 threat
    (('threaten',),),
    # 54 threat
    (('death threat', 'made me threats', 'made threats', 'made us threats', 'make me threats', 'make threats',
     'make us threats', 'makes me threats', 'makes threats', 'makes us threats', 'making me threats',
     'making threats', 'making us threats', 'send me threats', 'send threats', 'send us threats',
     'sending me threats', 'sending threats', 'sending us threats', 'sends me threats', 'sends threats',
     'sends us threats', 'sent me threats', 'sent threats', 'sent us threats', 'threat against me',
     'threat against my', 'threat against the kids', 'threat of violence', 'threat to hurt', 'threat to kill',
     'threats against me', 'threats against my', 'threats against the kids', 'threats of violence',
     'threats to hurt', 'threats to kill'),),
    # 55 threat
    (('he are going to ', 'he is going to ', 'he is gonna ', 'he was going to ', 'he was gonna ',
     'he were going to ', 'he will ', 'he would ', "he'd ", "he'll ", "he's going to ", "he's gonna ",
     'they are going to ', 'they is going to ', 'they is gonna ', 'they was going to ', 'they was gonna ',
     'they were going to ', 'they will ', 'they would ', "they'd ", "they'll ", "they's going to ",
     "they's gonna "), (' beat ', ' burn ', ' choke ', ' hit ', ' hurt ', ' kill ', ' shoot ', ' stab ',
     ' strangle '),),
    # 56 threat
    (('he are going to ', 'he is going to ', 'he is gonna ', 'he was going to ', 'he was gonna ',
     'he were going to ', 'he will ', 'he would ', "he'd ", "he'll ", "he's going to ", "he's gonna ",
     'they are going to ', 'they is going to ', 'they is gonna ', 'they was going to ', 'they was gonna ',
     'they were going to ', 'they will ', 'they would ', "they'd ", "they'll ", "they's going to ",
     "they's gonna "), (' break ', ' smash '),),
    # 57 threat
    ((' burn ', ' set fire to ', 'with me in it', 'with me still in it', 'with the children in it',
     'with the children still in it', 'with the kids in it', 'with the kids still in it', 'with us in it',
     'with us still in it'),),
    # 58 threat
    ((' life ', ' wherever', 'come after her', 'come after him', 'come after me', 'come after you', 'destroy ',
     'harm ', 'hurt ', 'kill ', 'ruin '), (' break up', ' broke up', ' call', ' divorce', ' go', ' leave',
     ' left', ' move out', ' moved out', ' report', ' tell', ' told', ' went'), ('if ',),),
    # 59 threat
    ((' a coffin', ' a grave', ' a wheelchair', ' an early grave', ' anywhere', ' hospital',
     ' no matter where', ' the ground', ' wherever', 'he are going to ', 'he is going to ', 'he is gonna ',
     'he was going to ', 'he was gonna ', 'he were going to ', 'he will ', 'he would ', "he'd ", "he'll ",
     "he's going to ", "he's gonna ", 'hunt me down', 'hunt you down', 'six feet under', 'they are going to ',
     'they is going to ', 'they is gonna ', 'they was going to ', 'they was gonna ', 'they were going to ',
     'they will ', 'they would ', "they'd ", "they'll ", "they's going to ", "they's gonna ", 'track me down',
     'track you down'),),
    # 60 threat
    ((' arrested on lies', ' beaten up', ' committed', ' hurt', ' killed', ' sectioned', 'axe', 'bat', 'gun',
     'hammer', 'knife', 'machete', 'weapon'),),
    # 61 threat
    ((' dead ', ' disappear', 'burn ', 'cut up ', 'destroy ', 'or else', 'rip up ', 'smash ', 'trash ',
     'wreck '),),
    # 62 threat
    ((' blade', ' gun', ' knife', ' pistol', ' rifle', ' weapon'),),
    # 63 threat
    (('destroy', 'end it all', 'harm', 'hurt', 'kill', 'make me pay', 'make you pay', 'never see', 'ruin'),
     (' break up', ' broke up', ' go', ' leave', ' left', ' went'), ('if ',),),
    # 64 threat
    ((' a friend', ' anybody', ' anyone', ' my family', ' my friends', ' someone', ' the cops', ' the police',
     ' your family'), ('destroy', 'harm', 'hurt', 'kill', 'make me pay', 'make you pay', 'never see', 'ruin'),
     ('if ',),),
    # 65 threat
    ((' fist ', ' fists ', ' hand '), ('raise ', 'raised ', 'raises ', 'raising '),),
    # 66 threat
    ((' gun', ' knife', ' weapon', 'blade ', 'came at her with', 'came at him with', 'came at me with',
     'came at them with', 'came at us with', 'gun ', 'knife ', 'weapon '),),
    # 67 threat
    ((' hole ', 'door down', 'door in', 'doors down', 'doors in', 'punched ', 'punches ', 'punching ',
     'put a fist through ', 'put a fists through ', 'put her fist through ', 'put her fists through ',
     'put his fist through ', 'put his fists through ', 'put their fist through ',
     'put their fists through '),),
    # 68 threat
    (('destroyed ', 'destroying ', 'destroys ', 'ripped up ', 'smashed ', 'smashes ', 'smashing ',
     'tore up '),),
    # 69 threat
    ((' across the kitchen', ' across the room', ' against the wall', ' around', ' at the wall', ' everywhere',
     ' on the floor'), ('bottle', 'chair', 'cup', 'dishes', 'furniture', 'glass', 'lamp', 'mug', 'phone',
     'plate', 'remote', 'stuff', 'things', 'vase'),),
    # 70 physical
    (('chucked ', 'chucks ', 'flings ', 'flung ', 'hurled ', 'hurls ', 'threw ', 'throwing ', 'thrown ',
     'throws '), ('at ',),),
    # 71 physical
    (('assault', 'bit', 'choke', 'choking', 'headbutt', 'punch', 'restrain', 'scratch', 'shakes', 'shaking',
     'shook', 'shove', 'shoving', 'slap', 'smack', 'strangle', 'strangling', 'throttle', 'throttling',
     'whack'),),
    # 72 physical
    (('kick ', 'kicked ', 'kicking ', 'kicks '),),
    # 73 physical
    (('hit ', 'hits ', 'hitting '),),
    # 74 physical
    (('beat ', 'beaten ', 'beating ', 'beats '),),
    # 75 physical
    (('push ', 'pushed ', 'pushes ', 'pushing ', 'shove ', 'shoved ', 'shoves ', 'shoving ', 'slammed ',
     'slamming ', 'slams ', 'threw ', 'throwing ', 'throws '),),
    # 76 physical
    (('grab ', 'grabbed ', 'grabbing ', 'grabs '),),
    # 77 physical
    (('grab', 'pinch', 'pulled', 'pulling', 'pulls', 'squeeze', 'squeezing', 'twist', 'yank'), (' arm',
     ' back', ' chest', ' collar', ' face', ' hair', ' head', ' jaw', ' leg', ' lip', ' mouth', ' neck',
     ' nose', ' rib', ' shirt', ' shoulder', ' throat', ' wrist'),),
    # 78 physical
    (('bang', 'bit', 'burn', 'choke', 'choking', 'headbutt', 'hit', 'kick', 'kneed', 'kneeing', 'knees',
     'punch', 'scratch', 'slam', 'slap', 'smash', 'squeeze', 'squeezing', 'stamp on', 'stamped on',
     'stamping on', 'stamps on', 'stomp on', 'stomped on', 'stomping on', 'stomps on', 'strangle',
     'strangling'), (' arm', ' back', ' chest', ' collar', ' face', ' hair', ' head', ' jaw', ' leg', ' lip',
     ' mouth', ' neck', ' nose', ' rib', ' shirt', ' shoulder', ' throat', ' wrist'), (' my ', ' your '),),
    # 79 physical
    (('bang', 'bit', 'burn', 'choke', 'choking', 'headbutt', 'hit', 'kick', 'kneed', 'kneeing', 'knees',
     'punch', 'scratch', 'slam', 'slap', 'smash', 'squeeze', 'squeezing', 'stamp on', 'stamped on',
     'stamping on', 'stamps on', 'stomp on', 'stomped on', 'stomping on', 'stomps on', 'strangle',
     'strangling'), (' her ',), (' arm', ' back', ' chest', ' collar', ' face', ' hair', ' head', ' jaw',
     ' leg', ' lip', ' mouth', ' neck', ' nose', ' rib', ' shirt', ' shoulder', ' throat', ' wrist'),),
    # 80 physical
    ((' his ',), (' arm', ' back', ' chest', ' collar', ' face', ' hair', ' head', ' jaw', ' leg', ' lip',
     ' mouth', ' neck', ' nose', ' rib', ' shirt', ' shoulder', ' throat', ' wrist'),),
    # 81 physical
    ((' their ',),),
    # 82 physical
    (('attack', 'came at', 'comes at', 'goes for', 'lunged at', 'lunges at', 'went for'), (' asleep',
     ' sleeping', 'from behind', 'in her sleep', 'in his sleep', 'in my sleep', 'in their sleep', 'physically',
     'with '),),
    # 83 physical
    (('kick ', 'kicked ', 'kicking ', 'kicks ', 'knock ', 'knocked ', 'knocking ', 'knocks ', 'push ',
     'pushed ', 'pushes ', 'pushing ', 'rough ', 'roughed ', 'roughing ', 'roughs ', 'shove ', 'shoved ',
     'shoves ', 'shoving ', 'slap ', 'slapped ', 'slapping ', 'slaps ', 'threw ', 'throw ', 'throwing ',
     'throws '),),
    # 84 physical
    ((' belly', ' chest', ' eye', ' face', ' groin', ' gut', ' head', ' jaw', ' kidneys', ' mouth', ' neck',
     ' nose', ' ribs', ' stomach', ' teeth', ' throat'), (' in ',), (' the ',),),
    # 85 physical
    (('black eye', 'bruise', 'cut', 'marks', 'scratches', 'split lip', 'welts'), ('beat', 'bit', 'choked',
     'dragged', 'grabbed', 'held', 'hit', 'hurt', 'kicked', 'pinned', 'punched', 'pushed', 'shoved', 'slapped',
     'squeezed', 'threw', 'twisted'),),
    # 86 physical
    (('a cut on', 'a&e', 'bleed', 'blood', 'broken ', 'bruis', 'cuts on', 'emergency room', 'hospital',
     'injur', 'stitches'), ('hurt ',),),
    # 87 physical
    (('kneeling ', 'kneels ', 'knelt ', 'lay ', 'lies ', 'lying ', 'pinned ', 'pinning ', 'pins ', 'sat ',
     'sits ', 'sitting '), (' on ',),),
    # 88 physical
    (('flings ', 'flung ', 'pushed ', 'pushes ', 'shoved ', 'shoves ', 'slammed ', 'slams ', 'threw ',
     'throwing ', 'throws '), (' across ', ' against ', ' down ', ' into ', ' on ', ' onto ', ' out of bed ',
     ' to '),),
    # 89 physical
    ((' blacked ', ' blood', ' breathe', ' passed '),),
    # 90 physical
    (('violent',),),
    # 91 physical
    ((' mouth', ' neck', ' throat', 'choke hold', 'chokehold'),),
    # 92 physical
    (('held ', 'holding ', 'holds ', 'pinned ', 'pinning ', 'pins ', 'pushed ', 'pushes '), (' against',
     ' down', ' on the bed', ' on the floor', ' on the ground', ' to the bed', ' to the floor',
     ' to the ground', ' to the wall'),),
    # 93 physical
    ((' a bruise ', ' a mark ', ' black eye', ' bloody nose', ' bruises ', ' concussion', ' fat lip',
     ' marks ', ' scratches ', ' split lip'),),
    # 94 physical
    ((' physically', 'physically '),),
    # 95 physical
    (('broke ', 'bruised ', 'cut ', 'hurt ', 'hurts ', 'injured ', 'injures ', 'sprained ', 'twisted ',
     'twists '), (' my ',), (' arm', ' back', ' eye', ' face', ' finger', ' hand', ' head', ' jaw', ' leg',
     ' lip', ' neck', ' nose', ' rib', ' shoulder', ' wrist'),),
    # 96 physical
    ((' by ',), ('assaulted ', 'attacked ', 'beaten ', 'bitten ', 'burned ', 'burnt ', 'choked ', 'grabbed ',
     'headbutted ', 'hit ', 'kicked ', 'punched ', 'pushed ', 'raped ', 'shoved ', 'slapped ', 'smacked ',
     'strangled '),),
    # 97 physical
    (('dragged ',), (' across', ' along', ' by', ' down the corridor', ' down the hall', ' down the stairs',
     ' out of the car', ' out of the flat', ' out of the house', ' out of the room'),),
    # 98 physical
    (('spat ', 'spit ', 'spits ', 'spitting '),),
    # 99 physical
    ((' hand ', ' hands '), (' on ',),),
    # 100 physical
    (('burned ', 'burning ', 'burns ', 'burnt '),),
    # 101 coercion
    (('rape', 'sexual assault', 'sexually assault'),),
    # 102 coercion
    ((' herself ', ' himself ', ' themselves ', 'sex', 'things in bed'),),
    # 103 coercion
    ((' allowed ', 'chooses ', 'control ', 'controls ', 'decide ', 'decides ', 'dictates ', 'tells me '),),
    # 104 coercion
    ((' my location', ' photos', ' pictures', ' proof', ' videos', 'account for every cent',
     'account for every hour', 'account for every minute', 'account for every penny',
     'account for every second', 'banned', 'bans', 'forbade', 'forbid', "prove where i 'm",
     "prove where i 've been", 'prove where i am', 'prove where i have been', 'prove where i was'),),
    # 105 coercion
    (('spyware', 'stalk ', 'stalked ', 'stalking ', 'stalks ', 'tracker', 'tracking '),),
    # 106 coercion
    (('coerced', 'coerces', 'coercing', 'force', 'forcing'), (' into', ' to'),),
    # 107 coercion
    ((' let ',), (' call ', ' go out with ', ' have ', ' meet ', ' phone ', ' see ', ' speak to ', ' talk to ',
     ' text ', ' visit '), (' her ', ' him ', ' me ', ' us '),),
    # 108 coercion
    ((' let ',), (' get a job', ' have a job', ' have a phone', ' have my own account', ' have my own friends',
     ' have my own money', ' have my own phone', ' keep my job', ' work'), (' her ', ' him ', ' me '),),
    # 109 coercion
    ((' give up ', ' leave ', ' quit '), ('forced ', 'forces ', 'made ', 'makes '),),
    # 110 coercion
    (('permission ',),),
    # 111 coercion
    (('cut ', 'cuts ', 'cutting ', 'isolated ', 'isolates ', 'isolating '),),
    # 112 coercion
    ((' sleep ',), (' until',),),
    # 113 coercion
    (('locked ',), (' apartment', ' flat', ' home', ' house'),),
    # 114 coercion
    (('broke ', 'hid ', 'hidden ', 'hides ', 'smashed ', 'takes ', 'took '), (' phone',), ('call', 'contact',
     'get help', 'leave', 'reach'),),
    # 115 prevented_leaving
    ((' let ',), (' drive away', ' drive off', ' escape', ' get away', ' go', ' leave', ' out', ' walk away'),
     ("didn't ", "doesn't ", 'never ', 'refused to ', 'refuses to ', "won't ", "wouldn't "),),
    # 116 prevented_leaving
    (('blocked ', 'blocking ', 'blocks ', 'keeping ', 'keeps ', 'kept ', 'prevented ', 'preventing ',
     'prevents ', 'stopped ', 'stopping ', 'stops '), (' calling', ' escaping', ' getting away',
     ' getting out', ' going', ' leaving', ' phoning', ' running', ' walking out'),),
    # 117 prevented_leaving
    ((' door', ' exit', ' hallway', ' stairs', ' way out', 'locked ', 'locking ', 'locks '),),
    # 118 prevented_leaving
    ((' door', ' exit'), ('stand ', 'standing ', 'stands ', 'stood '),),
    # 119 prevented_leaving
    ((' attempt ', ' attempted ', ' get up ', ' go ', ' got up ', ' start ', ' started ', ' tried ', ' try ',
     ' want ', ' wanted ', ' went '), ('chased', 'chases', 'dragged', 'drags', 'followed', 'follows',
     'gets in front', 'got in front', 'grabbed', 'grabs', 'held', 'hid', 'holds', 'locked', 'locks', 'pulled',
     'pulls', 'pushed', 'pushes', 'sat', 'shoved', 'shoves', 'sits', 'stands', 'stood', 'takes', 'took',
     "won't", "wouldn't"), (' i ',),),
    # 120 prevented_leaving
    ((' door', 'keys', "so i can't", 'so i cannot', 'so i could not', "so i couldn't"),),
    # 121 prevented_leaving
    (('locked ',), (' in',),),
    # 122 prevented_leaving
    (("can't get anywhere", "can't go", 'cannot get anywhere', 'cannot go', 'could not get anywhere',
     'could not go', "couldn't get anywhere", "couldn't go", 'drive away', 'escape', 'get away', 'get out',
     'go anywhere', 'leave', 'no way to get', 'no way to go', 'stuck at home', 'stuck in the flat',
     'stuck in the house'), ('confiscated', 'hid', 'keeping', 'keeps', 'kept', 'taken', 'takes', 'taking',
     'took'),),
    # 123 abuse
    (('abused ', 'abuses ', 'abusing ', 'abusive', 'domestic ', 'economic abuse', 'emotional abuse',
     'emotionally abus', 'financial abuse', 'financially abus', 'physical abuse', 'psychologically abus',
     'sexual abuse', 'sexually abus', 'verbal abuse', 'verbally abus'),),
    # 124 strangulation
    ((' air', ' breathing', ' neck', ' throat', ' windpipe', 'headlock', 'pillow over her face',
     'pillow over his face', 'pillow over my face'),),
    # 125 strangulation
    ((' blacked ', ' passed ', ' spots', ' stars', 'blacked out', 'bruis', 'mark', 'passed out'),),
    # 126 weapon
    (('axe', 'bat', 'blade', 'bottle', 'cleaver', 'crowbar', 'gun', 'hammer', 'knife', 'knives', 'lighter',
     'machete', 'pistol', 'rifle', 'scissors', 'screwdriver', 'weapon'), ('came at her with',
     'came at him with', 'came at me with', 'held', 'hold', 'point', 'pressed', 'presses', 'pulled', 'pulling',
     'pulls', 'put', 'raised', 'stood over me with', 'threatened her with', 'threatened him with',
     'threatened me with', 'waved', 'waves', 'waving'),),
    # 127 weapon
    (('axe ', 'blade ', 'came ', 'gun ', 'hammer ', 'knife ', 'knives ', 'machete ', 'pistol ', 'rifle ',
     'scissors ', 'weapon '),),
    # 128 weapon
    (('blade', 'gun', 'knife', 'machete', 'pistol', 'rifle'),),
    # 129 monitoring
    ((' allowed ', ' location', ' logins', ' passcodes', ' passwords', ' photo', ' picture', ' screenshot',
     'air tag ', 'airtag ', 'app ', 'broke ', 'gps ', 'hacked ', 'hacks ', 'logged ', 'logging ', 'logs ',
     'monitor', 'software ', 'spyware ', 'stalkerware ', 'tile ', 'track'),),
    # 130 monitoring
    (('check ', 'checked ', 'checking ', 'checks ', 'goes through ', 'going through ', 'listens to ', 'read ',
     'reading ', 'reads ', 'screenshot ', 'screenshots ', 'went through '), (' my ',), (' browser history',
     ' call log', ' chats', ' diary', ' dms', ' email', ' messages', ' mileage', ' phone', ' search history',
     ' texts', ' voice notes', ' whatsapp'),),
    # 131 stalking
    ((' account', ' calls', ' messages', ' number', ' profile', ' texts', 'barring order', 'follow ',
     'followed ', 'following ', 'follows ', 'no contact order', 'no-contact order', 'non-molestation order',
     'protection order', 'protective order', 'restraining order', "won't leave me alone",
     'wont leave me alone'),),
    # 132 stalking
    (('stalk',),),
    # 133 stalking
    (('drive past ', 'drives past ', 'driving past ', 'drove past ', 'hang around ', 'hangs around ',
     'hung around ', 'park ', 'parked ', 'parking ', 'parks ', 'sat ', 'show up ', 'showed up ', 'shows up ',
     'sits ', 'sitting ', 'turn up ', 'turned up ', 'turning up ', 'turns up ', 'wait ', 'waited ', 'waiting ',
     'waits ', 'walk past ', 'walked past ', 'walks past '), (' door', ' flat', ' gym', ' house', ' job',
     " mam's", ' mams', " mom's", ' moms', " mum's", ' mums', ' office', ' place', ' road', ' school',
     ' street', ' work'), ('across from ', 'at ', 'by ', 'near ', 'outside ', 'round '),),
    # 134 isolation
    ((' allowed ', ' block', ' cut off', ' delete', ' give up my', ' give up seeing', ' let ', ' stop seeing',
     ' unfriend', 'answers ', 'cut me off from', 'cuts me off from', 'cutting me off from', 'reads ',
     'screens '),),
    # 135 coercion
    ((' allowed ', ' beg', ' card', ' money', ' papers', ' passport', ' pay', ' salary', ' visa', ' wage',
     'account ', 'answer ', 'cash ', 'checks ', 'goes through ', 'in my name', 'money ', 'permission ',
     'questions '),),
    # 136 coercion
    (('chooses', 'chose', 'control', 'decide', 'picks', 'punish', "won't let me eat", "won't let me sleep",
     'wont let me eat', 'wont let me sleep'),),
    # 137 sexual
    ((' along ', ' having sex', ' he ', ' on top', ' photos ', ' pics ', ' pictures ', ' she ', ' stop ',
     ' they ', ' touching', ' videos ', "doesn't take no for an answer in bed",
     'doesnt take no for an answer in bed', 'filmed ', 'had sex with me ', 'having sex with me ', 'intimate ',
     'naked ', 'nudes', 'on top of me ', 'owe ', 'owed ', 'owes ', 'sex tape',
     "won't take no for an answer in bed", 'wont take no for an answer in bed'),),
    # 138 caused_harm
    (('a person ', 'afraid of me', 'cowers', 'flinch', 'frightened ', 'jumps', 'petrified of me', 'scared ',
     'shrinks', 'someone ', 'terrified '),),
    # 139 property_intimidation
    (('binned', 'bleach', 'breaking', 'breaks', 'broke', 'burn', 'cut up', 'destroy', 'ripped', 'rips',
     'smash', 'snapped', 'stamped on', 'stamps on', 'tears', 'threw', 'throwing', 'throws', 'tore', 'wreck'),
     (' my ',), (' belongings', ' books', ' car', ' certificates', ' clothes', ' glasses', ' guitar', ' ipad',
     ' jewellery', ' jewelry', ' keys', ' laptop', ' paintings', ' passport', ' phone', ' photos', ' plants',
     ' records', ' stuff', ' tablet', ' things'),),
    # 140 property_intimidation
    ((' bird', ' cat', ' dog', ' kitten', ' pet', ' puppy', ' rabbit'), ('chok', 'drown', 'hit', 'hurt',
     'kick', 'punch', 'stamp', 'stomp', 'strangl', 'threw', 'throwing', 'throws'),),
    # 141 property_intimidation
    ((' wheel', 'drive ', 'drives ', 'driving ', 'drove ', 'sped ', 'speeding '),),
)



def _danger_parts() -> dict:
    """The rules as alternatives (safety_parts.py), read when a long text first reaches a rule."""
    from repairkit.care.safety_parts import PARTS

    return PARTS

# --------------------------------------------------------------------------- kinds, voices, the verdict

_STRANGLED = _Lazy(r"chok|strangl|throttl|throat|neck|windpipe|breath|\bair\b")
_WEAPONS = _Lazy(r"knife|knives|\bgun|rifle|shotgun|pistol|blade|hammer|machete|\baxe\b|\bbat\b|weapon|scissors")
_THINGS = _Lazy(r"smash|\bhole\b|destroy|ripped|\btore\b|wreck|burn|set\s+fire|\bfist\s+through")
_SEXUAL = _Lazy(r"\bsex|\brap(?:e|ed|es|ing)\b|in\s+bed\b|sexual")
_PEOPLE = _Lazy(r"friends?\b|family|\bmum\b|\bmom\b|mother|\bdad\b|father|sister|brother|parents|isolat|\bcut\s+\w+\s+off")
_WATCHING = _Lazy(r"track|spyware|location|photos|pictures|proof|videos")
_FOLLOWING = _Lazy(r"stalk")


def _relabel(kind: str, why: str, matched: str) -> tuple[str, str]:
    """The older rules' kinds, named the way the net reports them (and the screen asks them)."""
    if kind in ("physical", "abuse") and _KID_WORD.search(matched):
        kind = "children"
    elif kind == "physical" and _STRANGLED.search(matched):
        kind = "strangulation"
    elif kind == "threat":
        kind = "weapon" if _WEAPONS.search(matched) else "property_intimidation" if _THINGS.search(matched) \
            else "threat"
    elif kind == "coercion":
        kind = "sexual" if _SEXUAL.search(matched) else "stalking" if _FOLLOWING.search(matched) \
            else "monitoring" if _WATCHING.search(matched) else "isolation" if _PEOPLE.search(matched) \
            else "coercion"
    elif kind in ("prevented_leaving", "money_control"):
        kind = "coercion"
    elif kind == "fear_of_partner":
        kind = "fear"
    elif kind == "abuse":
        kind = "sexual" if _SEXUAL.search(matched) else "physical" if "physical" in matched or "violence" in \
            matched else "coercion"
    return kind, _WHY[kind]


# Who did it. The words on the receiving end decide first: "me", "my", "I" there mean the writer was
# hurt. Otherwise the last subject before the match does: "I pushed him", "I'm so sorry I slapped you"
# (the writer); "her husband pulled a blade on her" (someone else). With no subject at all ("shoved her
# out of the way"), someone else on the receiving end means the writer did it. Fear, control, watching,
# following and sex without consent are, in these rules, always told by the person it happens to.
_SUBJECT = _Lazy(r"\b(?:i|he|she|they|we|hes|shes|theyre|husband|wife|boyfriend|girlfriend|partner|"
                 r"fella|bf|gf|ex|dad|mum|mam|mom|father|mother|brother|sister|son|daughter)\b")
_PASSIVE = _Lazy(r"\b(?:was|were|got|been|being|get|gets|am|'m)\s+(?:\w+\s+)?\w+\s+by\b")
_NOT_DOING = _Lazy(r"^i(?:'m|\s+am|\s+was|\s+were|\s+got|\s+get|\s+have\s+been|'ve\s+been|\s+had\s+been)\s+"
                   r"(?:being\s+|just\s+|\w+ly\s+)?(?:\w+ed|\w+en|hit|hurt|held|thrown|bit|shook)\b")
_THEM = _Lazy(r"\b(?:her|him|them|you|your)\b")
_ME = _Lazy(r"\b(?:me|myself|us)\b|\bmy\s+(?:windpipe|eyes?|skin|cheek|ear|teeth|tooth)\b|\bmy\s+" + BODY + r"|.\bi\b")
_TOLD_BY_WHO_IT_HAPPENS_TO = frozenset({"fear", "isolation", "monitoring", "stalking", "coercion", "sexual"})


def _by_writer(found: Found) -> bool:
    kind, matched = found.signal.kind, found.matched
    if kind == "caused_harm":
        return True
    if kind in _TOLD_BY_WHO_IT_HAPPENS_TO or _PASSIVE.search(matched) or _ME.search(matched):
        return False
    if kind == "children":
        return bool(_Lazy(r"(?:^|\b)i(?:\s+\w+ly)?\s*$").search(found.before))
    subjects = list(_SUBJECT.finditer(found.before))
    if not subjects:
        return bool(_THEM.search(matched))
    last = subjects[-1]
    return last.group() == "i" and not _NOT_DOING.match(found.before[last.start():])


_WORD = _Lazy(r"[A-Za-z]+")


def _respelt(text: str) -> str:
    """The text with near-miss spellings of the net's words put right ("chocked" -> "choked")."""
    from repairkit.care import lexicon

    def fix(m) -> str:
        word = m.group()
        right = lexicon.canonical(word.lower())
        return word if right == word.lower() else right

    canonical = lexicon.canonical
    if all(canonical(low) == low for low in {word.lower() for word in _WORD.findall(text)}):
        return text  # nothing to put right: what `sub` would give, without a call for every word
    return _WORD.sub(fix, text)


def _with_weapon(found: Found) -> Found:
    """"Threatened me with a knife": a threat that names a weapon just after it is reported as a weapon."""
    if found.signal.kind == "threat" and _WEAPONS.search(found.after[:40]):
        return found._replace(signal=found.signal._replace(kind="weapon", why=_WHY["weapon"]))
    return found


def _findings(texts: tuple[str, ...]) -> list[Found]:
    """What the phrase rules see, in text order; a text they miss is read again with its spelling put right."""
    found: list[Found] = []
    for text in texts:
        hits = _scan_found(_DANGER_RULES, (text,), _DANGER_TRIGGERS, relabel=_relabel, parts=_danger_parts)
        if not hits:
            fixed = _respelt(text)
            if fixed != text:
                hits = _scan_found(_DANGER_RULES, (fixed,), _DANGER_TRIGGERS, relabel=_relabel, parts=_danger_parts)
        found.extend(_with_weapon(f) for f in hits)
    return found


class _VerdictFields(NamedTuple):
    level: str                  # "clear" | "unsure" | "stop"
    path: str | None            # "safety" | "caused_harm" | "crisis"; None when clear
    signals: tuple[Signal, ...]
    pages: tuple[str, ...] = ()


class Verdict(_VerdictFields):
    """What the net made of the texts. `signals` are shown to the person, never stored.

    `pages` are every page to show, in order (`path` is the first): one page when the stop is clearly
    explained, the crisis page beside the other one when it is not (see `_pages`). Immutable; a
    NamedTuple rather than a frozen dataclass, which would cost every `repair log` half a millisecond
    to make."""
    __slots__ = ()

    def __new__(cls, level: str, path: str | None, signals: tuple[Signal, ...], pages: tuple[str, ...] = ()):
        return super().__new__(cls, level, path, signals, pages or ((path,) if path else ()))

    @property
    def clear(self) -> bool:
        return self.level == "clear"


CLEAR = Verdict("clear", None, ())
_SHOWN = 90  # characters of a text quoted back when the wording as a whole raised the alarm


def _quote(piece: str) -> str:
    from repairkit.textsafe import safe_text

    flat = " ".join(safe_text(piece, one_line=True).split())
    return flat if len(flat) <= _SHOWN else flat[:_SHOWN - 1].rstrip() + "…"


def check_texts(*texts: str | None) -> Verdict:
    """Read every text a command is about to save (None and "" are skipped) and say whether to stop.

    A phrase rule that is sure, or a high score from the learned model, stops; a rule that is only a
    hint, or a middling score, is unsure; a hint and a middling score together stop.
    """
    from repairkit.care import learned

    given = tuple(str(t) for t in texts if t)
    if not given:
        return CLEAR
    found = _findings(given)
    best, best_piece = -1.0, ""
    for text in given:
        got, piece = learned.danger(text)
        if got > best:
            best, best_piece = got, piece
    limits = learned.thresholds()
    strong = [f for f in found if not f.rule.weak]
    weak = [f for f in found if f.rule.weak]
    model_stop, model_unsure = best >= limits["stop"], best >= limits["unsure"]
    if strong or model_stop or (weak and model_unsure):
        level = "stop"
    elif weak or model_unsure:
        level = "unsure"
    else:
        return CLEAR
    signals = [f.signal for f in found]
    if not strong and model_unsure:
        signals.append(Signal("wording", _quote(best_piece), _WHY["wording"]))
    crisis, caused = learned.paths(best_piece)
    pages = _pages(found, crisis, caused, limits)
    return Verdict(level, pages[0], tuple(dict.fromkeys(signals)), pages)


def _pages(found: list[Found], crisis: float, caused: float, limits: dict[str, float]) -> tuple[str, ...]:
    """Which pages a stop shows, by how it was reached rather than by how sure a score is.

    - A crisis rule fired, or the crisis score is high: the crisis page first (alone when the crisis
      rules are all that fired).
    - Otherwise, the stop is *clearly attributed* only when sure (not hint) rules of one single kind,
      none of them about self-harm or suicide, explain it and the crisis score is under its threshold:
      that kind's page alone (safety, or the page for someone who caused harm).
    - Anything else (the learned model's say alone, hints only, rules of several kinds, a crisis score
      over its threshold against other rules) shows that page and the crisis page together, so a
      self-harm or suicidal text the crisis rules don't know still reaches the crisis lines.
    """
    others = [f for f in found if f.signal.kind not in CRISIS_KINDS]
    main = _main_page(others, caused, limits)
    crisis_rule = len(others) < len(found)
    # the model's say alone, against rules that found something else, needs to be surer to lead
    if crisis_rule or crisis >= (limits["crisis"] if not found else max(limits["crisis"], 0.6)):
        return ("crisis",) if crisis_rule and not others else ("crisis", main)
    clearly = (others and all(not f.rule.weak for f in others) and len({f.signal.kind for f in others}) == 1
               and crisis < limits["crisis"])
    return (main,) if clearly else (main, "crisis")


def _main_page(others: list[Found], caused: float, limits: dict[str, float]) -> str:
    """The page other than crisis: for someone who caused harm when that is who is writing, else safety."""
    writer = [f for f in others if _by_writer(f)]
    if others:
        if len(writer) == len(others):
            return "caused_harm"
        return "caused_harm" if writer and caused >= limits["caused"] else "safety"
    return "caused_harm" if caused >= limits["caused"] else "safety"


def _rule_signals(*texts: str | None) -> list[Signal]:
    """The phrase rules alone, with the trigger prefilter (what tests/test_guidance_prefilter.py checks)."""
    return [f.signal for f in _scan_found(_DANGER_RULES, texts, _DANGER_TRIGGERS, relabel=_relabel,
                                          parts=_danger_parts)]
