"""Families that rounds 192 to 195 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import records as _records
from sentence_record import sectors as _sectors


# what things are: spa towns, hot springs, RV and caravan parks, campgrounds and ecotourism are tourism;
# lighthouses, radio beacons and navigation aids are transport (vessel traffic too, no shipbuilding);
# a seaweed processor is a food maker; scaffolding is construction; driving lessons are education;
# pine trees and their pests are forestry; meal kits and X-ray scanners at a border name no sector
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("The county will give 4 billion won in relief to its spa towns.", [["tourism"]]),
        ("A pitch at the caravan park costs £2,150 a year.", [["tourism"]]),
        ("The RV park operator raised $40 million.", [["tourism"]]),
        ("The province will spend 3 billion won on ecotourism boardwalks.", [["tourism"]]),
        ("The ministry will spend 6 billion won fitting radio beacons to lighthouses.", [["transport"]]),
        ("It won a $23 million order for a vessel traffic monitoring system.", [["transport"]]),
        ("Profits at the scaffolding supplier rose to £4m.", [["construction"]]),
        ("A one-hour driving lesson now costs £26.", [["education"]]),
        ("The service will spend 11 billion won felling infected pine trees.", [["forestry"]]),
        ("The meal kit company raised $85 million.", [[]]),
        ("The agency will spend 8 billion won on X-ray scanners for cargo.", [[]]),
        ("The hospital will spend 8 billion won on chest X-ray machines.", [["healthcare"]]),  # control
    ],
)
def test_what_things_are(text, sectors):
    assert _sectors(text) == sectors


# a crop before a drink or a snack is what the drink is made of: "bottled tea beverages" are food and
# drink, not farming (sector_heads.json processed heads); "tea plantations" stay farming
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("It will spend 30 billion won developing bottled tea beverages.", [["food_and_beverage"]]),
        ("Sales of its green tea drinks rose to 21 billion won.", [["food_and_beverage"]]),
        ("It will spend 45 billion won replanting tea plantations.", [["agriculture"]]),  # control
    ],
)
def test_a_crop_in_a_drink(text, sectors):
    assert _sectors(text) == sectors


# a reservoir that floating panels sit on is where they stand, not irrigation the money buys
# (sector_heads.json sites heads)
def test_a_reservoir_is_a_site():
    text = "Hanwha Solutions will invest 22 billion won in floating solar panel arrays on 12 irrigation reservoirs."
    assert _sectors(text) == [["renewable_energy"]]
    assert _sectors("The county will spend 9 billion won repairing irrigation reservoirs.") == [["agriculture"]]


# the year something was built or laid is its age, not the money's (years.json history verbs)
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("It will spend 4.2 billion won next year restoring a lighthouse built in 1903.", [[2025]]),
        ("The district will put 8.7 billion won into robots for sewer pipes laid before 1990.", [[]]),
        ("The hall, to be built in 2027, will cost 50 billion won.", [[2027]]),  # control: its own year
    ],
)
def test_a_things_age_is_no_year_of_the_money(text, years):
    assert [r["years"] for r in _records(text)] == years


# a donation's verb decides before the purpose after it ("donate X to build a hospital" is a grant,
# not the hospital's investment); the payment named again keeps its kind
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Samsung said it will donate 30 billion won to build a children's hospital.", ["subsidy"]),
        ("The group borrowed 300 mln dlrs to buy the stake.", ["financing"]),
        ("The city will spend 5 billion won to build a library.", ["investment"]),  # control
        (
            "Hyundai Steel agreed to pay 8.4 billion won in compensation to residents. "
            "The company said it would raise the payment to 10 billion won.",
            ["subsidy", "subsidy"],
        ),
    ],
)
def test_the_governing_verb_before_the_purpose(text, kinds):
    assert [r["kind"] for r in _records(text)] == kinds


# who is behind it: a noun in "-ed" is no past verb ("Chinese seaweed processor X agreed"); a plural's
# possessive inside a name of several words ("The Boseong Tea Farmers' Cooperative"); "the investment
# plan of X sets aside"; a result "for X" in a headline without a verb; an offer "for X from Y" is Y's;
# "put together by X" names who arranged it (actors.json passive_payer_verbs)
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Chinese seaweed processor Rongcheng Haiyang Group agreed to pay $18 million for a stake.",
            "Rongcheng Haiyang Group",
        ),
        (
            "The Boseong Tea Farmers' Cooperative posted sales of 38.4 billion won last year.",
            "The Boseong Tea Farmers' Cooperative",
        ),
        (
            "The investment plan of Korea Water Resources Corp. sets aside 880 billion won for dams.",
            "Korea Water Resources Corp.",
        ),
        ("Record sales for Caldwell & Crane: $1.04 billion in fiscal 2023.", "Caldwell & Crane"),
        ("Boiler sales of £410m for Radiant Heating in the year to June.", "Radiant Heating"),
        (
            "A $2.1 billion offer for Hydronic Partners from Brassline Supply Co., the biggest deal in a decade.",
            "Brassline Supply Co.",
        ),
        (
            "A £7.5m rescue package for Watchmen Security has been put together by a group of lenders.",
            "a group of lenders",
        ),
        (
            "The government approved aid of $5 million for Haiti.",
            "The government",
        ),  # control: aid for X is X's to receive
    ],
)
def test_who_is_behind_it(text, actor):
    assert [r["actor"] for r in _records(text)] == [actor]


# a merchant before a name describes it, so no headline ends there ("Turnover at plumbers' merchant
# Pipeworks climbed": actors.json descriptor_endings); "put aside" allocates as "set aside" does;
# a fund before a name is the buyer's trade ("bought by investment fund X for": kinds.json
# descriptor_triggers), which decides only when no other word does; a pawnbroker before a name the name's
@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("Turnover at plumbers' merchant Pipeworks climbed 9% to £256m.", "revenue", "Pipeworks"),
        ("Stationery retailer Inkwell has put aside £8m to refit its shops.", "investment", "Inkwell"),
        ("Aoba Gakuin was bought by investment fund Kestrel Partners for 42bn yen.", "deal", "Kestrel Partners"),
        ("Pawnbroker Albemarle & Co lent £41m to customers last year.", "financing", "Albemarle & Co"),
        ("Polish state fund PFR Ventures will back start-ups with 1.5 billion zloty.", "investment", "PFR Ventures"),
        ("The government set up a $2 billion fund Tuesday.", "investment", "The government"),  # control
    ],
)
def test_descriptors_before_names(text, kind, actor):
    assert [(r["kind"], r["actor"]) for r in _records(text)] == [(kind, actor)]


# a table row under an average is money when its label names money ("Avg Assets", "Average capital
# employed": table_labels.json averaged_money), a count otherwise ("Avg shrs"); a row may end in a stop
def test_averaged_rows_and_a_closing_stop():
    table = (
        "Net 8,869,000 vs 8,176,000\n    Avg Assets 2.62 billion vs 2.42 billion\n"
        "    Average capital employed 3.63 billion vs 3.71 billion\n    Avg shrs 4,195,000 vs 4,090,000\n"
        "    Cash surplus 423 mln vs 584 mln."
    )
    found = [r["mention"] for r in _records(table, "1987-04-20")]
    assert found == [
        "8,869,000",
        "8,176,000",
        "2.62 billion",
        "2.42 billion",
        "3.63 billion",
        "3.71 billion",
        "423 mln",
        "584 mln",
    ]


# people who come from a place came from it: the place is no country of the money ("helped by a surge
# in students from China": news_places.json origin_leads)
def test_people_from_a_place_give_no_country():
    text = "Language school chain Westbury English made a profit of £6.8m, helped by a surge in students from China."
    assert [r["country"] for r in _records(text)] == [""]
