"""Kinds for amounts that no word of their own decided (``other``), from the amounts and words around
them: the sentence after (``next_mention.told_kinds``), the list they stand in (``listed_kinds``),
a verb of going after them (``destined_kinds``) and money named before that they are added to
(``added_kinds``). Pure functions over the stage's amount infos (character offsets, flags) and kind
values, each with its doctest; the word lists are kinds.json's ``destined``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .extensions import doc_text
from .later_mentions import added_to_earlier
from .next_mention import told_kinds

# what may stand between two amounts of one list, a conversion in brackets after the first aside
_COMMA = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*$")  # "300 billion won, 200 billion won"
_AND = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*and\s+$")  # "... and 150 billion won"


def _lists(text: str, infos: list[dict]) -> list[list[int]]:
    """The lists of amounts in ``infos`` (their indexes, conversions left out): amounts joined by
    commas whose last is joined by "and" ("300 billion won, 200 billion won and 150 billion won"), all
    of one ``per``. Commas alone make no list ("15.2 mln dlrs, 5.2 mln of which"), nor does "or" (the
    same money restated: "2.25 mln dlrs or 45 cts a share")."""
    own = [k for k, info in enumerate(infos) if "conversion" not in info["flags"]]
    lists, run = [], [own[0]] if own else []
    for before, k in zip(own, own[1:], strict=False):
        gap = text[infos[k - 1]["end"] : infos[k]["start"]]  # after the conversions of the one before
        if infos[k]["per"] == infos[before]["per"] and _COMMA.match(gap):
            run.append(k)
            continue
        if infos[k]["per"] == infos[before]["per"] and _AND.match(gap):
            lists.append([*run, k])
        run = [k]
    return lists


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Every kind's trigger verbs (kinds.json ``verbs``, ``firm_verbs``, ``weak_verbs``), lower-cased."""
    kinds = lexicon.load("kinds.json")["kinds"].values()
    wheres = ("verbs", "firm_verbs", "weak_verbs")
    return frozenset(v.lower() for e in kinds for where in wheres for v in e.get(where, []))


def listed_kinds(text: str, infos: list[dict], values: list[dict], starts: list[int] | None = None) -> list[dict]:
    """``values`` with each ``other`` amount of a list of amounts (``_lists``: "300 billion won, 200
    billion won and 150 billion won in emergency credit") taking the kind and trigger of the list's
    last amount, when that one has one: the noun after the last amount names them all. So does an
    amount that a verb before the list decided, when the last one's trigger stands after it ("earned
    62 billion won, 48 billion won and 35 billion won from sales": revenue, not the profit "earned"
    alone gives; not a noun: "a gain of 995,000 dlrs and 2,928,000 dlrs, respectively, for tax
    credits" stays a profit; ``starts``: where each value's trigger begins, a character offset or None).

    >>> t = "extended 300 bln won, 200 bln won and 150 bln won in credit"
    >>> infos = [{"start": 9, "end": 20, "per": "", "flags": []}, {"start": 22, "end": 33, "per": "", "flags": []},
    ...          {"start": 38, "end": 49, "per": "", "flags": []}]
    >>> values = [{"kind": "other", "trigger": ""}] * 2 + [{"kind": "financing", "trigger": "credit"}]
    >>> [v["kind"] for v in listed_kinds(t, infos, values)]
    ['financing', 'financing', 'financing']
    >>> [v["kind"] for v in listed_kinds(t.replace(" and", ", or"), infos, values)]
    ['other', 'other', 'financing']
    >>> earned = [{"kind": "profit", "trigger": "earned"}] * 2 + [{"kind": "revenue", "trigger": "sales"}]
    >>> [v["kind"] for v in listed_kinds(t, infos, earned, [0, 0, 52])]
    ['revenue', 'revenue', 'revenue']
    >>> gain = [{"kind": "profit", "trigger": "gain"}] * 2 + [{"kind": "subsidy", "trigger": "tax credits"}]
    >>> [v["kind"] for v in listed_kinds(t, infos, gain, [0, 0, 52])]
    ['profit', 'profit', 'subsidy']
    >>> [v["kind"] for v in listed_kinds(t, infos, earned, [0, 0, 1])]
    ['profit', 'profit', 'revenue']
    """
    out = list(values)
    starts = starts or [None] * len(values)
    for members in _lists(text, infos):
        last = values[members[-1]]
        if last["kind"] == "other":
            continue
        after = starts[members[-1]] is not None and starts[members[-1]] >= infos[members[-1]]["end"]
        for k in members[:-1]:
            before = starts[k] is not None and starts[k] < infos[members[0]]["start"]
            before = before and out[k]["trigger"].lower() in _verbs()
            if out[k]["kind"] == "other" or (after and before):
                out[k] = _taking(out[k], last)
    return out


def _taking(value: dict, source: dict) -> dict:
    """``value`` with the kind and trigger of ``source``."""
    return {**value, **{key: source[key] for key in ("kind", "trigger", "_trigger") if key in source}}


@lru_cache(maxsize=1)
def _destined() -> tuple[re.Pattern, str]:
    data = lexicon.load("kinds.json")["destined"]
    words = lexicon.alternation
    pattern = re.compile(
        rf"\s*(?:(?:{words(data['auxiliaries'])})\s+){{0,3}}(?P<verb>(?:{words(data['verbs'])})\s+(?:{words(data['preps'])}))\b",
        re.IGNORECASE,
    )
    return pattern, data["kind"]


def destined_kinds(text: str, infos: list[dict], values: list[dict]) -> list[dict]:
    """``values`` with each ``other`` amount that is the subject of a verb of going to a use (kinds.json
    ``destined``: "480 billion won will go to fuel cell ship berths", "of which $2bn goes to") of
    ``destined``'s kind, money spent (its trigger the verb and its preposition). A noun after "to"
    that names a kind is ``kinds_reach.goes_as``'s, read before this.

    >>> t = "Under the plan, 480 billion won will go to ship berths; sales went up $5."
    >>> infos = [{"start": 16, "end": 31}, {"start": 69, "end": 71}]
    >>> [(v["kind"], v["trigger"]) for v in destined_kinds(t, infos, [{"kind": "other", "trigger": ""}] * 2)]
    [('investment', 'go to'), ('other', '')]
    """
    pattern, kind = _destined()
    out = list(values)
    for k, (info, value) in enumerate(zip(infos, values, strict=True)):
        if value["kind"] == "other" and (m := pattern.match(text, info["end"])):
            out[k] = {**value, "kind": kind, "trigger": m.group("verb"), "_trigger": None}
    return out


def added_kinds(text: str, infos: list[dict], values: list[dict]) -> list[dict]:
    """``values`` with each ``other`` amount that is added to money named before ("The governor said
    the province could add 180 billion won to that sum": ``later_mentions.added_to_earlier``) taking
    the kind and trigger of the last amount before it that has one.

    >>> t = "It will put $420m into cables. It could add $180m to that sum."
    >>> infos = [{"start": 12, "end": 17}, {"start": 44, "end": 49}]
    >>> values = [{"kind": "investment", "trigger": "put"}, {"kind": "other", "trigger": ""}]
    >>> [v["kind"] for v in added_kinds(t, infos, values)]
    ['investment', 'investment']
    """
    out = list(values)
    for k in range(1, len(values)):
        if out[k]["kind"] != "other" or not added_to_earlier(text, infos[k]["end"]):
            continue
        before = next((v for v in reversed(out[:k]) if v["kind"] != "other"), None)
        if before is not None:
            out[k] = _taking(out[k], before)
    return out


def _trigger_start(doc, trigger: tuple[int, int] | None) -> int | None:
    """Where a value's trigger (its token offsets, ``_trigger``) begins in the text."""
    return None if trigger is None else doc[trigger[0]].idx


def unnamed_kinds(doc, bounds: list, infos: list[dict], values: list[dict], triggers: list, in_name) -> list[dict]:
    """The kinds of the amounts no word of their own decided: from the sentence after, then their
    list, a verb of going after them and money named before (the module's docstring)."""
    values = told_kinds(doc, bounds, infos, values, triggers, in_name)
    text = doc_text(doc)
    starts = [_trigger_start(doc, v.get("_trigger")) for v in values]
    return added_kinds(text, infos, destined_kinds(text, infos, listed_kinds(text, infos, values, starts)))
