"""Families that rounds 154 and 155 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _all(text: str, date: str = "2005-04-15") -> list[dict]:
    return extract(text, date, convert_to=None)


# a span of months ("the January-November period") is one period, of one year; a quarter named so too
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("Chip exports rose to $90 billion in the January-November period.", "2018-12-10", [2018]),
        ("Exports of ships rose to $9 billion in the January-October period, the ministry said.", "2019-11-01", [2019]),
        ("Net profit rose to 5 trillion won in the January-March quarter.", "2019-04-25", [2019]),
        ("The wheat is for shipment June-September and the bonus was 36.50 dlrs per tonne.", "1987-06-02", [1987]),
    ],
)
def test_a_span_of_months_is_one_period(text, date, years):
    assert _all(text, date)[0]["years"] == years


# a year when a company was formed, and a time inside a relative aside after an appositive, are not the
# money's ("Sandvik, the Swedish group whose ... and which last month lost a case, will pay")
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Corus, formed in 1999 from a merger, is to spend £60m on its rail mill.", []),
        (
            "Sandvik, the Swedish toolmaker whose unit supplies carmakers and which last month lost a case, "
            "will pay 1.8 billion kronor for Northbore.",
            [],
        ),
        ("Sandvik, the Swedish toolmaker, will pay 1.8 billion kronor for Northbore next year.", [2006]),
    ],
)
def test_years_of_something_else(text, years):
    assert _all(text)[0]["years"] == years


# what money moves away from is no destination, with modifiers between ("reliance on Chinese graphite",
# "on imported coal"); the same word as a destination still counts
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "The ministry will lend 450 billion won to battery makers to cut their reliance on Chinese graphite.",
            ["batteries"],
        ),
        (
            "Posco will spend 1 trillion won on a hydrogen steel plant to cut its reliance on imported coal.",
            ["hydrogen_economy", "steel"],
        ),
        ("Posco will spend 1 trillion won on Australian graphite mines.", ["mining"]),
    ],
)
def test_away_leads_with_modifiers(text, sectors):
    assert sorted(_all(text, "2023-03-15")[0]["sectors"]) == sectors


# a list of names and figures after a colon shares the time after the list ("all at end-2004"), each
# figure with its own time keeps it
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Pension deficits: Rolls-Royce £1.1bn, GKN £800m, Smiths £400m (all at end-2004).", [[2004]] * 3),
        ("Net debt: Vodafone £9bn, BT £7bn and Cable & Wireless £1bn in 2004.", [[2004]] * 3),
        ("Net debt: Vodafone £9bn in 2003, BT £7bn in 2004.", [[2003], [2004]]),
    ],
)
def test_a_named_list_shares_its_time(text, years):
    assert [r["years"] for r in _all(text, "2005-09-28")] == years


# a price restated per another unit in brackets is the same figure: it takes the time after it too
def test_a_price_restated_per_another_unit():
    text = "Cash costs rose to 90,000 rand a kilogram ($460 an ounce) in the December quarter."
    rand, dollars = _all(text, "2005-02-04")
    assert (rand["years"], dollars["years"], dollars["per"]) == ([2004], [2004], "ounce")


# a price per one time and the same price per another, joined by "or", share the time after them
def test_a_price_per_week_or_per_day():
    text = "A weekly bus pass will cost £12.50 a week, or £2 a day, from January."
    assert [r["years"] for r in _all(text, "2004-11-15")] == [[2005], [2005]]


# sector forms: aircraft models, fares and tickets, convention centres, overseas property
@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Qantas agreed to buy 12 Boeing 787s for $2.4bn at list prices.", "aerospace"),
        ("Emirates ordered 10 A380s in a deal worth $3bn.", "aerospace"),
        ("The city will raise the basic bus fare to 1,500 won.", "transport"),
        ("Busan will spend 300 billion won on a second convention centre.", "tourism"),
        ("The pension fund will put ¥500 billion into overseas property.", "real_estate"),
    ],
)
def test_sector_forms(text, sector):
    assert sector in _all(text, "2020-01-01")[0]["sectors"]


# a kind's noun after "in" with an abbreviation before it ("in U.S. tax credits"); a Budget named as a
# time ("after the Budget") is no budget
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("LG posted sales of 33 trillion won, including 600 billion won in U.S. production tax credits.", "subsidy"),
        ("The price of a bottle of whisky will rise to £12.50 after the Budget.", "price"),
        ("The Budget set aside £2bn for new schools.", "investment"),
    ],
)
def test_kind_words(text, kind):
    assert _all(text)[-1]["kind"] == kind


# the actor: not the owner of what the money goes to ("for Korea's digital projects"); a name after
# "its rival"; a subject past a participle's aside (", also based in Tokyo,")
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The science ministry requested 2.4 trillion won for South Korea's digital projects.", "The science ministry"),
        (
            "Dai-ichi will put ¥1 trillion into property, and its rival Nippon Life will invest 3 billion euros "
            "in shares.",
            "Nippon Life",
        ),
        (
            "Dai-ichi will put ¥1 trillion into property, and Nippon Life, also based in Tokyo, will invest "
            "3 billion euros in shares.",
            "Nippon Life",
        ),
    ],
)
def test_actors(text, actor):
    assert _all(text)[-1]["actor"] == actor
