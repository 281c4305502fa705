"""Turn annotated Docs into plain records: one per amount, and one per mention of any kind.

This module owns the rows: ``doc_records`` makes the row dicts of one Doc that has been through the
pipeline (``annotate``), ``pieces_records`` those of a text annotated in pieces. It runs no stage,
and writes nothing: the CSV columns and the writer are ``export``'s.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from decimal import Decimal

from spacy.tokens import Doc

from .export import DECIMAL_COLUMNS
from .extensions import doc_text, doc_value, span_value
from .sentences import sentence_bounds

SENTENCE_WINDOW = 400  # characters of the sentence kept in a record's ``sentence`` cell, around the mention


def sentence_window(text: str, s0: int, s1: int, start: int, end: int, size: int = SENTENCE_WINDOW) -> str:
    """The sentence text[s0:s1] for a record, stripped; a longer one is cut to about ``size``
    characters around the mention text[start:end], at spaces, with "…" where it was cut: a price
    list of 4,000 lines is one "sentence", which every one of its records would otherwise carry.

    >>> sentence_window("It paid $5 million.", 0, 19, 8, 18)
    'It paid $5 million.'
    >>> sentence_window("a " * 50 + "paid $5 " + "b " * 50, 0, 208, 105, 107, size=20)
    '… a paid $5 b b b b …'
    """
    if s1 - s0 > size:  # the bounds of the stripped sentence, as a short one is measured
        while s0 < start and text[s0].isspace():
            s0 += 1
        while s1 > end and text[s1 - 1].isspace():
            s1 -= 1
    if s1 - s0 <= size:
        return text[s0:s1].strip()
    room = max(0, size - (end - start)) // 2
    lo, hi = max(s0, start - room), min(s1, end + room)
    if lo > s0:
        cut = text.find(" ", lo, start)
        lo = cut + 1 if cut >= 0 else lo
    if hi < s1:
        cut = text.rfind(" ", end, hi)
        hi = cut if cut >= 0 else hi
    window = text[lo:hi].strip()
    before = "… " if lo > s0 and text[s0:lo].strip() else ""
    return before + window + (" …" if hi < s1 and text[hi:s1].strip() else "")


def _join(items) -> str:
    return "|".join(str(i) for i in items)


def _years(n: int | None) -> str:
    """A duration as the records write it: "5 years", "1 year"; "" for "several years"."""
    return "" if n is None else "1 year" if n == 1 else f"{n} years"


def actor_label(actor: str, start: int, places: dict[int, set[str]]) -> str:
    """GPE when the actor is a place named by ``news_places`` ("South Korea", "Seoul"), else ACTOR
    (an organisation, a person or a group of people: rules cannot tell them apart). ``places`` maps
    each place's first character to its texts (``place_texts``)."""
    return "GPE" if actor in places.get(start, ()) else "ACTOR"


def place_texts(doc: Doc) -> dict[int, set[str]]:
    """The texts of the Doc's places by where they start, read once per Doc."""
    out: dict[int, set[str]] = {}
    text = doc_text(doc)  # the text's characters, as an actor's ("South\nKorea")
    for sp in doc.spans.get("places", []):
        out.setdefault(sp.start_char, set()).add(text[sp.start_char : sp.end_char])
    return out


def doc_records(doc: Doc, doc_id: str, isic: dict[str, tuple[str, ...]] | None = None) -> tuple[list[dict], list[dict]]:
    """(records, mentions) of one processed Doc; ``isic`` maps sector ids to ISIC divisions."""
    isic = isic or {}
    bounds = sentence_bounds(doc)
    starts = [s for s, _ in bounds]
    text = doc_text(doc)
    date = doc_value(doc, "date") or ""

    def sent_of(char: int) -> int:
        return max(0, bisect_right(starts, char) - 1)

    records, mentions = [], []
    actors: dict[tuple[int, int], dict] = {}  # one actor mention per actor span, however many amounts it has
    places = place_texts(doc)
    for span in doc.spans.get("money", []):
        m = span_value(span, "money")
        links = span_value(span, "links") or {"sectors": [], "years": [], "link": ""}
        years, roles, durations, flags = [], [], [], [*m["flags"], *links.get("flags", [])]
        for y in links["years"]:
            if y["role"] == "duration":
                if y["duration"] is not None:
                    durations.append(_years(y["duration"]))
                continue
            flags += y["flags"]
            for year in y["years"]:
                if year not in years:
                    years.append(year)
                    roles.append(y["role"])
        sid = sent_of(m["start"])
        s0, s1 = bounds[sid]
        records.append(
            {
                "doc_id": doc_id,
                "sentence_id": sid,
                "start": m["start"],
                "end": m["end"],
                "mention": m["mention"],
                "value": m["value"],
                "currency": m["currency"],
                "qualifier": m["qualifier"],
                "per": m["per"],
                "sectors": _join(links["sectors"]),
                "years": _join(years),
                "year_role": _join(roles),
                "flags": _join(sorted(set(flags))),
                "sentence": sentence_window(text, s0, s1, m["start"], m["end"]),
                "value_min": m["value_min"] or "",
                "value_max": m["value_max"] or "",
                "duration": _join(durations),
                "link": links["link"],
                "doc_date": date,
                "isic": _join(dict.fromkeys(code for sector in links["sectors"] for code in isic.get(sector, ()))),
            }
        )
        mentions.append(
            {
                "doc_id": doc_id,
                "sentence_id": sid,
                "kind": "money",
                "start": m["start"],
                "end": m["end"],
                "mention": m["mention"],
                "normalised": f"{m['value']} {m['currency']}",
                "label": "MONEY",
            }
        )
        kinds = span_value(span, "kinds")
        if kinds is not None:
            records[-1].update(kinds)
            if kinds["actor"] and (kinds["actor_start"], kinds["actor_end"]) not in actors:
                actors[(kinds["actor_start"], kinds["actor_end"])] = {
                    "doc_id": doc_id,
                    "sentence_id": sent_of(kinds["actor_start"]),
                    "kind": "actor",
                    "start": kinds["actor_start"],
                    "end": kinds["actor_end"],
                    "mention": kinds["actor"],
                    "normalised": kinds["country"],
                    "label": actor_label(kinds["actor"], kinds["actor_start"], places),
                }
    mentions += actors.values()
    for span in doc.spans.get("sectors", []):
        start = span.start_char
        mentions.append(
            {
                "doc_id": doc_id,
                "sentence_id": sent_of(start),
                "kind": "sector",
                "start": start,
                "end": span.end_char,
                "mention": text[start : span.end_char],
                "normalised": span.id_,
                "label": "SECTOR",
            }
        )
    for span in doc.spans.get("years", []):
        y = span_value(span, "year")
        norm = _years(y["duration"]) if y["role"] == "duration" else _join(y["years"])
        mentions.append(
            {
                "doc_id": doc_id,
                "sentence_id": sent_of(y["start"]),
                "kind": "year",
                "start": y["start"],
                "end": y["end"],
                "mention": text[y["start"] : y["end"]],
                "normalised": norm,
                "label": y["role"],
            }
        )
    mentions.sort(key=lambda r: (r["start"], r["kind"]))
    return records, mentions


def pieces_records(
    pieces: Iterable[tuple[int, Doc]], doc_id: str, isic: dict[str, tuple[str, ...]] | None = None
) -> tuple[list[dict], list[dict], int]:
    """(records, mentions, tokens) of one text from the Docs of its pieces, ``(start, Doc)`` pairs
    in text order (``annotate.annotate_text``): offsets count from the start of the text and
    sentence ids go on from one piece to the next."""
    records: list[dict] = []
    mentions: list[dict] = []
    tokens = sentences = 0
    for lo, doc in pieces:
        recs, ments = doc_records(doc, doc_id, isic)
        if lo or sentences:
            for row in (*recs, *ments):
                row["start"] += lo
                row["end"] += lo
                row["sentence_id"] += sentences
            for row in recs:
                if row.get("actor_start", "") != "":
                    row["actor_start"] += lo
                    row["actor_end"] += lo
        records += recs
        mentions += ments
        tokens += len(doc)
        sentences += len(sentence_bounds(doc))
    return records, mentions, tokens


_INTS = ("sentence_id", "start", "end")
_LISTS = ("sectors", "year_role", "flags", "duration", "isic")


def typed_record(record: dict) -> dict:
    """A record with typed values (what ``pipeline.extract`` returns): Decimal amounts and rates
    (None when empty), int offsets, lists for the list columns, years as ints.

    >>> r = typed_record({"start": "3", "value": "5000000", "value_min": "", "years": "2019|2020", "flags": ""})
    >>> r["start"], r["value"], r["value_min"], r["years"], r["flags"]
    (3, Decimal('5000000'), None, [2019, 2020], [])
    """
    out = dict(record)
    for key in _INTS:
        if key in out and out[key] != "":
            out[key] = int(out[key])
    for key in DECIMAL_COLUMNS:
        if key in out:
            out[key] = Decimal(str(out[key])) if out[key] not in ("", None) else None
    for key in _LISTS:
        if key in out:
            out[key] = [v for v in str(out[key] or "").split("|") if v]
    if "years" in out:
        out["years"] = [int(y) for y in str(out["years"] or "").split("|") if y]
    for key in ("doc_date", "converted_currency", "fx_date"):
        if key in out and out[key] == "":
            out[key] = None
    return out
