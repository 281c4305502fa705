"""Families that rounds 158 and 159 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _all(text: str, date: str = "2024-05-15") -> list[dict]:
    return extract(text, date, convert_to=None)


# years of something else: a study's or a report's year is when it was written ("the 1.6 trillion won
# estimated in a 2017 feasibility study"), a "where" clause's move-in date is no completion; a plan's
# own span is the money's (control)
@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "The ministry said the bridge would cost 2.1 trillion won, above the 1.6 trillion won "
            "estimated in a 2017 feasibility study.",
            [[], []],
        ),
        (
            "The ministry put the cost at 3 trillion won, against the 2.4 trillion won in a 2019 government survey.",
            [[], []],
        ),
        ("According to its 2023 annual report, the port's debt stood at 900 billion won.", [[2023]]),
        ("The ministry will spend 2.1 trillion won under its 2024-2028 bridge plan.", [[2024, 2028]]),
        (
            "LH will invest 500 billion won through 2027 in a new town in Hwaseong, where the first "
            "residents are due to move in in 2025.",
            [[2027]],
        ),
    ],
)
def test_years_of_something_else(text, years):
    assert [r["years"] for r in _all(text)] == years


# a time after a relative aside resumes the amount's clause ("the stadium, which hosted the 2002
# World Cup, by 2027,"): its year is the money's, the aside's is not; with no time after it, none
@pytest.mark.parametrize(
    ("tail", "years"),
    [(", by 2027, the mayor said.", [2027]), (", the mayor said.", [])],
)
def test_a_time_after_a_relative_aside(tail, years):
    text = (
        "Incheon will pour 300 billion won into rebuilding the Munhak stadium, which hosted the 2002 World Cup" + tail
    )
    assert _all(text)[0]["years"] == years


# a later mention: what a payer adds "of its own" to the sum before concerns what that sum did
def test_added_of_its_own_to_the_sum():
    text = (
        "The government will invest 800 billion won by 2027 in a hydrogen cluster in Ulsan. "
        "Ulsan city will add 120 billion won of its own to the sum."
    )
    last = _all(text)[-1]
    assert (last["sectors"], last["years"], last["kind"]) == (["hydrogen_economy"], [2027], "investment")


# sector forms: what a vessel runs on is no destination ("to run on LNG"), the silver economy is
# ageing, not the metal; light attack aircraft are defence; a camera phone is electronics
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Busan will spend 90 billion won on shipyards converting ferries to run on LNG.", ["shipbuilding"]),
        ("Ulsan will spend 90 billion won on an LNG terminal.", ["oil_and_gas"]),
        ("Seoul will spend 1 trillion won on its silver economy strategy.", []),
        ("KAI won a 2 trillion won order for 20 light attack aircraft.", ["aerospace", "defense"]),
        ("Sharp will spend ¥20bn on a new camera phone plant.", ["electronics"]),
    ],
)
def test_sector_forms(text, sectors):
    assert _all(text, "2005-06-01")[0]["sectors"] == sectors


# kinds: "deals" is a deal as "deal" is; "pay-TV" is no pay
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Poland has signed arms deals with South Korea worth $12.4 billion this year.", "deal"),
        ("Italy's pay-TV operator Sky Italia charges 30 euros a month for its football package.", "price"),
    ],
)
def test_kinds(text, kind):
    assert _all(text, "2005-01-19")[0]["kind"] == kind


# money: a forecast's bare figure with a participle after it takes the currency of the amount before
# it ("the Treasury forecast of 14.75 billion issued"); a count after its noun does not (control)
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Imports will rise to 3.4 mln tonnes from the current forecast of 3.0 mln tonnes, costing 500 mln dlrs.",
            [5e8],
        ),
        (
            "The deficit is likely to be 1.5 billion dlrs below the Treasury forecast of 14.75 billion issued "
            "with the Budget papers.",
            [1.5e9, 14.75e9],
        ),
    ],
)
def test_shared_currency(text, values):
    assert [r["value"] for r in _all(text, "1987-06-15")] == values


# a change's base after a time ("rose to 275 mln marks in 1986 from 222 mln") is that change's base:
# the next change takes the level's time, and its base the base's ("... increased to 187 mln marks from
# 161 mln"; also after a contrast clause: ", while China's exports rose to 1.1 bln dlrs from 904 mln dlrs")
@pytest.mark.parametrize(
    "text",
    [
        "Group net profit rose to 275 mln marks in 1986 from 222 mln the previous year and parent "
        "net profit increased to 187 mln marks from 161 mln.",
        "Exports to China fell to 6.3 billion dlrs last year from 7.6 billion in 1985, while China's "
        "exports rose to 1.1 billion dlrs from 904 mln dlrs.",
    ],
)
def test_parallel_bases(text):
    assert [r["years"] for r in _all(text, "1987-03-23")] == [[1986], [1985], [1986], [1985]]


# a letter after a capitalised word labels a name ("Serie A matches"): no headline ends before it, and
# the time after it is the money's; a with-clause's schedule with a place between ("with test flights
# planned at Gimpo airport in 2025") is not the money's time
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Mediaset paid 50m euros for the rights to Serie A matches in the 2005-06 season.", [2005, 2006]),
        (
            "Hyundai will spend 1.2 trillion won by 2028 on air taxis, with test flights planned at Gimpo "
            "airport in 2025, a spokesman said.",
            [2028],
        ),
    ],
)
def test_times_of_the_money(text, years):
    assert _all(text, "2005-02-10")[0]["years"] == years


# actors: the agent of a passive inside a relative aside that closes before the amount is not its
# payer ("Debenhams, which was bought by CVC in 2003, said it would spend £90m"); a passive's agent in
# the amount's own clause still is (control)
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Debenhams, which was bought by CVC in 2003, said it would spend £90m on new stores.", "Debenhams"),
        ("Debenhams was bought by CVC for £600m in 2003.", "CVC"),
    ],
)
def test_actors_past_a_relative_aside(text, actor):
    assert _all(text, "2005-04-20")[-1]["actor"] == actor
