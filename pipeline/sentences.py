"""Sentence boundaries for news text: the ``news_sentences`` stage.

A sentence ends at ., ! or ? (after any closing quotes or brackets) when the next word starts
with a capital, a digit or a quote, and at every paragraph break: a blank line, or a line break
followed by indentation as in newswire archives. Headlines thus stand alone; a headline glued to
the first sentence without a mark ends before a capitalised article ("... record lows The US
dollar hovered ...": see ``headline_end``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text, token_offsets

_ENDS = (".", "!", "?", "...", "…")
_CLOSERS = ('"', "'", "”", "’", ")", "]", "»", "》")
_OPENERS = "\"“‘'(《"
_PARAGRAPH = re.compile(r"(?:\n[ \t\r]*\n|\n(?=[ \t]{2}))\s*")
LEDE_OPENERS = frozenset({"The", "A", "An"})  # a capitalised article inside a first sentence starts its lede
HEADLINE_TOKENS = 20  # a headline is shorter than this
_NOT_BEFORE_LEDE = frozenset(
    {"of", "in", "on", "at", "to", "for", "by", "from", "with", "against", "and", "or", "&", "the", "a", "said", "says"}
)
_NOT_AFTER_LEDE = frozenset({"and", "or", "said", "says"})
_LABELLED = frozenset({"class", "series", "grade", "type", "tranche", "category", "tier", "plan", "phase", "part"})
_NOT_START = np.uint64(2**64 - 1)  # SENT_START -1 as spaCy's uint64 arrays hold it
_BOUNDS = "news_sentence_bounds"  # doc.user_data, set by news_sentences; later components must not move sentence starts


# A superset of the end marks that can close a sentence: the mark, then (after more marks, spaces
# and closing quotes or brackets) anything but a lower-case letter; not a decimal point between two
# digits, which are a quarter of the marks in newswire. The tokens decide the rest.
_CANDIDATE = re.compile(r"[.!?…](?!(?<=[0-9]\.)[0-9])(?=[.!?…]*[\s\"'”’)\]»》]*[^a-z\s])")


def _token_text(text: str, idx: list[int], i: int) -> str:
    """The text of token ``i`` (a token's trailing whitespace is at most one space)."""
    end = idx[i + 1] if i + 1 < len(idx) else len(text)
    tok = text[idx[i] : end]
    return tok[:-1] if len(tok) > 1 and tok[-1] == " " else tok


def _scale_ending(text: str, idx: list[int], at: int) -> int | None:
    """The token that ends with the full stop at ``at`` when it is a scale letter glued to a number
    ("£1m.", "5bn.": the tokenizer keeps "m." whole as it would an initial), else None.

    >>> _scale_ending("over £1m. The", [0, 5, 6, 7, 10], 8)
    3
    >>> _scale_ending("J. M. Smith", [0, 3, 6], 4) is None
    True
    """
    k = bisect_left(idx, at + 1) - 1
    if k < 1:
        return None
    tok = _token_text(text, idx, k)
    if idx[k] + len(tok) - 1 != at or not (tok[:-1].isalpha() and len(tok) <= 3):
        return None
    before = _token_text(text, idx, k - 1)
    glued = idx[k - 1] + len(before) == idx[k]
    return k if glued and before[-1:].isdigit() else None


def sentence_starts(doc: Doc, text: str | None = None) -> list[int]:
    """The indices of the tokens that start a sentence, in order.

    The text is searched for end marks; only the tokens at and after them are looked at.
    """
    n = len(doc)
    if not n:
        return []
    text = doc_text(doc) if text is None else text
    idx = token_offsets(doc)
    starts = {0}
    for m in _CANDIDATE.finditer(text):
        i = bisect_left(idx, m.start())
        if i == n or idx[i] != m.start() or _token_text(text, idx, i) not in _ENDS:
            i = _scale_ending(text, idx, m.start())
            if i is None:
                continue  # the mark is inside a token: "U.S.", "3.5"
        # the next token that is neither a space nor a closing quote or bracket starts a sentence
        # if it looks like one
        j = i + 1
        while j < n and (text[idx[j]].isspace() or _token_text(text, idx, j) in _CLOSERS):
            j += 1
        if j < n:
            first = text[idx[j]]
            if first.isupper() or first.isdigit() or first in _OPENERS:
                starts.add(j)
    for m in _PARAGRAPH.finditer(text):
        i = bisect_left(idx, m.end())
        if i < n:
            starts.add(i)
    lede = headline_end(doc, text, idx, min(k for k in starts if k > 0) if len(starts) > 1 else n)
    if lede is not None:
        starts.add(lede)
    return sorted(starts)


def headline_end(doc: Doc, text: str, idx: list[int], first_end: int) -> int | None:
    """Where an article's first sentence starts when its headline is glued to it without a mark
    ("Dollar hovers around record lows The US dollar hovered ..."): at an article word of
    ``LEDE_OPENERS`` among the first HEADLINE_TOKENS tokens, after a word or a closing quote that is
    not a preposition or a conjunction ("Murdoch bids for The Times" keeps its name) and before a
    word; a letter that labels ("Class A warrants", "A/S") starts nothing."""
    for k in range(1, min(first_end, HEADLINE_TOKENS, len(doc) - 1)):
        if _token_text(text, idx, k) not in LEDE_OPENERS:
            continue
        before, after = _token_text(text, idx, k - 1), _token_text(text, idx, k + 1)
        if before.isspace() or before.lower() in _NOT_BEFORE_LEDE or not after[:1].isalpha():
            return None  # "for The Times", "A/S", "A-rated"
        if before.lower() in _LABELLED or after.lower() in _NOT_AFTER_LEDE:
            return None  # "Class A warrants", "class A and B", "Group A said"
        if "\n" in text[: idx[k]]:
            return None  # a headline is one line: a wrapped newswire sentence has none glued to it
        return k if before[-1:].isalnum() or before in _CLOSERS else None
    return None


@Language.component("news_sentences", assigns=["token.is_sent_start"])
def news_sentences(doc: Doc) -> Doc:
    n = len(doc)
    if n:
        starts = sentence_starts(doc)
        # One array write: setting token.is_sent_start checks the whole Doc on every call.
        values = np.full((n, 1), _NOT_START, dtype=np.uint64)
        values[starts] = 1
        doc.from_array([SENT_START], values)
        idx = token_offsets(doc)
        doc.user_data[_BOUNDS] = _bounds([idx[i] for i in starts], len(doc_text(doc)))
    return doc


def _bounds(starts: list[int], length: int) -> list[tuple[int, int]]:
    if not starts or starts[0] != 0:
        starts = [0, *starts]
    return list(zip(starts, starts[1:] + [length], strict=False))


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence: as ``news_sentences`` found them, else from the
    Doc's sentence starts (set by another component)."""
    if not len(doc):
        return []
    cached = doc.user_data.get(_BOUNDS)
    if cached is not None:
        return cached
    arr = doc.to_array([SENT_START, IDX])
    return _bounds(arr[np.flatnonzero(arr[:, 0] == 1), 1].tolist(), len(doc_text(doc)))
