"""Families that rounds 164 and 165 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline import extract


def _all(text: str, date: str = "2024-05-15") -> list[dict]:
    return extract(text, date, convert_to=None)


# a ", where" or ", whose" clause after the amount tells of a place or a name, not of the money: its
# time and sector words are its own (scripts/gold_subset.py: 48 of 67 exactly right at e17aa18, 60 of 70 after)
@pytest.mark.parametrize(
    ("text", "sectors", "years"),
    [
        (
            "The ministry will allocate 6 billion won to telehealth projects for island villages, "
            "where clinics have had no doctor since 2018.",
            ["healthcare"],
            [],
        ),
        (
            "The county paid 1.2 billion won to victims on top of money paid by Kepco, whose power line "
            "started the fire.",
            [],
            [],
        ),
    ],
)
def test_a_where_or_whose_clause_is_its_own(text, sectors, years):
    first = _all(text, "2022-09-01")[0]
    assert (first["sectors"], first["years"]) == (sectors, years)


# a "though" clause is a contrast: with no time of its own, its amount is of the main clause's time
def test_a_though_clause_takes_the_main_time():
    text = "Hanmi said its chip sales rose to 310 billion won last year, though total revenue fell to 2 trillion won."
    assert [r["years"] for r in _all(text, "2023-02-08")] == [[2022], [2022]]


# lenders named after "from" are a source also past a company's name coordinated before them
# ("with contributions from Korea Aerospace Industries Ltd. and local banks")
def test_a_source_past_a_name():
    text = (
        "Sacheon will expand its space fund to 300 billion won with contributions from Hanwha Aerospace Co. "
        "and local banks."
    )
    assert "banking" not in _all(text)[0]["sectors"]


# fans are people whom a K-pop word names, not a destination beside another one ("to draw K-pop fans")
def test_fans_are_people():
    text = "Gyeongju will spend 45 billion won on a heritage tourism complex to draw more K-pop fans."
    assert _all(text)[0]["sectors"] == ["tourism"]


# "ahead" is no "a head": "orders were running £2-3m ahead of forecasts" is no price per head; model
# railways are toys, no transport
def test_ahead_is_no_per_head():
    text = "Hornby, the maker of model railways, said orders were running £2-3m ahead of forecasts."
    found = _all(text, "2004-12-08")
    assert (found[0]["per"], found[0]["sectors"]) == ("", [])


# a two-sided quote: its offer may replace the bid's last digits with a decimal ("422.25/3.25"), may end a
# sentence ("at 1.5650/60."), and a bare one takes the currency of the level before it in its sentence
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Gold rose to 422.25/3.25 dlrs.", [("422.25/3.25 dlrs", "USD", Decimal("423.25"))]),
        (
            "The mark was quoted at 1.8040 marks, up from its 1.7975/85 opening.",
            [("1.8040 marks", "DEM", None), ("1.7975/85", "DEM", Decimal("1.7985"))],
        ),
        (
            "Sterling rose to 1.5798/808 dlrs from 1.5650/60.",
            [("1.5798/808 dlrs", "USD", Decimal("1.5808")), ("1.5650/60", "USD", Decimal("1.566"))],
        ),
        ("Sales rose in 1986/87.", []),
    ],
)
def test_two_sided_quotes(text, quotes):
    found = [(r["mention"], r["currency"], r["value_max"]) for r in _all(text, "1987-03-02")]
    assert found == quotes
