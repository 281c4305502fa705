"""Families that rounds 126 and 127 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


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


# quantum cryptography is research, or semiconductors in a chip line, not telecommunications; its
# networks and communication links are
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Seoul earmarked 30 billion won for quantum cryptography research this year.", ["research_and_development"]),
        ("It will spend 45 billion won on quantum cryptography labs.", []),
        (
            "The ministry will spend 14.5 billion won on quantum cryptography communication networks.",
            ["telecommunications"],
        ),
        ("SK Telecom will invest 180 billion won in quantum cryptography networks.", ["telecommunications"]),
    ],
)
def test_quantum_cryptography_is_no_telecommunications_on_its_own(text, sectors):
    assert [r["sectors"] for r in extract(text, "2023-09-07", convert_to=None)] == [sectors]


# a loan, a bond or a credit line is financing, not the banking sector it is lent through
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("British banks are resisting signing a 76 billion dlr rescheduling package for Mexico.", []),
        ("The Bank of England said it gave the money market assistance of 185 mln stg.", []),
        ("Acme took out bank loans of 5 mln dlrs to build a steel mill.", ["steel"]),
        ("The bank will invest 5 mln dlrs in its branches.", ["banking"]),  # not financing: the bank's own
    ],
)
def test_financing_takes_no_banking(text, sectors):
    assert [r["sectors"] for r in extract(text, "1987-03-26", convert_to=None)] == [sectors]


# an earning verb before an amount per share names a profit, whoever earns it; the unit does not
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("In 1988, the company is expected to earn six dlrs a share.", "profit"),
        ("Adelman expects Morris to earn eight dlrs a share this year.", "profit"),
        ("Nurses earn £25,000 a year.", "pay"),
        ("The offer of 13 dlrs a share was rejected.", "price"),
    ],
)
def test_earning_per_share_is_a_profit(text, kind):
    assert [r["kind"] for r in extract(text, "1987-04-09", convert_to=None)] == [kind]
