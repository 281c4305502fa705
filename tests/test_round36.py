"""Families found between rounds 35 and 36, and those that round 36's misses showed (its set scored
first, then read): each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

CENTS = [
    # bare cents in an article that names no dollar and one currency whose hundredth is a cent are that
    # currency's (news_currencies.json cent_currencies; article.cents_of_article)
    ("Pre-tax profit 41.2 mln rand vs 35.0 mln. Final div 85 cts vs 70 cts.", "85 cts", "ZAR"),
    ("Kenya Airways made 2.1 billion shillings and pays 25 cents a share.", "25 cents", "KES"),
    ("Pre-tax profit 41.2 mln rand or 16 mln dlrs. Final div 85 cts vs 70 cts.", "85 cts", "USD"),  # as before
    ("The rand rose to 48.20 U.S. Cents from 47.90 cents.", "47.90 cents", "USD"),  # as before
    ("Net profit 41.2 mln rand and 90 mln shillings. Final div 85 cts.", "85 cts", "USD"),  # as before
]


@pytest.mark.parametrize(("text", "mention", "currency"), CENTS)
def test_cents_currency(text, mention, currency):
    assert record(text, mention, date="1987-04-01")["currency"] == currency


LINKS = [
    # once the amount's own words name a sector, a participial clause after a comma is about other money
    # (clauses.json not_participles; clause_ends.participle_start)
    (
        "LG Chem will spend 1.5 trillion won on its cathode plants, cutting outlays on refining.",
        "1.5 trillion",
        ["batteries"],
    ),
    (
        "LG Chem will spend 1.5 trillion won next year, building cathode plants in Tennessee.",
        "1.5 trillion",
        ["batteries"],
    ),  # as before: no sector before the comma
    # a sector modifier standing bare as an item of a list next to a sector word names its sector
    # (sector_phrases.listed_conjunct), not when the list's items share a head noun after them
    ("Ministers will spend £2bn on schools, health and housing.", "£2bn", ["education", "healthcare", "real_estate"]),
    ("It is raising jet and diesel postings 2.5 cts a gallon.", "2.5 cts", ["oil_and_gas"]),  # as before
    # a part whose "to" parallels the part before it names a destination of its own (clause_ends.parallel_to)
    (
        "Vietnam drew $12 billion of investment, with $8 billion going to chip plants and $4 billion to services.",
        "$4 billion",
        [],
    ),
    (
        "Vietnam drew $12 billion of investment, with $8 billion going to chip plants and $4 billion to build roads.",
        "$4 billion",
        ["construction"],
    ),  # as before
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_sectors(text, mention, sectors):
    assert sorted(record(text, mention)["sectors"]) == sorted(sectors)


KINDS = [
    # an allocation whose purpose only says the money pays for something keeps its kind
    # (kinds.json purposes paying_verbs)
    (
        "The ministry will spend 900 billion yen to fund work on quantum computers.",
        "900 billion",
        "investment",
        "spend",
    ),
    # as before: another purpose verb still decides
    ("The ministry will spend 900 billion yen to subsidise rooftop panels.", "900 billion", "subsidy", "subsidise"),
    # a basic income is a subsidy (kinds.json subsidy nouns)
    ("The province budgeted 80 billion won for a basic income for farmers.", "80 billion", "subsidy", "basic income"),
    (
        "Ford's income from continuing operations rose to $1.2bn.",
        "$1.2bn",
        "profit",
        "income from continuing operations",
    ),
    # "before income taxes" names no tax (kinds.json not_triggers)
    (
        "Its income from continuing operations before income taxes rose to $1.03bn.",
        "$1.03bn",
        "profit",
        "income from continuing operations",
    ),
    ("Income after tax was 521 mln crowns.", "521 mln", "profit", "Income after tax"),
    # a commodity's price move (kinds.json commodity_subjects)
    ("Brent crude lost $3 to $61.20 in London trading.", "$3", "price", "crude"),
    ("Crude exports rose to $4bn in May.", "$4bn", "trade", "exports"),  # as before
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kind(text, mention, kind, trigger):
    found = record(text, mention)
    assert (found["kind"], found["trigger"]) == (kind, trigger)


ACTORS = [
    # a fronted phrase whose name holds a list with commas ends at the comma after the list (names.name_list_end)
    (
        "Under a plan by the Ministry of Land, Infrastructure and Transport, Seoul will spend 2 trillion won on roads.",
        "2 trillion",
        "Seoul",
    ),
    # a time phrase set off by a comma ("Late on Monday,") is skipped to the subject (actors.json time_fillers)
    ("Late on Friday, Siemens said it would pay a dividend of 4.70 euros.", "4.70", "Siemens"),
    # a possessor's modifiers stop at a verb after "to"
    ("Tokyo moved to ease local governments' debts of 3 trillion yen.", "3 trillion", "local governments"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actor(text, mention, actor):
    assert record(text, mention)["actor"] == actor
