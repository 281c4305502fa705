"""scripts/gold_subset.py's comparison of a record with its gold amount (the README cites its counts)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from gold_subset import exactly_right


@pytest.mark.parametrize(
    ("found", "gold", "right"),
    [
        ({"sectors": ["a", "b"], "years": [2024]}, {"sectors": ["b", "a"], "years": [2024]}, True),
        ({"sectors": ["a"], "years": [2024]}, {"sectors": ["a", "b"], "years": [2024]}, False),
        ({"sectors": [], "years": [2019]}, {"sectors": []}, False),
        ({"sectors": [], "years": []}, {"sectors": []}, True),
    ],
)
def test_exactly_right(found, gold, right):
    assert exactly_right(found, gold) is right
