"""Damaged text is repaired before extraction, flagged, and written out for the offsets."""

import csv
import json

import pytest
from typer.testing import CliRunner

from pipeline import extract
from pipeline.cli import app
from pipeline.repair import repair_text


@pytest.mark.parametrize(
    "damaged, clean, changed",
    [
        ("a \u00c2\u00a33.9bn deal", "a £3.9bn deal", True),  # the BBC corpus's pound sign
        ("5.65bn euros ($7.4bn; \u00c2\u00a33.9bn)", "5.65bn euros ($7.4bn; £3.9bn)", True),
        ("It cost \u00e2\u0082\u00ac5m", "It cost €5m", True),  # a euro sign read as cp1252
        ("“quoted” and café", "“quoted” and café", False),  # clean non-ASCII text stays as it is
        ("20 mln dlrs", "20 mln dlrs", False),
    ],
)
def test_repair_text_fixes_mojibake_only(damaged, clean, changed):
    assert repair_text(damaged) == (clean, changed)


def test_repair_extract_reads_damaged_pounds():
    records = extract("Novartis paid \u00c2\u00a33.9bn for Hexal.", as_text=True)
    assert [(r["value"], r["currency"], r["mention"]) for r in records] == [("3900000000", "GBP", "£3.9bn")]
    assert "text_repaired" in records[0]["flags"].split("|")


def test_repair_run_writes_the_repaired_text_the_offsets_refer_to(tmp_path):
    archive = tmp_path / "news.jsonl"
    lines = [
        {"id": "bbc-1", "text": "Crossrail The \u00c2\u00a310bn plan goes ahead."},
        {"id": "bbc-2", "text": "Clean text: 20 mln dlrs."},
    ]
    archive.write_text("".join(json.dumps(a) + "\n" for a in lines), encoding="utf-8")
    out = tmp_path / "out"
    done = CliRunner().invoke(app, ["run", str(archive), "--out", str(out)])
    assert done.exit_code == 0, done.output
    texts = {r["doc_id"]: r["text"] for r in map(json.loads, (out / "repaired.jsonl").read_text().splitlines())}
    assert list(texts) == ["bbc-1"]  # only the repaired article
    rows = list(csv.DictReader((out / "records.csv").open(encoding="utf-8")))
    first = next(r for r in rows if r["doc_id"] == "bbc-1")
    assert (first["value"], first["currency"]) == ("10000000000", "GBP")
    assert texts["bbc-1"][int(first["start"]) : int(first["end"])] == first["mention"] == "£10bn"
    second = next(r for r in rows if r["doc_id"] == "bbc-2")
    assert "text_repaired" in first["flags"] and "text_repaired" not in second["flags"]
