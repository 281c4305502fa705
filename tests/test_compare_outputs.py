"""scripts/compare_outputs.py's ``sample``: the README's reading of changed records is redrawn with it."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from compare_outputs import sample

COLUMNS = ["doc_id", "sentence_id", "start", "end", "mention", "kind", "trigger", "sentence"]


def _write(root: Path, rows: list[list[str]]) -> Path:
    (root / "reuters").mkdir(parents=True)
    with open(root / "reuters" / "records.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return root


def test_sample_draws_changed_records_one_per_sentence(tmp_path):
    before = _write(
        tmp_path / "a",
        [
            ["d1", "0", "0", "5", "5 dlrs", "revenue", "income", "Net income of 5 dlrs and 6 dlrs."],
            ["d1", "0", "10", "16", "6 dlrs", "revenue", "income", "Net income of 5 dlrs and 6 dlrs."],
            ["d2", "0", "0", "5", "7 dlrs", "price", "each", "It cost 7 dlrs each."],
        ],
    )
    after = _write(
        tmp_path / "b",
        [
            ["d1", "0", "0", "5", "5 dlrs", "profit", "net income", "Net income of 5 dlrs and 6 dlrs."],
            ["d1", "0", "10", "16", "6 dlrs", "profit", "net income", "Net income of 5 dlrs and 6 dlrs."],
            ["d2", "0", "0", "5", "7 dlrs", "price", "each", "It cost 7 dlrs each."],
        ],
    )
    lines = sample(before, after, "reuters", "kind", 10, 7)
    assert lines == [
        "'5 dlrs' kind 'revenue' -> 'profit' [trigger 'income' -> 'net income'] :: Net income of 5 dlrs and 6 dlrs."
    ]
    assert sample(before, after, "reuters", "kind", 1, 7) == sample(before, after, "reuters", "kind", 1, 7)
