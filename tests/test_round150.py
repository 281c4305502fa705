"""Families that rounds 150 to 153 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _all(text: str, date: str = "2005-04-15") -> list[dict]:
    return extract(text, date, convert_to=None)


# "budget" before a business noun says low-cost, not a budget: a share price stays a price
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Shares in budget carrier JetBlue fell 62 cents to $17.25.", "price"),
        ("Shares in budget hotel chain Travelodge fell 3p to 140p.", "price"),
        ("The council approved a budget of £5m for new roads.", "investment"),
    ],
)
def test_budget_as_a_modifier_is_no_budget(text, kind):
    assert _all(text)[0]["kind"] == kind


# an amount in a relative aside (", which earned $56m in the first quarter,") lends its years to no amount
# after the aside; an amount inside it keeps its own
def test_an_aside_amount_lends_no_years_after_it():
    text = "Delta, which earned $5.6m in the first quarter, will spend $300m on new jets."
    inside, after = _all(text)
    assert (inside["years"], after["years"]) == ([2005], [])


# an all-capital abbreviation in brackets after a company's name is the name's, not a sector word;
# a crude grade's abbreviation after its name is still oil
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Oil Mexico Corp (OIL) received a 3.5 billion yen credit.", []),
        ("Traders said West Texas Intermediate (WTI) rose to 22 dlrs.", ["oil_and_gas"]),
    ],
)
def test_a_bracketed_abbreviation_of_a_name(text, sectors):
    assert _all(text, "2020-01-01")[0]["sectors"] == sectors


# a place that something comes from ("imported from Japan", "demand from China") is not where the money
# goes: it gives no country; a route's end or a contract's customer still does
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The ministry will give 300 billion won in grants to chipmakers that use parts imported from Japan.", ""),
        ("The ministry will give 300 billion won to firms that face competition from Japan and the Netherlands.", ""),
        ("Rio Tinto will spend $2.5bn on mines in Australia to meet demand from China.", "AU"),
        ("The agency will spend $2.5bn on a line from Jakarta to Bandung.", "ID"),
        ("BAE Systems won a £1.2bn contract from Britain's Ministry of Defence.", "GB"),
    ],
)
def test_an_origin_is_no_destination(text, country):
    assert _all(text, "2020-01-01")[0]["country"] == country


# sector words: digital comics and web fiction are media (not comics alone); a name ending in "City" is a
# place the money builds; building housing is construction and real estate
@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("its digital comics platform", ["media"]),
        ("a web fiction app", ["media"]),
        ("comics for children", []),
        ("the Gangneung Smart City", ["smart_cities"]),
        ("the construction of public rental housing", ["construction", "real_estate"]),
        ("the construction of LNG carriers", ["shipbuilding"]),
    ],
)
def test_sector_forms_of_rounds_150_to_153(phrase, sectors):
    assert _all(f"The company will spend 5 billion won on {phrase}.", "2024-03-01")[0]["sectors"] == sectors


# a year of what happened to something else: founded by someone in a year, privatised since a year
@pytest.mark.parametrize(
    "text",
    [
        "Samsung paid $30m for a stake in NuScale, a reactor developer founded by two engineers in 2007.",
        "BA will spend £150m on new seats, its biggest refit since the airline was privatised in 1987.",
        "The ministry will give 1 trillion won under a strategy first drafted in 2019.",
    ],
)
def test_a_year_of_something_else(text):
    assert _all(text, "2024-03-01")[0]["years"] == []


# the spender's trade in a later clause's descriptor may hold a superlative's owner
def test_a_descriptor_with_the_worlds_superlative():
    text = "Vodafone's sales rose to £34.1bn, although the world's biggest mobile phone operator made a loss."
    assert _all(text)[0]["sectors"] == ["telecommunications"]


# a time between a result's noun and its amount keeps them together
@pytest.mark.parametrize(
    "text",
    [
        "Posco said operating profit jumped 80 percent from a year earlier to 1.2 trillion won on strong prices.",
        "Carlsberg said net profit for the first half of 2005 fell to 343m euros as a cold summer hit beer sales.",
    ],
)
def test_a_time_between_a_profit_and_its_amount(text):
    assert _all(text, "2005-08-20")[0]["kind"] == "profit"


# a relative clause's own words run from the last comma before it: the previous amount's year stays its own
def test_a_relative_clause_after_a_dated_amount():
    text = "Profit fell to £216m in 2004, hurt by the cost of buying Safeway, which Morrison bought for £3bn."
    assert [r["years"] for r in _all(text)] == [[2004], []]


# a sector word in an appositive that describes a place just named gives its sector only when the clause
# names no other: "Yeosu, a petrochemical hub" is where the hydrogen plant stands
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("SK will pour 500 billion won into a hydrogen plant in Ulsan, a petrochemical hub.", ["hydrogen_economy"]),
        ("The city will spend 20 billion won on housing in Geoje, a shipbuilding town.", ["real_estate"]),
        ("The government will give 30 billion won to Geoje, a shipbuilding town.", ["shipbuilding"]),
    ],
)
def test_a_place_described_by_its_trade(text, sectors):
    assert _all(text, "2023-09-12")[0]["sectors"] == sectors


# demand from buyers is why money moves, not where it goes
def test_demand_from_buyers_is_no_destination():
    text = "Hyundai Steel said its net profit rose to 800 billion won on a recovery in demand from shipbuilders."
    assert _all(text, "2021-04-26")[0]["sectors"] == []


# a year of an opening, of another sale since, or of a disaster named before its noun is no money's year
@pytest.mark.parametrize(
    "text",
    [
        "Toyota will invest $500m in a new plant in Texas, creating 2,000 jobs when production starts in 2008.",
        "Punch bought the pubs for £2.7bn, the biggest deal since Nomura sold Unique in 2002.",
        "The ministry will spend 38 billion won on flood sensors, citing the 2020 Seomjin River floods.",
    ],
)
def test_a_year_of_an_opening_a_sale_or_a_disaster(text):
    assert _all(text, "2005-06-14")[0]["years"] == []
