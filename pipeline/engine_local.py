"""The local engine: every article's result, in input order, computed in this process or in a pool of processes.

It owns the choice between the two (a run of fewer than ``INLINE_BELOW`` articles, or one worker,
stays in this process: starting workers would cost more) and the process pool itself: forked
where the platform allows, so that the pipeline built here is shared, else spawned, each worker
building its own. What each process does with its articles is ``worker``'s.

The pool survives its workers. Each worker is a process of its own with a pipe to this one; a
worker that dies (``kill -9``, the OOM killer) or that holds a batch past the batch's deadline
(``batch_deadline``: twice the largest budget of its articles, plus ``GRACE``) is replaced by a
fresh one. Its batch is sent again once, whole; if it fails again, each of its articles is sent
alone, and an article that still kills or stalls its worker becomes an error row (``worker_died``
or ``timeout``). The run never waits on a dead worker and always ends.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import signal
import time
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import wait

from .ingest import Article, InputError
from .limits import article_budget
from .worker import Result, RunOptions, _init_worker, _pool_batch, batches, process_batch

INLINE_BELOW = 32  # so few articles are processed in this process: starting workers costs more
GRACE = 10.0  # seconds a batch may take beyond twice its largest article budget before its worker is stopped


def local_results(articles: Iterator[Article], options: RunOptions, workers: int) -> Iterator[Result]:
    """Results of every article, in input order, from this process or a pool of ``workers``."""
    head = list(itertools.islice(articles, INLINE_BELOW))
    if workers <= 1 or len(head) < INLINE_BELOW:
        _init_worker(options)
        for batch in batches(itertools.chain(head, articles)):
            yield from process_batch(batch)
        return
    yield from pool_results(itertools.chain(head, articles), options, workers)


def batch_deadline(articles: list[Article], options: RunOptions) -> float | None:
    """Seconds a worker may hold ``articles`` before it is taken for stuck; None: no limit."""
    budgets = [article_budget(options.article_timeout, len(a.text)) for a in articles]
    if not budgets or budgets[0] is None:
        return None
    return 2 * max(budgets) + GRACE


def _serve(conn, options: RunOptions) -> None:
    """A pool worker's loop: batches in, their results out, until told to stop (None)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C and stops the workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _init_worker(options)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(_pool_batch(task))


class _Worker:
    """One pool process and the task it holds: (batch index, position in it or None, articles, attempt)."""

    def __init__(self, ctx, options: RunOptions):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, options), daemon=True)
        self.proc.start()
        child.close()
        self.task: tuple | None = None
        self.deadline: float | None = None

    def send(self, task: tuple, options: RunOptions) -> None:
        self.task = task
        limit = batch_deadline(task[2], options)
        self.deadline = None if limit is None else time.monotonic() + limit
        self.conn.send(task[2])

    def stop(self, kill: bool = False) -> None:
        if kill and self.proc.is_alive():
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _failed(article: Article, kind: str, why: str) -> Result:
    message = f"{article.doc_id}: {why}, alone and in its batch; no rows for this article"
    return article.doc_id, [], [], InputError(article.doc_id, None, kind, message), 0


def pool_results(articles: Iterator[Article], options: RunOptions, workers: int) -> Iterator[Result]:
    """Results of every article, in input order, from a pool of ``workers`` processes that
    survives its workers (see the module's docstring)."""
    fork = "fork" in mp.get_all_start_methods()
    if fork:  # built once here, the forked workers share it (and its frozen objects stay unwritten)
        _init_worker(options)
    ctx = mp.get_context("fork" if fork else "spawn")
    pool = [_Worker(ctx, options) for _ in range(workers)]
    source = enumerate(batches(articles))
    retries: deque = deque()  # tasks to send again: (index, position, articles, attempt)
    done: dict[int, list[Result]] = {}  # results of whole batches, waiting for their turn
    singles: dict[int, list[Result | None]] = {}  # results of a split batch, by position
    window = 2 * workers + 2  # batches read ahead of the one written next: bounded memory
    read = written = 0
    exhausted = False

    def settle(task: tuple, results: list[Result]) -> None:
        index, position = task[0], task[1]
        if position is None:
            done[index] = results
            return
        slots = singles[index]
        slots[position] = results[0]
        if all(r is not None for r in slots):
            done[index] = singles.pop(index)

    def fail(worker: _Worker, kind: str, why: str) -> None:
        index, position, batch, attempt = worker.task
        worker.task = None
        if attempt == 0:
            retries.append((index, None, batch, 1))  # once more, whole, on a fresh worker
        elif position is None:
            singles[index] = [None] * len(batch)
            retries.extend((index, i, [a], 2) for i, a in enumerate(batch))  # then article by article
        else:
            settle((index, position), [_failed(batch[0], kind, why)])

    try:
        while True:
            for slot, worker in enumerate(pool):
                if worker.task is not None:
                    continue
                task = retries.popleft() if retries else None
                if task is None and not exhausted and read - written < window:
                    try:
                        index, batch = next(source)
                    except StopIteration:
                        exhausted = True
                    else:
                        read += 1
                        task = (index, None, batch, 0)
                if task is not None:
                    try:
                        worker.send(task, options)
                    except (OSError, ValueError):  # died while idle: a fresh one takes the task
                        worker.stop(kill=True)
                        pool[slot] = worker = _Worker(ctx, options)
                        worker.send(task, options)
            while written in done:
                yield from done.pop(written)
                written += 1
            busy = [w for w in pool if w.task is not None]
            if not busy:
                if exhausted and not retries:
                    return
                continue
            now = time.monotonic()
            deadlines = [w.deadline for w in busy if w.deadline is not None]
            timeout = max(0.0, min(deadlines) - now) if deadlines else None
            ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout))
            for slot, worker in enumerate(pool):
                if worker.task is None:
                    continue
                if worker.conn in ready or worker.proc.sentinel in ready:
                    try:
                        results = worker.conn.recv() if worker.conn.poll() else None
                    except (EOFError, OSError):
                        results = None
                    if results is not None:
                        task, worker.task = worker.task, None
                        settle(task, results)
                        continue
                    worker.proc.join(timeout=1)
                    code = worker.proc.exitcode
                    how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
                    fail(worker, "worker_died", f"the worker process processing it ended ({how})")
                elif worker.deadline is not None and time.monotonic() >= worker.deadline:
                    limit = batch_deadline(worker.task[2], options)
                    fail(
                        worker,
                        "timeout",
                        f"the worker process processing it was stuck for {limit:.0f} s "
                        "(--article-timeout) and was stopped",
                    )
                else:
                    continue
                worker.stop(kill=True)
                pool[slot] = _Worker(ctx, options)
    finally:
        for worker in pool:
            worker.stop(kill=worker.task is not None)
