"""The ``news_money`` spaCy component: ``doc.spans["money"]``, one MONEY span per amount."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from spacy.language import Language

from ..extensions import char_span, doc_text, doc_value, set_span_value
from ..normalise import format_decimal
from ..places import article_countries, filed_countries, name_countries, story_countries, ticker_country
from .finder import Amount, find_amounts


def _as_cell(value: Decimal | None) -> str | None:
    return None if value is None else format_decimal(value)


class MoneyFinder:
    """spaCy component: ``doc.spans[spans_key]`` gets one MONEY span per amount, with ``span._.money``."""

    def __init__(self, nlp, name: str = "news_money", spans_key: str = "money"):
        self.name = name
        self.spans_key = spans_key

    def match(self, doc) -> list[Amount]:
        home = ticker_country(doc_value(doc, "title") or "")  # "ROYAL BANK (RY.TO) SEES HIGHER LOAN LOSSES"
        # the text's countries (else its title's), else those its archive files it under; the archive's
        # one country when the text names it most (places.story_countries)
        filed = filed_countries(doc_value(doc, "filed_places") or ())
        countries = Counter({home: 1}) if home else story_countries(article_countries(doc), filed)
        return find_amounts(doc_text(doc), doc_value(doc, "date"), countries, name_countries(doc))

    def set_annotations(self, doc, amounts: list[Amount]) -> None:
        spans = []
        text = doc_text(doc)
        for a in amounts:
            span = char_span(doc, a.start, a.end, "MONEY")
            if span is None:
                continue
            set_span_value(
                span,
                "money",
                {
                    "start": a.start,
                    "end": a.end,
                    "mention": text[a.start : a.end],
                    "value": _as_cell(a.value),
                    "currency": a.currency,
                    "qualifier": a.qualifier,
                    "per": a.per,
                    "flags": list(a.flags),
                    "value_min": _as_cell(a.value_min),
                    "value_max": _as_cell(a.value_max),
                },
            )
            spans.append(span)
        doc.spans[self.spans_key] = spans

    def __call__(self, doc):
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory("news_money", default_config={"spans_key": "money"}, assigns=["doc.spans"])
def make_money_finder(nlp: Language, name: str, spans_key: str) -> MoneyFinder:
    from .. import extensions  # noqa: F401  (registers span._.money)

    return MoneyFinder(nlp, name, spans_key)
