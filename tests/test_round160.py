"""Families that rounds 160 and 161 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _all(text: str, date: str = "2024-05-15") -> list[dict]:
    return extract(text, date, convert_to=None)


# the customer a plant or a deal supplies is no destination ("to supply European electric carmakers":
# gold "carmakers" with automotive 2 amounts in 30); what is supplied is (control)
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("SK On will spend 2 trillion won on a battery plant in Hungary to supply German carmakers.", ["batteries"]),
        ("Hyundai will spend 2 trillion won on a plant to supply electric cars.", ["electric_vehicles"]),
    ],
)
def test_a_supplied_customer(text, sectors):
    assert _all(text)[0]["sectors"] == sectors


# a later mention of the same money: "The contract value could rise to", "narrow the loss to", "increase
# the sum by" concern what the money before did (sectors and years)
@pytest.mark.parametrize(
    ("text", "sectors", "years"),
    [
        (
            "Samsung SDI signed a deal worth 10 trillion won to supply batteries to Stellantis from 2027. "
            "The contract value could rise to 13 trillion won if options are exercised.",
            ["batteries"],
            [2027],
        ),
        (
            "The city will spend 50 billion won on tourism marketing this year. "
            "It could increase the sum by 5 billion won if visitor numbers fall.",
            ["tourism"],
            [2024],
        ),
    ],
)
def test_later_mentions(text, sectors, years):
    last = _all(text)[-1]
    assert (last["sectors"], last["years"]) == (sectors, years)


def test_narrowing_the_loss_names_the_loss_again():
    text = (
        "Shilla Duty Free, a duty-free operator, posted an operating loss of 40 billion won in the first half. "
        "The company expects to narrow the loss to 10 billion won in the second half."
    )
    assert _all(text, "2023-08-10")[-1]["sectors"] == ["retail"]


# years of something else: when it was said ("the utility said in January 2023"), a disaster "of" a year
# ("the summer floods of 2020"), the base of a multiple ("double the figure a year earlier"); a
# completion after the amount's clause is its time ("..., to be completed in 2027"); "twelve months
# earlier" is a year earlier
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        (
            "KEPCO plans to spend 56 trillion won through 2036 on its grid, the utility said in January 2023.",
            "2024-06-10",
            [[2036]],
        ),
        (
            "The ministry will invest 240 billion won through 2025 in flood forecasting, following the floods of 2020.",
            "2021-03-23",
            [[2025]],
        ),
        (
            "Ericsson reported a third-quarter net profit of 5.2 billion kronor, more than double the figure "
            "a year earlier.",
            "2004-10-19",
            [[2004]],
        ),
        (
            "Samsung SDI will spend 1.3 trillion won on a pilot line in Goed, Hungary, to be completed in 2027.",
            "2025-03-18",
            [[2027]],
        ),
        (
            "Assets rose to $386bn at the end of 2004, against $370bn twelve months earlier.",
            "2005-02-03",
            [[2004], [2003]],
        ),
    ],
)
def test_years(text, date, years):
    assert [r["years"] for r in _all(text, date)] == years


# actors: the name that labels an item of a list after a colon or semicolon ("FirstGroup, £1.1bn;
# Stagecoach, £950m"); a person's name after a role, though its first word is a verb's ("chief
# executive Rose Marie Bravo was paid")
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Bids for the rail franchise: FirstGroup, £1.1bn; Stagecoach, £950m.", ["FirstGroup", "Stagecoach"]),
        ("Tsunami losses: Munich Re, €250m; Converium, up to $20m.", ["Munich Re", "Converium"]),
        ("Burberry chief executive Rose Marie Bravo was paid £2.9m last year.", ["Rose Marie Bravo"]),
    ],
)
def test_actors(text, actors):
    assert [r["actor"] for r in _all(text, "2005-06-10")] == actors


# kinds: a budget request is investment ("requested 17.3 trillion won for next year": gold 33 amounts
# of 34 in sentences with "requested")
def test_a_request_is_investment():
    text = "The farm ministry requested 17.3 trillion won for next year to shore up food security."
    assert _all(text, "2022-08-30")[0]["kind"] == "investment"
