"""What the command line needs around a run: exit codes, logging, signals, a progress bar, and the
one-line messages of what went wrong (a corrections file, an output folder, a bad row)."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

import typer

log = logging.getLogger("pipeline")
EXIT_OK, EXIT_INPUTS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _corrector(path: Path | None, options):
    """The run's Corrector, or None; a bad corrections file is a usage error (exit 2)."""
    if path is None:
        return None
    from .corrections import CorrectionError, Corrector

    try:
        return Corrector(path, options.convert_to, options.fx_date, options.taxonomy, options.extend_taxonomy)
    except CorrectionError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def _echo_corrections(done: dict, out: Path) -> None:
    typer.echo(
        f"corrections: {done['corrections']} in {done['file']}: {done['corrected']} corrected, "
        f"{done['confirmed']} confirmed, {done['removed']} removed, {done['added']} added; "
        f"{len(done['stale'])} not applied (article text changed, listed in {out / 'run.json'})"
    )
    for s in done["stale"][:10]:
        typer.echo(
            f"warning: correction not applied: {s['doc_id']} {s['start']}-{s['end']} {s['mention']!r}: {s['why']}",
            err=True,
        )


def _has_dask() -> bool:
    from importlib.util import find_spec

    return find_spec("dask") is not None and find_spec("distributed") is not None


def _setup_logging(log_file: Path | None, level: str) -> None:
    """The package's logger: warnings and above on stderr; everything at ``level`` in ``log_file``."""
    logger = logging.getLogger("pipeline")
    logger.setLevel(getattr(logging, level.upper()))
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(max(logging.WARNING, logger.level))
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    logger.addHandler(console)
    if log_file is not None:
        try:
            handler = logging.FileHandler(log_file, encoding="utf-8")
        except OSError as exc:
            typer.echo(f"error: cannot write the log file {log_file}: {exc.strerror or exc}", err=True)
            raise typer.Exit(EXIT_USAGE) from None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger.propagate = False


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: the run stops and the outputs are left as they were."""


def _on_sigterm(signum, frame):
    raise _Terminated


def _guarded(call, out: Path, progress):
    """Run ``call`` (the batch), turning what can go wrong outside the inputs into one line and an
    exit code: interrupted (Ctrl-C, SIGTERM), the output folder in use or full, an internal error."""
    from .export import OutputError, OutputLocked

    previous = signal.signal(signal.SIGTERM, _on_sigterm) if _main_thread() else None
    try:
        return call()
    except KeyboardInterrupt as exc:
        code = 143 if isinstance(exc, _Terminated) else 130
        typer.echo(
            f"\ninterrupted ({'SIGTERM' if code == 143 else 'SIGINT'}); the outputs in {out} were left as they were",
            err=True,
        )
        raise typer.Exit(code) from None
    except (OutputLocked, OutputError) as exc:
        typer.echo(f"error: {exc.strerror or exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except OSError as exc:
        typer.echo(f"error: {getattr(exc, 'filename', None) or out}: {exc.strerror or exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except Exception as exc:
        record = log.makeRecord(log.name, logging.ERROR, __file__, 0, "internal error", (), sys.exc_info())
        for handler in log.handlers:  # the traceback goes to the log file, and to the terminal only with debug
            if isinstance(handler, logging.FileHandler) or log.level <= logging.DEBUG:
                handler.handle(record)
        typer.echo(
            f"internal error: {type(exc).__name__}: {exc}. This is a bug; the outputs in {out} were left as "
            "they were (the traceback is in --log-file, or printed with --log-level debug)",
            err=True,
        )
        raise typer.Exit(EXIT_INTERNAL) from None
    finally:
        if progress is not None:
            progress.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


class _progress_printer:
    """A rich progress bar with articles per second and an ETA on a terminal; a plain line every
    1,000 articles in logs."""

    def __init__(self, inputs: list[Path]):
        import time

        self.tty = sys.stderr.isatty()
        self.bar = None
        self.amounts = 0
        self.t0 = time.perf_counter()
        if self.tty:
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

            from .ingest import count_articles

            self.bar = Progress(
                TextColumn("{task.completed}/{task.total} articles"),
                BarColumn(),
                TextColumn("{task.fields[amounts]} amounts"),
                TextColumn("{task.fields[rate]} articles/s"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                transient=True,
            )
            self.task = self.bar.add_task("run", total=count_articles(inputs), amounts=0, rate="0")
            self.bar.start()

    def __call__(self, articles: int, amounts: int) -> None:
        import time

        self.amounts += amounts
        rate = articles / max(time.perf_counter() - self.t0, 1e-9)
        if self.bar is not None:
            self.bar.update(self.task, completed=articles, amounts=self.amounts, rate=f"{rate:.0f}")
        elif articles % 1000 == 0:
            print(f"{articles} articles, {self.amounts} amounts, {rate:.0f} articles/s", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _needs_outputs(call, outdir: Path | None = None):
    """Run ``call``; a folder without records.csv, or one whose rows were broken by hand (named by
    file and line), is a usage error (exit 2)."""
    records = Path(outdir) / "records.csv" if outdir is not None else None
    if records is not None and records.is_file():
        from .export import check_records

        problems = check_records(records)
        for problem in problems:
            typer.echo(f"error: {problem}", err=True)
        if problems:
            raise typer.Exit(2)
    try:
        return call()
    except FileNotFoundError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
