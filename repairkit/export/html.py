"""One self-contained HTML page to look at together at a check-in.

Per plan: the plan in words, the verdict as `repair review` says it, and charts drawn here as inline
SVG (no script, no fonts, no images, nothing fetched), each with a title, a description and a table
holding the same numbers. docs/conventions.md documents the page; in short:

- Day by day: the last DAILY_WEEKS weeks of the window, a row per week (Monday first), one mark a
  day told apart by shape as well as colour, as in the text timeline: filled circle (shown, noticed
  by the other partner), open circle (shown, self-reported), cross (missed), triangle (raised),
  small dot (nothing logged). A miss shows over anything else logged that day, so it is never
  hidden. Check-ins are square outlines: solid when held, dashed when planned.
- Week by week: the last WEEKLY_WEEKS weeks, a row per week: shown to the right of a line (noticed
  solid, self-reported outlined), missed to the left, raised as a triangle with its count.
- Anything older in a longer window: a row per month (per year beyond MONTHLY_LIMIT months), so the
  page of a journal kept for years stays small and quick to make.
- The log of the day-by-day weeks (its last LOG_LIMIT entries), and private notes only when given.

Partner text has its control and bidi characters made visible (as in every other output), then is
escaped for HTML, and only ever lands in element text, never inside <style> or an attribute. A
Content-Security-Policy allows nothing but the page's own style sheet, so even a slip in escaping
could neither run a script nor load anything.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from repairkit import __version__
from repairkit.dates import from_iso
from repairkit.export.common import FEAR_WORDS, REVIEW_VERDICTS, no_check_in_words, when_key
from repairkit.model import Entry, Contents, Plan
from repairkit.review import Day, PlanReview, day_mark, is_witnessed, review
from repairkit.textsafe import safe_text

DAILY_WEEKS = 8      # weeks drawn day by day, counting back from the window's last week
WEEKLY_WEEKS = 26    # weeks drawn as a row each; older ones are summed by month
MONTHLY_LIMIT = 36   # more months than this before the weekly rows: a row per year instead
LOG_LIMIT = 200      # log entries listed per plan (the most recent of the day-by-day weeks)
AHEAD_DAYS = 14      # a planned check-in this close after the window's end gets its row drawn too

MARKS = ("shown_witnessed", "shown_self", "missed", "raised", "none")
_MARK_NAMES = {m: m for m in MARKS}
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ONE_DAY = dt.timedelta(days=1)


# ------------------------------------------------------------------- words ---

_SURROGATE = re.compile("[\ud800-\udfff]")


def esc(text: object, *, one_line: bool = False) -> str:
    """Partner text for HTML element text or an attribute: control and bidi characters made visible
    (as in the terminal), a lone surrogate (which UTF-8 cannot hold) too, then & < > " ' escaped."""
    shown = safe_text(text, one_line=one_line)
    shown = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", shown)
    return html.escape(shown, quote=True)


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def _date(day: dt.date) -> str:
    """'Mon 30 Nov 2026': fixed English names, whatever the machine's locale."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _short(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def _span(first: dt.date, last: dt.date) -> str:
    """'2 Nov to 27 Nov 2026', with the first year too when the two differ."""
    if first.year != last.year:
        return f"{_short(first)} {first.year} to {_short(last)} {last.year}"
    return f"{_short(first)} to {_short(last)} {last.year}"


def _when(value: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        return f"{_date(value.date())}, {value:%H:%M}"
    return _date(value)


def _note_when(at: str) -> str:
    """A private note's time (ISO text as stored), shown like the log's; odd text is shown as it is."""
    try:
        return _when(from_iso(at))
    except ValueError:
        return esc(at, one_line=True)


def check_in_words(r: PlanReview) -> str:
    """The check-in as `repair review` says it: 'Mon 30 Nov 2026, in 3 days'."""
    c = r.check_in
    if c.state is None or c.date is None or c.days is None:
        return no_check_in_words(r.plan.status)
    if c.state == "done":
        return f"{_date(c.date)}, done"
    if c.state == "due":
        return f"{_date(c.date)}, today"
    if c.state == "overdue":
        return f"{_date(c.date)}, {_plural(-c.days, 'day')} overdue"
    return f"{_date(c.date)}, in {_plural(c.days, 'day')}"


def verdict_words(verdict: str) -> tuple[str, str]:
    return REVIEW_VERDICTS[verdict]


# ------------------------------------------------------------------ shapes ---

def mark_shape(mark: str, cx: float, cy: float) -> str:
    """One day's mark, about 16 units across, centred on (cx, cy). Shape and colour both differ."""
    if mark == "shown_witnessed":
        return f'<circle class="mk w" cx="{cx:g}" cy="{cy:g}" r="7.5"/>'
    if mark == "shown_self":
        return f'<circle class="mk s" cx="{cx:g}" cy="{cy:g}" r="6.5"/>'
    if mark == "missed":
        return f'<path class="mk x" d="M{cx - 6:g},{cy - 6:g}l12,12m0,-12l-12,12"/>'
    if mark == "raised":
        return f'<path class="mk r" d="M{cx:g},{cy - 7.5:g}l7.5,13.5h-15z"/>'
    return f'<circle class="mk n" cx="{cx:g}" cy="{cy:g}" r="2.2"/>'


def _icon(body: str) -> str:
    """A shape for running text (the key, the log), sized to the text around it; hidden from
    screen readers because the words beside it say the same."""
    return f'<svg class="icon" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">{body}</svg>'


def _checkin_icon(planned: bool) -> str:
    return _icon(f'<rect class="ci{" plan" if planned else ""}" x="-8" y="-8" width="16" height="16" rx="3"/>')


# -------------------------------------------------------------------- data ---

@dataclass
class Bucket:
    """A row of the week (or month, or year) charts: what was logged between first and last."""
    first: dt.date
    last: dt.date
    label: str
    shown_witnessed: int = 0
    shown_self: int = 0
    missed: int = 0
    raised: int = 0
    held: bool = False      # a check-in was held in it
    planned: bool = False   # the planned check-in falls in it

    @property
    def shown(self) -> int:
        return self.shown_witnessed + self.shown_self

    def add(self, day: Day) -> None:
        self.shown_witnessed += day.shown_witnessed
        self.shown_self += day.shown_self
        self.missed += day.missed
        self.raised += day.raised


@dataclass
class PlanPage:
    """Everything one plan's section draws, worked out once."""
    review: PlanReview
    noticed_by: str                 # 'Alex', or 'the other partner'
    held: set[dt.date]              # days a check-in was held, inside the window
    planned: dt.date | None         # the planned check-in, while it is still to be held
    days_first: dt.date             # the first Monday drawn day by day
    days_last: dt.date              # the last Sunday drawn
    by_day: dict[dt.date, Day]
    weeks: list[Bucket]
    earlier: list[Bucket]
    earlier_unit: str               # 'month' or 'year'
    entries: list[Entry]            # the log shown: the day-by-day weeks, most recent LOG_LIMIT
    left_out: int                   # entries of the window the log does not list
    private: list[Any] = field(default_factory=list)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def plan_page(r: PlanReview, private_notes: list[Any] | None = None) -> PlanPage:
    p = r.plan
    held = {e.day for e in r.entries if e.kind == "checkin"}
    planned = r.check_in.date if r.check_in.state in ("upcoming", "due", "overdue") else None
    last = r.end
    if planned is not None and 0 < (planned - r.end).days <= AHEAD_DAYS:
        last = planned  # the coming check-in gets its own row, so the charts show what they lead up to
    last_monday = _monday(last)
    days_first = max(_monday(r.start), _monday(r.end) - dt.timedelta(weeks=DAILY_WEEKS - 1))
    weeks_first = max(_monday(r.start), _monday(r.end) - dt.timedelta(weeks=WEEKLY_WEEKS - 1))
    by_day = {d.date: d for d in r.timeline}

    weeks = []
    monday = weeks_first
    while monday <= last_monday:
        weeks.append(Bucket(monday, monday + dt.timedelta(days=6), _short(monday)))
        monday += dt.timedelta(weeks=1)
    unit, earlier = _earlier_buckets(r.start, weeks_first - ONE_DAY) if r.start < weeks_first else ("month", [])

    def bucket(day: dt.date) -> Bucket:
        if day >= weeks_first:
            return weeks[(day - weeks_first).days // 7]
        first = earlier[0].first
        if unit == "year":
            return earlier[day.year - first.year]
        return earlier[(day.year - first.year) * 12 + day.month - first.month]

    for d in r.timeline:
        if d.shown_witnessed or d.shown_self or d.missed or d.raised:
            bucket(d.date).add(d)
    for day in held:
        bucket(day).held = True
    if planned is not None and r.start <= planned <= last:
        bucket(planned).planned = True

    in_days = sorted((e for e in r.entries if e.day >= days_first), key=when_key)
    shown_entries = in_days[-LOG_LIMIT:]
    notes = [n for n in (private_notes or []) if n.plan == p.id and r.start <= n.day <= r.end]
    return PlanPage(r, p.hurt if p.hurt else "the other partner", held, planned, days_first,
                    last_monday + dt.timedelta(days=6), by_day, weeks, earlier, unit, shown_entries,
                    len(r.entries) - len(shown_entries), notes)


def _earlier_buckets(first: dt.date, last: dt.date) -> tuple[str, list[Bucket]]:
    """The days before the week rows: ('month', a row per month), or ('year', …) when there are many."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months > MONTHLY_LIMIT:
        return "year", [Bucket(max(first, dt.date(y, 1, 1)), min(last, dt.date(y, 12, 31)), str(y))
                        for y in range(first.year, last.year + 1)]
    buckets = []
    y, m = first.year, first.month
    for _ in range(months):
        start = dt.date(y, m, 1)
        end = (dt.date(y + (m == 12), m % 12 + 1, 1)) - ONE_DAY
        buckets.append(Bucket(max(first, start), min(last, end), f"{MONTHS[m - 1]} {y}"))
        y, m = y + (m == 12), m % 12 + 1
    return "month", buckets


# ------------------------------------------------------------------ charts ---

def _day_words(day: Day, noticed_by: str) -> str:
    parts = []
    if day.shown_witnessed:
        parts.append(f"{day.shown_witnessed} shown, noticed by {noticed_by}")
    if day.shown_self:
        parts.append(f"{day.shown_self} shown, self-reported")
    if day.missed:
        parts.append(f"{day.missed} missed")
    if day.raised:
        parts.append(f"{day.raised} raised")
    return "; ".join(parts) or "nothing logged"


CELL = 36       # one day's square, in SVG units (pixels at 100% zoom)
LABEL_W = 64    # the week labels on the left
HEAD_H = 24     # the weekday names on top


def days_chart(pg: PlanPage, ref: str) -> str:
    """The day-by-day grid: a row per week, a mark per day of the window."""
    r = pg.review
    noticed = esc(pg.noticed_by, one_line=True)
    rows = ((pg.days_last - pg.days_first).days + 1) // 7
    width, height = LABEL_W + 7 * CELL + 4, HEAD_H + rows * CELL + 4
    tally = dict.fromkeys(MARKS, 0)
    cells = []
    day = pg.days_first
    while day <= pg.days_last:
        row, col = (day - pg.days_first).days // 7, day.weekday()
        x, y = LABEL_W + col * CELL, HEAD_H + row * CELL
        cx, cy = x + CELL / 2, y + CELL / 2
        ring = ""
        if day in pg.held:
            ring = f'<rect class="ci" x="{x + 1}" y="{y + 1}" width="{CELL - 2}" height="{CELL - 2}" rx="6"/>'
            extra = "; check-in held"
        elif day == pg.planned:
            ring = f'<rect class="ci plan" x="{x + 1}" y="{y + 1}" width="{CELL - 2}" height="{CELL - 2}" rx="6"/>'
            extra = "; check-in planned"
        else:
            extra = ""
        if r.start <= day <= r.end:
            d = pg.by_day.get(day) or Day(day)
            mark = day_mark(d, _MARK_NAMES)
            tally[mark] += 1
            cells.append(f'<g class="day" data-date="{day.isoformat()}" data-mark="{mark}">'
                         f'<title>{_date(day)}: {_day_words(d, noticed)}{extra}</title>'
                         f'<rect class="cell" x="{x + 3}" y="{y + 3}" width="{CELL - 6}" height="{CELL - 6}" rx="4"/>'
                         f'{mark_shape(mark, cx, cy)}{ring}</g>')
        else:
            when = "after" if day > r.end else "before"
            cells.append(f'<g class="day out" data-date="{day.isoformat()}"><title>{_date(day)}: {when} this window'
                         f'{extra}</title><rect class="cell out" x="{x + 3}" y="{y + 3}" width="{CELL - 6}" '
                         f'height="{CELL - 6}" rx="4"/>{ring}</g>')
        day += ONE_DAY
    head = "".join(f'<text class="wd" x="{LABEL_W + i * CELL + CELL / 2:g}" y="16">{name}</text>'
                   for i, name in enumerate(WEEKDAYS))
    labels = "".join(f'<text class="rl" x="{LABEL_W - 8}" y="{HEAD_H + i * CELL + CELL / 2 + 4.5:g}">'
                     f'{_short(pg.days_first + dt.timedelta(weeks=i))}</text>' for i in range(rows))
    drawn_first = max(r.start, pg.days_first)
    title = f"{esc(r.plan.title or r.plan.id, one_line=True)}: day by day, {_span(drawn_first, r.end)}"
    counted = sum(tally.values())
    desc = (f"A row per week, Monday first; {_plural(counted, 'day')} of the window. "
            f"{tally['shown_witnessed']} with the behavior noticed by {noticed}, "
            f"{tally['shown_self']} self-reported, {tally['missed']} missed, {tally['raised']} raised, "
            f"{tally['none']} with nothing logged.{_checkin_desc(pg, drawn_first)}")
    return (f'<svg class="chart days" data-plan="{esc(r.plan.id)}" role="img" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" aria-labelledby="{ref}-t {ref}-d">'
            f'<title id="{ref}-t">{title}</title><desc id="{ref}-d">{desc}</desc>'
            f'{head}{labels}{"".join(cells)}</svg>')


def _checkin_desc(pg: PlanPage, first: dt.date) -> str:
    held = sorted(d for d in pg.held if d >= first)
    bits = []
    if held:
        bits.append("check-in held " + ", ".join(_date(d) for d in held))
    if pg.planned is not None and first <= pg.planned <= pg.days_last:
        bits.append(f"check-in planned {check_in_words(pg.review)}")
    return (" " + "; ".join(bits).capitalize() + ".") if bits else ""


ROW_H = 26
LABEL_CHAR_W = 8  # room for one character of a row's label ('12 Nov', 'Nov 2026')
BAR_MAX = 84    # the longest bar, on either side of the line, so lengths compare honestly
DIGIT_W = 8     # room for one digit of a count at the end of a bar


def rows_chart(pg: PlanPage, buckets: list[Bucket], ref: str, unit: str) -> str:
    """A row per week (or month, or year): shown to the right of the line, missed to the left."""
    r = pg.review
    noticed = esc(pg.noticed_by, one_line=True)
    top = max([1] + [max(b.shown, b.missed) for b in buckets])
    side = BAR_MAX + 10 + DIGIT_W * len(str(top))  # each side holds the longest bar and its number
    raised_w = max(44, 28 + DIGIT_W * len(str(max(b.raised for b in buckets))))
    label_w = 26 + LABEL_CHAR_W * max(len(b.label) for b in buckets)  # the label, then a check-in's square
    width = label_w + 2 * side + raised_w
    height = HEAD_H + len(buckets) * ROW_H + 4
    axis = label_w + side
    scale = BAR_MAX / top
    parts = [f'<text class="hd" x="{axis - 8}" y="16" text-anchor="end">missed</text>',
             f'<text class="hd" x="{axis + 8}" y="16">shown</text>',
             f'<text class="hd" x="{width - raised_w / 2:g}" y="16" text-anchor="middle">raised</text>']
    for i, b in enumerate(buckets):
        y = HEAD_H + i * ROW_H
        mid = y + ROW_H / 2
        bar_y, bar_h = y + 6, ROW_H - 12
        row = [f'<title>{_bucket_words(b, unit, noticed)}</title>']
        if i % 2 == 0:
            row.append(f'<rect class="zebra" x="0" y="{y}" width="{width}" height="{ROW_H}"/>')
        row.append(f'<text class="rl" x="{label_w - 24}" y="{mid + 4.5:g}">{b.label}</text>')
        if b.held or b.planned:
            row.append(f'<rect class="ci{"" if b.held else " plan"}" x="{label_w - 18}" y="{mid - 7:g}" '
                       f'width="14" height="14" rx="3"/>')
        x = axis
        if b.shown_witnessed:
            w = b.shown_witnessed * scale
            row.append(f'<rect class="bw" x="{x}" y="{bar_y}" width="{w:.1f}" height="{bar_h}"/>')
            x += w
        if b.shown_self:
            w = b.shown_self * scale
            row.append(f'<rect class="bs" x="{x + 1:.1f}" y="{bar_y + 1}" width="{max(w - 2, 1):.1f}" '
                       f'height="{bar_h - 2}"/>')
            x += w
        if b.shown:
            row.append(f'<text class="num" x="{x + 5:.1f}" y="{mid + 4.5:g}">{b.shown}</text>')
        if b.missed:
            w = b.missed * scale
            row.append(f'<rect class="bx" x="{axis - w:.1f}" y="{bar_y}" width="{w:.1f}" height="{bar_h}"/>'
                       f'<text class="num" x="{axis - w - 5:.1f}" y="{mid + 4.5:g}" text-anchor="end">'
                       f'{b.missed}</text>')
        if b.raised:
            tx = width - raised_w + 14
            row.append(mark_shape("raised", tx, mid + 1)
                       + f'<text class="num" x="{tx + 11}" y="{mid + 4.5:g}">{b.raised}</text>')
        parts.append(f'<g class="row" data-first="{b.first.isoformat()}" data-shown-witnessed="{b.shown_witnessed}" '
                     f'data-shown-self="{b.shown_self}" data-missed="{b.missed}" data-raised="{b.raised}">'
                     f'{"".join(row)}</g>')
    parts.append(f'<line class="axis" x1="{axis}" y1="{HEAD_H - 2}" x2="{axis}" y2="{height - 2}"/>')
    total = Bucket(buckets[0].first, buckets[-1].last, "")
    for b in buckets:
        total.shown_witnessed += b.shown_witnessed
        total.shown_self += b.shown_self
        total.missed += b.missed
        total.raised += b.raised
    name = esc(r.plan.title or r.plan.id, one_line=True)
    first, last = max(r.start, buckets[0].first), min(buckets[-1].last, r.end)
    title = f"{name}: {unit} by {unit}, {_span(first, last) if first <= last else _short(buckets[0].first)}"
    desc = (f"A row per {unit}; shown to the right of the line (solid: noticed by {noticed}, outlined: "
            f"self-reported), missed to the left, raised as a triangle; the longest bar is {top}. In all: "
            f"{total.shown} shown ({total.shown_witnessed} noticed, {total.shown_self} self-reported), "
            f"{total.missed} missed, {total.raised} raised.")
    if any(b.held for b in buckets):
        desc += " A solid square marks a " + unit + " with a check-in held."
    if any(b.planned for b in buckets):
        desc += f" A dashed square marks the planned check-in, {check_in_words(r)}."
    return (f'<svg class="chart {unit}s" data-plan="{esc(r.plan.id)}" role="img" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}" aria-labelledby="{ref}-t {ref}-d">'
            f'<title id="{ref}-t">{title}</title><desc id="{ref}-d">{desc}</desc>{"".join(parts)}</svg>')


def _bucket_words(b: Bucket, unit: str, noticed: str) -> str:
    when = {"week": f"Week of {_date(b.first)}", "month": b.label, "year": b.label}[unit]
    words = (f"{when}: {b.shown} shown ({b.shown_witnessed} noticed by {noticed}, {b.shown_self} self-reported), "
             f"{b.missed} missed, {b.raised} raised")
    if b.held:
        words += "; check-in held"
    if b.planned:
        words += "; check-in planned"
    return words


# ------------------------------------------------------------------ tables ---

def _table(caption: str, first_header: str, rows: Iterable[tuple[str, int, int, int, int, str]]) -> str:
    body = "".join(f"<tr><th scope=\"row\">{label}</th><td>{w}</td><td>{s}</td><td>{m}</td><td>{r}</td>"
                   f"<td>{ci}</td></tr>" for label, w, s, m, r, ci in rows)
    return (f'<div class="scroll"><table><caption>{caption}</caption><thead><tr><th scope="col">{first_header}</th>'
            '<th scope="col">shown, noticed</th><th scope="col">shown, self-reported</th><th scope="col">missed</th>'
            f'<th scope="col">raised</th><th scope="col">check-in</th></tr></thead><tbody>{body}</tbody></table></div>')


def _ci_cell(held: bool, planned: bool) -> str:
    return "held" if held else ("planned" if planned else "")


def tables(pg: PlanPage) -> str:
    r = pg.review
    first = max(r.start, pg.days_first)
    day_rows = []
    day = first
    while day <= min(r.end, pg.days_last):
        d = pg.by_day.get(day)
        held, planned = day in pg.held, day == pg.planned
        if (d and (d.shown_witnessed or d.shown_self or d.missed or d.raised)) or held or planned:
            d = d or Day(day)
            day_rows.append((_date(day), d.shown_witnessed, d.shown_self, d.missed, d.raised,
                             _ci_cell(held, planned)))
        day += ONE_DAY
    if pg.planned is not None and r.end < pg.planned <= pg.days_last:
        day_rows.append((_date(pg.planned), 0, 0, 0, 0, "planned"))
    out = []
    if day_rows:
        out.append(_table(f"Day by day, {_span(first, r.end)}: the days with something logged", "day", day_rows))
    else:
        out.append(f"<p>Day by day, {_span(first, r.end)}: nothing logged.</p>")
    out.append(_table("Week by week", "week of",
                      ((_date(b.first), b.shown_witnessed, b.shown_self, b.missed, b.raised,
                        _ci_cell(b.held, b.planned)) for b in pg.weeks)))
    if pg.earlier:
        out.append(_table(f"{pg.earlier_unit.capitalize()} by {pg.earlier_unit}, earlier", pg.earlier_unit,
                          ((b.label, b.shown_witnessed, b.shown_self, b.missed, b.raised,
                            _ci_cell(b.held, b.planned)) for b in pg.earlier)))
    return "".join(out)


# -------------------------------------------------------------------- page ---

def _key(pg: PlanPage) -> str:
    p = pg.review.plan
    noticed = esc(pg.noticed_by, one_line=True)
    self_by = f" by {esc(p.repairing, one_line=True)}" if p.repairing else ""
    items = [(mark_shape("shown_witnessed", 0, 0), f"shown, noticed by {noticed}"),
             (mark_shape("shown_self", 0, 0), f"shown, self-reported{self_by}"),
             (mark_shape("missed", 0, 0), "missed: the old pattern came back"),
             (mark_shape("raised", 0, 0), "raised the agreed way"),
             (mark_shape("none", 0, 0), "nothing logged (not the same as a miss)"),
             ('<rect class="ci" x="-8" y="-8" width="16" height="16" rx="3"/>', "check-in held"),
             ('<rect class="ci plan" x="-8" y="-8" width="16" height="16" rx="3"/>', "check-in planned")]
    return ('<ul class="key" aria-label="Key to the charts">'
            + "".join(f"<li>{_icon(shape)} {words}</li>" for shape, words in items) + "</ul>")


def _entry_what(e: Entry, p: Plan) -> tuple[str, str]:
    """(mark for the icon, words) for one log entry."""
    by = esc(e.by, one_line=True) if e.by else ""
    if e.kind == "shown":
        if is_witnessed(e, p):
            return "shown_witnessed", f"shown, noticed by {by}"
        return "shown_self", "shown, self-reported" + (f" by {by}" if by else "")
    if e.kind == "checkin":
        detail = ", ".join(x for x in (esc(e.outcome or "", one_line=True),
                                       f"next {_date(e.next)}" if e.next else "") if x)
        return "checkin", "check-in" + (f" ({detail})" if detail else "") + (f", by {by}" if by else "")
    return e.kind, esc(e.kind, one_line=True) + (f", by {by}" if by else "")


def _log(pg: PlanPage) -> str:
    r, p = pg.review, pg.review.plan
    items = []
    for e in pg.entries:
        mark, what = _entry_what(e, p)
        if mark in MARKS:
            icon = _icon(mark_shape(mark, 0, 0))
        elif mark == "checkin":
            icon = _checkin_icon(False)
        else:
            icon = _icon('<path class="mk t" d="M-7,-5h14M-7,0h14M-7,5h9"/>')
        note = f'<span class="note">{esc(e.note.strip())}</span>' if e.note and e.note.strip() else ""
        items.append(f'<li class="entry" data-kind="{esc(e.kind)}"><span class="when">{_when(e.at)}</span> '
                     f'<span class="what">{icon} {what}</span>{note}</li>')
    first = max(r.start, pg.days_first)
    heading = f"<h3>Log, {_span(first, r.end)}</h3>"
    if not items:
        return heading + "<p>Nothing logged in these weeks.</p>"
    intro = ""
    if pg.left_out:
        intro = (f'<p class="aside">Listed: the last {_plural(len(pg.entries), "entry", "entries")}. '
                 f'{_plural(pg.left_out, "earlier entry", "earlier entries")} of this window '
                 f'{"is" if pg.left_out == 1 else "are"} in the counts above but not listed here; '
                 "<code>repair export --since WHEN</code> lists any stretch in full.</p>")
    return f'{heading}{intro}<ol class="log">{"".join(items)}</ol>'


def _private(pg: PlanPage) -> str:
    head = ('<section class="private" aria-label="Private notes"><h3>Private notes '
            '<span class="badge">private</span></h3><p class="aside">Only on this computer, from '
            "<code>repair log --private</code>; they are not in the shared journal.</p>")
    if not pg.private:
        return head + "<p>No private notes in this window.</p></section>"
    items = "".join(f'<li class="entry"><span class="badge">private</span> <span class="when">'
                    f"{_note_when(n.at)}</span> "
                    f'<span class="what">{esc(n.kind, one_line=True)}</span>'
                    f'<span class="note">{esc(n.note.strip())}</span></li>' for n in pg.private)
    return f'{head}<ol class="log">{items}</ol></section>'


def plan_section(pg: PlanPage, n: int, with_private: bool) -> str:
    r, p = pg.review, pg.review.plan
    c = r.counts
    label, explain = verdict_words(r.verdict)
    meta = [f"<code>{esc(p.id, one_line=True)}</code>", esc(p.status, one_line=True)]
    if p.opened:
        meta.append(f"opened {_date(p.opened)}")
    if p.repairing:
        meta.append(f"{esc(p.repairing, one_line=True)} repairing")
    if p.hurt:
        meta.append(f"{esc(p.hurt, one_line=True)} hurt")
    facts = [("Pattern", p.pattern), ("Visible behavior", p.behavior), ("If it comes back", p.raise_it)]
    rows = "".join(f"<dt>{name}</dt><dd>{esc(value)}</dd>" for name, value in facts if value)
    if p.fear:
        rows += f"<dt>Fear</dt><dd>{esc(FEAR_WORDS.get(p.fear, p.fear))}</dd>"
    rows += f"<dt>Check-in</dt><dd>{check_in_words(r)}</dd>"
    for name, value in (("What happened", p.incident), ("Impact", p.impact)):
        if value:
            rows += f"<dt>{name}</dt><dd>{esc(value)}</dd>"
    noticed = esc(pg.noticed_by, one_line=True)
    evidence = (f"{_span(r.start, r.end)} ({_plural((r.end - r.start).days + 1, 'day')}): {c.shown} shown "
                f"({c.shown_witnessed} noticed by {noticed}, {c.shown_self} self-reported), {c.missed} missed, "
                f"{c.raised} raised, {_plural(c.notes, 'note')}")
    ref = f"p{n}"
    status = f' <span class="status">{esc(p.status, one_line=True)}</span>' if p.status != "active" else ""
    top = (f'<section class="plan" id="plan-{esc(p.id)}" data-plan="{esc(p.id)}" aria-labelledby="{ref}-h">'
           f'<h2 id="{ref}-h">{esc(p.title or p.id, one_line=True)}{status}</h2>'
           f'<p class="meta">{" · ".join(meta)}</p>')
    if r.start > r.end:  # --since after --until: say so instead of drawing nothing
        return (f'{top}<dl class="facts">{rows}</dl><p>Nothing to show: this window starts on {_date(r.start)}, '
                f"after it ends on {_date(r.end)}.</p></section>")
    figures = [f'<figure><figcaption>Day by day</figcaption>{days_chart(pg, ref + "-days")}</figure>',
               (f'<figure><figcaption>Week by week</figcaption>'
                f'{rows_chart(pg, pg.weeks, ref + "-weeks", "week")}</figure>')]
    if pg.earlier:
        unit = pg.earlier_unit
        figures.append(f'<figure><figcaption>{unit.capitalize()} by {unit}, before that</figcaption>'
                       f'{rows_chart(pg, pg.earlier, ref + "-" + unit + "s", unit)}</figure>')
    return (f'{top}<p class="verdict v-{r.verdict}"><strong>{label}</strong>: {explain}</p>'
            f'<p class="evidence">{evidence}</p>'
            f'<dl class="facts">{rows}</dl>'
            f'<div class="charts">{"".join(figures)}</div>{_key(pg)}'
            f'<details class="numbers"><summary>The numbers behind the charts</summary>{tables(pg)}</details>'
            f'{_log(pg)}{_private(pg) if with_private else ""}</section>')


CSS = """\
:root{color-scheme:light dark;--bg:#faf8f4;--fg:#1d1f23;--muted:#50555c;--card:#fff;--cell:#eceef1;\
--line:#c3c8cf;--shown:#1f5fa8;--missed:#a8430a;--raised:#7a3589;--none:#686d75;--ci:#1d1f23;--priv:#7a3589;\
--good:#1e6b3a;--mid:#8a5a00}
@media (prefers-color-scheme:dark){:root{--bg:#141518;--fg:#e8e9eb;--muted:#b0b4ba;--card:#1d1f23;\
--cell:#2b2e34;--line:#4a4f57;--shown:#8cbcf5;--missed:#f5a06a;--raised:#dba6ea;--none:#9ba0a8;--ci:#e8e9eb;\
--priv:#dba6ea;--good:#7fd39a;--mid:#e6b450}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);\
font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
main{max-width:72rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 .25rem}
h2{font-size:1.4rem;line-height:1.25;margin:0 0 .25rem;overflow-wrap:anywhere}
h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
p{margin:.5rem 0}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em}
.lede,.meta,.aside,footer{color:var(--muted)}
.warning{border:2px dashed var(--priv);border-radius:.5rem;padding:.5rem .75rem}
.plan{background:var(--card);border:1px solid var(--line);border-radius:.75rem;padding:1rem 1.25rem;\
margin:1.5rem 0}
.status,.badge{display:inline-block;font-size:.75rem;font-weight:600;letter-spacing:.04em;\
text-transform:uppercase;border:1.5px solid var(--muted);border-radius:.3rem;padding:0 .35rem;vertical-align:.2em}
.badge{border:1.5px dashed var(--priv);color:var(--priv)}
.verdict{border-left:.4rem solid var(--muted);background:var(--bg);padding:.45rem .75rem;font-size:1.1rem;\
border-radius:0 .4rem .4rem 0}
.v-showing_up{border-color:var(--good)}.v-self_reported_only{border-color:var(--shown)}\
.v-mixed{border-color:var(--mid)}.v-not_yet{border-color:var(--missed)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.75rem 0}
.facts dt{font-weight:600}.facts dd{margin:0;overflow-wrap:anywhere;white-space:pre-line}
@media (max-width:36rem){main{padding:1rem .75rem 2rem}.plan{padding:.75rem}\
.facts{grid-template-columns:1fr}.facts dd{margin:0 0 .4rem}}
.charts{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:flex-start;margin:1rem 0 .5rem}
figure{margin:0;max-width:100%}
figcaption{font-weight:600;margin-bottom:.25rem}
svg.chart{display:block;max-width:100%;height:auto}
svg text{fill:var(--fg);font-size:13px;font-family:inherit}
.wd{text-anchor:middle;fill:var(--muted)}.rl{text-anchor:end}.hd{fill:var(--muted)}
.cell{fill:var(--cell)}.cell.out{fill:none;stroke:var(--line);stroke-dasharray:2 3}
.mk.w{fill:var(--shown)}.mk.s{fill:none;stroke:var(--shown);stroke-width:2.5}
.mk.x{fill:none;stroke:var(--missed);stroke-width:3.2;stroke-linecap:round}
.mk.r{fill:var(--raised)}.mk.n{fill:var(--none)}.mk.t{fill:none;stroke:var(--muted);stroke-width:2}
.ci{fill:none;stroke:var(--ci);stroke-width:2.2}.ci.plan{stroke-dasharray:4 3}
.bw{fill:var(--shown)}.bs{fill:none;stroke:var(--shown);stroke-width:2}.bx{fill:var(--missed)}
.zebra{fill:var(--cell);opacity:.55}.axis{stroke:var(--fg);stroke-width:1.5}
.num{font-variant-numeric:tabular-nums}
.icon{width:1.1em;height:1.1em;vertical-align:-.2em;overflow:visible}
.key{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;font-size:.95rem}
details{margin:.75rem 0}summary{cursor:pointer;font-weight:600}
.scroll{overflow-x:auto}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.2rem .6rem;text-align:right}
th[scope=row],thead th:first-child{text-align:left;font-weight:normal;white-space:nowrap}
thead th{font-weight:600;vertical-align:bottom}
.log{list-style:none;padding:0;margin:0}
.entry{padding:.4rem 0;border-bottom:1px solid var(--line)}
.when{color:var(--muted);margin-right:.5rem;white-space:nowrap}
.what{font-weight:600}
.note{display:block;white-space:pre-line;overflow-wrap:anywhere}
.private{border:2px dashed var(--priv);border-radius:.5rem;padding:.25rem .75rem .5rem;margin-top:1rem}
footer{font-size:.9rem;margin-top:2rem}
@media print{:root{color-scheme:light;--bg:#fff;--fg:#000;--muted:#333;--card:#fff;--cell:#e6e8eb;\
--line:#999;--shown:#1f5fa8;--missed:#a8430a;--raised:#7a3589;--none:#555;--ci:#000;--priv:#7a3589}
body{font-size:11pt}main{max-width:none;padding:0}
.plan{border:none;padding:0;margin:0 0 1.5rem;break-before:page}.plan:first-of-type{break-before:auto}
figure,table,.verdict,.entry{break-inside:avoid}summary{display:none}.scroll{overflow:visible}}
@media print{details::details-content{content-visibility:visible;display:block}}
"""
CSP_STYLE = "sha256-" + base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode("ascii")
# Nothing may be fetched or run: only this exact style sheet applies (style attributes neither).
CSP = f"default-src 'none'; style-src '{CSP_STYLE}'; base-uri 'none'; form-action 'none'"


def _title(since: dt.date | None, until: dt.date | None, today: dt.date) -> str:
    if since is None and until is None:
        return "Repair journal"
    return f"Repair journal, {_span(since, until or today) if since else 'to ' + _date(until or today)}"


def to_html(journal: Contents, *, now: dt.datetime, plans: list[Plan] | None = None,
            since: dt.date | None = None, until: dt.date | None = None,
            private_notes: list[Any] | None = None) -> str:
    """The page: a section per plan (every plan unless `plans` is given). `private_notes` (this user's,
    from repairkit.journal.private.notes_for) are shown, each marked private, only when given."""
    plans = journal.plans if plans is None else plans
    today = now.date()
    title = _title(since, until, today)
    with_private = private_notes is not None
    reviews = review(plans, journal.entries, today=today, since=since, until=until)
    people = " and ".join(esc(p, one_line=True) for p in journal.people)
    head = [f"<h1>{title}</h1>",
            (f'<p class="lede">{"Shared by " + people + ". " if people else ""}'
             f"Made on {_date(today)} at {now:%H:%M}, to look at together at a check-in: for each plan, what was "
             "agreed, what the review says, and what was logged, day by day and week by week. A day with nothing "
             "logged is only that: nothing was written down.</p>")]
    if with_private:
        head.append('<p class="warning"><span class="badge">private</span> This page includes your private '
                    "notes. Keep it to yourself: don't commit it to a shared repository or send it on.</p>")
    sections = [plan_section(plan_page(r, private_notes), n, with_private) for n, r in enumerate(reviews, 1)]
    if not sections:
        sections = ["<p>No plans yet. <code>repair plan</code> adds one.</p>"]
    return ("<!doctype html>\n"
            '<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="color-scheme" content="light dark">'
            f'<meta name="generator" content="repairkit {esc(__version__)}">'
            f"<title>{title}</title><style>{CSS}</style></head>\n"
            f'<body><main>{"".join(head)}\n' + "\n".join(sections)
            + f'\n<footer>Made with repairkit {esc(__version__)} on {_date(today)}. This page is a snapshot: it '
            "does not change when the journal does.</footer></main></body></html>\n")
