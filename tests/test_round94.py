"""Families that rounds 94 and 95 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # a reconnaissance or spy satellite is defence as well as aerospace; an earth-observation one is not
    ("The ministry will spend $1bn on reconnaissance satellites.", "$1bn", ["aerospace", "defense"]),
    ("The agency will spend $200m on earth observation satellites.", "$200m", ["aerospace"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2025-10-22")["sectors"]) == sorted(sectors)


ACTORS = [
    # adjectives between "The" and an institution's head stay in its name before "of"
    ("The provincial government of Jeju budgeted $15m for a plant.", "$15m", "The provincial government of Jeju"),
    ("The government of Jeju budgeted $15m for a plant.", "$15m", "The government of Jeju"),
    ("The British oil company BP will invest $5bn.", "$5bn", "BP"),
    # "for" controls an infinitive's subject as "urged" does: who meets the repayments, not who speaks
    (
        "Omar said it would be hard for Sudan to meet debt repayments of 4.17 billion dlrs.",
        "4.17 billion dlrs",
        "Sudan",
    ),
    ("The plan is for the city to spend 5 bln dlrs on roads.", "5 bln dlrs", "the city"),
    # not a "for" whose "to" leads to the amount, nor a trip's destination
    ("Acme raised its offer for Beta Corp to about 7 bln dlrs.", "about 7 bln dlrs", "Acme"),
    (
        "Minister Ronnie De Mel has left for Washington to seek a loan of 6.5 billion rupees.",
        "6.5 billion rupees",
        "Ronnie De Mel",
    ),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2022-06-23")["actor"] == actor
