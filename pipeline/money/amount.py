"""Reading one amount at a number: its currency, scale words, minor-unit tail, qualifier and rate.

``parse_at`` returns a ``Candidate``: the parse state of one amount (its number, scale and
currency form as read, kept for the neighbour rules) or of a bare number with no currency, which
the neighbour rules may still make money. Candidates are private to the money package; the
finder turns them into immutable ``Candidate`` results at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from spacy.lang.en.stop_words import STOP_WORDS

from ..normalise import collapse_scales, parse_number
from ..tables import Currency, key
from .context import after_month, between_start, next_word, word_before, words_after
from .currency import is_weight, may_follow, read_post, read_pre
from .number import AND_FRACTION, Number, is_year_like, read_number
from .rules import PUNCT_LEAD, Rules

_SPACED_DIGIT = re.compile(r"[ \t\r\n]{0,3}\d")
_COMPOUND = re.compile(r"-[^\W\d_]")
_SPACE_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+(?![\d\u00a0\u202f\u2009'’]|[.,]\d{3})")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_FOLLOW_WORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "or",
        "in",
        "for",
        "to",
        "per",
        "each",
        "of",
        "on",
        "at",
        "from",
        "was",
        "were",
        "is",
        "are",
        "be",
        "has",
        "had",
        "have",
        "will",
        "would",
        "but",
        "the",
        "this",
        "that",
        "last",
    }
)
_CHUNK = re.compile(r"\S+")


@dataclass
class Candidate:
    """One amount (or bare number) being read: character offsets into the text, the value so far,
    and what the parse saw, which the neighbour rules read."""

    start: int
    end: int
    value: Decimal
    currency: str | None
    qualifier: str = ""
    per: str = ""
    flags: list[str] = field(default_factory=list)
    value_min: Decimal | None = None
    value_max: Decimal | None = None
    number: Decimal = Decimal(0)
    scale: Decimal | None = None
    cur: Currency | None = None
    pre: bool = False  # the currency is written before the number ("$300")


def _accept_post(
    text: str,
    post: tuple[Currency, int, str],
    number: Number,
    start: int,
    pre_cur: Currency | None,
    has_scale: bool,
    rules: Rules,
) -> bool:
    """May the currency form read after a number (``post``: currency, end, surface, as ``read_post``
    gives it) be taken as that number's currency? ``start``: where the amount starts;
    ``pre_cur``: a currency written before the number."""
    lex = rules.lex
    cur, end, surface = post
    if cur.kind == "name" and _COMPOUND.match(text, end) and next_word(text, end, rules) not in lex.compound_ok:
        return False  # "a euro-commercial paper programme", "13 Euro-MTN programs": a modifier, not money
    if (
        cur.kind == "name"
        and not has_scale
        and pre_cur is None
        and is_year_like(number.value, number.text)
        and not surface.lower().endswith("s")
    ):
        return False  # "its June 1985 Swiss franc bond": a year before a singular name
    if cur.kind in ("code", "symbol"):
        has_pre = pre_cur is not None and not (pre_cur.family == "dollar" and cur.kind == "code")  # "$12.990 CLP"
        if has_pre or text[end : end + 1].isdigit():
            return False  # "rmb 10 usd 20", "3 USD50": the code belongs to the next number
        spaced = _SPACED_DIGIT.match(text, end)
        if spaced is not None:
            nxt = rules.digits.match(text, spaced.end() - 1)
            nxt_post = read_post(text, nxt.end(), rules) if nxt else None
            if nxt_post and nxt_post[0].kind == "name":
                return False  # "1 $ 10 dollars": the $ opens "$ 10 dollars"
    if ordinary_word(text, surface, number, start, end, has_scale, rules):
        return False
    if cur.kind == "subunit" and titled_subunit(text, surface, start, end):
        return False
    if not has_scale and cur.kind == "name" and counts_instruments(text, surface, number, start, end, rules):
        return False
    return True


_GROUPED = re.compile(r"\d[,.]\d{3}(?!\d)")


def ordinary_word(text: str, surface: str, number: Number, start: int, end: int, has_scale: bool, rules: Rules) -> bool:
    """Is a currency name that is also an ordinary word ("won", "mark", "pound", "real") used as that
    word here? A milestone after "the" ("the 100 million mark", "the $4 trillion mark") is never
    money, scale or not, unless a noun follows that it qualifies ("the 6.84 billion mark surplus"); nor
    is a singular title word after a number other than one ("the world 5,000m crown"), unless a noun
    follows ("the 50 mln crown loan") or "a" stands before the number ("a four billion crown, seven-year
    bond").
    Without a scale word: a year before it ("in 1987 won"), "the" before the
    number, or a guard word after it ("won the", "mark in") make it the ordinary word, unless a rate
    follows ("9,620 won an hour", "1,923 pounds a year")."""
    lex = rules.lex
    nxt_word = rules.word.match(text, end)
    nxt = nxt_word.group(1).lower().rstrip(".") if nxt_word is not None else ""
    after = text[end : end + 2].lstrip()[:1]
    if (
        key(surface) in lex.milestone_units
        and word_before(text, start).lower() == "the"
        and (not after.isalnum() or nxt in STOP_WORDS)
    ):
        return True  # "the 100 million mark." / "mark for the first time"; not "the 6.84 billion mark surplus"
    if (
        key(surface) in lex.title_units
        and number.value != 1
        and word_before(text, start).lower() not in ("a", "an")
        and (not after.isalnum() or nxt in STOP_WORDS)
    ):  # "the world 5,000m crown in Helsinki": a title; money is "5m crowns", "a 4 bln crown, 7-year bond"
        return True
    guard = lex.verb_guards.get(key(surface))
    if guard is None or has_scale or rules.per.match(text, end) is not None:
        return False
    if key(surface) in lex.verb_units and _GROUPED.search(number.text):
        return False  # "up from 2,000 won a year earlier": a number grouped in thousands is no year, no score
    return (
        is_year_like(number.value, number.text.replace(",", ""))
        or nxt in guard
        or word_before(text, start).lower() == "the"
    )


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z\n]*\Z")
_WORD_AFTER = re.compile(r"[^A-Za-z\n]*([A-Za-z]+)")


def titled_subunit(text: str, surface: str, start: int, end: int) -> bool:
    """Is a minor unit written with a capital ("Cent") after a number part of a name, not money: in
    running text, where the word before the number or the word after the unit is lower case ("US
    rapper 50 Cent topped", "50 Cent's G-Unit crew ... said")? Not in a headline in title case
    ("Shares Fall 50 Cents") nor in capitals ("50 CTS").

    >>> t = "US rapper 50 Cent topped the chart."
    >>> titled_subunit(t, "Cent", 10, 17), titled_subunit("Shares Fall 50 Cents", "Cents", 12, 20)
    (True, False)
    >>> titled_subunit("It rose 50 cents.", "cents", 8, 16)
    False
    >>> titled_subunit("paid 64 Canadian cts", "Canadian cts", 5, 20)
    False
    """
    if len(surface.split()) > 1 or not (surface[:1].isupper() and surface[1:].islower()):
        return False  # one word in title case: not "Canadian cts"
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    return any(m is not None and m.group(1).islower() for m in (before, after))


def counts_instruments(text: str, surface: str, number: Number, start: int, end: int, rules: Rules) -> bool:
    """Does a small whole number before a singular currency name count instruments in that currency
    ("two Swiss franc public issues", "three dollar bonds"), rather than give an amount? The noun
    counted, within the next three words, is one of news_currencies.json's counted_instruments.
    After a count the number is their price ("eight mln two dlr warrants")."""
    if surface.lower().endswith("s") or number.value != number.value.to_integral_value() or number.value > 20:
        return False
    before = word_before(text, start).lower().rstrip(".")
    if before[-1:].isdigit() or before in rules.lex.scales or before in rules.lex.number_units:
        return False
    for w in words_after(text, end, 3, rules):
        word = w.group(1).lower()
        if word.rstrip(".") in rules.lex.counted_instruments:
            return True
        if word.endswith("."):
            return False  # the sentence ends: "a nominal 10 franc value. The bonds ..."
    return False


def parse_at(text: str, p: int, floor: int, rules: Rules) -> tuple[Candidate | None, int]:
    """Parse one amount whose number starts at ``p``. Returns (amount or bare number, end)."""
    spaced = _SPACE_GROUPED.match(text, p)
    if spaced is not None and not after_month(text, p):
        amount = _parse_space_grouped(text, p, floor, rules)
        if amount is not None:
            return amount, amount.end
    return _parse_plain(text, p, floor, rules)


def _parse_space_grouped(text: str, p: int, floor: int, rules: Rules) -> Candidate | None:
    """ "12 000 euros", "€ 1 299": thousands grouped by plain spaces, read as such only right next to
    a currency and flagged ``space_grouped``. Not after a month ("July 6 100 dlrs"), not before a
    scale word, and a singular name before a noun is a count and a price ("5 100 dollar bills")."""
    amount, q = _parse_plain(text, p, floor, rules, spaced=True)
    if amount is None or amount.cur is None or amount.scale is not None:
        return None  # "31 747 mln dlrs" is a day and an amount
    if not amount.pre and amount.cur.kind == "name" and text[q - 1 : q] != "s":
        following = rules.word.match(text, q)
        noun = following.group(1) if following is not None else ""
        if noun[:1].islower() and noun.lower() not in _FOLLOW_WORDS:
            return None
    amount.flags.append("space_grouped")
    return amount


def _parse_plain(text: str, p: int, floor: int, rules: Rules, spaced: bool = False) -> tuple[Candidate | None, int]:
    lex = rules.lex
    if text[p] == "." and p > 0 and text[p - 1].isalpha() and text[p + 1 : p + 2].isdigit():
        p += 1  # an abbreviation's full stop, not a decimal point: "Rs.1,000" is 1,000 rupees
    number, q = read_number(text, p, floor, rules, spaced)
    if number is None:
        return None, q
    value = number.value
    pre = read_pre(text, p, floor, rules)
    if pre is None and number.glued_scale is None and number.glued_cur is None:
        w = rules.word.match(text, q)
        if w is None or not may_follow(w.group(1), rules):  # most numbers: no currency or scale around
            return Candidate(start=p, end=q, value=value, currency=None, number=value), q
    start, pre_cur = (pre[1], pre[0]) if pre else (p, None)
    factors: list[Decimal] = [number.glued_scale] if number.glued_scale else []

    def read_scales(pos: int) -> int:
        while (w := rules.word.match(text, pos)) is not None:
            f = lex.scales.get(w.group(1).lower().rstrip("."))
            letter = w.group(1).lower()
            if (
                f is None
                and letter in lex.attached_scales
                and (pre_cur is not None or read_post(text, w.end(1), rules))
            ):
                f = lex.attached_scales[letter]  # "£ 300 k", "15 k usd": a spaced "k" beside a currency
            if f is None:
                break
            factors.append(f)
            pos = w.end(1) - (1 if w.group(1).endswith(".") else 0)  # "mln." ends a sentence
        return pos

    post_cur = number.glued_cur
    if post_cur is None:
        q = read_scales(q)
        half = AND_FRACTION.match(text, q) if factors and value == int(value) else None
        if half is not None:  # "a billion and a half dollars"
            value += lex.fractions[half.group(1).lower()]
            q = half.end()
        post = read_post(text, q, rules)
        if post is None and factors and text.startswith(".", q):
            # "1,5 Mio. EUR": a code or sign after an abbreviated scale; after "Mio." and "Mrd.", which
            # are never written without their dot, a name too ("2,5 Mrd. Euro")
            after_dot = read_post(text, q + 1, rules)
            dotted = _word_before(text, q) in lex.dotted_scales
            post = after_dot if after_dot is not None and (after_dot[0].kind in ("code", "symbol") or dotted) else None
        if (
            pre_cur is None
            and post is not None
            and key(post[2]) in lex.weight_units
            and is_weight(text, start, post[1], bool(factors), rules)
        ):
            return None, post[1]  # a weight, which must not share a currency with a neighbour either
        if post is not None and _accept_post(text, post, number, start, pre_cur, bool(factors), rules):
            post_cur, q = post[0], post[1]
            if not factors:
                q = read_scales(q)  # "75 USD million"
    if (
        pre_cur is not None
        and pre_cur.kind == "name"
        and not factors
        and not _names_alone(text, start, p, pre_cur, post_cur, rules)
    ):
        pre_cur, start = None, p  # "dollar 22.5 million" only with a scale word
    cur = pre_cur or post_cur
    if pre_cur is not None and post_cur is not None and post_cur.kind in ("name", "code") and pre_cur.kind == "symbol":
        cur = pre_cur if not pre_cur.assumed else post_cur  # "$ 10 dollars", "C$ 5 Canadian dollars", "$12.990 CLP"
    if cur is not None and not factors and cur.code in lex.whole_unit_codes and _DOT_THOUSANDS.fullmatch(number.text):
        value = Decimal(number.text.replace(".", ""))  # "Rp 15.000", "¥1.000": a currency without minor units

    factor, scale_flags = collapse_scales(factors, number.text)
    amount = Candidate(
        start=start,
        end=q,
        value=value * factor,
        currency=None,
        flags=list(scale_flags),
        number=value,
        scale=factor if factors and factor != 1 else None,
        cur=cur,
        pre=cur is not None and cur is pre_cur,
    )
    if cur is None:
        return amount, q
    if not factors and cur.kind != "subunit" and value == value.to_integral_value():
        q = _minor_tail(text, amount, post_cur is not None, rules)
    amount.value *= cur.factor
    amount.currency = cur.code
    if cur.assumed:
        amount.flags.append("currency_assumed")
    if number.high is not None:  # a quoted bid and offer read as a range
        amount.value_min, amount.value_max = amount.value, number.high * factor * cur.factor
        amount.flags.append("range")
    return amount, q


def _word_before(text: str, end: int) -> str:
    """The letters right before ``end``, lower case ("Mio" in "2,5 Mio. Euro")."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end].lower()


def _names_alone(text: str, start: int, p: int, pre_cur: Currency, post_cur: Currency | None, rules: Rules) -> bool:
    """May a currency name before a number stand without a scale word? When it names one currency
    for sure, no currency follows the number ("the dollar 145 yen" is yen), it stands in running text
    (not as a table's row label, one space before the number), and it is a full name ("Indonesian
    rupiah 500") or a unit noun of one currency only ("rupiah 500"), not "dollar"."""
    if post_cur is not None or pre_cur.assumed or pre_cur.family is not None or text[p - 2 : p - 1].isspace():
        return False  # a table's column of figures after names is no amount ("Sterling       1,466")
    line = text.rfind("\n", 0, start) + 1
    if not text[line:start].strip():
        return False  # a row label ("    Sterling 14.3 (13.8)"), not a price
    name = key(text[start:p])
    return " " in name or name in rules.lex.unique_units


def _minor_tail(text: str, amount: Candidate, named_after: bool, rules: Rules) -> int:
    """Add a minor-unit tail to ``amount``: "3 dollars 50 cents", "thirteen dollars and forty-five",
    "c $ 100 and fifty", "a dollar and a half". Returns the new end."""
    t = rules.tail.match(text, amount.end)
    if not t:
        return amount.end
    minor = parse_number(t.group(1))
    end = t.end()
    sub = read_post(text, end, rules)
    if not (named_after or not t.group(1)[0].isdigit() or (sub and sub[0].kind == "subunit")):
        return amount.end  # "$7 and 25c" names its minor unit; "$5 and 10" does not
    unit = Decimal("0.01")  # a bare tail counts cents: "thirteen dollars forty-five"
    if sub and sub[0].kind == "subunit":
        end, unit = sub[1], sub[0].factor  # "5 mao" is 0.5 yuan, "50 cents" 0.5 dollars
    elif sub or not rules.tail_follow.match(text, end):
        return amount.end
    if minor is None or minor * unit >= 1:
        return amount.end
    # a fraction ("and a half") is added as it is
    amount.value += minor if minor != minor.to_integral_value() else minor * unit
    amount.end = _unit_below(text, amount, end, unit, rules)
    return amount.end


def _unit_below(text: str, amount: Candidate, end: int, unit: Decimal, rules: Rules) -> int:
    """After a minor unit worth more than a hundredth, a bare digit counts the unit below it, a
    tenth as large: "one kuai and five mao five" is 1.55 yuan (mao, then fen). Returns the end."""
    below = unit / 10
    if below < Decimal("0.01"):
        return end  # below the hundredth no currency counts in news
    t = rules.tail.match(text, end)
    last = parse_number(t.group(1)) if t and rules.tail_follow.match(text, t.end()) else None
    if last is None or not (last < 10 and last == last.to_integral_value()):
        return end
    amount.value += last * below
    return t.end()


def _phrases_before(text: str, end: int) -> list[tuple[str, int]]:
    """The last one to four words right before ``end`` (only spaces between), longest first, as
    (lower-cased phrase, start): the candidates for a qualifier, looked up instead of searched."""
    if not text[end - 1 : end].isspace():
        return []
    out = []
    for m in list(_CHUNK.finditer(text, max(0, end - 40), end))[-4:]:
        raw = text[m.start() : end]
        phrase = raw.lstrip(PUNCT_LEAD).lstrip()  # "' up to": a lone quote before the words
        out.append((" ".join(phrase.lower().split()), m.start() + len(raw) - len(phrase)))
    return out


def qualified_between(text: str, start: int, rules: Rules) -> tuple[int, str] | None:
    """(where "between" begins, the qualifier) when a qualifier that belongs to a mention (qualifiers.json
    "mention" forms) stands between "between" and a range's first bound at ``start``: "between about
    350 and 800 dlrs a ton" is one approximate range. None otherwise."""
    for phrase, at in _phrases_before(text, start):
        label = rules.lex.qualifiers_mention.get(phrase)
        if label is not None and (begins := between_start(text, at)) is not None:
            return begins, label
    return None


def qualify(text: str, amount: Candidate, rules: Rules) -> None:
    """A qualifier written right before the amount: "more than" joins the mention; a verb such
    as "exceeded" qualifies it without joining it. One written after it joins the mention too
    ("$5 billion or more") and counts when none stands before ("about 5 bln yen or more" is approx)."""
    lex = rules.lex
    after = rules.qualifier_after.match(text, amount.end)
    if after is not None:
        amount.qualifier, amount.end = lex.qualifiers_after[key(after.group(1))], after.end()
    last = text[max(0, amount.start - 40) : amount.start].rsplit(None, 1)[-1:]
    if not last or (
        last[0].lower() not in lex.qualifier_tails and last[0].lstrip(PUNCT_LEAD).lower() not in lex.qualifier_tails
    ):
        return  # cheap test first: the word before ends no qualifier
    phrases = _phrases_before(text, amount.start)
    for phrase, start in phrases:
        label = lex.qualifiers_mention.get(phrase)
        if label is not None:
            amount.qualifier, amount.start = label, start
            return
    for phrase, _ in phrases:
        label = lex.qualifiers_context.get(phrase)
        if label is not None:
            amount.qualifier = label
            return


def rate(text: str, amount: Candidate, rules: Rules) -> None:
    lex = rules.lex
    m = rules.each.match(text, amount.end)
    if m:
        amount.per = "each"
        amount.end = m.end()
        return
    at = amount.end  # a rate after a conversion in brackets is the amount's too: "300,000 won ($230) a month"
    gap = rules.conversion_gap.match(text, at)
    if gap and (rules.each.match(text, gap.end()) or rules.per.match(text, gap.end())):
        at = gap.end()
        if rules.each.match(text, at):
            amount.per = "each"  # the mention stays the amount: the conversion is another
            return
    m = rules.per.match(text, at)
    if m:
        amount.per = lex.per_units[key(m.group(1))]
    elif (m := rules.per_count.match(text, at)) is not None:  # "1.5 yuan per 50 kg": per "50 kg"
        amount.per = f"{m.group(1)} {lex.per_units[key(m.group(2))]}"
    elif (m := rules.per_adverb.match(text, at)) is not None:  # "$5 million annually"
        amount.per = lex.per_adverbs[key(m.group(1))]
    elif amount.scale is None and (m := rules.per_bare.match(text, amount.end)) is not None:  # "25 cts share"
        amount.per = lex.per_bare[key(m.group(1))]
