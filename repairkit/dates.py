"""Every date phrase the tool accepts, in one place (SPEC section 2).

``parse_when`` reads what a person typed into a ``--at``, ``--since``,
``--until``, ``--check-in`` or ``--next`` option.  It is strict on purpose:
the whole text must be understood, or ``DateParseError`` names the text, so a
typo never silently becomes some other day (jrnl's fault, not ours).

Accepted, case-insensitive, surrounding whitespace ignored:

- ISO: ``2026-12-04``, ``2026-12-04T18:05`` (or a space for the ``T``),
  optionally with seconds and an offset ``+01:00`` / ``Z``.
- dateutil forms that name the month in words: ``Dec 4``,
  ``December 4th``, ``4 Dec 2026 18:00``, ``Fri, Dec 4 2026 6pm``.
- ``today``, ``yesterday``, ``tomorrow``, ``now``.
- weekday names and 3-letter abbreviations (``friday``, ``fri``), alone or
  after ``last`` / ``next``.
- ``in 2 weeks``, ``in 10 days``, ``in a week``, ``in 3 months``,
  ``in 1 year``; ``3 days ago``, ``2 weeks ago``, ``a week ago``; hours and
  minutes too (``2 hours ago``, ``an hour ago``, ``in 30 minutes``).  The
  amount may be a number, a number word from one to twenty (``three days
  ago``, ``in two weeks``), ``a``/``an``, or ``a couple of`` (two).
- ``+10d``, ``+2w``, ``-3d``, ``+1m`` (months), ``+1y``.
- ``the day before yesterday``, ``the day after tomorrow`` (``the`` optional).
- The phrases people use for what happened, a day and a part of it:
  ``last night``, ``this morning``, ``this afternoon``, ``this evening``,
  ``tonight``, and any day phrase above (``yesterday``, ``friday``, ``last
  friday``, ``the day before yesterday``…) followed by ``morning``,
  ``afternoon``, ``evening`` or ``night`` and/or a clock time:
  ``yesterday evening``, ``yesterday 9pm``, ``friday at 18:30``, ``9pm
  yesterday``, ``last night at 11``, ``yesterday noon``.

Decisions about ambiguous phrases:

- A part of the day without a clock time is a sensible hour: morning 09:00,
  afternoon 15:00, evening 19:00, night 22:00 (``last night`` is yesterday
  at 22:00, ``tonight`` today at 22:00).  For things that happened
  (``"past"``), a part of *today* that has begun but whose hour has not come
  yet means now: ``this morning`` said at 07:30 is 07:30, ``tonight`` said at
  19:40 is 19:40.  Parts start at 05:00, 12:00, 17:00 and 18:00.  A part that
  has not begun (``tonight`` said at 10:00) keeps its hour, in the future.
- A clock time is ``9pm``, ``9:30pm``, ``12am`` (midnight), ``noon``, or 24-hour
  ``21:15`` / ``21``.  A bare hour up to 12 needs am/pm or a part of the day:
  ``yesterday at 9`` is refused (morning or evening?), ``yesterday evening
  at 8`` is 20:00.  With a part of the day, an hour up to 12 is read in that
  part (``morning at 7:45`` is 07:45, ``evening at 8`` 20:00); a night hour
  before 5 (``last night at 2``, ``last night 1am``) is after midnight, on
  the next day.  Without one, ``9:30`` is the 24-hour 09:30.
- A bare clock time (``9pm``) and spans (``last week``, ``next month``) are
  refused: they do not say which day.  So are vague amounts (``a few days
  ago``): say how many.
- A bare weekday depends on ``direction``.  For ``"past"`` (something that
  happened) it is the most recent such day and *today counts*: ``friday``
  said on a Friday means today.  For ``"future"`` (a check-in) it is the next
  such day strictly after today: ``friday`` said on a Friday is a week away.
- ``last friday`` is always strictly before today and ``next friday``
  strictly after today, whatever the direction.  So on a Wednesday
  ``next friday`` is in two days, not nine; on a Friday ``last friday`` is a
  week ago.
- Months and years step with ``dateutil.relativedelta``, which keeps the day
  of the month and clamps it at the month's end: ``in 1 month`` from 31
  January is 28 (or 29) February.
- A missing year depends on ``direction`` too: for ``"past"`` it is the
  nearest such day on or before today, for ``"future"`` the nearest on or
  after today.  So on 27 November 2026 ``Dec 4`` is 4 December 2025 for
  evidence and 4 December 2026 for a check-in, and ``Feb 29`` finds the
  nearest leap year.  When the text names a weekday that fits this year's
  date but not the chosen one (``friday 4 december``), this year's is meant.
  A written year must have four digits: in ``Dec 4 26`` the 26 could be a
  day or a year, so it is refused.
- Numeric dates other than ISO (``12/04/2026``, ``4.12.``, ``3/4``) are
  refused, because day-first and month-first readings disagree; the message
  says which readings there are (or that there is no such day: ``32/13``)
  and the hint spells them in ISO.  So are a bare number (``12``, ``2026``),
  a month without a day (``Dec 2026``), a weekday name that contradicts the
  date (``Monday 4 Dec 2026``, a Friday) and a time zone abbreviation
  dateutil would drop (``EST``).
- Results: with ``want="any"`` a phrase that gives a time of day (``now``,
  ``last night``, ``2 hours ago``, ISO with a time, ``4 Dec 2026 18:00``) is
  an aware ``datetime`` in ``now``'s time zone, or at the offset the text
  gives; a phrase that names only a day (including ``3 days ago`` and
  ``+2w``) is a ``date``.  ``want="date"`` always gives a ``date``: the time
  is dropped and the date is the one written, not converted to ``now``'s
  zone.  ``want="datetime"`` always gives an aware ``datetime``: a day
  becomes its first moment (midnight) in ``now``'s time zone.

Evidence (``check_evidence_when``) is something that happened: a moment
after ``now`` (or a day after today) is refused, and a day more than a
year before the plan opened is returned as a question to confirm.

dateutil is imported only for month arithmetic and word-month forms, so the
common phrases cost nothing beyond the standard library.
"""
from __future__ import annotations

import datetime
import os
import re
import warnings

from repairkit.errors import UsageError
from repairkit.textsafe import clip

__all__ = ["DateParseError", "check_evidence_when", "parse_when"]

_WEEKDAYS = {
    name: index
    for index, full in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
    for name in (full, full[:3])
}
_WEEKDAY_ALT = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_WEEKDAY = re.compile(rf"(?:(last|next) )?({_WEEKDAY_ALT})")
_WEEKDAY_WORD = re.compile(rf"\b({_WEEKDAY_ALT})\b")

_UNITS = {"day": "d", "days": "d", "week": "w", "weeks": "w",
          "month": "m", "months": "m", "year": "y", "years": "y",
          "hour": "h", "hours": "h", "minute": "min", "minutes": "min"}
_UNIT_ALT = "|".join(_UNITS)
_NUMBER_WORDS = {word: n for n, word in enumerate(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split(), start=1)}
_AMOUNT_ALT = r"\d+|a couple of|a couple|couple of|an|a|" + "|".join(_NUMBER_WORDS)
_IN = re.compile(rf"in ({_AMOUNT_ALT}) ({_UNIT_ALT})")
_AGO = re.compile(rf"({_AMOUNT_ALT}) ({_UNIT_ALT}) ago")
_VAGUE_AMOUNT = re.compile(rf"(?:in )?(?:a few|few|several|some|a number of) ({_UNIT_ALT})(?: ago)?")
_SHORT = re.compile(r"([+-])(\d+)([dwmy])")
_SPAN = re.compile(r"(?:last|next|this) (?:week|month|year|weekend)")

# A day, a part of it and/or a clock time: "yesterday evening", "yesterday 9pm",
# "9pm yesterday", "last night at 11". "tonight", "last night" and "this
# morning" are rewritten to "today night", "yesterday night", "today morning".
_PARTS = {"morning": (9, 5), "afternoon": (15, 12), "evening": (19, 17), "night": (22, 18)}  # (hour, starts)
_DAY_ALT = (r"today|yesterday|tomorrow|(?:the )?day before yesterday|(?:the )?day after tomorrow|"
            rf"(?:(?:last|next) )?(?:{_WEEKDAY_ALT})")
_CLOCK_ALT = r"\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}(?::\d{2})?|noon|midday"
_MOMENT = re.compile(
    rf"(?:(?:at )?(?P<c1>{_CLOCK_ALT}) (?:on )?)?(?P<day>{_DAY_ALT})(?: (?P<part>morning|afternoon|evening|night))?"
    rf"(?: (?:at )?(?P<c2>{_CLOCK_ALT}))?")
_CLOCK = re.compile(r"(\d{1,2})(?::(\d{2}))? ?(am|pm|a\.m\.|p\.m\.)?")
_REWRITES = ((re.compile(r"\btonight\b"), "today night"), (re.compile(r"\blast night\b"), "yesterday night"),
             (re.compile(r"\bthis (?=morning|afternoon|evening|night)"), "today "))
_BARE_CLOCK = re.compile(rf"(?:at )?(?:{_CLOCK_ALT})")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:z|[+-]\d{2}:?\d{2})?")
_NUMERIC = re.compile(r"(\d{1,4})[./-](\d{1,2})(?:[./-](\d{1,4}))?\.?")

_MONTH_WORD = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")

_DIRECTIONS = ("past", "future")
_WANTS = ("any", "date", "datetime")

# Whole phrases a typo is compared against, for a "did you mean" hint.
_KNOWN = ("today", "yesterday", "tomorrow", "now", "tonight", "last night", "this morning",
          "this afternoon", "this evening", "the day before yesterday", "the day after tomorrow",
          *(day for day in _WEEKDAYS if len(day) > 3))


class DateParseError(UsageError, ValueError):
    """Text that is not a date this tool accepts; a usage error (exit 2).

    Without a ``hint``, ``parse_when`` adds one with examples that suit the
    direction: past forms for evidence, future forms for check-ins.
    """

    def __init__(self, text: str, reason: str | None = None, *, hint: str | None = None) -> None:
        message = f"can't read {clip(text)!r} as a date"
        if reason:
            message += f": {reason}"
        super().__init__(message, hint=hint)
        self.text = text


def parse_when(text: str, *, now: datetime.datetime, direction: str = "past",
               want: str = "any") -> datetime.date | datetime.datetime:
    """Read a date phrase relative to ``now`` (aware local time); see the module docstring."""
    if direction not in _DIRECTIONS:
        raise ValueError(f"direction must be one of {_DIRECTIONS}, not {direction!r}")
    if want not in _WANTS:
        raise ValueError(f"want must be one of {_WANTS}, not {want!r}")
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware, e.g. datetime.datetime.now().astimezone()")
    if not isinstance(text, str):
        raise DateParseError(str(text))

    try:
        when = _read(text, now=now, direction=direction)
    except DateParseError as e:
        if e.hint is None:
            e.hint = example_hint(direction, now.date(), text)
        raise
    if want == "date":
        return when.date() if isinstance(when, datetime.datetime) else when
    if want == "datetime" and not isinstance(when, datetime.datetime):
        return datetime.datetime.combine(when, datetime.time(), tzinfo=now.tzinfo)
    return when


def example_hint(direction: str, today: datetime.date, text: str = "") -> str:
    """Examples that fit what is being dated: past forms for evidence, future ones for check-ins."""
    if direction == "past":
        examples = ("try yesterday, last night, this morning, yesterday 9pm, 3 days ago, friday, "
                    f"or a date like {today - datetime.timedelta(days=3):%Y-%m-%d}")
    else:
        examples = ("try friday, next friday, in 2 weeks, +10d, "
                    f"or a date like {today + datetime.timedelta(days=7):%Y-%m-%d}")
    lower = " ".join(str(text).lower().split())
    if lower and lower not in _KNOWN:
        import difflib  # only when something was mistyped

        close = difflib.get_close_matches(lower, _KNOWN, n=1, cutoff=0.8)
        if close:
            return f"did you mean '{close[0]}'? or {examples}"
    return examples


def _read(text: str, *, now: datetime.datetime,
          direction: str) -> datetime.date | datetime.datetime:
    phrase = " ".join(text.split())
    if not phrase:
        raise DateParseError(text, "it is empty")
    lower = phrase.lower()
    today = now.date()

    keyword = {"today": 0, "yesterday": -1, "tomorrow": 1}.get(lower)
    if keyword is not None:
        return today + datetime.timedelta(days=keyword)
    if lower == "now":
        return now

    if m := _WEEKDAY.fullmatch(lower):
        return _weekday(today, _WEEKDAYS[m.group(2)], m.group(1) or direction)

    if m := _IN.fullmatch(lower):
        return _shift(text, now, 1, m.group(1), m.group(2))
    if m := _AGO.fullmatch(lower):
        return _shift(text, now, -1, m.group(1), m.group(2))
    if m := _SHORT.fullmatch(lower):
        return _shift(text, now, -1 if m.group(1) == "-" else 1, m.group(2), m.group(3))
    if m := _VAGUE_AMOUNT.fullmatch(lower):
        raise DateParseError(text, f"how many {m.group(1)}?",
                             hint=f"say how many, like '3 {m.group(1)} ago', or give the day")

    if _ISO_DATE.fullmatch(lower):
        try:
            return datetime.date.fromisoformat(phrase)
        except ValueError:
            raise DateParseError(text, "there is no such day") from None
    if _ISO_DATETIME.fullmatch(lower):
        try:
            when = datetime.datetime.fromisoformat(phrase.upper())
        except ValueError:
            raise DateParseError(text, "there is no such day or time") from None
        return _aware(when, now)

    if _MONTH_WORD.search(lower):
        return _read_words(text, phrase, now, direction)
    if m := _NUMERIC.fullmatch(lower.replace(" ", "")):
        _refuse_numeric(text, m, today, direction)

    moment = lower
    for pattern, replacement in _REWRITES:
        moment = pattern.sub(replacement, moment)
    if m := _MOMENT.fullmatch(moment):
        return _moment(text, m, now, direction)
    past = direction == "past"
    if _SPAN.fullmatch(lower):
        raise DateParseError(text, "which day? that is a span of days",
                             hint="name the day: " + ("'a week ago', 'last tuesday'" if past
                                                      else "'in a week', 'next tuesday'") + " or a date")
    if _BARE_CLOCK.fullmatch(lower):
        days = ("yesterday", "today") if past else ("today", "tomorrow")
        raise DateParseError(text, "which day?", hint=f"add the day, like '{days[0]} {phrase}' or '{days[1]} {phrase}'")
    raise DateParseError(text)


def _weekday(today: datetime.date, target: int, which: str) -> datetime.date:
    if which == "past":  # the most recent one, today included
        back = (today.weekday() - target) % 7
    elif which == "last":  # strictly before today
        back = (today.weekday() - target) % 7 or 7
    else:  # "future" and "next": strictly after today
        back = -((target - today.weekday()) % 7 or 7)
    return today - datetime.timedelta(days=back)


def _day_phrase(day: str, today: datetime.date, direction: str) -> datetime.date:
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "day before yesterday": -2, "day after tomorrow": 2}
    words = day.removeprefix("the ")
    if words in offsets:
        return today + datetime.timedelta(days=offsets[words])
    m = _WEEKDAY.fullmatch(day)
    assert m is not None  # _DAY_ALT only lets these through
    return _weekday(today, _WEEKDAYS[m.group(2)], m.group(1) or direction)


def _moment(text: str, m: re.Match, now: datetime.datetime,
            direction: str) -> datetime.date | datetime.datetime:
    """A day phrase with a part of the day and/or a clock time (see the module docstring)."""
    if m.group("c1") and m.group("c2"):
        raise DateParseError(text, "it has two times")
    day = _day_phrase(m.group("day"), now.date(), direction)
    part = m.group("part")
    clock = m.group("c1") or m.group("c2")
    if clock is None and part is None:
        return day
    if clock is None:
        hour, starts = _PARTS[part]
        when = datetime.datetime.combine(day, datetime.time(hour), tzinfo=now.tzinfo)
        # "this morning" said at 07:30 happened already, whatever the usual hour.
        if direction == "past" and day == now.date() and when > now >= when.replace(hour=starts):
            return now
        return when
    hour, minute = _clock(text, clock, part)
    when = datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=now.tzinfo)
    if part == "night" and hour < 5:  # "last night at 2": after midnight, so the next day
        when += datetime.timedelta(days=1)
    return when


def _clock(text: str, clock: str, part: str | None) -> tuple[int, int]:
    if clock in ("noon", "midday"):
        return 12, 0
    m = _CLOCK.fullmatch(clock)
    assert m is not None  # _CLOCK_ALT only lets these through
    hour, minute, meridiem = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").replace(".", "")
    if minute > 59:
        raise DateParseError(text, "there is no such time")
    if meridiem:
        if not 1 <= hour <= 12:
            raise DateParseError(text, "there is no such time", hint="with am or pm, the hour is 1 to 12")
        return hour % 12 + (12 if meridiem == "pm" else 0), minute
    if hour > 23:
        raise DateParseError(text, "there is no such time")
    if hour > 12 or hour == 0 or (m.group(2) and part is None):
        return hour, minute  # a 24-hour clock
    if part is None:
        raise DateParseError(text, f"{hour} in the morning or the evening?",
                             hint=f"write {hour}am or {hour}pm, or {hour}:00 for the 24-hour clock")
    if part == "morning":
        return hour, minute
    if part == "night" and (hour < 5 or hour == 12):
        return hour % 12, minute  # after midnight
    return hour % 12 + 12, minute


def _shift(text: str, now: datetime.datetime, sign: int, amount: str,
           unit_word: str) -> datetime.date | datetime.datetime:
    unit = _UNITS.get(unit_word, unit_word)
    if amount == "an" and unit != "h":
        raise DateParseError(text)
    if amount.isdigit():
        count = int(amount) if len(amount) < 10 else None
    elif amount in ("a", "an"):
        count = 1
    elif "couple" in amount:
        count = 2
    else:
        count = _NUMBER_WORDS[amount]
    today = now.date()
    try:
        if count is None:
            raise OverflowError
        count *= sign
        if unit == "h":
            return now + datetime.timedelta(hours=count)
        if unit == "min":
            return now + datetime.timedelta(minutes=count)
        if unit == "d":
            return today + datetime.timedelta(days=count)
        if unit == "w":
            return today + datetime.timedelta(weeks=count)
        from dateutil.relativedelta import relativedelta

        if unit == "m":
            return today + relativedelta(months=count)
        return today + relativedelta(years=count)
    except (OverflowError, ValueError):
        raise DateParseError(text, "that is too far away") from None


def _aware(when: datetime.datetime, now: datetime.datetime) -> datetime.datetime:
    """Naive times are in ``now``'s zone; a written offset is kept as a plain offset."""
    offset = when.utcoffset()
    if offset is None:
        return when.replace(tzinfo=now.tzinfo)
    return when.replace(tzinfo=datetime.timezone(offset))


def _nearest(month: int, day: int, today: datetime.date, direction: str) -> datetime.date | None:
    """The nearest such day on or before today ("past") or on or after it ("future")."""
    step = -1 if direction == "past" else 1
    for years in range(9):  # 29 February can be eight years away (1896 to 1904)
        try:
            candidate = datetime.date(today.year + step * years, month, day)
        except ValueError:
            continue
        if (candidate <= today) if direction == "past" else (candidate >= today):
            return candidate
    return None


def _refuse_numeric(text: str, m: re.Match, today: datetime.date, direction: str) -> None:
    """Numeric dates are never read, but the message says why and the hint spells them in ISO."""
    first, second, third = m.group(1), m.group(2), m.group(3)
    if len(first) == 4 and third:  # 2026/12/04: year first
        try:
            written = datetime.date(int(first), int(second), int(third))
        except ValueError:
            raise DateParseError(text, "there is no such day") from None
        raise DateParseError(text, "numeric dates are written with dashes here",
                             hint=f"write it as {written.isoformat()}")
    if third is not None and len(third) != 4:
        raise DateParseError(text, "write the year with four digits",
                             hint="better still, write it as year-month-day, like 2026-12-04")
    a, b = int(first), int(second)
    readings = {}
    for label, (d, mo) in (("day first", (a, b)), ("month first", (b, a))):
        if third is not None:
            try:
                readings[label] = datetime.date(int(third), mo, d)
            except ValueError:
                pass
        elif 1 <= mo <= 12 and 1 <= d <= 31:
            found = _nearest(mo, d, today, direction)
            if found is not None:
                readings[label] = found
    dates = sorted(set(readings.values()))
    if not dates:
        raise DateParseError(text, "there is no such day",
                             hint="write it as year-month-day, like 2026-12-04")
    if len(dates) == 2:
        one, two = (f"{d.day} {d:%B}" for d in (readings["day first"], readings["month first"]))
        isos = " or ".join(d.isoformat() for d in (readings["day first"], readings["month first"]))
        raise DateParseError(text, f"numeric dates are ambiguous ({one} or {two}?)",
                             hint=f"write it as year-month-day: {isos}")
    raise DateParseError(text, "numeric dates can be read two ways, so they are not guessed",
                         hint=f"did you mean {dates[0].isoformat()}? write it as year-month-day")


def _read_words(text: str, phrase: str, now: datetime.datetime,
                direction: str) -> datetime.date | datetime.datetime:
    """A word-month form via dateutil, refusing anything it would fill in by guessing."""
    from dateutil import parser

    # Parse against two defaults that differ in every field that may be left
    # out: a field that changes with the default was not in the text.
    first_default = datetime.datetime(2000, 1, 1, 0, 0)
    second_default = datetime.datetime(2004, 2, 2, 1, 0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", parser.UnknownTimezoneWarning)
            first = parser.parse(phrase, default=first_default)
            second = parser.parse(phrase, default=second_default)
    except parser.UnknownTimezoneWarning:
        raise DateParseError(text, "unknown time zone",
                             hint="give the offset instead, like +01:00") from None
    except (ValueError, OverflowError):
        raise DateParseError(text) from None

    if first.month != second.month:
        raise DateParseError(text)
    if first.day != second.day:
        raise DateParseError(text, "which day of the month?")
    has_time = first.hour == second.hour
    named = {_WEEKDAYS[name] for name in _WEEKDAY_WORD.findall(phrase.lower())}
    when = first
    if first.year != second.year:
        nearest = _nearest(when.month, when.day, now.date(), direction)
        if nearest is None:
            raise DateParseError(text, "there is no such day")
        year = nearest.year
        if named and nearest.weekday() not in named:
            # "friday 4 december": if this year's 4 December is a Friday, that one is meant.
            try:
                if datetime.date(now.year, when.month, when.day).weekday() in named:
                    year = now.year
            except ValueError:
                pass
        when = when.replace(year=year)
    elif str(when.year) not in _FOUR_DIGITS.findall(phrase):
        raise DateParseError(text, "write the year with four digits")

    if named and any(day != when.weekday() for day in named):
        raise DateParseError(
            text, f"{when.day} {when:%B %Y} is a {when:%A}",
            hint="check the day or leave the weekday out")

    if not has_time:
        return when.date()
    return _aware(when, now)


# ------------------------------------------------------------------ evidence ---

def _day_of(when: datetime.date | datetime.datetime) -> datetime.date:
    return when.date() if isinstance(when, datetime.datetime) else when


def _spoken(day: datetime.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def check_evidence_when(when: datetime.date | datetime.datetime, *, now: datetime.datetime,
                        opened: datetime.date | None, text: str | None = None) -> str | None:
    """The rule for the date of evidence (a `log` entry or a check-in talk): it already happened.

    A moment after ``now``, or a day after today, is refused with a
    ``UsageError`` (exit 2): a review never counts the future, so saving it
    would only hide it.  A day more than a year before the plan opened is
    allowed but returned as a sentence to confirm (most often a year typo,
    which would stretch the review window over empty months), and so is a
    day without a year (``Dec 30``) that the nearest-past rule put in an
    earlier year, before the plan opened (most often this year's was meant).
    Otherwise None.
    """
    named = repr(clip(text)) if text else _spoken(_day_of(when))
    future = when > now if isinstance(when, datetime.datetime) else when > now.date()
    if future:
        detail = f" ({_spoken(_day_of(when))}" + (f" {when:%H:%M})" if isinstance(when, datetime.datetime) else ")")
        raise UsageError(f"{named}{detail if text else ''} is in the future; evidence is what has already happened",
                         hint="log it once it has happened, or give a past time: "
                              "yesterday, last night, this morning, 3 days ago")
    if opened is None:
        return None
    try:
        limit = opened.replace(year=opened.year - 1)
    except ValueError:  # 29 February
        limit = opened.replace(year=opened.year - 1, day=28)
    day = _day_of(when)
    if day < limit:
        return (f"{named}{f' ({_spoken(day)})' if text else ''} is more than a year before this plan "
                f"opened ({_spoken(opened)})")
    lower = (text or "").lower()
    if day < opened and day.year < now.year and _MONTH_WORD.search(lower) and not _FOUR_DIGITS.search(lower):
        # "Dec 30" typed in November is last December's: say so, it may have meant this one.
        return (f"{named} is read as {_spoken(day)}, the most recent one, before this plan opened "
                f"({_spoken(opened)})")
    return None


# ------------------------------------------------------------------ stored dates and the clock ---

DATE_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
DATETIME_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?"
                         r"[ \t]*(Z|z|[-+]\d{1,2}(?::?\d{2})?)?")


def parse_stored_date(text: str, *, with_time: bool) -> datetime.date | datetime.datetime:
    """A date or datetime as people write them in the journal; ValueError if it is not one."""
    s = text.strip()
    # The shapes the tool itself writes, read by the C parser; anything else by the rules below.
    try:
        if len(s) == 10 and s[4] == "-" and s[7] == "-" and s[:4].isdigit():
            return datetime.date.fromisoformat(s)
        if len(s) == 25 and s[10] == "T" and s[19] in "+-" and s[22] == ":" and s[4] == "-" and s[:4].isdigit():
            value = datetime.datetime.fromisoformat(s)
            return value if with_time else value.date()
    except ValueError:
        pass  # the rules below decide, and say why
    m = DATE_RE.fullmatch(s)
    if m:
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    m = DATETIME_RE.fullmatch(s)
    if not m:
        raise ValueError(s)
    frac = (m[7] or "0")[:6].ljust(6, "0")
    tz = None
    if m[8]:
        if m[8] in "Zz":
            tz = datetime.timezone.utc
        else:
            sign = -1 if m[8][0] == "-" else 1
            digits = m[8][1:].replace(":", "")
            hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
            tz = datetime.timezone(sign * datetime.timedelta(hours=hours, minutes=minutes))
    value = datetime.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0), int(frac), tz)
    return value if with_time else value.date()


def iso(value: datetime.date | datetime.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def from_iso(text: str) -> datetime.date | datetime.datetime:
    """What `iso` wrote (the cache's rows, private notes): a date, or a datetime when it has a time."""
    return datetime.date.fromisoformat(text) if len(text) == 10 else datetime.datetime.fromisoformat(text)


def now() -> datetime.datetime:
    """Local time, aware, to the second; $REPAIR_NOW fixes it (for tests and reproducible examples)."""
    fixed = os.environ.get("REPAIR_NOW")
    if fixed:
        try:
            value = datetime.datetime.fromisoformat(fixed.strip())
        except ValueError:
            raise UsageError(f"REPAIR_NOW={fixed[:60]!r} is not a date and time",
                             hint="set it like 2026-11-27T10:00:00+01:00, or unset it") from None
        try:
            return value if value.tzinfo else value.astimezone()
        except (OverflowError, OSError, ValueError):
            raise UsageError(f"REPAIR_NOW={fixed[:60]!r} is out of range", hint="unset it") from None
    try:
        return datetime.datetime.now().astimezone().replace(microsecond=0)
    except (OverflowError, OSError, ValueError):
        # A TZ the C library cannot use (TZ=UTC+25): fall back to UTC rather than fail.
        return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)


def today() -> datetime.date:
    return now().date()
