"""Families that rounds 78 and 79 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # where a thing is installed is no destination, along a road or at a rest area too
    (
        "Busan will spend $40m on hydrogen refuelling stations at expressway service areas.",
        "$40m",
        ["hydrogen_economy"],
    ),
    ("Kia will put 100 robotaxis on the roads of Gangnam with $30m.", "$30m", ["future_cars"]),
    ("The city will spend $80m on new roads.", "$80m", ["construction"]),
    # not a site after a lender ("the World Bank for investment in"), nor across a clause
    ("It got $390m from the World Bank for investment in new highways.", "$390m", ["construction"]),
    (
        "It will spend $90m to build housing units in Kampala and reconstruct the roads.",
        "$90m",
        ["construction", "real_estate"],
    ),
    # commuter lines, music downloads and pouch cells have their sectors
    ("The ministry will spend $2bn on the GTX-C commuter line.", "$2bn", ["transport"]),
    ("Music downloads brought in $330m in sales.", "$330m", ["media"]),
    ("SK On will invest $1bn in a pouch-cell factory.", "$1bn", ["batteries"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2024-06-20")["sectors"]) == sorted(sectors)


KINDS = [
    # a noun right before the next amount of a list labels that amount, not the one before it
    ("Figures: sales £8.9bn, profit £124m, dividend 2.65p a share.", "£8.9bn", "revenue"),
    ("Figures: sales £8.9bn, profit £124m, dividend 2.65p a share.", "£124m", "profit"),
    ("It paid $5 million, mostly grants.", "$5 million", "subsidy"),
    # what a person takes home is pay; what a film takes is revenue
    ("Chief executive Terry Leahy took home £4.1m last year.", "£4.1m", "pay"),
    ("The film took $5m at the box office.", "$5m", "revenue"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2005-05-20")["kind"] == kind


PLACES = [
    # South Korean towns under GeoNames' 300,000 people are placed
    ("The government will give $5m to young farmers in Gimje and Sangju.", "$5m", "KR"),
    ("The government has spent $4bn on a commuter line between Paju and Dongtan.", "$4bn", "KR"),
]


@pytest.mark.parametrize(("text", "mention", "country"), PLACES)
def test_places(text, mention, country):
    assert record(text, mention, "2024-06-20")["country"] == country


ACTORS = [
    # an adverb opening a sentence names no actor
    ("Even if futures fell the daily limit of 1.50 cents today, producers could lock in a profit.", "1.50 cents", ""),
    ("Evenflo said profit rose to 5 mln dlrs.", "5 mln", "Evenflo"),
    # a headline's "X shares up/down ... at ..." is X's price, as "X shares rose" is
    ("PeopleSoft shares down 38 cents at $17.77 after Oracle cut its offer.", "$17.77", "PeopleSoft"),
    ("Shares in retailer Marks & Spencer up 12p at 342p on fresh bid talk", "342p", "Marks & Spencer"),
    ("Chip start-up Hyperion Logic Inc. was valued at 1.1 trillion won.", "1.1 trillion", "Hyperion Logic Inc."),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "1987-04-01")["actor"] == actor
