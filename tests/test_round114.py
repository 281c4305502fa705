"""Families that rounds 114 and 115 showed (and round 113's left over): each row a text written here
for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # ammonia cracking makes hydrogen; hatcheries are farming; guesthouses are tourism
    ("Lotte will spend $300m on an ammonia cracking terminal.", "$300m", ["hydrogen_economy"]),
    ("Wando will give $4m to fish hatcheries.", "$4m", ["agriculture"]),
    ("Jeju will lend $6m to rural guesthouses.", "$6m", ["tourism"]),
    # refuelling stations are hydrogen's; an expressway or a highway they stand on is where, not what
    ("SK will build 30 refuelling stations for $90m.", "$90m", ["hydrogen_economy"]),
    (
        "Kogas will spend $50m on hydrogen stations along the Gyeongbu and Honam expressways.",
        "$50m",
        ["hydrogen_economy"],
    ),
    ("Kogas will spend $50m on hydrogen stations on the Seoul-Incheon expressway.", "$50m", ["hydrogen_economy"]),
    ("The ministry will spend $2bn on expressways.", "$2bn", ["transport"]),
    ("Korea will spend $2bn on regional airport and rural tourism projects.", "$2bn", ["tourism", "transport"]),
    ("Ulsan will put $80m into a wind tower plant at its new port.", "$80m", ["renewable_energy"]),
    # research centres the money goes to are research; a research firm that speaks is not
    (
        "The state will spend $40m for quantum computing research centres.",
        "$40m",
        ["information_technology", "research_and_development"],
    ),
    ("Sales of chips rose to $40m, research firms said.", "$40m", ["semiconductors"]),
    # nursing robots are health care and robots; erosion barriers construction; dubbing media
    ("Seoul will buy $12m of nursing robots for care homes.", "$12m", ["healthcare", "robotics"]),
    ("Gangwon will spend $30m on erosion barriers.", "$30m", ["construction"]),
    ("Kakao will invest $20m in two dubbing studios.", "$20m", ["media"]),
    # a high-speed line is transport; chemical gases are chemicals, not oil and gas
    ("Korail will spend $800m on a new high-speed line.", "$800m", ["transport"]),
    ("SK will spend $90m on a plant for specialty chemical gases.", "$90m", ["chemicals"]),
    # rounds 116 and 117: farm machinery is farming; lithium refiners make battery materials; a server
    # farm is computing; "shipping" with an object after a plural noun is a verb
    ("The bank will lend $40m to farm machinery makers.", "$40m", ["agriculture"]),
    ("KDB will lend $60m to lithium refiners.", "$60m", ["batteries"]),
    ("Kakao will invest $90m in a server farm.", "$90m", ["information_technology"]),
    ("It will back $30m of loans to makers shipping tractors to Africa.", "$30m", []),
    ("The bank lent $5m to shipping firms.", "$5m", ["transport"]),
    # rounds 118 and 119: forest fires are forestry; traditional markets retail; autonomous ships
    # shipbuilding, not future cars; cell culture media biotechnology, no media; demand-responsive
    # buses transport; a 6G research lab is research; smart power meters energy, a water one none
    ("Gangwon will spend $9m on forest fire drones.", "$9m", ["drones", "forestry"]),
    ("Busan will spend $7m on roofs for traditional markets.", "$7m", ["retail"]),
    ("Samsung will spend $90m on autonomous ships.", "$90m", ["shipbuilding"]),
    ("The fund will lend $20m to makers of cell culture media.", "$20m", ["biotechnology"]),
    ("The county will spend $1m on demand-responsive buses.", "$1m", ["transport"]),
    ("KT will put $80m into a 6G research lab.", "$80m", ["research_and_development", "telecommunications"]),
    ("The state will spend $90m on smart power meters for flats housing 9,000 families.", "$90m", ["energy"]),
    ("Seoul will spend $60m on smart meters for water pipes.", "$60m", []),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2024-03-12")["sectors"]) == sorted(sectors)


YEARS = [
    # the time of an event after a possessive is when it is held, no amount's year
    ("Seoul has spent $3bn on rail links ahead of next month's Winter Olympics.", "$3bn", "2018-01-10", []),
    ("Seoul spent $3bn on rail links last year.", "$3bn", "2018-01-10", [2017]),
]


@pytest.mark.parametrize(("text", "mention", "date", "years"), YEARS)
def test_years(text, mention, date, years):
    assert record(text, mention, date)["years"] == years


KINDS = [
    # a modifier of a subsidy noun is no verb: "purchase subsidies" buy nothing
    ("The state pays up to $2,000 per electric scooter in purchase subsidies.", "$2,000", "subsidy"),
    ("Acme will purchase Beta for $2bn.", "$2bn", "deal"),
    # money that buys things as its subject is spent; one that buys a company or a stake is a deal
    ("Of that, $50m will buy fire trucks.", "$50m", "investment"),
    ("The $50m will buy a 20% stake in Beta.", "$50m", "deal"),
    # labour costs and redundancy payments are pay
    ("Fiat said its labour costs rose to 3bn euros.", "3bn euros", "pay"),
    ("Acme is offering staff redundancy payments of up to 90,000 euros each.", "90,000 euros", "pay"),
    # a share price after a comma in a headline list is a price, not the figure before it
    ("Acme: annual profit of $2bn, shares up 3% at $45", "$45", "price"),
    ("The dividend on the shares rose to $5.", "$5", "dividend"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2005-06-27")["kind"] == kind


ACTORS = [
    # a speaker after its descriptor, with a place before it, is the result's owner
    ("Sales rose 8% to £2bn, said the German retailer Otto.", "£2bn", "Otto"),
    ("Sales rose 8% to £2bn, said the retailer.", "£2bn", ""),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2005-06-27")["actor"] == actor


COUNTRIES = [
    # a country's adjective after "into" or "in", before no noun, is a language
    ("Acme will spend $9m on studios for dubbing films into Spanish and Arabic.", "$9m", ""),
    ("Acme will spend $9m on French studios.", "$9m", "FR"),
]


@pytest.mark.parametrize(("text", "mention", "country"), COUNTRIES)
def test_countries(text, mention, country):
    assert record(text, mention, "2005-06-27")["country"] == country


def test_a_count_before_a_place_adjective_ends_no_headline():
    # "Sales at its 12 UK stores rose": one sentence, so "Sales" decides the kind
    got = record("Sales at its 40 US outlets rose 5% to $3bn last year.", "$3bn", "2005-06-27")
    assert got["kind"] == "revenue"
