"""Rates and companions after an amount ("a year", "next year", "or 41 ct a share"): where the words
after it go on to the noun it still modifies ("25 billion rupees a year in incentives", "10.6 mln
dlrs or 41 ct a share after-tax loss"). Used by the kinds stage (kinds.py, kinds_reach.py)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .phrase_words import PREPOSITIONS

YEAR = re.compile(r"(?:19|20)\d\d")


def past_rate(doc: Doc, end: int, rates: dict[str, list[tuple[str, ...]]], companion: bool = False) -> int:
    """Where the words after an amount ending at ``end`` go on past a rate ("a year", "annually") and
    a time ("next year", "in 2025"), so that the noun after them is still the amount's own ("25
    billion rupees a year in incentives", "1.9 trillion won next year in purchase subsidies"); with
    ``companion``, past a per-share companion too (``past_companion``).
    ``rates``: each phrase's words by its first word (``rate_index``; ``<year>`` stands for a year),
    so that most amounts cost one lookup.

    >>> from spacy.lang.en import English
    >>> doc = English()("5 bln a year in aid and 5 bln in aid and 5 bln in 2025 in aid")
    >>> rates = rate_index(["a year", "in <year>"])
    >>> past_rate(doc, 2, rates), past_rate(doc, 9, rates), past_rate(doc, 14, rates)
    (4, 9, 16)
    """
    if companion:
        end = past_companion(doc, end)
    for _ in range(2):  # a rate and a time: "25 bln a year from 2025 in aid"
        if end >= len(doc) or doc[end].lower_ not in rates:
            return end
        words = doc[end : end + 6]  # the longest phrase: "over the 2027 - 2035 period"
        step = next((len(r) for r in rates[doc[end].lower_] if _says(words, r)), 0)
        if not step:
            return end
        end += step
    return end


COMPANION_REACH = 4  # tokens at most of a per-share companion amount between "or" and "a share"


def past_companion(doc: Doc, end: int) -> int:
    """Where the words after an amount ending at ``end`` go on past its per-share companion ("10.6
    mln dlrs or 41 ct a share after-tax loss"), so that the noun after it is still the amount's own;
    ``end`` when none follows.

    >>> from spacy.lang.en import English
    >>> doc = English()("10.6 mln dlrs or 41 ct a share loss, 5 mln or more, 5 mln or 1 ct a share for sale")
    >>> past_companion(doc, 3), past_companion(doc, 13), past_companion(doc, 19)
    (8, 13, 19)
    """
    if end >= len(doc) or doc[end].lower_ != "or":
        return end
    for k in range(end + 1, min(len(doc) - 1, end + 2 + COMPANION_REACH)):
        if doc[k].lower_ in ("a", "per") and doc[k + 1].lower_ == "share" and k > end + 1:
            after = doc[k + 2] if k + 2 < len(doc) else None  # a noun of the amount's, not a preposition's
            hyphened = k + 3 < len(doc) and doc[k + 3].text == "-" and not doc[k + 2].whitespace_  # "after-tax"
            return k + 2 if after is not None and (after.lower_ not in PREPOSITIONS or hyphened) else end
        if doc[k].is_punct or not (doc[k].like_num or doc[k].is_currency or len(doc[k]) <= 5):
            return end
    return end


def _says(words, phrase: tuple[str, ...]) -> bool:
    """Do the tokens ``words`` open with ``phrase`` (``<year>`` matching a year: 1900-2099; ``<count>``
    a number in digits or words: "over 10 years", "over the next five years")?"""
    return len(words) >= len(phrase) and all(
        w.lower_ == p
        or (p == "<year>" and YEAR.fullmatch(w.text) is not None)
        or (p == "<count>" and w.like_num and YEAR.fullmatch(w.text) is None)
        for w, p in zip(words, phrase, strict=False)
    )


def rate_index(phrases: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """kinds.json's ``rate_phrases`` and ``time_gaps`` as words, by first word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.lower().split())
        index.setdefault(words[0], []).append(words)
    return index


def drop_times(words: list, times: dict[str, list[tuple[str, ...]]]) -> list:
    """``words`` (tokens between a trigger and its amount) without the time phrases among them
    (kinds.json ``gap_times``: "from a year earlier", "for the first half of <year>"), so that the
    trigger still reaches its amount: "operating profit jumped 120 percent from a year earlier to 1.55
    trillion won", "net profit for the first half of 2005 fell to 343m euros".

    >>> from spacy.lang.en import English
    >>> doc = English()("profit jumped 5 pct from a year earlier to")
    >>> [w.text for w in drop_times(list(doc), rate_index(["from a year earlier"]))]
    ['profit', 'jumped', '5', 'pct', 'to']
    """
    out, k = [], 0
    while k < len(words):
        step = next((len(p) for p in times.get(words[k].lower_, ()) if _says(words[k : k + len(p)], p)), 0)
        if step:
            k += step
        else:
            out.append(words[k])
            k += 1
    return out
