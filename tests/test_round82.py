"""Families that rounds 82 and 83 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # villages and nursing homes where things are installed are sites, not what the money buys
    ("The ministry will spend $40m on 5G base stations in 300 fishing villages.", "$40m", ["telecommunications"]),
    ("KT will lay fibre networks across farming and fishing villages for $90m.", "$90m", ["telecommunications"]),
    ("The province will pour $30m into local farming villages.", "$30m", ["agriculture"]),
    ("Seoul will spend $9m placing companion robots in nursing homes.", "$9m", ["robotics"]),
    ("LG will spend $70m developing care robots for nursing homes.", "$70m", ["robotics"]),
    ("The city will spend $20m on nursing homes.", "$20m", ["healthcare"]),
    # water pipelines carry no oil; transmission lines and cables are energy
    ("The state will spend $1.7bn on water pipelines for the chip cluster.", "$1.7bn", ["semiconductors"]),
    ("Ulsan will spend $400m on undersea transmission cables.", "$400m", ["energy"]),
    # "respectively": sectors every item shares stay with every amount; each item's own go to its amount
    (
        "The state will inject $180m and $210m into hydrogen tram and bus lines in Changwon and Ulsan, respectively.",
        "$180m",
        ["hydrogen_economy", "transport"],
    ),
    (
        "It earmarked $806m and $183m for the construction of Saemangeum and Heuksando airports, respectively.",
        "$183m",
        ["construction", "transport"],
    ),
    (
        "It will pour $540m, $820m and $310m into Gwangyang's battery complex, Busan's power chip fab and"
        " Ulsan's hydrogen tram line, respectively.",
        "$310m",
        ["hydrogen_economy", "transport"],
    ),
    (
        "It will pour $540m, $820m and $310m into Gwangyang's battery complex, Busan's power chip fab and"
        " Ulsan's hydrogen tram line, respectively.",
        "$820m",
        ["semiconductors"],
    ),
    (
        "Shipments of semiconductors and automobiles will reach $150 billion and $72 billion, respectively.",
        "$72 billion",
        ["automotive"],
    ),
    # a suspended hyphen: "battery- and hydrogen-powered"; battery-powered ships are batteries' business
    ("It will build battery- and hydrogen-powered ferries for $420m.", "$420m", ["batteries", "hydrogen_economy"]),
    ("It will spend $110m on battery-powered ferries.", "$110m", ["batteries"]),
    ("It will spend $5m on battery-powered buses.", "$5m", ["electric_vehicles"]),
    # green and eco-friendly ports are transport
    ("Busan will invest $300m to turn its New Port into an eco-friendly port.", "$300m", ["transport"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2024-06-20")["sectors"]) == sorted(sectors)


ACTORS = [
    # a base of comparison that names no actor is the compared amount's
    ("Pre-tax profits at Corus rose to £580m last year from a loss of £305m in 2003.", "£305m", "Corus"),
    ("Tesco made a profit of £2bn, compared with £1.8bn a year earlier.", "£1.8bn", "Tesco"),
    ("It raised $5m from investors and $3m from banks.", "$3m", ""),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2005-05-20")["actor"] == actor


def test_base_keeps_its_own_place():
    text = "Apple charges £0.79 a track in Britain, against 99 euro cents in France."
    assert record(text, "99 euro cents", "2005-05-20")["country"] == "FR"
