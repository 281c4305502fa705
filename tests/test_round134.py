"""Families that rounds 134 and 135 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _by_mention(text: str, date: str, field: str) -> dict:
    """Each record's ``field`` by its mention."""
    return {r["mention"]: r[field] for r in extract(text, date, convert_to=None)}


# a headline's label names the time of the figures after its colon: a year that closes the label,
# and a first label shared by parts set off with semicolons ("...: $5bn; pre-tax profit: $1bn")
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("Tesco 2004 results: sales of £37.1bn, profit £2.03bn", "2005-04-12", {"£37.1bn": [2004], "£2.03bn": [2004]}),
        ("Shell third quarter 2004: net income $4.5bn", "2004-10-28", {"$4.5bn": [2004]}),
        ("Diageo 2005 fiscal year: sales £9bn", "2005-09-01", {"£9bn": [2005]}),
        ("Nokia first-quarter sales: €7.4bn; profit: €1bn", "2005-04-21", {"€7.4bn": [2005], "€1bn": [2005]}),
    ],
)
def test_a_headline_label_dates_its_figures(text, date, years):
    assert _by_mention(text, date, "years") == years


def test_a_bracketed_year_labels_no_figure_before_it():
    years = _by_mention("Barclays 2004 results: pre-tax profit £4.6bn (2003: £3.8bn)", "2005-02-17", "years")
    assert 2003 not in years["£4.6bn"]


# a name before a headline's colon, followed by a noun of its own figures, is their actor
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Danone 2004 turnover: 13.7bn euros", "Danone"),
        ("Siemens fine: 396m euros for price fixing", "Siemens"),
        ("Carrefour full-year 2004: net profit 1.57bn euros", "Carrefour"),
        ("Rover rescue at a glance: a £6.5m bridging loan", "Rover"),
        ("Energy prices: average bill £870 a year", ""),
    ],
)
def test_a_headline_name_owns_its_figures(text, actor):
    assert list(_by_mention(text, "2005-03-01", "actor").values()) == [actor]


# who speaks after "disclosed", "revealed" or "confirmed" is no sector of the money
def test_a_bank_that_discloses_gives_no_sector():
    text = "Smith & Co paid out £300m in bonuses to its staff in 2004, the bank disclosed."
    assert _by_mention(text, "2005-03-04", "sectors") == {"£300m": []}


# retail property is property for shops: real estate and retail
def test_retail_property_is_real_estate_and_retail():
    text = "Hammerson bought a retail property portfolio for £400m."
    assert sorted(_by_mention(text, "2005-06-01", "sectors")["£400m"]) == ["real_estate", "retail"]


# a futures month quoted as a price's subject, ahead of its delivery, is of the article's year
@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("September was up 4.5 cents at 2.95 dlrs.", "1987-05-12", [1987]),
        ("Prices fell, with December off 3 cents at 1.50 dlrs.", "1987-06-29", [1987]),
        ("Exports in February rose to 751 mln stg.", "1987-03-26", [1987]),
        ("Sales in November rose to 75 mln dlrs.", "1987-03-26", [1986]),
    ],
)
def test_a_contract_month_ahead_is_of_the_year(text, date, years):
    assert all(y == years for y in _by_mention(text, date, "years").values())


# an upgrade, refurbishment, renovation or overhaul of something is money spent on it
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A £200m upgrade of the Scunthorpe steelworks will be paid for by Corus.", "investment"),
        ("The 5 billion won renovation of 20 schools starts in May.", "investment"),
        ("Boots will carry out a £30m refurbishment of its stores.", "investment"),
    ],
)
def test_works_on_something_are_investment(text, kind):
    assert list(_by_mention(text, "2005-03-01", "kind").values()) == [kind]


# who speaks is a company when a role and a person's name follow it: ", said Fiat chief executive ..."
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("About £300m will be spent on new stores, said Tesco chief executive Terry Leahy.", "Tesco"),
        ("Profit rose to $2bn, said Renault chairman Louis Schweitzer.", "Renault"),
        ("Profit rose to $2bn, said an analyst at Merrill Lynch.", ""),
    ],
)
def test_a_speakers_employer_is_the_actor(text, actor):
    assert list(_by_mention(text, "2005-03-01", "actor").values()) == [actor]


def test_a_pound_of_thrust_is_no_money():
    assert extract("Superfan, a 30,000 pound thrust upgrade of the V2500 engine, was postponed.", "1987-04-01") == []


# a bare deficit or surplus is what its sentence makes it: a pension fund's shortfall, a budget's
# balance, or trade
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Retailer Smith & Co will pay £200m into its pension scheme to cut a deficit of £500m.", "valuation"),
        ("The Senate Budget Committee put next year's deficit at 150 billion dlrs.", "other"),
        ("Exports fell, leaving a surplus of 2.1 billion dlrs in March.", "trade"),
        ("Taiwan's surplus rose to 1.2 billion dlrs in March.", "trade"),
    ],
)
def test_a_bare_deficit_is_read_by_its_sentence(text, kind):
    assert list(_by_mention(text, "1987-04-10", "kind").values())[-1] == kind


# a name that opens a headline's figures after its colon and a comma holds what the label names;
# a word that is no name stops a label only as its first word ("Oil prices:", not "Tullow Oil 2004:")
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Southern rail franchise: Govia, seven years, subsidy of £1.8bn", "Govia"),
        ("Wembley naming rights: Vodafone, £50m over 10 years", "Vodafone"),
        ("Cairn Oil 2004: pre-tax profit £61.3m", "Cairn Oil"),
        ("Oil prices: Brent at $67 a barrel", ""),
    ],
)
def test_a_name_by_a_headline_label_owns_its_figures(text, actor):
    assert list(_by_mention(text, "2005-03-15", "actor").values()) == [actor]
