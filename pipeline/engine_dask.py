"""The Dask engine: the same per-article function over partitions on a Dask cluster.

It owns the cluster's side of a run: the cluster (the one at ``scheduler``, or a LocalCluster
started here), the partitions of articles submitted to it, and their CSVs. Each task processes one
partition with ``worker.process_partition``; a worker builds the spaCy pipeline once and keeps it
for all its tasks. The driver reads the inputs, keeps a bounded number of partitions in flight,
writes ``partitions/records-NNNNN.csv`` (and mentions) per partition, and hands the results back
in input order for the merged CSVs.

Needs the extra: ``pip install '.[dask]'``. Workers need this package installed too (the same
version), and the inputs are read by the driver, so workers need no access to them.

A worker that dies is Dask's to replace: the scheduler sends its tasks to another worker, up to its
``allowed-failures``. A partition whose task still fails (``KilledWorker``), raises, or does not end
by its deadline (``engine_local.batch_deadline``) is sent again article by article, and an article
that fails alone becomes an error row (``worker_died``, ``timeout``, ``processing``): the run ends,
with every article reported.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from .export import COLUMNS, MENTION_COLUMNS, AtomicCsv
from .ingest import Article, InputError
from .worker import Result, RunOptions, process_partition

PARTITION_SIZE = 200  # articles per task


def _partitions(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while True:
        part = list(itertools.islice(articles, size))
        if not part:
            return
        yield part


def _write_partition(folder: Path, n: int, results: list[Result]) -> None:
    folder.mkdir(exist_ok=True)
    for name, columns, slot in (("records", COLUMNS, 1), ("mentions", MENTION_COLUMNS, 2)):
        out = AtomicCsv(folder / f"{name}-{n:05d}.csv", columns)
        for result in results:
            out.write(result[slot])
        out.commit()


def dask_results(
    articles: Iterator[Article],
    options: RunOptions,
    out: Path,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    partition_size: int | None = None,
) -> Iterator[Result]:
    """Results of every article, in input order, computed on a Dask cluster."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError("the dask engine needs the extra: pip install '.[dask]'") from exc

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=max(1, workers), threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        )
        client = Client(cluster)
    else:
        client = Client(scheduler)
    folder = Path(out) / "partitions"
    for old in folder.glob("*.csv") if folder.exists() else []:
        old.unlink()
    in_flight: deque = deque()
    limit = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
    try:
        parts = enumerate(_partitions(articles, partition_size or PARTITION_SIZE))
        for n, part in parts:
            in_flight.append((n, part, client.submit(process_partition, part, options, pure=False)))
            while len(in_flight) >= limit:
                yield from _collect(in_flight.popleft(), folder, client, options)
        while in_flight:
            yield from _collect(in_flight.popleft(), folder, client, options)
    finally:
        for _, _, future in in_flight:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()


def _collect(item, folder: Path, client, options: RunOptions) -> Iterator[Result]:
    n, part, future = item
    try:
        results = future.result(timeout=_deadline(part, options))
    except Exception:  # KilledWorker, a timeout, a lost connection: article by article
        future.cancel()
        results = []
        for article in part:
            single = client.submit(process_partition, [article], options, pure=False)
            try:
                results += single.result(timeout=_deadline([article], options))
            except Exception as exc:
                single.cancel()
                results.append(_failed(article, exc))
    _write_partition(folder, n, results)
    yield from results


def _deadline(articles: list[Article], options: RunOptions) -> float | None:
    from .engine_local import batch_deadline

    limit = batch_deadline(articles, options)
    return None if limit is None else limit * max(1, len(articles) // 64 + 1)


def _failed(article: Article, exc: Exception) -> Result:
    name = type(exc).__name__
    kind = "worker_died" if name == "KilledWorker" else "timeout" if "Timeout" in name else "processing"
    message = f"{article.doc_id}: its Dask task failed alone and in its partition ({name}: {str(exc)[:200]})"
    return article.doc_id, [], [], InputError(article.doc_id, None, kind, message), 0
