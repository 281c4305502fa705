"""What the lines and amounts around an amount say about its kind, for ``kinds``: the label of an
earnings-table row, the conversions that restate an amount, and an amount that is a part of the
total before it or a later mention of it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from . import lexicon
from .link import is_list_gap, opens_parts, refers_back


@lru_cache(maxsize=1)
def _table_labels() -> dict[str, str]:
    return {" ".join(k.split()): v for k, v in lexicon.load("kinds.json")["table_labels"].items()}


def table_kind(text: str, line_start: int, first_amount: int) -> tuple[str, str] | None:
    """(kind, label) of an earnings-table row: the words from the line's start to its first amount,
    in a line that is indented or sets figures against each other ("vs").

    >>> table_kind("x\\n    Oper shr loss 1.10 dlrs vs loss 8.63 dlrs", 2, 20)
    ('profit', 'Oper shr loss')
    >>> table_kind("And GM will raise the cash\\ndividend 25 to 50 cts a share", 27, 36) is None
    True
    """
    line_end = text.find("\n", first_amount)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not (line.startswith("  ") or " vs " in line or " vs. " in line):
        return None
    label = text[line_start:first_amount].strip()
    kind = _table_labels().get(" ".join(label.lower().split()))
    return (kind, label) if kind else None


def conversions(doc: Doc, text: str, money: list, infos: list[dict]) -> tuple[list[int], set[int]]:
    """(for each amount, the token where it and the conversions after it end; the amounts that
    restate the one before them): "417m yuan ($50.4m; £26m) of company funds"."""
    far_of = [m.end for m in money]
    restates: set[int] = set()
    for k, (m, info) in enumerate(zip(money, infos, strict=True)):
        if k in restates:
            continue
        far = m.end
        for j in range(k + 1, len(money)):
            end_char = doc[far - 1].idx + len(doc[far - 1].text)
            gap = text[end_char : infos[j]["start"]]
            opened = "(" in text[info["end"] : infos[j]["start"]]
            if "conversion" not in infos[j]["flags"] and not (opened and gap.strip(" (;,\n") == ""):
                break
            restates.add(j)
            far = money[j].end
        while far < len(doc) and doc[far].text in (")", "]"):
            far += 1
        far_of[k] = far
    return far_of, restates


def same_money(text: str, prev: dict, clause_start: int, start: int) -> bool | None:
    """Is the amount at ``start`` the money of the amount before it in its sentence, by the words
    between them? True for a part of a total (", of which 1.8 trillion won ...", and the items of
    the list that goes on from it: the total's kind is theirs), False for a later mention in its
    clause ("lawmakers voted to raise that amount to 4.2 trillion won"); None otherwise.

    >>> t = "It set aside 6.8 trillion won, including 420 billion won for ports and 180 billion won for fishing."
    >>> prev = {"kind": "investment", "_end": 29, "_part": False}
    >>> same_money(t, prev, 0, 41)
    True
    >>> same_money(t, {"kind": "investment", "_end": 56, "_part": True}, 0, 71)
    True
    >>> same_money("It spent 5 mln dlrs, and sales rose 2 mln dlrs.", {**prev, "_end": 19}, 19, 36)
    """
    if prev["kind"] == "other":
        return None
    gap = text[prev["_end"] : start]
    if opens_parts(gap) or (prev["_part"] and is_list_gap(text, prev["_end"], start)):
        return True
    if refers_back(text, max(clause_start, prev["_end"]), start):
        return False
    return None
