"""Pure normalisation of the parts of a money mention. No spaCy here.

>>> parse_number("1,250.5")
Decimal('1250.5')
>>> parse_number("two and a half")
Decimal('2.5')
>>> scale_factor("mln")
Decimal('1000000')
>>> currency_code("Canadian dlrs")
'CAD'
>>> normalise_amount("10", ["trillion", "trillion"], "won")
Money(value=Decimal('10000000000000'), currency='KRW', flags=('repeated_scale',))
>>> format_decimal(Decimal("1E+13"))
'10000000000000'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation, localcontext

from .tables import key, money_lexicon

# Thousands grouped by commas (1,300), Indian style (12,34,567) or non-breaking/thin spaces (12 000);
# a decimal point, or a decimal comma with one or two digits as in European news (2,5 million).
# European dots group thousands only where that is unambiguous: two groups or more (1.234.567),
# or a decimal comma after them (5.000,50); "1.234" stays a decimal. No-break spaces and Swiss
# apostrophes group thousands too (12 000, 1'299.00).
NUMBER = (
    r"\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d,])|\d{1,3}(?:\.\d{3}){2,}(?![\d.])|"  # 5.000,50 and 1.234.567
    r"\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+,\d{1,2}(?![\d,])|"  # 1 299,00 (no-break spaces)
    r"\d+,\d{1,2}(?![\d,])|"
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[\u00a0\u202f\u2009'’]\d{3})+|\d+)"
    r"(?:\.\d+)?|\.\d+"
)
_DIGITS = re.compile(rf"^(?:{NUMBER})$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
_SPACE_DECIMAL_COMMA = re.compile(r"^\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+,\d{1,2}$")  # "1 299,00"
_DOT_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$")
_WORD_SPLIT = re.compile(r"[\s\-]+")
_GROUPING = str.maketrans("", "", ",\u00a0\u202f\u2009'’")  # thousands separators, removed before Decimal()


# Numbers of any size. A number with more digits than these is not money ("12345678901234567890123456789
# dollars", a 400-digit number, 33,000 comma groups): no amount. Values are exact: arithmetic on them
# runs in MONEY_CONTEXT (``decimal.localcontext``), wide enough for any accepted number times any
# run of scale words, so no operation rounds or raises.
MAX_INTEGER_DIGITS = 20  # digits before the decimal mark
MAX_DIGITS = 30  # digits in all
MONEY_CONTEXT = Context(prec=200, Emax=999_999, Emin=-999_999)


def _too_long(text: str) -> bool:
    return len(text) > MAX_INTEGER_DIGITS and sum(c.isdigit() for c in text) > MAX_DIGITS


def _plausible(value: Decimal | None) -> Decimal | None:
    """``value``, or None when it has more than ``MAX_INTEGER_DIGITS`` digits before the decimal mark."""
    if value is None or not value.is_finite() or (value and value.adjusted() >= MAX_INTEGER_DIGITS):
        return None
    return value


@dataclass(frozen=True)
class Money:
    value: Decimal
    currency: str | None
    flags: tuple[str, ...] = ()


def parse_number(text: str) -> Decimal | None:
    """A number written in digits ("1,300", "12,34,567.89") or words ("forty-five").

    Returns None when the text is not a number.

    >>> parse_number("12,34,567.89"), parse_number("2,5"), parse_number("12\u00a0000")
    (Decimal('1234567.89'), Decimal('2.5'), Decimal('12000'))
    >>> parse_number("1.234.567"), parse_number("5.000,50"), parse_number("1.234")
    (Decimal('1234567'), Decimal('5000.50'), Decimal('1.234'))
    >>> parse_number("three quarters")
    Decimal('0.75')
    >>> parse_number("won") is None
    True
    >>> parse_number("12345678901234567890123456789") is None, parse_number("1" + ",000" * 33000) is None
    (True, True)
    """
    if text.isascii() and text.isdigit():  # the common case, "1987"
        return Decimal(text) if len(text) == 1 or (text[0] != "0" and len(text) <= MAX_INTEGER_DIGITS) else None
    text = text.strip()
    if not text:
        return None
    if _too_long(text):
        return None
    if text[0].isdigit() or text[0] == ".":
        if not _DIGITS.match(text):
            return None
        if len(text) > 1 and text[0] == "0" and text[1].isdigit():
            return None  # "000", "007": a code or a fragment, never an amount
        if _DECIMAL_COMMA.match(text) or _SPACE_DECIMAL_COMMA.match(text):
            text = text.replace(",", ".")
        elif _DOT_GROUPED.match(text) and (text.count(".") > 1 or "," in text):
            text = text.replace(".", "").replace(",", ".")
        try:
            return _plausible(Decimal(text.translate(_GROUPING)))
        except InvalidOperation:
            return None
    return parse_number_words(_WORD_SPLIT.split(text.lower()))


def number_value(digits: str) -> Decimal | None:
    """``parse_number`` for a text that has matched ``NUMBER``, faster for plain ones ("15", "1.5").

    >>> number_value("1.5"), number_value("1,300"), number_value("007")
    (Decimal('1.5'), Decimal('1300'), None)
    """
    if (
        "," in digits
        or "'" in digits
        or not digits.isascii()
        or digits.count(".") > 1
        or len(digits) > MAX_INTEGER_DIGITS
    ):
        return parse_number(digits)
    if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
        return None
    return Decimal(digits)


def lower_same_length(text: str) -> str:
    """``text.lower()``, except that characters whose lower case is longer ("İ") stay as they are,
    so that offsets into the result are offsets into ``text``.

    >>> lower_same_length("İstanbul BY 2023")
    'İstanbul by 2023'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def parse_number_words(words: list[str]) -> Decimal | None:
    """Value of spelled-out number words below one thousand, with fractions.

    >>> parse_number_words(["one", "hundred", "and", "five"])
    Decimal('105')
    >>> parse_number_words(["half", "a"])
    Decimal('0.5')
    >>> parse_number_words(["a", "quarter"])
    Decimal('0.25')
    >>> parse_number_words(["one", "point", "two", "five"])
    Decimal('1.25')
    >>> parse_number_words(["ten"] + ["thousand"] * 10) is None
    True
    """
    lex = money_lexicon()
    words = [w for w in words if w]
    if not words or len(words) > 4 * MAX_DIGITS:
        return None
    current = Decimal(0)
    seen_number = False
    add_fraction = False  # "two and a half": the fraction adds instead of multiplying
    i = 0
    while i < len(words):
        w = words[i]
        if w == "point":  # "one point five": digit words after it are the decimals
            decimals = [lex.number_units.get(d) if d not in ("a", "an") else None for d in words[i + 1 :]]
            if not seen_number or not decimals or not all(isinstance(d, int) and 0 <= d <= 9 for d in decimals):
                return None
            return _plausible(current + Decimal("0." + "".join(map(str, decimals))))
        if w == "and":
            add_fraction = seen_number
            i += 1
            continue
        if w in ("a", "an") and i + 1 < len(words) and words[i + 1] in lex.fractions:
            i += 1  # "a half" == "half"
            continue
        if w in ("a", "an") and i > 0 and words[i - 1] in lex.fractions:
            i += 1  # "half a (billion)"
            continue
        if w in lex.fractions:
            frac = lex.fractions[w]
            if not seen_number or add_fraction:
                current += frac
            else:
                current *= frac
            seen_number = True
        elif w in lex.number_units:
            current += lex.number_units[w]
            seen_number = True
        elif w in lex.number_multipliers:
            current = (current or Decimal(1)) * lex.number_multipliers[w]
            if current.adjusted() >= MAX_INTEGER_DIGITS:
                return None
            seen_number = True
        else:
            return None
        add_fraction = False
        i += 1
    return current if seen_number else None


def scale_factor(word: str, attached: bool = False) -> Decimal | None:
    """Multiplier of a scale word; ``attached`` allows the glued-only forms (5m, 3bn).

    >>> scale_factor("crore")
    Decimal('10000000')
    >>> scale_factor("m") is None, scale_factor("m", attached=True)
    (True, Decimal('1000000'))
    """
    lex = money_lexicon()
    table = lex.attached_scales if attached else lex.scales
    return table.get(word.lower().rstrip("."))


# A number written out to the unit: two or more groups of three ("1,035,767", "4.500.000,00").
_WRITTEN_OUT = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")


def collapse_scales(factors: list[Decimal], number: str = "") -> tuple[Decimal, tuple[str, ...]]:
    """One multiplier for a run of scale words after the number text ``number``.

    A rising run whose smaller scales are below a million is a real compound ("1.2 lakh crore", "a
    thousand million"); anything else ("10 trillion trillion won", "$4.5bn trillion": no news
    writes a billion trillion) is a slip that collapses to the largest scale, flagged. A number
    already written out to the unit before millions or more ("a 1,035,767 mln dlr contract") is
    another slip: the scale is dropped, flagged ``redundant_scale``. Tables "in thousands" are
    kept ("1,035,767 thousand"), and so is Indian grouping ("10,00,000 crore").

    >>> collapse_scales([Decimal(10**12), Decimal(10**12)])
    (Decimal('1000000000000'), ('repeated_scale',))
    >>> collapse_scales([Decimal(10**5), Decimal(10**7)])
    (Decimal('1000000000000'), ())
    >>> collapse_scales([Decimal(10**9), Decimal(10**12)])
    (Decimal('1000000000000'), ('repeated_scale',))
    >>> collapse_scales([Decimal(10**6)], "1,100,000")
    (Decimal('1'), ('redundant_scale',))
    >>> collapse_scales([])
    (Decimal('1'), ())
    """
    if not factors:
        return Decimal(1), ()
    if min(factors) >= 10**6 and _WRITTEN_OUT.fullmatch(number):
        return Decimal(1), ("redundant_scale",)
    if all(a < b and a < 10**6 for a, b in zip(factors, factors[1:], strict=False)):
        product = Decimal(1)
        for f in factors:
            product *= f
        return product, ()
    return max(factors), ("repeated_scale",)


def currency_code(surface: str) -> str | None:
    """ISO 4217 code of a currency name, code or symbol as news writes it.

    >>> currency_code("stg"), currency_code("KRW"), currency_code("₩"), currency_code("Swiss francs")
    ('GBP', 'KRW', 'KRW', 'CHF')
    >>> currency_code("ALL") is None
    True
    """
    lex = money_lexicon()
    cur = lex.post.get(surface) or lex.pre.get(surface) or lex.post.get(key(surface))
    return cur.code if cur else None


def normalise_amount(number: str, scales: list[str], currency: str) -> Money | None:
    """Value and currency of a parsed mention: number text, scale words, currency surface.

    >>> normalise_amount("2.2", ["trillion"], "won").value
    Decimal('2200000000000')
    >>> normalise_amount("10", [], "cts")
    Money(value=Decimal('0.1'), currency='USD', flags=('currency_assumed',))
    """
    lex = money_lexicon()
    value = parse_number(number)
    cur = lex.post.get(currency) or lex.pre.get(currency) or lex.post.get(key(currency))
    if value is None or cur is None:
        return None
    factors = []
    for s in scales:
        f = scale_factor(s, attached=True)
        if f is None:
            return None
        factors.append(f)
    factor, flags = collapse_scales(factors, number)
    code = cur.code or "USD"
    if cur.assumed:
        flags += ("currency_assumed",)
    with localcontext(MONEY_CONTEXT):
        return Money(clean_decimal(value * factor * cur.factor), code, flags)


def clean_decimal(value: Decimal) -> Decimal:
    """The same number without trailing zeros or exponent: 2.2E+12 -> 2200000000000, 0.10 -> 0.1.

    >>> clean_decimal(Decimal("2200000000000.0")), clean_decimal(Decimal("0.10"))
    (Decimal('2200000000000'), Decimal('0.1'))
    """
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def format_decimal(value: Decimal) -> str:
    """Plain decimal, no exponent, no trailing zeros: what records.csv holds.

    >>> format_decimal(Decimal("0.120")), format_decimal(Decimal("2.2E+12"))
    ('0.12', '2200000000000')
    """
    return format(value.normalize(), "f")
