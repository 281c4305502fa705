"""Families that rounds 170 and 171 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _years(text: str, date: str) -> list[list[int]]:
    return [r["years"] for r in extract(text, date, convert_to=None)]


# a change's new level with no time of its own is of the year its base's look-back time counts from
# (change_years.level_years); not a price or a dividend a share, a point in time, and not over a time
# of its own
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        (
            "Sales in the first ten weeks fell 9 pct to 14.1 mln dlrs from 16.5 mln dlrs a year before.",
            "1987-04-09",
            [[1987], [1986]],
        ),
        (  # the parts of both figures, the base's time after its own parts
            "It earned 26.4 mln dlrs, or 1.10 dlrs a share, in the quarter, up from 20.1 mln dlrs, or 84 cts, "
            "a year ago.",
            "1987-04-09",
            [[1987], [1987], [1986], [1986]],
        ),
        (
            "Operating profit edged up to 3.2 bln yen, against 2.9 bln yen two years earlier.",
            "2005-06-01",
            [[2005], [2003]],
        ),
        ("Copper hit a record $9,100 a tonne, up from $6,400 a year earlier.", "2024-05-15", [[], [2023]]),
        (
            "The bank will pay a dividend of 1,500 won a share, up from 1,200 won a year earlier.",
            "2024-02-07",
            [[], [2023]],
        ),
        ("Sales rose to £5m in 2004 from £4m a year earlier.", "2005-06-01", [[2004], [2003]]),
        (
            "Sales rose to £5m from £4m last year.",
            "2005-06-01",
            [[], [2004]],
        ),  # no look-back: "last year" is the date's
    ],
)
def test_a_level_is_of_the_year_its_base_counts_from(text, date, years):
    assert _years(text, date) == years


# a results digest writes the year before in brackets: the bracketed figure is of that year, the
# digest's other figures of the year after (change_years.bracket_years)
@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Tarmac, six months to June: pre-tax profit £84.1m (2004: £70.2m); dividend 4.1p (2004: 3.8p).",
            [[2005], [2004], [2005], [2004]],
        ),
        (
            "Brewery results at a glance: Marston £61m (2004: £57m); Wolverhampton £33m (£30m).",
            [[2005], [2004], [2005], [2004]],
        ),
        ("Cable group NTL: 2005 loss £12m (2004: profit £3m); revenue £1.2bn.", [[2005], [2004], [2005]]),
        ("Tarmac made £84.1m (about $150m) and plans to spend £20m next year.", [[], [], [2006]]),  # no bracketed year
    ],
)
def test_a_results_digest_dates_by_its_brackets(text, years):
    assert _years(text, "2005-09-13") == years


# a later sentence that moves "the investment" to a new level, or by another step, names the money
# before again: its sectors, years and payer (clauses.json same_money, moved_money)
def test_the_investment_named_again():
    text = (
        "Hanwha Ocean will invest 600 billion won by 2027 in an LNG carrier yard. "
        "The company said the investment could rise to 800 billion won if orders hold up."
    )
    first, again = extract(text, "2024-05-15", convert_to=None)
    assert (again["sectors"], again["years"], again["actor"]) == (first["sectors"], [2027], "The company")


def test_a_step_by_another_amount_is_of_the_same_time():
    text = (
        "Celltrion broke ground on a vaccine plant, part of a 3 trillion won plan through 2030. "
        "It may raise the amount by another 600 billion won if orders rise."
    )
    assert _years(text, "2024-10-16") == [[2030], [2030]]


def test_investment_after_a_conjunction_is_no_money_named_again():
    text = "Tourism is a third of gross domestic product. He noted that investment in one resort could run to $40m."
    assert extract(text, "2005-01-10", convert_to=None)[0]["kind"] == "investment"


def test_the_investment_named_in_passing_lends_nothing():
    text = (
        "Nippon Life will buy a 13 pct stake in Shearson for 538 mln dlrs. The investment in Shearson will give "
        "it a seat on Wall Street, where it invests part of its assets of 90.2 billion dlrs."
    )
    assert extract(text, "1987-03-25", convert_to=None)[1]["kind"] == "valuation"


# a dam is no construction on its own (repairs, safety, turbines at dams: 20 of the 21 gold amounts with a
# sector in texts with "dams" have no construction); building one still is, through "construction"
@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("reinforcing spillways at aging dams", []),
        ("dam safety upgrades", []),
        ("dam construction in the river basin", ["construction"]),
    ],
)
def test_dams(phrase, sectors):
    assert extract(f"The agency will spend 50 billion won on {phrase}.", "2024-05-15")[0]["sectors"] == sectors
