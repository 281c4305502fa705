"""Places named in an article: the ``news_places`` stage.

Country names, adjectives, capitals and cities of 300,000 people or more
(``lexicons/countries.json``, generated from CLDR, countryinfo and GeoNames) and the places news
uses for a country (``lexicons/news_places.json``: financial centres, provinces, "U.S.", and
national institutions: "the Pentagon", "the Federal Reserve") are
matched case-sensitively with a spaCy PhraseMatcher; each match is a PLACE span (CITY for a city)
in ``doc.spans["places"]`` whose ``id_`` is the ISO 3166-1 alpha-2 code. A form two territories
share belongs to the most populous (built so in ``countries.json``: "French" is France, not
Réunion); of overlapping matches the longest wins ("North Korea" over "Korea"), and a longest
match that is one of news_places.json's ``not_places`` ("North America") is no place.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import lexicon
from .extensions import doc_value, set_doc_value
from .names import in_company_name


@lru_cache(maxsize=1)
def place_forms() -> dict[str, str]:
    """Every surface form of a place -> its alpha-2 code, ambiguous forms left out.

    >>> place_forms()["South Korean"], place_forms()["Toronto"], place_forms()["French"]
    ('KR', 'CA', 'FR')
    >>> "Victoria" in place_forms(), place_forms()["Lima"]
    (False, 'PE')
    """
    codes: dict[str, set[str]] = {}
    news = lexicon.load("news_places.json")
    not_capitals = set(news["not_capitals"])  # "Victoria's former singing career" is no Seychelles
    for code, entry in lexicon.load("countries.json")["countries"].items():
        for form in (
            *entry["names"],
            *entry.get("adjectives", []),
            *(c for c in entry.get("capitals", []) if c not in not_capitals),
            *entry.get("cities", []),
        ):
            codes.setdefault(form, set()).add(code)
    for form, code in {**news["places"], **news["institutions"]}.items():
        codes[form] = {code}  # the news form decides ("Korea" is South Korea in news)
    return {form: next(iter(c)) for form, c in sorted(codes.items()) if len(c) == 1}


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """CLDR's English names of the world's regions (UN M.49 codes, through babel): "North America",
    "Europe", "Southeast Asia"; no country's.

    >>> "North America" in region_names(), "Europe" in region_names(), "Canada" in region_names()
    (True, True, False)
    """
    from babel import Locale

    return frozenset(name for code, name in Locale("en").territories.items() if code.isdigit())


@lru_cache(maxsize=1)
def city_forms() -> frozenset[str]:
    """The forms of place_forms() that are only cities ("Ulsan", "Houston"): they say where an
    amount goes, never which country's dollars an article means (a city is also a surname:
    "Pemberton Houston Willoughby")."""
    other = (
        {
            form
            for entry in lexicon.load("countries.json")["countries"].values()
            for key in ("names", "adjectives", "capitals")
            for form in entry.get(key, [])
        }
        | set(lexicon.load("news_places.json")["places"])
        | set(lexicon.load("news_places.json")["institutions"])
    )
    return frozenset(form for form in place_forms() if form not in other)


NOT_PLACE = "NOT_PLACE"  # the match id of news_places.json's not_places: the longest match wins, then it is dropped


class PlaceFinder:
    """spaCy component: PLACE spans (CITY for a city, PLACE_IN_NAME inside an organisation's name)
    in ``doc.spans[spans_key]``, ``span.id_`` the country code."""

    def __init__(self, nlp: Language, name: str = "news_places", spans_key: str = "places"):
        self.name = name
        self.spans_key = spans_key
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_code: dict[str, list[str]] = {}
        for form, code in place_forms().items():
            by_code.setdefault(code, []).append(form)
        for code, forms in sorted(by_code.items()):
            self.matcher.add(code, list(nlp.tokenizer.pipe([*forms, *(v for f in forms for v in line_broken(f))])))
        # regions and names that hold a place's name but are none ("North America" is not the US)
        self.matcher.add(NOT_PLACE, list(nlp.tokenizer.pipe(lexicon.load("news_places.json")["not_places"])))
        self.cities = city_forms()
        self.tokenizer = nlp.tokenizer
        self.language_leads = frozenset(lexicon.load("news_places.json")["language_leads"])
        self.continuations = [  # "Manchester United": a city inside a club's name
            tuple(w.split()) for w in lexicon.load("news_places.json")["name_continuations"]
        ]

    def __call__(self, doc: Doc) -> Doc:
        found = [Span(doc, s, e, label="PLACE", span_id=code) for code, s, e in self.matcher(doc)]
        spans = [
            Span(doc, sp.start, sp.end, label="CITY", span_id=sp.id) if " ".join(sp.text.split()) in self.cities else sp
            for sp in filter_spans(found)
            if sp.id_ != NOT_PLACE
        ]
        doc.spans[self.spans_key] = [
            Span(doc, sp.start, sp.end, label="PLACE_IN_NAME", span_id=sp.id)
            if in_org_name(doc, sp.start, sp.end)
            else sp
            for sp in spans
            if not self.continues_name(doc, sp)  # "Manchester United": no place
            and not names_language(doc, sp, self.language_leads)  # "dubbed into Spanish": a language
        ]
        title = doc_value(doc, "title")
        if title:
            set_doc_value(doc, "title_countries", self.title_countries(title))
        return doc

    def continues_name(self, doc: Doc, place: Span) -> bool:
        """Is ``place`` a city or capital that a club's name goes on after (news_places.json
        ``name_continuations``: "Manchester United"), not a country ("Ireland United" keeps IE)?"""
        if " ".join(place.text.split()) in _country_names():
            return False
        words = tuple(t.text for t in doc[place.end : place.end + 3])
        return any(words[: len(c)] == c for c in self.continuations)

    def title_countries(self, title: str) -> Counter[str]:
        """The countries an article's title names, inside a company's name too ("HAWKER SIDDELEY
        CANADA INC YEAR NET", "ROYAL BANK OF CANADA 1ST QTR"): a wire title in capitals is read in
        title case."""
        title = html.unescape(title)  # a wire title's "&lt;HAWKER SIDDELEY CANADA INC>"
        letters = [c for c in title if c.isalpha()]
        capitals = sum(c.isupper() for c in letters) > len(letters) // 2
        doc = self.tokenizer(title.title() if capitals else title)
        found = filter_spans([Span(doc, s, e, label="PLACE", span_id=code) for code, s, e in self.matcher(doc)])
        return Counter(sp.id_ for sp in found if sp.id_ != NOT_PLACE)


def names_language(doc: Doc, place: Span, leads: frozenset[str]) -> bool:
    """Is ``place`` a country's adjective that names a language: after one of news_places.json
    ``language_leads`` ("into", "in"), and before no noun, only the end of the phrase or another
    such word ("dubbing its series into Spanish and Arabic", "published in English."; not "invest in
    French companies")?

    >>> from spacy.lang.en import English
    >>> doc = English()("dubbed into Spanish and Arabic; invest in French firms")
    >>> leads = frozenset({"into", "in"})
    >>> names_language(doc, doc[2:3], leads), names_language(doc, doc[8:9], leads)
    (True, False)
    """
    if place.start == 0 or doc[place.start - 1].lower_ not in leads:
        return False
    if " ".join(place.text.split()) not in _country_names("adjectives"):
        return False
    k = place.end
    if k < len(doc) and doc[k].lower_ in ("and", "or") and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
        k += 2  # "into Spanish and Arabic"
    return k >= len(doc) or doc[k].is_punct


def in_org_name(doc: Doc, start: int, end: int) -> bool:
    """Is the place doc[start:end] part of an organisation's name? Before a company suffix
    ("Combustion Engineering Canada Inc", "Kleinwort Benson Australian Income Fund"), or a city or
    province after "<Name> of" ("Bank of Nova Scotia", "Bank of Montreal"); a country after "of"
    still places the story ("the Bank of Canada" is Canada's central bank).

    >>> from spacy.lang.en import English
    >>> doc = English()("Bank of Montreal and the Bank of Canada lent to Canada Packers Ltd.")
    >>> in_org_name(doc, 2, 3), in_org_name(doc, 7, 8), in_org_name(doc, 10, 11)
    (True, False, True)
    >>> in_org_name(English()("Exports of South Korean webtoons rose"), 2, 4)
    False
    """
    if in_company_name(doc, start, end, lower_suffix=False):  # "a Canadian company" places the story
        return True
    form = " ".join(doc[start:end].text.split())
    return (
        start >= 2
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].text[:1].isupper()
        and form not in _country_names()
        and form not in _country_names("adjectives")  # "Exports of South Korean webtoons": no name holds one so
    )


def line_broken(form: str) -> list[str]:
    r"""A name of several words as a wire story may wrap it: one line break for one of its spaces
    ("Federal\nReserve", "New\nYork").

    >>> line_broken("New York"), line_broken("Seoul")
    (['New\nYork'], [])
    """
    return [form[:i] + "\n" + form[i + 1 :] for i, c in enumerate(form) if c == " "]


@lru_cache(maxsize=2)
def _country_names(key: str = "names") -> frozenset[str]:
    """countries.json's country names (``key`` "names") or adjectives ("adjectives")."""
    return frozenset(n for e in lexicon.load("countries.json")["countries"].values() for n in e.get(key, []))


def main_country(countries: Counter[str]) -> str:
    """The country named most often ("" when none is, or on a tie).

    >>> main_country(Counter({"AR": 2, "BR": 1})), main_country(Counter({"CL": 1, "PE": 1}))
    ('AR', '')
    """
    ranked = countries.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return ""
    return ranked[0][0]


def article_countries(doc: Doc, spans_key: str = "places") -> Counter[str]:
    """How often each country is named in a Doc, outside organisations' names (cities aside); when
    the text names none, the countries its title names (``PlaceFinder.title_countries``)."""
    found = Counter(span.id_ for span in doc.spans.get(spans_key, []) if span.label_ == "PLACE")
    return found or Counter(doc_value(doc, "title_countries") or {})


@lru_cache(maxsize=1)
def _filed_forms() -> dict[str, str]:
    """Lower-case place name (hyphens as spaces) or alpha-2 code -> code, for ``filed_countries``."""
    forms = {f.lower(): code for f, code in place_forms().items()}
    forms |= {code.lower(): code for code in lexicon.load("countries.json")["countries"]}
    forms |= {k.replace("-", " ").lower(): v for k, v in lexicon.load("news_places.json")["filed_places"].items()}
    return forms


def filed_countries(places: tuple[str, ...] | list[str]) -> Counter[str]:
    """The countries an archive files an article under (``ingest.filed_places``: Reuters-21578's
    ``["canada"]``), each once; a name nothing resolves is left out.

    >>> sorted(filed_countries(["canada", "west-germany", "US", "ussr", "atlantis"]).items())
    [('CA', 1), ('DE', 1), ('SU', 1), ('US', 1)]
    """
    forms = _filed_forms()
    return Counter({forms[k] for p in places if (k := " ".join(p.replace("-", " ").split()).lower()) in forms})


def story_countries(named: Counter[str], filed: Counter[str]) -> Counter[str]:
    """The countries that settle a bare "dlrs" or "francs": those the text names (``named``,
    ``article_countries``), else those the archive files it under (``filed``, ``filed_countries``).
    An article filed under one country that its text also names most is that country's alone: a
    Canadian miner's story that names Quebec and Ontario, and New Mexico once, filed under canada,
    counts in Canadian dollars.

    >>> ca, us = Counter({"CA": 3, "US": 1}), Counter({"US": 1})
    >>> story_countries(ca, Counter({"CA": 1})), story_countries(ca, us), story_countries(Counter(), us)
    (Counter({'CA': 1}), Counter({'CA': 3, 'US': 1}), Counter({'US': 1}))
    >>> story_countries(ca, Counter({"CA": 1, "US": 1}))  # filed under two: the text decides
    Counter({'CA': 3, 'US': 1})
    """
    if not named:
        return filed
    if len(filed) == 1 and main_country(named) in filed:
        return filed
    return named


def name_countries(doc: Doc, spans_key: str = "places") -> Counter[str]:
    """How often each country is named inside organisations' names ("Qatar Investment Authority",
    "Bank of Canada"): what an article that names no country outside them is about."""
    return Counter(span.id_ for span in doc.spans.get(spans_key, []) if span.label_ == "PLACE_IN_NAME")


@Language.factory("news_places", default_config={"spans_key": "places"}, assigns=["doc.spans"])
def make_place_finder(nlp: Language, name: str, spans_key: str) -> PlaceFinder:
    return PlaceFinder(nlp, name, spans_key)


@lru_cache(maxsize=1)
def _tickers() -> tuple[re.Pattern, dict[str, str]]:
    suffixes = lexicon.load("news_places.json")["ticker_suffixes"]
    codes = "|".join(sorted(map(re.escape, suffixes), key=len, reverse=True))  # upper case, as codes are written
    pattern = rf"(?:&lt;|<|\()[A-Z0-9]+(?:\.[A-Z0-9]+)?\.(?P<suffix>{codes})(?:>|\))"
    return re.compile(pattern), suffixes


def ticker_country(title: str) -> str:
    """The country of the exchange of every Reuters instrument code in an article's title whose suffix
    news_places.json ``ticker_suffixes`` lists ("EMPIRE <EMPA.TO> TO BUY SOBEYS <SYSA.TO> STOCK": CA),
    or "" when it has none or they name several countries: the company the story is about, at home.

    >>> ticker_country("EMPIRE &lt;EMPA.TO> TO BUY SOBEYS &lt;SYSA.TO>"), ticker_country("ROYAL BANK (RY.TO) SEES")
    ('CA', 'CA')
    >>> ticker_country("FORD &lt;F> NET"), ticker_country("GENSTAR &lt;GST.TO> SELLS TO IMASCO &lt;IMS.L>")
    ('', '')
    """
    pattern, suffixes = _tickers()
    found = {suffixes[m.group("suffix")] for m in pattern.finditer(title)}
    return next(iter(found)) if len(found) == 1 else ""
