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

pytestmark = pytest.mark.skipif(chromium_path() is None,
                                reason="Chromium is not installed (Debian package chromium); browser test skipped")
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
        browser.eval(f"(s => {{ s.value = {json.dumps(currency)}; s.dispatchEvent(new Event('change')); }})"
                     "(document.getElementById('f-currency'))")
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
