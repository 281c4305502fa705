"""Families that rounds 90 and 91 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # forms the writers named and no form covered: academies teach, marinas host tourists, dramas are
    # media, green remodelling is building work, quantum cryptography and communication satellites
    # carry telecoms, mobility hubs and bike sharing are transport, rice processing is farming and food
    ("SK hynix will spend $20m a year on a chip training academy.", "$20m", ["education", "semiconductors"]),
    ("The Swedish Academy will award $1m.", "$1m", []),
    ("The province will put $30m into marinas.", "$30m", ["tourism"]),
    ("Exports of broadcast content and dramas rose to $1.1bn.", "$1.1bn", ["media"]),
    ("Gwangju will spend $90m on green remodelling of public buildings.", "$90m", ["construction"]),
    ("KEPCO will invest $160m in quantum key distribution networks.", "$160m", ["telecommunications"]),
    ("Seoul will invest $300m in low-orbit communication satellites.", "$300m", ["aerospace", "telecommunications"]),
    ("Daejeon will spend $90m on mobility hubs and bike-sharing stations.", "$90m", ["transport"]),
    ("The province will set aside $65m for rice processing complexes.", "$65m", ["agriculture", "food_and_beverage"]),
    # an oil pressed from a crop is farm produce, not petroleum
    ("Soybean oil was quoted at 18 cents a lb.", "18 cents", ["agriculture"]),
    ("Coconut oil exports were worth 11.7 mln dlrs.", "11.7 mln dlrs", ["agriculture"]),
    ("Crude oil was quoted at 18 dlrs a barrel.", "18 dlrs", ["oil_and_gas"]),
    # the first of two modifiers that share a head is no infinitive after "to"
    ("Samsung will invest $4bn to display and chip plants.", "$4bn", ["electronics", "semiconductors"]),
    ("Samsung will spend $400m to train and retain chip engineers.", "$400m", ["semiconductors"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2024-06-20")["sectors"]) == sorted(sectors)


YEARS = [
    # when what the money goes to was built is no year of the money
    ("From 2027, Seoul will spend $400m a year on bridges built before 1990.", "$400m", [2027]),
    # a facility's opening is no year of the money; its completion is
    ("The club's new stadium, costing £390m and due to open in 2026, is its biggest project.", "£390m", []),
    ("The ministry will give $40m to an arena that Gwangju plans to open in 2028.", "$40m", []),
    ("Hanwha will invest $2bn in a plant to be completed by 2027.", "$2bn", [2027]),
    # the base of a multiple after "what" is no year of the money
    ("The province will put $26m into marinas this year, triple what it spent last year.", "$26m", [2025]),
]


@pytest.mark.parametrize(("text", "mention", "years"), YEARS)
def test_years(text, mention, years):
    assert record(text, mention, "2025-04-09")["years"] == years


KINDS = [
    # a noun after "in addition to" opens a phrase of its own: the dividend is no modifier of the bonus
    (
        "It paid staff a bonus in addition to its quarterly cash dividend of 29 cts per share.",
        "29 cts",
        "dividend",
    ),
    ("It paid 29 cts per share.", "29 cts", "price"),
    # what a firm earns is its profit; what a person earns, a wage
    ("Smith expects the group to earn 1.5 billion dlrs this year.", "1.5 billion dlrs", "profit"),
    ("Acme Airlines will earn 20 mln dlrs this year.", "20 mln dlrs", "profit"),
    ("Rooney will earn 50,000 stg a week.", "50,000 stg", "pay"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "1987-03-11")["kind"] == kind


ACTORS = [
    # the agent of a record ("the largest ever reported by a US company") is not the money's payer
    (
        "Exxon made a profit of $9.9bn, the largest ever reported by a US company, and raised its dividend to "
        "29 cents.",
        "29 cents",
        "Exxon",
    ),
    ("The stake was bought for $9.9bn by a US company.", "$9.9bn", "a US company"),
    # a verb of control that also reports speech ("expects") hands the money to its object before "to"
    ("Smith expects Chrysler to earn 1.5 billion dlrs this year.", "1.5 billion dlrs", "Chrysler"),
    ("Smith expects the group to earn 1.5 billion dlrs this year.", "1.5 billion dlrs", "the group"),
    # not a money noun's phrase ("expects sales of HD-DVDs to reach"), nor across a comma
    ("Toshiba expects sales of HD-DVDs to reach 300bn yen by 2010.", "300bn yen", "Toshiba"),
    # an earnings table's note that is nothing but the company's name names it
    ("Shr 28.3p vs 27.5p\n    Net 38.80 mln vs 33.64 mln\n    Note - The Acme Co.\n", "38.80 mln", "The Acme Co"),
    ("Shr 28.3p vs 27.5p\n    Net 38.80 mln vs 33.64 mln\n    Note - Extraordinary items included.\n", "38.80 mln", ""),
    # "Full name is" on a line of its own after other notes, and a name in ticker brackets
    (
        "Shr 89 cts vs 87 cts\n    Net 119.5 mln vs 114.6 mln\n    NOTES: Restated.\n    Full name is Acme Group Inc\n",
        "119.5 mln",
        "Acme Group Inc",
    ),
    (
        "Shr 9 cts\n    Revs 7.7 mln vs 7.1 mln\n    Full name is &lt;Acme Apparel Group Inc>.\n",
        "7.7 mln",
        "Acme Apparel Group Inc",
    ),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "1987-03-11")["actor"] == actor


def test_an_actor_named_after_the_case_text_is_set_aside():
    from pipeline.evaluate_kinds import score_kinds

    article = "Shr 5 cts vs 4 cts\n    Net 50,000 vs 40,000\n    NOTE: Full name is Acme Holdings Inc\n Reuter"
    end = article.index("\n    NOTE")
    amount = {"value": 50000, "currency": "USD", "kind": "profit", "actor": "", "country": ""}
    case = {"id": "t-1", "article": article, "text": article[:end], "start": 0, "end": end, "amounts": [amount]}
    s = score_kinds([case])
    assert (s.set_aside, s.total.actor) == (1, [0, 0, 0])
    whole = {**case, "text": article, "end": len(article)}  # the note inside the case: the writer could mark it
    s = score_kinds([whole])
    assert (s.set_aside, s.total.actor) == (0, [0, 1, 0])
