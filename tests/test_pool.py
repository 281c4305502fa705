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
