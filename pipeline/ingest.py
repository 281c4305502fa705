"""Read inputs into articles: folders of .txt/.md files and .jsonl/.jsonl.gz archives.

Every problem with one input becomes an ``InputError`` in the stream (naming the file, line and
reason) and the rest of the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .repair import FLAG as REPAIRED
from .repair import repair_text

TEXT_SUFFIXES = (".txt", ".md")
ARCHIVE_SUFFIXES = (".jsonl", ".jsonl.gz")
# Decoding order: UTF-8 (BOM or not), UTF-16 when it has a BOM, then cp1252, then latin-1,
# which decodes any byte, so undecodable input never stops a run (the record says which was used).
ENCODINGS = ("utf-8", "cp1252", "latin-1")


@dataclass
class Article:
    doc_id: str
    text: str
    date: str | None = None
    title: str = ""
    source: str = ""
    flags: list[str] = field(default_factory=list)


@dataclass
class InputError:
    doc: str
    line: int | None
    kind: str
    message: str


def parse_date(value: str) -> str:
    """An ISO date "YYYY-MM-DD" (a time after it is ignored); ValueError otherwise.

    >>> parse_date("2019-04-29"), parse_date("2019-04-29T10:00:00Z")
    ('2019-04-29', '2019-04-29')
    """
    text = str(value).strip().strip("'\"")
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise ValueError(f"not a date (expected YYYY-MM-DD): {value!r}") from None


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Jekyll/Hugo front matter: a first line '---', 'key: value' lines, a closing '---'.

    >>> split_front_matter("---\\ndate: 2019-04-29\\n---\\nBody")
    ({'date': '2019-04-29'}, 'Body')
    """
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:], 1):
        if line.strip() == "---":
            return meta, "\n".join(lines[i + 1:])
        k, sep, v = line.partition(":")
        if sep:
            meta[k.strip().lower()] = v.strip()
    return {}, text  # no closing line: not front matter


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding used)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for enc in ENCODINGS:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    return b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def read_text_file(path: Path, doc_id: str, doc_date: str | None) -> Article | InputError:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputError(doc_id, None, "unreadable", f"{path}: {exc.strerror or exc}")
    if _looks_binary(data):
        return InputError(doc_id, None, "binary", f"{path}: binary content, not a text article")
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n")
    meta, body = split_front_matter(text)
    date = doc_date
    if "date" in meta and meta["date"]:
        try:
            date = parse_date(meta["date"])
        except ValueError as exc:
            return InputError(doc_id, 1, "bad_date", f"{path}: front matter date {exc}")
    if not body.strip():
        return InputError(doc_id, None, "empty", f"{path}: no article text")
    flags = [] if encoding == "utf-8" else [f"encoding_{encoding.replace('-', '')}"]
    return Article(doc_id, body, date, meta.get("title", ""), str(path), flags)


def read_jsonl(path: Path, doc_date: str | None) -> Iterator[Article | InputError]:
    opener = gzip.open if path.name.endswith(".gz") else open
    seen: set[str] = set()
    n = 0
    try:
        with opener(path, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    row = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    yield InputError(str(path), n, "bad_json", f"{where}: not valid JSON ({exc})")
                    continue
                if not isinstance(row, dict):
                    yield InputError(str(path), n, "bad_json", f"{where}: a line must be a JSON object")
                    continue
                text = row.get("text")
                if not isinstance(text, str):
                    kind = "no_text" if text is None else "bad_text"
                    yield InputError(str(path), n, kind, f"{where}: 'text' must be a string")
                    continue
                doc_id = str(row.get("id") or f"{path.name}:{n}")
                if doc_id in seen:
                    yield InputError(doc_id, n, "duplicate_id", f"{where}: id {doc_id!r} already seen; line skipped")
                    continue
                seen.add(doc_id)
                date = doc_date
                if row.get("date"):
                    try:
                        date = parse_date(row["date"])
                    except ValueError as exc:
                        yield InputError(doc_id, n, "bad_date", f"{where}: {exc}")
                        continue
                if not text.strip():
                    yield InputError(doc_id, n, "empty", f"{where}: no article text")
                    continue
                yield Article(doc_id, text, date, str(row.get("title") or ""), where)
    except (OSError, EOFError, zlib.error) as exc:
        kind = "truncated" if isinstance(exc, (EOFError, zlib.error, gzip.BadGzipFile)) else "unreadable"
        yield InputError(str(path), n or None, kind, f"{path}: cannot read past line {n}: {exc}")


def _walk(root: Path) -> Iterator[Path]:
    """Files under root, sorted, without following symlinked folders (no loops)."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            yield Path(dirpath) / name


def is_input_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(TEXT_SUFFIXES) or name.endswith(ARCHIVE_SUFFIXES)


def repaired(item: Article | InputError) -> Article | InputError:
    """The article with damaged text (mojibake) repaired and flagged ``text_repaired``."""
    if isinstance(item, Article):
        text, changed = repair_text(item.text)
        if changed:
            item.text = text
            item.flags = [*item.flags, REPAIRED]
    return item


def iter_articles(inputs: list[Path], doc_date: str | None = None) -> Iterator[Article | InputError]:
    """Every article of every input, in order, its text repaired (``repair.repair_text``);
    problems come as InputError items."""
    for item in _iter_raw(inputs, doc_date):
        yield repaired(item)


def _iter_raw(inputs: list[Path], doc_date: str | None = None) -> Iterator[Article | InputError]:
    for root in inputs:
        if not root.exists():
            yield InputError(str(root), None, "missing", f"{root}: no such file or folder")
            continue
        if root.is_dir():
            files = [(p, p.relative_to(root).as_posix()) for p in _walk(root) if is_input_file(p)]
        else:
            files = [(root, root.name)]
        for path, doc_id in files:
            name = path.name.lower()
            if name.endswith(ARCHIVE_SUFFIXES):
                yield from read_jsonl(path, doc_date)
            elif name.endswith(TEXT_SUFFIXES) or root == path:
                yield read_text_file(path, doc_id, doc_date)


def count_articles(inputs: list[Path]) -> int:
    """How many articles the inputs hold (text files, and non-empty JSONL lines): for an ETA."""
    total = 0
    for root in inputs:
        paths = [root] if root.is_file() else [p for p in _walk(root) if is_input_file(p)] if root.is_dir() else []
        for path in paths:
            if path.name.lower().endswith(ARCHIVE_SUFFIXES):
                opener = gzip.open if path.name.endswith(".gz") else open
                try:
                    with opener(path, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except (OSError, EOFError, zlib.error):
                    continue
            else:
                total += 1
    return total
