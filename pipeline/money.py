"""Find monetary amounts in text: the ``news_money`` stage.

The finder is a small hand-written parser driven by the lexicons: it anchors on numbers
(digits or words), reads the currency before or after them, scale words, a minor-unit tail
("3 dollars 50 cents"), qualifiers, rates and ranges, and then resolves what needs the
neighbouring amounts (shared currency, conversions, the article's dollar). ``find_amounts``
is pure (text in, amounts out) and tested on its own; ``MoneyFinder`` is the spaCy component
that puts the results on ``doc.spans["money"]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from spacy.language import Language

from .tables import WORD, Currency, MoneyLexicon, key, load_json, money_lexicon
from .normalise import (NUMBER, clean_decimal, collapse_scales, format_decimal, lower_same_length, number_value,
                        parse_number, parse_number_words)
from .extensions import char_span, doc_text, set_span_value

_SPACE = r"[ \t\r\n]"
_SPACED_DIGIT = re.compile(r"[ \t\r\n]{0,3}\d")
_BREAK = re.compile(r"\n[ \t]*(?:\n|[ \t]{2}|[-–•*])")
_COMPOUND = re.compile(r"-[^\W\d_]")
_HYPHEN_FRACTION = re.compile(r"-(\d{1,2})/(2|3|4|5|8|16|32|64)(?![\d/])")
_FRACTION = re.compile(r"[ \t]+(\d{1,2})/(2|4|8|16|32|64)(?![\d/])")
_OF_A = re.compile(r"(?:[ \t]+|-)of(?:[ \t]+|-)an?(?=[ \t]|-)", re.IGNORECASE)  # "a quarter of a", "quarter-of-a"
_CENTS = re.compile(r"\.\d\d$")
_SLASH_FRACTION = re.compile(r"/(2|3|4|8|16|32|64)(?![\d/])")  # "1/2 cent"
_CODE_DASH = re.compile(r"\b[A-Z]{1,5}-\Z")  # "GSM-103", "F-16": a name, not a number
_QUOTE = re.compile(r"/(\d{1,4})(?![\d/.,])|-(\d{2,4})(?![\d/.,])")  # "151.50/60", "137.80-85"
_AND_FRACTION = re.compile(r"[ \t]+and[ \t]+(?:a|one)[ \t]+(half|quarter|third)\b", re.IGNORECASE)
# "X, or Y dlrs", "X (Y dlrs)": Y restates X in another currency. Narrower than convert_gap, whose
# plain " or " also joins two numbers of one currency ("5 mln or 6 mln dlrs").
_RESTATED = re.compile(r"^[ \t\r\n]*(?:,[ \t\r\n]*or|\()[ \t\r\n]*$", re.IGNORECASE)
_COMPOUND_GAP = re.compile(r"^[ \t]+(?:and[ \t]+)?$", re.IGNORECASE)
_RANGING = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))[ \t\r\n]+from[ \t\r\n]+$", re.IGNORECASE)
_PUNCT_LEAD = "([{“\"'‘-–—/"
_NO_MINOR = re.compile(r"[.,][-–—]{1,2}(?![\w-])")
_SPACE_NUMBER = re.compile(r"\d{1,3}(?: \d{3})+(?:,\d{1,2}(?![\d,])|\.\d+)?")  # NUMBER's no-break-space forms
_SPACE_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+(?![\d\u00a0\u202f\u2009'’]|[.,]\d{3})")
# A sign glued to the amount, or "minus"; not the tolerance of "plus or minus 10 yen".
_NEGATIVE = re.compile(r"(?<![^\s(\[:=])(?<!plus or )(?:[-−]|minus[ \t\r\n]+)\Z", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+$", re.IGNORECASE)
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_FOLLOW_WORDS = frozenset({"a", "an", "and", "or", "in", "for", "to", "per", "each", "of", "on", "at", "from", "was", "were",
                           "is", "are", "be", "has", "had", "have", "will", "would", "but", "the", "this", "that", "last"})
_POSSESSIVE = re.compile(r"(?<=[a-z])'s?$", re.IGNORECASE)


@dataclass
class Amount:
    """One monetary amount found in a text (character offsets into that text)."""

    start: int
    end: int
    value: Decimal
    currency: str | None
    qualifier: str = ""
    per: str = ""
    flags: list[str] = field(default_factory=list)
    value_min: Decimal | None = None
    value_max: Decimal | None = None
    # internal: what the parse saw, used when neighbours are resolved
    number: Decimal = Decimal(0)
    scale: Decimal | None = None
    cur: Currency | None = None
    pre: bool = False  # the currency is written before the number ("$300")


@dataclass(frozen=True)
class _Regexes:
    anchor: re.Pattern
    word_anchor: re.Pattern
    digits: re.Pattern
    words: re.Pattern
    glued: re.Pattern
    word: re.Pattern
    percent: re.Pattern
    per: re.Pattern
    each: re.Pattern
    range_gap: re.Pattern
    share_gap: re.Pattern
    convert_gap: re.Pattern
    tail: re.Pattern
    tail_follow: re.Pattern
    qualifier_after: re.Pattern
    per_adverb: re.Pattern


def _alternation(forms) -> str:
    # Longest first, so that "more than" wins over "more" and "hk $" over "$".
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


def _by_first_letter(words) -> str:
    """An alternation of ``words`` grouped by first letter ("o(?:ne)|t(?:hree|wo)"): a pattern that
    starts so lets the regex engine skip ahead to the positions that can start one."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(re.escape(c) + (f"(?:{_alternation(rests)})" if any(rests) else "") for c, rests in sorted(groups.items()))


@lru_cache(maxsize=1)
def _regexes() -> _Regexes:
    lex = money_lexicon()
    number_words = [*lex.number_units, *lex.number_multipliers, *lex.fractions]
    number_words = [w for w in number_words if w not in ("a", "an")]
    nw = _alternation(number_words)
    a_next = _alternation([*lex.fractions, *lex.number_multipliers, *lex.scales, "dozen", *lex.article_units])
    word_num = rf"(?:{nw}|an?(?=(?:{_SPACE}+|-)(?:{a_next})\b))"  # "half a million", "half-a-million"
    digit = "|".join(w for w, v in lex.number_units.items() if isinstance(v, int) and 0 <= v <= 9 and len(w) > 2)
    spelled = (rf"{word_num}(?:(?:{_SPACE}+|{_SPACE}*-{_SPACE}*)(?:and{_SPACE}+)?(?:{word_num}))*"
               rf"(?:{_SPACE}+point(?:{_SPACE}+(?:{digit})\b)+)?\b")  # "one point five billion"
    follow_words = "and|more|less|only|each|now|in|for|to|per|but|or"
    return _Regexes(
        # Two anchor patterns, merged in text order. Digits: the pattern starts with a character class
        # so that the regex engine skips ahead fast; "1 . 8500" is a decimal split by a tokeniser.
        # Not "1988/89", nor an HTML character reference ("Reuter &#3;" ends every Reuters story).
        anchor=re.compile(r"[0-9](?<![0-9.,][0-9])(?<![0-9] \. [0-9])(?<![0-9]/[0-9])(?<!&#[0-9])|\.[0-9]"),
        # Number words (the lexicons are lower case): searched in the lower-cased text, as a case-blind
        # regex is much slower. No leading \b, which would stop the engine from skipping ahead to the
        # letters that can start one: find_amounts drops the matches inside a word ("someone").
        word_anchor=re.compile(rf"(?:{_by_first_letter(number_words)}|an?(?=(?:{_SPACE}+|-)(?:{a_next})\b))\b"),
        digits=re.compile(NUMBER),
        words=re.compile(spelled, re.IGNORECASE),
        glued=re.compile(r"[^\s\d.,;:!?()\[\]{}\"'“”‘’/\-–—%]+"),
        word=re.compile(rf"{_SPACE}*(?:[-–]{_SPACE}*)?({WORD})"),
        percent=re.compile(rf"{_SPACE}*(?:%|pct\b|percent\b|per{_SPACE}+cent\b|percentage\b|basis\b|bps\b)", re.IGNORECASE),
        per=re.compile(
            rf"{_SPACE}*(?:[-–]{_SPACE}*)?(?:a|an|per|each|/){_SPACE}*(?:[-–]{_SPACE}*)?({_alternation(lex.per_units)})\b"
            rf"(?!{_SPACE}+(?:earlier|ago|before|later|after|previously)\b)",
            re.IGNORECASE,
        ),
        each=re.compile(rf"{_SPACE}+(?:each|apiece)\b(?!{_SPACE}+(?:{_alternation(lex.per_units)})\b)", re.IGNORECASE),
        range_gap=re.compile(rf"^{_SPACE}*(?:-|–|—|to|and|-to-){_SPACE}*$", re.IGNORECASE),
        # What may stand between an amount and a bare scaled number that takes its currency: a link
        # word, after the amount's time ("125 billion dlrs in 1987 and 115 billion in 1988", "434,682
        # billion lire last year from 423,064 billion") and before a qualifying word ("from an
        # estimated record 87.47 billion").
        share_gap=re.compile(
            rf"^{_SPACE}*(?:(?:(?:in|for|during){_SPACE}+(?:fiscal{_SPACE}+)?(?:19|20)\d\d(?:/\d\d)?|last{_SPACE}+year"
            rf"|this{_SPACE}+year|a{_SPACE}+year{_SPACE}+(?:earlier|ago)){_SPACE}*)?"
            rf"(?:,{_SPACE}*)?(?:(?:up|down){_SPACE}+from|from|vs\.?|versus|against|compared{_SPACE}+(?:with|to)|and|or|to|,){_SPACE}*"
            rf"(?:(?:an?|the){_SPACE}+)?(?:(?:estimated|revised|record|actual|provisional){_SPACE}+)*$",
            re.IGNORECASE,
        ),
        convert_gap=re.compile(rf"^{_SPACE}*(?:\(|\[|/|,?{_SPACE}*or|,?{_SPACE}*equivalent{_SPACE}+to|,?{_SPACE}*worth){_SPACE}*$", re.IGNORECASE),
        tail=re.compile(
            rf"{_SPACE}+(?:and{_SPACE}+)?(\d{{1,2}}(?![\d.,]\d)|{word_num}(?:(?:{_SPACE}+|-)(?:{word_num}))*\b)", re.IGNORECASE
        ),
        tail_follow=re.compile(rf"{_SPACE}*(?:$|[.,;:!?)\]]|(?:{follow_words})\b)", re.IGNORECASE),
        # "plus" qualifies only at the end of a phrase: "$5 billion plus interest" adds something
        per_adverb=re.compile(rf"{_SPACE}+({_alternation(lex.per_adverbs)})\b", re.IGNORECASE),
        qualifier_after=re.compile(
            rf"(?:{_SPACE}+|(?=-))({_alternation(f for f in lex.qualifiers_after if f != 'plus')}|plus(?={_SPACE}*(?:$|[.,;:!?)\]])))\b",
            re.IGNORECASE,
        ),
    )


def _lookup(table: dict[str, Currency], surface: str) -> Currency | None:
    """Exact form first (codes are case-sensitive: ALL is no currency), then the lookup key."""
    for form in (surface, surface.rstrip(".")):
        cur = table.get(form) or table.get(key(form))
        if cur is not None:
            return cur
    return None


def _next_word(text: str, pos: int, rx: _Regexes) -> str:
    """The word after ``pos``, lower case, without a full stop."""
    m = rx.word.match(text, pos)
    return m.group(1).lower().rstrip(".") if m else ""


def _words_after(text: str, pos: int, n: int, rx: _Regexes) -> list[re.Match]:
    out = []
    while len(out) < n:
        m = rx.word.match(text, pos)
        if not m or not m.group(1).strip("."):  # a lone full stop ends the phrase
            break
        out.append(m)
        pos = m.end()
    return out


def _starts_post(word: str, lex: MoneyLexicon) -> bool:
    """Can a currency form written after a number start with ``word``? (a cheap first test)"""
    bare = word.rstrip(".")
    return bool(bare) and bool({word, word.lower(), bare, bare.lower()} & lex.post_heads)


def _may_follow(word: str, lex: MoneyLexicon) -> bool:
    """Can ``word``, the first after a number, start a currency form or be a scale word?"""
    return word.rstrip(".").lower() in lex.attached_scales or _starts_post(word, lex)


def _read_post(text: str, pos: int, lex: MoneyLexicon, rx: _Regexes):
    """The longest currency form starting after ``pos``: (Currency, end, surface) or None."""
    first = rx.word.match(text, pos)
    if first is None or _BREAK.search(text, pos, first.start(1)):
        return None  # a currency never starts after a paragraph break or a list bullet
    word = _POSSESSIVE.sub("", first.group(1))
    if not _starts_post(word, lex):
        return None  # cheap test first: no currency form starts with this word
    longest = lex.post_lengths.get(word.lower(), 1)  # words in the longest form that starts so
    words = [first, *_words_after(text, first.end(), longest - 1, rx)]
    glued = first.start(1) == pos  # "470p": forms valid only glued to the number
    for k in range(len(words), 0, -1):
        end = words[k - 1].end(1)
        surface = text[first.start(1):end]
        possessive = _POSSESSIVE.search(surface)
        if possessive:  # "15 mln dlrs' worth", "a dollar's worth"
            surface, end = surface[:possessive.start()], end - len(possessive.group())
        cur = _lookup(lex.post, surface) or (_lookup(lex.attached_post, surface) if k == 1 and glued else None)
        if cur is not None:
            if surface.endswith("."):
                end -= 1  # the sentence's full stop, not part of "dlrs."
            return cur, end, surface.rstrip(".")
    return None


def _last_chunk(text: str, lo: int, hi: int) -> tuple[int, str]:
    """(start, text) of the last whitespace-separated chunk of text[lo:hi] (hi after any spaces)."""
    body = text[lo:hi].rstrip()
    cut = max(body.rfind(" "), body.rfind("\n"), body.rfind("\t"), body.rfind("\r")) + 1
    return lo + cut, body[cut:]


def _read_pre(text: str, pos: int, floor: int, lex: MoneyLexicon):
    """Currency written before the number at ``pos``: (Currency, start) or None."""
    lo = max(floor, pos - 16)
    last_start, last = _last_chunk(text, lo, pos)
    if last_start == lo and lo > floor and not text[lo - 1].isspace():
        return None  # the window starts inside a word: "SEARS 4.9" is no "ARS 4.9"
    stripped = last.lstrip(_PUNCT_LEAD)
    if not stripped or (stripped not in lex.pre_tails and stripped.lower() not in lex.pre_tails):
        return None  # cheap test first: most numbers have no currency before them
    glued = not text[pos - 1:pos].isspace()
    offset = last_start + (len(last) - len(stripped))
    if stripped == last and last_start > lo:
        prev_start, prev = _last_chunk(text, lo, last_start)
        if prev_start == lo and lo > floor and not text[lo - 1].isspace():
            prev = ""  # cut inside a word
        prev_stripped = prev.lstrip(_PUNCT_LEAD)
        cur = lex.pre.get(key(prev_stripped + " " + stripped)) if prev_stripped else None
        if cur is not None:
            return cur, prev_start + (len(prev) - len(prev_stripped))
    cur = lex.pre.get(stripped) or lex.pre.get(key(stripped))
    if cur is None and glued:
        cur = lex.attached_pre.get(stripped)
    return (cur, offset) if cur is not None else None


def _is_year_like(value: Decimal, number_text: str) -> bool:
    return number_text.isdigit() and len(number_text) == 4 and 1800 <= value <= 2100


@dataclass
class _Number:
    value: Decimal
    text: str
    end: int
    glued_scale: Decimal | None = None  # "1.5bn"
    glued_cur: Currency | None = None  # "115USD", "100元", "470p"
    high: Decimal | None = None  # a quote's offer: "151.50/60 yen", "229/230 dlrs"


def _fraction(numerator: str, denominator: str) -> Decimal:
    """N/D to ten decimal places, as the spelled fractions are ("8-1/3 cts" is 8.3333333333 cts)."""
    return (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("1e-10")).normalize()


def _quote_high(low: str, tail: str) -> Decimal | None:
    """The offer of a quote written "bid/tail": the tail replaces the bid's last digits ("151.50/60"
    is 151.60), or is a whole number of the bid's length ("229/230"). None when it is neither."""
    if "." in low:
        decimals = low.split(".", 1)[1]
        if not low.replace(".", "").isdigit() or len(tail) > len(decimals):
            return None
        return Decimal(low[: len(low) - len(tail)] + tail)
    if low.isdigit() and len(tail) == len(low) and not (len(low) == 4 and low[:2] in ("19", "20")):
        return Decimal(tail)  # not "1987/88", a fiscal year
    return None


def _of_a_end(text: str, end: int, lex: MoneyLexicon, rx: _Regexes) -> int | None:
    """After a fraction, the end of "of a" when a scale or a unit follows it ("3/4 of a cent",
    "a quarter of a billion"), else None."""
    of_a = _OF_A.match(text, end)
    if of_a is None:
        return None
    after = _next_word(text, of_a.end(), rx)
    return of_a.end() if after in lex.scales or after in lex.article_units else None


def _read_number(text: str, p: int, floor: int, lex: MoneyLexicon, rx: _Regexes,
                 spaced: bool = False) -> tuple[_Number | None, int]:
    """The number at ``p`` in digits (with anything glued to it) or words; (None, end) if none.
    ``spaced``: read thousands grouped by plain spaces too ("12 000")."""
    if text[p].isdigit() or text[p] == ".":
        m = (_SPACE_NUMBER if spaced else rx.digits).match(text, p)
        value = parse_number(m.group().replace(" ", "\u00a0")) if spaced else number_value(m.group())
        number = _Number(value, m.group(), m.end())
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
            number.end = _of_a_end(text, number.end, lex, rx) or number.end
        quote = _QUOTE.match(text, m.end()) if number.end == m.end() and number.value is not None else None
        if quote is not None and (quote.group(1) or len(m.group().partition(".")[2]) >= 2):
            # "151.50/60 yen", "137.80-85 yen", "229/230 dlrs", "72/78 mln": a bid and an offer
            high = _quote_high(m.group(), quote.group(1) or quote.group(2))
            if high is not None and high > number.value:
                number.high, number.end = high, quote.end()
        g = rx.glued.match(text, number.end)
        if g:
            suffix = g.group()
            number.glued_scale = lex.attached_scales.get(suffix.lower())
            if number.glued_scale is None:
                number.glued_cur = _lookup(lex.post, suffix) or lex.attached_post.get(suffix)
            if number.glued_scale is None and number.glued_cur is None:
                for cut in range(1, len(suffix)):  # "1.5bnUSD"
                    scale, cur = lex.attached_scales.get(suffix[:cut].lower()), _lookup(lex.post, suffix[cut:])
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
            elif (half := _AND_FRACTION.match(text, number.end)) is not None:  # "1 and a half million dollars"
                number.value += lex.fractions[half.group(1).lower()]
                number.end = half.end()
        glued_before = p > 0 and (text[p - 1].isalnum() or text[p - 1] in "_±"
                                  or _CODE_DASH.search(text, max(0, p - 7), p) is not None)
        if glued_before and _read_pre(text, p, floor, lex) is None:
            return None, number.end  # "A380", "FY2024", "±0.01": only a currency may be glued before a number
    else:
        m = rx.words.match(text, p)
        if not m:
            return None, p + 1
        words = [w for w in re.split(r"[\s\-]+", m.group().lower()) if w]
        if all(w in lex.number_multipliers for w in words):
            return None, m.end()  # "several hundred dollars", "a few hundred": no number before "hundred"
        number = _Number(parse_number_words(words), m.group(), m.end())
        of_a = _of_a_end(text, m.end(), lex, rx) if words[-1] in lex.fractions else None
        if of_a is not None:
            number.end = of_a  # "a quarter of a billion dollars", "three quarters of a million", "half of a dollar"
        elif all(w in lex.fractions or w in ("a", "an") for w in words):
            following = _next_word(text, m.end(), rx)
            if following not in lex.scales and following not in lex.article_units:
                return None, m.end()  # "half", "a quarter" are money only before a scale; "a dollar" is
            before = text[max(0, p - 20):p].split()[-1:]
            if following in lex.article_units and before and (before[0][-1].isdigit() or _lookup(lex.post, before[0])):
                return None, m.end()  # "20 cents a pound": a rate's unit, not an amount
    if number.value is None:
        return None, number.end
    if number.glued_scale is None and number.glued_cur is None and rx.percent.match(text, number.end):
        return None, number.end
    return number, number.end


def _accept_post(text: str, cur: Currency, end: int, surface: str, number: _Number, start: int,
                 pre_cur: Currency | None, has_scale: bool, lex: MoneyLexicon, rx: _Regexes) -> bool:
    """May the currency form read after a number be taken as that number's currency?"""
    if cur.kind == "name" and _COMPOUND.match(text, end) and _next_word(text, end, rx) not in lex.compound_ok:
        return False  # "a euro-commercial paper programme", "13 Euro-MTN programs": a modifier, not money
    if (cur.kind == "name" and not has_scale and pre_cur is None and _is_year_like(number.value, number.text)
            and not surface.lower().endswith("s")):
        return False  # "its June 1985 Swiss franc bond": a year before a singular name
    if cur.kind in ("code", "symbol"):
        has_pre = pre_cur is not None and not (pre_cur.family == "dollar" and cur.kind == "code")  # "$12.990 CLP"
        if has_pre or text[end:end + 1].isdigit():
            return False  # "rmb 10 usd 20", "3 USD50": the code belongs to the next number
        spaced = _SPACED_DIGIT.match(text, end)
        if spaced is not None:
            nxt = rx.digits.match(text, spaced.end() - 1)
            nxt_post = _read_post(text, nxt.end(), lex, rx) if nxt else None
            if nxt_post and nxt_post[0].kind == "name":
                return False  # "1 $ 10 dollars": the $ opens "$ 10 dollars"
    guard = lex.verb_guards.get(key(surface))
    if guard is not None and not has_scale:  # "won", "mark", "pound" are also ordinary words
        nxt_word = rx.word.match(text, end)
        before = text[max(0, start - 5):start].lower().split()
        if (_is_year_like(number.value, number.text.replace(",", ""))
                or (nxt_word and nxt_word.group(1).lower().rstrip(".") in guard) or before[-1:] == ["the"]):
            return False
    return True


@lru_cache(maxsize=1)
def _units_of() -> re.Pattern:
    """A weight unit followed by "of" and the word after it ("pounds of copper")."""
    lex = money_lexicon()
    return re.compile(rf"\b(?:{_alternation(lex.weight_units)})[ \t\r\n]+of[ \t\r\n]+([^\W\d_]+)", re.IGNORECASE)


def _is_weight(text: str, start: int, end: int, has_scale: bool, lex: MoneyLexicon, rx: _Regexes) -> bool:
    """"265 mln pounds of copper", "it weighs less than 50 pounds": pounds of weight, not money.
    After "of" only a money word keeps them money ("5 mln pounds of funding"), and so in the rest of
    the sentence. A weight noun earlier in the sentence ("capacity", "output") makes them weight
    unless a money word is there too ("production costs"). A weight verb in the three words before
    counts only without a scale word ("lost 5 million pounds" is money)."""
    of = _words_after(text, end, 2, rx)
    if len(of) == 2 and of[0].group(1).lower() == "of" and of[1].group(1).lower().rstrip("'.") not in lex.money_words:
        return True
    before = text[max(0, start - 200):start]
    sentence = before[max(before.rfind(". "), before.rfind(".\n")) + 1:]
    if any(m.group(1).lower() not in lex.money_words for m in _units_of().finditer(sentence)):
        return True  # "output of 400 mln pounds of fiber from 350 mln pounds": the sentence weighs
    words = {w.strip(",;:()\"'").lower() for w in sentence.split()}
    if words & lex.weight_nouns and not words & lex.money_words:
        return True  # "raise capacity to 600 mln pounds a year"; not "production costs of 5 mln pounds"
    return not has_scale and any(w.lower() in lex.weight_verbs for w in before.split()[-3:])


def _parse_at(text: str, p: int, floor: int, lex: MoneyLexicon, rx: _Regexes) -> tuple[Amount | None, int]:
    """Parse one amount whose number starts at ``p``. Returns (amount or bare number, end)."""
    spaced = _SPACE_GROUPED.match(text, p)
    if spaced is not None and not _MONTH_BEFORE.search(text, max(0, p - 12), p):
        amount = _parse_space_grouped(text, p, floor, lex, rx)
        if amount is not None:
            return amount, amount.end
    return _parse_plain(text, p, floor, lex, rx)


def _parse_space_grouped(text: str, p: int, floor: int, lex: MoneyLexicon, rx: _Regexes) -> Amount | None:
    """"12 000 euros", "€ 1 299": thousands grouped by plain spaces, read as such only right next to
    a currency and flagged ``space_grouped``. Not after a month ("July 6 100 dlrs"), not before a
    scale word, and a singular name before a noun is a count and a price ("5 100 dollar bills")."""
    amount, q = _parse_plain(text, p, floor, lex, rx, spaced=True)
    if amount is None or amount.cur is None or amount.scale is not None:
        return None  # "31 747 mln dlrs" is a day and an amount
    if not amount.pre and amount.cur.kind == "name" and text[q - 1:q] != "s":
        following = rx.word.match(text, q)
        noun = following.group(1) if following is not None else ""
        if noun[:1].islower() and noun.lower() not in _FOLLOW_WORDS:
            return None
    amount.flags.append("space_grouped")
    return amount


def _parse_plain(text: str, p: int, floor: int, lex: MoneyLexicon, rx: _Regexes,
                 spaced: bool = False) -> tuple[Amount | None, int]:
    number, q = _read_number(text, p, floor, lex, rx, spaced)
    if number is None:
        return None, q
    value = number.value
    pre = _read_pre(text, p, floor, lex)
    if pre is None and number.glued_scale is None and number.glued_cur is None:
        w = rx.word.match(text, q)
        if w is None or not _may_follow(w.group(1), lex):  # most numbers: no currency or scale around
            return Amount(start=p, end=q, value=value, currency=None, number=value), q
    start, pre_cur = (pre[1], pre[0]) if pre else (p, None)
    factors: list[Decimal] = [number.glued_scale] if number.glued_scale else []

    def read_scales(pos: int) -> int:
        while (w := rx.word.match(text, pos)) is not None:
            f = lex.scales.get(w.group(1).lower().rstrip("."))
            letter = w.group(1).lower()
            if f is None and letter in lex.attached_scales and (pre_cur is not None or _read_post(text, w.end(1), lex, rx)):
                f = lex.attached_scales[letter]  # "£ 300 k", "15 k usd": a spaced "k" beside a currency
            if f is None:
                break
            factors.append(f)
            pos = w.end(1) - (1 if w.group(1).endswith(".") else 0)  # "mln." ends a sentence
        return pos

    post_cur = number.glued_cur
    if post_cur is None:
        q = read_scales(q)
        half = _AND_FRACTION.match(text, q) if factors and value == int(value) else None
        if half is not None:  # "a billion and a half dollars"
            value += lex.fractions[half.group(1).lower()]
            q = half.end()
        post = _read_post(text, q, lex, rx)
        if post is None and factors and text.startswith(".", q):
            # "1,5 Mio. EUR": a code or sign after an abbreviated scale; after "Mio." and "Mrd.", which
            # are never written without their dot, a name too ("2,5 Mrd. Euro")
            after_dot = _read_post(text, q + 1, lex, rx)
            dotted = text[max(0, q - 3):q].lower() in ("mio", "mrd")
            post = after_dot if after_dot is not None and (after_dot[0].kind in ("code", "symbol") or dotted) else None
        if (pre_cur is None and post is not None and key(post[2]) in lex.weight_units
                and _is_weight(text, start, post[1], bool(factors), lex, rx)):
            return None, post[1]  # a weight, which must not share a currency with a neighbour either
        if post is not None and _accept_post(text, post[0], post[1], post[2], number, start, pre_cur,
                                             bool(factors), lex, rx):
            post_cur, q = post[0], post[1]
            if not factors:
                q = read_scales(q)  # "75 USD million"
    if pre_cur is not None and pre_cur.kind == "name" and not factors:
        pre_cur, start = None, p  # "dollar 22.5 million" only with a scale word
    cur = pre_cur or post_cur
    if pre_cur is not None and post_cur is not None and post_cur.kind in ("name", "code") and pre_cur.kind == "symbol":
        cur = pre_cur if not pre_cur.assumed else post_cur  # "$ 10 dollars", "C$ 5 Canadian dollars", "$12.990 CLP"
    if cur is not None and not factors and cur.code in lex.whole_unit_codes and _DOT_THOUSANDS.fullmatch(number.text):
        value = Decimal(number.text.replace(".", ""))  # "Rp 15.000", "¥1.000": a currency without minor units

    factor, scale_flags = collapse_scales(factors, number.text)
    amount = Amount(start=start, end=q, value=value * factor, currency=None, flags=list(scale_flags),
                    number=value, scale=factor if factors and factor != 1 else None, cur=cur,
                    pre=cur is not None and cur is pre_cur)
    if cur is None:
        return amount, q
    if not factors and cur.kind != "subunit" and value == value.to_integral_value():
        q = _minor_tail(text, amount, post_cur is not None, lex, rx)
    amount.value *= cur.factor
    amount.currency = cur.code
    if cur.assumed:
        amount.flags.append("currency_assumed")
    if number.high is not None:  # a quoted bid and offer read as a range
        amount.value_min, amount.value_max = amount.value, number.high * factor * cur.factor
        amount.flags.append("range")
    return amount, q


def _minor_tail(text: str, amount: Amount, named_after: bool, lex: MoneyLexicon, rx: _Regexes) -> int:
    """Add a minor-unit tail to ``amount``: "3 dollars 50 cents", "thirteen dollars and forty-five",
    "c $ 100 and fifty", "a dollar and a half". Returns the new end."""
    t = rx.tail.match(text, amount.end)
    if not t or not (named_after or not t.group(1)[0].isdigit()):
        return amount.end
    minor = parse_number(t.group(1))
    end = t.end()
    sub = _read_post(text, end, lex, rx)
    unit = Decimal("0.01")  # a bare tail counts cents: "thirteen dollars forty-five"
    if sub and sub[0].kind == "subunit":
        end, unit = sub[1], sub[0].factor  # "5 mao" is 0.5 yuan, "50 cents" 0.5 dollars
    elif sub or not rx.tail_follow.match(text, end):
        return amount.end
    if minor is None or minor * unit >= 1:
        return amount.end
    # a fraction ("and a half") is added as it is
    amount.value += minor if minor != minor.to_integral_value() else minor * unit
    if unit == Decimal("0.1"):  # "one kuai and five mao five": the last five is fen
        t2 = rx.tail.match(text, end)
        last = parse_number(t2.group(1)) if t2 and rx.tail_follow.match(text, t2.end()) else None
        if last is not None and last < 10 and last == last.to_integral_value():
            amount.value += last * Decimal("0.01")
            end = t2.end()
    amount.end = end
    return end


_CHUNK = re.compile(r"\S+")


def _phrases_before(text: str, end: int) -> list[tuple[str, int]]:
    """The last one to four words right before ``end`` (only spaces between), longest first, as
    (lower-cased phrase, start): the candidates for a qualifier, looked up instead of searched."""
    if not text[end - 1:end].isspace():
        return []
    out = []
    for m in list(_CHUNK.finditer(text, max(0, end - 40), end))[-4:]:
        raw = text[m.start():end]
        phrase = raw.lstrip(_PUNCT_LEAD).lstrip()  # "' up to": a lone quote before the words
        out.append((" ".join(phrase.lower().split()), m.start() + len(raw) - len(phrase)))
    return out


def _qualify(text: str, amount: Amount, lex: MoneyLexicon, rx: _Regexes) -> None:
    """A qualifier written right before the amount: "more than" joins the mention; a verb such
    as "exceeded" qualifies it without joining it. One written after it joins the mention too
    ("$5 billion or more") and counts when none stands before ("about 5 bln yen or more" is approx)."""
    after = rx.qualifier_after.match(text, amount.end)
    if after is not None:
        amount.qualifier, amount.end = lex.qualifiers_after[key(after.group(1))], after.end()
    last = text[max(0, amount.start - 40):amount.start].rsplit(None, 1)[-1:]
    if not last or (last[0].lower() not in lex.qualifier_tails
                    and last[0].lstrip(_PUNCT_LEAD).lower() not in lex.qualifier_tails):
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


def _rate(text: str, amount: Amount, lex: MoneyLexicon, rx: _Regexes) -> None:
    m = rx.each.match(text, amount.end)
    if m:
        amount.per = "each"
        amount.end = m.end()
        return
    m = rx.per.match(text, amount.end)
    if m:
        amount.per = lex.per_units[key(m.group(1))]
    elif (m := rx.per_adverb.match(text, amount.end)) is not None:  # "$5 million annually"
        amount.per = lex.per_adverbs[key(m.group(1))]


def _merge_neighbours(text: str, found: list[Amount], lex: MoneyLexicon, rx: _Regexes) -> list[Amount]:
    """Ranges and shared currencies; bare numbers not linked to money are dropped."""
    out: list[Amount] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        gap = text[a.end:b.start] if b else ""
        if b is not None and b.cur is not None and rx.range_gap.match(gap):
            word = gap.strip().lower().strip("-") or "-"  # "8.25-to-8.50 dlrs" reads as "to"
            between = _between_start(text, a.start)
            # "2 to 3 billion dlrs" and "$2m-$3m" are ranges; "rose 1.20 dlrs to 19.80 dlrs" is a change
            ranging = word == "to" and _RANGING.search(text, max(0, a.start - 30), a.start) is not None
            # "$20 to $30 billion": the scale written once belongs to both bounds
            shared_scale = (a.cur is not None and a.pre and b.pre and a.scale is None and b.scale is not None
                            and a.number < b.number)
            if shared_scale and word == "to" and not ranging and text[max(0, a.start - 5):a.start].lower().rstrip().endswith("from"):
                # "rose from $5 to $7 million" is a change: two amounts, both in millions
                a.value, a.scale = a.number * b.scale * a.cur.factor, b.scale
                a.flags.append("scale_shared")
                out.append(a)
                i += 1
                continue
            # A bare number before "to": the bounds of a range, unless it is a change and then the
            # new level ("rose 1/4 to 14 dlrs", "reserves rose 200 mln to 11.9 billion guilders": a
            # change word before it and a level more than 4 times as large; without a change word
            # more than 20 times, "Model 50 to 3,995 dlrs"), or a year ("in 1986 to 66.7 mln dlrs").
            # Bounds of one size stay a range ("cattle climbed 0.50 to 1.00 dlr", "2 to 3 bln").
            changed = False
            if a.cur is None and word == "to" and not ranging:
                lo = a.number * (a.scale or b.scale or 1)
                hi = b.number * (b.scale or 1)
                changed = (hi > 20 * lo or (hi > 4 * lo and _change_before(text, a.start))
                           or (a.scale is None and _is_year_like(a.number, text[a.start:a.end])))
            # "rose on Feb 25 to 4.151 billion dlrs": a day of the month is no bound
            dated = a.cur is None and _MONTH_BEFORE.search(text, max(0, a.start - 12), a.start) is not None
            # "an increase in profits from 116 to 217 mln bolivars": an old level and a new one
            from_level = (a.cur is None and word == "to" and not ranging and not dated
                          and text[max(0, a.start - 5):a.start].lower().rstrip().endswith("from")
                          and not _is_year_like(a.number, text[a.start:a.end]))
            from_change = from_level and _change_in_clause(text, a.start)
            is_range = not dated and not from_change and ((word == "and" and between is not None)
                                      or (word == "to" and not changed and (a.cur is None or ranging or shared_scale))
                                      or word in ("-", "–", "—"))
            same = a.cur is None or a.currency == b.currency
            lo = None
            if a.cur is None:
                scale = a.scale if a.scale is not None else (b.scale or Decimal(1))
                lo = a.number * scale * b.cur.factor
                if lo > b.value and a.scale is None and "," in text[a.start:a.end]:
                    lo = a.number * b.cur.factor  # "500,000 to one mln dlrs": written out, the scale is not shared
            elif shared_scale:
                lo = a.number * b.scale * a.cur.factor
            elif a.currency == b.currency:
                lo = a.value
            if (is_range and same and a.qualifier in ("", b.qualifier) and lo is not None and lo <= b.value
                    and (a.cur is not None or a.value < b.number * (b.scale or 1) or b.scale is not None)):
                start = a.start if between is None else between
                merged = replace(
                    b, start=start, value=lo, value_min=lo, value_max=b.value, qualifier="",
                    flags=sorted(set(a.flags) | set(b.flags) | {"range"}),
                )
                _qualify(text, merged, lex, rx)  # "about 14 to 16 mln dlrs"
                out.append(merged)
                i += 2
                continue
            if from_level and lo is not None and (lo > b.value or from_change):
                # A change from an old level to a new one: "lowered from 3.450 to 1.350 billion dlrs" (a
                # fall), "an increase in profits from 116 to 217 mln bolivars". The old level is an
                # amount of its own, with the new one's currency, rate ("from 17 to 18 dlrs a barrel")
                # and, when it has none, scale.
                old = a if a.scale is not None or b.scale is None else replace(a, value=a.number * b.scale, scale=b.scale,
                                                                               flags=[*a.flags, "scale_shared"])
                out.append(_inherit(replace(old, per=b.per), b))
                i += 1
                continue
        if (b is not None and a.cur is None and a.scale is not None and b.cur is not None and _COMPOUND_GAP.match(gap)
                and (b.scale or 1) * max(b.number, 1) < a.scale
                and ((text[a.start].isalpha() and text[b.start].isalpha()
                      and (b.scale is not None or "hundred" in text[b.start:b.end].lower() or "and" in gap.lower()))
                     or (text[a.start].isdigit() and text[b.start].isdigit() and b.scale is not None
                         and a.number == int(a.number)))):
            # "two million five hundred thousand dollars", "one thousand and one dollars", "3 lakh 50
            # thousand rupees": one number. Not
            # "eight mln two dlr warrants" or "seven mln 50-cent shares": a count, then a price.
            value = a.number * a.scale * b.cur.factor + b.value
            out.append(replace(b, start=a.start, value=value, flags=sorted(set(a.flags) | set(b.flags))))
            i += 2
            continue
        if b is not None and a.pre and a.scale is None and b.cur is None and rx.range_gap.match(gap):
            merged = _scaled_range(text, a, b, lex, rx)  # "$300-400 million", "$5-10"
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        if a.cur is None:
            source = _currency_source(text, a, b, gap, out, lex, rx) if a.scale is not None else None
            if source is not None:
                out.append(_inherit(a, source))
            i += 1
            continue
        out.append(a)
        i += 1
    return out


@lru_cache(maxsize=1)
def _change_words() -> frozenset[str]:
    return frozenset(load_json("years.json")["comparison_cues"]["change_words"])


_COMPARE_WORDS = frozenset({"pct", "percent", "%", "more", "less"})


def _change_before(text: str, start: int) -> bool:
    """Is one of the two words right before ``start`` a change word ("rose", "fell around")?"""
    return any(w.lower() in _change_words() for w in text[max(0, start - 20):start].split()[-2:])


def _change_in_clause(text: str, start: int) -> bool:
    """Does a change word ("rose", "an increase in") stand in the clause before ``start``, with no
    number between them? Not after "risen to about 50 stg", whose "from 25 to 30 stg" is the old
    level's range; and not "pct" or "more", which compare rather than change."""
    window = text[max(0, start - 60):start]
    clause = window[max(window.rfind(","), window.rfind(";"), window.rfind(". ")) + 1:]
    words = clause.split()
    changes = [i for i, w in enumerate(words) if w.lower() in _change_words() and w.lower() not in _COMPARE_WORDS]
    return bool(changes) and not any(c.isdigit() for w in words[changes[-1] + 1:] for c in w)


def _between_start(text: str, start: int) -> int | None:
    """Where "between" begins when it stands right before ``start`` (a range's first bound), else None."""
    before = text[max(0, start - 12):start].lower()
    if not before.rstrip().endswith("between"):
        return None
    return start - (len(before) - before.rstrip().rfind("between"))


def _scaled_range(text: str, a: Amount, b: Amount, lex: MoneyLexicon, rx: _Regexes) -> Amount | None:
    """"$300-400 million", "US$ 3 to 4 billion", "between $3 and 4 billion", "$5-10": the currency is
    written before the first number and any scale after the second; both bounds take both. Without
    a scale, only a dash or "between ... and" makes a range ("rose $5 to 10" may be a change)."""
    between = _between_start(text, a.start)
    word = text[a.end:b.start].strip().lower()
    dash = word in ("-", "–", "—")
    if not (dash or (word == "to" and b.scale is not None) or (word == "and" and between is not None)):
        return None
    scale = b.scale if b.scale is not None else Decimal(1)
    lo, hi = (a.number * scale * a.cur.factor, b.number * scale * a.cur.factor)
    if not lo < hi:
        return None
    start = a.start if between is None else between
    merged = replace(a, start=start, end=b.end, value=lo, value_min=lo, value_max=hi, scale=b.scale,
                     flags=sorted(set(a.flags) | set(b.flags) | {"range"}))
    _rate(text, merged, lex, rx)  # "$3-4 million a year"
    return merged


# The space after a number, on its line or across a wrapped line ("756 mln\nloss"), never across a
# paragraph break (a blank line, or a line break before indentation as in newswire archives).
_WRAP = r"(?:[ \t]*\r?\n(?![ \t]*\r?\n|[ \t]{2}))?[ \t]*"
_NEXT_WORD = re.compile(rf"(?=[ \t\r\n]){_WRAP}([^\W\d_]+)")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[A-Z\"“(]|\n[ \t]*\n|\n[ \t]{2}")
_AFTER_SHARED = re.compile(rf"{_WRAP}(?:$|[.,;:)]|(?:in|at|on|by|from|to|for|and|or|over|against|compared|while|a|an|the|last|this"
                           r"|earlier|previously|before|ago|during)\b)", re.IGNORECASE)


def _currency_source(text: str, a: Amount, b: Amount | None, gap: str, out: list[Amount], lex: MoneyLexicon,
                     rx: _Regexes) -> Amount | None:
    """The amount whose currency the bare scaled number ``a`` takes: ``b`` right after it ("5.2 mln
    from 4.8 mln dlrs"), else the amount before it (``out[-1]``) across a link word or further on in
    its sentence; or None. ``gap`` is the text between ``a`` and ``b``."""
    # "30.9 billion, or 4.5 billion dlrs" restates the number in another currency; "16.6 mln, or 40
    # cts a share" divides it by the shares, in the same one
    restated = b is not None and not b.per and _RESTATED.match(gap) is not None
    if b is not None and b.cur is not None and not restated and rx.share_gap.match(gap):
        return b
    if not out:
        return None
    prev, prev_gap = out[-1], text[out[-1].end:a.start]
    if (len(out) > 1 and out[-2].cur is not None and prev.currency != out[-2].currency
            and rx.convert_gap.match(text[out[-2].end:prev.start])):
        prev = out[-2]  # "32.7 billion crowns, or 4.8 billion dlrs, up from 30.9 billion": crowns
    if (prev.cur is not None and not _cents_beside_millions(a, prev)  # "5.95 mln Minora Resources at 23 cents"
            and (rx.share_gap.match(prev_gap) or _later_in_sentence(text, prev_gap, a.end, lex))):
        return prev
    return None


def _later_in_sentence(text: str, gap: str, end: int, lex: MoneyLexicon) -> bool:
    """May a scaled number further on in the sentence take the amount's currency ("rose 185 mln stg
    in February while deposits rose by 43 mln.", "compared with 277 mln in December")? Only within
    150 characters, with no sentence break between, with nothing right after it that it could count
    but a money word ("a restated 756 mln loss"; "20.9 mln Dome Mines shares" is left alone), and
    with no count noun in the gap or in the 40 characters after it ("a labour force of 6.7 mln", "a
    quota of 3.0 mln from 2.45 mln 60-kilo bags")."""
    if len(gap) > 150 or _SENTENCE_BREAK.search(gap):
        return False
    if _AFTER_SHARED.match(text, end) is None:  # else only a money noun may follow: "a restated 756 mln loss"
        nxt = _NEXT_WORD.match(text, end)
        if nxt is None or nxt.group(1).lower() not in lex.money_words or nxt.group(1).lower() in lex.count_nouns:
            return False
    around = f"{gap} {text[end:end + 40]}".lower()
    return not any(w.strip(".,;:()'\"") in lex.count_nouns for w in around.split())


def _cents_beside_millions(bare: Amount, source: Amount) -> bool:
    """A scaled number beside a price in cents ("16.6 mln, or 40 cts a share", "5.95 mln Minora
    Resources at 23 cents"): millions of cents are never meant."""
    return source.cur.kind == "subunit" and bare.scale is not None and source.scale is None


def _inherit(bare: Amount, source: Amount) -> Amount:
    cur = source.cur
    if _cents_beside_millions(bare, source):
        cur = replace(cur, kind="name", factor=Decimal(1))  # "16.6 mln, or 40 cts a share": 16.6 mln dollars
    return replace(
        bare, cur=cur, currency=cur.code, value=bare.value * cur.factor,
        flags=sorted(set(bare.flags) | {"currency_shared"} | ({"currency_assumed"} if cur.assumed else set())),
    )


def _resolve_families(found: list[Amount], lex: MoneyLexicon) -> None:
    """A bare "$", "dollars", "pounds", "francs", ... keeps its default (USD, GBP, FRF, ...) unless the
    article names exactly one currency of that family explicitly, which it then takes: "5 mln Swiss
    francs ... 3 mln francs", "28 Egyptian pounds a ton, instead of 7.5 pounds"."""
    for family, codes in lex.family_codes.items():
        members = [a for a in found if a.cur is not None and a.cur.family == family]
        if not members:
            continue
        explicit = [a for a in found if a.cur and a.cur.family is None and not a.cur.assumed and a.currency in codes]
        # Amounts in dollars decide before amounts in cents: "1.25 billion Canadian dlrs ... worth 76.85
        # U.S. cts" is a Canadian article; "47 Canadian cts a barrel ... 21.95 dlrs a barrel" is too.
        named = {a.currency for a in explicit if a.cur.kind != "subunit"} or {a.currency for a in explicit}
        if len(named) != 1:
            continue
        target = next(iter(named))
        for a in members:
            if a.currency != target and a.currency is not None and "currency_assumed" not in a.flags:
                a.flags.append("currency_assumed")  # "pounds" taken for another country's pound
            a.currency = target
    for a in found:
        if a.currency is None:
            a.currency = "USD"  # cents of no named dollar


@lru_cache(maxsize=1)
def _table_row() -> re.Pattern:
    labels = sorted(load_json("table_labels.json")["labels"], key=len, reverse=True)
    figure = rf"(?:loss[ \t]+|profit[ \t]+)?({NUMBER})(?:[ \t]+(mln|billion|bln|trillion))?"
    return re.compile(
        rf"(?im)^[ \t]*(?:{'|'.join(re.escape(label) for label in labels)})[ \t]+{figure}[ \t]+vs\.?[ \t]+{figure}[ \t]*$"
    )


def _table_figures(text: str, found: list[Amount], lex: MoneyLexicon) -> list[Amount]:
    """Figures of earnings-table rows ("Net 807,000 vs 1,234,000"): money with no currency written.

    They take the article's only explicit currency when it has one, else its dollar, flagged
    ``currency_assumed`` and ``currency_from_context``.
    """
    if " vs" not in text:
        return found
    explicit = {a.currency for a in found if a.cur is not None and not a.cur.assumed}
    dollars = {a.currency for a in found if a.cur is not None and a.cur.family == "dollar"}
    context = next(iter(explicit)) if len(explicit) == 1 else (next(iter(dollars)) if len(dollars) == 1 else "USD")
    taken = [(a.start, a.end) for a in found]
    added = []
    for row in _table_row().finditer(text):
        for num, scale in ((1, 2), (3, 4)):
            start = row.start(num)
            end = row.end(scale) if row.group(scale) else row.end(num)
            value = parse_number(row.group(num))
            if value is None or any(s < end and start < e for s, e in taken):
                continue
            factor, scale_flags = collapse_scales([lex.scales[row.group(scale).lower()]] if row.group(scale) else [],
                                                  row.group(num))
            added.append(Amount(start=start, end=end, value=value * factor, currency=context,
                                flags=["currency_assumed", "currency_from_context", *scale_flags], number=value))
    return sorted(found + added, key=lambda a: a.start) if added else found


def find_amounts(text: str) -> list[Amount]:
    """Every monetary amount in ``text``, in order, with exact values.

    >>> [(a.value, a.currency) for a in find_amounts("It paid 20 mln dlrs and 1.5 billion stg.")]
    [(Decimal('20000000'), 'USD'), (Decimal('1500000000'), 'GBP')]
    """
    lex = money_lexicon()
    rx = _regexes()
    found: list[Amount] = []
    pos = 0
    floor = 0
    lower = lower_same_length(text)
    words = [p for m in rx.word_anchor.finditer(lower) if not ((p := m.start()) and (lower[p - 1].isalnum() or lower[p - 1] == "_"))]
    anchors = sorted([m.start() for m in rx.anchor.finditer(text)] + words)
    for start in anchors:
        if start < pos:
            continue
        amount, end = _parse_at(text, start, floor, lex, rx)
        pos = max(end, start + 1)
        if amount is None:
            continue
        if amount.cur is not None:
            _qualify(text, amount, lex, rx)
            _rate(text, amount, lex, rx)
        found.append(amount)
        floor = amount.end
        pos = max(pos, amount.end)
    found = _merge_neighbours(text, found, lex, rx)
    for a in found:
        if "currency_shared" in a.flags:  # a bare number that took its currency from a neighbour
            _qualify(text, a, lex, rx)
            _rate(text, a, lex, rx)
    _resolve_families(found, lex)
    found = _table_figures(text, found, lex)
    for prev, a in zip(found, found[1:]):
        # "10 trillion won ($8.6 billion)" restates the amount before it in another currency
        if prev.currency != a.currency and not a.per and rx.convert_gap.match(text[prev.end:a.start]):
            a.flags.append("conversion")
    for a in found:
        sign = _NEGATIVE.search(text, max(0, a.start - 10), a.start) if a.value_min is None else None
        if sign is not None:  # "fell to minus 1.92 billion dlrs", "(-$5 million)"
            a.value, a.start = -a.value, sign.start()
            a.flags.append("negative")
        a.value = clean_decimal(a.value)
        if a.value_min is not None:
            a.value_min, a.value_max = clean_decimal(a.value_min), clean_decimal(a.value_max)
        a.flags = sorted(set(a.flags))
    return found


def _as_cell(value: Decimal | None) -> str | None:
    return None if value is None else format_decimal(value)


class MoneyFinder:
    """spaCy component: ``doc.spans[spans_key]`` gets one MONEY span per amount, with ``span._.money``."""

    def __init__(self, nlp, name: str = "news_money", spans_key: str = "money"):
        self.name = name
        self.spans_key = spans_key

    def match(self, doc) -> list[Amount]:
        return find_amounts(doc_text(doc))

    def set_annotations(self, doc, amounts: list[Amount]) -> None:
        spans = []
        text = doc_text(doc)
        for a in amounts:
            span = char_span(doc, a.start, a.end, "MONEY")
            if span is None:
                continue
            set_span_value(span, "money", {
                "start": a.start, "end": a.end, "mention": text[a.start:a.end],
                "value": _as_cell(a.value), "currency": a.currency, "qualifier": a.qualifier, "per": a.per,
                "flags": list(a.flags), "value_min": _as_cell(a.value_min), "value_max": _as_cell(a.value_max),
            })
            spans.append(span)
        doc.spans[self.spans_key] = spans

    def __call__(self, doc):
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory("news_money", default_config={"spans_key": "money"}, assigns=["doc.spans"])
def make_money_finder(nlp: Language, name: str, spans_key: str) -> MoneyFinder:
    from . import extensions  # noqa: F401  (registers span._.money)

    return MoneyFinder(nlp, name, spans_key)
