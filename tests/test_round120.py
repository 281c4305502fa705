"""Families that rounds 120 and 121 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract

TABLE = "Shr 30 cts vs 10 cts\n    Net 560,000 vs 177,000\n    Revs 9,700,000 vs 7,700,000\n"

# an earnings table whose own lines name no period is dated by its headline: the day it names, else
# its period word (a fiscal year's end reported in the first months of a year is the year before's)
HEADLINE_YEARS = [
    ("ACME INC 3RD QTR NET", "1987-10-20", [1987, 1986]),
    ("ACME INC 1ST QTR LOSS", "1987-04-13", [1987, 1986]),
    ("ACME CORP 4TH QTR NET", "1987-03-02", [1986, 1985]),
    ("ACME CORP YEAR NET", "1987-03-11", [1986, 1985]),
    ("ACME CORP YEAR NET", "1987-06-09", [1987, 1986]),
    ("ACME INC 4TH QTR NET", "1987-10-19", [1987, 1986]),
    ("ACME INC 1ST QTR JAN 31 NET", "1987-03-05", [1987, 1986]),
    ("ACME INC 2ND QTR MARCH FIVE NET", "1987-03-20", [1987, 1986]),
    ("ACME INC 2ND QTR DEC 27 NET", "1987-02-10", [1986, 1985]),
]


def _years(title: str, date: str, text: str = TABLE) -> dict[str, list[int]]:
    return {r["mention"]: r["years"] for r in extract(text, date, convert_to=None, title=title)}


@pytest.mark.parametrize(("title", "date", "columns"), HEADLINE_YEARS)
def test_a_headline_dates_its_table(title, date, columns):
    years = _years(title, date)
    assert years["30 cts"] == years["560,000"] == [columns[0]]
    assert years["10 cts"] == years["7,700,000"] == [columns[1]]


@pytest.mark.parametrize(
    "title",
    [
        "ACME SETS QTLY DIVIDEND",  # no period in the headline
        "ACME SAYS EARNINGS WILL RISE",  # no period word
        "",  # no headline
    ],
)
def test_a_headline_without_a_period_dates_nothing(title):
    assert set(map(tuple, _years(title, "1987-03-05").values())) == {()}


def test_the_tables_own_lines_come_before_its_headline():
    text = "Qtr ended Sept 30\n    " + TABLE
    assert _years("ACME INC 4TH QTR NET", "1987-03-02", text)["30 cts"] == [1987 - 1]  # Sept 30, 1986


def test_a_headline_comes_before_a_note():
    text = TABLE + "    NOTE: 1986 net includes tax credits of 1,646,000 dlrs in quarter.\n"
    assert _years("ACME INC 3RD QTR NET", "1987-10-20", text)["30 cts"] == [1987]
    assert _years("", "1987-10-20", text)["30 cts"] == [1986]  # without one, the note's year


def test_a_dividend_rows_vs_is_the_period_before():
    text = "Qtly div 28 cts vs 25 cts prior\n    Pay April 30\n"
    assert set(map(tuple, _years("ACME INC 1ST QTR NET", "1987-04-13", text).values())) == {()}


def test_a_balance_row_and_a_row_of_one_column_take_the_period():
    text = "Shr 14 cts\n    Net 510,917\n    Loans 92.8 mln vs 84.7 mln\n"
    years = _years("ACME SAVINGS BANK YEAR JAN 31 NET", "1987-03-11", text)
    assert years["14 cts"] == years["510,917"] == years["92.8 mln"] == [1987]
    assert years["84.7 mln"] == [1986]


def test_a_headline_dates_no_sentence():
    text = "Acme said it would spend 5 mln dlrs on a new plant.\n"
    assert _years("ACME INC 3RD QTR NET", "1987-10-20", text)["5 mln dlrs"] == []
