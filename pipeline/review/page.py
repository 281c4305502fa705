"""report.html: one self-contained page, the records embedded compactly and shown in a virtualised grid.

The records go into the page as one JSON document, gzip-compressed and base64-encoded inside a
``<script type="application/octet-stream">``; the page decompresses it with the browser's own
``DecompressionStream`` and shows it with Tabulator (vendored in ``static/``, MIT), which draws
only the rows on screen. The JSON is columnar: text that repeats (article ids, currencies,
sectors, flags, dates) is stored once in a dictionary and referred to by number, and a sentence
is stored once however many amounts it holds. The totals are plain HTML, computed here.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import html
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pandas as pd

from .data import KINDS_APART, REASONS, humanise, load_records, review_columns, severities
from .totals import totals, totals_html

STATIC = Path(__file__).with_name("static")
DICT_COLUMNS = [
    "doc_id",
    "currency",
    "qualifier",
    "per",
    "sectors",
    "years",
    "year_role",
    "flags",
    "duration",
    "link",
    "doc_date",
    "converted_currency",
    "fx_date",
    "excluded_reason",
    "review_flags",
    "kind",
    "trigger",
    "actor",
    "country",
]
PLAIN_COLUMNS = ["mention", "value", "value_min", "value_max", "value_converted"]
INT_COLUMNS = ["sentence_id", "start", "end", "rank_in_currency"]


def _sentence_starts(df: pd.DataFrame, sentence_index: pd.Series) -> list[int]:
    """Where each sentence starts in its article. A record knows its mention's offset and its
    sentence's text; when the mention occurs more than once in the sentence, the start that all
    records of the sentence agree on is taken."""
    candidates: dict[int, set[int] | None] = {}
    for s, sentence, mention, start in zip(sentence_index, df["sentence"], df["mention"], df["start"], strict=True):
        found, i = set(), sentence.find(mention)
        while i >= 0 and mention:
            found.add(int(start) - i)
            i = sentence.find(mention, i + 1)
        if not found:
            continue
        known = candidates.get(s)
        candidates[s] = found if known is None else (known & found or known)
    n = int(sentence_index.max()) + 1 if len(sentence_index) else 0
    return [min(candidates[s]) if candidates.get(s) else -1 for s in range(n)]


def payload(df: pd.DataFrame, run: dict | None = None, touched: dict[int, dict] | None = None) -> dict:
    """The page's data: columnar, dictionary-encoded, one entry per record in records.csv order."""
    df = df.reset_index(drop=True)
    if "kind" not in df:
        df = df.assign(kind="")
    key = df["doc_id"] + "\0" + df["sentence_id"]
    sentence_index = pd.Series(pd.factorize(key)[0], index=df.index)
    first = ~sentence_index.duplicated()
    columns: dict[str, list] = {}
    dictionaries: dict[str, list] = {}
    for name in DICT_COLUMNS:
        values = df[name] if name in df else pd.Series("", index=df.index)
        codes, uniques = pd.factorize(values)
        columns[name], dictionaries[name] = codes.tolist(), [str(u) for u in uniques]
    for name in PLAIN_COLUMNS:
        columns[name] = (df[name] if name in df else pd.Series("", index=df.index)).tolist()
    for name in INT_COLUMNS:
        columns[name] = pd.to_numeric(df[name], errors="coerce").fillna(-1).astype(int).tolist()
    columns["outlier_z"] = [float(z) for z in df["outlier_z"]]
    columns["outlier"] = df["outlier"].astype(int).tolist()
    columns["sentence"] = sentence_index.tolist()
    inputs = (run or {}).get("inputs", [])
    return {
        "version": 1,
        "n": len(df),
        "dict": dictionaries,
        "col": columns,
        "sentences": df.loc[first, "sentence"].tolist(),
        "sentence_starts": _sentence_starts(df, sentence_index),
        "has_kind": bool((df["kind"] != "").any()),
        "severity": severities(),
        "reasons": {**REASONS, **{f"kind_{k}": v for k, v in KINDS_APART.items()}},
        "run": {"inputs": inputs, "key": hashlib.sha256(json.dumps(inputs).encode()).hexdigest()[:12]},
        "touched": {str(k): v for k, v in (touched or {}).items()},
    }


def encode(data: dict) -> str:
    """JSON, gzip (level 9, no timestamp: the same records give the same page), base64."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(gzip.compress(raw, compresslevel=9, mtime=0)).decode("ascii")


def _chart(ref_sectors: pd.Series, currency: str) -> str:
    """Inline SVG bar chart of the converted totals per sector (matplotlib, no network)."""
    if ref_sectors.empty:
        return "<p class='note'>No converted amounts to chart.</p>"
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
    ax.set_title(f"Point amounts by sector, in {currency}")
    fig.tight_layout()
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None, "Type": None, "Format": None})
    plt.close(fig)
    svg = buf.getvalue()
    return svg[svg.index("<svg") :]


def _static(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


def _fill(template: str, parts: dict[str, str]) -> str:
    """Put each part in its ``{{NAME}}`` slot, in one pass (a part's own text is never searched)."""
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], template)


def render_html(
    df: pd.DataFrame, run: dict | None = None, touched: dict[int, dict] | None = None, corrections_note: str = ""
) -> str:
    t = totals(df)
    df = review_columns(df)
    articles = df["doc_id"].nunique()
    n_articles = (run or {}).get("counts", {}).get("articles", articles)
    counted = int((df["excluded_reason"] == "").sum())
    summary = (
        f"<b>{n_articles:,}</b> articles, <b>{len(df):,}</b> amounts (<b>{counted:,}</b> counted in totals) "
        f"in <b>{articles:,}</b> articles with money; <b>{int(df['needs_review'].sum()):,}</b> need review, "
        f"<b>{int(df['outlier'].sum()):,}</b> outliers."
    )
    ref = t["reference"]
    parts = {
        "SUMMARY": summary,
        "CORRECTIONS": corrections_note,
        "TOTALS": totals_html(t, df),
        "CHART": _chart(t["reference_sectors"], ref["currency"] or ""),
        "DATA": encode(payload(df, run, touched)),
        "TABULATOR_CSS": _static("tabulator.min.css"),
        "CSS": _static("report.css"),
        "TABULATOR_JS": _static("tabulator.min.js"),
        "JS": _static("report.js"),
        "TITLE": html.escape("Money in the news: review"),
    }
    return _fill(_static("report.html"), parts)


def write_report(outdir: Path, corrections: Path | None = None) -> Path:
    from ..export import write_text_atomic

    outdir = Path(outdir)
    df = load_records(outdir)
    run_path = outdir / "run.json"
    run = json.loads(run_path.read_text(encoding="utf-8")) if run_path.exists() else None
    touched, note = {}, ""
    if corrections is None and run and (run.get("corrections") or {}).get("file"):
        applied = Path(run["corrections"]["file"])
        corrections = applied if applied.exists() else None
    if corrections is not None:
        from ..corrections import touched_records

        touched, note = touched_records(df, Path(corrections))
    path = outdir / "report.html"
    write_text_atomic(path, render_html(df, run, touched, note))
    return path
