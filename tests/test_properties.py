"""Property-based checks: the money finder never raises, and its offsets always slice the mention."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.money import find_amounts
from pipeline.normalise import format_decimal, parse_number

NEWS_BITS = st.sampled_from(
    [
        "10",
        "2.2",
        "1,300",
        " ",
        "-",
        "trillion",
        "mln",
        "won",
        "dlrs",
        "$",
        "US$",
        "€",
        "KRW",
        "each",
        "a share",
        "between",
        "and",
        "to",
        "(",
        ")",
        "more than",
        "cts",
        "\n",
        "half",
        "a",
        "billion",
        "stg",
        "p",
        "5m",
        "2019",
        "'",
        "up to",
        "or more",
        "12 000",
        "1'299",
        "5,-",
        "pounds of",
        "kr",
        "hundred",
        "dozen",
        "two",
        "quarter",
        "several",
        "dollars",
        "yen",
        "from",
        "Feb",
        "500,000",
        "4,500,000",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(NEWS_BITS, st.text(max_size=4)), max_size=14).map(" ".join))
def test_properties_money_offsets_slice_the_text(text):
    for a in find_amounts(text):
        assert 0 <= a.start < a.end <= len(text)
        assert text[a.start : a.end] == text[a.start : a.end].strip()  # a mention never starts or ends with a space
        assert a.currency and len(a.currency) == 3
        assert (a.value < 0) == ("negative" in a.flags)  # a sign is never silent
        assert a.value_min is None or a.value_min <= a.value_max  # a range never runs downwards


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=0, max_value=10**15, places=2, allow_nan=False, allow_infinity=False))
def test_properties_number_round_trips(value):
    text = format_decimal(value)
    assert parse_number(text) == value
    assert parse_number(f"{value:,}") == value
