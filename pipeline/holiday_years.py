"""The year of a yearly selling season named without one ("sales fell to £45m over Christmas",
"Christmas sales £320m", "will spend £10m this Christmas"), read against the article's date
(years.json ``holidays``).

A season counts only after one of its leads ("over", "this", "during the") or before one of its heads
("Christmas sales", "festive trading"): "ahead of the Christmas rush", "through the Christmas season"
and "a strong Christmas" are no money's time. It is the nearest such season by the date: the date's
year from July on, the year before until June ("Christmas sales" in a January article are of the
Christmas just gone). "last Christmas" is the one before the nearest in the second half of a year;
"next Christmas" is of the date's year.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from . import lexicon
from .lexicon import alternation

NEAREST_FROM_MONTH = 7  # from this month on, the nearest season is the date's year's; before it, last year's


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = lexicon.load("years.json")["holidays"]
    names, leads, heads = (alternation(data[k]) for k in ("names", "leads", "heads"))
    return re.compile(rf"(?:\b(?P<lead>{leads})\s+(?P<a>{names})\b|\b(?P<b>{names})\s+(?:{heads})\b)", re.IGNORECASE)


def season_year(date: str, lead: str | None) -> int:
    """The year of the season a lead points to, from an article's date (``YYYY-MM-DD``).

    >>> season_year("2005-01-13", "over"), season_year("2004-11-10", None), season_year("2004-11-18", "last")
    (2004, 2004, 2003)
    >>> season_year("2005-01-20", "last"), season_year("2005-01-20", "next")
    (2004, 2005)
    """
    data = lexicon.load("years.json")["holidays"]
    year, late = int(date[:4]), int(date[5:7]) >= NEAREST_FROM_MONTH
    lead = (lead or "").lower()
    if lead in data["later_leads"]:
        return year
    nearest = year if late else year - 1
    return nearest - 1 if lead in data["earlier_leads"] and late else nearest


def holiday_periods(text: str, date: str, free: Callable[[int, int], bool]) -> Iterator[tuple[int, int, int]]:
    """(start, end, year) of each selling season named in ``text`` with a lead or a head
    (``free``: is a stretch of text no other year's or money's).

    >>> free = lambda s, e: True
    >>> t = "sales fell to £45m over Christmas; Christmas sales £320m; ahead of the Christmas rush"
    >>> [(text[s:e], y) for text in [t] for s, e, y in holiday_periods(text, "2005-01-13", free)]
    [('Christmas', 2004), ('Christmas', 2004)]
    >>> list(holiday_periods("through the Christmas season, confident of a strong Christmas", "2004-10-05", free))
    []
    """
    for m in _pattern().finditer(text):
        group = "a" if m.group("a") else "b"
        start, end = m.span(group)
        if free(start, end):
            yield start, end, season_year(date, m.group("lead"))
