"""Every data file in ``pipeline/lexicons/``, read and key-checked in one place.

Each file has a schema in ``SCHEMAS`` (kept in ``lexicon_schemas.py``, re-exported here): the keys
each of its objects may hold, which of them are required, and the shape of their values (nested
entries included: a scale word's ``factor``, a bare unit's ``code``). ``load(name)`` reads a file,
checks it against its schema and returns the data; an unknown or a missing key is a
``LexiconError`` that names the file, the key's path and the keys allowed there, so that a typo in
a lexicon never passes silently. ``_about`` (a note for the reader) is allowed in every object.
``pipeline/lexicons/README.md`` says what each key does.

The sector taxonomy is JSON Lines, one object a line: ``rows`` checks the lines of the bundled
``sectors.jsonl`` and of a user's taxonomy file alike.

Also here: ``names()`` (the files with a schema), ``path(name)`` (where a file lives; the generated
ones are written there), ``lines(name)`` (a JSON Lines file's text lines), ``check(name, data)``
(a fresh build before it is written) and ``alternation(forms)`` (a regex of lexicon forms).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

from .lexicon_schemas import GENERATED, SCHEMAS, WORD_MAP, WORDS, Each, Fields, Lines, ListOf  # noqa: F401

NOTE = "_about"  # a note for the reader, allowed in every object


class LexiconError(ValueError):
    """A lexicon file is malformed: the message names the file, the key path and the keys allowed."""


def names() -> list[str]:
    """The lexicon files, each with a schema."""
    return sorted(SCHEMAS)


def path(name: str):
    """Where ``lexicons/<name>`` lives in the installed package (build_lexicons writes there)."""
    return resources.files("pipeline").joinpath("lexicons", name)


def lines(name: str) -> list[str]:
    """The text lines of ``lexicons/<name>``, unchecked: for ``rows``, which checks them."""
    _schema(name)
    return path(name).read_text(encoding="utf-8").splitlines()


def _schema(name: str) -> Any:
    if name not in SCHEMAS:
        raise LexiconError(f"lexicons/{name}: no such lexicon; known: {names()}")
    return SCHEMAS[name]


def load(name: str) -> Any:
    """The data of ``lexicons/<name>``, checked against its schema; for a .jsonl file the list of
    its lines' objects. Read anew at each call: callers keep what they build from it.

    >>> load("numbers.json")["multipliers"]["dozen"]
    12
    """
    schema = _schema(name)
    if isinstance(schema, Lines):
        return [row for _, row in rows(lines(name), f"lexicons/{name}", name)]
    text = path(name).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LexiconError(f"lexicons/{name}: not valid JSON: {exc}") from exc
    check(name, data)
    return data


def check(name: str, data: Any) -> None:
    """Check the data of ``lexicons/<name>`` against its schema (a fresh build before it is written, too)."""
    _check(data, _schema(name), (), f"lexicons/{name}", LexiconError)


def rows(
    text_lines: Iterable[str], source: str, name: str = "sectors.jsonl", error: type[LexiconError] = LexiconError
) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each line of a JSON Lines file with the schema of ``name``, each
    checked; ``source`` names the file in errors ("mine.jsonl:3: ...").

    >>> list(rows(['# a comment', '{"id": "x", "forms": ["x"]}'], "mine.jsonl"))
    [(2, {'id': 'x', 'forms': ['x']})]
    """
    shape = _schema(name).line
    for n, line in enumerate(text_lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{source}:{n}: not valid JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise error(f"{source}:{n}: each line must be a JSON object")
        _check(row, shape, (), f"{source}:{n}", error)
        yield n, row


_KINDS = {str: "a string", int: "an integer", bool: "true or false", list: "a list", dict: "an object"}


def _describe(shape: Any) -> str:
    if isinstance(shape, (Fields, Each)):
        return "an object"
    if isinstance(shape, ListOf):
        return f"a list of {_describe(shape.item).split(' ', 1)[1]}s"
    return _KINDS[shape]


def _fits(data: Any, shape: Any) -> bool:
    """Is ``data`` of a leaf shape (str, int, bool)?"""
    return isinstance(shape, type) and isinstance(data, shape) and not (shape is int and isinstance(data, bool))


def _at(path: tuple[str, ...]) -> str:
    return "/".join(path) if path else "the top level"


def _in(path: tuple[str, ...]) -> str:
    return f"in {'/'.join(path)}" if path else "at the top level"


def _check(data: Any, shape: Any, path: tuple[str, ...], where: str, error: type[LexiconError]) -> None:
    def fail(message: str) -> None:
        raise error(f"{where}: {message}")

    if isinstance(shape, Fields):
        allowed = {**shape.required, **shape.optional}
        if not isinstance(data, dict):
            fail(f"{_at(path)}: expected an object with keys {sorted(allowed)}")
        unknown = [k for k in data if k not in allowed and k != NOTE]
        if unknown:
            fail(f"unknown keys {['/'.join((*path, k)) for k in unknown]}; allowed keys {_in(path)}: {sorted(allowed)}")
        missing = [k for k in shape.required if k not in data]
        if missing:
            fail(
                f"missing keys {['/'.join((*path, k)) for k in missing]}; "
                f"required {_in(path)}: {sorted(shape.required)}, allowed: {sorted(allowed)}"
            )
        for k, value in data.items():
            if k != NOTE:
                _check(value, allowed[k], (*path, k), where, error)
    elif isinstance(shape, Each):
        if not isinstance(data, dict):
            fail(f"{_at(path)}: expected an object")
        for k, value in data.items():
            if shape.fixed and k not in shape.fixed and k != NOTE and not _fits(value, shape.value):
                fail(
                    f"unknown keys {['/'.join((*path, k))]}; allowed keys {_in(path)}: {sorted(shape.fixed)}, "
                    f"besides any key whose value is {_describe(shape.value)}"
                )
            if k != NOTE:
                _check(value, shape.fixed.get(k, shape.value), (*path, k), where, error)
    elif isinstance(shape, ListOf) and isinstance(data, list):
        for i, item in enumerate(data):
            _check(item, shape.item, (*path, str(i)), where, error)
    elif isinstance(shape, ListOf) or not _fits(data, shape):
        fail(f"{_at(path)}: expected {_describe(shape)}, not {json.dumps(data, ensure_ascii=False)[:60]}")


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of lexicon forms for lower-cased text: longest first, any run of
    whitespace between the words of a form.

    >>> alternation(["by", "by the end of"])
    'by\\\\s+the\\\\s+end\\\\s+of|by'
    """
    forms = {f.lower() for f in forms}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)).replace(r"\ ", r"\s+")
