"""Run the pipeline over inputs and write the outputs: records.csv, mentions.csv, errors.csv, run.json.

This module owns the run's orchestration: reading the inputs, the incremental state (content
hashes in state.json), writing the outputs and run.json. Articles stream from the readers through
one of the engines (``engine_local``: inline or a local process pool; ``engine_dask``: Dask), which
run ``worker`` on them, and their rows stream into the CSVs in input order: nothing holds all
documents or all records in memory. With ``incremental``, articles whose content hash is unchanged
since the last run into the same folder reuse their rows from that run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from importlib.metadata import version
from pathlib import Path

from .engine_local import local_results
from .export import (
    COLUMNS,
    ERROR_COLUMNS,
    MENTION_COLUMNS,
    AtomicCsv,
    AtomicJsonl,
    output_lock,
    remove_stale_temp_files,
    write_json_atomic,
)
from .ingest import MAX_ARTICLE_BYTES, Article, InputError, iter_articles
from .repair import FLAG as REPAIRED
from .state import STATE_FILE, PreviousRows, count_rows, load_state, write_state
from .worker import RunOptions, setup_seconds

log = logging.getLogger("pipeline")
REPAIRED_TEXTS = "repaired.jsonl"  # the repaired text of every article whose text was repaired
_KIND = MENTION_COLUMNS.index("kind")


@dataclass
class RunSummary:
    articles: int = 0
    records: int = 0
    mentions: Counter = field(default_factory=Counter)
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    setup_seconds: float = 0.0  # of ``seconds``: building the pipeline in this process
    words: int = 0
    reused: int = 0
    nothing_written: bool = False  # no article was found: the outputs were left as they were
    corrections: dict | None = None  # what --corrections did (run.json's "corrections")


def check_output_dir(out: Path) -> None:
    """Create ``out`` and make sure it can be written, before any work starts (a probe file of
    this run's own: two runs never see each other's)."""
    import tempfile

    out.mkdir(parents=True, exist_ok=True)
    fd, probe = tempfile.mkstemp(prefix=".write-test.", dir=out)
    try:
        os.write(fd, b"ok")
    finally:
        os.close(fd)
        os.unlink(probe)


def rules_fingerprint(root: Path | None = None) -> str:
    """A hash of the package's code and lexicons: rows computed by other rules are never reused,
    even when the version string did not change."""
    root = root or Path(__file__).parent
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".json", ".jsonl")):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


_FINGERPRINT: str | None = None


def content_hash(article: Article, options: RunOptions) -> str:
    """What decides an article's rows: its text, date, flags, the run's options and the rules."""
    from . import __version__

    global _FINGERPRINT
    if _FINGERPRINT is None:
        _FINGERPRINT = rules_fingerprint()
    h = hashlib.sha256()
    decisive = {k: v for k, v in asdict(options).items() if k != "article_timeout"}  # a limit decides no row
    settings = json.dumps(
        {"options": decisive, "version": __version__, "rules": _FINGERPRINT, "columns": COLUMNS}, sort_keys=True
    )
    for part in (article.text, article.date or "", "|".join(article.flags), settings):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def run(
    inputs: list[Path],
    out: Path,
    *,
    doc_date: str | None = None,
    workers: int = 1,
    options: RunOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    incremental: bool = False,
    max_bytes: int = MAX_ARTICLE_BYTES,
    date_order: str | None = None,
    corrections=None,
) -> RunSummary:
    """Process every input article and write the outputs into ``out``.

    ``engine``: "local" (this process, or a pool of ``workers`` processes) or "dask" (a cluster at
    ``scheduler``, or a LocalCluster of ``workers`` started here). ``corrections``: a
    ``corrections.Corrector``, applied to the records of the articles it names.
    """
    options = options or RunOptions()
    with output_lock(out):
        removed = remove_stale_temp_files(out)
        if removed:
            log.warning("removed %d temporary files left in %s by a run that was killed", len(removed), out)
        check_output_dir(out)
        return _run(
            inputs,
            out,
            doc_date,
            workers,
            options,
            progress,
            engine,
            scheduler,
            incremental,
            max_bytes,
            date_order,
            corrections,
        )


def _run(
    inputs,
    out,
    doc_date,
    workers,
    options,
    progress,
    engine,
    scheduler,
    incremental,
    max_bytes,
    date_order,
    corrections,
) -> RunSummary:
    started = time.perf_counter()
    setup_before = setup_seconds()
    summary = RunSummary()
    state_path = out / STATE_FILE
    old_hashes: dict[str, str] = {}
    if incremental:
        old_hashes, why = load_state(out)
        if why:
            log.warning("--incremental: %s", why)
    previous = PreviousRows(out, set(old_hashes)) if old_hashes else None
    new_hashes: dict[str, str] = {}
    reused: set[str] = set()
    files: list[AtomicCsv] = []
    try:
        for name, columns in (
            ("records.csv", COLUMNS),
            ("mentions.csv", MENTION_COLUMNS),
            ("errors.csv", ERROR_COLUMNS),
        ):
            files.append(AtomicCsv(out / name, columns))
        files.append(AtomicJsonl(out / REPAIRED_TEXTS))
    except BaseException:
        for f in files:
            f.abort()
        if previous is not None:
            previous.close()
        raise
    records_csv, mentions_csv, errors_csv, repaired_texts = files

    input_errors: list[InputError] = []  # filled by the reader as the engine asks for articles

    def articles() -> Iterator[Article]:
        for item in iter_articles(inputs, doc_date, max_bytes, date_order):
            if isinstance(item, InputError):
                input_errors.append(item)
                continue
            if REPAIRED in item.flags:  # the text the records' offsets refer to
                repaired_texts.write([{"doc_id": item.doc_id, "text": item.text}])
            if corrections is not None:
                corrections.note(item)
            if not incremental:
                yield item
                continue
            h = content_hash(item, options)
            h = new_hashes[item.doc_id] = corrections.digest(item.doc_id, h) if corrections is not None else h
            if previous is not None and old_hashes.get(item.doc_id) == h and previous.usable(item.doc_id):
                # unchanged: an empty article stands in its place, its old rows are copied instead
                reused.add(item.doc_id)
                yield Article(item.doc_id, "", item.date, source="reused")
            else:
                yield item

    def flush_input_errors() -> None:
        while input_errors:
            error = input_errors.pop(0)
            summary.errors.append(error)
            errors_csv.write([error.__dict__])

    try:
        if engine == "dask":
            from .engine_dask import dask_results

            results = dask_results(articles(), options, out, scheduler=scheduler, workers=workers)
        else:
            results = local_results(articles(), options, workers)
        for result in results:
            doc_id, records, mentions, error, words = result
            flush_input_errors()
            summary.articles += 1
            summary.words += words
            if doc_id in reused:
                reused.discard(doc_id)
                summary.reused += 1
                old = previous.text("records.csv", doc_id)
                records_csv.write_raw(old)
                summary.records += count_rows(old)[0]
                old = previous.text("mentions.csv", doc_id)
                mentions_csv.write_raw(old)
                summary.mentions.update(count_rows(old, _KIND)[1])
                if progress:
                    progress(summary.articles, 0)
                continue
            if error is not None:
                summary.errors.append(error)
                errors_csv.write([error.__dict__])
                new_hashes.pop(doc_id, None)  # never reused: the next run tries it again
            if corrections is not None and corrections.wants(doc_id):
                records = corrections.apply(doc_id, records, COLUMNS)
            records_csv.write(records)
            mentions_csv.write(mentions)
            summary.records += len(records)
            summary.mentions.update(m[_KIND] if isinstance(m, list) else m["kind"] for m in mentions)
            if progress:
                progress(summary.articles, len(records))
        flush_input_errors()
        if summary.articles == 0:
            raise NoArticles
    except BaseException as exc:
        for f in files:
            f.abort()
        if isinstance(exc, NoArticles):
            summary.nothing_written = True
            return summary
        raise
    finally:
        if previous is not None:
            previous.close()
    for f in files:
        f.commit()
    if incremental:
        write_state(out, new_hashes)
    elif state_path.exists():
        state_path.unlink()  # the outputs no longer match it
    summary.seconds = time.perf_counter() - started
    summary.setup_seconds = setup_seconds() - setup_before
    info = manifest(inputs, summary, doc_date, workers, options, engine)
    if corrections is not None:
        summary.corrections = info["corrections"] = corrections.report()
    write_json_atomic(out / "run.json", info)
    return summary


class NoArticles(Exception):
    """No input held an article: nothing is written, the previous outputs stay."""


def manifest(inputs, summary: RunSummary, doc_date, workers, options: RunOptions, engine: str = "local") -> dict:
    from . import __version__, fx

    return {
        "inputs": [str(p) for p in inputs],
        "fx": {"convert_to": options.convert_to, "fx_date": options.fx_date, **fx.source()}
        if options.convert_to
        else None,
        "options": {"doc_date": doc_date, "workers": workers, "engine": engine, **options.__dict__},
        "counts": {
            "articles": summary.articles,
            "records": summary.records,
            "reused": summary.reused,
            "mentions": dict(summary.mentions),
            "errors": len(summary.errors),
        },
        "errors": [e.__dict__ for e in summary.errors],
        "duration_seconds": round(summary.seconds, 3),
        "setup_seconds": round(summary.setup_seconds, 3),  # of the duration: building the pipeline here
        "versions": {
            "pipeline": __version__,
            "rules": rules_fingerprint()[:16],
            "python": platform.python_version(),
            **{pkg: version(pkg) for pkg in ("spacy", "babel", "quantulum3", "pandas")},
        },
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
    }
