"""Which noun an amount heads or modifies, for the kinds stage: compounds glued by hyphens ("trade-in
subsidies", "pre-tax profit"), a share price's subject ("Bombardier shares lost 65 cents"), triggers
inside another noun's phrase ("sales at its battery plants"), where a noun phrase ends, and the noun a
determiner opens right after an amount ("pay a $125m fine"). Pure functions of the tokens."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from . import lexicon
from .extensions import money_bounds
from .phrase_words import next_word

DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


def modifier_compound(doc: Doc, end: int) -> bool:
    """Does a trigger ending at token ``end`` go on, glued by a hyphen, into a lower-case word of a
    compound modifier ("trade-in subsidies", "loss-making Rover", "tax-free savings")? Then it is no
    trigger; a compound that is a trigger itself ("write-down") is matched whole, and one with a
    particle (kinds.json's ``compound_particles``: "sell-off", "buy-out") stays its verb's."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_lower
        and doc[end + 1].lower_ not in _particles()
    )


def modified_compound(doc: Doc, start: int) -> bool:
    """Is a trigger starting at token ``start`` the second part of a hyphenated compound modifier
    ("low-cost loans", "pre-tax profit", "non-tax revenue")? Then it decides nothing."""
    return glued_hyphen(doc, start) and doc[start - 2].is_lower


def glued_hyphen(doc: Doc, start: int) -> bool:
    """Is token ``start`` glued by a hyphen to the word before it ("pre-tax", "UK-issued")?"""
    return (
        start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_
    )


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(lexicon.load("kinds.json")["compound_particles"])


def share_subject(
    words: list, forms: list[tuple[str, ...]], gap_words: frozenset[str], moves: frozenset[str]
) -> tuple[int, int] | None:
    """Token offsets of the shares whose price the amount after ``words`` is ("Bombardier shares
    lost 65 Canadian cents to 1.90 Canadian dollars", "Shares in Wembley were up 56 pence, or 7.6%,
    at 797p", "Shares in BP ended the day 10p higher at 560p"): one of kinds.json's ``price_subjects``
    (``forms``) with only ``gap_words`` (bridges, where and when it traded), numbers, amounts, names
    and "or" after it, one of them a move (a change word, "at", "touched": not "buy back shares worth
    1bn Swiss francs")."""
    lows = [w.lower_ for w in words]  # read once: a clause of thousands of amounts asks for every one
    firsts = {form[0] for form in forms}
    for n in range(len(words)):
        if lows[n] not in firsts:
            continue
        for form in forms:
            if tuple(lows[n : n + len(form)]) != form:
                continue
            gap = words[n + len(form) :]
            if any(g.lower_ in moves for g in gap) and all(
                g.lower_ in gap_words
                or g.lower_ in moves
                or g.like_num
                or g.text[:1].isdigit()
                or g.text in (",", "%", "or")
                or g.text[:1].isupper()
                for g in gap
            ):
                return words[n].i, words[n + len(form) - 1].i + 1
    return None


class PriceSubjects:
    """The subjects whose price an amount is (``share_subject``): kinds.json's ``price_subjects``
    (shares) move by a change word, "at" or a price verb; its ``commodity_subjects`` by a change word
    or a price verb only ("light crude lost $2 to $43.25", not "wheat at 85 dlrs Fob")."""

    def __init__(self, data: dict, bridges: frozenset[str]):
        changes = frozenset(lexicon.load("years.json")["comparison_cues"]["change_words"])
        self.gap = bridges | frozenset(data["price_move_words"] + data["price_move_verbs"])
        self.tables = [  # (tier among firm triggers, forms, moves): a unit ("a barrel") outranks a commodity
            (tier, sorted((tuple(w.split()) for w in data[key]), key=len, reverse=True), changes | moves)
            for tier, key, moves in (
                (0, "price_subjects", {"at", *data["price_move_verbs"]}),
                (0.25, "commodity_subjects", frozenset(data["price_move_verbs"])),
            )
        ]

    def find(self, words: list) -> tuple[float, int, int] | None:
        """(tier, start, end) of the subject whose price the amount after ``words`` is, or None."""
        for tier, forms, moves in self.tables:
            if (found := share_subject(words, forms, self.gap, moves)) is not None:
                return tier, *found
        return None


def in_hyphen_bridge(doc: Doc, i: int, bridges: frozenset[str]) -> bool:
    """Is doc[i] a part of a hyphenated bridge ("on-year", "year-on-year"), which the tokenizer splits?

    >>> from spacy.lang.en import English
    >>> doc = English()("rose 29 percent on-year to")
    >>> in_hyphen_bridge(doc, 3, frozenset({"on-year"})), in_hyphen_bridge(doc, 1, frozenset({"on-year"}))
    (True, False)
    """
    lo = i
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_:
        lo -= 2
    hi = i + 1
    while hi + 1 < len(doc) and doc[hi].text == "-" and not doc[hi - 1].whitespace_ and not doc[hi].whitespace_:
        hi += 2
    return hi - lo > 1 and doc[lo:hi].text.lower() in bridges


FIRM_GAP = 8  # bridge words at most between a firm trigger and its amount
OBJECT_NAME = 3  # words at most of a name between a verb and its amount: "has loaned Uganda 92.1 mln dlrs"


def firm_gap(doc: Doc, gap: list, bridges: frozenset[str], verb: bool) -> bool:
    """May the words ``gap`` stand between a firm trigger and its amount: bridge words ("revenue of",
    "net profit rose 5 pct to"), after a verb its first object first, a name of at most OBJECT_NAME
    capitalised words or a word of ``indirect_object`` right before the amount ("has loaned Uganda
    92.1 mln dlrs", "lent them 5 mln dlrs"; not "granted Argentina a 500 mln dlr bridge")?

    >>> from spacy.lang.en import English
    >>> doc = English()("loaned Uganda 92 dlrs, sales of 5 dlrs, sales Uganda 5 dlrs")
    >>> firm_gap(doc, [doc[1]], frozenset(), True), firm_gap(doc, [doc[6]], frozenset({"of"}), False)
    (True, True)
    >>> firm_gap(doc, [doc[10]], frozenset(), False), firm_gap(doc, [doc[1], doc[6]], frozenset({"of"}), True)
    (False, False)
    """
    if verb:
        k = 0
        while k < min(len(gap), OBJECT_NAME) and gap[k].text[:1].isupper() and gap[k].is_alpha:
            k += 1
        k = k or (1 if gap and indirect_object(gap[0]) else 0)
        if k and k == len(gap):  # right before the amount: "granted Argentina a 500 mln dlr bridge" is the bridge's
            return True
    return len(gap) <= FIRM_GAP and all(
        w.lower_ in bridges or w.like_num or in_hyphen_bridge(doc, w.i, bridges) for w in gap
    )


@lru_cache(maxsize=1)
def priced_goods() -> frozenset[str]:
    """The price nouns that name a thing sold ("tickets", "fares"): kinds.json ``priced_goods``."""
    return frozenset(lexicon.load("kinds.json")["priced_goods"])


@lru_cache(maxsize=1)
def _additive_openers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in lexicon.load("kinds.json")["additive_openers"])


def additive(words: list) -> bool:
    """Do ``words`` open with a phrase that adds a second thing (kinds.json ``additive_openers``: "in
    addition to", "on top of"), not a modifier of the noun before them?

    >>> from spacy.lang.en import English
    >>> additive(list(English()("in addition to its dividend"))), additive(list(English()("in its dividend")))
    (True, False)
    """
    low = tuple(w.lower_ for w in words[:4])
    return any(low[: len(p)] == p for p in _additive_openers())


def heads_only(
    doc: Doc, found: list, named: list, light_heads: frozenset, pp_openers: frozenset, is_verb, reach: int
) -> list:
    """The triggers of ``found`` that are no modifier inside the prepositional phrase of another noun of
    ``named``: "sales at its battery plants", "exports of power plant equipment", "a stake in a
    hydrogen project developer" keep "sales", "exports", "stake" (the phrase opens with one of
    ``pp_openers``, holds no verb and ends at most ``reach`` tokens after the head; a light head such
    as "part" frames nothing); a price noun is never a modifier ("at the price it trades"), unless it
    names a thing sold (kinds.json ``priced_goods``: "Sales of National Lottery tickets rose to")."""
    goods = priced_goods()
    out = []
    for t in found:
        inside = False
        for head in named:
            if (
                head.end > t.start
                or t.where != "nouns"
                or head.where != "nouns"
                or (t.kind == "price" and doc[t.start : t.end].text.lower() not in goods)
                or t.start - head.end > reach
                or doc[head.start : head.end].text.lower() in light_heads
            ):
                continue
            gap = [w for w in doc[head.end : t.start] if not w.is_space]
            if (
                gap
                and gap[0].lower_ in pp_openers
                and not additive(gap)  # "a bonus in addition to its dividend of 29 cts": a phrase of its own
                and all(w.is_alpha or w.text in ("-", "'s", "’s") for w in gap)
                and not any(is_verb(doc, w.i) for w in gap)
            ):
                inside = True
                break
        if not inside:
            out.append(t)
    return out


# The price nouns that name a level of prices before a subsidy's noun: "price support" keeps the
# price; a thing paid for does not ("fare subsidies", "rent subsidies", "ticket tax").
PRICE_LEVELS = frozenset({"price", "prices"})


def compound_heads_only(doc: Doc, named: list, heads: frozenset[str], frames: frozenset[str] = frozenset()) -> list:
    """The triggers without the nouns right before a trigger noun of a kind in ``heads`` (kinds.json's
    ``compound_heads``), which modify it: "purchase subsidies" is a subsidy, "import duties" a tax;
    and without a frame noun (``frames``: "programme", "scheme") after another kind's noun, which
    names what the frame holds: an "incentive programme" is a subsidy. A price noun before one is
    dropped too ("rent subsidies"), but not "price" itself (``PRICE_LEVELS``)."""
    starts = {t.start: t for t in named if t.where == "nouns"}
    spans = {t.start: t.end for t in starts.values()}
    framed = set()
    out = []
    modifiers = set()  # (start, end) of the nouns dropped as a head's modifier
    for t in named:
        level = t.kind == "price" and doc[t.start : t.end].text.lower() in PRICE_LEVELS
        head = None
        if t.where == "nouns" and not level:
            head = starts.get(next_word(doc, t.end))
            if head is None:  # "rent and mortgage-interest subsidies": the head both nouns share
                head = starts.get(shared_compound_head(doc, t.end, spans))
        if head is not None and head.kind != t.kind and doc[head.start : head.end].text.lower() in frames:
            framed.add(head.start)
            out.append(t)
        elif head is None or head.kind == t.kind or head.kind not in heads or not doc[t.end - 1].whitespace_:
            out.append(t)
        else:
            modifiers.add((t.start, t.end))
    # the same word read as a verb modifies the head too: "in purchase subsidies" buys nothing
    out = [t for t in out if t.where != "verbs" or (t.start, t.end) not in modifiers]
    return [t for t in out if t.start not in framed or t.where != "nouns"]


# lower-case words at most in the second conjunct before the head both share ("rent and
# mortgage-interest subsidies": "mortgage", "-", "interest")
CONJUNCT_REACH = 4


def shared_compound_head(doc: Doc, end: int, spans: dict[int, int]) -> int | None:
    """Where the trigger noun starts that a noun ending at token ``end`` shares with the second
    conjunct of a coordination ("rent and mortgage-interest subsidies", "import and excise duties"):
    "and" or "or" right after it, then lower-case words (or their hyphens) up to the head, a trigger
    of ``spans`` (start -> end) that ends the phrase (a stop word, punctuation or the end follows);
    else None.

    >>> from spacy.lang.en import English
    >>> doc = English()("in rent and mortgage-interest subsidies for couples")
    >>> shared_compound_head(doc, 2, {5: 6, 6: 7})
    6
    >>> shared_compound_head(doc, 2, {5: 6}) is None  # "interest" goes on into "subsidies"
    True
    >>> shared_compound_head(English()("rent and 5 subsidies"), 1, {3: 4}) is None
    True
    >>> shared_compound_head(English()("in soft loans and grants"), 3, {4: 5}) is None
    True
    """
    if end >= len(doc) or doc[end].lower_ not in ("and", "or") or not doc[end - 1].whitespace_:
        return None
    if doc[end - 1].lower_.endswith("s"):  # a plural heads its own phrase: "soft loans and grants"
        return None
    for k in range(end + 1, min(len(doc), end + 2 + CONJUNCT_REACH)):
        token = doc[k]
        if not (token.is_lower or (token.text == "-" and not token.whitespace_)):
            return None
        stop = spans.get(k)
        if stop is not None and (stop >= len(doc) or doc[stop].is_stop or doc[stop].is_punct):
            return k
    return None


def own_noun_after(doc: Doc, near, a_far: int) -> bool:
    """Does a trigger right after the amount ending at ``a_far`` name it ("record £2.3m fine"), other
    than a price's ("deal a year on: a $1.63bn price tag" is the deal's)? ``near(lo, hi)``: the
    triggers starting in [lo, hi), by bisection, so that a list of thousands of amounts stays linear."""
    after = next_word(doc, a_far)
    return any(t.start == after and t.kind != "price" for t in near(after, after + 8))


def ends_phrase(doc: Doc, end: int, followers: frozenset[str]) -> bool:
    """Does a noun phrase end at token ``end``: punctuation, a preposition, a conjunction or a time
    word after it (``followers``: kinds.json's ``phrase_followers``), not another noun ("for
    investment purposes")?"""
    words = [w for w in doc[end : end + 2] if not w.is_space]
    return not words or not words[0].is_alpha or words[0].lower_ in followers


def determined_head(doc: Doc, a_start: int, a_far: int, mine: list, followers: frozenset[str]):
    """The trigger that heads the noun phrase a determiner opens before an amount ("pay a $125m
    fine", "the £1bn ($1.9bn) investment deal": the last noun of the triggers right after it; a noun
    before a verb of the same word, "a 2 billion dirham fund"), when the phrase ends there (``ends_phrase``;
    not "a 75 mln dlr commercial paper program"); else None. That noun is the amount's own, and
    decides before any noun of the clause before it ("restate its earnings by $4.4bn ... and pay a
    $125m fine")."""
    before = a_start - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0 or doc[before].lower_ not in DETERMINERS:
        return None
    at: dict[int, list] = {}
    for t in mine:
        if t.where in ("nouns", "verbs"):
            at.setdefault(t.start, []).append(t)
    pos, head = next_word(doc, a_far), None
    while pos in at:  # "investment deal": the compound's last trigger heads it; a verb only first ("fine")
        found = [t for t in at[pos] if head is None or t.where == "nouns"]
        if not found:
            break
        head = min(found, key=lambda t: (t.where != "nouns", -t.end))
        pos = next_word(doc, head.end)
    return head if head is not None and ends_phrase(doc, head.end, followers) else None


def clause_after_comma(gap: list) -> bool:
    """Does a participle open a clause after a comma in the words between an amount and a noun ("cut
    the amount to 1.1 billion euros, blaming higher financing costs")? Then the noun is not the one the
    amount modifies, as it is after a comma between modifiers ("a 5 mln dlr, five-year loan").

    >>> from spacy.lang.en import English
    >>> doc = English()("5 euros, blaming higher financing costs; a 5 dlr, five-year loan")
    >>> clause_after_comma(list(doc[2:5])), clause_after_comma(list(doc[10:14]))
    (True, False)
    """
    pairs = zip(gap, gap[1:], strict=False)
    return any(w.text == "," and nxt.is_lower and nxt.lower_.endswith("ing") for w, nxt in pairs)


OBJECT_PRONOUNS = frozenset({"them", "us", "him", "her", "you", "me"})
NOT_OBJECTS = frozenset({"has", "was", "does", "is", "as", "plus", "less", "minus", "its", "this", "thus"})


def indirect_object(tok) -> bool:
    """Can ``tok``, between a verb and an amount, be the verb's first object ("costs users $1",
    "costs them $5"): a pronoun, or a plural noun in lower case that is no auxiliary?

    >>> import spacy
    >>> doc = spacy.blank("en")("costs users has them")
    >>> [indirect_object(t) for t in doc]
    [True, True, False, True]
    """
    low = tok.lower_
    return tok.is_lower and (
        low in OBJECT_PRONOUNS or (tok.is_alpha and len(low) > 3 and low.endswith("s") and low not in NOT_OBJECTS)
    )


LABEL_GAP = 3  # words at most between a headline label's trigger and its colon: "Operating profit in 2004:"


def colon_label(doc: Doc, a_start: int, before: list):
    """The trigger noun of a headline label right before a colon that the amount follows ("Nokia
    second-quarter operating profit: €1.04bn, on sales of €8.06bn", "dividend: 66 cents a share"):
    it names that amount, whatever the clause after it says. ``before``: the triggers before the
    amount, in order. At most one qualifier word between the colon and the amount ("Net profit:
    about $2bn"), at most ``LABEL_GAP`` words, no punctuation, between the trigger and the colon.

    >>> import spacy
    >>> from .kinds_units import Trigger
    >>> doc = spacy.blank("en")("Operating profit: 5 bln euros, on sales of 8 bln euros")
    >>> colon_label(doc, 3, [Trigger("profit", "nouns", 0, 2)]).kind
    'profit'
    >>> colon_label(doc, 10, [Trigger("profit", "nouns", 0, 2), Trigger("revenue", "nouns", 8, 9)]) is None
    True
    """
    k = a_start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 0 and doc[k].is_lower and doc[k].is_alpha:  # "Net profit: about $2bn"
        k -= 1
    if k < 1 or doc[k].text != ":":
        return None
    for t in reversed(before):
        if t.where == "nouns" and t.end <= k:
            gap = [w for w in doc[t.end : k] if not w.is_space]
            return t if len(gap) <= LABEL_GAP and not any(w.is_punct for w in gap) else None
    return None


def noun_before_subject(doc: Doc, mine: list, subject: int) -> bool:
    """Does a trigger noun of ``mine`` stand before the price subject at token ``subject`` in the same
    list item ("the dividend on the shares": the noun's phrase holds the subject; "earnings from
    metals, mostly copper,")? Not one whose own amount and a comma or a semicolon set it apart ("profit
    of 2.4 trillion won, shares up 3% at 520,000 won": a share price).

    >>> import spacy
    >>> from .kinds_units import Trigger
    >>> doc = spacy.blank("en")("profit of 2 bln won, shares up at 5 won; the dividend on the shares")
    >>> doc.spans["money"] = [doc[2:5], doc[9:11]]
    >>> profit, dividend = Trigger("profit", "nouns", 0, 1), Trigger("dividend", "nouns", 13, 14)
    >>> noun_before_subject(doc, [profit], 6), noun_before_subject(doc, [dividend], 16)
    (False, True)
    """
    return any(t.where == "nouns" and t.end <= subject and not listed_apart(doc, t.end, subject) for t in mine)


def listed_apart(doc: Doc, start: int, end: int) -> bool:
    """Do an amount and then a comma or a semicolon stand in doc[start:end], ending one list item?"""
    bounds = money_bounds(doc)  # amounts do not overlap: the first to start in the range ends first
    i = bisect_left(bounds, (start, -1))
    if i == len(bounds) or bounds[i][1] > end:
        return False
    return any(w.text in (",", ";") for w in doc[bounds[i][1] : end])


def made_of(doc: Doc, purpose, t, a_far: int, mine: list) -> bool:
    """Is the trigger noun ``t`` what the amount ending at token ``a_far`` is made of: the first noun
    trigger after it, in an "of" or "worth of" phrase (``purpose`` is the first word after the amount:
    "9.5 billion dlrs of one-year bills at auction", "$2bn worth of bonds")? It outranks the other
    nouns of the amount's clause ("at auction" is how the bills are sold).

    >>> from types import SimpleNamespace as T
    >>> from spacy.lang.en import English
    >>> doc = English()("sell 9.5 bln dlrs of one-year bills at auction")
    >>> of, at = doc[4], doc[9]
    >>> bills, auction = T(start=8, end=9, where="nouns"), T(start=9, end=11, where="nouns")
    >>> made_of(doc, of, bills, 4, [bills, auction]), made_of(doc, of, auction, 4, [bills, auction])
    (True, False)
    >>> made_of(doc, at, bills, 4, [])
    False
    >>> doc = English()("12.3 mln dlrs of project loans")
    >>> project, loans = T(start=4, end=5, where="nouns"), T(start=5, end=6, where="nouns")
    >>> made_of(doc, doc[3], project, 3, [project, loans])
    False
    """
    if purpose is None or purpose.lower_ not in ("of", "worth"):
        return False
    # nor a modifier of the noun after it ("of project loans"); "bills at auction" is no compound
    compound = t.end < len(doc) and doc[t.end].lower_ not in STOP_WORDS
    return not any(o.where == "nouns" and (a_far <= o.start < t.start or compound and o.start == t.end) for o in mine)
