"""Score money extraction on gold cases: ours and quantulum3's, side by side.

Case format (one JSON a line, as in ``../shared/bench/``)::

    {"id": "...", "text": "...", "amounts": [{"value": 48200000.0, "currency": "USD", "span": "..."}]}

An amount counts when the currency is equal and the value within 0.5% (relative); predicted
and expected amounts are matched one to one per case.
"""

from __future__ import annotations

import gzip
import json
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from .ingest import filed_places
from .repair import repair_text

TOLERANCE = 0.005

Predictor = Callable[[str, str | None], list[tuple[float, str]]]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    cases: int = 0
    exact: int = 0
    misses: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def values_match(pred: float, gold: float) -> bool:
    """Within 0.5% relative (exact for zero)."""
    if gold == 0:
        return pred == 0
    return abs(pred - gold) <= TOLERANCE * abs(gold)


def match_case(predicted: list[tuple[float, str]], expected: list[tuple[float, str]]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) for one case, one-to-one greedy."""
    left = list(predicted)
    tp = 0
    for value, cur in expected:
        for i, (pv, pc) in enumerate(left):
            if pc == cur and values_match(pv, value):
                tp += 1
                del left[i]
                break
    return tp, len(left), len(expected) - tp


CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"  # ../shared/corpora


def read_cases(path: Path) -> list[dict]:
    """The cases of one gold file, as written (one JSON a line)."""
    cases = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    cases.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not valid JSON: {exc}") from exc
    return cases


@lru_cache(maxsize=4)
def corpus_articles(path: Path) -> dict[str, dict]:
    """The articles of a JSONL(.gz) corpus, by id."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return {a["id"]: a for a in map(json.loads, fh)}


def corpus_path(case: dict, corpora: Path = CORPORA) -> Path:
    name = case["corpus"] if case["corpus"].endswith(".jsonl.gz") else case["corpus"] + ".jsonl.gz"
    return corpora / name


def resolve_case(case: dict, corpora: Path = CORPORA) -> dict | None:
    """The case with its ``text`` and ``date``. A case that points into a corpus of
    ``../shared/corpora`` (``corpus``, ``doc_id``, optional ``start``/``end``) takes them from the
    article there; None when that corpus is absent (the corpora are never committed)."""
    if "text" in case:
        return case
    path = corpus_path(case, corpora)
    if not path.exists():
        return None
    article = corpus_articles(path).get(case["doc_id"])
    if article is None:
        raise ValueError(f"{case['id']}: {case['doc_id']} is not in {path}")
    text, filed = article["text"], filed_places(article.get("places"))
    if "start" in case:
        if case["end"] > len(text):
            raise ValueError(
                f"{case['id']}: {case['doc_id']} has {len(text)} characters, the case ends at {case['end']}"
            )
        return {
            **case,
            "text": text[case["start"] : case["end"]],
            "article": text,
            "date": case.get("date") or article.get("date"),
            "title": article.get("title") or "",
            "places": filed,
        }
    date, title = case.get("date") or article.get("date"), article.get("title") or ""
    return {**case, "text": text, "date": date, "title": title, "places": filed}


def case_records(case: dict, records_of: Callable[..., list[dict]]) -> list[dict]:
    """The records of a case read as a run reads it. A case that points into part of a corpus
    article is read in its whole article (a run's unit: the article's places decide a bare
    "dlrs", its date a year, and so does its title), keeping the records inside the case's span;
    offsets are mapped through the repair of damaged text (``pipeline.repair``), which the
    records' offsets follow. ``records_of(text, date)``, or ``records_of(text, date, title)`` for a
    case whose article has a title of its own, with ``places=`` when its archive files it under
    countries (``ingest.filed_places``)."""
    title = case.get("title") or ""
    args = (title,) if title else ()
    kwargs = {"places": tuple(case["places"])} if case.get("places") else {}
    if "article" not in case:
        return records_of(case["text"], case.get("date"), *args, **kwargs)
    article, start, end = case["article"], case["start"], case["end"]
    lo = len(repair_text(article[:start])[0])
    hi = lo + len(repair_text(article[start:end])[0])
    every = records_of(article, case.get("date"), *args, **kwargs)
    kept = [r for r in every if lo <= int(r["start"]) and int(r["end"]) <= hi]
    # an actor named after the case's text (an earnings table's closing note) is one its writer, who
    # marks substrings of that text only, could not mark: ``evaluate_kinds`` sets it aside
    return [{**r, "_actor_after": named_after(r, hi)} for r in kept]


def named_after(record: dict, hi: int) -> bool:
    """Does the record's actor stand after the character ``hi`` (the end of a case's text)? An actor
    before it (an earlier sentence's subject) is scored as it is.

    >>> named_after({"actor": "Acme Inc", "actor_start": 90, "actor_end": 98}, 50), named_after({"actor": ""}, 50)
    (True, False)
    >>> named_after({"actor": "Acme Inc", "actor_start": 10, "actor_end": 18}, 50)
    False
    """
    if not record.get("actor") or record.get("actor_start") in ("", None):
        return False
    return int(record["actor_start"]) >= hi


def load_cases(path: Path, corpora: Path = CORPORA) -> list[dict]:
    """The cases of one gold file with their texts; those whose corpus is absent are left out."""
    return [c for c in (resolve_case(case, corpora) for case in read_cases(path)) if c is not None]


def score(
    cases: Iterable[dict],
    predict: Predictor | None = None,
    records_of: Callable[[str, str | None], list[dict]] | None = None,
) -> Score:
    """Money scores: amounts from ``predict(text, date)``, or from the records of
    ``records_of(text, date)`` read as ``case_records`` reads a case (in its article)."""
    s = Score()
    for case in cases:
        expected = [(float(a["value"]), a["currency"]) for a in case["amounts"]]
        if records_of is not None:
            predicted = [(float(r["value"]), r["currency"]) for r in case_records(case, records_of)]
        else:
            predicted = predict(case["text"], case.get("date"))
        tp, fp, fn = match_case(predicted, expected)
        s.tp, s.fp, s.fn, s.cases = s.tp + tp, s.fp + fp, s.fn + fn, s.cases + 1
        if fp == 0 and fn == 0:
            s.exact += 1
        else:
            s.misses.append(
                {"id": case.get("id", ""), "text": case["text"], "expected": expected, "predicted": predicted}
            )
    return s


def pipeline_records(text: str, date: str | None = None, title: str = "", places: tuple[str, ...] = ()) -> list[dict]:
    """The pipeline's records of one text, as a run reads an article (repaired first)."""
    from . import extract

    return extract(text, date=date, convert_to=None, title=title, places=places)


def predict_pipeline(text: str, date: str | None = None) -> list[tuple[float, str]]:
    """The pipeline's amounts of one text, read as a run reads an article (repaired first, with
    its date and the places it names)."""
    from . import extract

    return [(float(r["value"]), r["currency"]) for r in extract(text, date=date, convert_to=None)]


def predict_quantulum(text: str, date: str | None = None) -> list[tuple[float, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        try:
            quantities = parser.parse(text)
        except Exception:  # quantulum3 raises on some inputs; that case then finds nothing
            return []
    out = []
    for q in quantities:
        code = getattr(q.unit, "currency_code", None)
        if q.unit.entity.name == "currency" and code:
            out.append((float(q.value), code))
    return out


def _fmt(v: float) -> str:
    return f"{Decimal(repr(v)).normalize():f}"


def report(paths: list[Path], show_misses: bool = True, peer: bool = True) -> str:
    """A Markdown table of scores per file (ours, and quantulum3's), then our misses."""
    lines = ["| cases | system | amounts | precision | recall | F1 | exact cases |", "|---|---|---|---|---|---|---|"]
    miss_lines = []
    family_misses: dict[str, dict[str, list[int]]] = {}
    link_sections: list[str] = []
    for path in paths:
        path = Path(path)
        if not path.exists():
            lines.append(f"| {path} | (absent, skipped) | | | | | |")
            continue
        cases = load_cases(path)
        if any(is_link_case(c) for c in cases):
            link_sections.append(link_report(path, show_misses))
        systems = [("pipeline", None)] + ([("quantulum3", predict_quantulum)] if peer else [])
        for name, predict in systems:
            s = score(cases, predict) if predict else score(cases, records_of=pipeline_records)
            lines.append(
                f"| {path.name} ({s.cases}) | {name} | {s.tp + s.fn} | {s.precision:.3f} | {s.recall:.3f} "
                f"| {s.f1:.3f} | {s.exact}/{s.cases} |"
            )
            if name == "pipeline":
                missed = {m["id"] for m in s.misses}
                groups: dict[str, list[int]] = {}
                for c in cases:
                    counts = groups.setdefault(group_of(c), [0, 0])
                    counts[0] += c.get("id") in missed
                    counts[1] += 1
                if len(groups) > 1:
                    family_misses[path.name] = groups
                for m in s.misses:
                    exp = ", ".join(f"{_fmt(v)} {c}" for v, c in m["expected"]) or "-"
                    got = ", ".join(f"{_fmt(v)} {c}" for v, c in m["predicted"]) or "-"
                    miss_lines.append(f"- {m['id']}: {m['text'][:110]!r}\n    expected {exp}; got {got}")
    out = "\n".join(lines)
    if family_misses:
        out += "\n\nMoney misses by family (cases with a miss / cases):\n" + "\n".join(
            f"- {name}: {', '.join(f'{g} {n}/{total}' for g, (n, total) in sorted(groups.items()))}"
            for name, groups in family_misses.items()
        )
    if show_misses:
        out += f"\n\nMisses ({len(miss_lines)}):\n" + ("\n".join(miss_lines) if miss_lines else "none")
    for section in link_sections:
        out += "\n\nLinks (sectors and years of each amount):\n\n" + section
    return out


@dataclass
class LinkScore:
    amounts: int = 0
    found: int = 0
    exact: int = 0
    sectors: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, fp, fn
    years: list[int] = field(default_factory=lambda: [0, 0, 0])
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def pr(counts: list[int]) -> tuple[float, float]:
        tp, fp, fn = counts
        return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def is_link_case(case: dict) -> bool:
    return any("sectors" in a or "years" in a for a in case.get("amounts", []))


def _named(case: dict, record: dict) -> str:
    """How a miss names an amount: its mention, or for a case that points into ../shared/corpora
    (whose text is never committed, not even in known_misses.json) its value and currency."""
    if "doc_id" in case:
        return f"{record['value']} {record['currency']}"
    return repr(record["mention"])


def score_links(cases: Iterable[dict], records_of: Callable[[str, str | None], list[dict]] | None = None) -> LinkScore:
    """Sector and year links per amount: expected amounts are matched to records by value and currency.

    ``records_of(text, date)`` gives the records of one text (default: ``pipeline.extract``); the
    tests pass one that runs the session's pipeline.
    """
    if records_of is None:
        from . import extract

        def records_of(text: str, date: str | None, title: str = "", places: tuple[str, ...] = ()) -> list[dict]:
            # the cells as records.csv writes them
            return extract(text, date=date, as_text=True, title=title, places=places)

    s = LinkScore()
    for case in cases:
        left = list(case_records(case, records_of))
        for exp in case["amounts"]:
            s.amounts += 1
            match = next(
                (
                    r
                    for r in left
                    if r["currency"] == exp["currency"] and values_match(float(r["value"]), float(exp["value"]))
                ),
                None,
            )
            want_s, want_y = set(exp.get("sectors", [])), {int(y) for y in exp.get("years", [])}
            if match is None:
                s.sectors[2] += len(want_s)
                s.years[2] += len(want_y)
                s.misses.append(f"- {case['id']}: amount {exp['value']} {exp['currency']} not found")
                continue
            left.remove(match)
            s.found += 1
            got_s = set(filter(None, match["sectors"].split("|")))
            got_y = {int(y) for y in filter(None, match["years"].split("|"))}
            for counts, got, want in ((s.sectors, got_s, want_s), (s.years, got_y, want_y)):
                counts[0] += len(got & want)
                counts[1] += len(got - want)
                counts[2] += len(want - got)
            if got_s == want_s and got_y == want_y:
                s.exact += 1
            else:
                s.misses.append(
                    f"- {case['id']}: {_named(case, match)} sectors {sorted(got_s)} (want {sorted(want_s)}), "
                    f"years {sorted(got_y)} (want {sorted(want_y)})"
                )
    return s


def group_of(case: dict) -> str:
    """The family a case was written for, else where it comes from (reuters, bbc, written)."""
    return case.get("family") or case.get("source") or "project"


def _link_row(name: str, s: LinkScore) -> str:
    sp, sr = LinkScore.pr(s.sectors)
    yp, yr = LinkScore.pr(s.years)
    return (
        f"| {name} | {s.found}/{s.amounts} | {sp:.3f} | {sr:.3f} | {yp:.3f} | {yr:.3f} "
        f"| {s.exact}/{s.amounts} = {s.exact / max(s.amounts, 1):.3f} |"
    )


def link_report(path: Path, show_misses: bool = True) -> str:
    """Link scores of one file, and of each family (or source) of its cases when it has several."""
    cases = load_cases(path)
    s = score_links(cases)
    lines = [
        "| cases | amounts found | sector precision | sector recall | year precision | year recall "
        "| amounts with exactly right links |",
        "|---|---|---|---|---|---|---|",
        _link_row(path.name, s),
    ]
    for key in ("source", "family"):  # where the cases come from, then what each was written for
        groups = sorted({c[key] for c in cases if c.get(key)})
        if len(groups) > 1:
            for group in groups:
                lines.append(_link_row(f"  {key} {group}", score_links([c for c in cases if c.get(key) == group])))
    out = "\n".join(lines)
    if show_misses:
        out += f"\n\nLink misses ({len(s.misses)}):\n" + ("\n".join(s.misses) if s.misses else "none")
    return out
