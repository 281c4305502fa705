"""Families that rounds 68 to 71 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # a biopharmaceutical plant is both biotechnology and pharmaceuticals
    ("Lotte Biologics will spend $300m on a biopharmaceutical plant.", "$300m", ["biotechnology", "pharmaceuticals"]),
    # what a verb of replacing moves away from is not where the money goes; the new thing is
    (
        "Busan will spend 90 billion won to replace diesel buses with electric buses.",
        "90 billion",
        ["electric_vehicles"],
    ),
    ("The utility will replace coal boilers with heat pumps at a cost of $40m.", "$40m", ["energy"]),
    ("The council will spend $30m replacing old school buildings.", "$30m", ["education"]),
    # what recycling recovers from used things is no mining; mining from the ground is
    (
        "The firm will spend $80m to recover nickel and cobalt from used batteries.",
        "$80m",
        ["batteries"],
    ),
    ("The firm will spend $80m to extract lithium from brine in Chile.", "$80m", ["mining"]),
    # a modifier shared by coordinated generic heads: fuel-cell buses and trucks
    ("Hyundai will invest $2bn in hydrogen fuel-cell buses and trucks.", "$2bn", ["hydrogen_economy"]),
    # fibre lines and public Wi-Fi are telecommunications; jets and combat systems have their sectors
    ("The county will spend £4m on fibre lines.", "£4m", ["telecommunications"]),
    ("The city will spend £2m on public Wi-Fi.", "£2m", ["telecommunications"]),
    ("TfL will spend £10bn on the London Underground and a river crossing.", "£10bn", ["transport"]),
    ("Flybe agreed to buy 20 Embraer jets in a deal worth $600m.", "$600m", ["aerospace"]),
    ("The army will spend $1bn on robot combat systems.", "$1bn", ["defense", "robotics"]),
    ("The hospital will spend £5m on a robotic surgery unit.", "£5m", ["healthcare", "robotics"]),
    ("A $2bn deficit needs radical surgery to existing programs.", "$2bn", []),
    # a bank the money passes through is no destination
    ("The central bank will offer $2bn in loans through commercial banks to small businesses.", "$2bn", ["smes"]),
    # the spender's trade, named by a definite descriptor, when nothing else is named
    ("Union Pacific's profit rose to $2bn as the railroad cut costs.", "$2bn", ["transport"]),
    # who speaks names no destination, whatever its trade
    ("Union Pacific raised its dividend to 60 cents a share, the railroad said.", "60 cents", []),
    ("Chevron earned $3bn in the quarter, the best in the refiner's history.", "$3bn", ["oil_and_gas"]),
    ("Barclays earned £1bn, as the London-based bank cut costs.", "£1bn", ["banking"]),
    ("Lucid's revenue rose to $200m while the electric-vehicle maker's loss widened.", "$200m", ["electric_vehicles"]),
    # not an object: "its investments included the newspaper chain" is another company
    ("Warburg manages $1bn; its investments included the Ingersoll newspaper chain.", "$1bn", []),
    # not the name's own word again, nor over a destination named
    ("The Bank of Japan injected 1 trillion yen, the bank said.", "1 trillion yen", []),
    ("Lloyds will spend £1bn on new hospitals, the bank said.", "£1bn", ["healthcare"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2023-06-20")["sectors"]) == sorted(sectors)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a later mention by its price tag concerns the first mention's sectors
        ("Samsung budgeted $3bn for a memory chip plant, but the price tag has risen to $3.5bn.", "$3.5bn"),
    ],
)
def test_later_mentions(text, mention):
    assert record(text, mention, "2023-06-20")["sectors"] == ["semiconductors"]


@pytest.mark.parametrize(
    ("text", "mention", "sectors"),
    [
        # "respectively" over a list of sector words, two of one sector: one word's sector each
        (
            "Exports of K9 howitzers, K2 tanks and KF-21 jets came to $2bn, $3bn and $1bn, respectively.",
            "$1bn",
            ["aerospace"],
        ),
        # not over sector words that are no list ("shipbuilders" is the subject)
        (
            "The three shipbuilders will invest $1bn, $2bn and $3bn, respectively, in robots and shipyards.",
            "$1bn",
            ["robotics", "shipbuilding"],
        ),
        # a name after "construction of" does not swallow construction
        ("Seoul set aside $600m for construction of Saemangeum International Company.", "$600m", ["construction"]),
        # and a named airport is a place the money builds (round 130), as "construction of a new airport"
        # is: construction and transport
        (
            "Seoul set aside $600m for construction of Saemangeum International Airport.",
            "$600m",
            ["construction", "transport"],
        ),
    ],
)
def test_lists_and_names(text, mention, sectors):
    assert sorted(record(text, mention, "2023-06-20")["sectors"]) == sorted(sectors)


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        # money given "to each" or "for each" of a recipient is a subsidy
        ("Incheon will provide up to 100 million won to each child born in the city.", "100 million", "subsidy"),
        ("The government will pay parents 300,000 won a month for each infant.", "300,000", "subsidy"),
        ("Shareholders will get 5 dlrs for each share they hold.", "5 dlrs", "price"),
        # contract manufacturing is no contract; a swoop is a deal
        ("Celltrion will invest $400m in a contract drug manufacturing plant.", "$400m", "investment"),
        ("Talisman's £1.2bn swoop for Paladin, the North Sea producer.", "£1.2bn", "deal"),
    ],
)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2023-06-20")["kind"] == kind


@pytest.mark.parametrize(
    ("text", "mention", "actor", "country"),
    [
        # "No." abbreviates a number: it ends neither the sentence nor the subject
        (
            "SK Hynix Inc., South Korea's No. 2 chipmaker, will invest 1 trillion won.",
            "1 trillion",
            "SK Hynix Inc.",
            "KR",
        ),
        # Korean provinces by their short names, and British towns, are placed
        ("Jeonnam province will invest 3 trillion won in wind farms.", "3 trillion", "Jeonnam province", "KR"),
        ("Wrexham council set a budget of £190m.", "£190m", "Wrexham council", "GB"),
        # a conversion takes the country its amount took
        ("Incheon will provide 100 million won (US$75,000) to each child.", "US$75,000", "Incheon", "KR"),
        # a country's adjective after "Exports of" is no part of a name: it places the goods
        ("Exports of South Korean webtoons rose to US$176 million.", "US$176 million", "", "KR"),
    ],
)
def test_actors_and_places(text, mention, actor, country):
    found = record(text, mention, "2023-06-20")
    assert (found["actor"], found["country"]) == (actor, country)


@pytest.mark.parametrize(
    ("text", "mention", "sectors"),
    [
        # a headline-like sentence: the topic on one side of a colon, the figures on the other
        ("Gatwick's second runway: a £1bn project, its biggest.", "£1bn", ["transport"]),
        ("Insurers' storm losses: $1bn at Aviva, $800m at Zurich.", "$800m", ["insurance"]),
        ("A £2bn contract for Alstom: 300 new carriages for the Thameslink franchise.", "£2bn", ["transport"]),
        # not over a quotation, nor over another amount's side
        ("The chairman said: we will spend $2bn on new branches.", "$2bn", []),
        # an airline's fuel bill is oil and gas; tobacco is no food or drink
        ("Ryanair's fuel bill rose to 265m euros.", "265m euros", ["oil_and_gas"]),
        ("Gallaher, the cigarette maker, made profits of £536m.", "£536m", []),
        # a lithium refinery makes battery materials, no mine nor oil; fish farming is agriculture
        ("SK On will build a 700 billion won lithium refinery in Saemangeum.", "700 billion", ["batteries"]),
        ("The bank will lend $500m to firms building lithium refining plants.", "$500m", ["batteries"]),
        ("The ministry will spend 720 billion won on fish farming.", "720 billion", ["agriculture"]),
    ],
)
def test_topics_and_forms(text, mention, sectors):
    assert sorted(record(text, mention, "2005-03-20")["sectors"]) == sorted(sectors)
