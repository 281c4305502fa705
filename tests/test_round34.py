"""Families that round 34's misses showed (its set scored first, then read): each row a text written
here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract
from sentence_record import record

# A newswire results table whose segment rows carry no currency (money/table_blocks.py).
SEGMENTS = """Hanson Trust results for the year to September 30:
    Pretax profit 12.4 mln stg vs 10.1 mln
    Engineering 5.2 mln vs 4.4 mln
    Building materials 3.1 mln vs 2.9 mln
    Employees 4,200 vs 3,900
"""
NO_TABLE = """Output figures:
    Engineering 5.2 mln vs 4.4 mln
    Building materials 3.1 mln vs 2.9 mln
"""


def test_block_rows_take_the_block_currency():
    found = {r["mention"]: r for r in extract(SEGMENTS, "1987-03-02", convert_to=None)}
    assert found["5.2 mln"]["currency"] == found["2.9 mln"]["currency"] == "GBP"
    assert "table_block" in found["3.1 mln"]["flags"] and found["3.1 mln"]["actor"] == ""
    assert "4,200" not in found  # a row of counts in the block


def test_a_block_with_no_known_row_nor_currency_is_no_money():
    assert extract(NO_TABLE, "1987-03-02", convert_to=None) == []


KINDS = [
    # more results-table labels (table_labels.json labels, kinds.json table_labels)
    ("Results:\n    Shr 3.9 cents vs 4.2 cents\n    Pre-tax 77.3 mln vs 99.8 mln\n", "77.3 mln", "profit", "Pre-tax"),
    (
        "Results:\n    Net 1.2 mln vs 1.0 mln\n    Net borrowings 7.6 mln vs 16.1 mln\n",
        "7.6 mln",
        "financing",
        "Net borrowings",
    ),
    # mobilising money for a purpose is investment; an IMF programme is financing; "grant" a subsidy
    ("Vietnam aims to mobilise 23 trillion dong for undersea cables.", "23 trillion", "investment", "mobilise"),
    ("Kenya secured a $3 billion IMF programme in April.", "$3 billion", "financing", "IMF programme"),
    ("The EU will grant Moldova 1.8 billion euros.", "1.8 billion", "subsidy", "grant"),  # as before (the noun)
    ("The EU will grant Moldova a loan of 1.8 billion euros.", "1.8 billion", "financing", "loan"),  # as before
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kind(text, mention, kind, trigger):
    found = record(text, mention, "1987-03-02" if "\n" in text else "2025-03-04")
    assert (found["kind"], found["trigger"]) == (kind, trigger)


YEARS = [
    # ", and" and a time that opens a new clause keeps each clause's year (clauses.json time_openers)
    (
        "The fund put 6 billion pounds into hotels in 2021, and a year later the fund doubled it to 12 billion pounds.",
        "6 billion",
        "2021",
    ),
    (
        "The fund put 6 billion pounds into hotels in 2021, and in 2022 the fund raised the sum to 9 billion pounds.",
        "6 billion",
        "2021",
    ),
    ("It spent $5bn on roads in 2021 and 2022.", "$5bn", "2021|2022"),  # as before
]


@pytest.mark.parametrize(("text", "mention", "years"), YEARS)
def test_years(text, mention, years):
    assert "|".join(str(y) for y in record(text, mention)["years"]) == years


SECTORS = [
    # a sector word inside a name of capitalised words joined by "and" (sector_context.in_proper_name)
    ("Dubai's Roads and Transport Authority will spend 2 billion dirhams this year.", "2 billion", ""),
    # "taxi" as a head after a sector's modifier (sector_heads.json); grids and bread (sectors.jsonl)
    ("Uber will spend $1bn on self-driving taxis.", "$1bn", "future_cars"),
    ("Meralco will spend 65 billion pesos on distribution grids.", "65 billion", "energy"),
    ("Bimbo will buy a packaged-bread maker for $500 million.", "$500 million", "food_and_beverage"),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), SECTORS)
def test_sectors(text, mention, sectors):
    assert "|".join(record(text, mention)["sectors"]) == sectors


ACTORS = [
    # "led" is a verb; "e" joins a name; "Between ... ," is fronted
    ("Poland's PKO Bank Polski led a 2.2 billion zloty loan to the plant.", "2.2 billion", "PKO Bank Polski"),
    (
        "Cassa Depositi e Prestiti agreed to lend 600 million euros to the port.",
        "600 million",
        "Cassa Depositi e Prestiti",
    ),
    (
        "Between 2024 and 2027, Germany's climate fund will spend 211.8 billion euros.",
        "211.8",
        "Germany's climate fund",
    ),
    ("In 2024, Germany's climate fund will spend 211.8 billion euros.", "211.8", "Germany's climate fund"),  # as before
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actor(text, mention, actor):
    assert record(text, mention)["actor"] == actor
