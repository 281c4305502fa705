"""What the neighbour rules (``neighbours``, ``levels``) share: a ``Pair`` of candidates, the
``Merge`` a rule returns, and how a bare number takes a neighbour's currency (``inherit``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from ..tables import Currency
from .amount import Candidate
from .rules import Rules

SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[A-Z\"“(]|\n[ \t]*\n|\n[ \t]{2}")


@dataclass(frozen=True)
class Pair:
    """A candidate, the one after it, the text between them, and what was kept before them."""

    text: str
    a: Candidate
    b: Candidate | None
    gap: str
    kept: list[Candidate]
    rules: Rules


@dataclass(frozen=True)
class Merge:
    """What a neighbour rule keeps (in text order), and how many candidates it used up (1 or 2)."""

    kept: tuple[Candidate, ...]
    used: int


def cents_beside_millions(bare: Candidate, source: Candidate) -> bool:
    """A scaled number beside a price in cents ("16.6 mln, or 40 cts a share", "5.95 mln Minora
    Resources at 23 cents"): millions of cents are never meant."""
    return source.cur.kind == "subunit" and bare.scale is not None and source.scale is None


def inherit(bare: Candidate, source: Candidate) -> Candidate:
    """``bare`` with the currency of ``source``, flagged ``currency_shared``."""
    cur = source.cur
    if cents_beside_millions(bare, source):
        cur = replace(cur, kind="name", factor=Decimal(1))  # "16.6 mln, or 40 cts a share": 16.6 mln dollars
    return replace(
        bare,
        cur=cur,
        currency=cur.code,
        value=bare.value * cur.factor,
        value_min=bare.value_min * cur.factor if bare.value_min is not None else None,
        value_max=bare.value_max * cur.factor if bare.value_max is not None else None,
        flags=sorted(set(bare.flags) | {"currency_shared"} | ({"currency_assumed"} if cur.assumed else set())),
    )


RANGE_SPREAD = 4  # the upper bound of a range is at most this many times the lower one (is_change_size's ratio)
GROUPED = re.compile(r"\d[,\s]\d{3}")  # "500,000": a number written in full


def one_money(a: Currency, b: Currency) -> bool:
    """Are ``a`` and ``b`` one currency: one code, or one family where a minor unit has no code yet
    ("40 cts" and "one dlr")?"""
    return a.code == b.code if a.code and b.code else a.family == b.family and a.family is not None
