"""A total named after its parts: "620 billion won on a cathode plant and 280 billion won on an anode
line, a combined 900 billion won", "..., raising its total investment in the country to 1.6 billion
euros by 2024". The total concerns every part's sectors, and a part that names no time of its own is
of the total's (clauses.json ``totals_after_parts``). The other order, a total followed by its parts
("X, of which Y for A"), is read in ``link.link_sentence``."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .clauses import comparison_pattern, is_base

PART_GAP = 150  # characters at most between two parts, or between the last part and the total
_JOINT = re.compile(r",|\band\b", re.IGNORECASE)
_STOP = re.compile(r"[.;:]\s")


@lru_cache(maxsize=1)
def _total_lead() -> re.Pattern:
    data = lexicon.load("clauses.json")["totals_after_parts"]
    leads, verbs = lexicon.alternation(data["leads"]), lexicon.alternation(data["verbs"])
    nouns = lexicon.alternation(data["nouns"])
    owners = r"(?:its|their|the|his|her|our)"
    return re.compile(
        rf"(?:\b(?:{leads})|\b(?:{verbs})\s+{owners}\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b(?:\s+[\w-]+){{0,4}}?\s+(?:to|of))"
        r"\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$",
        re.IGNORECASE,
    )


def total_lead(gap: str) -> bool:
    """Does ``gap``, before an amount, name that amount as the total of the ones before it?

    >>> total_lead(" on an anode line by 2023, a combined ")
    True
    >>> total_lead(", raising its total investment in the country to ")
    True
    >>> total_lead(", bringing its total energy import bill to "), total_lead(" and a total of about ")
    (True, True)
    >>> total_lead(", raising its stake to "), total_lead(" and ")
    (False, False)
    >>> total_lead(" next year, bringing its climate budget to ")
    True
    """
    return _total_lead().search(gap) is not None


def parts_joint(gap: str) -> bool:
    """Is ``gap`` the joint between two parts of one later total: "and" or a comma, no sentence stop,
    no comparison ("up from")?

    >>> parts_joint(" on a cathode plant in Pohang and "), parts_joint(" this year, up from ")
    (True, False)
    >>> parts_joint(" in 2023. It will also spend ")
    False
    """
    return (
        len(gap) <= PART_GAP
        and _JOINT.search(gap) is not None
        and _STOP.search(gap) is None
        and comparison_pattern().search(gap) is None
        and not is_base(gap)
    )


def totals_after_parts(text: str, amounts: list[tuple[int, int]], own: list[int], out: list) -> None:
    """Give each total named after two or more parts the parts' sectors, and each part with no time
    the total's years (``out``: the sentence's links, by amount; ``own``: the amounts that are no
    conversion of another, in order)."""
    for n in range(2, len(own)):
        total = own[n]
        gap = text[amounts[own[n - 1]][1] : amounts[total][0]]
        if len(gap) > PART_GAP or _STOP.search(gap) or not total_lead(gap):
            continue
        parts = [own[n - 1]]
        for m in range(n - 2, -1, -1):
            if not parts_joint(text[amounts[own[m]][1] : amounts[parts[0]][0]]):
                break
            parts.insert(0, own[m])
        if len(parts) < 2:
            continue
        out[total].sectors = list(dict.fromkeys([*out[total].sectors, *(s for k in parts for s in out[k].sectors)]))
        for k in parts:
            if not out[k].years:
                out[k].years = list(out[total].years)
        out[total].link = "sentence"
