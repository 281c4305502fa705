"""Hostile articles, generated at any size: the inputs of test_hostile.py and of `make bench`'s
"seconds per MB on the worst inputs" line.

Each generator takes a size in characters (about) and returns a text; ``CASES`` names them. They
are the pathological inputs of issue 19: runs without spaces that spaCy's tokenizer splits with
the square of their length, numbers too long to be money, unpunctuated stretches, price lists of
one "sentence", repeated phrases that a stage once searched back over, sentences with places and earnings-table
rows that a stage once compared with every other one.
"""

from __future__ import annotations


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


CASES = {
    "dollar_signs": lambda n: _repeat("$", n),
    "bangs_after_amount": lambda n: "It paid $5 million" + _repeat("!", n),
    "ellipses_after_amount": lambda n: "It paid $5 million" + _repeat("…", n),
    "brackets_after_amount": lambda n: "It paid $5 million" + _repeat(")", n),
    "brackets_before_amount": lambda n: _repeat("(", n) + "$5 million",
    "space_grouped_digits": lambda n: "1 " + _repeat("234 ", n),
    "space_grouped_dollars": lambda n: "$1 " + _repeat("234 ", n) + "dollars",
    "a_year_earlier": lambda n: "In 2022 it paid $5 billion, up from " + _repeat("a year earlier ", n),
    "price_list": lambda n: "".join(f"Item {i} costs ${i % 90 + 5}.{i % 100:02d}\n" for i in range(max(1, n // 26))),
    "unpunctuated_amounts": lambda n: _repeat("paid 5 mln dlrs and ", n),
    "long_digits": lambda n: _repeat("1", n) + " dollars",
    "comma_groups": lambda n: "1" + _repeat(",000", n) + " dollars",
    "glued_amounts": lambda n: _repeat("$5", n),
    "scale_words": lambda n: "50 " + _repeat("million billion trillion ", n) + "dollars",
    "number_words": lambda n: _repeat("one hundred and ", n) + "five dollars",
    "mixed_runs": lambda n: _repeat("$5m" + "!?" * 50 + " ", n),
    "placed_sentences": lambda n: _repeat("Canada said profit rose 5 dlrs in Toronto. ", n),
    "earnings_table_rows": lambda n: _repeat("Shr 1.20 dlrs vs 1.10 dlrs\nNet 5.0 mln vs 4.0 mln\n", n),
}
