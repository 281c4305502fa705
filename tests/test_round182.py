"""Families that rounds 182 and 183 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import records as _records
from sentence_record import sectors as _sectors


# a time after the last item of a list of amounts is every item's, an abbreviation with full stops
# in a gap between two items too ("275 billion won from a U.S. offshore wind developer and 130 billion
# won from ... for delivery in 2026-2028": list_gaps.is_list_gap); a sentence's end still ends the gap
@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "LS Cable has secured cable orders of 410 billion won from a Dutch grid operator, 275 billion won "
            "from a U.S. wind developer and 130 billion won from a Taiwanese utility for delivery in 2026-2028.",
            [[2026, 2028], [2026, 2028], [2026, 2028]],
        ),
        (
            "The fund put 5 mln dlrs into a U.K. bakery and 7 mln dlrs into a U.S. dairy in 2019.",
            [[2019], [2019]],
        ),
        ("It lent 5 mln dlrs to a U.S. miner. It will lend 7 mln dlrs to a dairy in 2027.", [[], [2027]]),
    ],
)
def test_a_time_after_a_list_is_every_items(text, years):
    assert [r["years"] for r in _records(text)] == years


# "turning X into Y", "converting X into Y": X is what the money does away with, Y what it buys, when Y
# names a sector of its own (sector_heads.json replacements "into_sector", as "replace X with Y")
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Gangwon Province will spend 9.6 billion won turning closed village schools into tourism centres.",
            [["tourism"]],
        ),
        # into nothing of a sector's own, the money still goes to what it converts (the gold: 3 amounts of 3)
        (
            "The ministry will spend 250 billion won converting unused school classrooms into childcare centres.",
            [["education"]],
        ),
        ("The city will spend 5 billion won converting an old power plant into a museum.", [["energy"]]),
        ("The firm will spend 5 billion won turning waste into hydrogen.", [["hydrogen_economy"]]),
        ("The city will spend 5 billion won on village schools.", [["education"]]),  # control: no conversion
    ],
)
def test_what_money_turns_into_is_its_sector(text, sectors):
    assert _sectors(text) == sectors


# sector words of the themes: hearing aids and dental implants (healthcare); holiday sales and the
# holiday season are a retailer's quarter, no tourism
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "The government will pay up to 1.31 million won per person toward the cost of hearing aids.",
            [["healthcare"]],
        ),
        ("Dentium signed a 54 billion won contract to supply dental implants to China.", [["healthcare"]]),
        ("Toy maker Playforge's holiday sales are expected to reach about $3.2 billion.", [[]]),
        ("Jeju will spend 5 billion won promoting holiday packages to Japanese tourists.", [["tourism"]]),
    ],
)
def test_sector_words_of_the_themes(text, sectors):
    assert _sectors(text) == sectors


# centimes take the franc the article settles on, as cents take its dollar (news_currencies.json
# subunits' "family"): Swiss centimes in a story of Swiss francs, French ones by default
@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        (
            "Sterling began at 2.4526 Swiss francs, down from 2.4547 francs, while the mark slipped to 83.09 centimes.",
            ["CHF", "CHF", "CHF"],
        ),
        ("The French franc firmed and the mark eased to 3.32 francs and 83 centimes.", ["FRF", "FRF"]),
    ],
)
def test_centimes_follow_the_articles_franc(text, currencies):
    assert [r["currency"] for r in _records(text, "1987-04-10")] == currencies
