"""Write tests/gold/known_misses.json from what the pipeline gets wrong today, with the reason.

Every gold case that fails the rule of tests/test_gold.py gets an entry saying what was expected
and what came out; a case that now passes loses its entry. Run it after a change that fixes or
breaks gold cases, read the diff of the file, and commit it with the change.

    python scripts/update_known_misses.py
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.evaluate import _fmt, is_link_case, load_cases, pipeline_records, score, score_links

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"


def reasons() -> dict[str, str]:
    out: dict[str, str] = {}
    for path in sorted(GOLD.glob("*.jsonl")):
        cases = load_cases(path)
        links = any(is_link_case(c) for c in cases)
        for case in cases:
            money = score([case], records_of=pipeline_records)
            if money.misses:
                m = money.misses[0]
                exp = ", ".join(f"{_fmt(v)} {c}" for v, c in m["expected"]) or "nothing"
                got = ", ".join(f"{_fmt(v)} {c}" for v, c in m["predicted"]) or "nothing"
                out[case["id"]] = f"amounts: expected {exp}; got {got}"
                continue
            if links:
                found = score_links([case])
                if found.exact != found.amounts:
                    out[case["id"]] = "links: " + "; ".join(s.removeprefix(f"- {case['id']}: ") for s in found.misses)
    return out


def main() -> None:
    path = GOLD / "known_misses.json"
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    new = reasons()
    path.write_text(json.dumps(dict(sorted(new.items())), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(new)} known misses ({len(set(new) - set(old))} new, {len(set(old) - set(new))} fixed)")


if __name__ == "__main__":
    main()
