"""Families that rounds 142 to 145 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _field(text: str, date: str, field: str, **kwargs) -> dict:
    """Each record's ``field`` by its mention."""
    return {r["mention"]: r[field] for r in extract(text, date, convert_to=None, **kwargs)}


# an actor that nothing else places is of the country a story is filed under, when its text names
# that country most; not under a default filing, two filings, or a country the text does not name most
@pytest.mark.parametrize(
    ("text", "places", "country"),
    [
        ("Canada's mining output rose. Inco Ltd said it earned 5 mln dlrs in the quarter.", ["canada"], "CA"),
        ("Thai exports rose in Thailand. Siam Cement said it earned 50 mln baht.", ["thailand"], "TH"),
        ("Inco Ltd said it earned 5 mln dlrs in the quarter.", ["canada"], ""),  # the text names no country
        ("Canada's mining output rose. Inco Ltd said it earned 5 mln dlrs.", ["canada", "usa"], ""),
        ("U.S. output rose. Acme Corp said it earned 5 mln dlrs in the quarter.", ["usa"], ""),
        ("Japan and Japan again. Inco Ltd said it earned 5 mln dlrs.", ["canada"], ""),
    ],
)
def test_an_unplaced_actor_takes_the_country_of_a_story_about_one_country(text, places, country):
    (record,) = [r for r in extract(text, "1987-04-01", convert_to=None, places=places) if r["actor"]]
    assert record["country"] == country


# a named month after "by" in a clause with a past verb and no future word is past, not the next one
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Only 45 billion won had been spent by the end of September.", 2022),
        ("The city had paid out 3 billion won by August.", 2022),
        ("The city will spend 45 billion won by the end of September.", 2023),
        ("The fee has been cut to 45 billion won until September 17.", 2023),
        ("The city was expected to spend 45 billion won by the end of September.", 2023),
    ],
)
def test_a_deadline_in_a_past_clause_is_past(text, year):
    (record,) = extract(text, "2022-10-11", convert_to=None)
    assert record["years"] == [year]


# an amount "of the sum", "of that" is a part of the money named before it in its sentence: its sectors
@pytest.mark.parametrize(
    ("text", "mention", "sectors"),
    [
        (
            "The city budgeted 120 billion won for hydrogen charging stations, but only 45 billion won of the "
            "sum was spent.",
            "45 billion won",
            ["hydrogen_economy"],
        ),
        (
            "The ministry set aside $900 million for chip plants; $300 million of that, the ministry said, is new.",
            "$300 million",
            ["semiconductors"],
        ),
        (
            "The city budgeted 120 billion won for hydrogen stations, but 45 billion won of that stock is old.",
            "45 billion won",
            [],
        ),
        (
            "The city budgeted 120 billion won for hydrogen stations, but only 45 billion won was spent.",
            "45 billion won",
            [],
        ),
    ],
)
def test_an_amount_of_the_sum_is_a_part_of_the_money_before_it(text, mention, sectors):
    assert _field(text, "2022-10-11", "sectors")[mention] == sectors


# sector words: a fashion brand is textiles', a cancer treatment centre health care's, an antidepressant a
# drug, a taxi-hailing app transport, a liquefied hydrogen carrier both a ship and the hydrogen trade
# (rounds 142 and 143); a colliery is mining, a bookshop retail, car leasing automotive, a creamery food,
# a satellite broadcaster media, while a satellite launch stays aerospace (rounds 144 and 145)
@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("its fashion brands in Southeast Asia", ["textiles"]),
        ("a new cancer treatment center", ["healthcare"]),
        ("ultrasound scanners", ["healthcare"]),
        ("sales of the antidepressant Paxil", ["pharmaceuticals"]),
        ("its taxi-hailing app", ["transport"]),
        ("a terminal importing green ammonia as a hydrogen carrier", ["hydrogen_economy"]),
        ("two liquefied hydrogen carriers", ["hydrogen_economy", "shipbuilding"]),
        ("its brand", []),
        ("the Hatfield colliery", ["mining"]),
        ("refitting 40 of its bookshops", ["retail"]),
        ("its UK car-leasing arm", ["automotive"]),
        ("milk processor Grampian Creamery", ["food_and_beverage"]),
        ("an Italian satellite broadcaster", ["media"]),
        ("a satellite launch", ["aerospace"]),
    ],
)
def test_sector_words_of_rounds_142_to_145(phrase, sectors):
    (record,) = extract(f"The company will spend 5 billion won on {phrase}.", "2024-01-01", convert_to=None)
    assert sorted(record["sectors"]) == sectors


# a relative year in a sentence that names the money before it again counts from that money's year
@pytest.mark.parametrize(
    ("text", "mention", "years"),
    [
        (
            "Yonsei University drew 98.7 billion won in research funding last year. The amount was up from "
            "84.2 billion won a year earlier.",
            "84.2 billion won",
            [2022],
        ),
        (
            "The city spent 5 billion won on buses in 2021. That figure is up from 4 billion won a year earlier.",
            "4 billion won",
            [2020],
        ),
        (
            "Yonsei University drew 98.7 billion won in research funding last year. Sales rose to 84.2 billion "
            "won from a year earlier.",
            "84.2 billion won",
            [],
        ),
    ],
)
def test_a_year_earlier_counts_from_the_money_named_again(text, mention, years):
    assert _field(text, "2024-02-26", "years")[mention] == years


# "fining" decides a fine as "fined" does
def test_fining_is_a_fine():
    text = "The regulator had proposed fining Kakao Mobility 72.4 billion won for blocking rivals."
    assert _field(text, "2024-10-02", "kind") == {"72.4 billion won": "tax_or_fine"}


# bare cents in a table whose other figures are in ringgit or guilders are that currency's hundredths
@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Six months\n    Shr 8.8 cts vs 0.5 ct\n    Group net 9.5 mln ringgit vs 0.6 mln", "MYR"),
        ("Year\n    Shr 2.10 guilders vs 1.90\n    Dividend 90 cts vs 80 cts", "NLG"),
        ("Year\n    Shr 8.8 cts vs 0.5 ct\n    Net 9.5 mln dlrs vs 0.6 mln", "USD"),
    ],
)
def test_bare_cents_take_the_one_cent_currency_of_the_table(text, currency):
    cents = [r for r in extract(text, "1987-03-07", convert_to=None) if r["mention"].endswith(("cts", "ct"))]
    assert cents and {r["currency"] for r in cents} == {currency}


# the noun after the last amount of a list names every amount of it, over the verb before the list
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Vieworks earned 62 billion won, 48 billion won and 35 billion won from sales in Europe, the US "
            "and China, respectively.",
            ["revenue", "revenue", "revenue"],
        ),
        (
            "The city spent 300 billion won, 200 billion won and 150 billion won in subsidies.",
            ["subsidy", "subsidy", "subsidy"],
        ),
        ("Vieworks earned 62 billion won and 35 billion won, the company said.", ["profit", "profit"]),
    ],
)
def test_the_noun_after_a_list_names_all_its_amounts(text, kinds):
    assert [r["kind"] for r in extract(text, "2024-03-12", convert_to=None)] == kinds
