"""How the words around an amount are read before and after its kind is decided, for ``kinds``: a
noun that spells a verb right before an amount ("the gadget costs £99"), a verb whose particle
follows the amount ("put X into"), a noun the amount quantifies through "of" ("9.6 billion dlrs of
debt"), the trigger spans that a longer one hides ("tax cuts" hides "cuts"), and the purpose that
an allocation or a frame noun names after the amount ("earmarked for subsidies", "a programme ...
to subsidise").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter

from spacy.tokens import Doc

from . import lexicon
from .kinds_around import before_gap, trigger_words
from .kinds_heads import DETERMINERS, indirect_object
from .kinds_proceeds import donation_decide, earned_decide, paid_for_decide, proceeds_decide
from .kinds_purposes import frame_purpose, goods_decide, purpose_decides
from .kinds_rates import past_companion
from .phrase_words import actors_lexicon, next_word


@lru_cache(maxsize=1)
def kinds_lexicon() -> dict:
    return lexicon.load("kinds.json")


def kind_order() -> list[str]:
    """The closed list of kinds, in the issue's order.

    >>> kind_order()[:3], kind_order()[-1]
    (['dividend', 'price', 'deal'], 'other')
    """
    return list(kinds_lexicon()["order"])


def split_index(kinds: dict) -> dict[str, dict[str, str]]:
    """verb -> {particle: kind} from the kinds' ``split_verbs`` ("put ... into"), each verb's particles
    longest first, so that "for each" is tried before "for" (``particle_kind``)."""
    index: dict[str, dict[str, str]] = {}
    for kind, entry in kinds.items():
        for form in entry.get("split_verbs", []):
            verb, particle = (part.strip().lower() for part in form.split("..."))
            index.setdefault(verb, {})[particle] = kind
    return {verb: dict(sorted(ps.items(), key=lambda item: -item[0].count(" "))) for verb, ps in index.items()}


@lru_cache(maxsize=1)
def passive_auxiliaries() -> frozenset[str]:
    """clauses.json's ``passive_auxiliaries`` ("was", "been", ...): before a participle, a passive."""
    return frozenset(lexicon.load("clauses.json")["passive_auxiliaries"])


def particle_kind(doc: Doc, at: int, particles: dict[str, str]) -> str | None:
    """The kind of the particle of ``particles`` whose words (one or more: "into", "to shareholders")
    follow from doc[at] on, spaces skipped, or None; in their order (``split_index``: longest first)."""
    for particle, kind in particles.items():
        i = at
        for word in particle.split():
            if i >= len(doc) or doc[i].lower_ != word:
                break
            i = next_word(doc, i + 1)
        else:
            return kind
    return None


@lru_cache(maxsize=1)
def weak_readings() -> frozenset[str]:
    """kinds.json's ``weak_readings``: words of ``verb_readings`` that decide only when nothing else does."""
    return frozenset(lexicon.load("kinds.json")["weak_readings"])


def split_verb(doc: Doc, start: int, far: int, verbs: dict[str, dict[str, str]], gap: frozenset[str]):
    """(kind, "verbs", start, end) of a verb whose particle follows the amount doc[start:far] and its
    conversions ("will put an extra A$2.4 billion into fibre networks", "paid 240 mln dlrs for
    Columbian Chemicals"; a phrasal verb of two words: "buy back 700 billion won of its stock"; past a
    per-share companion set off by commas: "pay US$4.2bn (£2.2bn), or $75 a share, for"), or
    None; only the words of ``gap`` may stand between the verb and the amount. Not a passive ("was
    paid £45,000 for the paperback": a fee), nor a particle that opens a reason ("to pay 41.3 mln
    dlrs for allegedly defaulting", "for every pound", "for each condom"). A name paid may stand
    between the verb and the amount (``past_payee``: "paid Everton £27m for Wayne Rooney")."""
    after = next_word(doc, far)
    if after + 1 < len(doc) and doc[after].text == ",":  # "pay US$4.2bn (£2.2bn), or $75 a share, for"
        past = past_companion(doc, after + 1)
        after = next_word(doc, past + 1) if past > after + 1 and past < len(doc) and doc[past].text == "," else after
    if not verbs or after >= len(doc):
        return None
    i = start - 1
    while i >= 0 and (doc[i].is_space or doc[i].lower_ in gap):
        i -= 1
    if i < 0:
        return None
    i = past_payee(doc, i, verbs)
    first = i  # the verb's first word
    kind = particle_kind(doc, after, verbs.get(doc[i].lower_, {}))
    if kind is None and i > 0:  # a phrasal verb: "buy back 700 billion won of its stock"
        kind = particle_kind(doc, after, verbs.get(f"{doc[i - 1].lower_} {doc[i].lower_}", {}))
        first = i - 1
    if kind is None or (i > 0 and doc[i - 1].lower_ in passive_auxiliaries() and not doc[i].lower_.endswith("ing")):
        return None  # "was paid ... for" (not "is putting ... into")
    obj = next_word(doc, after + 1)
    reason = (
        obj < len(doc)
        and doc[obj].is_lower
        and (doc[obj].lower_.endswith(("ing", "ly")) or doc[obj].lower_ in ("every", "each"))
        and not heads_a_company(doc, obj)
    )
    if reason and doc[after].lower_ == "for" and kind == verbs.get(doc[first].lower_, {}).get("for", kind):
        return None  # unless the verb's "for each" is a particle of its own: "paying $290m for each of the"
    return (kind, "verbs", first, i + 1)


COMPANY_HEAD_REACH = 2  # words after a modifier in -ing to the head of a company's description


@lru_cache(maxsize=1)
def _company_heads() -> frozenset[str]:
    return frozenset(actors_lexicon()["actor_heads"])


def heads_a_company(doc: Doc, i: int) -> bool:
    """Does the word at ``i`` open a description of a company, an actor head (actors.json
    ``actor_heads``: "maker", "group") at most COMPANY_HEAD_REACH lower-case words on ("for chewing
    gum maker Adams", "for engineering group Smiths"), not a reason ("for breaching the rules")?

    >>> from spacy.lang.en import English
    >>> doc = English()("for chewing gum maker Adams and for breaching the rules")
    >>> heads_a_company(doc, 1), heads_a_company(doc, 7)
    (True, False)
    """
    words = doc[i + 1 : i + 1 + COMPANY_HEAD_REACH]
    for word in words:
        if word.lower_ in _company_heads():
            return True
        if not word.is_lower:
            return False
    return False


PAYEE_REACH = 3  # words of a name between a split verb and its amount: "paid Everton £27m for"


def past_payee(doc: Doc, i: int, verbs: dict) -> int:
    """The split verb before the name that ends at token ``i`` and is the one paid ("Manchester
    United paid Everton £27m for Wayne Rooney"), else ``i``: the verb then stands right before a
    capitalised name of at most PAYEE_REACH words.

    >>> from spacy.lang.en import English
    >>> doc = English()("United paid Everton 27 pounds for him")
    >>> past_payee(doc, 2, {"paid": {"for": "deal"}}), past_payee(doc, 2, {})
    (1, 2)
    """
    k = i
    while k >= 0 and i - k < PAYEE_REACH and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k -= 1
    return k if k < i and k >= 0 and doc[k].lower_ in verbs else i


def verb_readings(doc: Doc, triggers: list, readings: dict[str, str], starts: frozenset[int], make) -> list:
    """The triggers (sorted by start), with a word of ``readings`` right before an amount (a token
    of ``starts``) read as the verb it spells, made by ``make(kind, "verbs", start, end)``: "the
    gadget costs £99" is a price, and so is "costs an average of £2.31" (kinds.json ``reading_gaps``);
    a one-word trigger there (the noun "costs") gives way; "costs of £5m", "cutting costs by $1bn"
    stay what they were."""
    verbs = {}
    for start in starts:
        j = start - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        j = before_gap(doc, j)  # "costs an average of £2.31"
        if j >= 1 and indirect_object(doc[j]) and doc[j - 1].is_lower and doc[j - 1].lower_ in readings:
            j -= 1  # "Sun Grid costs users $1 an hour"
        if j >= 0 and doc[j].is_lower and doc[j].lower_ in readings:  # not a table row's label "Costs"
            verbs[j] = readings[doc[j].lower_]
    if not verbs:
        return triggers
    weak = weak_readings()  # "approved 2.1 billion soles": only when no noun decides ("in new funds")
    out = [t for t in triggers if not (t.end - t.start == 1 and t.start in verbs)]
    out += [make(kind, "weak_verbs" if doc[j].lower_ in weak else "verbs", j, j + 1) for j, kind in verbs.items()]
    return sorted(out, key=lambda t: (t.start, t.end))


ADJECTIVE_LEADS = frozenset({"for", "on", "in", "of", "with", "from", "into"})
NOUN_OPENERS = DETERMINERS | {"new", "'s", "’s"}


def noun_position(doc: Doc, triggers: list, money_ends: frozenset[int]) -> list:
    """The triggers without the verb reading of a word listed as one kind's verb and another's noun
    ("fund": financing verb, investment noun) where only a noun can stand: after a determiner or a
    possessive, right after an amount, or after a hyphenated modifier ("a S$1.5 billion deep-tech fund",
    "its fund"); "will fund the plant" keeps both. Nor a verb in -ed that stands as an adjective, after a
    determiner or a preposition and before a noun ("16 mln dlrs for advanced exploration").

    >>> from collections import namedtuple
    >>> import spacy
    >>> T = namedtuple("T", "kind where start end")
    >>> doc = spacy.blank("en")("a deep-tech fund to fund plants")
    >>> ts = [T("financing", "verbs", 4, 5), T("investment", "nouns", 4, 5), T("financing", "verbs", 6, 7)]
    >>> [(t.kind, t.start) for t in noun_position(doc, ts, frozenset())]
    [('investment', 4), ('financing', 6)]
    >>> doc = spacy.blank("en")("5 mln for advanced exploration and advanced 5 mln")
    >>> ts = [T("financing", "verbs", 3, 4), T("financing", "verbs", 6, 7)]
    >>> [t.start for t in noun_position(doc, ts, frozenset())]
    [6]
    """
    nouns = {(t.start, t.end) for t in triggers if t.where == "nouns"}

    def noun_only(t) -> bool:
        j = t.start - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j < 0:
            return False
        before = doc[j]
        hyphened = j >= 2 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_
        return before.lower_ in NOUN_OPENERS or t.start in money_ends or hyphened

    def adjective(t) -> bool:  # "for advanced exploration", "the committed funds": a participle before a noun
        if t.end - t.start != 1 or not doc[t.start].lower_.endswith("ed") or t.start == 0 or t.end >= len(doc):
            return False
        before, after = doc[t.start - 1], doc[t.end]
        return (before.lower_ in NOUN_OPENERS or before.lower_ in ADJECTIVE_LEADS) and after.is_alpha and after.is_lower

    return [
        t for t in triggers if not (t.where == "verbs" and ((t.start, t.end) in nouns and noun_only(t) or adjective(t)))
    ]


DESTINATION_LEADS = frozenset({"to", "for", "into", "on", "in"})


def led_destination(doc: Doc, t, nouns: frozenset[str], reach: int = 6) -> bool:
    """Is the trigger a noun of where money goes (kinds.json ``destination_nouns``: "projects",
    "plants") after a preposition of destination and its modifiers ("grants of 1.2 billion euros to
    low-carbon steel projects and 800 million euros to battery makers", "its total support for the
    projects")? It names no kind when another trigger does.

    >>> from collections import namedtuple
    >>> from spacy.lang.en import English
    >>> T = namedtuple("T", "kind where start end")
    >>> doc = English()("grants to low-carbon steel projects; the projects cost")
    >>> led_destination(doc, T("investment", "nouns", 6, 7), frozenset({"projects"}))
    True
    >>> led_destination(doc, T("investment", "nouns", 9, 10), frozenset({"projects"}))
    False
    """
    if t.where != "nouns" or trigger_words(doc, t.start, t.end) not in nouns:
        return False
    for j in range(t.start - 1, max(-1, t.start - 1 - reach), -1):
        w = doc[j]
        if w.lower_ in DESTINATION_LEADS:
            return True
        if not (w.is_lower or w.text == "-" or w.lower_ in ("the", "its", "their")) or w.is_punct and w.text != "-":
            return False
    return False


def purpose_of(doc: Doc, decided: tuple, triggers: list, far: int, clause_end: int) -> tuple:
    """(kind, trigger tokens) once the purpose after the amount has had its say: an allocation's
    (``purpose_decides``), a sale's proceeds (``proceeds_decide``), money raised for those in need
    (``donation_decide``), money paid for a thing (``paid_for_decide``), goods bought or sold
    (``goods_decide``), then a frame noun's (``frame_purpose``)."""
    decided = proceeds_decide(doc, purpose_decides(doc, decided, triggers, far, clause_end), triggers, far, clause_end)
    decided = earned_decide(doc, decided, triggers, far, clause_end)  # "earned 9.1 trillion CFA francs from exports"
    decided = donation_decide(doc, decided, far, clause_end)  # "raising £115,000 for victims of the tsunami"
    decided = paid_for_decide(doc, decided, triggers, far, clause_end)  # "£2.9bn was paid by X for a stake"
    decided = goods_decide(doc, decided, triggers, far, clause_end)  # "buy 3 billion won worth of drones"
    return frame_purpose(doc, decided, triggers, clause_end)


def contained(spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans within a longer one: sorted by start, longest first, against the furthest end so far.

    >>> sorted(contained({(0, 3), (1, 2), (4, 5)}))
    [(1, 2)]
    """
    inside, furthest = set(), -1
    for s, e in sorted(spans, key=lambda se: (se[0], -se[1])):
        if e <= furthest:
            inside.add((s, e))
        furthest = max(furthest, e)
    return inside


@lru_cache(maxsize=1)
def _level_modifiers() -> frozenset[str]:
    return frozenset(lexicon.load("kinds.json")["level_modifiers"])


VALUED_REACH = 6  # tokens back from a valuation verb to the trigger noun whose money it values


def valued_noun(doc: Doc, kind: str, trig: tuple[int, int] | None, triggers: list, data: dict) -> tuple[str, tuple]:
    """A valuation verb (kinds.json ``valued_subjects``) right after a trigger noun of another kind
    (only ``gap`` words between) says what that noun's money is worth: "a deal valued at about 120
    mln dlrs", "its offer, valued at 96 mln dlrs" are the deal's. An active verb does only after an
    ``offer_nouns`` word ("the offer values the company at", "the latest proposal, which values the
    club at £800m": a bid for the whole); "a deal that values the group at" is the deal's when it buys
    the whole (``whole_valued``), a valuation when it buys a stake, and so is a noun of ``things`` ("the
    plant, valued at"). ``triggers``: the Doc's, sorted by start."""
    if kind != "valuation" or trig is None or doc[trig[0]].lower_ not in data["verbs"]:
        return kind, trig
    k = trig[0] - 1
    while k >= 0 and (doc[k].is_space or doc[k].lower_ in data["gap"]):
        k -= 1
    passive = trig[0] + 1 < len(doc) and doc[trig[0] + 1].lower_ == "at"  # "valued at"
    lo = bisect_left(triggers, k - VALUED_REACH, key=lambda t: t.start)
    before = triggers[lo : bisect_left(triggers, k + 1, lo=lo, key=lambda t: t.start)]
    noun = next((t for t in before if t.end == k + 1 and t.where == "nouns" and t.kind != kind), None)
    if noun is not None and doc[noun.start : noun.end].text.lower() in data["things"]:
        noun = None  # "the refinery and chemical plant, valued at about 1.1 billion dlrs": what it is worth
    if noun is not None and passive:
        return noun.kind, (noun.start, noun.end)
    offer = next((o for o in data["offer_nouns"] if doc[max(0, k - o.count(" ")) : k + 1].text.lower() == o), None)
    if offer is not None:
        start = k - offer.count(" ")
        return data["offer_kind"], (start, k + 1)
    if passive:
        return kind, trig
    return whole_valued(doc, *offer_valued(doc, kind, trig, triggers, data), triggers, data)


VALUE_VERB_LEADS = frozenset({"to", "would", "will", "could", "may", "might", "should", "does", "did", "do"})


def whole_valued(doc: Doc, kind: str, trig: tuple[int, int], triggers: list, data: dict) -> tuple[str, tuple]:
    """An active valuation verb whose sentence's last trigger before it, prices and head nouns aside,
    is a noun of the offer's kind, with no noun of ``parts`` before the verb in its sentence: the deal
    values the whole it buys ("Morrisons is paying 60p in cash ... for each Safeway share, a deal that
    values the chain at about £3bn", "Telefonica's offer of 200p a share values O2 at £17.7bn"). A
    stake's deal that values its company stays a valuation ("agreed to buy a 25% stake in Manipal
    Health for 175 billion rupees, a deal that values the group at"). Only a verb: "value" after one
    of VALUE_VERB_LEADS ("would value"), not the noun ("the value rose to").

    >>> from types import SimpleNamespace as T
    >>> from spacy.lang.en import English
    >>> data = {"verbs": ["values"], "participles": ["valuing"], "parts": ["stake"], "offer_kind": "deal"}
    >>> nlp = English()
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("a deal that values the chain at 3 bn")
    >>> whole_valued(doc, "valuation", (3, 4), [T(start=1, end=2, kind="deal", where="nouns")], data)
    ('deal', (1, 2))
    >>> doc = nlp("a stake , a deal that values the chain at 3 bn")
    >>> whole_valued(doc, "valuation", (6, 7), [T(start=4, end=5, kind="deal", where="nouns")], data)
    ('valuation', (6, 7))
    """
    verb = doc[trig[0]]
    if kind != "valuation" or verb.lower_ not in data["verbs"] or verb.lower_ in data["participles"]:
        return kind, trig  # "valuing": a participle, read by ``offer_valued``
    if verb.lower_ == "value" and (verb.i == 0 or doc[verb.i - 1].lower_ not in VALUE_VERB_LEADS):
        return kind, trig  # a noun: "the value rose to", "an indicated value of"
    sent = verb.sent.start
    span = triggers[bisect_left(triggers, sent, key=START) : bisect_left(triggers, trig[0], key=START)]
    last = next((t for t in reversed(span) if t.kind != "price" and t.where != "head_nouns"), None)
    if last is None or last.kind != data["offer_kind"] or last.where != "nouns":
        return kind, trig
    if any(w.lower_ in data["parts"] for w in doc[sent : trig[0]]):
        return kind, trig
    return data["offer_kind"], (last.start, last.end)


def offer_valued(doc: Doc, kind: str, trig: tuple[int, int], triggers: list, data: dict) -> tuple[str, tuple]:
    """A participle of ``data["participles"]`` after a comma ("valuing") values what the clause before
    it offers or buys when its last trigger, prices and head nouns aside, is of the offer's kind and no
    part (``parts``): "raised his offer for M&S to 400p a share, valuing the retailer at £9.1bn" is the
    deal's whole; "$1bn for a 40% stake in Alibaba, valuing", "... in an IPO, valuing" and "Shares in
    Vodafone closed at 141p, valuing" stay valuations. So does a verb of ``offer_verbs`` with "for" after
    it and no ``parts`` noun in the clause ("is offering $42 a share for ISG, half in cash and half in
    its own stock, valuing the US steelmaker at about $4.5bn"; "is offering 5 mln new shares,
    valuing" stays a valuation)."""
    at = trig[0]
    if doc[at].lower_ not in data["participles"] or at == 0 or doc[at - 1].text != ",":
        return kind, trig
    span = triggers[bisect_left(triggers, doc[at].sent.start, key=START) : bisect_left(triggers, at, key=START)]
    last = next((t for t in reversed(span) if t.kind != "price" and t.where != "head_nouns"), None)
    if last is not None and last.kind == data["offer_kind"] and doc[last.end - 1].lower_ not in data["parts"]:
        return data["offer_kind"], (last.start, last.end)
    words = doc[doc[at].sent.start : at]  # "is offering $42 a share for ISG, ..., valuing the steelmaker at"
    offer = next((w for w in words if w.lower_ in data["offer_verbs"]), None)
    if (
        offer is not None
        and any(w.lower_ == "for" for w in doc[offer.i : at])  # a bid names what it is for; an issue does not
        and (last is None or last.start >= offer.i)  # "half in cash and half in its own stock": the offer's
        and not any(w.lower_ in data["parts"] for w in words)
    ):
        return data["offer_kind"], (offer.i, offer.i + 1)
    return kind, trig


HELD_GAP = 4  # words at most between a stake and "worth" ("its 18.9% stake in Lenovo, worth about")


def held_part(doc: Doc, kind: str, trig: tuple[int, int] | None, far: int, triggers: list, data: dict) -> str:
    """A deal decided by a noun of ``parts`` ("stake", "holding") that "worth" (``worth``) follows
    before the amount, at most HELD_GAP words on, with no verb trigger of the deal's kind before the
    noun in its sentence, nor one of ``stake_takers``: what a stake held is worth, a valuation ("IBM's
    18.9% stake in Lenovo, worth about $600m"; "bought a stake worth $600m", "has taken a 25 pct stake
    worth five mln krone" stay deals). ``far``: the amount's end."""
    if kind != data["offer_kind"] or trig is None or doc[trig[1] - 1].lower_ not in data["parts"]:
        return kind
    worth = next((w.i for w in doc[trig[1] : far] if w.lower_ in data["worth"]), None)
    if worth is None or worth - trig[1] > HELD_GAP:
        return kind
    sent = doc[trig[0]].sent.start
    if any(t.where == "verbs" and t.kind == kind and sent <= t.start < trig[0] for t in triggers):
        return kind
    if any(w.lower_ in data["stake_takers"] for w in doc[sent : trig[0]]):
        return kind  # "has taken a 25 pct stake worth five mln krone": bought
    return "valuation"


START = attrgetter("start")  # to bisect triggers sorted by their first token


def noun_readings(doc: Doc, kind: str, trig, far: int, triggers: list, readings: tuple) -> tuple[str, tuple | None]:
    """The kind and trigger of an amount after the readings of the noun that decides it:
    ``quantified_kind`` ("9.6 billion dlrs of debt"), ``valued_noun`` ("a deal valued at"), ``held_part``
    ("its stake, worth $600m") and
    ``market_operation`` ("provided the money market with 37 mln stg assistance"); ``readings``:
    kinds.json (verb_readings, quantified_heads, valued_subjects, market_operations)."""
    kind = quantified_kind(doc, kind, trig, readings[1], far)
    kind, trig = valued_noun(doc, kind, trig, triggers, readings[2])
    kind = held_part(doc, kind, trig, far, triggers, readings[2])
    return market_operation(doc, kind, trig, readings[3]), trig


MARKET_REACH = 200  # characters around the deciding noun where the money market must be named


def market_operation(doc: Doc, kind: str, trig: tuple[int, int] | None, data: dict) -> str:
    """A noun of kinds.json ``market_operations`` ``nouns`` ("assistance") deciding an
    amount near words of its ``markets`` ("the money market", "bill offers") is a central bank's
    lending to the market, its ``kind`` (financing), not aid to others: "The Bank of England said it
    had provided the money market with 37 mln stg assistance", "gave 90 mln stg assistance at an early
    round of bill offers"; "150 mln dlrs in assistance to flood victims" stays aid. Else ``kind``.

    >>> from spacy.lang.en import English
    >>> data = {"nouns": ["assistance"], "markets": ["money market"], "kind": "financing"}
    >>> market = English()("It gave the money market 16 mln stg assistance.")
    >>> market_operation(market, "subsidy", (8, 9), data)
    'financing'
    >>> market_operation(English()("farmers got 5 mln stg assistance"), "subsidy", (5, 6), data)
    'subsidy'
    """
    if trig is None or doc[trig[0] : trig[1]].text.lower() not in data["nouns"]:
        return kind
    at = doc[trig[0]].idx
    near = doc.text[max(0, at - MARKET_REACH) : at + MARKET_REACH].lower()
    return data["kind"] if any(m in near for m in data["markets"]) else kind


def quantified_kind(doc: Doc, kind: str, trig: tuple[int, int] | None, heads: dict[str, str], far: int) -> str:
    """The kind of an amount whose deciding trigger is a noun of ``heads`` that the amount (ending,
    with its conversions, at token ``far``) quantifies through "of", at most two lower-case
    modifiers between: "9.6 billion dlrs of debt", "700 mln dlrs of debt of Dana Corp" are
    financing, while "debt of $81bn", "its debt rose to" and "$190bn of bad debt" (kinds.json
    ``level_modifiers``) stay what the noun is; else ``kind``."""
    if trig is None or trig[0] < far or trig[1] - trig[0] != 1 or doc[trig[0]].lower_ not in heads:
        return kind  # not a noun after the amount: "reducing the stock of debt by 300 mln dlrs"
    j = trig[0] - 1
    while j > trig[0] - 4 and j >= far and (doc[j].is_space or (doc[j].is_lower and doc[j].lower_ != "of")):
        j -= 1
    level = any(w.lower_ in _level_modifiers() for w in doc[j + 1 : trig[0]])  # "$190bn of bad debt"
    gap = [w for w in doc[far:j] if not w.is_space]
    return heads[doc[trig[0]].lower_] if doc[j].lower_ == "of" and not gap and not level else kind
