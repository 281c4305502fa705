"""A reviewer's corrections (corrections.jsonl, exported by report.html): read, applied to a run's
records, and matched to the records of a report.

One JSON object a line::

    {"doc_id": "reuters-17734", "start": 412, "end": 417, "mention": "9600B", "verdict": "wrong",
     "before": {"value": "9600000000000", "currency": "USD", "qualifier": "", "per": "", "sectors": [], "years": []},
     "after": null, "note": "a modem's model number", "timestamp": "2026-11-30T10:00:00.000Z",
     "sentence": "...", "sentence_id": 3, "sentence_start": 380, "doc_date": "1987-04-08", "others": [...]}

``verdict``: ``right`` (the record is right: it is flagged ``confirmed``), ``wrong`` with ``after``
(the fields to correct: value, currency, qualifier, per, sectors, years; the record is flagged
``corrected``), ``wrong`` without ``after`` (no amount at all: the record is removed), or
``missed`` (an amount the pipeline did not find, with its fields in ``after``: a record is added,
flagged ``corrected``). ``others`` lists the other amounts of the sentence as the report showed
them, for gold cases (``pipeline.correction_gold``). A later line about the same mention (same
article and offsets) replaces an earlier one.

A correction applies only while the article's text still holds the mention at its offsets (and
the sentence around it): one whose text changed is reported in run.json's ``corrections.stale``
and not applied. Applying is idempotent, so rows reused by ``--incremental`` stay right.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path

VERDICTS = ("right", "wrong", "missed")
FIELDS = ("value", "currency", "qualifier", "per", "sectors", "years", "value_min", "value_max")
_DECIMAL = re.compile(r"-?\d+(\.\d+)?")
_FX_FLAGS = ("fx_no_date", "fx_out_of_range", "fx_unknown_currency")
_GUARD = ("'=", "'+", "'-", "'@", "'\t", "'\r")


class CorrectionError(ValueError):
    """A corrections file is malformed; the message names the file and line."""


def _check(c: object, where: str) -> dict:
    if not isinstance(c, dict):
        raise CorrectionError(f"{where}: not a JSON object")
    for key, kind in (("doc_id", str), ("mention", str), ("start", int), ("end", int), ("verdict", str)):
        if not isinstance(c.get(key), kind) or isinstance(c.get(key), bool):
            raise CorrectionError(f"{where}: '{key}' missing or not a {kind.__name__}")
    if c["verdict"] not in VERDICTS:
        raise CorrectionError(f"{where}: verdict {c['verdict']!r} is not one of {', '.join(VERDICTS)}")
    after = c.get("after")
    if after is not None and not isinstance(after, dict):
        raise CorrectionError(f"{where}: 'after' must be an object or null")
    after = after or {}
    unknown = set(after) - set(FIELDS)
    if unknown:
        raise CorrectionError(f"{where}: 'after' has unknown fields {sorted(unknown)}; allowed: {', '.join(FIELDS)}")
    for key in ("value", "value_min", "value_max"):
        if key in after and not (isinstance(after[key], str) and _DECIMAL.fullmatch(after[key])):
            raise CorrectionError(f'{where}: after.{key} must be a plain decimal string such as "1500000"')
    if c["verdict"] == "missed" and not ({"value", "currency"} <= set(after)):
        raise CorrectionError(f"{where}: a missed amount needs after.value and after.currency")
    for key in ("sectors", "years"):
        if key in after and not isinstance(after[key], list):
            raise CorrectionError(f"{where}: after.{key} must be a list")
    return c


def read_corrections(path: Path) -> list[dict]:
    """The corrections of a file, the last one per mention, in file order."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionError(f"{path}: cannot read corrections ({exc})") from exc
    latest: dict[tuple, dict] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            c = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorrectionError(f"{path}, line {n}: not JSON ({exc.msg})") from None
        c = _check(c, f"{path}, line {n}")
        key = (c["doc_id"], c["start"], c["end"])
        latest.pop(key, None)
        latest[key] = c
    return list(latest.values())


def text_problem(text: str, c: dict) -> str:
    """Why a correction no longer fits its article's text ('' when it fits)."""
    if text[c["start"] : c["end"]] != c["mention"]:
        return f"the text at {c['start']}-{c['end']} is now {text[c['start'] : c['end']]!r}, not {c['mention']!r}"
    sentence, start = c.get("sentence"), c.get("sentence_start")
    if isinstance(sentence, str) and isinstance(start, int) and start >= 0:
        if text[start : start + len(sentence)] != sentence:
            return "the sentence around the mention changed"
    return ""


def _unguard(text: str) -> str:
    return text[1:] if isinstance(text, str) and text.startswith(_GUARD) else text


def _flags(row: dict, add: tuple = (), drop: tuple = ()) -> None:
    flags = set(filter(None, row.get("flags", "").split("|")))
    row["flags"] = "|".join(sorted((flags - set(drop)) | set(add)))


class Corrector:
    """Applies a file's corrections to the records of the articles it names, during a run."""

    def __init__(
        self,
        path: Path,
        convert_to: str | None = "USD",
        fx_date: str | None = None,
        taxonomy: str | None = None,
        extend_taxonomy: bool = True,
    ):
        self.path = Path(path)
        self.by_doc: dict[str, list[dict]] = defaultdict(list)
        for c in read_corrections(self.path):
            self.by_doc[c["doc_id"]].append(c)
        self.convert_to, self.fx_date = convert_to, fx_date
        self.taxonomy, self.extend = taxonomy, extend_taxonomy
        self._isic: dict[str, tuple[str, ...]] | None = None
        self.texts: dict[str, str] = {}
        self.seen: set[str] = set()
        self.counts = dict.fromkeys(("confirmed", "corrected", "removed", "added"), 0)
        self.stale: list[dict] = []

    def wants(self, doc_id: str) -> bool:
        return doc_id in self.by_doc

    def note(self, article) -> None:
        """Keep the text of an article that a correction names (only those)."""
        if article.doc_id in self.by_doc:
            self.texts[article.doc_id] = article.text

    def digest(self, doc_id: str, content_hash: str) -> str:
        """An article's content hash with its corrections in it: --incremental redoes an article
        whose corrections changed."""
        if doc_id not in self.by_doc:
            return content_hash
        mine = json.dumps(self.by_doc[doc_id], sort_keys=True).encode()
        return hashlib.sha256(content_hash.encode() + b"\0" + mine).hexdigest()

    def isic(self, sectors: list[str]) -> str:
        if self._isic is None:
            from .sectors import load_taxonomy

            self._isic = {s.id: s.isic for s in load_taxonomy(self.taxonomy, self.extend)}
        return "|".join(dict.fromkeys(code for s in sectors for code in self._isic.get(s, ())))

    def _set(self, row: dict, after: dict) -> None:
        before = (row.get("value"), row.get("currency"))
        for key in ("value", "currency", "qualifier", "per", "value_min", "value_max"):
            if key in after:
                row[key] = str(after[key])
        if "value" in after and not {"value_min", "value_max"} & set(after) and row.get("value_min"):
            row["value_min"] = row["value_max"] = ""
            _flags(row, drop=("range",))
        if "sectors" in after:
            row["sectors"] = "|".join(after["sectors"])
            row["isic"] = self.isic(after["sectors"])
        if "years" in after:
            roles = dict(zip(row.get("years", "").split("|"), row.get("year_role", "").split("|"), strict=False))
            years = [str(y) for y in after["years"]]
            row["years"] = "|".join(years)
            row["year_role"] = "|".join(roles.get(y) or "reviewed" for y in years)
        if (row.get("value"), row.get("currency")) != before or "value_min" in after or "value_max" in after:
            from .fx import FX_COLUMNS, convert_records

            row.update(dict.fromkeys(FX_COLUMNS, ""))
            _flags(row, drop=_FX_FLAGS)
            convert_records([row], self.convert_to, self.fx_date)

    def _new_row(self, c: dict, fields: dict, columns: list[str], date: str) -> dict:
        row = dict.fromkeys(columns, "")
        row.update(
            {
                "doc_id": c["doc_id"],
                "sentence_id": c.get("sentence_id", ""),
                "start": c["start"],
                "end": c["end"],
                "mention": c["mention"],
                "sentence": c.get("sentence", ""),
                "doc_date": c.get("doc_date") or date,
                "value": "0",
                "currency": "",
            }
        )
        self._set(row, {k: v for k, v in fields.items() if v not in ("", [], None)} | {"value": str(fields["value"])})
        return row

    def apply(self, doc_id: str, records: list, columns: list[str]) -> list[dict]:
        """The records of one article with its corrections applied (rows as dicts, or as lists in
        ``columns`` order, as pool workers send them)."""
        self.seen.add(doc_id)
        rows = [dict(zip(columns, r, strict=True)) if isinstance(r, list) else dict(r) for r in records]
        text = self.texts.pop(doc_id, None)
        date = next((r.get("doc_date", "") for r in rows if r.get("doc_date")), "")
        for c in self.by_doc.get(doc_id, []):
            problem = "the article was not read" if text is None else text_problem(text, c)
            if problem:
                self.stale.append(
                    {"doc_id": doc_id, "start": c["start"], "end": c["end"], "mention": c["mention"], "why": problem}
                )
                continue
            at = next(
                (i for i, r in enumerate(rows) if int(r["start"]) == c["start"] and int(r["end"]) == c["end"]), None
            )
            after = c.get("after") or {}
            if c["verdict"] == "wrong" and not after:
                if at is not None:
                    del rows[at]
                    self.counts["removed"] += 1
                continue
            if c["verdict"] == "right" and at is not None:
                _flags(rows[at], add=("confirmed",))
                self.counts["confirmed"] += 1
                continue
            if at is None:
                fields = {**(c.get("before") or {}), **after}
                if "value" not in fields:
                    continue
                rows.append(self._new_row(c, fields, columns, date))
                at = len(rows) - 1
                self.counts["added"] += 1
            else:
                self.counts["corrected"] += 1
            self._set(rows[at], after)
            _flags(rows[at], add=("corrected",))
        rows.sort(key=lambda r: (int(r["start"]), int(r["end"])))
        return rows

    def report(self) -> dict:
        """What was done, for run.json."""
        named = sum(len(v) for v in self.by_doc.values())
        return {
            "file": str(self.path.resolve()),
            "corrections": named,
            **self.counts,
            "stale": self.stale,
            "articles_not_in_run": sorted(set(self.by_doc) - self.seen),
        }


def touched_records(df, path: Path) -> tuple[dict[int, dict], str]:
    """Which records of a report a corrections file touches: {row position: {status, summary}} and
    a note for the page. Status: the verdict, or 'stale' when the record's mention no longer
    matches (the text or the run changed)."""
    import html

    corrections = read_corrections(path)
    df = df.reset_index(drop=True)
    keys = zip(df["doc_id"], df["start"].astype(int), df["end"].astype(int), strict=True)
    where = {key: i for i, key in enumerate(keys)}
    touched: dict[int, dict] = {}
    missing = 0
    for c in corrections:
        i = where.get((c["doc_id"], c["start"], c["end"]))
        if i is None:
            missing += 1
            continue
        status = c["verdict"] if _unguard(df.at[i, "mention"]) == c["mention"] else "stale"
        after = c.get("after") or {}
        summary = ", ".join(f"{k}: {v}" for k, v in after.items()) or (
            "not an amount" if c["verdict"] == "wrong" else "right"
        )
        touched[i] = {"status": status, "summary": summary + (f" ({c['note']})" if c.get("note") else "")}
    note = (
        f"<p id='corrections-file' class='note'>Corrections file <code>{html.escape(str(path))}</code>: "
        f"{len(corrections):,} corrections, {len(touched):,} records of this run touched "
        f"(view <a href='#marked'>Marked &amp; corrected</a>), {missing:,} name no record here "
        "(removed by the correction, or another run).</p>"
    )
    return touched, note
