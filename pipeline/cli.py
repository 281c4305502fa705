"""Command line: ``python -m pipeline run INPUT... --out DIR`` and friends.

Commands parse options and print; the work is done by keyword-only functions in other modules.
Exit codes: 0 all inputs succeeded; 1 some inputs failed (the rest is still written) or no input held
an article (nothing written); 2 usage error, nothing to read, or the output folder cannot be written
(in use by another run, disk full); 3 an internal error (a bug: the outputs are left as they were);
130 and 143 interrupted by SIGINT or SIGTERM (the outputs are left as they were).
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .cli_runtime import (
    EXIT_INPUTS,
    EXIT_OK,
    EXIT_USAGE,
    _corrector,
    _echo_corrections,
    _guarded,
    _has_dask,
    _needs_outputs,
    _progress_printer,
    _setup_logging,
    log,
)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class LogLevel(str, Enum):
    debug = "debug"
    info = "info"
    warning = "warning"
    error = "error"


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract every monetary amount in news articles as structured records (value, ISO currency, "
    "qualifier, sectors, years).",
)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"news-money-pipeline {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Extract every monetary amount in news articles as structured records."""


class DateOrder(str, Enum):
    dmy = "dmy"
    mdy = "mdy"


def _iso_date_option(value: str | None) -> str | None:
    return _date_option(value)


def _date_option(value: str | None, order: str | None = None) -> str | None:
    if value is None:
        return None
    from .ingest import parse_date

    try:
        return parse_date(value, order)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


@app.command()
def run(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Folders (searched recursively for .txt, .md, .jsonl, .jsonl.gz) "
            "or files. Example: corpus/ archive.jsonl.gz",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="Output folder for records.csv, mentions.csv, errors.csv, run.json. Example: --out outputs/",
        ),
    ] = Path("outputs"),
    doc_date: Annotated[
        str | None,
        typer.Option(
            "--doc-date",
            help="Date (YYYY-MM-DD) for articles that carry none, to resolve 'this year'. "
            "Example: --doc-date 2019-04-29",
        ),
    ] = None,
    date_order: Annotated[
        DateOrder | None,
        typer.Option(
            "--date-order",
            help="How numeric dates of the inputs "
            "and --doc-date are written: dmy (26/02/1987) or mdy (02/26/1987); without it only ISO "
            "dates and dates with a month name are read. Example: --date-order dmy",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            help="Processes to use (default: the number of cores); results keep input order. Example: --workers 2",
        ),
    ] = os.cpu_count() or 1,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            help="'local' (this machine's processes) or 'dask' (a Dask "
            "cluster: --scheduler, or a LocalCluster of --workers). Example: --engine dask",
        ),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="With --engine dask: the address of an "
            "existing Dask scheduler. Example: --scheduler tcp://10.0.0.5:8786",
        ),
    ] = None,
    incremental: Annotated[
        bool,
        typer.Option(
            "--incremental",
            help="Re-process only articles whose content changed "
            "since the last run into --out (content hashes in OUT/state.json); same CSVs as a full run.",
        ),
    ] = False,
    sectors: Annotated[
        Path | None,
        typer.Option(
            "--sectors",
            help="A sector taxonomy (JSONL, see README) that "
            "extends the built-in one. Example: --sectors my_sectors.jsonl",
        ),
    ] = None,
    replace_sectors: Annotated[
        bool,
        typer.Option(
            "--replace-sectors",
            help="With --sectors: use only that file's sectors instead of extending the built-in taxonomy.",
        ),
    ] = False,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help="An installed spaCy model to start from instead of "
            "a blank English pipeline (optional). Example: --model en_core_web_sm",
        ),
    ] = None,
    convert_to: Annotated[
        str,
        typer.Option(
            "--convert-to",
            help="Reference currency for value_converted, at the ECB "
            "rate of the article's date (offline data, 1999 onwards); 'none' to skip. Example: --convert-to EUR",
        ),
    ] = "USD",
    fx_date: Annotated[
        str | None,
        typer.Option(
            "--fx-date",
            callback=_iso_date_option,
            help="Convert every amount at the rate of this date instead of each article's. "
            "Example: --fx-date 2020-01-02",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors and the final summary line.")] = False,
    article_timeout: Annotated[
        float,
        typer.Option(
            "--article-timeout",
            min=0,
            help="Seconds an article may take "
            "(and as many more per million characters past the first); one that takes longer is "
            "an error row. 0: no limit. Example: --article-timeout 20",
        ),
    ] = 60.0,
    max_article_mb: Annotated[
        float,
        typer.Option(
            "--max-article-mb",
            min=0.001,
            help="A text file or JSONL line "
            "larger than this is an error, never read in full. "
            "Example: --max-article-mb 500",
        ),
    ] = 100.0,
    max_amounts: Annotated[
        int,
        typer.Option(
            "--max-amounts",
            min=0,
            help="An article with more amounts than this "
            "is an error row (its rows are held in memory until written). 0: no limit.",
        ),
    ] = 50_000,
    log_file: Annotated[
        Path | None,
        typer.Option(
            "--log-file",
            help="Also write the run's log (with the "
            "traceback of an internal error) to this file. Example: --log-file run.log",
        ),
    ] = None,
    log_level: Annotated[
        LogLevel,
        typer.Option(
            "--log-level", help="Least severity logged: debug, info, warning, error. Example: --log-level info"
        ),
    ] = LogLevel.warning,
    corrections: Annotated[
        Path | None,
        typer.Option(
            "--corrections",
            help="A reviewer's corrections.jsonl "
            "(exported by report.html): applied to the records of the articles it names, flagged "
            "corrected or confirmed. Example: --corrections corrections.jsonl",
        ),
    ] = None,
    formats: Annotated[
        list[str],
        typer.Option(
            "--format",
            help="Also write typed files beside the CSVs: parquet "
            "(records.parquet, mentions.parquet), sqlite (outputs.sqlite); repeat or join with commas. "
            "Example: --format parquet,sqlite",
        ),
    ] = ["csv"],  # noqa: B006 (typer reads the default)
) -> None:
    """Extract monetary amounts from INPUTS into CSV files in --out.

    Example: python -m pipeline run corpus/ --out outputs/
    """
    from .batch import run as run_batch
    from .sectors import TaxonomyError, load_taxonomy
    from .worker import RunOptions

    _setup_logging(log_file, log_level.value)
    order = date_order.value if date_order is not None else None
    try:
        doc_date = _date_option(doc_date, order)
    except typer.BadParameter as exc:
        typer.echo(f"error: --doc-date: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if engine is Engine.dask and not _has_dask():
        typer.echo(
            "error: --engine dask needs Dask: pip install 'news-money-pipeline[dask]' "
            "(from a clone: pip install '.[dask]')",
            err=True,
        )
        raise typer.Exit(EXIT_USAGE)
    from .ingest import check_inputs

    readable, problems = check_inputs(inputs)  # those that cannot be read are error rows of the run
    if not readable:
        for problem in problems:
            typer.echo(f"error: {problem}", err=True)
        typer.echo(f"error: none of the inputs can be read; nothing was written to {out}", err=True)
        raise typer.Exit(EXIT_USAGE)

    if sectors is not None:
        try:
            load_taxonomy(sectors, extend=not replace_sectors)
        except TaxonomyError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
    target = None if convert_to.lower() == "none" else convert_to.upper()
    if target is not None:
        from .fx import currencies

        if target not in currencies():
            choices = ", ".join(sorted(currencies()))
            typer.echo(f"error: --convert-to {convert_to}: no ECB rates for it; choose one of {choices}", err=True)
            raise typer.Exit(2)
    try:
        from .batch import check_output_dir

        check_output_dir(out)
    except OSError as exc:
        typer.echo(f"error: cannot write to output folder {out}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from None
    options = RunOptions(
        model=model,
        taxonomy=str(sectors) if sectors else None,
        extend_taxonomy=not replace_sectors,
        convert_to=target,
        fx_date=fx_date,
        article_timeout=article_timeout or None,
        max_amounts=max_amounts or None,
    )
    corrector = _corrector(corrections, options)
    from .formats import parse_formats

    try:
        formats = parse_formats(formats)
    except ValueError as exc:
        typer.echo(f"error: --format: {exc}", err=True)
        raise typer.Exit(2) from None
    progress = None
    if not quiet:
        progress = _progress_printer(inputs)
    summary = _guarded(
        lambda: run_batch(
            inputs,
            out,
            doc_date=doc_date,
            workers=workers,
            options=options,
            progress=progress,
            engine=engine.value,
            scheduler=scheduler,
            incremental=incremental,
            max_bytes=int(max_article_mb * 1_000_000),
            date_order=order,
            corrections=corrector,
        ),
        out,
        progress,
    )
    for error in summary.errors[:20]:
        typer.echo(f"error: {error.message}", err=True)
    if len(summary.errors) > 20:
        typer.echo(f"... {len(summary.errors) - 20} more errors in {out / 'errors.csv'}", err=True)
    for error in summary.errors:
        log.info("input error: %s", error.message)
    if summary.nothing_written:
        typer.echo(f"warning: no article found in the inputs; the outputs in {out} were left as they were", err=True)
        raise typer.Exit(EXIT_INPUTS)
    reused = f" ({summary.reused} unchanged, reused)" if incremental else ""
    line = (
        f"{summary.articles} articles{reused}, {summary.records} amounts, {len(summary.errors)} errors "
        f"in {summary.seconds:.1f}s -> {out}/records.csv"
    )
    log.info(line)
    typer.echo(line)
    if summary.corrections is not None:
        _echo_corrections(summary.corrections, out)
    if set(formats) - {"csv"}:
        from .formats import write_formats

        for path in write_formats(out, formats):
            typer.echo(f"wrote {path}")
    raise typer.Exit(EXIT_INPUTS if summary.errors else EXIT_OK)


@app.command("eval")
def evaluate(
    bench: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Gold case files (JSONL: text, amounts). "
            "Example: ../shared/bench/recognizers.jsonl tests/gold/money_cases.jsonl"
        ),
    ] = None,
    misses: Annotated[bool, typer.Option("--misses/--no-misses", help="List the cases we get wrong.")] = True,
    peer: Annotated[bool, typer.Option("--peer/--no-peer", help="Also score quantulum3 on the same cases.")] = True,
    corrections: Annotated[
        Path | None,
        typer.Option(
            "--corrections",
            help="Turn a reviewer's corrections.jsonl "
            "into gold cases (tests/gold/corrections.jsonl, or --gold-out) and score them. "
            "Example: --corrections corrections.jsonl",
        ),
    ] = None,
    gold_out: Annotated[
        Path | None,
        typer.Option(
            "--gold-out",
            help="With --corrections: the gold folder or "
            ".jsonl file to write (default tests/gold/). Example: --gold-out tests/gold/",
        ),
    ] = None,
) -> None:
    """Score money extraction (precision, recall, F1) on gold cases, beside quantulum3.

    Example: python -m pipeline eval ../shared/bench/recognizers.jsonl
    """
    from .evaluate import report

    if not bench and corrections is None:
        typer.echo("error: give gold case files, or --corrections FILE", err=True)
        raise typer.Exit(2)
    if corrections is not None:
        from .correction_gold import write_gold
        from .corrections import CorrectionError

        target = gold_out or Path("tests") / "gold"
        if gold_out is None and not target.is_dir():
            typer.echo("error: no tests/gold/ here; run from the project's folder or give --gold-out", err=True)
            raise typer.Exit(2)
        try:
            typer.echo(write_gold(corrections, target))
        except CorrectionError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
    if bench:
        typer.echo(report(bench, show_misses=misses, peer=peer))
        from .evaluate_kinds import kinds_sections

        for section in kinds_sections(bench, show_misses=misses):  # files whose amounts carry a kind
            typer.echo("\nKind, actor and country of each amount:\n\n" + section)


OutDir = Annotated[Path, typer.Argument(help="A folder written by `run` (with records.csv). Example: outputs/")]


@app.command()
def review(
    outdir: OutDir = Path("outputs"),
    corrections: Annotated[
        Path | None,
        typer.Option(
            "--corrections",
            help="Show which records this "
            "corrections.jsonl touches (default: the file the run applied, named in run.json). "
            "Example: --corrections corrections.jsonl",
        ),
    ] = None,
) -> None:
    """Write OUTDIR/report.html: counts, totals by currency, sector and year, a chart, every record highlighted.

    Example: python -m pipeline review outputs/
    """
    from .corrections import CorrectionError
    from .review import write_report

    try:
        typer.echo(f"wrote {_needs_outputs(lambda: write_report(outdir, corrections), outdir)}")
    except CorrectionError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@app.command()
def summary(outdir: OutDir = Path("outputs")) -> None:
    """Print the report's counts and totals as tables in the terminal.

    Example: python -m pipeline summary outputs/
    """
    from rich.console import Console

    from .review import summary_tables

    console = Console()
    for table in _needs_outputs(lambda: summary_tables(outdir), outdir):
        console.print(table)


def main() -> None:
    app()
