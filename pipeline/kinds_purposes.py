"""The purpose named after an amount, for ``kinds_readings.purpose_of``: an allocation ("earmarked",
"set aside", "budget") gives way to the kind of the purpose it names ("earmarked for subsidies", "to
subsidise"), a frame noun to the verb after its "to" ("a programme ... to subsidise"); a purchase of
no company or stake and a "raise" of no money name no kind of their own ("to buy vacant homes",
"to raise car output").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from . import lexicon
from .kinds_around import trigger_words
from .kinds_heads import ends_phrase
from .kinds_proceeds import PURPOSE_BREAKS as _PURPOSE_BREAKS


@lru_cache(maxsize=1)
def _purpose() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon.load("kinds.json")
    purposes, ends = data["purposes"], frozenset(data["phrase_followers"])
    return frozenset(purposes["allocations"]), frozenset(purposes["kinds"]), frozenset(purposes["prepositions"]), ends


@lru_cache(maxsize=8)  # one entry per key read here
def _kinds_words(*keys: str) -> frozenset[str]:
    """The words at kinds.json[keys[0]][keys[1]]..., read once per key."""
    data = lexicon.load("kinds.json")
    for key in keys:
        data = data[key]
    return frozenset(data)


def frame_purpose(doc: Doc, decided: tuple, triggers: list, clause_end: int) -> tuple:
    """(kind, trigger tokens): a frame noun (kinds.json's ``frame_heads``: "programme", "scheme")
    gives way to a verb of a purpose kind right after "to" a few words on ("a 200 billion rupee
    programme running 2024-2028 to subsidise electric buses" is a subsidy; "a plan to build" stays,
    and so does a verb with an ``empty_object``: "tourism programmes and plans to raise that figure")."""
    trig = decided[1]
    if trig is None or doc[trig[0] : trig[1]].text.lower() not in _kinds_words("frame_heads"):
        return decided
    kinds = _purpose()[1]
    for i in range(trig[1], min(clause_end - 1, trig[1] + 8)):
        if doc[i].lower_ == "to":
            verb = next((t for t in triggers if t.start == i + 1 and t.where in ("verbs", "firm_verbs")), None)
            if verb is None or verb.kind not in kinds or empty_object(doc, verb, clause_end, triggers):
                return decided  # "programmes and plans to raise that figure to": no money raised
            return verb.kind, (verb.start, verb.end)
    return decided


DEAL_OBJECT_REACH = 6  # tokens after a purpose's deal verb in which what it buys is named


def deal_object(doc: Doc, start: int, clause_end: int, triggers: list) -> bool:
    """Is what a purpose's deal verb ("to buy", "to acquire") takes, in the few words from token
    ``start``, a company or a stake: a capitalised name or a deal noun ("a 20 percent stake", "shares
    in Hexal")? Buying homes, buses or land is what an allocation is spent on."""
    end = min(clause_end, start + DEAL_OBJECT_REACH)
    nouns = any(t.kind == "deal" and t.where == "nouns" and start <= t.start < end for t in triggers)
    return nouns or any(w.text[:1].isupper() for w in doc[start:end])


def raised_money(doc: Doc, start: int, clause_end: int, triggers: list) -> bool:
    """Do the few words from token ``start``, after a purpose's "to raise", name money raised: a
    financing noun ("funds", "capital") or one of kinds.json ``raised_objects``, not "car output"
    or "the pay of conscripts"?"""
    end = min(clause_end, start + DEAL_OBJECT_REACH)
    kept = _kinds_words("raised_objects")
    nouns = any(t.kind == "financing" and t.where == "nouns" and start <= t.start < end for t in triggers)
    return nouns or any(w.lower_ in kept for w in doc[start:end])


def empty_object(doc: Doc, verb, clause_end: int, triggers: list) -> bool:
    """Does the trigger ``verb``'s object keep it from making the money its kind: a deal verb whose
    object is no company or stake ("2.3 trillion won to buy vacant homes": ``deal_object``), or
    "raise" of no money ("1.7 trillion won to raise the pay of soldiers": ``raised_money``)?"""
    if verb.kind == "deal":
        return not deal_object(doc, verb.end, clause_end, triggers)
    return doc[verb.start].lower_ in _kinds_words("level_verbs") and not raised_money(
        doc, verb.end, clause_end, triggers
    )


def bare_purchase(doc: Doc, verb, clause_end: int, triggers: list) -> bool:
    """Is the trigger ``verb`` after "to", with an ``empty_object``?"""
    return doc[verb.start - 1].lower_ == "to" and empty_object(doc, verb, clause_end, triggers)


def verb_after(doc: Doc, t, a_end: int, auxiliaries: frozenset[str], purpose: tuple = ()) -> bool:
    """Is the verb trigger ``t`` what happens to the amount ending at a_end, through one of the
    ``auxiliaries`` ("800 billion won to be spent on ships")? Not a bare participle ("20 trillion won
    earmarked for SMEs"), nor with ``purpose`` (clause end, triggers) a ``bare_purchase`` ("to buy
    vacant homes")."""
    if purpose and bare_purchase(doc, t, *purpose):
        return False
    gap = [w for w in doc[a_end : t.start] if not w.is_space]
    return 0 < len(gap) <= 3 and all(w.lower_ in auxiliaries for w in gap)


def purpose_decides(doc: Doc, decided: tuple, triggers: list, far: int, clause_end: int) -> tuple:
    """(kind, trigger tokens): an allocation (kinds.json's ``purposes``: "earmarked", "set aside",
    "budget") gives way to the purpose it names after the amount, when that purpose is a kind of its
    own ("24.2 trillion pesos is earmarked for subsidies for the poor" is a subsidy, "set aside 2
    trillion won for loans to exporters" financing, "spent 59.2 trillion rupiah on fuel subsidies" a
    subsidy); "earmarked for AI centres" stays an investment. Only the first "for" or "on" after the
    amount counts, and its noun within a few modifiers; or a verb of a purpose kind that follows as
    a participle or after "to" ("will spend 1.2 trillion won this year subsidising purchases")."""
    trig = decided[1]
    allocations, kinds, prepositions, ends = _purpose()
    if trig is None or trigger_words(doc, *trig) not in allocations:
        return decided
    verbs = {t.start: t for t in triggers if t.where in ("verbs", "firm_verbs") and t.start >= far}
    for i in range(far, min(clause_end, far + 8)):
        verb = verbs.get(i)
        if verb is not None and (doc[i].lower_.endswith("ing") or doc[i - 1].lower_ == "to"):
            if any(w.lower_ in _PURPOSE_BREAKS for w in doc[far:i]):
                return decided  # "spending about $200m between 1996 and 2002 while earning much less"
            # "spend 1.2 trillion won subsidising purchases", "to subsidise"; not "to fund" (paying_verbs)
            paying = doc[i].lower_ in _kinds_words("purposes", "paying_verbs")
            if empty_object(doc, verb, clause_end, triggers):
                return decided  # "set aside 2.3 trillion won to buy vacant homes", "to raise car output"
            return (verb.kind, (verb.start, verb.end)) if verb.kind in kinds and not paying else decided
        if doc[i].lower_ not in prepositions:
            continue
        gerund = verbs.get(i + 1)
        if gerund is not None and doc[i + 1].lower_.endswith("ing"):  # "spent A$584m on buying a stake"
            return (gerund.kind, (gerund.start, gerund.end)) if gerund.kind in kinds else decided
        for t in triggers:
            words = doc[i + 1 : t.start]
            if (
                t.start > i
                and t.where == "nouns"
                and len(words) <= 4
                and all(w.is_alpha or w.text == "-" for w in words)
                and ends_phrase(doc, t.end, ends)  # its head: not "facility" in "facility improvements"
                and trigger_words(doc, t.start, t.end) not in _kinds_words("verb_heads")  # "into private equity funds"
            ):
                return (t.kind, (t.start, t.end)) if t.kind in kinds else decided
        return decided
    return decided


@lru_cache(maxsize=1)
def _goods_kinds() -> dict[str, str]:
    """kinds.json ``goods_purchases``: verb -> the kind of buying or selling goods with it."""
    data = lexicon.load("kinds.json")["goods_purchases"]
    return {verb: kind for kind in ("investment", "revenue") for verb in data[kind]}


@lru_cache(maxsize=1)
def _goods_of_kinds() -> dict[str, str]:
    """kinds.json ``goods_purchases`` ``goods_of``: a kind -> the kind of "worth of" goods it names."""
    return dict(lexicon.load("kinds.json")["goods_purchases"]["goods_of"])


def goods_decide(doc: Doc, decided: tuple, triggers: list, far: int, clause_end: int) -> tuple:
    """(kind, trigger tokens): a deal verb whose amount is "worth of" things that are no stake, security
    or money buys or sells goods: buying them is spending, an investment ("will buy 3 billion won
    worth of hydrogen-powered drones"), selling them revenue ("aims to sell 150 billion won worth of
    drones", "sold half a billion pounds' worth of its asthma drug Seretide"); "bought 50 mln dlrs
    worth of Allegheny shares" or "of marks and yen" (``_securities``) stays a deal. A tax's amount
    "worth of" goods is what they are worth, traded (``goods_of``: "tariffs on 300 mln dlrs worth of
    Japanese goods")."""
    trig = decided[1]
    if trig is None or (decided[0] != "deal" and decided[0] not in _goods_of_kinds()):
        return decided
    kind = _goods_kinds().get(trigger_words(doc, *trig)) if decided[0] == "deal" else _goods_of_kinds()[decided[0]]
    if far < len(doc) and doc[far].text in ("'", "’", "'s", "’s"):
        far += 1  # "half a billion pounds' worth of"
    words = [w.lower_ for w in doc[far : far + 2]]
    if kind is None:
        return decided
    if words == ["worth", "of"]:
        things = far + 2
    elif kind == "investment" and buys_as_subject(doc, far, trig[0]):
        things = trig[1]  # "50 billion won will buy nursing robots": the money buys, it is spent
        if things < len(doc) and doc[things].text[:1].isupper():
            return decided  # "will buy Hexal": a company
    else:
        return decided
    end = min(clause_end, things + DEAL_OBJECT_REACH)
    if any(t.kind == "deal" and t.where == "nouns" and things <= t.start < end for t in triggers):
        return decided  # "worth of a stake in"
    if any(w.lower_ in _securities() for w in doc[things:end]):
        return decided  # "worth of shares in the company", "of bonds"
    return kind, trig


MODALS = frozenset({"will", "would", "could", "can", "should", "may", "might"})
SUBJECT_AUXILIARIES = MODALS | {"is", "are", "be", "also", "then"}


def buys_as_subject(doc: Doc, far: int, verb: int) -> bool:
    """Is the amount that ends at token ``far`` the subject of the buying verb at ``verb``: a modal
    first, then only auxiliaries (``SUBJECT_AUXILIARIES``) between ("50 billion won will buy nursing
    robots"; not "a 2.7bn-euro purchase of")?

    >>> from spacy.lang.en import English
    >>> doc = English()("and 50 billion won will buy robots; it will buy 5 mln dlrs of; a 5 mln dlr purchase")
    >>> buys_as_subject(doc, 4, 5), buys_as_subject(doc, 14, 10), buys_as_subject(doc, 19, 19)
    (True, False, False)
    """
    words = doc[far:verb]
    if not (words and words[0].lower_ in MODALS and len(words) <= 3):
        return False
    return all(w.lower_ in SUBJECT_AUXILIARIES for w in words)


@lru_cache(maxsize=1)
def _securities() -> frozenset[str]:
    """Securities and money (kinds.json ``proceeds`` ``securities``, ``goods_purchases`` ``not_goods``):
    what a central bank buys "worth of" ("treasury tap stocks", "marks and yen") is no goods."""
    data = lexicon.load("kinds.json")
    return frozenset(data["proceeds"]["securities"] + data["goods_purchases"]["not_goods"])
