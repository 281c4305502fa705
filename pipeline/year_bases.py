"""Years in an amount's sentence that belong to something else than the money (years.json): when
something began ("was founded in 1966"), when an offence took place ("fined ... for mishandling data
between 2021 and 2023"), the base of a multiple ("almost double the figure in 2000") or of a record
("the highest since 2008"). Each a pure predicate over the lower-cased text and the year's start."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .lexicon import alternation as _alt


@lru_cache(maxsize=1)
def _record_since() -> re.Pattern:
    data = lexicon.load("years.json")
    words, months = _alt(data["comparison_cues"]["record_words"]), _alt(data["months"])
    owners = r"(?:(?:its|their|the|his|her|our)\s+)?"  # "for the first time since its 2016 listing"
    return re.compile(rf"\b(?:{words})\b[^,;:.]*?\bsince\s+{owners}(?:(?:{months})\.?\s+(?:\d{{1,2}},?\s+)?)?$")


@lru_cache(maxsize=1)
def _history() -> re.Pattern:
    # "founded in 1966", "founded by Bill Gates in 2006": its maker's name between
    by = r"(?:\s+by\s+[^,;:.\d]{1,40}?)?"
    return re.compile(rf"\b(?:{_alt(lexicon.load('years.json')['history_verbs'])}){by}\s+(?:in\s+)?$")


@lru_cache(maxsize=1)
def _participle_history() -> re.Pattern:
    """A reduced relative of ``participle_history_verbs`` before "in" and a year: "the Drone Operations
    Command launched in 2023" began then; not after a verb that makes it the clause's own ("A 2.2
    trillion won plan was launched in 2016": the plan's year; "to be launched in 2029")."""
    verbs = _alt(lexicon.load("years.json")["participle_history_verbs"])
    auxiliaries = (*lexicon.load("clauses.json")["passive_auxiliaries"], "has", "have", "had")  # "has opened in"
    finite = "".join(rf"(?<!\b{w} )" for w in auxiliaries)
    return re.compile(rf"{finite}\b(?:{verbs})\s+in\s+$")


@lru_cache(maxsize=1)
def _aside() -> re.Pattern:
    data = lexicon.load("years.json")
    verbs, months = _alt(data["aside_verbs"]), _alt(data["months"])
    return re.compile(  # "the wildfires that swept through the east coast in (March) 2022"
        rf"(?:\b(?:that|which|who)\s+(?:had\s+)?(?:{verbs})|,\s+(?:{verbs})\s+by"
        rf"|\bsince\s+[^,.;:\d]{{0,40}}?\b(?:(?:was|were|had\s+been)\s+)?(?:{verbs}))\b[^,.;:$£€¥\d]*?"
        rf"\bin\s+(?:(?:{months})\.?\s+)?$"
    )


@lru_cache(maxsize=1)
def _since_clause() -> re.Pattern:
    """A "since" clause with a subject and a past verb, up to an "in" before a year: "since the two
    countries signed a framework agreement in ", "since it entered the market in " (years.json
    ``since_clause_verbs``, and any word in "-ed"); not a bare "since 2019"; or a state word before
    "since" ("delayed since ", years.json ``state_since_words``)."""
    data = lexicon.load("years.json")
    verbs, states = _alt(data["since_clause_verbs"]), _alt(data["state_since_words"])
    return re.compile(
        rf"\bsince\s+(?=[a-z])[^,.;:\d]{{0,50}}?\b(?:\w+ed|{verbs})\b[^,.;:$£€¥\d]*?\bin\s+$"
        rf"|\b(?:{states})\s+since\s+$"  # "had been delayed since 2019": how long it has stood so
    )


# A relative aside: ", which earned $5.6m in the quarter," (a decimal point or a thousands comma
# between digits does not close it).
CLOSED_ASIDE = re.compile(r",\s*(?:which|who|whose)\b(?:[^,;:.]|(?<=\d)[.,](?=\d))*,")
ASIDE_BACK = 200  # characters back from a year to where the relative aside that holds it may open


def in_closed_aside(text: str, start: int, end: int) -> bool:
    """Does the year at ``start`` stand inside a relative aside that closes before ``end`` ("Albion,
    which has built buses since 1921, reported a loss for the year to March": the aside's year is the
    company's history, not a year the rest of the sentence is told in)?

    >>> t = "Albion, which has built buses since 1921, reported a loss for the year to March"
    >>> in_closed_aside(t, t.index("1921"), t.index("March")), in_closed_aside("In 1983 it earned", 3, 17)
    (True, False)
    """
    lo = max(0, start - ASIDE_BACK)
    return any(m.start() < start < m.end() <= end for m in CLOSED_ASIDE.finditer(text, lo, end))


def is_history(low: str, start: int) -> bool:
    """Is the year at ``start`` when something began ("was founded in 1966") or when a past event
    that an aside tells happened (years.json ``aside_verbs``: "a city that lost its medical centre
    in 2013", "Household, bought by HSBC in 2003,"), no amount's year?

    >>> is_history("the maker was founded in 1966", 25), is_history("it was invested in 1966", 23)
    (True, False)
    >>> is_history("a city that lost its centre in 2013", 31), is_history("household, bought by hsbc in 2003", 29)
    (True, True)
    >>> is_history("a firm that lost $5m in 2013", 24), is_history("it bought hsbc in 2003", 18)
    (False, False)
    >>> t = "forest scorched by the wildfires that swept through the east coast in march 2022"
    >>> is_history(t, t.index("2022"))
    True
    >>> t = "a developer founded by bill gates in 2006; since the airline was privatised in 1987"
    >>> is_history(t, t.index("2006")), is_history(t, t.index("1987"))
    (True, True)
    >>> t = "its second deal since the two countries signed a framework agreement in 2022; since 2019"
    >>> is_history(t, t.index("2022")), is_history(t, t.index("2019"))
    (True, False)
    >>> is_history("the project had been delayed since 2019", 35)
    True
    >>> t = "drone units, including a command launched in 2023; a plan was launched in 2016"
    >>> is_history(t, t.index("2023")), is_history(t, t.index("2016"))
    (True, False)
    """
    return (
        _history().search(low, max(0, start - 30), start) is not None
        or _participle_history().search(low, max(0, start - 30), start) is not None
        or _aside().search(low, max(0, start - 80), start) is not None
        or _since_clause().search(low, max(0, start - 90), start) is not None
    )


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    data = lexicon.load("years.json")["opening_times"]
    return re.compile(rf"\b(?:{_alt(data['leads'])})\s+(?:{_alt(data['verbs'])})\b[^,;:.\d]{{0,30}}?$")


def is_opening_time(low: str, start: int) -> bool:
    """Is the year at ``start`` when a facility is due to open or start working (years.json
    ``opening_times``: "a stadium ... due to open in 2006", "an arena that Gwangju plans to open in
    2028", "a plant set to start operating next year"), no amount's year? Not a completion: "due to
    be completed by 2027" is the money's time.

    >>> t = "a stadium costing 390m and due to open in 2006"
    >>> is_opening_time(t, t.index("2006")), is_opening_time("due to be completed by 2027", 23)
    (True, False)
    """
    return _opening().search(low, max(0, start - 80), start) is not None


@lru_cache(maxsize=1)
def _event() -> re.Pattern:
    data = lexicon.load("years.json")
    names = "|".join(map(re.escape, sorted(data["event_names"], key=len, reverse=True)))
    nouns = "|".join(map(re.escape, sorted(data["event_nouns"], key=len, reverse=True)))
    # a disaster's noun after at most three capitalised words: "the 2020 Seomjin River floods"
    return re.compile(rf"(?:\s+[A-Z][a-z]+){{0,2}}\s+(?:{names})\b|(?:\s+[A-Z][a-z]+){{0,3}}\s+(?:{nouns})\b")


def is_event_year(text: str, end: int) -> bool:
    """Is the year that ends at ``end`` the name of an event (years.json ``event_names``, after at
    most two capitalised words: "its bid to host the 2036 Summer Olympics", "the 2002 World Cup"),
    no amount's year? Matched on the text as written: "the 2024 games budget" is no name.

    >>> is_event_year("to host the 2036 Summer Olympics", 16), is_event_year("the 2024 games budget", 8)
    (True, False)
    >>> is_event_year("lessons from the 2020 Seomjin River floods", 21)
    True
    """
    return _event().match(text, end) is not None


@lru_cache(maxsize=1)
def _document() -> re.Pattern:
    nouns = _alt(lexicon.load("years.json")["document_nouns"])
    return re.compile(rf"(?:\s+[a-z][a-z-]*){{0,2}}\s+(?:{nouns})\b")


def is_document_year(text: str, end: int) -> bool:
    """Is the year that ends at ``end`` the date of a study, survey or report (years.json
    ``document_nouns``, up to two lower-case words between: "the 5.9 trillion won projected in a 2016
    feasibility study"), when it was written, no amount's year? Not "its 2021-2025 plan".

    >>> t = "projected in a 2016 feasibility study"
    >>> is_document_year(t, t.index("2016") + 4), is_document_year("its 2025 budget plan", 8)
    (True, False)
    """
    return _document().match(text, end) is not None


@lru_cache(maxsize=1)
def _told() -> re.Pattern:
    data = lexicon.load("years.json")
    verbs, months = _alt(data["named_periods"]["report_verbs"]), _alt(data["months"])
    early = r"(?:(?:early|mid|late)[\s-]+)?"  # "said in early 2023"
    return re.compile(rf"\b(?:{verbs})\s+(?:in|on)\s+{early}(?:(?:{months})\.?\s+)?$", re.IGNORECASE)


def is_telling_time(low: str, start: int) -> bool:
    """Is the year at ``start`` when something was said, after a verb of years.json
    ``named_periods/report_verbs`` and "in" ("56.5 trillion won through 2036, the state utility said in
    January 2023"), no amount's year?

    >>> t = "the utility said in january 2023"
    >>> is_telling_time(t, t.index("2023")), is_telling_time("will spend it in 2023", 17)
    (True, False)
    """
    return _told().search(low, max(0, start - 40), start) is not None


@lru_cache(maxsize=1)
def _event_of() -> re.Pattern:
    nouns = _alt(lexicon.load("years.json")["event_nouns"])
    return re.compile(rf"\b(?:{nouns})\s+of\s+$", re.IGNORECASE)


def is_event_of(low: str, start: int) -> bool:
    """Is the year at ``start`` the time of a disaster of years.json ``event_nouns`` named before it
    with "of" ("following the deadly summer floods of 2020"), no amount's year?

    >>> t = "following the summer floods of 2020"
    >>> is_event_of(t, t.index("2020")), is_event_of("a budget of 2020", 12)
    (True, False)
    """
    return _event_of().search(low, max(0, start - 40), start) is not None


@lru_cache(maxsize=1)
def _event_time() -> re.Pattern:
    data = lexicon.load("years.json")
    events = _alt(data["event_nouns"] + data["event_names"])
    return re.compile(rf"['’]s(?:\s+[\w-]+){{0,2}}?\s+(?:{events})\b", re.IGNORECASE)


def is_event_time(text: str, end: int) -> bool:
    """Is the time that ends at ``end`` in the possessive before a disaster or an event of years.json
    ``event_nouns`` or ``event_names`` ("restore forests burned in last month's wildfires", "after this
    month's record rainfall", "last year's Goseong fire", "ahead of next month's Winter Olympics"), when
    it struck or is held, no amount's year? Not "last year's budget".

    >>> t = "burned in last month's wildfires"
    >>> is_event_time(t, 20), is_event_time("last year's budget", 9), is_event_time("next month's Winter Olympics", 10)
    (True, False, True)
    """
    return _event_time().match(text, end) is not None


@lru_cache(maxsize=1)
def _offence() -> re.Pattern:
    leads = _alt(lexicon.load("years.json")["offence_leads"])
    return re.compile(rf"\b(?:{leads})\b[^.;:]*?\bfor\s+[a-z]+ing\b[^.;:]*$")


def is_offence(low: str, start: int) -> bool:
    """Is the year at ``start`` the time of what a fine punishes ("fined Bolt 18 million euros for
    mishandling drivers' data between 2021 and 2023"), no amount's year?

    >>> is_offence("fined bolt 18 mln euros for mishandling data between 2021", 57)
    True
    >>> is_offence("fined 5 mln dlrs for 2021", 21), is_offence("spend 5 mln for building plants in 2024", 34)
    (False, False)
    """
    return _offence().search(low, max(0, low.rfind(". ", 0, start) + 1), start) is not None


@lru_cache(maxsize=1)
def _multiple_base() -> re.Pattern:
    cues = lexicon.load("years.json")["comparison_cues"]
    times, nouns = _alt(cues["multiples"]), _alt(cues["base_nouns"])
    return re.compile(
        rf"\b(?:{times})\s+(?:(?:the|its|their)\s+(?:{nouns})\s+(?:(?:in|of|for)\s+(?:fiscal\s+)?)?"
        rf"|what\s+[^,;:.]{{0,80}})$"
    )


def is_multiple_base(low: str, start: int, end: int | None = None) -> bool:
    """Is the year at ``start`` the base of a multiple ("almost double the figure in 2000", "twice
    its level of 2019", "triple what the province spent on the facilities last year"; with the
    year's ``end``, a possessive right after a multiple: "nearly double last year's support"), not
    the amount's year?

    >>> is_multiple_base("almost double the figure in 2000", 28), is_multiple_base("the figure in 2000", 14)
    (True, False)
    >>> t = "is triple what the province spent on marinas last year"
    >>> is_multiple_base(t, t.index("last")), is_multiple_base("what it spent last year", 14)
    (True, False)
    >>> t = "more than double the figure a year earlier"
    >>> is_multiple_base(t, t.index("a year"))
    True
    >>> t = "is nearly double last year's support, sales will double next year"
    >>> is_multiple_base(t, 17, 26), is_multiple_base(t, t.index("next"), len(t))
    (True, False)
    """
    if _multiple_base().search(low, max(0, start - 100), start) is not None:
        return True
    possessive = end is not None and low.startswith(("'s", "\u2019s"), end)
    return possessive and _multiple_before().search(low, max(0, start - 30), start) is not None


@lru_cache(maxsize=1)
def _multiple_before() -> re.Pattern:
    return re.compile(rf"\b(?:{_alt(lexicon.load('years.json')['comparison_cues']['multiples'])})\s+$")


def is_record_base(low: str, start: int) -> bool:
    """Is the year at ``start`` the base of a record ("its weakest finish since March 2009", "the
    highest since 2008"), not the amount's year?

    >>> is_record_base("its weakest finish since march 2009", 31), is_record_base("invested since 2019", 15)
    (True, False)
    >>> is_record_base("for the first time since its 2016 listing", 29)
    True
    """
    return _record_since().search(low, max(0, start - 80), start) is not None


@lru_cache(maxsize=1)
def _bare_base() -> tuple[re.Pattern, re.Pattern]:
    data = lexicon.load("years.json")
    leads, words = _alt(data["bare_base_leads"]), _alt(data["bare_base_words"])
    return (
        re.compile(rf"\b(?:{leads})\s+(?P<article>an?|the)\s+(?:[a-z][a-z-]*\s+){{1,3}}$"),
        re.compile(rf"[^,;.]{{0,20}}?\b(?:{words})\b"),
    )


def is_bare_base(low: str, start: int) -> bool:
    """Is the relative time at ``start``, one that looks back (years.json ``bare_base_words``: "a year
    earlier", "a year ago"), the time of a base after one of ``bare_base_leads`` that names no
    amount ("swung to a loss of 390 billion won from a profit a year earlier", "compared with a
    small loss a year ago"), not the amount's? Not "from a leveraged buyout last year".

    >>> is_bare_base("swung to a loss of 5 mln from a profit a year earlier", 39)
    True
    >>> is_bare_base("from 4 mln a year earlier", 11), is_bare_base("net rose to 5 mln a year earlier", 18)
    (False, False)
    >>> is_bare_base("debt incurred from a leveraged buyout last year", 38)
    False
    >>> t = "down 8 pct from the same period a year ago; down from the comparable year-ago quarter"
    >>> is_bare_base(t, t.index("a year")), is_bare_base(t, t.index("year-ago"))
    (True, False)
    """
    base, back = _bare_base()
    if back.match(low, start) is None or (lead := base.search(low, max(0, start - 60), start)) is None:
        return False
    # "from the same period a year ago"; not "from the comparable year-ago quarter, when it earned ..."
    return lead["article"] != "the" or low.startswith(("a ", "an "), start)
