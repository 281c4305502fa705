"""Families that rounds 60 and 61's misses showed, and what reading Reuters over its line breaks
showed: each row a text written here for the family, not the gold's own. Article date 2023-06-20
unless a row says."""

from __future__ import annotations

import pytest

from sentence_record import record

DATE = "2023-06-20"

KINDS = [
    # a subsidiary is who earns or borrows, not a deal: the verb or noun of the money decides
    ("The West German subsidiary earned 2.5 billion marks last year.", "2.5 billion", "profit", "1987-03-02"),
    ("Its finance subsidiary will issue 100 mln dlrs of notes.", "100 mln", "financing", "1987-03-02"),
    # ... and a sale of one is still a deal
    (
        "Goodyear expects to sell its Celeron subsidiary for about two billion dlrs.",
        "two billion",
        "deal",
        "1987-03-02",
    ),
]


@pytest.mark.parametrize(("text", "mention", "kind", "date"), KINDS)
def test_kinds(text, mention, kind, date):
    assert record(text, mention, date)["kind"] == kind
