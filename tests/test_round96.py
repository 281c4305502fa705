"""Families that rounds 96 and 97 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract
from sentence_record import record

LINKS = [
    # a prefix that denies a sector word ("non-food", "non-oil") names no sector
    ("Asda will invest £200m in its non-food ranges.", "£200m", []),
    ("Non-oil exports rose to $3bn.", "$3bn", []),
    ("Asda will invest £200m in food retail.", "£200m", ["retail"]),
    # a helicopter flown as an ambulance is health care, not aerospace; one bought as an aircraft stays
    ("The province will spend $30m on two air ambulances.", "$30m", ["healthcare"]),
    ("The province will spend $30m on medical helicopters for remote islands.", "$30m", ["healthcare"]),
    ("The forest service ordered three firefighting helicopters for $72m.", "$72m", ["aerospace"]),
    # launch sites, sodium-ion and solid-state batteries, container terminals
    ("The ministry allotted $60m for a new rocket launch site.", "$60m", ["aerospace"]),
    ("The firm will spend $90m on a sodium-ion cell line.", "$90m", ["batteries"]),
    ("The firm will spend $90m on solid-state battery lines.", "$90m", ["batteries"]),
    ("Solid state shipments of chips totalled 2.25 billion dlrs.", "2.25 billion dlrs", ["semiconductors"]),
    ("The port authority will spend $400m on a container terminal.", "$400m", ["transport"]),
    # a plural venue is buildings: what is played there is no destination
    ("The city will spend $40m building three K-pop arenas.", "$40m", []),
    ("Exports of K-pop albums rose to $231m.", "$231m", ["media"]),
    # a cause ("blaming ...") names no destination
    ("The airline raised its surcharge to £30 a ticket, blaming record oil prices.", "£30", ["transport"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2025-10-22")["sectors"]) == sorted(sectors)


KINDS = [
    # "allot" allocates
    ("The science ministry allotted 40 billion won for a satellite cluster.", "40 billion won", "investment"),
    # a noun that names what money is (exports, sales, profit) is no purpose of an allocation
    ("The ministry set aside 300 billion won for defence exports.", "300 billion won", "investment"),
    ("The ministry set aside 300 billion won for export loans.", "300 billion won", "financing"),
    ("It earned 5 bln francs from exports.", "5 bln francs", "trade"),
    # handing money back to shareholders pays them
    ("Euronext will hand back 1 billion euros to shareholders.", "1 billion euros", "dividend"),
    ("The group gave back $300m to investors last year.", "$300m", "dividend"),
    ("The exchange dropped its 2bn-euro pursuit of the LSE.", "2bn-euro", "deal"),
    # goods bought or sold "worth of": spending or revenue; a company, shares, paper or money stay a deal
    ("The city will buy 2 billion won worth of electric buses.", "2 billion won", "investment"),
    ("The firm hopes to sell $40m worth of drones abroad.", "$40m", "revenue"),
    ("Acme bought 50 mln dlrs worth of Beta shares.", "50 mln dlrs", "deal"),
    ("The central bank sold 3.6 billion francs worth of treasury stocks.", "3.6 billion francs", "deal"),
    ("The Fed bought 10 mln dlrs worth of marks.", "10 mln dlrs", "deal"),
    # what a price noun brings in is revenue; a tax's take stays a tax
    ("Ticket surcharges will bring in about $50m this year.", "about $50m", "revenue"),
    ("The levy would bring in £2bn.", "£2bn", "tax_or_fine"),
    # "Sales at the former X stores": no headline ends at "the former"
    ("Sales at the former Somerfield stores are running at about £90m a week.", "about £90m", "revenue"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2005-05-20")["kind"] == kind


ACTORS = [
    # a possessor's role noun renamed by an appositive name: the name, not the possessor
    ("Acme's Chinese partner, Beta Motors, was to invest £1bn in the plant.", "£1bn", "Beta Motors"),
    ("Novartis' generics arm, Sandoz, will spend $400m.", "$400m", "Sandoz"),
    ("Samsung's sales, however, rose to 5 trillion won.", "5 trillion won", "Samsung"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2005-04-12")["actor"] == actor


TABLE = """Year to March 31, 1987
    Share 12 rupees vs 15
    Pre-tax profit 99.5 mln rupees vs 1.2 billion
    Net profit 80.1 mln vs 1.01 billion
"""


def test_table_rows_take_the_only_currency_the_article_writes():
    rows = {r["mention"]: r for r in extract(TABLE, date="1987-06-29")}
    assert {m: r["currency"] for m, r in rows.items()} == dict.fromkeys(
        ["12 rupees", "15", "99.5 mln rupees", "1.2 billion", "80.1 mln", "1.01 billion"], "INR"
    )
    assert rows["12 rupees"]["kind"] == rows["15"]["kind"] == "profit"  # "Share": earnings a share


def test_table_rows_in_dollars_stay_dollars():
    text = "Shr 10 cts vs 5 cts\n    Net 5 mln vs 4 mln\n    Revs 50 mln vs 40 mln\n"
    assert {r["currency"] for r in extract(text, date="1987-06-29")} == {"USD"}


YEARS = [
    # a year in an aside about another past event is that event's, not the money's
    ("Gwangju will spend $40m by 2026 on a clinic for a district that lost its hospital in 2015.", "$40m", [2026]),
    ("Abbey, acquired by Santander in 2004, will pay $60m to settle the claims.", "$60m", []),
    ("The bank, which lost $5m in 2013, will spend $2m.", "$5m", [2013]),  # the aside's own money
    ("It bought the plant in 2019 for $30m.", "$30m", [2019]),
]


@pytest.mark.parametrize(("text", "mention", "years"), YEARS)
def test_years(text, mention, years):
    assert record(text, mention, "2020-05-01")["years"] == years


COUNTRIES = [
    # a city that a club's name goes on after ("Manchester United") places nothing; an exchange does
    ("Malcolm Glazer made a $790m bid for Manchester United.", "$790m", ""),
    ("Acme shares rose to 12 dlrs on the Toronto Stock Exchange.", "12 dlrs", "CA"),
    ("Seoul City will spend 2 trillion won on parks.", "2 trillion won", "KR"),
    ("Acme will invest £5m in a plant in Manchester.", "£5m", "GB"),
    ("It will spend $5m in Mexico City.", "$5m", "MX"),
]


@pytest.mark.parametrize(("text", "mention", "country"), COUNTRIES)
def test_countries(text, mention, country):
    assert record(text, mention, "2005-05-20")["country"] == country
