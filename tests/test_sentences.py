"""Sentence boundaries (news_sentences): table cases, and equality with a plain token-by-token
statement of the rule on real and generated text."""

from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.sentences import news_sentences, sentence_bounds, sentence_starts

ROOT = Path(__file__).resolve().parent.parent
TOKENIZER = spacy.blank("en")

ENDS = {".", "!", "?", "...", "…"}
CLOSERS = {'"', "'", "”", "’", ")", "]", "»", "》"}
OPENERS = "\"“‘'(《"


def reference_starts(doc) -> list[int]:
    """The rule as the module docstring states it, one Token at a time (slow, obviously right)."""
    import re

    starts = {0}
    significant = [t for t in doc if not t.is_space and t.text not in CLOSERS]
    for prev, tok in zip(significant, significant[1:], strict=False):
        if prev.text in ENDS and (tok.text[0].isupper() or tok.text[0].isdigit() or tok.text[0] in OPENERS):
            starts.add(tok.i)
    for m in re.finditer(r"(?:\n[ \t\r]*\n|\n(?=[ \t]{2}))\s*", doc.text):
        after = [t.i for t in doc if t.idx >= m.end()]
        if after:
            starts.add(after[0])
    return sorted(starts)


def sentences(text: str) -> list[str]:
    doc = news_sentences(TOKENIZER.make_doc(text))
    return [text[s:e].strip() for s, e in sentence_bounds(doc)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Profit rose. Sales fell.", ["Profit rose.", "Sales fell."]),
        ("It paid 5 mln dlrs. The sale closed.", ["It paid 5 mln dlrs.", "The sale closed."]),
        ("The U.S. Treasury sold bills.", ["The U.S. Treasury sold bills."]),
        ("Prices rose 3.5 pct. 1988 will be better.", ["Prices rose 3.5 pct.", "1988 will be better."]),
        ('He said: "It is done." Then he left.', ['He said: "It is done."', "Then he left."]),
        ("Costs rose (by 5 pct.) Sales fell.", ["Costs rose (by 5 pct.)", "Sales fell."]),
        ("See e.g. the table.", ["See e.g. the table."]),
        ("Is it? yes it is.", ["Is it? yes it is."]),
        ("Wait... What happened?! Nothing.", ["Wait...", "What happened?!", "Nothing."]),
        ("CHIP MAKERS GAIN\n\nShares rose", ["CHIP MAKERS GAIN", "Shares rose"]),
        ("Headline here\n  Body text starts", ["Headline here", "Body text starts"]),
    ],
)
def test_sentences_table(text, expected):
    assert sentences(text) == expected


def test_sentences_bounds_cover_the_text_in_order():
    text = "One. Two.\n\nThree! Four?"
    bounds = sentence_bounds(news_sentences(TOKENIZER.make_doc(text)))
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))


def test_sentences_match_the_reference_on_the_shipped_articles():
    for path in sorted((ROOT / "corpus").glob("*")):
        doc = TOKENIZER.make_doc(path.read_text(encoding="utf-8"))
        assert sentence_starts(doc) == reference_starts(doc), path.name


BITS = st.sampled_from(
    [
        ".",
        "!",
        "?",
        "...",
        "…",
        "?!",
        '"',
        "'",
        "”",
        "’",
        ")",
        "(",
        "“",
        "U.S.",
        "e.g.",
        "3.5",
        "dlrs.",
        "Inc.",
        "The",
        "the",
        "1987",
        "Next",
        "'s",
        "\n",
        "\n\n",
        "\n  ",
        " ",
        "  ",
        "end.The",
        "»",
        "É",
        "é",
        ".5",
        "5",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(BITS, max_size=16).map(lambda parts: "".join(parts)), st.lists(BITS, max_size=16).map(" ".join))
def test_sentences_match_the_reference_on_generated_text(glued, spaced):
    for text in (glued, spaced):
        doc = TOKENIZER.make_doc(text)
        assert sentence_starts(doc) == (reference_starts(doc) if len(doc) else [])
