"""Families that rounds 126 and 127 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract

TABLE = "Shr 30 cts vs 10 cts\n    Net 560,000 vs 177,000\n    Revs 9,700,000 vs 7,700,000\n"

# a results headline that ends on its period word, is cut short after a quarter's ordinal, or names
# the year beside a period or results word dates its table as "3RD QTR NET" does
HEADLINE_YEARS = [
    ("ACME INC <ACM> 4TH QTR", "1987-03-24", [1986, 1985]),
    ("ACME INC <ACM> 3RD QTR", "1987-10-20", [1987, 1986]),
    ("ACME BANKING CORP OF FLORIDA <ACM.O> 3RD", "1987-10-20", [1987, 1986]),
    ("ACME CORP <ACM> 4TH", "1987-03-10", [1986, 1985]),
    ("ACME PLC 1986 YEAR", "1987-04-01", [1986, 1985]),
    ("ACME AG YEAR 1986", "1987-06-15", [1986, 1985]),
    ("ACME NV CALENDAR 1986", "1987-05-04", [1986, 1985]),
    ("ACME SPA 1986 NET PROFIT", "1987-04-20", [1986, 1985]),
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
        "ACME SAYS 4TH QTR WILL IMPROVE",  # the period word neither before a results word nor last
        "ACME PLC PROFITS RISE IN 1986/87",  # a fiscal year across two years names no one year
        "ACME SEES 3RD QTR GAIN IN 1987 FROM SALE",  # a year beside no period or results word
    ],
)
def test_a_headline_that_names_no_period_of_its_table_dates_nothing(title):
    assert set(map(tuple, _years(title, "1987-10-20").values())) == {()}
