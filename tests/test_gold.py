"""Every gold case of tests/gold/*.jsonl, one test each, under the scoring rule of `make eval`.

A file is picked up by its format. Cases whose ``amounts`` hold ``value`` and ``currency`` are
money cases: every gold amount is matched one to one (same currency, value within 0.5%) and
nothing extra is predicted. A file whose amounts carry ``sectors`` or ``years`` is a link file:
each of its amounts must also have exactly those sectors and years. The matching is
``pipeline.evaluate``'s, the one `make eval` reports.

A case holds its ``text``, or points into a corpus of ``../shared/corpora/`` (never committed):
``corpus`` (the file name, "reuters21578.jsonl.gz" or "bbc-news.jsonl.gz"), ``doc_id`` and,
optionally, ``start``/``end``: the text is ``text[start:end]`` of that article, or all of it.
Its date is the case's ``date``, else the article's. Such cases skip when the corpus is absent.

Known misses are listed, with what goes wrong, in ``tests/gold/known_misses.json`` and run as
``xfail(strict=True)``: a miss that gets fixed (XPASS) fails the suite until its entry is removed.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from conftest import ROOT, SHARED
from pipeline.evaluate import corpus_path, is_link_case, pipeline_records, read_cases, resolve_case, score, score_links
from pipeline.repair import repair_text
from pipeline.worker import text_records

GOLD = ROOT / "tests" / "gold"
CORPORA = SHARED / "corpora"
KNOWN_MISSES = GOLD / "known_misses.json"
CORPUS_SUFFIX = ".jsonl.gz"


def _is_number(v: object) -> bool:
    if isinstance(v, bool):
        return False
    try:
        float(v)
    except (TypeError, ValueError):
        return False
    return True


def case_problems(case: object) -> list[str]:
    """What keeps a case from being scored (empty for a well-formed case)."""
    if not isinstance(case, dict):
        return ["not a JSON object"]
    out = []
    if not isinstance(case.get("id"), str) or not case["id"]:
        out.append("no 'id'")
    amounts = case.get("amounts")
    if not isinstance(amounts, list):
        out.append("no 'amounts' list")
        amounts = []
    for a in amounts:
        if not (isinstance(a, dict) and _is_number(a.get("value")) and isinstance(a.get("currency"), str)):
            out.append(f"amount {a!r} lacks a numeric 'value' or a 'currency'")
            continue
        if not all(isinstance(s, str) for s in a.get("sectors", [])):
            out.append(f"amount {a!r}: 'sectors' is not a list of ids")
        if not all(str(y).isdigit() for y in a.get("years", [])):
            out.append(f"amount {a!r}: 'years' is not a list of years")
    if "text" in case:
        if not isinstance(case["text"], str):
            out.append("'text' is not a string")
    elif "doc_id" in case:
        corpus = case.get("corpus")
        if not isinstance(corpus, str) or not corpus or Path(corpus).name != corpus:
            out.append("'doc_id' without a 'corpus' file name")
        has = [k for k in ("start", "end") if k in case]
        if has and (len(has) == 1 or not all(isinstance(case[k], int) for k in has) or case["start"] > case["end"]):
            out.append("'start' and 'end' must both be given, as offsets with start <= end")
    else:
        out.append("neither 'text' nor 'doc_id'")
    return out


def read_gold(path: Path) -> tuple[list[dict], list[str], bool]:
    """(well-formed cases, problems, is a link file) of one gold file."""
    try:
        cases = read_cases(path)
    except ValueError as exc:
        return [], [str(exc)], False
    good, problems = [], []
    for n, case in enumerate(cases, 1):
        found = case_problems(case)
        problems += [f"{path.name}, case {n}: {p}" for p in found]
        if not found:
            good.append(case)
    return good, problems, any(is_link_case(c) for c in good)


def load_known_misses(path: Path = KNOWN_MISSES) -> dict[str, str]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def gold_params(gold: Path, known: dict[str, str]) -> list:
    """One pytest.param(case, links) per well-formed case of gold/*.jsonl; known misses xfail strictly."""
    params = []
    for path in sorted(gold.glob("*.jsonl")):
        cases, _, links = read_gold(path)
        for case in cases:
            marks = [pytest.mark.xfail(strict=True, reason=known[case["id"]])] if case["id"] in known else []
            params.append(pytest.param(case, links, id=case["id"], marks=marks))
    return params


def resolved(case: dict, corpora: Path = CORPORA) -> dict:
    """The case with its text and date (and its article, when it points into part of one).

    Skips the test when the corpus file is absent."""
    found = resolve_case(case, corpora)
    if found is None:
        pytest.skip(f"{corpus_path(case, corpora).name} is absent from {corpora} (the corpora are never committed)")
    return found


KNOWN = load_known_misses()
GOLD_FILES = sorted(GOLD.glob("*.jsonl"))


@pytest.mark.parametrize(("case", "links"), gold_params(GOLD, KNOWN))
def test_gold_case(nlp, case, links):
    case = resolved(case)
    money = score([case], records_of=pipeline_records)
    assert not money.misses, f"amounts: expected {money.misses[0]['expected']}, got {money.misses[0]['predicted']}"
    if links:

        def records_of(t, d, title="", places=()):
            return text_records(nlp, repair_text(t)[0], d, case["id"], title=title, places=places)[0]

        found = score_links([case], records_of)
        assert found.exact == found.amounts, "\n".join(found.misses)


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_gold_file_is_well_formed(path):
    cases, problems, _ = read_gold(path)
    assert not problems
    assert cases


def test_gold_case_ids_are_unique():
    ids = [c["id"] for p in GOLD_FILES for c in read_gold(p)[0]]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


def test_gold_known_misses_name_gold_cases_and_say_why():
    ids = {c["id"] for p in GOLD_FILES for c in read_gold(p)[0]}
    assert sorted(set(KNOWN) - ids) == []
    assert all(isinstance(why, str) and why.strip() for why in KNOWN.values())


def test_gold_files_are_picked_up_by_format(tmp_path):
    money = {"id": "m-1", "text": "It paid 5 mln dlrs.", "amounts": [{"value": 5e6, "currency": "USD"}]}
    link = {
        "id": "l-1",
        "text": "Seoul will invest 10 trillion won in AI by 2023.",
        "date": "2019-04-29",
        "amounts": [{"value": 1e13, "currency": "KRW", "sectors": ["artificial_intelligence"], "years": [2023]}],
    }
    pointer = {
        "id": "p-1",
        "corpus": "reuters21578.jsonl.gz",
        "doc_id": "reuters-1",
        "start": 0,
        "end": 9,
        "amounts": [],
    }
    (tmp_path / "a_money.jsonl").write_text(json.dumps(money) + "\n" + json.dumps(pointer) + "\n")
    (tmp_path / "b_links.jsonl").write_text(json.dumps(link) + "\n\n")
    (tmp_path / "c_bad.jsonl").write_text('{"id": "x-1", "text": "no amounts"}\n{"id": "x-2", "amounts": []}\n')
    (tmp_path / "notes.json").write_text("{}")
    params = gold_params(tmp_path, {"l-1": "a reason"})
    assert [(p.id, p.values[1]) for p in params] == [("m-1", False), ("p-1", False), ("l-1", True)]
    assert [m.kwargs for m in params[2].marks] == [{"strict": True, "reason": "a reason"}]
    assert read_gold(tmp_path / "c_bad.jsonl")[1] == [
        "c_bad.jsonl, case 1: no 'amounts' list",
        "c_bad.jsonl, case 2: neither 'text' nor 'doc_id'",
    ]


def test_gold_case_text_comes_from_the_corpus_article(tmp_path):
    article = {"id": "bbc-business-1", "date": "2005-01-02", "text": "Headline Body: it paid $5m."}
    with gzip.open(tmp_path / "bbc-news.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "bbc-business-0", "text": "other"}) + "\n" + json.dumps(article) + "\n")
    case = {"id": "c", "corpus": "bbc-news.jsonl.gz", "doc_id": "bbc-business-1", "amounts": []}
    part = resolved({**case, "start": 15, "end": 27}, tmp_path)
    assert (part["text"], part["date"], part["article"]) == ("it paid $5m.", "2005-01-02", article["text"])
    whole = resolved({**case, "corpus": "bbc-news", "date": "2005-03-04"}, tmp_path)
    assert (whole["text"], whole["date"], "article" in whole) == (article["text"], "2005-03-04", False)
    with pytest.raises(pytest.skip.Exception, match="absent"):
        resolved({**case, "corpus": "reuters21578.jsonl.gz"}, tmp_path)


CASE_RECORDS = [
    # (article, the case's span in it, what the case's records are)
    # a sentence read in its article: the article names Canada, so its bare "dlrs" are CAD
    (
        "Bank of Canada figures out.\nLoans rose 20 mln dlrs in March. Deposits fell 3 mln dlrs.",
        (28, 61),
        [(20000000.0, "CAD")],
    ),
    # offsets after mojibake ("\u00c2\u00a3" is one "£" once repaired) still find the case's span
    ("A \u00c2\u00a35m fee. Then \u00c2\u00a37m more.", (12, 28), [(7000000.0, "GBP")]),
]


@pytest.mark.parametrize(("article", "span", "expected"), CASE_RECORDS)
def test_gold_case_records_reads_a_case_in_its_article(article, span, expected):
    from pipeline.evaluate import case_records

    start, end = span
    case = {"id": "c", "text": article[start:end], "article": article, "start": start, "end": end, "date": None}
    got = [(float(r["value"]), r["currency"]) for r in case_records(case, pipeline_records)]
    assert got == expected


def test_gold_score_links_reads_the_records_as_make_eval_does():
    # make eval scores links through pipeline.extract (typed by default): the cells must be read as text
    from pipeline.evaluate import score_links

    case = {
        "id": "l-2",
        "text": "Samsung will invest 10 trillion won in chips by 2030.",
        "date": "2019-04-29",
        "amounts": [{"value": 1e13, "currency": "KRW", "sectors": ["semiconductors"], "years": [2030]}],
    }
    found = score_links([case])
    assert (found.found, found.exact) == (1, 1)
