"""Totals by kind and by country (issue 17), in the reference currency.

Each table has a row per kind (in the issue's order) or per country (ISO alpha-2, "(none)" when the
text names none): how many amounts it has, how many of them are point amounts added to totals
(``data.classify``: rates, ranges, conversions, repeats, prices and valuations stay apart), the total
of those in the reference currency (only those with a rate), and how many were left out for want of
a rate. Adding up different kinds would mean nothing, so there is no grand total across kinds.
"""

from __future__ import annotations

from decimal import Decimal

import pandas as pd

ORDER_FALLBACK = [
    "dividend",
    "price",
    "deal",
    "financing",
    "investment",
    "subsidy",
    "revenue",
    "profit",
    "trade",
    "tax_or_fine",
    "pay",
    "valuation",
    "other",
]


def _order() -> list[str]:
    try:
        from ..kinds_readings import kind_order

        return kind_order()
    except Exception:  # pragma: no cover - the lexicon is always there in a run
        return ORDER_FALLBACK


def by_column(df: pd.DataFrame, column: str) -> pd.DataFrame:
    """Rows of ``column`` (empty as "(none)"): amounts, point amounts, converted total, no rate."""
    if column not in df:
        return pd.DataFrame()
    keys = df[column].replace("", "(none)")
    counted = df["excluded_reason"] == ""
    conv = df["value_converted"] if "value_converted" in df else pd.Series("", index=df.index)
    has_rate = counted & (conv != "")
    table = pd.DataFrame(
        {
            "amounts": keys.groupby(keys).size(),
            "point amounts": counted.groupby(keys).sum().astype(int),
            "converted": conv[has_rate].apply(Decimal).groupby(keys[has_rate]).sum(),
            "no rate": (counted & (conv == "")).groupby(keys).sum().astype(int),
        }
    )
    table["converted"] = table["converted"].apply(lambda v: Decimal(0) if pd.isna(v) else v)
    table.index.name = column
    if column == "kind":
        order = [k for k in _order() if k in table.index] + [k for k in table.index if k not in _order()]
        return table.loc[order]
    return table.sort_values(["converted", "amounts"], ascending=False)


def reference(df: pd.DataFrame) -> str:
    if "converted_currency" not in df:
        return ""
    return ", ".join(sorted(set(df["converted_currency"]) - {""}))


def tables_html(df: pd.DataFrame, table_html) -> str:
    """The report's sections "by kind" and "by country" (empty for records without kinds);
    ``table_html(table, index_name=...)`` draws a table (``totals.table_html``)."""
    if "kind" not in df or not (df["kind"] != "").any():
        return ""
    ref = reference(df) or "the reference currency"
    note = (
        f"<p class='note'>'converted' adds the point amounts of each row in {ref}, at the rate of their "
        "article's date; prices, valuations, rates, ranges, conversions and repeats are counted in 'amounts' "
        "only. Different kinds are not added together.</p>"
    )
    country = by_column(df, "country")
    return "\n".join(
        [
            "<h2 id='by-kind'>Amounts by kind</h2>",
            note,
            table_html(by_column(df, "kind"), index_name="kind"),
            "<h2 id='by-country'>Amounts by country</h2>",
            "<p class='note'>The country of the actor, else of the place the money goes to (ISO 3166-1 alpha-2); "
            "(none) when the text names none.</p>",
            table_html(country.head(40), index_name="country"),
        ]
    )


def rich_tables(df: pd.DataFrame) -> list:
    """The same tables for ``pipeline summary`` (the 20 countries with most converted money)."""
    from rich.table import Table

    from .data import rounded

    if "kind" not in df or not (df["kind"] != "").any():
        return []
    out = []
    ref = reference(df)
    for column, title, n in (("kind", "amounts by kind", None), ("country", "amounts by country (top 20)", 20)):
        table_df = by_column(df, column)
        table = Table(title=title)
        for name in (column, "amounts", "point amounts", f"converted ({ref})" if ref else "converted", "no rate"):
            table.add_column(name, justify="left" if name == column else "right")
        for key, row in (table_df.head(n) if n else table_df).iterrows():
            table.add_row(
                str(key), str(row["amounts"]), str(row["point amounts"]), rounded(row["converted"]), str(row["no rate"])
            )
        out.append(table)
    return out
