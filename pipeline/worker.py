"""The per-process worker: what one process does with the articles it is given, whichever engine runs it.

It owns the run's options (``RunOptions``), the result of one article (``Result``), the pipeline
that each process builds once and keeps (``_init_worker``), and the functions the engines call in
that process: ``process_article`` (one article, never raises), ``process_batch`` (a few articles
tokenized together, each stage over all of them), ``batches`` (the grouping they are cut into),
``_pool_batch`` (a process pool's task) and ``process_partition`` (a Dask task). ``text_records``
(one text: annotated by ``annotate``, made into rows by ``records``) is also what
``pipeline.extract`` runs. It knows nothing of the run's inputs, outputs or engines.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Doc

from .annotate import MAX_CHUNK, annotate_batch, annotate_text, start_doc
from .export import COLUMNS, MENTION_COLUMNS, csv_rows
from .ingest import Article, InputError
from .records import pieces_records

BATCH_ARTICLES, BATCH_CHARS = 64, 1_000_000  # articles tokenized together (bounded: the run streams)


@dataclass
class RunOptions:
    model: str | None = None
    taxonomy: str | None = None
    extend_taxonomy: bool = True
    convert_to: str | None = "USD"  # reference currency; None: no conversion
    fx_date: str | None = None  # one rate date for all articles


Result = tuple[str, list[dict], list[dict], "InputError | None", int]

_WORKER_NLP = None
_WORKER_OPTIONS: RunOptions | None = None
_SETUP_SECONDS = 0.0  # spent building pipelines in this process (run.json's setup_seconds)


def text_records(nlp, text: str, date: str | None, doc_id: str, size: int = MAX_CHUNK,
                 doc: Doc | None = None) -> tuple[list[dict], list[dict], int]:
    """(records, mentions, tokens) of one text, annotated in pieces when it is long (``annotate_text``).

    ``doc``: the text's Doc, already through the pipeline (``annotate_batch``), when the caller
    has made it (a text of one piece)."""
    from .sectors import sector_isic

    isic = sector_isic(nlp)
    return pieces_records(annotate_text(nlp, text, date, size, doc), doc_id, isic)


def setup_seconds() -> float:
    """Seconds spent so far in this process building pipelines (``_init_worker``)."""
    return _SETUP_SECONDS


def _init_worker(options: RunOptions) -> None:
    """Build the pipeline once per process (and again only if the options change)."""
    global _WORKER_NLP, _WORKER_OPTIONS, _SETUP_SECONDS
    if _WORKER_NLP is not None and _WORKER_OPTIONS == options:
        return
    from .nlp import build_nlp

    started = time.perf_counter()
    _WORKER_NLP = build_nlp(options.model, options.taxonomy, options.extend_taxonomy)
    _WORKER_OPTIONS = options
    # builds the lexicons
    text_records(_WORKER_NLP, "It paid $1 million to chip makers in 2019.", None, "warm-up")
    if options.convert_to:
        from .fx import load_rates

        load_rates()  # once here: forked workers share the tables instead of each reading them
    _SETUP_SECONDS += time.perf_counter() - started
    # The pipeline lives as long as the process: keep its objects out of the cyclic garbage
    # collector's passes, which otherwise walk them again and again during a run.
    gc.freeze()


def process_article(article: Article, doc=None) -> Result:
    """(doc_id, records, mentions, error, words) of one article; never raises.

    ``doc``: the article's Doc, already through the pipeline (see ``process_batch``)."""
    from .fx import convert_records

    try:
        records, mentions, tokens = text_records(_WORKER_NLP, article.text, article.date, article.doc_id, doc=doc)
        convert_records(records, _WORKER_OPTIONS.convert_to, _WORKER_OPTIONS.fx_date)
        for r in records:
            if article.flags:
                r["flags"] = "|".join(sorted(set(filter(None, r["flags"].split("|"))) | set(article.flags)))
        return article.doc_id, records, mentions, None, tokens
    except Exception as exc:  # one bad article must not stop the batch
        error = InputError(article.doc_id, None, "processing", f"{type(exc).__name__}: {exc}")
        return article.doc_id, [], [], error, 0


def _tokenize(article: Article):
    """The started Doc of an article that is processed in one piece, or None (long texts are cut
    first)."""
    try:
        if len(article.text) > MAX_CHUNK:
            return None
        return start_doc(_WORKER_NLP.make_doc(article.text), article.text, article.date)
    except Exception:
        return None  # process_article tries again and reports the error


def process_batch(articles: list[Article]) -> list[Result]:
    """The results of a few articles, in order. Their texts are tokenized first, all together, and
    then each stage runs over all of them (``annotate_batch``): spaCy's tokenizer and each stage
    run faster when their tables stay in the CPU caches than when they take turns. An article that
    fails on the way is processed again on its own, which reports the error."""
    docs = annotate_batch(_WORKER_NLP, [_tokenize(a) for a in articles])
    return [process_article(a, doc) for a, doc in zip(articles, docs)]


def batches(articles: Iterator[Article], size: int = BATCH_ARTICLES,
            chars: int = BATCH_CHARS) -> Iterator[list[Article]]:
    """Consecutive groups of at most ``size`` articles and about ``chars`` characters."""
    batch: list[Article] = []
    length = 0
    for a in articles:
        batch.append(a)
        length += len(a.text)
        if len(batch) >= size or length >= chars:
            yield batch
            batch, length = [], 0
    if batch:
        yield batch


def _pool_batch(articles: list[Article]) -> list[Result]:
    """``process_batch`` in a pool worker: rows go back as lists (``csv_rows``), which cost the
    main process less to receive and write than dicts; it has the reading and writing to do."""
    return [(doc_id, csv_rows(records, COLUMNS), csv_rows(mentions, MENTION_COLUMNS), error, words)
            for doc_id, records, mentions, error, words in process_batch(articles)]


def process_partition(articles: list[Article], options: RunOptions) -> list[Result]:
    """The results of a list of articles; what a Dask task runs on a worker."""
    _init_worker(options)
    return [r for batch in batches(iter(articles)) for r in process_batch(batch)]
