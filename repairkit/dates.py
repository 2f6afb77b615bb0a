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
  ``in 1 year``; ``3 days ago``, ``2 weeks ago``, ``a week ago``.
- ``+10d``, ``+2w``, ``-3d``, ``+1m`` (months), ``+1y``.

Decisions about ambiguous phrases:

- A bare weekday depends on ``direction``.  For ``"past"`` (something that
  happened) it is the most recent such day and *today counts*: ``friday``
  said on a Friday means today.  For ``"future"`` (a check-in) it is the next
  such day strictly after today: ``friday`` said on a Friday is a week away.
- ``last friday`` is always strictly before today and ``next friday``
  strictly after today, whatever the direction.  So on a Wednesday
  ``next friday`` is in two days, not nine; on a Friday ``last friday`` is a
  week ago.  ``direction`` decides nothing else.
- Months and years step with ``dateutil.relativedelta``, which keeps the day
  of the month and clamps it at the month's end: ``in 1 month`` from 31
  January is 28 (or 29) February.
- A missing year is always ``now``'s year, in either direction (``Jan 3``
  typed on 30 December 2026 is 3 January 2026); type the year to mean
  another one.  A written year must have four digits: in ``Dec 4 26`` the
  26 could be a day or a year, so it is refused.
- Numeric dates other than ISO (``12/04/2026``, ``4.12.``) are refused,
  because day-first and month-first readings disagree; so are a bare number
  (``12``, ``2026``), a month without a day (``Dec 2026``), a weekday name
  that contradicts the date (``Monday 4 Dec 2026``, a Friday) and a time
  zone abbreviation dateutil would drop (``EST``).
- Results: with ``want="any"`` a phrase that gives a time of day (``now``,
  ISO with a time, ``4 Dec 2026 18:00``) is an aware ``datetime`` in
  ``now``'s time zone, or at the offset the text gives; a phrase that names
  only a day (including ``3 days ago`` and ``+2w``) is a ``date``.
  ``want="date"`` always gives a ``date``: the time is dropped and the date
  is the one written, not converted to ``now``'s zone.  ``want="datetime"``
  always gives an aware ``datetime``: a day becomes its first moment
  (midnight) in ``now``'s time zone.

dateutil is imported only for month arithmetic and word-month forms, so the
common phrases cost nothing beyond the standard library.
"""
from __future__ import annotations

import datetime
import os
import re
import warnings

from repairkit.errors import UsageError

__all__ = ["DateParseError", "parse_when"]

_HINT = "try a date like 2026-12-04, dec 4, friday, yesterday, in 2 weeks or +10d"

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
          "month": "m", "months": "m", "year": "y", "years": "y"}
_UNIT_ALT = "|".join(_UNITS)
_IN = re.compile(rf"in (\d+|a) ({_UNIT_ALT})")
_AGO = re.compile(rf"(\d+|a) ({_UNIT_ALT}) ago")
_SHORT = re.compile(r"([+-])(\d+)([dwmy])")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:z|[+-]\d{2}:?\d{2})?")

_MONTH_WORD = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")

_DIRECTIONS = ("past", "future")
_WANTS = ("any", "date", "datetime")


class DateParseError(UsageError, ValueError):
    """Text that is not a date this tool accepts; a usage error (exit 2)."""

    def __init__(self, text: str, reason: str | None = None, *, hint: str = _HINT) -> None:
        message = f"can't read {text!r} as a date"
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

    when = _read(text, now=now, direction=direction)
    if want == "date":
        return when.date() if isinstance(when, datetime.datetime) else when
    if want == "datetime" and not isinstance(when, datetime.datetime):
        return datetime.datetime.combine(when, datetime.time(), tzinfo=now.tzinfo)
    return when


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
        return _shift(text, today, 1, m.group(1), _UNITS[m.group(2)])
    if m := _AGO.fullmatch(lower):
        return _shift(text, today, -1, m.group(1), _UNITS[m.group(2)])
    if m := _SHORT.fullmatch(lower):
        return _shift(text, today, -1 if m.group(1) == "-" else 1, m.group(2), m.group(3))

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
        return _read_words(text, phrase, now)
    if re.fullmatch(r"[\d\s./-]+", lower) and re.search(r"\d[./-]\d", lower):
        raise DateParseError(text, "numeric dates are ambiguous",
                             hint="write it as year-month-day, like 2026-12-04")
    raise DateParseError(text)


def _weekday(today: datetime.date, target: int, which: str) -> datetime.date:
    if which == "past":  # the most recent one, today included
        back = (today.weekday() - target) % 7
    elif which == "last":  # strictly before today
        back = (today.weekday() - target) % 7 or 7
    else:  # "future" and "next": strictly after today
        back = -((target - today.weekday()) % 7 or 7)
    return today - datetime.timedelta(days=back)


def _shift(text: str, today: datetime.date, sign: int, amount: str,
           unit: str) -> datetime.date:
    try:
        count = sign * (1 if amount == "a" else int(amount))
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


def _read_words(text: str, phrase: str,
                now: datetime.datetime) -> datetime.date | datetime.datetime:
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
    when = first
    if first.year != second.year:
        try:
            when = when.replace(year=now.year)
        except ValueError:
            raise DateParseError(text, f"there is no such day in {now.year}") from None
    elif str(when.year) not in _FOUR_DIGITS.findall(phrase):
        raise DateParseError(text, "write the year with four digits")

    named = _WEEKDAY_WORD.findall(phrase.lower())
    if named and any(_WEEKDAYS[name] != when.weekday() for name in named):
        raise DateParseError(
            text, f"{when.day} {when:%B %Y} is a {when:%A}",
            hint="check the day or leave the weekday out")

    if not has_time:
        return when.date()
    return _aware(when, now)


# ------------------------------------------------------------------ stored dates and the clock ---

DATE_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
DATETIME_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?"
                         r"[ \t]*(Z|z|[-+]\d{1,2}(?::?\d{2})?)?")


def parse_stored_date(text: str, *, with_time: bool) -> datetime.date | datetime.datetime:
    """A date or datetime as people write them in the journal; ValueError if it is not one."""
    s = text.strip()
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
