"""Each neighbour rule on its own: the first two candidates of a text, and what the rule makes of
them (None: the rule does not fire)."""

from decimal import Decimal

import pytest

from pipeline.money.finder import read_candidates
from pipeline.money.neighbours import (
    Pair,
    bare_number,
    change_with_shared_scale,
    is_change_size,
    merge_neighbours,
    old_and_new_level,
    range_of_bounds,
    range_word,
    scaled_range,
    spelled_compound,
)
from pipeline.money.rules import rules


def pair(text: str, kept_before: int = 0) -> Pair:
    """The pair made of candidate ``kept_before`` and the next, after merging those before it."""
    found = read_candidates(text, rules())
    kept = merge_neighbours(text, found[:kept_before], rules())
    a = found[kept_before]
    b = found[kept_before + 1] if kept_before + 1 < len(found) else None
    return Pair(text, a, b, text[a.end : b.start] if b is not None else "", kept, rules())


def result(merge, text):
    """(used, [(mention, value, currency, value_min, value_max)]) of a Merge, or None."""
    if merge is None:
        return None
    return merge.used, [(text[c.start : c.end], c.value, c.currency, c.value_min, c.value_max) for c in merge.kept]


D = Decimal


@pytest.mark.parametrize(
    "text, expected",
    [
        ("rose from $5 to $7 million", (1, [("$5", D(5000000), "USD", None, None)])),
        ("from $20 to $30 billion", (1, [("$20", D(20000000000), "USD", None, None)])),
        ("ranging from $5 to $7 million", None),  # a range, not a change
        ("between $5 and $7 million", None),
        ("rose to $5 and $7 million", None),  # no "from"
    ],
)
def test_money_rule_change_with_shared_scale(text, expected):
    assert result(change_with_shared_scale(pair(text)), text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2 to 3 billion dlrs", (2, [("2 to 3 billion dlrs", D(2e9), "USD", D(2e9), D(3e9))])),
        ("between 5 and 6 mln stg", (2, [("between 5 and 6 mln stg", D(5e6), "GBP", D(5e6), D(6e6))])),
        ("$2m-$3m", (2, [("$2m-$3m", D(2e6), "USD", D(2e6), D(3e6))])),
        ("ranging from 2 to 3 mln dlrs", (2, [("2 to 3 mln dlrs", D(2e6), "USD", D(2e6), D(3e6))])),
        ("rose on Feb 25 to 4.151 billion dlrs", None),  # a day of the month
        ("reserves rose 200 mln to 11.9 billion guilders", None),  # a change's size
        ("an increase in profits from 116 to 217 mln bolivars", None),  # an old level and a new one
        ("3 to 2 mln dlrs", None),  # never downwards
        ("5 mln dlrs to 3 mln stg", None),  # two currencies
        # two bounds written out in one currency, with no change before them
        (
            "valued at 800 mln dlrs to 1 billion dlrs",
            (2, [("800 mln dlrs to 1 billion dlrs", D(8e8), "USD", D(8e8), D(1e9))]),
        ),
        ("it would cut profits by $3.8m to $4.9m", (2, [("$3.8m to $4.9m", D(3.8e6), "USD", D(3.8e6), D(4.9e6))])),
        ("sales rose 200 mln dlrs to 210 mln dlrs", None),  # a change
        ("raised the price from 40 dlrs to 45 dlrs", None),  # an old level and a new one
        ("profits rose from 1985's 110.1 mln stg to 178.1 mln stg", None),
        ("lowered its price 2 dlrs to 18 dlrs", None),  # a change's size, then the new level
        ("raise capital by 100 mln marks to 350 mln marks", None),  # after "by", far apart: a change
    ],
)
def test_money_rule_range_of_bounds(text, expected):
    assert result(range_of_bounds(pair(text)), text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("an increase in profits from 116 to 217 mln bolivars", (1, [("116", D(116e6), "VES", None, None)])),
        ("lowered from 3.450 to 1.350 billion dlrs", (1, [("3.450", D(3.45e9), "USD", None, None)])),
        ("from 1986 to 5 mln dlrs", None),  # a year
        ("2 to 3 billion dlrs", None),  # no "from"
    ],
)
def test_money_rule_old_and_new_level(text, expected):
    assert result(old_and_new_level(pair(text)), text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "two million five hundred thousand dollars",
            (2, [("two million five hundred thousand dollars", D(2500000), "USD", None, None)]),
        ),
        ("one thousand and one dollars", (2, [("one thousand and one dollars", D(1001), "USD", None, None)])),
        ("3 lakh 50 thousand rupees", (2, [("3 lakh 50 thousand rupees", D(350000), "INR", None, None)])),
        ("eight mln two dlr warrants", None),  # a count, then a price
        ("seven mln 50-cent shares", None),
    ],
)
def test_money_rule_spelled_compound(text, expected):
    got = result(spelled_compound(pair(text)), text)
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("$300-400 million", (2, [("$300-400 million", D(3e8), "USD", D(3e8), D(4e8))])),
        ("US$ 3 to 4 billion", (2, [("US$ 3 to 4 billion", D(3e9), "USD", D(3e9), D(4e9))])),
        ("$5-10", (2, [("$5-10", D(5), "USD", D(5), D(10))])),
        ("rose $5 to 10", None),  # may be a change
        ("$10-5", None),  # never downwards
    ],
)
def test_money_rule_scaled_range(text, expected):
    assert result(scaled_range(pair(text)), text) == expected


@pytest.mark.parametrize(
    "text, index, expected",
    [
        ("Sales rose to 5.2 mln from 4.8 mln dlrs.", 0, (1, [("5.2 mln", D(5.2e6), "USD", None, None)])),
        (
            "It made 185 mln stg in February while deposits rose by 43 mln.",
            1,
            (1, [("43 mln", D(43e6), "GBP", None, None)]),
        ),
        ("It made 185 mln stg, and a labour force of 6.7 mln.", 1, (1, [])),  # a count: dropped
        ("There were 12 people.", 0, (1, [])),  # a bare number without a scale: dropped
    ],
)
def test_money_rule_bare_number(text, index, expected):
    assert result(bare_number(pair(text, index)), text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("reserves rose 200 mln to 11.9 billion guilders", True),  # > 4x after a change word
        ("reserves were 1.5 billion to 11.9 billion guilders", False),  # 8x, no change word: a range's bounds
        ("Model 50 to 3,995 dlrs", True),  # > 20x without a change word
        ("cattle climbed 0.50 to 1.00 dlr", False),  # bounds of one size
        ("in 1986 to 66.7 mln dlrs", True),  # a year
    ],
)
def test_money_rule_is_change_size(text, expected):
    p = pair(text)
    word = range_word(p)
    assert is_change_size(p, word, False) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a level that goes on from the one before it, linked by the words of a quote
        ("The dollar opened at 145.40/50 yen but weakened to near 145.30.", ("145.30", D("145.30"), "JPY")),
        ("The dollar was fixed at 1.8218 marks after 1.8243 yesterday.", ("1.8243", D("1.8243"), "DEM")),
        ("The board proposed a dividend of 1.55 crowns vs 1.25.", ("1.25", D("1.25"), "SEK")),
        ("Shr 4.16 cents vs 28.80", ("28.80", D("0.2880"), None)),  # cents: whose, the article decides later
        # not across words of no quote, nor a whole number, nor after a scaled amount
        ("Gold rose to 400.50 dlrs, and the index rose 2.5 to 1234.56.", None),
        ("Shares rose to 45.25 dlrs and 60 to 16.", None),
        ("Sales were 5.5 mln dlrs vs 4.5 last year.", None),
    ],
)
def test_money_rule_continued_level(text, expected):
    found = read_candidates(text, rules())
    kept = merge_neighbours(text, found, rules())
    got = [(text[c.start : c.end], c.value, c.currency) for c in kept[1:]]
    assert got == ([expected] if expected else [])
