"""Families that rounds 42 and 43's misses showed (both sets scored first, then read): each row a
text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import kind_and_trigger, record

SECTORS = [
    # a full stop inside an abbreviation ends no sentence before a total's parts (clauses.opens_parts)
    (
        "SK On will invest $3 billion in the U.S. state of Kentucky, including $2 billion for a battery "
        "plant and $1 billion for an EV charging network.",
        "$3 billion",
        ["batteries", "electric_vehicles"],
    ),
    # a total after its parts: "bringing its <noun> to", the noun one of totals_after_parts nouns
    (
        "Daegu will put 40 billion won into hydrogen buses and 25 billion won into rooftop solar panels, "
        "bringing its green budget to 65 billion won.",
        "65 billion",
        ["hydrogen_economy", "renewable_energy"],
    ),
    # a part whose clause names no destination takes the total's, not the subject's own industry
    (
        "State lenders will extend 2 trillion won in loans to shipyards, with the Korea Development Bank "
        "providing 1.2 trillion won.",
        "1.2 trillion",
        ["shipbuilding"],
    ),
    # "retail investors" and a retail price name no retail sector (sector_heads.json not_sectors)
    ("The ministry will sell 3 trillion won of savings bonds to retail investors.", "3 trillion", []),
    ("Lotte will invest 300 billion won in retail stores.", "300 billion", ["retail"]),  # as before
    # a shipper is in transport (sectors.jsonl forms); a tire maker is not carmaking (ISIC 22, not 29:
    # round 172's gold has no tyre maker's money in automotive)
    ("Pan Ocean, a bulk shipper, posted an operating profit of 200 billion won.", "200 billion", ["transport"]),
    ("Nexen will invest 500 billion won in a tire plant in Czechia.", "500 billion", []),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), SECTORS)
def test_sectors(text, mention, sectors):
    assert sorted(record(text, mention)["sectors"]) == sorted(sectors)


YEARS = [
    # a month before an event noun is the event's, not the money's (years.json named_periods event_heads)
    ("OPEC's December agreement set a price of 18 dlrs a barrel.", "1987-03-02", "18 dlrs", []),
    ("The key July platinum delivery settled at 572.20 dlrs an ounce.", "1987-03-02", "572.20", []),
    ("Exports rose to 5 bln dlrs in December.", "1987-03-02", "5 bln", [1986]),  # as before: the money's month
]


@pytest.mark.parametrize(("text", "date", "mention", "years"), YEARS)
def test_years(text, date, mention, years):
    assert record(text, mention, date=date)["years"] == years


KINDS = [
    # a part that goes "to" a payment names its own kind (kinds_reach.goes_as)
    (
        "The cabinet approved a 10 trillion won extra budget, of which 6 trillion won will go to cash "
        "handouts for the poor.",
        "6 trillion",
        "subsidy",
        "handouts",
    ),
    (
        "Tokyo will set aside 9 trillion yen, with 5 trillion yen going to fuel subsidies and 4 trillion yen "
        "to chip investment.",
        "4 trillion",
        "investment",
        "investment",
    ),
    (
        "The World Bank approved loans totalling 300 mln dlrs to provide financial assistance to farmers.",
        "300 mln",
        "financing",
        "loans",
    ),  # as before: "to provide" is no going
    (
        "Of the 20 billion dlrs advanced by the banks, only 100 mln dlrs went to forestry projects.",
        "100 mln",
        "financing",
        None,
    ),  # as before: projects are where it went
    # a kind word inside a name decides nothing ("Export-Import Bank", "Teachers' Pension")
    (
        "Lenders will extend 4 trillion won in loans to shipyards, with the Korea Development Bank providing "
        "3 trillion won and the Export-Import Bank of Korea the remaining 1 trillion won.",
        "1 trillion",
        "financing",
        "loans",
    ),
    (
        "Korea's Teachers' Pension will put 900 billion won into overseas real estate.",
        "900 billion",
        "investment",
        "put",
    ),
    # an auction of bills or debt raises money; a winner's price is a deal (kinds.json)
    ("The Treasury's auction of 9 billion dlrs of bills drew strong bids.", "9 billion", "financing", "auction"),
    ("Baikal emerged as the auction winner, agreeing to pay 9 billion dlrs.", "9 billion", "deal", "auction winner"),
    ("Tea fetched 120 rupees a kg at the auction.", "120 rupees", "price", "a kg"),  # as before: a unit price
    # "seed" a fund is to invest in it
    ("The state fund will seed a 500 billion won venture pool for startups.", "500 billion", "investment", "seed"),
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kind(text, mention, kind, trigger):
    got = kind_and_trigger(text, mention)
    assert got == (kind, got[1] if trigger is None else trigger)


ACTORS = [
    # a place's head is not kept: the shortest text that names the city (actors.json place_of_heads)
    ("The southern city of Gwangju will allocate 70 billion won to AI.", "70 billion", "Gwangju", "KR"),
    ("South Korea's port city of Busan will spend 90 billion won on ferries.", "90 billion", "Busan", "KR"),
    (
        "The government of Japan will spend 5 billion yen on roads.",
        "5 billion",
        "The government of Japan",
        "JP",
    ),  # as before
    # a plural's possessive inside a name ("Teachers' Pension") keeps the name whole
    ("Korea's Teachers' Pension will put 900 billion won into real estate.", "900 billion", "Teachers' Pension", "KR"),
    # a part's own payer in ", with X providing" is its actor, not the total's
    (
        "The EU approved 3 billion euros in aid, with France providing 1 billion euros.",
        "1 billion",
        "France",
        "FR",
    ),  # as before, now that "providing" also opens a part
    # money named again after its speaker is the first payer's ("..., and the regulator said the sum")
    (
        "Kumho Tire was fined 10 billion won, and the regulator said the sum could rise to 20 billion won.",
        "20 billion",
        "Kumho Tire",
        "",
    ),
    # where a company's shares trade places it only when nothing else does (actors.json listing_participles)
    (
        "Coupang, the New York-listed South Korean retailer, said its revenue rose to 9 trillion won.",
        "9 trillion",
        "Coupang",
        "KR",
    ),
    ("Taipei-listed Wistron said its revenue rose to NT$900 billion.", "NT$900 billion", "Wistron", "TW"),  # as before
    # the US state of Georgia is in the US (news_places.json)
    ("Hanwha Qcells will invest $2.5 billion in the state of Georgia.", "$2.5 billion", "Hanwha Qcells", "US"),
]


@pytest.mark.parametrize(("text", "mention", "actor", "country"), ACTORS)
def test_actor(text, mention, actor, country):
    found = record(text, mention)
    assert (found["actor"], found["country"]) == (actor, country)
