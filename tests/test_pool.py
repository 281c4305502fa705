"""A pool that survives its workers (issue 19): a worker killed or stuck mid-run is replaced, its
batch is sent again once and then article by article, and the run ends with every article
reported, in input order."""

import multiprocessing as mp
import os
import signal
import time

import pandas as pd
import pytest

import pipeline.engine_local as engine_local
from pipeline.batch import run
from pipeline.worker import FAULTS, RunOptions


def read(out, name="records.csv"):
    return pd.read_csv(out / name, dtype=str, keep_default_na=False)


def _inputs(folder, n, faults=()):
    folder.mkdir()
    for i in range(n):
        text = faults[i] if i in faults else f"Article {i} says it paid ${i + 1} million."
        (folder / f"{i:03d}.txt").write_text(text)
    return folder


@pytest.fixture
def faults(monkeypatch):
    monkeypatch.setenv(FAULTS, "1")


def test_pool_an_article_that_kills_its_worker_is_reported_and_the_rest_is_written(tmp_path, faults):
    folder = _inputs(tmp_path / "in", 80, {37: "__fault__:exit with $5 million"})
    started = time.perf_counter()
    summary = run([folder], tmp_path / "out", workers=2)
    assert time.perf_counter() - started < 60
    assert [(e.doc, e.kind) for e in summary.errors] == [("037.txt", "worker_died")]
    assert "037.txt" in summary.errors[0].message and "exit code 9" in summary.errors[0].message
    rows = read(tmp_path / "out")
    assert rows["doc_id"].tolist() == [f"{i:03d}.txt" for i in range(80) if i != 37]  # input order
    assert rows["value"].tolist() == [str((i + 1) * 10**6) for i in range(80) if i != 37]


def test_pool_a_stuck_worker_is_stopped_and_its_article_reported(tmp_path, faults, monkeypatch):
    monkeypatch.setattr(engine_local, "GRACE", 0.5)  # a batch's deadline: 2 x 0.3 s + 0.5 s
    folder = _inputs(tmp_path / "in", 40, {5: "__fault__:hang"})
    started = time.perf_counter()
    summary = run([folder], tmp_path / "out", workers=2, options=RunOptions(article_timeout=0.3))
    assert time.perf_counter() - started < 30
    assert [(e.doc, e.kind) for e in summary.errors] == [("005.txt", "timeout")]
    assert len(read(tmp_path / "out")) == 39


def test_pool_a_worker_killed_from_outside_mid_run_loses_nothing(tmp_path):
    folder = _inputs(tmp_path / "in", 600)
    killed = []

    def progress(articles, amounts):
        if not killed and articles >= 64:
            victim = mp.active_children()[0]
            os.kill(victim.pid, signal.SIGKILL)  # as the OOM killer would
            killed.append(victim.pid)

    started = time.perf_counter()
    summary = run([folder], tmp_path / "out", workers=2, progress=progress)
    assert killed and time.perf_counter() - started < 60
    assert summary.errors == [] and summary.articles == 600
    assert read(tmp_path / "out")["doc_id"].tolist() == [f"{i:03d}.txt" for i in range(600)]
    assert not [p for p in mp.active_children() if p.pid in killed]


def _free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.skipif(
    not (os.environ.get("CI") or os.environ.get("NEWS_MONEY_SLOW_TESTS")),
    reason="about 20 s (a cluster started from the command line): in CI, or with NEWS_MONEY_SLOW_TESTS=1",
)
def test_pool_dask_cluster_started_by_its_command_line_survives_a_dying_worker(tmp_path, monkeypatch):
    """A scheduler and two workers started with `dask` on 127.0.0.1; an article kills the worker
    that runs it (its nanny starts it again): the run ends with that article reported."""
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    import shutil
    import subprocess
    import sys

    import pipeline.engine_dask as engine_dask

    dask = shutil.which("dask") or str(__import__("pathlib").Path(sys.executable).parent / "dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {
        **os.environ,
        FAULTS: "1",
        "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0",
        "PYTHONPATH": str(__import__("conftest").ROOT),
    }
    procs = [
        subprocess.Popen(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    try:
        for _ in range(2):
            procs.append(
                subprocess.Popen(
                    [dask, "worker", address, "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard"],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        from dask.distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
        monkeypatch.setattr(engine_dask, "PARTITION_SIZE", 10)
        folder = _inputs(tmp_path / "in", 40, {13: "__fault__:exit"})
        started = time.perf_counter()
        summary = run([folder], tmp_path / "out", engine="dask", scheduler=address)
        assert time.perf_counter() - started < 60
        assert [(e.doc, e.kind) for e in summary.errors] == [("013.txt", "worker_died")]
        assert read(tmp_path / "out")["doc_id"].tolist() == [f"{i:03d}.txt" for i in range(40) if i != 13]
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
