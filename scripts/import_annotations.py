"""Turn hand annotations (made from scripts/sample_gold.py's material) into gold files.

Cases from ../shared/corpora keep no corpus text: they point into the corpus (``corpus``,
``doc_id``, ``start``/``end``), and each amount's mention and actor become offsets into the
case's text. Sentences written here keep their text.

    python scripts/import_annotations.py --annotations /tmp/annot --gold tests/gold
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

KEEP = ("value", "currency", "qualifier", "per", "max", "sectors", "years", "kind", "trigger", "country")


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def amounts(text: str, items: list[dict], pointer: bool, links: bool) -> list[dict]:
    """Gold amounts with their mention (and actor) located in ``text``, in order."""
    out, pos = [], 0
    for a in items:
        g = {k: a[k] for k in KEEP if k in a and (links or k not in ("sectors", "years"))}
        mention = a.get("mention", "")
        at = text.find(mention, pos) if mention else -1
        if at < 0 and mention:
            at = text.find(mention)
        if at >= 0:
            g["start"], g["end"] = at, at + len(mention)
            pos = at + len(mention)
        if not pointer and mention:
            g["mention"] = mention
        if "actor" in a:
            actor = a["actor"]
            if pointer and actor:
                where = text.find(actor)
                g["actor_start"], g["actor_end"] = (where, where + len(actor)) if where >= 0 else (-1, -1)
            else:
                g["actor"] = actor
        out.append(g)
    return out


def write(path: Path, cases: list[dict]) -> None:
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    print(f"{path}: {len(cases)} cases, {sum(len(c['amounts']) for c in cases)} amounts")


def import_round(src: Path, out: Path, n: int) -> None:
    """round<n>_heldout.jsonl: a later held-out set (sample_gold.py's round n and sentences written
    by the annotator), each amount with its sectors and years and its kind, actor and country."""
    items = {i["item"]: i for i in read(src / f"round{n}_sentences.jsonl")}
    cases = []
    own = read(src / "out" / f"round{n}_own.jsonl")
    # From round 62, business news in the style of BBC and US wires is written here too (the BBC corpus
    # has no sentence with money left that no set drew): source "written_business".
    business = src / "out" / f"round{n}_business.jsonl"
    for ann in read(business) if business.exists() else []:
        own.append({**ann, "source": "written_business", "family": f"business_{ann['family']}"})
    for ann in read(src / "out" / f"round{n}_corpus.jsonl") + own:
        item = items.get(ann.get("item", ""))  # a written sentence has no item
        if item is not None:
            case = {
                "id": f"round{n}-{len(cases):03d}",
                "source": item["corpus"].split("-")[0].split("2")[0],
                "corpus": item["corpus"],
                "doc_id": item["doc_id"],
                "start": item["start"],
                "end": item["end"],
                "amounts": amounts(item["text"], ann["amounts"], True, True),
            }
        else:
            case = {
                "id": f"round{n}-{len(cases):03d}",
                "source": ann.get("source", "written"),
                "family": ann["family"],
                "text": ann["text"],
                "date": ann.get("date"),
                "amounts": amounts(ann["text"], ann["amounts"], False, True),
            }
        cases.append(case)
    write(out / f"round{n}_heldout.jsonl", cases)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--annotations", type=Path, default=Path("/tmp/annot"))
    ap.add_argument("--gold", type=Path, default=Path("tests/gold"))
    ap.add_argument("--round", type=int, help="import only round N (3, 4, ...) from --annotations")
    args = ap.parse_args()
    src, out = args.annotations, args.gold
    if args.round:
        import_round(src, out, args.round)
        return

    articles = {a["doc_id"]: a for a in read(src / "bbc_articles.jsonl")}
    bbc = []
    for part in ("bbc_part1.jsonl", "bbc_part2.jsonl"):
        for ann in read(src / "out" / part):
            art = articles[ann["doc_id"]]
            bbc.append(
                {
                    "id": f"bbc-article-{len(bbc):03d}",
                    "source": "bbc-unseen",
                    "corpus": art["corpus"],
                    "doc_id": ann["doc_id"],
                    "amounts": amounts(art["text"], ann["amounts"], True, False),
                }
            )
    write(out / "unseen_bbc_articles.jsonl", bbc)

    for name, parts, links in (
        ("links", ["links_corpus.jsonl", "links_own.jsonl"], True),
        ("kinds", ["kinds_part1.jsonl", "kinds_part2.jsonl"], False),
    ):
        items = {i["item"]: i for i in read(src / f"{name}_sentences.jsonl")}
        cases = []
        for part in parts:
            for ann in read(src / "out" / part):
                item = items.get(ann.get("item", ""))
                case_id = f"unseen-{name}-{len(cases):03d}"
                if item is not None:  # a sentence of a corpus article
                    case = {
                        "id": case_id,
                        "source": item["corpus"].split("-")[0].split("2")[0],
                        "corpus": item["corpus"],
                        "doc_id": item["doc_id"],
                        "start": item["start"],
                        "end": item["end"],
                    }
                    case["amounts"] = amounts(item["text"], ann["amounts"], True, links)
                else:  # written here, or the user's Yonhap article
                    case = {
                        "id": case_id,
                        "source": "yonhap-seed" if ann.get("item") == "yonhap" else "written",
                        "text": ann["text"],
                        "date": ann.get("date"),
                    }
                    if ann.get("family"):
                        case["family"] = ann["family"]
                    case["amounts"] = amounts(ann["text"], ann["amounts"], False, links)
                cases.append(case)
        write(out / f"unseen_{name}.jsonl", cases)


if __name__ == "__main__":
    main()
