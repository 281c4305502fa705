"""The record of one amount in a sentence written for a test: shared by the family tables of tests/test_round*.py."""

from __future__ import annotations

from pipeline import extract


def record(text: str, mention: str, date: str = "2025-03-04") -> dict:
    """The first record whose mention holds ``mention`` (fails, naming what was found, when none does)."""
    found = [r for r in extract(text, date, convert_to=None) if mention in r["mention"]]
    assert found, f"no amount {mention!r} in {[r['mention'] for r in extract(text, date)]}"
    return found[0]


def sole_record(text: str, date: str = "2025-03-04") -> dict:
    """The one record of a sentence written for a test (fails when it holds none or several)."""
    (found,) = extract(text, date, convert_to=None)
    return found


def kind_and_trigger(text: str, mention: str) -> tuple[str, str]:
    """The kind and the trigger of the amount ``mention`` in a sentence written for a test."""
    found = record(text, mention)
    return found["kind"], found["trigger"]


def records(text: str, date: str = "2024-03-05") -> list[dict]:
    """Every record of a text written for a test, unconverted."""
    return extract(text, date, convert_to=None)


def sectors(text: str, date: str = "2024-03-05") -> list[list[str]]:
    """Each record's sectors, sorted: what a family table of sectors compares."""
    return [sorted(r["sectors"]) for r in records(text, date)]
