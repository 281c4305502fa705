"""Families that rounds 130 and 131 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _by_mention(text: str, date: str, field: str, title: str | None = None) -> dict:
    """Each record's ``field`` by its mention."""
    return {r["mention"]: r[field] for r in extract(text, date, title=title, convert_to=None)}


TABLE_TITLE = "ACME INC <ACME> 3RD QTR JAN 31 NET"


# an earnings-table row whose other column is empty ("vs not given", "vs nil"), whose figure is
# spelled ("two mln") or carries a tail ("42.0 mln debit"), or that ends in a stop, is money
@pytest.mark.parametrize(
    ("row", "values"),
    [
        ("Revs 33.1 mln vs not given", {"33.1 mln": 33100000}),
        ("Tax 47.2 mln vs nil", {"47.2 mln": 47200000}),
        ("Net 5,521,000 vs NA", {"5,521,000": 5521000}),
        ("Revs 2.0 mln vs N.A.", {"2.0 mln": 2000000}),
        ("Net two mln vs 874,000", {"two mln": 2000000, "874,000": 874000}),
        ("Sales 10.1 mln vs nine mln", {"10.1 mln": 10100000, "nine mln": 9000000}),
        ("Extraordinary debit 36.5 mln vs 20.4 mln.", {"36.5 mln": 36500000, "20.4 mln": 20400000}),
        ("Pretax profit 134.2 mln vs 11.4 mln loss", {"134.2 mln": 134200000, "11.4 mln": 11400000}),
        ("Shr profit four vs loss seven cts", {"four": 0.04, "seven cts": 0.07}),
    ],
)
def test_a_table_row_with_one_figure_or_a_spelled_one_is_money(row, values):
    text = f"Shr 1.10 dlrs vs 90 cts\n    {row}\n    Avg shrs 5.1 mln vs 5.0 mln\n"
    got = _by_mention(text, "1987-03-17", "value", TABLE_TITLE)
    assert {m: float(got[m]) for m in values if m in got} == values
    assert "5.1 mln" not in got  # a row of counts stays a count


def test_a_row_with_neither_figure_is_no_money():
    text = "Shr 1.10 dlrs vs 90 cts\n    Net nil vs nil\n    Loans not given\n"
    assert set(_by_mention(text, "1987-03-17", "value", TABLE_TITLE)) == {"1.10 dlrs", "90 cts"}


# a name that ends in a facility word is a place money builds, not an organisation
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("The land ministry set aside 960 billion won for Gadeokdo New Airport.", ["transport"]),
        ("The ministry will spend 96 billion won on Busan New Port.", ["transport"]),
        ("The ministry will spend 96 billion won on Gimhae International Airport.", ["transport"]),
        ("British Steel will invest 50 mln stg at Port Talbot.", []),
        ("Incheon International Airport Corp will spend 5 trillion won on a fourth terminal.", []),
        ("Acme will receive 23 mln dlrs for 22 acres adjacent to the Philadelphia International Airport.", []),
    ],
)
def test_a_named_facility_is_where_the_money_goes(text, sectors):
    assert list(_by_mention(text, "2025-12-04", "sectors").values()) == [sectors]


def test_a_facility_near_which_money_goes_is_only_a_place():
    text = "Busan will offer up to 45 billion won to chip suppliers that move near the planned Gadeokdo New Airport."
    assert _by_mention(text, "2025-03-05", "sectors")["up to 45 billion won"] == ["semiconductors"]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        # a housebuilder builds: construction (not property as well since rounds 178 and 179: the gold
        # gives construction 24 times in 33 amounts with "housebuilder", real estate 11)
        ("Housebuilder Barratt made a pre-tax profit of £237m in the half.", ["construction"]),
        # a cargo tank holds cargo: no weapon
        ("The government earmarked 620 billion won for LNG carrier cargo tank technology.", ["shipbuilding"]),
        ("Network Rail will spend half a billion pounds upgrading rail signalling.", ["transport"]),
        ("Commuters pay £4,180 a year for a rail season ticket.", ["transport"]),
        # a noun priced by "worth" right after it names what the money is, as after a comma
        (
            "Seoul will offer smart factory vouchers worth 50 million won each to 200 small manufacturers.",
            ["smart_factories", "smes"],
        ),
    ],
)
def test_sector_words_of_rounds_130_and_131(text, sectors):
    assert sorted(next(iter(_by_mention(text, "2004-12-14", "sectors").values()))) == sectors


def test_worth_after_a_copula_prices_no_noun():
    text = "The smart factory programme is worth 900 billion won to 200 small manufacturers."
    assert _by_mention(text, "2024-01-01", "sectors")["900 billion won"] == ["smes"]


# "The company" keeps its own words as the actor (gold: the phrase itself 124 times, another actor 38;
# `python scripts/gold_counts.py standin company`); a company's name goes on past a verb to its suffix
def test_the_company_stays_and_a_name_runs_to_its_suffix():
    text = "Kakao Pay Corp. said it will invest 30 billion won. The company may raise that figure to 50 billion won."
    actors = _by_mention(text, "2025-09-04", "actor")
    assert actors == {"30 billion won": "Kakao Pay Corp.", "50 billion won": "The company"}


# the construction of a place is construction as well as the place's sector ("construction of" in
# the gold: construction 47 times, not 12; `python scripts/gold_counts.py sector "construction of"
# construction`); farms of wind turbines stay wind farms only
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("The government allocated 666 billion won for the construction of an airport.", ["construction", "transport"]),
        ("The government allocated 666 billion won for the construction of a new port.", ["construction", "transport"]),
        ("Orsted will spend 2 billion won on farms of wind turbines.", ["renewable_energy"]),
        ("KDB will lend 1.6 trillion won to fund the construction of LNG carriers.", ["shipbuilding"]),
    ],
)
def test_the_construction_of_a_place_is_construction_too(text, sectors):
    assert sorted(next(iter(_by_mention(text, "2021-12-21", "sectors").values()))) == sectors


# a verb's first object may stand between it and its amount: a name or a pronoun
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The International Monetary Fund said it has loaned Uganda 92.1 mln dlrs.", "financing"),
        ("The World Bank lent Costa Rica 50 mln dlrs last year.", "financing"),
        ("The company lent them 5 mln dlrs.", "financing"),
        ("The government will grant Poland 200 mln dlrs.", "subsidy"),
        # the object before a determiner: the noun the amount heads decides
        ("Twelve nations granted Argentina a 500 mln dlr bridge loan.", "financing"),
    ],
)
def test_a_verbs_first_object_may_stand_before_its_amount(text, kind):
    assert list(_by_mention(text, "1987-06-18", "kind").values()) == [kind]


# a name right before "with" and a held noun of which the amount is the figure holds it
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Still to be divested are the Process Machinery Division with sales of 137 mln dlrs and "
            "Mathews Conveyer Co, with sales of 83 mln dlrs.",
            {"137 mln dlrs": "the Process Machinery Division", "83 mln dlrs": "Mathews Conveyer Co"},
        ),
        (
            "The banks are Central Bank of Volusia County, with assets of 59.3 mln dlrs, Bank of "
            "Pensacola with total assets of about 63.8 mln dlrs.",
            {"59.3 mln dlrs": "Central Bank of Volusia County", "about 63.8 mln dlrs": "Bank of Pensacola"},
        ),
        (
            "Security Pacific bought The Arizona Bank, with assets of four billion dlrs.",
            {"four billion dlrs": "The Arizona Bank"},
        ),
        # a company unnamed is no holder: the clause's subject stays
        ("Acme agreed to buy a company with sales of 5 mln dlrs.", {"5 mln dlrs": "Acme"}),
        # nor is a place
        ("The combined firm will run 1,000 stores across the US, with annual sales of $30bn.", {"$30bn": ""}),
        (
            "Great Western Bank will buy three branches in south Florida with total deposits of 90 mln dlrs.",
            {"90 mln dlrs": "Great Western Bank"},
        ),
        ("Acme will buy Community Bank of Hartselle, Ala., with assets of 26 mln dlrs.", {"26 mln dlrs": "Acme"}),
        # nor a fronted phrase's noun before the sentence
        ("It is a unit of Exchange Corp. With total assets of 1.9 billion dlrs, it is big.", {"1.9 billion dlrs": ""}),
    ],
)
def test_a_name_with_sales_of_an_amount_holds_it(text, actors):
    assert _by_mention(text, "1987-03-11", "actor") == actors
