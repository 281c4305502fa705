"""Link each amount to the sectors and years it concerns: the ``news_linker`` stage.

Without a parser, a sentence is cut by its amounts: the words after an amount, up to the next
amount, are that amount's own clause; the words before the first amount (the sentence's lead,
usually its subject and fronted adverbials: "Since 2019, the government ...") belong to the
first amount. An amount with no sectors (or no years) in its own clause falls back to the
sentence lead, and the record says so (``link`` = sentence). Nothing is taken across a strong
clause boundary (``lexicons/clauses.json``) or from another sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .lexicons import load_json
from .sentences import sentence_bounds
from .extensions import doc_text


@dataclass
class Item:
    start: int
    end: int
    value: object  # sector id, or a year dict


@dataclass
class Links:
    sectors: list[str] = field(default_factory=list)
    years: list[dict] = field(default_factory=list)
    link: str = ""


@lru_cache(maxsize=1)
def _boundary() -> re.Pattern:
    data = load_json("clauses.json")
    alt = lambda xs: "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True))  # noqa: E731
    return re.compile(
        rf"[{''.join(re.escape(p) for p in data['punct'])}]|,\s*(?:{alt(data['coordinators'])})\s+(?:{alt(data['openers'])})\b",
        re.IGNORECASE,
    )


def boundaries(text: str, start: int, end: int) -> list[int]:
    """Offsets of strong clause boundaries in text[start:end]."""
    return [m.start() for m in _boundary().finditer(text, start, end)]


def link_sentence(text: str, sent: tuple[int, int], amounts: list[tuple[int, int]],
                  sectors: list[Item], years: list[Item], primary: list[int] | None = None) -> list[Links]:
    """Links for the amounts of one sentence (character offsets into ``text``).

    ``primary[i]`` is the index of the amount that amount i converts (its links are copied), or i.
    """
    s0, s1 = sent
    cuts = boundaries(text, s0, s1)
    own_amounts = [i for i in range(len(amounts)) if primary is None or primary[i] == i]
    out = [Links() for _ in amounts]
    first = amounts[own_amounts[0]][0] if own_amounts else s1
    for n, i in enumerate(own_amounts):
        a_start, a_end = amounts[i]
        nxt = amounts[own_amounts[n + 1]][0] if n + 1 < len(own_amounts) else s1
        after_cut = min([c for c in cuts if c >= a_end] + [nxt])
        regions = [(a_end, after_cut)]
        lead_lo = max([s0] + [c for c in cuts if c < first])
        if n == 0:
            regions.append((lead_lo, a_start))
        # the lead is shared only with amounts that no boundary separates from it
        lead = (lead_lo, first) if not [c for c in cuts if first <= c < a_start] else None

        def pick(items: list[Item]) -> tuple[list[Item], str]:
            own = [it for it in items if any(lo <= it.start < hi for lo, hi in regions)]
            if own:
                return own, "clause"
            if lead is not None:
                shared = [it for it in items if lead[0] <= it.start < lead[1]]
                if shared:
                    return shared, "sentence"
            return [], ""

        sec, how_s = pick(sectors)
        yrs, how_y = pick(years)
        out[i].sectors = list(dict.fromkeys(it.value for it in sec))
        out[i].years = [it.value for it in yrs]
        out[i].link = "sentence" if "sentence" in (how_s, how_y) else ("clause" if how_s or how_y else "")
    for i in range(len(amounts)):
        if primary is not None and primary[i] != i:
            out[i] = out[primary[i]]
    return out


class Linker:
    def __init__(self, nlp, name: str = "news_linker", money_key: str = "money", sectors_key: str = "sectors",
                 years_key: str = "years"):
        self.name, self.money_key, self.sectors_key, self.years_key = name, money_key, sectors_key, years_key

    def __call__(self, doc: Doc) -> Doc:
        money = list(doc.spans.get(self.money_key, []))
        if not money:
            return doc
        sectors = [Item(s.start_char, s.end_char, s.id_) for s in doc.spans.get(self.sectors_key, [])]
        years = [Item(s.start_char, s.end_char, s._.year) for s in doc.spans.get(self.years_key, [])]
        text = doc_text(doc)
        for s0, s1 in sentence_bounds(doc):
            in_sent = [m for m in money if s0 <= m._.money["start"] < s1]
            if not in_sent:
                continue
            amounts = [(m._.money["start"], m._.money["end"]) for m in in_sent]
            primary = []
            for i, m in enumerate(in_sent):
                primary.append(primary[i - 1] if i and "conversion" in m._.money["flags"] else i)
            links = link_sentence(
                text, (s0, s1), amounts,
                [s for s in sectors if s0 <= s.start < s1], [y for y in years if s0 <= y.start < s1], primary,
            )
            for m, lk in zip(in_sent, links):
                m._.links = {"sectors": lk.sectors, "years": lk.years, "link": lk.link}
        return doc


@Language.factory(
    "news_linker",
    default_config={"money_key": "money", "sectors_key": "sectors", "years_key": "years"},
    assigns=["span._.links"],
    requires=["token.is_sent_start", "doc.spans"],
)
def make_linker(nlp: Language, name: str, money_key: str, sectors_key: str, years_key: str) -> Linker:
    from . import extensions  # noqa: F401

    return Linker(nlp, name, money_key, sectors_key, years_key)
