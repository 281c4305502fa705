"""The records as the report sees them: read back, classified for totals, and ranked for review.

Totals add only amounts that stand for a sum of money once. Everything else is counted apart,
with the reason (``excluded_reason``):

- ``rate``: per share, per barrel, "each" (a unit price or a per-item amount, not a total);
- ``range``: "2-3 billion dlrs" (its bounds are listed, not added);
- ``conversion``: "($8.6 billion)" restates the amount before it;
- ``repeat``: the same figure again in the same article: with the same sectors and years, or
  restating the headline's figure (a headline and the lead that repeats it);
- ``kind_<kind>``: once records carry a ``kind``, prices and stock levels (``KINDS_APART``).

Where to look first (``review_columns``): each flag has a severity (``flag_severity.json``), and a
value is an ``outlier`` when its robust z-score is above ``OUTLIER_Z``. The score is computed on
log10 of the absolute value, against the median and the median absolute deviation (MAD) of the
same currency's amounts of the same sort (rates apart from the rest), in the same article when it
has at least ``ARTICLE_MIN`` of them and across the run when the currency has at least
``CURRENCY_MIN``: z = 0.6745 (x - median) / max(MAD, MAD_FLOOR), the modified z-score of Iglewicz
and Hoaglin, with the MAD floored at half a decade; the larger of the two scores counts. The test
is one-sided, for values far above the usual: on Reuters, the values far below their article's
were nearly all prices beside large sums ("12p", "95 cts"), and a two-sided test flagged 5,243
amounts against 616.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

REASONS = {
    "rate": "rates and per-item amounts (per share, per barrel, each)",
    "range": "ranges (listed with both bounds)",
    "conversion": "conversions restating another amount",
    "repeat": "repeats of the same figure in the same article",
}
KINDS_APART = {
    "price": "prices",
    "valuation": "valuations and stock levels",
    "stock": "stock levels",
    "level": "stock levels",
}
OUTLIER_Z, ARTICLE_MIN, CURRENCY_MIN, MAD_FLOOR = 3.5, 3, 10, 0.5
_SCALES = [(Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")]
_GUARDED = ("'=", "'+", "'-", "'@", "'\t", "'\r")
TEXT_COLUMNS = ("doc_id", "mention", "sentence")


def humanise(value: str | Decimal, currency: str) -> str:
    """A value as a reader says it, exact.

    >>> humanise("10000000000000", "KRW"), humanise("2200000000000", "KRW"), humanise("0.1", "USD")
    ('10 trillion KRW', '2.2 trillion KRW', '0.1 USD')
    >>> humanise("1234567", "USD"), humanise("15000", "EUR")
    ('1.234567 million USD', '15,000 EUR')
    """
    v = Decimal(str(value))
    for factor, word in _SCALES:
        if abs(v) >= factor:
            return f"{format((v / factor).normalize(), 'f')} {word} {currency}"
    text = f"{v.normalize():,f}" if v == v.to_integral_value() else format(v.normalize(), "f")
    return f"{text} {currency}"


def rounded(value: str | Decimal | float, currency: str = "") -> str:
    """A value rounded for display: four significant digits with a scale word from a million up,
    else at most two decimals with thousands separators. The exact value stays in the CSV.

    >>> rounded("223501243476791.189350999991", "USD"), rounded("1234567", "EUR"), rounded("1199.5")
    ('223.5 trillion USD', '1.235 million EUR', '1,199.50')
    >>> rounded("0.0086", "USD"), rounded("-5000000000")
    ('0.01 USD', '-5 billion')
    """
    v = Decimal(str(value))
    for factor, word in _SCALES:
        if abs(v) >= factor:
            digits = f"{float(v / factor):.4g}"
            return f"{digits} {word} {currency}".strip()
    text = f"{v:,.0f}" if v == v.to_integral_value() else f"{v:,.2f}"
    return f"{text} {currency}".strip()


def unguard(text: str) -> str:
    """Undo the spreadsheet guard of export.safe_cell ("'=1+1" -> "=1+1")."""
    return text[1:] if text.startswith(_GUARDED) else text


def read_csv(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in TEXT_COLUMNS:
        if column in df:
            df[column] = df[column].map(unguard)
    return df


def load_records(outdir: Path) -> pd.DataFrame:
    path = Path(outdir) / "records.csv"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no records.csv here; run `python -m pipeline run ... --out {outdir}` first")
    return classify(read_csv(path))


def _has(flags: pd.Series, flag: str) -> np.ndarray:
    return flags.apply(lambda f: flag in f).to_numpy()


def classify(df: pd.DataFrame) -> pd.DataFrame:
    """Add ``excluded_reason`` (empty when the amount counts in totals) and a numeric ``amount``."""
    df = df.copy()
    flags = df["flags"].str.split("|")
    reason = pd.Series("", index=df.index)
    reason[df["per"] != ""] = "rate"
    reason[(reason == "") & _has(flags, "range")] = "range"
    reason[(reason == "") & _has(flags, "conversion")] = "conversion"
    if "kind" in df:
        apart = (reason == "") & df["kind"].isin(list(KINDS_APART))
        reason[apart] = "kind_" + df.loc[apart, "kind"]
    counted = df[reason == ""]
    same_fact = counted.duplicated(subset=["doc_id", "value", "currency", "sectors", "years"], keep="first")
    # a headline (sentence 0) restates its article's lead: the same figure later is the same money
    headline = counted[counted["sentence_id"] == "0"].set_index(["doc_id", "value", "currency"]).index
    restated = (
        counted.set_index(["doc_id", "value", "currency"]).index.isin(headline)
        & (counted["sentence_id"] != "0").to_numpy()
    )
    reason[counted.index[same_fact.to_numpy() | restated]] = "repeat"
    df["excluded_reason"] = reason
    df["amount"] = df["value"].apply(Decimal)
    return df


def reason_text(reason: str) -> str:
    if reason.startswith("kind_"):
        kind = reason[5:]
        return KINDS_APART.get(kind, kind)
    return REASONS.get(reason, reason)


@lru_cache(maxsize=1)
def severities() -> dict:
    """The flag severities of ``flag_severity.json``."""
    return json.loads((Path(__file__).with_name("flag_severity.json")).read_text(encoding="utf-8"))


def flag_severity(flag: str, currency: str = "") -> str:
    """'review' or 'info'.

    >>> flag_severity("fx_out_of_range"), flag_severity("currency_assumed", "FRF")
    ('info', 'review')
    >>> flag_severity("currency_assumed", "USD"), flag_severity("encoding_cp1252"), flag_severity("new_flag")
    ('info', 'info', 'review')
    """
    table = severities()
    entry = table["flags"].get(flag)
    if entry is None:
        entry = next((e for p, e in table["prefixes"].items() if flag.startswith(p)), None)
    if entry is None:
        return table["default"]
    if currency and currency in entry.get("info_for_currencies", ()):
        return "info"
    return entry["severity"]


def _robust_z(logs: pd.Series, keys: list[pd.Series], minimum: int) -> np.ndarray:
    """Modified z-score of each value within its group; 0 where the group is smaller than ``minimum``."""
    frame = pd.DataFrame({"x": logs, **{f"k{i}": k for i, k in enumerate(keys)}}).dropna(subset=["x"])
    groups = frame.groupby([f"k{i}" for i in range(len(keys))])["x"]
    median = groups.transform("median")
    mad = (frame["x"] - median).abs().groupby([frame[f"k{i}"] for i in range(len(keys))]).transform("median")
    size = groups.transform("size")
    z = 0.6745 * (frame["x"] - median) / np.maximum(mad, MAD_FLOOR)
    z[size < minimum] = 0.0
    return z.reindex(logs.index).fillna(0.0).to_numpy()


def review_columns(df: pd.DataFrame) -> pd.DataFrame:
    """Add ``number`` (float value), ``outlier_z`` (robust z-score, signed), ``outlier`` (bool),
    ``rank_in_currency`` (1 = largest value of its currency), ``review_flags`` (the flags worth a
    look, with ``outlier``) and ``needs_review``."""
    df = df.copy()
    number = pd.to_numeric(df["value"], errors="coerce")
    df["number"] = number
    absolute = number.abs()
    logs = np.log10(absolute.where(absolute > 0))
    sort = (df["per"] != "").map({True: "rate", False: "sum"})
    z_article = _robust_z(logs, [df["doc_id"], df["currency"], sort], ARTICLE_MIN)
    z_currency = _robust_z(logs, [df["currency"], sort], CURRENCY_MIN)
    z = np.maximum(z_article, z_currency)
    df["outlier_z"] = np.round(z, 1)
    df["outlier"] = z > OUTLIER_Z
    df["rank_in_currency"] = number.groupby(df["currency"]).rank(method="first", ascending=False).fillna(0).astype(int)
    cache: dict[tuple[str, str], str] = {}

    def review_flags(flags: str, currency: str) -> str:
        key = (flags, currency)
        if key not in cache:
            cache[key] = "|".join(f for f in flags.split("|") if f and flag_severity(f, currency) == "review")
        return cache[key]

    picked = [review_flags(f, c) for f, c in zip(df["flags"], df["currency"], strict=True)]
    df["review_flags"] = [
        ("|".join(filter(None, [p, "outlier"])) if o else p) for p, o in zip(picked, df["outlier"], strict=True)
    ]
    df["needs_review"] = df["review_flags"] != ""
    return df
