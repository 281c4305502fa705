"""Families that rounds 168 and 169 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _all(text: str, date: str = "2024-05-15") -> list[dict]:
    return extract(text, date, convert_to=None)


# a relative aside that tells the subject's business ("which makes ...", "which runs ...") gives the
# subject's amounts its sectors, as a descriptor would (clauses.json business_aside_verbs); an aside
# of anything else lends them nothing
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Frosta, which makes frozen ready meals, said 2004 sales rose to €410m.", ["food_and_beverage"]),
        ("MTU, which makes parts for jet engines, plans to invest €80m in a new blade plant.", ["aerospace"]),
        ("Frosta, which lost a court case over fish fingers, said 2004 sales rose to €410m.", []),
        (  # a list of sectors in the aside, commas and all
            "Tube Co, which makes steel tubing for the chemical, petrochemical, and oil industries, earned $1m.",
            ["steel", "chemicals", "oil_and_gas"],
        ),
        (  # what it buys is the money's destination; the business told aside only describes the buyer
            "The Weston brothers, who own the Savoy hotel, agreed to buy the Observer newspaper group for £400m.",
            ["media"],
        ),
    ],
)
def test_an_aside_of_the_subjects_business(text, sectors):
    assert _all(text, "2005-04-13")[0]["sectors"] == sectors


# the time of a disaster told in a relative clause, a month before its year allowed, is no money's year
def test_a_disasters_month_and_year_are_its_own():
    text = (
        "Gangwon will spend 40 billion won through 2026 to replant forest burned by the wildfires that swept "
        "through Gangneung in April 2023."
    )
    assert _all(text, "2024-03-05")[0]["years"] == [2026]


# sector forms: replanting forest and forest belts are forestry (not a bare "replanting": rubber and rice
# are replanted too), ready meals food, a frozen food retailer retail
@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("trees to replant forest on burned hillsides", ["forestry"]),
        ("a coastal forest belt", ["forestry"]),
        ("frozen ready meals", ["food_and_beverage"]),
        ("the frozen food retailer's shops", ["retail"]),
    ],
)
def test_sector_forms(phrase, sectors):
    assert _all(f"The group will spend 50 billion won on {phrase}.")[0]["sectors"] == sectors


# a trade word that opens a sentence before a name describes it ("Bookmaker Stanley Leisure"), and the
# name after a descriptor is a name even when it is a time word ("Fashion retailer Next")
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Bookmaker Stanley Leisure said turnover reached £1.3bn in the 26 weeks to October.", "Stanley Leisure"),
        ("Fashion retailer Next said profits for the year to January would be about £470m.", "Next"),
        ("The retailer next year will spend £300m on new stores.", "The retailer"),
    ],
)
def test_a_descriptor_before_a_name(text, actor):
    assert _all(text, "2005-09-15")[0]["actor"] == actor


# a results table's dividend row with two pairs ("Div 3.75p vs 2.9p making 4.75p vs 3.75p"): each "vs"
# sets the year before against the figure before it, and "making" opens the year's total
def test_a_dividend_row_with_two_pairs():
    text = (
        "Shr 18.35p vs 14.95p\n    Div 3.75p vs 2.9p making 4.75p vs 3.75p\n"
        "    Pretax profit 66.5 mln stg vs 46.9 mln\n"
    )
    records = extract(text, "1987-04-09", convert_to=None, title="ACME PLC 1986 YEAR")
    assert [r["years"] for r in records if r["kind"] == "dividend"] == [[1986], [1985], [1986], [1985]]
