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
