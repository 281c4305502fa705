"""Families that round 31's misses showed (its set scored first, then read): each row a text written
here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

YEARS = [
    # a contrast clause naming no time of its own is of the main clause's (years.contrast_clause)
    (
        "Chile's copper exports rose to $46 billion in 2023, while its imports of fuel reached $19 billion.",
        "$19 billion",
        [2023],
    ),
    # ... the main clause's own figure, not the base of its change
    (
        "Coffee exports fell to 2.1 bln dlrs in 1986 from 2.5 bln in 1985, while tea exports fell to 400 mln dlrs.",
        "400 mln",
        [1986],
    ),
    # ... and not a base in the contrast clause itself (as before)
    ("Exports rose to 9 bln dlrs in 1986, while imports rose from 7 bln dlrs to 8 bln dlrs.", "7 bln", []),
    # ... a year of its own stays its own (as before)
    ("Exports rose to 9 bln dlrs in 1986, while in 1985 imports were 8 bln dlrs.", "8 bln", [1985]),
]


@pytest.mark.parametrize(("text", "mention", "years"), YEARS)
def test_years(text, mention, years):
    assert record(text, mention, "1987-03-02")["years"] == years


LINKS = [
    # ", with X accounting for" opens a total's parts: the total concerns every part's sector
    (
        "Peru's exports reached 60 billion soles, with mining products accounting for 40 billion soles "
        "and farm produce for 9 billion soles.",
        "60 billion soles",
        ["mining", "agriculture"],
    ),
    # "Bank for ..." is an institution's name, no banking (sector_context.in_proper_name)
    (
        "A $300 million loan for a wind farm was signed by the Asian Bank for Reconstruction.",
        "$300 million",
        ["renewable_energy"],
    ),
    # ... a month after "for" is no name ("Cotton for May delivery": as before)
    ("Cotton for May delivery was up 0.25 cent at 56.05 cents a lb.", "56.05 cents", ["agriculture"]),
    # geothermal power stations are renewable energy, not a second sector (sectors.jsonl)
    ("KenGen will spend 20 billion shillings on geothermal power stations.", "20 billion", ["renewable_energy"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert record(text, mention)["sectors"] == sectors


KINDS = [
    # the total cost of an amount per unit is that amount's kind (kinds.json unit_totals)
    (
        "Ghana will give 20,000 farmers 500 cedis each in fertiliser aid, at a total cost of 10 million cedis.",
        "10 million",
        "subsidy",
        "aid",
    ),
    # ... with no amount per unit before it, the total is what its clause says (as before)
    (
        "Ghana will build 20 clinics at a total cost of 10 million cedis.",
        "10 million",
        "investment",
        "at a total cost of",
    ),
    # waiving a levy or fee, and donating, are money given to others (kinds.json subsidy verbs)
    ("Hanoi will waive 2 trillion dong in land-rental fees.", "2 trillion", "subsidy", "waive"),
    ("The foundation donated $3 million to a children's hospital.", "$3 million", "subsidy", "donated"),
    # co-investing is investing
    (
        "Temasek will co-invest S$200 million with private funds in biotech start-ups.",
        "S$200 million",
        "investment",
        "co-invest",
    ),
    # a list of amounts of one unit, only times and list words between, is of one measure (kinds_units.same_measure)
    (
        "Oslo will raise its carbon levy to 1,500 crowns a tonne in 2025 and 2,000 crowns a tonne in 2030.",
        "2,000",
        "tax_or_fine",
        "levy",
    ),
    # ... not with other words between (as before)
    (
        "It pays a dividend of 4 dlrs per share in cash and preferred stock worth 9 dlrs per share.",
        "9 dlrs",
        "price",
        "per share",
    ),
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kind(text, mention, kind, trigger):
    found = record(text, mention)
    assert (found["kind"], found["trigger"]) == (kind, trigger)
