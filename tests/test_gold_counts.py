"""scripts/gold_counts.py's counts, on cases written here (the README cites them as evidence)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from gold_counts import (
    actor_split,
    balance_split,
    contract_split,
    country_split,
    day_split,
    headline_split,
    payout_split,
    season_split,
    sector_split,
    since_split,
    standin_split,
    step_split,
    table_split,
    year_split,
)

TEXT = "The movie, which stars two newcomers, took $28.5m. It made $3m more."
CASES = [
    {"text": TEXT, "amounts": [{"start": 43, "actor": "The movie", "sectors": []}, {"start": 60, "actor": ""}]},
    {
        "text": "The movie took $5m.",
        "amounts": [{"start": 15, "actor_start": 0, "actor_end": 3, "sectors": ["media"]}],
    },  # "The"
    {"text": "Before the movie took off, $1m went.", "amounts": [{"start": 27, "actor": "investors"}]},
    {"text": "$2m: the movie took it.", "amounts": [{"start": 0, "actor": ""}]},  # before the phrase: not counted
]


def test_actor_split_counts_amounts_after_the_noun_and_verb():
    assert actor_split(CASES, "movie", "took") == {"noun": 1, "none": 1, "other": 2}


def test_sector_split_counts_amounts_with_sectors_in_texts_with_the_words():
    assert sector_split(CASES, "movie took", "media") == {True: 1}


def test_year_split_counts_amounts_in_dated_texts_without_a_calendar_year():
    cases = [
        {"text": "Profit rose in the year to April.", "date": "2005-06-23", "amounts": [{"years": [2005]}]},
        {"text": "Sales fell in the year to March.", "date": "2025-11-11", "amounts": [{"years": []}, {}]},
        {"text": "In the year to March 2004 it lost $5m.", "date": "2005-06-23", "amounts": [{"years": [2004]}]},
        {"text": "Profit rose in the year to April.", "amounts": [{"years": [2005]}]},  # undated: not counted
    ]
    assert year_split(cases, "year to") == {"date": 1, "none": 1}


def test_country_split_counts_the_countries_of_amounts_in_texts_with_the_words():
    cases = [
        {"text": "Yugoslavia owes $19bn.", "amounts": [{"country": "YU"}, {"country": ""}, {}]},
        {"text": "Yugoslav exports rose to $2bn.", "amounts": [{"country": "YU"}]},  # another word
    ]
    assert country_split(cases, "Yugoslavia") == {"YU": 1, "": 1}


TABLE = "Shr 30 cts vs 10 cts\n    NOTE: 1986 net includes a gain.\n"  # the note names 1986


def _table_case(years: list[list[int]]) -> dict:
    amounts = [{"start": 4, "years": years[0]}, {"start": 14, "years": years[1]}]
    return {"text": TABLE, "title": "ACME 3RD QTR NET", "date": "1987-10-20", "amounts": amounts}  # headline: 1987


def test_headline_split_counts_whose_years_the_gold_took():
    found = [_table_case([[1987], [1986]]), _table_case([[1986], [1985]]), _table_case([[], []])]
    assert headline_split(found) == {"headline": 2, "note": 2, "none": 2}


def test_table_split_counts_dated_amounts_under_a_headline_without_a_period_of_its_own():
    found = [
        {
            "text": "Shr 30 cts vs 10 cts",
            "title": "ACME 3RD QTR NET",
            "date": "1987-10-20",
            "amounts": [{"start": 4, "years": [1987]}, {"start": 14, "years": []}],
        }
    ]
    assert table_split(found, "QTR NET") == {"years": 1, "none": 1}


def test_day_split_counts_amounts_in_sentences_with_a_day_and_no_calendar_year():
    text = "It sold 5 mln dlrs on March 4. It sold 6 mln dlrs. On May 2, 1986 it sold 7 mln dlrs."
    amounts = [{"start": 8, "years": [1987]}, {"start": 39, "years": []}, {"start": 74, "years": []}]
    cases = [
        {"text": text, "date": "1987-03-30", "amounts": amounts},  # only the first sentence counts
        {"text": "Loans rose 8 mln dlrs on March 4.", "date": "1987-03-30", "amounts": [{"start": 11, "years": []}]},
        {"text": "Loans rose 8 mln dlrs on March 4.", "amounts": [{"start": 11, "years": []}]},  # undated
    ]
    assert day_split(cases) == {"date": 1, "none": 1}


def test_step_split_compares_a_steps_years_with_its_levels():
    text = "Loans rose 10 mln dlrs to 58 mln dlrs in 1986. Sales were 5 mln dlrs to 6 mln dlrs."
    amounts = [
        {"start": 11, "end": 22, "years": [1986]},
        {"start": 26, "end": 37, "years": [1986]},
        {"start": 58, "end": 68, "years": []},  # "were" is no step lead: not counted
        {"start": 72, "end": 82, "years": [1987]},
    ]
    assert step_split([{"text": text, "amounts": amounts}]) == {"same": 1}


def test_standin_split_counts_sentences_that_open_with_the_noun():
    text = "The company said it made $5m. The company will spend $2m. The company's unit sold $1m."
    amounts = [
        {"start": 25, "actor": "The company"},
        {"start": 53, "actor": "Acme"},
        {"start": 82, "actor": "The company"},
    ]
    city = {"text": "X rose. The city paid $1m.", "amounts": [{"start": 22, "actor_start": 8, "actor_end": 16}]}
    cases = [{"text": text, "amounts": amounts}, city]
    assert standin_split(cases, "company") == {"other": 1, "self": 2}
    assert standin_split(cases, "city") == {"self": 1}  # an actor given by its offsets


def test_payout_split_counts_dated_dividend_figures_over_a_pay_line():
    text = "Qtly div 28 cts vs 25 cts prior\n    Pay April 30\n"
    amounts = [{"start": 9, "years": [1987]}, {"start": 19, "years": []}]
    no_pay = {"text": "Qtly div 28 cts vs 25 cts prior\n", "date": "1987-04-13", "amounts": [{"start": 9, "years": []}]}
    cases = [{"text": text, "date": "1987-04-13", "amounts": amounts}, no_pay]
    assert payout_split(cases) == {"declared dated": 1, "prior none": 1}


def test_contract_split_counts_futures_months_ahead_of_the_date():
    text = "May was up 12.5 cents at 6.705 dlrs. Exports in February rose to 751 mln stg."
    amounts = [{"start": 11, "years": [1987]}, {"start": 25, "years": []}, {"start": 63, "years": [1987]}]
    assert contract_split([{"text": text, "date": "1987-04-07", "amounts": amounts}]) == {"date": 1, "none": 1}


def test_balance_split_reads_a_bare_deficit_by_its_sentence():
    pension = "It will put £420m into its pension fund to close a deficit of £700m."
    cases = [
        {"text": pension, "amounts": [{"start": 57, "trigger": "deficit", "kind": "valuation"}]},
        {"text": "A trade deficit of $2bn.", "amounts": [{"start": 19, "trigger": "trade deficit", "kind": "trade"}]},
    ]
    assert balance_split(cases) == {"valuation -> valuation": 1}


def test_season_split_counts_amounts_by_the_seasons_year():
    led = {
        "text": "Sales rose to £45m over Christmas, compared with £40m in 2003.",
        "date": "2005-01-13",
        "amounts": [{"years": [2004]}, {"years": [2003]}],
    }
    bare = {
        "text": "It will pay £5,000 through the Christmas season.",
        "date": "2004-10-05",
        "amounts": [{"years": []}],
    }
    shares = {
        "text": "Shares rose 5p after Christmas sales.",
        "date": "2005-01-05",
        "amounts": [{"kind": "price", "years": []}],
    }
    assert season_split([led, bare, shares]) == {"led dated": 1, "led other": 1, "bare none": 1}


def test_since_split_counts_years_read_as_another_time():
    text = "Its biggest deal since the two countries signed a pact in 2019 is worth $2bn, due by 2019."
    assert since_split([{"text": text, "amounts": [{"years": []}]}]) == {"none's": 1}
    assert since_split([{"text": text, "amounts": [{"years": [2019]}]}]) == {"an amount's": 1}
