"""A total named after its parts: "620 billion won on a cathode plant and 280 billion won on an anode
line, a combined 900 billion won", "..., raising its total investment in the country to 1.6 billion
euros by 2024", "..., 800 billion won in all" (after a comma, one of the ``tails``), "..., out of a
record budget of 10.3 trillion won" (after a comma, one of the ``part_of_leads``). The total
concerns every part's sectors, and a part that names no time of its own is of the total's
(clauses.json ``totals_after_parts``). The other order, a total followed by its parts
("X, of which Y for A"), is read by ``parts_after_totals``."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .clause_ends import remainder_start
from .clauses import PARTS_REACH, comparison_pattern, is_base, opens_parts

PART_GAP = 150  # characters at most between two parts, or between the last part and the total
_JOINT = re.compile(r",|\band\b", re.IGNORECASE)
_STOP = re.compile(r"[.;:]\s")


@lru_cache(maxsize=1)
def _total_lead() -> re.Pattern:
    data = lexicon.load("clauses.json")["totals_after_parts"]
    leads, verbs = lexicon.alternation(data["leads"]), lexicon.alternation(data["verbs"])
    nouns = lexicon.alternation(data["nouns"])
    part_of = lexicon.alternation(data["part_of_leads"])
    owners = r"(?:its|their|the|his|her|our)"
    return re.compile(
        rf"(?:\b(?:{leads})|\b(?:{verbs})\s+{owners}\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b(?:\s+[\w-]+){{0,4}}?\s+(?:to|of)"
        rf"|,\s*(?:{part_of})\s+(?:{owners}|an?)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\s+of)"
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
    >>> total_lead(" next year, out of a record budget of "), total_lead(" out of a budget of ")
    (True, False)
    """
    return _total_lead().search(gap) is not None


@lru_cache(maxsize=1)
def _total_tail() -> re.Pattern:
    tails = lexicon.alternation(lexicon.load("clauses.json")["totals_after_parts"]["tails"])
    return re.compile(rf"\s*(?:{tails})\b", re.IGNORECASE)


def total_tail(gap: str, text: str, end: int) -> bool:
    """Is an amount set off by a comma (``gap``, before it) and followed, from ``end`` in ``text``, by
    a tail that names it the total of the ones before it: ", 800 billion won in all"?

    >>> total_tail(" to universities this year, ", "800 bln won in all, as South Korea tries", 11)
    True
    >>> total_tail(" to universities and ", "800 bln won in all", 11), total_tail(", ", "5 bln in allocations", 5)
    (False, False)
    """
    return gap.rstrip().endswith(",") and _total_tail().match(text, end) is not None


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
        if len(gap) > PART_GAP or _STOP.search(gap):
            continue
        if not (total_lead(gap) or total_tail(gap, text, amounts[total][1])):
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
        out[total].years = parts_span(out[total].years, [out[k].years for k in parts])
        out[total].link = "sentence"


def parts_span(own: list[dict], parts: list[list[dict]]) -> list[dict]:
    """The year items of a total named after its parts: every part's when every part has some and
    the total names no year but theirs ("270 billion won this year ... another 90 billion won next
    year, bringing the total to 360 billion won": both years), else its own.

    >>> a, b, c = {"years": [2024]}, {"years": [2025]}, {"years": [2030]}
    >>> parts_span([b], [[a], [b]]), parts_span([c], [[a], [b]]), parts_span([], [[a], []])
    ([{'years': [2024]}, {'years': [2025]}], [{'years': [2030]}], [])
    """
    items = [it for years in parts for it in years]
    named = {n for it in items for n in it.get("years", [])}
    if not items or not all(parts) or not {n for it in own for n in it.get("years", [])} <= named:
        return own
    return [it for k, it in enumerate(items) if it not in items[:k]]


# a total fronted by "Of": the amounts after it are its parts ("Of the 2.46 trillion yen in sales
# that X booked, equipment contributed 910 billion yen and robots 380 billion yen")
FRONTED_OF = re.compile(r"\s*Of\s+(?:(?:the|its|their|this|that)\s+)?")


def parts_after_totals(
    text: str,
    sent: tuple[int, int],
    amounts: list[tuple[int, int]],
    own_amounts: list[int],
    out: list,
    own_sectors: dict[int, bool],
    items: tuple[list, list],
    cuts: list[int],
) -> None:
    """A total followed by its parts concerns what each part goes to: "2.4 trillion won on future
    industries, of which 1.1 trillion won will go to AI and 700 billion won to chips"; each part with
    no time or destination of its own is of the total's (``out``: the sentence's links, by amount;
    ``own_sectors``: did an amount take its sectors from its own clause; ``items``: the sentence's
    sector and year items; ``cuts``: its clause boundaries)."""
    s0, s1 = sent
    sectors, years = items
    for n, i in enumerate(own_amounts[:-1]):
        j = own_amounts[n + 1]
        if opens_parts(text[amounts[i][1] : amounts[j][0]]) or FRONTED_OF.fullmatch(text, s0, amounts[i][0]):
            parts = [j]
            for k in own_amounts[n + 2 :]:  # the parts run on, joined by "and" or commas, to the clause's end
                lo, hi = amounts[parts[-1]][1], amounts[k][0]
                if any(lo <= c < hi for c in cuts) or not re.search(r",|\band\b", text[lo:hi]):
                    break
                parts.append(k)
            # "... and the rest to a hydrogen complex": a part with no amount, up to the clause's end
            last_end = amounts[parts[-1]][1]
            clause_end = min([c for c in cuts if c >= last_end] + [s1, last_end + PARTS_REACH])
            rest = remainder_start(text, last_end, clause_end)
            rest_sectors = [it.value for it in sectors if rest <= it.start < clause_end] if rest < clause_end else []
            # a part's sectors from outside its clause are none of its own ("with the Korea Development
            # Bank providing 3 trillion won" after "state lenders will extend ... to shipbuilders")
            borrowed = {k for k in parts if not own_sectors.get(k)}
            part_sectors = [*(sec for k in parts if k not in borrowed for sec in out[k].sectors), *rest_sectors]
            # the subject's own industry gives way to the parts' ("state lenders will supply 76 trillion
            # won ..., including 15 trillion won for shipbuilders")
            total = out[i].sectors if own_sectors.get(i) or not part_sectors else []
            own_total = list(out[i].sectors) if own_sectors.get(i) else []
            out[i].sectors = list(dict.fromkeys([*total, *part_sectors]))
            # a time after the last part is every part's and the total's: "500 billion rupees to clean
            # energy, of which 300 billion rupees is for solar parks and 120 billion for wind, in 2022-23"
            tail = any(last_end <= it.start < clause_end and "," in text[last_end : it.start] for it in years)
            # (the earlier parts may hold that time already, shared by the list; not a time of their own)
            inner = any(amounts[i][1] <= it.start < last_end for it in years)
            if tail and not out[i].years and not inner:
                out[i].years = list(out[parts[-1]].years)
            for k in parts:  # a part is of the total's time unless it names its own ("...in 2025: 720 billion yen")
                if not out[k].years:
                    out[k].years = list(out[i].years)
                if not out[k].sectors or (k in borrowed and own_total):  # and of the total's destination:
                    out[k].sectors = own_total  # "..., including 590 billion yen for Rapidus"
