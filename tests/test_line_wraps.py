"""Hard-wrapped news (Reuters wraps every line at about 70 characters): a phrase broken over a line
gives what it gives on one line, and every offset still points at the text as written."""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.annotate import unwrap

DATE = "1987-03-02"

# (text on one line, where the wrap goes: the space after this word becomes a line break)
WRAPPED = [
    ("The company will invest 5 mln dlrs in oil and gas exploration and real estate.", "real"),
    ("Navistar won a 40 mln dlr order for 500 tank trucks of corn syrup.", "tank"),
    ("It reported a loss of 359,000 dlrs from discontinued operations.", "from"),
    ("Analysts said the government will pay 2 billion dlrs to the banks.", "the"),
    ("The ministry will spend 8 billion yen on public works next year.", "public"),
]


def _wrap(text: str, word: str) -> str:
    at = text.index(f" {word} ") + len(word) + 1
    return text[:at] + "\n" + text[at + 1 :]


def _fields(records: list[dict]) -> list[tuple]:
    return [
        (r["start"], r["value"], r["currency"], r["sectors"], r["years"], r["kind"], " ".join(r["actor"].split()))
        for r in records
    ]


@pytest.mark.parametrize(("text", "word"), WRAPPED)
def test_a_wrapped_line_reads_as_one(text, word):
    wrapped = _wrap(text, word)
    assert "\n" in wrapped
    assert _fields(extract(wrapped, DATE, convert_to=None)) == _fields(extract(text, DATE, convert_to=None))


@pytest.mark.parametrize(("text", "word"), WRAPPED)
def test_offsets_point_at_the_text_as_written(text, word):
    wrapped = _wrap(text, word)
    for r in extract(wrapped, DATE, convert_to=None):
        assert wrapped[r["start"] : r["end"]] == r["mention"]
        if r["actor"]:
            assert wrapped[r["actor_start"] : r["actor_end"]] == r["actor"]


UNWRAP = [
    ("real\nestate", "real estate"),
    ("five cts,\npayable", "five cts, payable"),
    ("Net 5 vs 4\nShr 1 ct", "Net 5 vs 4\nShr 1 ct"),  # a table row starts a line: it stays
    ("a share.\n    It said", "a share.\n    It said"),  # a paragraph
    ("total\n2,692.4", "total\n2,692.4"),  # a figure after a break may be a table's
    ("the\n\nnext", "the\n\nnext"),  # a blank line
]


@pytest.mark.parametrize(("text", "expected"), UNWRAP)
def test_unwrap(text, expected):
    assert unwrap(text) == expected
    assert len(unwrap(text)) == len(text)


def test_a_lower_case_company_word_makes_no_name():
    """ "a California limited partnership" is no company's name: California is a place the story
    names, so a bare "dlrs" in a story that also names Toronto stays USD."""
    text = (
        "Cablevision said it will buy the system for about 100 mln dlrs from a California\n"
        "limited partnership, which is wholly-owned by Toronto-based Hollinger Inc."
    )
    assert [r["currency"] for r in extract(text, DATE, convert_to=None)] == ["USD"]


def test_a_cruise_missile_is_no_cruise():
    (got,) = extract("Logicon received a three mln dlr contract for cruise missile simulators.", DATE)
    assert "tourism" not in got["sectors"]
