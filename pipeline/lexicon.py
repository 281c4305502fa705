"""Every data file in ``pipeline/lexicons/``, read and key-checked in one place.

Each file has a schema in ``SCHEMAS``: the keys each of its objects may hold, which of them are
required, and the shape of their values (nested entries included: a scale word's ``factor``, a
bare unit's ``code``). ``load(name)`` reads a file, checks it against its schema and returns the
data; an unknown or a missing key is a ``LexiconError`` that names the file, the key's path and
the keys allowed there, so that a typo in a lexicon never passes silently. ``_about`` (a note for
the reader) is allowed in every object. ``pipeline/lexicons/README.md`` says what each key does.

The sector taxonomy is JSON Lines, one object a line: ``rows`` checks the lines of the bundled
``sectors.jsonl`` and of a user's taxonomy file alike.

Also here: ``names()`` (the files with a schema), ``path(name)`` (where a file lives; the generated
ones are written there), ``lines(name)`` (a JSON Lines file's text lines), ``check(name, data)``
(a fresh build before it is written) and ``alternation(forms)`` (a regex of lexicon forms).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

NOTE = "_about"  # a note for the reader, allowed in every object


class LexiconError(ValueError):
    """A lexicon file is malformed: the message names the file, the key path and the keys allowed."""


@dataclass(frozen=True)
class Fields:
    """A JSON object with named keys: each key maps to the shape of its value."""

    required: dict[str, Any]
    optional: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Each:
    """A JSON object whose keys are free (words, symbols, labels), each value of one shape;
    ``fixed`` names optional keys that hold something else (per_units.json's ``adverbs``)."""

    value: Any
    fixed: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ListOf:
    """A JSON array, each item of one shape."""

    item: Any


@dataclass(frozen=True)
class Lines:
    """JSON Lines: one object a line, each of one shape; blank lines and lines starting with # are skipped."""

    line: Any


WORDS = ListOf(str)
WORD_MAP = Each(str)  # surface form -> canonical form, code or title
GENERATED = Each(str)  # _source of a generated file: package -> version it was built with

SCHEMAS: dict[str, Any] = {
    "currencies.json": Fields(
        {
            "_source": GENERATED,
            "codes": WORDS,
            "current_codes": WORDS,
            "whole_unit_codes": WORDS,
            "names": WORD_MAP,
            "symbols": WORD_MAP,
        }
    ),
    "news_currencies.json": Fields(
        {
            "unit_synonyms": WORD_MAP,
            "modifier_synonyms": WORD_MAP,
            "bare_units": Each(Fields({"code": str}, {"assumed": bool, "family": str})),
            "symbols": WORD_MAP,
            "attached_only_symbols": WORD_MAP,
            "spaced_prefixes": WORD_MAP,
            "prefix_names": WORDS,
            "subunits": Each(Fields({"factor": str, "of": str}, {"attached_only": bool, "assumed": bool})),
            "lowercase_codes": WORDS,
            "extra_codes": WORD_MAP,
            "code_stoplist": WORDS,
            "scaled_code_prefixes": WORD_MAP,
            "verb_like_units": Each(WORDS),
            "verb_units": WORDS,
            "article_units": WORDS,
            "not_money": WORDS,
            "unit_word_stoplist": WORDS,
            "scaled_prefix_symbols": WORD_MAP,
            "compound_words_after_names": WORDS,
            "lowercase_stoplist": WORDS,
            "weight_units": Fields(
                {"units": WORDS, "verbs_before": WORDS, "money_words": WORDS, "weight_nouns": WORDS}
            ),
            "assumed_symbols": Each(Fields({"code": str}, {"family": str})),
            "count_nouns": WORDS,
            "number_labels": WORDS,
            "milestone_units": WORDS,
            "modern_defaults": Each(str),
            "family_territories": Each(WORDS),
            "counted_instruments": WORDS,
            "level_gaps": Fields({"words": WORDS, "links": WORDS}),
            "money_leads": Fields({"nouns": WORDS, "links": WORDS}),
        }
    ),
    "countries.json": Fields(
        {
            "_source": GENERATED,
            "countries": Each(Fields({"names": WORDS}, {"adjectives": WORDS, "capitals": WORDS, "cities": WORDS})),
        }
    ),
    "news_places.json": Fields(
        {"places": WORD_MAP, "institutions": WORD_MAP, "successor_territories": WORD_MAP, "not_places": WORDS}
    ),
    "scales.json": Each(Fields({"factor": str}, {"attached": bool, "after_currency": bool, "dotted": bool})),
    "numbers.json": Fields({"units": Each(int), "multipliers": Each(int), "fractions": Each(str)}),
    "qualifiers.json": Each(Fields({"mention": WORDS, "context": WORDS}, {"after": WORDS})),
    "per_units.json": Each(str, fixed={"adverbs": WORD_MAP}),
    "table_labels.json": Fields(
        {
            "labels": WORDS,
            "per_share_words": WORDS,
            "count_words": WORDS,
            "block_counts": WORDS,
            "accounting_leads": WORDS,
            "scales": WORD_MAP,
        }
    ),
    "company_names.json": Fields({"suffixes": WORDS}),
    "plurals.json": Fields({"unchanged": WORDS}),
    "years.json": Fields(
        {
            "roles": Fields({"target": WORDS, "start": WORDS, "point": WORDS, "comparison": WORDS}),
            "period_words": WORDS,
            "period_point_leads": WORDS,
            "determiners": WORDS,
            "not_possessives": WORDS,
            "months": WORDS,
            "fiscal_words": WORDS,
            "glued_fiscal_words": WORDS,
            "range_separators": WORDS,
            "relative": Each(Fields({"offset": int}, {"anchored": bool})),
            "relative_dates": Each(Fields({"months": int})),
            "duration_lead": WORDS,
            "duration_mid": WORDS,
            "duration_counts": WORDS,
            "duration_nouns": WORDS,
            "history_verbs": WORDS,
            "offence_leads": WORDS,
            "gapped_levels": WORDS,
            "table_periods": Fields({"heads": WORDS, "ends": WORDS, "notes": WORDS}),
            "comparison_cues": Fields(
                {
                    "change_words": WORDS,
                    "change_leads": WORDS,
                    "after_year": WORDS,
                    "onward_words": WORDS,
                    "record_words": WORDS,
                    "multiples": WORDS,
                    "base_nouns": WORDS,
                }
            ),
        }
    ),
    "clauses.json": Fields(
        {
            "punct": WORDS,
            "coordinators": WORDS,
            "openers": WORDS,
            "time_openers": WORDS,
            "subordinators": WORDS,
            "destination_prepositions": WORDS,
            "not_destinations": WORDS,
            "owners": WORDS,
            "after_amount_openers": WORDS,
            "as_not_clause": WORDS,
            "reasons": Fields({"fine_words": WORDS, "openers": WORDS}),
            "as_verbs": WORDS,
            "as_subjects": WORDS,
            "recipient_verbs": WORDS,
            "recipient_passives": WORDS,
            "recipient_prepositions": WORDS,
            "passive_auxiliaries": WORDS,
            "articles": WORDS,
            "not_head_words": WORDS,
            "speech_verbs": WORDS,
            "part_leads": WORDS,
            "part_openers": WORDS,
            "share_verbs": WORDS,
            "not_part_leads": WORDS,
            "named_again": WORDS,
            "moved_money": WORDS,
            "moved_levels": WORDS,
            "same_money": WORDS,
            "same_money_changes": Fields({"verbs": WORDS, "determiners": WORDS, "nouns": WORDS, "pronouns": WORDS}),
            "companions": Fields({"alternatives": WORDS, "per_units": WORDS, "base_leads": WORDS}),
            "remainders": WORDS,
            "conditionals": WORDS,
            "causes": WORDS,
            "subject_determiners": WORDS,
            "clause_verbs": WORDS,
            "modal_verbs": WORDS,
            "attribution_tails": WORDS,
            "fronted_leads": WORDS,
            "list_continuers": WORDS,
            "told_after": Fields({"subjects": WORDS, "verbs": WORDS, "sources": WORDS}),
            "absolute_predicates": WORDS,
        }
    ),
    "isic4_divisions.json": Fields({"_source": GENERATED, "divisions": WORD_MAP}),
    "sectors.jsonl": Lines(
        Fields(
            {"id": str, "forms": WORDS},
            {
                "label": str,
                "group": str,
                "cased": WORDS,
                "isic": WORDS,
                "modifiers": WORDS,
                "narrow_modifiers": WORDS,
                "narrow_heads": WORDS,
            },
        )
    ),
    "sector_heads.json": Fields(
        {
            "heads": WORDS,
            "generic": WORDS,
            "activities": WORDS,
            "bodies": WORDS,
            "offices": WORDS,
            "place_leads": WORDS,
            "not_sectors": WORDS,
            "measure_suffixes": WORDS,
            "sources": Fields({"prepositions": WORDS, "nouns": WORDS, "instruments": WORDS}),
            "away_leads": WORDS,
            "verb_modifiers": WORDS,
        }
    ),
    "kinds.json": Fields(
        {
            "order": WORDS,
            "kinds": Each(
                Fields(
                    {},
                    {
                        "verbs": WORDS,
                        "firm_verbs": WORDS,
                        "weak_verbs": WORDS,
                        "nouns": WORDS,
                        "head_nouns": WORDS,
                        "units": WORDS,
                        "weak_units": WORDS,
                        "split_verbs": WORDS,
                    },
                )
            ),
            "payout_verbs": WORDS,
            "paid_persons": Fields({"verbs": WORDS, "persons": WORDS, "kind": str}),
            "payout_leads": WORDS,
            "payout_frequencies": WORDS,
            "light_heads": WORDS,
            "phrase_followers": WORDS,
            "auxiliaries": WORDS,
            "pp_openers": WORDS,
            "compound_particles": WORDS,
            "head_gap_stops": WORDS,
            "price_subjects": WORDS,
            "price_move_verbs": WORDS,
            "price_move_words": WORDS,
            "purposes": Fields({"allocations": WORDS, "kinds": WORDS, "prepositions": WORDS}),
            "proceeds": Fields(
                {"verbs": WORDS, "prepositions": WORDS, "kind": str, "securities": WORDS, "need_object": WORDS}
            ),
            "compound_heads": WORDS,
            "frame_heads": WORDS,
            "unit_yields_to": WORDS,
            "table_labels": WORD_MAP,
            "bridges": WORDS,
            "link_words": WORDS,
            "price_units": WORDS,
            "rate_phrases": WORDS,
            "unit_openers": WORDS,
            "not_triggers": WORDS,
            "split_gap": WORDS,
            "verb_readings": WORD_MAP,
            "quantified_heads": WORD_MAP,
            "sold_for": Fields({"leads": WORDS, "not_after": WORDS, "things": WORDS, "order_verbs": WORDS}),
            "offered_for": Fields({"verbs": WORDS, "objects": WORDS, "determiners": WORDS}),
            "unit_totals": WORDS,
            "earned_from": Fields(
                {"verbs": WORDS, "prepositions": WORDS, "kind": str, "wage_rates": WORDS, "wage_kind": str}
            ),
            "market_operations": Fields({"nouns": WORDS, "markets": WORDS, "kind": str}),
            "level_modifiers": WORDS,
            "lead_nouns": WORDS,
            "level_verbs": WORDS,
            "raised_objects": WORDS,
            "share_leads": WORDS,
            "ratio_bases": WORDS,
            "valued_subjects": Fields(
                {"verbs": WORDS, "gap": WORDS, "offer_nouns": WORDS, "offer_kind": str, "things": WORDS}
            ),
            "cost_readings": Fields({"triggers": WORDS, "scale_from": str, "kind": str}),
            "verb_heads": WORDS,
            "weak_readings": WORDS,
            "destination_nouns": WORDS,
            "unit_amounts": Fields({"below": str, "kind": str, "restated_kinds": WORDS, "sale_triggers": WORDS}),
        }
    ),
    "actors.json": Fields(
        {
            "fronted_openers": WORDS,
            "noun_passive_preps": WORDS,
            "recipient_passives": WORDS,
            "pronouns": WORDS,
            "titles": WORDS,
            "post_nominals": WORDS,
            "unit_heads": WORDS,
            "ranking_words": WORDS,
            "actor_heads": WORDS,
            "of_heads": WORDS,
            "passive_payer_verbs": WORDS,
            "speech_verbs": WORDS,
            "control_verbs": WORDS,
            "object_payer_verbs": WORDS,
            "verbs": WORDS,
            "places_after": WORDS,
            "not_names": WORDS,
            "phrase_enders": WORDS,
            "descriptor_participles": WORDS,
            "partitives": WORDS,
            "name_of_heads": WORDS,
            "in_heads": WORDS,
            "country_anaphors": WORDS,
            "never_names": WORDS,
            "time_leads": WORDS,
            "time_units": WORDS,
            "time_fillers": WORDS,
            "offer_nouns": WORDS,
            "act_nouns": WORDS,
            "intent_nouns": WORDS,
            "of_owner_nouns": WORDS,
            "site_nouns": WORDS,
            "role_nouns": WORDS,
            "descriptor_endings": WORDS,
            "name_words": WORDS,
            "bare_control_verbs": WORDS,
            "comma_links": WORDS,
            "subject_subordinators": WORDS,
            "name_particles": WORDS,
            "possessive_name_verbs": WORDS,
        }
    ),
}


def names() -> list[str]:
    """The lexicon files, each with a schema."""
    return sorted(SCHEMAS)


def path(name: str):
    """Where ``lexicons/<name>`` lives in the installed package (build_lexicons writes there)."""
    return resources.files("pipeline").joinpath("lexicons", name)


def lines(name: str) -> list[str]:
    """The text lines of ``lexicons/<name>``, unchecked: for ``rows``, which checks them."""
    _schema(name)
    return path(name).read_text(encoding="utf-8").splitlines()


def _schema(name: str) -> Any:
    if name not in SCHEMAS:
        raise LexiconError(f"lexicons/{name}: no such lexicon; known: {names()}")
    return SCHEMAS[name]


def load(name: str) -> Any:
    """The data of ``lexicons/<name>``, checked against its schema; for a .jsonl file the list of
    its lines' objects. Read anew at each call: callers keep what they build from it.

    >>> load("numbers.json")["multipliers"]["dozen"]
    12
    """
    schema = _schema(name)
    if isinstance(schema, Lines):
        return [row for _, row in rows(lines(name), f"lexicons/{name}", name)]
    text = path(name).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LexiconError(f"lexicons/{name}: not valid JSON: {exc}") from exc
    check(name, data)
    return data


def check(name: str, data: Any) -> None:
    """Check the data of ``lexicons/<name>`` against its schema (a fresh build before it is written, too)."""
    _check(data, _schema(name), (), f"lexicons/{name}", LexiconError)


def rows(
    text_lines: Iterable[str], source: str, name: str = "sectors.jsonl", error: type[LexiconError] = LexiconError
) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each line of a JSON Lines file with the schema of ``name``, each
    checked; ``source`` names the file in errors ("mine.jsonl:3: ...").

    >>> list(rows(['# a comment', '{"id": "x", "forms": ["x"]}'], "mine.jsonl"))
    [(2, {'id': 'x', 'forms': ['x']})]
    """
    shape = _schema(name).line
    for n, line in enumerate(text_lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{source}:{n}: not valid JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise error(f"{source}:{n}: each line must be a JSON object")
        _check(row, shape, (), f"{source}:{n}", error)
        yield n, row


_KINDS = {str: "a string", int: "an integer", bool: "true or false", list: "a list", dict: "an object"}


def _describe(shape: Any) -> str:
    if isinstance(shape, (Fields, Each)):
        return "an object"
    if isinstance(shape, ListOf):
        return f"a list of {_describe(shape.item).split(' ', 1)[1]}s"
    return _KINDS[shape]


def _fits(data: Any, shape: Any) -> bool:
    """Is ``data`` of a leaf shape (str, int, bool)?"""
    return isinstance(shape, type) and isinstance(data, shape) and not (shape is int and isinstance(data, bool))


def _at(path: tuple[str, ...]) -> str:
    return "/".join(path) if path else "the top level"


def _in(path: tuple[str, ...]) -> str:
    return f"in {'/'.join(path)}" if path else "at the top level"


def _check(data: Any, shape: Any, path: tuple[str, ...], where: str, error: type[LexiconError]) -> None:
    def fail(message: str) -> None:
        raise error(f"{where}: {message}")

    if isinstance(shape, Fields):
        allowed = {**shape.required, **shape.optional}
        if not isinstance(data, dict):
            fail(f"{_at(path)}: expected an object with keys {sorted(allowed)}")
        unknown = [k for k in data if k not in allowed and k != NOTE]
        if unknown:
            fail(f"unknown keys {['/'.join((*path, k)) for k in unknown]}; allowed keys {_in(path)}: {sorted(allowed)}")
        missing = [k for k in shape.required if k not in data]
        if missing:
            fail(
                f"missing keys {['/'.join((*path, k)) for k in missing]}; "
                f"required {_in(path)}: {sorted(shape.required)}, allowed: {sorted(allowed)}"
            )
        for k, value in data.items():
            if k != NOTE:
                _check(value, allowed[k], (*path, k), where, error)
    elif isinstance(shape, Each):
        if not isinstance(data, dict):
            fail(f"{_at(path)}: expected an object")
        for k, value in data.items():
            if shape.fixed and k not in shape.fixed and k != NOTE and not _fits(value, shape.value):
                fail(
                    f"unknown keys {['/'.join((*path, k))]}; allowed keys {_in(path)}: {sorted(shape.fixed)}, "
                    f"besides any key whose value is {_describe(shape.value)}"
                )
            if k != NOTE:
                _check(value, shape.fixed.get(k, shape.value), (*path, k), where, error)
    elif isinstance(shape, ListOf) and isinstance(data, list):
        for i, item in enumerate(data):
            _check(item, shape.item, (*path, str(i)), where, error)
    elif isinstance(shape, ListOf) or not _fits(data, shape):
        fail(f"{_at(path)}: expected {_describe(shape)}, not {json.dumps(data, ensure_ascii=False)[:60]}")


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of lexicon forms for lower-cased text: longest first, any run of
    whitespace between the words of a form.

    >>> alternation(["by", "by the end of"])
    'by\\\\s+the\\\\s+end\\\\s+of|by'
    """
    forms = {f.lower() for f in forms}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)).replace(r"\ ", r"\s+")
