"""Families that rounds 60 and 61's misses showed, and what reading Reuters over its line breaks
showed: each row a text written here for the family, not the gold's own. Article date 2023-06-20
unless a row says."""

from __future__ import annotations

import pytest

from sentence_record import record

DATE = "2023-06-20"

KINDS = [
    # a subsidiary is who earns or borrows, not a deal: the verb or noun of the money decides
    ("The West German subsidiary earned 2.5 billion marks last year.", "2.5 billion", "profit", "1987-03-02"),
    ("Its finance subsidiary will issue 100 mln dlrs of notes.", "100 mln", "financing", "1987-03-02"),
    # ... and a sale of one is still a deal
    (
        "Goodyear expects to sell its Celeron subsidiary for about two billion dlrs.",
        "two billion",
        "deal",
        "1987-03-02",
    ),
]


@pytest.mark.parametrize(("text", "mention", "kind", "date"), KINDS)
def test_kinds(text, mention, kind, date):
    assert record(text, mention, date)["kind"] == kind


LINKS = [
    # what a place or a group once was is not where the money goes
    (
        "Busan will spend 80 billion won on an air taxi vertiport on the site of a former tourist resort.",
        "80 billion",
        ["aerospace", "transport"],  # a vertiport is both (round 80); the former resort no tourism
    ),
    ("The firm will build a 9 billion won cable plant at a former shipyard site in Ulsan.", "9 billion", []),
    ("Taebaek will spend 4 billion won on a clinic for former coal miners.", "4 billion", ["healthcare"]),
    ("Taebaek will spend 4 billion won on reopening a coal mine.", "4 billion", ["mining"]),
    # the cargo of a ship is not its money's sector: the ship is
    ("Samsung Heavy won a 1.1 trillion won order for four LNG and LPG carriers.", "1.1 trillion", ["shipbuilding"]),
    ("Shipbuilders exported crude tankers worth $3.3 billion last year.", "$3.3 billion", ["shipbuilding"]),
    ("SK will buy crude oil worth $3 billion from Iraq.", "$3 billion", ["oil_and_gas"]),
    # fish farming was no agriculture here (gold: 0 of 2); after round 74 it is again (3 of 5, and
    # "fish farms" 4 of 4: tests/test_round70.py)
    ("The ministry will lend 150 billion won to fish farmers hit by red tide.", "150 billion", ["agriculture"]),
    ("The ministry will lend 150 billion won to rice farmers hit by floods.", "150 billion", ["agriculture"]),
    # rental homes are housing; power supply is energy
    (
        "The ministry will spend 9.8 trillion won on supplying 50,000 public rental homes.",
        "9.8 trillion",
        ["real_estate"],
    ),
    (
        "KEPCO will spend 2 trillion won on power supply to the chip cluster.",
        "2 trillion",
        ["energy", "semiconductors"],
    ),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, DATE)["sectors"]) == sorted(sectors)


MORE_KINDS = [
    ("Santini had been given a £3m pay-off.", "£3m", "pay"),
    ("The ministry raised the monthly parental leave benefit to 2.5 million won.", "2.5 million", "subsidy"),
    # relief waived or forgiven is a subsidy, whatever noun follows the amount (gold: "waive" 6 of 6)
    ("The airport will waive 180 billion won in rent for duty-free shops.", "180 billion", "subsidy"),
    ("The state bank will forgive 3 billion won in interest for flood-hit farmers.", "3 billion", "subsidy"),
    ("The tenants paid 180 billion won in rent.", "180 billion", "price"),
    # a market's size is what it is worth
    ("The global air taxi market is expected to reach US$61.5 billion by 2030.", "US$61.5", "valuation"),
    ("The Korean webtoon market grew to 2 trillion won last year.", "2 trillion", "valuation"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), MORE_KINDS)
def test_more_kinds(text, mention, kind):
    assert record(text, mention, DATE)["kind"] == kind


def test_a_number_glued_to_a_name_is_no_amount():
    text = "KHNP set aside 1.7 trillion won, including 880 billion won for Kori-1 and 820 billion won for Wolsong-1."
    from pipeline import extract

    assert [r["mention"] for r in extract(text, DATE)] == ["1.7 trillion won", "880 billion won", "820 billion won"]


def test_a_sector_phrase_found_in_overlapping_pieces_is_one():
    """ "offshore wind" and "wind power" are one "offshore wind power": its "power" is no energy
    modifier of "projects" of its own."""
    text = "The state will pour 3 trillion won into hydrogen and offshore wind power projects."
    got = record(text, "3 trillion", DATE)
    assert sorted(got["sectors"]) == ["hydrogen_economy", "renewable_energy"]


PARTNERS = [
    # the industry of a partner the money is spent with is not where it goes
    (
        "KT will spend 450 billion won on an AI data centre with an Indonesian telecom partner.",
        "450",
        ["artificial_intelligence"],
    ),
    (
        "Daewoong signed a $430 million deal with a U.S. biotech firm to develop cancer drugs.",
        "$430",
        ["pharmaceuticals"],
    ),
    # ... while a partner's phrase without "with", or a sector word that is no partner's, still names it
    ("KT will spend 450 billion won on telecom partners' networks.", "450", ["telecommunications"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), PARTNERS)
def test_partners(text, mention, sectors):
    assert sorted(record(text, mention, DATE)["sectors"]) == sorted(sectors)


def test_fast_chargers_are_electric_vehicles():
    got = record("The ministry gave 20 billion won for fast chargers at highway rest areas.", "20 billion", DATE)
    assert "electric_vehicles" in got["sectors"]
