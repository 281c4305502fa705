"""The kind of an earnings-table row, for ``kinds`` and ``table_years``: its label ("Oper shr loss
1.10 dlrs vs ...": profit), or the label of the line that heads its block ("    Operating profit
includes -" over "    Pharmaceutical 49.8 mln vs 39.0 mln"); and where each line's first amount
starts, from which a row is read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from . import lexicon
from .names import company_suffixes


@lru_cache(maxsize=1)
def _table_labels() -> dict[str, str]:
    return {" ".join(k.split()): v for k, v in lexicon.load("kinds.json")["table_labels"].items()}


_DIVIDEND_NEXT = re.compile(r"\n\s*(?:Pay|Payable|Record)\b")


BLOCK_LINES = 30  # rows at most between a block's head and a row of it


@lru_cache(maxsize=1)
def _breakdown_head() -> re.Pattern:
    verbs = lexicon.load("table_labels.json")["breakdown_verbs"]
    return re.compile(rf"^\s*(.+?)\s+(?:{'|'.join(map(re.escape, verbs))})\s*[-:]\s*$", re.IGNORECASE)


def block_head(text: str, line_start: int) -> str:
    """The label of the line that heads the block of rows holding the line at ``line_start``
    ("Operating profit" for "    Operating profit includes -"), over rows of figures set against
    each other; else "".

    >>> block_head("    Operating profit includes -\\n    Coal 5 mln vs 4 mln\\n    Oil 3 mln vs 2 mln", 54)
    'Operating profit'
    """
    end = line_start - 1
    for _ in range(BLOCK_LINES):
        if end < 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        head = _breakdown_head().match(line)
        if head is not None:
            return head.group(1)
        if " vs" not in line:
            return ""
        end = start - 1
    return ""


# a row's first figure written as a word, before the figure it is set against: "Shr nil vs four cts"
NIL_FIGURE = re.compile(r"\s+(?:nil|none|n\.a\.|n/a|-)\s+vs\.?$", re.IGNORECASE)


def table_kind(text: str, line_start: int, first_amount: int) -> tuple[str, str] | None:
    """(kind, label) of an earnings-table row: the words from the line's start to its first amount,
    in a line that is indented or sets figures against each other ("vs").

    >>> table_kind("x\\n    Oper shr loss 1.10 dlrs vs loss 8.63 dlrs", 2, 20)
    ('profit', 'Oper shr loss')
    >>> table_kind("And GM will raise the cash\\ndividend 25 to 50 cts a share", 27, 36) is None
    True
    >>> table_kind("x\\n    Shr 24 cts vs 24 cts prior qtr\\n    Pay May 15", 2, 10)
    ('dividend', 'Shr')
    >>> table_kind("Shr 19 cts\\n    Net 5,000", 0, 4)
    ('profit', 'Shr')
    >>> table_kind("x\\n    Shr nil vs four cts", 2, 17)  # a nil figure before the one it is set against
    ('profit', 'Shr')
    """
    line_end = text.find("\n", first_amount)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    first_of_table = line_start == 0 and line_end >= 0 and text.startswith("  ", line_end + 1)  # "Shr 19 cts\n    Net"
    if not (line.startswith("  ") or " vs " in line or " vs. " in line or first_of_table):
        return None
    label = NIL_FIGURE.sub("", text[line_start:first_amount].strip())
    kind = _table_labels().get(" ".join(label.lower().split()))
    if kind is None and " vs" in line:  # "    Operating profit includes -\n    Pharmaceutical 49.8 mln vs 39.0 mln"
        head = block_head(text, line_start)
        kind = _table_labels().get(" ".join(head.lower().split())) if head else None
        label = head if kind else label
    if (
        kind == "profit"
        and label.lower() == "shr"
        and _DIVIDEND_NEXT.match(text, line_end if line_end >= 0 else len(text))
    ):
        kind = "dividend"  # "Shr 24 cts vs 24 cts prior qtr\n    Pay May 15\n    Record April 24": a dividend notice
    return (kind, label) if kind else None


def first_on_lines(newlines: list[int], infos: list[dict]) -> dict[int, int]:
    """Where each line that holds an amount starts -> where its first amount starts (``newlines``: the
    text's line breaks, sorted): an earnings table's row is read from its first amount on."""
    first: dict[int, int] = {}
    for info in infos:
        nl = bisect_left(newlines, info["start"])
        first.setdefault(newlines[nl - 1] + 1 if nl else 0, info["start"])
    return first


NOTE_REACH = 3000  # characters after a row where the table's note may name its company
_FULL_NAME = re.compile(
    r"(?:NOTES?\s*[:-]?\s*|(?<=\n)[ \t]*)(?:The\s+)?(?:company'?s\s+)?full\s+(?:company\s+)?name"
    r"(?:\s+of\s+(?:the\s+)?[a-z]+)?(?:\s+is)?\s+(?:&lt;)?(?!(?:is|of)\b)"
    r"(?P<name>[A-Z][^\n<(>]*?(?:\n(?![ \n])[^\n<(>]*?)?)\.?[ \t]*(?=\n|$|&lt;|<|\(|>)",
    re.IGNORECASE,
)
# A note that is the company's name and nothing else: "Note - The De La Rue Co." (its last word one
# of company_names.json ``abbreviations``, checked in ``table_owner``).
_NOTE_NAME = re.compile(
    r"(?:NOTES?|Notes?)[ \t]*[:-][ \t]*"
    r"(?P<name>(?:The[ \t]+)?[A-Z][\w&'.-]*(?:[ \t]+(?:[A-Z&][\w&'.-]*|and|of|de|la))*)"
    r"\.?[ \t]*(?=\n|$)"
)
_ABBREVIATION_END = re.compile(r"\b[A-Za-z]\.[A-Za-z]$")  # "L.P." keeps its full stop, as "l.p." does
_SENTENCE_STOP = re.compile(r"(?<![A-Za-z]\.[A-Za-z])\.(?=[ \t])")  # not "U.S. Facilities Corp"


def _last_word(name: str) -> str:
    words = name.rstrip(". \t\n").split()
    return words[-1].lower() if words else ""


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Company suffixes written short ("Inc", "Co"; company_names.json ``abbreviations``): a note that is
    only a name ending in one names the table's company."""
    return frozenset(lexicon.load("company_names.json")["abbreviations"])


@lru_cache(maxsize=1)
def _after_suffix() -> re.Pattern:
    """A company suffix followed by a lower-case word that carries the note on ("Inc and it is a unit
    of"); "of" or another suffix carries the name on ("Mobile Communications Corp of America", "american
    physicians service group inc")."""
    suffixes = "|".join(sorted(company_suffixes(), key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{suffixes})\b\.?)(?P<rest>[ \t\n]+(?!of\b|de\b|(?:{suffixes})\b)[a-z])")


def table_owner(text: str, line_start: int) -> dict:
    """The actor of an earnings-table row: the company that the table's note names in full after it
    ("NOTE: Full name is Universal Medical Buildings L.P.", "NOTE: Full name of trust is Travelers
    Realty Income\\nInvestors"), with its offsets; else no actor. A newswire table names its company
    only in the headline, which is no part of the text.

    >>> table_owner("Shr 5 cts vs 4 cts\\n    NOTE: Full name is Acme Holdings Inc.\\n Reuter", 0)["actor"]
    'Acme Holdings Inc'
    >>> table_owner("Shr 5 cts\\n    NOTES: Restated.\\n    Full name is Public Service Group Inc\\n", 0)["actor"]
    'Public Service Group Inc'
    >>> table_owner("Shr 28.3p vs 27.5p\\n    Note - The De La Rue Co.\\n", 0)["actor"]
    'The De La Rue Co'
    >>> table_owner("Shr 5 cts\\n    Note - Extraordinary debit included charge for\\n", 0)["actor"]
    ''
    >>> table_owner("Qtly div 7 cts\\n    NOTE: Full name is Universal Medical Buildings L.P.\\n", 0)["actor"]
    'Universal Medical Buildings L.P.'
    >>> table_owner("Net loss 5 mln\\n    NOTE: full name is sante fe energy partners l.p.\\n", 0)["actor"]
    'sante fe energy partners l.p.'
    >>> table_owner("Shr 5 cts\\n    NOTE: Full name is U.S. Facilities Corp. This is its first dividend", 0)["actor"]
    'U.S. Facilities Corp'
    >>> table_owner("Div 45 francs\\n    Note - Full name of company is Moet-Hennessy SA &lt;MHSP.PA>", 0)["actor"]
    'Moet-Hennessy SA'
    >>> table_owner("Revs 5,134,000\\n    NOTE: Full name Precision Target Marketing Inc.\\n", 0)["actor"]
    'Precision Target Marketing Inc'
    >>> table_owner("Revs 7.7 mln\\n    Full name is &lt;Peter Miller Apparel Group Inc>.\\n", 0)["actor"]
    'Peter Miller Apparel Group Inc'
    >>> table_owner("Net 5 mln\\n    First Federal of Kalamazoo is\\nfull name of company.\\n", 0)["actor"]
    ''
    >>> table_owner("Rev 36,600\\n    NOTE: Full name is Teletrak Systems Inc and it is a unit of Helm\\n", 0)["actor"]
    'Teletrak Systems Inc'
    >>> table_owner("Net 5 mln\\n    NOTE: Full name is mobile communications corp of\\namerica.\\n", 0)["actor"]
    'mobile communications corp of\\namerica'
    >>> table_owner("Net 5 mln\\n    NOTE: full name of company is american service\\ngroup inc.\\n", 0)["actor"]
    'american service\\ngroup inc'
    >>> table_owner("Shr 5 cts vs 4 cts\\n Reuter", 0)["actor"]
    ''
    """
    found = _FULL_NAME.search(text, line_start, line_start + NOTE_REACH)
    if found is None:
        found = _NOTE_NAME.search(text, line_start, line_start + NOTE_REACH)
        if found is None or _last_word(found.group("name")) not in _abbreviations():
            return {"actor": "", "actor_start": "", "actor_end": "", "country": ""}
    start, end = found.span("name")
    stop = _SENTENCE_STOP.search(text, start, end)  # "United Financial Banking Cos Inc. Net includes ..."
    end = stop.start() if stop else end
    while end > start and text[end - 1] in " \t\n'\"":  # a stray quote on the line after
        end -= 1
    past = _after_suffix().search(text, start, end)  # "Systems Inc and it is a unit of Helm Resources"
    end = past.start("rest") if past else end
    if text[end - 1 : end] == "." and not _ABBREVIATION_END.search(text, start, end - 1):
        end -= 1  # "Note - The De La Rue Co."
    if _ABBREVIATION_END.search(text, start, end) and text[end : end + 1] == ".":
        end += 1  # "Buildings L.P."; a newswire writes "Inc" without its stop, and a line's stop ends the note
    return {"actor": text[start:end], "actor_start": start, "actor_end": end, "country": ""}


@lru_cache(maxsize=1)
def _note_kinds() -> dict:
    data = lexicon.load("table_labels.json")["note_kinds"]
    return {"to": data["to"], "kinds": frozenset(data["from_kinds"]), "triggers": frozenset(data["from_triggers"])}


def note_kind(kind: str, trigger: str, flags: list[str]) -> str:
    """The kind of a figure of the note under an earnings table (flag ``table_note``): an item of the
    results (table_labels.json ``note_kinds``: "Results exclude credits of 2,227,000" is profit, not a
    loan), else ``kind``.

    >>> note_kind("financing", "credits", ["table_note"]), note_kind("financing", "loan", ["table_note"])
    ('profit', 'financing')
    >>> note_kind("other", "", ["table_note"]), note_kind("other", "", [])
    ('profit', 'other')
    """
    if "table_note" not in flags:
        return kind
    data = _note_kinds()
    return data["to"] if kind in data["kinds"] or " ".join(trigger.lower().split()) in data["triggers"] else kind
