"""Time ``pipeline.extract`` on the long generated articles that once made a stage quadratic, in the
checkout it is run from (run it in a worktree of an older commit too, to compare):

    python scripts/time_extract.py            # best of 3 seconds per text, after a warm-up
    python scripts/time_extract.py --repeat 1

The texts are those the README's bench paragraphs quote; `make bench` runs the same shapes at 1 MB.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))  # the checkout run from, not the installed package

TEXTS = {
    "4,000 placed sentences": lambda: "Canada said profit rose 5 dlrs in Toronto. " * 4000,
    "2,000 'Italy. It paid 5 dlrs.'": lambda: "Italy. It paid 5 dlrs. " * 2000,
    "4,000 earnings-table rows": lambda: (
        "Shr 1.20 dlrs vs 1.10 dlrs\nNet 5.0 mln vs 4.0 mln\nRevs 30 mln vs 28 mln\n" * 4000
    ),
    "4,000 earnings-table rows and a 'NOTE:' line": lambda: (
        "Shr 1.20 dlrs vs 1.10 dlrs\nNet 5.0 mln vs 4.0 mln\nRevs 30 mln vs 28 mln\n" * 4000
        + "NOTE: figures in dlrs.\n"
    ),
    "98 KB price list of 4,000 lines": lambda: "".join(
        f"Item {i} costs ${i % 90 + 5}.{i % 100:02d}\n" for i in range(4000)
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import pipeline

    pipeline.extract("It paid 5 dlrs.")  # load the rules first
    print(f"{Path.cwd()}: best of {args.repeat}, seconds")
    for name, make in TEXTS.items():
        text = make()
        best = float("inf")
        for _ in range(args.repeat):
            started = time.perf_counter()
            pipeline.extract(text)
            best = min(best, time.perf_counter() - started)
        print(f"  {name}: {best:.1f}")


if __name__ == "__main__":
    main()
