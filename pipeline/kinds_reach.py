"""Where a trigger may decide an amount from: the placement rules of ``kinds.KindFinder`` (kinds.json
``lead_nouns``, ``level_verbs`` with ``raised_objects``, ``share_leads`` with ``ratio_bases``,
``destination_nouns``, ``sold_for``, ``offered_for``, ``chart_places``), each a pure function of the
tokens around it."""

from __future__ import annotations

from spacy.tokens import Doc

from .kinds_around import trigger_words
from .kinds_heads import ends_phrase
from .kinds_rates import past_rate
from .kinds_readings import passive_auxiliaries, split_verb
from .kinds_units import Trigger
from .phrase_words import month_words, next_word

NOT_MODIFIERS = frozenset(
    {"and", "or", "but", "while", "than", "which", "that", "is", "was", "are", "were"}
)  # end a base


def placed(doc: Doc, t, a_start: int, words: tuple[frozenset[str], ...]) -> bool:
    """May the trigger ``t`` decide the amount that starts at token ``a_start`` from where it stands:
    a noun of kinds.json ``lead_nouns`` (``words[0]``) only right before it ("an estimated worth of
    $2.6bn", not "$48bn worth of cars" nor "$70.8 billion worth of cars and $9.8 billion"); a verb
    of ``level_verbs`` (``words[1]``) not when it moves the level of its object ("raised the
    allocation to 1.6 lakh crore rupees": ``moves_level``); a noun of ``ratio_bases``
    (``words[3]``, an economy's output) only before the amount ("GDP rose 5.7 pct to", not "35.3
    billion dlrs a year ... to achieve growth in gross domestic product"), and not as what a
    percentage is a share of (``share_base``, ``share_leads``: "1.0 pct of GDP, or some four
    billion stg" is the borrowing), unless right before the amount as its own noun; any other
    trigger anywhere ("creditors holding $41bn - or 40% of the total debt" is debt)."""
    text = doc[t.start : t.end].text.lower()
    if text in words[1] and moves_level(doc, t.end, a_start, words[4]):
        return False
    own = 0 <= a_start - t.end <= 2 and all(w.is_alpha for w in doc[t.end : a_start])  # "loans of 1.3 bln"
    if text in words[3] and (t.start >= a_start or (not own and share_base(doc, t.start, words[2]))):
        return False  # GDP after the amount, or as a percentage's base: "1.0 pct of GDP, or some"
    # a lead noun only right before the amount: "worth of $2.6bn", not "worth of cars and $9.8 billion"
    return text not in words[0] or (t.end <= a_start and all(w.is_space for w in doc[t.end : a_start]))


SHARE_REACH = 5  # words at most between "pct of" and the noun it takes a share of ("of the country's annual GDP")


def share_base(doc: Doc, start: int, leads: frozenset[str]) -> bool:
    """Is the noun at token ``start`` what a percentage is a share of: "of" after a word of
    kinds.json ``share_leads`` ("pct", "%") at most SHARE_REACH words before it, only words and
    possessives between ("1.0 pct of GDP", "6% of the country's annual gross domestic product")?

    >>> from spacy.lang.en import English
    >>> doc = English()("fell to 1.0 pct of GDP and GDP of $660m")  # the second GDP is no base
    >>> share_base(doc, 5, frozenset({"pct"})), share_base(doc, 7, frozenset({"pct"}))
    (True, False)
    """
    for k in range(start - 1, max(0, start - SHARE_REACH - 1), -1):
        if doc[k].lower_ == "of":
            return doc[k - 1].lower_ in leads
        if doc[k].lower_ in NOT_MODIFIERS or not (doc[k].is_alpha or doc[k].text in ("'s", "’s")):
            return False
    return False


MAX_LEVEL_OBJECT = 6  # words at most of the object between a level verb and "to"


LEVEL_ENDS = frozenset({"to", "from"})  # the new level, the old one: "raised its surcharge from £6 to £10"


def moves_level(doc: Doc, verb_end: int, a_start: int, kept: frozenset[str] = frozenset()) -> bool:
    """Do the words between a verb and the amount name the object whose level it moves, then "to" or
    "from" ("raised the allocation to", "raise its forecast for 2025 to", "raised its surcharge from"),
    or is the verb a passive with "to" or "from" right after it ("the surcharge was raised from"): the
    amount is a level of that object, not money the verb raises. No figure may stand between ("raised
    50 mln dlrs to fund"), nor a word of ``kept`` (kinds.json ``raised_objects``: "raise its capital to
    791 mln francs" is capital raised).

    >>> from spacy.lang.en import English
    >>> doc = English()("raised the allocation to 5 bln and raised 50 mln dlrs to 9 mln")
    >>> moves_level(doc, 1, 4), moves_level(doc, 8, 12)
    (True, False)
    >>> doc = English()("the fee was raised from 5 dlrs; it raised from 5 dlrs")
    >>> moves_level(doc, 4, 5), moves_level(doc, 10, 11)
    (True, False)
    """
    words = [w for w in doc[verb_end:a_start] if not w.is_space]
    passive = verb_end >= 2 and doc[verb_end - 2].lower_ in passive_auxiliaries()
    ends = [i for i, w in enumerate(words) if w.lower_ in LEVEL_ENDS]
    if not ends or not words[0].is_alpha:
        return False
    head, tail = words[: ends[-1] + 1], words[ends[-1] + 1 :]
    # "was raised on March 24 to a final 675 mln dlrs": a day of a month and the level's own modifiers
    dated = {i for i, w in enumerate(head) if w.like_num and i and head[i - 1].lower_ in month_words()}
    return (
        (2 if not passive else 1) <= len(head) <= MAX_LEVEL_OBJECT + 1
        and (not tail or (tail[0].lower_ in LEVEL_OPENERS and len(tail) <= 3 and all(w.is_alpha for w in tail)))
        and not any((w.like_num and i not in dated) or w.is_currency or w.lower_ in kept for i, w in enumerate(head))
    )


LEVEL_OPENERS = frozenset({"a", "an", "the"})  # "to a final 675 mln dlrs", "to a record $2bn"


def destination(doc: Doc, t, a_end: int, destinations: frozenset[str]) -> bool:
    """Is the noun ``t`` after the amount ending at ``a_end`` where a part goes, not what it is ("260
    billion rupees for display-panel plants" in a total of subsidies: kinds.json ``destination_nouns``
    after "for")?"""
    gap = [w for w in doc[a_end : t.start] if not w.is_space]
    return bool(gap) and gap[0].lower_ == "for" and trigger_words(doc, t.start, t.end) in destinations


GOES_AS_MODIFIERS = 3  # words at most between "go to" and the noun that names what a part goes to as money
GOES_AS_KINDS = frozenset({"subsidy", "financing", "pay", "dividend", "tax_or_fine", "investment"})
GOING = frozenset({"go", "goes", "went", "going", "gone"})


def goes_as(
    doc: Doc, t, a_end: int, destinations: frozenset[str], auxiliaries: frozenset[str], followers: frozenset[str]
) -> bool:
    """Is the noun trigger ``t``, which ends its phrase (``followers``), what the amount ending at
    ``a_end`` goes to as money ("8.1 trillion won will go to cash handouts": handouts; "and 1.5
    trillion yen to chip investment"), through ``auxiliaries``, a verb of going (or none, when only
    sector words stand between "to" and the noun) and "to", at most GOES_AS_MODIFIERS words before
    the noun? A payment's kind only (``GOES_AS_KINDS``), and none of ``destinations`` ("only 100 mln
    dlrs went to forestry projects" stays a part of the loans; "205 mln dlrs to provide financial
    assistance" is no going)."""
    if t.kind not in GOES_AS_KINDS or trigger_words(doc, t.start, t.end) in destinations:
        return False
    gap = [w for w in doc[a_end : t.start] if not w.is_space]
    while gap and gap[0].lower_ in auxiliaries and gap[0].lower_ != "to":
        gap = gap[1:]
    if gap and gap[0].lower_ in GOING:
        gap = gap[1:]
    elif gap and gap[0].lower_ == "to" and len(gap) <= 1 + GOES_AS_MODIFIERS:
        spans = [sp for sp in doc.spans.get("sectors", []) if sp.start < t.start and sp.end > gap[0].i]
        if not all(w.lower_ in ("and", "or") or any(sp.start <= w.i < sp.end for sp in spans) for w in gap[1:]):
            return False
    return (
        1 <= len(gap) <= 1 + GOES_AS_MODIFIERS
        and gap[0].lower_ == "to"
        and all(w.is_alpha and w.is_lower for w in gap[1:])
        and ends_phrase(doc, t.end, followers)  # not "to diesel price caps"
    )


def sold_for_words(data: dict) -> tuple[frozenset[str], ...]:
    """``sold_for``'s words from kinds.json (``data``): its ``sold_for`` leads, not_after, things,
    order_verbs and transfer_verbs, and the players a transfer names (the deal's ``head_nouns``)."""
    keys = ("leads", "not_after", "things", "order_verbs", "transfer_verbs")
    return (*(frozenset(data["sold_for"][k]) for k in keys), frozenset(data["kinds"]["deal"]["head_nouns"]))


def offered_for_words(data: dict) -> tuple[frozenset[str], ...]:
    """``offered_for``'s words from kinds.json (``data``): its verbs, objects, determiners, paid_in."""
    keys = ("verbs", "objects", "determiners", "paid_in", "percent_words")
    return tuple(frozenset(data["offered_for"][k]) for k in keys)


def sold_for(doc: Doc, a_start: int, triggers: list, words: tuple[frozenset[str], ...]):
    """The deal verb whose price the amount at ``a_start`` is: the clause's last verb trigger before
    it among ``triggers``, when that verb is a deal's, one of kinds.json ``sold_for`` ``leads``
    (``words[0]``, "for") stands right before the amount, no word of its ``not_after`` (``words[1]``,
    "except for") before that, and no trigger noun right before "for" unless of a kind of its
    ``things`` (``words[2]``: what is sold, "the assets", "the plant"; "took a charge for" names the
    amount): "agreed to buy the assets of Valley Cable for 100 mln dlrs" is the deal's value, not
    the assets' worth. With no such verb, a verb of ordering goods (``words[3]``, ``ordered_before``)
    or of a player's transfer (``words[4]`` and the players ``words[5]``, ``transferred_before``)
    before the "for" decides it as a deal. Else None.

    >>> from collections import namedtuple
    >>> from spacy.lang.en import English
    >>> T = namedtuple("T", "kind where start end")
    >>> doc = English()("It will buy the assets of Beta for 5 mln dlrs except for 2 mln dlrs")
    >>> buy, leads = T("deal", "verbs", 2, 3), (frozenset({"for"}), frozenset({"except"}), frozenset())
    >>> sold_for(doc, 8, [buy], leads) == buy, sold_for(doc, 13, [buy], leads)
    (True, None)
    >>> sold_for(doc, 8, [buy, T("profit", "nouns", 6, 7)], leads)  # as if "Beta" were "a charge"
    >>> sold_for(doc, 8, [buy, T("pay", "verbs", 4, 5)], leads)  # another verb after "buy"
    """
    if a_start < 2 or doc[a_start - 1].lower_ not in words[0] or doc[a_start - 2].lower_ in words[1]:
        return None
    if any(t.end == a_start - 1 and t.where == "nouns" and t.kind not in words[2] for t in triggers):
        return None
    verbs = [t for t in triggers if t.where in ("verbs", "firm_verbs") and t.end < a_start]
    if verbs and verbs[-1].kind == "deal":
        return verbs[-1]
    if len(words) > 3 and (order := ordered_before(doc, a_start - 1, words[3])) is not None:
        if not verbs or verbs[-1].end <= order:
            return Trigger("deal", "verbs", order, order + 1)
    if len(words) > 5 and (move := transferred_before(doc, a_start - 1, words[4], words[5])) is not None:
        if not verbs or verbs[-1].end <= move:
            return Trigger("deal", "verbs", move, move + 1)
    return None


ORDER_REACH = 12  # words at most from an order's verb back from its "for" ("ordered 30 Airbus A320 planes for")


def ordered_before(doc: Doc, lead: int, verbs: frozenset[str]) -> int | None:
    """Where a verb of ordering goods (kinds.json ``sold_for`` ``order_verbs``) stands before the
    "for" at token ``lead``, with no punctuation between ("ordered 30 Airbus A320 planes for $1.8bn"):
    the amount is the order's price. None otherwise.

    >>> from spacy.lang.en import English
    >>> doc = English()("It ordered 30 planes for 5 dlrs, a cut for 2 dlrs")
    >>> ordered_before(doc, 4, frozenset({"ordered"})), ordered_before(doc, 10, frozenset({"ordered"}))
    (1, None)
    """
    for k in range(lead - 1, max(-1, lead - ORDER_REACH - 1), -1):
        if doc[k].lower_ in verbs:
            return k
        if doc[k].is_punct:
            return None
    return None


# words between a transfer's verb and its club or player: "moved to Chelsea", "signed the defender"
TRANSFER_OPENERS = frozenset({"to", "for", "the", "a", "an", "their", "his"})


def transferred_before(doc: Doc, lead: int, verbs: frozenset[str], players: frozenset[str]) -> int | None:
    """Where a verb of a player's transfer (kinds.json ``sold_for`` ``transfer_verbs``) stands before
    the "for" at token ``lead``, no punctuation between, with a club or a player after it (a
    capitalised name or one of ``players``, the deal's ``head_nouns``, after "to", "for" or a
    determiner): "moved to Chelsea for £2.25m", "Arsenal signed the defender for £10m" are the fee, a
    deal; "signed a loan agreement for 50 mln dlrs" is not. None otherwise.

    >>> from spacy.lang.en import English
    >>> doc = English()("He moved to Chelsea for 5 dlrs and signed a loan agreement for 2 dlrs")
    >>> verbs, players = frozenset({"moved", "signed"}), frozenset({"defender"})
    >>> transferred_before(doc, 4, verbs, players), transferred_before(doc, 13, verbs, players)
    (1, None)
    """
    k = ordered_before(doc, lead, verbs)
    if k is None:
        return None
    n = k + 1
    while n < lead and doc[n].lower_ in TRANSFER_OPENERS:
        n += 1
    if n < lead and (doc[n].text[:1].isupper() or doc[n].lower_ in players):
        return k
    return None


PAID_IN = 5  # words at most of how the money is paid, between it and "for": "in cash and new shares"


def offered_for(doc: Doc, a_start: int, a_far: int, words: tuple[frozenset[str], ...]) -> Trigger | None:
    """The offer verb right before the amount at ``a_start`` (kinds.json ``offered_for`` ``verbs``,
    ``words[0]``) when "for" follows the amount and its conversions (ending at ``a_far``) and then,
    after an optional determiner (``words[2]``), a name, one of its ``objects`` (``words[1]``) or a
    share of a company (``stake_share``, ``words[4]``: "for the 44% of RAS"):
    "has offered £1.3bn ($2.48bn) for the London Stock Exchange" is a bid, a deal; "offered $5m
    for flood victims" is not. Words of ``paid_in`` (``words[3]``) may stand before "for": "will pay
    $4.5bn in cash and shares for International Steel Group". None otherwise.

    >>> from spacy.lang.en import English
    >>> words = tuple(map(frozenset, ({"offered"}, {"stake"}, {"the", "its"}, {"in", "cash"}, ())))
    >>> doc = English()("It offered 5 mln dlrs for the London exchange and offered 2 mln dlrs for victims")
    >>> offered_for(doc, 2, 5, words), offered_for(doc, 11, 14, words)
    (Trigger(kind='deal', where='verbs', start=1, end=2), None)
    """
    if a_start < 1 or doc[a_start - 1].lower_ not in words[0] or doc[a_far - 1].lower_ in ("each", "apiece"):
        return None  # "will pay about $117 million each for 100 Boeing jets": what one costs
    k = next_word(doc, a_far)
    while k + 1 < len(doc) and doc[k].lower_ in words[3] and k - a_far < PAID_IN:
        k += 1  # "will pay $4.5bn in cash and shares for International Steel Group"
    if k + 1 >= len(doc) or doc[k].lower_ != "for":
        return None
    k += 1 + (doc[k + 1].lower_ in words[2])
    if k < len(doc) and (doc[k].text[:1].isupper() or doc[k].lower_ in words[1] or stake_share(doc, k, words[4])):
        return Trigger("deal", "verbs", a_start - 1, a_start)
    return None


def stake_share(doc: Doc, k: int, percent_words: frozenset[str]) -> bool:
    """Does a share of a company start at token k, a number and a percent word ("the 44% of RAS",
    "a 51 pct stake")?

    >>> from spacy.lang.en import English
    >>> doc = English()("for the 44% of RAS for the 44 victims")
    >>> stake_share(doc, 2, frozenset({"%"})), stake_share(doc, 8, frozenset({"%"}))
    (True, False)
    """
    return k + 1 < len(doc) and doc[k].like_num and doc[k + 1].lower_ in percent_words


CHART_REACH = 6  # words at most between a chart place and its "with": "was at number six for the weekend with"


def chart_place(doc: Doc, a_start: int, words: tuple[frozenset[str], ...]) -> Trigger | None:
    """The place in a chart that the amount at ``a_start`` came with (kinds.json ``chart_places``):
    "with" right before the amount (a comma allowed before it), and within ``CHART_REACH`` words
    before "with", no end of clause between, a place noun (``words[1]``: "place", "position") or a
    rank (``words[0]``: "second", "third") followed by one of ``words[2]`` ("with", "for", a comma) or
    a place noun, or a numbered place (``words[3]``: "number", "No") before a number: "White Noise was
    second with $24m", "came third with $7.6m", "down to third place, with $12.5m", "came in at number
    four with $7.7m" (not "the number of families with $10,000"). What a film or a record took: a
    revenue. None otherwise ("in the first quarter, compared with 11.4 billion dlrs": a rank before a
    period noun is none).

    >>> from spacy.lang.en import English
    >>> words = (frozenset({"second", "third"}), frozenset({"place"}), frozenset({"with", ","}), frozenset({"number"}))
    >>> doc = English()("The film was second with $24m. It ended the third quarter with $5m.")
    >>> chart_place(doc, 5, words)
    Trigger(kind='revenue', where='verbs', start=3, end=4)
    >>> chart_place(doc, 15, words) is None
    True
    >>> doc = English()("It came in at number four with $7.7m. The number of families with $5 rose.")
    >>> chart_place(doc, 7, words), chart_place(doc, 15, words)
    (Trigger(kind='revenue', where='verbs', start=4, end=5), None)
    """
    w = a_start - 1
    while w >= 0 and doc[w].is_space:
        w -= 1
    if w < 1 or doc[w].lower_ != "with":
        return None
    for k in range(w - 1, max(-1, w - 1 - CHART_REACH), -1):
        tok = doc[k]
        if tok.is_punct and tok.text != ",":
            return None
        after = next_word(doc, k + 1)
        follower = doc[after].lower_ if after < len(doc) else ""
        numbered = tok.lower_ in words[3] and after < len(doc) and doc[after].like_num
        if (
            numbered
            or tok.lower_ in words[1]
            or (tok.lower_ in words[0] and (follower in words[1] or follower in words[2]))
        ):
            return Trigger("revenue", "verbs", k, k + 1)
    return None


# the kinds of a split verb whose particle may follow a rate ("pump £20m a year into"); not a wage's
# ("earns £30,000 a year from the firm")
RATE_SPLIT_KINDS = frozenset({"investment"})


def reached_verbs(doc: Doc, a_start: int, a_far: int, mine: list, finder) -> list[Trigger]:
    """The verbs that decide the amount doc[a_start:a_far] firmly from past it, with ``finder``'s
    (``kinds.KindFinder``) words: a split verb's particle after the amount, past a time ("put 1.5
    trillion won over the 2027-2035 period into"), the deal verb whose price it is ("agreed to buy the
    assets of Valley Cable for 100 mln dlrs"), an offer ("has offered £1.3bn for the LSE"), and, when no
    other word of the clause (``mine``) names the money, a place in a chart ("was second with $24m")."""
    split = split_verb(doc, a_start, past_rate(doc, a_far, finder.times), finder.split_verbs, finder.split_gap)
    if split is None:  # "pump £20m a year into its pension fund": money put in at a rate is invested
        split = split_verb(doc, a_start, past_rate(doc, a_far, finder.rates), finder.split_verbs, finder.split_gap)
        split = split if split is not None and split[0] in RATE_SPLIT_KINDS else None
    found = (
        Trigger(*split) if split is not None else None,
        sold_for(doc, a_start, mine, finder.sold_for),
        offered_for(doc, a_start, a_far, finder.offered_for),
        None if mine else chart_place(doc, a_start, finder.chart),
    )
    return [t for t in found if t is not None]
