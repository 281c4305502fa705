"""What an anchored relative year ("a year earlier") counts from when no calendar year is named
before it: the period that frames the sentence's first amount ("fourth-quarter revenue rose to
$7.1bn from $6.8bn a year earlier": the fourth quarter's year), or the year of the sentence before
when its own names that money again (``restates_earlier``). Used by the ``news_years`` stage
(years.py)."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter
from typing import Protocol

from .later_mentions import refers_back

SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[A-Z\"“]|\n\s*\n")  # a sentence's stop, or a blank line
_BREAK = re.compile(r"[,;:()]")
SENTENCE_REACH = 600  # characters back at most to look for the start of the sentence
_START = attrgetter("start")


class Dated(Protocol):
    start: int
    end: int


def after_stop(text: str, stop: re.Match) -> int:
    """Where the sentence after the sentence end ``stop`` begins (its match takes the next sentence's
    first character, a capital or a quote, unless it ends at a blank line)."""
    return stop.end() - 1 if text[stop.end() - 1] not in " \n" else stop.end()


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding the character ``at`` begins (the end of the last sentence break
    before it, at most SENTENCE_REACH characters back).

    >>> t = "Sales fell. Profit rose to $5m."
    >>> sentence_start(t, 20), sentence_start(t, 3)
    (12, 0)
    """
    lo = max(0, at - SENTENCE_REACH)
    start = lo
    for m in SENTENCE_END.finditer(text, lo, at):
        start = after_stop(text, m)
    return start


def framing_period(text: str, periods: list[Dated], money: list[tuple[int, int]], at: int) -> Dated | None:
    """The period of ``periods`` (sorted by start) that frames the first amount of ``money``
    (sorted (start, end) ranges) in the sentence holding ``at``: before that amount in the
    sentence, or right after it with no punctuation and no other amount between. Such a period
    ("fourth-quarter revenue", "rose to 5.03 billion dlrs in December") is the time of the figure a
    later "a year earlier" compares with; a period after another amount ("revised from 971 mln in
    December and 816 mln a year earlier") is that amount's own. None when there is none.

    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class P:
    ...     start: int
    ...     end: int
    >>> t = "It rose to $5 in December from $4 in November and $3 a year earlier."
    >>> money = [(11, 13), (29, 31), (47, 49)]
    >>> framing_period(t, [P(14, 25), P(32, 43)], money, 50)
    P(start=14, end=25)
    >>> t = "Exports were $9 against $8, revised from $7 in December and $6 a year earlier."
    >>> framing_period(t, [P(44, 55)], [(13, 15), (24, 26), (41, 43), (60, 62)], 63) is None
    True
    """
    s0 = sentence_start(text, at)
    k = bisect_left(money, (s0, s0))
    if k == len(money) or money[k][0] >= at:
        return None
    first_start, first_end = money[k]
    second = money[k + 1][0] if k + 1 < len(money) else at
    best = None
    for period in periods[bisect_left(periods, s0, key=_START) :]:  # the sentence's only
        if period.end > at:
            break
        if period.end <= first_start:
            best = period  # the last period before the first amount
        elif period.start >= first_end and period.end <= second and not _BREAK.search(text, first_end, period.start):
            return period
    return best


def restates_earlier(text: str, stop: re.Match, at: int) -> bool:
    """Does the sentence after the sentence end ``stop`` name the money before it again ("the amount",
    "that figure": clauses.json ``same_money``) before ``at``, in that same sentence? Then a relative
    year at ``at`` counts from the year named before the stop ("... 98.7 billion won last year. The
    amount was up from 84.2 billion won a year earlier": the year before last year).

    >>> t = "It drew $98m last year. The amount was up from $84m a year earlier. Sales rose a year earlier."
    >>> stop = SENTENCE_END.search(t)
    >>> restates_earlier(t, stop, t.index("a year")), restates_earlier(t, stop, t.rindex("a year"))
    (True, False)
    """
    start = after_stop(text, stop)
    return SENTENCE_END.search(text, start, at) is None and refers_back(text, start, at, headed=True)
