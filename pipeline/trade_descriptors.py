"""The spender's trade named by a definite descriptor elsewhere in the sentence.

A sentence often names a company and then calls it by its trade: "the refiner's best quarter",
"as the San Francisco-based bank set aside less money", "while the electric-vehicle maker's net
loss narrowed". That trade is the spender's own industry, which the
annotation guide counts when the amount's clause names no other destination. The linker gives
it to an amount only when nothing else gave it a sector (``link.Linker``). Who speaks ("..., the
carmaker said") is left out, as the guide leaves out every speaker's word.

The descriptor is definite ("the ..."), heads its phrase (a verb, "'s" or punctuation follows),
opens a clause or an aside ("as the bank cut costs", ", the refiner") unless possessive ("in the
refiner's history", "valued the carmaker's unit"; not "loans to the carmaker", a recipient),
and does not repeat the sector word of a name in the sentence ("The Bank of Korea ..., the bank
said" is the central bank again). Its head is a trade noun of sector_heads.json
``trade_descriptors`` ("refiner", "railroad") or a sector word before one of its ``heads``
("electric-vehicle maker", "gold miner").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from . import lexicon
from .extensions import span_value
from .phrase_words import POSSESSIVE, actors_lexicon
from .sector_context import clause_words

MODIFIER_REACH = 5  # tokens at most between "the" and the sector word ("the San Francisco-based bank")
POSSESSIVE_REACH = (
    4  # tokens after a possessive descriptor to the verb of the document it owns ("'s annual report showed")
)


@lru_cache(maxsize=1)
def trade_words() -> tuple[frozenset[str], ...]:
    """(trade nouns, heads after a sector word, verbs that make it a speaker besides actors.json's
    ``speech_verbs``, words that open a descriptor, owners of a superlative inside one: "the world's
    biggest mobile phone operator")."""
    data = lexicon.load("sector_heads.json")["trade_descriptors"]
    return tuple(frozenset(data[k]) for k in ("nouns", "heads", "speech", "openers", "owners"))


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    return frozenset(actors_lexicon()["speech_verbs"])


def trade_sectors(doc: Doc, spans: list[Span]) -> list[str]:
    """The sectors of the definite trade descriptors among the sector words ``spans`` of one sentence.

    >>> from spacy.lang.en import English
    >>> from pipeline.extensions import set_span_value
    >>> doc = English()("It earned $5 billion, as the railroad cut costs and loans to the carmaker rose, the bank said")
    >>> spans = [Span(doc, 8, 9, span_id="transport"), Span(doc, 16, 17, span_id="automotive")]
    >>> trade_sectors(doc, [*spans, Span(doc, 20, 21, span_id="banking")])
    ['transport']
    >>> doc = English()("as the San Francisco-based bank set aside less; the gold miner's sales")
    >>> trade_sectors(doc, [Span(doc, 6, 7, span_id="banking"), Span(doc, 13, 14, span_id="mining")])
    ['banking', 'mining']
    >>> doc = English()("its investments included the newspaper chain")
    >>> trade_sectors(doc, [Span(doc, 4, 5, span_id="media")])
    []
    >>> doc = English()("pay rose to $5m, the tobacco group's annual report showed")
    >>> trade_sectors(doc, [Span(doc, 7, 8, span_id="food_and_beverage")])
    []
    """
    nouns, heads, _, openers, _ = trade_words()
    named = {s.id_ for s in spans if span_value(s, "in_name")}
    out: list[str] = []
    for s in spans:
        if span_value(s, "in_name") or span_value(s, "office") or s.id_ in named:
            continue
        head = s.end if s.end < len(doc) and doc[s.end].lower_ in heads else s.end - 1
        if head == s.end - 1 and doc[head].lower_ not in nouns:
            continue
        nxt = doc[head + 1] if head + 1 < len(doc) else None
        possessive = nxt is not None and nxt.lower_ in POSSESSIVE
        ends = (
            nxt is None
            or (nxt.is_punct and nxt.text != "-")  # not "the bank-holding company's"
            or possessive
            or nxt.lower_ in clause_words()
            or nxt.lower_.endswith("ed")
        )
        the = _definite(doc, s.start)
        if the is None or not ends or _speaks(doc, head, possessive):
            continue  # who speaks names no destination: "..., the carmaker said"
        opener = doc[the - 1].lower_ if the > 0 else ","
        if not (opener in openers or possessive):
            continue  # an object ("included the newspaper chain") or a recipient ("loans to the carmaker")
        if the > 1 and doc[the - 2].lower_ == "according":  # "according to the bank's counsel": a source
            continue
        out.append(s.id_)
    return list(dict.fromkeys(out))


def _speaks(doc: Doc, head: int, possessive: bool) -> bool:
    """Is the descriptor that ends at token ``head`` who speaks: before a verb of speech ("the carmaker
    said", "the supermarket warned"), or the owner of a document that speaks ("the tobacco group's
    annual report showed")?"""
    words = speech_verbs() | trade_words()[2]
    reach = POSSESSIVE_REACH if possessive else 1
    return any(t.lower_ in words for t in doc[head + 1 : head + 1 + reach])


def _definite(doc: Doc, start: int) -> int | None:
    """Where "the" opens the noun phrase whose modifiers run up to token ``start``, or None."""
    for k in range(start - 1, max(-1, start - MODIFIER_REACH - 1), -1):
        token = doc[k]
        if token.lower_ == "the":
            return k
        if not (token.is_alpha or token.like_num or token.text in ("-", ".", "No.", "U.S.", "'s", "’s")):
            return None  # "the world's biggest mobile phone operator": a possessive inside the phrase
        if token.text in ("'s", "’s") and doc[k - 1].lower_ not in trade_words()[4]:
            return None
    return None
