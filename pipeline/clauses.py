"""What joins and separates the words of a sentence without a parser: the rules of
``lexicons/clauses.json`` that the linker (``link.py``) and the kinds stage (``kinds.py``) read.

Each is a named predicate over character offsets, with its own doctest: strong boundaries (";", ",
while"), an amount's own destination ("on marketing"), the joints of a list or of one figure's parts,
asides after an amount (", due to open"), who speaks (", the ministry said"), parts of a total (",
of which"), conditionals ("if demand picks up"), remainders ("the
rest to X"), fronted adverbials ("For the fiscal year ended March 2022,"), comparison bases ("up
from", "compared with") and sector words that describe a name ("utility Iberdrola").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from spacy.tokens import Doc

from . import lexicon
from .years import is_change_before

APPOSITION_REACH = 8  # tokens at most of an appositive before its sector word
APPOSITION_OPENERS = frozenset({"the", "a", "an", "its", "their"})  # or a possessive: "South Korea's"


def in_apposition(doc: Doc, start: int, end: int) -> bool:
    """Is the sector word doc[start:end] inside an appositive set off by commas right after a name
    ("Korea Electric Power Corp., South Korea's state-run utility, agreed to buy": the buyer's
    industry, as a descriptor before a name is)? The name's last word is capitalised (or an
    abbreviation's stop); the appositive opens with a determiner or a possessive; no other
    punctuation stands in it, and it closes with a comma at most three words after the sector word.

    >>> from spacy.lang.en import English
    >>> doc = English()("Kepco Corp., South Korea's state-run utility, bought a mine, coal plants and ports")
    >>> in_apposition(doc, 9, 10), in_apposition(doc, 15, 16)
    (True, False)
    >>> doc = English()("for U.S., Australian and Spanish surface ships, the Navy said")
    >>> in_apposition(doc, 8, 9)
    False
    """
    k = next(
        (
            i
            for i in range(start - 1, max(-1, start - APPOSITION_REACH - 1), -1)
            if doc[i].is_punct and doc[i].text != "-"
        ),
        None,
    )
    if k is None or doc[k].text != "," or k == 0 or start - k < 2:
        return False
    name = doc[k - 1]
    if not (name.text[:1].isupper() or name.text.endswith(".")):
        return False
    opener = doc[k + 1].lower_ in APPOSITION_OPENERS or any(t.lower_ in ("'s", "’s") for t in doc[k + 1 : k + 4])
    if not opener:  # "for U.S., Australian and Spanish surface ships, the Navy said": a list
        return False
    close = next((i for i in range(end, min(len(doc), end + 4)) if doc[i].is_punct), None)
    return close is not None and doc[close].text == ","


def describes(doc: Doc, start: int, end: int, sector_starts: frozenset[int] = frozenset()) -> bool:
    """Is the lower-case sector word doc[start:end] a descriptor of the name right after it ("Spanish
    utility Iberdrola", "chipmaker TSMC")? Such a word is the recipient's industry: it counts only
    when the amount's clause names no other destination.

    A head noun of an organisation (actors.json's ``actor_heads``) may stand between, after a word
    or two: "battery giant CATL", "power equipment maker Doosan".

    >>> from spacy.lang.en import English
    >>> doc = English()("to utility Iberdrola for wind farms")
    >>> describes(doc, 1, 2), describes(doc, 5, 6)
    (True, False)
    >>> doc = English()("Shares of battery giant CATL and power equipment maker Doosan, not chip plants in Texas")
    >>> describes(doc, 2, 3), describes(doc, 6, 7), describes(doc, 13, 14)
    (True, True, False)
    >>> describes(English()("budget airline easyJet"), 1, 2)
    True
    >>> doc = English()("electronics retailer Yamada Denki, display R&D projects")
    >>> describes(doc, 0, 1, frozenset({0, 1, 6, 7})), describes(doc, 6, 7, frozenset({0, 1, 6, 7}))
    (True, False)
    >>> doc = English()("in its AI chip unit Sapeon; in AI chip plants")
    >>> describes(doc, 2, 3, frozenset({2, 3, 9, 10})), describes(doc, 9, 10, frozenset({2, 3, 9, 10}))
    (True, False)
    """
    # an acronym may open a descriptor before another sector word: "its AI chip unit Sapeon"
    acronym = doc[start].is_upper and end in sector_starts
    if not (doc[start].is_lower or doc[start].is_sent_start or acronym):
        return False
    if end in sector_starts:  # "electronics retailer Yamada Denki" (a modifier), not "display R&D projects"
        return end + 1 not in sector_starts and describes(doc, end, end + 1, sector_starts)
    name = end
    while name < min(len(doc), end + 2) and doc[name].is_lower and doc[name].is_alpha and name not in sector_starts:
        name += 1
    if name > end and doc[name - 1].lower_ not in _org_heads():
        return False
    if name >= len(doc) or doc[name].is_sent_start:
        return False
    # a name opens with a capital, or holds one after a lower-case start: "budget airline easyJet"
    return doc[name].text[:1].isupper() or (doc[name].is_alpha and not doc[name].is_lower)


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    return frozenset(lexicon.load("actors.json")["actor_heads"])


@lru_cache(maxsize=1)
def _boundary() -> re.Pattern:
    data = lexicon.load("clauses.json")
    alt = lexicon.alternation
    return re.compile(
        rf"[{''.join(re.escape(p) for p in data['punct'])}]|,\s*(?:{alt(data['subordinators'])})\b"
        rf"|,\s*(?:{alt(data['coordinators'])})\s+(?:{alt(data['openers'])})\b"
        rf"|,\s*(?:{alt(data['coordinators'])})\s+(?={_subject_verb('modal_verbs')})"  # ", and the drugmaker could"
        rf"|,\s*(?:{alt(data['coordinators'])})\s+(?=(?:(?:in|by|from)\s+(?:fiscal\s+)?(?:19|20)\d\d"
        rf"|{alt(data['time_openers'])})\b,?\s+(?!and\b)[A-Za-z][a-z])",  # ", and in 2022 the fund", not "in 2022 $6bn"
        re.IGNORECASE,
    )


# "and" after an amount's figure or bracket, before a determiner's noun phrase and a finite verb; the
# pattern opens with the literal " and" so that the regex engine skips ahead fast
@lru_cache(maxsize=1)
def _and_clause() -> re.Pattern:
    return re.compile(rf" and\s+(?={_subject_verb()})", re.IGNORECASE)


@lru_cache(maxsize=2)
def _subject_verb(verbs: str = "clause_verbs") -> str:
    """A determiner's noun phrase of up to four words and a finite verb of ``verbs``: a clause's
    subject and verb ("new boss Enrico Bondi has"; modal_verbs: "the contract drugmaker could")."""
    data = lexicon.load("clauses.json")
    dets, alt = lexicon.alternation(data["subject_determiners"]), lexicon.alternation(data[verbs])
    return rf"(?:{dets})\s+(?:[A-Za-z][\w'-]*\s+){{0,3}}(?:{alt})\b"


@lru_cache(maxsize=1)
def _destination() -> re.Pattern:
    """A preposition followed by a word that names something: the amount's own destination."""
    data = lexicon.load("clauses.json")
    preps = "|".join(map(re.escape, data["destination_prepositions"]))
    stop = "|".join(map(re.escape, data["not_destinations"]))
    owners = "|".join(map(re.escape, data["owners"]))  # "in its cement business": the word after it decides
    return re.compile(rf"\b(?:{preps})\s+(?:(?:{owners})\s+)?(?!(?:{stop})\b)[A-Za-z]", re.IGNORECASE)


def has_destination(text: str, start: int, end: int) -> bool:
    """Does text[start:end] name a destination ("on marketing"), not only a time ("in 2022")?

    >>> has_destination("500 million won on marketing.", 15, 29), has_destination(" in 2022.", 0, 9)
    (True, False)
    """
    return _destination().search(text, start, end) is not None


_NAMED = re.compile(r"\s*(?:in|to|for)\s+(?:the\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}\b")


def names_place_only(text: str, start: int, end: int) -> bool:
    """Is the destination in text[start:end] only a name after "in", "to" or "for" ("250 billion won
    in Vietnam and", "3 trillion won to Hanwha,"): where or to whom, not what on, so that the amount
    may still take the sectors of the item before it in a list?

    >>> names_place_only(" in Vietnam and", 0, 15), names_place_only(" in chip plants and", 0, 19)
    (True, False)
    >>> names_place_only(" in Russia in the first half,", 0, 29), names_place_only(" in Russia for chip plants", 0, 26)
    (True, False)
    """
    named = _NAMED.match(text, start, end)
    return named is not None and not has_destination(text, named.end(), end)


# characters between two items of a list: room for the first item's destination and place (" for
# seaports, airports and expressways in the Mekong Delta and "), not for a clause of their own


@lru_cache(maxsize=2)
def soft_boundary(gerunds: bool = True) -> re.Pattern:
    """Where an amount's own clause ends after it: a comma before a relative or participial clause
    (", due to open in 2026", ", which"), a "with" whose own noun is scheduled (", with the first
    turbines due to turn in 2027", ", with first power expected in 2029": ``absolute_predicates``),
    an "after", "despite", ... before a verb in -ing (``gerund_leads``: " after returning to profit in
    2021"; unless ``gerunds`` is false: such a clause keeps the sentence's subject, so an amount in it
    still takes the lead's sectors: "hit 30 bln dlrs in 2019 before falling to 10 bln dlrs"), or an
    "as" that opens a clause of its own (``as_clause``).

    >>> [bool(soft_boundary().search(t)) for t in (" after returning to profit", " after tax", ", due to open")]
    [True, False, True]
    """
    data = lexicon.load("clauses.json")
    openers = rf",\s*(?:{'|'.join(map(re.escape, data['after_amount_openers']))})\b"
    scheduled = (
        rf",\s*with\s+(?:[\w'-]+\s+){{1,4}}(?:{lexicon.alternation(data['absolute_predicates'])})"
        r"(?:\s+[A-Za-z'-]+){0,3}?\s+(?:to|in|by|for)\b"  # ", with test flights planned at Gimpo airport in 2025"
    )
    gerund = rf"\s(?:{lexicon.alternation(data['gerund_leads'])})\s+[a-z]{{3,}}ing\b"  # "after returning to profit"
    return re.compile(rf"{openers}|{scheduled}|{gerund if gerunds else openers}|{as_clause()}", re.IGNORECASE)


def as_clause() -> str:
    """The pattern of an "as" that opens a clause: after a comma, before any word but those of
    ``as_not_clause`` (", as drought threatened", not ", as well as" or ", as against"); without a
    comma, before a subject pronoun and a word ("as it tries", not "as it was"), or before a capitalised
    name of up to three words and a verb in -s or -ed ("as Beijing pushes state lenders", not "such as
    Samsung", "as Korea's largest").

    >>> pat = re.compile(as_clause(), re.IGNORECASE)
    >>> [bool(pat.search(t)) for t in (", as drought hit", ", as well as", " as it tries", "such as it")]
    [True, False, True, False]
    >>> [bool(pat.search(t)) for t in (" as Beijing pushes", " as Hyundai Motor Group plans", " as demand rises")]
    [True, True, False]
    >>> [bool(pat.search(t)) for t in (" as crude oil exports rose", " as well as oil exports")]
    [True, False]
    """
    data = lexicon.load("clauses.json")
    nots, subjects = lexicon.alternation(data["as_not_clause"]), lexicon.alternation(data["as_subjects"])
    named = r"(?-i:(?:[A-Z][\w'-]*\s+){1,3}[a-z]+(?:s|ed))\b"  # "as Beijing pushes"
    changed = rf"(?-i:(?:[a-z][\w-]*\s+){{1,4}}(?:{lexicon.alternation(data['as_verbs'])}))\b"  # "as oil exports rose"
    return (
        rf",\s*as\s+(?!(?:{nots})\b)(?=\w)"
        rf"|(?<![Ss]uch)\s+as\s+(?:(?:{subjects})\s+(?!own\b)[a-z]+\b|{named}|{changed})"
    )


@lru_cache(maxsize=1)
def recipient_pattern() -> re.Pattern:
    """A recipient verb among the last words before an amount ("will receive", "won a", "secured
    an extra", or a passive: "is being awarded"): the subject gets the money, so it is a
    destination too. An active "awarded" or "granted" makes the subject the giver instead."""
    data = lexicon.load("clauses.json")
    verbs = "|".join(map(re.escape, data["recipient_verbs"]))
    passive = "|".join(map(re.escape, data["recipient_passives"]))
    aux = "|".join(map(re.escape, data["passive_auxiliaries"]))
    return re.compile(rf"\b(?:{verbs}|(?:{aux})\s+(?:{passive}))\b(?:\s+[\w'-]+){{0,3}}\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def value_apposition() -> re.Pattern:
    """An amount set off after a noun phrase by a comma and a word of what it costs (", worth",
    ", valued at", ", with a budget of", a qualifier or two between): the amount is what the noun
    phrase before the comma costs, so that phrase names its destination as much as the words after.

    >>> bool(value_apposition().search("The ministry's smart factory programme, worth about "))
    True
    >>> bool(value_apposition().search("The programme is worth "))
    False
    >>> bool(value_apposition().search("will offer smart factory vouchers worth up to "))
    True
    """
    words = lexicon.alternation(lexicon.load("clauses.json")["value_appositives"])
    copulas = lexicon.alternation(lexicon.load("clauses.json")["value_copulas"])
    # after a comma, or right after the noun it prices ("smart factory vouchers worth up to"), not
    # after a verb that makes the amount a predicate ("The programme is worth")
    return re.compile(rf"(?:,|\b(?!(?:{copulas})\b)[a-z][\w-]*)\s*(?:{words})(?:\s+[\w'-]+){{0,2}}\s*$", re.IGNORECASE)


# characters at most between the comma and the verb of who speaks: ", the construction and trading arm
# of South Korea's Samsung Group said" (63)
SPEAKER_REACH = 100


@lru_cache(maxsize=1)
def _attribution() -> re.Pattern:
    """Who speaks, at the end of a sentence: ", the auto parts maker said Tuesday", ", said the state
    lender", and what it goes on to ", citing a growing pipeline of projects" (attribution_tails, or
    any participle: ", marking its first move into batteries")."""
    data = lexicon.load("clauses.json")
    verbs, tails = lexicon.alternation(data["speech_verbs"]), lexicon.alternation(data["attribution_tails"])
    return re.compile(
        rf",\s*(?:[^,;:]{{0,{SPEAKER_REACH}}}?\b(?:{verbs})\b[^,;:]{{0,40}}|(?:{verbs})\s+[^,;:]{{0,60}})"
        rf"(?:,\s*(?:{tails}|[a-z]+ing)\b[^;:]{{0,160}}?)?[.!?\"']*\s*$",  # any participle: ", marking its"
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _speaks() -> re.Pattern:
    return re.compile(rf"\s+(?:{lexicon.alternation(lexicon.load('clauses.json')['speech_verbs'])})\b", re.IGNORECASE)


def speaks(text: str, end: int) -> bool:
    """Is the word ending at ``end`` the one who speaks ("a sum the EU lender said it could raise")?

    >>> speaks("a sum the lender said it", 16), speaks("loans to lenders in May", 16)
    (True, False)
    """
    return _speaks().match(text, end) is not None


def attribution_start(text: str, start: int, end: int) -> int:
    """Where the clause that says who speaks begins in the sentence text[start:end] (``end`` if none).

    >>> attribution_start("It will spend 5 bln won on chips, the steelmaker said Tuesday.", 0, 62)
    32
    >>> t = "It will spend 5 bln won on chips, the construction and trading arm of South Korea's Samsung Group said."
    >>> attribution_start(t, 0, len(t))
    32
    """
    m = _attribution().search(text, start, end)
    return m.start() if m is not None else end


_ENTITY = re.compile(r"&#?[a-z0-9]{2,6}$")  # an escaped entity's ";" ("&lt;") ends no clause


def amount_cuts(text: str, s0: int, s1: int, last_end: int) -> tuple[int, list[int]]:
    """Where who speaks starts in the sentence text[s0:s1] after its last amount, which ends at
    ``last_end`` (``attribution_start``), and the clause boundaries before it (``boundaries``), sorted.

    >>> amount_cuts("It spent 5 bln won on chips; sales rose, the firm said.", 0, 55, 18)
    (39, [27])
    """
    speaker = attribution_start(text, last_end, s1)
    cuts = [c for c in boundaries(text, s0, s1) if c < speaker and not _ENTITY.search(text, max(0, c - 8), c)]
    return speaker, cuts


def clause_span(cuts: list[int], speaker: int, s0: int, start: int, end: int) -> tuple[int, int]:
    """The characters of the clause of an amount at text[start:end] (its conversions included): from
    the last cut before it, or the sentence's start ``s0``, to the first cut after it, or who speaks
    (by bisection: a sentence of thousands of amounts stays linear).

    >>> clause_span([27], 39, 0, 9, 18), clause_span([27], 39, 0, 29, 33)
    ((0, 27), (27, 39))
    """
    before = bisect_right(cuts, start)
    after = bisect_left(cuts, end)
    return (max(s0, cuts[before - 1]) if before else s0), (min(speaker, cuts[after]) if after < len(cuts) else speaker)


PARTS_REACH = 150  # characters from a total to the opener of its parts ("..., of which"), within its sentence


@lru_cache(maxsize=1)
def _parts() -> re.Pattern:
    """After a total, the words that open its parts: ", of which", "including", "split between", ",
    led by chips at" (an item and "at" after one of ``item_at_openers``; not ", with sales at"), ",
    with X accounting for" or ", with X providing" (``share_verbs``, ``giving_verbs``); not after a
    word of ``not_part_leads`` (", compared with", ", along with": another amount)."""
    data = lexicon.load("clauses.json")
    openers, more = lexicon.alternation(data["part_openers"]), lexicon.alternation(data["list_continuers"])
    not_after = "".join(rf"(?<!{re.escape(w)}\s)" for w in data["not_part_leads"])  # fixed-width lookbehinds
    share = lexicon.alternation(data["share_verbs"] + data["giving_verbs"])
    item_at = lexicon.alternation(data["item_at_openers"])
    return re.compile(  # not an addition: ", with a further 8 trillion dong"
        rf"^[^.;:]{{0,{PARTS_REACH}}}?{not_after}\b(?:{openers})\b(?!\s*(?:{more})\b)[^.;:,]{{0,12}}$"
        rf"|^[^.;:]{{0,{PARTS_REACH}}}?{not_after}\b(?:{item_at})\s+[^.;:,]{{0,40}}\bat\s+$"  # "led by chips at"
        rf"|^[^.;:]{{0,{PARTS_REACH}}}?,\s+with\s+[^.;:,]{{0,60}}\b(?:{share})\s+$"  # ", with mining accounting for"
        rf"|^[^.;:\n]{{0,{PARTS_REACH}}}:\s*$",
        re.IGNORECASE,
    )


def opens_parts(gap: str) -> bool:
    r"""Does ``gap``, between a total and the next amount, open a list of the total's parts (the
    opener right before the next amount, or a colon: "1.1 trillion yen in subsidies in 2025: 720
    billion yen to chipmakers and ...")?

    >>> opens_parts(" on future industries this year, of which "), opens_parts(" and ")
    (True, False)
    >>> opens_parts(" in subsidies in 2025: "), opens_parts(" vs 4 mln\nNet: ")
    (True, False)
    >>> opens_parts(" in three areas, including big data and AI, and "), opens_parts(" in loans, compared with ")
    (False, False)
    >>> opens_parts(" on April 19, compare with ")
    False
    >>> opens_parts(" for wind farms, with a further "), opens_parts(" for wind farms, with ")
    (False, True)
    >>> opens_parts(" in 2022, with mining products accounting for "), opens_parts(" and mining accounted for ")
    (True, False)
    >>> opens_parts(" in the U.S. state of Georgia, including "), opens_parts(" in 2.5 years. It said, including ")
    (True, False)
    >>> opens_parts(" in May, led by semiconductors at "), opens_parts(" in May, led by a rise in chip sales to ")
    (True, False)
    >>> opens_parts(" for the quarter, with operating profit at ")
    False
    """
    return _parts().match(_INNER_STOP.sub(" ", gap)) is not None


# A full stop that ends no sentence: inside or after an abbreviation before a lower-case word or a
# comma ("U.S. state", "Co., Ltd"), or a decimal point ("2.5 percent").
_INNER_STOP = re.compile(r"\.(?=[^\s.]|\s+[a-z])")


@lru_cache(maxsize=1)
def _fronted() -> re.Pattern:
    leads = lexicon.alternation(lexicon.load("clauses.json")["fronted_leads"])
    return re.compile(rf"\s*[\"'“]?(?:{leads})\b[^,;:]{{0,80}},", re.IGNORECASE)


def fronted_end(text: str, start: int, first: int) -> int:
    """Where a fronted adverbial that opens the sentence at ``start`` ends (its comma), before the
    first amount at ``first``; ``start`` if the sentence opens with none ("For the fiscal year
    ended March 2022, ...", "In 2019, ...").

    >>> fronted_end("In 2019, it spent 5 bln won.", 0, 18), fronted_end("It spent 5 bln won in 2019, and", 0, 9)
    (8, 0)
    """
    m = _fronted().match(text, start, first)
    return m.end() if m is not None else start


def boundaries(text: str, start: int, end: int) -> list[int]:
    """Offsets of strong clause boundaries in text[start:end]: clauses.json's punctuation,
    subordinators and coordinators before an opener, and "and" right after an amount's figure or
    bracket when a determiner's noun phrase and a finite verb follow ("14bn euros ($19bn) and new
    boss Enrico Bondi has taken action against lenders": the lenders are not the debt's sector).

    >>> t = "debts of 14bn euros ($19bn) and new boss Enrico Bondi has sued lenders"
    >>> [t[b:b + 8] for b in boundaries(t, 0, len(t))]
    [' and new']
    >>> boundaries("Banks and the World Bank have agreed to lend $5bn", 0, 49)
    []
    """
    cuts = [m.start() for m in _boundary().finditer(text, start, end)]
    ands = [
        m.start()
        for m in _and_clause().finditer(text, start, end)
        if m.start() > 0 and text[m.start() - 1] in "0123456789)%"
    ]
    return sorted(cuts + ands) if ands else cuts


_WORD = re.compile(r"[a-z][a-z-]*", re.IGNORECASE)


@lru_cache(maxsize=1)
def comparison_pattern() -> re.Pattern:
    """A word that sets an amount against the one before it: years.json's comparison roles."""
    comparison = lexicon.load("years.json")["roles"]["comparison"]
    return re.compile(rf"\b(?:{lexicon.alternation(comparison)})\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _head() -> tuple[re.Pattern, frozenset[str]]:
    """(the shape of a noun phrase that a year heads, the words that keep a year from heading it:
    clauses.json's not_head_words and the words of years.json's comparison roles)."""
    data = lexicon.load("clauses.json")
    articles = "|".join(map(re.escape, data["articles"]))
    shape = re.compile(rf"^(?:'s\s+|(?:'s)?(?:\s+[a-z][a-z-]*){{0,3}}\s+of\s+(?:(?:{articles})\s+)?)$", re.IGNORECASE)
    comparison = lexicon.load("years.json")["roles"]["comparison"]
    words = {w.lower() for phrase in comparison for w in _WORD.findall(phrase)}
    return shape, frozenset(data["not_head_words"]) | words


def year_heads_gap(gap: str) -> bool:
    """Is ``gap``, between a year and the next amount, a noun phrase that the year heads ("'s", "'s
    profit of", " earnings of", " target of a", " of" in "the first four months of 1987 of 13.6
    mln")? Not " excluding the", " compared with a loss of"."""
    shape, not_head = _head()
    if shape.match(gap) is None:
        return False
    words = [w.lower() for w in _WORD.findall(gap)]
    return not not_head.intersection(words[: words.index("of")] if "of" in words else words)


FROM_END = re.compile(r"\bfrom(?:\s+(?:the|a|an|its|their))?\s*$")
# "down from earnings of", "up from a net profit of": a change's old level named by its noun
FROM_NOUN_END = re.compile(r"\bfrom\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z-]+\s+){1,3}of\s*$")


def _from_end(low: str) -> bool:
    return FROM_END.search(low) is not None or FROM_NOUN_END.search(low) is not None


def is_base(gap: str) -> bool:
    """Does ``gap``, between two amounts, make the second the base the first is compared with ("600
    billion won, up from 420 billion won", "compared with 2.5 bln euros")? A base's time ("a year
    earlier") is its own: the amounts after it do not take it.

    >>> is_base(" for 2023, up from "), is_base(" compared with "), is_base(" and ")
    (True, True, False)
    """
    low = gap.lower()
    return comparison_pattern().search(gap) is not None or (_from_end(low) and is_change_before(low, len(low)))


RELATIVE_OPENER = re.compile(r",\s*(?:which|who|whose)\b")


def is_change_base(gap: str) -> bool:
    """Is ``gap`` the joint of a change's old level ("up from", "rose to 5 mln from"), a base of another
    time? A comparison ("compared with", "against") may set two amounts of one time side by side.

    >>> is_change_base(" for 2023, up from "), is_change_base(" compared with ")
    (True, False)
    >>> is_change_base(", down from earnings of "), is_change_base(" from sales of ")
    (True, False)
    """
    low = gap.lower()
    return _from_end(low) and is_change_before(low, len(low))
