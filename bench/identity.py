"""What bench/apology_identity.py and bench/safety_identity.py share: the variants a prefilter must
not be fooled by, and the comparison of recorded answers with today's (holdout keys only counted)."""
from __future__ import annotations

from collections.abc import Callable


def variants(text: str) -> dict[str, str]:
    """The same words written differently: what a prefilter must not be fooled by."""
    return {
        "upper": text.upper(),
        "texting": text.lower().replace("'", "").replace("\u2019", ""),
        "curly": text.replace("'", "\u2019"),
        "spaced": text.replace(" ", "  ").replace(". ", ".\n\n"),
        "tabs": text.replace(" ", "\t"),
    }


def report(before: dict, now: dict, is_holdout: Callable[[str], bool], counts: str) -> int:
    """Print what is missing or different (a holdout's keys only counted, never named); 1 if anything is.
    `counts` opens the summary line (how many answers each side has)."""
    missing = sorted(set(before) - set(now))
    differ = sorted(k for k in before if k in now and before[k] != now[k])
    held = [k for k in differ if is_holdout(k)]
    shown = [k for k in differ if not is_holdout(k)]
    print(f"{counts}; {len(missing)} missing, {len(differ)} different "
          f"({len(held)} of them holdout texts, not named)")
    for key in shown[:40]:
        print(f"  different: {key}")
    for key in missing[:20]:
        print(f"  missing: {key}")
    return 1 if (missing or differ) else 0
