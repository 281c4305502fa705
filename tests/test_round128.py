"""Families that rounds 128 and 129 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _by_mention(text: str, date: str, field: str) -> dict:
    """Each record's ``field`` by its mention."""
    return {r["mention"]: r[field] for r in extract(text, date, convert_to=None)}


def _only(text: str, date: str, field: str) -> list:
    """``field`` of every record, in order (the texts here hold one amount each)."""
    return [r[field] for r in extract(text, date, convert_to=None)]


def _years(text: str, date: str) -> dict[str, list[int]]:
    return _by_mention(text, date, "years")


# a year that heads the noun phrase of a result ("1987 first quarter earnings rose to ..."), or a
# table note's year before its period ("NOTE:1986 4th qtr includes ..."), is the amount's year
@pytest.mark.parametrize(
    ("text", "mention", "years"),
    [
        ("Acme reported 1987 first quarter earnings rose to a record 142 mln dlrs.", "142 mln dlrs", [1987]),
        ("It said 1986 full year sales climbed to about 3.1 billion dlrs.", "about 3.1 billion dlrs", [1986]),
        ("Acme said 1986 net income totalled 12 mln dlrs.", "12 mln dlrs", [1986]),
        ("NOTE:1986 4th qtr includes write-off of about 373,000 dlrs.", "about 373,000 dlrs", [1986]),
        ("NOTE: 1985 2nd half includes a gain of 5 mln dlrs.", "5 mln dlrs", [1985]),
        ("It sold 1986 shares for 5 mln dlrs.", "5 mln dlrs", []),
    ],
)
def test_a_year_heading_a_result_is_its_year(text, mention, years):
    assert _years(text, "1987-04-09")[mention] == years


# a step to a level ("fell 222 mln dlrs to 64.05 billion") takes the level's time
@pytest.mark.parametrize(
    ("text", "mention", "years"),
    [
        ("Business loans fell 222 mln dlrs to 64.05 billion dlrs in 1986.", "222 mln dlrs", [1986]),
        ("Crude was up 18 cts to 18.85 dlrs a barrel in 1986.", "18 cts", [1986]),
        ("Reserves rose by 1.2 billion dlrs to 40 billion dlrs in 1985.", "1.2 billion dlrs", [1985]),
        ("Sales rose 5 pct from 1985 to 40 mln dlrs.", "40 mln dlrs", []),
    ],
)
def test_a_step_takes_its_levels_time(text, mention, years):
    assert _years(text, "1987-04-09")[mention] == years


# a month with its day dates the money's event ("at its tender on March 4", "from April 17") unless
# it is the day of a telling ("said on", a wire dateline), and only where the sentence names no
# other time; the end of a period ("the half ended December 31") is that period's
@pytest.mark.parametrize(
    ("text", "date", "mention", "years"),
    [
        (
            "At its last tender on March 4, the central bank sold 11.05 billion francs of stock.",
            "1987-03-30",
            "11.05 billion francs",
            [1987],
        ),
        (
            "Washington will impose tariffs on 300 mln dlrs of goods from April 17.",
            "1987-04-13",
            "300 mln dlrs",
            [1987],
        ),
        ("Loans rose 80 mln dlrs in the week ended March 18, the bank said.", "1987-03-26", "80 mln dlrs", [1987]),
        ("The ministry said on March 18 it would spend 5 billion won.", "2019-03-20", "5 billion won", []),
        (
            "SEOUL, Sept. 12 (Yonhap) -- The ministry will launch a 400 billion won fund next year.",
            "2018-09-12",
            "400 billion won",
            [2019],
        ),
        (
            "LONDON, June 28 - The department will give 50 mln stg in grants to wind farms.",
            "2005-06-28",
            "50 mln stg",
            [],
        ),
        (
            "Hanoi will waive 4.6 trillion dong in fees next year under a decree signed on June 16.",
            "2023-06-19",
            "4.6 trillion dong",
            [2024],
        ),
        (
            "Net earnings rose to 75 mln dlrs in the half ended December 31 from 55 mln a year earlier.",
            "1987-03-12",
            "75 mln dlrs",
            [1986],
        ),
        # "as of" names a point, not a future: a month already past is this year's
        ("Its asset value as of March 31 was 141.4 mln dlrs.", "1987-04-17", "141.4 mln dlrs", [1987]),
        ("Its asset value as of January 31 will be 5 mln dlrs.", "1987-12-10", "5 mln dlrs", [1988]),
    ],
)
def test_a_day_dates_the_money_when_nothing_else_does(text, date, mention, years):
    assert _years(text, date)[mention] == years


# a trade noun opening the phrase describes the name after it ("Brewer Greene King"), as a maker
# noun does ("Chipmaker SK hynix"); a name that opens with a head word stays whole ("Premier Group")
@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("Brewer Scottish & Newcastle reported pre-tax profit of £403m.", "£403m", "Scottish & Newcastle"),
        ("Publisher Pearson made a profit of £300m.", "£300m", "Pearson"),
        ("Reinsurer Swiss Re expects losses of $1bn.", "$1bn", "Swiss Re"),
        ("Chipmaker SK hynix will invest 5 trillion won.", "5 trillion won", "SK hynix"),
        ("Premier Group earned 5 mln dlrs.", "5 mln dlrs", "Premier Group"),
    ],
)
def test_a_trade_noun_describes_the_name_after_it(text, mention, actor):
    assert _by_mention(text, "2005-03-03", "actor")[mention] == actor


# shopping is retail ("9.1 trillion won from shopping", "a pedestrian shopping street"), not a
# shopping list of goods to buy
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Tourists spent 9.1 trillion won on shopping last year.", ["retail"]),
        ("The city will spend 27 billion won on a pedestrian shopping street.", ["retail"]),
        ("Seoul unveiled a shopping list of 2.6 billion dlrs of U.S. goods.", []),
    ],
)
def test_shopping_is_retail(text, sectors):
    assert _only(text, "2019-05-05", "sectors") == [sectors]


# a fronted time phrase opens with "for" too, may hold "full" or "fiscal", may run on into another
# ("For the full year last year") and across a line break, before the subject it fronts
@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        (
            "For the full year last year\nAM International had an operating profit of 29.1 mln dlrs.",
            "29.1 mln dlrs",
            "AM International",
        ),
        ("For 1986 the company had net income of 6.3 mln dlrs.", "6.3 mln dlrs", "the company"),
        ("For fiscal 1985 Cardis reported net income of 1,150,000 dlrs.", "1,150,000 dlrs", "Cardis"),
        ("In 1986\nChina had a trade deficit of 11.9 billion dlrs.", "11.9 billion dlrs", "China"),
    ],
)
def test_a_fronted_time_phrase_is_passed(text, mention, actor):
    assert _by_mention(text, "1987-04-24", "actor")[mention] == actor


# a bonus per unit of goods is an export subsidy ("the bonus awarded was 1,505.00 dlrs per head"),
# a bonus to people stays pay
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The bonus of 40.05 dlrs per tonne was made to Peavey Company.", "subsidy"),
        ("The department said the bonuses averaged 36.22 dlrs per tonne.", "subsidy"),
        ("The corn bonus amounts to two dlrs per bushel.", "subsidy"),
        ("Staff will get a bonus of £1,000 a year.", "pay"),
        ("Bankers received a bonus of 500,000 dlrs each.", "pay"),
    ],
)
def test_a_bonus_per_unit_of_goods_is_a_subsidy(text, kind):
    assert _only(text, "1987-04-24", "kind") == [kind]


# a tax's amount "worth of" goods is what the goods are worth: trade, no tax
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Washington imposed tariffs on 300 mln dlrs worth of Japanese electronic goods.", "trade"),
        ("The duties on 300 mln dlrs worth of Japanese shipments stand.", "trade"),
        ("It paid tariffs of 5 mln dlrs on its imports.", "tax_or_fine"),
        ("Tariffs on 50 mln dlrs worth of bonds were cut.", "financing"),  # a security: no goods
    ],
)
def test_a_tax_on_goods_worth_an_amount_is_trade(text, kind):
    assert _only(text, "1987-04-13", "kind") == [kind]


# what a change cites is its cause, not the money's destination
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Steelmakers raised hot-rolled coil prices to 4,200 yuan a tonne, citing higher iron ore costs.", ["steel"]),
        (
            "Seoul raised the budget for its tourism complex to 460 billion won, citing higher construction costs.",
            ["tourism"],
        ),
    ],
)
def test_what_a_change_cites_is_no_sector(text, sectors):
    assert _only(text, "2022-07-13", "sectors") == [sectors]
