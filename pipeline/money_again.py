"""Whose money an amount is when it names money of an earlier sentence again ("The sum could rise to
20 billion yuan", "The funds will be expanded to 5 trillion won", "It plans to raise that figure to").

The kinds stage decides that an amount is the earlier money again (``later_mentions.refers_back``,
``later_mentions.moved_to``, ``later_mentions.named_again``); this module decides its actor and country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from . import lexicon
from .kinds_around import gapped


@lru_cache(maxsize=1)
def _restated() -> re.Pattern:
    """The money before, restated after a comma ("The sum, equivalent to", "The price, about 460 billion
    won,"): clauses.json ``restated_nouns``."""
    nouns = lexicon.alternation(lexicon.load("clauses.json")["restated_nouns"])
    return re.compile(rf"\b(?:{nouns})\s*,\s*(?:[a-z]+\s+){{0,3}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _money_nouns() -> re.Pattern:
    """Nouns that name the same money, not a budget or a plan of its own ("The sum could rise to", "the
    package could grow to"; not "The budget will be doubled to"): clauses.json ``money_nouns``."""
    return re.compile(rf"\b(?:{lexicon.alternation(lexicon.load('clauses.json')['money_nouns'])})\b", re.IGNORECASE)


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


ACTOR_KEYS = ("actor", "actor_start", "actor_end", "country")


@lru_cache(maxsize=1)
def _speakers() -> frozenset[str]:
    return frozenset(lexicon.load("actors.json")["speaker_nouns"])


def only_speaks(actor: str) -> bool:
    """Is ``actor`` someone who only speaks of money (actors.json ``speaker_nouns``: "City officials",
    "a spokesman"), not who pays it?

    >>> only_speaks("City officials"), only_speaks("Officials"), only_speaks("Busan"), only_speaks("")
    (True, True, False, False)
    """
    words = actor.split()
    return bool(words) and words[-1].lower() in _speakers()


def actor_again(actor: dict, earlier: dict, repeated: bool, text: str, start: int, sentence_start: int) -> dict:
    """The actor of an amount that names earlier money again, when its own clause names none: the
    earlier money's when it repeats that figure ("The 1.46 trillion won contract runs ..."), restates
    it ("The sum, equivalent to about US$15.6 billion") or moves it, named by one of clauses.json's ``money_nouns``,
    with no pronoun as the subject ("The sum could rise to", "The funds will be expanded to"); else
    only the earlier country ("It plans to raise that figure to": the pronoun names no actor of its
    own; "The budget will be doubled to": the budget's own figure). An actor who only speaks of it
    counts as none ("City officials said the amount could rise to": ``only_speaks``). Its own
    country stays where the earlier money has none; an actor of its own with none is marked
    ``_again``, to take the country the earlier money is placed in at the end (``carried_countries``)."""
    if (not actor["actor"] or only_speaks(actor["actor"])) and (
        repeated
        or _restated().search(text, max(0, start - 50), start)
        or (_money_nouns().search(text, sentence_start, start) and not pronoun_subject(text, sentence_start, start))
    ):  # the searches run once a sentence: only its first amount names earlier money without repeating it
        return {**{key: earlier[key] for key in ACTOR_KEYS}, "country": earlier["country"] or actor["country"]}
    if not actor["country"]:  # "The city plans to raise that figure": where the money before is placed
        return {**actor, "country": earlier["country"], "_again": True}
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


def part_payer(doc: Doc, text: str, actor: dict, prev: dict, part: bool, at: tuple[int, int], finder) -> dict:
    """The actor of the amount at token ``at[1]`` (its clause from ``at[0]``) that is a part of the
    amount before it (``part``: ", of which") or that money named again: the earlier payer's, for a
    part, or when its own clause names none or only its speaker ("..., and the antitrust regulator said
    the sum could rise to"); unless a part names its own payer other than the total's, the subject of
    an absolute clause (", with Germany contributing 1.25 billion euros": ``finder.with_subject``), the
    holder of its figure ("and Mathews Conveyer Co, with sales of 83 mln dlrs": ``finder.holder_with``), of
    a relative clause opened by "of which" (``after_of_which``: "of which Lyonnaise would provide") or
    of a gapped one after the amount before (" and France 960 million euros")."""
    if not prev["actor"] or not (part or not actor["actor"] or speaks(text, actor, finder.speech)):
        return actor
    if actor["actor"] and actor["actor"] != prev["actor"]:
        if finder.with_subject(doc, *at) or finder.holder_with(doc, *at) or after_of_which(text, actor["actor_start"]):
            return actor
        after = doc.char_span(prev["_end"], prev["_end"], alignment_mode="expand")  # the first token after it
        if after is not None and gapped(doc, after.start, at[1]):
            return actor
    return {key: prev[key] for key in ACTOR_KEYS}


def speaks(text: str, actor: dict, speech: frozenset[str]) -> bool:
    """Is the actor found the subject of a verb of ``speech`` ("the regulator said the sum ...")?

    >>> actor, said = {"actor": "the regulator", "actor_end": 13}, frozenset({"said"})
    >>> speaks("the regulator said the sum", actor, said), speaks("the regulator fined", actor, said)
    (True, False)
    """
    if not actor["actor"]:
        return False
    word = re.match(r"\s+([a-z]+)", text[actor["actor_end"] : actor["actor_end"] + 20])
    return word is not None and word.group(1) in speech


_OF_WHICH = re.compile(r"\bof\s+which\s*$", re.IGNORECASE)


def after_of_which(text: str, start: int) -> bool:
    """Does "of which" stand right before ``start`` ("..., of which Lyonnaise des Eaux would provide")?

    >>> t = "700 mln francs, of which Lyonnaise would provide 175 mln"
    >>> after_of_which(t, t.index("Lyonnaise")), after_of_which(t, 0)
    (True, False)
    """
    return isinstance(start, int) and _OF_WHICH.search(text, max(0, start - 20), start) is not None
