"""What the article's main country would do as the country of records that have none, measured on the
gold (a question for a rule not built: the gold annotators are split on it).

    python scripts/country_fallback.py                          # every round's corpus and business cases
    python scripts/country_fallback.py tests/gold/round1*_heldout.jsonl

For each gold amount whose record has no country, in a case of the Reuters, BBC or business-style
sources: "gain" when the gold country is the article's most named country (``places.main_country``
of the countries its text names), "loss" when the gold has none, "still wrong" when it has another.
Counted by source and by whether the record has an actor. Needs ../shared/corpora for corpus cases.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from pipeline import extract
from pipeline.annotate import annotate_text
from pipeline.evaluate import case_records, load_cases
from pipeline.nlp import build_nlp
from pipeline.places import article_countries, main_country
from pipeline.repair import repair_text

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"
SOURCES = ("reuters", "bbc", "written_business")


def article_main(nlp, text: str, date: str | None, title: str) -> str:
    """The country the article (repaired as a run repairs it) names most often, or ""."""
    named: Counter[str] = Counter()
    for _, doc in annotate_text(nlp, repair_text(text)[0], date, title=title):
        named += article_countries(doc)
    return main_country(named)


def records_of(text: str, date: str | None, title: str = "", places: tuple[str, ...] = ()) -> list[dict]:
    return extract(text, date=date, convert_to=None, title=title, places=places)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path, help="gold files (default: every round's)")
    paths = ap.parse_args().gold or sorted(GOLD.glob("round*_heldout.jsonl"))
    nlp, mains, counts = build_nlp(), {}, Counter()
    for path in paths:
        for case in load_cases(path):
            if case.get("source") not in SOURCES:
                continue
            article = case.get("article", case["text"])
            key = (case.get("doc_id"), len(article))
            if key not in mains:
                mains[key] = article_main(nlp, article, case.get("date"), case.get("title", ""))
            main_of = mains[key]
            lo = len(repair_text(article[: case["start"]])[0]) if "article" in case else 0
            records = case_records(case, records_of)
            for gold in case["amounts"]:
                start = gold["start"] + lo
                record = next((r for r in records if int(r["start"]) <= start < int(r["end"])), None)
                if record is None or record.get("country") or not main_of:
                    continue
                want = gold.get("country") or ""
                outcome = "gain" if want == main_of else "loss" if not want else "still wrong"
                counts[(case["source"], "actor" if record.get("actor") else "no actor", outcome)] += 1
    for (source, actor, outcome), n in sorted(counts.items()):
        print(f"{source:16} {actor:9} {outcome:12} {n}")


if __name__ == "__main__":
    main()
