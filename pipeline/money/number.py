"""Reading the number of an amount: digits with anything glued to them, or words.

``read_number`` returns a ``Number`` (its value, text, end, and what is glued to it: a scale
"1.5bn", a currency "470p", a quote's offer "151.50/60") or None for what is no number of money
("1980s", "A380", "5%").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..normalise import number_value, parse_number, parse_number_words
from ..tables import Currency
from .context import next_word, word_before
from .currency import lookup, read_pre
from .rules import Rules

_HYPHEN_FRACTION = re.compile(r"-(\d{1,2})/(2|3|4|5|8|16|32|64)(?![\d/])")
_FRACTION = re.compile(r"[ \t]+(\d{1,2})/(2|4|8|16|32|64)(?![\d/])")
_OF_A = re.compile(r"(?:[ \t]+|-)of(?:[ \t]+|-)an?(?=[ \t]|-)", re.IGNORECASE)  # "a quarter of a", "quarter-of-a"
_CENTS = re.compile(r"\.\d\d$")
_SLASH_FRACTION = re.compile(r"/(2|3|4|8|16|32|64)(?![\d/])")  # "1/2 cent"
_CODE_DASH = re.compile(r"\b[A-Z]{1,5}-\Z")  # "GSM-103", "F-16": a name, not a number
# "151.50/60", "137.80-85", "565.50/566.50"
_QUOTE = re.compile(r"/(\d{1,4}(?:\.\d+)?)(?![\d/,]|\.\d)|-(\d{2,4})(?![\d/,]|\.\d)")  # a full stop may end it
AND_FRACTION = re.compile(r"[ \t]+and[ \t]+(?:a|one)[ \t]+(half|quarter|third)\b", re.IGNORECASE)
_NO_MINOR = re.compile(r"[.,][-–—]{1,2}(?![\w-])")
_SPACE_NUMBER = re.compile(r"\d{1,3}(?: \d{3})+(?:,\d{1,2}(?![\d,])|\.\d+)?")  # NUMBER's no-break-space forms


def is_year_like(value: Decimal, number_text: str) -> bool:
    return number_text.isdigit() and len(number_text) == 4 and 1800 <= value <= 2100


@dataclass
class Number:
    value: Decimal
    text: str
    end: int
    glued_scale: Decimal | None = None  # "1.5bn"
    glued_cur: Currency | None = None  # "115USD", "100元", "470p"
    high: Decimal | None = None  # a quote's offer: "151.50/60 yen", "229/230 dlrs"


def _fraction(numerator: str, denominator: str) -> Decimal:
    """N/D to ten decimal places, as the spelled fractions are ("8-1/3 cts" is 8.3333333333 cts)."""
    return (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("1e-10")).normalize()


def quote_high(low: str, tail: str) -> Decimal | None:
    """The offer of a quote written "bid/tail": the tail replaces the bid's last digits ("151.50/60"
    is 151.60, "422.25/3.25" 423.25), or is a whole number of the bid's length ("229/230") or has
    the bid's decimals ("565.50/566.50"). None when it is neither.

    >>> quote_high("151.50", "60"), quote_high("422.25", "3.25"), quote_high("565.50", "566.50")
    (Decimal('151.60'), Decimal('423.25'), Decimal('566.50'))
    >>> quote_high("9.00", "14.00")
    Decimal('14.00')
    """
    if "." in tail:  # "565.50/566.50": the whole offer, with the bid's decimals; "422.25/3.25" its last digits
        same = "." in low and len(low.split(".", 1)[1]) == len(tail.split(".", 1)[1])
        if not same:
            return None
        return Decimal(tail) if len(tail) >= len(low) else Decimal(low[: len(low) - len(tail)] + tail)
    if "." in low:
        decimals = low.split(".", 1)[1]
        if not low.replace(".", "").isdigit() or len(tail) > len(decimals):
            return None
        return Decimal(low[: len(low) - len(tail)] + tail)
    if low.isdigit() and len(tail) == len(low) and not (len(low) == 4 and low[:2] in ("19", "20")):
        return Decimal(tail)  # not "1987/88", a fiscal year
    return None


_AND = re.compile(r"\band\b", re.IGNORECASE)


def _and_cut(spelled: str, multipliers) -> int:
    """Where a spelled number ends at an "and" that joins two numbers, not the parts of one: "and"
    belongs to a number only after a multiplier ("one hundred and twenty", "a million and a half");
    "between five and six dollars" is two numbers.

    >>> _and_cut("five and six", {"hundred"}), _and_cut("one hundred and twenty", {"hundred"})
    (5, 22)
    >>> _and_cut("two and a half million", {"million"})
    22
    """
    for m in _AND.finditer(spelled):
        before = spelled[: m.start()].split()
        if AND_FRACTION.match(spelled, m.start() - 1):
            continue  # "two and a half million", "five and a half dollars"
        if not before or before[-1].lower().split("-")[-1] not in multipliers:
            return m.start()
    return len(spelled)


def _of_a_end(text: str, end: int, rules: Rules) -> int | None:
    """After a fraction, the end of "of a" when a scale or a unit follows it ("3/4 of a cent",
    "a quarter of a billion"), else None."""
    lex = rules.lex
    of_a = _OF_A.match(text, end)
    if of_a is None:
        return None
    after = next_word(text, of_a.end(), rules)
    return of_a.end() if after in lex.scales or after in lex.article_units else None


_UNIT_THEN = re.compile(r"\s*[A-Za-z]+(\s*/|\s+([a-z]+)\b)?")


def modifies_noun(text: str, pos: int, rules: Rules) -> bool:
    """After "a"/"an" (ending at ``pos``), is the unit word a modifier of the noun after it, not one
    unit of money: a slash ("a yen/dollar rate") or a lower-case word that no amount is followed by
    (news_currencies.json ``article_unit_followers``: "a penny to 253", "50 cts to a dollar higher")?"""
    m = _UNIT_THEN.match(text, pos)
    if m is None or m.group(1) is None:
        return False
    return m.group(2) is None or m.group(2) not in rules.lex.article_unit_followers


def read_number(text: str, p: int, floor: int, rules: Rules, spaced: bool = False) -> tuple[Number | None, int]:
    """The number at ``p`` in digits (with anything glued to it) or words; (None, end) if none.
    ``spaced``: read thousands grouped by plain spaces too ("12 000")."""
    lex = rules.lex
    if text[p].isdigit() or text[p] == ".":
        m = (_SPACE_NUMBER if spaced else rules.digits).match(text, p)
        value = parse_number(m.group().replace(" ", "\u00a0")) if spaced else number_value(m.group())
        number = Number(value, m.group(), m.end())
        whole = _NO_MINOR.match(text, m.end())
        if whole and whole.group()[0] not in m.group():
            # "EUR 1.299,-", "1,299.- CHF": no minor units, so the other mark groups thousands
            number.value = parse_number(m.group().replace("." if whole.group()[0] == "," else ",", ""))
            number.end = whole.end()
        frac = _HYPHEN_FRACTION.match(text, m.end())
        if frac and number.value is not None and "." not in m.group():  # newswire "2-1/2 cts"
            number.value += _fraction(frac.group(1), frac.group(2))
            number.end = frac.end()
        elif frac and number.value is not None and _CENTS.search(m.group()):  # grain prices "2.88-1/4 dlrs": 1/4 cent
            number.value += _fraction(frac.group(1), frac.group(2)) / 100
            number.end = frac.end()
        alone = _SLASH_FRACTION.match(text, m.end()) if m.group().isdigit() else None
        if alone and int(m.group()) < int(alone.group(1)):  # "rose 1/2 cent", "3/4 of a cent"
            number.value = _fraction(m.group(), alone.group(1))
            number.end = alone.end()
            number.end = _of_a_end(text, number.end, rules) or number.end
        quote = _QUOTE.match(text, m.end()) if number.end == m.end() and number.value is not None else None
        if quote is not None and (quote.group(1) or len(m.group().partition(".")[2]) >= 2):
            # "151.50/60 yen", "137.80-85 yen", "229/230 dlrs", "72/78 mln": a bid and an offer
            high = quote_high(m.group(), quote.group(1) or quote.group(2))
            if high is not None and high > number.value:
                number.high, number.end = high, quote.end()
        g = rules.glued.match(text, number.end)
        if g:
            suffix = g.group()
            number.glued_scale = lex.attached_scales.get(suffix.lower())
            if number.glued_scale is None:
                number.glued_cur = lookup(lex.post, suffix) or lex.attached_post.get(suffix)
            if number.glued_scale is None and number.glued_cur is None:
                for cut in range(1, len(suffix)):  # "1.5bnUSD"
                    scale, cur = lex.attached_scales.get(suffix[:cut].lower()), lookup(lex.post, suffix[cut:])
                    if scale and cur:
                        number.glued_scale, number.glued_cur = scale, cur
                        break
                else:
                    return None, g.end()  # "1980s", "5G", "3rd": not money
            number.end = g.end()
        elif number.value is not None and "." not in m.group() and number.value == number.value.to_integral_value():
            frac = _FRACTION.match(text, number.end)  # "5 1/2 million dollars", share prices "$ 40 3/8"
            if frac and int(frac.group(1)) < int(frac.group(2)):
                number.value += _fraction(frac.group(1), frac.group(2))
                number.end = frac.end()
            elif (half := AND_FRACTION.match(text, number.end)) is not None:  # "1 and a half million dollars"
                number.value += lex.fractions[half.group(1).lower()]
                number.end = half.end()
        glued_before = p > 0 and (
            text[p - 1].isalnum() or text[p - 1] in "_±" or _CODE_DASH.search(text, max(0, p - 7), p) is not None
        )
        if glued_before and read_pre(text, p, floor, rules) is None:
            return None, number.end  # "A380", "FY2024", "±0.01": only a currency may be glued before a number
    else:
        m = rules.words.match(text, p)
        if not m:
            return None, p + 1
        spelled = m.group()[: _and_cut(m.group(), lex.number_multipliers)].rstrip()
        words = [w for w in re.split(r"[\s\-]+", spelled.lower()) if w]
        if all(w in lex.number_multipliers for w in words):
            return None, m.end()  # "several hundred dollars", "a few hundred": no number before "hundred"
        number = Number(parse_number_words(words), spelled, m.start() + len(spelled))
        of_a = _of_a_end(text, number.end, rules) if words[-1] in lex.fractions else None
        if of_a is not None:
            number.end = of_a  # "a quarter of a billion dollars", "three quarters of a million", "half of a dollar"
        elif all(w in lex.fractions or w in ("a", "an") for w in words):
            following = next_word(text, m.end(), rules)
            if following not in lex.scales and following not in lex.article_units:
                return None, m.end()  # "half", "a quarter" are money only before a scale; "a dollar" is
            before = word_before(text, p)
            if following in lex.article_units and before and (before[-1].isdigit() or lookup(lex.post, before)):
                return None, m.end()  # "20 cents a pound": a rate's unit, not an amount
            if words in (["a"], ["an"]) and following in lex.article_units and modifies_noun(text, m.end(), rules):
                return None, m.end()  # "a dollar exchange rate", "a yen bond", "a mark problem": a modifier
    if number.value is None:
        return None, number.end
    if number.glued_scale is None and number.glued_cur is None and rules.percent.match(text, number.end):
        return None, number.end
    return number, number.end
