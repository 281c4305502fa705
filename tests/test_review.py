"""The review report and summary: every record appears highlighted; totals equal pandas sums."""

import shutil
import subprocess
from decimal import Decimal
from html.parser import HTMLParser

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import ROOT
from pipeline.batch import run
from pipeline.cli import app
from pipeline.review import classify, humanise, totals

runner = CliRunner()


class Rows(HTMLParser):
    """Collects the records table: per row its data attributes and its highlighted mention."""

    def __init__(self):
        super().__init__()
        self.rows, self.in_mark, self.tables, self.cell = [], False, {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr" and "data-doc" in attrs:
            self.rows.append({"doc": attrs["data-doc"], "flags": attrs["data-flags"], "marks": []})
        if tag == "mark" and self.rows:
            self.in_mark = True
            self.rows[-1]["marks"].append("")

    def handle_endtag(self, tag):
        if tag == "mark":
            self.in_mark = False

    def handle_data(self, data):
        if self.in_mark:
            self.rows[-1]["marks"][-1] += data


@pytest.fixture(scope="module")
def outdir(tmp_path_factory):
    out = tmp_path_factory.mktemp("review")
    run([ROOT / "corpus"], out)
    assert runner.invoke(app, ["review", str(out)]).exit_code == 0
    return out


def test_review_report_lists_every_record_highlighted(outdir):
    records = pd.read_csv(outdir / "records.csv", dtype=str, keep_default_na=False)
    parser = Rows()
    parser.feed((outdir / "report.html").read_text(encoding="utf-8"))
    assert len(parser.rows) == len(records)
    assert [r["marks"] for r in parser.rows] == [[m] for m in records["mention"]]
    assert [r["doc"] for r in parser.rows] == records["doc_id"].tolist()


def test_review_report_is_self_contained(outdir):
    import re

    page = (outdir / "report.html").read_text(encoding="utf-8")
    assert "<svg" in page and "<script>" in page
    assert not re.search(r"<link|<script\s+src|\ssrc=|@import|url\((?!#)", page)
    # the only web addresses are XML namespace names in the inline SVG, which nothing fetches
    assert {a.split(":")[0] for a in re.findall(r'([\w:]+)="https?://', page)} <= {"xmlns"}


def test_review_totals_equal_a_pandas_sum(outdir):
    records = pd.read_csv(outdir / "records.csv", dtype=str, keep_default_na=False)
    counted = classify(records)
    counted = counted[counted["excluded_reason"] == ""]
    expected = counted.assign(v=counted["value"].apply(Decimal)).groupby("currency")["v"].sum()
    got = totals(classify(records))["by_currency"]["total"]
    assert got.to_dict() == expected.to_dict()
    page = (outdir / "report.html").read_text(encoding="utf-8")
    for value in expected:
        assert format(value.normalize(), ",f") in page


def test_review_excludes_rates_ranges_conversions_and_repeats():
    rows = pd.DataFrame([
        {"doc_id": "a", "sentence_id": "0", "value": "10", "currency": "KRW", "per": "", "flags": "", "sectors": "", "years": ""},
        {"doc_id": "a", "sentence_id": "1", "value": "10", "currency": "KRW", "per": "", "flags": "", "sectors": "x", "years": "2023"},
        {"doc_id": "a", "sentence_id": "2", "value": "5", "currency": "KRW", "per": "each", "flags": "", "sectors": "", "years": ""},
        {"doc_id": "a", "sentence_id": "2", "value": "2", "currency": "USD", "per": "", "flags": "range", "sectors": "", "years": ""},
        {"doc_id": "a", "sentence_id": "3", "value": "7", "currency": "USD", "per": "", "flags": "conversion", "sectors": "", "years": ""},
        {"doc_id": "b", "sentence_id": "3", "value": "10", "currency": "KRW", "per": "", "flags": "", "sectors": "", "years": ""},
        {"doc_id": "b", "sentence_id": "4", "value": "20", "currency": "KRW", "per": "", "flags": "", "sectors": "y", "years": ""},
        {"doc_id": "b", "sentence_id": "5", "value": "20", "currency": "KRW", "per": "", "flags": "", "sectors": "z", "years": ""},
    ])
    df = classify(rows)
    assert df["excluded_reason"].tolist() == ["", "repeat", "rate", "range", "conversion", "", "", ""]
    assert totals(df)["by_currency"]["total"].to_dict() == {"KRW": Decimal(60)}


@pytest.mark.parametrize("value, currency, text", [("10000000000000", "KRW", "10 trillion KRW"),
                                                   ("1500000000", "GBP", "1.5 billion GBP"), ("0.1", "USD", "0.1 USD")])
def test_review_humanise(value, currency, text):
    assert humanise(value, currency) == text


def test_review_summary_prints_counts_and_totals(outdir):
    result = runner.invoke(app, ["summary", str(outdir)])
    assert result.exit_code == 0
    assert "KRW" in result.output and "counted in totals" in result.output and "Not added" in result.output


def test_review_missing_outputs_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["review", str(tmp_path)])
    assert result.exit_code == 2 and "records.csv" in result.output


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package chromium); browser test skipped")
def test_review_renders_and_filters_in_a_browser(outdir, tmp_path):
    page = (outdir / "report.html").resolve().as_uri()
    shot = tmp_path / "report.png"
    profile = ["--user-data-dir=" + str(tmp_path / "profile")]
    subprocess.run([CHROMIUM, *FLAGS, *profile, f"--screenshot={shot}", "--window-size=1200,1600", page],
                   check=True, capture_output=True, timeout=120)
    assert shot.stat().st_size > 10_000
    dom = subprocess.run([CHROMIUM, *FLAGS, *profile, "--virtual-time-budget=2000", "--dump-dom", page + "#flagged"],
                         check=True, capture_output=True, text=True, timeout=120).stdout
    parser = Rows()
    parser.feed(dom)
    records = pd.read_csv(outdir / "records.csv", dtype=str, keep_default_na=False)
    flagged = (records["flags"] != "").sum()
    assert f"<span id=\"shown\">{flagged}</span>" in dom
    assert dom.count('class="hidden"') == len(records) - flagged
