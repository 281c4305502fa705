"""The report in headless Chromium, driven over the DevTools protocol (scripts/cdp.py).

Skips, saying why, where Chromium is absent (Debian package `chromium`; .ci/run installs it).
The Reuters timing is `make bench` (scripts/bench_report.py); here a small run stands in for it.
"""

import json
import sys
import time

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import ROOT
from pipeline.batch import run
from pipeline.cli import app
from pipeline.review import classify, review_columns
from pipeline.review.data import read_csv

sys.path.insert(0, str(ROOT / "scripts"))
from cdp import Chromium, chromium_path

pytestmark = pytest.mark.skipif(
    chromium_path() is None, reason="Chromium is not installed (Debian package chromium); browser test skipped"
)
pytest.importorskip("websocket", reason="websocket-client (test extra) drives Chromium")
runner = CliRunner()
USABLE_SECONDS = 5.0


@pytest.fixture(scope="module")
def outdir(tmp_path_factory):
    out = tmp_path_factory.mktemp("browser")
    run([ROOT / "corpus"], out)
    assert runner.invoke(app, ["review", str(out)]).exit_code == 0
    return out


def shown(browser) -> int:
    return browser.eval("window.reportState().shown")


def test_review_page_is_usable_and_filters(outdir, tmp_path):
    records = review_columns(classify(read_csv(outdir / "records.csv")))
    with Chromium(tmp_path) as browser:
        started = time.monotonic()
        browser.open((outdir / "report.html").resolve().as_uri())
        browser.wait("window.reportReady === true || window.reportFailure", timeout=30)
        assert browser.eval("window.reportFailure || ''") == ""
        assert time.monotonic() - started < USABLE_SECONDS
        assert shown(browser) == len(records)
        browser.eval("document.querySelector('#views button[data-view=review]').click()")
        assert shown(browser) == int(records["needs_review"].sum())
        browser.eval("document.querySelector('#views button[data-view=all]').click()")
        currency = records["currency"].value_counts().index[0]
        browser.eval(
            f"(s => {{ s.value = {json.dumps(currency)}; s.dispatchEvent(new Event('change')); }})"
            "(document.getElementById('f-currency'))"
        )
        assert shown(browser) == int((records["currency"] == currency).sum())
        browser.eval("document.getElementById('f-clear').click()")
        browser.open((outdir / "report.html").resolve().as_uri() + "#doc=yonhap-korea-investment.txt")
        browser.wait("window.reportReady === true")
        assert shown(browser) == int((records["doc_id"] == "yonhap-korea-investment.txt").sum())


def test_review_page_loads_nothing_from_the_network(outdir, tmp_path):
    with Chromium(tmp_path) as browser:
        browser.send("Network.enable")
        browser.open((outdir / "report.html").resolve().as_uri())
        browser.wait("window.reportReady === true", timeout=30)
        urls = [e["params"]["request"]["url"] for e in browser.events if e.get("method") == "Network.requestWillBeSent"]
    assert urls and all(u.startswith(("file:", "data:", "blob:")) for u in urls), urls


def test_review_largest_per_currency_and_outliers_views(outdir, tmp_path):
    records = review_columns(classify(read_csv(outdir / "records.csv")))
    with Chromium(tmp_path) as browser:
        browser.open((outdir / "report.html").resolve().as_uri() + "#largest")
        browser.wait("window.reportReady === true", timeout=30)
        top = browser.eval("window.reportTable.getData('active').map(r => [r.cur, r.v])")
        expected = records[records["rank_in_currency"] <= 10]
        assert len(top) == len(expected)
        firsts = pd.DataFrame(top, columns=["cur", "v"]).groupby("cur", sort=False)["v"].first()
        assert firsts.to_dict() == expected.groupby("currency")["number"].max().to_dict()
        browser.eval("document.querySelector('#views button[data-view=outliers]').click()")
        assert shown(browser) == int(records["outlier"].sum())


def set_value(browser, selector: str, value: str, event: str = "input") -> None:
    browser.eval(
        f"(e => {{ e.value = {json.dumps(value)}; e.dispatchEvent(new Event({json.dumps(event)})); }})"
        f"(document.querySelector({json.dumps(selector)}))"
    )


def test_review_a_record_is_corrected_exported_applied_and_becomes_gold(outdir, tmp_path):
    """The issue's browser test, on a small run (make bench times the page on Reuters): sort by value,
    filter to a currency and to 'needs review', search a word, open a record, mark it wrong with a
    corrected value, export corrections.jsonl; a second run gives the record corrected, and eval counts
    it as a gold case."""
    records = review_columns(classify(read_csv(outdir / "records.csv")))
    want = records[
        records["needs_review"] & (records["currency"] == "CAD") & records["sentence"].str.contains("dividend")
    ]
    assert len(want) >= 1
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    with Chromium(downloads) as browser:
        started = time.monotonic()
        browser.open((outdir / "report.html").resolve().as_uri())
        browser.wait("window.reportReady === true", timeout=30)
        browser.eval("document.querySelector('.tabulator-col[tabulator-field=v] .tabulator-col-title').click()")
        browser.eval("document.querySelector('.tabulator-col[tabulator-field=v] .tabulator-col-title').click()")
        values = browser.eval("window.reportTable.getData('active').map(r => r.v)")
        assert values == sorted(values, reverse=True) or values == sorted(values)
        set_value(browser, "#f-currency", "CAD", "change")
        browser.eval("document.querySelector('#views button[data-view=review]').click()")
        set_value(browser, "#f-search", "dividend")
        browser.wait(f"window.reportState().shown === {len(want)}", timeout=5)
        browser.eval("document.querySelector('.tabulator-row').click()")
        browser.wait("!document.getElementById('record').hidden", timeout=5)
        opened = browser.eval("document.getElementById('rec-title').textContent")
        row = want[want["doc_id"] + " · sentence " + want["sentence_id"] == opened.split(" · characters")[0]].iloc[0]
        assert browser.eval("document.querySelector('#rec-sentence mark').textContent") == row["mention"]
        set_value(browser, "#rec-form [name=value]", "0.12")
        set_value(browser, "#rec-form [name=note]", "twelve cents, not ten")
        browser.eval("document.getElementById('mark-correct').click()")
        browser.eval("document.getElementById('export').click()")
        browser.wait_event("Browser.downloadWillBegin", timeout=10)
        deadline = time.monotonic() + 10
        while not (downloads / "corrections.jsonl").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        seconds = time.monotonic() - started
    lines = (downloads / "corrections.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and seconds < USABLE_SECONDS, seconds
    mark = json.loads(lines[0])
    assert (mark["doc_id"], mark["start"], mark["mention"]) == (row["doc_id"], int(row["start"]), row["mention"])
    assert mark["verdict"] == "wrong" and mark["after"] == {"value": "0.12"} and mark["note"] == "twelve cents, not ten"
    assert mark["before"]["value"] == row["value"] and mark["timestamp"]

    second = tmp_path / "second"
    result = runner.invoke(
        app, ["run", str(ROOT / "corpus"), "--out", str(second), "--corrections", str(downloads / "corrections.jsonl")]
    )
    assert result.exit_code == 0, result.output
    again = read_csv(second / "records.csv").set_index(["doc_id", "start"])
    fixed = again.loc[(row["doc_id"], row["start"])]
    assert fixed["value"] == "0.12" and "corrected" in fixed["flags"].split("|")

    result = runner.invoke(
        app, ["eval", "--corrections", str(downloads / "corrections.jsonl"), "--gold-out", str(tmp_path / "gold")]
    )
    assert result.exit_code == 0 and result.output.startswith("1 gold cases"), result.output
    case = json.loads((tmp_path / "gold" / "corrections.jsonl").read_text())
    assert (0.12, "CAD") in [(a["value"], a["currency"]) for a in case["amounts"]]


def test_review_a_missed_amount_is_added_by_selecting_its_text(outdir, tmp_path):
    with Chromium(tmp_path) as browser:
        browser.open((outdir / "report.html").resolve().as_uri() + "#doc=wire-style-earnings.txt")
        browser.wait("window.reportReady === true", timeout=30)
        browser.eval("document.querySelector('.tabulator-row').click()")
        sentence = browser.eval("document.getElementById('rec-sentence').textContent")
        word = "quarterly"
        at = sentence.index(word)
        browser.eval(f"""(() => {{
            const el = document.getElementById('rec-sentence'), r = document.createRange();
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            let seen = 0, node, start = {at}, end = {at + len(word)};
            while ((node = walker.nextNode())) {{
              const len = node.textContent.length;
              if (seen <= start && start < seen + len) r.setStart(node, start - seen);
              if (seen < end && end <= seen + len) r.setEnd(node, end - seen);
              seen += len;
            }}
            const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
        }})()""")
        browser.eval("document.getElementById('rec-add').click()")
        assert "quarterly" in browser.eval("document.getElementById('rec-legend').textContent")
        set_value(browser, "#rec-form [name=value]", "7")
        set_value(browser, "#rec-form [name=currency]", "cad")
        browser.eval("document.getElementById('mark-missed').click()")
        marks = browser.eval("JSON.parse(localStorage.getItem(Object.keys(localStorage)[0]))")
    (mark,) = marks.values()
    assert mark["verdict"] == "missed" and mark["mention"] == word
    assert mark["after"] == {"value": "7", "currency": "CAD"}
    from pipeline.ingest import iter_articles

    text = next(a.text for a in iter_articles([ROOT / "corpus"], None) if a.doc_id == "wire-style-earnings.txt")
    assert text[mark["start"] : mark["end"]] == word
    assert mark["others"] and all(text[o["start"] : o["end"]] == o["mention"] for o in mark["others"])
