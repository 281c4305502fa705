"""Levels of a price or a currency written as bare numbers, in the order of ``neighbours.NEIGHBOUR_RULES``:
a level quoted against another currency ("the won fell to 1,450 per dollar"), a level that goes
on from the one before it ("opened at 145.40/50 yen but weakened to near 145.30"), and the level a
change reached ("dropped 30 Swiss francs to 460")."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from .. import lexicon
from .context import change_before, word_before
from .currency import lookup
from .number import is_year_like, quote_high
from .pair import SENTENCE_BREAK, Merge, Pair, inherit

_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def level_gaps() -> tuple[frozenset[str], frozenset[str]]:
    """news_currencies.json ``level_gaps``: the words that may stand between two levels of a quote,
    and the links of which one must be among them."""
    data = lexicon.load("news_currencies.json")["level_gaps"]
    return frozenset(data["words"]), frozenset(data["links"])


# A currency's level quoted against another: "the yen weakened past 154 to the dollar", "the won
# fell to 1,450 per dollar": the number after the quoted currency named as a noun before it.
_AGAINST = re.compile(
    r"[ \t\r\n]+(?:to|per|against)[ \t\r\n]+(?:the[ \t\r\n]+)?(?:U\.?S\.?[ \t\r\n]+)?"
    r"(?:dollar|euro|yen|greenback|pound|sterling)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _quoted() -> re.Pattern:
    """The currency named as a noun before a quote: "the Taiwan dollar", "The spot riyal" (an adjective
    of news_currencies.json ``quote_adjectives`` may stand before it)."""
    adjectives = lexicon.alternation(lexicon.load("news_currencies.json")["quote_adjectives"])
    return re.compile(
        r"(?<!to )(?<!per )(?<!against )\b[Tt]he[ \t\r\n]+(?:([A-Z][a-z]+)[ \t\r\n]+)?"
        rf"(?:(?:{adjectives})[ \t\r\n]+)?([a-z]+)\b(?=[^.;\d]*$)"
    )


QUOTE_REACH = 80  # characters back from the number to the currency it quotes


def quoted_level(p: Pair) -> Merge | None:
    """An unscaled bare number before "to the dollar", "per dollar" or "against the euro" is a
    level of the currency named as a noun before it in its clause ("The Korean won closed at
    1,400.5 against the U.S. dollar"): that currency's, with no sentence break between."""
    a, text = p.a, p.text
    if a.cur is not None or a.scale is not None or _AGAINST.match(text, a.end) is None:
        return None
    before = text[max(0, a.start - QUOTE_REACH) : a.start]
    if (brk := SENTENCE_BREAK.search(before)) is not None:
        before = before[brk.end() - 1 :]
    lex = p.rules.lex  # "the Taiwan dollar" before "the dollar"; a base ("to the dollar") quotes nothing
    found = [
        (m.group(1) and lookup(lex.post, f"{m.group(1)} {m.group(2)}")) or lookup(lex.post, m.group(2))
        for m in _quoted().finditer(before)
    ]
    cur = next((c for c in reversed(found) if c is not None and c.kind == "name" and c.code), None)
    if cur is None:
        return None
    return Merge(
        (
            replace(
                a, cur=cur, currency=cur.code, value=a.number * cur.factor, flags=sorted({*a.flags, "currency_quoted"})
            ),
        ),
        1,
    )


def continued_level(p: Pair) -> Merge | None:
    """An unscaled bare decimal after an unscaled level with a currency in its sentence, linked to it
    only by words of a quote (news_currencies.json ``level_gaps``, one of its ``links`` among them),
    is another level of the same thing, in the same currency and per the same unit: "opened at
    145.40/50 yen but weakened to near 145.30", "fixed at 1.8218 marks after 1.8243", "a dividend
    of 1.55 crowns vs 1.25", "Shr 4.16 cents vs 28.80". Not a count or an index ("the index rose
    2.5 to 1,234.56": words of no quote between), nor a whole number ("60 to 16.00")."""
    a, text, kept = p.a, p.text, p.kept
    if a.cur is not None or a.scale is not None or not kept or "." not in text[a.start : a.end]:
        return None
    prev = kept[-1]
    if prev.cur is None or prev.scale is not None or "." not in text[prev.start : prev.end]:
        return None
    gap = text[prev.end : a.start]
    if len(gap) > 60 or SENTENCE_BREAK.search(gap) or any(c in gap for c in ";()"):
        return None
    gap_words, links = level_gaps()
    words = [w.lower() for w in _WORDS.findall(gap)]
    if not words or any(w not in gap_words for w in words) or not any(w in links for w in words):
        return None
    low, high = _quote_bounds(text, a)
    return Merge((inherit(replace(a, per=prev.per, value_min=low, value_max=high), prev),), 1)


def _quote_bounds(text: str, a) -> tuple[Decimal | None, Decimal | None]:
    """The bid and offer of a bare two-sided quote ("1.7975/85": 1.7975 and 1.7985), else (None, None)."""
    bid, slash, tail = text[a.start : a.end].partition("/")
    high = quote_high(bid, tail) if slash and "." in bid else None
    return (a.number, high) if high is not None and high > a.number else (None, None)


# between a change and the level it reached: a few words, "to", and maybe "a year's low of"
_TO_LEVEL = re.compile(
    r"[ \t\r\n]+(?:[A-Za-z']+[ \t\r\n]+){0,5}?to"
    r"(?:[ \t\r\n]+an?[ \t\r\n]+(?:[A-Za-z']+[ \t\r\n]+){0,2}?(?:high|low|record|peak)[ \t\r\n]+of)?[ \t\r\n]+"
)


def changed_to_level(p: Pair) -> Merge | None:
    """An unscaled bare number right after "to" that ends a change written in a currency is the level
    the change reached, in that currency and per the same unit: "dropped 30 Swiss francs to 460",
    "fell 17 marks yesterday in Frankfurt to a year's low of 896", "rose 2 dlrs to 45". Only with a
    change word right before the change (``context.change_before``), no punctuation between, an
    unscaled change (a price's or a quote's: "rose 5 mln dlrs to 12 stores" counts stores) and no
    year ("rose 2 dlrs to 1987"). After a change in cents or pence, a level written with a decimal
    point is in the main unit ("gained 60 cents to 8.10": 8.10 dollars), a whole one in the same
    ("lost 4p to 821": 821 pence)."""
    a, text, kept = p.a, p.text, p.kept
    if a.cur is not None or a.scale is not None or not kept or is_year_like(a.number, text[a.start : a.end]):
        return None
    prev = kept[-1]
    if prev.cur is None or prev.scale is not None or _TO_LEVEL.fullmatch(text, prev.end, a.start) is None:
        return None
    if not change_before(text, prev.start, p.rules):
        return None
    source = prev
    if prev.cur.kind == "subunit" and "." in text[a.start : a.end]:  # "gained 60 cents to 8.10": dollars
        source = replace(prev, cur=replace(prev.cur, kind="name", factor=Decimal(1)))
    return Merge((inherit(replace(a, per=prev.per), source),), 1)


QUOTE_SENTENCE_REACH = 150  # characters back from a bare two-sided quote to the level it goes on from


def two_sided_quote(p: Pair) -> Merge | None:
    """A bare two-sided quote, a bid and its offer's last digits ("up from its 1.7975/85 opening"), is
    a level of the thing quoted last before it in its sentence, in the same currency and per the same
    unit: the unscaled decimal level with a currency ("The dollar was quoted at around 1.8040 marks
    ..., up from its 1.7975/85 opening"). The slash form is no count nor a date ("1986/87" is no
    decimal)."""
    a, text, kept = p.a, p.text, p.kept
    if a.cur is not None or a.scale is not None or not kept:
        return None
    low, high = _quote_bounds(text, a)
    if high is None:
        return None
    prev = kept[-1]
    if prev.cur is None or prev.scale is not None or "." not in text[prev.start : prev.end]:
        return None
    gap = text[prev.end : a.start]
    if len(gap) > QUOTE_SENTENCE_REACH or SENTENCE_BREAK.search(gap) or ";" in gap:
        return None
    return Merge((inherit(replace(a, per=prev.per, value_min=low, value_max=high), prev),), 1)


_RESPECTIVELY = re.compile(r"[^.;]{0,40}\brespectively\b", re.IGNORECASE)
PAIR_LEADS = frozenset({"at", "against"})  # "unchanged at 22 and 20 dlrs", "against 32.3 and 6.5 cents"


def paired_levels(p: Pair) -> Merge | None:
    """Two levels written with one unit: a bare number, "and", and an amount with no scale, after a
    word of ``PAIR_LEADS`` ("fuels were unchanged at 22 and 20 dlrs", "against 32.3 and 6.5 cents a
    year ago") or with "respectively" after them ("the cess stayed at 3.85 and 9.92 cents per kg
    respectively"): the bare number is an amount of its own in the amount's currency and rate (not
    a range: that needs "between"). A year is no level ("in 1987 and 146 yen in 1988")."""
    a, b = p.a, p.b
    if b is None or a.cur is not None or b.cur is None or a.scale is not None or b.scale is not None:
        return None
    if p.gap.strip().lower() != "and" or "\n\n" in p.gap or is_year_like(a.number, p.text[a.start : a.end]):
        return None
    if word_before(p.text, a.start).lower() not in PAIR_LEADS and not _RESPECTIVELY.match(p.text, b.end):
        return None
    first = inherit(a, b)
    if b.per:
        first = replace(first, per=b.per, flags=sorted(set(first.flags) | {"per_shared"}))
    return Merge((first,), 1)


def change_rates(text: str, found: list) -> None:
    """A change written before the level it reached, whose rate follows the level only, is per the
    same unit: "raised 50 cts to 18.10 dlrs a barrel", "up by 35 cts to 20.25 dlrs a barrel", "raised
    its dividend by 4 cents to 54 cents a share"; so is a range's first bound written without "from"
    ("gains of 1-1/4 cents to 3/4 cent per bushel"). The rate is the change's own (no ``per_shared``
    flag, which says a bound's place tells nothing of it): the kinds stage reads it as a unit. Only
    with the words of ``_TO_LEVEL`` between them, in one currency; the ranges "from 25 cts to one dlr
    per barrel" are ``neighbours.shared_rate``'s.

    >>> from .amount import Candidate
    >>> t = "raised 50 cts to 18.10 dlrs a barrel; paid 5 dlrs to holders at 3 dlrs a share"
    >>> found = [Candidate(7, 13, Decimal("0.5"), "USD"), Candidate(17, 27, Decimal("18.1"), "USD", per="barrel"),
    ...          Candidate(43, 49, Decimal(5), "USD"), Candidate(64, 70, Decimal(3), "USD", per="share")]
    >>> change_rates(t, found)
    >>> [a.per for a in found]
    ['barrel', 'barrel', '', 'share']
    """
    for a, b in zip(found, found[1:], strict=False):
        if not a.per and b.per and a.currency == b.currency and _TO_LEVEL.fullmatch(text, a.end, b.start) is not None:
            a.per = b.per
