"""Sentence boundaries for news text: the ``news_sentences`` stage.

A sentence ends at ., ! or ? (after any closing quotes or brackets) when the next word starts
with a capital, a digit or a quote, and at every paragraph break: a blank line, or a line break
followed by indentation as in newswire archives. Headlines thus stand alone.
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
    return sorted(starts)


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
