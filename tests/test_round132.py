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


# a bare "dlrs" in an article whose text and title name no country takes the currency of the one
# country its archive files it under (a JSONL row's "places", a front matter "places:" line)
TABLE = "Shr 31 cts vs 53 cts\n    Net 4.2 mln vs 7.1 mln\n    Revs 16.1 mln vs 27.2 mln\n"


@pytest.mark.parametrize(
    ("text", "places", "currency"),
    [
        (TABLE, ("canada",), "CAD"),
        (TABLE, ("australia",), "AUD"),
        (TABLE, ("CA",), "CAD"),
        (TABLE, ("canada", "usa"), "USD"),  # two countries: none decides
        (TABLE, (), "USD"),
        (TABLE, ("jamaica",), "USD"),  # dollars follow only the countries of news_currencies.json family_territories
        ("Acme said in Texas that net rose to 5 mln dlrs.", ("canada",), "USD"),  # the text's place first
    ],
)
def test_the_filed_country_decides_a_bare_dollar(text, places, currency):
    records = extract(text, "1987-03-17", title="ACME LTD 1ST QTR NET", places=places, convert_to=None)
    assert {r["currency"] for r in records} == {currency}


def test_a_jsonl_row_and_front_matter_file_their_places(tmp_path):
    from pipeline.ingest import iter_articles

    (tmp_path / "a.jsonl").write_text(
        '{"id": "r1", "date": "1987-03-17", "text": "Net 5 mln dlrs", "places": ["canada"]}\n'
        '{"id": "r2", "date": "1987-03-17", "text": "Net 5 mln dlrs", "places": "nowhere-real"}\n'
        '{"id": "r3", "date": "1987-03-17", "text": "Net 5 mln dlrs", "places": 5}\n',
        encoding="utf-8",
    )
    front = "---\ndate: 1987-03-17\nplaces: [australia]\n---\nNet 5 mln dlrs\n"
    (tmp_path / "b.md").write_text(front, encoding="utf-8")
    got = {a.doc_id.rpartition("/")[2]: a.places for a in iter_articles([tmp_path])}
    assert got == {"r1": ("canada",), "r2": ("nowhere-real",), "r3": (), "b.md": ("australia",)}


# a dividend notice's declared figure is of the year it is paid (its "Pay" or "Record" day under the
# row); the prior figure after "vs" stays undated; "Dist" rows are dividends per share
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("Qtly div 30 cts vs 30 cts prior\n    Pay Nov 15\n    Record Oct 30\n", "1987-10-19", [[1987], []]),
        ("Qtly div 30 cts vs 28 cts prior\n    Pay Jan 15\n    Record Dec 31\n", "1987-12-21", [[1988], []]),
        ("Qtly div 30 cts vs 30 cts prior\n    Record April one\n", "1987-03-20", [[1987], []]),
        ("Qtly div 30 cts vs 30 cts prior\n", "1987-03-20", [[], []]),
    ],
)
def test_a_declared_dividend_is_of_the_year_it_is_paid(text, date, years):
    records = extract(text, date, title="ACME INC SETS QUARTERLY", convert_to=None)
    assert [r["years"] for r in records] == years


def test_a_distribution_row_is_a_dividend_per_share():
    text = "Dist 12 cts vs 12 cts prior\n    Payable May 14\n    Record April one\n"
    records = extract(text, "1987-03-20", title="ACME L.P. MONTHLY PAYOUT", convert_to=None)
    assert [(r["kind"], r["per"], r["years"]) for r in records] == [
        ("dividend", "share", [1987]),
        ("dividend", "share", []),
    ]


def test_distribution_costs_are_no_dividend_per_share():
    text = "Gross profit 390.9 mln vs 321.6 mln\n    Distribution costs 215.6 mln vs 177.6 mln\n"
    records = extract(text, "1987-03-20", title="ACME PLC 1986 YEAR", convert_to=None)
    assert {r["per"] for r in records} == {""}


# a short month without its stop before a day is a month ("on Dec 31", Reuters' way); alone it is not
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("Its loans to Brazil were 504 mln dlrs on Dec 31.", "1987-03-05", [1986]),
        ("Its loans to Brazil were 504 mln dlrs on December 31.", "1987-03-05", [1986]),
        ("It will pay 5 mln dlrs on Sept 30.", "1987-03-05", [1987]),
        ("Lee Jun said Seoul will spend 5 billion won on schools.", "2024-03-05", []),
    ],
)
def test_a_short_month_before_a_day_dates_the_money(text, date, years):
    assert next(iter(_by_mention(text, date, "years").values())) == years


def test_a_headline_cut_short_goes_on_in_the_first_line():
    text = "3rd qtr net\n    Shr 22 cts vs 54 cts\n    Net 366,497 vs 877,148\n"
    records = extract(text, "1987-10-19", title="ACME SAVINGS BANK OF GEORGIA <ACME.O>", convert_to=None)
    assert [r["years"] for r in records] == [[1987], [1986], [1987], [1986]]
    story = "Acme said its net rose.\n    Shr 22 cts vs 54 cts\n"
    assert [r["years"] for r in extract(story, "1987-10-19", title="ACME <ACME.O>", convert_to=None)] == [[], []]


# a later mention of the same money whose subject only speaks of it is the earlier money's spender's
# (no later mention: the speakers stay)
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Busan will spend 90 billion won on parks. City officials said the amount could rise to 99 billion won.",
            "Busan",
        ),
        (
            "Seoul set aside 8 billion won for buses. Officials said the sum could be doubled to 16 billion won.",
            "Seoul",
        ),
        (
            "Incheon will spend 9 billion won. City officials said they would spend 2 billion won on roads.",
            "City officials",
        ),
    ],
)
def test_who_only_speaks_of_money_again_is_not_its_spender(text, actor):
    assert extract(text, "2024-05-02", convert_to=None)[-1]["actor"] == actor
