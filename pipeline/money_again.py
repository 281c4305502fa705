"""Whose money an amount is when it names money of an earlier sentence again ("The sum could rise to
20 billion yuan", "The funds will be expanded to 5 trillion won", "It plans to raise that figure to").

The kinds stage decides that an amount is the earlier money again (``later_mentions.refers_back``,
``later_mentions.moved_to``, ``later_mentions.named_again``); this module decides its actor and country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

RESTATED = re.compile(r"\b(?:sum|amount|figure|money)\s*,\s*(?:[a-z]+\s+){0,3}$", re.IGNORECASE)

# Nouns that name the same money, not a budget or a plan of its own ("The sum could rise to", "the
# package could grow to"; not "The budget will be doubled to", a figure of the budget's own).
MONEY_NOUNS = re.compile(r"\b(?:sum|amount|figure|money|funds|package|total)\b", re.IGNORECASE)

# Pronouns that stand as a clause's subject: the annotation guide gives such a clause no actor,
# since the pronoun's antecedent is not required ("On Wednesday it cut the amount to 1.1 billion euros").
SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you"})
_WORD = re.compile(r"[A-Za-z]+")


def pronoun_subject(text: str, sentence_start: int, start: int) -> bool:
    """Does a subject pronoun stand in the sentence before the amount at ``start``?

    >>> pronoun_subject("X. On Wednesday it cut the amount to 5 bln.", 3, 37)
    True
    >>> pronoun_subject("X. The sum could rise to 5 bln.", 3, 25)
    False
    """
    return any(w.group().lower() in SUBJECT_PRONOUNS for w in _WORD.finditer(text, sentence_start, start))


def actor_again(actor: dict, earlier: dict, repeated: bool, text: str, start: int, sentence_start: int) -> dict:
    """The actor of an amount that names earlier money again, when its own clause names none: the
    earlier money's when it repeats that figure ("The 1.46 trillion won contract runs ..."), restates
    it ("The sum, equivalent to about US$15.6 billion") or moves it, named by one of ``MONEY_NOUNS``,
    with no pronoun as the subject ("The sum could rise to", "The funds will be expanded to"); else
    only the earlier country ("It plans to raise that figure to": the pronoun names no actor of its
    own; "The budget will be doubled to": the budget's own figure)."""
    if not actor["actor"] and (
        repeated
        or RESTATED.search(text, max(0, start - 50), start)
        or (MONEY_NOUNS.search(text, sentence_start, start) and not pronoun_subject(text, sentence_start, start))
    ):  # the searches run once a sentence: only its first amount names earlier money without repeating it
        return {key: earlier[key] for key in ("actor", "actor_start", "actor_end", "country")}
    if not actor["country"]:
        return {**actor, "country": earlier["country"]}
    return actor


@lru_cache(maxsize=1)
def _part_leads() -> re.Pattern:
    leads = lexicon.alternation(lexicon.load("clauses.json")["part_leads"])
    return re.compile(rf"[\s\"']*(?:{leads})\s*,", re.IGNORECASE)


def opens_with_parts(text: str, sentence_start: int) -> bool:
    """Does the sentence at ``sentence_start`` open with one of clauses.json's ``part_leads`` and a
    comma ("Of that, 90 billion dirhams is for upstream oil and gas")? Its amounts are then parts of
    the last amount of the sentence before.

    >>> opens_with_parts("X. Of that, 90 bln is for oil.", 3), opens_with_parts("X. Of that 90 bln, 5 is for oil.", 3)
    (True, False)
    """
    return _part_leads().match(text, sentence_start) is not None
