"""Families that rounds 50 and 51's misses and a read of Reuters records showed: each row a text
written here for the family, not the gold's own. Article date 2025-03-04 unless a row says."""

from __future__ import annotations

import pytest

from pipeline import extract
from sentence_record import record

LINKS = [
    # an item after the same preposition as the item before it ("for A and Y for B") has its own
    # destination: the first takes nothing from the second (list_gaps.parallel_recipient)
    (
        "The fund includes 300 billion won for Poland and 200 billion won for battery plants in Africa.",
        "300 billion",
        [],
        [],
    ),
    (
        "The fund includes 300 billion won for Poland and 200 billion won for battery plants in Africa.",
        "200 billion",
        ["batteries"],
        [],
    ),
    # ... while a purpose after a recipient, or after a bare "and", is every item's
    (
        "The ministry gave 180 billion won to Hanwha and 95 billion won to LIG Nex1 for missile research.",
        "180 billion",
        ["defense", "research_and_development"],
        [],
    ),
    ("Samsung will spend 2 trillion won and 1.5 trillion won on chip plants.", "2 trillion", ["semiconductors"], []),
    # sector forms: officetels, builders, forests, a store chain, battery copper foil, a car model
    ("The ministry will set aside 2 trillion won to buy vacant officetel units.", "2 trillion", ["real_estate"], []),
    ("The bank approved credit lines of 1 trillion won for mid-sized builders.", "1 trillion", ["construction"], []),
    ("The government will spend 400 billion won restoring forests after the fires.", "400 billion", ["forestry"], []),
    ("Sales at the beauty store chain rose to 600 billion won.", "600 billion", ["retail"], []),
    ("Solus will build a copper foil plant in Hungary for 400 billion won.", "400 billion", ["batteries"], []),
    ("Hyundai will invest 450 billion rupees in India to develop new car models.", "450 billion", ["automotive"], []),
    # a list item whose own words name only a place or a recipient takes the item before it's sectors
    # (clauses.names_place_only)
    (
        "Orion sold 600 billion won worth of snacks in China, 250 billion won in Vietnam and 170 billion won "
        "in Russia in the fourth quarter.",
        "170 billion",
        ["food_and_beverage"],
        [2024],
    ),
    (
        "Samsung will invest 5 trillion won in chip plants in Texas and 3 trillion won in Vietnam.",
        "3 trillion",
        ["semiconductors"],
        [],
    ),
    (
        "Samsung will invest 5 trillion won in chip plants in Texas and 3 trillion won in Vietnam for battery lines.",
        "3 trillion",
        ["batteries"],
        [],
    ),
    # a "with" whose noun is set for a time ends the amount's own clause (clauses.json absolute_predicates)
    (
        "Solus will build a copper foil plant for 405 billion won, with mass production set for 2026.",
        "405 billion",
        ["batteries"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "mention", "sectors", "years"), LINKS)
def test_links(text, mention, sectors, years):
    got = record(text, mention)
    assert (sorted(got["sectors"]), got["years"]) == (sorted(sectors), years)


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # where a bond or share is listed is nobody's country (actor_country.listed_at)
        ("The bonds come in denominations of 5,000 dlrs and will be listed in Luxembourg.", "5,000", ""),
        ("The notes, in denominations of 1,000 stg, will be listed on the Luxembourg Stock Exchange.", "1,000", ""),
        ("The shares, priced at 12 dlrs each, will be quoted in Zurich.", "12 dlrs", ""),
        # ... while a place the money goes to still counts
        ("The company will invest 50 mln dlrs in Luxembourg.", "50 mln", "LU"),
    ],
)
def test_country(text, mention, country):
    assert record(text, mention, "1987-04-07")["country"] == country


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # "a"/"an" and a unit before a noun make the unit a modifier, no amount (number.modifies_noun)
        ("We do not have a mark problem, we have a dollar problem.", []),
        ("The forecast allows for a dollar rate around current levels.", []),
        ("The exchange approved a yen bond futures contract.", []),
        ("Inflation pointed to a yen/dollar rate of 172.", []),
        ("He is finding it hard to make a mark as World Bank president.", []),
        # ... not before a word an amount may be followed by
        ("British Telecom rose a penny to 253.", ["a penny", "253"]),  # and the level it reached, in pence
        ("That could send prices 50 cts to a dollar higher.", ["50 cts", "a dollar"]),
        ("Apples cost a dollar each.", ["a dollar each"]),
        ("I paid a pound.", ["a pound"]),
    ],
)
def test_article_unit(text, mentions):
    assert [r["mention"] for r in extract(text, "1987-04-01", convert_to=None)] == mentions


@pytest.mark.parametrize(
    ("text", "mention", "kind", "trigger"),
    [
        # an interest rate between "of" and a bond noun is one more modifier (kinds_around.without_rate)
        ("Acme agreed to sell 100 mln dlrs of 10.60 pct debentures due 2012.", "100 mln", "financing", "debentures"),
        ("Acme will sell 50 mln dlrs of 9-1/4 pct subordinated notes.", "50 mln", "financing", "notes"),
        # a price decided by its own unit alone lends no kind to an amount with none
        # (kinds_units.decided_weakly): the sum is what its own words make it
        (
            "Acme offered 15 dlrs per share, subject to receiving 110 mln dlrs from the sale of a unit.",
            "110 mln",
            "deal",
            "sale",
        ),
        # ... but an item of a list of such prices, or a base, stays one
        ("Loan rates are 5.17 dlrs per bushel for wheat and 3.77 dlrs for corn.", "3.77 dlrs", "price", "per bushel"),
        ("Oil rose to 18 dlrs a barrel from 17 dlrs.", "17 dlrs", "price", "a barrel"),
        # a purchase after "to" makes a deal only of a company or a stake (kinds_purposes.bare_purchase)
        ("The ministry will set aside 2 trillion won to buy vacant homes.", "2 trillion", "investment", "set aside"),
        ("Acme will use 50 mln dlrs to buy Beta Corp.", "50 mln", "deal", "buy"),
        ("Acme set aside 50 mln dlrs to buy a 20 pct stake in the unit.", "50 mln", "deal", "buy"),
        # ... and "to raise" makes financing only of money raised (kinds_purposes.raised_money)
        ("Kia will spend 2 trillion won by 2028 to raise car output in India.", "2 trillion", "investment", "spend"),
        ("Acme will use 5 mln dlrs to raise capital.", "5 mln", "financing", "raise"),
        # the noun an amount quantifies past an owner's possessive (kinds_around.without_owner)
        ("Chips brought in 12.5 billion dlrs of South Korea's November exports.", "12.5 billion", "trade", "exports"),
    ],
)
def test_kind(text, mention, kind, trigger):
    found = record(text, mention, "1987-06-19")
    assert (found["kind"], found["trigger"]) == (kind, trigger)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a name after a participle set off by commas is no appositive of the subject (ActorFinder.appositive)
        ("The family adventure, starring Nicolas Cage, took $33.1m at the box office.", ""),
        (
            "The new venture, Japan Climate Systems Corp, will be capitalised at 5 bln yen.",
            "Japan Climate Systems Corp",
        ),
        # a possessive owner before a head noun stops at a verb (ActorFinder.owner_of)
        (
            "The tariff would also cut domestic petroleum refiners' profits by 7.5 billion dlrs a year.",
            "domestic petroleum refiners",
        ),
    ],
)
def test_actor(text, actor):
    assert record(text, "", "1987-03-04")["actor"] == actor


def test_breakdown_block():
    """A block of rows under "<label> includes -" is money (table_blocks.headed), one under a count is not."""
    table = (
        "Shr 27.5p vs 24.3p\n    Pre-tax profit 85.1 mln stg vs 72.3 mln\n    Operating profit includes -\n"
        "    Pharmaceutical 49.8 mln vs 39.0 mln\n    Horticulture 8.0 mln vs 8.7 mln\n"
    )
    found = extract(table, "1987-04-01", convert_to=None)
    assert [r["mention"] for r in found[-4:]] == ["49.8 mln", "39.0 mln", "8.0 mln", "8.7 mln"]
    assert {(r["kind"], r["trigger"]) for r in found[-4:]} == {("profit", "Operating profit")}  # the head's
    counted = table.replace("Operating profit includes", "Production comprised")
    assert "49.8 mln" not in [r["mention"] for r in extract(counted, "1987-04-01", convert_to=None)]
