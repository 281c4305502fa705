"""Blocks of newswire table rows under labels nobody could list: a company's segments and regions
("    Pharmaceutical 49.8 mln vs 39.0 mln", "    Continental Europe 77 mln vs 56 mln"), its costs
and taxes ("    Distribution costs 90.3 mln vs 57.2 mln"). Such a row is money when its block, the run
of consecutive lines of "<label> <figure> vs <figure>", holds a row of a known label
(table_labels.json ``labels``) or a row whose currency is written ("    Automotive components and
products 101 mln stg vs 105 mln"); a row whose label counts things (``block_counts``) is not.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .rules import Rules

_LINE_BREAK = re.compile(r"[ \t]*\r?\n")
_WORD = re.compile(r"[a-z]+")


def blocks(rows: list[re.Match], text: str) -> list[list[re.Match]]:
    """``rows`` (in text order) grouped into runs of consecutive lines.

    >>> rx = re.compile(r"(?m)^\\w+ \\d+$")
    >>> t = "Net 5\\nTax 2\\nsaid so.\\nCoal 3"
    >>> [[m.group(0) for m in b] for b in blocks(list(rx.finditer(t)), t)]
    [['Net 5', 'Tax 2'], ['Coal 3']]
    """
    out: list[list[re.Match]] = []
    for row in rows:
        if out and _LINE_BREAK.fullmatch(text, out[-1][-1].end(), row.start()):
            out[-1].append(row)
        else:
            out.append([row])
    return out


def _holds(starts: list[int], lo: int, hi: int) -> bool:
    """Does a start of ``starts`` (sorted) fall in [lo, hi)? A bisection, not a scan of the article."""
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def headed(text: str, start: int, rules: Rules) -> bool:
    """Does the line before the table row at ``start`` head its block as the parts of a money label
    ("    Operating profit includes -", "    Turnover comprised -"; table_labels.json
    ``breakdown_verbs``), not of a count ("    Production comprised -")?

    >>> from pipeline.money.rules import rules
    >>> t = "    Operating profit includes -\\n    Pharmaceutical 49.8 mln vs 39.0 mln"
    >>> headed(t, 32, rules()), headed(t.replace("Operating profit", "Production"), 26, rules())
    (True, False)
    """
    lo = text.rfind("\n", 0, max(0, start - 1)) + 1
    head = rules.table_breakdown.match(text, lo)
    if head is None or head.end() != start:
        return False
    return not set(_WORD.findall(head.group(1).lower())) & rules.table_block_counts


def block_rows(text: str, written: list[int], known: frozenset[int], rules: Rules) -> list[re.Match]:
    """The rows of table blocks whose labels are not known, in a block that holds a known row (one
    that starts at an offset of ``known``) or money written with its currency (``written``: where
    such amounts start, sorted), for ``article.table_figures`` to read as it reads known rows; rows
    whose label or units count things left out.

    >>> from pipeline.money.rules import rules
    >>> t = "    Coal 1.14 billion vs 1.22 billion\\n    Net 58 mln vs 49 mln\\n    Employees 5,200 vs 4,900"
    >>> [m.group(1) for m in block_rows(t, [], frozenset({38}), rules())]
    ['Coal']
    >>> t = "    Coal 1.14 billion vs 1.22 billion\\n    Metal 851.0 mln vs 1.14 billion"
    >>> block_rows(t, [], frozenset(), rules()), block_rows(t, [42], frozenset(), rules()) != []
    ([], True)
    """
    rows = list(rules.table_any_row.finditer(text))
    if not rows:
        return []
    out = []
    for block in blocks(rows, text):
        known_rows = [row.start() in known for row in block]
        money = any(known_rows) or any(_holds(written, row.start(), row.end()) for row in block)
        money = money or headed(text, block[0].start(), rules)
        if not money:
            continue
        for row, is_known in zip(block, known_rows, strict=True):
            words = set(_WORD.findall(" ".join(row.group(n) or "" for n in (1, 4, 7)).lower()))
            counted = words & rules.table_count_words and not words & rules.table_averaged_money  # not "Avg Assets"
            if not is_known and not words & rules.table_block_counts and not counted:
                out.append(row)  # not "Employees 5,200 vs 4,900", "Margin 12 pct vs 10 pct", "Avg shrs"
    return out
