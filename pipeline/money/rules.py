"""The money reader's compiled rules: every regex built from the lexicons, once per process.

``rules()`` returns one frozen ``Rules``: the lookup tables (``lex``) and the patterns the reader
matches with. The modules of this package take it as one argument instead of a lexicon and a
set of regexes apiece.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..normalise import NUMBER
from ..tables import WORD, MoneyLexicon, load_json, money_lexicon

SPACE = r"[ \t\r\n]"
# The space after a number, on its line or across a wrapped line ("756 mln\nloss"), never across a
# paragraph break (a blank line, or a line break before indentation as in newswire archives).
WRAP = r"(?:[ \t]*\r?\n(?![ \t]*\r?\n|[ \t]{2}))?[ \t]*"
PUNCT_LEAD = "([{“\"'‘-–—/"


def alternation(forms) -> str:
    """A regex alternation of ``forms``, longest first, so that "more than" wins over "more" and
    "hk $" over "$".

    >>> alternation(["a", "abc", "ab"])
    'abc|ab|a'
    """
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


def by_first_letter(words) -> str:
    """An alternation of ``words`` grouped by first letter: a pattern that starts so lets the regex
    engine skip ahead to the positions that can start one.

    >>> by_first_letter(["one", "three", "two"])
    'o(?:ne)|t(?:hree|wo)'
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(
        re.escape(c) + (f"(?:{alternation(rests)})" if any(rests) else "") for c, rests in sorted(groups.items())
    )


@dataclass(frozen=True)
class Rules:
    lex: MoneyLexicon
    anchor: re.Pattern
    word_anchor: re.Pattern
    digits: re.Pattern
    words: re.Pattern
    glued: re.Pattern
    word: re.Pattern
    percent: re.Pattern
    per: re.Pattern
    per_count: re.Pattern  # "5 dlrs per 100 lbs": a unit counted after "per" or a slash
    each: re.Pattern
    range_gap: re.Pattern
    share_gap: re.Pattern
    convert_gap: re.Pattern
    tail: re.Pattern
    tail_follow: re.Pattern
    qualifier_after: re.Pattern
    per_adverb: re.Pattern
    conversion_gap: re.Pattern
    per_bare: re.Pattern  # "or 25 cts share vs": a unit with no "a" or "per", before a line's end or a link
    units_of: re.Pattern  # a weight unit, "of" and the word after it ("pounds of copper")
    table_row: re.Pattern  # an earnings-table row ("Net 807,000 vs 1,234,000")
    table_single: re.Pattern  # a row of a one-period table ("Net loss 186,000")
    table_any_row: re.Pattern  # a row of two figures under any label ("Pharmaceutical 49.8 mln vs 39.0 mln")
    table_block_counts: frozenset[str]  # label words of rows of counts inside such a block ("Employees")
    table_breakdown: re.Pattern  # a line that heads a block of parts ("    Operating profit includes -")
    change_words: frozenset[str]  # "rose", "an increase in": a change, from years.json
    per_share_words: frozenset[str]  # "Shr", "Qtly div": a table row of figures per share
    dividend_labels: frozenset[str]  # kinds.json dividend rows, whole: "qtly cash distribution"
    table_count_words: frozenset[str]  # "Avg shrs": a row of counts
    table_averaged_money: frozenset[str]  # "Avg Assets": an average that is still money
    table_scales: dict[str, str]  # a table row's scale word -> the scale it means ("ln" -> "mln")
    accounting_leads: frozenset[str]  # "Net loss was ($5.2 million)": brackets mean a loss after these


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The compiled rules, built once per process from the lexicons."""
    lex = money_lexicon()
    number_words = [*lex.number_units, *lex.number_multipliers, *lex.fractions]
    number_words = [w for w in number_words if w not in ("a", "an")]
    nw = alternation(number_words)
    a_next = alternation([*lex.fractions, *lex.number_multipliers, *lex.scales, "dozen", *lex.article_units])
    word_num = rf"(?:{nw}|an?(?=(?:{SPACE}+|-)(?:{a_next})\b))"  # "half a million", "half-a-million"
    digit = "|".join(w for w, v in lex.number_units.items() if isinstance(v, int) and 0 <= v <= 9 and len(w) > 2)
    spelled = (
        rf"{word_num}(?:(?:{SPACE}+|{SPACE}*-{SPACE}*)(?:and{SPACE}+)?(?:{word_num}))*"
        rf"(?:{SPACE}+point(?:{SPACE}+(?:{digit})\b)+)?\b"
    )  # "one point five billion"
    follow_words = "and|more|less|only|each|now|in|for|to|per|but|or"
    table = load_json("table_labels.json")
    labels = sorted(table["labels"], key=len, reverse=True)
    # a figure may carry its unit ("1.21 vs 88 cts"): the one without takes the article's currency
    sign, scale = r"(?:loss[ \t]+|profit[ \t]+)?", rf"(?:[ \t]+({alternation(table['scales'])}))?"
    scaled = rf"{sign}({NUMBER}){scale}"
    # a labelled row's figure may be spelled ("Net two mln vs 874,000"), carry a tail ("42.0 mln
    # debit"), or stand alone when the other period has none ("Revs 33.1 mln vs not given")
    figure = rf"{sign}({NUMBER}|(?:{alternation(table['figure_words'])})\b){scale}(?:[ \t]+(cts|dlrs?))?"
    other = rf"(?:{figure}(?:[ \t]+(?:{alternation(table['figure_tails'])}))?|(?:{alternation(table['absent'])}))"
    # in a block of rows under any label, a figure may carry any unit word ("101 mln stg", "12 pct")
    any_figure = rf"{scaled}(?:[ \t]+([A-Za-z]{{1,10}}))?"
    return Rules(
        lex=lex,
        # Two anchor patterns, merged in text order. Digits: the pattern starts with a character class
        # so that the regex engine skips ahead fast; "1 . 8500" is a decimal split by a tokeniser.
        # Not "1988/89", nor an HTML character reference ("Reuter &#3;" ends every Reuters story).
        anchor=re.compile(r"[0-9](?<![0-9.,][0-9])(?<![0-9] \. [0-9])(?<![0-9]/[0-9])(?<!&#[0-9])|\.[0-9]"),
        # Number words (the lexicons are lower case): searched in the lower-cased text, as a case-blind
        # regex is much slower. No leading \b, which would stop the engine from skipping ahead to the
        # letters that can start one: find_amounts drops the matches inside a word ("someone").
        word_anchor=re.compile(rf"(?:{by_first_letter(number_words)}|an?(?=(?:{SPACE}+|-)(?:{a_next})\b))\b"),
        digits=re.compile(NUMBER),
        words=re.compile(spelled, re.IGNORECASE),
        glued=re.compile(r"[^\s\d.,;:!?()\[\]{}\"'“”‘’/\-–—%]+"),
        word=re.compile(rf"{SPACE}*(?:[-–]{SPACE}*)?({WORD})"),
        percent=re.compile(
            rf"{SPACE}*(?:%|pct\b|percent\b|per{SPACE}+cent\b|percentage\b|basis\b|bps\b)", re.IGNORECASE
        ),
        per=re.compile(
            # a word before the unit stands apart from it ("ahead" is no "a head"); a slash may be glued
            rf"{SPACE}*(?:[-–]{SPACE}*)?(?:(?:a|an|per|each)(?:{SPACE}+|{SPACE}*[-–]{SPACE}*)|/{SPACE}*(?:[-–]{SPACE}*)?)"
            # a share class between: "five dlrs per common share", never before a plural ("A common shares"
            # is class A stock, a count)
            rf"(?:(?:{alternation(lex.per_modifiers)}){SPACE}+(?![a-z]+s\b))?({alternation(lex.per_units)})\b"
            rf"(?!{SPACE}+(?:earlier|ago|before|later|after|previously)\b)",
            re.IGNORECASE,
        ),
        each=re.compile(rf"{SPACE}+(?:each|apiece)\b(?!{SPACE}+(?:{alternation(lex.per_units)})\b)", re.IGNORECASE),
        range_gap=re.compile(rf"^{SPACE}*(?:-|–|—|to|and|-to-){SPACE}*$", re.IGNORECASE),
        # What may stand between an amount and a bare scaled number that takes its currency: a link
        # word, after the amount's time ("125 billion dlrs in 1987 and 115 billion in 1988", "434,682
        # billion lire last year from 423,064 billion") and before a qualifying word ("from an
        # estimated record 87.47 billion").
        share_gap=re.compile(
            rf"^{SPACE}*(?:(?:(?:in|for|during){SPACE}+(?:fiscal{SPACE}+)?(?:19|20)\d\d(?:/\d\d)?|last{SPACE}+year"
            rf"|this{SPACE}+year|a{SPACE}+year{SPACE}+(?:earlier|ago)){SPACE}*)?"
            rf"(?:,{SPACE}*)?(?:(?:up|down){SPACE}+from|from|vs\.?|versus|against|compared{SPACE}+(?:with|to)"
            rf"|and|or|to|,){SPACE}*"
            rf"(?:(?:an?|the){SPACE}+)?(?:(?:estimated|revised|record|actual|provisional){SPACE}+)*$",
            re.IGNORECASE,
        ),
        convert_gap=re.compile(
            # "X (Y)", "X, or Y", "X -- the equivalent of Y --": Y restates X
            rf"^{SPACE}*(?:\(|\[|/|,?{SPACE}*or|,?{SPACE}*equivalent{SPACE}+to|,?{SPACE}*worth"
            rf"|(?:,|\(|-{{2}}|[\u2013\u2014])?{SPACE}*(?:or{SPACE}+)?(?:the{SPACE}+)?equivalent{SPACE}+(?:of|to)){SPACE}*$",
            re.IGNORECASE,
        ),
        tail=re.compile(
            rf"{SPACE}+(?:and{SPACE}+)?(\d{{1,2}}(?![\d.,]\d)|{word_num}(?:(?:{SPACE}+|-)(?:{word_num}))*\b)",
            re.IGNORECASE,
        ),
        tail_follow=re.compile(rf"{SPACE}*(?:$|[.,;:!?)\]]|(?:{follow_words})\b)", re.IGNORECASE),
        per_count=re.compile(
            rf"{SPACE}*(?:per{SPACE}+|/{SPACE}*)(\d{{1,3}}(?:,\d{{3}})+|\d+){SPACE}+({alternation(lex.per_units)})(?:e?s)?\b",
            re.IGNORECASE,
        ),
        per_adverb=re.compile(rf"{SPACE}+({alternation(lex.per_adverbs)})\b", re.IGNORECASE),
        # a conversion in brackets after an amount ("300,000 won ($230) a month"), or the rest of the
        # bracket that holds the conversion itself ("$230) a month", "$2m; £1m) a month"): the rate
        # after it is every amount's
        conversion_gap=re.compile(rf"{SPACE}*(?:\((?=[^()]{{0,40}}\d)[^()]{{1,40}}\)|(?:[;,][^()]{{0,30}})?\))"),
        per_bare=re.compile(
            rf"[ \t]+({alternation(lex.per_bare)})"
            rf"(?=[ \t]*(?:\r?\n|$|[.,;:)\]]|(?:{alternation(lex.per_bare_followers)})\b))",
            re.IGNORECASE,
        ),
        # "plus" qualifies only at the end of a phrase: "$5 billion plus interest" adds something
        qualifier_after=re.compile(
            rf"(?:{SPACE}+|(?=-))({alternation(f for f in lex.qualifiers_after if f != 'plus')}"
            rf"|plus(?={SPACE}*(?:$|[.,;:!?)\]])))\b",
            re.IGNORECASE,
        ),
        units_of=re.compile(rf"\b(?:{alternation(lex.weight_units)})[ \t\r\n]+of[ \t\r\n]+([^\W\d_]+)", re.IGNORECASE),
        table_row=re.compile(
            rf"(?im)^[ \t]*(?:{'|'.join(re.escape(label) for label in labels)})[ \t]+{figure}[ \t]+vs\.?[ \t]+"
            rf"{other}[ \t]*\.?[ \t]*$"
        ),
        table_single=re.compile(
            rf"(?im)^[ \t]*(?:{'|'.join(re.escape(label) for label in labels)})[ \t]+{figure}[ \t]*$"
        ),
        table_any_row=re.compile(
            rf"(?im)^[ \t]*([A-Za-z][A-Za-z.,&/' -]{{0,60}}?)[ \t]+{any_figure}[ \t]+vs\.?[ \t]+{any_figure}"
            rf"[ \t]*\.?[ \t]*$"  # "Cash surplus 423 mln vs 584 mln.": a stop may end the last row
        ),
        table_block_counts=frozenset(table["block_counts"]),
        table_breakdown=re.compile(
            rf"(?im)^[ \t]*([A-Za-z][^\n\d]{{0,60}}?)[ \t]+(?:{'|'.join(map(re.escape, table['breakdown_verbs']))})"
            rf"[ \t]*[-:][ \t]*\r?\n"
        ),
        change_words=frozenset(load_json("years.json")["comparison_cues"]["change_words"]),
        per_share_words=frozenset(table["per_share_words"]),
        dividend_labels=frozenset(
            " ".join(k.split()) for k, v in load_json("kinds.json")["table_labels"].items() if v == "dividend"
        ),
        table_count_words=frozenset(table["count_words"]),
        table_averaged_money=frozenset(table["averaged_money"]),
        table_scales=dict(table["scales"]),
        accounting_leads=frozenset(table["accounting_leads"]),
    )
