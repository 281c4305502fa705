"""The same money again in its clause: an amount that restates the one before it takes that amount's kind.

``kinds.KindFinder.decide`` asks this first, before any trigger: "21.7 mln dlrs or 46 cts per
share" (the same money in another measure), "its carbon tax to S$25 a tonne from 2024 and S$45 a
tonne from 2026" (the same measure at two times), "... in aid to A and France 1.1 bln euros to B"
(a list whose verb is left out)."""

from __future__ import annotations

from spacy.tokens import Doc

from .kinds_around import REACH, gapped
from .kinds_units import per_unit_total, same_measure


def restated_kind(doc: Doc, a: tuple, clause: tuple, sent: tuple, triggers: list, prev, per: str, finder):
    """(kind, trigger tokens) of the amount doc[a[0]:a[1]] (``a[2]``: where its conversions end) when it
    restates ``prev``, the amount before it in the sentence, with the Doc's ``triggers`` and
    ``finder``'s (``kinds.KindFinder``) word lists; else None."""
    if prev is None:
        return None
    (a_start, _, a_far), (c0, c1) = a, clause
    (p_start, p_end), p_value = prev
    if p_start >= c0:
        between = [w for w in doc[max(p_end, a_start - REACH) : a_start] if not w.is_space]
        if (
            between
            and (between[-1].lower_ == "or" or ([w.text for w in between] == [","] and per == "share"))
            and len([w for w in between if w.is_alpha]) <= 3  # "60 mln dlrs pre-tax, or 34 cts"
            and a_start - p_end <= REACH
            and not (
                per in finder.per_kinds and p_value["kind"] in finder.restated
            )  # "offer ..., or 2,600 yen a share"
            and not per_unit_total(p_value, per)
            and not finder.own_noun(doc, triggers, a_far, doc[c1].idx if c1 < len(doc) else len(doc.text))
        ):  # not "44 dlr per share or two billion dlr bid": a noun of its own
            return p_value["kind"], p_value.get("_trigger")
    if (  # the same measure at two times
        per
        and p_start >= c0
        and p_value["_per"] == per
        and p_value["kind"] != "other"
        and same_measure(doc, p_end, a_start, per, finder.near(triggers, p_end, a_start))
    ):
        return p_value["kind"], p_value.get("_trigger")
    if p_start >= sent[0] and gapped(doc, p_end, a_start):
        return p_value["kind"], p_value.get("_trigger")  # "... in aid to A and France 1.1 bln euros to B"
    return None
