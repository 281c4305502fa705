"""Typed outputs beside the CSVs, for analysts: Parquet and SQLite, and ``read_records(OUT)``.

``run --format parquet`` writes ``records.parquet`` and ``mentions.parquet``; ``--format sqlite``
writes ``outputs.sqlite`` with the tables ``records``, ``mentions`` and ``errors``. The CSVs are
always written (they are the run's own record, and what ``--incremental`` reads back); the typed
files are made from them when the run ends, in chunks, and moved into place complete.

Types (``RECORD_TYPES``): offsets and sentence numbers are integers; ``value`` and the other
exact decimals stay exact, as text (Parquet strings, SQLite TEXT; ``read_records`` gives
``decimal.Decimal``), since no fixed decimal type holds both 10 trillion won and an FX rate of 19
decimals; lists (``sectors``, ``years``, ``year_role``, ``flags``, ``isic``, ``duration``) are
lists (Parquet list columns, SQLite JSON arrays); dates are dates (Parquet date32, SQLite ISO text
declared DATE; ``read_records`` gives datetime64). Empty decimals and dates are null. Text cells
lose the spreadsheet guard of the CSV (a leading ``'`` before ``=``, ``+``, ``-``, ``@``).

The column ``flags`` keeps its name: in pandas, ``df.flags`` is the DataFrame's own ``Flags``
object, so reach the column as ``df["flags"]``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from decimal import Decimal
from pathlib import Path

import pandas as pd

FORMATS = ("csv", "parquet", "sqlite")
SQLITE_FILE = "outputs.sqlite"
CHUNK = 50_000
RECORD_TYPES = {
    "sentence_id": "int",
    "start": "int",
    "end": "int",
    "value": "decimal",
    "sectors": "list",
    "years": "intlist",
    "year_role": "list",
    "flags": "list",
    "value_min": "decimal",
    "value_max": "decimal",
    "duration": "list",
    "doc_date": "date",
    "isic": "list",
    "value_converted": "decimal",
    "fx_rate": "decimal",
    "fx_date": "date",
    "value_min_converted": "decimal",
    "value_max_converted": "decimal",
}  # any other column (doc_id, mention, currency, ..., and columns added later) is text
MENTION_TYPES = {"sentence_id": "int", "start": "int", "end": "int"}
ERROR_TYPES = {"line": "int"}
TABLES = {"records": RECORD_TYPES, "mentions": MENTION_TYPES, "errors": ERROR_TYPES}
_GUARD = ("'=", "'+", "'-", "'@", "'\t", "'\r")
_SQL = {"int": "INTEGER", "decimal": "TEXT", "list": "TEXT", "intlist": "TEXT", "date": "DATE", "str": "TEXT"}


def parse_formats(values: list[str]) -> list[str]:
    """'csv,parquet' and repeated options alike; an unknown format raises ValueError.

    >>> parse_formats(["csv,parquet", "sqlite"])
    ['csv', 'parquet', 'sqlite']
    """
    out = []
    for value in values:
        for f in filter(None, (v.strip().lower() for v in value.split(","))):
            if f not in FORMATS:
                raise ValueError(f"unknown format {f!r}; choose from {', '.join(FORMATS)}")
            if f not in out:
                out.append(f)
    return out


def _cell(kind: str, text: str):
    """One CSV cell as its typed value (text columns lose the spreadsheet guard)."""
    if kind == "str":
        return text[1:] if text.startswith(_GUARD) else text
    if kind == "int":
        return int(text) if text != "" else None
    if kind == "list":
        return text.split("|") if text else []
    if kind == "intlist":
        return [int(y) for y in text.split("|")] if text else []
    return text or None  # decimal (exact text) and date (ISO text)


def _typed_chunks(path: Path, types: dict[str, str]):
    """(columns, {column: typed values}) for each chunk of a CSV."""
    for chunk in pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=CHUNK):
        yield list(chunk.columns), {c: [_cell(types.get(c, "str"), v) for v in chunk[c]] for c in chunk.columns}


def _arrow_type(kind: str):
    import pyarrow as pa

    return {
        "int": pa.int64(),
        "decimal": pa.string(),
        "list": pa.list_(pa.string()),
        "intlist": pa.list_(pa.int32()),
        "date": pa.date32(),
        "str": pa.string(),
    }[kind]


def _arrow_values(kind: str, values: list) -> list:
    if kind == "date":
        import datetime as dt

        return [dt.date.fromisoformat(v) if v else None for v in values]
    return values


def _atomic(path: Path):
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(tmp)


def write_parquet(csv_path: Path, types: dict[str, str]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = csv_path.with_suffix(".parquet")
    tmp = _atomic(target)
    writer = None
    try:
        for columns, values in _typed_chunks(csv_path, types):
            kinds = {c: types.get(c, "str") for c in columns}
            schema = pa.schema([(c, _arrow_type(kinds[c])) for c in columns])
            table = pa.table(
                {c: pa.array(_arrow_values(kinds[c], values[c]), type=_arrow_type(kinds[c])) for c in columns},
                schema=schema,
            )
            writer = writer or pq.ParquetWriter(tmp, schema, compression="zstd")
            writer.write_table(table)
        if writer is None:  # an empty CSV: the header only
            header = pd.read_csv(csv_path, dtype=str, nrows=0).columns
            schema = pa.schema([(c, _arrow_type(types.get(c, "str"))) for c in header])
            pq.write_table(schema.empty_table(), tmp)
        else:
            writer.close()
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


def write_sqlite(out: Path) -> Path:
    target = out / SQLITE_FILE
    tmp = _atomic(target)
    tmp.unlink()
    try:
        with sqlite3.connect(tmp) as db:
            for table, types in TABLES.items():
                csv_path = out / f"{table}.csv"
                if not csv_path.exists():
                    continue
                header = list(pd.read_csv(csv_path, dtype=str, nrows=0).columns)
                kinds = {c: types.get(c, "str") for c in header}
                cols = ", ".join(f'"{c}" {_SQL[kinds[c]]}' for c in header)
                db.execute(f'CREATE TABLE "{table}" ({cols})')
                marks = ", ".join("?" * len(header))
                for columns, values in _typed_chunks(csv_path, types):
                    for c in columns:
                        if kinds[c] in ("list", "intlist"):
                            values[c] = [json.dumps(v, ensure_ascii=False) for v in values[c]]
                    db.executemany(f'INSERT INTO "{table}" VALUES ({marks})', zip(*values.values(), strict=True))
            db.execute("CREATE INDEX records_doc ON records (doc_id)")
        db.close()
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


def write_formats(out: Path, formats: list[str]) -> list[Path]:
    """Write the typed files of ``formats`` (besides csv) from the CSVs in ``out``."""
    out = Path(out)
    written = []
    if "parquet" in formats:
        written += [
            write_parquet(out / "records.csv", RECORD_TYPES),
            write_parquet(out / "mentions.csv", MENTION_TYPES),
        ]
    if "sqlite" in formats:
        written.append(write_sqlite(out))
    return written


def _frame(columns: list[str], values: dict[str, list], types: dict[str, str]) -> pd.DataFrame:
    """A DataFrame with the typed readers' dtypes, from typed Python values (the same for every source)."""
    data = {}
    for c in columns:
        kind, v = types.get(c, "str"), values[c]
        if kind == "decimal":
            data[c] = pd.Series([Decimal(x) if x is not None else None for x in v], dtype=object)
        elif kind == "date":
            data[c] = pd.to_datetime(pd.Series([str(x) if x is not None else None for x in v], dtype=object))
        elif kind == "int":
            data[c] = pd.Series(v, dtype="int64")
        elif kind in ("list", "intlist"):
            data[c] = pd.Series([list(x) for x in v], dtype=object)
        else:
            data[c] = pd.Series(v, dtype="str")
    return pd.DataFrame(data, columns=columns)


def _fresh(typed: Path, csv_path: Path) -> bool:
    return typed.exists() and (not csv_path.exists() or typed.stat().st_mtime >= csv_path.stat().st_mtime)


def read_records(out: str | Path, source: str = "auto") -> pd.DataFrame:
    """The records of a run as a typed DataFrame (see the module's doc for the types).

    ``source``: "parquet", "sqlite", "csv", or "auto": records.parquet, else outputs.sqlite, when
    it is at least as new as records.csv, else records.csv. The three give equal frames. The flags
    are ``df["flags"]`` (``df.flags`` is pandas' own attribute).
    """
    out = Path(out)
    csv_path = out / "records.csv"
    if source == "auto":
        source = (
            "parquet"
            if _fresh(out / "records.parquet", csv_path)
            else "sqlite"
            if _fresh(out / SQLITE_FILE, csv_path)
            else "csv"
        )
    if source == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(out / "records.parquet")
        values = {c: table.column(c).to_pylist() for c in table.column_names}
        return _frame(table.column_names, values, RECORD_TYPES)
    if source == "sqlite":
        with sqlite3.connect(out / SQLITE_FILE) as db:
            cursor = db.execute("SELECT * FROM records")
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
        values = {c: [r[i] for r in rows] for i, c in enumerate(columns)}
        for c in columns:
            if RECORD_TYPES.get(c) in ("list", "intlist"):
                values[c] = [json.loads(v) for v in values[c]]
        return _frame(columns, values, RECORD_TYPES)
    if source == "csv":
        if not csv_path.exists():
            raise FileNotFoundError(f"{csv_path}: no records.csv here")
        columns, values = [], {}
        for cols, chunk in _typed_chunks(csv_path, RECORD_TYPES):
            columns = cols
            for c in cols:
                values.setdefault(c, []).extend(chunk[c])
        if not columns:
            columns = list(pd.read_csv(csv_path, dtype=str, nrows=0).columns)
            values = {c: [] for c in columns}
        return _frame(columns, values, RECORD_TYPES)
    raise ValueError(f"source must be parquet, sqlite, csv or auto, not {source!r}")
