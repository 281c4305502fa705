"""Every amount also in a reference currency, at the rate of the article's date.

Rates are the European Central Bank's euro reference rates (1999 onwards, about 40 currencies)
as shipped inside the ``currencyconverter`` package: nothing is fetched at run time. The rate used
is the one of the article's date or, on a weekend or holiday, of the nearest earlier business day
(``fx_date`` says which). Where no rate applies, the converted columns stay empty and a flag says
why: ``fx_no_date``, ``fx_out_of_range`` (before 1999 or after the data), ``fx_unknown_currency``
(e.g. DEM, ITL before the euro). Never a silent guess, never today's rate for an old article.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from importlib.metadata import version

from .normalise import clean_decimal, format_decimal

FX_COLUMNS = [
    "value_converted",
    "converted_currency",
    "fx_rate",
    "fx_date",
    "value_min_converted",
    "value_max_converted",
]
MAX_DAYS_BACK = 10  # the longest run of ECB closing days (Christmas to New Year) is shorter


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def load_rates() -> None:
    """Read the rate tables now (0.3-0.4 s), e.g. before worker processes fork and share them."""
    _converter()


def currencies() -> set[str]:
    return set(_converter().currencies)


def source() -> dict:
    """What a reviewer needs to reproduce a figure."""
    c = _converter()
    return {
        "source": "European Central Bank euro foreign exchange reference rates, as shipped in currencyconverter",
        "package_version": version("currencyconverter"),
        "first_date": str(min(b.first_date for b in c.bounds.values() if b.first_date)),
        "last_date": str(max(b.last_date for b in c.bounds.values() if b.last_date)),
    }


class NoRate(Exception):
    def __init__(self, flag: str):
        super().__init__(flag)
        self.flag = flag


@lru_cache(maxsize=65536)
def _lookup(currency: str, target: str, date: str) -> tuple[Decimal | None, str, str]:
    """(rate, date of the rate, "") or (None, "", reason); cached, failures included."""
    from currency_converter import RateNotFoundError

    c = _converter()
    day = dt.date.fromisoformat(date)
    for code in (currency, target):
        if code not in c.currencies:
            return None, "", "fx_unknown_currency"
    for code in {currency, target} - {c.ref_currency}:
        first, last = c.bounds[code]
        if not first <= day <= last:
            return None, "", "fx_out_of_range"
    if currency == target:
        return Decimal(1), date, ""
    for back in range(MAX_DAYS_BACK + 1):
        when = day - dt.timedelta(days=back)
        try:
            return Decimal(repr(c.convert(1, currency, target, date=when))), when.isoformat(), ""
        except RateNotFoundError:
            continue
    return None, "", "fx_out_of_range"


def rate(currency: str, target: str, date: str) -> tuple[Decimal, str]:
    """(rate from ``currency`` to ``target``, date of the rate used) or NoRate with the reason.

    >>> rate("EUR", "EUR", "2019-04-29")
    (Decimal('1'), '2019-04-29')
    """
    value, used, reason = _lookup(currency, target, date)
    if value is None:
        raise NoRate(reason)
    return value, used


def convert_record(record: dict, target: str, date: str | None) -> dict:
    """The fx columns for one record (``date``: the article's, or the one forced by --fx-date)."""
    empty = dict.fromkeys(FX_COLUMNS, "")
    if not date:
        return {**empty, "flag": "fx_no_date"}
    try:
        r, used = rate(record["currency"], target, date)
    except NoRate as exc:
        return {**empty, "flag": exc.flag}

    def conv(value: str) -> str:
        return format_decimal(clean_decimal((Decimal(value) * r).quantize(Decimal("0.01")))) if value else ""

    return {
        "value_converted": conv(record["value"]),
        "converted_currency": target,
        "fx_rate": format_decimal(r),
        "fx_date": used,
        "value_min_converted": conv(record.get("value_min", "")),
        "value_max_converted": conv(record.get("value_max", "")),
        "flag": "",
    }


def convert_records(records: list[dict], target: str | None, fx_date: str | None = None) -> None:
    """Add the fx columns (and flags) to records in place; ``target`` None leaves them empty."""
    for record in records:
        if target is None:
            record.update(dict.fromkeys(FX_COLUMNS, ""))
            continue
        conv = convert_record(record, target, fx_date or record.get("doc_date") or None)
        flag = conv.pop("flag")
        record.update(conv)
        if flag:
            record["flags"] = "|".join(sorted(set(filter(None, record["flags"].split("|"))) | {flag}))
