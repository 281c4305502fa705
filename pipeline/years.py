"""Calendar years, relative years and durations: the ``news_years`` stage.

A four-digit number is a year only in a year context: after a role word ("by 2023", "since
2019"), a month, "fiscal"/"FY", a determiner or a possessive ("the 2019 budget", "Korea's 2024
exports"), or in a range ("2019-2023",
"from 2020 to 2025"). Relative years ("this year", "last year") are resolved against the
article's date and flagged ``year_unresolved`` without one. Durations ("for 5 years", "a five-year
plan") are lengths, never calendar years. A comparison base ("up 10 pct from 2019", "compared with
a year earlier") gets the role ``comparison``: the linker gives it to no amount.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .extensions import char_span, doc_text, doc_value, set_span_value
from .holiday_years import holiday_periods
from .lexicon import alternation as _alt
from .month_years import event_day, named_periods
from .normalise import lower_same_length, parse_number
from .tables import key
from .year_anchors import SENTENCE_END, framing_period, restates_earlier
from .year_bases import (
    is_bare_base,
    is_document_year,
    is_event_of,
    is_event_time,
    is_event_year,
    is_history,
    is_multiple_base,
    is_offence,
    is_opening_time,
    is_record_base,
    is_telling_time,
)
from .year_heads import heads_amount, labels_figures, opens_sentence

# a line break before an indented line opens a paragraph or a table row: no time phrase runs across it
ROW_BREAK = re.compile(r"\n[ \t]+")


@dataclass
class YearMention:
    start: int
    end: int
    years: list[int]
    role: str  # target, point, start, span, duration, relative, comparison (a change's base: not the amount's year)
    duration: int | None = None
    flags: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _patterns():
    """The year patterns. They run on the lower-cased text (see ``lower_same_length``): a
    case-blind regex is several times slower."""
    data = lexicon.load("years.json")
    role_of = {}
    for role, forms in data["roles"].items():
        for f in forms:
            role_of[key(f)] = role
    year = r"(?:19|20)\d\d"
    glued = "".join(f"(?<={re.escape(w)})|" for w in data["glued_fiscal_words"])  # "FY2019"
    calendar = re.compile(
        rf"(?:\b(?P<lead>{_alt(role_of)})\s+)?(?:(?P<period>{_alt(data['period_words'])})\s*)?"
        rf"(?P<fiscal>(?:{_alt(data['fiscal_words'])})\s*'?)?"
        rf"(?:{glued}(?<![\w.,$€£¥₩/-]))(?P<y1>{year})(?![\w%]|[.,]\d)"
        rf"(?:\s*(?P<sep>{_alt(data['range_separators'])})\s*(?P<y2>{year}|\d\d?)(?![\w%]|[.,]\d))?"
    )
    before = re.compile(
        rf"(?:\b(?P<det>{_alt(data['determiners'])})|\b(?P<month>{_alt(data['months'])})\.?(?:\s+\d{{1,2}})?,?"
        rf"|\bfrom|\b(?!(?:{_alt(data['not_possessives'])})['’])\w+(?:['’]s|s['’]))\s*$"  # "the ministry's 2026 budget"
    )
    relative = re.compile(rf"\b(?P<rel>{_alt(data['relative'])})\b")
    numbers = "|".join([r"\d+", *map(re.escape, data["duration_counts"])])  # in the file's order
    duration = re.compile(
        rf"\b(?:{_alt(data['duration_lead'])})\s+(?:(?:{_alt(data['duration_mid'])})\s+)?(?P<n>{numbers})[\s-]+years?\b"
    )
    # "a five-year plan", "a 10-year loan": the length of what the money is for; "over the next decade"
    adjective = re.compile(rf"\b(?P<n>{numbers})-years?(?:-long)?\s+(?:{_alt(data['duration_nouns'])})\b")
    decade = re.compile(rf"\b(?:{_alt(data['duration_lead'])})\s+(?:(?:{_alt(data['duration_mid'])}|a)\s+)?decades?\b")
    # Cheap anchors: the phrase patterns above are only tried in a window around these.
    year_anchor = re.compile(r"(?:19|20)\d\d")
    # "a year earlier", "twelve months earlier": a literal first, so the regex engine skips ahead fast
    word_anchor = re.compile(r"(?:year(?<!\wyear)|months(?<!\wmonths))s?\b")
    anchored = frozenset(key(k) for k, v in data["relative"].items() if v.get("anchored"))
    # "a year earlier" counts from a named period too ("fourth-quarter revenue ... a year earlier");
    # "a year ago" from a calendar year or the date only (Reuters: "rose in January ... a year ago")
    after_periods = frozenset(key(k) for k, v in data["relative"].items() if v.get("after_periods"))
    # (offset, through): "this year and next" is this year and the one after (``through`` 1)
    offsets = {key(k): (v["offset"], v.get("through", 0)) for k, v in data["relative"].items()}
    point_leads = frozenset(["", *data["period_point_leads"]])
    return (
        calendar,
        before,
        relative,
        (duration, adjective, decade),
        role_of,
        offsets,
        year_anchor,
        word_anchor,
        anchored,
        point_leads,
        after_periods,
    )


_DECADE_ANCHOR = re.compile(r"decade")


@lru_cache(maxsize=1)
def _relative_months() -> dict[str, int]:
    """years.json's ``relative_dates``: "this month", "last month", "next quarter" -> months from the date."""
    return {key(k): v["months"] for k, v in lexicon.load("years.json")["relative_dates"].items()}


@lru_cache(maxsize=1)
def _relative_dates() -> re.Pattern:
    return re.compile(rf"\b(?:{_alt(lexicon.load('years.json')['relative_dates'])})\b")


def _shift_months(date: str, months: int) -> int:
    """The year of the month ``months`` away from ``date`` ("YYYY-MM-DD").

    >>> _shift_months("2023-01-15", -1), _shift_months("2023-05-01", 0), _shift_months("2023-11-30", 3)
    (2022, 2023, 2024)
    """
    year, month = int(date[:4]), int(date[5:7])
    return year + (month - 1 + months) // 12


@lru_cache(maxsize=1)
def _comparison():
    """(change words, "level" after a year, a comparison lead before a relative year, the leads
    that compare only after a change word, the words that go on from a year to a new figure)."""
    data = lexicon.load("years.json")
    cues = data["comparison_cues"]
    # not a participle used as an adjective: "1.1 trillion won to advanced biotech", "the increased
    # budget", "on advanced packaging"
    words = [w for w in cues["change_words"] if w != "%"]
    participles = _alt(w for w in words if w.endswith("ed"))
    others = _alt(w for w in words if not w.endswith("ed"))
    adjective = "".join(rf"(?<!\b{w} )" for w in ("to", "the", "an", "a", "on", "in", "for", "into", "with", "of"))
    change = re.compile(rf"(?:{adjective}\b(?:{participles})\b|\b(?:{others})\b|%)")
    after = re.compile(rf"\s+(?:{_alt(cues['after_year'])})\b")
    lead = re.compile(rf"\b(?P<lead>{_alt(cues['change_leads'])}|{_alt(data['roles']['comparison'])})\s+$")
    return change, after, lead, frozenset(cues["change_leads"]), tuple(w + " " for w in cues["onward_words"])


_CLAUSE_STOP = re.compile(r"[,;:!?()]|\.(?:\s|$)")
_DIGIT = re.compile(r"\d")


def _names_next_amount(low: str, end: int) -> bool:
    """Does the year phrase ending at ``end`` describe the amount right after it ("from the prior
    year's 328.1 mln dlrs", "the 1986 level of 56 billion francs")? Then it is that amount's year,
    not a base; "from a year earlier to 5.5 billion dlrs" goes on to the new figure instead."""
    tail = low[end : end + 40]
    stop = _CLAUSE_STOP.search(tail)
    tail = tail[: stop.start()] if stop else tail
    return _DIGIT.search(tail) is not None and not tail.lstrip().startswith(_comparison()[4])


def is_change_before(low: str, pos: int) -> bool:
    """Does a change word ("up", "rose", "pct") stand before ``pos`` in its clause?"""
    window = low[max(0, pos - 60) : pos]
    clause = window[max(window.rfind(","), window.rfind(";"), window.rfind(". ")) + 1 :]
    return _comparison()[0].search(clause) is not None


_PARALLEL = re.compile(r"\s+and\s+[^,;:.]*\bto\s+$")
_GAPPED = re.compile(r"(?:,|,?\s+and)\s+(?!then\b|later\b|eventually\b)[^,;:.]*\bto\s+$")  # not "then to"
_TO_END = re.compile(r"\bto\s+$")


def parallel_change(gap: str, lead: str = "") -> bool:
    """Is ``gap``, between two amounts, "and" and a second clause of the same shape that moves its
    subject to the next amount ("rose 47 percent to $111 billion and imports from Russia climbed 13
    percent to $129 billion in 2023")? Or, when ``lead`` (the text before the first amount) ends in
    "to", a clause with its verb left out ("sales came to 3.1 trillion baht, its net profit to 112
    billion baht and ...": gapping)? A time after the second is the first one's too.

    >>> parallel_change(" and imports from Russia climbed 13 percent to ")
    True
    >>> parallel_change(" and imports fell from "), parallel_change(", and profit will reach ")
    (False, False)
    >>> parallel_change(", its net profit to ", "sales came to "), parallel_change(", its net profit to ")
    (True, False)
    >>> parallel_change(" and its capital spending to ", "net profit to "), parallel_change(", up from ", "rose to ")
    (True, False)
    >>> parallel_change(", then to ", "will rise to ")  # one level after another: "then to 50 dlrs after 1990"
    False
    >>> parallel_change(" and its remittance inflows ", "exports totalled "), parallel_change(" and ", "spent ")
    (True, False)

    A step and the level it brings ("expand the facility by 2 trillion won to 10 trillion won for
    the rest of this year") share the time too:

    >>> parallel_change(" to ", "expand the facility by "), parallel_change(" to ", "rose 5 pct from ")
    (True, False)
    >>> parallel_change(" to ", "holdings rose "), parallel_change(" to ", "crude was up ")
    (True, True)
    """
    if _STEP_GAP.fullmatch(gap) is not None and _step_lead().search(lead[-40:].lower()) is not None:
        return True
    if _GAPPED.match(gap) is not None and _TO_END.search(lead[-40:]) is not None:
        return True
    if _GAPPED_LEVEL.match(gap) is not None and _level_end().search(lead[-40:]) is not None:
        return True  # "garment exports totalled $38.5 billion and its remittance inflows $21.9 billion in 2023"
    return _PARALLEL.match(gap) is not None and is_change_before(gap.lower(), len(gap))


_STEP_GAP = re.compile(r"\s+to\s+")


@lru_cache(maxsize=1)
def _step_lead() -> re.Pattern:
    """A word of years.json ``step_leads`` right before the step: "by 2 trillion won to 10 trillion
    won", "rose 10.2 billion marks to 58.5 billion", "was up 18 cts to 18.85 dlrs"."""
    return re.compile(rf"\b(?:{_alt(lexicon.load('years.json')['step_leads'])})\s+(?:by\s+)?(?:some\s+|about\s+)?$")


_GAPPED_LEVEL = re.compile(r"\s+and\s+(?:its\s+|their\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}\s+$")


@lru_cache(maxsize=1)
def _level_end() -> re.Pattern:  # a verb of years.json gapped_levels right before the first amount
    return re.compile(rf"\b(?:{_alt(lexicon.load('years.json')['gapped_levels'])})\s+$")


_CONTRAST = re.compile(r",\s+(?:while|whereas|though|although)\s+[^;:]*$")
YEAR_IN_GAP = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a calendar year written in a stretch of text


def contrast_clause(gap: str) -> bool:
    """Is ``gap``, between two amounts, a comma and "while" or "whereas" that open a clause set against
    the one before, with no year of its own before the second amount ("climbed to $30.5 billion in
    2024, while imports reached")? The second then concerns the first one's time.

    >>> contrast_clause(" in 2024, while its imports of drug ingredients reached "), contrast_clause(" while it paid ")
    (True, False)
    >>> contrast_clause(", while in 2023 sales reached ")
    False
    """
    found = _CONTRAST.search(gap)
    return found is not None and not YEAR_IN_GAP.search(found.group())


def after_date(year: int, date: str | None) -> bool:
    """Is ``year`` later than the article's date? Then "from" it starts the amount's time, whatever
    change stands before it ("will rise to 8.7 trillion yen a year from 2025" in a 2024 article): the
    base of a change is behind the writer, not ahead.

    >>> after_date(2025, "2024-12-27"), after_date(2019, "2024-12-27"), after_date(2025, None)
    (True, False, False)
    """
    return date is not None and year > int(date[:4])


def _expand_year(y1: int, y2: str) -> int | None:
    """The second year of "2021-22", "2003/4" (a one-digit end only for the next year: a fiscal
    year), "2021-2025"; None when the short form does not come after ``y1``.

    >>> _expand_year(2021, "22"), _expand_year(2003, "4"), _expand_year(2003, "7"), _expand_year(2009, "0")
    (2022, 2004, None, None)
    """
    if len(y2) == 1:
        return y1 + 1 if (y1 + 1) % 10 == int(y2) and y1 % 10 != 9 else None
    if len(y2) == 2:
        y = y1 // 100 * 100 + int(y2)
        return y if y > y1 else None
    return int(y2)


def find_years(text: str, date: str | None = None, exclude: list[tuple[int, int]] = ()) -> list[YearMention]:
    """Year mentions in ``text``; ``exclude`` holds character ranges already taken (money).

    >>> [(m.years, m.role) for m in find_years("It will invest 5 billion won by 2023.")]
    [([2023], 'target')]
    >>> [(m.years, m.role) for m in find_years("It spent more last year", date="2019-04-29")]
    [([2018], 'relative')]
    >>> [(m.years, m.role) for m in find_years("Sales were up 5 pct from 2018.")]
    [([2018], 'comparison')]
    """
    patterns = _patterns()
    calendar, before, relative, duration, role_of, rel_offsets, year_anchor, word_anchor = patterns[:8]
    anchored, point_leads, after_periods = patterns[8:]
    taken = sorted(exclude)  # non-overlapping (start, end) ranges, kept sorted
    low = lower_same_length(text)

    def free(s: int, e: int) -> bool:
        i = bisect_left(taken, (e,))  # ranges that start before e
        return i == 0 or taken[i - 1][1] <= s

    def around(pattern: re.Pattern, anchors: re.Pattern, back: int, ahead: int):
        """Matches of ``pattern`` that overlap an anchor, searched in a window around each anchor."""
        done = -1
        for a in anchors.finditer(low):
            m = pattern.search(low, max(0, a.start() - back, done), a.end() + ahead)
            while m is not None and m.end() <= a.start():
                m = pattern.search(low, m.end(), a.end() + ahead)
            if m is not None and m.start() <= a.start() and m.end() > done:
                done = m.end()
                yield m

    out: list[YearMention] = []
    for m in around(calendar, year_anchor, 60, 20):
        y1 = int(m.group("y1"))
        if not free(m.start("y1"), m.end("y1")):
            continue
        y2 = _expand_year(y1, m.group("y2")) if m.group("y2") else None
        sep = (m.group("sep") or "").lower()
        lead = key(m.group("lead") or "")
        pair = y2 is not None and sep in ("and",) and lead != "between"  # "in 2022 and 2023": two points
        context = bool(lead or m.group("fiscal") or m.group("period")) or y2 is not None
        if not context:
            b = before.search(low, max(0, m.start() - 25), m.start("y1"))
            context = (
                b is not None
                or heads_amount(low, m.end("y1"))
                or labels_figures(low, m.start("y1"), m.end("y1"))
                or opens_sentence(low, m.start("y1"), m.end("y1"))
            )
        if not context or is_history(low, m.start("y1")) or is_offence(low, m.start("y1")):
            continue
        if is_opening_time(low, m.start("y1")):  # "an arena due to open in 2028": not the money's time
            continue
        if is_event_year(text, m.end("y1")) or is_event_time(text, m.end("y1")):  # "to host the 2036 Olympics"
            continue
        if is_document_year(text, m.end("y2") if y2 is not None else m.end("y1")):  # "a 2016 feasibility study"
            continue
        if is_telling_time(low, m.start("y1")) or is_event_of(low, m.start("y1")):  # "said in January 2023"
            continue
        end = m.end("y2") if y2 is not None else m.end("y1")
        if pair and len(m.group("y2")) == 4:
            years, role = [y1, y2], role_of.get(lead, "point") if lead else "point"
        elif pair:
            years, end, role = [y1], m.end("y1"), role_of.get(lead, "point") if lead else "point"
        elif y2 is not None and 1900 <= y2 <= 2100:
            years, role = [y1, y2], "span"
        else:
            years, end = [y1], m.end("y1")
            role = role_of.get(lead, "point") if lead else "point"
            if m.group("period") and lead in point_leads:
                role = "point"
        if lead == "from" and y2 is not None:
            role = "span"
        elif _names_next_amount(low, end):  # "from 1985 pre-tax profits of 68.8 mln stg": that amount's year
            role = "point" if role == "comparison" else role
        elif (lead == "from" and is_change_before(low, m.start()) and not after_date(y1, date)) or role == "comparison":
            role = "comparison"  # "up 10 pct from 2019": the base of a change, not the amount's year
        elif _comparison()[1].match(low, end):
            role = "comparison"  # "double the 2019 level"
        elif is_record_base(low, m.start("y1")) or is_multiple_base(low, m.start("y1")):
            role = "comparison"  # "its weakest finish since March 2009", "double the figure in 2000"
        start = m.start("lead") if m.group("lead") else m.start()
        out.append(YearMention(start, end, years, role))
        insort(taken, (start, end))
    base = int(date[:4]) if date else None
    periods = []  # "last month", "in June", "fourth-quarter profit": a year from the date
    if date:
        for m in _relative_dates().finditer(low):
            if free(m.start(), m.end()) and not is_event_time(text, m.end()):  # "last month's wildfires"
                year = _shift_months(date, _relative_months()[key(m.group(0))])
                periods.append(YearMention(m.start(), m.end(), [year], "relative"))
        for start, end, year in named_periods(text, date, free, lambda at: is_record_base(low, at)):
            day = ["day"] if event_day(text, start, end) else []  # "on March 4": only where no other time is
            periods.append(YearMention(start, end, [year], "relative", flags=day))
        for start, end, year in holiday_periods(text, date, free):  # "over Christmas", "Christmas sales"
            periods.append(YearMention(start, end, [year], "relative"))
    # the years a relative phrase may count from, by end (a bisect per phrase: no scan of ``out``); a
    # period counts too: "fourth-quarter revenue rose to $7.1bn from $6.8bn a year earlier"
    named = [y for y in out if len(y.years) == 1 and y.role not in ("relative", "comparison")]
    named_ends = [y.end for y in named]
    periods.sort(key=lambda y: y.start)
    money = sorted(exclude)
    first_end: dict[int, re.Match | None] = {}  # the first sentence end after a position
    for m in around(relative, word_anchor, 30, 12):
        if not free(m.start(), m.end()) or is_history(low, m.start()) or is_event_time(text, m.end()):
            continue  # "Mitsui Investment, established two years ago, controls": when it began
        if ROW_BREAK.search(text, m.start(), m.end()):
            continue  # "Qtly div three cts vs three cts prior\n    Year": a table's next row, no "prior year"
        if is_opening_time(low, m.start()):  # "a plant set to start operating next year"
            continue
        phrase = key(m.group("rel"))
        offset, through = rel_offsets[phrase]
        reference = base
        i = bisect_right(named_ends, m.start())
        framing = framing_period(text, periods, money, m.start()) if phrase in after_periods else None
        # "in 2022, up from $14 billion a year earlier": from 2022, not from the article date
        if phrase in anchored and (i or framing):
            year = named[i - 1] if i and (framing is None or named_ends[i - 1] > framing.end) else framing
            if year.end not in first_end:
                first_end[year.end] = SENTENCE_END.search(text, year.end)
            stop = first_end[year.end]
            if (
                stop is None
                or stop.start() >= m.start()
                or (stop.end() > m.start() and not SENTENCE_END.search(text, stop.start(), m.start()))
                or restates_earlier(text, stop, m.start())  # ". The amount was up from 84 bln a year earlier"
            ):
                reference = year.years[0]
        years = [reference + offset + k for k in range(through + 1)] if reference is not None else []
        flags = [] if reference is not None else ["year_unresolved"]
        lead = _comparison()[2].search(low, max(0, m.start() - 20), m.start())
        compared = (
            lead is not None
            and not _names_next_amount(low, m.end())
            and (lead.group("lead") not in _comparison()[3] or is_change_before(low, lead.start()))
        ) or (
            (is_bare_base(low, m.start()) or is_multiple_base(low, m.start(), m.end()))
            and not _names_next_amount(low, m.end())
        )  # "from a profit a year earlier", "triple what it spent last year"
        out.append(YearMention(m.start(), m.end(), years, "comparison" if compared else "relative", flags=flags))
        if years and not compared and phrase not in anchored:  # "last year from ... a year earlier": 2 back
            k = bisect_left(named_ends, m.end())
            named.insert(k, out[-1])
            named_ends.insert(k, m.end())
    out.extend(periods)
    phrase, adjective, decade = duration
    for m in (*around(phrase, word_anchor, 50, 0), *around(adjective, word_anchor, 25, 40)):
        if not free(m.start(), m.end()):
            continue
        value = parse_number(m.group("n").lower())  # "a" is one; "several", "a few" have no number
        out.append(YearMention(m.start(), m.end(), [], "duration", duration=int(value) if value is not None else None))
        insort(taken, (m.start(), m.end()))
    for m in around(decade, _DECADE_ANCHOR, 40, 2):
        if free(m.start(), m.end()):
            out.append(YearMention(m.start(), m.end(), [], "duration", duration=10))
    out.sort(key=lambda y: y.start)
    return out


class YearFinder:
    def __init__(self, nlp, name: str = "news_years", spans_key: str = "years", money_key: str = "money"):
        self.name, self.spans_key, self.money_key = name, spans_key, money_key

    def __call__(self, doc: Doc) -> Doc:
        money = [(s.start_char, s.end_char) for s in doc.spans.get(self.money_key, [])]
        spans = []
        for y in find_years(doc_text(doc), doc_value(doc, "date"), money):
            span = char_span(doc, y.start, y.end, "YEAR")
            if span is None:
                continue
            set_span_value(
                span,
                "year",
                {
                    "years": y.years,
                    "role": y.role,
                    "duration": y.duration,
                    "flags": y.flags,
                    "start": y.start,
                    "end": y.end,
                },
            )
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "news_years",
    default_config={"spans_key": "years", "money_key": "money"},
    assigns=["doc.spans"],
    requires=["doc.spans"],
)
def make_year_finder(nlp: Language, name: str, spans_key: str, money_key: str) -> YearFinder:
    from . import extensions  # noqa: F401

    return YearFinder(nlp, name, spans_key, money_key)
