"""Families that rounds 92 and 93 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # forms the writers named and no form covered: breakwaters and beach nourishment are building
    # work, proton therapy is health care, pet food is food, delivery drones are drones, smart barns are
    # smart farms, biodegradable plastics are chemicals
    ("Gangwon will pour $40m into breakwaters and beach nourishment.", "$40m", ["construction"]),
    ("Seoul will spend $80m on heavy-ion and proton therapy centres.", "$80m", ["healthcare"]),
    ("The ministry will spend $20m on a pet food testing centre.", "$20m", ["food_and_beverage"]),
    ("Gyeonggi will spend $35m on unmanned aerial delivery vehicles.", "$35m", ["drones"]),
    ("The province will spend $45m to turn hog farms into smart pig barns.", "$45m", ["agriculture", "smart_farms"]),
    ("CJ will spend $80m on biodegradable plastic lines.", "$80m", ["chemicals"]),
    # amounts that "respectively" shares out take one sector word each only from a list, not from
    # words that modify one head ("medical AI services")
    (
        "SK, Naver and Kakao will put $50m, $40m and $25m, respectively, into medical AI services.",
        "$40m",
        ["artificial_intelligence", "healthcare"],
    ),
    (
        "Exports of howitzers, tanks and jets came to $2.1bn, $3.4bn and $2.9bn, respectively.",
        "$2.1bn",
        ["defense"],
    ),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2024-06-20")["sectors"]) == sorted(sectors)


KINDS = [
    # money raised from asset sales is what the sales fetch: a deal
    ("Alstom hopes to raise €1.5bn (£1bn) from asset sales.", "€1.5bn", "deal"),
    ("Alstom hopes to raise €1.5bn from investors.", "€1.5bn", "financing"),
    # money that is the subject of a passive "paid" is the price of what follows "for"
    ("A total of £2.9bn was paid by Barclays for a majority stake in Absa.", "£2.9bn", "deal"),
    ("He was paid £45,000 for the paperback.", "£45,000", "pay"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2004-08-05")["kind"] == kind


ACTORS = [
    # a newswire ticker between a possessive and the amount leaves the possessor the owner
    (
        "The board will consider Chrysler Corp's &lt;C> 1.5 billion dlr takeover offer.",
        "1.5 billion dlr",
        "Chrysler Corp",
    ),
    ("The board will consider Chrysler Corp's 1.5 billion dlr takeover offer.", "1.5 billion dlr", "Chrysler Corp"),
    # a title word that opens an organisation's name stays in it ("Premier Travel Inn"), not a person's
    ("Premier Travel Inn increased revenue to £379m.", "£379m", "Premier Travel Inn"),
    ("Premier Wen Jiabao said China would spend $5bn on roads.", "$5bn", "China"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "1987-03-20")["actor"] == actor
