"""Families that rounds 196 to 199 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import records as _records
from sentence_record import sectors as _sectors


# what things are not: a gene, seed or sperm bank is no bank; a bank holiday is a date; "retail at £49"
# is a price, not retailing; mines in the ground of a border are no mining, and clearing them, mine
# detectors and barracks are defence (sectors.jsonl defense forms, sector_heads.json not_sectors)
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("The institute will spend 12 billion won to expand its gene bank.", [[]]),
        ("The store took £1.4m over the bank holiday weekend.", [[]]),
        ("The new kettle will retail at £39.", [[]]),
        ("The county will spend 6 billion won on walking trails on land cleared of mines.", [[]]),
        ("The province will pay 3 billion won to farmers whose fields hold uncleared mines.", [["agriculture"]]),
        ("The army ordered 40 billion won of mine detectors.", [["defense"]]),
        ("The agency will spend 80 billion won on mine clearance along the border.", [["defense"]]),
        ("The ministry will spend 1.2 trillion won on new barracks.", [["defense"]]),
        ("The government will inject 5 trillion won into troubled banks.", [["banking"]]),  # control
        ("The miner will spend $40 million reopening its copper mines.", [["mining"]]),  # control
    ],
)
def test_what_things_are_not(text, sectors):
    assert _sectors(text) == sectors


# a vehicle's power before coordinated modifiers that share its head ("electric and self-driving
# low-floor buses"; an ambulance is a vehicle as a bus is), but not a filler before the coordination
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "The city will spend 9 billion won on electric and self-driving low-floor buses.",
            [["electric_vehicles", "future_cars"]],
        ),
        ("The province will buy 30 electric ambulances for 12 billion won.", [["electric_vehicles", "healthcare"]]),
    ],
)
def test_coordinated_modifiers_share_a_head(text, sectors):
    assert _sectors(text) == sectors


def test_a_filler_before_the_coordination_shares_no_head():
    text = "Busan will spend 48 billion won on ship berths and hydrogen bunkering facilities."
    assert "shipbuilding" not in _sectors(text)[0]


# a cause's coordinated modifiers share its head: "blaming higher flour and fuel costs" names no
# sector of the price, fuel no more than flour; but "helped by gum and soft drinks" keeps its drinks
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("The baker raised the price of a loaf to £1.20 from £1.10, citing higher wheat and energy costs.", [[], []]),
        ("Sales rose to £2.1bn from £1.9bn, helped by gum and soft drinks.", [[], ["food_and_beverage"]]),
    ],
)
def test_a_cause_shares_its_head(text, sectors):
    assert _sectors(text) == sectors


# money moved to a new level is the money before, whatever the clause after it says ("The amount will
# rise to X next year as the programme expands to rural roads"), also past a long aside ("The contract,
# the company's largest overseas order to date, could grow to")
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "The ministry set aside 20 billion won this year for electric vehicle chargers. "
            "The amount will rise to 31 billion won next year as the programme expands to rural roads.",
            [["electric_vehicles"], ["electric_vehicles"]],
        ),
        (
            "Hanwha won a $52 million order to build a solar farm in Chile. The contract, the group's largest "
            "overseas renewable power order to date, could grow to $70 million.",
            [["renewable_energy"], ["renewable_energy"]],
        ),
    ],
)
def test_money_moved_to_a_new_level(text, sectors):
    assert _sectors(text) == sectors


# a part of money given or spent keeps the total's kind when only a participle divides it
# (kinds.json allotted_totals); a part of money raised is spent, an investment
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "LG will donate 8 billion won to disability groups, with 5 billion won earmarked for hearing aids.",
            ["subsidy", "subsidy"],
        ),
        (
            "The province will issue 800 billion won of bonds in 2026, with 300 billion won earmarked for AI centres.",
            ["financing", "investment"],
        ),  # control
    ],
)
def test_a_part_of_a_grant_stays_a_grant(text, kinds):
    assert [r["kind"] for r in _records(text)] == kinds


# who is behind it: a name that charges an amount ("Wedding planner Bliss Day charges $4,500":
# actors.json name_money_verbs), but bank charges are a noun; a name with a relative clause after
# its comma is no fronted participle ("Wedding planning firm X, which was founded in 1998, said");
# an apposition's "that" past a hyphened word
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Wedding planner Bliss Day charges $4,500 per wedding.", "Bliss Day"),
        ("Pest control firm Vectis charges £1,200 a year per site.", "Vectis"),
        ("Bank charges rose to £5bn last year.", ""),
        (
            "Printing firm Quire & Co, which was founded in 1921, said it would spend £4m on new presses.",
            "Quire & Co",
        ),
        (
            "Marlow Beds, the family-owned bed maker that has supplied hotels since 1950 and now employs 400 "
            "people, said on Monday it would spend £9m on new machinery.",
            "Marlow Beds",
        ),
        ("Starting next year, the firm will spend £3m on showrooms.", "the firm"),  # control: a fronted participle
    ],
)
def test_who_is_behind_it(text, actor):
    assert [r["actor"] for r in _records(text)] == [actor]


# a verbless line's owner after "at" past a results period ("Record profits of £6.2m for the six
# months to June at X": phrase_words.past_period); a result's base "on sales of" is its owner's
# (actors.json base_leads)
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Record profits of £6.2m for the six months to June at Dorset bed maker Restwell Beds.", ["Restwell Beds"]),
        ("Pre-tax profits of £8.2m at pest control firm Vermex on sales of £96m.", ["Vermex", "Vermex"]),
        ("Based on a play by Tyler Perry, who also stars in it, the film took $22.7m.", ["the film"]),  # control
    ],
)
def test_owners_of_verbless_lines(text, actors):
    assert [r["actor"] for r in _records(text)] == actors


# British counties and regions place a firm in Britain (news_places.json places); names that are
# also other places or firms do not ("Berkshire Hathaway")
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Yorkshire carpet maker Tapworth Mills has won a £4m export order.", "GB"),
        ("Midlands garden centre chain Hollins has agreed to buy 14 outlets for £38m.", "GB"),
        ("Berkshire Hathaway paid $2 billion for the stake.", ""),
    ],
)
def test_british_counties_place_a_firm(text, country):
    assert [r["country"] for r in _records(text)] == [country]
