"""What an amount's size and the verb right before it say about its kind, for ``kinds``: a verb of
relief ("waive 180 billion won in rent" is relief paid to others), a cost word's reading (what a
project costs, an investment; a cost borne by someone, a loss; what one unit costs, a price) and an
amount below a bound without a scale word (what one unit costs: "the £400 Apple").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from . import lexicon
from .kinds_around import trigger_words


@lru_cache(maxsize=1)
def _cost_data() -> dict:
    """kinds.json ``cost_readings``, read once (a lexicon is read anew at each ``lexicon.load``)."""
    return lexicon.load("kinds.json")["cost_readings"]


@lru_cache(maxsize=1)
def _cost_readings() -> tuple[frozenset[str], str, frozenset[str]]:
    data = _cost_data()
    floor = int(data["scale_from"])
    scales = lexicon.load("scales.json")
    big = frozenset(w for w, s in scales.items() if not w.startswith("_") and int(s["factor"]) >= floor)
    return frozenset(data["triggers"]), data["kind"], big


_LEADING_NUMBER = re.compile(r"^[\d.,]+")


def scale_words(doc: Doc, start: int, end: int) -> set[str]:
    """The words of the amount doc[start:end] without its figures ("15m." -> "m", "5 mln" -> "mln"),
    among which its scale words stand."""
    return {_LEADING_NUMBER.sub("", w.lower_).rstrip(".") for w in doc[start:end]}  # "15m." ends a sentence


def project_cost(doc: Doc, kind: str, trig: tuple[int, int] | None, a_start: int, a_end: int) -> str:
    """The kind of an amount a cost word decided (kinds.json ``cost_readings``: "cost", "costing",
    "at a cost of"): a price when the amount is one a unit is sold for ("the gadget costs £99", "at
    a cost of $20 each"), the ``kind`` of the reading (an investment) when the amount is counted in
    millions or more ("Doom 3 is thought to have cost $15m", "reopening the line could cost up to
    £100m", "schemes costing £885m"): what a project, a programme or a development costs.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("It cost 15 million dlrs.")
    >>> project_cost(doc, "price", (1, 2), 2, 5), project_cost(nlp("It cost 15 dlrs."), "price", (1, 2), 2, 4)
    ('investment', 'price')
    """
    triggers, reading, big = _cost_readings()
    if kind != "price" or trig is None or trigger_words(doc, *trig) not in triggers:
        return kind
    if not scale_words(doc, a_start, a_end) & big:
        return kind
    return _cost_data()["borne_kind"] if borne(doc, trig, a_start, a_end) else reading


BEARER_WORDS = 5  # words at most of who bears a cost: "has cost the global car industry $5bn"


def borne(doc: Doc, trig: tuple[int, int], a_start: int, a_end: int) -> bool:
    """Is the amount a cost borne by someone, a loss, not what a project costs (kinds.json
    ``cost_readings``): the verb "cost" with its bearer between it and the amount ("cost the UK up to
    £8bn", "cost taxpayers £28.7m", "has cost it 1bn CFA francs"), or the noun with "to ... of" ("a
    cost to the global economy of around $105bn"); not when a verb of ``creation_verbs`` follows the
    amount ("cost Sony $10 million to make": a budget), nor after "the cost of" ("The cost of the
    project is $5bn").

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> borne(nlp("It cost the UK 8 bln stg."), (1, 2), 4, 7), borne(nlp("It cost 8 bln stg."), (1, 2), 2, 5)
    (True, False)
    >>> borne(nlp("with a cost to the economy of 5 bln dlrs"), (2, 3), 7, 10)
    True
    >>> borne(nlp("The film cost Sony 10 mln dlrs to make."), (2, 3), 4, 7)
    False
    """
    data = _cost_data()
    gap = [t for t in doc[trig[1] : a_start] if not t.is_space]
    words = [t.lower_ for t in gap]
    if not gap or len(gap) > BEARER_WORDS or trig[1] - trig[0] != 1:
        return False
    if words[0] == "to" and words[-1] == "of":  # "a cost to the global economy of"
        return True
    noun = trig[0] > 0 and doc[trig[0] - 1].lower_ in data["determiners"]  # "the cost of", "a cost"
    if noun or words[0] in data["not_bearers"] or not all(t.is_alpha or t.lower_ in ("'s", "’s") for t in gap):
        return False
    after = [t.lower_ for t in doc[a_end : a_end + 3] if not t.is_space]
    return not (after[:1] == ["to"] and len(after) > 1 and after[1] in data["creation_verbs"])


@lru_cache(maxsize=1)
def _unit_amounts() -> tuple[frozenset[str], float, str, frozenset[str]]:
    data = lexicon.load("kinds.json")["unit_amounts"]
    scales = frozenset(w for w in lexicon.load("scales.json") if not w.startswith("_"))
    return frozenset(data["sale_triggers"]), float(data["below"]), data["kind"], scales


def unit_amount(doc: Doc, kind: str, trigger: str, a_start: int, a_end: int, value: float) -> str:
    """The kind of an amount that is what one unit costs (kinds.json ``unit_amounts``): written without a
    scale word and below the bound, a price when no trigger decided it ("Rivals of the £400 Apple",
    "£30 to £40 console titles") or when a sale word decided a deal ("Apple offer a Mac Mini for £339",
    "selling for 19,800 yen"); else ``kind`` ("acquired for about 600,000 dlrs", "bought for $5m").

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> unit_amount(nlp("the £400 Apple"), "other", "", 1, 3, 400)
    'price'
    >>> unit_amount(nlp("sold for $5m"), "deal", "sold", 2, 5, 5e6)
    'deal'
    """
    sales, below, reading, scales = _unit_amounts()
    if not (kind == "other" and not trigger or kind == "deal" and trigger.lower() in sales) or value >= below:
        return kind
    return kind if scale_words(doc, a_start, a_end) & scales else reading


def size_readings(doc: Doc, kind: str, trig: tuple[int, int] | None, a_start: int, a_end: int, value: float) -> tuple:
    """(kind, trigger text, trigger tokens) once the verb before the amount and its size have had their
    say: a verb of relief (``relief_reading``: "waive 180 billion won in rent"), a project's cost
    (``project_cost``: "Doom 3 cost $15m"), a charge of a million or more (``charge_reading``), then what
    one unit costs (``unit_amount``: "the £400 Apple")."""
    kind, trig = relief_reading(doc, kind, trig, a_start, _relief_verbs())
    kind = project_cost(doc, kind, trig, a_start, a_end)
    if kind == "other" and trig is None:
        kind, trig = charge_reading(doc, a_start, a_end, value)
    text = doc[trig[0] : trig[1]].text if trig else ""
    return unit_amount(doc, kind, text, a_start, a_end, value), text, trig


@lru_cache(maxsize=1)
def _charge_readings() -> tuple[frozenset[str], float, str]:
    data = lexicon.load("kinds.json")["charge_readings"]
    return frozenset(data["nouns"]), float(data["from"]), data["kind"]


def charge_reading(doc: Doc, a_start: int, a_end: int, value: float) -> tuple:
    """(kind, trigger tokens) of an amount no word decided (kinds.json ``charge_readings``): of a million
    or more, with a charge as its noun right after it or before it with "of", a charge against
    earnings ("a 3.1 mln dlr charge for obsolete inventory", "charges of 12 mln dlrs"); else other.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> charge_reading(nlp("a 3.1 mln dlr charge"), 1, 4, 3.1e6), charge_reading(nlp("a 5 dlr charge"), 1, 3, 5.0)
    (('profit', (4, 5)), ('other', None))
    >>> charge_reading(nlp("charges of 12 mln dlrs"), 2, 5, 1.2e7)
    ('profit', (0, 1))
    """
    nouns, floor, reading = _charge_readings()
    if value < floor:
        return "other", None
    after = next((t for t in doc[a_end : a_end + 2] if not t.is_space), None)
    if after is not None and after.lower_ in nouns:
        return reading, (after.i, after.i + 1)
    if a_start >= 2 and doc[a_start - 1].lower_ == "of" and doc[a_start - 2].lower_ in nouns:
        return reading, (a_start - 2, a_start - 1)
    return "other", None


RELIEF_REACH = 3  # tokens at most between a relief verb and the amount it governs


@lru_cache(maxsize=1)
def _relief_verbs() -> frozenset[str]:
    return frozenset(lexicon.load("kinds.json")["relief_verbs"])


def relief_reading(doc: Doc, kind: str, trig: tuple[int, int] | None, a_start: int, verbs: frozenset[str]) -> tuple:
    """(kind, trigger) once a verb of relief (kinds.json ``relief_verbs``: "waive", "forgive") has had
    its say: right before the amount, at most RELIEF_REACH tokens back with no punctuation between,
    it makes the money relief paid to others (a subsidy) whatever noun follows the amount ("will
    waive 180 billion won in rent": no rent's price; "waive 2 trillion won in taxes": no tax).

    >>> from spacy.lang.en import English
    >>> doc = English()("It will waive up to 180 billion won in rent; it paid 5 won in rent.")
    >>> waive = frozenset({"waive"})
    >>> relief_reading(doc, "price", (9, 10), 5, waive), relief_reading(doc, "price", (17, 18), 14, waive)
    (('subsidy', (2, 3)), ('price', (17, 18)))
    """
    for k in range(a_start - 1, max(-1, a_start - RELIEF_REACH - 1), -1):
        if doc[k].lower_ in verbs:
            return "subsidy", (k, k + 1)
        if doc[k].is_punct:
            break
    return kind, trig
