"""Per-unit amounts and the nouns they head, for ``kinds.KindFinder``: which kind a per-share
amount is (a profit's, a dividend's, a price), and a company noun heading an amount ("a $160bn
telecoms giant": what it is worth)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from . import lexicon
from .kinds_around import unit_phrases
from .kinds_heads import DETERMINERS
from .kinds_proceeds import share_earning, wage_kind
from .kinds_readings import passive_auxiliaries
from .sectors import plural


@dataclass(frozen=True)
class Trigger:
    """A word that decides an amount's kind, and where it was found."""

    kind: str
    where: str  # verbs, firm_verbs, weak_verbs, nouns, head_nouns, units, weak_units
    start: int  # token indices
    end: int


def trigger_tables(nlp: Language, data: dict) -> tuple[PhraseMatcher, dict[tuple[str, ...], tuple[str, str]]]:
    """What the kinds stage matches, from kinds.json (``data``): a PhraseMatcher over each kind's
    trigger words, labelled "kind|where" (case-blind; ``not_triggers`` as "none|none": "in order to"),
    and the units that may follow an amount, as token words -> (kind, where): "a share", "each"."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    units: dict[tuple[str, ...], tuple[str, str]] = {}
    for kind, entry in data["kinds"].items():
        for where in ("verbs", "firm_verbs", "weak_verbs", "nouns", "head_nouns"):
            if entry.get(where):
                matcher.add(f"{kind}|{where}", list(nlp.tokenizer.pipe(entry[where])))
        for where in ("units", "weak_units"):
            forms = list(entry.get(where, []))
            if (kind, where) == ("price", "units"):
                forms += unit_phrases()
            for form in forms:
                units[tuple(t.lower_ for t in nlp.make_doc(form))] = (kind, where)
    context = data["context_nouns"]
    matcher.add(f"{context['kind']}|context_nouns", list(nlp.tokenizer.pipe(context["nouns"])))
    matcher.add("none|none", list(nlp.tokenizer.pipe(data["not_triggers"])))
    return matcher, units


def in_context(doc: Doc, found: list, context: frozenset[str], make) -> list:
    """``found`` with each trigger matched as one of kinds.json's ``context_nouns`` kept as a noun only
    where its sentence holds one of the ``context`` words ("claims" in a sentence about an insurer),
    else dropped; ``make(kind, where, start, end)`` builds a trigger.

    >>> from spacy.lang.en import English
    >>> from collections import namedtuple
    >>> T = namedtuple("T", "kind where start end")
    >>> doc = English()("The insurer paid claims. He faced claims.")
    >>> doc[5].is_sent_start = True
    >>> found = [T("subsidy", "context_nouns", 3, 4), T("subsidy", "context_nouns", 7, 8)]
    >>> in_context(doc, found, frozenset({"insurer"}), T)
    [T(kind='subsidy', where='nouns', start=3, end=4)]
    """
    out = []
    for t in found:
        if t.where != "context_nouns":
            out.append(t)
            continue
        sent = doc[t.start].sent
        if any(w.lower_ in context for w in sent):
            out.append(make(t.kind, "nouns", t.start, t.end))
    return out


COUNTED = re.compile(r"^[\d,]+ ")  # the count of a counted unit ("100 lb")


def own_per(info: dict) -> str:
    """The unit an amount is written with itself, for deciding its kind: none when it shares the
    unit written after the next amount ("between 90 cts and one dlr a share": flagged ``per_shared``),
    whose place in the clause says nothing of the first.

    >>> own_per({"per": "share", "flags": ["per_shared"]}), own_per({"per": "share", "flags": []})
    ('', 'share')

    A counted unit is its unit ("per 100 lbs": "lb").

    >>> own_per({"per": "100 lb", "flags": []}), own_per({"per": "1,000 cubic metre", "flags": []})
    ('lb', 'cubic metre')
    """
    return "" if "per_shared" in info["flags"] else COUNTED.sub("", info["per"])


def each_strength(doc: Doc, a: tuple[int, int, int], mine: list, closers: dict) -> str:
    """How an amount's "each" (the last token of doc[a[0]:a[1]]) decides its kind: firmly ("units")
    when a word of ``closers["words"]`` follows it ("will pay about $80m each for 398 F-35 fighter
    jets": what one costs) and no trigger of its ``not_after`` kinds stands before the amount ("set
    aside up to Rs 500 crore each for five smart cities": spent on each) nor one of its ``ratios``
    after the word ("each for every ordinary share"); else weakly.

    >>> from spacy.lang.en import English
    >>> doc = English()("pay $80m each for 398 jets")
    >>> rule = {"words": ["for"], "not_after": ["investment"], "ratios": ["every"]}
    >>> spent = [Trigger("investment", "verbs", 0, 1)]
    >>> each_strength(doc, (1, 5, 5), [], rule), each_strength(doc, (1, 5, 5), spent, rule)
    ('units', 'weak_units')
    """
    a_start, a_end = a[0], a[1]
    if a_end >= len(doc) or doc[a_end].lower_ not in closers["words"]:
        return "weak_units"
    if a_end + 1 < len(doc) and doc[a_end + 1].lower_ in closers["ratios"]:
        return "weak_units"  # "20 H.K. cents each for every ordinary share": a ratio, not what one costs
    return "weak_units" if any(t.kind in closers["not_after"] and t.end <= a_start for t in mine) else "units"


def unit_after(doc: Doc, end: int, limit: int, units: dict, lengths: list[int]) -> Trigger | None:
    """The unit right after an amount ("a share", "per\nbarrel", "-a-share"), spaces skipped: the
    longest of ``units`` (word tuples -> (kind, where); ``lengths``: their lengths, longest first)."""
    toks = [t for t in doc[end : min(limit, end + 12)] if not t.is_space][: max(lengths, default=0)]
    for n in lengths:
        if len(toks) >= n and tuple(t.lower_ for t in toks[:n]) in units:
            kind, where = units[tuple(t.lower_ for t in toks[:n])]
            return Trigger(kind, where, toks[0].i, toks[n - 1].i + 1)
    return None


# a rate between an amount and the head it sizes ("a $11 billion-a-year U.S. online furniture retail
# market"), words between them (a place's acronym among them: "UK", "U.S.")
RATE_GAPS = (("a", "year"), ("-", "a", "-", "year"), ("a", "month"), ("-", "a", "-", "month"))
VALUED_GAP = 4
ACRONYM = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")


def valued_head(doc: Doc, a_start: int, a_end: int, head: int, openers: frozenset[str], near: list = ()) -> bool:
    """Is doc[head] the head of the amount's noun phrase ("a $160bn telecoms giant", "America's $8
    trillion mortgage market", "the £4bn-a-year UK wedding market"): a determiner or a possessive
    before the amount, a rate ("a year") and at most VALUED_GAP words between it and the head (a
    place's acronym among them), none of them a preposition (``openers``) or a number, nor a trigger noun
    of ``near``, which says what the head holds ("a 25 billion dlr recapitalization plan"), and not a
    capitalised word, which ends a name ("the 1,700,000 dlrs Putnam Mills owes")? Or a head right
    before "worth" and the amount: "a 2024-2028 aquaculture plan worth 310 billion won"."""
    if head < a_end:
        return head < a_start and [t.lower_ for t in doc[head + 1 : a_start] if not t.is_space] == ["worth"]
    if doc[head].text[:1].isupper() or any(t.where == "nouns" and a_end <= t.start < head for t in near):
        return False
    before = next((t for t in reversed(doc[max(0, a_start - 3) : a_start]) if not t.is_space), None)
    if before is None or (before.lower_ not in DETERMINERS and before.lower_ not in ("'s", "’s")):
        return False
    gap = [t for t in doc[a_end:head] if not t.is_space]
    words = [t.lower_ for t in gap[:4]]
    for rate in RATE_GAPS:  # "the £4bn-a-year UK wedding market": a market's size a year
        if words[: len(rate)] == list(rate):
            gap = gap[len(rate) :]
            break
    return len(gap) <= VALUED_GAP and all(
        (t.is_alpha or t.text == "-" or ACRONYM.fullmatch(t.text))
        and t.lower_ not in openers
        and t.lower_ not in DETERMINERS  # "a 400 mln dlr addition to the firm's reserves": another phrase
        for t in gap
    )


# kinds whose verbs, before a per-unit amount, name it over its price unit: "earned 1.02 dlrs a share",
# "will pay shareholders 5,000 won per share"
VERBS_OVER_UNIT = frozenset({"profit", "dividend"})


def unit_yields(firm: list, unit, a_start: int, kinds: frozenset[str], past: int = -1, per: str = "") -> bool:
    """Does a firm noun before the amount (or a verb of ``VERBS_OVER_UNIT``) of a kind in ``kinds`` (kinds.json's
    ``unit_yields_to``) name a per-unit amount over its price unit: "earnings of 1.02 dlrs a share"
    is a profit, "subsidies of 6.5 million won per vehicle" a subsidy ("an offer of 13 dlrs a share"
    stays a price)? So does the noun the amount and its unit quantify: "5,000 pesos a hectare in
    cash aid"; ``past``: where the words after the amount go on (``past_unit``: past the unit or not).
    An earning verb before an amount ``per`` share (``share_earning``) names it too: "the company is
    expected to earn six dlrs a share" is earnings, no price. ``firm`` holds (tier, trigger) pairs."""
    earns, wage = share_earning(per), wage_kind()
    return unit.kind == "price" and any(
        t is not unit
        and (t.kind in kinds or (earns and t.kind == wage and t.where == "verbs"))
        and (
            (t.end <= a_start and (t.where == "nouns" or t.kind in VERBS_OVER_UNIT or (earns and t.kind == wage)))
            or (past >= unit.end and t.where == "nouns" and t.start >= past)
        )
        for _, t in firm
    )


@lru_cache(maxsize=1)
def _goods_readings() -> tuple[frozenset[str], frozenset[str], str]:
    data = lexicon.load("kinds.json")["goods_readings"]
    return frozenset(data["nouns"]), frozenset(data["units"]), data["kind"]


def unit_readings(doc: Doc, firm: list, unit, where: tuple[int, int], kinds: frozenset[str], per: str) -> list:
    """The firm triggers of an amount with a unit, read with it: a noun of kinds.json ``goods_readings``
    before an amount per unit of goods takes that entry's kind ("the bonus awarded was 1,505.00 dlrs
    per head": an export subsidy, not a wage), and a noun of a kind in ``kinds`` names the amount over
    its price unit (``unit_yields``); ``where`` is (the amount's start, ``past_unit``)."""
    nouns, units, kind = _goods_readings()
    if unit.where == "units" and any(w.lower_ in units for w in doc[unit.start : unit.end]):
        firm = [
            (
                k,
                replace(t, kind=kind)
                if t.where == "nouns" and t.end - t.start == 1 and doc[t.start].lower_ in nouns
                else t,
            )
            for k, t in firm
        ]
    if unit_yields(firm, unit, where[0], kinds, where[1], per):
        return [f for f in firm if f[1] is not unit]
    return firm


def past_unit(doc, unit, a_end: int) -> int:
    """Where the words after an amount go on past its price unit ("5,000 pesos a hectare in cash
    aid": the noun after the unit is still the amount's own); ``a_end`` when it has none, or when a
    punctuation mark follows the unit ("two cts per share, gain on disposal ...": the next item's)."""
    if unit is None or unit.where != "units" or unit.start < a_end:
        return a_end
    nxt = next((t for t in doc[unit.end : unit.end + 3] if not t.is_space), None)
    return a_end if nxt is None or nxt.is_punct else unit.end


PAYOUT_REACH = 8  # tokens at most from a dividend noun to the per-share amount it pays out


def share_payout(mine: list, unit, a_start: int):
    """The dividend noun that a per-share amount pays out, when it is the nearest trigger noun
    before the amount in its clause, at most PAYOUT_REACH tokens back, whatever words stand between
    ("its total payout for the year to 75 yen a share"; a share's price unit alone would make it a
    price); else None."""
    if unit is None or unit.kind != "price" or unit.where != "units":
        return None
    nouns = [t for t in mine if t.where == "nouns" and t.end <= a_start]
    last = max(nouns, key=lambda t: t.end, default=None)
    near = last is not None and a_start - last.end <= PAYOUT_REACH
    return last if near and last.kind == "dividend" else None


def paid_per_share(doc: Doc, a_start: int, unit, cues: tuple, dividend_before: bool) -> tuple[int, int] | None:
    """The verb that pays a per-share amount right after it, a dividend, when something says it is a
    payout: a dividend noun earlier in the sentence ("a dividend of 370 won, while SK hynix will pay
    1,875 won a share"), a lead before the verb ("last paid 50 cts per share", "now pays") or a
    frequency after the unit ("pays seven cts per share quarterly"); ``cues`` is kinds.json's
    (payout_verbs, payout_leads, payout_frequencies). Not a purchase price ("paid 25 dlrs a share
    for the stock", "paying $55 a share in cash", "will be paid 30 dlrs a share"). Its token span,
    else None."""
    verbs, leads, frequencies = cues
    if unit is None or unit.kind != "price" or unit.where != "units":
        return None
    if not any(t.lower_ in ("share", "shares") for t in doc[unit.start : unit.end]):
        return None
    k = a_start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or doc[k].lower_ not in verbs:
        return None
    if k > 0 and doc[k - 1].lower_ in passive_auxiliaries():
        return None  # "shareholders will be paid 30 dlrs a share in cash": a takeover's price
    after = [t.lower_ for t in doc[unit.end : unit.end + 6] if not t.is_space]
    if after[:1] in (["for"], ["to"]) or after[:2] in (["in", "cash"], ["in", "stock"]):
        return None  # "paid 25 dlrs a share for the stock", "paying $55 a share in cash": a price
    led = k > 0 and doc[k - 1].lower_ in leads
    if dividend_before or led or any(w in frequencies for w in after[:4]):
        return (k, k + 1)
    return None


def payout_triggers(doc: Doc, mine: list, before: list, unit: Trigger, a_start: int, cues: tuple) -> list[Trigger]:
    """The triggers that make a per-share amount a dividend: the dividend noun that pays it out
    (``share_payout``) and the verb that pays it (``paid_per_share``; ``before``: the sentence's
    triggers before the amount, for a dividend noun earlier in it)."""
    found = []
    payout = share_payout(mine, unit, a_start)
    if payout is not None:
        found.append(payout)
    paid = paid_per_share(doc, a_start, unit, cues, any(t.kind == "dividend" for t in before))
    if paid is not None:
        found.append(Trigger("dividend", "verbs", *paid))
    return found


def per_unit_total(prev: dict, per: str) -> bool:
    """Is an amount (per unit ``per``) that restates the one before it ("11.88 dlrs each, or a total
    of 54.6 mln dlrs", "5 dlrs a share, or 10 mln dlrs in all") the total of a per-unit price? The
    price of one unit and the whole sum are different money: the total is what its clause makes it
    (a deal by "sold"). A per-share profit or dividend restated as a sum stays that profit or
    dividend, and the reverse ("7 trillion yen, or 2,600 yen per share") is ``restated_kinds``'
    price. ``prev`` is the earlier amount's kinds value with its ``_per``.

    >>> per_unit_total({"kind": "price", "_per": "each"}, ""), per_unit_total({"kind": "profit", "_per": "share"}, "")
    (True, False)
    """
    return prev["kind"] == "price" and bool(prev.get("_per")) and not per


def decided_weakly(doc: Doc, prev: dict, prev_end: int, start: int, per: str) -> bool:
    """Was the amount before (``prev``, its kinds value, ending at token ``prev_end``) decided by
    nothing ("other": "The Ivory Coast received 108 mln ECUs and Ghana received 91 mln ECUs mostly to
    make up for a drop in export earnings"), or by its own unit alone ("15.50 dlrs per share": a
    trigger at or after its end) while this amount (at token ``start``) has no unit, and this one
    is no base after "from"? Then its kind does not carry over when its own words name one
    (``kinds.KindFinder.decide``): "acquire Becor for 15.50 dlrs per share, subject to the receipt of
    110 mln dlrs from the sale of a unit" is no price of a share; "to 1.99 ringgit a litre from 2.05
    ringgit" and "5.17 dlrs per bushel for wheat, 3.77 dlrs for corn" are.

    >>> from spacy.lang.en import English
    >>> doc, prev = English()("at 15 dlrs a share and 9 mln dlrs from 8 dlrs"), {"_per": "share", "_trigger": (3, 5)}
    >>> weak = lambda *a: decided_weakly(doc, prev, *a)
    >>> weak(3, 6, ""), weak(3, 6, "share"), weak(3, 10, "")
    (True, False, False)
    >>> decided_weakly(doc, {"kind": "other", "_per": "", "_trigger": None}, 3, 6, "share")
    True
    """
    if start > 0 and doc[start - 1].lower_ == "from":
        return False  # a base: "revised its estimate to 1.25 billion stg from 1.3 billion"
    if prev.get("kind") == "other":
        return True
    trigger = prev.get("_trigger")
    return bool(prev.get("_per")) and not per and trigger is not None and trigger[0] >= prev_end


def restated_total(between: list) -> bool:
    """Do the tokens ``between`` a unit price and the amount after it restate the price as a total,
    after "or" ("11.88 dlrs each, or a total of 54.6 mln dlrs", "3.28 dlrs a share, or 16.5 mln
    dlrs"; with ``per_unit_total``)? Not a base after "from" ("to five dlrs each from four dlrs")."""
    return any(w.lower_ == "or" for w in between)


def unit_total(prev: dict | None, decided: tuple, totals: frozenset[str]) -> tuple:
    """(kind, trigger tokens, trigger text): ``decided`` unless it was decided by one of kinds.json
    ``unit_totals`` ("at a total cost of") after an amount per unit of its sentence (``prev``, with
    its ``_per``), whose total it then is: "150 ringgit each in schooling aid, at a total cost of
    about 800 million ringgit" is aid, not an investment. A price's total stays what its clause says.

    >>> aid, cost = {"kind": "subsidy", "_per": "each", "_trigger": (5, 6), "trigger": "aid"}, "at a total cost of"
    >>> unit_total(aid, ("investment", (9, 14), cost), frozenset({cost}))
    ('subsidy', (5, 6), 'aid')
    >>> unit_total({**aid, "_per": ""}, ("investment", (9, 14), cost), frozenset({cost}))
    ('investment', (9, 14), 'at a total cost of')
    """
    if prev is None or not prev.get("_per") or prev["kind"] in ("price", "other"):
        return decided
    return (
        (prev["kind"], prev.get("_trigger"), prev["trigger"])
        if " ".join(decided[2].lower().split()) in totals
        else decided
    )


LIST_WORDS = frozenset(
    {"and", "or", "from", "to", "in", "by", "then", "until", "after", "before", "at", "a", "an", "per"}
)


def same_measure(doc: Doc, lo: int, hi: int, per: str, between: list) -> bool:
    """Do only the unit ``per`` (with "a", "per"), times, numbers and the words of a list
    (``LIST_WORDS``) stand in doc[lo:hi], between two amounts of that unit, and no trigger but a unit
    (``between``), so that the second is the same measure ("its carbon tax to S$25 a tonne from 2024
    and S$45 a tonne from 2026"; not "a dividend of 40 dlrs per share in cash and preferred stock
    worth 10 dlrs per share")?

    >>> from spacy.lang.en import English
    >>> doc = English()("S$25 a tonne from 2024 and S$45 a tonne, S$9 a tonne in cash and S$8 a tonne")
    >>> same_measure(doc, 1, 6, "tonne", []), same_measure(doc, 12, 17, "tonne", [])
    (True, False)
    """
    if any(t.where not in ("units", "weak_units") for t in between):
        return False
    words = {*LIST_WORDS, per, plural(per)}
    return all(not w.is_alpha or w.lower_ in words or w.like_num for w in doc[lo:hi])


LEVEL_REACH = 8  # tokens after a change to the end of the level it reached ("50 cts to 18.10 and 19.35 dlrs")


def later_unit(doc: Doc, end: int, limit: int, units: dict, lengths: list[int]) -> Trigger | None:
    """The unit written after the level that a change ending at ``end`` reached, which prices the
    change too ("raised 50 cts to 18.10 dlrs a barrel": "a barrel"); None when the clause (ending at
    ``limit``) has no unit within ``LEVEL_REACH`` tokens."""
    for at in range(end + 1, min(limit, end + LEVEL_REACH)):
        found = unit_after(doc, at, limit, units, lengths)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=1)
def _two_word_units() -> frozenset[str]:
    """per_units.json's units of two words, and their plurals ("cubic metres")."""
    units = [u for u in lexicon.load("per_units.json") if u.count(" ") == 1]
    return frozenset(u for unit in units for u in (unit, plural(unit)))


def own_unit(doc: Doc, end: int, kind: str) -> Trigger | None:
    """The unit of ``kind`` that an amount ending at token ``end`` carries: inside its own mention
    ("18 dlrs/barrel" read per barrel), or counted after "per" or a slash ("5 dlrs per 100 lbs": "per
    100 lbs", up to two words of unit); None after a bare number, whose unit is elsewhere.

    >>> from spacy.lang.en import English
    >>> doc = English()("at 5 dlrs per 100 lbs and 1.80 dlrs per 1,000 cubic feet .")
    >>> own_unit(doc, 3, "price").start, own_unit(doc, 3, "price").end, own_unit(doc, 9, "price").end
    (3, 6, 13)
    """
    if end + 2 < len(doc) and doc[end].lower_ in ("per", "/") and doc[end + 1].like_num:
        two = doc[end + 2 : end + 4].text.lower()  # "cubic feet", else one word: "lbs"
        return Trigger(kind, "units", end, end + (4 if two in _two_word_units() else 3))
    word = doc[end - 1]
    return None if word.like_num else Trigger(kind, "units", word.i, word.i + 1)
