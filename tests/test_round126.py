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


def _actors(text: str, date: str = "2005-10-20") -> dict[str, str]:
    return {r["mention"]: r["actor"] for r in extract(text, date, convert_to=None)}


# a headline's name before its colon is the actor of the figures after it, a single word too; a
# label before a colon ("NOTE:", "Revs:") names no one
@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("Heineken: first-half net profit 285m euros, down 7%", "285m euros", "Heineken"),
        ("O2: market value £8.9bn", "£8.9bn", "O2"),
        ("Google Q3: revenue $1.58bn; net income $381m", "$381m", "Google"),
        ("Ryanair Q3 net profit up 20% at 49.9m euros", "49.9m euros", "Ryanair"),
        ("NOTE: Net includes a gain of 5 mln dlrs.", "5 mln dlrs", ""),
        ("Revs: 5 mln dlrs", "5 mln dlrs", ""),
    ],
)
def test_a_headline_name_before_its_colon_is_the_actor(text, mention, actor):
    assert _actors(text)[mention] == actor


# a table's labels and the money supply's aggregates are no actors
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Shr primary profit two cts vs loss one cent", "one cent"),
        ("NOTE:1985 4th qtr and year includes gain of 7,000 dlrs.", "7,000 dlrs"),
        ("M-1 rose 2.1 bln dlrs in the week ended March 2.", "2.1 bln dlrs"),
        ("Narrowly defined M1 fell 555 mln dlrs in the week.", "555 mln dlrs"),
    ],
)
def test_a_label_or_an_aggregate_is_no_actor(text, mention):
    assert _actors(text, "1987-03-20")[mention] == ""


# a period's code ("Q3", "H1") is a named period: the year of the last such period by the date
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("Google Q3: revenue $1.58bn", "2005-10-20", [2005]),
        ("Acme H1 net profit rose to $20m", "2005-08-02", [2005]),
        ("Acme Q4 net profit rose to $20m", "2005-02-02", [2004]),
    ],
)
def test_a_period_code_gives_its_year(text, date, years):
    assert [r["years"] for r in extract(text, date, convert_to=None)] == [years]


def test_cnt_is_a_cent():
    records = extract("Shr loss one cnt vs profit two cnts", "1987-03-23", convert_to=None)
    assert [(float(r["value"]), r["currency"], r["per"]) for r in records] == [
        (0.01, "USD", "share"),
        (0.02, "USD", "share"),
    ]
