"""Families that rounds 102 and 103 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # icebreakers and research vessels are ships: no research and development
    ("The ministry will spend $90m on a new polar research vessel.", "$90m", ["shipbuilding"]),
    ("Samsung Heavy won a $400m order for two icebreakers.", "$400m", ["shipbuilding"]),
    ("The institute will spend $5m on research into batteries.", "$5m", ["batteries", "research_and_development"]),
    # micro-LED lines are electronics; rail electrification is transport; biogas power is renewable
    ("Samsung will invest $1bn in a micro-LED line.", "$1bn", ["electronics"]),
    ("India will spend $3bn on rail electrification.", "$3bn", ["transport"]),
    ("The county will spend $8m on biogas power facilities.", "$8m", ["renewable_energy"]),
    ("The city bought 20 new trains for $300m.", "$300m", ["transport"]),
    # a coordinated word that makes a form with the shared head is that form's sector
    ("Telstra will spend $200m on satellite and fibre broadband.", "$200m", ["telecommunications"]),
    ("It will spend $200m on satellite and broadband services.", "$200m", ["aerospace", "telecommunications"]),
    # what the money puts out of use, after a new thing of another sector, is no destination
    ("Seoul will buy 300 electric buses for $90m, replacing old diesel buses.", "$90m", ["electric_vehicles"]),
    ("The utility will spend $2bn replacing ageing gas pipelines.", "$2bn", ["oil_and_gas"]),
    ("Acme will spend $5m to replace diesel trucks with electric vans.", "$5m", ["electric_vehicles"]),
    # money added to a sum named before concerns what that sum does
    ("Acme pledged $240m for an aircraft engine plant and may add another $60m to that sum.", "$60m", ["aerospace"]),
    # an appositive's industry describes its name, as a descriptor before a name does
    ("Kepco, South Korea's state-run utility, will buy a stake in a lithium mine for $90m.", "$90m", ["mining"]),
    ("Iberdrola, the Spanish utility, will invest $2bn.", "$2bn", ["energy"]),
    (
        "Acme won a $61m contract for displays for U.S., Australian and Spanish ships, the Navy said.",
        "$61m",
        ["electronics", "shipbuilding"],
    ),
    # rounds 104 and 105: export insurance is no insurer's business; battery banks hold no money;
    # diagnostic tools and X-rays are health care; rare earths recovered from scrapped motors are not mined
    ("KSURE will offer $3bn in export insurance to tank makers.", "$3bn", ["defense"]),
    ("Jeju will invest $800m in grid-scale battery banks.", "$800m", ["batteries"]),
    (
        "The hospital will spend $9m on AI tools that read chest X-rays.",
        "$9m",
        ["artificial_intelligence", "healthcare"],
    ),
    ("Kores will lend $15m to firms recycling rare earths from scrapped batteries.", "$15m", ["batteries"]),
    # a concession is no destination
    ("Qantas made a profit of A$1bn despite higher fuel costs.", "A$1bn", []),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2024-03-12")["sectors"]) == sorted(sectors)


YEARS = [
    # "a year earlier" counts from the period that frames the first figure
    ("Acme said fourth-quarter revenue rose to $7.1bn from $6.8bn a year earlier.", "$6.8bn", "2005-02-03", [2003]),
    ("Profit for the six months to December fell to £50m from £60m a year earlier.", "£60m", "2005-03-01", [2003]),
    ("Cash rose to $5m in December from $4m in November and $3m a year earlier.", "$3m", "1987-02-10", [1985]),
    # not from a period that is another figure's own, nor for "a year ago"
    ("Exports were $9m against $8m, revised from $7m in December and $6m a year earlier.", "$6m", "1987-02-10", [1986]),
    ("Loans rose in January to $9m from $8m in December but fell from $7m a year ago.", "$7m", "1987-03-10", [1986]),
    # the rest of a time is a time, not a remainder part
    ("The bank will lend 2 trillion won for the rest of this year.", "2 trillion won", "2020-09-24", [2020]),
    # a step and the level it brings share their time
    ("It will expand the fund by 2 trillion won to 10 trillion won this year.", "2 trillion won", "2020-09-24", [2020]),
    # a multiple's possessive base is not the amount's year
    ("Banks lent $480m this year. The amount is nearly double last year's support.", "$480m", "2025-11-04", [2025]),
]


@pytest.mark.parametrize(("text", "mention", "date", "years"), YEARS)
def test_years(text, mention, date, years):
    assert record(text, mention, date)["years"] == years


KINDS = [
    ("Standard Life has funds under management of £125bn.", "£125bn", "valuation"),
    ("Standard Life raised funds of £125bn.", "£125bn", "financing"),
    # a stake held is worth its money; a stake bought is a deal
    ("Acme's 20% stake in Beta, worth about $600m, makes it the biggest holder.", "$600m", "valuation"),
    ("Acme bought a 20% stake in Beta worth about $600m.", "$600m", "deal"),
    # a bid that values its target is the deal's whole; a share issue's is a valuation
    ("Acme is offering $42 a share for Beta, in cash and stock, valuing Beta at $4.5bn.", "$4.5bn", "deal"),
    ("Acme is offering 5 mln new shares, valuing the company at $20m.", "$20m", "valuation"),
    # rounds 104 and 105: a per-share companion set off by commas before "for"; "put ... towards"
    ("BAE agreed to pay US$4.2bn (£2.2bn), or $75 a share, for United Defense.", "US$4.2bn", "deal"),
    ("Ministers will put £1.5bn towards the construction of venues.", "£1.5bn", "investment"),
    # the next part of a total leaves its copula out; a share of the total is the total's kind
    ("Acme won $6bn in orders, of which $4bn is for a gas plant and $2bn for a power plant.", "$2bn", "deal"),
    ("Acme won $9bn in orders, and projects in Qatar accounted for $2bn.", "$2bn", "deal"),
    # a noun after a per-share companion, or after a hyphened modifier, is the amount's own
    ("The quarter includes a 10.6 mln dlrs or 41 cts a share after-tax loss.", "10.6 mln dlrs", "profit"),
    ("The company had a 41 cts a share after-tax loss.", "41 cts", "profit"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2005-06-27")["kind"] == kind


ACTORS = [
    ("Rural counties will receive a subsidy of 40 million won per bus.", "40 million won", "Rural counties"),
    ("The Barclay brothers have agreed to buy the Telegraph for £665m.", "£665m", "The Barclay brothers"),
    ("South Korean builders won $33bn in overseas orders.", "$33bn", "South Korean builders"),
    # a title-case verb between a name and a verb is part of the name
    ("Stuart Rose could receive a bonus of up to £1.1m.", "£1.1m", "Stuart Rose"),
    # a headline's verb ends its subject
    ("Cingular completes $41bn AT&T Wireless takeover", "$41bn", "Cingular"),
    # a participle after a nearer amount, or after the object of a modal's verb, is not this amount's
    ("Acme will pay $15 a share for Beta, above the $14 a share offered by Gamma.", "$15", "Acme"),
    ("Acme will pay $15 a share for Beta, above the $14 a share offered by Gamma.", "$14", "Gamma"),
    (
        "Seoul will spend 28 trillion won, of which 18 trillion won will buy paper issued by builders.",
        "18 trillion won",
        "Seoul",
    ),
    ("A 1.3 trillion-won deal, worth $1bn, was signed by Samsung.", "1.3 trillion-won", "Samsung"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2005-06-27")["actor"] == actor


def test_a_table_note_keeps_the_stop_of_a_lower_case_abbreviation():
    text = (
        "Shr loss 18 cts vs loss 3.61 dlrs\n    Net loss 5,600,000 vs loss 100.2 mln\n"
        "    NOTE: full name is sante fe energy partners l.p.\n"
    )
    assert record(text, "5,600,000", "1987-10-20")["actor"] == "sante fe energy partners l.p."


def test_yugoslavia_is_a_1987_country():
    text = "Yugoslavia has reached an agreement with creditors on refinancing its 19.7 billion dollar debt."
    assert record(text, "19.7 billion dollar", "1987-03-02")["country"] == "YU"
