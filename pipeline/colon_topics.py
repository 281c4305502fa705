"""The topic of a headline-like sentence, set off by a colon, for an amount that names no sector.

Verbless business copy puts its topic on one side of a colon and the figures on the other:
"Stansted's second runway: a £2bn project", "ITV, Britain's biggest commercial broadcaster:
advertising revenue of £780m", "Insurers' third-quarter hurricane losses: $1.3 billion at
Travelers", or the figure first and what it buys after: "A £2.4bn contract for Bombardier: 200 new
carriages for the Southern rail franchise". An amount whose own words name no sector (or no year)
takes the sector words (or years) of the other side (``link.Linker``), when the sentence holds one
colon, that side is short (TOPIC_CHARS), holds no other amount, and nothing before the colon says
who speaks ("He said: ...", a quotation).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Doc

from .phrase_words import actors_lexicon
from .trade_descriptors import trade_sectors

TOPIC_CHARS = 120  # a topic or an explanation is a phrase, not a paragraph


@lru_cache(maxsize=1)
def _speech() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, actors_lexicon()["speech_verbs"]), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def colon_at(text: str, sent: tuple[int, int]) -> int | None:
    """Where the sentence's topic colon stands, when nothing before it says who speaks; else None.
    A later colon is allowed only in a part of its own, after a semicolon ("AstraZeneca first-quarter
    sales: $5.55bn; pre-tax profit: $1.58bn": the first label is every part's topic).

    >>> t = "Intel second-quarter net profit: $2.04bn, up 15%; revenue: $9.23bn"
    >>> colon_at(t, (0, len(t)))
    31
    >>> t = "Net profit: $2bn, revenue: $9bn"
    >>> colon_at(t, (0, len(t))) is None
    True
    """
    colon = text.find(":", *sent)
    if colon < 0 or _speech().search(text, sent[0], colon):
        return None
    before = colon
    later = text.find(":", colon + 1, sent[1])
    while later >= 0:
        if text.find(";", before, later) < 0:
            return None
        before, later = later, text.find(":", later + 1, sent[1])
    return colon


def topic_side(
    text: str, sent: tuple[int, int], amount: tuple[int, int], others: list[int], colon: int | None = -1
) -> tuple[int, int] | None:
    """The character span of the other side of the sentence's colon from ``amount`` (``others``: where
    the sentence's amounts start, sorted, its own among them or not; ``colon``: ``colon_at``'s, when
    read already), or None when the sentence is no topic and its figures.

    >>> t = "Stansted's second runway: a £2bn project, and BAA's biggest."
    >>> side = topic_side(t, (0, len(t)), (27, 31), [27])
    >>> t[side[0] : side[1]]
    "Stansted's second runway"
    >>> t = "A £2.4bn contract for Bombardier: 200 new carriages for the franchise."
    >>> t[slice(*topic_side(t, (0, len(t)), (2, 8), []))]
    ' 200 new carriages for the franchise.'
    >>> t = "The minister said: we will spend $2bn on rail."
    >>> topic_side(t, (0, len(t)), (33, 37), []) is None
    True
    """
    s0, s1 = sent
    colon = colon_at(text, sent) if colon == -1 else colon
    if colon is None:
        return None
    lo, hi = (s0, colon) if amount[0] > colon else (colon + 1, s1)
    if hi - lo > TOPIC_CHARS or bisect_left(others, hi) > bisect_left(others, lo):  # another amount there
        return None
    return lo, hi


def unnamed_sectors(doc: Doc, sent: tuple[int, int], amount: tuple[dict, list], found: tuple, cache: dict) -> list[str]:
    """The sectors of an amount (``amount``: its info and its sentence's (span, info) pairs) that its
    own words left without one: the spender's trade named by a definite descriptor
    (``trade_descriptors``), else the sector words of the other side of a colon (``topic_side``).
    ``found``: the document's text, the sentence's sector spans and its sector items (the
    linker's, each with ``start`` and ``value``). What a sentence holds is read once into ``cache``:
    a table of thousands of rows is one sentence."""
    trades = _read(doc, found[0], sent, found[1], amount[1], cache)[0]
    return list(trades) if trades else list(dict.fromkeys(_on_topic(sent, amount, found, cache, "sectors")))


def topic_years(doc: Doc, sent: tuple[int, int], amount: tuple[dict, list], found: tuple, cache: dict) -> list:
    """The years of the other side of the colon (``topic_side``) for an amount that took none: "Net
    profit in 2004: $18.5bn", "NOTE: 1985 includes ... 5.8 mln dlrs from disposal". ``found``: the
    document's text, the sentence's sector spans and its year items (the linker's, each with
    ``start`` and ``value``)."""
    if not found[2]:
        return []
    _read(doc, found[0], sent, found[1], amount[1], cache)
    return _on_topic(sent, amount, found, cache, "years")


def fill_unnamed(doc: Doc, sent: tuple[int, int], amount: tuple[dict, list], found: tuple, lk, cache: dict) -> None:
    """Fill the links ``lk`` (``link_items.Links``) that an amount's own words left empty: its sectors by
    ``unnamed_sectors``, its years by ``topic_years``. ``found``: the document's text, the sentence's
    sector spans, its sector items and its year items."""
    text, spans, sectors, years = found
    if not lk.sectors:
        lk.sectors = unnamed_sectors(doc, sent, amount, (text, spans, sectors), cache)
        lk.link = "sentence" if lk.sectors else lk.link
    if not lk.years:
        lk.years = topic_years(doc, sent, amount, (text, spans, years), cache)


def _read(doc: Doc, text: str, sent: tuple[int, int], spans: list, in_sent: list, cache: dict) -> tuple:
    """(the trades of the sentence's descriptors, where its amounts start, its colon: ``colon_at``),
    read once per sentence: a table of thousands of rows is one sentence, and finding its colon and
    who speaks before it once per amount was quadratic."""
    if sent not in cache:
        colon = colon_at(text, sent)
        starts = sorted(o["start"] for _, o in in_sent) if colon is not None else []
        cache[sent] = (trade_sectors(doc, spans), starts, colon)
    return cache[sent]


def _on_topic(sent: tuple[int, int], amount: tuple[dict, list], found: tuple, cache: dict, key: str) -> list:
    """The values of the items (``found[2]``) on the other side of the colon from the amount, read once
    per side and ``key``."""
    _, starts, colon = cache[sent]
    if colon is None:
        return []
    side = topic_side(found[0], sent, (amount[0]["start"], amount[0]["end"]), starts, colon)
    if side is None:
        return []
    if (sent, side, key) not in cache:
        cache[sent, side, key] = [it.value for it in found[2] if side[0] <= it.start < side[1]]
    return cache[sent, side, key]
