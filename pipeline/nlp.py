"""build_nlp(): the only place where the pipeline's components are added."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

from . import (  # noqa: F401  (registers the factories)
    extensions,
    kind_sectors,
    kinds,
    link,
    money,
    places,
    sectors,
    sentences,
    years,
)
from .names import company_suffixes

PIPES = (
    "news_sentences",
    "news_places",
    "news_money",
    "news_sectors",
    "news_years",
    "news_linker",
    "news_kinds",
    "news_kind_sectors",
)
# Chunks (whitespace-separated strings) whose tokens the tokenizer keeps. spaCy's default, 10,000,
# fills up early in a news archive (Reuters holds 112,357 distinct chunks), and every chunk after
# that is split again by the prefix, suffix and infix rules. The same tokens, sooner.
TOKENIZER_CACHE = 200_000
# A hyphen after an abbreviation's full stop joins a compound adjective: "U.S.-based Qualcomm" is
# "U.S.", "-", "based", as "US-based" is, so that the place and the descriptor are read.
ABBREVIATION_HYPHEN = r"(?<=[A-Za-z]\.)-(?=[a-z])"
# A full stop after an ampersand initialism ends the sentence: "for chip R&D." is "R&D", "." (spaCy
# keeps a full stop after a capital, for initials), so that the sector and the name are read.
AMPERSAND_STOP = r"(?<=&[A-Z])\."
# A hyphen that ends a word before a space is a suspended one: "battery- and hydrogen-powered ferries"
# is "battery", "-", "and", ..., so that "battery" is read as the word it is.
SUSPENDED_HYPHEN = r"(?<=[A-Za-z]{2})-"
# "No." is a number's abbreviation ("South Korea's No. 2 chipmaker", "the No. 3 mobile carrier"),
# kept whole as "U.S." is, so that it ends no sentence and no noun phrase. A capitalised "No." that
# ends a sentence ("The answer was No.") is far rarer in news.
NUMBER_ABBREVIATIONS = ("No.", "Nos.")


def slashed_suffixes() -> tuple[str, ...]:
    """The company suffixes of company_names.json written with a slash ("A/S"), in capitals: kept one
    token, so that "Vestas Wind Systems A/S" ends in its suffix rather than in "A", "/", "S"."""
    return tuple(s.upper() for s in company_suffixes() if "/" in s)


def build_nlp(model: str | None = None, taxonomy: str | None = None, extend_taxonomy: bool = True) -> Language:
    """A blank English pipeline with the news rules.

    ``model``: name of an installed spaCy model to start from instead of ``spacy.blank("en")``
    (its own components are kept; ours set the sentence boundaries first, and its parser keeps them).
    ``taxonomy``: a sector taxonomy file that extends (or, with ``extend_taxonomy=False``, replaces)
    the default one.
    """
    nlp = spacy.load(model, exclude=["senter", "sentencizer"]) if model else spacy.blank("en")
    nlp.tokenizer.max_cache_size = max(nlp.tokenizer.max_cache_size, TOKENIZER_CACHE)
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]).finditer
    suffixes = [*nlp.Defaults.suffixes, AMPERSAND_STOP, SUSPENDED_HYPHEN]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for abbreviation in (*NUMBER_ABBREVIATIONS, *slashed_suffixes()):
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    # first, so that a model's parser takes our boundaries (paragraphs, headlines) as given
    nlp.add_pipe("news_sentences", first=True)
    nlp.add_pipe("news_places")
    nlp.add_pipe("news_money")
    nlp.add_pipe("news_sectors", config={"taxonomy": taxonomy, "extend": extend_taxonomy})
    nlp.add_pipe("news_years")
    nlp.add_pipe("news_linker")
    nlp.add_pipe("news_kinds")
    nlp.add_pipe("news_kind_sectors")
    return nlp
