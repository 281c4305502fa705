"""Which currency a country used on a date, from CLDR's currency history (through babel).

Used by the article passes: a bare "dlrs" in an article that names only Canada is Canadian, and
an article of 1987 that says "bolivars" means the bolivar of 1987 (VEB), not today's (VES).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel.numbers import get_territory_currencies

from .. import lexicon


def _day(date: str | None) -> dt.date:
    return dt.date.fromisoformat(date) if date else dt.date.today()


@lru_cache(maxsize=4096)
def currencies_at(territory: str, date: str | None) -> frozenset[str]:
    """The legal tender of ``territory`` on ``date`` ("YYYY-MM-DD"; None: today); for a territory
    that did not exist yet, that of the one before it (Russia in 1987: the Soviet Union's rouble).

    >>> sorted(currencies_at("VE", "1987-03-01")), sorted(currencies_at("RU", "1987-03-01"))
    (['VEB'], ['SUR'])
    """
    try:
        codes = frozenset(get_territory_currencies(territory, start_date=_day(date), tender=True))
    except Exception:  # a territory CLDR has no currency data for
        return frozenset()
    if not codes:
        before = lexicon.load("news_places.json")["successor_territories"].get(territory)
        if before is not None:
            return currencies_at(before, date)
    return codes


@lru_cache(maxsize=1)
def _territories() -> dict[str, frozenset[str]]:
    """Currency code -> the territories whose legal tender it is today."""
    out: dict[str, set[str]] = {}
    for territory in lexicon.load("countries.json")["countries"]:
        for code in currencies_at(territory, None):
            out.setdefault(code, set()).add(territory)
    return {code: frozenset(t) for code, t in out.items()}


def in_use_today(code: str) -> bool:
    """Is ``code`` some territory's legal tender today ("ZAR": yes; "UGS", the Ugandan shilling of
    before 1987: no)?

    >>> in_use_today("ZAR"), in_use_today("UGS")
    (True, False)
    """
    return code in _territories()


@lru_cache(maxsize=4096)
def dated_code(code: str, date: str | None) -> str | None:
    """The code ``code`` had on ``date`` when it was not in use yet and its countries then used
    one other currency ("VES" in 1987 is "VEB"); None when ``code`` is right or cannot be dated.

    >>> dated_code("VES", "1987-03-01"), dated_code("USD", "1987-03-01"), dated_code("VES", None)
    ('VEB', None, None)
    """
    if date is None:
        return None
    territories = _territories().get(code, frozenset())
    then = frozenset().union(*(currencies_at(t, date) for t in territories)) if territories else frozenset()
    if code in then or len(then) != 1:
        return None
    return next(iter(then))


def out_of_use(code: str, date: str | None) -> bool:
    """Was ``code`` a currency no country used on ``date`` (marks in 2019)? False when undated or
    when CLDR does not know it.

    >>> out_of_use("DEM", "2019-04-29"), out_of_use("DEM", "1987-03-01"), out_of_use("USD", "2019-04-29")
    (True, False, False)
    """
    if date is None:
        return False
    known = _known_codes()
    if code not in known:
        return False
    return not any(code in currencies_at(t, date) for t in known[code])


@lru_cache(maxsize=1)
def _known_codes() -> dict[str, frozenset[str]]:
    """Currency code -> every territory that has had it (1950 on)."""
    out: dict[str, set[str]] = {}
    for territory in lexicon.load("countries.json")["countries"]:
        try:
            history = get_territory_currencies(
                territory, start_date=dt.date(1950, 1, 1), end_date=dt.date.today(), tender=True
            )
        except Exception:
            continue
        for code in history:
            out.setdefault(code, set()).add(territory)
    return {code: frozenset(t) for code, t in out.items()}


def country_currencies(countries: frozenset[str], date: str | None) -> frozenset[str]:
    """The currencies in use on ``date`` in the countries an article names."""
    return frozenset().union(*(currencies_at(c, date) for c in countries)) if countries else frozenset()
