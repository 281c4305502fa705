"""Reading a currency written before or after a number, and telling money pounds from weight.

``read_post`` finds the longest currency form after a number ("Canadian dlrs", "stg", "470p");
``read_pre`` the one before it ("US$", "Rs", "C$"). Both look forms up in the tables built from
the lexicons, with a cheap first test on one word, as most numbers have no currency beside them.
"""

from __future__ import annotations

import re

from ..tables import Currency, key
from .context import last_chunk, words_after
from .rules import PUNCT_LEAD, Rules

_BREAK = re.compile(r"\n[ \t]*(?:\n|[ \t]{2}|[-–•*])")
_POSSESSIVE = re.compile(r"(?<=[a-z])'s?$", re.IGNORECASE)
# a country's word in brackets between the number and its currency: "about 132 mln (U.S.) dlrs"
_BRACKETED = re.compile(r"[ \t]*\(([A-Z][A-Za-z.]{1,11})\)")


def lookup(table: dict[str, Currency], surface: str) -> Currency | None:
    """Exact form first (codes are case-sensitive: ALL is no currency), then the lookup key."""
    for form in (surface, surface.rstrip(".")):
        cur = table.get(form) or table.get(key(form))
        if cur is not None:
            return cur
    return None


def starts_post(word: str, rules: Rules) -> bool:
    """Can a currency form written after a number start with ``word``? (a cheap first test)"""
    lex = rules.lex
    bare = word.rstrip(".")
    return bool(bare) and bool({word, word.lower(), bare, bare.lower()} & lex.post_heads)


def may_follow(word: str, rules: Rules) -> bool:
    """Can ``word``, the first after a number, start a currency form or be a scale word?"""
    lex = rules.lex
    return word.rstrip(".").lower() in lex.attached_scales or starts_post(word, rules)


def read_post(text: str, pos: int, rules: Rules):
    """The longest currency form starting after ``pos``: (Currency, end, surface) or None. A country's
    word in brackets before it ("132 mln (U.S.) dlrs") counts as written without them ("U.S. dlrs").

    >>> from pipeline.money.rules import rules
    >>> cur, end, surface = read_post("132 mln (U.S.)\\ndlrs to", 7, rules())
    >>> cur.code, end, surface
    ('USD', 19, 'U.S. dlrs')
    """
    lex = rules.lex
    bracket = _BRACKETED.match(text, pos)
    if bracket is not None and (after := read_post(text, bracket.end(), rules)) is not None:
        surface = f"{bracket.group(1)} {after[2]}"
        cur = lookup(lex.post, surface)
        if cur is not None:
            return cur, after[1], surface
    first = rules.word.match(text, pos)
    if first is None or _BREAK.search(text, pos, first.start(1)):
        return None  # a currency never starts after a paragraph break or a list bullet
    word = _POSSESSIVE.sub("", first.group(1))
    if not starts_post(word, rules):
        return None  # cheap test first: no currency form starts with this word
    longest = lex.post_lengths.get(word.lower(), 1)  # words in the longest form that starts so
    words = [first, *words_after(text, first.end(), longest - 1, rules)]
    glued = first.start(1) == pos  # "470p": forms valid only glued to the number
    for k in range(len(words), 0, -1):
        end = words[k - 1].end(1)
        surface = text[first.start(1) : end]
        possessive = _POSSESSIVE.search(surface)
        if possessive:  # "15 mln dlrs' worth", "a dollar's worth"
            surface, end = surface[: possessive.start()], end - len(possessive.group())
        cur = lookup(lex.post, surface) or (lookup(lex.attached_post, surface) if k == 1 and glued else None)
        if cur is not None:
            if surface.endswith("."):
                end -= 1  # the sentence's full stop, not part of "dlrs."
            return cur, end, surface.rstrip(".")
    return None


def read_pre(text: str, pos: int, floor: int, rules: Rules):
    """Currency written before the number at ``pos``: (Currency, start) or None."""
    lex = rules.lex
    lo = max(floor, pos - lex.pre_reach)  # the longest two-word form before a number
    last_start, last = last_chunk(text, lo, pos)
    if last_start == lo and lo > floor and not text[lo - 1].isspace():
        return None  # the window starts inside a word: "SEARS 4.9" is no "ARS 4.9"
    if pos - last_start - len(last) > 3:
        return None  # a column of figures apart from its label ("DKR              92.7")
    cut = max(last.rfind(";"), last.rfind(","))
    if 0 <= cut < len(last) - 1:  # glued after the amount before: "($214.6bn;£114.5bn)"
        last_start, last = last_start + cut + 1, last[cut + 1 :]
    stripped = last.lstrip(PUNCT_LEAD)
    if not stripped or (stripped not in lex.pre_tails and stripped.lower() not in lex.pre_tails):
        return None  # cheap test first: most numbers have no currency before them
    glued = not text[pos - 1 : pos].isspace()
    offset = last_start + (len(last) - len(stripped))
    if stripped == last and last_start > lo:
        prev_start, prev = last_chunk(text, lo, last_start)
        if prev_start == lo and lo > floor and not text[lo - 1].isspace():
            prev = ""  # cut inside a word
        prev_stripped = prev.lstrip(PUNCT_LEAD)
        cur = lex.pre.get(key(prev_stripped + " " + stripped)) if prev_stripped else None
        if cur is not None:
            return cur, prev_start + (len(prev) - len(prev_stripped))
    cur = lex.pre.get(stripped) or lex.pre.get(key(stripped))
    if cur is None and glued:
        cur = lex.attached_pre.get(stripped)
    return (cur, offset) if cur is not None else None


COUNTED_UNIT = re.compile(r"(?:\bper\s+|/\s*)$", re.IGNORECASE)  # "per 100 pounds", "/100 lbs"


def is_weight(text: str, start: int, end: int, has_scale: bool, rules: Rules) -> bool:
    """ "265 mln pounds of copper", "it weighs less than 50 pounds": pounds of weight, not money.
    After "of" only a money word keeps them money ("5 mln pounds of funding"), and so in the rest of
    the sentence. A weight noun earlier in the sentence ("capacity", "output") makes them weight
    unless a money word is there too ("production costs"). A weight verb in the three words before
    counts only without a scale word ("lost 5 million pounds" is money). After "per" or a slash
    they are the count of a unit ("60 dlrs per 100 pounds")."""
    lex = rules.lex
    if COUNTED_UNIT.search(text, max(0, start - 6), start):
        return True
    of = words_after(text, end, 2, rules)
    if len(of) == 2 and of[0].group(1).lower() == "of" and of[1].group(1).lower().rstrip("'.") not in lex.money_words:
        return True
    before = text[max(0, start - 200) : start]
    sentence = before[max(before.rfind(". "), before.rfind(".\n")) + 1 :]
    if any(m.group(1).lower() not in lex.money_words for m in rules.units_of.finditer(sentence)):
        return True  # "output of 400 mln pounds of fiber from 350 mln pounds": the sentence weighs
    words = {w.strip(",;:()\"'").lower() for w in sentence.split()}
    if words & lex.weight_nouns and not words & lex.money_words:
        return True  # "raise capacity to 600 mln pounds a year"; not "production costs of 5 mln pounds"
    return not has_scale and any(w.lower() in lex.weight_verbs for w in before.split()[-3:])
