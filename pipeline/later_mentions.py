"""Later mentions of money named before, without a parser: "that figure", "the sum", "raise that
investment to", "the 1.46 trillion won contract" again. The rules of ``lexicons/clauses.json``
(``same_money``, ``same_money_changes``, ``moved_money``, ``moved_levels``, ``named_again``) that the
linker (``link.py``) and the kinds stage (``kinds.py``) read, each a named predicate over character
offsets with its own doctest.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from . import lexicon


@lru_cache(maxsize=1)
def _named_again() -> re.Pattern:
    words = lexicon.alternation(lexicon.load("clauses.json")["named_again"])
    return re.compile(rf"\b(?:{words})\s+$", re.IGNORECASE)


def named_again(text: str, start: int) -> bool:
    """Does a word of ``named_again`` ("the", "those") stand right before the amount at ``start``, so
    that an amount the article gave before is the same money named again ("... a 1.46 trillion won
    order. The 1.46 trillion won contract runs through 2028", "Those 9.9 billion euros will stay")?

    >>> named_again("The 1.46 trillion won contract", 4), named_again("a 1.46 trillion won order", 2)
    (True, False)
    >>> named_again("Those 9.9 billion euros", 6), named_again("said that 9.9 billion euros", 10)
    (True, False)
    """
    return _named_again().search(text, max(0, start - 12), start) is not None


@lru_cache(maxsize=1)
def _same_money() -> re.Pattern:
    """``same_money`` ("that figure", "the sum"), or a verb of ``same_money_changes`` before a noun of
    money ("raise that investment to", "could double its spending") or a pronoun and "to"/"by"
    ("boosted that to")."""
    data = lexicon.load("clauses.json")
    ch = data["same_money_changes"]
    verbs, dets, nouns, pronouns = (lexicon.alternation(ch[k]) for k in ("verbs", "determiners", "nouns", "pronouns"))
    return re.compile(
        rf"\b(?:{lexicon.alternation(data['same_money'])}|(?:{verbs})\s+(?:{dets})\s+(?:{nouns})"
        rf"|(?:{verbs})\s+(?:{pronouns})(?=\s+(?:to|by)\b))\b",
        re.IGNORECASE,
    )


_HEADED = re.compile(
    r"\s*(?:[,;:)]|(?:to|is|was|are|were|will|would|could|may|might|can|should|has|have|had|of|from|by|in"
    r"|equals|equalled|equaled|amounts|totals|represents|exceeds|covers|includes"  # "The amount equals about"
    r"|fell|rose|beat|missed|topped|compares|compared|came)\b)",  # "The figure fell short of the consensus of"
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _named_money() -> re.Pattern:
    return re.compile(rf"\b(?:{lexicon.alternation(lexicon.load('clauses.json')['same_money'])})\b", re.IGNORECASE)


def names_earlier(text: str, start: int, end: int) -> bool:
    """Does text[start:end] name money named before by a phrase of ``same_money`` that ends its noun
    phrase ("The figure fell short of the consensus of", "said the total could rise to")? Not a verb
    that changes it ("raised its pledge to 88 billion yen" names a figure of its own time).

    >>> names_earlier("The figure fell short of the consensus of ", 0, 42)
    True
    >>> names_earlier("Japan raised its pledge to ", 0, 27), names_earlier("the package delivery firm", 0, 25)
    (False, False)
    """
    return any(_HEADED.match(text, m.end()) for m in _named_money().finditer(text, start, end))


def refers_back(text: str, start: int, end: int, headed: bool = False, more: bool = False) -> bool:
    """Does text[start:end] refer to money named before ("raise that figure to", "The sum is")?
    ``headed``: only where the phrase ends its noun phrase ("The sum, equivalent to", not "the
    package delivery industry").

    >>> refers_back("The sum, about $2bn", 0, 19, True), refers_back("the package delivery firm", 0, 25, True)
    (True, False)
    >>> refers_back("The figure fell short of the consensus of", 0, 42, True)
    True

    ``more``: also where the amount at ``end`` opens with a word of clauses.json ``more_of_the_same``
    ("another", "a further"): more money for what the money before went to ("spent 87 billion won
    on a carbon capture facility ..., and expects to spend another 210 billion won before 2030");
    the caller asks only for an amount whose own clause names no destination.

    >>> refers_back("and expects to spend another 210", 0, 29, more=True), refers_back("and 210", 0, 4, more=True)
    (True, False)
    """
    if more and _more_of_the_same().search(text, max(start, end - 24), end):
        return True
    return any(not headed or _HEADED.match(text, m.end()) for m in _same_money().finditer(text, start, end))


@lru_cache(maxsize=1)
def _more_of_the_same() -> re.Pattern:
    words = lexicon.alternation(lexicon.load("clauses.json")["more_of_the_same"])
    return re.compile(rf"\b(?:{words})\s+(?:[A-Z]{{0,3}}[^\w\s.,;:]\s?)?$", re.IGNORECASE)  # "another US$"


@lru_cache(maxsize=1)
def _moved_money() -> re.Pattern:
    return re.compile(rf"\b(?:{lexicon.alternation(lexicon.load('clauses.json')['moved_money'])})\b", re.IGNORECASE)


ESTIMATE_REACH = 60  # characters before an amount where "put the cost at" may begin
ASIDE_CHARS = 90  # characters at most of an aside between moved money and its verb ("The deal, the company's ...,")
EARLIER_LEVELS = "earlier|previous|original|initial|planned"  # "raised from an earlier 2.4 trillion won"


@lru_cache(maxsize=1)
def _to_new_level() -> re.Pattern:
    """An aside set off by commas, a few words, then "to" and, maybe, a verb of ``moved_levels`` ("to
    top"), "by" (the step it moved by: "could increase the sum by"), or "from" and, maybe, "an
    earlier" (the level it moved from: "The budget was raised from an earlier"), before the amount;
    "by another" is the step of the same money ("may raise the amount by another 600 billion won")."""
    levels = lexicon.alternation(lexicon.load("clauses.json")["moved_levels"])
    return re.compile(
        # an aside between the money and its verb: "The investment, the largest foreign pledge, could rise to"
        rf"(?:\s*,[^,.;:]{{1,{ASIDE_CHARS}}},)?"
        rf"(?:\s+[a-z]+){{0,4}}\s+(?:to\s+(?:(?:{levels})\s+)?|(?:{levels})\s+|by\s+"
        rf"|from\s+(?:an?\s+)?(?:(?:{EARLIER_LEVELS})\s+)?)"
        rf"(?:about\s+|around\s+|some\s+|nearly\s+|another\s+|a\s+further\s+|an\s+additional\s+)?$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _estimated_at() -> re.Pattern:
    """A verb of ``estimate_verbs``, a phrase of ``moved_money`` or ``estimated_money`` and "at"
    before the amount: "The city had initially put the cost at" (an estimate of the same money; not
    "estimated the value of the deal at", whose deal is another's)."""
    data = lexicon.load("clauses.json")
    verbs = lexicon.alternation(data["estimate_verbs"])
    money = lexicon.alternation([*data["moved_money"], *data["estimated_money"]])
    return re.compile(rf"\b(?:{verbs})\s+(?:{money})\s+at\s+$", re.IGNORECASE)


def moved_money_ends(text: str, start: int, end: int) -> list[int]:
    """Where each phrase of ``moved_money`` in text[start:end] ends ("that figure", "the sum"), read
    once per sentence: ``moved_to`` then looks one up per amount."""
    return [m.end() for m in _moved_money().finditer(text, start, end)]


def moved_to(text: str, start: int, end: int, ends: list[int] | None = None) -> bool:
    """Does text[start:end] end by moving money named before to a new level, the amount at ``end``
    ("would raise that figure to", "have the sum reduced to", "trimmed the sum to"), or estimates it
    ("put the cost at": ``_estimated_at``)? Then the
    amount is that money again, of its time. ``ends``: ``moved_money_ends`` of the sentence, when
    one sentence asks for many amounts (a bisection each, not a search of the sentence).

    >>> moved_to("said it would raise that figure to ", 0, 35), moved_to("the total for May was ", 0, 22)
    (True, False)
    >>> moved_to("expected the figure to top ", 0, 27), moved_to("the figure to top the list at ", 0, 30)
    (True, False)
    >>> moved_to("The budget was raised from an earlier ", 0, 38), moved_to("could increase the sum by ", 0, 26)
    (True, True)
    >>> moved_to("The investment could reach ", 0, 27), moved_to("The loan could be increased to ", 0, 31)
    (True, True)
    >>> moved_to("The city had initially put the cost at ", 0, 39), moved_to("the sum spent at ", 0, 17)
    (True, False)
    >>> moved_to("estimated the value of the deal at ", 0, 35)
    False
    """
    if ends is None:
        ends = moved_money_ends(text, start, end)
    k = bisect_right(ends, end)
    if k > 0 and ends[k - 1] >= start and _to_new_level().fullmatch(text, ends[k - 1], end) is not None:
        return True
    return _estimated_at().search(text, max(start, end - ESTIMATE_REACH), end) is not None


_OF = re.compile(r"\s*of\s+")
# "account for 4.1 billion rand of that, and ...": a pronoun that ends its noun phrase
_AFTER_PRONOUN = r"\s*[,.;:)]|\s+(?:and|but|is|was|were|had|has|will|would|went|goes)\b"
_OF_PRONOUN = re.compile(rf"\s*of\s+(?:that|this|it)(?={_AFTER_PRONOUN})")


def part_of_earlier(text: str, end: int) -> bool:
    """Does the amount that ends at ``end`` name itself a part of money named before ("will spend
    $500 million of that sum", "1 trillion won of the budget", "makers account for 4.1 billion rand of
    that, and ...")?

    >>> part_of_earlier("spend $500 million of that sum on it", 18), part_of_earlier("$5 of sales", 2)
    (True, False)
    >>> part_of_earlier("for 4.1 bln rand of that, and", 16), part_of_earlier("$5 of that stock", 2)
    (True, False)
    """
    if _OF_PRONOUN.match(text, end):
        return True
    m = _OF.match(text, end)
    return m is not None and _same_money().match(text, m.end()) is not None


# "paying the remaining 16.5 billion won": what is left of money named before
_REMAINING = re.compile(r"\b(?:the|its|their|his|her|our)\s+remaining\s+$", re.IGNORECASE)


def onto_earlier(text: str, start: int, end: int) -> bool:
    """Does the amount at text[start:end] name itself a part of money named before (``part_of_earlier``),
    money added to it (``added_to_earlier``) or what remains of it ("with the culture ministry paying
    the remaining 16.5 billion won")? Then it concerns what that money did.

    >>> onto_earlier("paying the remaining 16.5 bln won.", 21, 33), onto_earlier("paying 16.5 bln won.", 7, 19)
    (True, False)
    """
    return (
        part_of_earlier(text, end)
        or added_to_earlier(text, end)
        or _REMAINING.search(text[max(0, start - 40) : start]) is not None
    )


# "add 230 billion won of its own to the sum": what the payer adds of its own, to the money before
_TO = re.compile(r"\s*(?:of\s+(?:its|their|his|her|our)\s+own\s+)?to\s+")


def added_to_earlier(text: str, end: int) -> bool:
    """Does the amount that ends at ``end`` go to money named before ("would add another 60 billion
    won to that sum", "adds $2m to the total")? Then it concerns what that money did.

    >>> added_to_earlier("add another 60 billion won to that sum if", 26), added_to_earlier("$5 to farmers", 2)
    (True, False)
    >>> added_to_earlier("will add 230 billion won of its own to the sum,", 24)
    True
    """
    m = _TO.match(text, end)
    return m is not None and _same_money().match(text, m.end()) is not None
