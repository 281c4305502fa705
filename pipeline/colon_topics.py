"""The topic of a headline-like sentence, set off by a colon, for an amount that names no sector.

Verbless business copy puts its topic on one side of a colon and the figures on the other:
"Stansted's second runway: a £2bn project", "ITV, Britain's biggest commercial broadcaster:
advertising revenue of £780m", "Insurers' third-quarter hurricane losses: $1.3 billion at
Travelers", or the figure first and what it buys after: "A £2.4bn contract for Bombardier: 200 new
carriages for the Southern rail franchise". An amount whose own words name no sector takes the
sector words of the other side (``link.Linker``), when the sentence holds one colon, that side is
short (TOPIC_CHARS), holds no other amount, and nothing before the colon says who speaks ("He
said: ...", a quotation).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .phrase_words import actors_lexicon
from .trade_descriptors import trade_sectors

TOPIC_CHARS = 120  # a topic or an explanation is a phrase, not a paragraph


@lru_cache(maxsize=1)
def _speech() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, actors_lexicon()["speech_verbs"]), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def topic_side(text: str, sent: tuple[int, int], amount: tuple[int, int], others: list[int]) -> tuple[int, int] | None:
    """The character span of the other side of the sentence's colon from ``amount`` (``others``: where
    the sentence's other amounts start), or None when the sentence is no topic and its figures.

    >>> t = "Stansted's second runway: a £2bn project, and BAA's biggest."
    >>> side = topic_side(t, (0, len(t)), (27, 31), [])
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
    colon = text.find(":", s0, s1)
    if colon < 0 or text.find(":", colon + 1, s1) >= 0 or _speech().search(text, s0, colon):
        return None
    lo, hi = (s0, colon) if amount[0] > colon else (colon + 1, s1)
    if hi - lo > TOPIC_CHARS or any(lo <= at < hi for at in others):
        return None
    return lo, hi


def unnamed_sectors(doc: Doc, sent: tuple[int, int], amount: tuple[dict, list], found: tuple, cache: dict) -> list[str]:
    """The sectors of an amount (``amount``: its info and its sentence's (span, info) pairs) that its
    own words left without one: the spender's trade named by a definite descriptor
    (``trade_descriptors``), else the sector words of the other side of a colon (``topic_side``).
    ``found``: the document's text, the sentence's sector spans and its sector items (the
    linker's, each with ``start`` and ``value``). What a sentence holds is read once into ``cache``:
    a table of thousands of rows is one sentence."""
    text, spans, items = found
    if sent not in cache:
        cache[sent] = (trade_sectors(doc, spans), text.find(":", *sent) >= 0)
    trades, colon = cache[sent]
    if trades or not colon:
        return list(trades)
    info, in_sent = amount
    side = topic_side(text, sent, (info["start"], info["end"]), [o["start"] for _, o in in_sent if o is not info])
    return list(dict.fromkeys(it.value for it in items if side and side[0] <= it.start < side[1]))
