"""Never lose or falsify a result, and an operator's comforts (issue 19): inputs checked before
anything is written, one run per output folder, permissions, signals, a full disk, --incremental
against a broken state, formula escaping, review on hand-edited rows, exit codes."""

import errno
import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import ROOT
from pipeline.cli import app
from pipeline.export import output_lock
from pipeline.worker import FAULTS

runner = CliRunner()


def read(out, name="records.csv"):
    return pd.read_csv(out / name, dtype=str, keep_default_na=False)


@pytest.fixture
def done(tmp_path):
    """An input folder and an output folder holding a finished run."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("It paid $5 million.")
    (tmp_path / "in" / "b.txt").write_text("It paid $6 million.")
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(out), "-q"]).exit_code == 0
    return tmp_path / "in", out


def snapshot(out):
    return {p.name: p.read_bytes() for p in out.iterdir() if p.name != ".lock"}


def test_operations_a_mistyped_input_leaves_the_outputs(done):
    _, out = done
    before = snapshot(out)
    result = runner.invoke(app, ["run", str(out.parent / "nonexistent"), "--out", str(out), "-q"])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output and "nothing was written" in result.output
    assert snapshot(out) == before


def test_operations_no_article_warns_exits_1_and_leaves_the_outputs(done, tmp_path):
    _, out = done
    before = snapshot(out)
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["run", str(tmp_path / "empty"), "--out", str(out), "-q"])
    assert result.exit_code == 1 and "no article found" in result.output
    assert snapshot(out) == before


def test_operations_a_second_run_into_the_same_folder_is_refused(done):
    folder, out = done
    before = snapshot(out)
    with output_lock(out):
        result = runner.invoke(app, ["run", str(folder), "--out", str(out), "-q"])
    assert result.exit_code == 2 and f"process {os.getpid()}" in result.output
    assert snapshot(out) == before


def test_operations_outputs_follow_the_umask(tmp_path):
    (tmp_path / "a.txt").write_text("It paid $5 million.")
    old = os.umask(0o027)
    try:
        assert runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "-q"]).exit_code == 0
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "out").iterdir() if p.name != ".lock"}
    assert modes == dict.fromkeys(["records.csv", "mentions.csv", "errors.csv", "repaired.jsonl", "run.json"], 0o640)


def test_operations_stale_temp_files_are_removed_at_start(done):
    folder, out = done
    for name in (".records.csv.k2j4h5g6.tmp", ".run.json.abcdefgh.tmp", ".write-test"):
        (out / name).write_text("left by a killed run")
    (out / "notes.tmp").write_text("not ours")
    assert runner.invoke(app, ["run", str(folder), "--out", str(out), "-q"]).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == [
        ".lock",
        "errors.csv",
        "mentions.csv",
        "notes.tmp",
        "records.csv",
        "repaired.jsonl",
        "run.json",
    ]


def test_operations_a_full_disk_is_one_line_naming_the_file(done, monkeypatch):
    folder, out = done
    before = snapshot(out)

    import pipeline.export as export

    real = export.csv.writer

    class Full:  # the header fits; the first rows do not
        def __init__(self, fh):
            self.writer = real(fh)
            self.writerow = self.writer.writerow

        def writerows(self, rows):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export.csv, "writer", Full)
    result = runner.invoke(app, ["run", str(folder), "--out", str(out), "-q"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "records.csv" in lines[0] and "no space left" in lines[0] and "MB free" in lines[0]
    assert snapshot(out) == before


def test_operations_an_internal_error_has_its_own_exit_code(done, monkeypatch, tmp_path):
    folder, out = done
    before = snapshot(out)
    import pipeline.batch as batch

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(batch, "local_results", broken)
    log = tmp_path / "run.log"
    result = runner.invoke(app, ["run", str(folder), "--out", str(out), "-q", "--log-file", str(log)])
    assert result.exit_code == 3 and "internal error: RuntimeError: a bug" in result.output
    assert "Traceback" not in result.output and "Traceback" in log.read_text()
    assert snapshot(out) == before


def test_operations_sigterm_is_handled_like_ctrl_c(done):
    folder, out = done
    before = snapshot(out)
    (folder / "c.txt").write_text("__fault__:hang")
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(out), "-q", "--workers", "1"],
        cwd=ROOT,
        env={**os.environ, FAULTS: "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not any(p.name.endswith(".tmp") for p in out.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 143 and "interrupted (SIGTERM)" in err
    assert snapshot(out) == before  # no temp file left, outputs as they were


def test_operations_incremental_with_a_corrupt_state_warns_and_runs_in_full(done):
    folder, out = done
    for junk in (b"", b'{"hashes": {"a.txt"', b"\x00\xff\x10binary", b'{"format": "other", "hashes": []}'):
        (out / "state.json").write_bytes(junk)
        result = runner.invoke(app, ["run", str(folder), "--out", str(out), "-q", "--incremental"])
        assert result.exit_code == 0, result.output
        assert "every article is processed again" in result.output
        assert json.loads((out / "state.json").read_text())["format"].startswith("news-money-state")


def test_operations_incremental_restores_rows_deleted_by_hand(done):
    folder, out = done
    assert runner.invoke(app, ["run", str(folder), "--out", str(out), "-q", "--incremental"]).exit_code == 0
    full = (out / "records.csv").read_text()
    lines = full.splitlines(keepends=True)
    (out / "records.csv").write_text("".join(lines[:-1]))  # one row deleted
    result = runner.invoke(app, ["run", str(folder), "--out", str(out), "-q", "--incremental"])
    assert "changed since the run" in result.output
    assert (out / "records.csv").read_text() == full
    result = runner.invoke(app, ["run", str(folder), "--out", str(out), "--incremental"])
    assert "2 unchanged, reused" in result.output and (out / "records.csv").read_text() == full


def test_operations_every_string_cell_is_formula_escaped(tmp_path):
    (tmp_path / "=cmd.txt").write_text("Profit fell to minus 1.92 billion dlrs.")
    out = tmp_path / "out"
    runner.invoke(app, ["run", str(tmp_path / "=cmd.txt"), "--out", str(out), "-q"])
    mentions = read(out, "mentions.csv")
    assert mentions["normalised"].tolist() == ["'-1920000000 USD"]
    assert mentions["doc_id"].tolist() == ["'=cmd.txt"]
    assert read(out)["value"].tolist() == ["-1920000000"]  # a number keeps its sign


@pytest.mark.parametrize("command", ["review", "summary"])
def test_operations_review_names_the_file_and_line_of_a_bad_row(done, command):
    _, out = done
    lines = (out / "records.csv").read_text().splitlines(keepends=True)
    lines[2] = lines[2].replace("6000000", "abc", 1)
    lines.append("short,row\r\n")
    (out / "records.csv").write_text("".join(lines))
    result = runner.invoke(app, [command, str(out)])
    assert result.exit_code == 2
    assert f"{out / 'records.csv'}:3: value 'abc' is not a number" in result.output
    assert f"{out / 'records.csv'}:4: 2 cells" in result.output
    assert "Traceback" not in result.output


# ---- operator comforts ----


def test_operations_options_are_checked_before_any_input_is_read(tmp_path, monkeypatch):
    import pipeline.ingest as ingest

    def never(*args, **kwargs):
        raise AssertionError("inputs read before the options were checked")

    monkeypatch.setattr(ingest, "count_articles", never)
    monkeypatch.setattr(ingest, "iter_articles", never)
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "out"), "--engine", "spark"])
    assert result.exit_code == 2 and "'spark' is not one of 'local'," in result.output
    assert not (tmp_path / "out").exists()


def test_operations_a_missing_extra_is_one_line_with_the_install_command(tmp_path, monkeypatch):
    import pipeline.cli as cli

    monkeypatch.setattr(cli, "_has_dask", lambda: False)
    (tmp_path / "a.txt").write_text("It paid $5 million.")
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--engine", "dask"])
    assert result.exit_code == 2
    assert result.output.strip() == (
        "error: --engine dask needs Dask: pip install 'news-money-pipeline[dask]' (from a clone: pip install '.[dask]')"
    )


def test_operations_version_and_logging(tmp_path):
    from pipeline import __version__

    assert runner.invoke(app, ["--version"]).output.strip() == f"news-money-pipeline {__version__}"
    (tmp_path / "a.txt").write_text("It paid $5 million.")
    (tmp_path / "b.txt").write_bytes(b"")
    log = tmp_path / "run.log"
    result = runner.invoke(
        app, ["run", str(tmp_path), "--out", str(tmp_path / "out"), "-q", "--log-file", str(log), "--log-level", "info"]
    )
    assert result.exit_code == 1
    text = log.read_text()
    assert "INFO pipeline: input error:" in text and "b.txt" in text and "1 articles, 1 amounts, 1 errors" in text


@pytest.mark.parametrize(
    "date, order, expected",
    [
        ("Thu, 26 Feb 1987 15:01:01 GMT", None, "1987-02-26"),
        ("February 26, 1987", None, "1987-02-26"),
        ("26/02/1987", "dmy", "1987-02-26"),
        ("02/26/1987", "mdy", "1987-02-26"),
    ],
)
def test_operations_dates_in_common_forms(tmp_path, date, order, expected):
    (tmp_path / "w.jsonl").write_text(json.dumps({"id": "a", "text": "It paid $5 million last year.", "date": date}))
    out = tmp_path / "out"
    args = ["run", str(tmp_path / "w.jsonl"), "--out", str(out), "-q"] + (["--date-order", order] if order else [])
    assert runner.invoke(app, args).exit_code == 0
    assert read(out)["doc_date"].tolist() == [expected]


def test_operations_day_month_order_only_when_declared(tmp_path):
    (tmp_path / "w.jsonl").write_text(json.dumps({"id": "a", "text": "It paid $5 million.", "date": "03/04/1987"}))
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(tmp_path / "w.jsonl"), "--out", str(out), "-q"])
    assert result.exit_code == 1 and "--date-order dmy or mdy" in result.output
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(out), "-q", "--doc-date", "03/04/1987"])
    assert result.exit_code == 2 and "--doc-date" in result.output


def test_operations_toml_front_matter(tmp_path):
    (tmp_path / "a.md").write_text('+++\ntitle = "Seoul budget"\ndate = 2019-04-29\n+++\nIt will invest $5 million.')
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(tmp_path), "--out", str(out), "-q"]).exit_code == 0
    rows = read(out)
    assert rows["doc_date"].tolist() == ["2019-04-29"] and rows["start"].tolist() == ["15"]


def test_operations_crlf_offsets_count_in_the_text_with_lf(tmp_path):
    """The README's offset frame: a CRLF file's line ends are read as LF, and offsets count in that
    text (each earlier line break is one character, not two)."""
    raw = "Headline\r\n\r\nIt paid $5 million.\r\nThen $6 million.\r\n"
    (tmp_path / "a.txt").write_bytes(raw.encode())
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(tmp_path), "--out", str(out), "-q"]).exit_code == 0
    rows = read(out)
    text = raw.replace("\r\n", "\n")
    found = [text[int(s) : int(e)] for s, e in zip(rows["start"], rows["end"], strict=True)]
    assert found == ["$5 million", "$6 million"]
    assert rows["start"].tolist() == [str(text.index("$5")), str(text.index("$6"))]
