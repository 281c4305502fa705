"""Families that rounds 38 and 39's misses showed (both sets scored first, then read): each row a
text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

SECTORS = [
    # a charging station after another sector's word is that sector's (sector_heads.json generic)
    ("Hyosung will spend 1.2 trillion won on hydrogen charging stations.", "1.2 trillion", ["hydrogen_economy"]),
    ("SK will spend 900 billion won on hydrogen charging-station plants.", "900 billion", ["hydrogen_economy"]),
    ("The city will spend $5 million on charging stations.", "$5 million", ["electric_vehicles"]),  # as before
    # a car park is no car (sector_heads.json not_sectors)
    ("The agency will award S$20 million to farms on car parks.", "S$20 million", ["agriculture"]),
    # a sector modifier before a trade's or a lab's head (sector_heads.json heads)
    ("Beijing fined a drug distributor 800 million yuan.", "800 million", ["pharmaceuticals"]),
    ("LG will spend 200 billion won on display labs.", "200 billion", ["electronics"]),
    # a miner and mobile data name their sectors (sectors.jsonl forms)
    ("Australian miner Fortescue reported a net profit of $2.4 billion.", "$2.4 billion", ["mining"]),
    ("Vodacom earned 20 billion rand from mobile data.", "20 billion", ["telecommunications"]),
    # "the penalty" is the fine named before (clauses.json same_money)
    (
        "Ofgem fined energy supplier Bulb £3 million for overcharging. The regulator said the penalty "
        "would have been £5 million had Bulb not settled.",
        "£5 million",
        ["energy"],
    ),
    # a base set against the amount before it is spent on the same things, whatever its own words
    # name that is no sector ("in the 2024 budget"; link.py, bases)
    (
        "Ghana will spend 9 billion cedis on schools next year, up from 7 billion cedis in the 2024 budget, "
        "President John Mahama told lawmakers on Wednesday.",
        "7 billion",
        ["education"],
    ),
    (
        "Ghana will spend 9 billion cedis on schools next year, up from 7 billion cedis on clinics.",
        "7 billion",
        ["healthcare"],
    ),  # as before: a base's own sector
]


@pytest.mark.parametrize(("text", "mention", "sectors"), SECTORS)
def test_sectors(text, mention, sectors):
    assert sorted(record(text, mention)["sectors"]) == sorted(sectors)


YEARS = [
    # a part of money named before ("$2 billion of the sum") is of that money's time (link.py, part_of_earlier)
    (
        "Petronas will spend $9 billion on its Melaka refinery by 2028. It will borrow $2 billion of the sum.",
        "$2 billion",
        [2028],
    ),
    # a time after the last part of a total is every part's and the total's
    (
        "The bank will lend 80 billion rupees to farms, of which 50 billion rupees is for dairies and "
        "30 billion rupees for orchards, in the 2025-26 financial year.",
        "80 billion",
        [2025, 2026],
    ),
    (
        "The bank will lend 80 billion rupees to farms, of which 50 billion rupees is for dairies and "
        "30 billion rupees for orchards, in the 2025-26 financial year.",
        "50 billion",
        [2025, 2026],
    ),
    # a comma and "to start", "to open" open a clause of another event's time (clauses.json after_amount_openers)
    ("Celltrion will build a 300 billion won plant in Songdo, to start production in 2027.", "300 billion", []),
    ("Celltrion will build a 300 billion won plant in Songdo by 2027.", "300 billion", [2027]),  # as before
]


@pytest.mark.parametrize(("text", "mention", "years"), YEARS)
def test_years(text, mention, years):
    assert record(text, mention, date="2025-03-04")["years"] == years


KINDS = [
    # what earns is what the money is (kinds.json earned_from subject_verbs; kinds_proceeds.earning_subject);
    # "bring in" is now a revenue verb, so a tax that brings money in must stay a tax
    ("Ghana's cocoa exports earned $2.6 billion last year.", "$2.6 billion", "trade", "exports"),
    ("The new levy is expected to bring in 4 billion rand.", "4 billion", "tax_or_fine", "levy"),  # as before
    ("The company earned $40 million in the quarter.", "$40 million", "profit", "earned"),  # as before
    # money "each" given to its recipients is theirs, not a price (kinds.json given_each)
    ("Spain will give families 3,000 euros each toward heat pumps.", "3,000 euros", "subsidy", "give"),
    ("The shares were sold at 12 euros each.", "12 euros", "price", "each"),  # as before
    # wage support is a subsidy, not a wage; benefits paid to households and capital inflows by name
    ("Tokyo will give 500 billion yen in wage support to airlines.", "500 billion", "subsidy", "wage support"),
    ("Child benefit will rise to £25 a week.", "£25", "subsidy", "Child benefit"),
    ("There was a net inflow of 3.1 billion dlrs in the quarter.", "3.1 billion", "trade", "net inflow"),
    ("Mobile games will bring in $900m by 2027.", "$900m", "revenue", "bring in"),
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kind(text, mention, kind, trigger):
    found = record(text, mention)
    assert (found["kind"], found["trigger"]) == (kind, trigger)


ACTORS = [
    # "for" after an administration goes on with its name (actors.json name_of_heads: "administration")
    (
        "China's State Administration for Market Regulation fined Alibaba 18.2 billion yuan for abusing its dominance.",
        "18.2 billion",
        "State Administration for Market Regulation",
    ),
    ("Apple paid $3 billion for Beats.", "$3 billion", "Apple"),  # as before
    # a company "of" a place is the company, placed there: after a legal suffix, or a country after a name
    # that ends in no company head (actors.json placed_suffixes, placed_company_heads; actor_country.place_after_of)
    ("SK Telecom of South Korea will invest 3 trillion won in AI.", "3 trillion", "SK Telecom"),
    ("Power Corp of Canada earned 50 mln dlrs.", "50 mln", "Power Corp of Canada"),  # as before
    ("Divi Hotels NV of Aruba said it would sell warrants at 11 dlrs per share.", "11 dlrs", "Divi Hotels NV"),
    ("The Bank of Japan bought 2 trillion yen of bonds.", "2 trillion", "The Bank of Japan"),  # as before
    (
        "The Tourism Authority of Thailand signed a 1.8 billion baht deal.",
        "1.8 billion",
        "The Tourism Authority of Thailand",
    ),  # as before
    (
        "The University of Tokyo received 5 billion yen from Toyota.",
        "5 billion",
        "The University of Tokyo",
    ),  # as before
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actor(text, mention, actor):
    assert record(text, mention)["actor"] == actor


COUNTRIES = [
    # a city as the actor, paying in its country's money, is that country's (actor_country.city_country)
    ("Gwangju will hand out 30 billion won in grants to AI start-ups, the city said.", "30 billion", "KR"),
    ("Halifax lent 2 mln stg to the builder.", "2 mln", ""),  # as before: a city in another country's money
    # "Island" alone (countryinfo's spelling of Iceland) is no place (news_places.json not_places)
    ("Fleet, a Rhode Island based bank holding company, reported net income of 136.7 mln dlrs.", "136.7 mln", ""),
    # an actor named again takes the country its own phrase gave it before (actor_country.carried_countries)
    ("Malaysia's Petronas will spend $9 billion by 2028. Petronas said it would borrow $2 bln.", "$2 bln", "MY"),
]


@pytest.mark.parametrize(("text", "mention", "country"), COUNTRIES)
def test_country(text, mention, country):
    assert record(text, mention)["country"] == country
