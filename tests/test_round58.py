"""Families that rounds 58 and 59's misses showed: each row a text written here for the family, not
the gold's own. Article date 2023-06-20 unless a row says."""

from __future__ import annotations

import pytest

from sentence_record import record

DATE = "2023-06-20"

LINKS = [
    # "this year and next" is this year and the one after
    ("LG will spend 2 trillion won this year and next on a cathode plant.", "2 trillion", ["batteries"], [2023, 2024]),
    (
        "Jeju will invest 90 billion won this year and next year in smart farms.",
        "90 billion",
        ["smart_farms"],
        [2023, 2024],
    ),
    # tanks are weapons; a think tank, storage or fuel tanks are not
    ("Poland will buy 250 K2 tanks for $6 billion.", "$6 billion", ["defense"], []),
    ("The firm will spend $200 million on LNG storage tanks.", "$200 million", ["oil_and_gas"], []),
    ("A think tank said 5 billion won went to the steel industry.", "5 billion", ["steel"], []),
    ("Hyundai will spend 40 billion won on hydrogen tanks.", "40 billion", ["hydrogen_economy"], []),
    # "-themed", "-framed" make a look, not a destination: the head decides
    ("The county will build a 30 billion won timber-framed hospital.", "30 billion", ["healthcare"], []),
    ("Jeonju will invest 12 billion won in a film-themed tourist street.", "12 billion", ["tourism"], []),
    # a refinery alone is oil and gas; after a metal, basic metals: no sector (round 172, metal_works:
    # no gold amount about a metal refinery has mining)
    ("Korea Zinc will invest 500 billion won in a nickel refinery.", "500 billion", [], []),
    ("S-Oil will spend 9 trillion won on a new refinery in Ulsan.", "9 trillion", ["oil_and_gas"], []),
    # demand from someone is a cause, not a destination
    (
        "The retailer said its sales rose to 3 trillion won on demand from foreign tourists.",
        "3 trillion",
        ["retail"],
        [],
    ),
    # ... while demand to be met is where the money goes
    (
        "It will import cement worth $375,000 to meet growing demand from the construction sector.",
        "$375,000",
        ["construction"],
        [],
    ),
    # a quarter that has begun, with a forecast in its clause, is the article's year
    (
        "Analysts expect the loss to narrow to 900 billion won in the second quarter.",
        "900 billion",
        [],
        [2023],
    ),
    # a time after the parts of a total is the total's too (the parts share it as a list)
    (
        "The ministry set aside 5 trillion won for ports, including 2 trillion won for cranes and "
        "1 trillion won for berths, in its budget for next year.",
        "5 trillion",
        ["transport"],
        [2024],
    ),
]


@pytest.mark.parametrize(("text", "mention", "sectors", "years"), LINKS)
def test_links(text, mention, sectors, years):
    got = record(text, mention, DATE)
    assert (sorted(got["sectors"]), got["years"]) == (sorted(sectors), years)


KINDS = [
    # contract manufacturing is an activity, no contract
    ("Lonza will invest $300 million in a contract manufacturing plant.", "$300 million", "investment"),
    ("Samsung Biologics won contract manufacturing orders worth $1 billion.", "$1 billion", "deal"),
    # ticket sales are revenue, not a ticket's price
    ("The tour grossed $150m in ticket sales.", "$150m", "revenue"),
    ("Tickets for the final cost $90 each.", "$90", "price"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, DATE)["kind"] == kind


PER = [
    # a share class may stand between "a"/"per" and the unit
    ("It declared a special dividend of five dlrs per common share.", "five dlrs", "share"),
    ("The board kept the payout at 10 marks per ordinary share.", "10 marks", "share"),
    ("It pays 20 cts a preferred share.", "20 cts", "share"),
    # ... but before a plural it is a count of class A stock, no rate
    ("The company sold 2.5 mln dlrs A common shares.", "2.5 mln dlrs", ""),
]


@pytest.mark.parametrize(("text", "mention", "per"), PER)
def test_per_share_classes(text, mention, per):
    assert record(text, mention, "1987-03-02")["per"] == per


def test_table_share_rows_with_a_qualifier_are_profit():
    text = "ACME 1ST QTR NET\n    Shr basic 88 cts vs 1.22 dlrs\n    Net 114,108,000 vs 140,389,000\n"
    got = record(text, "88 cts", "1987-03-03")
    assert (got["kind"], got["per"]) == ("profit", "share")


@pytest.mark.parametrize("head", ["film", "movie"])
def test_a_film_that_takes_money_is_its_actor(head):
    got = record(f"The {head}, which stars two newcomers, took $28.5m in its first weekend.", "$28.5m", "2004-12-01")
    assert got["actor"] == f"The {head}"
