"""Limits on the work of one article: a time budget, enforced with a timer signal, and a number
of amounts (the memory its rows take until they are written).

``deadline(seconds)`` raises ``ArticleTimeout`` inside its block once ``seconds`` have passed. It
uses SIGALRM, so it holds only in a process's main thread on POSIX (a local run, its pool's
workers); elsewhere (a Dask worker's threads, a library call from a thread) it sets no limit, and
the engines' own per-batch timeouts are what stop a stuck article.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

ARTICLE_TIMEOUT = 60.0  # seconds per article by default, and as many more per million characters past the first


MAX_AMOUNTS = 50_000  # per article by default (Reuters has at most 137 mentions in one): rows are held per article


class ArticleTimeout(Exception):
    """An article took longer than its budget."""


class TooManyAmounts(Exception):
    """An article has more amounts than its budget allows (``args[0]``)."""


def article_budget(seconds: float | None, length: int) -> float | None:
    """The budget of an article of ``length`` characters: ``seconds``, and as many more for each
    million characters past the first (a 50 MB text needs more than a news story). None: no limit.

    >>> article_budget(60, 2_000), article_budget(60, 3_500_000), article_budget(None, 10)
    (60.0, 210.0, None)
    """
    if not seconds:
        return None
    return float(seconds) * max(1.0, length / 1_000_000)


_ARMED = False  # is a deadline() block running? The handler stays installed between them
_INSTALLED = 0  # the process that installed it (a forked worker inherits it)


def _alarm(signum, frame):
    if _ARMED:
        raise ArticleTimeout


def can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise ``ArticleTimeout`` in the block after ``seconds`` (no limit when None, or where the
    timer signal cannot be used). The SIGALRM handler is installed at the first call and left in
    place (it raises only inside a block): one timer call on each side of a block, the cost of a
    run's 20,000 articles a few milliseconds."""
    global _ARMED, _INSTALLED
    if not seconds or not can_time():
        yield
        return
    if _INSTALLED != os.getpid():
        signal.signal(signal.SIGALRM, _alarm)
        _INSTALLED = os.getpid()
    _ARMED = True
    signal.setitimer(signal.ITIMER_REAL, max(float(seconds), 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _ARMED = False
