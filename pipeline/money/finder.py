"""``find_amounts(text)``: every monetary amount in a text, in order, as immutable ``Amount`` s.

The passes, in order:
1. anchors: every digit run and number word that starts a number;
2. one amount at each anchor (``amount.parse_at``): number, currency, scales, minor-unit tail,
   then, for those with a currency, a qualifier and a rate;
3. neighbours (``neighbours.merge_neighbours``): ranges, changes, spelled compounds, shared
   currencies; a bare number that took a currency gets its qualifier and rate here;
4. article passes (``article``): the article's dollar or franc (from the currencies it names,
   else the countries), the codes of the article's date, earnings-table rows, conversions, signs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from ..normalise import lower_same_length
from .amount import Candidate, parse_at, qualify, rate
from .article import (apply_signs, date_currencies, mark_conversions, per_share_rows, resolve_families,
                      table_figures)
from .neighbours import merge_neighbours
from .rules import Rules, rules


@dataclass(frozen=True)
class Amount:
    """One monetary amount found in a text (character offsets into that text)."""

    start: int
    end: int
    value: Decimal
    currency: str
    qualifier: str = ""
    per: str = ""
    flags: tuple[str, ...] = ()
    value_min: Decimal | None = None
    value_max: Decimal | None = None


def anchors(text: str, rules: Rules) -> list[int]:
    """Where a number may start: digits, and number words that do not stand inside a word."""
    lower = lower_same_length(text)
    words = [p for m in rules.word_anchor.finditer(lower)
             if not ((p := m.start()) and (lower[p - 1].isalnum() or lower[p - 1] == "_"))]
    return sorted([m.start() for m in rules.anchor.finditer(text)] + words)


def read_candidates(text: str, rules: Rules) -> list[Candidate]:
    """One candidate at each anchor not inside an earlier one: amounts, and bare numbers."""
    found: list[Candidate] = []
    pos = floor = 0
    for start in anchors(text, rules):
        if start < pos:
            continue
        amount, end = parse_at(text, start, floor, rules)
        pos = max(end, start + 1)
        if amount is None:
            continue
        if amount.cur is not None:
            qualify(text, amount, rules)
            rate(text, amount, rules)
        found.append(amount)
        floor = amount.end
        pos = max(pos, amount.end)
    return found


def find_amounts(text: str, date: str | None = None, countries: Counter[str] | None = None) -> list[Amount]:
    """Every monetary amount in ``text``, in order, with exact values. ``date`` ("YYYY-MM-DD") and
    ``countries`` (how often the article names each country, by alpha-2 code) settle bare "dlrs" and
    "francs" and the codes of their day.

    >>> [(a.value, a.currency) for a in find_amounts("It paid 20 mln dlrs and 1.5 billion stg.")]
    [(Decimal('20000000'), 'USD'), (Decimal('1500000000'), 'GBP')]
    """
    r = rules()
    found = merge_neighbours(text, read_candidates(text, r), r)
    for a in found:
        if "currency_shared" in a.flags:  # a bare number that took its currency from a neighbour
            qualify(text, a, r)
            rate(text, a, r)
    resolve_families(text, found, r, countries or Counter(), date)
    date_currencies(found, date)
    found = table_figures(text, found, r)
    per_share_rows(text, found, r)
    mark_conversions(text, found, r)
    apply_signs(text, found, r)
    return [Amount(a.start, a.end, a.value, a.currency, a.qualifier, a.per, tuple(a.flags), a.value_min, a.value_max)
            for a in found]
