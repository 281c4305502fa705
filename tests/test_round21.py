"""Families that round 21's misses and the actor misses left on rounds 18 to 20 showed (each round's
set scored first, then read): each row a sentence written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

ACTORS = [
    # the subject of an absolute "with" clause is the actor of the amount its -ing verb governs
    (
        "The Commission approved 3 billion euros in aid, with Germany contributing 1.2 billion euros.",
        "1.2 billion",
        "Germany",
    ),
    (
        "JBIC will lend $850 million to PLN, with Mizuho Bank lending a further $400 million.",
        "$400 million",
        "Mizuho Bank",
    ),
    # ... but not when the phrase after "with" names no actor, nor without the comma that opens the clause
    ("Sales rose 5% to $3bn, with profit rising to $1bn.", "$1bn", ""),
    (
        "Spartech Corp filed a statement with the Securities and Exchange Commission covering a 25 mln dlr offering.",
        "25 mln",
        "Spartech Corp",
    ),
    # a relative "who" right after a name, without a comma, makes the name the actor
    ("The largest gift came from the banker Sir John Smith who gave the party £500,000.", "£500,000", "Sir John Smith"),
    # an honour after a person's name is no part of it (actors.json post_nominals)
    ("Donations came from the haulier William Baird OBE who gave £330,000.", "£330,000", "William Baird"),
    ("The MP received £5,000 from a donor.", "£5,000", "The MP"),
    ("The Edinburgh MSP received £5,000 from a donor.", "£5,000", "The Edinburgh MSP"),
    # "from X" after an offer noun that a trigger modifies ("takeover offer") names the bidder
    ("The board rejected a £1.3bn takeover offer from Deutsche Boerse.", "£1.3bn", "Deutsche Boerse"),
    # an irregular past tense ends the subject
    ("Japanese carmaker Nissan Motor swung to a net loss of 285 billion yen.", "285", "Nissan Motor"),
    ("Steelmaker Kobe Steel sank to a loss of 20 billion yen.", "20 billion", "Kobe Steel"),
    ("Volume shrank to 47.6 billion won from 93.3 billion.", "47.6", ""),  # an ordinary word, not a name
    # a possessor's unit named by an adjective keeps its possessor; a name after a possessive is the name
    ("Foxconn's Indian unit will invest $1.5 billion in a plant.", "$1.5 billion", "Foxconn's Indian unit"),
    ("China's Guangdong province will spend 10 billion yuan on chips.", "10 billion", "Guangdong province"),
    ("Britain's Vodafone will spend £2bn on masts.", "£2bn", "Vodafone"),
    # "its X subsidiary": the name is the actor (actors.json unit_heads); an adjective is no name
    ("Acme said its General Farebox Inc subsidiary won a 3.1 mln dlr contract.", "3.1 mln", "General Farebox Inc"),
    ("Its Global Investors wing made £347m.", "£347m", "Global Investors"),
    ("Its British unit had sales of 5 mln dlrs.", "5 mln", "Its British unit"),
    ("Acme said its West German subsidiary won a 3 mln dlr contract.", "3 mln", "its West German subsidiary"),
    ("Acme said its U.S. unit won a 3 mln dlr contract.", "3 mln", "its U.S. unit"),
    # a possessive before a ranking word ranks, it does not own (actors.json ranking_words): the name
    # set off after the phrase is the actor, and the possessive still places it
    (
        "The UK's biggest brewer, Scottish and Newcastle (S&N), is to buy a stake for 4.66bn rupees.",
        "4.66bn",
        "Scottish and Newcastle",
    ),
    # ... and with no name set off, the ranked phrase is the actor when its head gives (a donor), not the possessor
    (
        "The Liberal Democrats' largest donor was a trust which gave a sum of £250,000.",
        "£250,000",
        "The Liberal Democrats' largest donor",
    ),
    ("Britain's Vodafone made a profit of £2bn.", "£2bn", "Vodafone"),
    # a lower-case word between a noun and an article is a verb, which ends the subject
    ("The deal values the company at $3bn.", "$3bn", ""),
    ("The MPs found the £456m system was not working.", "£456m", "The MPs"),
    # a unit word after a line break with no name before it (this once stopped the article with an error)
    # (and since round 180 the name set off after "its subsidiary," is the subject that won it)
    (
        "Orbit Corp said its\nsubsidiary, Orbit Semiconductor, won a 2.5 mln dlr order.",
        "2.5 mln",
        "Orbit Semiconductor",
    ),
]


@pytest.mark.parametrize("text,mention,actor", ACTORS)
def test_actor(text, mention, actor):
    assert record(text, mention)["actor"] == actor


KINDS = [
    # an organisation named "investment firm" names no investment (kinds.json not_triggers)
    (
        "Vodafone agreed to sell its Spanish arm to investment firm Zegona for 5 billion euros.",
        "5 billion",
        "deal",
        "sell",
    ),
    ("Vodafone sold the unit to investment group KKR for $2bn.", "$2bn", "deal", "sold"),
    # a deal's value "including debt" names no debt
    ("Vodafone agreed to sell the arm to Zegona for 5 billion euros, including debt.", "5 billion", "deal", "sell"),
    ("The firm has debt of $3bn.", "$3bn", "valuation", "debt"),
    # a noun head after the amount decides over a trigger before it with only a determiner between
    ("The government will offer a £500 grant to first-time buyers.", "£500", "subsidy", "grant"),
    ("Canada will offer a 1.2 billion dlr bond issue tomorrow.", "1.2 billion", "financing", "bond"),
    ("Apple will offer a £339 Mac Mini.", "£339", "price", "offer"),
    # ... while an investment stays one
    ("The group will make an investment of $2bn in Texas.", "$2bn", "investment", "investment"),
]


@pytest.mark.parametrize("text,mention,kind,trigger", KINDS)
def test_kind(text, mention, kind, trigger):
    got = record(text, mention)
    assert (got["kind"], got["trigger"]) == (kind, trigger)


def test_those_names_the_money_again():
    """ "Those 9.9 billion euros" is the money named before (clauses.json named_again): its kind,
    actor and sectors, not the kind of the words around it."""
    text = (
        "Germany had promised Intel 9.9 billion euros in subsidies for a chip plant. "
        "Those 9.9 billion euros will now stay in the federal budget, the ministry said."
    )
    from pipeline import extract

    first, again = extract(text, "2024-09-17", convert_to=None)
    assert (again["kind"], again["actor"], again["sectors"]) == ("subsidy", "Germany", first["sectors"])
    assert first["sectors"] == ["semiconductors"]


def test_money_named_again_keeps_its_kind_over_a_verb():
    """ "The 180 billion yen will be paid from cash" is the stake's price named again: a deal, not pay."""
    from pipeline import extract

    text = "Mitsui will pay 180 billion yen for a stake in a miner. The 180 billion yen will be paid from cash on hand."
    first, again = extract(text, "2022-11-09", convert_to=None)
    assert (first["kind"], again["kind"], again["trigger"]) == ("deal", "deal", "stake")


SECTORS = [
    # a sector word naming a government office is the spender's industry: it counts only when the
    # clause names no other destination (sector_heads.json offices)
    ("Japan's transport ministry will subsidise drone delivery services with 3.2 billion yen.", "3.2", "drones"),
    ("The agriculture ministry will spend 5 trillion won on new programmes.", "5 trillion", "agriculture"),
    ("Japan's defence ministry requested a record 8.5 trillion yen budget.", "8.5", "defense"),
    # a sector word in a phrase of place ("along ...") is where money is spent, not what it goes to
    (
        "Iwatani will build a hydrogen refuelling network along the Tokyo-Osaka expressway for 48 billion yen.",
        "48 billion",
        "hydrogen_economy",
    ),
    ("Seoul will spend 1.2 trillion won on EV charging stations along major expressways.", "1.2", "electric_vehicles"),
    ("Seoul will spend 1.2 trillion won on expressways.", "1.2", "transport"),
    # a modifier goes on to a second generic head after "and": an electric bus is an EV, not transport
    (
        "VinFast took a $1.5 billion loan to expand its electric car and bus assembly lines.",
        "$1.5",
        "electric_vehicles",
    ),
    # a bond secured by a mortgage is no banking (sector_heads.json not_sectors); a mortgage lent is
    ("Acme Corp will redeem all 75 mln dlrs of its first mortgage bonds.", "75 mln", ""),
    ("The bank will lend 5 mln dlrs for mortgages.", "5 mln", "banking"),
]


@pytest.mark.parametrize("text,mention,sectors", SECTORS)
def test_sectors(text, mention, sectors):
    assert record(text, mention)["sectors"] == (sectors.split("|") if sectors else [])


def test_ranked_actor_keeps_the_possessive_country():
    """ "The UK's biggest brewer, Scottish and Newcastle, is to buy ... in India": GB, not the target's IN."""
    text = "The UK's biggest brewer, Scottish and Newcastle, is to buy 37.5% of India's United Breweries"
    text += " for 4.66bn rupees."
    assert record(text, "4.66bn")["country"] == "GB"
