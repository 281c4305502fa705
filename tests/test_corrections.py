"""A reviewer's corrections: applied by `run --corrections`, turned into gold cases by `eval --corrections`,
shown by `review --corrections`; a correction whose article text changed is reported, not applied."""

import json
import shutil

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import ROOT
from pipeline.batch import run
from pipeline.cli import app
from pipeline.corrections import CorrectionError, Corrector, read_corrections
from pipeline.export import COLUMNS, csv_rows
from pipeline.review.data import read_csv
from test_gold import read_gold

runner = CliRunner()
DOC = "wire-style-earnings.txt"


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    out = tmp_path_factory.mktemp("plain")
    run([ROOT / "corpus"], out)
    return read_csv(out / "records.csv")


def correction(row: pd.Series, verdict: str, after=None, **extra) -> dict:
    start = int(row["start"]) - row["sentence"].find(row["mention"])
    return {
        "doc_id": row["doc_id"],
        "start": int(row["start"]),
        "end": int(row["end"]),
        "mention": row["mention"],
        "verdict": verdict,
        "after": after,
        "note": "test",
        "timestamp": "2026-11-30T10:00:00Z",
        "sentence": row["sentence"],
        "sentence_id": int(row["sentence_id"]),
        "sentence_start": start,
        "doc_date": row["doc_date"],
        "inputs": [str(ROOT / "corpus")],
        "before": {
            "value": row["value"],
            "currency": row["currency"],
            "qualifier": row["qualifier"],
            "per": row["per"],
            "sectors": [s for s in row["sectors"].split("|") if s],
            "years": [int(y) for y in row["years"].split("|") if y],
        },
        **extra,
    }


@pytest.fixture(scope="module")
def corrections(first, tmp_path_factory):
    rows = first[first["doc_id"] == DOC].reset_index(drop=True)
    by_mention = dict(rows.set_index("mention", drop=False).iterrows())
    lead = by_mention["5.2 mln"]
    sentence, s0 = lead["sentence"], int(lead["start"]) - lead["sentence"].find("5.2 mln")
    word = "quarterly"
    missed = {
        "doc_id": DOC,
        "start": s0 + sentence.index(word),
        "end": s0 + sentence.index(word) + len(word),
        "mention": word,
        "verdict": "missed",
        "after": {"value": "7", "currency": "CAD"},
        "note": "",
        "timestamp": "2026-11-30T10:01:00Z",
        "sentence": sentence,
        "sentence_id": int(lead["sentence_id"]),
        "sentence_start": s0,
        "doc_date": lead["doc_date"],
        "before": None,
        "others": [
            {
                "start": int(r["start"]),
                "end": int(r["end"]),
                "mention": r["mention"],
                "value": r["value"],
                "currency": r["currency"],
            }
            for _, r in rows.iterrows()
            if r["sentence"] == sentence
        ],
    }
    stale = {**correction(by_mention["1.5 billion stg"], "right"), "mention": "1.6 billion stg"}
    lines = [
        correction(lead, "wrong", {"value": "5300000"}),
        correction(by_mention["4.8 mln dlrs"], "right"),
        correction(by_mention["2.5 billion marks"], "wrong"),
        missed,
        stale,
    ]
    path = tmp_path_factory.mktemp("corr") / "corrections.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corrected(corrections, tmp_path_factory):
    out = tmp_path_factory.mktemp("corrected")
    result = runner.invoke(app, ["run", str(ROOT / "corpus"), "--out", str(out), "--corrections", str(corrections)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_run_applies_corrections(first, corrected):
    out, output = corrected
    after = read_csv(out / "records.csv")
    mine = after[after["doc_id"] == DOC].set_index("mention")
    assert mine.loc["5.2 mln", "value"] == "5300000" and "corrected" in mine.loc["5.2 mln", "flags"].split("|")
    assert "confirmed" in mine.loc["4.8 mln dlrs", "flags"].split("|")
    assert "2.5 billion marks" not in mine.index
    assert mine.loc["quarterly", "value"] == "7" and mine.loc["quarterly", "currency"] == "CAD"
    assert mine.loc["quarterly", "flags"].split("|") == ["corrected", "fx_out_of_range"]
    assert list(after.columns) == COLUMNS
    others = first[first["doc_id"] != DOC].reset_index(drop=True)
    pd.testing.assert_frame_equal(after[after["doc_id"] != DOC].reset_index(drop=True), others)
    assert after[after["doc_id"] == DOC]["start"].astype(int).is_monotonic_increasing
    report = json.loads((out / "run.json").read_text())["corrections"]
    assert (report["corrected"], report["confirmed"], report["removed"], report["added"]) == (1, 1, 1, 1)
    assert [s["mention"] for s in report["stale"]] == ["1.6 billion stg"]
    assert "1 not applied" in output


def test_run_corrections_are_idempotent_under_incremental(corrections, corrected, tmp_path):
    out, _ = corrected
    for _ in range(2):
        result = runner.invoke(
            app,
            ["run", str(ROOT / "corpus"), "--out", str(tmp_path), "--incremental", "--corrections", str(corrections)],
        )
        assert result.exit_code == 0, result.output
        assert (tmp_path / "records.csv").read_bytes() == (out / "records.csv").read_bytes()
    result = runner.invoke(app, ["run", str(ROOT / "corpus"), "--out", str(tmp_path), "--incremental"])
    plain = tmp_path.parent / "plain"
    run([ROOT / "corpus"], plain)
    assert (tmp_path / "records.csv").read_bytes() == (plain / "records.csv").read_bytes()


def test_corrections_apply_to_rows_sent_as_lists(first, corrections):
    """Pool workers send rows as lists in COLUMNS order."""
    corrector = Corrector(corrections)
    from pipeline.ingest import iter_articles

    for article in iter_articles([ROOT / "corpus"], None):
        corrector.note(article)
    rows = first[first["doc_id"] == DOC].to_dict("records")
    out = corrector.apply(DOC, csv_rows(rows, COLUMNS), COLUMNS)
    assert [r["mention"] for r in out if "corrected" in r["flags"]] == ["5.2 mln", "quarterly"]


def test_corrections_file_problems_are_named(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "a", "start": 1, "end": 2, "mention": "x", "verdict": "maybe"}\n')
    with pytest.raises(CorrectionError, match="line 1: verdict 'maybe'"):
        read_corrections(bad)
    bad.write_text(
        '{"doc_id": "a", "start": 1, "end": 2, "mention": "x", "verdict": "wrong", "after": {"value": "1,5"}}\n'
    )
    with pytest.raises(CorrectionError, match="plain decimal"):
        read_corrections(bad)
    result = runner.invoke(app, ["run", str(ROOT / "corpus"), "--out", str(tmp_path / "o"), "--corrections", str(bad)])
    assert result.exit_code == 2 and "plain decimal" in result.output


def test_eval_turns_corrections_into_gold_cases(corrections, tmp_path):
    result = runner.invoke(app, ["eval", "--corrections", str(corrections), "--gold-out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    cases, problems, links = read_gold(tmp_path / "corrections.jsonl")
    assert not problems and not links
    assert len(cases) == 2  # one per sentence: "1.5 billion stg" and "2.5 billion marks" share one
    lead = next(c for c in cases if "quarterly" in c["text"])
    assert sorted((a["value"], a["currency"]) for a in lead["amounts"]) == sorted(
        [(5300000.0, "CAD"), (4800000.0, "CAD"), (0.1, "CAD"), (7.0, "CAD")]
    )
    assert lead["text"][lead["amounts"][0]["start"] : lead["amounts"][0]["end"]] == lead["amounts"][0]["mention"]
    known = json.loads((tmp_path / "known_misses.json").read_text())
    assert lead["id"] in known and "5300000 CAD" in known[lead["id"]]
    assert "2 gold cases" in result.output and "wrong today" in result.output
    again = runner.invoke(app, ["eval", "--corrections", str(corrections), "--gold-out", str(tmp_path)])
    assert again.exit_code == 0 and len(read_gold(tmp_path / "corrections.jsonl")[0]) == 2


def test_review_shows_records_a_corrections_file_touched(corrected, corrections, tmp_path):
    out, _ = corrected
    shutil.copy(out / "records.csv", tmp_path / "records.csv")
    result = runner.invoke(app, ["review", str(tmp_path), "--corrections", str(corrections)])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "records of this run touched" in page
    from test_review import page_data

    touched = page_data(page)["touched"]
    assert sorted(t["status"] for t in touched.values()) == ["missed", "right", "stale", "wrong"]


def test_review_finds_the_corrections_file_the_run_applied(corrected):
    out, _ = corrected
    result = runner.invoke(app, ["review", str(out)])
    assert result.exit_code == 0, result.output
    from test_review import page_data

    assert len(page_data((out / "report.html").read_text(encoding="utf-8"))["touched"]) == 4
