import re
from decimal import Decimal

import pytest

from pipeline.normalise import (
    NUMBER,
    collapse_scales,
    currency_code,
    format_decimal,
    lower_same_length,
    normalise_amount,
    number_value,
    parse_number,
    scale_factor,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1,300", "1300"),
        ("2.2", "2.2"),
        ("0.75", "0.75"),
        (".5", "0.5"),
        ("12,34,567.89", "1234567.89"),
        ("1,250.5", "1250.5"),
        ("ten", "10"),
        ("forty-five", "45"),
        ("one hundred and five", "105"),
        ("two and a half", "2.5"),
        ("half a", "0.5"),
        ("a quarter", "0.25"),
        ("three quarters", "0.75"),
        ("a", "1"),
        ("twenty one", "21"),
        ("1.234.567", "1234567"),
        ("5.000,50", "5000.50"),
        ("1.234", "1.234"),
        ("one point five", "1.5"),
        ("a dozen", "12"),
        ("two dozen", "24"),
        ("1'299.00", "1299"),
        ("1’000’000", "1000000"),
        ("1\u00a0299,00", "1299"),
        ("hundred", "100"),
        ("dozen", "12"),
    ],
    ids=str,
)
def test_normalise_parse_number(text, expected):
    value = parse_number(text)
    assert value == Decimal(expected) and isinstance(value, Decimal)  # an int 100 once broke the money parser


@pytest.mark.parametrize(
    "text",
    ["", "won", "1,2,3", "abc", "1.2.3", "and", "one point a", "point five", "one point", "1'2", "1 000"],
    ids=repr,
)
def test_normalise_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "word, attached, expected",
    [
        ("thousand", False, 10**3),
        ("mln", False, 10**6),
        ("mn", False, 10**6),
        ("bn", False, 10**9),
        ("bln", False, 10**9),
        ("tn", False, 10**12),
        ("tril", False, 10**12),
        ("crore", False, 10**7),
        ("lakh", False, 10**5),
        ("k", True, 10**3),
        ("m", True, 10**6),
        ("b", True, 10**9),
        ("Billion", False, 10**9),
    ],
)
def test_normalise_scale_factor(word, attached, expected):
    assert scale_factor(word, attached=attached) == Decimal(expected)


@pytest.mark.parametrize("word", ["m", "k", "b", "many", "millionaire"])
def test_normalise_scale_factor_needs_attachment_or_rejects(word):
    assert scale_factor(word) is None


@pytest.mark.parametrize(
    "surface, code",
    [
        ("won", "KRW"),
        ("KRW", "KRW"),
        ("₩", "KRW"),
        ("yen", "JPY"),
        ("yuan", "CNY"),
        ("renminbi", "CNY"),
        ("RMB", "CNY"),
        ("dlrs", "USD"),
        ("US$", "USD"),
        ("C$", "CAD"),
        ("A$", "AUD"),
        ("HK$", "HKD"),
        ("S$", "SGD"),
        ("NZ$", "NZD"),
        ("R$", "BRL"),
        ("£", "GBP"),
        ("€", "EUR"),
        ("₹", "INR"),
        ("stg", "GBP"),
        ("sterling", "GBP"),
        ("marks", "DEM"),
        ("Deutsche marks", "DEM"),
        ("francs", "FRF"),
        ("Swiss francs", "CHF"),
        ("French francs", "FRF"),
        ("lire", "ITL"),
        ("guilders", "NLG"),
        ("Canadian dlrs", "CAD"),
        ("Hong Kong dollars", "HKD"),
        ("pesetas", "ESP"),
        ("Belgian francs", "BEF"),
        ("DEM", "DEM"),
        ("FRF", "FRF"),
        ("ITL", "ITL"),
        ("NLG", "NLG"),
        ("BEF", "BEF"),
        ("ESP", "ESP"),
        ("rupees", "INR"),
        ("rand", "ZAR"),
        ("finnish markka", "FIM"),
        ("australian dollars", "AUD"),
    ],
)
def test_normalise_currency_code(surface, code):
    assert currency_code(surface) == code


@pytest.mark.parametrize("surface", ["ALL", "mark twain", "dollar store", "TOP"])
def test_normalise_currency_code_rejects(surface):
    assert currency_code(surface) is None


@pytest.mark.parametrize(
    "number, scales, currency, value, code, flags",
    [
        ("10", ["trillion", "trillion"], "won", "10000000000000", "KRW", ("repeated_scale",)),
        ("2.2", ["trillion"], "won", "2200000000000", "KRW", ()),
        ("20", ["mln"], "dlrs", "20000000", "USD", ("currency_assumed",)),
        ("1.5", ["billion"], "stg", "1500000000", "GBP", ()),
        ("10", [], "cts", "0.1", "USD", ("currency_assumed",)),
        ("470", [], "pence", "4.7", "GBP", ()),
        ("1.2", ["lakh", "crore"], "Rs", "1200000000000", "INR", ()),
        ("1,035,767", ["mln"], "dlr", "1035767", "USD", ("redundant_scale", "currency_assumed")),
        ("4.500.000", ["Mio"], "EUR", "4500000", "EUR", ("redundant_scale",)),
        ("1,035,767", ["thousand"], "dlrs", "1035767000", "USD", ("currency_assumed",)),  # a table in thousands
        ("10,00,000", ["crore"], "Rs", "10000000000000", "INR", ()),  # Indian grouping: 10 lakh crore
        ("1,100", ["mln"], "dlrs", "1100000000", "USD", ("currency_assumed",)),
    ],
)
def test_normalise_amount(number, scales, currency, value, code, flags):
    money = normalise_amount(number, scales, currency)
    assert format_decimal(money.value) == value
    assert money.currency == code
    assert money.flags == flags


def test_normalise_collapse_scales_keeps_largest_of_a_slip():
    assert collapse_scales([Decimal(10**9), Decimal(10**6)]) == (Decimal(10**9), ("repeated_scale",))


@pytest.mark.parametrize(
    "value, text", [("1E+13", "10000000000000"), ("0.120", "0.12"), ("5", "5"), ("2.50E+3", "2500")]
)
def test_normalise_format_decimal_is_plain(value, text):
    assert format_decimal(Decimal(value)) == text


@pytest.mark.parametrize(
    "text",
    [
        "0",
        "15",
        "1987",
        "1.5",
        ".5",
        "0.25",
        "007",
        "05",
        "1,300",
        "12,34,567.89",
        "2,5",
        "12\u00a0000",
        "10000000000000.01",
        "1.234.567",
        "5.000,50",
        "1'299.00",
        "1’299",
        "1\u00a0299,00",
    ],
)
def test_normalise_number_value_equals_parse_number_on_matched_numbers(text):
    assert re.fullmatch(NUMBER, text), text  # number_value is only called on a NUMBER match
    assert number_value(text) == parse_number(text)
    if parse_number(text) is not None:
        assert str(number_value(text)) == str(parse_number(text))  # same digits, same exponent


@pytest.mark.parametrize(
    "text, expected",
    [
        ("BY 2023", "by 2023"),
        ("İstanbul BY 2023", "İstanbul by 2023"),  # "İ".lower() is two characters: kept as it is
        ("Straße", "straße"),
        ("", ""),
    ],
)
def test_normalise_lower_same_length_keeps_offsets(text, expected):
    low = lower_same_length(text)
    assert low == expected
    assert len(low) == len(text)
