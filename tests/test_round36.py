"""Families found between rounds 35 and 36, and those that round 36's misses showed (its set scored
first, then read): each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

CENTS = [
    # bare cents in an article that names no dollar and one currency whose hundredth is a cent are that
    # currency's (news_currencies.json cent_currencies; article.cents_of_article)
    ("Pre-tax profit 41.2 mln rand vs 35.0 mln. Final div 85 cts vs 70 cts.", "85 cts", "ZAR"),
    ("Kenya Airways made 2.1 billion shillings and pays 25 cents a share.", "25 cents", "KES"),
    ("Pre-tax profit 41.2 mln rand or 16 mln dlrs. Final div 85 cts vs 70 cts.", "85 cts", "USD"),  # as before
    ("The rand rose to 48.20 U.S. Cents from 47.90 cents.", "47.90 cents", "USD"),  # as before
    ("Net profit 41.2 mln rand and 90 mln shillings. Final div 85 cts.", "85 cts", "USD"),  # as before
]


@pytest.mark.parametrize(("text", "mention", "currency"), CENTS)
def test_cents_currency(text, mention, currency):
    assert record(text, mention, date="1987-04-01")["currency"] == currency
