"""Families that rounds 56 and 57's misses showed: each row a text written here for the family, not
the gold's own. Article date 2021-05-14 unless a row says."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # mortgage and home loans are lent for housing: real estate, not banking (the lender is no sector)
    ("Banks extended 3 trillion won in new mortgage loans in April.", "3 trillion", ["real_estate"], [2021]),
    ("The agency will offer 10 trillion won in fixed-rate home loans.", "10 trillion", ["real_estate"], []),
    # duty-free sales are retail
    ("Lotte said its duty-free sales rose to 4 trillion won.", "4 trillion", ["retail"], []),
    # fibre names telecommunications only before a network or a cable; a fibre plant is textiles
    ("Hyosung will invest $100 million in a spandex fibre plant.", "$100 million", ["textiles"], []),
    ("KT will spend 500 billion won on fibre networks.", "500 billion", ["telecommunications"], []),
    # chemical compounds and industrial gases are no hydrogen economy, no oil and gas
    (
        "SK will spend 80 billion won on hydrogen fluoride production for chipmakers.",
        "80 billion",
        ["semiconductors"],
        [],
    ),
    ("The firm will invest 50 billion won in specialty gases for chipmakers.", "50 billion", ["semiconductors"], []),
    ("Korea will invest 1 trillion won in hydrogen.", "1 trillion", ["hydrogen_economy"], []),
    # games and esports are no sector of their own (most annotators: no media)
    ("The game developer will spend 30 billion won on a new studio in Pangyo.", "30 billion", [], []),
    ("Busan will build a 40 billion won esports arena.", "40 billion", [], []),
    # ... while film and broadcasting stay media
    ("CJ will invest 100 billion won in film production.", "100 billion", ["media"], []),
    # a month earlier is the year of the month before the article's
    (
        "Lending rose to 5.2 trillion won in April, up from 4.1 trillion won a month earlier.",
        "4.1 trillion",
        [],
        [2021],
    ),
    ("The fund held $280 million a month ago and $300 million now.", "$280", [], [2021]),
]


@pytest.mark.parametrize(("text", "mention", "sectors", "years"), LINKS)
def test_links(text, mention, sectors, years):
    got = record(text, mention, "2021-05-14")
    assert (sorted(got["sectors"]), got["years"]) == (sorted(sectors), years)


KINDS = [
    # the amounts of a list that "respectively" follows take the kind of the noun after it
    (
        "IBK and KDB will provide 3 trillion won and 2 trillion won, respectively, in low-interest loans.",
        ["financing", "financing"],
    ),
    ("A and B will give 5 bln won and 4 bln won, respectively, in grants to startups.", ["subsidy", "subsidy"]),
    # ... not without it
    ("IBK will provide 3 trillion won, and KDB said 2 trillion won in loans would follow.", ["other", "financing"]),
]


@pytest.mark.parametrize(("text", "kinds"), KINDS)
def test_respective_kinds(text, kinds):
    from pipeline import extract

    assert [r["kind"] for r in extract(text, "2021-05-14", convert_to=None)] == kinds


def test_millers_are_an_actor():
    found = record("South Korean flour millers paid about $410 a tonne for U.S. wheat.", "$410")
    assert found["actor"] == "South Korean flour millers"
