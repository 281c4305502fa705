"""Sentence boundaries for news text: the ``news_sentences`` stage.

A sentence ends at ., ! or ? (after any closing quotes or brackets) when the next word starts
with a capital, a digit or a quote, and at every paragraph break: a blank line, or a line break
followed by indentation as in newswire archives. Headlines thus stand alone.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text

_ENDS = (".", "!", "?", "...", "…")
_CLOSERS = ('"', "'", "”", "’", ")", "]", "»", "》")
_OPENERS = "\"“‘'(《"
_PARAGRAPH = re.compile(r"(?:\n[ \t\r]*\n|\n(?=[ \t]{2}))\s*")


def sentence_starts(doc: Doc, text: str | None = None) -> np.ndarray:
    """A boolean per token: does a sentence start here? Computed on arrays, not token objects."""
    n = len(doc)
    starts = np.zeros(n, dtype=bool)
    if not n:
        return starts
    text = doc_text(doc) if text is None else text
    strings = doc.vocab.strings
    arr = doc.to_array([ORTH, IS_SPACE, IDX])
    orth, space, idx = arr[:, 0], arr[:, 1].astype(bool), arr[:, 2].astype(np.int64)
    ends = np.zeros(n, dtype=bool)
    closers = np.zeros(n, dtype=bool)
    for marks, table in ((ends, _ENDS), (closers, _CLOSERS)):  # a few comparisons beat np.isin on short docs
        for mark in table:
            marks |= orth == strings.add(mark)
    significant = np.flatnonzero(~(space | closers))
    # a token after an end mark (closers and spaces between) starts a sentence if it looks like one
    after_end = significant[1:][ends[significant[:-1]]]
    for i in after_end.tolist():
        first = text[idx[i]]
        if first.isupper() or first.isdigit() or first in _OPENERS:
            starts[i] = True
    for m in _PARAGRAPH.finditer(text):
        i = int(np.searchsorted(idx, m.end()))
        if i < n:
            starts[i] = True
    starts[0] = True
    return starts


@Language.component("news_sentences", assigns=["token.is_sent_start"])
def news_sentences(doc: Doc) -> Doc:
    if len(doc):
        # One array write: setting token.is_sent_start checks the whole Doc on every call.
        values = np.where(sentence_starts(doc), 1, -1).astype("int64").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], values)
    return doc


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, computed on arrays (no Python loop over tokens)."""
    if not len(doc):
        return []
    arr = doc.to_array([SENT_START, IDX])
    starts = arr[np.flatnonzero(arr[:, 0] == 1), 1].tolist()
    if not starts or starts[0] != 0:
        starts = [0, *starts]
    return list(zip(starts, starts[1:] + [len(doc_text(doc))]))
