"""Sentences that say "respectively": the n amounts that took the same n years or sectors take one
each, in order ("shipments of semiconductors and automobiles are expected to reach $150 billion and
$72 billion, respectively"). Used by the linker on each sentence's ``Links``."""

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
    sectors take one each, in the order the sectors stand in the sentence."""
    if _RESPECTIVELY.search(text, *sent) is None:
        return
    first: dict = {}
    for it in sectors:
        if sent[0] <= it.start < sent[1]:
            first.setdefault(it.value, it.start)
    by_set: dict[tuple, list] = {}
    for lk in links:
        if len(lk.sectors) >= 2 and all(sec in first for sec in lk.sectors):
            by_set.setdefault(tuple(sorted(lk.sectors)), []).append(lk)
    for key, takers in by_set.items():
        if len(takers) == len(key):
            for sec, lk in zip(sorted(key, key=first.get), takers, strict=True):
                lk.sectors = [sec]
