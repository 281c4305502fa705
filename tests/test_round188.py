"""Families that rounds 188 to 191 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sentence_record import records as _records
from sentence_record import sectors as _sectors


# what things are: forest trails, arboretums and hanji paper are forestry; cider is a drink; tractors
# are farm machinery (an "autonomous tractor" too; yard tractors move containers; after another
# sector's word, as "hydrogen buses", a tractor names no sector of its own: sector_heads.json generic); orthodontics and
# dentures are health care; a bike-share scheme and bicycle roads are transport; a cable-laying ship
# is a ship; salt farms, salt refineries and storage or brine tanks name no farm, oil or weapon;
# "animal health" is no human health care; model trains are toys
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("The county will spend 20 billion won on new forest trails.", [["forestry"]]),
        ("The province will build a 30 billion won arboretum near Chuncheon.", [["forestry"]]),
        ("Jeonju will give 2 billion won to hanji workshops.", [["forestry"]]),
        ("Sales at the Somerset cider maker rose to £40m.", [["food_and_beverage"]]),
        ("A bottle of pear cider will cost £2.49.", [["food_and_beverage"]]),
        ("Farmers who buy autonomous tractors will get 10 million won each.", [["agriculture"]]),
        ("The port will spend 9 billion won on new yard tractors.", [["transport"]]),
        ("The port will spend 9 billion won on hydrogen yard tractors.", [["hydrogen_economy"]]),
        ("The orthodontics chain reported revenue of $210 million.", [["healthcare"]]),
        ("The city will pay 5 billion won for dentures for poor seniors.", [["healthcare"]]),
        ("The bike-share operator raised $30 million.", [["transport"]]),
        ("The province will spend 40 billion won on bicycle roads.", [["transport"]]),
        ("Hanwha Ocean won a 200 billion won order for a cable-laying ship.", [["shipbuilding"]]),
        ("The county will spend 3 billion won on storage sheds at salt farms.", [[]]),
        ("It will invest 20 billion won in a salt refinery.", [[]]),
        ("The company will spend 2 billion won on new brine tanks.", [[]]),
        ("Sales at the animal health company rose to 50 billion won.", [[]]),
        ("Its miniature locomotives cost £120 each.", [[]]),
        ("The army will buy 100 tanks for $2 billion.", [["defense"]]),  # control
    ],
)
def test_what_things_are(text, sectors):
    assert _sectors(text) == sectors


# a word before "and" that names no sector alone makes a form with the head the coordination shares
# ("undersea power and telecom cables": a power cable; "self-driving and electric shuttles"); a word
# of a name does not ("Life and Health insurance")
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("It won a $300 million contract for power and telecom cables.", [["energy", "telecommunications"]]),
        (
            "The park will spend 20 billion won on self-driving and electric shuttles.",
            [["electric_vehicles", "future_cars"]],
        ),
        ("The firm will invest 90 billion won in new paper and chemical lines.", [["chemicals", "forestry"]]),
        ("It will spend 5 billion won on parks and playgrounds.", [[]]),  # control: no form with the head
    ],
)
def test_a_coordinated_word_shares_the_head(text, sectors):
    assert _sectors(text) == sectors


# lenders who arrange a loan are where it comes from ("arranged by 11 lenders"), so a later mention
# of the loan keeps the first one's sectors; "profits earned by banks" stay banking; "bank officials"
# are no lenders
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "The resort secured 900 billion won in loans for a theme park. The loan, arranged by 11 lenders,"
            " could be raised to 1.2 trillion won next year.",
            [["tourism"], ["tourism"]],
        ),
        ("Profits earned by banks rose to 5 bln dlrs.", [["banking"]]),
    ],
)
def test_arrangers_are_sources(text, sectors):
    assert _sectors(text) == sectors


# "had put the cost at X": an earlier estimate of the money before, with its sectors and years;
# not "estimated the value of the deal at X" (another deal)
def test_an_estimate_of_the_cost_is_the_same_money():
    text = (
        "Gwangju will spend 60 billion won to move 40 dyeing plants by 2027. "
        "The city had first put the cost at 45 billion won."
    )
    rows = _records(text)
    assert [(r["sectors"], r["years"]) for r in rows] == [(["textiles"], [2027]), (["textiles"], [2027])]
    rows = _records("Its loss was 2 bln dlrs. Analysts estimated the value of the deal at 200 mln dlrs.")
    assert rows[1]["kind"] != "profit"


# the first bound's qualifier, a verb's ("estimated at") or the mention's own ("some"), is the whole
# range's, which stays one amount
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The painting is estimated at $12,000 to $15,000.", ("$12,000 to $15,000", "12000", "15000", "approx")),
        ("The line should earn some £15m-£20m a year.", ("some £15m-£20m", "15000000", "20000000", "approx")),
        (
            "The levy will raise about £300m to £400m a year.",
            ("about £300m to £400m", "300000000", "400000000", "approx"),
        ),
    ],
)
def test_a_qualified_range_is_one_amount(text, expected):
    mention, low, high, qualifier = expected
    rows = _records(text)
    assert [(r["mention"], r["value"], r["value_max"], r["qualifier"]) for r in rows] == [
        (mention, Decimal(low), Decimal(high), qualifier)
    ]


# a conversion set off by dashes ("-- the equivalent of 55 mln dlrs --") is no currency for a bare
# number after it, which takes the currency converted
def test_a_dashed_conversion_lends_no_currency():
    text = (
        "Banks lent the board only 70 billion shillings -- the equivalent of 50 mln dlrs -- while the"
        " government had asked for 90 billion."
    )
    rows = _records(text, "1987-06-01")
    assert [(r["value"], r["currency"]) for r in rows] == [
        (Decimal("70000000000"), "KES"),
        (Decimal("50000000"), "USD"),
        (Decimal("90000000000"), "KES"),
    ]
    assert "conversion" in rows[1]["flags"]


# the parts of a budget: after "of which X will buy ... and" the next amount is a part too, of the
# total's kind, not the first part's verb ("buy")
def test_parts_after_a_parts_verb():
    text = (
        "Daegu has set aside 20 billion won for its bike service, of which 15 billion won will buy"
        " 4,000 bicycles and 5 billion won will upgrade its app."
    )
    assert [r["kind"] for r in _records(text)] == ["investment", "investment", "investment"]


# what the money is: premiums written are an insurer's revenue; a funding round is financing
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The insurer said gross written premiums rose to £80m.", "revenue"),
        ("The bank led a 30 billion won Series B round for the startup.", "financing"),
        ("The startup raised $12 million in a seed round.", "financing"),
    ],
)
def test_premiums_and_rounds(text, kind):
    assert [r["kind"] for r in _records(text)] == [kind]


# "in" after the amount opens where it goes when no money noun follows: "invest ... in properties
# purchased by X" leaves X the properties' buyer; "in loans extended by X" and "a loss in revenues
# earned by X" keep X; vets are trade people who charge (actors.json actor_heads); the agent of the
# amount's own noun ("purchase ... by X") before a later passive's; "put up by X" names the payer
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Acme Life said it will invest 30 mln dlrs in properties purchased by Beta Realty Partners.", "Acme Life"),
        ("He said 5 bln dlrs in loans extended by Japanese banks were at risk.", "Japanese banks"),
        ("Many vets in England now charge as much as £45 for a consultation.", "Many vets"),
        ("The £22m purchase of two crematoria by Memoria Holdings was financed by Lloyds TSB.", "Memoria Holdings"),
        ("The £22m paid for bike maker Hillman Cycles was put up by Kaohsiung Wheel Works.", "Kaohsiung Wheel Works"),
    ],
)
def test_who_is_behind_it(text, actor):
    assert [r["actor"] for r in _records(text, "1987-04-01")] == [actor]


# a bare decimal after a rate, linked by the words of a quote, is another level of it: "this year",
# "per US dollar on Thursday", "a close of" are such words (news_currencies.json level_gaps)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It assumed 1.71 Swiss francs to the dollar this year, against 1.69 in 1986.",
            [("1.71", "CHF"), ("1.69", "CHF")],
        ),
        (
            "The rupee rose to 43.305 per US dollar on Thursday, up from a close of 43.41.",
            [("43.305", "INR"), ("43.41", "INR")],
        ),
        ("The index rose 2.5 to 1,234.56 on Thursday.", []),  # control: no currency
        # a change before the level: the level is in the main unit (changed_to_level reads it first)
        ("Shares of Acme were up 12.5 cents Monday to 9.50.", [("0.125", "USD"), ("9.5", "USD")]),
    ],
)
def test_a_rates_earlier_level(text, expected):
    assert [(str(r["value"]), r["currency"]) for r in _records(text, "1987-03-02")] == expected


# an "At" phrase that opens the sentence names the seller of a price or the earner of a result whose
# clause names no actor (actors.ActorFinder.fronted_at); not a time ("At 1800 GMT") or a lower-case place
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("At Keepsafe's new depot a 50 sq ft unit costs £22 a week.", ["Keepsafe"]),
        ("At Halfords, sales rose 5% to £200m.", ["Halfords"]),
        ("At the auction, a painting sold for $5m.", [""]),
        ("At 1800 GMT the dollar was at 1.80 marks.", [""]),
        ("At an analysts meeting here the company said it would earn 73 mln dlrs.", [""]),
    ],
)
def test_a_fronted_at_names_the_seller(text, actors):
    assert [r["actor"] for r in _records(text, "2005-03-01")] == actors


# a bare range after "between" takes the currency of the amount before it, as one range
def test_a_bare_range_between_takes_the_currency():
    text = "It paid 13 billion dlrs last year and payments may rise to between 16 and 24 billion by 1990."
    rows = _records(text, "1987-03-02")
    assert [(r["mention"], r["value"], r["value_max"], r["currency"]) for r in rows] == [
        ("13 billion dlrs", Decimal("13000000000"), None, "USD"),
        ("between 16 and 24 billion", Decimal("16000000000"), Decimal("24000000000"), "USD"),
    ]


# an entry of several words in actors.json never_names counts where it stands whole ("New Year",
# a crude grade): no actor; a name that only begins like one stays ("West Texas Utilities")
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The price of West Texas Sour was increased to 18.10 dlrs.", [""]),
        ("New Year sales rose to £2bn.", [""]),
        ("Light Louisiana Sweet\nNorth was increased to 17.75 dlrs a barrel.", [""]),
        ("West Texas Utilities said it will spend 20 mln dlrs.", ["West Texas Utilities"]),
    ],
)
def test_never_names_of_several_words(text, actors):
    assert [r["actor"] for r in _records(text, "1987-03-02")] == actors
