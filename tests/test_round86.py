"""Families that rounds 85 to 87 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract
from sentence_record import record

LINKS = [
    # an amount set off after a noun phrase by ", worth" is what that phrase costs: its sectors too
    (
        "The agency's smart factory scheme, worth $40m, will help small firms buy industrial robots.",
        "$40m",
        ["robotics", "smart_factories", "smes"],
    ),
    (
        "The agency's smart factory scheme will cost $40m and help small firms buy industrial robots.",
        "$40m",
        ["robotics", "smes"],
    ),
    # forms: robot taxis are future cars; jeonse loans and rent support are housing; forest fire
    # prevention is forestry; a reactor foundry is no chip foundry
    ("Kakao will put $50m into its robot taxi fleet.", "$50m", ["future_cars"]),
    ("The ministry will lend $2bn in low-interest jeonse loans to young tenants.", "$2bn", ["real_estate"]),
    ("Seoul will give single households $150 a month in rent support.", "$150", ["real_estate"]),
    ("The province will spend $30m on forest fire prevention.", "$30m", ["forestry"]),
    ("Doosan will spend $150m on a small modular reactor foundry.", "$150m", ["energy"]),
    ("TSMC will spend $15bn on a new chip foundry.", "$15bn", ["semiconductors"]),
    # a sector word before a venue names what the venue hosts; "the media arena" is a field of business
    ("The city will spend $40m on a 10,000-seat K-pop concert arena.", "$40m", []),
    ("The firm will invest $40m to grow in the media arena.", "$40m", ["media"]),
    # light attack and trainer jets are military aircraft; a self-driving shuttle is a future car
    ("Manila will buy $700m of light attack jets.", "$700m", ["aerospace", "defense"]),
    ("Sejong will spend $40m on self-driving shuttles.", "$40m", ["future_cars"]),
    # perovskite cells are solar; battery swapping is batteries; a dam where plants stand is a site
    (
        "The ministry will spend $600m on perovskite tandem cell R&D.",
        "$600m",
        ["renewable_energy", "research_and_development"],
    ),
    ("Gwangju will spend $40m on battery swapping stations.", "$40m", ["batteries"]),
    ("K-water will spend $640m on floating solar plants at dams.", "$640m", ["renewable_energy"]),
    ("The county will spend $500m to build a new dam.", "$500m", ["construction"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2024-06-20")["sectors"]) == sorted(sectors)


YEARS = [
    # the same money restated in other units after "The sum," gives its time back to the first mention
    (
        "Posco will invest 900 billion won in a hydrogen steel plant. The sum, about $690 million, will be "
        "spent by 2030.",
        "900 billion won",
        [2030],
    ),
    # a time in the possessive before a disaster is when it struck, not the money's
    ("The county will spend $30m this year to rebuild homes lost in last month's floods.", "$30m", [2025]),
    ("Gangwon will set aside $60m to replant forests burned in last year's wildfires.", "$60m", []),
    # not before money: "last year's budget" is that budget's year
    ("The city will spend $5m, up from last year's budget of $4m.", "$4m", [2024]),
]


@pytest.mark.parametrize(("text", "mention", "years"), YEARS)
def test_years(text, mention, years):
    assert record(text, mention, "2025-01-10")["years"] == years


def test_restated_money_takes_the_first_mention_time():
    text = "Netmarble will spend $250m next year on AI tools. The money, about 330 billion won, comes from its cash."
    rows = {r["mention"]: r for r in extract(text, date="2023-11-02", convert_to=None)}
    assert rows["about 330 billion won"]["years"] == [2024]


def test_restated_money_keeps_its_own_links():
    text = "LG will invest 450 billion won in a battery line. The sum, about $330 million, will be spent by 2027."
    rows = {r["mention"]: r for r in extract(text, date="2025-07-01", convert_to=None)}
    assert [rows["450 billion won"]["years"], rows["about $330 million"]["years"]] == [[2027], [2027]]


KINDS = [
    # a headline label before a colon names the amount right after the colon
    ("Sony third-quarter net profit: $1.1bn, on sales of $20bn", "$1.1bn", "profit"),
    ("Sony third-quarter net profit: $1.1bn, on sales of $20bn", "$20bn", "revenue"),
    ("Results at a glance - net profit: $2bn; dividend: 20 cents a share", "20 cents", "dividend"),
    # "took a ... charge" is a write-down, "took" alone what a film earned
    ("The bank took a $300m charge on bad loans.", "$300m", "profit"),
    ("The film took a record $30m at the box office.", "$30m", "revenue"),
    # a firm's basic or minimum pay per hour is a wage
    ("The chain will raise its basic pay to £6 an hour.", "£6", "pay"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2005-05-20")["kind"] == kind


ACTORS = [
    # a company named by its trade speaks after its own results; a person does not own them
    ("Profits rose to $80m, said Pacific Airlines.", "$80m", "Pacific Airlines"),
    ("Profits rose to $80m, said John Smith.", "$80m", ""),
    # money that opens its clause's subject is the company's that speaks after it
    ("The new $500m credit line will fund the expansion, said Atlantic Airways.", "$500m", "Atlantic Airways"),
    # an earnings table's note names its company in full
    (
        "Shr 5 cts vs 4 cts\n    Net 50,000 vs 40,000\n    NOTE: Full name is Acme Holdings Inc\n Reuter",
        "50,000",
        "Acme Holdings Inc",
    ),
    ("Shr 5 cts vs 4 cts\n    Net 50,000 vs 40,000\n Reuter", "50,000", ""),
    # a float labels a headline's figures; a possessive name keeps its "'s" after "The"
    ("Acme float: $20 a share, $500m raised", "$500m", "Acme"),
    ("The Lloyd's insurance market expects a loss of £1bn.", "£1bn", "Lloyd's"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2005-05-20")["actor"] == actor


def test_bare_cents_in_a_euro_story_are_euro_cents():
    found = record("BMW 2004: revenues 44.3bn euros, dividend 62 cents a share", "62 cents", "2005-03-10")
    assert (found["currency"], float(found["value"])) == ("EUR", 0.62)
