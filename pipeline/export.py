"""Write records, mentions and errors as CSV, complete or not at all.

This module owns the output files: their columns, listed once here (``COLUMNS`` for records.csv,
``MENTION_COLUMNS`` for mentions.csv, ``ERROR_COLUMNS`` for errors.csv), the cells made safe for
spreadsheets, and atomic writing. Rows stream into a temporary file beside the target, which
replaces the target only when the run has finished: an interrupted run leaves the previous
outputs as they were.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from pathlib import Path

COLUMNS = [
    "doc_id", "sentence_id", "start", "end", "mention", "value", "currency", "qualifier", "per",
    "sectors", "years", "year_role", "flags", "sentence",
    # added after the end-to-end issue's list; never rename the ones above
    "value_min", "value_max", "duration", "link", "doc_date", "isic",
    # in the reference currency (pipeline/fx.py)
    "value_converted", "converted_currency", "fx_rate", "fx_date", "value_min_converted", "value_max_converted",
    # what the amount is, who is behind it and where (pipeline/kinds.py, pipeline/actors.py)
    "kind", "trigger", "actor", "actor_start", "actor_end", "country",
]
MENTION_COLUMNS = ["doc_id", "sentence_id", "kind", "start", "end", "mention", "normalised", "label"]
ERROR_COLUMNS = ["doc", "line", "kind", "message"]

# Spreadsheets execute a cell that starts with one of these; a leading apostrophe stops that.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TEXT_COLUMNS = {"doc_id", "mention", "sentence", "message", "doc", "trigger", "actor"}


def safe_cell(value):
    """Neutralise spreadsheet formulas in text cells.

    >>> safe_cell("=1+1"), safe_cell("10 trillion won")
    ("'=1+1", '10 trillion won')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_rows(rows: list[dict], columns: list[str]) -> list[list]:
    """Rows as lists in ``columns`` order, ready for a CSV writer: keys not in the columns are
    ignored, missing ones are empty, text cells are made safe for spreadsheets. Lists are what
    pool workers send back: cheaper to send and to write than dicts.

    >>> csv_rows([{"mention": "=1+1", "start": 3, "extra": 0}], ["start", "mention", "end"])
    [[3, "'=1+1", '']]
    """
    pairs = [(c, c in TEXT_COLUMNS) for c in columns]
    return [[safe_cell(row.get(c, "")) if text else row.get(c, "") for c, text in pairs] for row in rows]


class AtomicCsv:
    """A CSV written to a temporary file and moved into place by ``commit()``."""

    def __init__(self, path: Path, columns: list[str]):
        self.path = Path(path)
        self.columns = columns
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self.writer = csv.writer(self.fh)
        self.writer.writerow(columns)
        self.rows = 0

    def write(self, rows: list[dict] | list[list]) -> None:
        """Rows as dicts, or as lists that ``csv_rows`` made for these columns."""
        if rows and isinstance(rows[0], dict):
            rows = csv_rows(rows, self.columns)
        self.writer.writerows(rows)
        self.rows += len(rows)

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then move it into place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{Path(path).name}.", suffix=".tmp", dir=Path(path).parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_json_atomic(path: Path, data: dict) -> None:
    write_text_atomic(path, json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


class AtomicJsonl(AtomicCsv):
    """One JSON object a line, written and committed like ``AtomicCsv`` (no header, no escaping)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self.rows = 0

    def write(self, rows: list[dict]) -> None:
        for row in rows:
            self.fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.rows += len(rows)

