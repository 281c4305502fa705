"""How many gold amounts have exactly right links (sectors and years) in the gold texts that match a
pattern, with the pipeline of the working tree: the before/after figure the README cites for a rule
that only such texts reach. Run it at two commits (a git worktree for the older) to compare.

    python scripts/gold_subset.py ", (?:where|whose) "   # 45 of 51 at 24aaa1a
    python scripts/gold_subset.py ", (?:where|whose) " --misses

Corpus cases are read from ../shared/corpora when it is there, as ``pipeline eval`` reads them.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from pipeline import extract
from pipeline.evaluate import load_cases

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"


def exactly_right(found: dict, gold: dict) -> bool:
    """Does the record ``found`` have the gold amount's sectors and years, in any order?

    >>> exactly_right({"sectors": ["a", "b"], "years": [2024]}, {"sectors": ["b", "a"], "years": [2024]})
    True
    >>> exactly_right({"sectors": [], "years": [2019]}, {"sectors": [], "years": []})
    False
    """
    return sorted(found["sectors"]) == sorted(gold["sectors"]) and sorted(found["years"]) == sorted(
        gold.get("years", [])
    )


def subset(pattern: str) -> tuple[int, int, list[tuple]]:
    """(exactly right, amounts found, misses) over the gold amounts with links in texts matching ``pattern``."""
    rx, right, total, misses = re.compile(pattern), 0, 0, []
    for path in sorted(GOLD.glob("*.jsonl")):
        for case in load_cases(path):
            text = case.get("text")
            if not text or not rx.search(text):
                continue
            records = {r["start"]: r for r in extract(text, case.get("date"), convert_to=None)}
            for gold in case.get("amounts", []):
                found = records.get(gold.get("start"))
                if "sectors" not in gold or found is None:
                    continue
                total += 1
                if exactly_right(found, gold):
                    right += 1
                else:
                    misses.append((case.get("id"), gold.get("mention"), found["sectors"], found["years"]))
    return right, total, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pattern", help="a regular expression the gold text must match")
    parser.add_argument("--misses", action="store_true", help="list the amounts not exactly right")
    args = parser.parse_args()
    right, total, misses = subset(args.pattern)
    print(f"{right} of {total} amounts exactly right in gold texts matching {args.pattern!r}")
    for miss in misses if args.misses else []:
        print(" ", *miss)


if __name__ == "__main__":
    main()
