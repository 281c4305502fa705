"""Families that rounds 96 to 101 showed after round 98's fixes: each row a text written here for the
family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # a sector word right before a person noun names whom the money is for: its sector only alone
    ("The bank will lend $100m to build 800 rental homes for shipyard workers.", "$100m", ["real_estate"]),
    ("Shipyard workers will receive $20m in bonuses.", "$20m", ["shipbuilding"]),
    # silver towns are homes for the elderly, not silver mines; a cable car is no car
    ("Busan will spend 900 billion won on two silver towns.", "900 billion won", ["real_estate"]),
    ("The county will spend 40 billion won on a cable car.", "40 billion won", []),
    ("Silver rose to $7 an ounce.", "$7", ["mining"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2024-03-12")["sectors"]) == sorted(sectors)


KINDS = [
    # bad debts written off or charged are a charge against profit
    ("Lloyds wrote off £900m of bad debts last year.", "£900m", "profit"),
    ("Barclays' bad debt charge rose to £1.5bn.", "£1.5bn", "profit"),
    ("Its total debts rose to $5bn.", "$5bn", "valuation"),
    # money raised by selling shares in another company is a stake sale; by selling its own, an issue
    ("Kingfisher raised 1.2bn euros by selling shares in its French arm.", "1.2bn euros", "deal"),
    ("Acme raised 50 mln dlrs through the sale of common stock.", "50 mln dlrs", "financing"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2005-05-20")["kind"] == kind


ACTORS = [
    # a generic institution's name after a place's possessive keeps the place; a unique name does not
    ("Sri Lanka's Central Bank sold 250 mln rupees of treasury bills.", "250 mln rupees", "Sri Lanka's Central Bank"),
    ("Japan's Finance Ministry will issue 5 billion yen in bonds.", "5 billion yen", "Japan's Finance Ministry"),
    ("Brazil's Petrobras will invest $5bn in new wells.", "$5bn", "Petrobras"),
    ("The Central Bank sold 5 mln dlrs of bills.", "5 mln dlrs", "The Central Bank"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "1987-03-02")["actor"] == actor


def test_a_named_ministry_of_keeps_no_possessive():
    text = "China's Ministry of Finance will pay 120 billion yuan in subsidies."
    assert record(text, "120 billion yuan", "2019-03-02")["actor"] == "Ministry of Finance"
