"""Wire datelines (pipeline/datelines.py): where a story was filed opens it, and is no actor."""

from __future__ import annotations

import pytest
import spacy

from pipeline.datelines import dateline_end

NLP = spacy.blank("en")

CASES = [
    ("SEOUL, March 3 (Yonhap) -- Samsung will invest", "Samsung"),
    ("LONDON (Reuters) - Pfizer said", "Pfizer"),
    ("NEW YORK, June 28 - Pfizer said", "Pfizer"),
    ("WASHINGTON, Jan. 5 — The Treasury said", "The"),
    ("BRUSSELS, 3 March (AFP) - The EU will", "The"),
    ("Intro line\nTOKYO, May 2 - Sony said", "Sony"),
    # no date and no agency, no dash, or not at a line's start: no dateline
    ("IBM, the computer maker, said", None),
    ("US firms said", None),
    ("LONDON, March 26 The Bank said", None),
    ("He said LONDON, March 26 - was wet", None),
]


@pytest.mark.parametrize(("text", "after"), CASES)
def test_dateline_end(text, after):
    doc = NLP(text)
    starts = [t.i for t in doc if t.i == 0 or (doc[t.i - 1].is_space and "\n" in doc[t.i - 1].text)]
    ends = [e for k in starts if (e := dateline_end(doc, k, len(doc))) is not None]
    assert [doc[e].text for e in ends][:1] == ([after] if after else [])
