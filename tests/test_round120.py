"""Families that rounds 120 and 121 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract
from sentence_record import record

TABLE = "Shr 30 cts vs 10 cts\n    Net 560,000 vs 177,000\n    Revs 9,700,000 vs 7,700,000\n"

# an earnings table whose own lines name no period is dated by its headline: the day it names, else
# its period word (a fiscal year's end reported in the first months of a year is the year before's)
HEADLINE_YEARS = [
    ("ACME INC 3RD QTR NET", "1987-10-20", [1987, 1986]),
    ("ACME INC 1ST QTR LOSS", "1987-04-13", [1987, 1986]),
    ("ACME CORP 4TH QTR NET", "1987-03-02", [1986, 1985]),
    ("ACME CORP YEAR NET", "1987-03-11", [1986, 1985]),
    ("ACME CORP YEAR NET", "1987-06-09", [1987, 1986]),
    ("ACME INC 4TH QTR NET", "1987-10-19", [1987, 1986]),
    ("ACME INC 1ST QTR JAN 31 NET", "1987-03-05", [1987, 1986]),
    ("ACME INC 2ND QTR MARCH FIVE NET", "1987-03-20", [1987, 1986]),
    ("ACME INC 2ND QTR DEC 27 NET", "1987-02-10", [1986, 1985]),
    # rounds 126 and 127: a headline that ends on its period word, is cut short after a quarter's
    # ordinal, or names the year beside a period or results word
    ("ACME INC <ACM> 4TH QTR", "1987-03-24", [1986, 1985]),
    ("ACME INC <ACM> 3RD QTR", "1987-10-20", [1987, 1986]),
    ("ACME BANKING CORP OF FLORIDA <ACM.O> 3RD", "1987-10-20", [1987, 1986]),
    ("ACME CORP <ACM> 4TH", "1987-03-10", [1986, 1985]),
    ("ACME PLC 1986 YEAR", "1987-04-01", [1986, 1985]),
    ("ACME AG YEAR 1986", "1987-06-15", [1986, 1985]),
    ("ACME NV CALENDAR 1986", "1987-05-04", [1986, 1985]),
    ("ACME SPA 1986 NET PROFIT", "1987-04-20", [1986, 1985]),
]


def _years(title: str, date: str, text: str = TABLE) -> dict[str, list[int]]:
    return {r["mention"]: r["years"] for r in extract(text, date, convert_to=None, title=title)}


@pytest.mark.parametrize(("title", "date", "columns"), HEADLINE_YEARS)
def test_a_headline_dates_its_table(title, date, columns):
    years = _years(title, date)
    assert years["30 cts"] == years["560,000"] == [columns[0]]
    assert years["10 cts"] == years["7,700,000"] == [columns[1]]


@pytest.mark.parametrize(
    "title",
    [
        "ACME SETS QTLY DIVIDEND",  # no period in the headline
        "ACME SAYS EARNINGS WILL RISE",  # no period word
        "",  # no headline
        "ACME SAYS 4TH QTR WILL IMPROVE",  # the period word neither before a results word nor last
        "ACME PLC PROFITS RISE IN 1986/87",  # a fiscal year across two years names no one year
        "ACME SEES 3RD QTR GAIN IN 1987 FROM SALE",  # a year beside no period or results word
    ],
)
def test_a_headline_without_a_period_dates_nothing(title):
    assert set(map(tuple, _years(title, "1987-03-05").values())) == {()}


def test_the_tables_own_lines_come_before_its_headline():
    text = "Qtr ended Sept 30\n    " + TABLE
    assert _years("ACME INC 4TH QTR NET", "1987-03-02", text)["30 cts"] == [1987 - 1]  # Sept 30, 1986


def test_a_headline_comes_before_a_note():
    text = TABLE + "    NOTE: 1986 net includes tax credits of 1,646,000 dlrs in quarter.\n"
    assert _years("ACME INC 3RD QTR NET", "1987-10-20", text)["30 cts"] == [1987]
    assert _years("", "1987-10-20", text)["30 cts"] == [1986]  # without one, the note's year


def test_a_dividend_rows_vs_is_the_period_before():
    # the prior figure gets no year; the declared one is of its pay day's year (round 132: payout_year)
    text = "Qtly div 28 cts vs 25 cts prior\n    Pay April 30\n"
    assert _years("ACME INC 1ST QTR NET", "1987-04-13", text) == {"28 cts": [1987], "25 cts": []}


def test_a_balance_row_and_a_row_of_one_column_take_the_period():
    text = "Shr 14 cts\n    Net 510,917\n    Loans 92.8 mln vs 84.7 mln\n"
    years = _years("ACME SAVINGS BANK YEAR JAN 31 NET", "1987-03-11", text)
    assert years["14 cts"] == years["510,917"] == years["92.8 mln"] == [1987]
    assert years["84.7 mln"] == [1986]


def test_a_headline_dates_no_sentence():
    text = "Acme said it would spend 5 mln dlrs on a new plant.\n"
    assert _years("ACME INC 3RD QTR NET", "1987-10-20", text)["5 mln dlrs"] == []


# sector forms of rounds 120 and 121's themes (and the words that faked one)
LINKS = [
    # low-cost carriers are transport; subway stops too
    ("The bank will lend $200m to low-cost carriers this year.", "$200m", ["transport"]),
    ("Busan will spend $40m on lifts at 90 subway stops.", "$40m", ["transport"]),
    # an air ambulance is health care, whatever flies it; trauma surgeons too
    ("Gangwon will set aside $18m for a helicopter ambulance network.", "$18m", ["healthcare"]),
    ("The agency will spend $64m on four air ambulance helicopters.", "$64m", ["healthcare"]),
    ("The ministry will give $7m to trauma surgeon training.", "$7m", ["healthcare"]),
    # silicon carbide makes power chips; a plastic film is no film
    ("The bank will lend $300m to Acme for its silicon carbide fab.", "$300m", ["semiconductors"]),
    ("Daegu will give $18m to a bioplastic film plant.", "$18m", ["chemicals"]),
    ("CJ will invest $30m in bio-based fibre plants.", "$30m", []),
    # microgrids are energy; small shipbuilders are small firms and shipbuilding
    ("Jeju will spend $12m on carbon-free microgrids.", "$12m", ["energy"]),
    ("The insurer will back $700m in refund bonds for small shipbuilders.", "$700m", ["shipbuilding", "smes"]),
    # rounds 122 and 123: paediatric care and emergency rooms are health care; tourist trains carry
    # tourists; combat and kamikaze drones are arms
    ("The ministry set aside $22m for paediatric emergency rooms.", "$22m", ["healthcare"]),
    ("The city will give $40m to children's hospitals.", "$40m", ["healthcare"]),
    ("Korail will put $62m into tourist trains.", "$62m", ["tourism", "transport"]),
    ("The army will spend $620m on kamikaze drone units.", "$620m", ["defense", "drones"]),
    ("Acme will spend $20m on delivery drones.", "$20m", ["drones"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2024-03-12")["sectors"]) == sorted(sectors)


def test_money_added_to_that_sum_concerns_what_the_sum_did():
    text = "Acme will put $50m into a fund for webtoon projects. It could add $30m to that sum next year."
    assert record(text, "$30m", "2024-03-12")["sectors"] == ["media"]
    later = "Jeonnam will put $420m by 2025 into subsea cables. It could add $180m to that sum if developers join."
    assert (record(later, "$180m", "2019-11-26")["years"], record(later, "$180m", "2019-11-26")["kind"]) == (
        [2025],
        "investment",
    )
    alone = "Acme will put $50m into a fund for webtoon projects. It could add $30m to its staff next year."
    assert record(alone, "$30m", "2024-03-12")["sectors"] == []


@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("Sales reached $6.5bn in the first nine months.", "2005-10-19", [2005]),
        ("Sales reached $6.5bn in the first 6 months.", "2005-10-19", [2005]),
        ("Sales reached $6.5bn in the first four months of its fiscal year.", "1987-03-09", [1987]),  # under way
        ("Sales reached $6.5bn in the first nine months of 2003.", "2005-10-19", [2003]),
    ],
)
def test_the_first_months_of_a_year(text, date, years):
    assert record(text, "$6.5bn", date)["years"] == years


KINDS = [
    # the noun after a list of amounts names every one of them
    ("The bank extended $300m, $200m and $150m in emergency credit to airlines.", "$300m", "financing"),
    ("The bank extended $300m, $200m and $150m in emergency credit to airlines.", "$200m", "financing"),
    ("Acme paid $3 a share, and $5m in fees.", "$3", "price"),  # a price listed with a total stays one
    # money that goes to a use is spent; a level that goes to a figure is no going
    ("Ulsan unveiled its port plan, under which $480m will go to ship berths.", "$480m", "investment"),
    ("Busan plans to draw $850m into its chip cluster by 2030.", "$850m", "investment"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2024-03-12")["kind"] == kind


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Acme will receive $15.2m, $5.2m of which will be paid at closing.", "$15.2m"),  # commas alone: no list
        ("The note names $2.25m or 45 cts a share.", "$2.25m"),  # "or": the same money restated
        ("Acme said it was going to put $5m to work.", "$5m"),  # "going to" is a future, not a going
    ],
)
def test_no_list_and_no_going(text, mention):
    assert record(text, mention, "2024-03-12")["kind"] == "other"


def test_a_list_split_by_a_sentence_shares_nothing():
    text = "The bank lent $300m. Then $150m in emergency credit went to airlines."
    assert record(text, "$300m", "2024-03-12")["kind"] == "financing"  # its own verb
    assert record("It said $300m. Then $150m in credit.", "$300m", "2024-03-12")["kind"] == "other"


ACTORS = [
    # a fronted participle clause names no one: the main clause's subject acts
    ("Having bought a chain for ¥27bn two years ago, Tesco has now put ¥14.5bn into it.", "¥27bn", "Tesco"),
    # a name that spells a verb stays a name before its apposition
    ("Sir John Rose, chief executive of Rolls-Royce, received a bonus of £580,000.", "£580,000", "Sir John Rose"),
    ("Mr Rose, chief executive of Acme, received a bonus of £580,000.", "£580,000", "Mr Rose"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2005-04-12")["actor"] == actor


def test_a_notes_vs_sets_the_period_against_the_year_before():
    text = (
        TABLE
        + "    NOTE: Net includes provisions of 90,000 dlrs vs 56,250 dlrs and gains of 113,432 dlrs vs 88,946 dlrs.\n"
    )
    years = _years("ACME INC 3RD QTR NET", "1987-10-20", text)
    assert [years[m] for m in ("90,000 dlrs", "56,250 dlrs", "113,432 dlrs", "88,946 dlrs")] == [[1987], [1986]] * 2
    assert _years("", "1987-10-20", "Net includes provisions of 90,000 dlrs vs 56,250 dlrs.")["90,000 dlrs"] == []


ROUND_124 = [
    # chiplets and glass substrates are chips; farmed laver is farming; restaurants are food
    ("Semco will spend $1.1bn on glass substrate and chiplet packaging lines.", "$1.1bn", ["semiconductors"]),
    ("Exports of farmed laver reached $120m last year.", "$120m", ["agriculture"]),
    ("Seoul will lend $1.5bn to small restaurant owners.", "$1.5bn", ["food_and_beverage", "smes"]),
    ("Jeonju gave $4m in subsidies to local film festivals.", "$4m", ["media"]),
    ("Restaurant Associates reported net income of $3m.", "$3m", []),  # a name, cased apart
]


@pytest.mark.parametrize(("text", "mention", "sectors"), ROUND_124)
def test_round_124_sectors(text, mention, sectors):
    assert sorted(record(text, mention, "2024-03-12")["sectors"]) == sorted(sectors)


def test_an_approach_is_a_bid_and_approaching_a_level_is_not():
    assert record("The LSE rejected Deutsche Borse's £1.35bn approach.", "£1.35bn", "2005-01-12")["kind"] == "deal"
    assert record("Sales could approach £1.35bn this year.", "£1.35bn", "2005-01-12")["kind"] == "revenue"
