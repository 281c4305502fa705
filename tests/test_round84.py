"""Families that rounds 84 and 85 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract
from sentence_record import record

LINKS = [
    # a new research centre or lab that the money builds is research; a research firm that speaks is not
    (
        "Seoul will spend $80m to build a quantum computing research centre.",
        "$80m",
        ["information_technology", "research_and_development"],
    ),
    (
        "KT will invest $20m in a research lab for 6G networks.",
        "$20m",
        ["research_and_development", "telecommunications"],
    ),
    ("Sales reached $5m, research firm IDC said.", "$5m", []),
    # quantum communication is telecommunications; river dredging is construction
    ("The state will put $40m into quantum communication.", "$40m", ["telecommunications"]),
    ("The province will spend $90m on river dredging.", "$90m", ["construction"]),
    # money named again takes the first mention's time as well as its sectors
    (
        "The ministry earmarked $87m this year for small satellites. The $87m sum is the largest ever.",
        "$87m",
        ["aerospace"],
    ),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2024-06-20")["sectors"]) == sorted(sectors)


def test_named_again_takes_the_time():
    text = "The ministry earmarked $87m this year for small satellites. The $87m sum is the largest ever."
    rows = [r for r in extract(text, date="2024-06-20", convert_to=None) if r["mention"] == "$87m"]
    assert [r["years"] for r in rows] == [[2024], [2024]]


KINDS = [
    # a glass, a pint, a song, a tablet: what one costs
    ("Heineken raised its lager's price by 3 euro cents a glass.", "3 euro cents", "price", "glass"),
    ("The drug costs the health service about 80p a tablet.", "80p", "price", "tablet"),
    ("Apple charges 99 cents a song.", "99 cents", "price", "song"),
]


@pytest.mark.parametrize(("text", "mention", "kind", "per"), KINDS)
def test_kinds(text, mention, kind, per):
    found = record(text, mention, "2005-05-20")
    assert (found["kind"], found["per"]) == (kind, per)


ACTORS = [
    # a name with a capital inside labels a headline's figures
    ("easyJet half-year results: pre-tax loss of £21.3m; revenue £723m", "£723m", "easyJet"),
    # the names of a list that opens with the actor take one amount each, "respectively"
    (
        "Noodle makers Nongshim, Samyang Foods and Ottogi posted sales of $1.3bn, $1.2bn and $350m, respectively.",
        "$350m",
        "Ottogi",
    ),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2005-05-20")["actor"] == actor
