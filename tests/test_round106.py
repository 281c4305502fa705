"""Families that rounds 106 and 107 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # ground-source and geothermal heat pumps are renewable energy; a bare heat pump stays energy
    ("Daejeon will spend $40m on ground-source heat pumps for public buildings.", "$40m", ["renewable_energy"]),
    ("The bank will lend $8m to geothermal heat pump installers.", "$8m", ["renewable_energy"]),
    ("Seoul will spend $9m on heat pumps for libraries.", "$9m", ["energy"]),
    # smart traffic signals and smart parking are smart cities and transport; plain ones transport
    ("Ulsan will put $12m into smart traffic lights.", "$12m", ["smart_cities", "transport"]),
    ("The city will spend $3m on smart parking.", "$3m", ["smart_cities", "transport"]),
    ("The city will spend $3m on new traffic signals.", "$3m", ["transport"]),
    # cultivated meat and alternative proteins are food
    ("Acme raised $20m to build a cultured meat plant.", "$20m", ["food_and_beverage"]),
    ("The fund will invest $50m in alternative protein makers.", "$50m", ["food_and_beverage"]),
    # a training centre is education; an exploration or survey ship is a ship
    ("Intel will spend $30m on a chip training center.", "$30m", ["education", "semiconductors"]),
    ("Norway will spend $70m on a new survey vessel.", "$70m", ["shipbuilding"]),
    # a mineral glued to "high-" or "-rich" before a battery part is the battery's chemistry
    ("LG will spend $900m on high-nickel cathode plants.", "$900m", ["batteries"]),
    # an airport is transport's; one where the money is spent only when nothing else names a sector
    ("The agency will spend $14m on body scanners at Gimpo airport.", "$14m", ["transport"]),
    ("Seoul will spend $9bn on the Gadeokdo airport.", "$9bn", ["transport"]),
    ("Lotte will pay $20m in rent for duty-free shops at the airport.", "$20m", ["retail"]),
    # rounds 108 and 109: villages and islands a line runs to are sites, not farming or fishing
    ("KT will spend $25m laying fibre networks to 12 fishing islands.", "$25m", ["telecommunications"]),
    ("The province will spend $9m on broadband lines to 60 fishing villages.", "$9m", ["telecommunications"]),
    # (round 132: capture fishing is no agriculture, gold 4 in 45; fish farms are)
    ("Seoul will give $5m to fishing villages hit by storms.", "$5m", []),
    ("Seoul will give $5m to fish farms hit by storms.", "$5m", ["agriculture"]),
    # ammonia co-firing at coal plants is power generation, no mining
    ("Kepco will invest $200m in ammonia co-firing at its coal plants.", "$200m", ["energy"]),
    # counter-drone systems and drone jammers are defence as well as drones
    ("The army will spend $85m on portable drone jammers.", "$85m", ["defense", "drones"]),
    # probe cards and test sockets are chip parts; film lots and sound stages media
    ("Leeno will spend $41m on a new probe card line.", "$41m", ["semiconductors"]),
    ("CJ will invest $200m in a film lot with six sound stages.", "$200m", ["media"]),
    # bus companies are transport; what they switch from is no destination
    (
        "The bank lent $120m to bus companies switching from diesel to electric fleets.",
        "$120m",
        ["transport", "electric_vehicles"],
    ),
    # rounds 110 and 111: a fuel glued to "-fuelled" is what a ship burns; hydrogen keeps its sector
    ("Hyundai won a $300m order for two methanol-fuelled container ships.", "$300m", ["shipbuilding"]),
    ("Changwon will spend $40m on hydrogen-powered trams.", "$40m", ["hydrogen_economy", "transport"]),
    ("OCI will invest $300m in a methanol plant.", "$300m", ["chemicals"]),
    # a crop that a smart farm grows is no destination of its own; farmland next to one is
    ("Gyeongbuk will pour $45m into strawberry and tomato smart farms.", "$45m", ["smart_farms"]),
    ("Jeonnam will spend $15m building smart farms for strawberries.", "$15m", ["smart_farms"]),
    ("Gangwon will spend $5m on agricultural land for smart farms.", "$5m", ["agriculture", "smart_farms"]),
    ("Kenya set aside $92m for farming and agritech cooperatives.", "$92m", ["agriculture", "smart_farms"]),
    # a firm's size does not make its trade a modifier
    ("It will lend $3bn to small and medium-sized construction firms.", "$3bn", ["construction", "smes"]),
    # phone batteries are batteries; trauma centres health care; film sets media
    ("SungEel will spend $120m on a plant recovering lithium from used phone batteries.", "$120m", ["batteries"]),
    ("The ministry will spend $420m training doctors for cancer and trauma centres.", "$420m", ["healthcare"]),
    ("Busan will spend $8m on drama and film sets.", "$8m", ["media"]),
    # rounds 112 and 113: a port is transport, but not where money is spent nor after another sector's word
    ("The ministry will spend $700m on expanding the port.", "$700m", ["transport"]),
    ("SK Gas will invest $350m in a hydrogen plant at Ulsan port.", "$350m", ["hydrogen_economy"]),
    ("Korea will invest $1bn to build a green hydrogen port in Ulsan.", "$1bn", ["hydrogen_economy"]),
    ("Busan will build a film studio for $65m, the port city said.", "$65m", ["media"]),
    ("Seoul will spend $14m on smart bus shelters.", "$14m", ["transport"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2024-03-12")["sectors"]) == sorted(sectors)


YEARS = [
    # a quarter or half that opens soon after the date is not upcoming without a future cue
    ("GUS said first-half profits rose to £364m.", "£364m", "2005-11-16", [2005]),
    ("Acme said first-quarter sales fell to $40m.", "$40m", "2005-12-01", [2005]),
    # a month is: "for February" in a January article
    ("Sales of $2bn are due in February.", "$2bn", "2005-01-10", [2005]),
    ("Sales of $2bn are due in January.", "$2bn", "2004-12-10", [2005]),
    # and so is a quarter still to come in the date's year
    ("Acme expects a gain of $4 a share in the third quarter.", "$4", "1987-06-18", [1987]),
]


@pytest.mark.parametrize(("text", "mention", "date", "years"), YEARS)
def test_years(text, mention, date, years):
    assert record(text, mention, date)["years"] == years


KINDS = [
    # "up front" and "in advance" stand between a split verb's amount and its particle
    ("ITV will pay £120m up front for Friends Reunited.", "£120m", "deal"),
    ("Acme paid $5m in advance for the Beta brand.", "$5m", "deal"),
    # a deal or offer that values the whole it buys is the deal's; a stake's stays a valuation
    ("Acme is paying 60p for each Beta share, a deal that values Beta at about £3bn.", "£3bn", "deal"),
    ("Gamma's offer of 200p a share values Beta at £17.7bn.", "£17.7bn", "deal"),
    ("Acme will buy a 25% stake in Beta for $2bn, a deal that values Beta at about $8bn.", "$8bn", "valuation"),
    # paying for each of the things bought is the price of one
    ("Acme is paying about $290m for each of the 10 jets it has ordered.", "$290m", "price"),
    ("Acme will pay $76 for each Beta share.", "$76", "price"),
    ("Acme paid $240m for Beta.", "$240m", "deal"),
    # the prices a sum is reckoned at are no price of it
    ("Acme won orders worth S$4.7bn at list prices.", "S$4.7bn", "deal"),
    # a word in -ing after "for" that opens a company's description is no reason
    ("Cadbury paid $4.2bn for chewing gum maker Adams.", "$4.2bn", "deal"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2005-06-27")["kind"] == kind


ACTORS = [
    # a definite description gives way to the name that speaks after the amount
    ("The carmaker will cut its capital spending to $7bn this year, said Ford.", "$7bn", "Ford"),
    ("The group's sales rose to £2bn, Acme Holdings said.", "£2bn", "Acme Holdings"),
    # a name stays; a description with no name after it stays
    ("Toyota will spend $7bn this year, said Ford.", "$7bn", "Toyota"),
    ("The company will spend $5m on a plant.", "$5m", "The company"),
    (
        "Creditors agreed to reschedule 10.6 billion dlrs of the country's foreign debt, Manufacturers Hanover said.",
        "10.6 billion dlrs",
        "the country",
    ),
    # a fronted participle, or an ordinary word, opening the sentence is no name
    ("Suggesting that the cost would be 190 mln dlrs, Cross said he would borrow.", "190 mln dlrs", ""),
    ("Provision for loan losses was 20 mln dlrs.", "20 mln dlrs", ""),
    ("Boeing said it would spend 5 mln dlrs.", "5 mln dlrs", "Boeing"),
    # a dated programme after a possessive is the possessor's, no body of its own
    ("South Korea's 2026-2030 orphan drug fund will total $300m.", "$300m", "South Korea"),
    # an amount glued to its currency's letters is no name
    ("Tata Steel, valued at Rs230bn ($5.2bn) on the Mumbai exchange, needs funds.", "Rs230bn", "Tata Steel"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2005-06-27")["actor"] == actor


def test_a_reason_in_ing_after_for_is_still_no_deal():
    assert record("The bank agreed to pay $41m for breaching the rules.", "$41m", "2005-06-27")["kind"] != "deal"
