"""Corrections become gold cases: ``pipeline eval --corrections corrections.jsonl``.

Each sentence that a correction names becomes one case of the gold format of ``tests/gold/``
(see its README). Its amounts are the sentence's amounts as the report showed them (the
correction's ``before`` and ``others``), with the reviewer's verdicts applied: a right one kept,
a wrong one corrected or dropped, a missed one added. A case holds the sentence's text, or, when
the article came from a corpus of ``../shared/corpora`` (never committed), points into it by
offsets, as the other corpus cases do.

Cases go to ``corrections.jsonl`` (value and currency) beside ``tests/gold/`` or at a path given;
a sentence where the reviewer set sectors or years goes to ``corrections_links.jsonl`` too, with
every amount's sectors and years. A case the pipeline gets wrong today is written into
``known_misses.json`` beside them, with what goes wrong, so the suite stays green and names the
case as fixed (XPASS, strict) on the day a rule gets it right; a case it gets right loses its entry.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .corrections import read_corrections
from .evaluate import CORPORA, _fmt, resolve_case, score, score_links


def _amount(fields: dict, start: int, end: int, mention: str, links: bool) -> dict:
    out = {
        "value": float(fields["value"]),
        "currency": fields["currency"],
        "start": start,
        "end": end,
        "mention": mention,
    }
    if links:
        out["sectors"] = list(fields.get("sectors") or [])
        out["years"] = [int(y) for y in fields.get("years") or []]
    return out


def _corpus_of(c: dict, corpora: Path) -> str | None:
    """The corpus file of ``../shared/corpora`` the article came from, if any (by the run's inputs)."""
    for name in c.get("inputs") or []:
        file = Path(name).name
        if file.endswith((".jsonl.gz", ".jsonl")) and (corpora / file).exists():
            return file
    return None


def gold_cases(corrections: list[dict], corpora: Path = CORPORA) -> tuple[list[dict], list[dict], list[str]]:
    """(money cases, link cases, problems) of a file's corrections, one case per sentence."""
    groups: dict[tuple, list[dict]] = {}
    problems = []
    for c in corrections:
        start, sentence = c.get("sentence_start"), c.get("sentence")
        if not isinstance(sentence, str) or not isinstance(start, int) or start < 0:
            problems.append(f"{c['doc_id']} {c['start']}-{c['end']}: no sentence and its place, no gold case")
            continue
        groups.setdefault((c["doc_id"], start, sentence), []).append(c)
    money, links = [], []
    for (doc_id, s0, sentence), group in groups.items():
        amounts: dict[tuple[int, int], tuple[dict, str]] = {}
        for c in group:
            for o in c.get("others") or []:
                amounts.setdefault((o["start"], o["end"]), (o, o.get("mention", "")))
        for c in group:
            key = (c["start"], c["end"])
            if c["verdict"] == "wrong" and not c.get("after"):
                amounts.pop(key, None)
                continue
            base = c.get("before") or amounts.get(key, ({}, ""))[0]
            amounts[key] = ({**base, **(c.get("after") or {})}, c["mention"])
        has_links = any({"sectors", "years"} & set(c.get("after") or {}) for c in group)
        ident = hashlib.sha1(f"{doc_id}\0{s0}\0{sentence}".encode()).hexdigest()[:10]
        case = {"id": f"correction-{ident}", "source": "review", "doc_id": doc_id}
        corpus = _corpus_of(group[0], corpora)
        if corpus:
            case.update({"corpus": corpus, "start": s0, "end": s0 + len(sentence)})
        else:
            case["text"] = sentence
        if group[0].get("doc_date"):
            case["date"] = group[0]["doc_date"]
        notes = [c["note"] for c in group if c.get("note")]
        if notes:
            case["note"] = "; ".join(notes)
        ordered = sorted(amounts.items())
        case["amounts"] = [_amount(f, a - s0, b - s0, m, False) for (a, b), (f, m) in ordered]
        money.append(case)
        if has_links:
            links.append(
                {
                    **case,
                    "id": case["id"] + "-links",
                    "amounts": [_amount(f, a - s0, b - s0, m, True) for (a, b), (f, m) in ordered],
                }
            )
    return money, links, problems


def _merge(path: Path, cases: list[dict]) -> None:
    """Write cases into a JSONL gold file, replacing those of the same id, keeping the others."""
    kept = []
    if path.exists():
        kept = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = {c["id"] for c in cases}
    out = [c for c in kept if c["id"] not in ids] + cases
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out), encoding="utf-8")


def _miss(case: dict, links: bool) -> str:
    """What the pipeline gets wrong on a case ('' when it is right)."""
    m = score([case], _predict).misses
    if m:
        exp = ", ".join(f"{_fmt(v)} {c}" for v, c in m[0]["expected"]) or "nothing"
        got = ", ".join(f"{_fmt(v)} {c}" for v, c in m[0]["predicted"]) or "nothing"
        return f"from a reviewer's correction: expected {exp}; the pipeline gives {got}"
    if links:
        s = score_links([case])
        if s.exact != s.amounts:
            return "from a reviewer's correction: links differ: " + "; ".join(x.lstrip("- ") for x in s.misses)
    return ""


def _predict(text: str, date: str | None = None):
    from .evaluate import predict_pipeline

    return predict_pipeline(text, date)


def write_gold(corrections_file: Path, target: Path, corpora: Path = CORPORA) -> str:
    """Turn a corrections file into gold cases in ``target`` (a folder, or a .jsonl file whose
    links cases go beside it with ``_links``); returns what was done, for the terminal."""
    money, links, problems = gold_cases(read_corrections(corrections_file), corpora)
    if target.suffix == ".jsonl":
        folder, money_path = target.parent, target
    else:
        folder, money_path = target, target / "corrections.jsonl"
    links_path = money_path.with_name(money_path.stem + "_links.jsonl")
    folder.mkdir(parents=True, exist_ok=True)
    _merge(money_path, money)
    if links:
        _merge(links_path, links)
    misses_path = folder / "known_misses.json"
    known = json.loads(misses_path.read_text(encoding="utf-8")) if misses_path.exists() else {}
    failing, skipped = 0, 0
    for case, is_links in [(c, False) for c in money] + [(c, True) for c in links]:
        resolved = resolve_case(case, corpora)
        if resolved is None:
            skipped += 1
            continue
        why = _miss(resolved, is_links)
        if why:
            known[case["id"]] = why
            failing += 1
        else:
            known.pop(case["id"], None)
    misses_path.write_text(
        json.dumps(dict(sorted(known.items())), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    lines = [
        f"{len(money)} gold cases from {corrections_file} -> {money_path}"
        + (f" (and {len(links)} link cases -> {links_path})" if links else ""),
        f"the pipeline gets {len(money) + len(links) - failing - skipped} right and {failing} wrong today"
        f" (listed in {misses_path})" + (f"; {skipped} skipped (corpus absent)" if skipped else ""),
    ]
    lines += [f"skipped: {p}" for p in problems]
    return "\n".join(lines)
