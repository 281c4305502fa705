"""Money named again at the start of the next sentence: "Nissan arranged 300 billion yen in new
loans. The funds will go mainly toward developing electric vehicles." The next sentence, when it
holds no amount of its own and opens with a noun of ``clauses.json`` ``told_after`` ("The funds",
"The money", "The amount") and a verb, tells where the money of the sentence before goes: its
sectors (and its years, and the kind its words name) are that money's, for the amounts that name
none of their own. After who speaks ("The bank said the money will finance ..."), its sectors only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from . import lexicon
from .clauses import speaks
from .extensions import doc_text, span_value, token_offsets

SPEAKER_WORDS = 5  # words at most of who speaks before the money named again: "The state lender said the money"


@lru_cache(maxsize=2)
def _patterns(spoken: bool) -> tuple[re.Pattern, re.Pattern]:
    data = lexicon.load("clauses.json")["told_after"]
    nouns, verbs = lexicon.alternation(data["subjects"]), lexicon.alternation(data["verbs"])
    speech = lexicon.alternation(lexicon.load("actors.json")["speech_verbs"])
    said = rf"(?:(?:[\w.'&-]+\s+){{1,{SPEAKER_WORDS}}}?(?:{speech})\s+(?:that\s+)?)?" if spoken else ""
    opener = re.compile(rf"\s*{said}(?:{nouns})(?:,|\s+(?:{verbs})\b)", re.IGNORECASE)
    return opener, re.compile(rf"\b(?:{lexicon.alternation(data['sources'])})\b", re.IGNORECASE)


def tells_about_before(text: str, start: int, end: int, spoken: bool = False) -> bool:
    """Does the sentence text[start:end] open by naming the money of the sentence before again,
    followed by what happens to it (not where it comes from: ``sources``)? ``spoken``: maybe after
    who speaks ("The bank said the money will finance"), which is enough for where the money goes,
    not for its time or its kind ("He said the loans are repayable in 30 years": the loans saved
    GM money, they are not the money saved).

    >>> tells_about_before("The funds will go to chips.", 0, 27), tells_about_before("The fund manager said.", 0, 22)
    (True, False)
    >>> tells_about_before("The money will come from health.", 0, 32)
    False

    Who speaks may come first: "The bank said the money will finance fuel cell plants."

    >>> tells_about_before("The bank said the money will finance plants.", 0, 44, spoken=True)
    True
    >>> tells_about_before("The bank said the money will finance plants.", 0, 44)
    False
    """
    opener, sources = _patterns(spoken)
    return opener.match(text, start, end) is not None and sources.search(text, start, end) is None


RESTATED_GAP = re.compile(r"(?:[a-z]+\s+){0,3}")  # "equivalent to about ", "or roughly "
RESTATED_END = re.compile(r"\s*[,)]")


@lru_cache(maxsize=1)
def _restated_opener() -> re.Pattern:
    data = lexicon.load("clauses.json")["told_after"]
    subjects, nouns = lexicon.alternation(data["subjects"] + data["restated"]), lexicon.alternation(data["possessed"])
    owner = r"(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,3}(?:'s|’s)"  # "Coupang's investment,"
    return re.compile(rf"\s*(?:{subjects}|{owner}\s+(?:{nouns})),\s*", re.IGNORECASE)


def restates_before(text: str, start: int, end: int, amounts: list[tuple[int, int]]) -> bool:
    """Does the sentence text[start:end] open by naming the money before again with all its amounts
    set off right after that name, as the same money in other units ("The sum, about US$330 million,
    will be spent by 2027")? Then it tells about the money before as a sentence without money does.

    >>> t = "The sum, about US$330 million, will be spent by 2027."
    >>> restates_before(t, 0, len(t), [(15, 29)]), restates_before(t, 0, len(t), [(15, 29), (48, 52)])
    (True, False)
    >>> t = "Coupang's investment, roughly $2.3 billion, will fund new centres."
    >>> restates_before(t, 0, len(t), [(30, 42)])
    True
    """
    opener = _restated_opener().match(text, start, end)
    if opener is None or not amounts:
        return False
    gap = RESTATED_GAP.fullmatch(text, opener.end(), amounts[0][0])
    return gap is not None and RESTATED_END.match(text, amounts[-1][1]) is not None


def told_links(text: str, bounds: list, by_sentence: dict, sector_spans: list, year_spans: list) -> dict:
    """For each sentence n with money whose next sentence tells about it (and holds none, or only the
    same money restated: ``restates_before``): the
    sectors (ids, in order, once each) and year values that next sentence names, outside names and
    who speaks (a comparison's year is no amount's): {n: (sectors, years)}, only where it names some."""
    told = {
        n - 1: ([], [])
        for n in range(1, len(bounds))
        if n - 1 in by_sentence
        and (
            n not in by_sentence
            or restates_before(text, *bounds[n], [(info["start"], info["end"]) for _, info in by_sentence[n][0]])
        )
    }
    told = {n: found for n, found in told.items() if tells_about_before(text, *bounds[n + 1], spoken=True)}
    if not told:
        return {}
    bare = {n for n in told if tells_about_before(text, *bounds[n + 1])}  # only these tell the time too
    starts = [s for s, _ in bounds]
    for s in sector_spans:
        n = bisect_right(starts, s.start_char) - 2
        if n in told and not span_value(s, "in_name") and not speaks(text, s.end_char) and s.id_ not in told[n][0]:
            told[n][0].append(s.id_)
    for y in year_spans:
        value = span_value(y, "year")
        if (n := bisect_right(starts, y.start_char) - 2) in bare and value["role"] != "comparison":
            told[n][1].append(value)
    return {n: found for n, found in told.items() if found[0] or found[1]}


TOLD_KINDS = ("nouns", "verbs")  # where a trigger of the sentence after may be found: "paid as subsidies"


def told_kinds(
    doc, bounds: list[tuple[int, int]], infos: list[dict], values: list[dict], triggers: list, in_name
) -> list[dict]:
    """The kinds of amounts that no word of their own sentence decided (``other``), from the sentence
    after when it tells about their money ("The government will provide 3 billion yuan a year. The
    amount will be paid as subsidies to drone makers": a subsidy): its first trigger noun, else its
    first trigger verb, not inside a name. ``bounds``: the sentences' character bounds; ``triggers``
    in token order; ``in_name(doc, trigger)``."""
    if all(value["kind"] != "other" for value in values):
        return values
    text, starts = doc_text(doc), [s for s, _ in bounds]
    offsets, trigger_starts = token_offsets(doc), [t.start for t in triggers]
    with_money = {bisect_right(starts, info["start"]) - 1 for info in infos}
    tells: dict[int, bool] = {}
    out = []
    for info, value in zip(infos, values, strict=True):
        n = bisect_right(starts, info["start"]) - 1
        if value["kind"] != "other" or n + 1 >= len(bounds) or n + 1 in with_money:
            out.append(value)
            continue
        lo, hi = bounds[n + 1]
        if n not in tells:  # once per sentence: a sentence of thousands of amounts stays linear
            tells[n] = tells_about_before(text, lo, hi)
        if not tells[n]:
            out.append(value)
            continue
        first, last = bisect_left(offsets, lo), bisect_left(offsets, hi)
        there = [
            t
            for t in triggers[bisect_left(trigger_starts, first) : bisect_left(trigger_starts, last)]
            if t.where in TOLD_KINDS and not in_name(doc, t)
        ]
        best = min(there, key=lambda t: (TOLD_KINDS.index(t.where), t.start), default=None)
        if best is None:
            out.append(value)
            continue
        found = {"kind": best.kind, "trigger": doc[best.start : best.end].text, "_trigger": (best.start, best.end)}
        out.append({**value, **found})
    return out
