"""The schema of ``pipeline/lexicons/kinds.json`` (what each amount is: its kind's verbs, nouns
and readings), kept apart from ``lexicon_schemas`` for its size; ``pipeline/lexicons/README.md``
says what each key does.
"""

from __future__ import annotations

from .lexicon_shapes import WORD_MAP, WORDS, Each, Fields, ListOf

KINDS_SCHEMA = Fields(
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
        "context_nouns": Fields({"nouns": WORDS, "context": WORDS, "kind": str}),
        "paid_persons": Fields({"verbs": WORDS, "persons": WORDS, "kind": str}),
        "funded_names": Fields({"verbs": WORDS, "leads": WORDS, "kind": str}),
        "given_each": Fields(
            {
                "verbs": WORDS,
                "pers": WORDS,
                "each_kinds": WORDS,
                "over": WORDS,
                "kind": str,
                "unit_verbs": WORDS,
                "giving_verbs": WORDS,
                "each_words": WORDS,
                "recipients": WORDS,
            }
        ),
        "payout_leads": WORDS,
        "payout_frequencies": WORDS,
        "light_heads": WORDS,
        "phrase_followers": WORDS,
        "auxiliaries": WORDS,
        "pp_openers": WORDS,
        "additive_openers": WORDS,
        "compound_particles": WORDS,
        "head_gap_stops": WORDS,
        "price_subjects": WORDS,
        "commodity_subjects": WORDS,
        "price_move_verbs": WORDS,
        "price_move_words": WORDS,
        "goods_purchases": Fields({"goods_of": WORD_MAP, "investment": WORDS, "revenue": WORDS, "not_goods": WORDS}),
        "goods_readings": Fields({"nouns": WORDS, "units": WORDS, "kind": str}),
        "note_share_readings": Fields({"verbs": WORDS, "subjects": WORDS, "from": str, "to": str}),
        "balance_readings": Fields(
            {
                "triggers": WORDS,
                "trade_words": WORDS,
                "pension_words": WORDS,
                "pension_kind": str,
                "budget_words": WORDS,
                "budget_kind": str,
            }
        ),
        "purposes": Fields(
            {
                "allocations": WORDS,
                "kinds": WORDS,
                "prepositions": WORDS,
                "paying_verbs": WORDS,
                "outcome_kinds": WORDS,
            }
        ),
        "proceeds": Fields(
            {
                "verbs": WORDS,
                "prepositions": WORDS,
                "kinds": WORDS,
                "securities": WORDS,
                "need_object": WORDS,
                "donation_leads": WORDS,
                "beneficiaries": WORDS,
                "donation_kind": str,
            }
        ),
        "compound_heads": WORDS,
        "frame_heads": WORDS,
        "unit_yields_to": WORDS,
        "table_labels": WORD_MAP,
        "bridges": WORDS,
        "link_words": WORDS,
        "price_units": WORDS,
        "rate_phrases": WORDS,
        "time_gaps": WORDS,
        "gap_times": WORDS,
        "relief_verbs": WORDS,
        "destined": Fields({"auxiliaries": WORDS, "verbs": WORDS, "preps": WORDS, "kind": str}),
        "not_sectors_of": Each(WORDS),
        "sector_destination_leads": WORDS,
        "unit_openers": WORDS,
        "unit_closers": Fields({"words": WORDS, "not_after": WORDS, "ratios": WORDS}),
        "priced_goods": WORDS,
        "descriptor_triggers": WORDS,
        "allotted_totals": WORDS,
        "not_triggers": WORDS,
        "split_gap": WORDS,
        "reading_gaps": ListOf(WORDS),
        "verb_readings": WORD_MAP,
        "quantified_heads": WORD_MAP,
        "sold_for": Fields(
            {"leads": WORDS, "not_after": WORDS, "things": WORDS, "order_verbs": WORDS, "transfer_verbs": WORDS}
        ),
        "offered_for": Fields(
            {"verbs": WORDS, "objects": WORDS, "determiners": WORDS, "paid_in": WORDS, "percent_words": WORDS}
        ),
        "chart_places": Fields({"ranks": WORDS, "places": WORDS, "followers": WORDS, "numbered": WORDS}),
        "unit_totals": WORDS,
        "earned_from": Fields(
            {
                "verbs": WORDS,
                "subject_verbs": WORDS,
                "subject_gap": WORDS,
                "prepositions": WORDS,
                "kind": str,
                "wage_rates": WORDS,
                "rate_nouns": WORDS,
                "wage_kind": str,
                "person_subjects": WORDS,
                "firm_words": WORDS,
                "firm_kind": str,
                "share_units": WORDS,
            }
        ),
        "market_operations": Fields({"nouns": WORDS, "markets": WORDS, "kind": str}),
        "level_modifiers": WORDS,
        "lead_nouns": WORDS,
        "level_verbs": WORDS,
        "raised_objects": WORDS,
        "share_leads": WORDS,
        "ratio_bases": WORDS,
        "valued_subjects": Fields(
            {
                "verbs": WORDS,
                "participles": WORDS,
                "gap": WORDS,
                "offer_nouns": WORDS,
                "offer_kind": str,
                "parts": WORDS,
                "offer_verbs": WORDS,
                "worth": WORDS,
                "stake_takers": WORDS,
                "things": WORDS,
            }
        ),
        "charge_readings": Fields({"nouns": WORDS, "from": str, "kind": str}),
        "cost_readings": Fields(
            {
                "triggers": WORDS,
                "scale_from": str,
                "kind": str,
                "borne_kind": str,
                "not_bearers": WORDS,
                "determiners": WORDS,
                "creation_verbs": WORDS,
            }
        ),
        "verb_heads": WORDS,
        "weak_readings": WORDS,
        "destination_nouns": WORDS,
        "unit_amounts": Fields({"below": str, "kind": str, "restated_kinds": WORDS, "sale_triggers": WORDS}),
    }
)
