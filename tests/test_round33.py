"""Families that round 33's misses showed (its set scored first, then read): each row a text written
here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

KINDS = [
    # the gerunds of the investment verbs (kinds.json investment verbs)
    ("Ottawa is earmarking C$2 billion for rural broadband.", "C$2 billion", "investment", "earmarking"),
    ("The ministry was setting aside 40 billion yen for the games.", "40 billion", "investment", "setting aside"),
    ("Aramco is pouring $10 billion into a refinery in Fujian.", "$10 billion", "investment", "pouring"),
    # state or government support is a subsidy (kinds.json subsidy nouns)
    ("Bakeries will get state support of up to 2,000 euros each.", "2,000 euros", "subsidy", "state support"),
    # money returned to shareholders is a payout (kinds.json dividend split_verbs, a particle of two words)
    ("Unilever will return 1.5 billion euros to shareholders next year.", "1.5 billion", "dividend", "return"),
    ("Unilever will return 1.5 billion euros to Brazil next year.", "1.5 billion", "other", ""),  # as before
    # earnings at a wage's rate are pay (kinds.json earned_from wage_rates); a yearly rate stays profit
    ("Dock workers earned $40 per day in 1950.", "$40", "pay", "earned"),
    ("The mine earned $3 million a year.", "$3 million", "profit", "earned"),  # as before
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kind(text, mention, kind, trigger):
    found = record(text, mention)
    assert (found["kind"], found["trigger"]) == (kind, trigger)


YEARS = [
    # "this spring" and the other seasons of this year (years.json relative_dates)
    ("Siemens will pay staff a bonus of 2,000 euros this summer.", "2,000 euros", "2024-02-01", "2024"),
    # a later mention whose new level is a verb's object ("expected the figure to top"; clauses.json moved_levels)
    (
        "BHP's payout for 2023 rose to $8 billion. Analysts had expected the sum to reach $8.5 billion.",
        "$8.5 billion",
        "2024-02-01",
        "2023",
    ),
    ("BHP's payout for 2023 rose to $8 billion. Rio Tinto plans to pay $6 billion.", "$6 billion", "2024-02-01", ""),
    # the time of what a fine punishes is not the fine's (years.json offence_leads)
    ("Regulators fined Uber 10 million euros for storing drivers' data between 2019 and 2021.", "10 million", "", ""),
    ("Regulators fined Uber 10 million euros in 2022 for storing data.", "10 million", "", "2022"),  # as before
    # the base of a multiple ("double the figure in 2000") is not the amount's year (years.json comparison_cues)
    ("Sales reached $5bn last year, almost double the figure in 2019.", "$5bn", "", "2024"),
    ("Sales reached $5bn last year; the figure in 2019 was $2bn.", "$2bn", "", "2019"),  # as before
]


@pytest.mark.parametrize(("text", "mention", "date", "years"), YEARS)
def test_years(text, mention, date, years):
    found = record(text, mention, date or "2025-03-04")
    assert "|".join(str(y) for y in found["years"]) == years


ACTORS = [
    # "respectively" over the names in commas after a plural actor (respectively.respective_names)
    (
        "Japan's carmakers, Toyota, Nissan and Honda, will spend 2 trillion yen, 1 trillion yen and 900 billion yen,"
        " respectively, on EVs.",
        "1 trillion yen",
        "Nissan",
    ),
    ("Toyota and Honda will spend 2 trillion yen and 1 trillion yen respectively.", "1 trillion yen", "Honda"),
    # a passive after the amount that modifies another noun names no actor (actors.json noun_passive_preps)
    ("Vietnam will spend $4 billion on railways under a plan approved by Premier Chinh.", "$4", "Vietnam"),
    ("The $4 billion was approved by Prime Minister Pham Minh Chinh.", "$4", "Pham Minh Chinh"),  # as before
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actor(text, mention, actor):
    assert record(text, mention)["actor"] == actor
