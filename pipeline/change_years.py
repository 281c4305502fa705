"""The years a comparison gives the amounts it sets side by side, when nothing else dates them. A
change's new level takes the year its base's look-back time counts from: "sales fell to 14.1 mln dlrs
from 16.5 mln dlrs a year before" (in a 1987 article) sets 1987's sales against 1986's (the look-back
phrases are years.json ``relative`` phrases that are ``anchored`` and look back). A results digest
writes the year before in brackets: "pre-tax profit £421m (2003: £373m); underlying revenue £6.6bn"
gives £373m 2003 and the digest's other figures the year after. Used by the linker (link.py) once a
sentence's amounts have their own links and the times shared by a list (``level_years``, then
``bracket_years``)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .clause_ends import led_base
from .clauses import is_base
from .link_items import Item, Links
from .list_gaps import is_companion_gap
from .tables import key

FLAG = "year_from_base"  # the record's year: the one its base's look-back time counts from
BRACKET_FLAG = "year_from_bracket"  # the record's year: a results digest's bracketed year, or the one after it
# "(2003: £373m)", "(2003: profit £10.6m)": a bracketed year and a colon, up to two words, then the amount
_BRACKET_YEAR = re.compile(r"\((?P<year>(?:19|20)\d\d)\s*:\s*(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
_OPENS_BRACKET = re.compile(r"\(\s*$")  # a bare bracketed figure: "Pennine £96m (£101m)"
BRACKET_BACK = 30  # characters back from an amount that its bracketed year may take: the pattern above


@lru_cache(maxsize=1)
def look_backs() -> dict[str, int]:
    """years.json's anchored relative phrases that look back, by lookup form: how many years back."""
    relative = lexicon.load("years.json")["relative"]
    return {key(k): -v["offset"] for k, v in relative.items() if v.get("anchored") and v["offset"] < 0}


def counted_from(text: str, base: tuple[int, int], stop: int, years: list[Item], links: Links) -> list[int]:
    """The years the base ``base`` (its start and end) is set against: its own look-back time after
    it, before ``stop``, moved forward by the years it looks back; else [].

    >>> t = "to 14.1 mln dlrs from 16.5 mln dlrs a year before."
    >>> y = {"years": [1986], "role": "relative"}
    >>> counted_from(t, (22, 35), len(t), [Item(36, 49, y)], Links(years=[y]))
    [1987]
    >>> counted_from(t, (22, 35), len(t), [Item(36, 49, y)], Links(years=[]))
    []
    >>> t = "to 14.1 mln dlrs from 16.5 mln dlrs last year."
    >>> counted_from(t, (22, 35), len(t), [Item(36, 45, y)], Links(years=[y]))
    []
    """
    for it in years:
        if not base[1] <= it.start < stop or it.value not in links.years or it.value.get("role") != "relative":
            continue
        back = look_backs().get(key(text[it.start : it.end]))
        if back:
            return [y + back for y in it.value["years"]]
    return []


def level_years(
    text: str,
    amounts: list[tuple[int, int]],
    own: list[int],
    out: list[Links],
    bases_units: tuple[list[bool], frozenset[int]],
    years: list[Item],
) -> None:
    """Date a change's new level by its base's look-back time: an amount with no years right before a
    base whose own time looks back ("... to 14.1 mln dlrs from 16.5 mln dlrs a year before") takes the
    year that time counts from, and so do the parts of its figure before it ("26.4 mln dlrs, or 1.10
    dlrs a share, from ..."). Not an amount of one unit, a point in time ("Gold hit a record $4.30 a
    pound, up from $1.90 a year earlier"). ``out`` is changed in place."""
    bases, units = bases_units

    def joined(m: int) -> bool:  # own amount m is a part of the figure before it ("..., or 1.10 dlrs a share")
        return m > 0 and is_companion_gap(text[amounts[own[m - 1]][1] : amounts[own[m]][0]])

    for n in range(len(own) - 1):
        head = n
        while joined(head) and not out[own[head - 1]].years:
            head -= 1
        if out[own[n]].years or not bases[n + 1] or own[head] in units:
            continue
        k = n + 2  # the base's time may follow its own parts: "from 20.1 mln dlrs, or 84 cts, a year ago"
        while k < len(own) and joined(k):
            k += 1
        stop = amounts[own[k]][0] if k < len(own) else len(text)
        found = counted_from(text, amounts[own[n + 1]], stop, years, out[own[n + 1]])
        if found:
            for m in range(head, n + 1):
                out[own[m]].years = [_dated(found, FLAG)]


def base_flags(text: str, amounts: list[tuple[int, int]], own: list[int]) -> list[bool]:
    """For each own amount of a sentence, is it the base the amount before it is compared with ("600
    billion won, up from 420 billion won"; "rose to 275 mln marks in 1986 from 222 mln")?

    >>> t = "It rose to 5 mln dlrs from 4 mln dlrs, and spent 2 mln dlrs."
    >>> base_flags(t, [(11, 21), (27, 37), (49, 59)], [0, 1, 2])
    [False, True, False]
    """
    return [
        n > 0
        and (
            is_base(gap := text[amounts[own[n - 1]][1] : amounts[i][0]]) or led_base(text, amounts[own[n - 1]][0], gap)
        )
        for n, i in enumerate(own)
    ]


def from_base(years: list[dict]) -> bool:
    """Were these links' years all given by a base's look-back time (``level_years``)?

    >>> from_base([_dated([1987], FLAG)]), from_base([_dated([1987], BRACKET_FLAG)]), from_base([])
    (True, False, False)
    """
    return bool(years) and all(FLAG in y["flags"] for y in years)


def _dated(years: list[int], flag: str) -> dict:
    return {"start": -1, "end": -1, "years": years, "role": "point", "duration": None, "flags": [flag]}


def bracket_years(text: str, amounts: list[tuple[int, int]], own: list[int], out: list[Links]) -> None:
    """Date a results digest by its brackets: an amount after a bracketed year and a colon ("(2003:
    £373m)") is of that year; the digest's other amounts with no years are of the year after,
    except a bare bracketed figure ("Pennine £96m (£101m)"), which is of the bracketed year again.
    Nothing changes in a sentence without such a bracket. ``out`` is changed in place.

    >>> t = "Rolls-Royce: pre-tax profit £421m (2003: £373m); revenue £6.6bn; Bovis £96m (£101m)."
    >>> spans = [(28, 33), (41, 46), (57, 63), (71, 75), (77, 82)]
    >>> out = [Links() for _ in spans]
    >>> bracket_years(t, spans, [0, 1, 2, 3, 4], out)
    >>> [lk.years[0]["years"] for lk in out]
    [[2004], [2003], [2004], [2004], [2003]]
    """
    labelled = {}
    for i in own:
        m = _BRACKET_YEAR.search(text, max(0, amounts[i][0] - BRACKET_BACK), amounts[i][0])
        if m is not None and not out[i].years:
            labelled[i] = int(m.group("year"))
    if not labelled:
        return
    before = min(labelled.values())
    for i in own:
        if out[i].years:
            continue
        if i in labelled:
            out[i].years = [_dated([labelled[i]], BRACKET_FLAG)]
        elif _OPENS_BRACKET.search(text, max(0, amounts[i][0] - BRACKET_BACK), amounts[i][0]):
            out[i].years = [_dated([before], BRACKET_FLAG)]
        else:
            out[i].years = [_dated([before + 1], BRACKET_FLAG)]
