"""The schema of every data file in ``pipeline/lexicons/``: for each file, the keys its objects may
hold, which of them are required, and the shape of their values. ``lexicon.load`` checks each file
against its entry here; ``pipeline/lexicons/README.md`` says what each key does.
"""

from __future__ import annotations

from typing import Any

from .kind_schemas import KINDS_SCHEMA
from .lexicon_shapes import GENERATED, WORD_INTS, WORD_MAP, WORDS, Each, Fields, Lines, ListOf

__all__ = ["GENERATED", "SCHEMAS", "WORD_INTS", "WORD_MAP", "WORDS", "Each", "Fields", "Lines", "ListOf"]

# every key of actors.json is a list of words (pipeline/lexicons/README.md says what each one does)
ACTOR_WORD_LISTS = (
    "fronted_openers irregular_participles by_nouns noun_passive_preps recipient_passives pronouns titles"
    " post_nominals unit_heads relation_heads ranking_words actor_heads modified_heads of_heads result_modifiers"
    " passive_payer_verbs owner_passives speech_verbs control_verbs"
    " motion_verbs object_payer_verbs verbs places_after not_names phrase_enders descriptor_participles"
    " listing_participles listing_nouns partitives name_of_heads place_of_heads placed_suffixes"
    " placed_company_heads in_heads country_anaphors never_names time_leads time_units time_fillers offer_nouns"
    " act_nouns intent_nouns of_owner_nouns site_nouns role_nouns compass_words descriptor_endings"
    " fronted_relatives issuer_nouns name_words bare_control_verbs comma_links subject_subordinators"
    " name_particles possessive_name_verbs possessive_names plan_noun_verbs generic_institution_words label_words"
    " base_leads label_nouns held_nouns speaker_nouns product_acronyms ed_nouns for_owner_kinds member_bodies"
    " name_money_verbs"
).split()

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
            "subunits": Each(
                Fields({"factor": str, "of": str}, {"attached_only": bool, "assumed": bool, "family": str})
            ),
            "lowercase_codes": WORDS,
            "extra_codes": WORD_MAP,
            "code_stoplist": WORDS,
            "scaled_code_prefixes": WORD_MAP,
            "verb_like_units": Each(WORDS),
            "verb_units": WORDS,
            "article_units": WORDS,
            "article_unit_followers": WORDS,
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
            "title_units": WORDS,
            "modern_defaults": Each(str),
            "family_territories": Each(WORDS),
            "us_units": WORDS,
            "us_cent_units": WORDS,
            "quote_adjectives": WORDS,
            "cent_currencies": WORDS,
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
        {
            "places": WORD_MAP,
            "institutions": WORD_MAP,
            "ticker_suffixes": WORD_MAP,
            "successor_territories": WORD_MAP,
            "filed_places": WORD_MAP,
            "not_places": WORDS,
            "not_capitals": WORDS,
            "name_continuations": WORDS,
            "language_leads": WORDS,
            "default_filings": WORDS,
            "origin_leads": WORDS,
        }
    ),
    "scales.json": Each(Fields({"factor": str}, {"attached": bool, "after_currency": bool, "dotted": bool})),
    "numbers.json": Fields({"units": Each(int), "multipliers": Each(int), "fractions": Each(str)}),
    "qualifiers.json": Each(Fields({"mention": WORDS, "context": WORDS}, {"after": WORDS})),
    "per_units.json": Each(
        str, fixed={"adverbs": WORD_MAP, "modifiers": WORDS, "bare": WORD_MAP, "bare_followers": WORDS}
    ),
    "table_labels.json": Fields(
        {
            "labels": WORDS,
            "per_share_words": WORDS,
            "count_words": WORDS,
            "averaged_money": WORDS,
            "block_counts": WORDS,
            "breakdown_verbs": WORDS,
            "accounting_leads": WORDS,
            "scales": WORD_MAP,
            "absent": WORDS,
            "figure_words": WORDS,
            "figure_tails": WORDS,
            "note_kinds": Fields({"to": str, "from_kinds": WORDS, "from_triggers": WORDS}),
        }
    ),
    "company_names.json": Fields({"suffixes": WORDS, "abbreviations": WORDS, "trade_ends": WORDS}),
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
            "relative": Each(Fields({"offset": int}, {"anchored": bool, "through": int, "after_periods": bool})),
            "relative_dates": Each(Fields({"months": int})),
            "duration_lead": WORDS,
            "duration_mid": WORDS,
            "duration_counts": WORDS,
            "duration_nouns": WORDS,
            "history_verbs": WORDS,
            "participle_history_verbs": WORDS,
            "state_since_words": WORDS,
            "since_clause_verbs": WORDS,
            "aside_verbs": WORDS,
            "opening_times": Fields({"leads": WORDS, "verbs": WORDS}),
            "document_nouns": WORDS,
            "event_names": WORDS,
            "event_nouns": WORDS,
            "offence_leads": WORDS,
            "gapped_levels": WORDS,
            "heading_links": WORDS,
            "heading_gaps": WORDS,
            "step_leads": WORDS,
            "bare_base_leads": WORDS,
            "bare_base_words": WORDS,
            "table_periods": Fields(
                {"heads": WORDS, "ends": WORDS, "notes": WORDS, "quarter_words": WORDS},
                {
                    "headline": Fields(
                        {"results": WORDS, "year_ends": WORDS, "annual_reports_until": int, "year_leads": WORDS}
                    )
                },
            ),
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
            "holidays": Fields(
                {"names": WORDS, "leads": WORDS, "heads": WORDS, "earlier_leads": WORDS, "later_leads": WORDS}
            ),
            "named_periods": Fields(
                {
                    "quarters": WORD_INTS,
                    "halves": WORD_INTS,
                    "period_codes": Each(ListOf(int)),
                    "month_counts": WORD_INTS,
                    "future_leads": WORDS,
                    "future_words": WORDS,
                    "past_words": WORDS,
                    "deadline_leads": WORDS,
                    "month_leads": WORDS,
                    "report_verbs": WORDS,
                    "event_heads": WORDS,
                    "contract_moves": WORDS,
                    "contract_openers": WORDS,
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
            "object_prepositions": WORDS,
            "after_amount_openers": WORDS,
            "not_participles": WORDS,
            "as_not_clause": WORDS,
            "reasons": Fields({"fine_words": WORDS, "openers": WORDS}),
            "as_verbs": WORDS,
            "as_subjects": WORDS,
            "recipient_verbs": WORDS,
            "recipient_passives": WORDS,
            "recipient_prepositions": WORDS,
            "instrument_nouns": WORDS,
            "value_appositives": WORDS,
            "value_copulas": WORDS,
            "passive_auxiliaries": WORDS,
            "articles": WORDS,
            "not_head_words": WORDS,
            "speech_verbs": WORDS,
            "part_leads": WORDS,
            "part_openers": WORDS,
            "share_verbs": WORDS,
            "giving_verbs": WORDS,
            "not_part_leads": WORDS,
            "named_again": WORDS,
            "money_nouns": WORDS,
            "restated_nouns": WORDS,
            "moved_money": WORDS,
            "moved_levels": WORDS,
            "estimate_verbs": WORDS,
            "estimated_money": WORDS,
            "same_money": WORDS,
            "same_money_changes": Fields({"verbs": WORDS, "determiners": WORDS, "nouns": WORDS, "pronouns": WORDS}),
            "companions": Fields({"alternatives": WORDS, "per_units": WORDS, "base_leads": WORDS}),
            "remainders": WORDS,
            "remainder_times": WORDS,
            "part_copulas": WORDS,
            "conditionals": WORDS,
            "causes": WORDS,
            "subject_determiners": WORDS,
            "clause_verbs": WORDS,
            "modal_verbs": WORDS,
            "attribution_tails": WORDS,
            "fronted_leads": WORDS,
            "more_of_the_same": WORDS,
            "list_continuers": WORDS,
            "told_after": Fields(
                {"subjects": WORDS, "restated": WORDS, "possessed": WORDS, "verbs": WORDS, "sources": WORDS}
            ),
            "absolute_predicates": WORDS,
            "business_aside_verbs": WORDS,
            "report_after_verbs": WORDS,
            "gerund_leads": WORDS,
            "item_at_openers": WORDS,
            "totals_after_parts": Fields(
                {"leads": WORDS, "verbs": WORDS, "nouns": WORDS, "tails": WORDS, "part_of_leads": WORDS}
            ),
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
                "singular": WORDS,
            },
        )
    ),
    "sector_heads.json": Fields(
        {
            "heads": WORDS,
            "place_descriptions": WORDS,
            "facility_ends": WORDS,
            "of_activities": Each(WORDS),
            "generic": WORDS,
            "activities": WORDS,
            "bodies": WORDS,
            "offices": WORDS,
            "place_leads": WORDS,
            "cause_leads": WORDS,
            "not_sectors": WORDS,
            "measure_suffixes": WORDS,
            "past_words": WORDS,
            "place_nouns": WORDS,
            "people": WORDS,
            "people_heads": WORDS,
            "cargo": Fields({"sectors": WORDS, "heads": WORDS}),
            "partners": Fields({"leads": WORDS, "heads": WORDS}),
            "supplied": Fields({"leads": WORDS, "heads": WORDS}),
            "customers": Fields({"orders": WORDS, "leads": WORDS, "heads": WORDS}),
            "sources": Fields({"prepositions": WORDS, "nouns": WORDS, "instruments": WORDS, "onward": WORDS}),
            "away_leads": WORDS,
            "away_modifiers": WORDS,
            "negating_prefixes": WORDS,
            "replacements": ListOf(Fields({"verbs": WORDS, "preps": WORDS}, {"into_sector": bool})),
            "put_out_of_use": WORDS,
            "recoveries": Fields({"verbs": WORDS, "preps": WORDS, "sources": WORDS}),
            "trade_descriptors": Fields(
                {"nouns": WORDS, "heads": WORDS, "speech": WORDS, "openers": WORDS, "owners": WORDS}
            ),
            "verb_modifiers": WORDS,
            "verb_object_openers": WORDS,
            "sites": Fields({"words": WORDS, "heads": WORDS, "preps": WORDS, "installs": WORDS}),
            "venues": WORDS,
            "participles": WORDS,
            "locations": Fields(
                {"words": WORDS, "preps": WORDS, "road_words": WORDS, "road_preps": WORDS, "modifiers": WORDS}
            ),
            "fuels": Fields({"sectors": WORDS, "suffixes": WORDS, "leads": WORDS}),
            "kinds_of": Each(WORDS),
            "size_classes": WORDS,
            "processed": Fields({"from": str, "to": str, "crops": WORDS, "heads": WORDS}),
            "metal_works": Fields({"from": str, "to": str, "crops": WORDS, "heads": WORDS}),
            "commercial_rent": Fields({"forms": WORDS, "tenants": WORDS}),
        }
    ),
    "kinds.json": KINDS_SCHEMA,
    "actors.json": Fields(dict.fromkeys(ACTOR_WORD_LISTS, WORDS)),
}
