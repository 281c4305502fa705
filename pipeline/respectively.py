"""Sentences that say "respectively": the n amounts that took the same n years or sectors take one
each, in order ("shipments of semiconductors and automobiles are expected to reach $150 billion and
$72 billion, respectively"). Used by the linker on each sentence's ``Links``; and the n names of one
actor that such amounts take one each (``respective_actors``, by the kinds stage)."""

from __future__ import annotations

import re

_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def respectively(text: str, sent: tuple[int, int], links: list) -> None:
    """ "1986 and 1985 net excludes a loss of 1.3 mln dlrs and a profit of 319,000 dlrs,
    respectively": in a sentence that says "respectively", the amounts that took one pair of years
    ("1986 and 1985") take one year each, in order: the first half of them the first year."""
    if _RESPECTIVELY.search(text, *sent) is None:
        return
    by_pair: dict[tuple, list] = {}
    for lk in links:
        for y in lk.years:
            if y.get("role") not in ("span", "comparison") and len(y.get("years", [])) == 2:
                by_pair.setdefault((y["start"], y["end"]), []).append(lk)
    for takers in by_pair.values():
        if len(takers) % 2:
            continue
        half = len(takers) // 2  # "a loss of 785,000 dlrs or eight cts a share and 59,000 dlrs or one ct a share"
        for n, lk in enumerate(takers):
            lk.years = [
                {**y, "years": [y["years"][n // half]]}
                if len(y.get("years", [])) == 2 and y.get("role") != "span"
                else y
                for y in lk.years
            ]


def respectively_sectors(text: str, sent: tuple[int, int], links: list, sectors: list) -> None:
    """ "shipments of semiconductors and automobiles are expected to reach $150 billion and $72
    billion, respectively": in a sentence that says "respectively", n amounts that took the same n
    sectors take one each, in the order the sectors stand in the sentence; n amounts that took fewer
    sectors from n sector words take one word's each."""
    if _RESPECTIVELY.search(text, *sent) is None:
        return
    first: dict = {}
    ends: dict = {}
    for it in sectors:
        if sent[0] <= it.start < sent[1] and it.value not in first:
            first[it.value], ends[it.value] = it.start, it.end
    by_set: dict[tuple, list] = {}
    for lk in links:
        if len(lk.sectors) >= 2 and all(sec in first for sec in lk.sectors):
            by_set.setdefault(tuple(sorted(lk.sectors)), []).append(lk)
    for key, takers in by_set.items():
        ordered = sorted(key, key=first.get)
        joined = all(_listed(text[ends[a] : first[b]]) for a, b in zip(ordered, ordered[1:], strict=False))
        if len(takers) == len(key) and joined:  # not "hydrogen tram and bus lines", "construction of A and B airports"
            for sec, lk in zip(ordered, takers, strict=True):
                lk.sectors = [sec]
            continue
        items = _items(text, (first[ordered[0]], sent[1]), [it for it in sectors if it.value in key])
        if items is not None and len(items) == len(takers):
            for found, lk in zip(items, takers, strict=True):
                lk.sectors = found  # "into Gwangyang's battery materials complex, Busan's power chip fab and
            continue  # Ulsan's hydrogen tram line, respectively": each item's own sectors
        # one sector word each, two of a sector: "exports of howitzers, tanks and jets came to $2.1
        # billion, $3.4 billion and $2.9 billion, respectively"
        words = sorted(
            (it.start, it.end, it.value) for it in sectors if sent[0] <= it.start < sent[1] and it.value in key
        )
        listed = all(_listed(text[a[1] : b[0]]) for a, b in zip(words, words[1:], strict=False))  # not "medical AI"
        if len(words) == len(takers) and len({w[0] for w in words}) == len(words) and listed:
            for (_, _, sec), lk in zip(words, takers, strict=True):
                lk.sectors = [sec]


def _items(text: str, span: tuple[int, int], sectors: list) -> list[list[str]] | None:
    """The sectors of each item of the list that runs from span[0] to "respectively", split at its
    joints (", ", ", and ", " and "), when every item names some: [["batteries"], ["semiconductors"],
    ["hydrogen_economy", "transport"]]; None otherwise ("hydrogen tram and bus lines in Changwon and
    Ulsan": "Ulsan" names none).

    >>> from types import SimpleNamespace as S
    >>> t = "into A's battery complex, B's chip fab and C's hydrogen tram line, respectively"
    >>> secs = [S(start=9, value="batteries"), S(start=29, value="semiconductors")]
    >>> secs += [S(start=47, value="hydrogen_economy"), S(start=56, value="transport")]
    >>> _items(t, (9, len(t)), secs)
    [['batteries'], ['semiconductors'], ['hydrogen_economy', 'transport']]
    """
    end = _RESPECTIVELY.search(text, *span)
    if end is None:
        return None
    joints = [m for m in _NAME_JOINTS.finditer(text, span[0], end.start()) if not _between_names(text, m)]
    cuts = [span[0], *(m.start() for m in joints), end.start()]
    items = [[it.value for it in sectors if a <= it.start < b] for a, b in zip(cuts, cuts[1:], strict=False)]
    items = [list(dict.fromkeys(item)) for item in items]
    if items and not items[-1] and not text[cuts[-2] : cuts[-1]].strip(" ,"):
        items.pop()  # the joint right before "respectively"
    return items if items and all(items) else None


def _between_names(text: str, joint: re.Match) -> bool:
    """Does the joint stand between two capitalised words, inside one item ("the construction of
    Saemangeum and Heuksando airports")?"""
    start, end = joint.start(), joint.end()  # a word either side, read in a short window: stays linear
    before, after = text[max(0, start - WORD_WINDOW) : start].split()[-1:], text[end : end + WORD_WINDOW].split()[:1]
    return bool(before and after) and before[0][:1].isupper() and after[0][:1].isupper()


def _listed(gap: str) -> bool:
    """Is ``gap`` a joint between two items of one list of sector words (", ", " and ", ", and K2 ")?"""
    return _JOINT.search(gap) is not None and _LIST_ITEM_GAP.match(gap) is not None


WORD_WINDOW = 40  # characters either side of a joint where the word next to it is read
_JOINT = re.compile(r",|\band\b")
# between two items of one list of sector words, a model's name or a modifier allowed: ", K2 ", " and FA-50 "
_LIST_ITEM_GAP = re.compile(r"(?:\s*,)?(?:\s*and)?\s+(?:[\w.-]+\s+){0,2}$")
_RESPECTIVELY_AFTER = re.compile(r"[^.;]{0,60}?\brespectively\b", re.IGNORECASE)  # after the last amount
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")  # between two amounts of a list
_NAME_JOINTS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_NAME = r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*"
_MORE_NAMES = re.compile(rf"(?:,\s+{_NAME})*,?\s+and\s+{_NAME}")  # the rest of a list the actor opens
_APPOSITIVE = re.compile(r",\s+([A-Z][^,;:()]{0,80}?(?:,\s+[A-Z][^,;:()]{0,40}?)*,?\s+and\s+[A-Z][^,;:()]{0,40}?),")


def respective_names(text: str, actor: str, start: int) -> list[tuple[str, int]]:
    """The names (with offsets) that ``actor``, at ``start``, stands for: its own parts ("A Co and B
    Inc"), or the list of names in brackets of commas right after it ("South Korea's three battery
    makers, LG Energy Solution, Samsung SDI and SK On, will invest").

    >>> respective_names("Its two units, Alpha and Beta Co, will", "Its two units", 0)
    [('Alpha', 15), ('Beta Co', 25)]
    >>> respective_names("Nongshim, Samyang Foods and Ottogi posted", "Nongshim", 0)
    [('Nongshim', 0), ('Samyang Foods', 10), ('Ottogi', 28)]
    """
    names, end = _NAME_JOINTS.split(actor), start + len(actor)
    named = all(word[:1].isupper() for word in actor.split())  # a name, not "Its two units"
    if len(names) == 1 and named and (m := _MORE_NAMES.match(text, end)) is not None:
        names = [actor, *(n for n in _NAME_JOINTS.split(m.group(0)) if n)]  # "Nongshim, Samyang Foods and Ottogi"
    elif len(names) == 1 and (m := _APPOSITIVE.match(text, end)) is not None:
        names, start = _NAME_JOINTS.split(m.group(1)), m.start(1)
    if not all(name[:1].isupper() for name in names):  # not "Corn and sorghum producers"
        return []
    out = []
    for name in names:
        start = text.index(name, start)
        out.append((name, start))
        start += len(name)
    return out


def respective_actors(text: str, infos: list[dict], values: list[dict]) -> list[dict]:
    """``values`` with a run of amounts that share an actor naming as many names as amounts ("Hanwha
    Ocean and HD Hyundai Heavy Industries will receive 1.1 trillion won and 900 billion won
    respectively") giving each amount its own name, in order, when "respectively" follows the last.

    >>> t = "A Co and B Inc will get 5 dlrs and 6 dlrs respectively."
    >>> vals = [{"actor": "A Co and B Inc", "actor_start": 0, "actor_end": 14}] * 2
    >>> [v["actor"] for v in respective_actors(t, [{"end": 29}, {"end": 38}], vals)]
    ['A Co', 'B Inc']
    """
    out, k = list(values), 0
    while k < len(values):
        actor = values[k]["actor"]
        j = k
        while j + 1 < len(values) and actor and values[j + 1]["actor_start"] == values[k]["actor_start"]:
            j += 1
        names = respective_names(text, actor, values[k]["actor_start"]) if actor and j > k else []
        if len(names) == j - k + 1 and _RESPECTIVELY_AFTER.match(text, infos[j]["end"]):
            for n, (name, at) in enumerate(names):
                out[k + n] = {**values[k + n], "actor": name, "actor_start": at, "actor_end": at + len(name)}
        k = j + 1
    return out


def respective_kinds(text: str, infos: list[dict], values: list[dict]) -> list[dict]:
    """``values`` with the amounts of a list that "respectively" follows ("will provide 3 trillion won
    and 2 trillion won, respectively, in low-interest loans") taking the kind and trigger of the last
    one where nothing decided theirs (``other``): the noun after the list names them all.

    >>> t = "A and B will lend 3 bln dlrs and 2 bln dlrs, respectively, in loans."
    >>> vals = [{"kind": "other", "trigger": ""}, {"kind": "financing", "trigger": "loans"}]
    >>> [v["kind"] for v in respective_kinds(t, [{"end": 28}, {"start": 33, "end": 43}], vals)]
    ['financing', 'financing']
    """
    out, k = list(values), 0
    while k < len(values):
        j = k
        while j + 1 < len(values) and _LIST_GAP.fullmatch(text, infos[j]["end"], infos[j + 1]["start"]):
            j += 1
        if j > k and values[j]["kind"] != "other" and _RESPECTIVELY_AFTER.match(text, infos[j]["end"]):
            for n in range(k, j):
                if out[n]["kind"] == "other":
                    out[n] = {**out[n], "kind": values[j]["kind"], "trigger": values[j]["trigger"]}
        k = j + 1
    return out
