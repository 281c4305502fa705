"""Families that rounds 166 and 167 showed, and two the written misses of rounds 156 to 165 held: each
row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _all(text: str, date: str = "2024-05-15") -> list[dict]:
    return extract(text, date, convert_to=None)


# a yearly selling season after a lead or before a head is the money's time, the nearest such season
# by the date (holiday_years.py); a season that only frames something else is none
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("Argos said toy sales rose 6% to £210m over Christmas.", "2005-01-12", [2004]),
        ("Game Group: UK Christmas sales £95m, up 3%", "2005-01-06", [2004]),
        ("Currys will spend £8m this Christmas advertising flat-screen televisions.", "2004-10-20", [2004]),
        ("Boots will pay shop staff an extra £1 an hour during the festive season.", "2004-11-02", [2004]),
        ("HMV sales reached £400m last Christmas.", "2004-10-20", [2003]),
        ("Boots will spend £12m on 300 stores ahead of the Christmas rush.", "2004-08-11", []),
        ("Toy maker Hornby was confident of a strong Christmas after investing £3m in new sets.", "2004-12-01", []),
    ],
)
def test_a_selling_season_is_a_time(text, date, years):
    assert _all(text, date)[0]["years"] == years


# a calendar year inside a relative aside of the subject tells the subject's history: it does not stop
# a period later in the sentence from being read against the date ("the year to March")
def test_a_year_in_an_aside_is_history():
    text = (
        "Dennis Coachworks, which has built fire engines in Guildford since 1895, reported a pre-tax "
        "loss of £3.1m for the year to March."
    )
    assert _all(text, "2004-06-03")[0]["years"] == [2004]


# a "since" clause with a subject and a past verb tells when something else happened; a state word
# before "since" tells how long something has stood so: neither year is the money's (year_bases.is_history)
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        (
            "LIG Nex1 signed a 1.2 trillion won contract to supply missiles to Saudi Arabia, its largest deal "
            "since the two countries agreed on defence cooperation in 2019.",
            "2023-11-20",
            [],
        ),
        (
            "BASF will spend $200m expanding a plant in Texas, its biggest outlay since it entered the US "
            "market in 1998.",
            "2005-03-15",
            [],
        ),
        (
            "Gangwon will spend 60 billion won this year to finish a ski resort road, a project that had been "
            "stalled since 2018 by lawsuits.",
            "2021-02-04",
            [2021],
        ),
        ("The city has spent 60 billion won on the road since 2018.", "2021-02-04", [2018]),
    ],
)
def test_a_since_clause_is_history(text, date, years):
    assert _all(text, date)[0]["years"] == years


# an "after" with a subject and a report verb opens the report's clause: its times are not the price's
def test_an_after_report_clause_lends_no_time():
    text = "Shares in Dixons, up 12p at 180p, rose after the company said fourth-quarter sales beat forecasts."
    assert [r["years"] for r in _all(text, "2005-01-10")] == [[], []]


# a note under an earnings table that names the table's own period ("Current qtr") is of its year
def test_a_note_on_the_current_period():
    text = (
        "Shr 1.35 dlrs vs 1.53 dlrs\n    Net 42,137,000 vs 47,792,000\n"
        "    Note: Current qtr figures include 2.1 mln dlr charge from a plant closure.\n"
    )
    records = extract(text, "1987-04-13", convert_to=None, title="ACME CORP 1ST QTR NET")
    assert [r["years"] for r in records if r["mention"].startswith("2.1")] == [[1987]]


# sector forms: a three-word form with its modifiers hyphenated ("an electric-arc furnace"); a retail
# bank is a bank, not a shop; e-commerce and discount grocers are retail
@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("an electric-arc furnace", ["steel"]),
        ("its UK retail bank", ["banking"]),
        ("an online auction site", ["retail"]),
        ("a discount grocer", ["retail"]),
        ("its high-street shops", ["retail"]),
    ],
)
def test_sector_forms(phrase, sectors):
    assert _all(f"The group will spend £50m on {phrase}.", "2005-03-01")[0]["sectors"] == sectors


# a dividend row of a results table with no pay day under it is of the table's columns, like its other
# rows ("Div 7.0p making 10.5p vs 8.5p" under a year's results); a dividend notice keeps its pay day
def test_a_dividend_row_of_a_results_table():
    text = "Shr 41.5p vs 37.0p\n    Div 6.5p making 9.5p vs 8.0p\n    Pretax profit 61.2 mln stg vs 55.4 mln\n"
    records = extract(text, "1987-03-18", convert_to=None, title="ACME PLC 1986 YEAR")
    assert [r["years"] for r in records if r["kind"] == "dividend"] == [[1986], [1986], [1985]]


def test_a_dividend_notice_keeps_its_pay_day():
    text = "Qtly div 12 cts vs 12 cts prior\n    Pay June 15\n    Record May 29\n"
    records = extract(text, "1987-05-04", convert_to=None, title="ACME CORP SETS PAYOUT")
    assert [r["years"] for r in records] == [[1987], []]


# a fronted "Effective March 19," names no actor
def test_a_fronted_effective_date_is_no_actor():
    text = "Effective March 19, the new prices are 0.3 pct sulphur 22.50 dlrs a barrel, up one dlr."
    assert [r["actor"] for r in extract(text, "1987-03-18", convert_to=None)] == ["", ""]
