"""Typed outputs: `run --format parquet,sqlite` and `pipeline.read_records(OUT)`, the same frame from each source."""

import csv
import sqlite3
from decimal import Decimal

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import ROOT
from pipeline import read_records
from pipeline.cli import app
from pipeline.export import COLUMNS
from pipeline.formats import parse_formats, write_formats

runner = CliRunner()


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("formats")
    result = runner.invoke(
        app, ["run", str(ROOT / "corpus"), "--out", str(out), "--format", "parquet", "--format", "sqlite"]
    )
    assert result.exit_code == 0, result.output
    return out


def test_formats_are_written_beside_the_csvs(out):
    for name in ("records.csv", "mentions.csv", "records.parquet", "mentions.parquet", "outputs.sqlite"):
        assert (out / name).exists(), name


def test_read_records_is_the_same_typed_frame_from_every_source(out):
    frames = [read_records(out, source) for source in ("parquet", "sqlite", "csv")]
    for frame in frames[1:]:
        pd.testing.assert_frame_equal(frames[0], frame)
    pd.testing.assert_frame_equal(read_records(out), frames[0])
    df = frames[0]
    assert list(df.columns) == COLUMNS
    raw = pd.read_csv(out / "records.csv", dtype=str, keep_default_na=False)
    assert df["value"].tolist() == [Decimal(v) for v in raw["value"]]
    assert df["start"].dtype == "int64" and df["sentence_id"].dtype == "int64"
    assert df["sectors"].tolist() == [s.split("|") if s else [] for s in raw["sectors"]]
    assert df["years"].tolist() == [[int(y) for y in s.split("|")] if s else [] for s in raw["years"]]
    assert str(df["doc_date"].dtype).startswith("datetime64")
    assert df["value_min"].isna().sum() == (raw["value_min"] == "").sum()


def test_flags_column_is_reached_with_brackets(out):
    df = read_records(out)
    assert not isinstance(df.flags, pd.Series)  # pandas' own DataFrame.flags
    assert isinstance(df["flags"].iloc[0], list)
    raw = pd.read_csv(out / "records.csv", dtype=str, keep_default_na=False)
    assumed = df["flags"].apply(lambda f: "currency_assumed" in f)
    assert assumed.sum() == raw["flags"].str.contains("currency_assumed").sum()


def test_sqlite_tables_are_typed_and_lists_are_json(out):
    with sqlite3.connect(out / "outputs.sqlite") as db:
        types = {row[1]: row[2] for row in db.execute("PRAGMA table_info(records)")}
        assert [types[c] for c in ("start", "value", "sectors", "doc_date")] == ["INTEGER", "TEXT", "TEXT", "DATE"]
        sectors = {s for (s,) in db.execute("SELECT j.value FROM records, json_each(records.sectors) AS j")}
        assert "semiconductors" in sectors
        assert {t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")} == {
            "records",
            "mentions",
            "errors",
        }


def test_typed_files_drop_the_spreadsheet_guard(tmp_path):
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        {
            "doc_id": "a",
            "sentence_id": "0",
            "start": "0",
            "end": "12",
            "mention": "'-$5 million",
            "value": "-5000000",
            "currency": "USD",
            "flags": "negative",
            "sentence": "'-$5 million, it said.",
        }
    )
    with open(tmp_path / "records.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, COLUMNS)
        writer.writeheader()
        writer.writerow(row)
    (tmp_path / "mentions.csv").write_text("doc_id,sentence_id,kind,start,end,mention,normalised,label\n")
    write_formats(tmp_path, ["parquet", "sqlite"])
    for source in ("parquet", "sqlite", "csv"):
        df = read_records(tmp_path, source)
        assert df.loc[0, "mention"] == "-$5 million" and df.loc[0, "value"] == Decimal("-5000000")
    assert pd.read_parquet(tmp_path / "mentions.parquet").empty


def test_bad_format_is_a_usage_error(tmp_path):
    with pytest.raises(ValueError, match="unknown format 'xlsx'"):
        parse_formats(["csv,xlsx"])
    result = runner.invoke(app, ["run", str(ROOT / "corpus"), "--out", str(tmp_path), "--format", "xlsx"])
    assert result.exit_code == 2 and "xlsx" in result.output


def test_read_records_prefers_a_typed_file_only_when_fresh(out, tmp_path):
    import shutil

    for name in ("records.csv", "records.parquet"):
        shutil.copy2(out / name, tmp_path / name)
    raw = pd.read_csv(tmp_path / "records.csv", dtype=str, keep_default_na=False)
    raw.head(1).to_csv(tmp_path / "records.csv", index=False)  # a newer run, with one record
    assert len(read_records(tmp_path)) == 1
    assert len(read_records(tmp_path, "parquet")) == len(raw)
