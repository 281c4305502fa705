"""Asides around a subject, for the actor finder (``AsideReader``, a base of ``actors.ActorFinder``):
a name set off by commas after a subject that names none ("The new venture, Japan Climate Systems
Corp, will be", "while its South African arm, Cape Re, lost"), an abbreviation in brackets, a noun
phrase or a participle's phrase between commas, a relative clause right after a subject, and a
relative "that" inside an apposition."""

from __future__ import annotations

from spacy.tokens import Doc

from .actor_with import WithReader
from .extensions import money_bounds
from .phrase_words import ARTICLES, DETERMINERS, OWNERS, Phrase

ASIDE_ADVERBS = frozenset({"also", "now", "still", "itself", "once"})  # ", also based in Tokyo,"
APPOSITION_WORDS = 6  # words at most of an apposition before its "that": ", the family-owned mattress maker that"
OWNED_WORDS = 5  # words at most from "its" to the comma after a relation: "its Hong Kong insurance arm,"


def closing_bracket(doc: Doc, k: int, limit: int) -> int | None:
    """The ")" that closes the "(" at token k within a few tokens (an abbreviation: "(S&N)",
    "(IFC)"), else None."""
    return next((m for m in range(k + 1, min(limit, k + 6)) if doc[m].text == ")"), None)


class AsideReader(WithReader):
    def appositive(self, doc: Doc, head: Phrase, limit: int) -> Phrase:
        """The name set off by commas after a subject without one, or whose name is only its possessor:
        "The new venture, Japan Climate Systems Corp, will be", "MG Rover's Chinese partner, SAIC, was"."""
        k = head.last
        if head.what == "pronoun":
            k = self.owned_relation_end(doc, head.start, limit)  # "its South African arm, Cape Re, lost"
            if k is None:
                return head
        if k >= limit or doc[k].text != ",":
            return head
        possessor = head.end < k and doc[head.end].lower_ in ("'s", "’s", "'")  # "MG Rover's Chinese partner, SAIC,"
        if head.what == "actor" and self.is_name(doc, head.end - 1, -1) and not possessor:
            return head
        if k + 1 < limit and doc[k + 1].is_lower and doc[k + 1].lower_ not in DETERMINERS:
            return head  # "The family adventure, starring Nicolas Cage, took": a participle's object
        name = self.phrase(doc, k + 1, limit)
        if name.what != "actor" or not self.is_name(doc, name.end - 1, -1):
            return head
        k = name.last
        while k < limit and (doc[k].is_space or doc[k].text in (",", ">", "(")):
            if doc[k].text == "(":  # an abbreviation in brackets: "Scottish and Newcastle (S&N), is to buy"
                close = closing_bracket(doc, k, limit)
                k = close if close is not None else limit - 1
            k += 1
        if k >= limit or not self.is_verb(doc, k):
            return head
        return Phrase("actor", name.start, name.end, head.first, name.last)  # its country read from the head too

    def owned_relation_end(self, doc: Doc, i: int, limit: int) -> int | None:
        """The comma after "its"/"their" at token i, a few words and a word of actors.json
        ``relation_heads`` ("its South African arm,", "its partner,"), else None: a name set off after it
        is the relation's."""
        if doc[i].lower_ not in OWNERS:
            return None
        k = next((m for m in range(i + 1, min(limit, i + 1 + OWNED_WORDS)) if doc[m].text == ","), None)
        if k is None or k == i + 1 or doc[k - 1].lower_ not in self.relation_heads:
            return None
        return k if not any(self.is_verb(doc, m) for m in range(i + 1, k)) else None

    def appositive_relative(self, doc: Doc, that: int, a_start: int) -> bool:
        """Is the "that" at token ``that`` a relative pronoun in an apposition (a comma, an article, a noun
        phrase, no verb) closed before any amount (", the outsourcing group that Rod Aldridge founded,
        reported"), not a clause's ("forecast that Noranda could earn") nor one that holds the amount?"""
        first_money = next((m0 for m0, _ in money_bounds(doc) if m0 > that), a_start)  # the clause's own amounts
        if not any(doc[m].text == "," for m in range(that + 1, min(a_start, first_money))):
            return False
        k, words = that - 1, 1
        while k > 0 and words < APPOSITION_WORDS and doc[k].text != "," and not self.is_verb(doc, k):
            k -= 1
            words += doc[k].text != "-" and doc[k + 1].text != "-"  # "family-owned" one word
        return doc[k].text == "," and k + 1 < that and doc[k + 1].lower_ in ARTICLES

    def past_aside(self, doc: Doc, k: int | None, limit: int) -> int | None:
        """The token after what a subject sets off after it: an abbreviation in brackets ("the
        International Finance Corp (IFC)"), a noun phrase between commas (", a World Bank
        affiliate,") or a participle's phrase (", also based in Tokyo,"), else k itself."""
        if k is not None and doc[k].text == "(":
            close = closing_bracket(doc, k, limit)
            k = next((m for m in range(close + 1, limit) if not doc[m].is_space), None) if close else k
        if k is None or doc[k].text != "," or k + 2 >= limit:
            return k
        j = k + 2 if doc[k + 1].lower_ in ASIDE_ADVERBS else k + 1  # ", also based in Tokyo,"
        participle = doc[j].is_lower and doc[j].lower_.endswith("ed")
        if not (doc[k + 1].lower_ in ARTICLES or participle):
            return k
        close = next((m for m in range(j + 1, min(limit, k + 12)) if doc[m].text == ","), None)
        if close is None or any(self.is_verb(doc, m) for m in range(j + 1, close)):
            return k
        return next((m for m in range(close + 1, limit) if not doc[m].is_space), k)

    def past_relative(self, doc: Doc, k: int | None, limit: int) -> int | None:
        """The verb of a relative clause right after a subject ("Baikal - which bought", "Samsung,
        which makes"), else k itself."""
        while k is not None and k + 1 < limit and doc[k].is_lower and doc[k].lower_.endswith("ly"):
            k += 1  # an adverb before the verb: "LG Energy Solution separately committed"
        if k is None or doc[k].text not in ("-", ",") or k + 1 >= limit or doc[k + 1].lower_ not in ("which", "who"):
            return k
        return next((m for m in range(k + 2, limit) if not doc[m].is_space), None)
