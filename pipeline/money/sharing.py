"""When a bare scaled number further on takes the currency of an amount before it: later in its
sentence ("rose 185 mln stg in February while deposits rose by 43 mln"), or as its part ("22 billion
dlrs in higher revenues, of which 18 billion"). Read by ``neighbours.currency_source``."""

from __future__ import annotations

import re

from .pair import SENTENCE_BREAK
from .rules import WRAP, Rules

NEXT_WORD = re.compile(rf"(?=[ \t\r\n]){WRAP}([^\W\d_]+)")
_CLAUSE_BREAK = re.compile(r"[,;:]|\.(?=\s|$)")  # where the words after a number stop counting it
AFTER_SHARED = re.compile(
    rf"{WRAP}(?:$|[.,;:)]|(?:in|at|on|by|from|to|for|and|or|over|against|compared|while|a|an"
    r"|the|last|this|earlier|previously|before|ago|during"
    # a participle that tells of the figure: "the Treasury forecast of 14.75 billion issued with the Budget"
    r"|issued|announced|forecast|projected|expected|estimated|reported|recorded|published|predicted)\b)",
    re.IGNORECASE,
)
# "22 billion dlrs in higher revenues, of which 18 billion would be from new taxes": a part of the amount before
_PART_OF_PREVIOUS = re.compile(r"\bof\s+which\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)


def part_of_previous(text: str, gap: str, end: int, rules: Rules) -> bool:
    """Is a bare scaled number ending at ``end`` a part of the amount before it, after "of which" in
    its sentence ("22 billion dlrs in higher revenues, of which 18 billion would be from new taxes"),
    and no count ("of which 2 mln tonnes were grain")?"""
    if len(gap) > 150 or SENTENCE_BREAK.search(gap) or not _PART_OF_PREVIOUS.search(gap):
        return False
    nxt = NEXT_WORD.match(text, end)
    return nxt is None or nxt.group(1).lower() not in rules.lex.count_nouns


def later_in_sentence(text: str, gap: str, end: int, rules: Rules) -> bool:
    """May a scaled number further on in the sentence take the amount's currency ("rose 185 mln stg
    in February while deposits rose by 43 mln.", "compared with 277 mln in December")? Only within
    150 characters, with no sentence break between, with nothing right after it that it could count
    but a money word ("a restated 756 mln loss"; "20.9 mln Dome Mines shares" is left alone), and
    with no count noun in the gap or in the 40 characters after it up to a clause break ("a labour
    force of 6.7 mln", "a quota of 3.0 mln from 2.45 mln 60-kilo bags"; not "..., the Stock
    Exchange said")."""
    lex = rules.lex
    if len(gap) > 150 or SENTENCE_BREAK.search(gap):
        return False
    if AFTER_SHARED.match(text, end) is None:  # else only a money noun may follow: "a restated 756 mln loss"
        nxt = NEXT_WORD.match(text, end)
        if nxt is None or nxt.group(1).lower() not in lex.money_words or nxt.group(1).lower() in lex.count_nouns:
            return False
    around = f"{gap} {_clause_after(text, end)}".lower()  # ", the Stock Exchange said" counts nothing
    return not any(w.strip(".,;:()'\"") in lex.count_nouns for w in around.split())


def counted_after(text: str, end: int, rules: Rules) -> bool:
    """Does a count noun follow a bare number ending at ``end`` within the next three words, before a
    clause break ("operating loss £12m, 1.7 million cable customers": customers are counted, no money)?"""
    return any(w.strip(".,;:()'\"").lower() in rules.lex.count_nouns for w in _clause_after(text, end).split()[:3])


def _clause_after(text: str, end: int) -> str:
    """The 40 characters after ``end`` up to a clause break: the words that may count a number there."""
    after = text[end : end + 40]
    brk = _CLAUSE_BREAK.search(after)
    return after if brk is None else after[: brk.start()]
