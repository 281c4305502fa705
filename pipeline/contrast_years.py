"""The years a contrast clause and its main clause lend each other: "exports climbed to $30.5 billion
in 2024, while imports reached $3.5 billion" (the contrast's amount is of 2024), and "exports reached
$9.9 billion, while imports came to $47.6 billion, last year" (a time that closes the contrast is of
both). Used by the linker (link.py) once a sentence's amounts have their own links."""

from __future__ import annotations

import re

from .link_items import Item, Links, parallel_base_years
from .list_gaps import opens_as_clause
from .years import contrast_clause

CHANGE_BASE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)  # "rose to 9 bln from "
_CLAUSE_END = re.compile(r"\s*(?:[,;:.]|$)")  # a time that closes its clause: ", last year," or ", in 2024."
_SET_OFF = re.compile(r"\s*,\s*(?:in\s+|during\s+)?$")  # and is set off from the amount by a comma


def closing_time(text: str, a_end: int, end: int, years: list[Item], links: Links) -> bool:
    """Does the amount ending at ``a_end`` take its years from a time after it, set off by a comma,
    that closes its clause (before ``end``)? Not "..., while its arm lost 1.3bn euros last year": that
    time is the contrast clause's own.

    >>> t = "imports came to $47.6 billion, last year, officials said"
    >>> y = [{"years": [2023]}]
    >>> closing_time(t, 29, len(t), [Item(31, 40, y[0])], Links(years=y))
    True
    >>> closing_time(t, 29, len(t), [Item(31, 40, y[0])], Links(years=[]))
    False
    >>> t = "arm lost 1.3bn euros last year."
    >>> closing_time(t, 20, len(t), [Item(21, 30, y[0])], Links(years=y))
    False
    """
    return any(
        a_end <= it.start < end
        and it.value in links.years
        and _SET_OFF.fullmatch(text, a_end, it.start) is not None
        and _CLAUSE_END.match(text, it.end) is not None
        for it in years
    )


def contrast_years(
    text: str,
    amounts: list[tuple[int, int]],
    own: list[int],
    out: list[Links],
    bases: list[bool],
    years: list[Item],
) -> None:
    """Lend years across a contrast clause (``years.contrast_clause``: ", while ..."; or an "as"
    clause): a contrast that names no time of its own takes the main clause's (not a change's base,
    before it or in it: "fell to 7.4 bln in 1986 from 9.0 bln in 1985, while ..."); a main clause
    that names none takes the time that closes the contrast clause. ``out`` is changed in place."""

    def based(n: int) -> bool:  # read only where a contrast clause opens
        start = amounts[own[n]][0]
        return bases[n] or CHANGE_BASE.search(text, max(0, start - 20), start) is not None

    for n in range(1, len(own)):
        i, j = own[n - 1], own[n]
        between = text[amounts[i][1] : amounts[j][0]]
        if not (contrast_clause(between) or opens_as_clause(between)) or based(n):
            continue
        if not out[j].years:
            k = next((m for m in range(n - 1, -1, -1) if not based(m)), None)
            out[j].years = list(out[own[k]].years) if k is not None else []
            if n + 1 < len(own) and bases[n + 1] and not out[own[n + 1]].years:  # its base's
                out[own[n + 1]].years = parallel_base_years(bases, out, own, n + 1)
        elif not out[i].years and not based(n - 1) and n + 1 == len(own):
            if closing_time(text, amounts[j][1], len(text), years, out[j]):
                out[i].years = list(out[j].years)
