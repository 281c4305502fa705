"""Totals that mean something: point amounts only, per currency and in the reference currency.

Amounts that are not sums of money once (rates, ranges, conversions, repeats, prices and stock
levels: ``data.classify``) are counted apart per currency, never added. The sector and year tables
keep the ``TOP_CURRENCIES`` currencies with most counted amounts as columns; the others are folded
into one "other" column that counts their amounts (adding different currencies would mean nothing),
and a last column gives the total in the reference currency where a rate was found.
"""

from __future__ import annotations

import html
from decimal import Decimal

import pandas as pd

from .data import REASONS, reason_text, rounded

TOP_CURRENCIES = 6


def _explode(df: pd.DataFrame, column: str, empty: str) -> pd.DataFrame:
    return df.assign(**{column: df[column].replace("", empty).str.split("|")}).explode(column)


def _converted(df: pd.DataFrame) -> pd.DataFrame:
    if "value_converted" not in df:  # outputs of a run without conversion
        df = df.assign(value_converted="", converted_currency="")
    return df


def top_currencies(counted: pd.DataFrame, n: int = TOP_CURRENCIES) -> list[str]:
    return counted["currency"].value_counts().head(n).index.tolist()


def pivot(counted: pd.DataFrame, column: str, currencies: list[str]) -> pd.DataFrame:
    """Rows of ``column`` (exploded lists), columns: amounts, the top currencies' totals, the
    count of amounts in other currencies, and the converted total."""
    rows = _explode(_converted(counted), column, "(none)")
    table = pd.DataFrame(index=pd.Index(sorted(set(rows[column])), name=column))
    table["amounts"] = rows.groupby(column).size()
    for cur in currencies:
        part = rows[rows["currency"] == cur]
        table[cur] = part.groupby(column)["amount"].sum()
    others = rows[~rows["currency"].isin(currencies)]
    table["other (amounts)"] = others.groupby(column).size()
    conv = rows[rows["value_converted"] != ""]
    table["converted"] = conv.assign(c=conv["value_converted"].apply(Decimal)).groupby(column)["c"].sum()
    table["amounts"] = table["amounts"].fillna(0).astype(int)
    table["other (amounts)"] = table["other (amounts)"].fillna(0).astype(int)
    return table.sort_values("amounts", ascending=False)


def totals(df: pd.DataFrame) -> dict:
    """The tables of the report, computed from classified records (``data.classify``)."""
    counted = _converted(df[df["excluded_reason"] == ""])
    by_currency = (
        counted.groupby("currency")["amount"]
        .agg(["count", "sum", "max"])
        .rename(columns={"count": "amounts", "sum": "total", "max": "largest"})
    )
    apart = df[df["excluded_reason"] != ""].groupby(["currency", "excluded_reason"]).size().unstack(fill_value=0)
    by_currency = by_currency.join(apart, how="outer")
    by_currency["amounts"] = by_currency["amounts"].fillna(0).astype(int)
    for reason in apart.columns:
        by_currency[reason] = by_currency[reason].fillna(0).astype(int)
    by_currency = by_currency.sort_values("amounts", ascending=False)
    converted = counted[counted["value_converted"] != ""]
    ref = {
        "currency": ", ".join(sorted(set(converted["converted_currency"]))) if len(converted) else "",
        "total": sum((Decimal(v) for v in converted["value_converted"]), Decimal(0)),
        "counted": len(converted),
        "left_out": len(counted) - len(converted),
    }
    if len(converted):
        conv = converted.assign(converted=converted["value_converted"].apply(Decimal))
        ref_sectors = _explode(conv, "sectors", "(none)").groupby("sectors")["converted"].sum()
    else:
        ref_sectors = pd.Series(dtype=object)
    currencies = top_currencies(counted)
    flags = df["flags"].str.split("|").explode().replace("", pd.NA).dropna()
    return {
        "by_currency": by_currency,
        "by_flag": flags.value_counts().rename("records").to_frame(),
        "excluded": df[df["excluded_reason"] != ""].groupby("excluded_reason").size().rename("records").to_frame(),
        "sector_currency": pivot(counted, "sectors", currencies),
        "year_currency": pivot(counted, "years", currencies),
        "top_currencies": currencies,
        "reference": ref,
        "reference_sectors": ref_sectors,
    }


def _cell(v, currency: str = "") -> str:
    if isinstance(v, Decimal):
        return html.escape(rounded(v))
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return ""
    return html.escape(f"{v:,}" if isinstance(v, int) else str(v))


def table_html(table: pd.DataFrame, css: str = "totals", index_name: str = "") -> str:
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in [index_name or table.index.name or "", *table.columns])
    body = []
    for key, row in table.iterrows():
        cells = "".join(f"<td>{_cell(row[c] if not pd.isna(row[c]) else None)}</td>" for c in table.columns)
        body.append(f"<tr><th>{html.escape(str(key))}</th>{cells}</tr>")
    return f"<table class='{css}'><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def totals_html(t: dict, df: pd.DataFrame) -> str:
    """The totals section: per currency (with what is counted apart), in the reference currency,
    and the sector and year pivots."""
    ref = t["reference"]
    by_currency = t["by_currency"].rename(
        columns={c: reason_text(c) for c in t["by_currency"].columns if c not in ("amounts", "total", "largest")}
    )
    by_currency = by_currency.rename(
        columns={"amounts": "point amounts added", "total": "total (rounded)", "largest": "largest point amount"}
    )
    parts = [
        "<h2 id='totals'>Totals of point amounts, by currency</h2>",
        "<p class='note'>Only point amounts are added: rates, ranges, conversions and repeats are counted in "
        "their own columns and never added. Totals are rounded for display; exact values are in records.csv.</p>",
        table_html(by_currency, index_name="currency"),
    ]
    if ref["counted"] or ref["left_out"]:
        parts.append(
            f"<p id='reference'>In the reference currency: <b>{html.escape(rounded(ref['total'], ref['currency']))}</b>"
            f" from {ref['counted']:,} point amounts converted at the rate of their article's date; "
            f"{ref['left_out']:,} point amounts left out (no rate: no date, before 1999, or a currency the ECB "
            "does not cover).</p>"
        )
    excluded = t["excluded"]
    parts.append("<h3>Not added to totals</h3><ul class='note'>")
    reasons = list(REASONS) + [r for r in excluded.index if r not in REASONS]
    for reason in reasons:
        n = int(excluded.loc[reason, "records"]) if reason in excluded.index else 0
        parts.append(f"<li>{n:,} {html.escape(reason_text(reason))}</li>")
    parts.append("</ul>")
    fold = (
        "<p class='note'>Columns: the {n} currencies with most point amounts; 'other (amounts)' counts the "
        "amounts in the other currencies (not added across currencies); 'converted' is the total in the "
        "reference currency. An amount linked to several {what} counts in full in each, so rows do not add up "
        "to the currency totals.</p>"
    )
    n = len(t["top_currencies"])
    parts += [
        "<h2 id='by-sector'>Point amounts by sector</h2>",
        fold.format(n=n, what="sectors"),
        table_html(t["sector_currency"], index_name="sector"),
        "<h2 id='by-year'>Point amounts by year</h2>",
        fold.format(n=n, what="years"),
        table_html(t["year_currency"], index_name="year"),
    ]
    from .by_kind import tables_html

    parts.append(tables_html(df, table_html))  # by kind and by country, once records have a kind
    return "\n".join(parts)


def summary_tables(outdir):
    """Rich tables with the report's counts and totals, for the terminal."""
    from rich.table import Table

    from .data import load_records

    df = load_records(outdir)
    t = totals(df)
    out = []
    table = Table(
        title=f"{df['doc_id'].nunique()} articles with money, {len(df)} amounts, "
        f"{(df['excluded_reason'] == '').sum()} counted in totals"
    )
    table.add_column("currency")
    table.add_column("amounts", justify="right")
    table.add_column("total (rounded)", justify="right")
    for cur, row in t["by_currency"].iterrows():
        if row["amounts"]:
            table.add_row(cur, str(row["amounts"]), rounded(row["total"]))
    out.append(table)
    ref = t["reference"]
    if ref["counted"] or ref["left_out"]:
        out.append(
            f"Reference currency: {rounded(ref['total'], ref['currency'])} from {ref['counted']} "
            f"converted amounts; {ref['left_out']} left out (no rate)."
        )
    excluded = t["excluded"]
    out.append(
        "Not added: "
        + ", ".join(f"{int(excluded.loc[k, 'records']) if k in excluded.index else 0} {v}" for k, v in REASONS.items())
    )
    from .by_kind import rich_tables

    out += rich_tables(df)
    flags = Table(title="records by flag")
    flags.add_column("flag")
    flags.add_column("records", justify="right")
    for flag, row in t["by_flag"].iterrows():
        flags.add_row(str(flag), str(row["records"]))
    out.append(flags)
    return out
