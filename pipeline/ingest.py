"""Read inputs into articles: folders of .txt/.md files and .jsonl/.jsonl.gz archives.

Every problem with one input becomes an ``InputError`` in the stream (naming the file, line and
reason) and the rest of the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import re
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .repair import FLAG as REPAIRED
from .repair import repair_text

TEXT_SUFFIXES = (".txt", ".md")
ARCHIVE_SUFFIXES = (".jsonl", ".jsonl.gz")
# Decoding order: UTF-8 (BOM or not), UTF-16 when it has a BOM, then cp1252, then latin-1,
# which decodes any byte, so undecodable input never stops a run (the record says which was used).
ENCODINGS = ("utf-8", "cp1252", "latin-1")
MAX_ARTICLE_BYTES = 100_000_000  # a text file or JSONL line longer than this is an error, never read in full
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass
class Article:
    doc_id: str
    text: str
    date: str | None = None
    title: str = ""
    source: str = ""
    flags: list[str] = field(default_factory=list)
    places: tuple[str, ...] = ()  # the countries the archive files it under (``filed_places``)


@dataclass
class InputError:
    doc: str
    line: int | None
    kind: str
    message: str


DATE_ORDERS = ("dmy", "mdy")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:[ T].*)?")
_ISO_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def parse_date(value, order: str | None = None) -> str:
    """An ISO date "YYYY-MM-DD" from the common forms of a date; ValueError otherwise.

    ISO dates (a time after them is ignored), dates with a month name in any order ("Thu, 26 Feb
    1987 15:01:01 GMT", "February 26, 1987", "26-Feb-1987", read by python-dateutil), and numeric
    day/month dates ("26/02/1987") only when ``order`` ("dmy" or "mdy", ``--date-order``) says
    which comes first: "03/04/1987" is a different day in London and in New York.

    >>> parse_date("2019-04-29"), parse_date("2019-04-29T10:00:00Z"), parse_date("Thu, 26 Feb 1987 15:01:01 GMT")
    ('2019-04-29', '2019-04-29', '1987-02-26')
    >>> parse_date("26/02/1987", "dmy"), parse_date("02/26/1987", "mdy"), parse_date("26.02.87", "dmy")
    ('1987-02-26', '1987-02-26', '1987-02-26')
    """
    text = str(value).strip().strip("'\"")
    hint = " (expected YYYY-MM-DD, or a date with a month name)"
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    numeric = _NUMERIC_DATE.fullmatch(text)
    if numeric:
        if order not in DATE_ORDERS:
            raise ValueError(
                f"not a date{hint}: {value!r}; for day/month dates declare the order with --date-order dmy or mdy"
            )
        a, b, year = numeric.groups()
        day, month = (a, b) if order == "dmy" else (b, a)
        year = int(year) + (1900 if int(year) >= 50 else 2000) if len(year) == 2 else int(year)
        try:
            return dt.date(year, int(month), int(day)).isoformat()
        except ValueError:
            raise ValueError(f"not a date{hint}: {value!r}") from None
    if _ISO_LIKE.match(text) or not any(c.isalpha() for c in text) or not re.search(r"\b\d{4}\b", text):
        raise ValueError(f"not a date{hint}: {value!r}")
    from dateutil import parser

    try:  # with two different defaults: a date that takes anything from them is incomplete ("Feb 1987")
        one = parser.parse(text, default=dt.datetime(2001, 1, 1)).date()
        two = parser.parse(text, default=dt.datetime(2002, 2, 2)).date()
    except (ValueError, OverflowError):
        raise ValueError(f"not a date{hint}: {value!r}") from None
    if one != two:
        raise ValueError(f"not a date{hint}: {value!r} lacks a day, month or year")
    return one.isoformat()


def filed_places(value) -> tuple[str, ...]:
    """The country names or codes an archive files an article under: a JSONL row's ``places``
    (Reuters-21578's own field: ``["canada"]``) or a front matter ``places:`` line (``canada, usa``
    or ``[canada, usa]``); anything else gives none.

    >>> filed_places(["canada", "usa"]), filed_places("[Canada, US]"), filed_places(None), filed_places(7)
    (('canada', 'usa'), ('Canada', 'US'), (), ())
    """
    if isinstance(value, str):
        value = value.strip().strip("[]").split(",")
    if not isinstance(value, list):
        return ()
    return tuple(p for p in (printable(v).strip().strip("'\"") for v in value if isinstance(v, str)) if p)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Front matter: Jekyll/Hugo YAML ('---', 'key: value' lines, '---') or Hugo TOML ('+++',
    'key = value' lines, '+++').

    >>> split_front_matter("---\\ndate: 2019-04-29\\n---\\nBody")
    ({'date': '2019-04-29'}, 'Body')
    >>> split_front_matter('+++\\ndate = 2019-04-29\\ntitle = "Seoul"\\n+++\\nBody')
    ({'date': '2019-04-29', 'title': 'Seoul'}, 'Body')
    """
    fence = "---" if text.startswith("---") else "+++" if text.startswith("+++") else None
    if fence is None:
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != fence:
        return {}, text
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:], 1):
        if line.strip() == fence:
            if fence == "+++":
                meta = _toml(lines[1:i])
                if meta is None:
                    return {}, text
            return meta, "\n".join(lines[i + 1 :])
        k, sep, v = line.partition(":")
        if sep and fence == "---":
            meta[k.strip().lower()] = v.strip()
    return {}, text  # no closing line: not front matter


def _toml(lines: list[str]) -> dict[str, str] | None:
    """The top-level keys of TOML front matter, as strings; None when it is not TOML."""
    try:
        import tomllib
    except ImportError:  # Python 3.10
        tomllib = None
    if tomllib is None:
        pairs = (line.partition("=") for line in lines)
        return {k.strip().lower(): v.strip().strip("'\"") for k, sep, v in pairs if sep}
    try:
        data = tomllib.loads("\n".join(lines))
    except (ValueError, RecursionError):
        return None
    return {
        str(k).lower(): (v.isoformat() if hasattr(v, "isoformat") else str(v))
        for k, v in data.items()
        if not isinstance(v, (dict, list))
    }


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding used)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"  # a lone surrogate: U+FFFD, not a crash
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


def printable(text: str) -> str:
    """``text`` that can be written as UTF-8: a lone surrogate (from a file name that is not UTF-8, or
    a JSON string "\\ud800") is written as an escape.

    >>> printable("bad\\udcff.txt"), printable("a\\ud800"), printable("ok")
    ('bad\\\\xff.txt', 'a\\\\ud800', 'ok')
    """
    if _SURROGATE.search(text) is None:
        return text
    raw = (
        text.encode("utf-8", "surrogateescape")
        if all("\udc80" <= c <= "\udcff" for c in _SURROGATE.findall(text))
        else None
    )
    if raw is not None:
        return raw.decode("utf-8", "backslashreplace")
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def clean_text(text: str) -> str:
    """An article's text with each lone surrogate replaced by U+FFFD (same length: offsets hold)."""
    return text if _SURROGATE.search(text) is None else _SURROGATE.sub("\ufffd", text)


def open_regular(path: Path):
    """A binary file object for ``path`` when it is a regular file; OSError otherwise.

    A FIFO, a device or a socket ("a.txt" made with mkfifo, /dev/zero) would block or never end:
    the file is opened without blocking and checked before a byte is read."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = "a folder" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode) else "a device or socket"
            raise OSError(f"{kind}, not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(fh, limit: int) -> bytes | None:
    """At most ``limit`` bytes of ``fh``; None when it holds more (it is not read further)."""
    data = fh.read(limit + 1)
    return None if len(data) > limit else data


def read_text_file(
    path: Path, doc_id: str, doc_date: str | None, max_bytes: int = MAX_ARTICLE_BYTES, date_order: str | None = None
) -> Article | InputError:
    doc_id = printable(doc_id)
    shown = printable(str(path))
    try:
        with open_regular(path) as fh:
            data = read_limited(fh, max_bytes)
    except OSError as exc:
        return InputError(doc_id, None, "unreadable", f"{shown}: {exc.strerror or exc}")
    if data is None:
        return InputError(
            doc_id, None, "too_large", f"{shown}: larger than the limit of {max_bytes:,} bytes (--max-article-mb)"
        )
    if _looks_binary(data):
        return InputError(doc_id, None, "binary", f"{shown}: binary content, not a text article")
    text, encoding = decode(data)  # never a lone surrogate: every decoder here replaces or refuses them
    text = text.replace("\r\n", "\n")
    meta, body = split_front_matter(text)
    date = doc_date
    if "date" in meta and meta["date"]:
        try:
            date = parse_date(meta["date"], date_order)
        except ValueError as exc:
            return InputError(doc_id, 1, "bad_date", f"{shown}: front matter date {exc}")
    if not body.strip():
        return InputError(doc_id, None, "empty", f"{shown}: no article text")
    flags = [] if encoding == "utf-8" else [f"encoding_{encoding.replace('-', '')}"]
    return Article(doc_id, body, date, meta.get("title", ""), shown, flags, filed_places(meta.get("places")))


def _lines(fh, limit: int) -> Iterator[bytes | None]:
    """The lines of a binary file; None for a line longer than ``limit`` bytes (skipped unread)."""
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(1 << 20)
            yield None
            continue
        yield raw


def read_jsonl(
    path: Path,
    doc_date: str | None,
    seen: set[str] | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
    date_order: str | None = None,
) -> Iterator[Article | InputError]:
    """The articles of a JSONL(.gz) archive. ``seen``: doc ids met so far in the run (a repeated id
    is an error, its line skipped)."""
    seen = set() if seen is None else seen
    shown = printable(str(path))
    n = 0
    try:
        with open_regular(path) as raw_fh:
            fh = gzip.GzipFile(fileobj=raw_fh) if path.name.endswith(".gz") else io.BufferedReader(raw_fh)
            for n, raw in enumerate(_lines(fh, max_bytes), 1):
                where = f"{shown}:{n}"
                if raw is None:
                    yield InputError(
                        shown,
                        n,
                        "too_large",
                        f"{where}: line longer than the limit of {max_bytes:,} bytes (--max-article-mb); skipped",
                    )
                    continue
                if not raw.strip():
                    continue
                try:
                    row = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
                    reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
                    yield InputError(shown, n, "bad_json", f"{where}: not valid JSON ({reason})")
                    continue
                if not isinstance(row, dict):
                    yield InputError(shown, n, "bad_json", f"{where}: a line must be a JSON object")
                    continue
                text = row.get("text")
                if not isinstance(text, str):
                    kind = "no_text" if text is None else "bad_text"
                    yield InputError(shown, n, kind, f"{where}: 'text' must be a string")
                    continue
                doc_id = printable(str(row.get("id") or f"{path.name}:{n}"))
                if doc_id in seen:
                    yield InputError(doc_id, n, "duplicate_id", f"{where}: id {doc_id!r} already seen; line skipped")
                    continue
                seen.add(doc_id)
                date = doc_date
                if row.get("date"):
                    try:
                        date = parse_date(row["date"], date_order)
                    except ValueError as exc:
                        yield InputError(doc_id, n, "bad_date", f"{where}: {exc}")
                        continue
                if not text.strip():
                    yield InputError(doc_id, n, "empty", f"{where}: no article text")
                    continue
                if b"\\u" in raw:  # a JSON escape may hold a lone surrogate ("\\ud800")
                    text = clean_text(text)
                title = printable(str(row.get("title") or ""))
                yield Article(doc_id, text, date, title, where, places=filed_places(row.get("places")))
    except (OSError, EOFError, zlib.error) as exc:
        kind = "truncated" if isinstance(exc, (EOFError, zlib.error, gzip.BadGzipFile)) else "unreadable"
        reason = exc.strerror or exc if isinstance(exc, OSError) and exc.strerror else exc
        yield InputError(shown, n or None, kind, f"{shown}: cannot read past line {n}: {reason}")


def _walk(root: Path, problems: list[OSError] | None = None) -> Iterator[Path]:
    """Files under root, sorted, without following symlinked folders (no loops). A folder that
    cannot be listed is added to ``problems`` (else skipped)."""
    onerror = problems.append if problems is not None else None
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=onerror):
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


def check_inputs(inputs: list[Path]) -> tuple[int, list[str]]:
    """(how many inputs can be read, a line for each that cannot): looked at before the run
    writes anything, so that a mistyped path never replaces the last run's outputs with empty ones."""
    readable, problems = 0, []
    for root in inputs:
        shown = printable(str(root))
        if not os.path.lexists(root):
            problems.append(f"{shown}: no such file or folder")
        elif not os.path.exists(root):
            problems.append(f"{shown}: a symbolic link to nothing")
        elif not os.access(root, os.R_OK | (os.X_OK if root.is_dir() else 0)):
            problems.append(f"{shown}: permission denied")
        else:
            readable += 1
    return readable, problems


def iter_articles(
    inputs: list[Path], doc_date: str | None = None, max_bytes: int = MAX_ARTICLE_BYTES, date_order: str | None = None
) -> Iterator[Article | InputError]:
    """Every article of every input, in order, its text repaired (``repair.repair_text``);
    problems come as InputError items (see ``_iter_raw``)."""
    for item in _iter_raw(inputs, doc_date, max_bytes, date_order):
        yield repaired(item)


def _iter_raw(
    inputs: list[Path], doc_date: str | None = None, max_bytes: int = MAX_ARTICLE_BYTES, date_order: str | None = None
) -> Iterator[Article | InputError]:
    """Every article of every input, in order, as read; problems come as InputError items.

    A doc id met twice in the run (the same id in two archives, ``x.txt`` in two folders) and a
    file read twice (an input given twice, or a file inside a folder also given) are errors; the
    later one is skipped."""
    seen_ids: set[str] = set()
    seen_files: set[tuple[int, int]] = set()
    for root in inputs:
        shown = printable(str(root))
        if not os.path.lexists(root):
            yield InputError(shown, None, "missing", f"{shown}: no such file or folder")
            continue
        problems: list[OSError] = []
        if root.is_dir():
            files = [(p, p.relative_to(root).as_posix()) for p in _walk(root, problems) if is_input_file(p)]
        else:
            files = [(root, root.name)]
        for exc in problems:
            where = printable(str(exc.filename or root))
            yield InputError(
                where,
                None,
                "unreadable",
                f"{where}: folder cannot be read ({exc.strerror or exc}); its files are missing from the run",
            )
        for path, doc_id in files:
            try:
                st = os.stat(path)
                key = (st.st_dev, st.st_ino)
            except OSError:
                key = None
            if key is not None and stat.S_ISREG(st.st_mode):
                if key in seen_files:
                    where = printable(str(path))
                    yield InputError(
                        printable(doc_id),
                        None,
                        "repeated_input",
                        f"{where}: this file was already read in this run; skipped",
                    )
                    continue
                seen_files.add(key)
            name = path.name.lower()
            if name.endswith(ARCHIVE_SUFFIXES):
                yield from read_jsonl(path, doc_date, seen_ids, max_bytes, date_order)
                continue
            item = read_text_file(path, doc_id, doc_date, max_bytes, date_order)
            if isinstance(item, Article):
                if item.doc_id in seen_ids:
                    yield InputError(
                        item.doc_id,
                        None,
                        "duplicate_id",
                        f"{item.source}: id {item.doc_id!r} already seen in this run; file skipped",
                    )
                    continue
                seen_ids.add(item.doc_id)
            yield item


def count_articles(inputs: list[Path]) -> int:
    """How many articles the inputs hold (text files, and non-empty JSONL lines): for an ETA."""
    total = 0
    for root in inputs:
        paths = [root] if root.is_file() else [p for p in _walk(root) if is_input_file(p)] if root.is_dir() else []
        for path in paths:
            if path.name.lower().endswith(ARCHIVE_SUFFIXES):
                try:
                    with open_regular(path) as raw:
                        fh = gzip.GzipFile(fileobj=raw) if path.name.endswith(".gz") else io.BufferedReader(raw)
                        total += sum(1 for line in _lines(fh, MAX_ARTICLE_BYTES) if line is None or line.strip())
                except (OSError, EOFError, zlib.error):
                    continue
            else:
                total += 1
    return total
