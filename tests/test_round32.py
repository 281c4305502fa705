"""Families that round 32's misses showed (its set scored first, then read): each row a text written
here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

KINDS = [
    # money earned from a source is what the source's noun names, else revenue (kinds.json earned_from)
    ("Ghana earned 3 billion dollars from exports in 2024.", "3 billion", "trade", "exports"),
    ("Jordan hopes to earn $6 billion from tourism next year.", "$6 billion", "revenue", "earn"),
    ("Nurses earn $900 a month.", "$900", "pay", "earn"),  # as before: no source after "from"
    # the cost of a scheme of amounts per unit is that amount's kind (kinds.json unit_totals "cost")
    (
        "Seoul will pay farmers 1 million won each in relief, a scheme expected to cost 300 billion won.",
        "300 billion",
        "subsidy",
        "relief",
    ),
    ("The new smelter will cost $2 billion.", "$2 billion", "investment", "cost"),  # as before: no amount per unit
    # a rescue is financing; a goods and services tax a tax (kinds.json)
    ("Rome agreed to a 3 billion euro rescue of the airline.", "3 billion", "financing", "rescue"),
    ("GST collections rose to Rs 1.7 lakh crore in May.", "1.7 lakh crore", "tax_or_fine", "GST collections"),
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kind(text, mention, kind, trigger):
    found = record(text, mention)
    assert (found["kind"], found["trigger"]) == (kind, trigger)
