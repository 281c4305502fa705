"""Monetary amounts in news articles, as structured records.

>>> from pipeline import extract
>>> [r["value"] for r in extract("Seoul will invest 10 trillion won in AI by 2023.")]
['10000000000000']
"""

from __future__ import annotations

from functools import lru_cache

__version__ = "0.1.0"


@lru_cache(maxsize=4)
def _nlp(model: str | None = None):
    from .nlp import build_nlp

    return build_nlp(model)


def extract(text: str, date: str | None = None, doc_id: str = "", model: str | None = None,
            convert_to: str | None = "USD") -> list[dict]:
    """The records (one dict per monetary amount) of one text.

    ``date`` is the article's date, "YYYY-MM-DD"; ``convert_to`` the reference currency of the
    ``value_converted`` column (None: no conversion). Damaged text is repaired first (see
    ``pipeline.repair``): offsets then refer to the repaired text, flagged ``text_repaired``.
    """
    from .fx import convert_records
    from .repair import FLAG as REPAIRED
    from .repair import repair_text
    from .worker import text_records

    text, changed = repair_text(text)  # offsets then refer to the repaired text
    records = text_records(_nlp(model), text, date, doc_id)[0]
    convert_records(records, convert_to)
    if changed:
        for r in records:
            r["flags"] = "|".join(sorted({*filter(None, r["flags"].split("|")), REPAIRED}))
    return records


def read_records(out, source: str = "auto"):
    """The records of a run in folder ``out`` as a typed pandas DataFrame: integers, exact decimals
    (``decimal.Decimal``), lists, dates. Reach the flags as ``df["flags"]`` (``df.flags`` is pandas'
    own attribute). See ``pipeline.formats``."""
    from .formats import read_records as read

    return read(out, source)
