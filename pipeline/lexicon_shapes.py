"""The shapes a lexicon schema is written in (``lexicon_schemas.SCHEMAS``): a JSON object with named
keys (``Fields``), one with free keys (``Each``), an array (``ListOf``), JSON Lines (``Lines``), and
the common shapes built from them. ``lexicon.load`` checks each file against them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Fields:
    """A JSON object with named keys: each key maps to the shape of its value."""

    required: dict[str, Any]
    optional: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Each:
    """A JSON object whose keys are free (words, symbols, labels), each value of one shape;
    ``fixed`` names optional keys that hold something else (per_units.json's ``adverbs``)."""

    value: Any
    fixed: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ListOf:
    """A JSON array, each item of one shape."""

    item: Any


@dataclass(frozen=True)
class Lines:
    """JSON Lines: one object a line, each of one shape; blank lines and lines starting with # are skipped."""

    line: Any


WORDS = ListOf(str)
WORD_MAP = Each(str)  # surface form -> canonical form, code or title
WORD_INTS = Each(int)  # word -> a number ("fourth" -> 10, the month a quarter opens)
GENERATED = Each(str)  # _source of a generated file: package -> version it was built with
