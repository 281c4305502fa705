"""The user's article: exactly the 11 records of the end-to-end issue, every column checked."""

import pytest

from conftest import ROOT
from pipeline import extract

ARTICLE = ROOT / "corpus" / "yonhap-korea-investment.txt"

# mention, value, currency, qualifier, per, flags, sectors (at least), years, year_role, duration
EXPECTED = [
    (
        "more than 10 trillion trillion won",
        "10000000000000",
        "KRW",
        "over",
        "",
        "repeated_scale",
        {"big_data", "artificial_intelligence"},
        "",
        "",
        "5 years",
    ),
    (
        "10 trillion trillion won",
        "10000000000000",
        "KRW",
        "",
        "",
        "repeated_scale",
        {"big_data", "artificial_intelligence", "hydrogen_economy"},
        "2023",
        "target",
        "",
    ),
    ("2.2 trillion-won", "2200000000000", "KRW", "", "", "", {"artificial_intelligence"}, "", "", ""),
    ("2 trillion won", "2000000000000", "KRW", "", "", "", set(), "2019", "start", ""),
    ("5.4 trillion trillion won", "5400000000000", "KRW", "", "", "repeated_scale", set(), "2018", "relative", ""),
    (
        "1.3 trillion won",
        "1300000000000",
        "KRW",
        "",
        "",
        "",
        {"big_data", "artificial_intelligence", "hydrogen_economy"},
        "",
        "",
        "",
    ),
    ("3.9 trillion won each", "3900000000000", "KRW", "", "each", "", {"automotive", "fintech"}, "", "", ""),
    ("20 trillion won", "20000000000000", "KRW", "over", "", "", {"research_and_development"}, "2019", "relative", ""),
    ("24 trillion won", "24000000000000", "KRW", "", "", "", {"research_and_development"}, "2022", "target", ""),
    ("18.8 trillion won", "18800000000000", "KRW", "", "", "", {"smes", "energy"}, "2019", "relative", ""),
    ("KRW 20 trillion", "20000000000000", "KRW", "over", "", "", {"smes", "energy"}, "2022", "point", ""),
]


@pytest.fixture(scope="module")
def records():
    from pipeline.ingest import read_text_file

    article = read_text_file(ARTICLE, ARTICLE.name, None)
    return article.text, extract(article.text, date=article.date, doc_id=ARTICLE.name, as_text=True)


def test_golden_yonhap_has_exactly_eleven_records(records):
    _, rows = records
    assert [r["mention"] for r in rows] == [e[0] for e in EXPECTED]


@pytest.mark.parametrize("i", range(len(EXPECTED)), ids=[f"{i + 1}-{e[0]}" for i, e in enumerate(EXPECTED)])
def test_golden_yonhap_record(records, i):
    text, rows = records
    row = rows[i]
    mention, value, currency, qualifier, per, flags, sectors, years, role, duration = EXPECTED[i]
    assert text[row["start"] : row["end"]] == mention == row["mention"]
    assert (row["value"], row["currency"], row["qualifier"], row["per"], row["flags"]) == (
        value,
        currency,
        qualifier,
        per,
        flags,
    )
    assert sectors <= set(filter(None, row["sectors"].split("|")))
    assert (row["years"], row["year_role"], row["duration"]) == (years, role, duration)
    assert mention in row["sentence"]


def test_golden_yonhap_first_sector_lists_are_split_by_clause(records):
    _, rows = records
    assert set(rows[5]["sectors"].split("|")).isdisjoint({"automotive", "fintech"})
    assert set(rows[6]["sectors"].split("|")).isdisjoint({"big_data", "artificial_intelligence", "hydrogen_economy"})


SECTOR_MENTIONS = {
    "big_data",
    "artificial_intelligence",
    "hydrogen_economy",
    "drones",
    "future_cars",
    "smart_factories",
    "smart_farms",
    "smart_cities",
    "new_energy_industries",
    "fintech",
    "bio_health",
    "automotive",
    "research_and_development",
    "smes",
    "energy",
}


def test_golden_yonhap_sector_mentions(run_doc, records):
    text, _ = records
    doc = run_doc(text, "2019-04-29")
    ids = {s.id_ for s in doc.spans["sectors"]}
    assert SECTOR_MENTIONS <= ids
    ai = {s.text for s in doc.spans["sectors"] if s.id_ == "artificial_intelligence"}
    assert {"AI", "ai", "Artificial intelligence", "artificial intelligence"} <= ai
