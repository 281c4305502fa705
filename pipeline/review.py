"""Review the outputs: a self-contained HTML report and a terminal summary of records.csv.

Totals add only amounts that stand for a sum of money once. Everything else is counted apart,
with the reason (``excluded_reason``):

- ``rate``: per share, per barrel, "each" (a unit price or a per-item amount, not a total);
- ``range``: "2-3 billion dlrs" (its bounds are listed, not added);
- ``conversion``: "($8.6 billion)" restates the amount before it;
- ``repeat``: the same figure again in the same article: with the same sectors and years, or
  restating the headline's figure (a headline and the lead that repeats it).

An amount linked to several sectors (or years) counts in full in each of them, so the rows of
the sector and year tables do not add up to the total; the report says so.
"""

from __future__ import annotations

import html
import io
import json
from decimal import Decimal
from pathlib import Path

import pandas as pd

REASONS = {
    "rate": "rates and per-item amounts (per share, per barrel, each)",
    "range": "ranges (listed with both bounds)",
    "conversion": "conversions restating another amount",
    "repeat": "repeats of the same figure in the same article",
}
_SCALES = [(Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")]


def humanise(value: str | Decimal, currency: str) -> str:
    """A value as a reader says it.

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


def load_records(outdir: Path) -> pd.DataFrame:
    path = Path(outdir) / "records.csv"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no records.csv here; run `python -m pipeline run ... --out {outdir}` first")
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    return classify(df)


def classify(df: pd.DataFrame) -> pd.DataFrame:
    """Add ``excluded_reason`` (empty when the amount counts in totals) and a numeric ``amount``."""
    df = df.copy()
    flags = df["flags"].str.split("|")
    reason = pd.Series("", index=df.index)
    reason[df["per"] != ""] = "rate"
    reason[(reason == "") & flags.apply(lambda f: "range" in f)] = "range"
    reason[(reason == "") & flags.apply(lambda f: "conversion" in f)] = "conversion"
    counted = df[reason == ""]
    same_fact = counted.duplicated(subset=["doc_id", "value", "currency", "sectors", "years"], keep="first")
    # a headline (sentence 0) restates its article's lead: the same figure later is the same money
    headline = counted[counted["sentence_id"] == "0"].set_index(["doc_id", "value", "currency"]).index
    restated = counted.set_index(["doc_id", "value", "currency"]).index.isin(headline) & (counted["sentence_id"] != "0").to_numpy()
    reason[counted.index[same_fact.to_numpy() | restated]] = "repeat"
    df["excluded_reason"] = reason
    df["amount"] = df["value"].apply(Decimal)
    return df


def _explode(df: pd.DataFrame, column: str, empty: str) -> pd.DataFrame:
    out = df.assign(**{column: df[column].replace("", empty).str.split("|")}).explode(column)
    return out


def totals(df: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The tables of the report, computed from classified records."""
    counted = df[df["excluded_reason"] == ""]
    by_currency = counted.groupby("currency")["amount"].agg(["count", "sum"]).rename(columns={"count": "amounts", "sum": "total"})
    sectors = _explode(counted, "sectors", "(none)").pivot_table(index="sectors", columns="currency", values="amount", aggfunc="sum")
    years = _explode(counted, "years", "(none)").pivot_table(index="years", columns="currency", values="amount", aggfunc="sum")
    if "value_converted" not in counted:  # outputs of a run without conversion
        counted = counted.assign(value_converted="", converted_currency="")
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
    return {
        "by_currency": by_currency,
        "by_flag": df["flags"].str.split("|").explode().replace("", pd.NA).dropna().value_counts().rename("records").to_frame(),
        "excluded": df[df["excluded_reason"] != ""].groupby("excluded_reason").size().rename("records").to_frame(),
        "sector_currency": sectors,
        "year_currency": years,
        "reference": ref,
        "reference_sectors": ref_sectors,
    }


def _fmt_table(table: pd.DataFrame) -> str:
    def cell(v):
        if isinstance(v, Decimal):
            return format(v.normalize(), ",f")
        if v is None or (isinstance(v, float) and pd.isna(v)):
            return ""
        return str(v)

    return table.map(cell).to_html(classes="totals", border=0, escape=True, na_rep="")


def _chart(ref_sectors: pd.Series, currency: str) -> str:
    """Inline SVG bar chart of the converted totals per sector (matplotlib, no network)."""
    if ref_sectors.empty:
        return "<p>No converted amounts to chart.</p>"
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from matplotlib.ticker import FuncFormatter, MaxNLocator

    top = ref_sectors.apply(float).sort_values().tail(15)
    fig, ax = plt.subplots(figsize=(8, 0.35 * len(top) + 1.2))
    ax.barh(list(top.index), list(top.values), color="#4a7ab5")
    ax.xaxis.set_major_locator(MaxNLocator(4))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: humanise(Decimal(str(round(v, 2))), "").strip()))
    ax.set_xlabel(f"total in {currency}, at each article's date (an amount counts in each of its sectors)")
    ax.set_title(f"Amounts by sector, in {currency}")
    fig.tight_layout()
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None, "Type": None, "Format": None})
    plt.close(fig)
    svg = buf.getvalue()
    return svg[svg.index("<svg"):]


def _highlight(sentence: str, mention: str) -> str:
    i = sentence.find(mention)
    if i < 0:
        return html.escape(sentence) + f" <mark>{html.escape(mention)}</mark>"
    return html.escape(sentence[:i]) + f"<mark>{html.escape(mention)}</mark>" + html.escape(sentence[i + len(mention):])


_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border-bottom:1px solid #ddd;padding:3px 8px;text-align:right;vertical-align:top}
th{background:#f4f4f4}#records th{text-align:left}td.text{text-align:left;max-width:48em}mark{background:#ffe066;padding:0 2px}
.flag{display:inline-block;background:#fde2e1;border-radius:3px;padding:0 4px;margin:1px;font-size:12px}
.controls{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ccc}
tr.hidden{display:none}.note{color:#555;max-width:60em}
"""

_JS = """
function applyFilters(){
  var doc=document.getElementById('doc').value, flagged=document.getElementById('flagged').checked;
  var shown=0;
  document.querySelectorAll('#records tbody tr').forEach(function(tr){
    var ok=(!doc||tr.dataset.doc===doc)&&(!flagged||tr.dataset.flags!=='');
    tr.classList.toggle('hidden',!ok); if(ok){shown++;}
  });
  document.getElementById('shown').textContent=shown;
}
function fromHash(){
  // anchors: #flagged, #doc=<article id>, or both joined by &
  var parts=decodeURIComponent(location.hash.slice(1)).split('&');
  document.getElementById('flagged').checked=parts.indexOf('flagged')>=0;
  var doc=parts.filter(function(p){return p.indexOf('doc=')===0;})[0];
  document.getElementById('doc').value=doc?doc.slice(4):'';
  applyFilters();
}
document.getElementById('doc').addEventListener('change',applyFilters);
document.getElementById('flagged').addEventListener('change',applyFilters);
window.addEventListener('hashchange',fromHash);
fromHash();
"""


def render_html(df: pd.DataFrame, run: dict | None = None) -> str:
    t = totals(df)
    ref = t["reference"]
    articles = df["doc_id"].nunique()
    n_articles = (run or {}).get("counts", {}).get("articles", articles)
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Money in the news: review</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Money in the news: review</h1>",
        f"<p id='counts'><b>{n_articles}</b> articles, <b>{len(df)}</b> amounts "
        f"(<b>{(df['excluded_reason'] == '').sum()}</b> counted in totals) in <b>{articles}</b> articles with money.</p>",
        "<h2>Totals by currency</h2>", _fmt_table(t["by_currency"]),
    ]
    if ref["counted"] or ref["left_out"]:
        parts.append(
            f"<p id='reference'>In the reference currency: <b>{format(ref['total'].normalize(), ',f')} {html.escape(ref['currency'])}</b> "
            f"from {ref['counted']} amounts converted at the rate of their article's date; "
            f"{ref['left_out']} counted amounts left out (no rate: no date, before 1999, or a currency the ECB does not cover).</p>"
        )
    excluded = t["excluded"]
    parts.append("<h2>Not added to totals</h2><ul class='note'>")
    for reason, text in REASONS.items():
        n = int(excluded.loc[reason, "records"]) if reason in excluded.index else 0
        parts.append(f"<li>{n} {text}</li>")
    parts.append("</ul>")
    parts += [
        "<h2>Records by flag</h2>", _fmt_table(t["by_flag"]),
        "<h2>Totals by sector and currency</h2>",
        "<p class='note'>An amount linked to several sectors counts in full in each, so rows do not add up to the currency total.</p>",
        _fmt_table(t["sector_currency"]),
        "<h2>Totals by year and currency</h2>", _fmt_table(t["year_currency"]),
        f"<h2>Chart</h2>{_chart(t['reference_sectors'], ref['currency'] or '')}",
        "<h2>Records</h2><div class='controls'>Article: <select id='doc'><option value=''>all</option>",
    ]
    for doc in sorted(df["doc_id"].unique()):
        parts.append(f"<option value='{html.escape(doc, quote=True)}'>{html.escape(doc)}</option>")
    parts.append("</select> <label><input type='checkbox' id='flagged'> flagged only</label> "
                 f"<span><span id='shown'>{len(df)}</span> shown</span> "
                 "<a href='#flagged'>link: flagged only</a> <a href='#'>link: all</a></div>")
    parts.append("<table id='records'><thead><tr><th>article</th><th>sentence</th><th>value</th><th>exact value</th>"
                 "<th>qualifier / per</th><th>sectors</th><th>years</th><th>flags</th><th>in totals</th></tr></thead><tbody>")
    for i, r in df.iterrows():
        flags = "".join(f"<span class='flag'>{html.escape(f)}</span>" for f in r["flags"].split("|") if f)
        years = html.escape(" ".join(f"{y} ({role})" for y, role in zip(r["years"].split("|"), r["year_role"].split("|")) if y))
        parts.append(
            f"<tr id='r{i}' data-doc='{html.escape(r['doc_id'], quote=True)}' data-flags='{html.escape(r['flags'], quote=True)}'>"
            f"<td class='text'>{html.escape(r['doc_id'])}</td><td class='text sentence'>{_highlight(r['sentence'], r['mention'])}</td>"
            f"<td>{html.escape(humanise(r['value'], r['currency']))}</td><td>{html.escape(r['value'])}</td>"
            f"<td class='text'>{html.escape(' '.join(filter(None, [r['qualifier'], r['per']])))}</td>"
            f"<td class='text'>{html.escape(r['sectors'].replace('|', ', '))}</td><td class='text'>{years}</td>"
            f"<td class='text'>{flags}</td><td class='text'>{'yes' if not r['excluded_reason'] else html.escape(r['excluded_reason'])}</td></tr>"
        )
    parts.append(f"</tbody></table><script>{_JS}</script></body></html>")
    return "\n".join(parts)


def write_report(outdir: Path) -> Path:
    from .export import write_text_atomic

    outdir = Path(outdir)
    df = load_records(outdir)
    run_path = outdir / "run.json"
    run = json.loads(run_path.read_text(encoding="utf-8")) if run_path.exists() else None
    path = outdir / "report.html"
    write_text_atomic(path, render_html(df, run))
    return path


def summary_tables(outdir: Path):
    """Rich tables with the report's counts and totals, for the terminal."""
    from rich.table import Table

    df = load_records(outdir)
    t = totals(df)
    out = []
    table = Table(title=f"{df['doc_id'].nunique()} articles with money, {len(df)} amounts, "
                        f"{(df['excluded_reason'] == '').sum()} counted in totals")
    table.add_column("currency")
    table.add_column("amounts", justify="right")
    table.add_column("total", justify="right")
    for cur, row in t["by_currency"].iterrows():
        table.add_row(cur, str(row["amounts"]), format(row["total"].normalize(), ",f"))
    out.append(table)
    ref = t["reference"]
    if ref["counted"] or ref["left_out"]:
        out.append(f"Reference currency: {format(ref['total'].normalize(), ',f')} {ref['currency']} from {ref['counted']} "
                   f"converted amounts; {ref['left_out']} left out (no rate).")
    excluded = t["excluded"]
    out.append("Not added: " + ", ".join(
        f"{int(excluded.loc[k, 'records']) if k in excluded.index else 0} {v}" for k, v in REASONS.items()))
    flags = Table(title="records by flag")
    flags.add_column("flag")
    flags.add_column("records", justify="right")
    for flag, row in t["by_flag"].iterrows():
        flags.add_row(str(flag), str(row["records"]))
    out.append(flags)
    return out
