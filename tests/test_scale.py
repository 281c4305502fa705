"""Batch behaviour at scale: workers, incremental runs, the Dask engine."""

import json

import pytest
from typer.testing import CliRunner

from pipeline.batch import run
from pipeline.cli import app

runner = CliRunner()


def _archive(path, n=80, change=None):
    with open(path, "w") as fh:
        for i in range(n):
            text = f"Firm {i} will invest {i + 1} billion won in chips by 2025 and {i + 2} mln dlrs in AI."
            if change and i in change:
                text = f"Firm {i} changed its plan to {i + 7} trillion won."
            fh.write(json.dumps({"id": f"a{i:03d}", "date": "2019-04-29", "text": text}) + "\n")
    return path


def test_scale_workers_keep_input_order_and_equal_records(tmp_path):
    archive = _archive(tmp_path / "in.jsonl")
    run([archive], tmp_path / "one", workers=1)
    run([archive], tmp_path / "two", workers=2)
    assert (tmp_path / "one" / "records.csv").read_text() == (tmp_path / "two" / "records.csv").read_text()
    assert (tmp_path / "one" / "mentions.csv").read_text() == (tmp_path / "two" / "mentions.csv").read_text()


def test_scale_incremental_reprocesses_only_changed_articles(tmp_path):
    archive = _archive(tmp_path / "in.jsonl")
    out = tmp_path / "inc"
    first = run([archive], out, incremental=True)
    assert first.reused == 0
    _archive(archive, change={3, 40})
    second = run([archive], out, incremental=True)
    assert second.reused == 78 and second.articles == 80
    full = tmp_path / "full"
    run([archive], full)
    for name in ("records.csv", "mentions.csv"):
        assert (out / name).read_text() == (full / name).read_text()


def test_scale_incremental_through_the_cli(tmp_path):
    archive = _archive(tmp_path / "in.jsonl", n=5)
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(archive), "--out", str(out), "--incremental"]).exit_code == 0
    result = runner.invoke(app, ["run", str(archive), "--out", str(out), "--incremental"])
    assert result.exit_code == 0 and "5 unchanged, reused" in result.output


def test_scale_dask_local_cluster_equals_single_process(tmp_path):
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    archive = _archive(tmp_path / "in.jsonl", n=90)
    run([archive], tmp_path / "single", workers=1)
    from pipeline import distributed

    old = distributed.PARTITION_SIZE
    distributed.PARTITION_SIZE = 25
    try:
        run([archive], tmp_path / "dask", workers=2, engine="dask")
    finally:
        distributed.PARTITION_SIZE = old
    for name in ("records.csv", "mentions.csv"):
        assert (tmp_path / "dask" / name).read_text() == (tmp_path / "single" / name).read_text()
    parts = sorted(p.name for p in (tmp_path / "dask" / "partitions").glob("records-*.csv"))
    assert parts == [f"records-{n:05d}.csv" for n in range(4)]
