"""Families that rounds 54 and 55's misses and the Reuters and BBC CSVs showed: each row a text
written here for the family, not the gold's own. Article date 2025-03-04 unless a row says."""

from __future__ import annotations

import pytest

from pipeline import extract
from sentence_record import record

LINKS = [
    # a year that names an event is no year of the money (years.json event_names) ...
    ("Busan will spend 2 trillion won on venues for the 2032 Summer Olympics.", "2 trillion", [], []),
    ("The city set aside 40 mln dlrs before the 1994 World Cup.", "40 mln", [], []),
    ("Gangwon will spend 90 billion won on the 2030 Asian Winter Games.", "90 billion", [], []),
    # ... but a year before a lower-case noun is still the money's, and one after it too
    ("Seoul will spend 1 trillion won on games venues in 2027.", "1 trillion", [], [2027]),
    ("The 2026 budget gives 30 billion won to the Olympic team.", "30 billion", [], [2026]),
    # a grid after another sector's word is that sector's (sector_heads.json generic "grid") ...
    (
        "The government budgeted 450 million euros for offshore wind grid links.",
        "450 million",
        ["renewable_energy"],
        [],
    ),
    # ... while the grid alone is energy
    ("KEPCO will spend 2 trillion won on grid upgrades.", "2 trillion", ["energy"], []),
    # communications networks are telecommunications (a narrow modifier of "network")
    (
        "KT will spend 400 billion won on communications networks for rural towns.",
        "400 billion",
        ["telecommunications"],
        [],
    ),
    # ... "communications" alone is not
    ("The firm spent 5 mln dlrs on communications consultants.", "5 mln", [], []),
    # broadcast production houses and processed seafood
    (
        "The ministry will lend 20 billion won to broadcast production houses.",
        "20 billion",
        ["media"],
        [],
    ),
    ("Exports of processed seafood reached $900 million.", "$900 million", ["food_and_beverage"], []),
]


@pytest.mark.parametrize(("text", "mention", "sectors", "years"), LINKS)
def test_links(text, mention, sectors, years):
    got = record(text, mention)
    assert (sorted(got["sectors"]), got["years"]) == (sorted(sectors), years)


PERS = [
    # a rate written once after the second bound is the first bound's too (neighbours.shared_rate)
    ("Texaco raised posted prices from 17 dlrs to 18 dlrs a barrel.", ["barrel", "barrel"]),
    ("The levy rises from 40 cts to one dlr per gallon.", ["gallon", "gallon"]),
    ("The bid was raised from 30 dlrs to 32 dlrs a share.", ["share", "share"]),
    # ... not across currencies, and not without "from" or "between" before the first
    ("The offer rose from 300 pence to 3.10 dlrs a share.", ["", "share"]),
    ("Its profit was 5 dlrs, and 6 dlrs a share last year.", ["", "share"]),
    ("Net profit rose to 9 mln dlrs from 7 mln dlrs, or 45 cts a share.", ["", "", "share"]),
]


@pytest.mark.parametrize(("text", "pers"), PERS)
def test_per(text, pers):
    assert [r["per"] for r in extract(text, "1987-04-07", convert_to=None)] == pers


MONEY = [
    # a singular title word after a number is no money (news_currencies.json title_units) ...
    ("She hopes to retain her world 1,500m crown in Osaka next month.", []),
    ("He won the European 10,000m crown, and 2,000 crowns in prize money.", ["2,000 crowns"]),
    # ... but a crown with "a" before its number, or before a noun, is money
    ("The Debt Office is issuing a three billion crown, five-year bond.", ["three billion crown"]),
    ("The bank arranged the 200 mln crown loan.", ["200 mln crown"]),
]


@pytest.mark.parametrize(("text", "mentions"), MONEY)
def test_money(text, mentions):
    assert [r["mention"] for r in extract(text, "1987-04-07", convert_to=None)] == mentions


KINDS = [
    # a rate shared with the next bound (flagged per_shared) is no unit trigger of its own
    ("Acme expects earnings of between 80 cts and one dlr a share.", "80 cts", "profit", "earnings"),
    # a numbered place in a chart with takings is revenue (kinds.json chart_places numbered) ...
    ("The sequel came in at number three with $9.1m over the weekend.", "$9.1m", "revenue", "number"),
    ("The album entered at No. 2 with sales worth $4m.", "$4m", "revenue", "sales"),
    # ... not "the number of" anything
    ("The number of households with $50,000 in savings fell.", "$50,000", "other", "savings"),
    # state or public funds given to a project are an investment, not financing
    (
        "The county will get 80 billion won in state funds to build a bio cluster.",
        "80 billion",
        "investment",
        "state funds",
    ),
    ("Gavi has raised 3 mln dlrs of public funding for vaccines.", "3 mln", "investment", "public funding"),
    # ... while a company's funds stay financing
    ("The startup secured 3 mln dlrs in funding from venture investors.", "3 mln", "financing", "funding"),
    # money raised for those in need is given away (kinds.json proceeds donation_leads, beneficiaries)
    ("The concert raised more than $2m (£1m) to help victims of the floods.", "$2m", "subsidy", "victims"),
    ("Fans raised 40,000 dlrs for refugees in the camps.", "40,000", "subsidy", "refugees"),
    ("The firm raised 40 mln dlrs from investors for refugees' housing projects.", "40 mln", "financing", "raised"),
    # a cost borne by someone is a loss, other (kinds_costs.borne); what a project costs an investment
    ("The strike has cost the carmaker $300 million so far.", "$300 million", "other", "cost"),
    ("Flooding cost farmers 2 bln dlrs last year.", "2 bln", "other", "cost"),
    ("Delays came at a cost to the economy of 5 billion euros.", "5 billion", "other", "cost"),
    ("The new bridge will cost 5 billion euros.", "5 billion", "investment", "cost"),
    ("He compared that new cost with the £500m needed for the first bridge.", "£500m", "investment", "cost"),
    ("The sequel cost the studio $90 million to make.", "$90 million", "investment", "cost"),
    # what a person earns is pay (kinds.json earned_from person_subjects); what a company earns stays profit
    ("She also earned about £80,000 from speeches last year.", "£80,000", "pay", "earned"),
    ("He earned $2m as chief executive.", "$2m", "pay", "earned"),
    ("The bank earned 40 mln dlrs in the quarter.", "40 mln", "profit", "earned"),
    # rent is a price
    ("Tenants will pay 500,000 won a month in rent.", "500,000 won", "price", "rent"),
    ("Students can rent laptops for 20 dlrs a month.", "20 dlrs", "price", "rent"),
    # ... but rent discounts and rent support are subsidies (the longer noun wins)
    ("The city will offer 3 billion won in rent discounts to startups.", "3 billion", "subsidy", "rent discounts"),
    ("Seoul gives 200,000 won a month in rent support to students.", "200,000", "subsidy", "rent support"),
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kind(text, mention, kind, trigger):
    found = record(text, mention, "2005-06-19")
    assert (found["kind"], found["trigger"]) == (kind, trigger)


PARTS = [
    # a part "of the sum" of money named in an earlier sentence takes that money's kind when its own
    # clause names none, and keeps its own actor
    (
        "Seoul will pour 9 trillion won into a hydrogen city by 2030. Private firms will provide "
        "5 trillion won of the sum.",
        "5 trillion",
        ("investment", "Private firms", "KR"),
    ),
    (
        "Hanmi signed a licensing deal worth up to $300 million with a U.S. firm. The U.S. firm will pay "
        "$20 million of the amount upfront.",
        "$20 million",
        ("deal", "The U.S. firm", "US"),
    ),
    # ... while a part with a kind of its own keeps it (and, named by a pronoun, the earlier payer)
    (
        "The group won a 2 bln dlr order last year. It said 300 mln dlrs of that amount will be booked as "
        "revenue this year.",
        "300 mln",
        ("revenue", "The group", ""),
    ),
]


@pytest.mark.parametrize(("text", "mention", "want"), PARTS)
def test_part_of_earlier(text, mention, want):
    found = record(text, mention)
    assert (found["kind"], found["actor"], found["country"]) == want
