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
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import localcontext

from spacy.tokens import Doc

from .annotate import MAX_CHUNK, annotate_batch, annotate_text, chunk_bounds, count_amounts, make_doc, start_doc
from .export import COLUMNS, MENTION_COLUMNS, csv_rows
from .ingest import Article, InputError
from .limits import ARTICLE_TIMEOUT, MAX_AMOUNTS, ArticleTimeout, TooManyAmounts, article_budget, deadline
from .normalise import MONEY_CONTEXT
from .records import pieces_records

BATCH_ARTICLES, BATCH_CHARS = 64, 1_000_000  # articles tokenized together (bounded: the run streams)


@dataclass
class RunOptions:
    model: str | None = None
    taxonomy: str | None = None
    extend_taxonomy: bool = True
    convert_to: str | None = "USD"  # reference currency; None: no conversion
    fx_date: str | None = None  # one rate date for all articles
    article_timeout: float | None = ARTICLE_TIMEOUT  # seconds (limits.article_budget); None: no limit
    max_amounts: int | None = MAX_AMOUNTS  # per article: its rows are held in memory until it is written


Result = tuple[str, list[dict], list[dict], "InputError | None", int]

_WORKER_NLP = None
_WORKER_OPTIONS: RunOptions | None = None
_SETUP_SECONDS = 0.0  # spent building pipelines in this process (run.json's setup_seconds)


def text_records(
    nlp,
    text: str,
    date: str | None,
    doc_id: str,
    size: int = MAX_CHUNK,
    doc: Doc | None = None,
    max_amounts: int | None = None,
    title: str = "",
    places: tuple[str, ...] = (),
) -> tuple[list[dict], list[dict], int]:
    """(records, mentions, tokens) of one text, annotated in pieces when it is long (``annotate_text``).

    ``doc``: the text's Doc, already through the pipeline (``annotate_batch``), when the caller
    has made it (a text of one piece). ``max_amounts``: raise ``TooManyAmounts`` as soon as the
    text has more amounts than that (their rows would all be held in memory)."""
    from .sectors import sector_isic

    isic = sector_isic(nlp)
    pieces = chunk_bounds(text, size) if doc is None and max_amounts else []
    if len(pieces) > 1 and count_amounts(nlp, text, date, pieces, max_amounts) > max_amounts:
        raise TooManyAmounts(max_amounts)  # before the later stages have run on that many
    pieces = annotate_text(nlp, text, date, size, doc, title, places)
    return pieces_records(_at_most(pieces, max_amounts), doc_id, isic)


def _at_most(pieces, limit: int | None):
    found = 0
    for lo, doc in pieces:
        found += len(doc.spans.get("money", ()))
        if limit and found > limit:
            raise TooManyAmounts(limit)
        yield lo, doc


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

    ``doc``: the article's Doc, already through the pipeline (see ``process_batch``). An article
    that takes longer than its budget (``RunOptions.article_timeout``, ``limits.article_budget``)
    becomes an error row, and so does one that a stage fails on, naming the stage and quoting the
    text near the failure."""
    from .fx import convert_records

    _fault(article)
    budget = article_budget(_WORKER_OPTIONS.article_timeout, len(article.text))
    try:
        with deadline(budget), localcontext(MONEY_CONTEXT):
            records, mentions, tokens = text_records(
                _WORKER_NLP,
                article.text,
                article.date,
                article.doc_id,
                doc=doc,
                max_amounts=_WORKER_OPTIONS.max_amounts,
                title=article.title,
                places=article.places,
            )
            convert_records(records, _WORKER_OPTIONS.convert_to, _WORKER_OPTIONS.fx_date)
        for r in records:
            if article.flags:
                r["flags"] = "|".join(sorted(set(filter(None, r["flags"].split("|"))) | set(article.flags)))
        return article.doc_id, records, mentions, None, tokens
    except ArticleTimeout:
        message = (
            f"{article.doc_id}: processing took longer than its limit of {budget:.0f} s "
            f"(--article-timeout {_WORKER_OPTIONS.article_timeout:g}); no rows for this article"
        )
        return article.doc_id, [], [], InputError(article.doc_id, None, "timeout", message), 0
    except TooManyAmounts as exc:
        message = (
            f"{article.doc_id}: more than {exc.args[0]:,} amounts, which no news article has "
            "(--max-amounts); no rows for this article"
        )
        return article.doc_id, [], [], InputError(article.doc_id, None, "too_many_amounts", message), 0
    except Exception as exc:  # one bad article must not stop the batch
        error = InputError(article.doc_id, None, "processing", failure_message(article, exc))
        return article.doc_id, [], [], error, 0


def failure_message(article: Article, exc: Exception) -> str:
    """What an error row says of an article that a stage failed on: the article, the stage, the
    exception and the text near where it happened (where the stage said, else the piece's start)."""
    stage = getattr(exc, "news_stage", "records")
    at = getattr(exc, "news_piece", 0) + getattr(exc, "news_near", 0)
    near = article.text[max(0, at - 30) : at + 50].replace("\n", " ")
    detail = str(exc)[:300] or "(no message)"
    return f"{article.doc_id}: stage {stage} failed at character {at}: {type(exc).__name__}: {detail}; near {near!r}"


FAULTS = "NEWS_MONEY_TEST_FAULTS"  # set to 1 by the tests only: an article "__fault__:exit" ends its process


def _fault(article: Article) -> None:
    """Faults for the tests of the engines (only with the environment variable ``FAULTS`` set): an
    article whose text starts "__fault__:exit" ends its worker process at once, as the OOM killer
    would, and one that starts "__fault__:hang" blocks it, deaf to the timer signal."""
    if not article.text.startswith("__fault__:") or os.environ.get(FAULTS) != "1":
        return
    if article.text.startswith("__fault__:exit"):
        os._exit(9)
    if article.text.startswith("__fault__:hang"):
        import signal

        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)


def _tokenize(article: Article):
    """The started Doc of an article that is processed in one piece, or None (long texts are cut
    first)."""
    try:
        if len(article.text) > MAX_CHUNK or len(chunk_bounds(article.text)) > 1:
            return None
        doc = make_doc(_WORKER_NLP, article.text)
        return start_doc(doc, article.text, article.date, article.title, article.places)
    except Exception:
        return None  # process_article tries again and reports the error


def process_batch(articles: list[Article]) -> list[Result]:
    """The results of a few articles, in order. Their texts are tokenized first, all together, and
    then each stage runs over all of them (``annotate_batch``): spaCy's tokenizer and each stage
    run faster when their tables stay in the CPU caches than when they take turns. An article that
    fails on the way is processed again on its own, which reports the error."""
    for a in articles:
        _fault(a)
    try:
        # The whole batch gets one article's budget (it takes a fraction of it): a stage that the
        # timer stops is an error for its Doc only, which process_article then runs on its own,
        # with a budget of its own.
        with deadline(_WORKER_OPTIONS.article_timeout), localcontext(MONEY_CONTEXT):
            docs = annotate_batch(_WORKER_NLP, [_tokenize(a) for a in articles])
    except ArticleTimeout:
        docs = [None] * len(articles)
    return [process_article(a, doc) for a, doc in zip(articles, docs, strict=False)]


def batches(
    articles: Iterator[Article], size: int = BATCH_ARTICLES, chars: int = BATCH_CHARS
) -> Iterator[list[Article]]:
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
    return [
        (doc_id, csv_rows(records, COLUMNS), csv_rows(mentions, MENTION_COLUMNS), error, words)
        for doc_id, records, mentions, error, words in process_batch(articles)
    ]


def process_partition(articles: list[Article], options: RunOptions) -> list[Result]:
    """The results of a list of articles; what a Dask task runs on a worker."""
    _init_worker(options)
    return [r for batch in batches(iter(articles)) for r in process_batch(batch)]
