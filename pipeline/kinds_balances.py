"""What a bare deficit or surplus is (kinds.json ``balance_readings``): the word alone names no
balance, its sentence does. A trade word keeps it trade ("the trade deficit narrowed to", "exports
... leaving a surplus of"); else a pension word makes it what a fund lacks, a valuation ("to help
close a deficit of £700m" in its staff pension fund); else a budget word makes it a government's
budget balance, other ("the House Budget Committee ... a deficit of 108 billion dlrs"); else it
stays trade (Reuters' "Japan's surplus rose to 8.14 billion dlrs").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from . import lexicon
from .extensions import doc_text


@lru_cache(maxsize=1)
def _readings() -> tuple[frozenset[str], re.Pattern, re.Pattern, re.Pattern, str, str]:
    data = lexicon.load("kinds.json")["balance_readings"]

    def words(key: str) -> re.Pattern:
        # a capitalised word is read as written ("House", "Congress": not "house prices"), others in any case
        named = sorted((w for w in data[key] if w != w.lower()), key=len, reverse=True)
        plain = lexicon.alternation([w for w in data[key] if w == w.lower()])
        named_alt = "|".join(map(re.escape, named)) or "(?!)"
        return re.compile(rf"\b(?:(?i:{plain})|{named_alt})\b")

    return (
        frozenset(data["triggers"]),
        words("trade_words"),
        words("pension_words"),
        words("budget_words"),
        data["pension_kind"],
        data["budget_kind"],
    )


def balance_word(trigger: str) -> bool:
    """Is ``trigger`` a bare balance word ("deficit", not "trade deficit")?

    >>> balance_word("Deficit"), balance_word("trade deficit")
    (True, False)
    """
    return trigger.lower() in _readings()[0]


def balance_reading(sentence: str, trigger: str, kind: str) -> str:
    """The kind of an amount whose trigger is a bare balance word (``trigger``), read from its
    ``sentence``; any other amount keeps ``kind``.

    >>> balance_reading("It will inject £420m into its pension fund to close a deficit of £700m", "deficit", "trade")
    'valuation'
    >>> balance_reading("The House Budget Committee put the deficit at 108 billion dlrs", "deficit", "trade")
    'other'
    >>> balance_reading("The trade surplus with the U.S. rose, leaving a surplus of 2.1 billion", "surplus", "trade")
    'trade'
    >>> balance_reading("Japan's surplus rose to 8.14 billion dlrs", "surplus", "trade")
    'trade'
    >>> balance_reading("house prices left a deficit of 5 mln stg", "deficit", "trade")
    'trade'
    """
    triggers, trade, pension, budget, pension_kind, budget_kind = _readings()
    if kind != "trade" or not balance_word(trigger) or trade.search(sentence):
        return kind
    if pension.search(sentence):
        return pension_kind
    return budget_kind if budget.search(sentence) else kind


def balance_kind(doc: Doc, kind: str, trig: tuple[int, int] | None, sent: tuple[int, int]) -> str:
    """``balance_reading`` of an amount whose trigger is doc[trig[0]:trig[1]], in the sentence of
    tokens ``sent``."""
    if trig is None or kind != "trade" or sent[1] <= sent[0]:
        return kind
    text = doc_text(doc)
    lo, hi = doc[sent[0]].idx, doc[sent[1] - 1].idx + len(doc[sent[1] - 1])
    return balance_reading(text[lo:hi], doc[trig[0] : trig[1]].text, kind)
