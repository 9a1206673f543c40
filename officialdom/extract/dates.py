"""Dates of events, normalised against the article's date ("Monday", "next week", "on 14 March").

>>> import datetime as dt
>>> anchor = dt.date(2015, 12, 1)          # a Tuesday
>>> resolve_date("Monday", anchor)
datetime.date(2015, 11, 30)
>>> resolve_date("next week", anchor, future=True)
datetime.date(2015, 12, 7)
>>> resolve_date("on 14 March", anchor)
datetime.date(2015, 3, 14)
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["is_future_expression", "resolve_date"]

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_FUTURE = re.compile(r"\b(next|tomorrow|coming|upcoming|later this|following)\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")


def is_future_expression(text: str) -> bool:
    """True for expressions that point ahead ("next week", "tomorrow").

    >>> is_future_expression("next week"), is_future_expression("last Monday")
    (True, False)
    """
    return bool(_FUTURE.search(text))


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _explicit(text: str, anchor: dt.date | None, future: bool) -> dt.date | None:
    m = _ISO.search(text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    for regex, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        m = regex.search(text)
        if not m:
            continue
        month = MONTHS.get(m.group(month_group).lower())
        if month is None:
            continue
        day = int(m.group(day_group))
        if m.group(3):
            year = int(m.group(3))
        elif anchor is not None:
            year = anchor.year
        else:
            return None
        try:
            value = dt.date(year, month, day)
        except ValueError:
            return None
        if not m.group(3) and anchor is not None:
            if not future and value > anchor + dt.timedelta(days=7):
                value = value.replace(year=year - 1)
            elif future and value < anchor - dt.timedelta(days=7):
                value = value.replace(year=year + 1)
        return value
    return None


def resolve_date(text: str, anchor: dt.date | None, *, future: bool | None = None) -> dt.date | None:
    """The calendar date of a date expression, counted from ``anchor`` (the article date).

    ``future`` says whether the event lies ahead (planned); by default it is read from the expression.
    Returns None when the expression names no day, week or month that can be placed.
    """
    low = " ".join(text.lower().replace(",", " ").split())
    if future is None:
        future = is_future_expression(low)
    explicit = _explicit(text, anchor, future)
    if explicit is not None:
        return explicit
    if anchor is None:
        return None
    if "yesterday" in low:
        return anchor - dt.timedelta(days=1)
    if "tomorrow" in low:
        return anchor + dt.timedelta(days=1)
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", low):
        return anchor
    for name, wd in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", low):
            if re.search(rf"\blast {name}\b", low):
                delta = (anchor.weekday() - wd) % 7 or 7
                return anchor - dt.timedelta(days=delta)
            if re.search(rf"\bnext {name}\b", low) or future:
                delta = (wd - anchor.weekday()) % 7 or 7
                return anchor + dt.timedelta(days=delta)
            return anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)
    if "next week" in low or "coming week" in low:
        return _monday(anchor) + dt.timedelta(days=7)
    if "last week" in low or "past week" in low:
        return _monday(anchor) - dt.timedelta(days=7)
    if "this week" in low:
        return _monday(anchor)
    if "next month" in low or "coming month" in low:
        return (anchor.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    if "last month" in low:
        return (anchor.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    if "next year" in low:
        return dt.date(anchor.year + 1, 1, 1)
    return None
