"""Sentence boundaries for news text: the ``news_sentences`` stage.

A sentence ends at ., ! or ? (after any closing quotes or brackets) when the next word starts
with a capital, a digit or a quote, and at every paragraph break: a blank line, or a line break
followed by indentation as in newswire archives. Headlines thus stand alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy as np
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .extensions import doc_text, token_offsets

_ENDS = (".", "!", "?", "...", "…")
_CLOSERS = ('"', "'", "”", "’", ")", "]", "»", "》")
_OPENERS = "\"“‘'(《"
_PARAGRAPH = re.compile(r"(?:\n[ \t\r]*\n|\n(?=[ \t]{2}))\s*")


def _ids(marks) -> frozenset[int]:
    return frozenset(get_string_id(m) for m in marks)


_END_FIRST, *_END_REST = sorted(_ids(_ENDS))
_CLOSER_IDS = _ids(_CLOSERS)


def sentence_starts(doc: Doc, text: str | None = None) -> list[int]:
    """The indices of the tokens that start a sentence, in order.

    One array read per Doc; Python only looks at the few tokens after an end mark.
    """
    n = len(doc)
    if not n:
        return []
    text = doc_text(doc) if text is None else text
    arr = doc.to_array([ORTH, IDX])
    orth = arr[:, 0]
    ends = orth == _END_FIRST
    for mark in _END_REST:  # a few comparisons beat np.isin on short docs
        ends |= orth == mark
    idx = token_offsets(doc, arr[:, 1])
    starts = {0}
    found = np.flatnonzero(ends).tolist()
    if found:
        orth_l = orth.tolist()
        for i in found:
            # the next token that is neither a space nor a closing quote or bracket starts a
            # sentence if it looks like one (a space token starts with a space character)
            j = i + 1
            while j < n and (text[idx[j]].isspace() or orth_l[j] in _CLOSER_IDS):
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
        values = np.full((n, 1), -1, dtype="int64")
        values[starts] = 1
        doc.from_array([SENT_START], values.astype("uint64"))
        idx = token_offsets(doc)
        doc.user_data[_BOUNDS] = _bounds([idx[i] for i in starts], len(doc_text(doc)))
    return doc


_BOUNDS = "news_sentence_bounds"  # set by news_sentences; later components must not move sentence starts


def _bounds(starts: list[int], length: int) -> list[tuple[int, int]]:
    if not starts or starts[0] != 0:
        starts = [0, *starts]
    return list(zip(starts, starts[1:] + [length]))


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
