"""The note under a newswire earnings table ("    Note: Oper excludes tax credits of 180,000 and
415,000 for year-ago qtr and nine mths."): its bare figures are money in the table's currency, as
the rows above it are. Read by ``article.table_figures`` once the article holds a table.

A note is a line that opens with "Note" (any case, then ":", "-" or a space) and the lines after it
up to a blank line or the "Reuter" sign-off. Its figures are numbers with a thousands separator
("2,227,000") or with a scale word ("31.2 mln"); not those a count noun follows or goes before in the
same clause ("7,814,000 shares", "shares outstanding down to 7,814,000"), nor those already found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..normalise import collapse_scales, parse_number
from .amount import Candidate
from .rules import Rules

_NOTE = re.compile(r"(?im)^[ \t]*note\b[ \t]*[:\-]?[^\n]*(?:\n(?![ \t]*(?:\n|reuter\b))[^\n]*)*")
_CLAUSE = re.compile(r"[,;:.](?:\s|$)|\band\b|\bor\b")  # not "vs": "Shares outstanding 39.5 mln vs 32.1 mln"
_WORD = re.compile(r"[a-z]+")
_AFTER_STOP = re.compile(r"[,;:.(]|\d|\b(?:and|or|vs)\b")
NOTE_COUNT_REACH = 3  # words after a figure that may count it ("2,100,000 common shares")
NOTE_COUNT_BEFORE = 6  # words before it ("Shares outstanding 39.5 mln vs 32.1 mln")


@lru_cache(maxsize=2)
def _figure(scale_words: tuple[str, ...]) -> re.Pattern:
    """A note's figure: a number with a thousands separator, or a number and a table's scale word."""
    scales = "|".join(map(re.escape, scale_words))
    return re.compile(
        rf"(?<![\d.,$£€¥])((?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?=[ \t]+(?:{scales})\b))"
        rf"(?:[ \t]+({scales}))?)\b(?![.,]\d)",
        re.IGNORECASE,
    )


def note_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the table notes in ``text``.

    >>> t = "Net 5,000 vs 4,000\\n    Note: excludes gains of 1,200\\n    and 900,000.\\n\\nOther text"
    >>> [t[a:b] for a, b in note_spans(t)]
    ['    Note: excludes gains of 1,200\\n    and 900,000.']
    >>> note_spans("Notes rose to 5,000 dlrs")
    []
    """
    return [m.span() for m in _NOTE.finditer(text)]


def _counted(text: str, start: int, end: int, lo: int, count_nouns: frozenset[str]) -> bool:
    """Does a count noun follow the figure at text[start:end] within NOTE_COUNT_REACH words, or go
    before it within NOTE_COUNT_BEFORE words of its clause (not before ``lo``, the note's start), not
    as the thing whose value "of" gives ("gains from sale of its stock of 1.5 mln")?"""
    tail = text[end : end + 40]
    if (stop := _AFTER_STOP.search(tail)) is not None:
        tail = tail[: stop.start()]  # "180,000 and 2,100,000 shares": the shares count the other figure
    after = _WORD.findall(tail.lower())[:NOTE_COUNT_REACH]
    clause_start = max([lo] + [m.end() for m in _CLAUSE.finditer(text, lo, start)])
    words = _WORD.findall(text[clause_start:start].lower())[-NOTE_COUNT_BEFORE:]
    before = [w for n, w in enumerate(words) if words[n + 1 : n + 2] != ["of"]]
    return any(w in count_nouns for w in after + before)


def note_figures(text: str, found: list[Candidate], currency: str, rules: Rules) -> list[Candidate]:
    """The bare figures of ``text``'s table notes as money in ``currency`` (the table's), flagged
    ``currency_assumed``, ``currency_from_context`` and ``table_note``; none that overlaps an amount
    of ``found``.

    >>> from pipeline.money.rules import rules
    >>> t = "Net 5,000 vs 4,000\\n    Note: excludes credits of 180,000 and 415,000, and 2,100,000 shares."
    >>> [(a.value, a.currency) for a in note_figures(t, [], "USD", rules())]
    [(Decimal('180000'), 'USD'), (Decimal('415000'), 'USD')]
    >>> t = "Sales 4,214.9 billion vs 3,779.2 billion\\n    Note - a 1987 sales target of 5,200 billion."
    >>> [(a.value, a.currency) for a in note_figures(t, [], "KRW", rules())]
    [(Decimal('5200000000000'), 'KRW')]
    """
    spans = note_spans(text)
    if not spans:
        return []
    lex = rules.lex
    taken = [(a.start, a.end) for a in found]
    figure = _figure(tuple(sorted(rules.table_scales)))
    out = []
    for lo, hi in spans:
        for m in figure.finditer(text, lo, hi):
            start, end = m.span(1)
            if any(a < end and start < b for a, b in taken) or _counted(text, start, end, lo, lex.count_nouns):
                continue
            number = m.group(1).split()[0]
            value = parse_number(number)
            if value is None:
                continue
            word = m.group(2)
            factor, scale_flags = collapse_scales(
                [lex.scales[rules.table_scales[word.lower()]]] if word else [], number
            )
            flags = ["currency_assumed", "currency_from_context", "table_note", *scale_flags]
            out.append(
                Candidate(start=start, end=end, value=value * factor, currency=currency, flags=flags, number=value)
            )
    return out
