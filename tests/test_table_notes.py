"""The note under a newswire earnings table: its bare figures are money in the table's currency
(pipeline/money/table_notes.py). Each text written here in the shape of the Reuters tables."""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.money.table_notes import note_spans

TABLE = """Qtr ended March 31
    Shr 12 cts vs nine cts
    Net 402,000 vs 311,000
    Revs 5.2 mln vs 4.8 mln
    Avg shrs 3,300,000 vs 3,350,000
"""


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(r["mention"], r["currency"]) for r in extract(text, "1987-04-20", convert_to=None)]


@pytest.mark.parametrize(
    ("note", "found"),
    [
        # the bare figures of the note, with a thousands separator or a scale word
        (
            "    Note: Net excludes tax credits of 150,000 vs 120,000 and a gain of 1.2 mln.\n",
            [("150,000", "USD"), ("120,000", "USD"), ("1.2 mln", "USD")],
        ),
        # counted figures are no money, after or before them in their clause
        ("    Note: Net excludes gains of 90,000 and 2,100,000 common shares.\n", [("90,000", "USD")]),
        ("    Note: Shares outstanding rose to 3,400,000.\n", []),
        ("    NOTE: Shares outstanding 3.5 mln vs 3.2 mln.\n", []),
        # a count noun far before it in a note that runs on without a stop, or whose value "of" gives, is none
        (
            "    Note: Net includes gains from sale of its stock of 1.5 mln vs 2.5 mln\n"
            "    Year-ago net includes loss from discontinued operations of 10.3 mln.\n",
            [("1.5 mln", "USD"), ("2.5 mln", "USD"), ("10.3 mln", "USD")],
        ),
        # a figure with its currency is found as before, once
        ("    NOTE: 1986 net includes a charge of 75,000 dlrs.\n", [("75,000 dlrs", "USD")]),
    ],
)
def test_note_figures_are_money(note, found):
    rows = _mentions(TABLE)
    assert _mentions(TABLE + note + " Reuter\n") == rows + found


def test_no_table_no_note_figures():
    text = "Note: the company sold 150,000 of its holdings last year.\n"
    assert _mentions(text) == []


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        (
            "Net 5 vs 4\n    Note: gains of 1,200\n    and 900,000.\n\nOther",
            ["    Note: gains of 1,200\n    and 900,000."],
        ),
        ("Net 5 vs 4\n    NOTE:1986 net includes 50,000\n Reuter\n", ["    NOTE:1986 net includes 50,000"]),
        ("Notes rose to 5,000 dlrs\n", []),
    ],
)
def test_note_spans(text, notes):
    assert [text[a:b] for a, b in note_spans(text)] == notes
