"""A bare year (no lead word) that still names the money's time: one that heads an amount's noun
phrase ("posted 2023 revenue of 3.69 trillion won"), closes a headline's label before its colon
("Carrefour 2004 results: sales of 72.7bn euros") or opens its sentence ("1986 net loss excludes").
Read by ``years.find_years`` on the lower-cased text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .lexicon import alternation as _alt


@lru_cache(maxsize=1)
def _heads_amount() -> re.Pattern:
    """A noun phrase of up to three words after a year, then a word of years.json ``heading_links``
    ("of", "were", "rose to") or a colon, then the amount, past a word of ``heading_gaps``."""
    data = lexicon.load("years.json")
    return re.compile(
        rf"\s+(?:[a-z][a-z-]*\s+){{0,2}}[a-z][a-z-]*(?:\s+(?:{_alt(data['heading_links'])})\s+|:\s*)"
        rf"(?:(?:{_alt(data['heading_gaps'])})\s+)*(?:[$€£¥₩]|us\$|\d)"
    )


def heads_amount(low: str, end: int) -> bool:
    """Does the bare year ending at ``end`` head a noun phrase of an amount ("posted 2023 revenue of
    3.69 trillion won", "its 1986 net profit of 5 mln", a headline's label: "Reed Elsevier 2004 pre-tax
    profit: £675m")? Then it is a year without a lead word.

    >>> heads_amount("posted 2023 revenue of 3.69 trillion won", 11), heads_amount("2023 units of it", 4)
    (True, False)
    >>> heads_amount("reed elsevier 2004 pre-tax profit: £675m", 18), heads_amount("the 2004 race: he won", 8)
    (True, False)
    >>> heads_amount("estimates 1986 earnings to be between 800,000 and", 14)
    True
    >>> heads_amount("reported 1987 first quarter earnings rose to a record 142 mln dlrs", 13)
    True
    """
    return _heads_amount().match(low, end) is not None


# a headline's label up to its colon, then up to four words of the figure's own label and the figure:
# "carrefour 2004 results: sales of 72.7bn euros", "bp second quarter 2004: replacement cost profit $4.3bn"
_LABELS_FIGURES = re.compile(r"(?:\s+[a-z][a-z-]*){0,3}:\s*(?:[a-z][a-z-]*\s+){0,4}(?:[a-z]{0,2}\$|[€£¥₩]|\d)")


def labels_figures(low: str, start: int, end: int) -> bool:
    """Does the bare year ending at ``end`` close a headline's label whose colon the figures follow
    ("heinz 2004 fiscal year: sales $8.4bn", "carrefour 2004 results: sales of 72.7bn euros", "bp
    second quarter 2004: replacement cost profit $4.3bn")? Then it is the label's time; the figures
    take it across the colon (``colon_topics.topic_years``). Not a year in brackets, which labels
    only the figure of its own ("pre-tax profit $18.9bn (2003: $12.8bn)": the comparison's).

    >>> labels_figures("carrefour 2004 results: sales of 72.7bn euros", 10, 14)
    True
    >>> labels_figures("bp second quarter 2004: replacement cost profit $4.3bn", 18, 22)
    True
    >>> labels_figures("singapore airlines 2005 results: net profit s$603m", 19, 23)
    True
    >>> labels_figures("the 2004 race: he won", 4, 8), labels_figures("it sold 2004 shares: a record", 8, 12)
    (False, False)
    >>> labels_figures("profit $18.9bn (2003: $12.8bn)", 16, 20)
    False
    """
    return low[start - 1 : start] != "(" and _LABELS_FIGURES.match(low, end) is not None


_OPENS = re.compile(r"(?:^|[.!?]\s+|:\s*|\n\s*)$")  # "NOTE:1986 net includes": a glued label too
_WORD_AFTER = re.compile(r"\s+(?:\d+(?:st|nd|rd|th)\s+)?[a-z]")  # "1986 4th qtr includes"


def opens_sentence(low: str, start: int, end: int) -> bool:
    """Does the bare year at low[start:end] open its sentence and modify the words after it ("1986
    operating net loss excludes ...", "NOTE: 1985 net includes ...")? Then it is the sentence's year.

    >>> opens_sentence("a. 1986 net loss excludes", 3, 7), opens_sentence("it sold 1986 shares", 8, 12)
    (True, False)
    >>> opens_sentence("note:1986 4th qtr includes", 5, 9), opens_sentence("a. 1986 4.1 mln", 3, 7)
    (True, False)
    """
    return _OPENS.search(low, max(0, start - 12), start) is not None and _WORD_AFTER.match(low, end) is not None
