"""Families that rounds 176 and 177 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import records as _records
from sentence_record import sectors as _sectors


# sector forms of the themes: a head after a modifier that names another trade than the modifier
# alone ("coffee chain" is a food and drink business, "coffee" a crop), parcel carriers and hubs,
# vehicle components, rice cookers (an appliance, not rice), wearables only as devices
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("The coffee chain made a profit of £3.1m.", [["food_and_beverage"]]),
        ("Brazil's coffee exports earned $2bn.", [["agriculture"]]),
        ("Hanjin will spend 90 billion won on a parcel hub in Daejeon.", [["transport"]]),
        ("It bought a parcel of land for $3 million.", [[]]),
        ("Its vehicle components unit earned 96 billion won.", [["automotive"]]),
        ("Cuckoo will invest 40 billion won in a plant for rice cookers.", [["electronics"]]),
        ("Thai farmers will get 40 billion baht for rice.", [["agriculture"]]),
        ("Sales of wearable devices reached $5 billion.", [["electronics"]]),
        ("It will supply 500 wearable robots worth $3 million.", [["robotics"]]),
        ("British Sugar will invest £30m in its sugar beet processing plant.", [["food_and_beverage"]]),
    ],
)
def test_sector_forms_of_the_themes(text, sectors):
    assert _sectors(text) == sectors


# what money moves away from is no destination, behind a possessive too ("the replacement of its
# petrol fleet"; sector_context.after_lead, sector_heads.json away_leads)
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "The agency will spend 32 billion won on electric buses to speed up the replacement of its diesel fleet.",
            [["electric_vehicles"]],
        ),
        ("The city will spend 5 billion won on its diesel fleet.", [["oil_and_gas"]]),
    ],
)
def test_what_money_replaces_is_no_destination(text, sectors):
    assert _sectors(text) == sectors


# later mentions: "The deal could be expanded to X" moves the deal before (its sectors, actor and
# country; clauses.json moved_money); "The figure fell short of the consensus of X" has the money
# before as its subject (its kind, actor and year: later_mentions._HEADED, link.py)
def test_a_deal_moved_to_a_new_level_keeps_its_actor_and_sectors():
    text = (
        "Hanwha Aerospace agreed to supply 40 drones to the Polish army in a deal worth $90 million, "
        "the company said. The deal could be expanded to $150 million by 2028."
    )
    later = _records(text)[-1]
    assert (later["mention"], later["sectors"], later["years"]) == ("$150 million", ["drones"], [2028])
    assert (later["kind"], later["actor"]) == ("deal", "Hanwha Aerospace")


def test_a_figure_compared_with_a_forecast_is_the_figure_before():
    text = (
        "Kakao Corp. said its second-quarter net profit fell 8 percent to 120 billion won. "
        "The figure fell short of the market consensus of 140 billion won."
    )
    later = _records(text, "2023-08-03")[-1]
    assert (later["kind"], later["actor"], later["years"]) == ("profit", "Kakao Corp.", [2023])


def test_a_figure_that_names_its_own_year_keeps_it():
    text = "Exports reached $5 billion in May. The figure compared with $4.1 billion in 2021."
    assert _records(text, "2023-06-01")[-1]["years"] == [2021]


# an amount alone in brackets after a comparison's word is a loss as accounts write it ("against
# (£34.9m) a year earlier"; table_labels.json accounting_leads); a conversion in brackets is not
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "The club made a loss of (£12.5m) in the year to May, against (£8.1m) a year earlier.",
            ["-12500000", "-8100000"],
        ),
        ("Operating result was ($3.2 million) versus ($1.1 million).", ["-3200000", "-1100000"]),
        ("It will invest 10 billion won ($8.6 million) in the plant.", ["10000000000", "8600000"]),
    ],
)
def test_bracketed_losses_after_a_comparison(text, values):
    assert [str(r["value"]) for r in _records(text)] == values


# a US state named with its country is the US, not the country of the same name
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kumho Tire will invest $320 million to expand its plant in Georgia, the United States.", "US"),
        ("Tbilisi said Georgia will receive $50 million in aid.", "GE"),
    ],
)
def test_a_state_named_with_its_country(text, country):
    assert _records(text)[0]["country"] == country


# a unit counted after "per" or a slash is the amount's unit ("5 dlrs per 100 lbs": per "100 pound"),
# which makes it a unit's price as "a tonne" does, and the pounds after "per" are no money
# (money.rules per_count, kinds_units.own_unit, money.currency.is_weight)
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Live cattle rose to 61.50 dlrs per 100 lbs.", [("61.50 dlrs", "100 pound", "price")]),
        ("Steers sold at 60 dlrs per 100 pounds.", [("60 dlrs", "100 pound", "price")]),
        ("The price of wheat was raised by 2.5 yuan per 50 kg.", [("2.5 yuan", "50 kilogram", "price")]),
        ("Gas was offered at 1.80 dlrs per 1,000 cubic feet.", [("1.80 dlrs", "1,000 cubic_foot", "price")]),
        ("The EC set an export rebate of 25 Ecus per 100 kilos.", [("25 Ecus", "100 kilogram", "subsidy")]),
        # controls: a plain unit, and a count that is no unit
        ("Crude rose to 18 dlrs a barrel.", [("18 dlrs", "barrel", "price")]),
        ("It paid 5 dlrs per share for 100 shares.", [("5 dlrs", "share", "price")]),
    ],
)
def test_a_counted_unit_after_per(text, rows):
    assert [(r["mention"], r["per"], r["kind"]) for r in _records(text, "1987-03-02")] == rows


def test_a_counted_unit_is_the_trigger():
    (record,) = _records("Live cattle rose to 61.50 dlrs per 100 lbs.", "1987-03-02")
    assert record["trigger"] == "per 100 lbs"


# a relative clause with a subject of its own names the payer ("a plan under which South Korea will
# invest": actors.json subject_subordinators "which", "whereby"; actor_with.subordinate_subject), not
# past a comma that closes it, nor when a part of an amount opens it (", of which NT$42 billion")
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The ministry unveiled its 2024-2028 plan, under which Japan will invest 2 trillion yen in chips.",
            ["Japan"],
        ),
        ("The two firms signed a pact under which Samsung will pay $1 billion for the patents.", ["Samsung"]),
        ("The unit, which Kia owns, earned $5 million last year.", ["The unit"]),
        (
            "The cabinet proposed NT$128 billion for defence, of which NT$42 billion is for drones.",
            ["The cabinet", "The cabinet"],
        ),
    ],
)
def test_a_relative_clause_with_its_own_subject(text, actors):
    assert [r["actor"] for r in _records(text)] == actors


# a later mention with an actor of its own and no country takes the country the money before is
# placed in at the end ("The city plans to raise that figure": money_again.actor_again "_again",
# actor_country.carried_countries)
def test_a_later_mention_keeps_the_country_of_the_money_before():
    text = (
        "Gwangju will pay 9 billion won in compensation to flooded shops. "
        "The city plans to raise that figure to 11 billion won."
    )
    later = _records(text, "2020-08-20")[-1]
    assert (later["actor"], later["country"]) == ("The city", "KR")
