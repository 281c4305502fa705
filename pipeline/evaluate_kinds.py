"""Score kind, actor and country on gold cases whose amounts carry ``kind`` (tests/gold/unseen_kinds.jsonl).

Gold amounts are matched to records one to one by currency and value (within 0.5%, as
``evaluate`` matches amounts). Over the amounts found:

- kind accuracy: the record's ``kind`` equals the gold kind;
- actor precision and recall on exact text: a record's non-empty actor is a true positive when it
  is the gold actor's text exactly, else a false positive; a gold actor not given exactly is a false
  negative (a gold actor of an amount not found counts as a false negative too); beside it, the
  same F1 blind to a leading article and line breaks (``same_actor``), as annotators differ on "The
  British government" and "British government";
- country accuracy: the record's ``country`` equals the gold one (both empty counts as right).

A gold actor is its ``actor`` text, or the case text at ``actor_start``/``actor_end`` (cases that
point into ../shared/corpora).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .evaluate import case_records, load_cases, values_match


def is_kind_case(case: dict) -> bool:
    return any("kind" in a for a in case.get("amounts", []))


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def same_actor(got: str, want: str) -> bool:
    """The same actor up to a leading article and line breaks: "The British government" and "British
    government", "Control Resource\nIndustries Inc" and "Control Resource Industries Inc". The issue
    names both "the South Korean government" and "South Korea" as actors, and annotators differ on
    an institution's article; make eval shows this beside the exact score, never instead of it.

    >>> same_actor("The British government", "British government"), same_actor("Seoul", "Korea")
    (True, False)
    """
    norm = lambda a: _ARTICLE.sub("", " ".join(a.split()))  # noqa: E731
    return norm(got) == norm(want)


def gold_actor(case: dict, amount: dict) -> str:
    if "actor" in amount:
        return amount["actor"] or ""
    if amount.get("actor_start") is not None:
        return case["text"][amount["actor_start"] : amount["actor_end"]]
    return ""


@dataclass
class Counts:
    amounts: int = 0
    found: int = 0
    kind_right: int = 0
    predicted: int = 0  # amounts found whose predicted kind is this one (per-kind precision)
    predicted_right: int = 0
    actor: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, fp, fn
    loose: list[int] = field(default_factory=lambda: [0, 0, 0])  # the same, article-blind (same_actor)
    country_right: int = 0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_right / self.found if self.found else 1.0

    @property
    def kind_precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 1.0

    @property
    def country_accuracy(self) -> float:
        return self.country_right / self.found if self.found else 1.0

    @property
    def actor_prf(self) -> tuple[float, float, float]:
        return _prf(self.actor)

    @property
    def loose_f1(self) -> float:
        return _prf(self.loose)[2]


def _prf(counts: list[int]) -> tuple[float, float, float]:
    tp, fp, fn = counts
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class KindScore:
    total: Counts = field(default_factory=Counts)
    by_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_source: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    misses: list[str] = field(default_factory=list)
    set_aside: int = 0  # actors named after a case's text where its writer marked none (``evaluate.named_after``)


def score_kinds(
    cases: Iterable[dict],
    records_of: Callable[[str, str | None], list[dict]] | None = None,
    only: Callable[[dict], bool] | None = None,
) -> KindScore:
    """Kind, actor and country per gold amount; ``records_of(text, date)`` gives a text's records
    (default: ``pipeline.extract``). ``only(case)``: score only the cases it accepts."""
    if records_of is None:
        from . import extract

        def records_of(text, date, title="", places=()):
            return extract(text, date=date, convert_to=None, title=title, places=places)

    s = KindScore()
    for case in cases:
        if not is_kind_case(case) or (only is not None and not only(case)):
            continue
        left = list(case_records(case, records_of))
        for exp in case["amounts"]:
            groups = (s.total, s.by_kind[exp["kind"]], s.by_source[case.get("source", "")])
            want_actor = gold_actor(case, exp)
            match = next(
                (
                    r
                    for r in left
                    if r["currency"] == exp["currency"] and values_match(float(r["value"]), float(exp["value"]))
                ),
                None,
            )
            for g in groups:
                g.amounts += 1
            if match is None:
                for g in groups:
                    g.actor[2] += bool(want_actor)
                    g.loose[2] += bool(want_actor)
                s.misses.append(f"- {case['id']}: amount {exp['value']} {exp['currency']} not found")
                continue
            left.remove(match)
            got_actor = match.get("actor", "")
            if got_actor and not want_actor and match.get("_actor_after"):
                s.set_aside += 1  # the writer marks substrings of the case's text only
                got_actor = ""
            got_kind = match.get("kind", "")
            kind_ok = got_kind == exp["kind"]
            country_ok = match.get("country", "") == (exp.get("country") or "")
            for g in groups:
                g.found += 1
                g.kind_right += kind_ok
                g.country_right += country_ok
                for tally, same in ((g.actor, got_actor == want_actor), (g.loose, same_actor(got_actor, want_actor))):
                    if got_actor and same:
                        tally[0] += 1
                    else:
                        tally[1] += bool(got_actor)
                        tally[2] += bool(want_actor)
            if got_kind in s.by_kind or got_kind:
                s.by_kind[got_kind].predicted += 1
                s.by_kind[got_kind].predicted_right += kind_ok
            if not (kind_ok and country_ok and got_actor == want_actor):
                s.misses.append(
                    f"- {case['id']}: {match['mention']!r} kind {got_kind} (want {exp['kind']}), trigger "
                    f"{match.get('trigger', '')!r}, actor {got_actor!r} (want {want_actor!r}), country "
                    f"{match.get('country', '')!r} (want {exp.get('country') or ''!r})"
                )
    return s


def _row(name: str, c: Counts, kind_precision: bool = True) -> str:
    p, r, f = c.actor_prf
    prec = f"{c.kind_precision:.3f}" if kind_precision else ""
    return (
        f"| {name} | {c.found}/{c.amounts} | {c.kind_accuracy:.3f} | {prec} | {p:.3f} | {r:.3f} | {f:.3f} "
        f"| {c.loose_f1:.3f} | {c.country_accuracy:.3f} |"
    )


def kinds_report(path: Path, show_misses: bool = True, records_of=None) -> str:
    from .kinds_readings import kind_order

    s = score_kinds(load_cases(Path(path)), records_of)
    head = [
        "| amounts | found | kind accuracy | kind precision | actor precision | actor recall | actor F1 "
        "| actor F1, article-blind | country accuracy |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    lines = head + [_row(f"**all** ({Path(path).name})", s.total, False)]
    lines += [_row(k, s.by_kind[k]) for k in kind_order() if k in s.by_kind and s.by_kind[k].amounts]
    lines += ["", "By source:", ""] + head + [_row(src or "(none)", c, False) for src, c in sorted(s.by_source.items())]
    out = "\n".join(lines)
    if s.set_aside:  # an earnings table's company, named in its closing note after the case's text
        out += f"\n\nActors named after a case's text, where its writer could mark none, set aside: {s.set_aside}"
    if show_misses:
        out += f"\n\nKind, actor and country misses ({len(s.misses)}):\n" + ("\n".join(s.misses) or "none")
    return out


def kinds_sections(paths: list[Path], show_misses: bool = True) -> list[str]:
    """The kinds report of each gold file whose amounts carry a ``kind`` (``make eval``)."""
    from .evaluate import read_cases

    out = []
    for path in map(Path, paths):
        if path.exists() and any(is_kind_case(c) for c in read_cases(path)):
            out.append(kinds_report(path, show_misses))
    return out
