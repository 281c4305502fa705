"""The review report: records embedded compactly and all present; totals of point amounts only; flag
severities and the outlier test; the terminal summary. The browser tests are in test_review_browser.py."""

import base64
import gzip
import json
import re
from decimal import Decimal

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import ROOT
from pipeline.batch import run
from pipeline.cli import app
from pipeline.ingest import iter_articles
from pipeline.review import classify, flag_severity, humanise, review_columns, rounded, totals
from pipeline.review.data import severities, unguard
from pipeline.review.page import payload

runner = CliRunner()


def page_data(page: str) -> dict:
    """The records embedded in a report: base64 of gzip of JSON."""
    b64 = re.search(r'<script id="records-data" type="application/octet-stream">([^<]*)</script>', page).group(1)
    return json.loads(gzip.decompress(base64.b64decode(b64)))


def decoded_rows(data: dict) -> list[dict]:
    col, dic = data["col"], data["dict"]
    rows = []
    for i in range(data["n"]):
        row = {name: dic[name][codes[i]] for name, codes in col.items() if name in dic}
        row.update({name: values[i] for name, values in col.items() if name not in dic})
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def outdir(tmp_path_factory):
    out = tmp_path_factory.mktemp("review")
    run([ROOT / "corpus"], out)
    assert runner.invoke(app, ["review", str(out)]).exit_code == 0
    return out


@pytest.fixture(scope="module")
def records(outdir):
    return pd.read_csv(outdir / "records.csv", dtype=str, keep_default_na=False)


def test_review_page_embeds_every_record(outdir, records):
    data = page_data((outdir / "report.html").read_text(encoding="utf-8"))
    rows = decoded_rows(data)
    assert data["n"] == len(records) == len(rows)
    for name in ("doc_id", "mention", "value", "currency", "flags", "sectors", "years"):
        assert [r[name] for r in rows] == records[name].map(unguard).tolist(), name
    assert [r["start"] for r in rows] == records["start"].astype(int).tolist()
    sentences = [data["sentences"][r["sentence"]] for r in rows]
    assert sentences == records["sentence"].tolist()


def test_review_sentence_starts_point_into_the_article(outdir):
    """The page places a reviewer's selection in the article by its sentence's start."""
    data = page_data((outdir / "report.html").read_text(encoding="utf-8"))
    texts = {a.doc_id: a.text for a in iter_articles([ROOT / "corpus"], None) if hasattr(a, "text")}
    rows = decoded_rows(data)
    for r in rows:
        start, sentence = data["sentence_starts"][r["sentence"]], data["sentences"][r["sentence"]]
        assert texts[r["doc_id"]][start : start + len(sentence)] == sentence
        assert texts[r["doc_id"]][r["start"] : r["end"]] == r["mention"]


def test_review_sentence_start_when_the_mention_repeats():
    df = pd.DataFrame(
        {
            "doc_id": ["a", "a"],
            "sentence_id": ["1", "1"],
            "start": ["123", "108"],
            "mention": ["5 mln dlrs", "5 mln dlrs"],
            "sentence": ["It paid 5 mln dlrs and 5 mln dlrs.", "It paid 5 mln dlrs and 5 mln dlrs."],
        }
    )
    from pipeline.review.page import _sentence_starts

    assert _sentence_starts(df, pd.Series([0, 0])) == [100]


def test_review_report_is_self_contained(outdir):
    page = (outdir / "report.html").read_text(encoding="utf-8")
    assert "<svg" in page or "No converted amounts" in page
    assert not re.search(r"<link|<script\s+src|<img|<iframe|@import|url\(\s*['\"]?(https?:|//)", page)
    # the only web addresses are XML namespace names (inline SVG, and the SVG icons Tabulator draws)
    namespaces = {
        "http://www.w3.org/2000/svg",
        "http://www.w3.org/1999/xlink",
        "http://purl.org/dc/elements/1.1/",
        "http://creativecommons.org/ns#",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    }
    assert set(re.findall(r"https?://[^\s\"')]+", page)) <= namespaces


def test_review_payload_is_compact():
    """A sentence with several amounts is stored once; repeated text is stored once in a dictionary."""
    base = {
        "doc_id": "d",
        "sentence_id": "0",
        "mention": "5 dlrs",
        "value": "5",
        "currency": "USD",
        "qualifier": "",
        "per": "",
        "sectors": "",
        "years": "",
        "year_role": "",
        "flags": "",
        "sentence": "It paid 5 dlrs.",
        "start": "8",
        "end": "14",
    }
    df = review_columns(classify(pd.DataFrame([base] * 50)))
    data = payload(df)
    assert len(data["sentences"]) == 1 and data["dict"]["currency"] == ["USD"]


def test_review_totals_add_point_amounts_only(outdir, records):
    counted = classify(records)
    counted = counted[counted["excluded_reason"] == ""]
    expected = counted.assign(v=counted["value"].apply(Decimal)).groupby("currency")["v"].sum()
    by_currency = totals(classify(records))["by_currency"]
    assert by_currency.loc[expected.index, "total"].to_dict() == expected.to_dict()
    page = (outdir / "report.html").read_text(encoding="utf-8")
    for value in expected:
        assert rounded(value) in page


def test_review_excludes_rates_ranges_conversions_repeats_and_prices():
    rows = pd.DataFrame(
        [
            {
                "doc_id": "a",
                "sentence_id": "0",
                "value": "10",
                "currency": "KRW",
                "per": "",
                "flags": "",
                "sectors": "",
                "years": "",
                "kind": "",
            },
            {
                "doc_id": "a",
                "sentence_id": "1",
                "value": "10",
                "currency": "KRW",
                "per": "",
                "flags": "",
                "sectors": "x",
                "years": "2023",
                "kind": "",
            },
            {
                "doc_id": "a",
                "sentence_id": "2",
                "value": "5",
                "currency": "KRW",
                "per": "each",
                "flags": "",
                "sectors": "",
                "years": "",
                "kind": "",
            },
            {
                "doc_id": "a",
                "sentence_id": "2",
                "value": "2",
                "currency": "USD",
                "per": "",
                "flags": "range",
                "sectors": "",
                "years": "",
                "kind": "",
            },
            {
                "doc_id": "a",
                "sentence_id": "3",
                "value": "7",
                "currency": "USD",
                "per": "",
                "flags": "conversion",
                "sectors": "",
                "years": "",
                "kind": "",
            },
            {
                "doc_id": "b",
                "sentence_id": "3",
                "value": "10",
                "currency": "KRW",
                "per": "",
                "flags": "",
                "sectors": "",
                "years": "",
                "kind": "",
            },
            {
                "doc_id": "b",
                "sentence_id": "4",
                "value": "20",
                "currency": "KRW",
                "per": "",
                "flags": "",
                "sectors": "y",
                "years": "",
                "kind": "",
            },
            {
                "doc_id": "b",
                "sentence_id": "5",
                "value": "20",
                "currency": "KRW",
                "per": "",
                "flags": "",
                "sectors": "z",
                "years": "",
                "kind": "",
            },
            {
                "doc_id": "b",
                "sentence_id": "6",
                "value": "3",
                "currency": "KRW",
                "per": "",
                "flags": "",
                "sectors": "z",
                "years": "",
                "kind": "price",
            },
        ]
    )
    df = classify(rows)
    assert df["excluded_reason"].tolist() == ["", "repeat", "rate", "range", "conversion", "", "", "", "kind_price"]
    t = totals(df)
    assert t["by_currency"].loc["KRW", "total"] == Decimal(60)
    assert t["by_currency"].loc["KRW", "kind_price"] == 1 and t["by_currency"].loc["USD", "amounts"] == 0


def test_review_pivots_fold_small_currencies_into_other():
    rows = [
        {
            "doc_id": f"d{i}",
            "sentence_id": "0",
            "value": "1",
            "currency": c,
            "per": "",
            "flags": "",
            "sectors": "s",
            "years": "2019",
        }
        for i, c in enumerate("AAA BBB CCC DDD EEE FFF GGG HHH GGG".split())
    ]
    t = totals(classify(pd.DataFrame(rows)))
    pivot = t["sector_currency"]
    assert list(pivot.columns) == ["amounts", *t["top_currencies"], "other (amounts)", "converted"]
    assert len(t["top_currencies"]) == 6 and t["top_currencies"][0] == "GGG"
    assert pivot.loc["s", "other (amounts)"] == 2 and pivot.loc["s", "amounts"] == 9


@pytest.mark.parametrize(
    "value, currency, text",
    [("10000000000000", "KRW", "10 trillion KRW"), ("1500000000", "GBP", "1.5 billion GBP"), ("0.1", "USD", "0.1 USD")],
)
def test_review_humanise(value, currency, text):
    assert humanise(value, currency) == text


@pytest.mark.parametrize(
    "value, text",
    [
        ("223501243476791.189350999991", "223.5 trillion USD"),
        ("9600000000000", "9.6 trillion USD"),
        ("1199", "1,199 USD"),
        ("0.333333", "0.33 USD"),
    ],
)
def test_review_rounds_for_display(value, text):
    assert rounded(value, "USD") == text


def test_review_flag_severities_are_data():
    table = severities()
    assert {e["severity"] for e in [*table["flags"].values(), *table["prefixes"].values()]} <= {"review", "info"}
    assert flag_severity("fx_out_of_range") == "info" and flag_severity("sector_in_name") == "review"
    assert flag_severity("currency_assumed", "FRF") == "review" and flag_severity("currency_assumed", "USD") == "info"
    assert flag_severity("encoding_cp1252") == "info" and flag_severity("some_new_flag") == table["default"]


def test_review_flags_of_a_run_are_all_listed(records):
    flags = {f for cell in records["flags"] for f in cell.split("|") if f}
    table = severities()
    assert flags <= set(table["flags"]) | {f for f in flags if any(f.startswith(p) for p in table["prefixes"])}


def test_review_outlier_is_far_above_its_article():
    """'Smartmodem 9600B at 1,199 dlrs' read as 9.6 trillion dollars, among an article's prices."""
    values = ["1299", "9600000000000", "1199", "899", "249", "349"]
    rows = pd.DataFrame(
        {
            "doc_id": "modems",
            "sentence_id": [str(i) for i in range(6)],
            "value": values,
            "currency": "USD",
            "per": "",
            "flags": "",
            "sectors": "",
            "years": "",
        }
    )
    df = review_columns(classify(rows))
    assert df["outlier"].tolist() == [False, True, False, False, False, False]
    assert df.loc[1, "review_flags"] == "outlier" and df["needs_review"].sum() == 1
    assert df.loc[1, "rank_in_currency"] == 1


def test_review_needs_review_follows_severity():
    rows = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "sentence_id": "0",
            "value": "5",
            "currency": ["USD", "USD", "FRF"],
            "per": "",
            "flags": ["fx_out_of_range|currency_assumed", "currency_shared", "currency_assumed"],
            "sectors": "",
            "years": "",
        }
    )
    df = review_columns(classify(rows))
    assert df["review_flags"].tolist() == ["", "currency_shared", "currency_assumed"]


def test_review_summary_prints_counts_and_totals(outdir):
    result = runner.invoke(app, ["summary", str(outdir)])
    assert result.exit_code == 0
    assert "KRW" in result.output and "counted in totals" in result.output and "Not added" in result.output


def test_review_missing_outputs_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["review", str(tmp_path)])
    assert result.exit_code == 2 and "records.csv" in result.output
