"""Neighbouring amounts: ranges, changes, spelled-out compounds and shared currencies.

The finder reads amounts and bare numbers one at a time; this module then looks at each one
(``a``) with the one after it (``b``) and the text between them. ``NEIGHBOUR_RULES`` is an ordered
list of named rules, each a function of that ``Pair`` that returns a ``Merge`` (what to keep, and
whether ``b`` was used up) or None to let the next rule try. When no rule fires, an amount is kept
as it is and a bare number is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from .amount import Candidate, qualified_between, qualify, rate
from .context import (
    after_month,
    after_word,
    between_start,
    change_before,
    change_in_clause,
    money_lead_before,
    named_number,
    word_before,
)
from .levels import changed_to_level, continued_level, paired_levels, quoted_level, two_sided_quote
from .number import is_year_like
from .or_pairs import alternative_bounds, restated_per_share
from .pair import GROUPED, RANGE_SPREAD, Merge, Pair, cents_beside_millions, inherit, one_money
from .rules import Rules
from .sharing import AFTER_SHARED, NEXT_WORD, counted_after, later_in_sentence, part_of_previous

# "X, or Y dlrs", "X (Y dlrs)": Y restates X in another currency. Narrower than convert_gap, whose
# plain " or " also joins two numbers of one currency ("5 mln or 6 mln dlrs").
_RESTATED = re.compile(r"^[ \t\r\n]*(?:,[ \t\r\n]*or|\()[ \t\r\n]*$", re.IGNORECASE)
_COMPOUND_GAP = re.compile(r"^[ \t]+(?:and[ \t]+)?$", re.IGNORECASE)
_RANGING = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))[ \t\r\n]+from[ \t\r\n]+$", re.IGNORECASE)
_DASHES = ("-", "–", "—")


# --- what the rules read about a pair ---------------------------------------------------------


def range_word(p: Pair) -> str | None:
    """The word between a range's two bounds ("to", "and", a dash), when ``b`` is an amount and
    nothing else stands between them; else None."""
    if p.b is None or p.b.cur is None or not p.rules.range_gap.match(p.gap):
        return None
    return p.gap.strip().lower().strip("-") or "-"  # "8.25-to-8.50 dlrs" reads as "to"


def _ranging(p: Pair, word: str) -> bool:
    """ "ranging from 2 to 3": "to" after a word of range is a range's, never a change's."""
    return word == "to" and _RANGING.search(p.text, max(0, p.a.start - 30), p.a.start) is not None


def _shared_scale(p: Pair) -> bool:
    """ "$20 to $30 billion": the scale written once belongs to both bounds."""
    a, b = p.a, p.b
    return a.cur is not None and a.pre and b.pre and a.scale is None and b.scale is not None and a.number < b.number


def is_change_size(p: Pair, word: str, ranging: bool) -> bool:
    """A bare number before "to" that is a change's size, not a range's bound: the new level after
    it is more than 4 times as large with a change word before the number ("reserves rose 200 mln
    to 11.9 billion guilders"), more than 20 times without one ("Model 50 to 3,995 dlrs"), or the
    number is a year ("in 1986 to 66.7 mln dlrs"). Bounds of one size stay a range ("cattle climbed
    0.50 to 1.00 dlr", "2 to 3 bln")."""
    a, b = p.a, p.b
    if a.cur is not None or word != "to" or ranging:
        return False
    lo = a.number * (a.scale or b.scale or 1)
    hi = b.number * (b.scale or 1)
    return (
        hi > 20 * lo
        or (hi > 4 * lo and change_before(p.text, a.start, p.rules))
        or (a.scale is None and is_year_like(a.number, p.text[a.start : a.end]))
    )


def written_bounds(p: Pair, word: str) -> bool:
    """Two amounts written out in one currency with "to" between them, and no change before them,
    are a range's bounds: "valued at 800 mln dlrs to 1 billion dlrs", "$3.8m to $4.9m". Not "from
    $5 to $7" or "rose 200 mln dlrs to 1.9 billion dlrs" (an old and a new level), nor bounds of far
    different sizes ("lowered it 2 dlrs to 18 dlrs": a change's size and the new level; after "by",
    see BY_RANGE_SPREAD)."""
    a, b = p.a, p.b
    return (
        word == "to"
        and a.cur is not None
        and a.currency == b.currency
        and a.value > 0
        and a.value <= b.value <= RANGE_SPREAD * a.value
        and _FROM_LEAD.search(p.text, max(0, a.start - 24), a.start) is None
        and (b.value <= BY_RANGE_SPREAD * a.value or not after_word(p.text, a.start, "by"))
        and not change_in_clause(p.text, a.start, p.rules)
    )


# "from 1985's 110.1 mln stg to 178.1 mln stg": an old level, then the new one
_FROM_LEAD = re.compile(r"\bfrom\b[^,;.\d]*(?:\d{4}'s\s*)?$", re.IGNORECASE)
# after "by", bounds further apart are a change's size and the new level ("raise capital by 100 mln
# marks to 350 mln marks"); close ones are a range of the change ("cut its profits by $3.8m to $4.9m")
BY_RANGE_SPREAD = 2


def _dated(p: Pair) -> bool:
    """ "rose on Feb 25 to 4.151 billion dlrs": a day of the month is no bound."""
    return p.a.cur is None and after_month(p.text, p.a.start)


def _from_level(p: Pair, word: str, ranging: bool) -> bool:
    """ "from 116 to 217 mln bolivars": a bare old level after "from" (not a year)."""
    a = p.a
    return (
        a.cur is None
        and word == "to"
        and not ranging
        and not _dated(p)
        and after_word(p.text, a.start, "from")
        and not is_year_like(a.number, p.text[a.start : a.end])
    )


def _lower_bound(p: Pair, shared_scale: bool) -> Decimal | None:
    """The value of ``a`` read with ``b``'s currency and, when ``a`` has none, its scale."""
    a, b = p.a, p.b
    if a.cur is None:
        scale = a.scale if a.scale is not None else (b.scale or Decimal(1))
        lo = a.number * scale * b.cur.factor
        if lo > b.value and a.scale is None and "," in p.text[a.start : a.end]:
            lo = a.number * b.cur.factor  # "500,000 to one mln dlrs": written out, the scale is not shared
        return lo
    if shared_scale:
        return a.number * b.scale * a.cur.factor
    if a.currency == b.currency:
        return a.value
    return None


# --- the rules, in the order they are tried -----------------------------------------------------


def change_with_shared_scale(p: Pair) -> Merge | None:
    """ "rose from $5 to $7 million" is a change: two amounts, both in millions."""
    word = range_word(p)
    if word != "to" or not _shared_scale(p) or _ranging(p, word) or not after_word(p.text, p.a.start, "from"):
        return None
    a, b = p.a, p.b
    old = replace(a, value=a.number * b.scale * a.cur.factor, scale=b.scale, flags=[*a.flags, "scale_shared"])
    return Merge((old,), 1)


def range_of_bounds(p: Pair) -> Merge | None:
    """ "2 to 3 billion dlrs", "$2m-$3m", "between 5 and 6 mln stg": one amount with both bounds."""
    word = range_word(p)
    if word is None:
        return None
    a, b, text = p.a, p.b, p.text
    between, inner = between_start(text, a.start), ""
    if between is None and word == "and" and (found := qualified_between(text, a.start, p.rules)) is not None:
        between, inner = found  # "between about 350 and 800 dlrs"
    if a.qualifier and not b.qualifier:
        # the first bound's qualifier is the whole range's: "between about $40bn and $60bn", "some
        # £15m-£20m a year", "estimated at $12,000 to $15,000" (a verb's)
        inner = a.qualifier
    ranging = _ranging(p, word)
    shared_scale = _shared_scale(p)
    from_change = _from_level(p, word, ranging) and change_in_clause(text, a.start, p.rules)
    is_range = (
        not _dated(p)
        and not from_change
        and (
            (word == "and" and between is not None)
            or (
                word == "to"
                and not is_change_size(p, word, ranging)
                and (a.cur is None or ranging or shared_scale or written_bounds(p, word))
            )
            or word in _DASHES
        )
    )
    lo = _lower_bound(p, shared_scale)
    if not (
        is_range
        and (a.cur is None or a.currency == b.currency)
        and (a.qualifier in ("", b.qualifier) or inner)
        and lo is not None
        and lo <= b.value
        and (a.cur is not None or a.value < b.number * (b.scale or 1) or b.scale is not None)
    ):
        return None
    merged = replace(
        b,
        start=a.start if between is None else between,
        value=lo,
        value_min=lo,
        value_max=b.value,
        qualifier="",
        flags=sorted(set(a.flags) | set(b.flags) | {"range"}),
    )
    qualify(text, merged, p.rules)  # "about 14 to 16 mln dlrs"
    merged.qualifier = merged.qualifier or inner
    return Merge((merged,), 2)


def dash_range(p: Pair) -> Merge | None:
    """ "$779m-798m": a scaled amount in its currency, a dash and a larger bare scaled number are one
    range in that currency (``range_of_bounds`` reads bounds that both name one)."""
    a, b = p.a, p.b
    if b is None or a.cur is None or a.cur.factor != 1 or a.scale is None or b.cur is not None or b.scale is None:
        return None
    high = b.number * b.scale
    if p.gap not in _DASHES or not a.value < high:
        return None
    merged = replace(a, end=b.end, value_min=a.value, value_max=high, flags=sorted(set(a.flags) | {"range"}))
    return Merge((merged,), 2)


_RATE_BOUND_LEADS = frozenset({"from", "between"})


def shared_rate(p: Pair) -> Merge | None:
    """ "from 25 cts to one dlr per barrel", "between 10 and 12 cts a share" written with two
    currencies: the rate written once, after the second bound, is the first bound's too (flagged
    ``per_shared``: the kinds stage reads no unit of its own there). Both stay amounts of their own."""
    a, b = p.a, p.b
    if b is None or a.cur is None or b.cur is None or a.per or not b.per or not one_money(a.cur, b.cur):
        return None
    if p.gap.strip().lower() not in ("to", "and") or word_before(p.text, a.start).lower() not in _RATE_BOUND_LEADS:
        return None
    return Merge((replace(a, per=b.per, flags=sorted(set(a.flags) | {"per_shared"})),), 1)


def old_and_new_level(p: Pair) -> Merge | None:
    """A change from an old level to a new one: "lowered from 3.450 to 1.350 billion dlrs" (a fall),
    "an increase in profits from 116 to 217 mln bolivars". The old level is an amount of its own,
    with the new one's currency, rate ("from 17 to 18 dlrs a barrel") and, when it has none, scale."""
    word = range_word(p)
    if word is None or not _from_level(p, word, _ranging(p, word)):
        return None
    a, b = p.a, p.b
    lo = _lower_bound(p, _shared_scale(p))
    if lo is None or not (lo > b.value or change_in_clause(p.text, a.start, p.rules)):
        return None
    old = (
        a
        if a.scale is not None or b.scale is None
        else replace(a, value=a.number * b.scale, scale=b.scale, flags=[*a.flags, "scale_shared"])
    )
    return Merge((inherit(replace(old, per=b.per), b),), 1)


def spelled_compound(p: Pair) -> Merge | None:
    """ "two million five hundred thousand dollars", "one thousand and one dollars", "3 lakh 50
    thousand rupees": one number. Not "eight mln two dlr warrants" or "seven mln 50-cent shares":
    a count, then a price."""
    a, b, text = p.a, p.b, p.text
    if (
        b is None
        or a.cur is not None
        or a.scale is None
        or b.cur is None
        or not _COMPOUND_GAP.match(p.gap)
        or (b.scale or 1) * max(b.number, 1) >= a.scale
    ):
        return None
    words = (
        text[a.start].isalpha()
        and text[b.start].isalpha()
        and (
            b.scale is not None
            or "and" in p.gap.lower()
            or any(w in p.rules.lex.number_multipliers for w in text[b.start : b.end].lower().split())
        )
    )
    digits = text[a.start].isdigit() and text[b.start].isdigit() and b.scale is not None and a.number == int(a.number)
    if not (words or digits):
        return None
    value = a.number * a.scale * b.cur.factor + b.value
    return Merge((replace(b, start=a.start, value=value, flags=sorted(set(a.flags) | set(b.flags))),), 2)


def scaled_range(p: Pair) -> Merge | None:
    """ "$300-400 million", "US$ 3 to 4 billion", "between $3 and 4 billion", "$5-10": the currency is
    written before the first number and any scale after the second; both bounds take both. Without
    a scale, only a dash or "between ... and" makes a range ("rose $5 to 10" may be a change)."""
    a, b, text = p.a, p.b, p.text
    if b is None or not a.pre or a.scale is not None or b.cur is not None or not p.rules.range_gap.match(p.gap):
        return None
    between = between_start(text, a.start)
    word = p.gap.strip().lower()
    if not (word in _DASHES or (word == "to" and b.scale is not None) or (word == "and" and between is not None)):
        return None
    scale = b.scale if b.scale is not None else Decimal(1)
    lo, hi = (a.number * scale * a.cur.factor, b.number * scale * a.cur.factor)
    if not lo < hi:
        return None
    merged = replace(
        a,
        start=a.start if between is None else between,
        end=b.end,
        value=lo,
        value_min=lo,
        value_max=hi,
        scale=b.scale,
        flags=sorted(set(a.flags) | set(b.flags) | {"range"}),
    )
    rate(text, merged, p.rules)  # "$3-4 million a year"
    return Merge((merged,), 2)


def bare_range(p: Pair) -> Merge | None:
    """ "eight billion won this year, 25 to 30 billion next year": an unscaled bare number, "to" or a
    dash (or "and" after "between": "rise to between 16 and 24 billion"), and a scaled bare number
    are one range, which takes a currency as a scaled bare number does (``currency_source``: from the
    amount before it); bounds far apart are a change's size and a new level, not a range
    (``is_change_size``)."""
    a, b = p.a, p.b
    if b is None or a.cur is not None or b.cur is not None or a.scale is not None or b.scale is None:
        return None
    word = p.gap.strip().lower()
    between = between_start(p.text, a.start) if word == "and" else None  # "to between 16 and 24 billion"
    if not p.rules.range_gap.match(p.gap) or (word not in (*_DASHES, "to") and between is None):
        return None
    lo, hi = a.number * b.scale, b.number * b.scale
    if not lo < hi or is_change_size(p, "to", False) or hi > RANGE_SPREAD * lo:
        return None
    start = a.start if between is None else between
    merged = replace(
        b, start=start, value=lo, value_min=lo, value_max=hi, number=a.number, flags=sorted({*b.flags, "range"})
    )
    source = currency_source(replace(p, a=merged, b=None, gap=""))
    return Merge((inherit(merged, source),), 2) if source is not None else None


_LIST_GAP = re.compile(r"^[ \t]*(?:,[ \t]*)?and[ \t\n]*$|^[ \t]*,[ \t]*$", re.IGNORECASE)


def listed_before(p: Pair) -> Merge | None:
    """ "1.5 and 2 billion dlrs", "six and eight peso wage increases", "denominations of 1,000 and
    10,000 marks": an unscaled bare number listed ("and", a comma) right before an amount written
    with its currency after it takes that amount's currency, and its scale unless it is written in
    full ("500,000 and one mln dlrs"). Not after "between" (a range), nor a year or a day ("on
    March 30 and 147 mln stg"); not "or", which restates ("227,000 or four cts", "one third or
    about 300 mln dlrs")."""
    a, b, text = p.a, p.b, p.text
    if b is None or a.cur is not None or a.scale is not None or b.cur is None or b.pre or b.per:
        return None
    if not _LIST_GAP.match(p.gap) or between_start(text, a.start) is not None or after_month(text, a.start):
        return None
    if is_year_like(a.number, text[a.start : a.end]) or a.number <= 0:
        return None
    if word_before(text, a.start).lower() in p.rules.lex.number_labels or named_number(text, a.start):
        return None  # "in band one and two mln stg", "in year one and 21 mln dlrs", "Terminal 2 and 260 bln won"
    scale = b.scale if b.scale is not None and not GROUPED.search(text, a.start, a.end) else None
    merged = replace(a, value=a.number * (scale or Decimal(1)), scale=scale)
    return Merge((inherit(merged, b),), 1)


def bare_number(p: Pair) -> Merge | None:
    """A bare number takes a neighbour's currency when it is scaled and linked to it (see
    ``currency_source``); else it is no money and is dropped."""
    a = p.a
    if a.cur is not None:
        return None
    source = currency_source(p) if a.scale is not None else None
    if source is None and a.scale is not None:
        source = lead_source(p)  # "pretax loss of 45.0 mln and 55.5 mln": the article's currency
    return Merge((inherit(a, source),) if source is not None else (), 1)


def lead_source(p: Pair) -> Candidate | None:
    """The amount whose currency a bare scaled number takes when a money noun and its link word
    stand right before it (news_currencies.json ``money_leads``: "pretax loss of 45.0 mln and 55.5
    mln", "1986 revenues were 995.6 mln", "charges amounting to 37.1 mln"): the last amount of the
    article before it that has a currency, when nothing after it counts something else ("sales of
    5 mln units" stays a count)."""
    a, text, kept, rules = p.a, p.text, p.kept, p.rules
    if not kept or not money_lead_before(text, a.start):
        return None
    if AFTER_SHARED.match(text, a.end) is None:
        nxt = NEXT_WORD.match(text, a.end)
        if nxt is None or nxt.group(1).lower() not in rules.lex.money_words:
            return None
    source = next((k for k in reversed(kept) if k.cur is not None and k.cur.kind != "subunit"), None)
    return source


NEIGHBOUR_RULES: tuple[Callable[[Pair], Merge | None], ...] = (
    change_with_shared_scale,
    range_of_bounds,
    dash_range,
    shared_rate,
    paired_levels,
    old_and_new_level,
    spelled_compound,
    scaled_range,
    bare_range,
    alternative_bounds,
    restated_per_share,
    quoted_level,
    changed_to_level,  # before continued_level: "up 12.5 cents Monday to 9.50" is 9.50 dollars
    continued_level,
    two_sided_quote,
    listed_before,
    bare_number,
)


def merge_neighbours(text: str, found: list[Candidate], rules: Rules) -> list[Candidate]:
    """Apply ``NEIGHBOUR_RULES`` along the candidates, in text order: the first rule that fires for
    a pair decides; an amount that none takes is kept."""
    kept: list[Candidate] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        pair = Pair(text, a, b, text[a.end : b.start] if b is not None else "", kept, rules)
        for rule in NEIGHBOUR_RULES:
            merge = rule(pair)
            if merge is not None:
                break
        else:
            merge = Merge((a,), 1)
        kept.extend(merge.kept)
        i += merge.used
    return kept


# --- sharing a currency -------------------------------------------------------------------------


_NEXT_CONVERSION = re.compile(r"^[ \t]*;[ \t]*$")  # "($98m; £52m)": the second of a bracket's conversions


def currency_source(p: Pair) -> Candidate | None:
    """The amount whose currency the bare scaled number ``a`` takes: ``b`` right after it ("5.2 mln
    from 4.8 mln dlrs"), else the amount kept before it across a link word, further on in its
    sentence, or as its part ("..., of which 18 billion"); or None."""
    a, b, text, gap, kept, rules = p.a, p.b, p.text, p.gap, p.kept, p.rules
    # "30.9 billion, or 4.5 billion dlrs" restates the number in another currency; "16.6 mln, or 40
    # cts a share" divides it by the shares, in the same one
    restated = b is not None and not b.per and _RESTATED.match(gap) is not None
    if b is not None and b.cur is not None and not restated and rules.share_gap.match(gap):
        return b
    if not kept:
        return None
    prev, prev_gap = kept[-1], text[kept[-1].end : a.start]
    k = len(kept) - 1
    while (  # "32.7 billion crowns, or 4.8 billion dlrs, up from 30.9 billion": crowns; so is
        k > 0  # "4.3bn rupees ($98m; £52m), against 2.7bn": rupees, across a bracket of conversions
        and kept[k - 1].cur is not None
        and kept[k].currency != kept[k - 1].currency
        and (
            rules.convert_gap.match(text[kept[k - 1].end : kept[k].start])
            or (k > 1 and _NEXT_CONVERSION.match(text[kept[k - 1].end : kept[k].start]))  # one before the bracket
        )
    ):
        k -= 1
    prev = kept[k]
    if (
        prev.cur is not None
        and not cents_beside_millions(a, prev)  # "5.95 mln Minora Resources at 23 cents"
        and (
            (rules.share_gap.match(prev_gap) and not counted_after(text, a.end, rules))
            or later_in_sentence(text, prev_gap, a.end, rules)
            or part_of_previous(text, prev_gap, a.end, rules)
        )
    ):
        return prev
    return None
