"""Write records, mentions and errors as CSV, complete or not at all.

This module owns the output files: their columns, listed once here (``COLUMNS`` for records.csv,
``MENTION_COLUMNS`` for mentions.csv, ``ERROR_COLUMNS`` for errors.csv), the cells made safe for
spreadsheets, and atomic writing. Rows stream into a temporary file beside the target, which
replaces the target only when the run has finished: an interrupted run leaves the previous
outputs as they were.
"""

from __future__ import annotations

import csv
import fcntl
import json
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .fx import FX_COLUMNS

COLUMNS = [
    "doc_id",
    "sentence_id",
    "start",
    "end",
    "mention",
    "value",
    "currency",
    "qualifier",
    "per",
    "sectors",
    "years",
    "year_role",
    "flags",
    "sentence",
    # added after the end-to-end issue's list; never rename the ones above
    "value_min",
    "value_max",
    "duration",
    "link",
    "doc_date",
    "isic",
    # in the reference currency (pipeline/fx.py)
    *FX_COLUMNS,
    # what the amount is, who is behind it and where (pipeline/kinds.py, pipeline/actors.py)
    "kind",
    "trigger",
    "actor",
    "actor_start",
    "actor_end",
    "country",
]
MENTION_COLUMNS = ["doc_id", "sentence_id", "kind", "start", "end", "mention", "normalised", "label"]
ERROR_COLUMNS = ["doc", "line", "kind", "message"]

# Spreadsheets execute a cell that starts with one of these; a leading apostrophe stops that. Every
# string cell gets it, in every file (a sector id from --sectors, mentions.csv's "-1920000000 USD"),
# except the number columns, where a leading minus is a number's sign.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_RISKY = frozenset(_FORMULA_START)  # safe_cell's test, inlined in csv_rows
DECIMAL_COLUMNS = (  # exact amounts and rates: plain decimals in the CSV, Decimal in typed readers
    "value",
    "value_min",
    "value_max",
    "value_converted",
    "fx_rate",
    "value_min_converted",
    "value_max_converted",
)
NUMBER_COLUMNS = frozenset({"sentence_id", "start", "end", "line", "actor_start", "actor_end", *DECIMAL_COLUMNS})


def safe_cell(value):
    """Neutralise spreadsheet formulas in text cells.

    >>> safe_cell("=1+1"), safe_cell("10 trillion won"), safe_cell("-1920000000 USD")
    ("'=1+1", '10 trillion won', "'-1920000000 USD")
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class OutputError(OSError):
    """An output file could not be written: names the file, and for a full disk the space needed."""

    def __init__(self, path: Path, exc: OSError, written: int = 0):
        import errno
        import shutil

        self.path = Path(path)
        reason = exc.strerror or str(exc)
        if exc.errno == errno.ENOSPC:
            try:
                free = shutil.disk_usage(self.path.parent).free
            except OSError:
                free = 0
            reason = (
                f"no space left on the device ({free / 1e6:,.1f} MB free; {written / 1e6:,.1f} MB of it "
                "were written, free at least as much again and run once more)"
            )
        super().__init__(exc.errno, f"cannot write {self.path}: {reason}")


def _mode() -> int:
    """The mode a new file gets under the process's umask: outputs follow it (mkstemp's are 0600)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def csv_rows(rows: list[dict], columns: list[str]) -> list[list]:
    """Rows as lists in ``columns`` order, ready for a CSV writer: keys not in the columns are
    ignored, missing ones are empty, text cells are made safe for spreadsheets. Lists are what
    pool workers send back: cheaper to send and to write than dicts.

    >>> csv_rows([{"mention": "=1+1", "start": 3, "extra": 0}], ["start", "mention", "end"])
    [[3, "'=1+1", '']]
    """
    pairs = [(c, c not in NUMBER_COLUMNS) for c in columns]
    return [
        [
            ("'" + v if text and v.__class__ is str and v[:1] in _RISKY else v)
            for c, text in pairs
            for v in (row.get(c, ""),)
        ]
        for row in rows
    ]


class AtomicCsv:
    """A CSV written to a temporary file and moved into place by ``commit()``."""

    def __init__(self, path: Path, columns: list[str] | None):
        self.path = Path(path)
        self.columns = columns or []
        self.tmp = None
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
            os.fchmod(fd, _mode())
            self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
            self.writer = csv.writer(self.fh)
            if columns is not None:  # None: a file of another kind (AtomicJsonl)
                self.writer.writerow(columns)
        except OSError as exc:
            self.abort()
            raise OutputError(self.path, exc) from exc
        self.rows = 0

    def write(self, rows: list[dict] | list[list]) -> None:
        """Rows as dicts, or as lists that ``csv_rows`` made for these columns."""
        if rows and isinstance(rows[0], dict):
            rows = csv_rows(rows, self.columns)
        try:
            self.writer.writerows(rows)
        except OSError as exc:
            raise OutputError(self.path, exc, self._written()) from exc
        self.rows += len(rows)

    def write_raw(self, text: str) -> None:
        """Rows already written as CSV by an earlier run (``--incremental``)."""
        try:
            self.fh.write(text)
        except OSError as exc:
            raise OutputError(self.path, exc, self._written()) from exc

    def _written(self) -> int:
        try:
            return os.path.getsize(self.tmp)
        except OSError:
            return 0

    def commit(self) -> None:
        try:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.replace(self.tmp, self.path)
        except OSError as exc:
            raise OutputError(self.path, exc, self._written()) from exc

    def abort(self) -> None:
        fh = getattr(self, "fh", None)
        if fh is not None and not fh.closed:
            try:
                fh.close()
            except OSError:  # a full disk fails the last flush too
                pass
        if self.tmp and os.path.exists(self.tmp):
            os.unlink(self.tmp)


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then move it into place."""
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{Path(path).name}.", suffix=".tmp", dir=Path(path).parent)
        os.fchmod(fd, _mode())
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(Path(path), exc, len(text.encode())) from exc
        raise


_TEMP = re.compile(r"^(?:\.[^/]+\.[A-Za-z0-9_]{4,}\.tmp|\.write-test(?:\..*)?)$")


def remove_stale_temp_files(out: Path) -> list[Path]:
    """Remove the temporary files that an earlier run into ``out`` left behind when it was killed
    (SIGKILL, a power cut): hidden ``.NAME.XXXXXXXX.tmp`` files, also in ``partitions/``. Called with
    the folder's lock held, so no other run is writing them."""
    removed = []
    for folder in (out, out / "partitions"):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if _TEMP.match(path.name) and path.is_file():
                try:
                    path.unlink()
                    removed.append(path)
                except OSError:
                    pass
    return removed


def write_json_atomic(path: Path, data: dict) -> None:
    write_text_atomic(path, json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


class AtomicJsonl(AtomicCsv):
    """One JSON object a line, written and committed like ``AtomicCsv`` (no header, no escaping)."""

    def __init__(self, path: Path):
        super().__init__(path, None)

    def write(self, rows: list[dict]) -> None:
        try:
            for row in rows:
                self.fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise OutputError(self.path, exc, self._written()) from exc
        self.rows += len(rows)


class OutputLocked(OSError):
    """Another run is writing to the same output folder."""


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold ``out/.lock`` (an advisory lock of the operating system, released when the process
    ends, however it ends) for the run: a second run into the same folder fails at once instead
    of silently overwriting the first one's outputs."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / ".lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, _mode())
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise OutputLocked(f"another run (process {holder}) is writing to {out}; wait for it to end") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)


def check_records(path: Path, limit: int = 5) -> list[str]:
    """Problems of a records.csv that ``review`` and ``summary`` would trip on (a row edited by
    hand: a short row, a value that is no number), each naming the file and line; [] when none.
    Streams the file."""
    from decimal import Decimal, InvalidOperation

    problems: list[str] = []
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None) or []
        missing = [
            c
            for c in ("doc_id", "sentence_id", "value", "currency", "per", "flags", "sectors", "years")
            if c not in header
        ]
        if missing:
            return [f"{path}:1: the header lacks the columns {', '.join(missing)}; not a records.csv of this tool"]
        numbers = [(header.index(c), c) for c in ("value", "value_converted", "sentence_id") if c in header]
        for row in reader:
            line = reader.line_num
            if len(row) != len(header):
                problems.append(f"{path}:{line}: {len(row)} cells, the header has {len(header)}")
            else:
                for i, name in numbers:
                    cell = row[i]
                    if name != "value" and cell == "":
                        continue
                    try:
                        ok = Decimal(cell).is_finite()
                    except InvalidOperation:
                        ok = False
                    if not ok or (name == "sentence_id" and not cell.isdigit()):
                        problems.append(f"{path}:{line}: {name} {cell[:40]!r} is not a number")
                        break
            if len(problems) >= limit:
                break
    return problems
