"""Neighbours joined by "or": two bounds of one range ("another 10 or 15 billion dlrs") and a figure
restated per share ("a loss of 553,000 or 11 cts a share"), two rules of ``neighbours.NEIGHBOUR_RULES``."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .amount import qualify
from .context import after_month, named_number, word_before
from .number import is_year_like
from .pair import GROUPED, RANGE_SPREAD, Merge, Pair, inherit, one_money

_OR_GAP = re.compile(r"^[ \t\r\n]*or[ \t\r\n]*$", re.IGNORECASE)
_RESTATING_OR = re.compile(r"^[ \t\r\n]*,?[ \t\r\n]*or[ \t\r\n]*$", re.IGNORECASE)


def alternative_bounds(p: Pair) -> Merge | None:
    """ "another 10 or 15 billion dlrs", "two or three dlrs": an unscaled bare number, "or" and a
    larger amount written with its currency after it are one range, as "10 to 15 billion dlrs"
    is. Not a year or a day, nor bounds far apart, nor a number labelled ("Section 2 or 3 mln
    dlrs"); "227,000 or four cts" restates (``restated_per_share``)."""
    a, b, text = p.a, p.b, p.text
    if b is None or a.cur is not None or a.scale is not None or b.cur is None or b.pre or b.qualifier:
        return None
    if not _OR_GAP.match(p.gap) or GROUPED.search(text, a.start, a.end) or after_month(text, a.start):
        return None
    if is_year_like(a.number, text[a.start : a.end]) or a.number <= 0 or named_number(text, a.start):
        return None
    if word_before(text, a.start).lower() in p.rules.lex.number_labels:
        return None
    if not (a.number < b.number <= RANGE_SPREAD * a.number):
        return None
    lo = a.number * (b.scale or Decimal(1)) * b.cur.factor
    merged = replace(b, start=a.start, value=lo, value_min=lo, value_max=b.value, flags=sorted({*b.flags, "range"}))
    qualify(text, merged, p.rules)  # "about 10 or 15 mln dlrs"
    return Merge((merged,), 2)


def restated_per_share(p: Pair) -> Merge | None:
    """ "a loss of 553,000 or 11 cts a share": a bare number written out in full (or scaled),
    then "or" and what it comes to a share, is money in the currency of the last amount before it
    whose family the per-share amount shares (the dollars of "820,000 dlrs or 17 cts a share"
    earlier in the article), else in the major unit of that family ("227,000 or four cts a share":
    dollars)."""
    a, b, text = p.a, p.b, p.text
    if b is None or a.cur is not None or b.cur is None or b.per != "share" or not _RESTATING_OR.match(p.gap):
        return None
    if a.scale is None and not GROUPED.search(text, a.start, a.end):
        return None
    source = next(
        (k for k in reversed(p.kept) if k.cur is not None and k.cur.kind != "subunit" and one_money(k.cur, b.cur)),
        None,
    )
    if source is None and b.cur.kind == "subunit" and b.cur.family is None:
        return None
    if source is None:  # "earned 227,000 or four cts a share": the major unit of the cents' family
        source = replace(b, cur=replace(b.cur, kind="name", factor=Decimal(1)))
    return Merge((inherit(a, source),), 1)
