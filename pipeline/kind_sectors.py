"""Sectors that an amount's kind rules out: what the money is says what it cannot be spent in.

A loan, a credit line, a bond or a share issue is what the money is, not the banking sector it is
lent through: "British banks are resisting signing a 76 billion dlr rescheduling package", "the
Bank of England gave the money market assistance of 185 mln stg", "bank loans of 5 mln dlrs" name
their lender, not where the money goes (the annotation guide's rule, tests/gold/ANNOTATION_GUIDE.md).
A sector word after the amount and a few words after "to" or "for" still says where it goes ("lend
5 trillion won to banks": ``destination_before``).
kinds.json ``not_sectors_of``: kind -> the sector ids its amounts never take. Measured on the gold
before the rule: of 128 amounts the pipeline read as financing and gave banking, the gold gave it to 20.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .extensions import doc_text, set_span_value, span_value

DESTINATION_WORDS = 3  # words at most between a lead ("to") and the sector word: "to shore up its banking sector"


@lru_cache(maxsize=1)
def _ruled_out() -> dict[str, frozenset[str]]:
    return {kind: frozenset(ids) for kind, ids in lexicon.load("kinds.json")["not_sectors_of"].items()}


@lru_cache(maxsize=1)
def _destination() -> re.Pattern:
    leads = lexicon.alternation(lexicon.load("kinds.json")["sector_destination_leads"])
    return re.compile(rf"\b(?:{leads})\s+(?:[^\s,;.]+\s+){{0,{DESTINATION_WORDS}}}$", re.IGNORECASE)


def destination_before(text: str, start: int) -> bool:
    """Does a lead of kinds.json ``sector_destination_leads`` ("to", "for") stand at most
    DESTINATION_WORDS words before the sector word at ``start``, in its clause: where the money goes?

    >>> t = "lend 5 trillion won to banks; a loan to shore up its banking sector, provided by Acme bank"
    >>> destination_before(t, t.index("banks")), destination_before(t, t.index("banking"))
    (True, True)
    >>> destination_before(t, t.index("bank", 80))
    False
    """
    return _destination().search(text, max(0, start - 60), start) is not None


def allowed_sectors(
    sectors: list[str], kind: str, ruled_out: dict[str, frozenset[str]], after: frozenset[str] = frozenset()
) -> list[str]:
    """``sectors`` without those that ``kind`` rules out, but for those named ``after`` the amount in
    its sentence as where the money goes (``destination_before``: "lend 5 trillion won to banks", "a
    $500 million loan to shore up its banking sector", "lend 5 mln dlrs for mortgages"), not who lends
    it ("provided by JP Morgan, the US investment bank").

    >>> ruled = {"financing": frozenset({"banking"})}
    >>> allowed_sectors(["banking", "energy"], "financing", ruled), allowed_sectors(["banking"], "deal", ruled)
    (['energy'], ['banking'])
    >>> allowed_sectors(["banking"], "financing", ruled, frozenset({"banking"}))
    ['banking']
    """
    out = ruled_out.get(kind, frozenset()) - after
    return [s for s in sectors if s not in out]


class KindSectors:
    """Drops from each amount's links the sectors its kind rules out (after ``news_kinds``)."""

    def __init__(self, money_key: str = "money"):
        self.money_key = money_key

    def __call__(self, doc: Doc) -> Doc:
        ruled_out = _ruled_out()
        named, text = list(doc.spans.get("sectors", [])), doc_text(doc)
        for m in doc.spans.get(self.money_key, []):
            links, kinds = span_value(m, "links"), span_value(m, "kinds")
            if not links or not kinds or not ruled_out.get(kinds["kind"], frozenset()) & set(links["sectors"]):
                continue
            sent_end = m.sent.end_char
            after = frozenset(
                s.id_ for s in named if m.end_char <= s.start_char < sent_end and destination_before(text, s.start_char)
            )
            kept = allowed_sectors(links["sectors"], kinds["kind"], ruled_out, after)
            if kept != links["sectors"]:  # nothing linked is left: no link to name
                link = links["link"] if kept or links["years"] else ""
                set_span_value(m, "links", {**links, "sectors": kept, "link": link})
        return doc


@Language.factory("news_kind_sectors", default_config={"money_key": "money"}, assigns=["span._.links"])
def make_kind_sectors(nlp: Language, name: str, money_key: str) -> KindSectors:
    from . import extensions  # noqa: F401

    return KindSectors(money_key)
