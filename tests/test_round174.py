"""Families that rounds 174 and 175 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.table_years import period_year


def _rows(text: str, date: str = "1987-10-20") -> list[tuple]:
    return [(r["mention"], r["per"], r["kind"]) for r in extract(text, date, convert_to=None)]


def _sectors(text: str, date: str = "2024-03-05") -> list[list[str]]:
    return [sorted(r["sectors"]) for r in extract(text, date, convert_to=None)]


# a change written before the level it reached is per the level's unit and, priced per a thing, a
# price, whatever verb moved it ("raised ... 50 cts to 18.10 dlrs a barrel" is no money raised;
# money.levels.change_rates, kinds_units.later_unit)
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Sun raised its fuel oil by 35 cts to 20.25 dlrs a barrel.",
            [("35 cts", "barrel", "price"), ("20.25 dlrs", "barrel", "price")],
        ),
        (
            "The grades were also raised 50 cts to 18.10 and 19.35 dlrs a barrel, respectively.",
            [("50 cts", "barrel", "price"), ("18.10", "barrel", "price"), ("19.35 dlrs", "barrel", "price")],
        ),
        (
            "Spot gold was up 4.50 dlrs to 462.50 dlrs an ounce.",
            [("4.50 dlrs", "ounce", "price"), ("462.50 dlrs", "ounce", "price")],
        ),
        (
            "Acme raised its quarterly dividend by 4 cts to 54 cts a share.",
            [("4 cts", "share", "dividend"), ("54 cts", "share", "dividend")],
        ),
        # controls: a range keeps its own reading; money paid to someone is no change
        (
            "It expects earnings of between 90 cts and one dlr a share.",
            [("90 cts", "share", "profit"), ("one dlr", "share", "profit")],
        ),
        (
            "Acme will sell 50 mln dlrs of stock to holders at 20 dlrs a share.",
            [("50 mln dlrs", "", "deal"), ("20 dlrs", "share", "price")],
        ),
    ],
)
def test_a_change_is_priced_as_the_level_it_reached(text, rows):
    assert _rows(text) == rows


# a results table's header names the month its period ends ("Six months to end-December"): that
# month's last day, as a day would be read (table_years._day_year)
@pytest.mark.parametrize(
    ("text", "date", "year"),
    [
        ("Six months to end-December\n    Shr 32.6p vs 22.3p", "1987-04-13", 1986),
        ("Year to end-March\n    Shr 12p vs 10p", "1987-06-10", 1987),
        ("Year to end-March\n    Shr 12p vs 10p", "1987-02-10", 1986),
        ("Half year to end-September 1986\n    Shr 12p vs 10p", "1987-01-10", 1986),
        ("Qtr ended Jan 31\n    Shr 12 cts vs 10 cts", "1987-03-10", 1987),
    ],
)
def test_a_tables_period_may_end_in_a_month(text, date, year):
    assert period_year(text, date) == year


def test_table_rows_take_the_month_end_period():
    text = "Six months to end-December\n    Shr 32.6p vs 22.3p\n    Pre-tax profit 376 mln stg vs 260 mln"
    assert [r["years"] for r in extract(text, "1987-04-13", convert_to=None)] == [[1986], [1985], [1986], [1985]]


# "put X over ten years into": a duration between an amount and a split verb's particle is a time
# (kinds.json ``time_gaps``, ``<count>``); "£1.95 an issue" prices one copy (per_units.json "issue")
@pytest.mark.parametrize(
    ("text", "kind", "per"),
    [
        ("Samsung will put 300 billion won over 10 years into a chip academy.", "investment", ""),
        ("The city will pour 80 billion won over the next five years into bus lanes.", "investment", ""),
        ("Dennis Publishing charges £1.95 an issue for The Week.", "price", "issue"),
        ("The group will raise 500 mln dlrs through a new issue of bonds.", "financing", ""),  # control
    ],
)
def test_durations_and_copies(text, kind, per):
    r = extract(text, "2023-01-11", convert_to=None)[0]
    assert (r["kind"], r["per"]) == (kind, per)


# sector words that the lexicon lacked: warships by their kind (submarines, patrol vessels), a wind
# turbine's parts, a forest or magazine company by its trade (sector_heads.json heads "publisher",
# "blade"; forestry modifier "forest")
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        # submarines alone are defense since round 180: the gold gives shipbuilding to 9 of 27 submarine
        # amounts, each where a shipyard or a shipbuilder is named too (tests/test_round180.py)
        ("Hanwha Ocean will invest 300 billion won in submarines.", [["defense"]]),
        ("It won a $554 million order to build six offshore patrol vessels.", [["defense", "shipbuilding"]]),
        ("The state will spend 180 billion won on turbine towers.", [["renewable_energy"]]),
        ("IHI will invest ¥30bn in a turbine blade plant for jet engines.", [["aerospace"]]),  # control: no wind
        ("Holmen, the Swedish forest group, said sales rose to 17.2bn kronor.", [["forestry"]]),
        ("Future, the magazine publisher, said revenue fell to £61.3m.", [["media"]]),
        # controls: a submarine cable is no warship; a rain forest is no forestry company
        ("The firm will spend $300 million on a submarine cable.", [["telecommunications"]]),
        ("The fund will spend $5 million to protect a rain forest.", [[]]),
    ],
)
def test_sector_words_of_the_rounds_themes(text, sectors):
    assert _sectors(text) == sectors


# "launched in 2023" after the noun it tells of is when that began (years.json
# ``participle_history_verbs``); "was launched in 2016" with the money's plan as subject is its year
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        (
            "The 2026-2030 plan earmarks 2.4 trillion won for drone units, including a command launched in 2023.",
            "2025-02-12",
            [2026, 2030],
        ),
        ("A 2.2 trillion-won investment plan for artificial intelligence was launched in 2016.", "2019-04-29", [2016]),
    ],
)
def test_the_year_something_was_launched(text, date, years):
    assert extract(text, date, convert_to=None)[0]["years"] == years


# what the money is: scholarships are grants to others; an offer raised "to" a level is still the
# offer (kinds_reach.moves_level past a date and "a final"); ", raising X" after a clause that sells
# something is what the sale brings in (kinds_proceeds.sale_proceeds), unless it sells securities
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("SK hynix will offer scholarships of 10 million won each to 200 students.", ["subsidy"]),
        ("The offer was raised on March 24 to a final 675 mln dlrs in cash.", ["deal"]),
        ("Acme raised its bid to a record 40 dlrs a share.", ["price"]),
        ("Acme raised 50 mln dlrs from investors.", ["financing"]),  # control: money raised
        (
            "The state will sell half of the telecoms authority in two stages, raising at least 7 bln francs.",
            ["deal"],
        ),
        ("Acme sold new bonds last week, raising 50 mln dlrs.", ["financing"]),  # control: an issue
        ("Acme issued new shares, raising 50 mln dlrs.", ["financing"]),  # control: no sale
    ],
)
def test_what_the_money_is(text, kinds):
    assert [r["kind"] for r in extract(text, "1987-04-01", convert_to=None)] == kinds


# who is behind the money: a later mention of the same money ("The investment, ..., could rise to",
# "The amount equals") is its first mention's (later_mentions, clauses.json money_nouns); a company
# suffix written with a slash ends the name ("A/S": company_names.json, one token); a product's
# acronym alone is no name ("South Korea's LNG imports": actors.json ``product_acronyms``)
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Maersk will invest $500 million in a logistics center, the ministry said. The investment, the"
            " largest foreign pledge for the port, could rise to $700 million by 2028.",
            ["Maersk", "Maersk"],
        ),
        (
            "Hanwha Ocean said it won a $554 million order. The amount equals about 753 billion won.",
            ["Hanwha Ocean", "Hanwha Ocean"],
        ),
        ("Denmark's Vestas Wind Systems A/S plans to invest $300 million by 2027.", ["Vestas Wind Systems A/S"]),
        ("South Korea's LNG imports jumped 80 percent to $50 billion last year.", ["South Korea"]),
        ("Japan's NTT plans to invest $300 million.", ["NTT"]),  # control: an acronym that is a name
        ("LG AI Research will put 360 billion won into a new model.", ["LG AI Research"]),  # inside a name
    ],
)
def test_who_is_behind_the_money(text, actors):
    assert [r["actor"] for r in extract(text, "2024-05-09", convert_to=None)] == actors


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Foxtons, the London estate agent, said fee income rose to £48.5m.", [["real_estate"]]),
        ("The median price of a new home in the US rose to $221,000 in February.", [["real_estate"]]),
    ],
)
def test_homes_and_those_who_sell_them(text, sectors):
    assert _sectors(text) == sectors


# a base "in the same quarter last year" looks back from the compared figure's year, as "a year
# earlier" does (years.json ``relative``, anchored): the figure is this year's
def test_the_same_quarter_last_year_is_a_base():
    text = (
        "Nike's quarterly net income rose 31% to $327.1 million, against $249.4 million in the same quarter last year."
    )
    assert [r["years"] for r in extract(text, "2004-09-22", convert_to=None)] == [[2004], [2003]]
