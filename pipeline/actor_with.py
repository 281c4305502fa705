"""Clauses that "with" opens, for the actor finder (``WithReader``, a base of ``actors.ActorFinder``):
the subject of an absolute clause (", with Germany contributing 1.25 billion euros") and the holder
of a figure it owns ("Mathews Conveyer Co, with sales of 83 mln dlrs", "The Arizona Bank, with
assets of four billion dlrs"); and, with no verb at all, the name that labels an item of a list
("Rail franchise bids: FirstGroup, £1.1bn; Stagecoach, £950m")."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .actor_clauses import MAX_OBJECT
from .actor_passives import PassiveReader
from .phrase_words import Phrase, actors_lexicon, capitalised
from .places import region_names

HELD_GAP = 2  # lower-case words at most between "with" and the held noun ("with total assets of"), and
# between "of" and the amount ("of about 8.2 mln dlrs")
PLACE_PREPOSITIONS = frozenset({"in", "at", "across", "near", "around", "throughout"})  # a place's phrase, no holder
RELATIVE_OPENERS = frozenset({"which", "whereby"})  # of actors.json subject_subordinators: a relative's own subject


@lru_cache(maxsize=1)
def share_participles() -> frozenset[tuple[str, str]]:
    """The -ing forms of clauses.json ``share_verbs`` as word pairs: ("accounting", "for"), ("making", "up")."""
    pairs = (verb.split() for verb in lexicon.load("clauses.json")["share_verbs"])
    return frozenset((p[0], p[1]) for p in pairs if len(p) == 2 and p[0].endswith("ing"))


class WithReader(PassiveReader):
    def __init__(self, nlp: Language):
        super().__init__(nlp)
        self.holdings = frozenset(actors_lexicon()["held_nouns"])

    def subordinate_subject(self, doc: Doc, prev: str, j: int, a_start: int) -> bool:
        """Does the subordinator ``prev`` (actors.json ``subject_subordinators``) before token ``j`` open
        the clause of the amount at ``a_start`` with a capitalised name as its subject ("after Toyota
        Fudosan raised its offer to", "under which South Korea will invest")? A relative's clause ends
        at a comma ("The unit, which Kia owns, earned $5m": the unit's) and opens no part of an amount
        before (", of which NT$42 billion is earmarked")."""
        if prev in RELATIVE_OPENERS and (
            doc[j].like_num or "$" in doc[j].text or any(t.text == "," for t in doc[j:a_start])
        ):
            return False
        return self.is_name(doc, j, j)

    def with_subject(self, doc: Doc, c0: int, a_start: int) -> Phrase | None:
        """X in "..., with Germany contributing 1.25 billion euros", "with Sumitomo Mitsui Banking Corp
        lending a further $400 million": the name between "with" and the -ing verb that governs the
        amount (no punctuation between them), the subject of an absolute clause, which a comma opens
        (not "filed a statement with the SEC covering a 25 mln dlr offering")."""
        verb = None
        for k in range(a_start - 1, max(c0, a_start - MAX_OBJECT) - 1, -1):
            if doc[k].is_punct:
                return None
            if doc[k].is_lower and doc[k].lower_.endswith("ing") and len(doc[k]) > 4:
                verb = k
                break
        if verb is None:
            return None
        for k in range(verb - 1, max(c0, verb - MAX_OBJECT) - 1, -1):
            if doc[k].lower_ == "with":
                if k == 0 or doc[k - 1].text not in (",", ";"):
                    return None  # "filed a statement with the SEC covering a 25 mln dlr offering": no clause
                found = self.phrase(doc, k + 1, verb)
                if found.what != "actor" or not self.is_name(doc, found.end - 1, -1):
                    return None
                share = (doc[verb].lower_, doc[verb + 1 : verb + 2].text.lower()) in share_participles()
                if share and (doc[found.start : found.end].text in region_names() or self.is_place(doc, found)):
                    return None  # ", with North America accounting for 5.2bn euros": a part of the total's
                return found  # ", with HD Hyundai accounting for $12.1 billion": its own
            if doc[k].is_punct:
                return None
        return None

    def holder_with(self, doc: Doc, c0: int, a_start: int) -> Phrase | None:
        """X in "X, with sales of 83 mln dlrs", "X with total assets of about 8.2 mln dlrs": the name
        right before "with" (or its comma) and a noun of actors.json ``held_nouns`` of which the amount
        is the figure; a name only ("a company with sales of 5 mln dlrs" names none), and no place's."""
        k = a_start - 1
        while k > c0 and a_start - k <= HELD_GAP and doc[k].is_lower and doc[k].lower_ != "of":
            k -= 1  # "of about", "of more than"
        if k <= c0 or doc[k].lower_ != "of" or doc[k - 1].lower_ not in self.holdings:
            return None
        w = k - 2
        while w > c0 and k - 1 - w <= HELD_GAP and doc[w].is_lower and doc[w].lower_ != "with":
            w -= 1  # "with total assets", "with annual sales"
        if w <= c0 or doc[w].text != "with":
            return None  # not "Corp. With total assets of 1.9 billion dlrs, it is": a fronted phrase
        end = w - 1 if doc[w - 1].text == "," else w
        first = self.noun_phrase_start(doc, end, c0)
        if first - 1 > c0 and doc[first - 1].lower_ == "of" and capitalised(doc[first].text):
            first = self.noun_phrase_start(doc, first - 1, c0)  # "Central Bank of Volusia County, with assets of"
        found = self.pick(doc, first, end)
        abbreviated = found.end - found.start == 1 and doc[found.start].text.endswith(".")  # "Hartselle, Ala."
        if abbreviated or any(t.lower_ in PLACE_PREPOSITIONS for t in doc[max(0, first - 1) : found.start]):
            return None  # "branches in south Florida with total deposits of", "of Hartselle, Ala., with assets of"
        named = found.what == "actor" and end - found.start <= MAX_OBJECT and self.is_name(doc, found.end - 1, -1)
        return found if named and not self.is_place(doc, found) else None  # not "stores across the US, with sales of"

    def list_label(self, doc: Doc, c0: int, a_start: int) -> Phrase | None:
        """X in "Rail franchise bids for the route: FirstGroup, £1.1bn; Stagecoach, £950m": a name set
        off by a comma right before the amount, opening an item of a list after a colon or a
        semicolon, is whose amount it is (the amount's clause may start with the name: ``c0``)."""
        end = a_start
        while end - 1 > c0 and doc[end - 1].is_space:
            end -= 1
        if end - 1 <= c0 or doc[end - 1].text != ",":
            return None
        end -= 1
        k = end
        while k - 1 >= 0 and (self.is_name(doc, k - 1, -1) or doc[k - 1].text in ("-", "&", ".")):
            k -= 1
        if k == end or k == 0 or doc[k - 1].text not in (";", ":"):
            return None
        found = self.pick(doc, k, end)
        return found if found.what == "actor" else None
