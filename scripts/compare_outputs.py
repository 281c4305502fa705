"""Run the pipeline over corpus/, Reuters and BBC, and compare the CSVs with an earlier run.

    python scripts/compare_outputs.py snapshot /tmp/before          # run all three, keep the outputs
    python scripts/compare_outputs.py diff /tmp/before /tmp/after   # compare two snapshots
    python scripts/compare_outputs.py check /tmp/before             # snapshot into a temp dir, then diff
    python scripts/compare_outputs.py sample /tmp/before /tmp/after reuters kind 40 7
        # 40 records of reuters/records.csv whose kind changed, one per sentence, drawn with seed 7,
        # with their sentences: to read and class the changes of one column

A difference is shown row by row, keyed by (doc_id, start, end), with the columns that changed,
so that it can be read and classed (fix, regression, same). The corpora are read from ../shared
and skipped when absent. Exit 1 when any file differs.
"""

from __future__ import annotations

import csv
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
SETS = {
    "corpus": ROOT / "corpus",
    "reuters": SHARED / "reuters21578.jsonl.gz",
    "bbc": SHARED / "bbc-news.jsonl.gz",
}
FILES = ("records.csv", "mentions.csv")
csv.field_size_limit(1 << 30)


def snapshot(dest: Path) -> None:
    for name, src in SETS.items():
        if not src.exists():
            print(f"{name}: {src} absent, skipped")
            continue
        out = dest / name
        cmd = [sys.executable, "-m", "pipeline", "run", str(src), "--out", str(out), "--workers", "2"]
        done = subprocess.run(cmd, check=False, cwd=ROOT, capture_output=True, text=True)
        if done.returncode not in (0, 1):
            print(done.stderr[-3000:])
        print(f"{name}: written to {out} (exit {done.returncode})")


def _rows(path: Path) -> tuple[list[str], dict[tuple, dict]]:
    """The rows of a CSV by (doc_id, start, end), and the mention's kind in mentions.csv."""
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows: dict[tuple, dict] = {}
        for row in reader:
            kind = row.get("kind", "") if path.name == "mentions.csv" else ""
            key = (row.get("doc_id"), row.get("start"), row.get("end"), kind)
            while key in rows:
                key = key + ("+",)
            rows[key] = row
        return list(reader.fieldnames or []), rows


MOVED = ("kind", "currency")  # the columns whose every move ``diff`` counts


def diff(before: Path, after: Path, show: int = 40) -> bool:
    same = True
    for name in SETS:
        for fname in FILES:
            a, b = before / name / fname, after / name / fname
            if not a.exists() or not b.exists():
                continue
            if a.read_bytes() == b.read_bytes():
                print(f"{name}/{fname}: identical")
                continue
            same = False
            cols_a, rows_a = _rows(a)
            cols_b, rows_b = _rows(b)
            gone = [k for k in rows_a if k not in rows_b]
            new = [k for k in rows_b if k not in rows_a]
            changed = Counter()
            examples = []
            for k in rows_a.keys() & rows_b.keys():
                cols = [c for c in cols_b if rows_a[k].get(c) != rows_b[k].get(c)]
                if cols:
                    changed[tuple(cols)] += 1
                    examples.append((k, cols))
            print(f"{name}/{fname}: DIFFERENT: {len(gone)} rows gone, {len(new)} new, {sum(changed.values())} changed")
            if cols_a != cols_b:
                print(f"  columns: {cols_a} -> {cols_b}")
            for cols, n in changed.most_common():
                print(f"  {n} changed in {', '.join(cols)}")
            for column in MOVED:  # records.csv: how kinds and currencies moved, to be read by family
                moves = Counter(f"{rows_a[k][column]} -> {rows_b[k][column]}" for k, cols in examples if column in cols)
                for move, n in moves.most_common():
                    print(f"  {n} {column} {move}")
            for k in gone[:show]:
                r = rows_a[k]
                print(f"  - {k[:3]} {r.get('mention') or r.get('text')!r} {r.get('value', r.get('normalised'))}")
            for k in new[:show]:
                r = rows_b[k]
                print(f"  + {k[:3]} {r.get('mention') or r.get('text')!r} {r.get('value', r.get('normalised'))}")
            for k, cols in sorted(examples)[:show]:
                print(
                    f"  ~ {k[:3]} "
                    + "; ".join(f"{c}: {rows_a[k].get(c)!r} -> {rows_b[k].get(c)!r}" for c in cols if c != "sentence")
                )
    return same


def sample(before: Path, after: Path, corpus: str, column: str, n: int, seed: int) -> list[str]:
    """Lines for ``n`` records of ``corpus``'s records.csv whose ``column`` changed between two
    snapshots, one per sentence, drawn with ``seed``: the mention, the column (and trigger) before
    and after, and the sentence."""
    _, rows_a = _rows(before / corpus / "records.csv")
    _, rows_b = _rows(after / corpus / "records.csv")
    seen, changed = set(), []
    for k in sorted(rows_a.keys() & rows_b.keys()):
        a, b = rows_a[k], rows_b[k]
        if a.get(column) != b.get(column) and b.get("sentence") not in seen:
            seen.add(b.get("sentence"))
            changed.append((a, b))
    picked = random.Random(seed).sample(changed, min(n, len(changed)))
    return [
        f"{' '.join(b['mention'].split())!r} {column} {a.get(column)!r} -> {b.get(column)!r}"
        f" [trigger {a.get('trigger')!r} -> {b.get('trigger')!r}] :: {' '.join(b['sentence'].split())}"
        for a, b in picked
    ]


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "snapshot":
        snapshot(Path(argv[1]))
        return 0
    if len(argv) >= 3 and argv[0] == "diff":
        return 0 if diff(Path(argv[1]), Path(argv[2])) else 1
    if len(argv) >= 7 and argv[0] == "sample":
        print("\n".join(sample(Path(argv[1]), Path(argv[2]), argv[3], argv[4], int(argv[5]), int(argv[6]))))
        return 0
    if len(argv) >= 2 and argv[0] == "check":
        with tempfile.TemporaryDirectory() as tmp:
            snapshot(Path(tmp))
            return 0 if diff(Path(argv[1]), Path(tmp)) else 1
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
