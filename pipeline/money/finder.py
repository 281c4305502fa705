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

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, localcontext

from ..normalise import MONEY_CONTEXT, lower_same_length
from .amount import Candidate, parse_at, qualify, rate
from .article import (
    apply_signs,
    date_currencies,
    mark_conversions,
    modern_defaults,
    per_share_rows,
    resolve_families,
    table_figures,
)
from .levels import change_rates
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
    words = [
        p
        for m in rules.word_anchor.finditer(lower)
        if not ((p := m.start()) and (lower[p - 1].isalnum() or lower[p - 1] == "_"))
    ]
    return sorted([m.start() for m in rules.anchor.finditer(text)] + words)


def read_candidates(text: str, rules: Rules) -> list[Candidate]:
    """One candidate at each anchor not inside an earlier one: amounts, and bare numbers."""
    found: list[Candidate] = []
    pos = floor = 0
    for start in anchors(text, rules):
        if start < pos:
            continue
        try:
            amount, end = parse_at(text, start, floor, rules)
        except Exception as exc:
            exc.news_near = start  # where the reader was: the error row quotes the text there
            raise
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


# Invisible format characters (zero-width spaces and joiners, direction marks and isolates, word
# joiners, soft hyphens, a BOM) inside "$5\u200b million": the reader reads the text without them,
# and the offsets it gives are mapped back into the text.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# A number written with an exponent ("1E+308 euros", "10^100 won") is no amount: none is read
# after the exponent mark.
_EXPONENT_BEFORE = re.compile(r"(?:\d[eE][+\-−]?|\^|\*\*)\Z")
_EXPONENT_MARKS = frozenset("eE+-−^*")
IMPLAUSIBLE = Decimal(10) ** 21  # an amount this large (after its scale words) is flagged ``implausible``


def find_amounts(
    text: str, date: str | None = None, countries: Counter[str] | None = None, names: Counter[str] | None = None
) -> list[Amount]:
    """Every monetary amount in ``text``, in order, with exact values. ``date`` ("YYYY-MM-DD") and
    ``countries`` (how often the article names each country, by alpha-2 code) settle bare "dlrs" and
    "francs" and the codes of their day.

    >>> [(a.value, a.currency) for a in find_amounts("It paid 20 mln dlrs and 1.5 billion stg.")]
    [(Decimal('20000000'), 'USD'), (Decimal('1500000000'), 'GBP')]
    >>> [(a.start, a.end, a.value) for a in find_amounts("It paid $5\u200b million.")]
    [(8, 19, Decimal('5000000'))]
    >>> find_amounts("1E+308 euros, 10^100 won"), find_amounts("50 million billion trillion euros")[0].flags
    ([], ('repeated_scale',))
    """
    if _INVISIBLE.search(text) is None:
        return _find_amounts(text, date, countries, names)
    kept = [i for i, c in enumerate(text) if not _INVISIBLE.match(c)]
    found = _find_amounts("".join(text[i] for i in kept), date, countries, names)
    kept.append(len(text))
    return [
        Amount(
            kept[a.start],
            kept[a.end - 1] + 1,
            a.value,
            a.currency,
            a.qualifier,
            a.per,
            a.flags,
            a.value_min,
            a.value_max,
        )
        for a in found
    ]


def _find_amounts(
    text: str, date: str | None, countries: Counter[str] | None, names: Counter[str] | None = None
) -> list[Amount]:
    with localcontext(MONEY_CONTEXT):
        found = _read_amounts(text, date, countries, names)
    out = []
    for a in found:
        before = text[a.start - 1 : a.start]
        if before in _EXPONENT_MARKS and _EXPONENT_BEFORE.search(text, max(0, a.start - 6), a.start):
            continue
        if abs(a.value) >= IMPLAUSIBLE and "implausible" not in a.flags:
            a.flags = sorted([*a.flags, "implausible"])
        out.append(
            Amount(a.start, a.end, a.value, a.currency, a.qualifier, a.per, tuple(a.flags), a.value_min, a.value_max)
        )
    return out


def _read_amounts(
    text: str, date: str | None, countries: Counter[str] | None, names: Counter[str] | None = None
) -> list[Candidate]:
    r = rules()
    found = merge_neighbours(text, read_candidates(text, r), r)
    for a in found:
        if "currency_shared" in a.flags:  # a bare number that took its currency from a neighbour
            qualify(text, a, r)
            rate(text, a, r)
    resolve_families(text, found, r, countries or Counter(), date, names)
    modern_defaults(found, date, r.lex.modern_defaults)
    date_currencies(found, date)
    found = table_figures(text, found, r)
    per_share_rows(text, found, r)
    change_rates(text, found)
    mark_conversions(text, found, r)
    apply_signs(text, found, r)
    return found
