"""What the linker hands between its steps: a sector word's or a year's place in the text (``Item``) and
an amount's links (``Links``: its sectors, years and how it took them)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Item:
    start: int
    end: int
    value: object  # sector id, or a year dict
    descriptor: bool = False  # a sector word that describes a name after it ("utility Iberdrola"), or names an office


@dataclass
class Links:
    sectors: list[str] = field(default_factory=list)
    years: list[dict] = field(default_factory=list)
    link: str = ""


def shared_years(links: Links) -> set[int]:
    """The calendar years an amount's links name."""
    return {int(n) for y in links.years for n in y.get("years", [])}


def parallel_base_years(bases: list[bool], out: list[Links], own: list[int], n: int) -> list[dict]:
    """The years of the n-th own amount, a base with none of its own, when an earlier base of the
    sentence changed a level of the same years ("rose to 275 mln marks in 1986 from 222 mln in 1985
    and parent net profit increased to 187 mln marks from 161 mln": 161 mln is of 1985 too); else [].

    >>> y86, y85 = [{"years": [1986]}], [{"years": [1985]}]
    >>> out = [Links(years=y86), Links(years=y85), Links(years=y86), Links()]
    >>> parallel_base_years([False, True, False, True], out, [0, 1, 2, 3], 3)
    [{'years': [1985]}]
    >>> parallel_base_years([False, True, False, True], [out[0], Links(), out[2], Links()], [0, 1, 2, 3], 3)
    []
    """
    level = shared_years(out[own[n - 1]])
    for m in range(n - 2, 0, -1):
        if bases[m] and out[own[m]].years and level and shared_years(out[own[m - 1]]) == level:
            return list(out[own[m]].years)
    return []
