"""The local engine: every article's result, in input order, computed in this process or in a pool of processes.

It owns the choice between the two (a run of fewer than ``INLINE_BELOW`` articles, or one worker,
stays in this process: starting workers would cost more) and the process pool itself: forked
where the platform allows, so that the pipeline built here is shared, else spawned, each worker
building its own. What each process does with its articles is ``worker``'s.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
from typing import Iterator

from .ingest import Article
from .worker import Result, RunOptions, _init_worker, _pool_batch, batches, process_batch

INLINE_BELOW = 32  # so few articles are processed in this process: starting workers costs more


def local_results(articles: Iterator[Article], options: RunOptions, workers: int) -> Iterator[Result]:
    """Results of every article, in input order, from this process or a pool of ``workers``."""
    head = list(itertools.islice(articles, INLINE_BELOW))
    if workers <= 1 or len(head) < INLINE_BELOW:
        _init_worker(options)
        for batch in batches(itertools.chain(head, articles)):
            yield from process_batch(batch)
        return
    fork = "fork" in mp.get_all_start_methods()
    if fork:  # built once here, the forked workers share it (and its frozen objects stay unwritten)
        _init_worker(options)
    ctx = mp.get_context("fork" if fork else "spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(options,)) as pool:
        for results in pool.imap(_pool_batch, batches(itertools.chain(head, articles))):  # imap keeps order
            yield from results
