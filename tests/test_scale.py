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


@pytest.mark.parametrize("size, chars", [(64, 10**6), (3, 10**6), (64, 50)])
def test_scale_batches_are_bounded_and_keep_every_article_in_order(size, chars):
    from pipeline.ingest import Article
    from pipeline.worker import batches

    articles = [Article(f"a{i}", "x" * (10 * i), None) for i in range(20)]
    groups = list(batches(iter(articles), size=size, chars=chars))
    assert [a for g in groups for a in g] == articles
    for g in groups:
        assert len(g) <= size
        assert sum(len(a.text) for a in g[:-1]) < chars  # only the last article may go over


def test_scale_an_article_that_fails_in_a_batch_is_an_error_and_the_others_go_on(tmp_path, monkeypatch):
    import pipeline.worker as worker
    from pipeline.ingest import Article

    worker._init_worker(worker.RunOptions())
    real = worker._WORKER_NLP.make_doc

    class Failing:
        def __getattr__(self, name):
            return getattr(nlp, name)

        def make_doc(self, text):
            if "poison" in text:
                raise ValueError("cannot tokenize")
            return real(text)

    nlp = worker._WORKER_NLP
    monkeypatch.setattr(worker, "_WORKER_NLP", Failing())
    results = worker.process_batch(
        [
            Article("a", "It paid $5 million.", None),
            Article("b", "poison $6 million", None),
            Article("c", "It paid $7 million.", None),
        ]
    )
    assert [r[0] for r in results] == ["a", "b", "c"]
    assert [len(r[1]) for r in results] == [1, 0, 1]
    assert results[1][3] is not None and "cannot tokenize" in results[1][3].message


def test_scale_a_batch_runs_stage_by_stage_with_the_same_rows_and_a_failing_stage_stops_only_its_article(monkeypatch):
    import pipeline.worker as worker
    from pipeline.ingest import Article

    worker._init_worker(worker.RunOptions())
    nlp = worker._WORKER_NLP
    texts = [
        "Seoul will invest 10 trillion won in AI by 2023.",
        "No money here.",
        "It paid 20 mln dlrs for chip makers in 2019, up from 1.5 billion stg.",
        "Shr 10 cts vs 15 cts",
    ]
    articles = [Article(f"d{i}", t, "2019-04-29") for i, t in enumerate(texts)]
    alone = [worker.process_article(a)[1:3] for a in articles]  # each article through every stage in turn
    assert all(recs for recs, _ in alone[:1] + alone[2:])
    assert [r[1:3] for r in worker.process_batch(articles)] == alone

    linker = nlp.get_pipe("news_linker")
    real = type(linker).__call__

    def fails_on_stg(self, doc):
        if "stg" in doc.text:
            raise RuntimeError("linker broke")
        return real(self, doc)

    monkeypatch.setattr(type(linker), "__call__", fails_on_stg)
    results = worker.process_batch(articles)
    assert [r[0] for r in results] == ["d0", "d1", "d2", "d3"]
    assert results[2][3] is not None and "linker broke" in results[2][3].message and results[2][1] == []
    assert [r[1] for r in results[:2]] == [alone[0][0], alone[1][0]] and results[3][1] == alone[3][0]
    assert results[2][4] == 0


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
    from pipeline import engine_dask

    old = engine_dask.PARTITION_SIZE
    engine_dask.PARTITION_SIZE = 25
    try:
        run([archive], tmp_path / "dask", workers=2, engine="dask")
    finally:
        engine_dask.PARTITION_SIZE = old
    for name in ("records.csv", "mentions.csv"):
        assert (tmp_path / "dask" / name).read_text() == (tmp_path / "single" / name).read_text()
    parts = sorted(p.name for p in (tmp_path / "dask" / "partitions").glob("records-*.csv"))
    assert parts == [f"records-{n:05d}.csv" for n in range(4)]


def test_scale_rules_fingerprint_changes_with_the_rules(tmp_path):
    from pipeline.batch import rules_fingerprint

    (tmp_path / "lexicons").mkdir()
    (tmp_path / "money.py").write_text("RULE = 1\n")
    (tmp_path / "lexicons" / "scales.json").write_text('{"mln": 1000000}\n')
    (tmp_path / "notes.txt").write_text("not code")
    before = rules_fingerprint(tmp_path)
    assert rules_fingerprint(tmp_path) == before
    (tmp_path / "notes.txt").write_text("still not code")
    assert rules_fingerprint(tmp_path) == before
    (tmp_path / "lexicons" / "scales.json").write_text('{"mln": 1000001}\n')
    assert rules_fingerprint(tmp_path) != before


def test_scale_run_json_names_the_rules_that_made_it(tmp_path):
    import json

    from pipeline.batch import rules_fingerprint

    run([_archive(tmp_path / "in.jsonl", n=3)], tmp_path / "out")
    manifest = json.loads((tmp_path / "out" / "run.json").read_text())
    assert manifest["versions"]["rules"] == rules_fingerprint()[:16]


def test_scale_run_json_tells_the_setup_apart_from_the_duration(tmp_path, monkeypatch):
    """``make bench`` takes the rate over the duration less the setup, as the tokenizer line leaves
    out building ``spacy.blank("en")``."""
    import json

    import pipeline.worker as worker
    from pipeline.worker import RunOptions

    archive = _archive(tmp_path / "in.jsonl", n=3)
    monkeypatch.setattr(worker, "_WORKER_NLP", None)  # no pipeline built yet in this process
    monkeypatch.setattr(worker, "_WORKER_OPTIONS", None)
    run([archive], tmp_path / "built", options=RunOptions(convert_to="EUR"))
    built = json.loads((tmp_path / "built" / "run.json").read_text())
    assert 0 < built["setup_seconds"] < built["duration_seconds"]
    run([archive], tmp_path / "kept", options=RunOptions(convert_to="EUR"))  # the same options: kept
    assert json.loads((tmp_path / "kept" / "run.json").read_text())["setup_seconds"] == 0


def test_scale_the_tokenizer_keeps_a_news_archive_in_its_cache_and_splits_words_the_same(nlp):
    import spacy

    from pipeline.nlp import TOKENIZER_CACHE

    blank = spacy.blank("en")
    assert nlp.tokenizer.max_cache_size >= TOKENIZER_CACHE > blank.tokenizer.max_cache_size
    text = 'Korea\'s KRW 20 trillion-won (U.S.$17 bln) plan, e.g. "big Data AI"; 10 cts/share in 1987-88.'
    for _ in range(2):  # the second pass reads the cache
        assert [t.text for t in nlp.make_doc(text)] == [t.text for t in blank(text)]


def test_scale_the_rates_are_read_while_the_pipeline_is_built_so_forked_workers_share_them(monkeypatch):
    import pipeline.worker as worker
    from pipeline import fx
    from pipeline.worker import RunOptions

    for options, loaded in ((RunOptions(convert_to=None), 0), (RunOptions(convert_to="USD"), 1)):
        monkeypatch.setattr(worker, "_WORKER_NLP", None)
        fx._converter.cache_clear()
        worker._init_worker(options)
        assert fx._converter.cache_info().currsize == loaded


@pytest.mark.parametrize(
    "spans, start, end, overlaps",
    [
        ([], 0, 5, False),
        ([(10, 20)], 0, 10, False),  # touching is not overlapping
        ([(10, 20)], 20, 25, False),
        ([(10, 20)], 19, 25, True),
        ([(10, 20)], 5, 11, True),
        ([(0, 100), (10, 12)], 50, 60, True),  # inside a long span that starts first
        ([(30, 40), (0, 5)], 10, 20, False),  # given out of order
        ([(30, 40), (0, 5)], 4, 31, True),
    ],
)
def test_scale_taken_spans_answer_overlap_by_bisection(spans, start, end, overlaps):
    from pipeline.money.article import Taken

    assert Taken(spans).overlaps(start, end) is overlaps
    assert overlaps is any(s < end and start < e for s, e in spans)  # the pairwise check it replaces


@pytest.mark.parametrize(
    "starts_ends, k, s1, last",
    [
        ([(0, 5)], 0, 10, 5),
        ([(0, 5), (6, 9), (12, 15)], 0, 10, 9),  # the third amount is in the next sentence
        ([(0, 5), (6, 9), (12, 15)], 2, 20, 15),
        ([(0, 8), (2, 4)], 0, 10, 8),  # a nested amount ends before the outer one
    ],
)
def test_scale_sentence_last_end_walks_only_its_sentence(starts_ends, k, s1, last):
    from pipeline.kinds import sentence_last_end

    infos = [{"start": s, "end": e} for s, e in starts_ends]
    assert sentence_last_end(infos, k, s1) == last


@pytest.mark.parametrize(
    "text, actor, label",
    [
        ("South Korea will invest 10 trillion won in AI.", "South Korea", "GPE"),
        ("Seoul will invest 10 trillion won in AI.", "Seoul", "GPE"),
        ("Hyundai will invest 10 trillion won in AI.", "Hyundai", "ACTOR"),
    ],
)
def test_scale_actor_labels_come_from_the_places_read_once_per_doc(nlp, text, actor, label):
    from pipeline.records import actor_label, place_texts

    places = place_texts(nlp(text))
    assert actor_label(actor, text.index(actor), places) == label
    assert actor_label(actor, text.index(actor) + 1, places) == "ACTOR"  # a place must start there
