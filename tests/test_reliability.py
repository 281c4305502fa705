"""Bad input gets a clear error, the batch goes on, nothing already written is lost."""

import gzip
import json
import os

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pipeline import extract
from pipeline.batch import run
from pipeline.cli import app
from pipeline.ingest import Article, InputError, iter_articles
from pipeline.normalise import currency_code, normalise_amount, parse_number
from pipeline.repair import repair_text
from pipeline.worker import text_records

runner = CliRunner()


def read(out, name="records.csv"):
    return pd.read_csv(out / name, dtype=str, keep_default_na=False)


def test_reliability_encodings_are_decoded_and_flagged(tmp_path):
    text = "Le groupe a payé 5 millions d’euros… soit €5 million."
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes("It paid $5 million.".encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes("\ufeffIt paid $6 million.".encode("utf-8"))
    (tmp_path / "junk.txt").write_bytes(b"It paid \x81\x8d $7 million.")
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(tmp_path), "--out", str(out), "-q"]).exit_code == 0
    flags = dict(zip(read(out)["doc_id"], read(out)["flags"], strict=False))
    assert "encoding_cp1252" in flags["cp1252.txt"]
    assert "encoding_utf16" in flags["utf16.txt"]
    assert "encoding_utf8sig" in flags["bom.txt"]
    assert "encoding_latin1" in flags["junk.txt"] or "encoding_cp1252" in flags["junk.txt"]


@pytest.mark.parametrize(
    "name, data, kind",
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("archive.txt", gzip.compress(b"10 trillion won"), "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\t\n", "empty"),
    ],
)
def test_reliability_unusable_files_are_errors_and_the_batch_goes_on(tmp_path, name, data, kind):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("It paid $5 million.")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(out), "-q"])
    assert result.exit_code == 1
    errors = read(out, "errors.csv")
    assert errors[["doc", "kind"]].values.tolist() == [[name, kind]]
    assert name in errors["message"][0]
    assert read(out)["value"].tolist() == ["5000000"]


def test_reliability_long_single_line_is_processed_in_pieces():
    text = ("The fund paid 3 mln dlrs to the farm sector in 1986. " * 400).strip()
    records, mentions, _ = text_records(__import__("pipeline")._nlp(None), text, None, "long", size=1000)
    assert len(records) == 400
    assert all(text[r["start"] : r["end"]] == r["mention"] == "3 mln dlrs" for r in records)
    assert sorted({r["sentence_id"] for r in records}) == list(range(400))


def test_reliability_a_file_deleted_during_the_batch_is_an_error(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("It paid $5 million.")
    items = iter_articles([tmp_path])
    first = next(items)
    (tmp_path / "b.txt").unlink()
    rest = list(items)
    assert isinstance(first, Article)
    assert [type(i).__name__ for i in rest] == ["InputError", "Article"]
    assert rest[0].kind == "unreadable" and "b.txt" in rest[0].message


def test_reliability_symlink_loops_and_odd_names(tmp_path):
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    for name in ("with space.txt", "ünïcödé.md", "-leading-dash.txt"):
        (tmp_path / name).write_text("It paid $5 million.")
    items = list(iter_articles([tmp_path]))
    ok = sorted(i.doc_id for i in items if isinstance(i, Article))
    assert ok == ["-leading-dash.txt", "with space.txt", "ünïcödé.md"]
    assert [(i.doc, i.kind) for i in items if isinstance(i, InputError)] == [("dangling.txt", "unreadable")]


def test_reliability_jsonl_problems_name_file_and_line(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "It paid $5 million."}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": 42}),
        json.dumps({"id": "a", "text": "duplicate"}),
        json.dumps({"id": "d", "text": "x", "date": "soon"}),
        json.dumps({"id": "e", "text": "It paid $6 million."}),
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(path), "--out", str(out), "-q"]).exit_code == 1
    errors = read(out, "errors.csv")
    assert errors[["line", "kind"]].values.tolist() == [
        ["2", "bad_json"],
        ["3", "no_text"],
        ["4", "bad_text"],
        ["5", "duplicate_id"],
        ["6", "bad_date"],
    ]
    assert all(f"wire.jsonl:{n}" in m for n, m in zip(errors["line"], errors["message"], strict=False))
    assert read(out)["doc_id"].tolist() == ["a", "e"]


def test_reliability_truncated_gzip_keeps_what_was_read(tmp_path):
    data = gzip.compress(
        ("".join(json.dumps({"id": str(i), "text": "It paid $5 million."}) + "\n" for i in range(200))).encode()
    )
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = list(iter_articles([path]))
    assert isinstance(items[-1], InputError) and items[-1].kind == "truncated"
    assert "cut.jsonl.gz" in items[-1].message
    assert all(isinstance(i, Article) for i in items[:-1]) and items[:-1]


def test_reliability_output_folder_that_cannot_be_written_fails_before_work(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    (tmp_path / "a.txt").write_text("It paid $5 million.")
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--out", str(blocker / "out")])
    assert result.exit_code == 2
    assert "cannot write to output folder" in result.output


def test_reliability_interrupted_run_leaves_previous_outputs(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    for i in range(5):
        (tmp_path / "in" / f"{i}.txt").write_text(f"It paid ${i + 1} million.")
    out = tmp_path / "out"
    run([tmp_path / "in"], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    calls = {"n": 0}
    import pipeline.worker as worker

    real = worker.process_article

    def interrupted(article, doc=None):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(article, doc)

    monkeypatch.setattr(worker, "process_article", interrupted)
    (tmp_path / "in" / "9.txt").write_text("It paid $99 million.")
    with pytest.raises(KeyboardInterrupt):
        run([tmp_path / "in"], out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temp files, nothing half-written


def test_reliability_second_run_replaces_outputs_in_full(tmp_path):
    (tmp_path / "a.txt").write_text("It paid $5 million. It paid $6 million.")
    out = tmp_path / "out"
    run([tmp_path / "a.txt"], out)
    (tmp_path / "a.txt").write_text("It paid $7 million.")
    run([tmp_path / "a.txt"], out)
    assert read(out)["value"].tolist() == ["7000000"]


def test_reliability_quotes_and_newlines_round_trip_through_pandas(tmp_path):
    text = 'He said "we will pay\n$5 million, or more", then left.\n\n@home: +1 =2 costs 3 bln yen.'
    (tmp_path / "a.txt").write_text(text)
    out = tmp_path / "out"
    run([tmp_path / "a.txt"], out)
    rows = read(out)
    assert rows["mention"].tolist() == ["$5 million", "3 bln yen"]
    assert rows["sentence"][0] == 'He said "we will pay\n$5 million, or more", then left.'
    assert rows["sentence"][1].startswith("'@home")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_reliability_normaliser_never_raises(text):
    parse_number(text)
    currency_code(text)
    normalise_amount(text, [], text)
    normalise_amount("5", [text], "won")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_reliability_pipeline_never_crashes_and_offsets_slice(text):
    repaired, _ = repair_text(text)  # a repaired text's records point into the repaired text ("0\x80" -> "0€")
    for r in extract(text, date="2020-01-01"):
        source = repaired if "text_repaired" in r["flags"] else text
        assert source[r["start"] : r["end"]] == r["mention"]
        assert r["currency"] and r["value"] is not None


def test_reliability_50_mb_single_line_file(tmp_path):
    chunk = "lorem ipsum dolor sit amet " * 40000  # about 1 MB, no line break anywhere
    with open(tmp_path / "huge.txt", "w") as fh:
        for _ in range(47):
            fh.write(chunk + "It paid 5 mln dlrs. ")
    assert (tmp_path / "huge.txt").stat().st_size > 50_000_000
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(tmp_path), "--out", str(out), "-q"]).exit_code == 0
    rows = read(out)
    assert len(rows) == 47 and set(rows["mention"]) == {"5 mln dlrs"}
    text = (tmp_path / "huge.txt").read_text()
    assert all(text[int(s) : int(e)] == "5 mln dlrs" for s, e in zip(rows["start"], rows["end"], strict=False))
