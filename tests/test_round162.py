"""Families that rounds 162 and 163 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _all(text: str, date: str = "2024-05-15") -> list[dict]:
    return extract(text, date, convert_to=None)


def _years(record: dict) -> list[int]:
    return record["years"]


# a change's base after a percentage, "from the same period a year ago", is the base's time, not the
# amount's; "from the comparable year-ago quarter, when it earned" still dates the amount (control)
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        (
            "Dixon Stores said its March sales totaled 31.4 mln dlrs, down six pct from the same period a year ago.",
            "1987-04-09",
            [1987],
        ),
        (
            "Dixon Stores said its sales totaled 31.4 mln dlrs, up four pct from the same quarter a year earlier.",
            "1987-04-09",
            [],
        ),
        (
            "Profit is likely to be down from the comparable year-ago quarter, when Dixon earned 12 mln dlrs.",
            "1987-06-18",
            [1986],
        ),
    ],
)
def test_a_percentage_base_is_no_amount_time(text, date, years):
    assert _years(_all(text, date)[0]) == years


# a time inside an appositive of the subject tells the subject's story ("the studio behind last year's
# hit", "the steelmaker that last month reported its first profit"), no year of an amount after it; a
# time after the appositive still dates it (control)
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        (
            "Northlight Pictures, the studio behind last year's hit Blue Harbour, signed a £2m distribution deal.",
            "2004-12-09",
            [],
        ),
        (
            "Brimstone, the steelmaker that last month reported a return to profit, said it would inject £300m "
            "into its pension scheme.",
            "2004-11-09",
            [],
        ),
        ("Brimstone, the steelmaker, said profit rose to £300m last year.", "2004-11-09", [2003]),
    ],
)
def test_a_subject_appositive_time_is_the_subject_story(text, date, years):
    assert _years(_all(text, date)[0]) == years


# a plan's drawing is no time of the money ("under a clean-air plan first drawn up in 2017")
def test_a_plan_drawn_up_in_a_year_is_no_money_year():
    text = "Daejeon will spend 30 billion won by 2022 on electric buses under a transport plan drawn up in 2016."
    assert _years(_all(text, "2019-03-11")[0]) == [2022]


# a time set off by a comma at the end of a contrast clause is of both amounts ("exports reached $9.9
# billion, while imports came to $47.6 billion, last year"); a time the contrast clause closes on without
# a comma is its own (control)
@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Fishery exports reached $3.1 billion, while imports of seafood came to $6.2 billion, last year.",
            [[2023], [2023]],
        ),
        ("Hanjin has spent $2bn on new ships, while its terminal arm lost $40m last year.", [[], [2023]]),
    ],
)
def test_a_closing_time_of_a_contrast(text, years):
    assert [r["years"] for r in _all(text, "2024-01-08")] == years


# a crop before a processing head is the food industry, not farming ("a beet sugar factory", "a cocoa
# processing plant"; gold_counts.py sector "processing plant" agriculture: 0 amounts with, 12 without); a
# grower stays farming (control)
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Ghana will spend $60m on a cocoa processing plant near Tema.", ["food_and_beverage"]),
        ("Poland gave €4m in state aid to a beet sugar factory in Opole.", ["food_and_beverage"]),
        ("Sugar refiner Tate Industries posted a profit of £40m.", ["food_and_beverage"]),
        ("Vietnam will give $20m to coffee growers hit by drought.", ["agriculture"]),
    ],
)
def test_a_processed_crop_is_food(text, sectors):
    assert _all(text)[0]["sectors"] == sectors


# modifiers that share a three-word head make its form: "coal and gas power plants" are power plants
# (energy), coal no mining there
def test_a_shared_three_word_head():
    text = "The utility will spend 500 billion won on ammonia co-firing at coal and gas power plants."
    assert _all(text)[0]["sectors"] == ["energy"]


# a bare number before a count noun within its next words is no money, also in a list of labelled figures
# ("operating loss £12m, 1.7 million cable customers"); a bare figure in such a list still is (control)
@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Cablenet at a glance: revenue £900m, operating loss £20m, 2.1 million cable customers.", ["£900m", "£20m"]),
        ("Cablenet at a glance: revenue £900m, operating loss £20m, 15m in 2003.", ["£900m", "£20m", "15m"]),
    ],
)
def test_a_counted_list_figure_is_no_money(text, mentions):
    assert [r["mention"] for r in _all(text, "2005-01-01")] == mentions


# ", and warned that ..." opens a clause of its own: its year is not the base's before it
def test_and_warned_opens_a_clause():
    text = (
        "Kaffa said green beans cost 80 cents a pound, up from 60 cents a year ago, "
        "and warned that its 2005 prices would rise."
    )
    assert [r["years"] for r in _all(text, "2004-10-28")][1] == [2003]


# an acronym may open a descriptor before another sector word ("its AI chip unit Sapeon": both are what
# the money goes to)
def test_an_acronym_opens_a_descriptor():
    text = "KT will invest 200 billion won in its AI chip unit Rebel."
    assert _all(text)[0]["sectors"] == ["artificial_intelligence", "semiconductors"]


# forms: a farm stay or temple stay is tourism, not farming; a paper plant is forestry and paper;
# gasoil is oil
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("The county will spend 8 billion won on farm-stay programmes for visitors.", ["tourism"]),
        ("Domtar will spend 90 mln dlrs on a paper plant in Maine.", ["forestry"]),
        ("May gasoil futures fell 2.25 dlrs a tonne.", ["oil_and_gas"]),
    ],
)
def test_forms_of_rounds_162_and_163(text, sectors):
    assert _all(text, "1987-04-09")[0]["sectors"] == sectors
