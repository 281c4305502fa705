"""End to end: the CLI on a temporary folder with a text article and a JSONL archive."""

import gzip
import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.export import COLUMNS

runner = CliRunner()


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "korea.md").write_text(
        "---\ndate: 2019-04-29\n---\nSeoul will invest 10 trillion won in AI by 2023.\n", encoding="utf-8"
    )
    (folder / "notes.csv").write_text("ignored,file\n")
    rows = [
        {"id": "r-1", "date": "1987-03-02", "title": "T", "text": "Profit rose to 20 mln dlrs this year."},
        {"id": "r-2", "text": "Sales were 1.5 billion stg."},
        {"id": "r-3", "date": "1987-03-02", "title": "ACME CANADA LTD YEAR NET", "text": "Net 3.2 mln dlrs."},
    ]
    archive = tmp_path / "wire.jsonl.gz"
    with gzip.open(archive, "wt", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    return folder, archive


def test_cli_run_writes_records_mentions_and_manifest(tmp_path, inputs):
    folder, archive = inputs
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(folder), str(archive), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    records = pd.read_csv(out / "records.csv", dtype=str, keep_default_na=False)
    assert list(records.columns[: len(COLUMNS)]) == COLUMNS
    assert records[["doc_id", "value", "currency", "years"]].values.tolist() == [
        ["sub/korea.md", "10000000000000", "KRW", "2023"],
        ["r-1", "20000000", "USD", "1987"],
        ["r-2", "1500000000", "GBP", ""],
        ["r-3", "3200000", "CAD", ""],  # the title names Canada: its bare dollars are Canadian
    ]
    mentions = pd.read_csv(out / "mentions.csv", dtype=str, keep_default_na=False)
    assert {"money", "sector", "year"} <= set(mentions["kind"])
    manifest = json.loads((out / "run.json").read_text())
    assert manifest["counts"]["articles"] == 4 and manifest["counts"]["records"] == 4
    assert "spacy" in manifest["versions"]


def test_cli_run_with_two_workers_gives_the_same_records(tmp_path, inputs):
    folder, archive = inputs
    one, two = tmp_path / "one", tmp_path / "two"
    assert runner.invoke(app, ["run", str(folder), str(archive), "--out", str(one), "-q"]).exit_code == 0
    assert (
        runner.invoke(app, ["run", str(folder), str(archive), "--out", str(two), "-q", "--workers", "2"]).exit_code == 0
    )
    assert (one / "records.csv").read_text() == (two / "records.csv").read_text()


def test_cli_doc_date_resolves_relative_years(tmp_path):
    (tmp_path / "a.txt").write_text("It spent 5 mln dlrs this year.")
    out = tmp_path / "out"
    assert (
        runner.invoke(
            app, ["run", str(tmp_path / "a.txt"), "--out", str(out), "--doc-date", "2020-01-02", "-q"]
        ).exit_code
        == 0
    )
    records = pd.read_csv(out / "records.csv", dtype=str, keep_default_na=False)
    assert records["years"].tolist() == ["2020"]


def test_cli_bad_doc_date_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path), "--doc-date", "yesterday"])
    assert result.exit_code == 2
    assert "not a date" in result.output


def test_cli_bad_input_is_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("It paid $5 million.")
    (tmp_path / "bad.txt").write_text("---\ndate: someday\n---\nIt paid $6 million.")
    (tmp_path / "wire.jsonl").write_text('{"id": "x", "text": "3 bln yen"}\nnot json\n{"id": "y"}\n')
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(out), "-q"])
    assert result.exit_code == 1
    errors = pd.read_csv(out / "errors.csv", dtype=str, keep_default_na=False)
    assert sorted(errors["kind"]) == ["bad_date", "bad_json", "no_text"]
    assert any("wire.jsonl:2" in m for m in errors["message"])
    records = pd.read_csv(out / "records.csv", dtype=str, keep_default_na=False)
    assert sorted(records["value"]) == ["3000000000", "5000000"]


@pytest.mark.parametrize("command", ["run", "eval"])
def test_cli_help_explains_options_with_examples(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_cli_csv_cells_are_spreadsheet_safe(tmp_path):
    (tmp_path / "a.txt").write_text("=HYPERLINK(1) It paid $5 million.")
    out = tmp_path / "out"
    runner.invoke(app, ["run", str(tmp_path), "--out", str(out), "-q"])
    records = pd.read_csv(out / "records.csv", dtype=str, keep_default_na=False)
    assert records["sentence"][0].startswith("'=")


def test_cli_components_work_in_a_users_own_pipeline():
    import spacy

    nlp = spacy.blank("en")
    for name in ("news_sentences", "news_money", "news_sectors", "news_years", "news_linker"):
        nlp.add_pipe(name)  # found through the spacy_factories entry points
    doc = nlp("Seoul will invest 10 trillion won in AI by 2023.")
    (span,) = doc.spans["money"]
    assert span._.money["value"] == "10000000000000"
    assert span._.links["sectors"] == ["artificial_intelligence"]
    assert nlp.analyze_pipes()["problems"] == {name: [] for name in nlp.pipe_names}


def test_cli_bad_sector_taxonomy_is_a_usage_error(tmp_path):
    bad = tmp_path / "sectors.jsonl"
    bad.write_text('{"id": "space", "forms": ["space"], "colour": "red"}\n')
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "out"), "--sectors", str(bad)])
    assert result.exit_code == 2
    assert "sectors.jsonl:1" in result.output and "unknown keys" in result.output


def test_cli_own_sector_taxonomy_is_used(tmp_path):
    own = tmp_path / "sectors.jsonl"
    own.write_text(
        '{"id": "space", "label": "Space", "group": "industrials", "isic": ["30"], "forms": ["space industry"]}\n'
    )
    (tmp_path / "a.txt").write_text("Seoul will invest 1 trillion won in the space industry.")
    out = tmp_path / "out"
    assert (
        runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--out", str(out), "--sectors", str(own), "-q"]).exit_code
        == 0
    )
    records = pd.read_csv(out / "records.csv", dtype=str, keep_default_na=False)
    assert records[["sectors", "isic"]].values.tolist() == [["space", "30"]]
