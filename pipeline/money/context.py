"""What stands around a position in the text: the words before and after a number.

Small pure functions shared by the readers and the neighbour rules. Each looks at whole words
(or the clause) next to a position, never further than the sentence needs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from .rules import WRAP, Rules

_MONTH_BEFORE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$",
    re.IGNORECASE,
)
_COMPARE_WORDS = frozenset({"pct", "percent", "%", "more", "less"})


def next_word(text: str, pos: int, rules: Rules) -> str:
    """The word after ``pos``, lower case, without a full stop."""
    m = rules.word.match(text, pos)
    return m.group(1).lower().rstrip(".") if m else ""


def words_after(text: str, pos: int, n: int, rules: Rules) -> list[re.Match]:
    """Up to ``n`` words after ``pos``; a lone full stop ends the phrase."""
    out = []
    while len(out) < n:
        m = rules.word.match(text, pos)
        if not m or not m.group(1).strip("."):
            break
        out.append(m)
        pos = m.end()
    return out


def last_chunk(text: str, lo: int, hi: int) -> tuple[int, str]:
    """(start, text) of the last whitespace-separated chunk of text[lo:hi] (hi after any spaces)."""
    body = text[lo:hi].rstrip()
    cut = max(body.rfind(" "), body.rfind("\n"), body.rfind("\t"), body.rfind("\r")) + 1
    return lo + cut, body[cut:]


def named_number(text: str, pos: int) -> bool:
    """Is the number at ``pos`` part of a name: right after a capitalised word inside a sentence
    ("expanding Terminal 2 and 260 billion won", "Phase 3", "Line 9")? Not after the sentence's
    first word ("Five and six billion") or a word with a full stop.

    >>> named_number("on expanding Terminal 2 and 260", 22), named_number("Between 1 and 2", 8)
    (True, False)
    >>> named_number("costs. About 5 and 6", 13), named_number("spend 5 and 6", 6)
    (False, False)
    >>> named_number("for Kori-1 and 820", 9), named_number("a 2-1 and 5", 4)  # glued to a word by a hyphen
    (True, False)
    """
    if pos >= 2 and text[pos - 1] == "-" and text[pos - 2].isalpha():
        return True  # "Kori-1", "F-16": the number of a reactor's, a plane's name
    word = word_before(text, pos)
    if not word[:1].isupper() or not word.isalpha():
        return False
    before = text[:pos].rstrip()[: -len(word)].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"'(-"


def word_before(text: str, pos: int) -> str:
    """The whitespace-separated word that ends right before ``pos`` (spaces between allowed), as
    written; "" at the start of the text.

    >>> word_before("at the  5", 8), word_before("5", 0)
    ('the', '')
    """
    end = pos
    while end > 0 and text[end - 1] in " \t\r\n":
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def after_word(text: str, start: int, word: str) -> bool:
    """Does ``word`` (lower case) end right before ``start``, with at most spaces between?

    >>> after_word("rose from $5", 10, "from"), after_word("rose to $5", 8, "from")
    (True, False)
    """
    return text[max(0, start - len(word) - 1) : start].lower().rstrip().endswith(word)


def after_month(text: str, start: int) -> bool:
    """Does a month name stand right before ``start`` ("on Feb 25", "July 6")?

    >>> after_month("rose on Feb 25 to", 12), after_month("rose 25 to", 5)
    (True, False)
    """
    return _MONTH_BEFORE.search(text, max(0, start - 12), start) is not None


def between_start(text: str, start: int) -> int | None:
    """Where "between" begins when it stands right before ``start`` (a range's first bound), else None.

    >>> between_start("between 5 and 6", 8)
    0
    """
    before = text[max(0, start - 12) : start].lower()
    if not before.rstrip().endswith("between"):
        return None
    return start - (len(before) - before.rstrip().rfind("between"))


def change_before(text: str, start: int, rules: Rules) -> bool:
    """Is one of the two words right before ``start`` a change word ("rose", "fell around")?"""
    return any(w.lower() in rules.change_words for w in text[max(0, start - 20) : start].split()[-2:])


def change_in_clause(text: str, start: int, rules: Rules) -> bool:
    """Does a change word ("rose", "an increase in") stand in the clause before ``start``, with no
    number between them? Not after "risen to about 50 stg", whose "from 25 to 30 stg" is the old
    level's range; and not "pct" or "more", which compare rather than change."""
    window = text[max(0, start - 60) : start]
    clause = window[max(window.rfind(","), window.rfind(";"), window.rfind(". ")) + 1 :]
    words = clause.split()
    changes = [i for i, w in enumerate(words) if w.lower() in rules.change_words and w.lower() not in _COMPARE_WORDS]
    return bool(changes) and not any(c.isdigit() for w in words[changes[-1] + 1 :] for c in w)


@lru_cache(maxsize=1)
def _money_lead() -> re.Pattern:
    data = lexicon.load("news_currencies.json")["money_leads"]
    nouns, links = (lexicon.alternation(data[k]) for k in ("nouns", "links"))
    return re.compile(
        rf"\b(?:{nouns}){WRAP}(?:{links}){WRAP}(?:(?:about|around|some|an{WRAP}estimated|nearly){WRAP})?$"
        rf"|\b(?:{nouns}){WRAP}(?:of{WRAP})?[0-9][0-9.,]*{WRAP}(?:mln|million|billion|bln|m|bn){WRAP}and{WRAP}$",
        re.IGNORECASE,
    )


def money_lead_before(text: str, start: int) -> bool:
    """Do a money noun and its link (news_currencies.json ``money_leads``) end right before ``start``
    ("pretax loss of ", "revenues were ", "charges amounting to ", "loss of 45.0 mln and ")?

    >>> money_lead_before("pretax loss of 45.0 mln", 15), money_lead_before("a population of 45.0 mln", 16)
    (True, False)
    """
    return _money_lead().search(text, max(0, start - 60), start) is not None
