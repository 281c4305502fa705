"""What stands between two amounts of one sentence, read without a parser: the joint of a list
(", ", " in batteries and "), of a gapped clause (" and Woori Card "), of one figure's parts (" or ",
" a share on revenues of "), a recipient named before "and", and an "as" clause that opens before the
second amount. ``link`` reads these to share a time or a destination along a list."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from . import lexicon
from .clauses import as_clause
from .years import YEAR_IN_GAP

LIST_GAP_REACH = 100


@lru_cache(maxsize=1)
def _list_gap() -> re.Pattern:
    data = lexicon.load("clauses.json")
    owners = data["owners"]
    verbs = "|".join(map(re.escape, [w for w in data["openers"] if w not in owners]))
    # a possessive opens a clause ("and its remittance inflows"), not after a preposition ("to its islands")
    not_after = "".join(rf"(?<!\b{re.escape(p)}\s)" for p in data["object_prepositions"])
    owned = rf"(?!{not_after}\b(?:{lexicon.alternation(owners)})\b)"
    more = lexicon.alternation(data["list_continuers"])  # "... and another 180 billion won"
    # the next item may open with its own noun and "of": ", an operating profit of", "and capital spending of"
    head = r"(?:(?:an?|the|its|their)\s+)?(?:[a-z][a-z-]*\s+){1,3}of"
    return re.compile(
        # a full stop only inside an abbreviation: "from a U.S. offshore wind developer and"
        rf"^(?:(?!\b(?:{verbs})\b){owned}(?:[^;:.]|(?<=\b[A-Z])\.))*?(?:,|\band)\s*(?:(?:{more})\s*|{head}\s*)?$",
        re.IGNORECASE,
    )


def is_list_gap(text: str, start: int, end: int) -> bool:
    """Is text[start:end] the joint between two items of a list of amounts (", ", " in batteries and ")?

    >>> is_list_gap("1 bln won to drones, 2 bln won", 10, 21)
    True
    >>> is_list_gap("5 mln dlrs, and profit will reach 7", 10, 34)
    False
    >>> g = " on ferry transport to its islands and ", " and its remittance inflows "
    >>> is_list_gap(g[0], 0, len(g[0])), is_list_gap(g[1], 0, len(g[1]))
    (True, False)
    >>> g = " from a U.S. offshore wind developer and ", " in 1986. Revenue rose and "
    >>> is_list_gap(g[0], 0, len(g[0])), is_list_gap(g[1], 0, len(g[1]))
    (True, False)
    """
    gap = text[start:end]
    return len(gap) <= LIST_GAP_REACH and _list_gap().match(gap) is not None


@lru_cache(maxsize=1)
def _gapped_gap(comma: bool) -> re.Pattern:
    name = r"(?:the\s+)?(?-i:[A-Z][\w&.'-]*)(?:\s+(?-i:[A-Z][\w&.'-]*|&)){0,4}"
    joint = r"(?:,?\s*and|,)" if comma else r",?\s*and"
    return re.compile(rf"^\s*{joint}\s+{name}\s*$", re.IGNORECASE)


def is_gapped_gap(gap: str, comma: bool = True) -> bool:
    """Is ``gap``, between two amounts, "and" or (with ``comma``) a comma and a name with no verb after
    it: the second amount is a gapped clause that shares the first one's verb and what follows the list
    ("Woori Bank earned 2.9 trillion won and Woori Card 147 billion won in net profit last year",
    "BAE Systems £2.6bn, Rolls-Royce £1.1bn, GKN £800m (all at end-2004)")?

    >>> is_gapped_gap(" and Woori Card "), is_gapped_gap(" and Kia "), is_gapped_gap(" and its unit ")
    (True, True, False)
    >>> is_gapped_gap(" and Kia will spend "), is_gapped_gap(" in Seoul and Busan ")
    (False, False)
    >>> is_gapped_gap(", Rolls-Royce "), is_gapped_gap(", Dec 31 "), is_gapped_gap(", said Kia ")
    (True, False, False)
    >>> is_gapped_gap(" and Cable & Wireless "), is_gapped_gap(", Rolls-Royce ", comma=False)
    (True, False)
    """
    return _gapped_gap(comma).match(gap) is not None


def opens_as_clause(gap: str) -> bool:
    """Is ``gap``, between two amounts, one that opens an "as" clause (``as_clause``) before the second
    with no year of its own ("in May as ship exports jumped 54 percent to", ", as cargo revenue climbed
    to")? The second amount then concerns the first one's time, as a contrast clause's does.

    >>> opens_as_clause(" in May as ship exports jumped 54 percent to "), opens_as_clause(", as well as ")
    (True, False)
    >>> opens_as_clause(", as sales in 2023 rose to ")
    False
    """
    found = _as_clause_pattern().search(gap)
    return found is not None and YEAR_IN_GAP.search(gap, found.start()) is None


@lru_cache(maxsize=1)
def _as_clause_pattern() -> re.Pattern:
    return re.compile(as_clause(), re.IGNORECASE)


@lru_cache(maxsize=1)
def _companion_gap() -> re.Pattern:
    data = lexicon.load("clauses.json")["companions"]
    alt, per, lead = (lexicon.alternation(data[k]) for k in ("alternatives", "per_units", "base_leads"))
    return re.compile(
        rf"^\s*(?:(?:{per})\s*(?=,|\s(?:{alt})\s))?,?\s*(?:(?:{alt})\s+)?(?:(?:{per})\s+)?"
        rf"(?:(?:{lead})\s+(?:[a-z][a-z-]*\s+){{1,3}}of\s+)?$",
        re.IGNORECASE,
    )


def is_companion_gap(gap: str) -> bool:
    """Is ``gap``, between two amounts, the joint of one figure's parts: the amount again per share
    (" or "), or a per-share amount and the base it was earned on (" a share on revenues of ")?

    >>> is_companion_gap(" or "), is_companion_gap(" a share on revenues of "), is_companion_gap(" and spent ")
    (True, True, False)
    >>> is_companion_gap(" ")
    False
    >>> is_companion_gap(" per common share, or "), is_companion_gap(" per share, and ")
    (True, False)
    """
    return bool(gap.strip()) and _companion_gap().match(gap) is not None


@lru_cache(maxsize=1)
def _recipient_gap() -> re.Pattern:
    preps = lexicon.alternation(lexicon.load("clauses.json")["recipient_prepositions"])
    name = r"(?:the\s+)?[A-Z][\w&.'-]*(?:,?\s+(?:[A-Z][\w&.'-]*|of|and|&))*?"
    named = rf"(?:{preps})\s+{name}\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    return re.compile(rf"^\s*(?:{named}|,?\s*\band\s+)$")  # a bare joint is "and": ", 2.75 billion more" is none


def is_recipient_gap(gap: str) -> bool:
    """Is ``gap``, between two amounts of a list, only the first one's recipient or place, a name
    (" to Hanwha Aerospace and ", " in North America and "), or nothing but the joint (" and ": "will
    spend 2 trillion won and 1.5 trillion won respectively on biosimilar plants")? Then a purpose
    after the last item is every item's; a gap with a noun of its own (" in new revenues, ") keeps
    its amount apart.

    >>> is_recipient_gap(" to Hanwha Aerospace and "), is_recipient_gap(" for Turkey, Morocco and Jordan, ")
    (True, True)
    >>> is_recipient_gap(" in new revenues, "), is_recipient_gap(" at the end of April and ")
    (False, False)
    >>> is_recipient_gap(" and "), is_recipient_gap(", and "), is_recipient_gap(", "), is_recipient_gap(" or ")
    (True, True, False, False)
    """
    return _recipient_gap().match(gap) is not None


@lru_cache(maxsize=1)
def _instrument_gap() -> re.Pattern:
    nouns = lexicon.alternation(lexicon.load("clauses.json")["instrument_nouns"])
    return re.compile(rf"^\s*in\s+(?:[a-z][a-z-]*\s+){{0,2}}?(?:{nouns})\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


def is_instrument_gap(gap: str) -> bool:
    """Is ``gap``, between two amounts of a list, only the form the first one takes, a noun of
    clauses.json ``instrument_nouns`` after "in" (" in policy loans, ", " in guarantees and ")? Such a
    noun says what the money is, not where it goes: a destination after the last item is every
    item's ("2 trillion won in policy loans, 500 billion won in guarantees and 300 billion won in
    grants to small modular reactor suppliers"); not " in new revenues, ".

    >>> is_instrument_gap(" in policy loans, "), is_instrument_gap(" in guarantees and ")
    (True, True)
    >>> is_instrument_gap(" in new revenues, "), is_instrument_gap(" in loans to Hanwha and ")
    (False, False)
    """
    return _instrument_gap().match(gap) is not None


PURPOSE_PREPOSITIONS = ("for", "to", "in", "on", "into")
_OPENING = re.compile(r"\s*(?:\([^)]*\)\s*)?(\w+)\b")  # the first word after an amount, past a conversion
_PURPOSE = re.compile(rf"\b(?:{'|'.join(PURPOSE_PREPOSITIONS)})\b")


def parallel_recipient(text: str, gap: str, end: int, sector_starts: list[int]) -> bool:
    """Does the amount ending at ``end`` open its own phrase with the preposition that the gap before
    it gave the amount before ("390 billion won for Ukraine and 180 billion won for smart farm
    projects"), and do its sectors (their starts, sorted) stand in that phrase? Then each item has its own
    destination and the first one takes nothing from the second's; not "180 billion won to Hanwha
    and 95 billion won to LIG Nex1 for missile research", whose purpose opens another phrase.

    >>> t = "390 billion won for Ukraine and 180 billion won for smart farm projects"
    >>> parallel_recipient(t, " for Ukraine and ", 47, [52])
    True
    >>> t = "180 billion won to Hanwha and 95 billion won to LIG Nex1 for missile research"
    >>> parallel_recipient(t, " to Hanwha and ", 44, [61])
    False
    >>> parallel_recipient("2 bln won and 1 bln won on chip plants", " and ", 23, [27])
    False
    """
    first = gap.split()[:1]
    opening = _OPENING.match(text, end)
    if not first or first[0].lower() not in PURPOSE_PREPOSITIONS or opening is None:
        return False  # a bare joint (" and ") leaves the purpose after the list to every item
    if opening.group(1).lower() != first[0].lower():
        return False
    k = bisect_left(sector_starts, opening.end())  # the starts are sorted
    return k < len(sector_starts) and _PURPOSE.search(text, opening.end(), sector_starts[k]) is None


@lru_cache(maxsize=1)
def _gapped_part() -> re.Pattern:
    copulas = lexicon.alternation(lexicon.load("clauses.json")["part_copulas"])
    # or the part's own modal verb and its object: "of which 22 billion won will buy 6,000 bicycles and"
    return re.compile(
        rf"^\s+(?:(?:{copulas})\s+(?:for|to|on|into|towards?)|(?:will|would|is\s+to|are\s+to)\s+[a-z]+)\b(?:[^;:.,]|(?<=\d)[.,](?=\d))*?\band\s+$",
        re.IGNORECASE,
    )


def is_gapped_part(gap: str) -> bool:
    """Is ``gap``, after a part of a total, its copula and the phrase it goes to, or its own modal verb
    and object ("will buy 6,000 new bicycles"), then "and": the next amount is a part too, with its
    copula left out or not ("of which $4.2 billion is for a gas processing plant and $1.9 billion for
    a cogeneration power plant")?

    >>> is_gapped_part(" is for a gas processing plant and "), is_gapped_part(" will go to ports and ")
    (True, True)
    >>> is_gapped_part(" is for a plant, and profit rose "), is_gapped_part(" and ")
    (False, False)
    >>> is_gapped_part(" will buy 6,000 new bicycles and "), is_gapped_part(" will buy bikes, and profit rose ")
    (True, False)
    """
    return _gapped_part().match(gap) is not None
