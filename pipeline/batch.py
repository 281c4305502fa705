"""Run the pipeline over inputs and write the outputs: records.csv, mentions.csv, errors.csv, run.json."""

from __future__ import annotations

import multiprocessing as mp
import os
import platform
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .export import AtomicCsv, write_json_atomic
from .ingest import Article, InputError, iter_articles
from .records import COLUMNS, MENTION_COLUMNS

ERROR_COLUMNS = ["doc", "line", "kind", "message"]


@dataclass
class RunOptions:
    model: str | None = None
    taxonomy: str | None = None
    extend_taxonomy: bool = True
    convert_to: str | None = "USD"  # reference currency; None: no conversion
    fx_date: str | None = None  # one rate date for all articles


@dataclass
class RunSummary:
    articles: int = 0
    records: int = 0
    mentions: Counter = field(default_factory=Counter)
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    words: int = 0


_WORKER_NLP = None
_WORKER_OPTIONS = RunOptions()


def _init_worker(options: RunOptions) -> None:
    global _WORKER_NLP, _WORKER_OPTIONS
    from .nlp import build_nlp

    _WORKER_NLP = build_nlp(options.model, options.taxonomy, options.extend_taxonomy)
    _WORKER_OPTIONS = options


def process_article(article: Article) -> tuple[str, list[dict], list[dict], InputError | None, int]:
    """(doc_id, records, mentions, error, words) of one article; never raises."""
    from .fx import convert_records
    from .records import text_records

    try:
        records, mentions, tokens = text_records(_WORKER_NLP, article.text, article.date, article.doc_id)
        convert_records(records, _WORKER_OPTIONS.convert_to, _WORKER_OPTIONS.fx_date)
        for r in records:
            if article.flags:
                r["flags"] = "|".join(sorted(set(filter(None, r["flags"].split("|"))) | set(article.flags)))
        return article.doc_id, records, mentions, None, tokens
    except Exception as exc:  # one bad article must not stop the batch
        return article.doc_id, [], [], InputError(article.doc_id, None, "processing", f"{type(exc).__name__}: {exc}"), 0


def _results(articles: Iterable[Article], options: RunOptions, workers: int) -> Iterator[tuple]:
    if workers <= 1:
        _init_worker(options)
        for a in articles:
            yield process_article(a)
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(options,)) as pool:
        yield from pool.imap(process_article, articles, chunksize=8)  # imap keeps input order


def check_output_dir(out: Path) -> None:
    """Create ``out`` and make sure it can be written, before any work starts."""
    out.mkdir(parents=True, exist_ok=True)
    probe = out / ".write-test"
    probe.write_text("ok")
    probe.unlink()


def run(inputs: list[Path], out: Path, *, doc_date: str | None = None, workers: int = 1,
        options: RunOptions | None = None, progress: Callable[[int, int], None] | None = None) -> RunSummary:
    """Process every input article and write the outputs into ``out``."""
    options = options or RunOptions()
    check_output_dir(out)
    started = time.perf_counter()
    summary = RunSummary()
    files = [AtomicCsv(out / "records.csv", COLUMNS), AtomicCsv(out / "mentions.csv", MENTION_COLUMNS),
             AtomicCsv(out / "errors.csv", ERROR_COLUMNS)]
    records_csv, mentions_csv, errors_csv = files

    input_errors: list[InputError] = []  # filled by the reader (a pool thread when workers > 1)

    def articles() -> Iterator[Article]:
        for item in iter_articles(inputs, doc_date):
            if isinstance(item, InputError):
                input_errors.append(item)
            else:
                yield item

    def flush_input_errors() -> None:
        while input_errors:
            error = input_errors.pop(0)
            summary.errors.append(error)
            errors_csv.write([error.__dict__])

    try:
        for doc_id, records, mentions, error, words in _results(articles(), options, workers):
            flush_input_errors()
            summary.articles += 1
            summary.words += words
            if error is not None:
                summary.errors.append(error)
                errors_csv.write([error.__dict__])
            records_csv.write(records)
            mentions_csv.write(mentions)
            summary.records += len(records)
            summary.mentions.update(m["kind"] for m in mentions)
            if progress:
                progress(summary.articles, len(records))
        flush_input_errors()
    except BaseException:
        for f in files:
            f.abort()
        raise
    for f in files:
        f.commit()
    summary.seconds = time.perf_counter() - started
    write_json_atomic(out / "run.json", manifest(inputs, summary, doc_date, workers, options))
    return summary


def manifest(inputs, summary: RunSummary, doc_date, workers, options: RunOptions) -> dict:
    from . import __version__

    from . import fx

    return {
        "inputs": [str(p) for p in inputs],
        "fx": {"convert_to": options.convert_to, "fx_date": options.fx_date, **fx.source()} if options.convert_to else None,
        "options": {"doc_date": doc_date, "workers": workers, **options.__dict__},
        "counts": {"articles": summary.articles, "records": summary.records,
                   "mentions": dict(summary.mentions), "errors": len(summary.errors)},
        "errors": [e.__dict__ for e in summary.errors],
        "duration_seconds": round(summary.seconds, 3),
        "versions": {"pipeline": __version__, "python": platform.python_version(),
                     **{pkg: version(pkg) for pkg in ("spacy", "babel", "quantulum3", "pandas")}},
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
    }
