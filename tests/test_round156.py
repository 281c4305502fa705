"""Families that rounds 156 and 157 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _all(text: str, date: str = "2024-05-15") -> list[dict]:
    return extract(text, date, convert_to=None)


# sector forms: cement is building material; a university hospital is a hospital; lunar exploration is
# space; an SMR foundry builds reactors, not chips (a foundry after another sector's word names none)
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Lafarge, the French cement group, will spend 300m euros on a new kiln.", ["construction"]),
        ("Daegu will invest 80 billion won in a 600-bed university hospital.", ["healthcare"]),
        ("The space agency set aside 90 billion won for lunar exploration.", ["aerospace"]),
        ("Doosan will invest 1 trillion won in an SMR foundry in Changwon.", ["energy"]),
        ("Samsung will invest 5 trillion won in a new foundry in Texas.", ["semiconductors"]),
    ],
)
def test_sector_forms(text, sectors):
    assert _all(text)[0]["sectors"] == sectors


# games are not media in the gold (its annotators gave game makers no sector: 20 amounts to 2)
def test_games_are_no_media():
    text = "Mobile games developer Tapjoy raised $12m from venture capital firms."
    assert _all(text, "2005-06-01")[0]["sectors"] == []


# a descriptor's modifier describes the name too ("electronics retailer Yamada Denki"), and a name
# after a demonym and a descriptor opens no lede: "Japanese electronics retailer Yamada Denki lifted"
def test_a_descriptor_with_its_modifier():
    text = "Japanese electronics retailer Yamada Denki lifted its profit forecast to ¥56bn."
    found = _all(text, "2005-11-01")[0]
    assert (found["sectors"], found["actor"]) == (["electronics", "retail"], "Yamada Denki")


# a later mention of the same money: "X's investment, roughly $2.3 billion," and "The price, about ...,"
# restate the money before (its sectors, years, kind and actor); "raised from an earlier" is its level
@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Coupang will invest 3 trillion won through 2027 in logistics centres. "
            "Coupang's investment, roughly $2.3 billion, will fund cold-chain hubs.",
            "years",
            [2027],
        ),
        (
            "SK On agreed to pay A$530 million for a stake in a lithium miner. "
            "The price, about 460 billion won, will be paid in two installments.",
            "sectors",
            ["mining"],
        ),
        (
            "SK On agreed to pay A$530 million for a stake in a lithium miner. "
            "The price, about 460 billion won, will be paid in two installments.",
            "actor",
            "SK On",
        ),
        (
            "SK On agreed to pay A$530 million for a stake in a lithium miner. "
            "The price, about 460 billion won, will be paid in two installments.",
            "kind",
            "deal",
        ),
        (
            "Seoul will spend 3.7 trillion won by 2035 on a satellite navigation system. "
            "The budget was raised from an earlier 2.4 trillion won.",
            "years",
            [2035],
        ),
    ],
)
def test_later_mentions(text, field, value):
    assert _all(text)[-1][field] == value


# years of something else: an appositive with another deal's participle ("the chain sold by Ford for
# £330m in 2002,") lends its year to no amount after it
def test_a_participle_aside_lends_no_years():
    text = "Kwik-Fit, the repair chain sold by Ford for £330m in 2002, plans a £3m investment in new centres."
    assert [r["years"] for r in _all(text)] == [[2002], []]
