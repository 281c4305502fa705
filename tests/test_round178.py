"""Families that rounds 178 and 179 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import records as _records
from sentence_record import sectors as _sectors


def _kinds(text: str, date: str = "2024-03-05") -> list[tuple[str, str]]:
    return [(r["kind"], r["trigger"]) for r in _records(text, date)]


# a noun inside the phrase of a noun that the amount before already took is the next amount's own:
# "X in operating profit on sales of Y" (kinds.KindFinder.heads_only), but "gains on investments of X"
# stays a gain, and so does a noun whose amount comes after it
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "LG Chem posted 310 billion won in operating profit on sales of 4.1 trillion won in the quarter.",
            [("profit", "operating profit"), ("revenue", "sales")],
        ),
        (
            "The brewer made 2.2 mln dlrs pre-tax profit on sales of 40.5 mln dlrs.",
            [("profit", "pre-tax profit"), ("revenue", "sales")],
        ),
        ("Net income includes gains on investments of 75,000 dlrs.", [("profit", "gains")]),
        (
            "Net includes loan loss provision 61,000 dlrs vs 12,000 dlrs, gain on sale of securities of 85,000 dlrs.",
            [("profit", "loan loss provision"), ("profit", "loan loss provision"), ("profit", "gain")],
        ),
    ],
)
def test_a_noun_spent_on_the_amount_before_frames_nothing(text, kinds):
    assert _kinds(text) == kinds


# the noun an amount quantifies through "in" is the one right after it, not a noun behind a
# preposition after that ("X in subsidies under a programme": kinds_around.quantified_noun)
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "The ministry will hand out 90 billion won in subsidies under a programme for farmers.",
            [("subsidy", "subsidies")],
        ),
        ("It expects to raise about 40 mln dlrs in equity through the sale of stock.", [("financing", "raise")]),
        ("The state will spend 5 billion won in support programmes.", [("investment", "programmes")]),
    ],
)
def test_the_noun_an_amount_quantifies_ends_before_a_preposition(text, kinds):
    assert _kinds(text) == kinds


# inventories are a stock, as assets and reserves are (kinds.json valuation nouns); not the singular,
# which news writes in charges and adjustments ("a charge for obsolete inventory")
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Wholesale inventories rose 0.4 pct to 190.2 billion dlrs.", [("valuation", "inventories")]),
        ("The company took a 3.1 mln dlr charge for obsolete inventory.", [("profit", "took")]),
    ],
)
def test_inventories_are_a_stock(text, kinds):
    assert _kinds(text) == kinds


# a charge of a million or more that no other word decides is a charge against earnings, a profit
# (kinds.json charge_readings, kinds_costs.charge_reading); a small one is what one unit costs (a fee)
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Results include a 4.2 mln dlr charge for store closings.", [("profit", "charge")]),
        ("Year-ago results include charges of 7.5 mln dlrs from discontinued operations.", [("profit", "charges")]),
        ("The museum adds a 5 dlr charge for special exhibitions.", [("price", "")]),
    ],
)
def test_a_charge_of_millions_is_against_earnings(text, kinds):
    assert _kinds(text) == kinds


# "install" spends on what is installed, as "build" does (kinds.json investment verbs)
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The port will install 12 billion won worth of automated cranes by 2026.", [("investment", "install")]),
        ("It will install a 175 mln dlr fine paper machine at its mill.", [("investment", "install")]),
    ],
)
def test_money_installed_is_invested(text, kinds):
    assert _kinds(text) == kinds


# what remains of money named before concerns what that money did ("the remaining 16.5 billion won":
# later_mentions.onto_earlier), unless its own clause names where it goes
@pytest.mark.parametrize(
    ("text", "sectors", "years"),
    [
        (
            "Busan will spend 40 billion won by 2027 to build a film studio complex. The city will pay half, "
            "with the culture ministry paying the remaining 20 billion won.",
            [["media"], ["media"]],
            [[2027], [2027]],
        ),
        (
            "Busan will spend 40 billion won by 2027 to build a film studio complex. The city will pay "
            "a further 20 billion won.",
            [["media"], []],
            [[2027], []],
        ),
        (
            "Busan will spend 40 billion won by 2027 to build a film studio complex. The remaining 20 billion "
            "won will go to hospitals.",
            [["media"], ["healthcare"]],
            [[2027], [2027]],
        ),
    ],
)
def test_what_remains_of_money_named_before(text, sectors, years):
    records = _records(text)
    assert [sorted(r["sectors"]) for r in records] == sectors
    assert [r["years"] for r in records] == years


# sector words of the themes: spirits makers and their drinks, health food, school meals (not
# agriculture's meal), housebuilders build (construction, not real estate's trade), decommissioning
# a head after a sector's modifier ("nuclear decommissioning")
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Operating profit at spirits maker Glenbrae fell to £48m.", [["food_and_beverage"]]),
        ("Its bourbon sales rose to $310 million.", [["food_and_beverage"]]),
        ("Health food maker Jeongkwanjang earned 120 billion won.", [["food_and_beverage"]]),
        ("The province will spend 80 billion won on free school meals.", [["education"]]),
        ("Soybean meal exports reached 300 mln dlrs.", [["agriculture"]]),
        ("Housebuilder Redrow made a profit of £90m.", [["construction"]]),
        ("Estate agent Foxtons made a profit of £12m.", [["real_estate"]]),
        ("The utility will spend 800 billion won on nuclear decommissioning by 2030.", [["energy"]]),
        ("The owner will spend $40 million on decommissioning the old store.", [[]]),
    ],
)
def test_sector_words_of_the_themes(text, sectors):
    assert _sectors(text) == sectors


# a descriptor that ends in "agent" or "agency" describes the name after it ("Estate agent Foxtons",
# actors.json descriptor_endings; sector_heads.json trade_descriptors): the trade is the spender's
@pytest.mark.parametrize(
    ("text", "sectors", "actor"),
    [
        ("Estate agent Foxtons made a profit of £12m.", [["real_estate"]], "Foxtons"),
        ("Travel agency Thomas Cook made a profit of £12m.", [["tourism"]], "Thomas Cook"),
        ("Shares rose as the estate agent made a profit of £12m.", [["real_estate"]], None),
    ],
)
def test_an_agent_describes_the_name_after_it(text, sectors, actor):
    records = _records(text)
    assert [sorted(r["sectors"]) for r in records] == sectors
    assert actor is None or records[0]["actor"] == actor


# a fronted participle clause, irregular ones too ("Bought for £410m by X two years ago, Y is
# expected to fetch ...": actors.json irregular_participles), is no subject; its passive's agent
# ends before "only" or "just" (actors.json phrase_enders)
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Bought for £250m by buyout firm Halyard Capital only three years ago, the clinic chain Merrow Health "
            "is now expected to fetch £600m.",
            ["Halyard Capital", "Merrow Health"],
        ),
        ("Hit by a strike last year, Qantas will spend $5bn on new planes.", ["Qantas"]),
        ("Asked about the cost, Qantas said it would spend $5bn on new planes.", ["Qantas"]),
        ("Hitachi will spend $5bn on new plants.", ["Hitachi"]),
    ],
)
def test_a_fronted_participle_is_no_subject(text, actors):
    assert [r["actor"] for r in _records(text)] == actors


# words that open a sentence about what is said or counted name no payer ("Reports have put the
# offer at", "Figures showed": actors.json not_names)
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Reports have put the offer at 250p per share.", [""]),
        ("Sources said the bid would be worth about £900m.", [""]),
        ("Rentokil said it would pay about £900m.", ["Rentokil"]),
    ],
)
def test_what_is_said_or_counted_pays_nothing(text, actors):
    assert [r["actor"] for r in _records(text)] == actors
