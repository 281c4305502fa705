"""The amounts around an amount, for ``kinds``: the conversions that restate it ("417m yuan ($50.4m;
£26m)"), a part of the total before it or a later mention of the same money, a change before "to"
and the new level after it ("fell 32 cents to $49.74"), and the old level or comparison base of the
amount before it ("rose to $4.2 bln from $2.6 bln"): each takes the kind of the amount it belongs to.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .clause_ends import is_share
from .clauses import FROM_END, comparison_pattern, opens_parts
from .later_mentions import refers_back
from .list_gaps import is_gapped_part, is_list_gap
from .years import is_change_before


def conversions(doc: Doc, text: str, money: list, infos: list[dict]) -> tuple[list[int], set[int]]:
    """(for each amount, the token where it and the conversions after it end; the amounts that
    restate the one before them): "417m yuan ($50.4m; £26m) of company funds"."""
    far_of = [m.end for m in money]
    restates: set[int] = set()
    for k, (m, info) in enumerate(zip(money, infos, strict=True)):
        if k in restates:
            continue
        far = m.end
        for j in range(k + 1, len(money)):
            end_char = doc[far - 1].idx + len(doc[far - 1].text)
            gap = text[end_char : infos[j]["start"]]
            opened = "(" in text[info["end"] : infos[j]["start"]]
            if "conversion" not in infos[j]["flags"] and not (opened and gap.strip(" (;,\n") == ""):
                break
            restates.add(j)
            far = money[j].end
        while far < len(doc) and doc[far].text in (")", "]"):
            far += 1
        far_of[k] = past_respectively(doc, far)
    return far_of, restates


def past_respectively(doc: Doc, far: int) -> int:
    """Where the amount ending at token ``far`` ends with a "respectively" set off after it ("3
    trillion won and 2 trillion won, respectively, in low-interest loans"): the noun after it is the
    amount's noun, as it would be without the adverb.

    >>> from spacy.lang.en import English
    >>> doc = English()("won, respectively, in loans")
    >>> past_respectively(doc, 1), past_respectively(English()("won, in loans"), 1)
    (4, 1)
    """
    words = [t.lower_ for t in doc[far : far + 3]]
    if words[:3] == [",", "respectively", ","]:
        return far + 3
    return far + 1 if words[:1] == ["respectively"] else far


def same_money(text: str, prev: dict, clause_start: int, start: int) -> bool | None:
    """Is the amount at ``start`` the money of the amount before it in its sentence, by the words
    between them? True for a part of a total (", of which 1.8 trillion won ...", and the items of
    the list that goes on from it: the total's kind is theirs), False for a later mention in its
    clause ("lawmakers voted to raise that amount to 4.2 trillion won") or a share of it ("and
    projects in Qatar accounted for $9.4 billion": its kind, and a payer of its own if the share's
    clause names one); None otherwise.

    >>> t = "It set aside 6.8 trillion won, including 420 billion won for ports and 180 billion won for fishing."
    >>> prev = {"kind": "investment", "_end": 29, "_part": False}
    >>> same_money(t, prev, 0, 41)
    True
    >>> same_money(t, {"kind": "investment", "_end": 56, "_part": True}, 0, 71)
    True
    >>> same_money("It spent 5 mln dlrs, and sales rose 2 mln dlrs.", {**prev, "_end": 19}, 19, 36)
    >>> t = "It won $33 bln in orders, and projects in Qatar accounted for $9 bln."
    >>> same_money(t, {**prev, "kind": "deal", "_end": 14}, 0, 62)
    False
    """
    if prev["kind"] == "other":
        return None
    gap = text[prev["_end"] : start]
    if opens_parts(gap) or (prev["_part"] and (is_list_gap(text, prev["_end"], start) or is_gapped_part(gap))):
        return True
    if is_share(text, prev["_end"], start):  # "and projects in Qatar accounted for $9.4 billion": the orders'
        return False  # the total's kind; a payer of its own when the share's clause names one
    if refers_back(text, max(clause_start, prev["_end"]), start):
        return False
    return None


CHANGE_TO = re.compile(r"\s+to\s+$")


def changes_take_the_next_kind(text: str, infos: list[dict], values: list[dict]) -> list[dict]:
    """``values`` with an amount no trigger decided (``other``, or a unit's price by its size alone)
    that changes to the next one taking the next one's kind: "fell 32 cents to $49.74 a barrel": the
    change of a price is one too."""
    out = list(values)
    for k, value in enumerate(values[:-1]):
        if (value["kind"] == "other" or not value["trigger"]) and CHANGE_TO.match(
            text, infos[k]["end"], infos[k + 1]["start"]
        ):
            out[k] = {**value, "kind": values[k + 1]["kind"], "trigger": values[k + 1]["trigger"]}
    return out


_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"]|[;:]")  # "...\n    Note: Net includes ... vs" opens anew


def is_base_of(text: str, before: dict, after: dict) -> bool:
    """Is the amount ``after`` the old level or the comparison base of the amount ``before`` it in
    the same sentence: "rose to $4.2 billion ... from $2.6 billion a year earlier", "will spend 1.2
    trillion won ..., the ministry said, up from 870 billion won", "a profit of 5 mln compared with
    4 mln"? The gap must end with the base's opener ("from" after a change word before either
    amount, or a comparison of years.json's roles).

    >>> t = "Exports rose to $4.2 bln this year from $2.6 bln."
    >>> is_base_of(t, {"start": 16, "end": 24}, {"start": 40, "end": 48})
    True
    >>> t = "It raised $5 bln and borrowed $2.6 bln from banks."
    >>> is_base_of(t, {"start": 10, "end": 16}, {"start": 30, "end": 38})
    False
    """
    gap = text[before["end"] : after["start"]]
    if _SENTENCE_END.search(gap):
        return False
    if FROM_END.search(gap.lower()):
        low = text[max(0, before["start"] - 80) : before["start"]].lower()  # is_change_before reads 60 back
        return is_change_before(gap.lower(), len(gap)) or is_change_before(low, len(low))
    ends = [m.end() for m in comparison_pattern().finditer(gap + " ")]
    return bool(ends) and gap[ends[-1] :].strip().lower() in ("", "a", "an", "the", "its")


def bases_take_the_kind(text: str, infos: list[dict], values: list[dict]) -> list[dict]:
    """``values`` with each amount that is the old level or the base of the amount before it
    (``is_base_of``) taking that amount's kind and trigger: a base is the same measure at another
    time, whatever noun follows it ("from $2.6 billion a year earlier, customs data showed" is
    still the exports). An amount that changes to the next one ("sales fell from £138m to £118m")
    is that one's old level."""
    out = list(values)
    for k in range(1, len(values)):
        to_next = k + 1 < len(values) and CHANGE_TO.match(text, infos[k]["end"], infos[k + 1]["start"])
        if not to_next and is_base_of(text, infos[k - 1], infos[k]):  # not "while sales fell from X to Y"
            out[k] = {**values[k], "kind": out[k - 1]["kind"], "trigger": out[k - 1]["trigger"]}
    return out
