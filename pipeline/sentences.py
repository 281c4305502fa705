"""Sentence boundaries for news text: the ``news_sentences`` stage.

A sentence ends at ., ! or ? (after any closing quotes or brackets) when the next word starts
with a capital, a digit or a quote, and at every paragraph break: a blank line, or a line break
followed by indentation as in newswire archives. Headlines thus stand alone.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from .extensions import doc_text

_ENDS = {".", "!", "?", "...", "…"}
_CLOSERS = {'"', "'", "”", "’", ")", "]", "»", "》"}


def is_paragraph_break(text: str) -> bool:
    """Whitespace that separates paragraphs: a blank line or an indented new line."""
    if text.count("\n") >= 2:
        return True
    _, nl, rest = text.partition("\n")
    return bool(nl) and rest.startswith(("  ", "\t"))


def sentence_starts(doc: Doc) -> list[bool]:
    starts = [False] * len(doc)
    if len(doc):
        starts[0] = True
    pending = False
    for i, tok in enumerate(doc):
        if pending and not tok.is_space and tok.text not in _CLOSERS:
            first = tok.text[0]
            if first.isupper() or first.isdigit() or first in "\"“‘'(《":
                starts[i] = True
            pending = False
        if tok.text in _ENDS:
            pending = True
        elif tok.text not in _CLOSERS and not tok.is_space:
            pending = False
        if "\n" in tok.whitespace_ and is_paragraph_break(tok.whitespace_) and i + 1 < len(doc):
            starts[i + 1] = True
        if tok.is_space and "\n" in tok.text and (is_paragraph_break(tok.text + tok.whitespace_)) and i + 1 < len(doc):
            starts[i + 1] = True
    return starts


@Language.component("news_sentences", assigns=["token.is_sent_start"])
def news_sentences(doc: Doc) -> Doc:
    if len(doc):
        # One array write: setting token.is_sent_start checks the whole Doc on every call.
        values = np.array([1 if start else -1 for start in sentence_starts(doc)], dtype="int64")
        doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
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
