"""Date phrases against a fixed now: a Friday and a Wednesday, at +01:00."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from repairkit.dates import DateParseError, parse_when
from repairkit.errors import EXIT_USAGE, UsageError
from repairkit.textsafe import clip

PLUS1 = dt.timezone(dt.timedelta(hours=1))
FRI = dt.datetime(2026, 11, 27, 10, 0, tzinfo=PLUS1)  # Friday
WED = dt.datetime(2026, 11, 25, 10, 0, tzinfo=PLUS1)  # Wednesday
BOTH = ["past", "future"]


def at(y: int, m: int, d: int, now: dt.datetime = FRI) -> dt.datetime:
    return now.replace(year=y, month=m, day=d)


def day(text: str, now: dt.datetime = FRI, direction: str = "past") -> dt.date:
    """Parse and insist the result is a plain date, not a datetime."""
    result = parse_when(text, now=now, direction=direction)
    assert type(result) is dt.date, f"{text!r} gave {result!r}"
    return result


def moment(text: str, now: dt.datetime = FRI, **kw: str) -> dt.datetime:
    """Parse and insist the result is an aware datetime."""
    result = parse_when(text, now=now, **kw)
    assert type(result) is dt.datetime, f"{text!r} gave {result!r}"
    assert result.utcoffset() is not None
    return result


def test_fixed_nows_are_the_weekdays_the_tests_assume():
    assert FRI.strftime("%A") == "Friday"
    assert WED.strftime("%A") == "Wednesday"


# -- keywords -----------------------------------------------------------------

@pytest.mark.parametrize("direction", BOTH)
@pytest.mark.parametrize("text, expected", [
    ("today", dt.date(2026, 11, 27)),
    ("yesterday", dt.date(2026, 11, 26)),
    ("tomorrow", dt.date(2026, 11, 28)),
    ("  ToDay ", dt.date(2026, 11, 27)),
    ("YESTERDAY", dt.date(2026, 11, 26)),
])
def test_day_keywords(text, expected, direction):
    assert day(text, direction=direction) == expected


@pytest.mark.parametrize("direction", BOTH)
def test_now_is_the_given_moment(direction):
    result = moment(" NOW ", direction=direction)
    assert result == FRI
    assert result.utcoffset() == dt.timedelta(hours=1)


# -- weekdays -----------------------------------------------------------------

@pytest.mark.parametrize("now, direction, text, expected", [
    # Friday: a bare weekday in the past includes today ...
    (FRI, "past", "friday", dt.date(2026, 11, 27)),
    (FRI, "past", "fri", dt.date(2026, 11, 27)),
    (FRI, "past", "Friday", dt.date(2026, 11, 27)),
    (FRI, "past", "thursday", dt.date(2026, 11, 26)),
    (FRI, "past", "sat", dt.date(2026, 11, 21)),
    (FRI, "past", "monday", dt.date(2026, 11, 23)),
    (FRI, "past", "sun", dt.date(2026, 11, 22)),
    # ... and in the future is strictly after today.
    (FRI, "future", "friday", dt.date(2026, 12, 4)),
    (FRI, "future", "FRI", dt.date(2026, 12, 4)),
    (FRI, "future", "thursday", dt.date(2026, 12, 3)),
    (FRI, "future", "saturday", dt.date(2026, 11, 28)),
    (FRI, "future", "mon", dt.date(2026, 11, 30)),
    # Wednesday.
    (WED, "past", "friday", dt.date(2026, 11, 20)),
    (WED, "past", "wednesday", dt.date(2026, 11, 25)),
    (WED, "past", "wed", dt.date(2026, 11, 25)),
    (WED, "past", "tue", dt.date(2026, 11, 24)),
    (WED, "past", "thursday", dt.date(2026, 11, 19)),
    (WED, "future", "friday", dt.date(2026, 11, 27)),
    (WED, "future", "wednesday", dt.date(2026, 12, 2)),
    (WED, "future", "thu", dt.date(2026, 11, 26)),
    (WED, "future", "tuesday", dt.date(2026, 12, 1)),
])
def test_bare_weekday_depends_on_direction(now, direction, text, expected):
    assert day(text, now, direction) == expected


@pytest.mark.parametrize("direction", BOTH)
@pytest.mark.parametrize("now, text, expected", [
    (FRI, "last friday", dt.date(2026, 11, 20)),
    (FRI, "last fri", dt.date(2026, 11, 20)),
    (FRI, "next friday", dt.date(2026, 12, 4)),
    (FRI, "next fri", dt.date(2026, 12, 4)),
    (FRI, "last thursday", dt.date(2026, 11, 26)),
    (FRI, "next saturday", dt.date(2026, 11, 28)),
    (FRI, "Last  Monday", dt.date(2026, 11, 23)),
    (WED, "last friday", dt.date(2026, 11, 20)),
    (WED, "next friday", dt.date(2026, 11, 27)),
    (WED, "last wednesday", dt.date(2026, 11, 18)),
    (WED, "next wed", dt.date(2026, 12, 2)),
    (WED, "next tuesday", dt.date(2026, 12, 1)),
    (WED, "last thu", dt.date(2026, 11, 19)),
])
def test_last_and_next_weekday_ignore_direction(now, text, expected, direction):
    assert day(text, now, direction) == expected


# -- relative amounts ---------------------------------------------------------

@pytest.mark.parametrize("direction", BOTH)
@pytest.mark.parametrize("text, expected", [
    ("in 2 weeks", dt.date(2026, 12, 11)),
    ("in 10 days", dt.date(2026, 12, 7)),
    ("in 1 day", dt.date(2026, 11, 28)),
    ("in a week", dt.date(2026, 12, 4)),
    ("in 1 week", dt.date(2026, 12, 4)),
    ("in 3 months", dt.date(2027, 2, 27)),
    ("in 1 month", dt.date(2026, 12, 27)),
    ("in 1 year", dt.date(2027, 11, 27)),
    ("in 0 days", dt.date(2026, 11, 27)),
    ("IN  2   Weeks", dt.date(2026, 12, 11)),
    ("3 days ago", dt.date(2026, 11, 24)),
    ("2 weeks ago", dt.date(2026, 11, 13)),
    ("a week ago", dt.date(2026, 11, 20)),
    ("1 day ago", dt.date(2026, 11, 26)),
    ("a month ago", dt.date(2026, 10, 27)),
    ("2 years ago", dt.date(2024, 11, 27)),
    ("+10d", dt.date(2026, 12, 7)),
    ("+2w", dt.date(2026, 12, 11)),
    ("-3d", dt.date(2026, 11, 24)),
    ("+1m", dt.date(2026, 12, 27)),
    ("-1m", dt.date(2026, 10, 27)),
    ("+1y", dt.date(2027, 11, 27)),
    ("+0d", dt.date(2026, 11, 27)),
    (" +10D ", dt.date(2026, 12, 7)),
])
def test_relative_phrases(text, expected, direction):
    assert day(text, direction=direction) == expected


@pytest.mark.parametrize("now, text, expected", [
    (at(2026, 1, 31), "in 1 month", dt.date(2026, 2, 28)),
    (at(2026, 1, 31), "+1m", dt.date(2026, 2, 28)),
    (at(2028, 1, 31), "+1m", dt.date(2028, 2, 29)),
    (at(2026, 1, 31), "in 3 months", dt.date(2026, 4, 30)),
    (at(2026, 3, 31), "1 month ago", dt.date(2026, 2, 28)),
    (at(2026, 3, 31), "-1m", dt.date(2026, 2, 28)),
    (at(2028, 2, 29), "+1y", dt.date(2029, 2, 28)),
    (at(2026, 1, 31), "in 4 weeks", dt.date(2026, 2, 28)),
])
def test_month_end_arithmetic_clamps_to_the_last_day(now, text, expected):
    assert day(text, now) == expected


@pytest.mark.parametrize("now, direction, text, expected", [
    (at(2026, 12, 31), "past", "tomorrow", dt.date(2027, 1, 1)),
    (at(2026, 12, 31), "future", "in 2 weeks", dt.date(2027, 1, 14)),
    (at(2026, 12, 31), "future", "+1m", dt.date(2027, 1, 31)),
    (at(2026, 12, 31), "future", "+3d", dt.date(2027, 1, 3)),
    (at(2026, 12, 31), "future", "friday", dt.date(2027, 1, 1)),
    (at(2026, 12, 31), "past", "next friday", dt.date(2027, 1, 1)),
    (at(2026, 12, 20), "future", "in 2 months", dt.date(2027, 2, 20)),
    (at(2027, 1, 1), "past", "yesterday", dt.date(2026, 12, 31)),
    (at(2027, 1, 1), "past", "3 days ago", dt.date(2026, 12, 29)),
    (at(2027, 1, 1), "past", "last friday", dt.date(2026, 12, 25)),
    (at(2027, 1, 1), "past", "friday", dt.date(2027, 1, 1)),
    (at(2027, 1, 1), "past", "thursday", dt.date(2026, 12, 31)),
    (at(2027, 1, 1), "past", "-1m", dt.date(2026, 12, 1)),
    (at(2027, 1, 1), "past", "2 weeks ago", dt.date(2026, 12, 18)),
])
def test_year_rollover(now, direction, text, expected):
    assert day(text, now, direction) == expected


# -- ISO ----------------------------------------------------------------------

@pytest.mark.parametrize("direction", BOTH)
def test_iso_date_is_a_date(direction):
    assert day("2026-12-04", direction=direction) == dt.date(2026, 12, 4)
    assert day(" 2027-01-15 ", direction=direction) == dt.date(2027, 1, 15)


@pytest.mark.parametrize("text, expected", [
    ("2026-12-04T18:05", dt.datetime(2026, 12, 4, 18, 5, tzinfo=PLUS1)),
    ("2026-12-04 18:05", dt.datetime(2026, 12, 4, 18, 5, tzinfo=PLUS1)),
    ("2026-12-04t18:05", dt.datetime(2026, 12, 4, 18, 5, tzinfo=PLUS1)),
    ("2026-12-04T18:05:30", dt.datetime(2026, 12, 4, 18, 5, 30, tzinfo=PLUS1)),
    ("2026-12-04T18:05:30.250", dt.datetime(2026, 12, 4, 18, 5, 30, 250000, tzinfo=PLUS1)),
])
def test_iso_datetime_without_offset_is_in_nows_zone(text, expected):
    result = moment(text)
    assert result == expected
    assert result.utcoffset() == dt.timedelta(hours=1)


@pytest.mark.parametrize("text, offset", [
    ("2026-12-04T18:05+01:00", dt.timedelta(hours=1)),
    ("2026-12-04T18:05+00:00", dt.timedelta(0)),
    ("2026-12-04T18:05Z", dt.timedelta(0)),
    ("2026-12-04t18:05z", dt.timedelta(0)),
    ("2026-12-04T18:05-05:00", dt.timedelta(hours=-5)),
    ("2026-12-04T18:05+0530", dt.timedelta(hours=5, minutes=30)),
    ("2026-12-04T18:05:09+09:00", dt.timedelta(hours=9)),
])
def test_iso_offset_is_kept_not_converted(text, offset):
    result = moment(text)
    assert result.utcoffset() == offset
    assert result.replace(tzinfo=None) == dt.datetime(2026, 12, 4, 18, 5, result.second)
    assert isinstance(result.tzinfo, dt.timezone)


# -- dateutil forms -----------------------------------------------------------

@pytest.mark.parametrize("text, past, future", [
    # Without a year: the nearest past one for evidence, the nearest future one for check-ins.
    ("Dec 4", dt.date(2025, 12, 4), dt.date(2026, 12, 4)),
    ("dec 4", dt.date(2025, 12, 4), dt.date(2026, 12, 4)),
    ("4 Dec", dt.date(2025, 12, 4), dt.date(2026, 12, 4)),
    ("December 4th", dt.date(2025, 12, 4), dt.date(2026, 12, 4)),
    ("DECEMBER 4TH", dt.date(2025, 12, 4), dt.date(2026, 12, 4)),
    ("Jan 3", dt.date(2026, 1, 3), dt.date(2027, 1, 3)),
    ("4 December 2027", dt.date(2027, 12, 4), dt.date(2027, 12, 4)),
    ("Dec 4, 2026", dt.date(2026, 12, 4), dt.date(2026, 12, 4)),
    ("Fri, Dec 4 2026", dt.date(2026, 12, 4), dt.date(2026, 12, 4)),
    ("friday 4 december", dt.date(2026, 12, 4), dt.date(2026, 12, 4)),
    ("sept 30", dt.date(2026, 9, 30), dt.date(2027, 9, 30)),
])
def test_word_month_dates(text, past, future):
    assert day(text, direction="past") == past
    assert day(text, direction="future") == future


@pytest.mark.parametrize("text, expected", [
    ("4 Dec 2026 18:00", dt.datetime(2026, 12, 4, 18, 0, tzinfo=PLUS1)),
    ("4 Dec 2026 6pm", dt.datetime(2026, 12, 4, 18, 0, tzinfo=PLUS1)),
    ("Dec 4 at 18:30", dt.datetime(2025, 12, 4, 18, 30, tzinfo=PLUS1)),
    ("4 Dec 2026 00:00", dt.datetime(2026, 12, 4, 0, 0, tzinfo=PLUS1)),
    ("dec 4 2026 18:00:30", dt.datetime(2026, 12, 4, 18, 0, 30, tzinfo=PLUS1)),
])
def test_word_month_with_time_is_a_datetime_in_nows_zone(text, expected):
    result = moment(text)
    assert result == expected
    assert result.utcoffset() == dt.timedelta(hours=1)


@pytest.mark.parametrize("text, offset", [
    ("4 Dec 2026 18:00 +05:30", dt.timedelta(hours=5, minutes=30)),
    ("4 Dec 2026 18:00 -0200", dt.timedelta(hours=-2)),
    ("4 Dec 2026 18:00 UTC", dt.timedelta(0)),
    ("4 Dec 2026 18:00 Z", dt.timedelta(0)),
])
def test_word_month_offset_is_kept_as_a_plain_timezone(text, offset):
    result = moment(text)
    assert result.utcoffset() == offset
    assert result.hour == 18
    assert isinstance(result.tzinfo, dt.timezone)


# -- want ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2026-12-04T18:05", dt.date(2026, 12, 4)),
    ("2026-12-04T23:30-08:00", dt.date(2026, 12, 4)),  # the date as written
    ("4 Dec 2026 18:00", dt.date(2026, 12, 4)),
    ("now", dt.date(2026, 11, 27)),
    ("friday", dt.date(2026, 11, 27)),
    ("in 2 weeks", dt.date(2026, 12, 11)),
    ("2026-12-04", dt.date(2026, 12, 4)),
])
def test_want_date_always_gives_a_date(text, expected):
    result = parse_when(text, now=FRI, want="date")
    assert type(result) is dt.date
    assert result == expected


@pytest.mark.parametrize("text, expected", [
    ("2026-12-04", dt.datetime(2026, 12, 4, 0, 0, tzinfo=PLUS1)),
    ("today", dt.datetime(2026, 11, 27, 0, 0, tzinfo=PLUS1)),
    ("3 days ago", dt.datetime(2026, 11, 24, 0, 0, tzinfo=PLUS1)),
    ("Dec 4", dt.datetime(2025, 12, 4, 0, 0, tzinfo=PLUS1)),
    ("now", FRI),
    ("2026-12-04T18:05", dt.datetime(2026, 12, 4, 18, 5, tzinfo=PLUS1)),
])
def test_want_datetime_gives_an_aware_datetime_days_at_midnight(text, expected):
    result = moment(text, want="datetime")
    assert result == expected
    assert result.utcoffset() == dt.timedelta(hours=1)


def test_want_datetime_keeps_a_written_offset():
    result = moment("2026-12-04T18:05Z", want="datetime")
    assert result.utcoffset() == dt.timedelta(0)
    assert result.hour == 18


# -- refusals -----------------------------------------------------------------

@pytest.mark.parametrize("direction", BOTH)
@pytest.mark.parametrize("text", [
    "",
    "   ",
    "the day after never",
    "someday",
    "2026-13-45",
    "2026-02-30",
    "2026-12-04T25:00",
    "banana 4",
    "Dec 4 banana",
    "12",
    "2026",
    "Dec 2026",
    "december",
    "Monday 4 Dec 2026",
    "Dec 4 26",
    "Dec 4 4",
    "4 Dec 2026 18:00 EST",
    "12/04/2026",
    "4.12.2026",
    "2026/12/04",
    "in twenty-one weeks",
    "in -3 days",
    "in 2 fortnights",
    "in 2 weeks please",
    "2 weeks",
    "ago",
    "+10",
    "10d",
    "+10x",
    "+ 10d",
    "next",
    "last week",
    "this friday",
    "fridays",
    "frid",
    "friday next",
    "next next friday",
    "tomorow",
    "18:00",
    "4dec2026",
    "in 99999999 days",
    "+99999999y",
    "+" + "9" * 5000 + "d",
])
def test_refusals(text, direction):
    with pytest.raises(DateParseError) as info:
        parse_when(text, now=FRI, direction=direction)
    assert str(info.value).startswith(f"can't read {clip(text)!r} as a date")  # long ones cut at 60
    assert info.value.text == text


def test_message_names_the_text_exactly():
    with pytest.raises(DateParseError) as info:
        parse_when("the day after never", now=FRI)
    assert str(info.value) == "can't read 'the day after never' as a date"


@pytest.mark.parametrize("text, message", [
    ("", "can't read '' as a date: it is empty"),
    ("2026-13-45", "can't read '2026-13-45' as a date: there is no such day"),
    ("Dec 2026", "can't read 'Dec 2026' as a date: which day of the month?"),
    ("Monday 4 Dec 2026", "can't read 'Monday 4 Dec 2026' as a date: 4 December 2026 is a Friday"),
    ("Dec 4 26", "can't read 'Dec 4 26' as a date: write the year with four digits"),
    ("12/04/2026", "can't read '12/04/2026' as a date: numeric dates are ambiguous (12 April or 4 December?)"),
    ("4 Dec 2026 18:00 EST", "can't read '4 Dec 2026 18:00 EST' as a date: unknown time zone"),
])
def test_refusal_reasons(text, message):
    with pytest.raises(DateParseError) as info:
        parse_when(text, now=FRI)
    assert str(info.value) == message


def test_error_is_a_value_error_and_a_usage_error_with_a_hint():
    with pytest.raises(DateParseError) as info:
        parse_when("someday", now=FRI)
    error = info.value
    assert isinstance(error, ValueError)
    assert isinstance(error, UsageError)
    assert error.exit_code == EXIT_USAGE == 2
    assert error.hint and "yesterday" in error.hint and "2026-11-24" in error.hint


def test_control_characters_in_the_text_are_escaped_in_the_message():
    with pytest.raises(DateParseError) as info:
        parse_when("fri\x1b[2Jday", now=FRI)
    assert "\x1b" not in str(info.value)
    assert "\\x1b" in str(info.value)


@pytest.mark.parametrize("kwargs", [
    {"direction": "sideways"},
    {"want": "time"},
    {"now": dt.datetime(2026, 11, 27, 10, 0)},
])
def test_programming_errors_are_plain_value_errors(kwargs):
    call = {"now": FRI, **kwargs}
    with pytest.raises(ValueError) as info:
        parse_when("today", **call)
    assert not isinstance(info.value, DateParseError)


# -- import cost --------------------------------------------------------------

def test_common_phrases_do_not_import_dateutil():
    root = Path(__file__).resolve().parents[1]
    code = (
        "import sys, datetime as dt\n"
        "from repairkit.dates import parse_when\n"
        "now = dt.datetime(2026, 11, 27, 10, tzinfo=dt.timezone.utc)\n"
        "for t in ['today', 'friday', 'last fri', 'in 2 weeks', '3 days ago', '+10d',\n"
        "          '2026-12-04', '2026-12-04T18:05Z', 'now']:\n"
        "    parse_when(t, now=now)\n"
        "print(any(m == 'dateutil' or m.startswith('dateutil.') for m in sys.modules))\n"
        "parse_when('+1m', now=now)\n"
        "print('dateutil.relativedelta' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True)
    assert done.stdout.split() == ["False", "True"]


# -- the phrases people use for what happened (issue 13) -----------------------

def hm(d: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, hour, minute, tzinfo=PLUS1)


THU, FRIDAY, WEDNESDAY = dt.date(2026, 11, 26), dt.date(2026, 11, 27), dt.date(2026, 11, 25)


@pytest.mark.parametrize("text, expected", [
    ("last night", hm(THU, 22)),
    ("Last Night", hm(THU, 22)),
    ("this morning", hm(FRIDAY, 9)),
    ("yesterday evening", hm(THU, 19)),
    ("yesterday morning", hm(THU, 9)),
    ("yesterday afternoon", hm(THU, 15)),
    ("yesterday night", hm(THU, 22)),
    ("yesterday 9pm", hm(THU, 21)),
    ("yesterday at 9pm", hm(THU, 21)),
    ("yesterday 9:30pm", hm(THU, 21, 30)),
    ("yesterday at 21:15", hm(THU, 21, 15)),
    ("9pm yesterday", hm(THU, 21)),
    ("yesterday 12pm", hm(THU, 12)),
    ("yesterday 12am", hm(THU, 0)),
    ("yesterday noon", hm(THU, 12)),
    ("yesterday evening at 8", hm(THU, 20)),
    ("yesterday morning at 7:45", hm(THU, 7, 45)),
    ("last night at 11", hm(THU, 23)),
    ("9pm last night", hm(THU, 21)),
    ("at 7 this morning", hm(FRIDAY, 7)),
    ("11 last night", hm(THU, 23)),
    ("last night at 2", hm(FRIDAY, 2)),  # two in the morning, after midnight
    ("last night 1am", hm(FRIDAY, 1)),
    ("wednesday evening", hm(WEDNESDAY, 19)),
    ("last thursday night", hm(dt.date(2026, 11, 26), 22)),
    ("today 8am", hm(FRIDAY, 8)),
    ("monday 18:30", hm(dt.date(2026, 11, 23), 18, 30)),
    ("2 hours ago", hm(FRIDAY, 8)),
    ("an hour ago", hm(FRIDAY, 9)),
    ("two hours ago", hm(FRIDAY, 8)),
    ("30 minutes ago", hm(FRIDAY, 9, 30)),
])
def test_past_phrases_with_a_time_of_day(text, expected):
    assert moment(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the day before yesterday", dt.date(2026, 11, 25)),
    ("day before yesterday", dt.date(2026, 11, 25)),
    ("the day after tomorrow", dt.date(2026, 11, 29)),
    ("three days ago", dt.date(2026, 11, 24)),
    ("Three Days Ago", dt.date(2026, 11, 24)),
    ("one day ago", dt.date(2026, 11, 26)),
    ("twelve days ago", dt.date(2026, 11, 15)),
    ("twenty days ago", dt.date(2026, 11, 7)),
    ("a couple of days ago", dt.date(2026, 11, 25)),
    ("a couple days ago", dt.date(2026, 11, 25)),
    ("a week ago", dt.date(2026, 11, 20)),
    ("two weeks ago", dt.date(2026, 11, 13)),
    ("in two weeks", dt.date(2026, 12, 11)),
    ("in a couple of weeks", dt.date(2026, 12, 11)),
    ("in ten days", dt.date(2026, 12, 7)),
])
def test_number_words_and_day_phrases(text, expected):
    assert day(text) == expected


def test_time_phrases_with_want_date_give_the_day():
    assert parse_when("last night", now=FRI, want="date") == THU
    assert parse_when("yesterday 9pm", now=FRI, want="date") == THU


@pytest.mark.parametrize("text, expected", [
    ("tonight", hm(FRIDAY, 22)),
    ("this evening", hm(FRIDAY, 19)),
    ("this afternoon", hm(FRIDAY, 15)),
    ("tomorrow morning", hm(dt.date(2026, 11, 28), 9)),
    ("tonight at 9", hm(FRIDAY, 21)),
])
def test_parts_of_today_and_tomorrow_keep_their_clock_time(text, expected):
    # At 10:00 these have not happened yet: they stay in the future, and
    # `log` refuses them as evidence (see test_evidence_rule below).
    assert moment(text) == expected
    assert moment(text, direction="future") == expected


@pytest.mark.parametrize("clock, text, expected", [
    # A part of the day that has begun but whose usual hour has not come yet
    # means "earlier today", not later, for things that happened.
    ((7, 30), "this morning", (7, 30)),
    ((19, 40), "tonight", (19, 40)),
    ((17, 10), "this evening", (17, 10)),
    ((23, 0), "tonight", (22, 0)),
    ((13, 0), "this morning", (9, 0)),
])
def test_a_part_of_the_day_under_way_is_not_in_the_future(clock, text, expected):
    now = FRI.replace(hour=clock[0], minute=clock[1])
    assert moment(text, now=now) == hm(FRIDAY, *expected)


@pytest.mark.parametrize("now, direction, text, expected", [
    # The nearest past one for evidence, the nearest future one for check-ins.
    (FRI, "past", "Dec 4", dt.date(2025, 12, 4)),
    (FRI, "future", "Dec 4", dt.date(2026, 12, 4)),
    (FRI, "past", "Nov 20", dt.date(2026, 11, 20)),
    (FRI, "future", "Nov 20", dt.date(2027, 11, 20)),
    (FRI, "past", "Nov 27", dt.date(2026, 11, 27)),  # today is both
    (FRI, "future", "Nov 27", dt.date(2026, 11, 27)),
    (at(2026, 12, 30), "future", "Jan 3", dt.date(2027, 1, 3)),
    (at(2027, 1, 1), "past", "Dec 25", dt.date(2026, 12, 25)),
    (FRI, "past", "Feb 29", dt.date(2024, 2, 29)),
    (FRI, "future", "Feb 29", dt.date(2028, 2, 29)),
    (FRI, "past", "4 December 2027", dt.date(2027, 12, 4)),  # a written year is kept
])
def test_a_date_without_a_year_is_the_nearest_one_in_the_direction(now, direction, text, expected):
    assert day(text, now, direction) == expected


def test_a_named_weekday_picks_the_year_it_fits():
    # 4 Dec 2026 is a Friday; the nearest past 4 Dec (2025) is not, so the
    # weekday says which one was meant (and `log` then refuses it as future).
    assert day("friday 4 december", FRI, "past") == dt.date(2026, 12, 4)
    assert day("thursday 4 december", FRI, "past") == dt.date(2025, 12, 4)


@pytest.mark.parametrize("text, reason", [
    ("32/13", "there is no such day"),
    ("31/02", "there is no such day"),
    ("0/5", "there is no such day"),
    ("32.13.2026", "there is no such day"),
    ("3/4", "numeric dates are ambiguous"),
    ("03/04/2026", "numeric dates are ambiguous"),
    ("13/4", "numeric dates can be read two ways"),
])
def test_numeric_dates_impossible_or_ambiguous(text, reason):
    with pytest.raises(DateParseError) as info:
        parse_when(text, now=FRI)
    assert reason in str(info.value)
    if reason == "there is no such day":
        assert "ambiguous" not in str(info.value)


def test_an_ambiguous_numeric_date_names_both_readings():
    with pytest.raises(DateParseError) as info:
        parse_when("3/4", now=FRI)
    assert "3 April" in str(info.value) and "4 March" in str(info.value) or \
        "3 April" in info.value.hint and "4 March" in info.value.hint


def test_a_numeric_date_with_one_reading_suggests_it_but_does_not_use_it():
    with pytest.raises(DateParseError) as info:
        parse_when("13/4", now=FRI)
    assert "2026-04-13" in info.value.hint


@pytest.mark.parametrize("text, reason", [
    ("last week", "which day"),
    ("next week", "which day"),
    ("last month", "which day"),
    ("yesterday at 9", "9 in the morning or the evening"),
    ("9pm", "which day"),
    ("a few days ago", "how many"),
    ("yesterday 25:00", None),
    ("yesterday 13pm", None),
    ("yesterday brunch", None),
    ("last nights", None),
    ("twenty one days ago", None),
    ("an day ago", None),
])
def test_phrases_refused_with_a_reason(text, reason):
    with pytest.raises(DateParseError) as info:
        parse_when(text, now=FRI)
    assert str(info.value).startswith(f"can't read {text!r} as a date")
    if reason:
        assert reason in str(info.value)


def test_hints_suggest_past_forms_for_evidence_and_future_forms_for_check_ins():
    with pytest.raises(DateParseError) as past:
        parse_when("someday", now=FRI, direction="past")
    with pytest.raises(DateParseError) as future:
        parse_when("someday", now=FRI, direction="future")
    assert "yesterday" in past.value.hint and "ago" in past.value.hint
    assert "in 2 weeks" not in past.value.hint and "+10d" not in past.value.hint
    assert "in 2 weeks" in future.value.hint and "ago" not in future.value.hint
    assert "yesterday" not in future.value.hint


# -- the rule for evidence dates -----------------------------------------------

def test_evidence_rule_refuses_the_future():
    from repairkit.dates import check_evidence_when

    opened = dt.date(2026, 11, 20)
    for when in (dt.date(2026, 11, 28), FRI + dt.timedelta(minutes=1), dt.date(2027, 1, 1)):
        with pytest.raises(UsageError) as info:
            check_evidence_when(when, now=FRI, opened=opened, text="tomorrow")
        assert info.value.exit_code == EXIT_USAGE
        assert "future" in str(info.value) and "'tomorrow'" in str(info.value)
        assert "yesterday" in info.value.hint


def test_evidence_rule_accepts_now_and_the_past():
    from repairkit.dates import check_evidence_when

    opened = dt.date(2026, 11, 20)
    for when in (FRI, dt.date(2026, 11, 27), dt.date(2026, 1, 1), dt.date(2025, 11, 20),
                 FRI.astimezone(dt.timezone.utc)):
        assert check_evidence_when(when, now=FRI, opened=opened) is None


def test_evidence_rule_questions_a_date_more_than_a_year_before_the_plan_opened():
    from repairkit.dates import check_evidence_when

    opened = dt.date(2026, 11, 20)
    concern = check_evidence_when(dt.date(2025, 1, 1), now=FRI, opened=opened, text="2025-01-01")
    assert concern and "2025" in concern and "year" in concern
    assert check_evidence_when(dt.date(2025, 11, 19), now=FRI, opened=opened)
    assert check_evidence_when(dt.date(2025, 11, 19), now=FRI, opened=None) is None
    assert check_evidence_when(dt.date(2023, 2, 27), now=FRI, opened=dt.date(2024, 2, 29))


def test_evidence_rule_questions_a_yearless_date_read_as_last_year():
    from repairkit.dates import check_evidence_when

    opened = dt.date(2026, 11, 20)
    when = parse_when("Dec 30", now=FRI)
    assert when == dt.date(2025, 12, 30)
    concern = check_evidence_when(when, now=FRI, opened=opened, text="Dec 30")
    assert concern and "30 December 2025" in concern and "most recent" in concern
    # Written with its year, or after the plan opened, it is simply what was meant.
    assert check_evidence_when(when, now=FRI, opened=opened, text="Dec 30 2025") is None
    assert check_evidence_when(dt.date(2026, 11, 21), now=FRI, opened=opened, text="Nov 21") is None
