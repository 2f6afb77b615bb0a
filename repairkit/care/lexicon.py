"""Groups of words that mean the same thing to the safety net, and spelling that is forgiven.

People say the same thing a hundred ways ("shoved", "pushed", "knocked me down"; "bruise", "marks",
"split lip"). The learned model sees which groups a text touches and which groups meet, so it can
generalise past the exact words it was trained on; the rules use a few groups too. Words are matched
whole, or by stem where an entry ends in "*". A misspelt word of five letters or more that is one
edit away from a word in these lists ("chocked", "threatend", "strangld") is read as that word.
"""
from __future__ import annotations

from functools import cache

GROUPS: dict[str, tuple[str, ...]] = {
    # who does what
    "partner": ("he", "she", "hes", "shes", "him", "his", "husband", "wife", "hubby", "partner*", "boyfriend", "bf",
                "girlfriend", "gf", "fella", "fiance*", "ex", "spouse", "missus", "bloke"),
    "self": ("i", "me", "my", "im", "ive", "id", "ill", "mine"),
    "myself": ("myself",),
    "violence": ("hit", "hits", "hitting", "punch*", "slap*", "kick*", "shov*", "push", "pushed", "pushes",
                 "pushing", "grab*", "chok*", "strangl*", "throttl*", "beat", "beats", "beating", "beaten", "smack*",
                 "headbutt*", "bit", "bite", "bites", "biting", "bitten", "pinned", "pins", "pin", "drag*", "twist*",
                 "threw", "throw", "throws", "throwing", "thrown", "attack*", "assault*", "backhand*", "squeez*",
                 "pinch*", "shook", "shake", "shaking", "knock*", "yank*", "stamp*", "stomp*", "spat", "rough",
                 "hiding", "violent*", "violence", "abus*", "hurt", "hurts", "hurting", "batter*", "thump*", "whack*",
                 "scratch*", "elbow*", "dragged", "manhandl*", "restrain*", "held", "hold", "holds", "cornered",
                 "shoves", "physical", "handsy"),
    "body": ("neck", "throat", "windpipe", "face", "eye", "eyes", "lip", "lips", "jaw", "nose", "arm", "arms", "wrist*",
             "hair", "rib", "ribs", "chest", "head", "back", "hip", "leg", "legs", "teeth", "tooth", "cheek",
             "shoulder*", "skin", "ear", "stomach", "thigh*", "knuckles", "collar"),
    "injury": ("bruis*", "swell*", "swollen", "mark", "marks", "welt*", "bleed*", "blood*", "split", "sprain*",
               "broken", "fractur*", "limp*", "scar*", "hoarse", "croaky", "hospital", "stitches", "steri",
               "concussion", "handprint", "fingermarks", "passed", "blacked", "fuzzy", "spots", "stars", "gasp*",
               "breath", "breathe", "breathing", "air", "chipped", "injur*", "ae", "graze*", "bump", "lump",
               "sunnies", "sunglasses", "makeup", "concealer"),
    "hiding": ("cover", "covered", "covering", "hide", "hid", "lied", "lie", "pretend*", "excuse", "notice", "noticed",
               "asks", "asked", "tripped", "fell", "slipped", "clumsy", "laughed"),
    "fear": ("scared", "scary", "afraid", "terrified", "terrifying", "frightened", "frightening", "fear*", "petrified",
             "flinch*", "jump", "jumps", "tiptoe*", "eggshells", "panic*", "pounding", "dread*", "nervous",
             "edge", "shaking", "unsafe", "safe", "safety", "trembl*", "freeze", "froze", "frozen", "hide",
             "hiding", "locked", "mood", "moods", "temper", "rage", "snap", "set", "off", "worried", "worry"),
    "weapon": ("knife", "knives", "gun", "guns", "rifle", "shotgun", "pistol", "blade", "blades", "hammer", "bat",
               "axe", "machete", "screwdriver", "scissors", "weapon*", "crowbar", "cleaver", "sword", "taser",
               "firearm", "bullet*", "loaded", "lighter", "poker", "iron"),
    "threat": ("threat*", "regret", "sorry", "else", "watch", "accident", "accidents", "find", "finds", "knows",
               "end", "ended", "ending", "ground", "river", "grave", "pay", "warned", "warning", "ruin*", "destroy*",
               "expose", "post", "share", "lucky", "next", "time", "later", "see", "soon", "dead", "kill", "killed",
               "kills", "killing", "murder*", "bury", "burn", "burned", "burnt"),
    "death": ("die", "died", "dying", "dead", "death", "suicid*", "kill", "killing", "alive", "live", "living",
              "life", "end", "ending", "point", "burden", "pills", "tablets", "overdos*", "bridge", "jump", "rope",
              "goodbye", "letters", "note", "wake", "disappear", "gone", "motorway", "engine", "exist*", "tired",
              "anymore", "carry", "carrying", "here", "better", "without", "everyone", "done", "plan"),
    "selfharm": ("cut", "cuts", "cutting", "blades", "burn", "burning", "scratch*", "harm*", "relapse*", "bleed*",
                 "carv*", "punish*", "pulling", "banging", "bangin", "hurting", "razor*", "lighter"),
    "control": ("allowed", "allow", "allows", "let", "lets", "permission", "make", "makes", "made", "making", "forc*",
                "have", "has", "must", "decide*", "control*", "punish*", "rules", "obey", "behave", "account",
                "approve*", "approval", "check", "checks", "ask", "asking", "beg", "prove", "quit", "stop",
                "stopped", "stops", "wont", "cant", "couldnt", "takes", "took", "keeps", "kept", "hides"),
    "money": ("money", "wage*", "salary", "pay", "paid", "card", "cards", "bank", "account", "accounts", "allowance",
              "loan*", "debt*", "receipt*", "budget", "quid", "fiver", "spend*", "spent", "cash", "passport*",
              "visa", "papers", "payslip", "mortgage", "remortgage", "logins", "tampons", "groceries", "penny",
              "pennies", "cent", "dollars", "pounds", "euro*", "immigration", "deport*"),
    "tracking": ("location", "locations", "track*", "airtag", "gps", "app", "apps", "phone", "phones", "passcode",
                 "password*", "messages", "texts", "email*", "reads", "read", "checks", "checked", "checking",
                 "camera*", "screenshot*", "spy*", "spying", "mileage", "listens", "log", "logs", "logged", "diary",
                 "video", "install*", "watched", "watching", "monitor*", "snoop*", "chats", "call", "calls"),
    "following": ("follow*", "turned", "turns", "turning", "shows", "showed", "outside", "waiting", "waited", "parked",
                  "parking", "drives", "drove", "driving", "past", "bumping", "missed", "number", "numbers",
                  "blocked", "doorstep", "barring", "contact", "breakup", "split", "separation", "separated", "moved",
                  "everywhere", "wherever", "stares", "staring", "sitting", "across", "street", "road", "window"),
    "isolation": ("friends", "friend", "family", "mum", "mam", "mom", "sister", "brother", "mother", "dad",
                  "parents", "contacts", "lonely", "alone", "nobody", "anyone", "job", "work", "uni", "college",
                  "delete*", "router", "wall", "invite*", "plans", "wedding", "club", "out", "see", "seen",
                  "seeing", "talk", "ring", "visit*", "unstable"),
    "sex": ("sex", "sexual*", "bed", "touch*", "nudes", "nude", "pics", "photos", "filmed", "film*", "consent*",
            "no", "stop", "owe", "owed", "asleep", "drunk", "clothes", "naked", "rape*", "raped", "intimate", "girlfriends",
            "mood", "give", "gave", "in", "sleep"),
    "children": ("kid", "kids", "child", "children", "son", "daughter", "baby", "toddler", "eldest", "youngest",
                 "little", "stepson", "stepdaughter", "boy", "girl", "school"),
    "property": ("smash*", "broke", "break", "breaks", "breaking", "ripped", "rip", "tore", "torn", "wreck*",
                 "destroy*", "bleach", "hole", "door", "doors", "wall", "walls", "plates", "plate", "telly", "tv",
                 "glasses", "tyres", "tires", "dashboard", "cat", "dog", "pet", "pets", "windows", "window", "fist",
                 "slam*", "guitar", "laptop", "garden", "things", "stuff", "certificates", "threw", "throw"),
    "hedge": ("probably", "nothing", "idk", "counts", "count", "only", "just", "once", "honestly", "ngl", "tbh",
              "maybe", "bit", "sure", "dunno", "prob", "overreacting", "embarrassed", "weird"),
    # ordinary contexts the danger words often turn up in
    "sport": ("bjj", "jiujitsu", "jitsu", "judo", "boxing", "sparring", "spar", "mma", "rugby", "hockey", "training",
              "gym", "class", "classes", "match", "grading", "wrestling", "wrestled", "squash", "kickboxing",
              "football", "fencing", "archery", "climbing", "tapped", "karate", "taekwondo", "pitch", "game",
              "team", "coach", "bag", "league", "five", "session", "tackle*", "trampoline"),
    "cooking": ("cook*", "chop*", "recipe*", "onion*", "carrot*", "curry", "roast", "chef", "julienne", "dough",
                "butcher*", "slice*", "sliced", "dinner", "meal", "bread", "toast", "cake", "veg", "market"),
    "agreed": ("agreed", "agree", "agreement", "both", "together", "asked", "we", "us", "our", "idea", "mutual",
               "consented", "fair", "decided"),
    "laughing": ("lol", "laugh*", "haha", "joke", "joking", "funny", "hilarious", "lmao", "cracking", "giggl*",
                 "teasing", "banter", "craic"),
    "media": ("film", "movie*", "podcast*", "song", "songs", "book", "series", "show", "game", "games", "netflix",
              "documentary", "episode", "karaoke", "bond", "character", "novel", "play", "sang", "sing*"),
    "work_context": ("shift", "shifts", "patient*", "ward", "wards", "police", "officer", "court", "paramedic",
                     "nurse", "doctor", "training", "safeguarding", "case", "job", "colleague*", "office", "boss"),
    "warm": ("grand", "lovely", "great", "proud", "nice", "loved", "love", "brilliant", "gorgeous", "sweet",
             "thanks", "thank", "kind", "kindly", "calm", "calmly", "hugged", "hug", "cuddled", "progress",
             "better", "good", "fine", "ok", "okay", "worked", "working", "happy"),
}

# The groups that describe danger (the others only describe context).
DANGER_GROUPS = ("violence", "body", "injury", "hiding", "fear", "weapon", "threat", "death", "selfharm", "control",
                 "money", "tracking", "following", "isolation", "sex", "children", "property", "myself")


# Words worth forgiving a slip of the finger in: long enough and unusual enough that a near miss
# ("chocked", "threatend", "strangld", "punchd", "knifes") is almost always the word itself.
CORRECTABLE = ("choked", "choke", "chokes", "choking", "strangled", "strangle", "strangles", "strangling",
               "threatened", "threaten", "threatens", "threatening", "threats", "punched", "slapped", "kicked",
               "shoved", "grabbed", "bruise", "bruises", "bruised", "throat", "terrified", "frightened", "scared",
               "knife", "suicide", "suicidal", "myself", "overdose", "tablets", "hammer", "weapon", "breathe",
               "bleeding", "pinned", "allowance", "passport", "tracker", "tracking", "location", "stalking",
               "followed", "following", "smashed", "ripped", "destroyed", "dragged", "twisted", "squeezed",
               "windpipe", "violent", "abusive", "forced", "punishes", "punished", "flinch", "flinches", "flinched",
               "strangulation", "headbutted", "terrifies", "terrifying")


@cache
def _tables() -> tuple[dict[str, tuple[str, ...]], tuple[tuple[str, tuple[str, ...]], ...], dict[str, str]]:
    exact: dict[str, list[str]] = {}
    stems: dict[str, list[str]] = {}
    for group, words in GROUPS.items():
        for word in words:
            if word.endswith("*"):
                stems.setdefault(word[:-1], []).append(group)
            else:
                exact.setdefault(word, []).append(group)
    exact_t = {w: tuple(g) for w, g in exact.items()}
    stems_t = tuple(sorted(((s, tuple(g)) for s, g in stems.items()), key=lambda sg: -len(sg[0])))
    deletions: dict[str, str] = {}  # each one-letter deletion of a correctable word -> the word
    for word in CORRECTABLE:
        for i in range(len(word)):
            deletions.setdefault(word[:i] + word[i + 1:], word)
    return exact_t, stems_t, deletions


def _known(word: str) -> bool:
    exact, stems, _ = _tables()
    return word in exact or any(word.startswith(stem) for stem, _ in stems)


# Real words one letter away from a correctable word, which must be left alone.
_REAL = frozenset({"shocked", "socked", "chocks", "cocked", "choker", "chokey", "scarred", "sacred", "scarce",
                   "throats", "hammers", "hamper", "bruiser", "cruise", "cruises", "weapons", "tablet", "trackers",
                   "tracing", "located", "locator", "stalling", "stalkers", "forces", "forged",
                   "myselfe", "knives", "knifed", "ripper", "pinner", "grabber", "kickers", "talking", "walking",
                   "tables", "treats", "tripped", "strange", "stranger", "ragged", "tracer", "violet", "breather",
                   "stables", "stabled", "flinty", "lipped", "dipped", "nipped", "sipped", "tipped", "zipped",
                   "wormed", "formed", "forded", "fonder", "smasher", "stinking"})


_CORRECTABLE = frozenset(CORRECTABLE)
_CANONICAL: dict[str, str] = {}  # words already looked at (a long text repeats most of its words)
_CANONICAL_KEPT = 50_000


def canonical(word: str) -> str:
    """The correctable word a misspelt one stands for, else the word itself: one letter missing
    ("threatend"), one too many ("chocked") or two swapped ("thraet" is not enough: five letters or more)."""
    if len(word) < 5:
        return word
    got = _CANONICAL.get(word)
    if got is None:
        if len(_CANONICAL) >= _CANONICAL_KEPT:
            _CANONICAL.clear()
        got = _CANONICAL[word] = _canonical(word)
    return got


def _canonical(word: str) -> str:
    correctable = _CORRECTABLE
    if word in _REAL or word in correctable:
        return word
    _, _, deletions = _tables()
    if word in deletions:                                  # a letter missing
        return deletions[word]
    for i in range(len(word)):
        shorter = word[:i] + word[i + 1:]
        if shorter in correctable:                         # a letter too many
            return shorter
    for i in range(len(word) - 1):                         # two letters swapped
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if swapped in correctable:
            return swapped
    return word


def groups_of(word: str) -> tuple[str, ...]:
    """The groups a (canonical) word belongs to: its own, and those of its longest listed stem."""
    exact = _tables()[0]
    found = exact.get(word, ())
    stem_groups = _stem_index()
    for end in range(len(word), 1, -1):
        extra = stem_groups.get(word[:end])
        if extra is not None:
            return found + tuple(g for g in extra if g not in found)
    return found


@cache
def _stem_index() -> dict[str, tuple[str, ...]]:
    return dict(_tables()[1])
