"""Where an amount's own words end before its clause does: a condition ("... if demand for electric
cars picks up"), the reason for a fine ("... for stopping music rivals"), a remainder with no amount
of its own ("... and the rest to hydrogen"). Their words are no destination of the amount before them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .phrase_words import PREPOSITIONS
from .year_bases import CLOSED_ASIDE as _CLOSED_ASIDE
from .years import is_change_before


@lru_cache(maxsize=1)
def _conditional() -> re.Pattern:
    """A condition ("if", "unless") or a harm's cause ("hit by", "hurt by"): what follows is neither
    the money's destination nor where it goes."""
    data = lexicon.load("clauses.json")
    return re.compile(rf"\b(?:{lexicon.alternation(data['conditionals'] + data['causes'])})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _condition_only() -> re.Pattern:
    return re.compile(rf"\b(?:{lexicon.alternation(lexicon.load('clauses.json')['conditionals'])})\b", re.IGNORECASE)


def fronted_conditions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The conditions ("if", "unless"; not a harm's cause) that open in text[start:end] and end at
    a comma before ``end``: "If Brazil does not resume payments," before "net would be cut by".

    >>> fronted_conditions("If Brazil does not pay, net would fall by 72 mln dlrs", 0, 40)
    [(0, 22)]
    """
    out = []
    for m in _condition_only().finditer(text, start, end):
        comma = text.find(",", m.start(), end)
        if comma >= 0:
            out.append((m.start(), comma))
    return out


def conditional_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where every conditional clause opens in text[start:end], in order.

    >>> conditional_starts("It will spend 5 bln if demand holds, unless rates rise.")
    [20, 37]
    """
    return [m.start() for m in _conditional().finditer(text, start, len(text) if end is None else end)]


def conditional_start(text: str, start: int, end: int) -> int:
    """Where a conditional clause begins in text[start:end] ("... to 2 trillion yen if demand for
    electric cars picks up"): its words are no destination of the amount before it. ``end`` if none.

    >>> conditional_start(" by 2030 if demand for cars picks up", 0, 36)
    9
    """
    m = _conditional().search(text, start, end)
    return m.start() if m is not None else end


def condition_end(text: str, start: int, end: int, reach: int) -> int:
    """Where an amount's own words end before a condition after it, read from ``start`` (the
    amount's end) up to ``reach`` at most ("... to 1.5 bln euros if orders keep growing": the
    condition names no kind of the amount's); ``end`` (its clause's end) when none opens there.
    The reach bound keeps a clause of thousands of amounts linear.

    >>> t = "lift it to 1.5 bln euros if orders grow, it said"
    >>> condition_end(t, 24, 40, 40), condition_end(t, 24, 40, 26)
    (25, 40)
    """
    limit = min(end, reach)
    found = conditional_start(text, start, limit) if start < limit else limit
    return found if found < limit else end


@lru_cache(maxsize=1)
def _reasons() -> tuple[re.Pattern, re.Pattern]:
    data = lexicon.load("clauses.json")["reasons"]
    fines = re.compile(rf"\b(?:{lexicon.alternation(data['fine_words'])})\b", re.IGNORECASE)
    openers = lexicon.alternation(data["openers"])
    reason = rf"\b(?:{openers})\s+(?:[a-z]+ly\s+)?[\w-]+ing\b"  # "for (allegedly) abusing"
    return fines, re.compile(reason, re.IGNORECASE)


def reason_start(text: str, lead: int, start: int, end: int) -> int:
    """Where the reason for a fine begins in text[start:end]: a gerund after "for", "after" or "over"
    when a word of a fine (clauses.json ``reasons``) stands between ``lead`` (the start of the
    amount's clause) and it ("fined Apple 1.84 billion euros for stopping rivals from ..."): what was
    done is no destination of the money. ``end`` if none. (Not "to settle a dispute over the copper
    mine": the annotators give such a settlement the mine's sector.)

    >>> t = "The EU fined Apple 1.8 bln euros for stopping music rivals."
    >>> reason_start(t, 0, 32, 59), reason_start("It spent 5 bln for building chip plants.", 0, 14, 40)
    (33, 40)
    """
    fines, reason = _reasons()
    m = reason.search(text, start, end)
    if m is None or fines.search(text, lead, m.start()) is None:
        return end
    return m.start()


@lru_cache(maxsize=1)
def _participle() -> re.Pattern:
    nots = lexicon.alternation(lexicon.load("clauses.json")["not_participles"])
    return re.compile(rf",\s+(?!(?:{nots})\b)((?-i:[a-z]+ing))\s+(?=[\w$])", re.IGNORECASE)


def participle_start(text: str, start: int, end: int, word_starts: frozenset[int]) -> int | None:
    """Where a participial clause set off by a comma opens in text[start:end] (", trimming outlays on
    refining as margins weaken"), or None: a lowercase word in -ing after a comma that is not a sector
    word itself (``word_starts``: where the sector words of the sentence start; ", mining and refining
    projects" is a list) nor one of clauses.json ``not_participles`` (", including", ", according").

    >>> text = "2 bln won on chip plants, trimming outlays on refining."
    >>> participle_start(text, 0, len(text), frozenset()), participle_start(text, 0, len(text), frozenset({26}))
    (24, None)
    >>> participle_start("5 bln, including 1 bln for AI", 0, 29, frozenset())
    """
    for m in _participle().finditer(text, start, end):
        if m.start(1) not in word_starts:
            return m.start()
    return None


@lru_cache(maxsize=1)
def _remainder() -> re.Pattern:
    data = lexicon.load("clauses.json")
    time = (
        rf"\s+of\s+(?:(?:the|this|next|that|its|their)\s+)?(?:{lexicon.alternation(data['remainder_times'])}|\d{{4}})\b"
    )
    return re.compile(rf"\b(?:{lexicon.alternation(data['remainders'])})\b(?!{time})", re.IGNORECASE)


def remainder_start(text: str, start: int, end: int) -> int:
    """Where a part with no amount of its own begins in text[start:end] ("... and the rest to a
    hydrogen complex"): it ends the part before it and belongs to the total. ``end`` if none. "The
    rest of" a time (clauses.json ``remainder_times``: "for the rest of this year") is no part.

    >>> remainder_start("1 bln going to solar parks and the rest to hydrogen", 0, 51)
    31
    >>> remainder_start("1 bln for the rest of this year and the rest of 2026", 0, 52)  # a time: no part
    52
    """
    m = _remainder().search(text, start, end)
    return m.start() if m is not None else end


@lru_cache(maxsize=1)
def _share() -> re.Pattern:
    data = lexicon.load("clauses.json")
    return re.compile(rf"\b(?:{lexicon.alternation(data['share_verbs'])})(?:\s+[\w'-]+){{0,2}}\s*$", re.IGNORECASE)


def is_share(text: str, start: int, a_start: int) -> bool:
    """Does a share verb ("account for", "made up") stand right before the amount at ``a_start``
    (a few words between at most)? Its subject is what the amount is the share of: "automotive
    component makers account for 4.1 billion rand of that, and textile factories for 1.2 billion
    rand" is the carmakers' part, whatever the words after it name.

    >>> is_share("Chipmakers account for 3 trillion won", 0, 23), is_share("It will spend 5 bln", 0, 14)
    (True, False)
    """
    return _share().search(text, start, a_start) is not None


_GAPPED = re.compile(r"[\s,]*\band\s+(?!(?:the|a|an|there|it|they|this|that|these|those)\b)(?=[a-z])")


def gapped_subject(text: str, prev_end: int, a_start: int) -> tuple[int, int] | None:
    """(where "and" stands, where the subject opens) of a gapped clause between two amounts: "and"
    right after the amount before or after the gap's last comma, before a bare noun phrase that
    shares the first clause's verb ("makers account for 4.1 billion rand of that, and textile
    factories for a further 1.2 billion rand", "equipment contributed 910 billion yen and
    industrial robots 380 billion yen", "exports totalled $38.5 billion and its remittance inflows
    $21.9 billion"); None otherwise: a noun phrase with an article or a pronoun opens a clause of
    its own, and an "and" inside a list ("to AI and chips and 4 bln to biotech") joins destinations.

    >>> t = "makers take 4 bln, and textile factories for 1 bln"
    >>> gapped_subject(t, 17, 46), gapped_subject("spent 4 bln in AI and chips, and 2 bln", 11, 35)
    ((19, 23), None)
    >>> gapped_subject("4 bln goes to AI and chips and 2 bln", 5, 31), gapped_subject("4 bln and there were", 5, 20)
    (None, None)
    """
    comma = text.rfind(",", prev_end, a_start)
    m = (
        _GAPPED.match(text, max(prev_end, comma), a_start)
        or definite_gapped(text, max(prev_end, comma), a_start)
        or comma_gapped(text, prev_end, a_start)
    )
    return (m.end() - len(m.group().lstrip(" \n\t,")), m.end()) if m is not None else None


_COMMA_GAPPED = re.compile(r"\s*,\s+(?=((?:[a-z][a-z-]*\s+){1,3})\Z)")


def comma_gapped(text: str, prev_end: int, a_start: int) -> re.Match | None:
    """The comma right after an amount that opens a gapped clause of a list, a bare noun phrase of
    one to three lower-case words before the next amount, none of them a verb, a preposition's
    clause word or a pronoun: "exports of chips rose to $90m, cars $180m and ships $1.1bn" (not
    "$90m, up from $80m": "up from" is no noun phrase).

    >>> t = "chips rose to $90m, cars $180m"
    >>> comma_gapped(t, 18, 25).group(), comma_gapped("$90m, down from $80m", 4, 16)
    (', ', None)
    """
    m = _COMMA_GAPPED.match(text, prev_end, a_start)
    if m is None or any(w in _not_nouns() or w in _GAP_WORDS for w in m.group(1).split()):
        return None
    return m


_GAP_WORDS = PREPOSITIONS | {"up", "down", "of", "versus"}  # "$90m, up from $80m" opens no noun phrase


_DEFINITE_GAPPED = re.compile(r"[\s,]*\band\s+(?=the\s+((?:[a-z][a-z-]*\s+){1,4})\Z)")


@lru_cache(maxsize=1)
def _not_nouns() -> frozenset[str]:
    data = lexicon.load("clauses.json")
    keys = ("clause_verbs", "modal_verbs", "speech_verbs", "passive_auxiliaries", "not_head_words", "openers")
    return frozenset(w for k in keys for w in data[k])


def definite_gapped(text: str, start: int, a_start: int) -> re.Match | None:
    """The "and" of a gapped clause whose subject is a definite noun phrase right before the amount,
    with no verb or preposition of its own: "with its battery unit contributing 731.2 billion won and
    the petrochemical division 186.4 billion won" (not "and the company will spend 2 bln").

    >>> t = "unit gave 7 bln and the petrochemical division 1 bln"
    >>> definite_gapped(t, 15, 47).group(), definite_gapped("7 bln and the firm will spend 1 bln", 5, 30)
    (' and ', None)
    """
    m = _DEFINITE_GAPPED.match(text, start, a_start)
    if m is None or any(w in _not_nouns() for w in m.group(1).split()):
        return None
    return m


# A relative aside, after an appositive that names what it is about ("Sandvik, the Swedish group whose
# division supplies carmakers and which last month lost a case, will pay"): group "rel" is the aside.
ASIDE = re.compile(r",\s*(?:(?:the|a|an)\s+[^,;:.$£€¥\d]{0,60}?\s)?(?P<rel>(?:which|who|whose)\b[^,;:.]*,)")


@lru_cache(maxsize=1)
def _participle_aside() -> re.Pattern:
    """An appositive whose participle of years.json ``aside_verbs`` tells of another deal: ", the car
    repair chain sold by Ford for £330m in 2002,"."""
    verbs = lexicon.alternation(lexicon.load("years.json")["aside_verbs"])
    return re.compile(
        rf",\s*(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}(?:{verbs})\s+(?:by|for|to|in)\b(?:[^,;:.]|(?<=\d)[.,](?=\d))*,"
    )


def closed_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the relative asides in text[start:end] (", which earned $5.6m in the quarter,") and
    of the appositives with a participle of another deal (", the chain sold by Ford for £330m in 2002,"),
    found once per sentence. An amount inside one lends its years to no amount after it (link.py):
    "Southwest, which earned $56m in the first quarter, slipped 8 cents" (the 8 cents is not the quarter's).

    >>> t = "Southwest, which earned $5.6m in the quarter, slipped 8 cents; it earned $56m, up from $50m"
    >>> closed_asides(t, 0, len(t))
    [(9, 45)]
    >>> t = "Kwik-Fit, the car repair chain sold by Ford for £330m in 2002, is looking at a £2m investment"
    >>> closed_asides(t, 0, len(t))
    [(8, 62)]
    """
    found = [m.span() for m in _CLOSED_ASIDE.finditer(text, start, end)]
    return sorted(found + [m.span() for m in _participle_aside().finditer(text, start, end)])


# a time phrase right after a relative aside, up to the next comma or clause end: ", which hosted
# the 1988 Olympics, by 2026, Mayor Oh said"
_TIME_AFTER = re.compile(
    r"\s*(?:by|in|through|until|till|from|over|between|starting|beginning|during|this|next)\s[^,;:]*",
    re.IGNORECASE,
)


# a completion after the amount's clause: its time is the money's ("..., to be completed in 2027")
_COMPLETION = re.compile(
    r",\s*(?:(?:due|scheduled|set|slated|expected)\s+)?to\s+be\s+(?:completed|finished|built)\s+(?:in|by)\s+[^,;:.]*",
    re.IGNORECASE,
)


def completion_after(text: str, at: int) -> tuple[int, int] | None:
    """The span of a completion clause that opens at ``at`` (a soft boundary after the amount's own
    words: ", to be completed in 2027"), whose time is the money's, or None.

    >>> t = "a battery pilot line in Goed, Hungary, to be completed in 2027."
    >>> span = completion_after(t, t.index(", to")); t[slice(*span)]
    ', to be completed in 2027'
    >>> completion_after(", due to open in 2026.", 0) is None
    True
    """
    m = _COMPLETION.match(text, at)
    return m.span() if m is not None else None


def time_after_aside(text: str, a_end: int, asides: list[tuple[int, int]], end: int) -> tuple[int, int] | None:
    """The span of a time phrase that resumes an amount's clause after a relative aside that opens
    right after the amount ("will pour 530 billion won into rebuilding the main stadium, which hosted
    the 1988 Olympics, by 2026,"): its year is the amount's, the aside's is not. None if no aside
    of ``asides`` (``closed_asides``) opens between the amount's end and ``end`` (its own words' end),
    or no time phrase follows it.

    >>> t = "pour 5 bln won into the stadium, which hosted the 1988 Olympics, by 2026, Oh said"
    >>> span = time_after_aside(t, 14, closed_asides(t, 0, len(t)), 31); t[slice(*span)]
    ' by 2026'
    >>> t = "pour 5 bln won into the stadium, which hosted the 1988 Olympics, Oh said"
    >>> time_after_aside(t, 14, closed_asides(t, 0, len(t)), 31) is None
    True
    """
    for a, b in asides:
        if a_end <= a <= end:
            m = _TIME_AFTER.match(text, b)
            return m.span() if m is not None and re.search(r"\d{4}|year", m.group()) else None
    return None


# the gap between a changed level and its old one: a time at most, then "from" ("rose to 275.52 mln
# marks in 1986 from 222.73 mln")
_TIMED_FROM = re.compile(
    r"\s*(?:(?:(?:in|for|during)\s+)?(?:fiscal\s+)?(?:\d{4}|(?:the|last|this)\s+(?:[\w-]+\s+)?(?:year|quarter|half)))?"
    r"\s+from\s*",
    re.IGNORECASE,
)


def led_base(text: str, prev_start: int, gap: str) -> bool:
    """Is the amount after ``gap`` the old level of a change whose verb stands before the amount
    before it, in its clause ("Group net profit rose to 275.52 mln marks in 1986 from 222.73 mln")?
    Then it is that amount's base, of its own time, which the amounts after it do not take.

    >>> t = "Net profit rose to 275 mln marks in 1986 from 222 mln"
    >>> led_base(t, 19, " in 1986 from "), led_base("It bought 5 mln dlrs of bonds from 3 mln", 10, " of bonds from ")
    (True, False)
    """
    if _TIMED_FROM.fullmatch(gap) is None:
        return False
    return is_change_before(text[max(0, prev_start - 60) : prev_start].lower(), 60)


_TO_PART = re.compile(r"\s*(?:(?:will\s+)?(?:go|goes|going|went)\s+)?to\s+(?:the\s+)?[A-Za-z]", re.IGNORECASE)


def parallel_to(text: str, prev_end: int, start: int, end: int) -> bool:
    """Does the amount whose own words are text[start:end] name where it goes with "to", as the amount
    ending at ``prev_end`` did ("$9.8 billion going to manufacturing ... and $7.4 billion to services")?
    Its "to" names a destination of its own then, though "to" alone is as often an infinitive.

    >>> t = "with $9.8 billion going to factories and $7.4 billion to services."
    >>> parallel_to(t, 17, 53, 66), parallel_to("$2bn to build and $1bn to 2025", 4, 22, 30)
    (True, False)
    """
    return _TO_PART.match(text, prev_end) is not None and _TO_PART.match(text, start, end) is not None


# An appositive of the sentence's opening name, up to its closing comma and a lower-case word
# ("Corus, the steelmaker that last month reported its first profit since 2000, said ..."); a comma
# between digits does not close it
_SUBJECT_APPOSITIVE = re.compile(
    r"\s*(?:[A-Z][\w&'./-]*\s+){0,5}?[A-Z][\w&'./-]*"
    r"(?P<app>,\s*(?:the|a|an)\s+(?:[^,;:.$£€¥]|(?<=\d)[.,](?=\d))*?,)(?=\s+[a-z])"
)


def subject_appositive(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of an appositive that describes the name a sentence opens with ("Lighthouse Films,
    the London studio behind last year's hit Harbour Lights, signed a £1.5m-a-year deal"): a time
    inside it is the subject's story, no year of an amount after it.

    >>> t = "Corus, the steelmaker that last month reported a profit, said it would inject £500m"
    >>> t[slice(*subject_appositive(t, 0, len(t)))]
    ', the steelmaker that last month reported a profit,'
    >>> subject_appositive("Corus said, in a statement, it would inject £500m", 0, 49) is None
    True
    """
    m = _SUBJECT_APPOSITIVE.match(text, start, end)
    return m.span("app") if m else None


@lru_cache(maxsize=1)
def _business_aside() -> re.Pattern:
    verbs = lexicon.alternation(lexicon.load("clauses.json")["business_aside_verbs"])
    return re.compile(rf"(?:which|who)\s+(?:{verbs})\b", re.IGNORECASE)


def describes_business(text: str, start: int) -> bool:
    """Does the relative aside opening at ``start`` ("which makes frozen ready meals,") tell the
    business of the name before it (clauses.json ``business_aside_verbs``), so that its sector words
    are the name's, as a descriptor's are?

    >>> describes_business("which makes frozen ready meals,", 0), describes_business("which lost $5m,", 0)
    (True, False)
    """
    return _business_aside().match(text, start) is not None


@lru_cache(maxsize=1)
def _report_after() -> re.Pattern:
    verbs = lexicon.alternation(lexicon.load("clauses.json")["report_after_verbs"])
    subject = r"(?:it|they|(?:the|its)\s+[\w-]+(?:\s+[\w-]+)?|(?-i:[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3}))"
    return re.compile(rf"\safter\s+{subject}\s+(?:{verbs})\b", re.IGNORECASE)


def report_start(text: str, start: int, end: int) -> int:
    """Where an "after" clause of a report opens in text[start:end] ("Shares in Next, up 42p at £13.10
    after it said Christmas sales had beaten forecasts"; clauses.json ``report_after_verbs``): the
    times in it are the report's, not the amount's; its words may still name the company's sector
    ("after the newspaper group warned"). ``end`` if none.

    >>> t = " at 180p after the company said fourth-quarter sales rose"
    >>> report_start(t, 0, len(t)), report_start(" after tax rose", 0, 15)
    (8, 15)
    """
    m = _report_after().search(text, start, end)
    return end if m is None else m.start()
