"""Families that rounds 138 and 139 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline import extract


def _by_mention(text: str, date: str, field: str) -> dict:
    """Each record's ``field`` by its mention."""
    return {r["mention"]: r[field] for r in extract(text, date, convert_to=None)}


# a qualifier between "between" and a range's first bound qualifies the whole range
@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("Prices vary between about 350 and 800 dlrs a ton.", "350", "800", "approx"),
        ("It is worth between roughly 40 and 60 billion dlrs.", "40000000000", "60000000000", "approx"),
        ("Claims of between about $40bn and $60bn are expected.", "40000000000", "60000000000", "approx"),
        ("Shares traded between 5 and 6 dlrs.", "5", "6", ""),
    ],
)
def test_a_qualified_range_after_between_is_one_amount(text, low, high, qualifier):
    (record,) = extract(text, "1987-10-20", convert_to=None)
    assert record["mention"].startswith("between")
    assert (record["value_min"], record["value_max"]) == (Decimal(low), Decimal(high))
    assert record["qualifier"] == qualifier


# an offer for a share of a company written as a percentage is a bid; an offer for people is not
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Allianz offered €5.7bn (US$6.9bn) for the 44% of RAS it did not already own.", "deal"),
        ("It offered 50 mln dlrs for a 51 pct stake in Beta Corp.", "deal"),
        ("It offered $5m for the 40 victims of the flood.", "other"),
    ],
)
def test_an_offer_for_a_percentage_is_a_deal(text, kind):
    assert set(_by_mention(text, "2005-09-12", "kind").values()) == {kind}


# a business named by what it takes is no bet: buying betting shops is a purchase
def test_betting_shops_bought_are_a_deal():
    text = "Ladbrokes will buy 200 betting shops for £80m."
    assert _by_mention(text, "2005-06-10", "kind") == {"£80m": "deal"}


# the archive's one filing country, when the text names it most, settles bare dollars
@pytest.mark.parametrize(
    ("places", "currency"),
    [(["canada"], "CAD"), (["canada", "usa"], "USD"), ([], "USD"), (["usa"], "USD")],
)
def test_a_story_filed_under_the_country_it_names_most_counts_in_its_dollars(places, currency):
    text = (
        "Moose Mining Ltd said its exploration budget will rise to 25 mln dlrs this year, with work in"
        " Quebec and Ontario and one property in New Mexico."
    )
    assert [r["currency"] for r in extract(text, "1987-04-07", places=places, convert_to=None)] == [currency]


# who gives is the actor: donors and sponsors are organisations' heads; a bare "house" is none
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Foreign donors were expected to contribute 46 billion dlrs.", "Foreign donors"),
        ("The sponsors pledged $2m to the festival.", "The sponsors"),
        ("The trading house paid $5m for the cargo.", "The trading house"),
        ("The average price of a house in the UK reached £169,000 in December.", ""),
        # a verb before a qualified amount still ends its subject
        ("Microsoft loses about $126 on each console it sells.", "Microsoft"),
        ("UK pledges about £1bn for Africa", "UK"),
    ],
)
def test_donors_are_actors_and_a_house_is_none(text, actor):
    assert list(_by_mention(text, "2005-01-07", "actor").values()) == [actor]


# the price of a house or a home is real estate's
@pytest.mark.parametrize(
    "text",
    [
        "The average price of a house in the UK reached £169,000 in December.",
        "The average cost of a home in London rose to £250,000.",
    ],
)
def test_the_price_of_a_house_is_real_estate(text):
    assert list(_by_mention(text, "2005-01-07", "sectors").values()) == [["real_estate"]]


# a reactor is an energy asset: money to build or supply reactors is energy's
def test_reactors_are_energy():
    text = "Korea Hydro & Nuclear Power Co. signed a deal worth 26 trillion won to build two reactors in Czechia."
    assert _by_mention(text, "2025-06-04", "sectors") == {"26 trillion won": ["energy"]}


# a newswire note writes a per-share figure with no "a": "or 25 cts share"; not a share offering's size
@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Net includes a loss of 3,101,000 dlrs or 25 cts share.", {"3,101,000 dlrs": "", "25 cts": "share"}),
        (
            "a gain of 607,000 dlrs or five cts shr vs 10 cts shr",
            {"607,000 dlrs": "", "five cts": "share", "10 cts": "share"},
        ),
        ("It sold a 5 dlr share offering.", {"5 dlr": ""}),
        ("The 10 dlrs share price fell.", {"10 dlrs": ""}),
    ],
)
def test_a_bare_share_after_cents_is_per_share(text, per):
    assert _by_mention(text, "1987-03-13", "per") == per


# a per-share figure in a note of what a result includes is a part of that result, a profit
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Year net includes gains on sale of assets of 35 cts shr vs 14 cts shr.",
            {"35 cts": "profit", "14 cts": "profit"},
        ),
        ("Year net includes LIFO inventory charges six cts a share.", {"six cts": "profit"}),
        ("NOTE: 1985 results exclude a special charge equal to 12 cts a share.", {"12 cts": "profit"}),
        ("Latest quarter includes a tax credit equal to 12 cts a share.", {"12 cts": "profit"}),
        ("The stock traded at 35 cts a share.", {"35 cts": "price"}),
        # not after a subject that names no result, nor after a comma
        ("The financing includes 2.7 mln common shares at a price of 11 dlrs per share.", {"11 dlrs": "price"}),
        ("The group, which includes Wagner and Brown, dropped its 100 dlr a share offer.", {"100 dlr": "price"}),
    ],
)
def test_a_share_of_a_result_in_a_note_is_a_profit(text, kinds):
    assert _by_mention(text, "1987-03-13", "kind") == kinds


# rounds 140 and 141 (first scored at 16deb14) ------------------------------------------------------


# a bare number after "to" that ends a change in a currency is the level reached, in that currency
@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("The bearers dropped 30 Swiss francs to 460.", {"30 Swiss francs": "CHF", "460": "CHF"}),
        (
            "Daimler shares fell 17 marks yesterday in Frankfurt to a year's low of 896.",
            {"17 marks": "DEM", "896": "DEM"},
        ),
        ("The stock rose 2 dlrs to 45.", {"2 dlrs": "USD", "45": "USD"}),
        # not a year, not a count after a scaled change, not an index
        ("The stock rose 2 dlrs to 1987 levels.", {"2 dlrs": "USD"}),
        ("Profit rose 5 mln dlrs to 12 stores.", {"5 mln dlrs": "USD"}),
        ("The index rose 2.5 to 1,234.56.", {}),
    ],
)
def test_the_level_a_change_reached_is_money(text, levels):
    assert _by_mention(text, "1987-03-19", "currency") == levels


# a quote's next level goes on from the one before it, past a change word or a fix
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The dollar closed at 145.60/70 yen, down from 145.85/90.", [Decimal("145.6"), Decimal("145.85")]),
        ("The dollar finished at 1.8270/80 marks after falling to 1.8180.", [Decimal("1.827"), Decimal("1.818")]),
    ],
)
def test_a_quote_goes_on_past_a_change_word(text, values):
    assert [r["value"] for r in extract(text, "1987-03-19", convert_to=None)] == values


# who speaks after a quote whose subject is "we" is its actor, past the closing quote mark
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ('"We will still invest £200m in North Sea oil fields next year," said Talisman Energy.', "Talisman Energy"),
        ('"Revenue rose to £200m," said Talisman Energy.', "Talisman Energy"),
        ("We will invest £200m in oil fields next year, Talisman Energy said.", "Talisman Energy"),
        ('"They will invest £200m in oil fields," said Talisman Energy.', ""),
    ],
)
def test_the_speaker_of_we_is_the_actor(text, actor):
    assert list(_by_mention(text, "2005-12-06", "actor").values()) == [actor]


# in a headline's list after its colon, the name right before a result is its actor
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Building products, 2004 net profit: Lafarge 868m euros; Holcim 1.1bn Swiss francs", ["Lafarge", "Holcim"]),
        ("Supermarket sales, 2004: Tesco £37.1bn, Sainsbury £17.2bn", ["Tesco", "Sainsbury"]),
        # what is valued or priced is no actor
        ("Shopping centre valuations, 2005: Bluewater £1.4bn; Lakeside £1.1bn", ["", ""]),
        ("Energy prices: average bill £870 a year", [""]),
    ],
)
def test_a_name_before_a_figure_in_a_headline_list_is_its_actor(text, actors):
    assert list(_by_mention(text, "2005-02-25", "actor").values()) == actors


# after a change in cents or pence, a level with a decimal point is in dollars or pounds; a whole one is not
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Western Mining gained 60 cents to 8.10.", [Decimal("0.6"), Decimal("8.1")]),
        ("Standard Chartered lost 4p to 821.", [Decimal("0.04"), Decimal("8.21")]),
    ],
)
def test_the_level_after_a_change_in_cents_keeps_its_unit(text, values):
    assert [r["value"] for r in extract(text, "1987-03-19", convert_to=None)] == values
