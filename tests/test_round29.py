"""Families that round 29's misses showed (its set scored first, then read): each row a text written
here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract
from sentence_record import record

CURRENCIES = [
    # "riyals" are a family (Saudi, Qatari: news_currencies.json bare_units), and a country named only
    # inside a name says where the article is when it names none outside (places.name_countries)
    ("Qatar Investment Authority committed 40 billion riyals to local factories.", "2024-03-01", "QAR"),
    ("Aramco paid 20 billion riyals in dividends.", "2024-03-01", "SAR"),
    # ... not for the dollar: a lender's name places no story in Canada
    ("Banner received 310 mln dlrs under a credit agreement with the Bank of Nova Scotia.", "1987-03-01", "USD"),
    # a bare "lira" after the Italian lira ended is the Turkish lira (news_currencies.json modern_defaults)
    ("Istanbul's metro operator will spend 3 billion lira on new trains.", "2024-03-01", "TRY"),
    ("Fiat paid 2.8 billion lira for the stake.", "1987-03-01", "ITL"),  # as before
]


@pytest.mark.parametrize(("text", "date", "currency"), CURRENCIES)
def test_currency(text, date, currency):
    (found,) = extract(text, date, convert_to=None)
    assert found["currency"] == currency


LINKS = [
    # an "as" with a noun phrase and a verb of change opens a clause of its own (clauses.json as_verbs)
    (
        "Ghana's trade surplus widened to 3 billion cedis as cocoa exports rose to 9 billion cedis.",
        "3 billion cedis",
        [],
        [],
    ),
    # electrification is energy (sectors.jsonl)
    ("Dhaka earmarked 20 billion taka for rural electrification.", "20 billion taka", ["energy"], []),
]


@pytest.mark.parametrize(("text", "mention", "sectors", "years"), LINKS)
def test_links(text, mention, sectors, years):
    found = record(text, mention)
    assert (found["sectors"], found["years"]) == (sectors, years)


KINDS = [
    # an entry fee or a tourist tax collected by the state is a levy (kinds.json tax_or_fine)
    ("Bhutan will charge a 100 dollar tourist tax per night.", "100 dollar", "tax_or_fine", "tourist tax"),
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kind(text, mention, kind, trigger):
    found = record(text, mention)
    assert (found["kind"], found["trigger"]) == (kind, trigger)
