"""The state of ``--incremental`` runs: content hashes of the articles, checksums of the CSVs they
were written to, and the previous rows, streamed from those CSVs.

``state.json`` holds the format, the hash of every article processed without error, and the
SHA-256 of records.csv and mentions.csv as that run wrote them. A state that cannot be read, is
of another format, or whose CSVs changed since (rows deleted or edited by hand) is not used: the
run warns and processes every article. The previous rows are never loaded: ``PreviousRows``
indexes where each article's rows lie in the old CSVs (a few numbers per article) and copies them,
as written, into the new ones.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from pathlib import Path

STATE_FILE = "state.json"
STATE_FORMAT = "news-money-state/2"
CSV_FILES = ("records.csv", "mentions.csv")


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def load_state(out: Path) -> tuple[dict[str, str], str | None]:
    """(hashes by doc_id, why the state is not used, or None)."""
    path = out / STATE_FILE
    if not path.exists():
        return {}, None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        return {}, f"{path} cannot be read ({type(exc).__name__}), so every article is processed again"
    hashes = data.get("hashes") if isinstance(data, dict) else None
    files = data.get("files") if isinstance(data, dict) else None
    if (
        (data.get("format") if isinstance(data, dict) else None) != STATE_FORMAT
        or not isinstance(hashes, dict)
        or not isinstance(files, dict)
        or not all(isinstance(v, str) for v in hashes.values())
    ):
        return {}, f"{path} is not a state this version wrote, so every article is processed again"
    for name in CSV_FILES:
        try:
            same = file_digest(out / name) == files.get(name)
        except OSError:
            same = False
        if not same:
            return {}, (
                f"{out / name} changed since the run that wrote {path} (its checksum differs), "
                "so every article is processed again"
            )
    return hashes, None


def write_state(out: Path, hashes: dict[str, str]) -> None:
    from .export import write_json_atomic

    files = {name: file_digest(out / name) for name in CSV_FILES}
    write_json_atomic(out / STATE_FILE, {"format": STATE_FORMAT, "hashes": hashes, "files": files})


def _csv_records(fh) -> tuple[int, list[str]] | None:
    """(byte offset after it, fields) of each CSV record of a binary file, in order."""
    pos = 0

    def lines():
        nonlocal pos
        for raw in fh:
            pos += len(raw)
            yield raw.decode("utf-8")

    reader = csv.reader(lines())
    for row in reader:
        yield pos, row


class PreviousRows:
    """Where the rows of each wanted article lie in the previous records.csv and mentions.csv:
    (start, end) byte ranges, found in one streaming pass over each. An article whose rows are not
    one block is left out (processed again)."""

    def __init__(self, out: Path, wanted: set[str]):
        self.files = {}
        self.blocks: dict[str, dict[str, tuple[int, int]]] = {}
        self.broken: set[str] = set()
        for name in CSV_FILES:
            fh = open(out / name, "rb")
            self.files[name] = fh
            blocks: dict[str, tuple[int, int]] = {}
            broken: set[str] = set()
            records = _csv_records(fh)
            start, _ = next(records, (0, None))  # the header
            current = None
            for end, row in records:
                doc = row[0].removeprefix("'") if row else ""  # undo the spreadsheet guard for the key
                if doc in wanted:
                    if doc != current and doc in blocks:
                        broken.add(doc)
                    first = blocks[doc][0] if doc == current else start
                    blocks[doc] = (first, end)
                current = doc
                start = end
            for doc in broken:
                blocks.pop(doc, None)
            self.blocks[name] = blocks
            self.broken |= broken

    def usable(self, doc: str) -> bool:
        """Can the rows of ``doc`` be copied (none, or one block in each file)?"""
        return doc not in self.broken

    def text(self, name: str, doc: str) -> str:
        span = self.blocks[name].get(doc)
        if span is None:
            return ""
        fh = self.files[name]
        fh.seek(span[0])
        return fh.read(span[1] - span[0]).decode("utf-8")

    def close(self) -> None:
        for fh in self.files.values():
            fh.close()


def count_rows(text: str, column: int | None = None) -> tuple[int, Counter]:
    """(rows, Counter of the values of ``column``) of CSV ``text``."""
    kinds: Counter = Counter()
    n = 0
    for row in csv.reader(io.StringIO(text, newline="")):
        n += 1
        if column is not None and len(row) > column:
            kinds[row[column]] += 1
    return n, kinds
