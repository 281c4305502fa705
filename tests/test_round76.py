"""Families that rounds 76 and 77 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # where a thing is installed is no destination: the thing is
    (
        "Kia will spend $50m on fast chargers at highway rest stops and apartment complexes.",
        "$50m",
        ["electric_vehicles"],
    ),
    ("Seoul will pay $9m to apartment complexes that install EV chargers.", "$9m", ["electric_vehicles"]),
    ("LH will invest $90m in solar panels on the roofs of its rental apartments.", "$90m", ["renewable_energy"]),
    ("Daewoo will invest $300m in apartment complexes and highways.", "$300m", ["construction", "real_estate"]),
    # a train named by what powers it is transport too; "trains" as a verb is no train
    ("Alstom will spend €80m on a hydrogen train prototype.", "€80m", ["hydrogen_economy", "transport"]),
    ("Korail will buy battery-powered trains for $70m.", "$70m", ["batteries", "transport"]),
    ("The institute trains 40 engineers a year on a budget of $2m.", "$2m", []),
    # strawberries are farm produce, heat pumps energy equipment, broadcast dramas media
    ("Strawberry exports rose to $70m.", "$70m", ["agriculture"]),
    ("The council will spend £6m on heat pumps for schools.", "£6m", ["education", "energy"]),
    ("The fund will put $30m into broadcast dramas.", "$30m", ["media"]),
    # a chemist shop or a pharmacy chain is retail
    ("Boots will spend £500m refitting its chemist shops.", "£500m", ["retail"]),
    # a list of gapped clauses after a comma: each amount its own noun's sector
    ("Exports of chips rose to $90m, cars $180m and ships $1.1bn in 2025.", "$90m", ["semiconductors"]),
    ("Exports of chips rose to $90m, cars $180m and ships $1.1bn in 2025.", "$180m", ["automotive"]),
    ("Sales of chips rose to $90m, up from $80m in 2024.", "$80m", ["semiconductors"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2024-06-20")["sectors"]) == sorted(sectors)


KINDS = [
    # a participle that values what the clause before it offers or buys: the deal's whole
    ("Glazer raised his offer for the club to 300p a share, valuing it at £790m.", "£790m", "deal"),
    (
        "HP agreed to buy Autonomy for 25.50 stg per share in cash, valuing the firm at 7.1 billion stg.",
        "7.1 billion",
        "deal",
    ),
    # an offering, a share sale or a closing price values the whole: a valuation
    ("Aramco sold shares in an offering that raised $11bn, valuing the company at $1.8 trillion.", "$1.8", "valuation"),
    ("Coupang raised $4.6bn in its IPO, valuing the company at about $85bn.", "$85bn", "valuation"),
    ("Shares in Vodafone closed at 141p, valuing the operator at £95bn.", "£95bn", "valuation"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2005-05-13")["kind"] == kind


ACTORS = [
    # a speaker with a "which" clause is an organisation; with "who" a person
    ("Revenue climbed to $3bn in the quarter, said Oracle, which bought PeopleSoft.", "$3bn", "Oracle"),
    ("Revenue climbed to $3bn in the quarter, said Henley, who runs the fund.", "$3bn", ""),
    # a headline writes the owner right before the result's modifiers, with no possessive
    ("eBay fourth-quarter revenue: $935.8m, up 44%.", "$935.8m", "eBay"),
    ("BP 2004 net profit: $18.5bn", "$18.5bn", "BP"),
    ("Net profit: $18.5bn", "$18.5bn", ""),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2005-09-20")["actor"] == actor


YEARS = [
    # a time after a list of gapped clauses is every item's
    ("Exports of chips rose to $90m, cars $180m and ships $1.1bn in 2025.", "$90m", [2025]),
    ("Exports of chips rose to $90m and cars $180m in 2025.", "$90m", [2025]),
    # the other side of a headline's colon gives its year to an amount that took none
    ("Net profit in 2004: $18.5bn", "$18.5bn", [2004]),
    ("Net profit: $18.5bn, against $12bn in 2003.", "$18.5bn", []),
]


@pytest.mark.parametrize(("text", "mention", "years"), YEARS)
def test_years(text, mention, years):
    assert sorted(record(text, mention, "2005-02-03")["years"]) == years
