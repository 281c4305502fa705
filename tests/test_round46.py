"""Families that rounds 46 and 47's misses showed (both sets scored first, then read): each row a
text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract
from sentence_record import kind_and_trigger, record

SECTORS = [
    # a possessive after a preposition opens no clause inside a list of amounts, so a time after the
    # list is every item's (clauses.json object_prepositions)
    (
        "Ulsan will spend 30 billion won on schools, 20 billion won on buses to its suburbs and "
        "10 billion won on parks in 2026.",
        "20 billion",
        [],
        [2026],
    ),
    # a total that the parts before it come out of ("..., out of a record budget of"; part_of_leads)
    (
        "The province will set aside 40 billion won for forestry and 20 billion won for fish farms, "
        "out of a record budget of 9 trillion won.",
        "9 trillion",
        ["agriculture", "forestry"],  # fish farms (round 132: fisheries are no agriculture)
        [],
    ),
    # a definite noun phrase right before an amount, after "and", is a gapped clause's subject
    # (clause_ends.definite_gapped): each part takes its own sector
    (
        "Operating profit was 900 billion won, with the battery unit contributing 700 billion won and "
        "the petrochemical division 200 billion won.",
        "700 billion",
        ["batteries"],
        [],
    ),
    (
        "Operating profit was 900 billion won, with the battery unit contributing 700 billion won and "
        "the petrochemical division 200 billion won.",
        "200 billion",
        ["chemicals"],
        [],
    ),
    # a period's own end date without a year is of the last such day by the article's date (2025-03-04),
    # or, "ending", of the next (month_years.end_date_year)
    ("Net income for the quarter ended January 28 rose to 285 mln dlrs.", "285 mln", [], [2025]),
    ("For the year ended December 31, net income was 5 mln dlrs.", "5 mln", [], [2024]),
    ("Net income for the quarter ending June 30 should reach 4 mln dlrs.", "4 mln", [], [2025]),
    ("For the year ended December 31, 2023, net income was 5 mln dlrs.", "5 mln", [], [2023]),  # as before
    # ... but not of a period named as a year before (the relative phrase decides, as before)
    ("In its last fiscal year ending October 31, the company earned 228.7 mln dlrs.", "228.7", [], [2024]),
    # the parts of one figure keep their own time over the sentence's ("or 55 cts a share ... a year
    # earlier", after the first quarter of 2025)
    (
        "First-quarter earnings will be lower than the 1,414,000 dlrs or 55 cts a share it earned a year earlier.",
        "1,414,000",
        [],
        [2024],
    ),
    (
        "The deficit for the first eleven months of 2004 stands at £36.3bn, £4.5bn higher than the same "
        "period in 2003.",
        "£36.3bn",
        [],
        [2004],
    ),  # as before: a comma alone joins another figure
    # "down from earnings of" opens a change's base, which keeps its own time (clauses.FROM_NOUN_END)
    (
        "Net income in 2025 will be 27 mln dlrs, down from earnings of 40.4 mln dlrs or 1.19 dlrs a share the "
        "previous year.",
        "40.4 mln",
        [],
        [2024],
    ),
    # sector forms (sectors.jsonl): dementia care, forest restoration, smart fish farms, food products
    ("Seoul will spend 300 billion won on dementia care centres.", "300 billion", ["healthcare"], []),
    ("Incheon will spend 37 billion won on coastal forest restoration.", "37 billion", ["forestry"], []),
    ("The ministry will put 1 trillion won into smart fish farms.", "1 trillion", ["smart_farms"], []),
    ("Exports of fresh and frozen food products reached $9 billion.", "$9 billion", ["food_and_beverage"], []),
    # signalling as a transport modifier, its head shared in a coordination
    (
        "The order includes 600 billion won of signalling and telecom equipment.",
        "600 billion",
        ["telecommunications", "transport"],
        [],
    ),
    # ... and phrases that hold a sector word but name no sector (sector_heads.json not_sectors)
    ("Seoul will spend 84 billion won on a food waste treatment plant.", "84 billion", [], []),
    ("Toray will invest 50 billion yen in a battery separator film plant.", "50 billion", ["batteries"], []),
    ("Hyundai Wia will pour 1 trillion won into thermal management modules.", "1 trillion", [], []),
    ("The studio will spend $20 million on a film production centre.", "$20 million", ["media"], []),  # as before
]


@pytest.mark.parametrize(("text", "mention", "sectors", "years"), SECTORS)
def test_links(text, mention, sectors, years):
    got = record(text, mention)
    assert (sorted(got["sectors"]), got["years"]) == (sorted(sectors), years)


KINDS = [
    # a phrasal verb before its amount and particle: "buy back X of its shares" pays shareholders
    ("Kia will buy back 700 billion won of its stock this year.", "700 billion", "dividend", "buy back"),
    ("Nexon will buy back up to 100 billion yen of its shares.", "100 billion", "dividend", "buy back"),
    ("Samsung will buy back shares worth 10 trillion won.", "10 trillion", "dividend", "buy back shares worth"),
    ("Acme agreed to buy back the stake from Tencent for 1.2 trillion won.", "1.2 trillion", "deal", None),
    # being sued for money, a lawsuit: damages sought
    ("The guitarist is being sued by his former partner for $10 million.", "$10 million", "tax_or_fine", "sued"),
    ("Shareholders filed a $50 million lawsuit against the bank.", "$50 million", "tax_or_fine", "lawsuit"),
    # paying each recipient per vehicle is given to them (given_each: pay, per vehicle)
    (
        "The city will pay delivery firms up to 7 million won per vehicle to switch to electric trucks.",
        "7 million",
        "subsidy",
        "pay",
    ),
    ("The dealer sold the cars at 20,000 dlrs per vehicle.", "20,000", "price", None),  # as before
    ("The company will pay workers 12,000 won per hour.", "12,000", "pay", "pay"),  # as before
    # a price before subsidies is a price (not_triggers)
    ("Hyundai set the price of its small EV at 27 million won before subsidies.", "27 million", "price", None),
    # "who settle in" a place moves there, no settlement (not_triggers)
    (
        "Daegu will lend farmers who settle in Gunwi County up to 50 million won each.",
        "50 million",
        "financing",
        "lend",
    ),
    ("Hanwha agreed to settle the case for 2 billion won.", "2 billion", "tax_or_fine", "settle"),  # as before
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kind(text, mention, kind, trigger):
    got = kind_and_trigger(text, mention)
    assert got == (kind, got[1] if trigger is None else trigger)


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Rock band Keane won while US rapper 50 Cent topped the chart.", []),
        ("Rap feud in 50 Cent's G-Unit crew.", []),
        ("Shares Fall 50 Cents", ["50 Cents"]),  # a headline in title case: money
        ("The stock rose 50 cents.", ["50 cents"]),
        ("It paid 64 Canadian cts a share.", ["64 Canadian cts"]),
        ("It paid 64 Canadian\ncts a share.", ["64 Canadian\ncts"]),
    ],
)
def test_a_minor_unit_in_title_case_in_running_text_is_a_name(text, mentions):
    assert [r["mention"] for r in extract(text, "2004-05-01")] == mentions
