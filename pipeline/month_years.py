"""The year of a month, quarter or half named without one ("in June", "starting June 28",
"first-quarter net profit", "the January-March quarter", "in the second half"), read against the
article's date (years.json ``named_periods``).

A period is upcoming when it opens within UPCOMING months after the date's month ("for February" in
a January article, "from January" in a December one, "in the third quarter" in a June one; not a
quarter or half of the next year: a "first-half" profit in a November article is that year's,
reported), when a future lead stands right before it ("starting June", "by December"; not "from",
which opens a base: "up from the second quarter"), or when it opens within FUTURE_REACH months and a
future word stands in its clause ("expects sales to pick up in the second half"); a deadline's lead
in a clause with a past verb and no future word is none ("had been spent by the end of September";
"has been cut until September" stays ahead); an upcoming period is of the first such month on or
after the date.
A period going on at the date is of the date's year, whatever the tense ("set aside 16 billion won
for school lunches in the second half" in a November article): the same period a year before is
seldom news. Any other period is of the last such period ended by the date: a report after it
("fourth-quarter profit" in a February article, "exports fell in December" in a January one). A period's own end
date, a month and a day without a year ("the fourth quarter ended January 28", "the quarter ending
June 30"), is of that day's year (``end_date_year``), and so is a period up to a month ("in the year
to April" in a June article: that April's; "the six months to September": the last September);
left alone with a future word in its clause ("raised its forecast for the year to March": the next
one) and a fiscal year's start ("the year starting April"). Left alone too: a period next to a
relative year ("March next year", "last year's first quarter", "a second quarter loss last year"); a
quarter with its own end date ("the second quarter ended March 29, 1986"); one after a calendar
year in its sentence ("in 1983 it earned ... in its first quarter"); a day with no future lead
before it, the day of an event ("on April 15", "Yonhap reported April 29", not "starting June 28");
the base of a record ("the steepest rise since June").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from . import lexicon
from .lexicon import alternation
from .year_bases import in_closed_aside

CLAUSE_BACK = 80  # characters back from a period to where a future cue may stand in its clause
UPCOMING = 2  # months after the date's month that a named period is taken to be the next one
FUTURE_REACH = 6  # months ahead that a future word in the clause (not a lead right before) reaches
_CLAUSE_STOP = re.compile(r"[.;:!?]\s|,\s")
_YEAR_NEAR = re.compile(r"\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*)?,?\s*(?:of\s+|fiscal\s+)?'?(?:1[89]|20)\d\d\b")
_RELATIVE_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:next|this|last|the\s+following|the\s+previous|the\s+prior|a)\s+year\b", re.IGNORECASE
)
# ... or after the noun the period modifies: "a second quarter loss last year", "first-half net profit this year"
_RELATIVE_PAST_NOUN = re.compile(r"[ \t\n-]+(?:[a-z]+\s+){1,2}(?:next|this|last)\s+year\b")
_RELATIVE_BEFORE = re.compile(r"\byear(?:'s|’s|-earlier|-ago|\s+earlier|\s+ago)\s+$", re.IGNORECASE)
_YEAR_SOON = re.compile(r"[^.;]{0,30}?\b(?:1[89]|20)\d\d\b")  # a quarter's own end date with its year
_PERIOD_NOUNS = "year|months|quarter|half|period"
_FISCAL_BEFORE = re.compile(
    rf"\b(?:{_PERIOD_NOUNS})\s+(?:to|ending|ended|starting(?:\s+in)?|beginning(?:\s+in)?|through)\s+(?:end-)?$",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(r"(?:\b(?:1[89]|20)\d\d|fiscal|FY)[\s'’s-]*$", re.IGNORECASE)
# a period's own end date, a month and a day with no year: "the fourth quarter ended January 28"
# ... a period up to a month ("the year to March", "the three months to June"): it ends in that month
_PERIOD_TO_BEFORE = re.compile(r"\s(to|ended|ending)\s+$", re.IGNORECASE)
_ENDED_BEFORE = re.compile(rf"\b(?:{_PERIOD_NOUNS}|weeks)\s+(ended|ending)\s+$", re.IGNORECASE)
# ... of a period named as a year before: "in last year's first quarter ended April 30", "its last
# fiscal year ending October 31" (its year is the relative phrase's)
_LAST_PERIOD_BEFORE = re.compile(
    r"(?:\b(?:last|previous|prior)\s+(?:fiscal\s+)?(?:year(?:'s|’s)?|quarter|half)|\byear-(?:ago|earlier))\b[^.;,]{0,30}$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return lexicon.load("years.json")["named_periods"]


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Month names as written, capitalised ("June", "Sept."), to their number."""
    names = list(lexicon.load("years.json")["months"])
    full = [m for m in names if len(m) > 4 or m in ("june", "july", "may")]
    out = {m.capitalize(): i + 1 for i, m in enumerate(full)}
    for short in names:
        if short not in full:
            number = next(i for m, i in out.items() if m.lower().startswith(short))
            out[short.capitalize() + "."] = number
    return out


@lru_cache(maxsize=1)
def _short_months() -> dict[str, int]:
    """Short month names written without their stop, capitalised ("Dec", "Sept"), to their number:
    a month only before a day ("on Dec 31", Reuters' way); "Jun" alone is a Korean given name.

    >>> _short_months()["Dec"], _short_months()["Sept"], "May" in _short_months()
    (12, 9, False)
    """
    return {m[:-1]: n for m, n in _months().items() if m.endswith(".")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = _lexicon()
    months = "|".join(re.escape(m) for m in sorted(_months(), key=len, reverse=True))
    shorts = "|".join(re.escape(m) for m in sorted(_short_months(), key=len, reverse=True))
    ordinals = alternation(list(data["quarters"]))
    halves = alternation(list(data["halves"]))
    counts = alternation(list(data["month_counts"]))
    codes = "|".join(map(re.escape, data["period_codes"]))  # as written: "Q3", not "q3"
    return re.compile(
        rf"\b(?P<m1>{months})-(?P<m2>{months})(?:\s+(?:quarter|period))?\b"
        rf"|\b(?P<code>{codes})\b"
        rf"|\b(?i:(?P<q>{ordinals}))[- ](?i:quarter)\b"
        rf"|\b(?i:(?P<h>{halves}))[- ](?i:half)\b"
        rf"|\b(?i:first)\s+(?i:(?P<n>{counts}))\s+(?i:months)\b"
        rf"|\b(?P<m>{months})(?!\w)"
        rf"|\b(?P<ms>{shorts})(?=[ \t]+\d{{1,2}}\b)"
    )


@lru_cache(maxsize=1)
def _own_end() -> re.Pattern:
    """A fiscal quarter's or half's own end month after it: its year is the month's."""
    months = "|".join(re.escape(m) for m in sorted(_months(), key=len, reverse=True))
    return re.compile(rf"[\s,]*(?:ended|ending|to)\s+(?:{months})")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern, tuple[re.Pattern, re.Pattern]]:
    data = _lexicon()
    leads = re.compile(rf"\b(?:{alternation(data['future_leads'])})\s+(?:the\s+)?(?:end\s+of\s+)?$", re.IGNORECASE)
    words = re.compile(rf"\b(?:{alternation(data['future_words'])})\b", re.IGNORECASE)
    may = re.compile(rf"\b(?:{alternation(data['month_leads'])})\s+(?:the\s+)?$", re.IGNORECASE)
    event = re.compile(rf"(?:\s+[a-z]+)?[\s-]+(?i:{alternation(data['event_heads'])})\b")
    reported = re.compile(rf"\b(?:{alternation(data['report_verbs'])})\s+(?:on\s+)?$", re.IGNORECASE)
    past = re.compile(rf"\b(?:{alternation(data['past_words'])})\b", re.IGNORECASE)
    deadline = re.compile(rf"\b(?:{alternation(data['deadline_leads'])})\s+(?:the\s+)?(?:end\s+of\s+)?$", re.IGNORECASE)
    return leads, words, may, event, reported, (past, deadline)


@lru_cache(maxsize=1)
def _contract() -> tuple[re.Pattern, re.Pattern]:
    data = _lexicon()
    moves = re.compile(rf"\.?\s+(?:{alternation(data['contract_moves'])})\b", re.IGNORECASE)
    opens = re.compile(rf"(?:^|[.;,]|\b(?:{alternation(data['contract_openers'])}))\s*$", re.IGNORECASE)
    return moves, opens


def contract_month(text: str, start: int, end: int) -> bool:
    """Is the month at text[start:end] a futures contract quoted ahead of its delivery: it opens its
    clause (after a stop, a comma or one of ``contract_openers``) and a price move follows it
    (``contract_moves``: "July was up 13.1 cents at 6.785 dlrs", "with November off 19-1/2 cents")?
    Not a month after "in" ("exports in February rose"): a month that has passed.

    >>> contract_month("July was up 13.1 cents at 6.785 dlrs", 0, 4)
    True
    >>> t = "Prices were off 14 cents with November off 19-1/2 cents"
    >>> contract_month(t, 30, 38), contract_month("exports in February rose", 11, 19)
    (True, False)
    """
    moves, opens = _contract()
    return moves.match(text, end) is not None and opens.search(text, max(0, start - 12), start) is not None


def period_year(opens: int, length: int, date: str, lead: bool, future: bool) -> int:
    """The year of a period of ``length`` months that opens in month ``opens``, named in an article
    of ``date``, with a future lead right before it (``lead``) or a future word in its clause
    (``future``): upcoming, the first such period after the date; going on at the date, the date's;
    else the last such period ended by the date's month.

    >>> d = "2023-02-01"
    >>> period_year(10, 3, d, False, False), period_year(1, 1, d, False, False), period_year(3, 1, d, False, False)
    (2022, 2023, 2023)
    >>> period_year(6, 1, d, False, True), period_year(10, 3, d, False, True), period_year(12, 1, d, True, False)
    (2023, 2022, 2023)
    >>> period_year(1, 1, "2024-12-19", True, False), period_year(10, 3, "2026-01-29", False, True)
    (2025, 2025)
    >>> period_year(1, 6, "1987-03-26", False, False), period_year(7, 6, "2021-11-17", False, False)
    (1987, 2021)
    >>> period_year(1, 6, "2005-11-16", False, False), period_year(1, 3, "2005-12-16", False, False)
    (2005, 2005)
    >>> period_year(7, 3, "1987-06-18", False, False), period_year(1, 1, "2005-12-16", False, False)
    (1987, 2006)
    """
    year, month = int(date[:4]), int(date[5:7])
    ahead = (opens - month) % 12  # 0: opens this month; 1: next month; 11: opened last month
    ends = opens + length - 1
    soon = ahead <= UPCOMING and (length == 1 or opens > month)  # not a quarter or half of next year
    if ahead and (soon or lead or (future and ahead <= FUTURE_REACH)):
        return year if opens > month else year + 1
    if opens <= month <= ends:  # going on: "set aside 16 bln won for school lunches in the second half" in November
        return year
    return year if ends <= month else year - 1


def end_date_year(month: int, ending: bool, date: str) -> int:
    """The year of a period's own end date in ``month``, written without a year, in an article of
    ``date``: a period "ended" then ended by the date (the last such month on or before the date's); a
    period "ending" then ends on or after it.

    >>> end_date_year(1, False, "1987-03-12"), end_date_year(12, False, "1987-03-03")
    (1987, 1986)
    >>> end_date_year(4, True, "1987-03-05"), end_date_year(6, True, "1987-06-29"), end_date_year(2, True, "1987-06-01")
    (1987, 1987, 1988)
    """
    year, now = int(date[:4]), int(date[5:7])
    if ending:
        return year if month >= now else year + 1
    return year if month <= now else year - 1


def named_periods(
    text: str, date: str, free: Callable[[int, int], bool], record_base: Callable[[int], bool] = lambda _: False
) -> Iterator[tuple[int, int, int]]:
    """(start, end, year) of each month, quarter or half named in ``text`` with no year of its own
    (``free``: is a stretch of text no other year's or money's; ``record_base``: is a period at a
    position the base of a record).

    >>> free = lambda s, e: True
    >>> t = "Seoul will raise the fare to 1,550 won starting June 28. Fourth-quarter profit fell."
    >>> list(named_periods(t, "2025-02-10", free))
    [(48, 52, 2025), (57, 71, 2024)]
    >>> list(named_periods("Sales rose in June 1986 and it may rise", "1987-03-01", free))
    []
    >>> list(named_periods("the January-March quarter, in the first half", "2019-04-25", free))
    [(4, 25, 2019), (34, 44, 2019)]
    >>> list(named_periods("a second quarter loss last year of 1.9 mln", "1987-05-12", free))
    []
    >>> list(named_periods("exports rose in the January-November period", "2018-12-10", free))
    [(20, 43, 2018)]
    >>> list(named_periods("for shipment June-September", "1987-06-02", free))
    [(13, 27, 1987)]
    >>> d = "2005-10-19"
    >>> list(named_periods("in the first nine months", d, free)), list(named_periods("first 9 months of 2004", d, free))
    ([(7, 24, 2005)], [])
    >>> list(named_periods("reserves in the first five months of its business year", "1987-03-19", free))
    [(16, 33, 1987)]
    >>> list(named_periods("forecast for the year to March, due by March next year", "2025-11-11", free))
    []
    >>> list(named_periods("profit rose in the year to April; in the six months to September", "2005-06-23", free))
    [(27, 32, 2005), (55, 64, 2004)]
    >>> list(named_periods("OPEC's December agreement set 18 dlrs, the July platinum delivery 500", "1987-03-01", free))
    []
    >>> list(named_periods("Google Q3: revenue $1.58bn; Ryanair H1 profit", "2005-10-20", free))
    [(7, 9, 2005), (36, 38, 2005)]
    >>> [list(named_periods(f"{v} by the end of September", "2022-10-11", free)) for v in ("had been spent", "will go")]
    [[(29, 38, 2022)], [(22, 31, 2023)]]
    """
    leads, words, may, event, reported, (past, deadline) = _cues()
    months, data = {**_months(), **_short_months()}, _lexicon()
    for m in _pattern().finditer(text):
        start, end = m.span()
        month = m.group("m") or m.group("ms")  # a month's name as written
        if (
            not free(start, end)
            or _YEAR_NEAR.match(text, end)
            or _RELATIVE_AFTER.match(text, end)
            or _RELATIVE_PAST_NOUN.match(text, end)
            or _YEAR_BEFORE.search(text, max(0, start - 12), start)
            or _RELATIVE_BEFORE.search(text, max(0, start - 16), start)
        ):
            continue
        ended = _ENDED_BEFORE.search(text, max(0, start - 30), start) if month else None
        if ended is not None and _day_after(text, end) and not record_base(start):
            last = _LAST_PERIOD_BEFORE.search(text, max(0, ended.start() - 40), ended.end())
            if not _year_in_sentence(text, start) and last is None:
                yield start, end, end_date_year(months[month], ended.group(1).lower() == "ending", date)
            continue
        fiscal = _FISCAL_BEFORE.search(text, max(0, start - 30), start)
        if fiscal is not None and month and not record_base(start) and not _year_in_sentence(text, start):
            to_end = _PERIOD_TO_BEFORE.search(fiscal.group(0))  # "in the year to March": reported, ended by now
            if to_end and not words.search(_clause_before(text, start)):
                last = _LAST_PERIOD_BEFORE.search(text, max(0, fiscal.start() - 40), fiscal.end())
                if last is None:
                    yield start, end, end_date_year(months[month], to_end.group(1).lower() == "ending", date)
            continue
        if fiscal is not None or record_base(start) or _year_in_sentence(text, start):
            continue
        if month and contract_month(text, start, end) and months[month] > int(date[5:7]):
            yield start, end, int(date[:4])  # a futures contract's month, quoted ahead of its delivery
            continue
        bare_span = m.group("m1") and not text[start:end].endswith(("quarter", "period"))  # "the July-August delivery"
        if (month or bare_span) and event.match(text, end):
            continue  # "OPEC's December agreement", "the July platinum delivery" below: an event's month
        if month == "May" and not (may.search(text, max(0, start - 12), start) or _day_after(text, end)):
            continue  # "it may rise"
        if m.group("m1"):  # "the January-March quarter", "in the January-November period": one span
            opens = months[m.group("m1")]
            length = (months[m.group("m2")] - opens) % 12 + 1
        elif m.group("q"):
            opens, length = data["quarters"][m.group("q").lower()], 3
        elif m.group("h"):
            opens, length = data["halves"][m.group("h").lower()], 6
        elif m.group("code"):  # "Google Q3", "H1 profit"
            opens, length = data["period_codes"][m.group("code")]
        elif m.group("n"):  # "in the first nine months": the year's first months
            opens, length = 1, data["month_counts"][m.group("n").lower()]
        else:
            opens, length = months[month], 1
        if length > 1 and (_YEAR_SOON.match(text, end) or _own_end().match(text, end)):
            continue  # "the second quarter ended March 29, 1986", "the third quarter, ended March 31"
        clause = _clause_before(text, start)
        lead, future = leads.search(clause) is not None, words.search(clause) is not None
        lead = lead and (future or not (past.search(clause) and deadline.search(clause)))  # "had been spent by"
        if length == 1 and not lead and _day_after(text, end) and (reported.search(clause) or in_dateline(text, start)):
            continue  # "Yonhap reported April 29", "said on April 15", "SEOUL, Sept. 12 (Yonhap) --": a telling's day
        if m.group("n") and length > int(date[5:7]):
            yield start, end, int(date[:4])  # "in the first five months" in March: a fiscal year's, under way
            continue
        if m.group("m1") and opens <= int(date[5:7]) <= opens + length - 1:
            yield start, end, int(date[:4])  # "for shipment June-September" in a June article: under way
            continue
        yield start, end, period_year(opens, length, date, lead, future)


def _clause_before(text: str, start: int) -> str:
    """The words of a period's clause before it, at most CLAUSE_BACK characters back, where a future
    cue may stand."""
    back = text[max(0, start - CLAUSE_BACK) : start]
    return back[max((stop.end() for stop in _CLAUSE_STOP.finditer(back)), default=0) :]


SENTENCE_BACK = 300  # characters back to look for a calendar year earlier in a period's sentence
_SENTENCE_START = re.compile(r"[.!?][\"')]*\s+(?=[A-Z\"(])|\n\s*\n")
_CALENDAR_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _year_in_sentence(text: str, start: int) -> bool:
    """Does a calendar year stand before ``start`` in its sentence ("in 1983, it recorded a profit of
    8.6 mln dlrs for its first quarter"): the period is of that year's telling, not the date's?

    >>> _year_in_sentence("It said. In 1983 it earned 5 dlrs in its first quarter", 40)
    True
    >>> _year_in_sentence("In 1983 it rose. It earned 5 dlrs in its first quarter", 40)
    False
    >>> _year_in_sentence("Albion, which has built buses since 1921, lost 5m in the year to March", 65)
    False
    """
    lo = max(0, start - SENTENCE_BACK)
    opens = [m.end() for m in _SENTENCE_START.finditer(text, lo, start)]
    years = _CALENDAR_YEAR.finditer(text, opens[-1] if opens else lo, start)
    return any(not in_closed_aside(text, y.start(), start) for y in years)


def _day_after(text: str, end: int) -> bool:
    return re.match(r"\s+\d{1,2}\b", text[end : end + 4]) is not None


def event_day(text: str, start: int, end: int) -> bool:
    """Is the month at text[start:end] a day's ("on March 4", "from April 17"), not the end of a period
    ("the half ended December 31")? Such a day dates an event: its year is the money's only when the
    sentence names no other time (``link`` reads the flag "day").

    >>> event_day("sold on March 4, 1987", 8, 13), event_day("the half ended December 31", 15, 23)
    (True, False)
    """
    back = max(0, start - 30)
    return _day_after(text, end) and not (
        _ENDED_BEFORE.search(text, back, start) or _FISCAL_BEFORE.search(text, back, start)
    )


_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'-]*,[ \t]*$")


def in_dateline(text: str, start: int) -> bool:
    """Does the month at ``start`` open a wire dateline after its place ("SEOUL, Sept. 12 (Yonhap)
    --", "LONDON, June 28 -")?

    >>> in_dateline("SEOUL, Sept. 12 (Yonhap) -- The", 7), in_dateline("It said on Sept. 12", 11)
    (True, False)
    """
    return _DATELINE_BEFORE.search(text, max(0, start - 40), start) is not None
