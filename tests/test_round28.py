"""Families that round 28's misses showed (its set scored first, then read): each row a text written
here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

PARTS = (
    "Sasol plans capital spending of 80 billion rand in 2026. Of that, 50 billion rand is for coal mining"
    " and 20 billion rand for solar power, the company said."
)

KINDS = [
    # a sentence that opens with "Of that," holds parts of the money before (money_again.opens_with_parts,
    # clauses.json part_leads): its amounts that name no kind of their own take that money's
    (PARTS, "50 billion rand", "investment", "capital spending"),
    (PARTS, "20 billion rand", "investment", "capital spending"),
    # the noun after "off" is what the amount is taken from (kinds.json link_words)
    (
        "The weaker dollar, which cut the value of foreign sales, would knock 125m euros off its operating profits.",
        "125m euros",
        "profit",
        "profits",
    ),
    # kinds.json: microloans are loans
    (
        "Caja Rural disbursed 90 billion pesos in microloans to farmers last year.",
        "90 billion pesos",
        "financing",
        "microloans",
    ),
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kind(text, mention, kind, trigger):
    found = record(text, mention)
    assert (found["kind"], found["trigger"]) == (kind, trigger)


LINKS = [
    # ... the money before concerns every part's sectors, and the parts take its time
    (PARTS, "80 billion rand", ["mining", "renewable_energy"], [2026]),
    (PARTS, "20 billion rand", ["renewable_energy"], [2026]),
    # "under construction" names no sector (sector_heads.json not_sectors)
    (
        "Tokyo will grant 300 billion yen to chip plants under construction in Kyushu.",
        "300 billion yen",
        ["semiconductors"],
        [],
    ),
    # a "with" clause whose noun is expected "in" a year ends the amount's clause (clauses.json absolute_predicates)
    (
        "Orsted will invest 4 billion euros in offshore wind farms, with first power expected in 2030.",
        "4 billion euros",
        ["renewable_energy"],
        [],
    ),
    # seafood processors make food (sectors.jsonl food_and_beverage)
    ("Tokyo will pay 20 billion yen in subsidies to seafood processors.", "20 billion yen", ["food_and_beverage"], []),
]


@pytest.mark.parametrize(("text", "mention", "sectors", "years"), LINKS)
def test_links(text, mention, sectors, years):
    found = record(text, mention)
    assert (found["sectors"], found["years"]) == (sectors, years)


ACTORS = [
    # the parts are the payer's of the money before, each of them
    (PARTS, "50 billion rand", "Sasol"),
    (PARTS, "20 billion rand", "Sasol"),
    # a possessive right before the amount names its owner before the trigger's owner does ("the Lib Dems'")
    ("Labour's campaign cost £1.7m, the Lib Dems' £1.19m and the Greens' £404,000.", "£1.19m", "the Lib Dems"),
    # discourse adverbs and their comma come before the subject (actors.json fronted_openers)
    ("Therefore, the state lender will provide 2 bln dlrs in loans to farmers.", "2 bln dlrs", "the state lender"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actor(text, mention, actor):
    assert record(text, mention)["actor"] == actor
