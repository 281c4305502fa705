"""How the gold annotators decided a word, counted over tests/gold (no pipeline run): the evidence
behind a lexicon choice that the README cites.

    python scripts/gold_counts.py trigger fund              # kinds of the amounts whose trigger is "fund"
    python scripts/gold_counts.py sector "box office" media  # amounts in texts with the words: with the sector or not
    python scripts/gold_counts.py actor film took            # amounts after "film ... took": actor the film?
    python scripts/gold_counts.py year "year to"             # amounts in dated texts with the words: the date's year?
    python scripts/gold_counts.py country Yugoslavia          # amounts in texts with the words, by their country
    python scripts/gold_counts.py table "4TH QTR LOSS"       # earnings-table amounts under such a headline: years?
    python scripts/gold_counts.py headline                   # a table's headline against its note: whose years?
    python scripts/gold_counts.py day                        # amounts in a sentence with a month and its day: dated?
    python scripts/gold_counts.py step                       # "rose X to Y": does the step X have Y's years?
    python scripts/gold_counts.py standin company            # a sentence opening "The company": whose money?
    python scripts/gold_counts.py payout                     # dividend rows over a "Pay" or "Record" line: dated?
    python scripts/gold_counts.py contract                   # "July was up 13 cents at 6.78 dlrs": which year?
    python scripts/gold_counts.py balance                    # a bare "deficit" or "surplus": the kind by its sentence
    python scripts/gold_counts.py season                     # "over Christmas", "Christmas sales": the season's year?
    python scripts/gold_counts.py since                      # a year in "since X signed ... in 2022": an amount's?

Corpus cases are read from ../shared/corpora when it is there (their texts are not stored in the gold);
without it they are left out, and the counts say how many cases were read.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from pipeline import lexicon
from pipeline.evaluate import load_cases
from pipeline.holiday_years import holiday_periods
from pipeline.kinds_balances import balance_reading, balance_word
from pipeline.kinds_tables import table_kind
from pipeline.month_years import _months, contract_month
from pipeline.table_years import COLUMN_SEPARATOR, headline_year, notes_year, payout_year, period_year
from pipeline.year_bases import is_history

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"


def cases() -> list[dict]:
    return [case for path in sorted(GOLD.glob("*.jsonl")) for case in load_cases(path)]


def trigger_kinds(found: list[dict], trigger: str) -> Counter[str]:
    """The kinds of the gold amounts whose trigger is ``trigger`` (any case)."""
    return Counter(
        a["kind"] for c in found for a in c["amounts"] if "kind" in a and (a.get("trigger") or "").lower() == trigger
    )


def sector_split(found: list[dict], words: str, sector: str) -> Counter[bool]:
    """Of the gold amounts with sectors in texts that hold ``words``, how many carry ``sector``."""
    pattern = re.compile(rf"\b{re.escape(words)}\b", re.IGNORECASE)
    return Counter(
        sector in a["sectors"] for c in found if pattern.search(c["text"]) for a in c["amounts"] if "sectors" in a
    )


def year_split(found: list[dict], words: str) -> Counter[str]:
    """Of the gold amounts with years in dated texts that hold ``words`` and no calendar year
    ("in the year to April"), how many have the date's year alone, none, or other years."""
    pattern, calendar = re.compile(rf"\b{re.escape(words)}\b", re.IGNORECASE), re.compile(r"\b(?:19|20)\d\d\b")
    out: Counter[str] = Counter()
    for c in found:
        if not c.get("date") or not pattern.search(c["text"]) or calendar.search(c["text"]):
            continue
        for a in c["amounts"]:
            if "years" in a:
                out["date" if a["years"] == [int(c["date"][:4])] else "none" if not a["years"] else "other"] += 1
    return out


def country_split(found: list[dict], words: str) -> Counter[str]:
    """The countries ("" for none) of the gold amounts with a country field in texts that hold ``words``."""
    pattern = re.compile(rf"\b{re.escape(words)}\b", re.IGNORECASE)
    return Counter(
        a["country"] or "" for c in found if pattern.search(c["text"]) for a in c["amounts"] if "country" in a
    )


def _actor(case: dict, amount: dict) -> str:
    """A gold amount's actor: its text, or the case's text at its offsets ("" when it has none)."""
    actor = amount.get("actor")
    if actor is None:
        actor = case["text"][amount["actor_start"] : amount["actor_end"]] if amount["actor_start"] >= 0 else ""
    return actor


def actor_split(found: list[dict], noun: str, verb: str) -> Counter[str]:
    """Of the gold amounts with an actor field after ``noun`` and then ``verb`` in their text ("The movie,
    which stars ..., took $28.5m"), how many have an actor that ends with the noun, none, or another."""
    pattern = re.compile(rf"\b{re.escape(noun)}\b[^.]*?\b{re.escape(verb)}\b", re.IGNORECASE)
    out: Counter[str] = Counter()
    for c in found:
        for m in pattern.finditer(c["text"]):
            for a in c["amounts"]:
                if a.get("start", -1) < m.end() or "actor_start" not in a and "actor" not in a:
                    continue
                actor = _actor(c, a)
                out["noun" if actor.lower().endswith(noun.lower()) else "none" if not actor else "other"] += 1
    return out


def table_split(found: list[dict], words: str) -> Counter[str]:
    """Of the gold amounts in a newswire earnings table ("Shr 16 cts vs 22 cts") whose article's title
    ends with ``words`` ("ACME INC 4TH QTR LOSS") and whose own lines name no period
    (``table_years.period_year`` finds none), how many have years and how many none: whether the
    annotators dated a table's columns by its headline alone."""
    ending = re.compile(rf"\b{re.escape(words)}\s*$", re.IGNORECASE)
    rows = re.compile(r"\bvs\.?\s")
    return Counter(
        "years" if a["years"] else "none"
        for c in found
        if ending.search(c.get("title") or "")
        and rows.search(c["text"])
        and period_year(c["text"], c.get("date")) is None
        for a in c["amounts"]
        if "years" in a
    )


def headline_split(found: list[dict]) -> Counter[str]:
    """Of the gold amounts in a newswire earnings table's "vs" rows whose headline and note give the
    period different years (``table_years.headline_year`` against ``notes_year``) where no header line
    overrules the headline (``period_year`` takes the headline's), how many have the headline's column
    year, the note's, none or another."""
    out: Counter[str] = Counter()
    for c in found:
        date, text = c.get("date"), c["text"]
        if not date or not COLUMN_SEPARATOR.search(text):
            continue
        title = c.get("title") or ""
        note, headline = notes_year(text, date), headline_year(title, date)
        if note is None or headline is None or note == headline or period_year(text, date, title) != headline:
            continue
        for a in c["amounts"]:
            line_start = text.rfind("\n", 0, a["start"]) + 1
            line_end = text.find("\n", a["start"])
            vs = COLUMN_SEPARATOR.search(text, line_start, line_end if line_end >= 0 else len(text))
            if "years" not in a or vs is None:
                continue
            back = 0 if a["start"] < vs.start() else 1  # the column after "vs" is the year before
            years = a["years"]
            out[
                "headline"
                if years == [headline - back]
                else "note"
                if years == [note - back]
                else "none"
                if not years
                else "other"
            ] += 1
    return out


_CALENDAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])|\n\s*\n")


def _sentence(text: str, at: int) -> str:
    """The sentence of ``text`` around offset ``at``."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _SENTENCE_END.search(text, at)
    return text[start : end.start() if end else len(text)]


def day_split(found: list[dict]) -> Counter[str]:
    """Of the gold amounts with years in dated texts whose sentence names a month with its day ("at
    its tender on March 4") and no calendar year, how many have the date's year alone, none, or others."""
    months = lexicon.alternation(lexicon.load("years.json")["months"])
    day = re.compile(rf"\b(?:{months})\.?\s+\d{{1,2}}\b", re.IGNORECASE)
    out: Counter[str] = Counter()
    for c in found:
        for a in c["amounts"] if c.get("date") else ():
            if "years" not in a or "start" not in a:
                continue
            sentence = _sentence(c["text"], a["start"])
            if day.search(sentence) and not _CALENDAR.search(sentence):
                year = int(c["date"][:4])
                out["date" if a["years"] == [year] else "none" if not a["years"] else "other"] += 1
    return out


def step_split(found: list[dict]) -> Counter[str]:
    """Of the gold amounts right after a word of years.json ``step_leads`` and right before " to " and
    another gold amount with years ("rose 10.2 billion marks to 58.5 billion in 1986"), how many have
    the second amount's years, none, or others."""
    leads = re.compile(
        rf"\b(?:{lexicon.alternation(lexicon.load('years.json')['step_leads'])})\s+(?:by\s+)?$", re.IGNORECASE
    )
    out: Counter[str] = Counter()
    for c in found:
        placed = sorted((a for a in c["amounts"] if "start" in a and "years" in a), key=lambda a: a["start"])
        for first, second in zip(placed, placed[1:], strict=False):
            text = c["text"]
            if second["years"] and re.fullmatch(r"\s+to\s+", text[first["end"] : second["start"]]):
                if leads.search(text[max(0, first["start"] - 30) : first["start"]]):
                    years = first["years"]
                    out["same" if years == second["years"] else "none" if not years else "other"] += 1
    return out


def standin_split(found: list[dict], noun: str) -> Counter[str]:
    """Of the gold amounts with an actor in a sentence that opens with "The <noun>" ("... said it will
    invest 30 billion won. The company plans to raise ..."; a corpus case's text is often that
    sentence alone), how many have that phrase as their actor, none, or another (the name it stands for)."""
    opening = re.compile(rf"[\"'‘“]*the\s+{re.escape(noun)}\b", re.IGNORECASE)
    out: Counter[str] = Counter()
    for c in found:
        for a in c["amounts"]:
            if "actor_start" not in a and "actor" not in a or "start" not in a:
                continue
            sentence = _sentence(c["text"], a["start"])
            if opening.match(sentence):
                actor = " ".join(_actor(c, a).lower().split())
                out["self" if actor == f"the {noun.lower()}" else "none" if not actor else "other"] += 1
    return out


def payout_split(found: list[dict]) -> Counter[str]:
    """Of the gold amounts in a dividend row that a "Pay" or "Record" line follows ("Qtly div 28 cts vs
    25 cts prior" over "Pay April 30"; ``table_years.payout_year``), how many have years: the declared
    figure (the row's first) and the prior one (after it)."""
    out: Counter[str] = Counter()
    for c in found:
        text, rows = c["text"], {}
        for a in c["amounts"]:
            if "start" in a and "years" in a:
                rows.setdefault(text.rfind("\n", 0, a["start"]) + 1, []).append(a)
        for line, amounts in rows.items():
            amounts.sort(key=lambda a: a["start"])
            end = text.find("\n", amounts[0]["start"])
            row = table_kind(text, line, amounts[0]["start"])
            if (
                row is None
                or row[0] != "dividend"
                or payout_year(text, len(text) if end < 0 else end, c.get("date")) is None
            ):
                continue
            for n, a in enumerate(amounts):
                out[("declared" if n == 0 else "prior") + (" dated" if a["years"] else " none")] += 1
    return out


def contract_split(found: list[dict]) -> Counter[str]:
    """Of the gold amounts with years in dated texts after a futures month that opens its clause with a
    price move ("July was up 13.1 cents at 6.785 dlrs": ``month_years.contract_month``) and has not
    begun by the date, in the same sentence, how many have the date's year, none, the next or another."""
    months = _months()
    names = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(months, key=len, reverse=True)))})")
    out: Counter[str] = Counter()
    for c in found:
        date, text = c.get("date"), c["text"]
        for a in c["amounts"] if date else ():
            if "years" not in a or "start" not in a:
                continue
            lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, a["start"])), default=0)
            if any(
                contract_month(text, m.start(), m.end()) and months[m.group(0)] > int(date[5:7])
                for m in names.finditer(text, lo, a["start"])
            ):
                year, years = int(date[:4]), a["years"]
                nxt = "next" if years == [year + 1] else "other"
                out["date" if years == [year] else "none" if not years else nxt] += 1
    return out


def balance_split(found: list[dict]) -> Counter[str]:
    """Of the gold amounts whose trigger is a bare balance word ("deficit", "surplus"), the pairs of
    what their sentence reads them as (``kinds_balances.balance_reading``) and the gold's kind."""
    out: Counter[str] = Counter()
    for c in found:
        for a in c["amounts"]:
            trigger = (a.get("trigger") or "").lower()
            if "kind" in a and "start" in a and balance_word(trigger):
                read = balance_reading(_sentence(c["text"], a["start"]), trigger, "trade")
                out[f"{read} -> {a['kind']}"] += 1
    return out


def season_split(found: list[dict]) -> Counter[str]:
    """Of the gold amounts in dated texts that name a selling season ("Christmas", "festive season";
    share prices left out), how many carry the year ``holiday_years`` reads: in texts where a lead or
    a head makes the season a time ("over Christmas", "Christmas sales"), and in the others."""
    out: Counter[str] = Counter()
    season = re.compile(r"Christmas|festive|holiday season", re.IGNORECASE)
    for c in found:
        text, date = c["text"], c.get("date")
        if not date or not season.search(text):
            continue
        years = {y for _, _, y in holiday_periods(text, date, lambda s, e: True)}
        for a in c["amounts"]:
            if "years" not in a or (a.get("kind") == "price" and re.search(r"\bshares?\b", text, re.IGNORECASE)):
                continue
            if years:
                out["led dated" if set(a["years"]) & years else "led other"] += 1
            else:
                out["bare dated" if a["years"] else "bare none"] += 1
    return out


def since_split(found: list[dict]) -> Counter[str]:
    """Of the calendar years in gold texts that ``year_bases.is_history`` reads as something else's
    time ("since the two countries signed a framework agreement in 2022", "delayed since 2019"), how
    many are a year of an amount of the text."""
    out: Counter[str] = Counter()
    for c in found:
        text = c["text"]
        years = {y for a in c["amounts"] for y in a.get("years") or []}
        for m in re.finditer(r"\b(?:19|20)\d\d\b", text):
            if is_history(text.lower(), m.start()):
                out["an amount's" if int(m.group()) in years else "none's"] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    sub.add_parser("trigger").add_argument("word")
    sec = sub.add_parser("sector")
    sec.add_argument("words")
    sec.add_argument("sector")
    sub.add_parser("year").add_argument("words")
    sub.add_parser("country").add_argument("words")
    sub.add_parser("table").add_argument("words")
    sub.add_parser("headline")
    sub.add_parser("day")
    sub.add_parser("step")
    sub.add_parser("standin").add_argument("noun")
    sub.add_parser("payout")
    sub.add_parser("contract")
    sub.add_parser("balance")
    sub.add_parser("season")
    sub.add_parser("since")
    act = sub.add_parser("actor")
    act.add_argument("noun")
    act.add_argument("verb")
    args = ap.parse_args()
    found = cases()
    print(f"{len(found)} gold cases read")
    if args.what == "trigger":
        for kind, n in trigger_kinds(found, args.word.lower()).most_common():
            print(f"  {kind}: {n}")
    elif args.what == "year":
        split = year_split(found, args.words)
        print(f"  the date's year: {split['date']}, none: {split['none']}, other years: {split['other']}")
    elif args.what == "country":
        print("  " + ", ".join(f"{code or 'none'}: {n}" for code, n in country_split(found, args.words).most_common()))
    elif args.what == "table":
        split = table_split(found, args.words)
        print(f"  with years: {split['years']}, none: {split['none']}")
    elif args.what == "headline":
        split = headline_split(found)
        print(f"  the headline's: {split['headline']}, the note's: {split['note']}, none: {split['none']}", end="")
        print(f", other: {split['other']}")
    elif args.what == "day":
        split = day_split(found)
        print(f"  the date's year: {split['date']}, none: {split['none']}, other years: {split['other']}")
    elif args.what == "step":
        split = step_split(found)
        print(f"  the level's years: {split['same']}, none: {split['none']}, other years: {split['other']}")
    elif args.what == "standin":
        split = standin_split(found, args.noun)
        print(f"  the phrase itself: {split['self']}, none: {split['none']}, another: {split['other']}")
    elif args.what == "payout":
        split = payout_split(found)
        print(f"  declared: dated {split['declared dated']}, none {split['declared none']}; ", end="")
        print(f"prior: dated {split['prior dated']}, none {split['prior none']}")
    elif args.what == "contract":
        split = contract_split(found)
        print(f"  the date's year: {split['date']}, none: {split['none']}, ", end="")
        print(f"the next: {split['next']}, other: {split['other']}")
    elif args.what == "balance":
        pairs = sorted(balance_split(found).items())
        print("  read as -> the gold's kind: " + ", ".join(f"{k}: {n}" for k, n in pairs))
    elif args.what == "season":
        split = season_split(found)
        print(f"  with a lead or head: the season's year {split['led dated']}, not {split['led other']}; ", end="")
        print(f"without: dated {split['bare dated']}, none {split['bare none']}")
    elif args.what == "since":
        split = since_split(found)
        amounts, nones = split["an amount's"], split["none's"]
        print(f"  years read as another's time: an amount's {amounts}, none's {nones}")
    elif args.what == "actor":
        split = actor_split(found, args.noun, args.verb)
        print(f"  actor ends with {args.noun!r}: {split['noun']}, no actor: {split['none']}, another: {split['other']}")
    else:
        split = sector_split(found, args.words, args.sector)
        print(f"  with {args.sector}: {split[True]}, without: {split[False]}")


if __name__ == "__main__":
    main()
