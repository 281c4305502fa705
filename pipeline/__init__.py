"""Monetary amounts in news articles, as structured records.

>>> from pipeline import extract
>>> [(r["value"], r["currency"], r["years"]) for r in extract("Seoul will invest 10 trillion won in AI by 2023.")]
[(Decimal('10000000000000'), 'KRW', [2023])]
"""

from __future__ import annotations

from functools import lru_cache

__version__ = "0.1.0"


@lru_cache(maxsize=4)
def _nlp(model: str | None = None):
    from .nlp import build_nlp

    return build_nlp(model)


def extract(
    text: str,
    date: str | None = None,
    doc_id: str = "",
    model: str | None = None,
    convert_to: str | None = "USD",
    *,
    as_text: bool = False,
    date_order: str | None = None,
    title: str = "",
    places: tuple[str, ...] | list[str] = (),
) -> list[dict]:
    """The records (one dict per monetary amount) of one text, with typed values: ``Decimal``
    amounts and rates, ``int`` offsets and years, lists for the list columns (sectors, years,
    year_role, flags, duration, isic), None for an empty number. ``as_text``: the cells as
    records.csv writes them instead (strings, lists joined with "|").

    ``date`` is the article's date (as the command line reads it: "YYYY-MM-DD", "26 Feb 1987", or
    day/month numbers with ``date_order`` "dmy" or "mdy"); ``convert_to`` the reference currency of
    the ``value_converted`` column (None: no conversion). Arguments are checked as the command
    line checks its options: ValueError names the bad one. Damaged text is repaired first (see
    ``pipeline.repair``): offsets then refer to the repaired text, flagged ``text_repaired``.
    ``title``: the article's title when it is not part of ``text`` (a JSONL archive's): a country it
    names decides a bare "dlrs" when the text names none ("HAWKER SIDDELEY CANADA INC YEAR NET").
    ``places``: the countries its archive files it under (names or ISO codes: Reuters-21578's
    ``["canada"]``), which decide a bare "dlrs" when neither the text nor the title names one.
    """
    from decimal import localcontext

    from .fx import convert_records, currencies
    from .ingest import clean_text, parse_date
    from .normalise import MONEY_CONTEXT
    from .records import typed_record
    from .repair import FLAG as REPAIRED
    from .repair import repair_text
    from .worker import text_records

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if date is not None:
        date = parse_date(date, date_order)  # ValueError: "not a date ..."
    if convert_to is not None:
        convert_to = str(convert_to).upper()
        if convert_to not in currencies():
            raise ValueError(
                f"convert_to {convert_to!r}: no ECB rates for it; choose one of "
                f"{', '.join(sorted(currencies()))}, or None"
            )
    text, changed = repair_text(clean_text(text))  # offsets then refer to the repaired text
    with localcontext(MONEY_CONTEXT):
        records = text_records(_nlp(model), text, date, str(doc_id), title=title, places=tuple(places))[0]
        convert_records(records, convert_to)
    if changed:
        for r in records:
            r["flags"] = "|".join(sorted({*filter(None, r["flags"].split("|")), REPAIRED}))
    return records if as_text else [typed_record(r) for r in records]


def read_records(out, source: str = "auto"):
    """The records of a run in folder ``out`` as a typed pandas DataFrame: integers, exact decimals
    (``decimal.Decimal``), lists, dates. Reach the flags as ``df["flags"]`` (``df.flags`` is pandas'
    own attribute). See ``pipeline.formats``."""
    from .formats import read_records as read

    return read(out, source)
