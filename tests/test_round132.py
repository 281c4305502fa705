"""Families that rounds 132 and 133 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.sectors import Sector, phrases


def _by_mention(text: str, date: str, field: str, title: str | None = None) -> dict:
    """Each record's ``field`` by its mention."""
    return {r["mention"]: r[field] for r in extract(text, date, title=title, convert_to=None)}


# sector words: rockets are aerospace (their launchers defence); capture fishing is no agriculture
# (aquaculture and fish farms are); homes bought or built for people, or for public rental, are real
# estate; televisions are sets (electronics), television the medium; the money market and bank bills
# are no banking; a sector word after "helped by", "boosted by" or "buoyed by" says why, not where
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("The ministry will spend 400 billion won on two more launches of its solid-fuel rocket.", ["aerospace"]),
        ("Hanwha won a 900 billion won order for multiple rocket launchers.", ["defense"]),
        ("The province will pay 30 billion won in relief to fishing boat owners.", []),
        ("The oceans ministry will spend 50 billion won on fisheries patrols.", []),
        ("The province will invest 40 billion won in offshore aquaculture cages.", ["agriculture"]),
        ("The ministry will lend 20 billion won to fish farmers hit by red tide.", ["agriculture"]),
        ("Gwangju will spend 700 billion won to buy 2,500 homes for young couples.", ["real_estate"]),
        ("Daegu will spend 300 billion won on 1,000 flats for public rental.", ["real_estate"]),
        ("K-water will spend 30 billion won fitting water meters in 500,000 homes.", []),
        ("LG will cut the price of its OLED televisions by up to 300 dollars.", ["electronics"]),
        ("The broadcaster will spend 50 mln stg on television drama next year.", ["media"]),
        ("The Bank of England provided the money market with 75 mln stg help this morning.", []),
        ("It bought 40 mln stg of band one bank bills at 9-7/8 pct.", []),
        ("Smith Group said profit rose to 40 mln stg, helped by strong sales of its sweeteners.", []),
        ("Jones Inc said revenue rose to 90 mln dlrs, boosted by higher car prices.", []),
        ("Acme said it will spend 90 mln dlrs on car plants, buoyed by strong demand.", ["automotive"]),
    ],
)
def test_sector_words_of_rounds_132_and_133(text, sectors):
    assert sorted(next(iter(_by_mention(text, "2024-05-02", "sectors").values()))) == sectors


def test_a_singular_form_is_matched_without_its_plural():
    media = Sector("media", "Media", "", ("television", "film studio"), singular=("television",))
    electronics = Sector("electronics", "Electronics", "", ("televisions",))
    lower, _ = phrases([media, electronics])
    assert "televisions" not in lower["media"] and "film studios" in lower["media"]
    assert "televisions" in lower["electronics"]


SOLAR = ["renewable_energy"]


# a sector word where something is installed: a rooftop, a depot, a warehouse, flats for public rental
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("The agency will give 10 billion won to fishing villages installing solar panels on grain warehouses.", SOLAR),
        ("LH will spend 20 billion won fitting solar panels on its public rental apartment blocks.", SOLAR),
        ("The city will invest 5 billion won in rooftop solar panels on bus depots.", SOLAR),
    ],
)
def test_where_panels_are_installed_is_no_destination(text, sectors):
    assert sorted(next(iter(_by_mention(text, "2024-05-02", "sectors").values()))) == sectors
